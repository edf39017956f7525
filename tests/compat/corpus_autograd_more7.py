"""Compat corpus: printed autograd results in notebooks (containers, dtypes, shapes, reprs)."""

SNIPPETS = {
    "agm7_print_grad_tuple_and_list": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor(3., requires_grad=True)
out = (x * y).sum()
grads = torch.autograd.grad(out, [x, y], create_graph=True)
print(grads)
print(list(grads))
print({'x': grads[0], 'y': grads[1]})
print(type(grads).__name__, len(grads))
""",
    "agm7_print_large_tensor_with_grad_fn": """
import torch
x = torch.arange(2000.).requires_grad_()
print(x * 2)
print((x.reshape(40, 50) + 1)[:3])
""",
    "agm7_print_scalar_grad_fn_forms": """
import torch
x = torch.tensor(0.1234567, requires_grad=True)
print(x)
print(x * 1e6)
print(x * 1e-6)
print(x.double() * 3)
print(torch.tensor(1e10, requires_grad=True) * 2)
print(torch.tensor([1e-10, 1.], requires_grad=True) * 1)
""",
    "agm7_print_empty_with_grad": """
import torch
x = torch.zeros(0, requires_grad=True)
print(x)
print(x * 2)
print(x.sum())
print(torch.zeros(2, 0, requires_grad=True).sum(1))
""",
    "agm7_print_f_string_formats": """
import torch
x = torch.tensor(2.5, requires_grad=True)
y = x ** 2
print(f'{y}')
print(f'{y.item():.3f}')
print(f'loss={y.detach():.2f}')
print('value: %s' % y)
print(str(y), repr(y) == str(y))
""",
    "agm7_print_grad_fn_in_module_output": """
import torch
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.Softmax(dim=1))
out = net(torch.randn(2, 3))
print(out)
print(out.argmax(1))
print(out.max(1))
""",
    "agm7_print_max_namedtuple_grad": """
import torch
x = torch.tensor([[1., 5.], [7., 2.]], requires_grad=True)
r = x.max(dim=1)
print(r)
print(r.values, r.indices)
print(x.sort(dim=0))
print(x.topk(1))
print(torch.aminmax(x.detach()))
""",
    "agm7_print_complex_grad_fn": """
import torch
z = torch.tensor([1 + 2j, 3 - 1j], requires_grad=True)
print(z)
w = z * z.conj()
print(w)
print(z.real, z.imag)
print(z.abs())
""",
    "agm7_grad_values_float64": """
import torch
x = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64, requires_grad=True)
y = (x.exp() * x.sin()).sum()
y.backward()
print(x.grad)
torch.set_printoptions(precision=10)
print(x.grad)
torch.set_printoptions(profile='default')
""",
    "agm7_manual_sgd_momentum": """
