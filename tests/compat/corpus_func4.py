"""Compat corpus: batch norm under vmap, module patterns, per-sample grads of shared args."""

SNIPPETS = {
    "func_replace_all_batch_norm_modules": """
import torch
import torch.nn as nn
from torch.func import replace_all_batch_norm_modules_, functional_call, vmap, grad
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))
replace_all_batch_norm_modules_(net)
print(net[1])
print(net[1].running_mean, net[1].running_var, net[1].num_batches_tracked)
print(dict(net.named_buffers()))
params = {k: v.detach() for k, v in net.named_parameters()}
x = torch.randn(3, 5, 3)
out = vmap(lambda x: functional_call(net, params, (x,)))(x)
print(out.shape, torch.allclose(out[1], net(x[1]), atol=1e-6))
""",
    "func_vmap_batchnorm_train_running_stats_error": """
import torch
import torch.nn as nn
from torch.func import vmap
torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
x = torch.randn(2, 4, 3)
try:
    vmap(bn)(x)
except RuntimeError as e:
    print(e)
bn.eval()
print(vmap(bn)(x).shape)
""",
    "func_per_sample_grads_buffers_passed": """
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, vmap, grad
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 4), nn.LayerNorm(4), nn.Linear(4, 3))
params = {k: v.detach() for k, v in model.named_parameters()}
buffers = {k: v.detach() for k, v in model.named_buffers()}
def loss(params, buffers, x, y):
    out = functional_call(model, (params, buffers), (x.unsqueeze(0),))
    return F.cross_entropy(out, y.unsqueeze(0))
x = torch.randn(5, 4)
y = torch.randint(3, (5,))
g = vmap(grad(loss), in_dims=(None, None, 0, 0))(params, buffers, x, y)
print(sorted(g))
print(g['1.weight'].shape, g['1.bias'][0])
total = {k: v.mean(0) for k, v in g.items()}
model.zero_grad()
F.cross_entropy(model(x), y).backward()
print(all(torch.allclose(total[k], p.grad, atol=1e-6) for k, p in model.named_parameters()))
""",
    "func_vmap_jacrev_has_aux": """
import torch
from torch.func import vmap, jacrev
def f(x):
    y = x.sin()
    return y, {'norm': y.norm()}
x = torch.tensor([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
J, aux = vmap(jacrev(f, has_aux=True))(x)
print(J.shape, aux['norm'])
print(J[1])
""",
    "func_hessian_vector_product_three_ways": """
import torch
from torch.func import jvp, grad, vjp, hessian
torch.manual_seed(0)
A = torch.randn(4, 4)
A = A @ A.T
def f(x):
    return 0.5 * x @ A @ x + x.sin().sum()
x = torch.randn(4)
v = torch.randn(4)
fwd_rev = jvp(grad(f), (x,), (v,))[1]
rev_rev = vjp(grad(f), x)[1](v)[0]
full = hessian(f)(x) @ v
print(torch.allclose(fwd_rev, full, atol=1e-5), torch.allclose(rev_rev, full, atol=1e-5))
print(torch.allclose(torch.autograd.functional.hvp(f, x, v)[1], full, atol=1e-5))
""",
    "func_jacrev_wrt_params_dict_module": """
import torch
import torch.nn as nn
from torch.func import jacrev, functional_call
torch.manual_seed(0)
net = nn.Linear(3, 2)
x = torch.randn(3)
params = dict(net.named_parameters())
J = jacrev(lambda p: functional_call(net, p, (x,)))(params)
print({k: tuple(v.shape) for k, v in J.items()})
print(J['bias'])
print(torch.allclose(J['weight'][0, 0], x), J['weight'][1, 0].abs().sum().item())
""",
    "func_vmap_over_module_list_ensemble": """
import torch
import torch.nn as nn
from torch.func import stack_module_state, functional_call, vmap
torch.manual_seed(0)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.l = nn.Linear(2, 2)
        self.register_buffer('scale', torch.tensor(2.0))
    def forward(self, x):
        return self.l(x) * self.scale
nets = [Net() for _ in range(3)]
for i, n in enumerate(nets):
    n.scale.fill_(i + 1.0)
params, buffers = stack_module_state(nets)
print(buffers['scale'])
x = torch.ones(4, 2)
out = vmap(functional_call, in_dims=(None, 0, None))(nets[0], (params, buffers), (x,))
print(out.shape, torch.allclose(out[2], nets[2](x)))
""",
    "func_grad_wrt_tuple_and_list_args": """
import torch
from torch.func import grad
def f(pair, lst):
    a, b = pair
    return (a * b).sum() + sum(t.sum() for t in lst)
a, b = torch.tensor([1., 2.]), torch.tensor([3., 4.])
g = grad(f)((a, b), [a, b])
print(type(g).__name__, g)
g2 = grad(f, argnums=1)((a, b), [a, b])
print(type(g2).__name__, g2)
""",
    "func_jvp_of_vmap": """
import torch
from torch.func import jvp, vmap
x = torch.tensor([[1., 2.], [3., 4.]])
t = torch.ones(2, 2)
out, tan = jvp(vmap(lambda r: (r ** 2).sum()), (x,), (t,))
print(out, tan)
out, tan = jvp(lambda a: vmap(torch.outer)(a, a), (x,), (t,))
print(tan)
""",
    "func_autograd_functional_jacobian_strict_tuple_outputs": """
import torch
from torch.autograd.functional import jacobian
def f(x, y):
    return x * 2, (x + y).sum()
x, y = torch.tensor([1., 2.]), torch.tensor([3., 4.])
J = jacobian(f, (x, y))
print(type(J).__name__, type(J[0]).__name__)
print(J[0][0], J[0][1])
print(J[1][0], J[1][1])
J = jacobian(f, (x, y), vectorize=True)
print(J[1][1])
""",
    "func_vmap_ensemble_batchnorm_train_buffers": """
import torch
import torch.nn as nn
from torch.func import stack_module_state, functional_call, vmap
torch.manual_seed(0)
models = [nn.Sequential(nn.Linear(3, 3), nn.BatchNorm1d(3)) for _ in range(2)]
params, buffers = stack_module_state(models)
x = torch.randn(4, 3)
out = vmap(lambda p, b, x: functional_call(models[0], (p, b), (x,)),
           in_dims=(0, 0, None))(params, buffers, x)
print(out.shape)
print(buffers['1.running_mean'])
print(buffers['1.num_batches_tracked'])
""",
    "func_per_sample_grads_shared_weight_ops": """
import torch
import torch.nn.functional as F
from torch.func import vmap, grad
torch.manual_seed(0)
w = torch.randn(3, 4)
xs = torch.randn(5, 4)
def f(w, x):
    a = (w @ x).tanh().sum()
    b = torch.einsum('ij,j->i', w, x).pow(2).sum()
    c = F.linear(x.unsqueeze(0), w).exp().mean()
    d = w.t()[0].sum() * w.view(-1)[2] + w[1, 1:].prod()
    e = torch.stack([w, w * x[:3, None]]).sum(0).norm()
    return a + b + c + d + e + w.shape[0]
g = vmap(grad(f), in_dims=(None, 0))(w, xs)
ref = torch.stack([grad(f)(w, x) for x in xs])
print(g.shape, torch.allclose(g, ref, atol=1e-5))
wl = w.clone().requires_grad_()
manual = torch.autograd.grad(f(wl, xs[3]), wl)[0]
print(torch.allclose(g[3], manual, atol=1e-5))
""",
    "func_per_sample_grads_two_shared_args": """
import torch
from torch.func import vmap, grad
torch.manual_seed(0)
w = torch.randn(2, 2)
b = torch.randn(2)
xs = torch.randn(4, 2)
def f(w, b, x):
    return torch.sigmoid(w @ x + b).sum()
gw, gb = vmap(grad(f, argnums=(0, 1)), in_dims=(None, None, 0))(w, b, xs)
print(gw.shape, gb.shape)
for i in range(4):
    wl, bl = w.clone().requires_grad_(), b.clone().requires_grad_()
    mw, mb = torch.autograd.grad(f(wl, bl, xs[i]), (wl, bl))
    print(torch.allclose(gw[i], mw, atol=1e-6), torch.allclose(gb[i], mb, atol=1e-6))
""",
    "func_transforms_on_inputs_requiring_grad": """
import torch
from torch.func import grad, jacrev, jacfwd, hessian, vmap, jvp, vjp
x = torch.tensor([1., 2.], requires_grad=True)
f = lambda t: (t ** 3).sum()
g = grad(f)(x)
print(g)
g.sum().backward()
print(x.grad)
x.grad = None
print(jacrev(lambda t: t ** 2)(x))
print(jacfwd(lambda t: t ** 2)(x))
print(hessian(f)(x))
print(vmap(lambda t: t * 2)(x.unsqueeze(1)))
print(jvp(torch.sin, (x,), (torch.ones(2),)))
out, fn = vjp(torch.sin, x)
print(out, fn(torch.ones(2)))
""",
    "func_outer_autograd_through_vmap_grad": """
import torch
from torch.func import vmap, grad
w = torch.tensor([0.5, -1.0], requires_grad=True)
xs = torch.tensor([[1., 2.], [3., 4.], [0., 1.]])
def loss(w, x):
    return torch.tanh(w @ x) ** 2
per_sample = vmap(grad(loss), in_dims=(None, 0))(w, xs)
print(per_sample)
per_sample.norm(dim=1).sum().backward()
print(w.grad)
""",
}
