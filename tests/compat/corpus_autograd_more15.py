"""Compat corpus: less common autograd APIs that tutorials and answers still reach for."""

SNIPPETS = {
    "agm15_hook_handle_repr": """
import torch
import torch.utils.hooks
x = torch.ones(1, requires_grad=True)
h = x.register_hook(lambda g: g)
print(type(h).__name__, isinstance(h, torch.utils.hooks.RemovableHandle))
print(h)
h.remove()
h.remove()
print('removed twice fine')
""",
    "agm15_grad_outputs_with_none": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
a = x * 2
b = (x ** 2).sum()
g, = torch.autograd.grad([a, b], x, grad_outputs=[torch.ones(2), None])
print(g)
""",
    "agm15_backward_tuple_with_inputs": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor([3.], requires_grad=True)
torch.autograd.backward(((x * y).sum(), (x ** 2).sum()), inputs=(x,))
print(x.grad, y.grad)
""",
    "agm15_gradient_dtype_mismatch_backward": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
y.backward(torch.tensor([1., 1.], dtype=torch.float64))
print(x.grad, x.grad.dtype)
""",
    "agm15_no_grad_call_without_with": """
import torch
x = torch.tensor([1.], requires_grad=True)
torch.no_grad()
y = x * 2
print(y.requires_grad)
ng = torch.no_grad()
print(type(ng).__name__)
""",
    "agm15_create_graph_grad_requires_grad": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
(x ** 3).sum().backward(create_graph=True)
print(x.grad, x.grad.requires_grad, x.grad.is_leaf)
gg = x.grad.sum()
x.grad = None
gg.backward()
print(x.grad)
""",
    "agm15_parameters_to_vector_grad": """
import torch
from torch.nn.utils import parameters_to_vector, vector_to_parameters
torch.manual_seed(0)
m = torch.nn.Linear(2, 2)
v = parameters_to_vector(m.parameters())
print(v.shape, v.grad_fn)
m(torch.ones(1, 2)).sum().backward()
g = parameters_to_vector(p.grad for p in m.parameters())
print(g)
vector_to_parameters(torch.zeros(6), m.parameters())
print(m.weight, m.bias)
""",
    "agm15_disable_saved_tensors_hooks": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
with torch.autograd.graph.disable_saved_tensors_hooks('no hooks here'):
    y = (x * x).sum()
    try:
        with torch.autograd.graph.saved_tensors_hooks(lambda t: t, lambda t: t):
            pass
    except RuntimeError as e:
        print(e)
y.backward()
print(x.grad)
""",
    "agm15_ctx_save_for_forward": """
import torch
import torch.autograd.forward_ad as fwAD
class Mul2(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_forward(x)
        return x * 2
    @staticmethod
    def jvp(ctx, t):
        x, = ctx.saved_tensors
        return t * 2
    @staticmethod
    def backward(ctx, g):
        return g * 2
with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor([1., 3.]), torch.tensor([1., 2.]))
    print(fwAD.unpack_dual(Mul2.apply(d)).tangent)
""",
    "agm15_function_in_func_grad": """
import torch
from torch.func import grad
class Sq(torch.autograd.Function):
    @staticmethod
    def forward(x):
        return x ** 2
    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(inputs[0])
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g
print(grad(lambda t: Sq.apply(t).sum())(torch.tensor([1., 2., 3.])))
""",
    "agm15_checkpoint_reentrant_grads": """
import torch
from torch.utils.checkpoint import checkpoint
torch.manual_seed(0)
lin = torch.nn.Linear(2, 2)
x = torch.randn(1, 2, requires_grad=True)
y = checkpoint(lambda t: lin(t).relu(), x, use_reentrant=True)
y.sum().backward()
print(x.grad)
print(lin.weight.grad)
""",
    "agm15_allow_mutation_on_saved": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
with torch.autograd.graph.allow_mutation_on_saved_tensors():
    y = x.clone()
    z = y * y
    y.mul_(10)
    z.sum().backward()
print(x.grad, y)
""",
    "agm15_dual_level_exit_unpack": """
import torch
import torch.autograd.forward_ad as fwAD
with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor(2.), torch.tensor(1.))
    e = d.exp()
    p, t = fwAD.unpack_dual(e)
    print(p, t, fwAD.unpack_dual(p).tangent)
print(fwAD.unpack_dual(e))
""",
}