import torch
torch.manual_seed(0)
w = torch.randn(2, requires_grad=True)
v = torch.zeros(2)
target = torch.tensor([1., -1.])
for step in range(5):
    loss = ((w - target) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        v = 0.9 * v + w.grad
        w -= 0.1 * v
    w.grad.zero_()
    print(step, loss.item())
print(w)
""",
    "agm7_manual_logistic_regression": """
import torch
torch.manual_seed(0)
X = torch.randn(30, 2)
y = (X[:, 0] + X[:, 1] > 0).float()
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for epoch in range(50):
    p = torch.sigmoid(X @ w + b)
    loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.5 * w.grad
        b -= 0.5 * b.grad
        w.grad.zero_(); b.grad.zero_()
print(loss)
print(w, b)
print(((torch.sigmoid(X @ w + b) > 0.5).float() == y).float().mean())
""",
    "agm7_manual_mlp_xor": """
import torch
torch.manual_seed(2)
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
Y = torch.tensor([[0.], [1.], [1.], [0.]])
W1 = torch.randn(2, 4, requires_grad=True)
b1 = torch.zeros(4, requires_grad=True)
W2 = torch.randn(4, 1, requires_grad=True)
b2 = torch.zeros(1, requires_grad=True)
params = [W1, b1, W2, b2]
for i in range(200):
    h = torch.tanh(X @ W1 + b1)
    out = torch.sigmoid(h @ W2 + b2)
    loss = ((out - Y) ** 2).mean()
    for p in params:
        p.grad = None
    loss.backward()
    with torch.no_grad():
        for p in params:
            p -= 1.0 * p.grad
    if i % 50 == 0:
        print(i, round(loss.item(), 4))
print(out.detach().round(decimals=2))
""",
    "agm7_polynomial_fit_tutorial": """
import math
import torch
torch.manual_seed(0)
dtype = torch.float64
x = torch.linspace(-math.pi, math.pi, 200, dtype=dtype)
y = torch.sin(x)
a, b, c, d = (torch.randn((), dtype=dtype, requires_grad=True) for _ in range(4))
lr = 1e-6
for t in range(300):
    y_pred = a + b * x + c * x ** 2 + d * x ** 3
    loss = (y_pred - y).pow(2).sum()
    if t % 100 == 99:
        print(t, loss.item())
    loss.backward()
    with torch.no_grad():
        for p in (a, b, c, d):
            p -= lr * p.grad
            p.grad = None
print(f'Result: y = {a.item()} + {b.item()} x + {c.item()} x^2 + {d.item()} x^3')
""",
    "agm7_legendre_custom_function": """
import math
import torch
class LegendrePolynomial3(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return 0.5 * (5 * input ** 3 - 3 * input)
    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        return grad_output * 1.5 * (5 * input ** 2 - 1)
torch.manual_seed(0)
x = torch.linspace(-math.pi, math.pi, 100, dtype=torch.float64)
y = torch.sin(x)
a = torch.full((), 0.0, dtype=torch.float64, requires_grad=True)
b = torch.full((), -1.0, dtype=torch.float64, requires_grad=True)
c = torch.full((), 0.0, dtype=torch.float64, requires_grad=True)
d = torch.full((), 0.3, dtype=torch.float64, requires_grad=True)
P3 = LegendrePolynomial3.apply
for t in range(200):
    y_pred = a + b * P3(c + d * x)
    loss = (y_pred - y).pow(2).sum()
    loss.backward()
    with torch.no_grad():
        for p in (a, b, c, d):
            p -= 5e-6 * p.grad
            p.grad = None
print(y_pred.grad_fn, loss)
print(a, b, c, d)
""",
    "agm7_optimizer_on_raw_tensor": """
import torch
x = torch.tensor([3.0, -2.0], requires_grad=True)
opt = torch.optim.Adam([x], lr=0.3)
for i in range(5):
    opt.zero_grad()
    f = (x ** 2).sum() + x.prod()
    f.backward()
    opt.step()
    print(i, x, f.item())
""",
    "agm7_rosenbrock_lbfgs": """
import torch
xy = torch.tensor([-1.5, 2.0], dtype=torch.float64, requires_grad=True)
opt = torch.optim.LBFGS([xy], lr=1, max_iter=20)
def closure():
    opt.zero_grad()
    loss = (1 - xy[0]) ** 2 + 100 * (xy[1] - xy[0] ** 2) ** 2
    loss.backward()
    return loss
for _ in range(3):
    l = opt.step(closure)
    print(l)
print(xy)
""",
    "agm7_leaf_grad_after_model_to_double": """
import torch
torch.manual_seed(0)
m = torch.nn.Linear(2, 1).double()
x = torch.ones(1, 2, dtype=torch.float64)
m(x).sum().backward()
print(m.weight.grad, m.weight.dtype)
try:
    m(torch.ones(1, 2))
except RuntimeError as e:
    print(e)
""",
    "agm7_tensor_grad_attribute_types": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
(x * 2).sum().backward()
g = x.grad
print(type(g).__name__, g.requires_grad, g.is_leaf, g.grad_fn)
print(x.grad is g)
(x * 3).sum().backward()
print(x.grad is g, g)
""",
    "agm7_requires_grad_propagation_table": """
import torch
a = torch.ones(2, requires_grad=True)
b = torch.ones(2)
for name, t in [('a+b', a + b), ('b*2', b * 2), ('a.detach()+b', a.detach() + b),
                ('cat', torch.cat([a, b])), ('where', torch.where(b > 0, a, b)),
                ('a.data', a.data), ('a[0]', a[0]), ('a>0', a > 0), ('a.long()', a.long())]:
    print(name, t.requires_grad, type(t.grad_fn).__name__)
""",
    "agm7_tensor_methods_on_grad": """
import torch
x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
(x ** 2).sum().backward()
print(x.grad.norm(), x.grad.mean(), x.grad.abs().max())
print(x.grad.shape, x.grad.dtype, x.grad.device)
print(torch.nn.utils.clip_grad_norm_([x], 1.0))
print(x.grad)
""",
    "agm7_numpy_bridge_after_backward": """
import numpy as np
import torch
x = torch.from_numpy(np.array([1., 2., 3.])).requires_grad_()
y = (x ** 2).sum()
y.backward()
print(x.grad.numpy(), x.grad.dtype)
arr = x.detach().numpy()
arr[0] = 10.
print(x)
""",
}
