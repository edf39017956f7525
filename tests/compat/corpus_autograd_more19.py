"""Compat corpus: torch.func and forward AD corners from the functorch docs' FAQ."""

SNIPPETS = {
    "agm19_func_grad_inside_no_grad": """
import torch
from torch.func import grad
def f(x):
    with torch.no_grad():
        c = x * 2
    return (c * x).sum()
print(grad(f)(torch.tensor([1., 2.])))
with torch.no_grad():
    print(grad(lambda x: (x ** 2).sum())(torch.tensor([3.])))
""",
    "agm19_vmap_inplace_error_and_ok": """
import torch
from torch.func import vmap
def f(x):
    y = x.clone()
    y.add_(1)
    return y
print(vmap(f)(torch.zeros(2, 3)))
def g(x, buf):
    buf.mul_(x)
    return buf
try:
    vmap(g, in_dims=(0, None))(torch.ones(2, 3), torch.zeros(3))
except RuntimeError as e:
    print(str(e).splitlines()[0])
""",
    "agm19_jacrev_has_aux": """
import torch
from torch.func import jacrev
def f(x):
    y = x.sin()
    return y, {'norm': y.norm()}
J, aux = jacrev(f, has_aux=True)(torch.tensor([0., 1.]))
print(J)
print(aux)
""",
    "agm19_hessian_dict_input": """
import torch
from torch.func import hessian
def f(p):
    return (p['a'] ** 2 * p['b']).sum()
H = hessian(f)({'a': torch.tensor([1., 2.]), 'b': torch.tensor(3.)})
print(H['a']['a'])
print(H['a']['b'])
print(H['b']['b'])
""",
    "agm19_functional_call_tied_and_strict": """
import torch
from torch.func import functional_call
torch.manual_seed(0)
m = torch.nn.Linear(2, 1)
x = torch.ones(1, 2)
print(functional_call(m, {'weight': torch.zeros(1, 2)}, (x,)))
try:
    functional_call(m, {'weight': torch.zeros(1, 2)}, (x,), strict=True)
except RuntimeError as e:
    print(e)
print(functional_call(m, ({'weight': torch.ones(1, 2)}, {'bias': torch.zeros(1)}), x))
""",
    "agm19_forward_ad_enter_exit_level": """
import torch
import torch.autograd.forward_ad as fwAD
lvl = fwAD.enter_dual_level()
d = fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([3., 4.]))
print(lvl, fwAD.unpack_dual(d * d).tangent)
fwAD.exit_dual_level()
print(fwAD.unpack_dual(d).tangent)
""",
    "agm19_forward_ad_with_requires_grad": """
import torch
import torch.autograd.forward_ad as fwAD
x = torch.tensor([1., 2.], requires_grad=True)
with fwAD.dual_level():
    d = fwAD.make_dual(x, torch.ones(2))
    y = (d ** 2).sum()
    print(fwAD.unpack_dual(y).tangent)
    y.backward()
print(x.grad)
""",
    "agm19_jvp_vs_vjp_consistency": """
import torch
from torch.func import jvp, vjp
f = lambda x: torch.stack([x[0] * x[1], x[1].exp(), x.sum()])
x = torch.tensor([0.5, 1.5])
v = torch.tensor([1., -1.])
u = torch.tensor([1., 2., 3.])
_, Jv = jvp(f, (x,), (v,))
_, fn = vjp(f, x)
uJ, = fn(u)
print(Jv, uJ)
print(torch.allclose((u * Jv).sum(), (uJ * v).sum()))
""",
    "agm19_vmap_over_grad_batch_of_functions": """
import torch
from torch.func import vmap, grad
def loss(w, x):
    return torch.tanh(x @ w).sum()
ws = torch.tensor([[1., 0.], [0., 1.], [1., 1.]])
x = torch.tensor([[0.5, -0.5]])
print(vmap(grad(loss), in_dims=(0, None))(ws, x))
""",
    "agm19_func_jacrev_chunk_size": """
import torch
from torch.func import jacrev
f = lambda x: x.outer(x).flatten()
x = torch.tensor([1., 2., 3.])
print(jacrev(f, chunk_size=2)(x).shape)
print(torch.equal(jacrev(f, chunk_size=1)(x), jacrev(f)(x)))
""",
}
