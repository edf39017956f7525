"""Compat corpus: torch.func and forward-mode AD as the functorch tutorials use them."""

SNIPPETS = {
    "agm13_func_jacrev_model_params": """
import torch
from torch.func import jacrev, functional_call
torch.manual_seed(0)
model = torch.nn.Linear(3, 2)
params = {k: v.detach() for k, v in model.named_parameters()}
x = torch.randn(3)
J = jacrev(lambda p: functional_call(model, p, (x,)))(params)
print(J['weight'].shape, J['bias'])
print(J['weight'][0])
""",
    "agm13_func_ntk_style": """
import torch
from torch.func import jacrev, vmap, functional_call
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.Tanh(), torch.nn.Linear(3, 1))
params = {k: v.detach() for k, v in net.named_parameters()}
def f(p, x):
    return functional_call(net, p, (x.unsqueeze(0),)).squeeze(0)
x1 = torch.randn(4, 2)
jac = vmap(jacrev(f), (None, 0))(params, x1)
flat = torch.cat([j.flatten(2) for j in jac.values()], dim=2)
ntk = flat.squeeze(1) @ flat.squeeze(1).T
print(ntk.shape)
print(ntk)
""",
    "agm13_vmap_nested_and_randomness_error": """
import torch
from torch.func import vmap
x = torch.arange(6.).reshape(2, 3)
print(vmap(vmap(lambda a: a * 10))(x))
try:
    vmap(lambda a: a + torch.rand(1))(x)
except RuntimeError as e:
    print(str(e).splitlines()[0])
print(vmap(lambda a: a + torch.rand(1), randomness='same')(x).shape)
""",
    "agm13_vmap_chunk_size_and_out_tuple": """
import torch
from torch.func import vmap
x = torch.arange(8.).reshape(4, 2)
print(vmap(lambda r: (r.sum(), r.max()), chunk_size=2)(x))
print(vmap(torch.trace)(torch.eye(3).expand(2, 3, 3)))
""",
    "agm13_func_hessian_vs_autograd": """
import torch
from torch.func import hessian
from torch.autograd.functional import hessian as ahess
f = lambda x: (x.sin() * x.cos()).sum() + (x ** 2).prod()
x = torch.tensor([0.3, 0.7])
print(hessian(f)(x))
print(torch.allclose(hessian(f)(x), ahess(f, x)))
""",
    "agm13_func_grad_of_grad": """
import torch
from torch.func import grad
f = lambda x: torch.sin(x) * x ** 2
df = grad(f)
d2f = grad(grad(f))
d3f = grad(grad(grad(f)))
x = torch.tensor(1.0)
print(df(x), d2f(x), d3f(x))
""",
    "agm13_func_jvp_has_aux": """
import torch
from torch.func import jvp
def f(x):
    y = x.exp()
    return y.sum(), {'y': y}
out, tangent, aux = jvp(f, (torch.tensor([0., 1.]),), (torch.tensor([1., 1.]),), has_aux=True)
print(out, tangent, aux)
""",
    "agm13_func_vjp_multiple_outputs": """
import torch
from torch.func import vjp
def f(x, y):
    return x * y, x + y
x, y = torch.tensor([1., 2.]), torch.tensor([3., 4.])
outs, fn = vjp(f, x, y)
print(outs)
print(fn((torch.ones(2), torch.zeros(2))))
""",
    "agm13_forward_ad_nested_ops": """
import torch
import torch.autograd.forward_ad as fwAD
x = torch.tensor([[1., 2.], [3., 4.]])
with fwAD.dual_level():
    d = fwAD.make_dual(x, torch.ones_like(x))
    y = (d @ d).softmax(1).sum(0)
    z = torch.linalg.det(d)
    print(fwAD.unpack_dual(y).tangent)
    print(fwAD.unpack_dual(z).tangent)
    print(fwAD.unpack_dual(d.relu().max()).tangent)
""",
    "agm13_forward_ad_print_dual": """
import torch
import torch.autograd.forward_ad as fwAD
with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([0.5, 0.5]))
    print(d)
    print(d * 2)
    u = fwAD.unpack_dual(d)
    print(type(u).__name__, u.primal, u.tangent)
print(fwAD.unpack_dual(d).tangent)
""",
    "agm13_jacfwd_vs_jacrev_rectangular": """
import torch
from torch.func import jacfwd, jacrev
W = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
f = lambda x: torch.tanh(W @ x)
x = torch.tensor([0.1, 0.2, 0.3])
print(jacfwd(f)(x))
print(jacrev(f)(x).shape, jacfwd(f)(x).shape)
""",
    "agm13_func_grad_with_kwargs_and_int_input_error": """
import torch
from torch.func import grad
f = lambda x, scale=1.0: (x * scale).sum()
print(grad(f)(torch.tensor([1., 2.]), scale=3.0))
try:
    grad(f)(torch.tensor([1, 2]))
except RuntimeError as e:
    print(e)
""",
}
