"""Compat corpus: notebook-style derivative exploration (printing grads every way users do)."""

SNIPPETS = {
    "agm16_fstring_grad_forms": """
import torch
x = torch.tensor(2.0, requires_grad=True)
y = torch.cos(x) + torch.sin(x)
y.backward()
print(f"grad: {x.grad}")
print(f"grad: {x.grad:.3f}")
print(f"y: {y:.5f}")
print(f"y: {y.item():.4f}")
v = torch.tensor([1.0, 2.0], requires_grad=True)
(v ** 2).sum().backward()
print(f"vector grad: {v.grad}")
print("grad is", v.grad, "and x is", x)
print(x.grad, x.requires_grad)
print((x.grad, x.requires_grad))
""",
    "agm16_format_0d_grad_tensor_spec": """
import torch
x = torch.tensor(1.23456, requires_grad=True)
y = x * 2
print('{:.2f}'.format(y.item()))
try:
    print('{:.2f}'.format(y))
except Exception as e:
    print(type(e).__name__, e)
print(format(x.detach(), '.3f'))
try:
    print(f'{torch.tensor([1., 2.]):.2f}')
except TypeError as e:
    print(e)
""",
    "agm16_retain_grad_intermediates_seed": """
import torch
x1 = torch.tensor(2.0, requires_grad=True)
y1 = torch.cos(x1)
y1.retain_grad()
y2 = torch.sin(x1)
y2.retain_grad()
y = 2 * (y1 + y2)
y.backward()
print(x1.grad, y1.grad, y2.grad)
print(y1, y2, y)
""",
    "agm16_cumsum_log_mean_grads": """
import torch
x = torch.tensor([0.5, 1.0, 1.5], requires_grad=True)
y = torch.log(torch.cumsum(x, 0)).mean()
y.backward()
print(y, x.grad)
z = torch.tensor([1., 2., 3.], requires_grad=True)
w = torch.mean(torch.sin(z) ** 2)
w.backward()
print(w, z.grad)
""",
    "agm16_dot_norm_zero_grad_seed": """
import torch
x = torch.arange(4.0)
x.requires_grad_(True)
y = 2 * torch.dot(x, x)
y.backward()
print(x.grad, x.grad == 4 * x)
x.grad.zero_()
y = x.sum()
y.backward()
print(x.grad)
x.grad.zero_()
u = (x * x).detach()
z = u * x
z.sum().backward()
print(x.grad == u)
x.grad.zero_()
(x * x).sum().backward()
print(x.grad == 2 * x)
""",
    "agm16_control_flow_grad_seed": """
import torch
def f(a):
    b = a * 2
    while b.norm() < 1000:
        b = b * 2
    if b.sum() > 0:
        c = b
    else:
        c = 100 * b
    return c
torch.manual_seed(0)
a = torch.randn(size=(), requires_grad=True)
d = f(a)
d.backward()
print(a, d)
print(a.grad == d / a)
""",
    "agm16_sin_derivative_table": """
import torch
xs = torch.linspace(0, 3.14159, 5, requires_grad=True)
ys = torch.sin(xs)
ys.sum().backward()
for x, y, g in zip(xs.detach(), ys.detach(), xs.grad):
    print(f"x={x:.3f} sin={y:.3f} dsin={g:.3f} cos={torch.cos(x):.3f}")
""",
    "agm16_gd_linear_fit_seed": """
import torch
X = torch.tensor([1.0, 2.0, 3.0, 4.0])
Y = torch.tensor([2.0, 4.0, 6.0, 8.0])
w = torch.tensor(0.0, requires_grad=True)
def forward(x):
    return w * x
def loss(y, y_pred):
    return ((y_pred - y) ** 2).mean()
print(f'Prediction before training: f(5) = {forward(5).item():.3f}')
learning_rate = 0.01
for epoch in range(20):
    y_pred = forward(X)
    l = loss(Y, y_pred)
    l.backward()
    with torch.no_grad():
        w -= learning_rate * w.grad
    w.grad.zero_()
    if epoch % 4 == 0:
        print(f'epoch {epoch + 1}: w = {w.item():.3f}, loss = {l.item():.8f}')
print(f'Prediction after training: f(5) = {forward(5).item():.3f}')
""",
    "agm16_gd_optimizer_module_seed": """
import torch
import torch.nn as nn
X = torch.tensor([[1.], [2.], [3.], [4.]])
Y = torch.tensor([[2.], [4.], [6.], [8.]])
torch.manual_seed(0)
model = nn.Linear(1, 1)
print(f'Prediction before training: f(5) = {model(torch.tensor([5.])).item():.3f}')
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
for epoch in range(50):
    l = nn.MSELoss()(model(X), Y)
    l.backward()
    optimizer.step()
    optimizer.zero_grad()
    if epoch % 10 == 0:
        [w, b] = model.parameters()
        print(f'epoch {epoch + 1}: w = {w[0][0].item():.3f}, loss = {l:.8f}')
print(f'Prediction after training: f(5) = {model(torch.tensor([5.])).item():.3f}')
""",
    "agm16_requires_grad_three_ways": """
import torch
x = torch.randn(3, requires_grad=True, generator=torch.Generator().manual_seed(1))
print(x)
x.requires_grad_(False)
print(x)
y = x.detach()
print(y)
with torch.no_grad():
    z = x + 2
    print(z)
""",
}
