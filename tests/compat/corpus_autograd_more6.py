"""Compat corpus: advanced autograd features from the docs' notes and tutorials."""

SNIPPETS = {
    "agm6_saved_tensors_hooks_print": """
import torch
def pack(t):
    print('pack', t.shape)
    return t
def unpack(t):
    print('unpack', t.shape)
    return t
x = torch.tensor([1., 2.], requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    y = x.exp()
    z = (y * x).sum()
z.backward()
print(x.grad)
""",
    "agm6_saved_tensors_hooks_scale": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(lambda t: t * 2, lambda t: t):
    y = x * x
y.sum().backward()
print(x.grad)
""",
    "agm6_save_on_cpu": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
with torch.autograd.graph.save_on_cpu():
    y = (x.sin() * x).sum()
y.backward()
print(x.grad)
""",
    "agm6_checkpoint_sequential_grads": """
import torch
from torch.utils.checkpoint import checkpoint
torch.manual_seed(0)
lin = torch.nn.Linear(3, 3)
x = torch.randn(2, 3, requires_grad=True)
def block(t):
    return torch.tanh(lin(t))
out = checkpoint(block, x, use_reentrant=False)
out.sum().backward()
g1 = x.grad.clone()
x.grad = None
block(x).sum().backward()
print(torch.allclose(g1, x.grad), g1)
""",
    "agm6_gradient_edge_grad": """
import torch
from torch.autograd.graph import get_gradient_edge
x = torch.tensor([1., 2.], requires_grad=True)
h = x * 3
y = (h ** 2).sum()
edge = get_gradient_edge(h)
g, = torch.autograd.grad(y, edge)
print(g)
""",
    "agm6_multi_grad_hook": """
import torch
a = torch.tensor([1.], requires_grad=True)
b = torch.tensor([2.], requires_grad=True)
def hook(grads):
    print('all grads', [g for g in grads])
torch.autograd.graph.register_multi_grad_hook((a, b), hook)
(a * b * 3).sum().backward()
""",
    "agm6_function_jvp_forward_ad": """
import torch
import torch.autograd.forward_ad as fwAD
class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        ctx.x = x
        return x ** 2
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g
    @staticmethod
    def jvp(ctx, t):
        return 2 * ctx.x * t
with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor([1., 3.]), torch.tensor([1., 1.]))
    out = Square.apply(d)
    print(fwAD.unpack_dual(out).tangent)
""",
    "agm6_function_vmap_generate": """
import torch
from torch.func import vmap, grad
class MyCube(torch.autograd.Function):
    generate_vmap_rule = True
    @staticmethod
    def forward(x):
        return x ** 3
    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 3 * x ** 2 * g
x = torch.tensor([1., 2., 3.])
print(vmap(MyCube.apply)(x))
print(grad(lambda t: MyCube.apply(t).sum())(x))
""",
    "agm6_func_linearize": """
import torch
from torch.func import linearize
x = torch.tensor([0., 1., 2.])
out, jvp_fn = linearize(torch.sin, x)
print(out)
print(jvp_fn(torch.ones(3)))
""",
    "agm6_vmap_in_out_dims": """
import torch
from torch.func import vmap
x = torch.arange(6.).reshape(2, 3)
print(vmap(lambda r: r * 2, in_dims=1)(x))
print(vmap(lambda r: r * 2, in_dims=1, out_dims=1)(x))
print(vmap(torch.add, in_dims=(0, None))(x, torch.tensor(10.)))
print(vmap(lambda a, b: a * b)(x, x))
try:
    vmap(torch.add)(torch.ones(2, 3), torch.ones(3, 3))
except ValueError as e:
    print(e)
""",
    "agm6_jacrev_argnums_tuple": """
import torch
from torch.func import jacrev, jacfwd
def f(x, y):
    return x * y.sin()
x = torch.tensor([1., 2.])
y = torch.tensor([0.5, 1.5])
jx, jy = jacrev(f, argnums=(0, 1))(x, y)
print(jx)
print(jy)
print(jacfwd(f, argnums=1)(x, y))
""",
    "agm6_vmap_jacrev_batched": """
import torch
from torch.func import jacrev, vmap
def f(x):
    return x.sin().sum() * x
xs = torch.tensor([[0., 1.], [1., 2.], [2., 3.]])
print(vmap(jacrev(f))(xs))
""",
    "agm6_stack_module_state_ensemble": """
import torch
from torch.func import stack_module_state, functional_call, vmap
torch.manual_seed(0)
models = [torch.nn.Linear(2, 1) for _ in range(3)]
params, buffers = stack_module_state(models)
print({k: v.shape for k, v in params.items()})
base = models[0]
x = torch.ones(4, 2)
def run(p, b, x):
    return functional_call(base, (p, b), (x,))
out = vmap(run, in_dims=(0, 0, None))(params, buffers, x)
print(out.shape)
print(torch.allclose(out[1], models[1](x)))
""",
    "agm6_forward_ad_module_params": """
import torch
import torch.autograd.forward_ad as fwAD
from torch.func import functional_call
torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
x = torch.ones(3, 2)
tangents = {name: torch.ones_like(p) for name, p in model.named_parameters()}
with fwAD.dual_level():
    duals = {name: fwAD.make_dual(p.detach(), tangents[name])
             for name, p in model.named_parameters()}
    out = functional_call(model, duals, (x,))
    print(fwAD.unpack_dual(out).tangent)
""",
    "agm6_forward_ad_errors": """
import torch
import torch.autograd.forward_ad as fwAD
try:
    fwAD.make_dual(torch.ones(2), torch.ones(2))
except RuntimeError as e:
    print(e)
with fwAD.dual_level():
    try:
        fwAD.make_dual(torch.ones(2), torch.ones(3))
    except RuntimeError as e:
        print(e)
""",
    "agm6_forward_ad_jacobian_columns": """
import torch
import torch.autograd.forward_ad as fwAD
def f(x):
    return torch.stack([x[0] * x[1], x[0].exp(), x[1] ** 2])
x = torch.tensor([1., 2.])
cols = []
with fwAD.dual_level():
    for i in range(2):
        t = torch.zeros(2)
        t[i] = 1.
        cols.append(fwAD.unpack_dual(f(fwAD.make_dual(x, t))).tangent)
print(torch.stack(cols, dim=1))
""",
    "agm6_hessian_vector_double_backward": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
f = (x ** 2 * x.roll(1)).sum()
g, = torch.autograd.grad(f, x, create_graph=True)
v = torch.tensor([1., 0., -1.])
hv, = torch.autograd.grad(g, x, grad_outputs=v)
print(g)
print(hv)
""",
    "agm6_full_hessian_loop": """
import torch
x = torch.tensor([0.5, -1.0], requires_grad=True)
f = x[0] ** 2 * x[1] + torch.sin(x[1]) * x[0]
g, = torch.autograd.grad(f, x, create_graph=True)
H = torch.zeros(2, 2)
for i in range(2):
    H[i] = torch.autograd.grad(g[i], x, retain_graph=True)[0]
print(H)
f2 = lambda v: v[0] ** 2 * v[1] + torch.sin(v[1]) * v[0]
print(torch.autograd.functional.hessian(f2, x.detach()))
""",
    "agm6_grad_of_grad_norm": """
import torch
torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
loss = (w.exp() * w).sum()
g, = torch.autograd.grad(loss, w, create_graph=True)
penalty = g.norm()
print(penalty.grad_fn, penalty)
penalty.backward()
print(w.grad)
""",
    "agm6_create_graph_backward_warning_free": """
import torch
x = torch.tensor(3.0, requires_grad=True)
y = x ** 3
y.backward(create_graph=True)
print(x.grad, x.grad.grad_fn)
g = x.grad
x.grad = None
g.backward()
print(x.grad)
""",
    "agm6_grad_requires_grad_flags": """
import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 2
g1, = torch.autograd.grad(y, x, retain_graph=True)
g2, = torch.autograd.grad(y, x, create_graph=True)
print(g1, g1.requires_grad)
print(g2, g2.requires_grad)
""",
    "agm6_anomaly_mode_check_nan_false": """
import torch
with torch.autograd.set_detect_anomaly(True, check_nan=False):
    print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
    x = torch.tensor([0.0], requires_grad=True)
    (x.sqrt() * 0).sum().backward()
    print(x.grad)
print(torch.is_anomaly_enabled())
""",
    "agm6_anomaly_backward_error_message": """
import torch
x = torch.tensor([-1.0, 1.0], requires_grad=True)
with torch.autograd.detect_anomaly():
    y = x.log()
    try:
        y.sum().backward()
    except RuntimeError as e:
        print(e)
    print(x.grad)
""",
    "agm6_node_register_hook_on_accumulate": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
acc = y.grad_fn.next_functions[0][0]
acc.register_prehook(lambda g: print('acc pre', g))
acc.register_hook(lambda gi, go: print('acc post', gi, go))
y.sum().backward()
print(x.grad)
""",
    "agm6_hook_handles_remove": """
import torch
x = torch.tensor([1.], requires_grad=True)
handles = [x.register_hook(lambda g, k=k: g * k) for k in (2, 3)]
(x * 1).sum().backward()
print(x.grad)
handles[0].remove()
x.grad.zero_()
(x * 1).sum().backward()
print(x.grad)
""",
    "agm6_tensor_hook_on_leaf_grad_accum": """
import torch
w = torch.tensor([1., 1.], requires_grad=True)
calls = []
w.register_hook(lambda g: calls.append(g.clone()))
(w * torch.tensor([1., 2.])).sum().backward()
(w * torch.tensor([3., 4.])).sum().backward()
print(calls)
print(w.grad)
""",
    "agm6_module_full_backward_hook": """
import torch
torch.manual_seed(0)
lin = torch.nn.Linear(2, 2)
def hook(module, grad_input, grad_output):
    print(type(module).__name__, [g.shape if g is not None else None for g in grad_input],
          [g.shape for g in grad_output])
lin.register_full_backward_hook(hook)
x = torch.randn(3, 2, requires_grad=True)
lin(x).sum().backward()
print(x.grad)
""",
    "agm6_increment_version": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x.exp()
print(y._version)
torch.autograd.graph.increment_version(y)
print(y._version)
try:
    y.sum().backward()
    (y * y).sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm6_stack_module_state_errors": """
import torch
from torch.func import stack_module_state
torch.manual_seed(0)
a, b = torch.nn.Linear(1, 1), torch.nn.Linear(1, 1)
for models in ([], [a, b.eval()], [a, torch.nn.ReLU()]):
    try:
        stack_module_state(models)
    except RuntimeError as e:
        print(e)
b.train()
b.weight.requires_grad_(False)
try:
    stack_module_state([a, b])
except RuntimeError as e:
    print(e)
b.weight.requires_grad_(True)
p, buf = stack_module_state([a, b])
print(p['weight'], p['weight'].is_leaf, buf)
bn = stack_module_state([torch.nn.BatchNorm1d(2), torch.nn.BatchNorm1d(2)])[1]
print(bn)
""",
}
