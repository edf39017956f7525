"""Compat corpus, part 2: autograd as tutorials and Q&A answers use it."""

SNIPPETS = {
    "grad_simple_square": """
import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 2 + 3 * x
y.backward()
print(x.grad)
print(y)
""",
    "grad_vector_sum": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = (x * x).sum()
y.backward()
print(x.grad)
print(y.grad_fn)
""",
    "grad_fn_names": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
print((x + 1).grad_fn.name())
print((x * 2).grad_fn)
print(x.exp().grad_fn)
print(x.sum().grad_fn)
print(x.mean().grad_fn)
print(x.view(2, 1).grad_fn)
print(x[0].grad_fn)
print((2 - x).grad_fn)
print(x.relu().grad_fn)
""",
    "repr_with_grad_fn": """
import torch
x = torch.tensor([3., 6.], requires_grad=True)
print(x)
print(x * 2)
print(x.sum())
print(x.detach())
""",
    "is_leaf_requires_grad": """
import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = a * 2
c = torch.tensor([1., 2.])
print(a.is_leaf, b.is_leaf, c.is_leaf)
print(a.requires_grad, b.requires_grad, c.requires_grad)
print(a.grad_fn, b.grad_fn is not None)
""",
    "requires_grad_toggle": """
import torch
x = torch.ones(2)
print(x.requires_grad)
x.requires_grad_()
print(x.requires_grad)
x.requires_grad = False
print(x.requires_grad)
w = torch.zeros(3).requires_grad_(True)
print(w)
""",
    "no_grad_context": """
import torch
x = torch.tensor([1.], requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad, y)
print(torch.is_grad_enabled())
with torch.no_grad():
    print(torch.is_grad_enabled())
""",
    "no_grad_decorator": """
import torch
@torch.no_grad()
def evaluate(x):
    return x * 3
x = torch.tensor([1.], requires_grad=True)
print(evaluate(x).requires_grad)
""",
    "set_grad_enabled": """
import torch
x = torch.tensor([1.], requires_grad=True)
with torch.set_grad_enabled(False):
    y = x * 2
print(y.requires_grad)
is_train = True
with torch.set_grad_enabled(is_train):
    z = x * 2
print(z.requires_grad)
""",
    "grad_accumulation_zero": """
import torch
w = torch.tensor([1., 2.], requires_grad=True)
for i in range(3):
    loss = (w * 2).sum()
    loss.backward()
    print(w.grad)
w.grad.zero_()
print(w.grad)
w.grad = None
print(w.grad)
""",
    "backward_non_scalar_error": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
y.backward(torch.tensor([1., 1.]))
print(x.grad)
""",
    "backward_twice_error": """
import torch
x = torch.tensor(2., requires_grad=True)
y = x.exp()
y.backward(retain_graph=True)
y.backward()
print(x.grad)
z = x.exp()
z.backward()
try:
    z.backward()
except RuntimeError as e:
    print(type(e).__name__, str(e)[:60])
""",
    "no_grad_backward_error": """
import torch
x = torch.tensor([1., 2.])
try:
    x.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "int_requires_grad_error": """
import torch
try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "leaf_inplace_error": """
import torch
w = torch.tensor([1., 2.], requires_grad=True)
try:
    w += 1
except RuntimeError as e:
    print(type(e).__name__, e)
with torch.no_grad():
    w += 1
print(w)
""",
    "numpy_requires_grad_error": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
try:
    x.numpy()
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.detach().numpy())
""",
    "autograd_grad_fn": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = (x ** 3).sum()
(g,) = torch.autograd.grad(y, x)
print(g)
print(x.grad)
""",
    "second_derivative": """
import torch
x = torch.tensor(3.0, requires_grad=True)
y = x ** 3
dy, = torch.autograd.grad(y, x, create_graph=True)
d2y, = torch.autograd.grad(dy, x)
print(dy, d2y)
""",
    "chain_rule_manual": """
import torch
x = torch.tensor(1.0, requires_grad=True)
y = torch.sin(x)
z = y * y
z.backward()
print(round(x.grad.item(), 4))
print(torch.allclose(x.grad, 2 * torch.sin(x) * torch.cos(x)))
""",
    "retain_grad_nonleaf": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 3
y.retain_grad()
z = y.sum()
z.backward()
print(y.grad, x.grad)
""",
    "linear_regression_manual": """
import torch
X = torch.tensor([[1.], [2.], [3.], [4.]])
Y = 2 * X + 1
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.05
for epoch in range(200):
    pred = X * w + b
    loss = ((pred - Y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if epoch % 50 == 0:
        print(f"epoch {epoch}: loss={loss.item():.4f}")
print(f"w={w.item():.3f}, b={b.item():.3f}")
""",
    "jacobian_functional": """
import torch
from torch.autograd.functional import jacobian
def f(x):
    return x ** 2
print(jacobian(f, torch.tensor([1., 2.])))
""",
    "hessian_functional": """
import torch
from torch.autograd.functional import hessian
def f(x):
    return (x ** 3).sum()
print(hessian(f, torch.tensor([1., 2.])))
""",
    "detach_stops_grad": """
import torch
x = torch.tensor(2., requires_grad=True)
y = x * x.detach()
y.backward()
print(x.grad)
""",
    "hooks_register": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
h = x.register_hook(lambda g: print("grad:", g))
(x * 3).sum().backward()
h.remove()
(x * 3).sum().backward()
print(x.grad)
""",
    "hook_modify_grad": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
x.register_hook(lambda g: g * 10)
(x ** 2).sum().backward()
print(x.grad)
""",
    "custom_function": """
import torch
class MyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return input.clamp(min=0)
    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        grad_input = grad_output.clone()
        grad_input[input < 0] = 0
        return grad_input
x = torch.tensor([-1., 2., -3., 4.], requires_grad=True)
y = MyReLU.apply(x)
print(y)
y.sum().backward()
print(x.grad)
""",
    "next_functions": """
import torch
a = torch.tensor(1., requires_grad=True)
b = a * 2
c = b + 1
print(c.grad_fn)
print(c.grad_fn.next_functions[0][0])
print(type(b.grad_fn.next_functions[0][0]).__name__)
""",
    "requires_grad_nonleaf_error": """
import torch
x = torch.tensor([1.], requires_grad=True)
y = x * 2
try:
    y.requires_grad = False
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "grad_of_max": """
import torch
x = torch.tensor([1., 5., 3.], requires_grad=True)
x.max().backward()
print(x.grad)
""",
    "grad_through_indexing": """
import torch
x = torch.tensor([1., 2., 3., 4.], requires_grad=True)
y = x[1:3].sum() + x[0] * 2
y.backward()
print(x.grad)
""",
    "grad_matmul": """
import torch
W = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
x = torch.tensor([1., 1.])
y = W @ x
y.sum().backward()
print(W.grad)
print(y.grad_fn)
""",
    "softmax_grad_zero": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
s = torch.softmax(x, dim=0)
print(s)
s.sum().backward()
print(x.grad.abs().max() < 1e-6)
""",
    "sigmoid_tanh_grad": """
import torch
x = torch.tensor([0.0], requires_grad=True)
torch.sigmoid(x).backward()
print(x.grad)
x.grad = None
torch.tanh(x).sum().backward()
print(x.grad)
""",
    "inplace_nonleaf_ok": """
import torch
x = torch.tensor([1., -2.], requires_grad=True)
y = x * 2
y.relu_()
print(y)
y.sum().backward()
print(x.grad)
""",
    "tensor_data_attr": """
import torch
w = torch.tensor([1., 2.], requires_grad=True)
w.data = w.data * 2
print(w)
w.data.add_(1)
print(w, w.data)
""",
    "variable_alias": """
import torch
from torch.autograd import Variable
v = Variable(torch.tensor([1., 2.]), requires_grad=True)
print(v)
(v * 2).sum().backward()
print(v.grad)
""",
    "grad_none_before_backward": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
print(x.grad)
print(x.grad is None)
""",
    "grad_outputs_vector": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x * x
g, = torch.autograd.grad(y, x, grad_outputs=torch.ones_like(y))
print(g)
""",
    "inference_mode": """
import torch
x = torch.tensor([1.], requires_grad=True)
with torch.inference_mode():
    y = x * 2
print(y.requires_grad)
""",
    "enable_grad_inside_no_grad": """
import torch
x = torch.tensor([1.], requires_grad=True)
with torch.no_grad():
    with torch.enable_grad():
        y = x * 2
print(y.requires_grad)
""",
    "double_backward_norm": """
import torch
x = torch.tensor([3., 4.], requires_grad=True)
n = x.norm()
g, = torch.autograd.grad(n, x, create_graph=True)
print(g)
print(g.grad_fn is not None)
""",
    "allow_unused": """
import torch
a = torch.tensor(1., requires_grad=True)
b = torch.tensor(2., requires_grad=True)
y = a * 3
print(torch.autograd.grad(y, [a, b], allow_unused=True))
""",
    "pow_grad_fn_variants": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
print((x ** 2).grad_fn, (x ** x).grad_fn, (2 ** x).grad_fn)
print((x / 2).grad_fn, (-x).grad_fn)
""",
    "shape_grad_fns": """
import torch
m = torch.ones(2, 3, requires_grad=True)
print(m.t().grad_fn, m.T.grad_fn, m.transpose(0, 1).grad_fn)
print(m.reshape(-1).grad_fn, m.unsqueeze(0).grad_fn, m.squeeze().grad_fn)
print(torch.cat([m, m]).grad_fn, torch.stack([m, m]).grad_fn)
print(m[:, 1:].grad_fn, m.expand(4, 2, 3).grad_fn)
""",
    "backward_gradient_arg": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = 2 * x
y.backward(gradient=torch.tensor([0.1, 1.0, 0.001]))
print(x.grad)
""",
}
