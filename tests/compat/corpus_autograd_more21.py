"""Compat corpus: the "Learning PyTorch with Examples" programs, end to end."""

SNIPPETS = {
    "agm21_examples_nn_module_poly": """
import math
import torch
torch.manual_seed(0)
x = torch.linspace(-math.pi, math.pi, 2000, dtype=torch.float64)
y = torch.sin(x)
p = torch.tensor([1, 2, 3])
xx = x.unsqueeze(-1).pow(p)
model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1)).double()
loss_fn = torch.nn.MSELoss(reduction='sum')
learning_rate = 1e-6
for t in range(300):
    y_pred = model(xx)
    loss = loss_fn(y_pred, y)
    if t % 100 == 99:
        print(t, round(loss.item(), 6))
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for param in model.parameters():
            param -= learning_rate * param.grad
linear_layer = model[0]
print(f'Result: y = {linear_layer.bias.item():.6f} + {linear_layer.weight[:, 0].item():.6f} x')
""",
    "agm21_examples_optim_rmsprop": """
import math
import torch
torch.manual_seed(0)
x = torch.linspace(-math.pi, math.pi, 2000, dtype=torch.float64)
y = torch.sin(x)
xx = x.unsqueeze(-1).pow(torch.tensor([1, 2, 3]))
model = torch.nn.Sequential(torch.nn.Linear(3, 1), torch.nn.Flatten(0, 1)).double()
loss_fn = torch.nn.MSELoss(reduction='sum')
optimizer = torch.optim.RMSprop(model.parameters(), lr=1e-3)
for t in range(200):
    loss = loss_fn(model(xx), y)
    if t % 50 == 49:
        print(t, round(loss.item(), 6))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
""",
    "agm21_examples_dynamic_net": """
import math
import random
import torch
class DynamicNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.a = torch.nn.Parameter(torch.randn((), dtype=torch.float64))
        self.b = torch.nn.Parameter(torch.randn((), dtype=torch.float64))
        self.c = torch.nn.Parameter(torch.randn((), dtype=torch.float64))
        self.d = torch.nn.Parameter(torch.randn((), dtype=torch.float64))
        self.e = torch.nn.Parameter(torch.randn((), dtype=torch.float64))
    def forward(self, x):
        y = self.a + self.b * x + self.c * x ** 2 + self.d * x ** 3
        for exp in range(4, random.randint(4, 6)):
            y = y + self.e * x ** exp
        return y
    def string(self):
        return (f'y = {self.a.item():.5f} + {self.b.item():.5f} x + {self.c.item():.5f} x^2 + '
                f'{self.d.item():.5f} x^3 + {self.e.item():.5f} x^4 ? + {self.e.item():.5f} x^5 ?')
random.seed(0)
torch.manual_seed(0)
x = torch.linspace(-math.pi, math.pi, 500, dtype=torch.float64)
y = torch.sin(x)
model = DynamicNet()
criterion = torch.nn.MSELoss(reduction='sum')
optimizer = torch.optim.SGD(model.parameters(), lr=1e-8, momentum=0.9)
for t in range(300):
    loss = criterion(model(x), y)
    if t % 100 == 99:
        print(t, round(loss.item(), 4))
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(f'Result: {model.string()}')
""",
    "agm21_examples_numpy_to_autograd_compare": """
import numpy as np
import torch
np.random.seed(0)
xn = np.linspace(-1, 1, 50)
yn = xn ** 3
a = np.random.randn()
grad_np = (2.0 * (a * xn - yn) * xn).sum()
at = torch.tensor(a, dtype=torch.float64, requires_grad=True)
xt = torch.from_numpy(xn)
loss = ((at * xt - torch.from_numpy(yn)) ** 2).sum()
loss.backward()
print(round(grad_np, 10), round(at.grad.item(), 10), np.isclose(grad_np, at.grad.item()))
""",
}
