"""Compat corpus: vmap structure errors, in-place ops under vmap, custom Functions, tied weights."""

SNIPPETS = {
    "func_vmap_linalg_ops": """
import torch
from torch.func import vmap
torch.manual_seed(0)
A = torch.randn(4, 3, 3) + 3 * torch.eye(3)
b = torch.randn(4, 3)
print(torch.allclose(vmap(torch.linalg.det)(A), torch.linalg.det(A), atol=1e-5))
print(torch.allclose(vmap(torch.linalg.inv)(A), torch.linalg.inv(A), atol=1e-5))
print(torch.allclose(vmap(torch.linalg.solve)(A, b), torch.linalg.solve(A, b), atol=1e-5))
print(vmap(torch.trace)(A).shape, vmap(lambda m: m.diagonal())(A).shape)
print(vmap(lambda m: torch.linalg.norm(m))(A).shape)
""",
    "func_vmap_control_flow_error": """
import torch
from torch.func import vmap
def relu_like(t):
    if t.sum() > 0:
        return t
    return -t
try:
    vmap(relu_like)(torch.randn(3, 2))
except RuntimeError as e:
    print(e)
print(vmap(lambda t: torch.where(t.sum() > 0, t, -t))(torch.tensor([[1., 2.], [-1., -2.]])))
""",
    "func_vmap_scalar_examples": """
import torch
from torch.func import vmap
x = torch.tensor([1., 2., 3.])
print(vmap(lambda s: s * 2)(x))
print(vmap(lambda s: s.exp() + s)(x))
print(vmap(lambda s, v: s * v, in_dims=(0, None))(x, torch.tensor([1., 10.])))
print(vmap(lambda s: torch.stack([s, s ** 2]))(x))
print(vmap(torch.sum)(torch.ones(3, 2, 2)))
""",
    "func_vmap_mixed_in_dims": """
import torch
from torch.func import vmap
a = torch.arange(6.).reshape(2, 3)
b = torch.arange(6.).reshape(3, 2)
print(vmap(torch.dot, in_dims=(1, 0))(a, b))
print(vmap(lambda x, y: x + y, in_dims=(-1, 0))(a, b.t().contiguous().t()))
print(vmap(lambda x, y, z: x * y + z, in_dims=(0, None, 1))(a, torch.tensor(2.), b))
""",
    "func_grad_non_tensor_args": """
import torch
from torch.func import grad
def f(x, n, scale):
    return (x ** n).sum() * scale
x = torch.tensor([1., 2.])
print(grad(f)(x, 3, 0.5))
print(grad(f, argnums=0)(x, 2, 1.0))
try:
    grad(f, argnums=1)(x, 3, 0.5)
except Exception as e:
    print(type(e).__name__)
try:
    grad(lambda i: i.sum())(torch.tensor([1, 2]))
except RuntimeError as e:
    print(e)
""",
    "func_grad_inside_no_grad": """
import torch
from torch.func import grad, vjp
x = torch.tensor([1., 2., 3.])
with torch.no_grad():
    g = grad(lambda t: (t ** 2).sum())(x)
print(g)
def f(t):
    with torch.no_grad():
        c = t * 10
    return (t * c).sum()
print(grad(f)(x))
def h(t):
    return (t.detach() * t).sum()
print(grad(h)(x))
""",
    "func_jacfwd_multiple_outputs": """
import torch
from torch.func import jacfwd, jacrev
def f(x):
    return x.sin(), x.sum(), x.outer(x)
x = torch.tensor([0.1, 0.2])
j1, j2, j3 = jacfwd(f)(x)
print(j1)
print(j2)
print(j3.shape)
r1, r2, r3 = jacrev(f)(x)
print(torch.allclose(j3, r3), torch.allclose(j2, r2))
""",
    "func_hessian_second_arg": """
import torch
from torch.func import hessian, jacrev
def f(a, b):
    return (a * b.pow(3)).sum()
a = torch.tensor([1., 2.])
b = torch.tensor([0.5, 1.5])
print(hessian(f, argnums=1)(a, b))
print(jacrev(jacrev(f, argnums=1), argnums=0)(a, b))
""",
    "func_batched_jacfwd_vmap": """
import torch
from torch.func import vmap, jacfwd, jacrev
torch.manual_seed(0)
W = torch.randn(3, 2)
def f(x):
    return torch.tanh(W @ x)
xs = torch.randn(4, 2)
Jf = vmap(jacfwd(f))(xs)
Jr = vmap(jacrev(f))(xs)
print(Jf.shape, torch.allclose(Jf, Jr, atol=1e-6))
print(Jf[0])
""",
    "func_functional_call_batchnorm_train_buffers": """
import torch
import torch.nn as nn
from torch.func import functional_call
torch.manual_seed(0)
bn = nn.BatchNorm1d(2)
x = torch.randn(5, 2)
params = dict(bn.named_parameters())
buffers = {k: v.clone() for k, v in bn.named_buffers()}
out = functional_call(bn, (params, buffers), (x,))
print(out.mean(0).abs().max() < 1e-6)
print(buffers['running_mean'])
print(buffers['num_batches_tracked'])
print(bn.running_mean, bn.num_batches_tracked)
""",
    "func_forward_ad_inplace_and_views": """
import torch
import torch.autograd.forward_ad as fwAD
x = torch.tensor([1., 2., 3.])
with fwAD.dual_level():
    d = fwAD.make_dual(x.clone(), torch.tensor([1., 1., 1.]))
    y = d.clone()
    y.mul_(2)
    print(fwAD.unpack_dual(y).tangent)
    y[0] = 5.0
    print(fwAD.unpack_dual(y).tangent)
    z = d * 1
    z.add_(d * 3)
    print(fwAD.unpack_dual(z))
""",
    "func_forward_ad_with_requires_grad_primal": """
import torch
import torch.autograd.forward_ad as fwAD
x = torch.tensor([1., 2.], requires_grad=True)
v = torch.tensor([1., 0.])
with fwAD.dual_level():
    d = fwAD.make_dual(x, v)
    out = (d ** 3).sum()
    p, t = fwAD.unpack_dual(out)
print(p.item(), p.requires_grad, t)
t.backward()
print(x.grad)
""",
    "func_custom_function_setup_context_vmap": """
import torch
from torch.func import vmap, grad

class MyCube(torch.autograd.Function):
    generate_vmap_rule = True

    @staticmethod
    def forward(x):
        return x ** 3, 3 * x ** 2

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0], output[1])

    @staticmethod
    def backward(ctx, grad_output, grad_dx):
        x, dx = ctx.saved_tensors
        return grad_output * dx + grad_dx * 6 * x

def my_cube(x):
    return MyCube.apply(x)[0]

x = torch.tensor([1., 2., 3.])
print(vmap(my_cube)(x))
print(grad(lambda t: my_cube(t).sum())(x))
print(vmap(grad(my_cube))(x))
""",
    "func_autograd_functional_jvp_create_graph": """
import torch
from torch.autograd.functional import jvp, vhp, hvp
x = torch.tensor([1., 2.], requires_grad=True)
out, t = jvp(lambda a: a ** 3, x, torch.ones(2), create_graph=True)
print(out, t)
t.sum().backward()
print(x.grad)
def f(a):
    return (a ** 2).prod()
print(vhp(f, torch.tensor([1., 2.]), torch.tensor([1., 0.])))
print(hvp(f, torch.tensor([1., 2.]), torch.tensor([1., 0.])))
""",
    "func_ntk_single_output_trace": """
import torch
import torch.nn as nn
from torch.func import functional_call, vmap, jacrev
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
params = {k: v.detach() for k, v in net.named_parameters()}
def f(p, x):
    return functional_call(net, p, (x.unsqueeze(0),)).squeeze()
X = torch.randn(4, 2)
jac = vmap(jacrev(f), (None, 0))(params, X)
flat = torch.cat([j.flatten(1) for j in jac.values()], dim=1)
ntk = flat @ flat.T
print(ntk.shape)
print(torch.allclose(ntk, ntk.T, atol=1e-6))
print((torch.linalg.eigvalsh(ntk) > -1e-5).all())
""",
    "func_functional_call_tie_and_cotangent_errors": """
import torch
import torch.nn as nn
from torch.func import functional_call, vjp
class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(2, 2, bias=False)
        self.b = nn.Linear(2, 2, bias=False)
        self.b.weight = self.a.weight
    def forward(self, x):
        return self.b(self.a(x))
m = Tied()
x = torch.ones(1, 2)
for kw in [dict(strict=True), dict(strict=True, tie_weights=False)]:
    try:
        functional_call(m, {'a.weight': torch.eye(2), 'c': torch.ones(1)}, (x,), **kw)
    except RuntimeError as e:
        print(e)
try:
    functional_call(m, {'a.weight': torch.eye(2), 'b.weight': torch.eye(2) * 2}, (x,))
except ValueError as e:
    print(e)
print(functional_call(m, {'a.weight': torch.eye(2), 'b.weight': torch.eye(2) * 2}, (x,),
                      tie_weights=False))
try:
    functional_call(m, [{'a.weight': torch.eye(2)}], (x,))
except ValueError as e:
    print(e)
out, fn = vjp(lambda a: (a, a), torch.ones(2))
try:
    fn(torch.ones(2))
except RuntimeError as e:
    print(e)
""",
    "func_vmap_add_into_captured_error": """
import torch
from torch.func import vmap
y = torch.zeros(3)
def f(t):
    y.add_(t)
    return y
try:
    vmap(f)(torch.randn(4, 3))
except RuntimeError as e:
    print(e)
""",
    "func_vmap_inplace_on_batched_input": """
import torch
from torch.func import vmap
def g(t):
    t.mul_(2)
    return t
b = torch.arange(6.).reshape(2, 3)
print(vmap(g)(b))
print(b)
""",
    "func_vmap_copy_into_captured_error": """
import torch
from torch.func import vmap
b = torch.arange(6.).reshape(2, 3)
def h(t):
    out = torch.zeros(3)
    out.copy_(t)
    return out
try:
    print(vmap(h)(b))
except RuntimeError as e:
    print(e)
""",
    "func_vmap_setitem_on_batched_clone": """
import torch
from torch.func import vmap
b = torch.arange(6.).reshape(2, 3)
def k(t):
    z = t.clone()
    z[0] = 5.0
    return z
print(vmap(k)(b))
def k2(t):
    z = t.clone()
    z[1:] = t[:2] * 10
    return z
print(vmap(k2)(b))
def k3(t):
    z = torch.zeros(3)
    z[0] = t.sum()
    return z
try:
    print(vmap(k3)(b))
except RuntimeError as e:
    print(e)
""",
    "func_vmap_inplace_chain_on_clone": """
import torch
from torch.func import vmap
b = torch.arange(6.).reshape(2, 3)
def f(t):
    t = t.clone()
    t.add_(1).mul_(2).clamp_(max=9)
    t.relu_()
    return t
print(vmap(f)(b))
def g(x, y):
    x = x.clone()
    x += y
    x *= 2
    return x
print(vmap(g, in_dims=(0, None))(b, torch.ones(3)))
try:  # writing a batched value into an unbatched tensor
    vmap(g, in_dims=(None, 0))(torch.ones(3), b)
except RuntimeError as e:
    print(e)
""",
    "func_autograd_functional_jacobian_containers": """
import torch
from torch.autograd.functional import jacobian, hessian
a, b = torch.tensor([0.5, 1.0]), torch.tensor([1.0, 2.0, 3.0])
for f, inp in [(lambda x: x.exp(), a), (lambda x: (x.exp(), x.sum()), a),
               (lambda x, y: x.sum() * y, (a, b)), (lambda x, y: (x * 2, y.sin()), (a, b))]:
    print(jacobian(f, inp, vectorize=True, strategy='forward-mode'))
    print(jacobian(f, inp, vectorize=True))
    print(jacobian(f, inp))
g = lambda x, y: (x.sum() * y ** 2).sum()
print(hessian(g, (a, b), vectorize=True, outer_jacobian_strategy='forward-mode'))
print(hessian(g, (a, b), vectorize=True))
print(hessian(lambda x: x.pow(3).sum(), a, vectorize=True, outer_jacobian_strategy='forward-mode'))
""",
    "func_vmap_out_dims_structures": """
import torch
from torch.func import vmap
x = torch.ones(3, 2)
cases = [(lambda t: t, (0,)), (lambda t: (t, t), (0, 1)), (lambda t: (t, t), (0, (0, 0))),
         (lambda t: (t, t), [0]), (lambda t: (t, t), {'a': 0}), (lambda t: t, None),
         (lambda t: (t, t), (None, 0)), (lambda t: t, 'a'), (lambda t: (t, 2.0), (0, None)),
         (lambda t: [t, t], [0, 1]), (lambda t: {'a': t}, {'a': 1}), (lambda t: t, -1)]
for f, od in cases:
    try:
        r = vmap(f, out_dims=od)(x)
        items = r.values() if isinstance(r, dict) else r if isinstance(r, (tuple, list)) else [r]
        print(type(r).__name__, [tuple(v.shape) if hasattr(v, 'shape') else v for v in items])
    except Exception as e:
        print(type(e).__name__, e)
""",
}
