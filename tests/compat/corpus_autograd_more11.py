"""Compat corpus: gradcheck, functional-API options and custom Function corner cases."""

SNIPPETS = {
    "agm11_gradcheck_full_failure_text": """
import torch
from torch.autograd import gradcheck
class Wrong(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return g * 3
x = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
try:
    gradcheck(Wrong.apply, (x,))
except Exception as e:
    print(type(e).__name__)
    print(*str(e).splitlines()[:3], sep=chr(10))
""",
    "agm11_gradcheck_fast_mode": """
import torch
from torch.autograd import gradcheck, gradgradcheck
torch.manual_seed(0)
x = torch.randn(3, 3, dtype=torch.float64, requires_grad=True)
print(gradcheck(lambda t: (t @ t).tanh(), (x,), fast_mode=True))
print(gradgradcheck(lambda t: (t @ t).tanh(), (x,), fast_mode=True))
print(gradcheck(torch.linalg.inv, (x,), fast_mode=False))
""",
    "agm11_gradcheck_multiple_inputs_outputs": """
import torch
from torch.autograd import gradcheck
a = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)
b = torch.tensor([2.0, -1.0], dtype=torch.float64, requires_grad=True)
def f(x, y):
    return x * y, (x + y).exp(), x.sum() * y
print(gradcheck(f, (a, b)))
print(gradcheck(f, (a, b.detach())))
""",
    "agm11_gradcheck_nondifferentiable_point": """
import torch
from torch.autograd import gradcheck
x = torch.tensor([0.0, 1.0], dtype=torch.float64, requires_grad=True)
print(gradcheck(torch.abs, (x,), raise_exception=False))
print(gradcheck(torch.abs, (x + 0.5,), raise_exception=False))
""",
    "agm11_functional_jvp_create_graph": """
import torch
from torch.autograd.functional import jvp, vjp
x = torch.tensor([1., 2.], requires_grad=True)
out, t = jvp(lambda z: z ** 3, x, torch.ones(2), create_graph=True)
print(out, t)
t.sum().backward()
print(x.grad)
out, g = vjp(lambda z: z.exp(), x, torch.ones(2), create_graph=True)
print(g.requires_grad, g.grad_fn is not None)
""",
    "agm11_functional_hessian_strict": """
import torch
from torch.autograd.functional import hessian, hvp
def linear(x):
    return (2 * x).sum()
x = torch.tensor([1., 2.])
print(hessian(linear, x))
try:
    hessian(linear, x, strict=True)
except RuntimeError as e:
    print(e)
try:
    hvp(linear, x, torch.ones(2), strict=True)
except RuntimeError as e:
    print(e)
""",
    "agm11_functional_vectorize_outer_jacobian": """
import torch
from torch.autograd.functional import jacobian, hessian
def f(x):
    return torch.stack([x.prod(), x.sum() ** 2])
x = torch.tensor([1., 2., 3.])
print(jacobian(f, x, vectorize=True))
print(hessian(lambda z: z.prod(), x, vectorize=True, outer_jacobian_strategy='forward-mode'))
""",
    "agm11_functional_jacobian_shapes": """
import torch
from torch.autograd.functional import jacobian
print(jacobian(lambda x: x.sum(), torch.ones(2, 3)).shape)
print(jacobian(lambda x: x.t(), torch.ones(2, 3)).shape)
print(jacobian(lambda x: x.mean(), torch.tensor(3.)))
print(jacobian(lambda x, y: (x * y, x), (torch.ones(2), torch.ones(3, 1)))[0][1].shape)
""",
    "agm11_function_kwargs_forward_and_none_grad": """
import torch
class Affine(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale, shift):
        ctx.scale = scale
        return x * scale + shift
    @staticmethod
    def backward(ctx, g):
        return g * ctx.scale, None, g
x = torch.tensor([1., 2.], requires_grad=True)
s = torch.tensor([3., 3.], requires_grad=True)
sh = torch.tensor([0.5, 0.5], requires_grad=True)
y = Affine.apply(x, 3.0, sh)
y.sum().backward()
print(y, x.grad, sh.grad)
z = Affine.apply(x, s, sh)
z.sum().backward()
print(s.grad)
""",
    "agm11_function_returns_input_unchanged": """
import torch
class Identity(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x
    @staticmethod
    def backward(ctx, g):
        return g * 2
x = torch.tensor([1., 2.], requires_grad=True)
y = Identity.apply(x)
print(y is x, y.grad_fn is not None, y)
y.sum().backward()
print(x.grad)
""",
    "agm11_function_view_output": """
import torch
class First(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.n = x.shape[0]
        return x[0]
    @staticmethod
    def backward(ctx, g):
        out = torch.zeros(ctx.n)
        out[0] = g
        return out
x = torch.tensor([5., 6., 7.], requires_grad=True)
y = First.apply(x)
print(y)
(y * 3).backward()
print(x.grad)
""",
    "agm11_function_nested_apply": """
import torch
class Double(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        print('double backward called with', g)
        return g * 2
x = torch.tensor([1.], requires_grad=True)
y = Double.apply(Double.apply(x))
print(y)
y.backward()
print(x.grad)
""",
    "agm11_function_saved_tensors_none_and_output": """
import torch
class ExpKeep(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, unused):
        y = x.exp()
        ctx.save_for_backward(y, None)
        return y
    @staticmethod
    def backward(ctx, g):
        y, nothing = ctx.saved_tensors
        print(nothing)
        return g * y, None
x = torch.tensor([0., 1.], requires_grad=True)
ExpKeep.apply(x, None).sum().backward()
print(x.grad)
""",
    "agm11_function_in_no_grad_backward": """
import torch
class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        print('grad enabled in forward:', torch.is_grad_enabled())
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, g):
        print('grad enabled in backward:', torch.is_grad_enabled())
        x, = ctx.saved_tensors
        return 2 * x * g
x = torch.tensor([3.], requires_grad=True)
y = Sq.apply(x)
y.backward()
g, = torch.autograd.grad(Sq.apply(x), x, create_graph=True)
print(x.grad, g)
""",
    "agm11_function_non_tensor_output": """
import torch
class WithInfo(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, 'info'
    @staticmethod
    def backward(ctx, g, _):
        return g * 2
x = torch.tensor([1.], requires_grad=True)
y, info = WithInfo.apply(x)
print(y, info)
y.sum().backward()
print(x.grad)
""",
    "agm11_function_int_output_non_diff": """
import torch
class ArgmaxAndMax(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        i = x.argmax()
        ctx.save_for_backward(i)
        ctx.shape = x.shape
        return x.max(), i
    @staticmethod
    def backward(ctx, g, gi):
        i, = ctx.saved_tensors
        out = torch.zeros(ctx.shape)
        out[i] = g
        return out
x = torch.tensor([1., 5., 2.], requires_grad=True)
m, i = ArgmaxAndMax.apply(x)
print(m, i, i.requires_grad)
m.backward()
print(x.grad)
""",
}
