"""Compat corpus: torch.func in training code, vmap in_dims/out_dims/randomness, meta models."""

SNIPPETS = {
    "func_dp_sgd_clipped_per_sample": """
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, vmap, grad
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
params = {k: v.detach() for k, v in model.named_parameters()}
x = torch.randn(6, 4)
y = torch.randint(2, (6,))

def loss_fn(params, x, y):
    out = functional_call(model, params, (x.unsqueeze(0),))
    return F.cross_entropy(out, y.unsqueeze(0))

per_sample = vmap(grad(loss_fn), in_dims=(None, 0, 0))(params, x, y)
norms = torch.stack([g.flatten(1).norm(dim=1) for g in per_sample.values()], dim=1).norm(dim=1)
print(norms.round(decimals=4))
max_norm = 1.0
factor = (max_norm / (norms + 1e-6)).clamp(max=1.0)
clipped = {k: (g * factor.view(-1, *[1] * (g.dim() - 1))).sum(0) for k, g in per_sample.items()}
for k, v in clipped.items():
    print(k, tuple(v.shape), round(v.norm().item(), 4))
""",
    "func_ensemble_training_step": """
import torch
import torch.nn as nn
from torch.func import stack_module_state, functional_call, vmap, grad
torch.manual_seed(0)
models = [nn.Linear(3, 1) for _ in range(4)]
params, buffers = stack_module_state(models)
base = nn.Linear(3, 1).to('meta')
x = torch.randn(10, 3)
y = x.sum(1, keepdim=True)

def loss(p, b, x, y):
    return ((functional_call(base, (p, b), (x,)) - y) ** 2).mean()

lr = 0.1
for step in range(5):
    grads = vmap(grad(loss), in_dims=(0, 0, None, None))(params, buffers, x, y)
    params = {k: v - lr * grads[k] for k, v in params.items()}
losses = vmap(loss, in_dims=(0, 0, None, None))(params, buffers, x, y)
print(losses)
print(params['weight'].shape, params['bias'].shape)
""",
    "func_maml_inner_loop": """
import torch
from torch.func import grad, functional_call
import torch.nn as nn
torch.manual_seed(0)
net = nn.Linear(2, 1)
params = dict(net.named_parameters())
x = torch.randn(8, 2)
y = x @ torch.tensor([[1.5], [-2.0]])

def loss(p, x, y):
    return ((functional_call(net, p, (x,)) - y) ** 2).mean()

inner = params
for _ in range(2):
    g = grad(loss)(inner, x, y)
    inner = {k: inner[k] - 0.1 * g[k] for k in inner}
outer = loss(inner, x, y)
print(outer)
outer.backward()
print(net.weight.grad, net.bias.grad)
""",
    "func_newton_hessian_logreg": """
import torch
from torch.func import grad, hessian
torch.manual_seed(0)
X = torch.randn(20, 3, dtype=torch.float64)
w_true = torch.tensor([1.0, -2.0, 0.5], dtype=torch.float64)
y = (X @ w_true > 0).double()

def nll(w):
    logits = X @ w
    return torch.nn.functional.binary_cross_entropy_with_logits(logits, y) + 0.05 * (w ** 2).sum()

w = torch.zeros(3, dtype=torch.float64)
for i in range(4):
    g = grad(nll)(w)
    H = hessian(nll)(w)
    w = w - torch.linalg.solve(H, g)
    print(i, round(nll(w).item(), 8))
print(w)
""",
    "func_jacobian_wrt_module_inputs": """
import torch
import torch.nn as nn
from torch.func import jacrev, jacfwd, vmap
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.Softplus(), nn.Linear(4, 2))
x = torch.randn(3)
J = jacrev(net)(x)
print(J.shape, torch.allclose(J, jacfwd(net)(x), atol=1e-6))
xs = torch.randn(5, 3)
Js = vmap(jacrev(net))(xs)
print(Js.shape, torch.allclose(Js[2], jacrev(net)(xs[2]), atol=1e-6))
print(torch.autograd.functional.jacobian(net, x).shape)
""",
    "func_functional_call_strict_tie": """
import torch
import torch.nn as nn
from torch.func import functional_call
torch.manual_seed(0)
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
print(functional_call(m, {'a.weight': torch.eye(2) * 2}, (x,)))
print(functional_call(m, {'a.weight': torch.eye(2) * 2}, (x,), tie_weights=False).shape)
try:
    functional_call(m, {'a.weight': torch.eye(2), 'c': torch.ones(1)}, (x,), strict=True)
except RuntimeError as e:
    print(e)
try:
    functional_call(m, ({'a.weight': torch.eye(2)}, {'a.weight': torch.eye(2)}), (x,))
except ValueError as e:
    print(e)
print(functional_call(nn.Linear(2, 1), {'weight': torch.ones(1, 2), 'bias': torch.zeros(1)}, x, {}))
""",
    "func_stack_module_state_checks": """
import torch
import torch.nn as nn
from torch.func import stack_module_state
torch.manual_seed(0)
models = [nn.BatchNorm1d(3) for _ in range(2)]
params, buffers = stack_module_state(models)
print(sorted(params), sorted(buffers))
print(buffers['running_mean'].shape, buffers['num_batches_tracked'])
print(params['weight'].requires_grad, params['weight'].is_leaf)
a, b = nn.Linear(2, 2), nn.Linear(2, 2)
b.eval()
try:
    stack_module_state([a, b])
except RuntimeError as e:
    print(e)
""",
    "func_vmap_batchnorm_eval_buffers": """
import torch
import torch.nn as nn
from torch.func import functional_call, vmap, stack_module_state
torch.manual_seed(0)
models = [nn.Sequential(nn.Linear(3, 3), nn.BatchNorm1d(3)).eval() for _ in range(3)]
for i, m in enumerate(models):
    m[1].running_mean.fill_(0.1 * i)
params, buffers = stack_module_state(models)
base = models[0]
x = torch.randn(4, 3)
out = vmap(lambda p, b, x: functional_call(base, (p, b), (x,)),
           in_dims=(0, 0, None))(params, buffers, x)
print(out.shape)
print(torch.allclose(out[2], models[2](x), atol=1e-6))
""",
    "func_vmap_chunk_size_and_kwargs": """
import torch
from torch.func import vmap
x = torch.arange(12.).reshape(6, 2)
def f(t, scale=1.0):
    return t.sum() * scale
print(vmap(f, chunk_size=2)(x))
print(vmap(f, chunk_size=4)(x, scale=2.0))
print(vmap(f, chunk_size=100)(x))
try:
    vmap(f, chunk_size=0)(x)
except ValueError as e:
    print(e)
print(vmap(lambda a, b: a * b, in_dims=(0, None), chunk_size=3)(x, torch.tensor([1., -1.])))
""",
    "func_vmap_nn_functional_ops": """
import torch
import torch.nn.functional as F
from torch.func import vmap
torch.manual_seed(0)
x = torch.randn(4, 3, 5)
print(vmap(lambda t: F.softmax(t, dim=-1))(x).sum(-1))
print(vmap(lambda t: F.log_softmax(t, dim=0))(x).shape)
print(vmap(F.relu)(x).min() >= 0)
w = torch.randn(2, 5)
print(vmap(lambda t: F.linear(t, w))(x).shape)
logits = torch.randn(4, 3)
target = torch.tensor([0, 2, 1, 1])
print(vmap(F.cross_entropy)(logits, target))
print(F.cross_entropy(logits, target, reduction='none'))
img = torch.randn(4, 1, 6, 6)
k = torch.randn(2, 1, 3, 3)
out = vmap(lambda im: F.conv2d(im.unsqueeze(0), k).squeeze(0))(img)
print(out.shape, torch.allclose(out, F.conv2d(img, k), atol=1e-5))
""",
    "func_vmap_tensor_methods": """
import torch
from torch.func import vmap
x = torch.arange(24.).reshape(2, 3, 4)
print(vmap(lambda t: t.view(4, 3))(x).shape)
print(vmap(lambda t: t.permute(1, 0))(x).shape)
print(vmap(lambda t: t.flatten())(x).shape)
print(vmap(lambda t: t.t() @ t)(x).shape)
print(vmap(lambda t: t[:, 1:3])(x))
print(vmap(lambda t: torch.where(t > 10, t, -t))(x)[0])
idx = torch.tensor([[0], [2], [1]])
print(vmap(lambda t: t.gather(1, idx))(x))
print(vmap(lambda t: t.mean(0))(x))
print(vmap(lambda t: t.max(dim=1).values)(x))
print(vmap(torch.diag)(torch.ones(3, 2)))
""",
    "func_vmap_grad_nested": """
import torch
from torch.func import vmap, grad
def f(x, y):
    return (x * y).sin().sum()
x = torch.tensor([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
y = torch.tensor([1.0, 2.0])
print(vmap(grad(f), in_dims=(0, None))(x, y))
print(vmap(grad(f, argnums=1), in_dims=(0, None))(x, y))
print(grad(lambda y: vmap(f, in_dims=(0, None))(x, y).sum())(y))
print(vmap(vmap(grad(lambda a: a.exp())))(x))
print(vmap(grad(grad(lambda a: a ** 4)))(torch.tensor([1., 2., 3.])))
""",
    "func_jacrev_dict_outputs": """
import torch
from torch.func import jacrev, jacfwd
def f(p):
    return {'sum': p['w'].sum() * p['b'], 'prod': p['w'] * p['b']}
p = {'w': torch.tensor([1., 2.]), 'b': torch.tensor(3.)}
J = jacrev(f)(p)
print(J['sum']['w'], J['sum']['b'])
print(J['prod']['w'])
print(J['prod']['b'])
Jf = jacfwd(f)(p)
print(torch.allclose(Jf['prod']['w'], J['prod']['w']), Jf['sum']['b'])
""",
    "func_vjp_multiple_outputs": """
import torch
from torch.func import vjp
def f(x, y):
    return x * y, (x + y).sum(), x.exp()
x = torch.tensor([1., 2.])
y = torch.tensor([3., 4.])
(a, b, c), fn = vjp(f, x, y)
print(a, b, c)
gx, gy = fn((torch.ones(2), torch.tensor(2.), torch.zeros(2)))
print(gx, gy)
out, fn2 = vjp(lambda d: d['p'] ** 2, {'p': x})
print(fn2(torch.ones(2)))
out, fn3 = vjp(lambda a: [a.sin(), a.cos()], x)
print(fn3([torch.ones(2), torch.ones(2)]))
""",
    "func_jvp_dict_primals": """
import torch
from torch.func import jvp, jacfwd
def f(p, x):
    return torch.tanh(x @ p['w'] + p['b'])
p = {'w': torch.tensor([[0.5], [-0.5]]), 'b': torch.tensor([0.1])}
x = torch.tensor([[1., 2.], [3., 4.]])
t = {'w': torch.ones(2, 1), 'b': torch.zeros(1)}
out, tan = jvp(f, (p, x), (t, torch.zeros(2, 2)))
print(out, tan)
print(jacfwd(f, argnums=1)(p, x).shape)
""",
    "func_linearize_reuse": """
import torch
from torch.func import linearize, jvp
def f(x):
    return torch.stack([x[0] ** 2 * x[1], x[1].exp(), x.sum().sin()])
x = torch.tensor([1.0, 0.5])
out, jvp_fn = linearize(f, x)
print(out)
for v in (torch.tensor([1., 0.]), torch.tensor([0., 1.]), torch.tensor([1., 1.])):
    print(jvp_fn(v), jvp(f, (x,), (v,))[1])
""",
    "func_forward_ad_level_and_repr": """
import torch
import torch.autograd.forward_ad as fwAD
x = torch.tensor([1., 2.])
with fwAD.dual_level() as lvl:
    print(lvl)
    d = fwAD.make_dual(x, torch.tensor([0.5, -1.]), level=lvl)
    print(d)
    y = (d * d).sum()
    print(y)
    print(fwAD.unpack_dual(y, level=lvl).tangent)
    v = d[1:]
    print(fwAD.unpack_dual(v))
    print(fwAD.unpack_dual(d.view(2, 1)).tangent.shape)
    print(d.shape, d.dtype)
""",
    "func_forward_ad_directional_derivative": """
import torch
import torch.autograd.forward_ad as fwAD
torch.manual_seed(0)
w = torch.randn(3)
x = torch.randn(5, 3)
y = torch.randn(5)
def loss(w):
    return ((x @ w - y) ** 2).mean()
v = torch.tensor([1., 0., -1.])
with fwAD.dual_level():
    out = loss(fwAD.make_dual(w, v))
    dd = fwAD.unpack_dual(out).tangent
wg = w.clone().requires_grad_()
loss(wg).backward()
print(round(dd.item(), 5), round((wg.grad @ v).item(), 5))
""",
    "func_autograd_functional_create_graph_backward": """
import torch
from torch.autograd.functional import jacobian, hessian, vjp
x = torch.tensor([1., 2.], requires_grad=True)
J = jacobian(lambda t: t ** 3, x, create_graph=True)
print(J)
J.trace().backward()
print(x.grad)
x.grad = None
H = hessian(lambda t: (t ** 4).sum(), x, create_graph=True)
H.sum().backward()
print(H, x.grad)
out, g = vjp(lambda t: t.exp(), x, torch.ones(2), create_graph=True)
print(g)
""",
    "func_grad_module_params": """
import torch
import torch.nn as nn
from torch.func import grad, functional_call
torch.manual_seed(0)
model = nn.Linear(3, 2)
x = torch.randn(4, 3)
t = torch.randn(4, 2)
params = dict(model.named_parameters())
def loss(p):
    return nn.functional.mse_loss(functional_call(model, p, (x,)), t)
g = grad(loss)(params)
print(g['bias'])
model.zero_grad()
loss(params).backward()
print(model.bias.grad)
print(torch.allclose(g['weight'], model.weight.grad))
print(g['weight'].requires_grad, g['weight'].grad_fn)
""",
    "func_vmap_randomness_dropout_model": """
import torch
import torch.nn as nn
from torch.func import vmap, functional_call
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 3), nn.Dropout(0.5))
params = dict(model.named_parameters())
x = torch.ones(4, 3)
try:
    vmap(lambda x: functional_call(model, params, (x,)))(x)
except RuntimeError as e:
    print(e)
model.eval()
out = vmap(lambda x: functional_call(model, params, (x,)))(x)
print(out.shape, torch.equal(out[0], out[3]))
model.train()
torch.manual_seed(1)
same = vmap(lambda x: functional_call(model, params, (x,)), randomness='same')(x)
print(torch.equal(same[0], same[1]), torch.equal(same[1], same[2]))
""",
    "func_vmap_randomness_creation_ops": """
import torch
from torch.func import vmap
torch.manual_seed(0)
x = torch.zeros(3, 4)
out = vmap(lambda t: t + torch.randn(4), randomness='same')(x)
print(out.shape, torch.equal(out[0], out[2]))
out = vmap(lambda t: torch.bernoulli(t + 0.5), randomness='different')(x)
print(out.shape, out.sum() >= 0)
try:
    vmap(lambda t: torch.randn_like(t))(x)
except RuntimeError as e:
    print(e)
try:
    vmap(lambda t: t.normal_())(x.clone())
except RuntimeError as e:
    print(e)
""",
    "func_grad_of_vmap_loss": """
import torch
from torch.func import vmap, grad
w = torch.tensor([0.5, -1.0, 2.0])
xs = torch.tensor([[1., 2., 3.], [0., 1., 0.], [2., 2., 2.]])
def per_example(w, x):
    return torch.sigmoid(x @ w)
def total(w):
    return vmap(per_example, in_dims=(None, 0))(w, xs).sum()
print(grad(total)(w))
ws = w.clone().requires_grad_()
torch.sigmoid(xs @ ws).sum().backward()
print(ws.grad)
""",
    "func_jacrev_chunk_sizes_agree": """
import torch
from torch.func import jacrev
torch.manual_seed(0)
A = torch.randn(5, 4)
def f(x):
    return torch.tanh(A @ x)
x = torch.randn(4)
full = jacrev(f)(x)
for c in (1, 2, 3, 5, 10):
    print(c, torch.allclose(jacrev(f, chunk_size=c)(x), full))
try:
    jacrev(f, chunk_size=0)(x)
except ValueError as e:
    print(e)
""",
    "func_hessian_of_mlp_params": """
import torch
import torch.nn as nn
from torch.func import hessian, functional_call
torch.manual_seed(0)
net = nn.Linear(2, 1)
x = torch.randn(5, 2)
y = torch.randn(5, 1)
params = {k: v.detach() for k, v in net.named_parameters()}
def loss(p):
    return ((functional_call(net, p, (x,)) - y) ** 2).mean()
H = hessian(loss)(params)
print(H['weight']['weight'].shape, H['weight']['bias'].shape, H['bias']['bias'].shape)
print(H['weight']['weight'].squeeze())
print(H['bias']['bias'])
print(torch.allclose(H['weight']['weight'].squeeze(), 2 * x.T @ x / 5, atol=1e-5))
""",
    "func_jvp_over_vjp_pullback": """
import torch
from torch.func import jvp, vjp, grad
def f(x):
    return (x.sin() * x).sum()
x = torch.tensor([0.3, 0.7, 1.1])
v = torch.tensor([1., 0., 0.])
def g(x):
    return vjp(f, x)[1](torch.tensor(1.))[0]
print(jvp(g, (x,), (v,))[1])
print(jvp(grad(f), (x,), (v,))[1])
print(grad(lambda x: grad(f)(x) @ v)(x))
""",
    "func_vmap_out_dims_none_and_tuple": """
import torch
from torch.func import vmap
x = torch.arange(6.).reshape(3, 2)
const = torch.tensor([9., 9.])
def f(t):
    return t * 2, const
a, b = vmap(f, out_dims=(0, None))(x)
print(a, b)
try:
    vmap(lambda t: t * 2, out_dims=None)(x)
except ValueError as e:
    print(e)
print(vmap(lambda t: (t, t.sum()), out_dims=(1, 0))(x))
try:
    vmap(lambda t: t, out_dims=(0, 1))(x)
except ValueError as e:
    print(e)
""",
    "func_vmap_dict_and_list_outputs": """
import torch
from torch.func import vmap
x = torch.arange(6.).reshape(3, 2)
out = vmap(lambda t: {'s': t.sum(), 'sq': t ** 2})(x)
print(out)
out = vmap(lambda t: [t.max(), t.min()])(x)
print(out)
out = vmap(lambda d: d['a'] + d['b'], in_dims=({'a': 0, 'b': None},))({'a': x, 'b': torch.ones(2)})
print(out)
""",
    "func_autograd_functional_vectorize_jacobian_module": """
import torch
import torch.nn as nn
from torch.autograd.functional import jacobian
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 3), nn.Tanh())
x = torch.randn(2, 3)
J1 = jacobian(net, x)
J2 = jacobian(net, x, vectorize=True)
J3 = jacobian(net, x, vectorize=True, strategy='forward-mode')
print(J1.shape, torch.allclose(J1, J2, atol=1e-6), torch.allclose(J1, J3, atol=1e-6))
print(J1[0, :, 1, :].abs().sum().item() == 0.0)
""",
    "func_autograd_functional_hessian_vectorize_fwd": """
import torch
from torch.autograd.functional import hessian
def f(x):
    return (x[0] * x[1] ** 2 + x.exp().sum())
x = torch.tensor([1.0, 2.0], dtype=torch.float64)
print(hessian(f, x))
print(hessian(f, x, vectorize=True, outer_jacobian_strategy='forward-mode'))
try:
    hessian(f, x, outer_jacobian_strategy='forward-mode')
except NotImplementedError as e:
    print(e)
""",
    "func_jvp_sin_cos_identity": """
import torch
from torch.func import jvp
x = torch.linspace(0, 3, 5)
_, t = jvp(torch.sin, (x,), (torch.ones_like(x),))
print(torch.allclose(t, x.cos()))
_, t = jvp(lambda a: a.sin() ** 2 + a.cos() ** 2, (x,), (torch.ones_like(x),))
print(t.abs().max() < 1e-6)
_, t = jvp(torch.exp, (torch.tensor(1.),), (torch.tensor(2.),))
print(t)
""",
    "func_forward_ad_nn_functional_ops": """
import torch
import torch.nn.functional as F
import torch.autograd.forward_ad as fwAD
x = torch.tensor([[-1.0, 0.5, 2.0], [0.1, -0.2, 0.3]])
t = torch.tensor([[1.0, -2.0, 0.5], [0.3, 0.0, 1.0]])
with fwAD.dual_level():
    d = fwAD.make_dual(x, t)
    for fn in (F.relu, F.gelu, F.silu, torch.sigmoid, torch.tanh, F.softplus, F.elu):
        print(fn.__name__, fwAD.unpack_dual(fn(d)).tangent[0])
    print(fwAD.unpack_dual(F.softmax(d, dim=1)).tangent.round(decimals=4))
    print(fwAD.unpack_dual(F.log_softmax(d, dim=1)).tangent.round(decimals=4))
    print(fwAD.unpack_dual(F.layer_norm(d, (3,))).tangent.round(decimals=4))
""",
    "func_forward_ad_reductions_and_linalg": """
import torch
import torch.autograd.forward_ad as fwAD
A = torch.tensor([[2.0, 1.0], [1.0, 3.0]])
T = torch.tensor([[1.0, 0.0], [0.0, 1.0]])
with fwAD.dual_level():
    d = fwAD.make_dual(A, T)
    print(fwAD.unpack_dual(d.sum()).tangent, fwAD.unpack_dual(d.mean(0)).tangent)
    print(fwAD.unpack_dual(d.norm()).tangent)
    print(fwAD.unpack_dual(torch.linalg.det(d)).tangent)
    print(fwAD.unpack_dual(torch.linalg.inv(d)).tangent)
    print(fwAD.unpack_dual(d @ d).tangent)
    print(fwAD.unpack_dual(d.max()).tangent, fwAD.unpack_dual(d.var()).tangent)
    print(fwAD.unpack_dual(torch.logsumexp(d, 1)).tangent)
""",
    "func_jacfwd_randomness": """
import torch
from torch.func import jacfwd
torch.manual_seed(0)
x = torch.ones(3)
try:
    jacfwd(lambda t: t * torch.rand(3))(x)
except RuntimeError as e:
    print(e)
J = jacfwd(lambda t: t * torch.rand(3), randomness='same')(x)
print(J.shape, (J - torch.diag(torch.diagonal(J))).abs().sum().item())
""",
    "func_grad_and_value_training_loop": """
import torch
from torch.func import grad_and_value
torch.manual_seed(0)
X = torch.randn(16, 2)
y = X @ torch.tensor([2.0, -3.0]) + 1.0
params = (torch.zeros(2), torch.zeros(()))
def loss(params):
    w, b = params
    return ((X @ w + b - y) ** 2).mean()
for step in range(50):
    (gw, gb), value = grad_and_value(loss)(params)
    params = (params[0] - 0.1 * gw, params[1] - 0.1 * gb)
    if step % 10 == 0:
        print(step, round(value.item(), 4))
print(params[0].round(decimals=3), params[1].round(decimals=3))
""",
    "func_per_sample_grads_conv": """
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, vmap, grad
torch.manual_seed(0)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3)
        self.fc = nn.Linear(2 * 4 * 4, 3)
    def forward(self, x):
        x = F.relu(self.conv(x))
        return self.fc(x.flatten(1))
net = Net()
params = {k: v.detach() for k, v in net.named_parameters()}
x = torch.randn(3, 1, 6, 6)
y = torch.tensor([0, 2, 1])
def loss(p, x, y):
    return F.cross_entropy(functional_call(net, p, (x.unsqueeze(0),)), y.unsqueeze(0))
g = vmap(grad(loss), in_dims=(None, 0, 0))(params, x, y)
print({k: tuple(v.shape) for k, v in g.items()})
manual = torch.autograd.grad(loss(dict(net.named_parameters()), x[1], y[1]), list(net.parameters()))
print(all(torch.allclose(a, b[1], atol=1e-6) for a, b in zip(manual, g.values())))
""",
    "func_vmap_over_params_ensemble_predict": """
import torch
import torch.nn as nn
from torch.func import stack_module_state, functional_call, vmap
import copy
torch.manual_seed(0)
models = [nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1)) for _ in range(3)]
params, buffers = stack_module_state(models)
base = copy.deepcopy(models[0]).to('meta')
print(base[0].weight)
def call(p, b, x):
    return functional_call(base, (p, b), (x,))
x = torch.randn(5, 2)
preds = vmap(call, in_dims=(0, 0, None))(params, buffers, x)
print(preds.shape)
print(preds.mean(0).squeeze().shape, preds.std(0).squeeze().shape)
print(torch.allclose(preds[1], models[1](x), atol=1e-6))
""",
    "func_meta_device_basics": """
import torch
import torch.nn as nn
m = nn.Linear(3, 2).to('meta')
print(m.weight)
print(m.bias.device, m.weight.is_meta, m.weight.shape, m.weight.dtype)
t = torch.ones(2, 2).to('meta')
print(t, t.device)
print(torch.ones(2).is_meta)
print(torch.zeros(0, 3).to('meta'))
print(torch.zeros(2, dtype=torch.float64).to(device="meta"), torch.tensor(3).to("meta"),
      torch.zeros(0).to("meta"))
""",
}
