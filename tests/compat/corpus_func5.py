"""Compat corpus: forward AD through nets, legacy calls, nested vmap dims, printing, misuse."""

SNIPPETS = {
    "func_forward_ad_level_errors": """
import torch
import torch.autograd.forward_ad as fwAD
with fwAD.dual_level():
    try:
        with fwAD.dual_level():
            pass
    except RuntimeError as e:
        print(e)
    d = fwAD.make_dual(torch.ones(2), torch.ones(2))
print(fwAD.unpack_dual(d))
try:
    fwAD.make_dual(torch.tensor([1, 2]), torch.tensor([1., 1.]))
except Exception as e:
    print(type(e).__name__)
with fwAD.dual_level():
    print(fwAD.unpack_dual(d).tangent)
""",
    "func_vmap_einsum_cdist_and_losses": """
import torch
import torch.nn.functional as F
from torch.func import vmap
torch.manual_seed(0)
a = torch.randn(3, 4, 2)
b = torch.randn(3, 5, 2)
print(torch.allclose(vmap(lambda x, y: torch.einsum('id,jd->ij', x, y))(a, b),
                     torch.einsum('bid,bjd->bij', a, b), atol=1e-6))
print(torch.allclose(vmap(torch.cdist)(a, b), torch.cdist(a, b), atol=1e-5))
pred = torch.randn(3, 4)
tgt = torch.randn(3, 4)
print(torch.allclose(vmap(F.mse_loss)(pred, tgt), ((pred - tgt) ** 2).mean(1)))
logp = torch.log_softmax(torch.randn(3, 5), dim=1)
y = torch.tensor([1, 0, 4])
print(torch.allclose(vmap(F.nll_loss)(logp, y), F.nll_loss(logp, y, reduction='none')))
""",
    "func_vmap_creation_ops_inside": """
import torch
from torch.func import vmap
x = torch.arange(6.).reshape(2, 3)
print(vmap(lambda t: t + torch.zeros_like(t))(x))
print(vmap(lambda t: torch.ones_like(t) * t.sum())(x))
print(vmap(lambda t: t * torch.arange(3.))(x))
print(vmap(lambda t: torch.cat([t, torch.zeros(1)]))(x))
print(vmap(lambda t: t.shape[0] * t)(x))
print(vmap(lambda t: torch.full_like(t, 7.))(x))
""",
    "func_jacrev_cat_index_where": """
import torch
from torch.func import jacrev, hessian
def f(x):
    y = torch.cat([x[:2] * 2, x[[0, 2]] ** 2])
    return torch.where(y > 1, y, -y)
x = torch.tensor([0.3, 1.5, 2.0])
print(jacrev(f)(x))
def g(x):
    return torch.where(x > 0, x ** 3, x ** 2).sum()
print(hessian(g)(torch.tensor([-1.0, 2.0])))
""",
    "func_functional_call_kwargs_and_strict_ok": """
import torch
import torch.nn as nn
from torch.func import functional_call
class Scale(nn.Module):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.ones(2))
    def forward(self, x, shift=0.0, *, power=1):
        return (self.w * x + shift) ** power
m = Scale()
x = torch.tensor([1., 2.])
print(functional_call(m, {'w': torch.tensor([2., 3.])}, (x,), {'shift': 1.0, 'power': 2}))
print(functional_call(m, {'w': torch.tensor([2., 3.])}, x, strict=True))
print(m.w)
""",
    "func_grad_value_with_aux_logging": """
import torch
import torch.nn.functional as F
from torch.func import grad_and_value
torch.manual_seed(0)
w = torch.randn(3, 2)
x = torch.randn(4, 3)
y = torch.tensor([0, 1, 1, 0])
def loss_fn(w):
    logits = x @ w
    loss = F.cross_entropy(logits, y)
    acc = (logits.argmax(1) == y).float().mean()
    return loss, {'acc': acc, 'logits': logits}
(g, (loss, aux)) = grad_and_value(loss_fn, has_aux=True)(w)
print(g.shape, loss, aux['acc'])
print(aux['logits'].requires_grad, loss.requires_grad)
""",
    "func_jvp_through_module_outputs_tuple": """
import torch
import torch.nn as nn
from torch.func import jvp, functional_call
torch.manual_seed(0)
rnn = nn.Linear(2, 2)
def f(x):
    h = torch.tanh(rnn(x))
    return h, h.sum(dim=-1)
x = torch.randn(3, 2)
(h, s), (th, ts) = jvp(f, (x,), (torch.ones(3, 2),))
print(th.shape, ts.shape, torch.allclose(ts, th.sum(-1)))
""",
    "func_vmap_nested_in_dims_out_dims": """
import torch
from torch.func import vmap
x = torch.arange(24.).reshape(2, 3, 4)
f = vmap(vmap(lambda v: v.sum(), in_dims=1), in_dims=0)
print(f(x))
g = vmap(vmap(lambda v: v * 2, out_dims=0), in_dims=2, out_dims=2)
print(g(x).shape, torch.equal(g(x), x * 2))
h = vmap(vmap(torch.outer, in_dims=(0, None)), in_dims=(None, 0))
print(h(torch.ones(2, 3), torch.ones(4, 5)).shape)
""",
    "func_autograd_functional_vjp_none_v_scalar": """
import torch
from torch.autograd.functional import vjp, jvp, vhp
def f(x):
    return (x ** 2).sum()
x = torch.tensor([1., 2., 3.])
print(vjp(f, x))
print(jvp(f, x, torch.ones(3)))
try:
    vjp(lambda x: x * 2, x)
except RuntimeError as e:
    print(e)
try:
    vhp(lambda x: x * 2, x, torch.ones(3))
except RuntimeError as e:
    print(e)
""",
    "func_jacfwd_vs_jacrev_wide_tall": """
import torch
from torch.func import jacfwd, jacrev
torch.manual_seed(0)
wide = torch.randn(2, 6)
tall = torch.randn(6, 2)
f = lambda x: torch.sin(wide @ x)
g = lambda x: torch.sin(tall @ x)
xw = torch.randn(6)
xt = torch.randn(2)
print(torch.allclose(jacfwd(f)(xw), jacrev(f)(xw), atol=1e-6), jacfwd(f)(xw).shape)
print(torch.allclose(jacfwd(g)(xt), jacrev(g)(xt), atol=1e-6), jacrev(g)(xt).shape)
""",
    "func_forward_ad_conv_pool_net": """
import torch
import torch.nn as nn
import torch.autograd.forward_ad as fwAD
torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                    nn.Linear(2 * 2 * 2, 3))
x = torch.randn(2, 1, 6, 6)
v = torch.randn(2, 1, 6, 6)
with torch.no_grad(), fwAD.dual_level():
    out = net(fwAD.make_dual(x, v))
    t = fwAD.unpack_dual(out).tangent
J = torch.autograd.functional.jacobian(net, x)
print(t.shape, torch.allclose(t, torch.einsum('abcdef,cdef->ab', J, v), atol=1e-5))
""",
    "func_jacfwd_batchnorm_eval_layernorm": """
import torch
import torch.nn as nn
from torch.func import jacfwd, jacrev
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.LayerNorm(4), nn.GELU()).eval()
x = torch.randn(2, 3)
Jf = jacfwd(net)(x)
Jr = jacrev(net)(x)
print(Jf.shape, torch.allclose(Jf, Jr, atol=1e-5))
""",
    "func_forward_ad_embedding_and_attention": """
import torch
import torch.nn.functional as F
import torch.autograd.forward_ad as fwAD
torch.manual_seed(0)
q = torch.randn(1, 3, 4)
k = torch.randn(1, 3, 4)
vv = torch.randn(1, 3, 4)
tq = torch.randn(1, 3, 4)
def attn(q):
    w = F.softmax(q @ k.transpose(1, 2) / 2.0, dim=-1)
    return w @ vv
with fwAD.dual_level():
    t = fwAD.unpack_dual(attn(fwAD.make_dual(q, tq))).tangent
_, t2 = torch.func.jvp(attn, (q,), (tq,))
print(torch.allclose(t, t2, atol=1e-6), t.shape)
emb = torch.randn(5, 2)
idx = torch.tensor([0, 3, 3])
with fwAD.dual_level():
    d = fwAD.make_dual(emb, torch.ones(5, 2))
    print(fwAD.unpack_dual(F.embedding(idx, d)).tangent)
""",
    "func_stateless_functional_call_legacy": """
import warnings
import torch
import torch.nn as nn
from torch.nn.utils import stateless
torch.manual_seed(0)
m = nn.Linear(2, 1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    out = torch.nn.utils.stateless.functional_call(
        m, {'weight': torch.ones(1, 2), 'bias': torch.zeros(1)}, (torch.ones(3, 2),))
print(out)
print(w[0].category.__name__, str(w[0].message)[:60])
out = stateless.functional_call(m, {'bias': torch.tensor([5.])}, torch.zeros(1, 2))
print(out)
""",
    "func_vmap_list_in_dims_nested": """
import torch
from torch.func import vmap
x = torch.arange(6.).reshape(2, 3)
y = torch.arange(6.).reshape(3, 2)
def f(pair):
    a, b = pair
    return a + b
print(vmap(f, in_dims=([0, 1],))([x, y]))
print(vmap(f, in_dims=((0, 1),))((x, y)))
try:
    vmap(f, in_dims=((0, 1),))([x, y])
except ValueError as e:
    print(e)
""",
    "func_vmap_returns_none_error": """
import torch
from torch.func import vmap
def f(t):
    t.sum()
try:
    vmap(f)(torch.ones(2, 2))
except ValueError as e:
    print(e)
print(vmap(lambda t: (t, None), out_dims=(0, None))(torch.ones(2, 2)))
""",
    "func_forward_ad_unpack_dual_requires_grad": """
import torch
import torch.autograd.forward_ad as fwAD
x = torch.tensor([1., 2.], requires_grad=True)
with fwAD.dual_level():
    d = fwAD.make_dual(x, torch.ones(2))
    print(fwAD.unpack_dual(d))
    y = d * 2
    u = fwAD.unpack_dual(y)
    print(u.primal, u.tangent.detach())
    print(u.primal.grad_fn.name(), u.primal.grad_fn.next_functions[0][0].name())
    print(fwAD.unpack_dual(x))
    u.primal.sum().backward()
print(x.grad)
""",
    "func_integer_inputs_and_outputs_errors": """
import torch
from torch.func import jacrev, jacfwd, jvp, grad, vmap
x = torch.tensor([1., 2.])
i = torch.tensor([1, 2])
for name, fn in [('jacfwd int input', lambda: jacfwd(lambda t: t * 2)(i)),
                 ('jvp int tangent', lambda: jvp(torch.sin, (x,), (i,))),
                 ('grad int output', lambda: grad(lambda t: t.sum().long())(x)),
                 ('jacrev int input', lambda: jacrev(lambda t: t * 2)(i))]:
    try:
        out = fn()
        print(name, 'ok', out)
    except Exception as e:
        print(name, type(e).__name__, e)
print(vmap(lambda t: t * 2)(i))
""",
    "func_jvp_non_tensor_output_and_primals": """
import torch
from torch.func import jvp, vjp
x = torch.tensor([1., 2.])
for name, fn in [('jvp float out', lambda: jvp(lambda t: 1.0, (x,), (x,))),
                 ('jvp list primals', lambda: jvp(torch.sin, [x], [x])),
                 ('jvp non-tensor primal', lambda: jvp(lambda a: a, (1.0,), (1.0,))),
                 ('vjp non-tensor primal', lambda: vjp(lambda a: a, 1.0))]:
    try:
        print(name, fn())
    except Exception as e:
        print(name, type(e).__name__, e)
""",
    "func_ux_limitations_global_side_effects": """
import torch
from torch.func import vmap, grad
intermediate = []
def f(x):
    y = x.sin()
    intermediate.append(y)
    return y
x = torch.randn(3)
g = grad(lambda x: f(x).sum())(x)
print(len(intermediate), type(intermediate[0]).__name__)
intermediate.clear()
out = vmap(f)(torch.ones(2, 3))
print(len(intermediate), intermediate[0].shape, out.shape)
""",
    "func_ux_limitations_inplace_unbatched_self": """
import torch
from torch.func import vmap
def f(x, y):
    x.add_(y)
    return x
x = torch.randn(1)
y = torch.randn(3, 1)
try:
    vmap(f, in_dims=(None, 0))(x, y)
except RuntimeError as e:
    print(e)
x = torch.randn(3, 1)
print(vmap(f, in_dims=(0, 0))(x, y).shape)
""",
    "func_ux_limitations_dynamic_shape": """
import torch
from torch.func import vmap
x = torch.tensor([[0., 1., 0.], [1., 1., 0.]])
try:
    vmap(torch.nonzero)(x)
except RuntimeError as e:
    print(e)
try:
    vmap(lambda t: t[t > 0])(x)
except RuntimeError as e:
    print(e)
print(vmap(lambda t: torch.where(t > 0, t, 0.).sum())(x))
""",
    "func_autograd_functional_outputs_and_requires_grad": """
import torch
from torch.autograd.functional import jacobian, hessian, vjp, jvp, hvp
x = torch.tensor([1., 2.], requires_grad=True)
J = jacobian(lambda t: t ** 2, x)
print(J.requires_grad, J)
J = jacobian(lambda t: t ** 2, x, create_graph=True)
print(J.requires_grad, J.grad_fn is not None)
out, v = vjp(lambda t: t ** 2, x, torch.ones(2))
print(out, v)
out, h = hvp(lambda t: (t ** 3).sum(), x, torch.ones(2))
print(out, h)
try:
    jacobian(lambda t: (t ** 2).long(), torch.tensor([1., 2.]))
except Exception as e:
    print(type(e).__name__, e)
try:
    jvp(lambda t: t, (torch.ones(2), torch.ones(2)), torch.ones(2))
except Exception as e:
    print(type(e).__name__, e)
""",
    "func_autograd_functional_strict_create_graph": """
import torch
from torch.autograd.functional import jacobian, hessian, vhp
def lin(x):
    return 3 * x
try:
    hessian(lambda x: lin(x).sum(), torch.ones(2), strict=True)
except RuntimeError as e:
    print(e)
print(hessian(lambda x: lin(x).sum(), torch.ones(2)))
try:
    vhp(lambda x: lin(x).sum(), torch.ones(2), torch.ones(2), strict=True)
except RuntimeError as e:
    print(e)
try:
    jacobian(lambda x: torch.ones(2), torch.ones(2), strict=True, create_graph=True)
except RuntimeError as e:
    print(e)
""",
    "func_transforms_with_kwargs": """
import torch
from torch.func import grad, jacrev, jacfwd, vmap, grad_and_value
def f(x, scale=1.0):
    return (x ** 2).sum() * scale
x = torch.tensor([1., 2.])
print(grad(f)(x, scale=3.0))
print(grad_and_value(f)(x, scale=0.5))
for name, tr in (('jacrev', jacrev), ('jacfwd', jacfwd)):
    try:
        print(name, tr(f)(x, scale=2.0))
    except TypeError as e:
        print(name, 'TypeError')
print(vmap(f)(torch.ones(3, 2), scale=2.0))
""",
    "func_print_inside_vmap": """
import torch
from torch.func import vmap
def f(t):
    print(t)
    print(t.shape, t.dim())
    return t * 2
vmap(f)(torch.tensor([[1., 2.], [3., 4.]]))
vmap(f, in_dims=1)(torch.tensor([[1., 2.], [3., 4.]]))
""",
    "func_print_inside_grad": """
import torch
from torch.func import grad
def f(t):
    print(t)
    y = t * 2
    print(y)
    return y.sum()
grad(f)(torch.tensor([1., 2.]))
""",
    "func_print_inside_jvp": """
import torch
from torch.func import jvp
def f(t):
    print(t)
    return t * 2
jvp(f, (torch.tensor([1., 2.]),), (torch.ones(2),))
""",
    "func_print_nested_transforms": """
import torch
from torch.func import vmap, grad
def g(t):
    print(t)
    return t
vmap(vmap(g))(torch.ones(2, 2))
def h(t):
    print(t)
    return t.sum()
vmap(grad(h))(torch.ones(2, 2))
grad(lambda t: vmap(h)(t).sum())(torch.ones(2, 2))
""",
    "func_print_inside_per_sample_grad": """
import torch
import torch.nn as nn
from torch.func import functional_call, vmap, grad
torch.manual_seed(0)
lin = nn.Linear(2, 1)
params = {k: v.detach() for k, v in lin.named_parameters()}
def loss(p, x):
    out = functional_call(lin, p, (x,))
    print(out.shape, out.dim())
    return out.sum()
g = vmap(grad(loss), in_dims=(None, 0))(params, torch.ones(3, 2))
print(g['weight'])
def f(x):
    y = x.exp()
    print(y.requires_grad, y.shape)
    return y.sum()
print(grad(f)(torch.zeros(2)))
""",
    "func_forward_ad_enter_exit_level": """
import torch
import torch.autograd.forward_ad as fwAD
lvl = fwAD.enter_dual_level()
print(lvl)
d = fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([3., 4.]))
u = fwAD.unpack_dual(d * d)
print(type(u).__name__, u.tangent, u._fields)
fwAD.exit_dual_level()
print(fwAD.unpack_dual(d).tangent)
try:
    fwAD.exit_dual_level()
except RuntimeError as e:
    print(e)
""",
    "func_forward_ad_custom_function_save_for_forward": """
import torch
import torch.autograd.forward_ad as fwAD

class Scale(torch.autograd.Function):
    @staticmethod
    def forward(x, k):
        return x * k

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, k = inputs
        ctx.k = k
        ctx.save_for_forward(x)

    @staticmethod
    def jvp(ctx, x_t, k_t):
        (x,) = ctx.saved_tensors
        return x_t * ctx.k

    @staticmethod
    def backward(ctx, g):
        return g * ctx.k, None

x = torch.tensor([1., 2.])
with fwAD.dual_level():
    out = Scale.apply(fwAD.make_dual(x, torch.ones(2)), 3.0)
    print(fwAD.unpack_dual(out).tangent)
print(torch.func.jvp(lambda t: Scale.apply(t, 2.0), (x,), (torch.ones(2),)))
print(torch.func.grad(lambda t: Scale.apply(t, 5.0).sum())(x))
""",
    "func_forward_ad_dual_in_nn_loss": """
import torch
import torch.nn.functional as F
import torch.autograd.forward_ad as fwAD
logits = torch.tensor([[1.0, 2.0, 0.5], [0.1, 0.2, 0.3]])
target = torch.tensor([1, 2])
with fwAD.dual_level():
    d = fwAD.make_dual(logits, torch.tensor([[1.0, 0., 0.], [0., 1., 0.]]))
    loss = F.cross_entropy(d, target)
    print(round(fwAD.unpack_dual(loss).tangent.item(), 5))
    mse = F.mse_loss(d, torch.zeros(2, 3))
    print(fwAD.unpack_dual(mse).tangent)
""",
}
