"""Compat corpus, tutorials part 10: d2l.ai preliminaries (ndarray, pandas-free preprocessing,
linear algebra, calculus, autograd, probability) and fast.ai's from-scratch lessons (matmul,
backprop by hand, initialization, activation statistics with hooks)."""

SNIPPETS = {
    "tu10_d2l_ndarray_ops": """
import torch
x = torch.arange(12)
print(x, x.shape, x.numel())
X = x.reshape(3, 4)
print(X)
print(torch.zeros((2, 3, 4)).shape, torch.ones((2, 3, 4)).sum())
print(torch.tensor([[2, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]]))
x = torch.tensor([1.0, 2, 4, 8])
y = torch.tensor([2, 2, 2, 2])
print(x + y, x - y, x * y, x / y, x ** y)
print(torch.exp(x))
X = torch.arange(12, dtype=torch.float32).reshape((3, 4))
Y = torch.tensor([[2.0, 1, 4, 3], [1, 2, 3, 4], [4, 3, 2, 1]])
print(torch.cat((X, Y), dim=0), torch.cat((X, Y), dim=1))
print(X == Y)
print(X.sum())
a = torch.arange(3).reshape((3, 1))
b = torch.arange(2).reshape((1, 2))
print(a, b)
print(a + b)
print(X[-1], X[1:3])
X[1, 2] = 9
X[0:2, :] = 12
print(X)
before = id(Y)
Y = Y + X
print(id(Y) == before)
Z = torch.zeros_like(Y)
print('id(Z):', id(Z) == id(Z))
Z[:] = X + Y
before = id(X)
X += Y
print(id(X) == before)
A = X.numpy()
B = torch.tensor(A)
print(type(A), type(B))
a = torch.tensor([3.5])
print(a, a.item(), float(a), int(a))
""",
    "tu10_d2l_linear_algebra": """
import torch
x = torch.tensor(3.0)
y = torch.tensor(2.0)
print(x + y, x * y, x / y, x**y)
x = torch.arange(4)
print(x, x[3], len(x), x.shape)
A = torch.arange(20).reshape(5, 4)
print(A, A.T)
B = torch.tensor([[1, 2, 3], [2, 0, 4], [3, 4, 5]])
print(B == B.T)
X = torch.arange(24).reshape(2, 3, 4)
print(X)
A = torch.arange(20, dtype=torch.float32).reshape(5, 4)
B = A.clone()
print(A, A + B)
print(A * B)
a = 2
print(a + X, (a * X).shape)
x = torch.arange(4, dtype=torch.float32)
print(x, x.sum())
print(A.shape, A.sum())
A_sum_axis0 = A.sum(axis=0)
print(A_sum_axis0, A_sum_axis0.shape)
A_sum_axis1 = A.sum(axis=1)
print(A_sum_axis1, A_sum_axis1.shape)
print(A.sum(axis=[0, 1]))
print(A.mean(), A.sum() / A.numel())
print(A.mean(axis=0), A.sum(axis=0) / A.shape[0])
sum_A = A.sum(axis=1, keepdims=True)
print(sum_A)
print(A / sum_A)
print(A.cumsum(axis=0))
y = torch.ones(4, dtype=torch.float32)
print(x, y, torch.dot(x, y))
print(torch.sum(x * y))
print(A.shape, x.shape, torch.mv(A, x))
B = torch.ones(4, 3)
print(torch.mm(A, B))
u = torch.tensor([3.0, -4.0])
print(torch.norm(u))
print(torch.abs(u).sum())
print(torch.norm(torch.ones((4, 9))))
""",
    "tu10_d2l_autograd_chapter": """
import torch
x = torch.arange(4.0)
print(x)
x.requires_grad_(True)
print(x.grad)
y = 2 * torch.dot(x, x)
print(y)
y.backward()
print(x.grad)
print(x.grad == 4 * x)
x.grad.zero_()
y = x.sum()
y.backward()
print(x.grad)
x.grad.zero_()
y = x * x
y.sum().backward()
print(x.grad)
x.grad.zero_()
y = x * x
u = y.detach()
z = u * x
z.sum().backward()
print(x.grad == u)
x.grad.zero_()
y.sum().backward()
print(x.grad == 2 * x)
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
print(a.grad == d / a)
x = torch.arange(4.0, requires_grad=True)
y = x * x
y.backward(gradient=torch.ones(len(y)))
print(x.grad)
""",
    "tu10_d2l_probability": """
import torch
from torch.distributions import multinomial
torch.manual_seed(0)
fair_probs = torch.ones([6]) / 6
print(multinomial.Multinomial(1, fair_probs).sample())
print(multinomial.Multinomial(10, fair_probs).sample())
counts = multinomial.Multinomial(1000, fair_probs).sample()
print(counts / 1000)
counts = multinomial.Multinomial(10, fair_probs).sample((500,))
cum_counts = counts.cumsum(dim=0)
estimates = cum_counts / cum_counts.sum(dim=1, keepdims=True)
print(estimates.shape, estimates[-1])
num_tosses = 100
heads = sum([torch.rand(1).item() > 0.5 for _ in range(num_tosses)])
tails = num_tosses - heads
print("heads, tails: ", [heads, tails])
print(torch.bernoulli(torch.full((5,), 0.5)))
""",
    "tu10_d2l_calculus_numeric_limit": """
import numpy as np
import torch
def f(x):
    return 3 * x ** 2 - 4 * x
for h in 10.0**np.arange(-1, -6, -1):
    print(f'h={h:.5f}, numerical limit={(f(1+h)-f(1))/h:.5f}')
x = torch.tensor(1.0, requires_grad=True)
y = f(x)
y.backward()
print(x.grad)
x = torch.linspace(0, 3, 7, requires_grad=True)
f(x).sum().backward()
print(x.grad, 6 * x.detach() - 4)
""",
    "tu10_fastai_matmul_from_scratch": """
import torch
torch.manual_seed(42)
m1 = torch.randn(5, 784)
m2 = torch.randn(784, 10)
def matmul(a, b):
    (ar, ac), (br, bc) = a.shape, b.shape
    c = torch.zeros(ar, bc)
    for i in range(ar):
        for j in range(bc):
            c[i, j] = (a[i, :] * b[:, j]).sum()
    return c
def matmul_bc(a, b):
    (ar, ac), (br, bc) = a.shape, b.shape
    c = torch.zeros(ar, bc)
    for i in range(ar):
        c[i] = (a[i, :, None] * b).sum(dim=0)
    return c
t1 = matmul(m1[:2], m2)
print(t1.shape)
print(torch.allclose(t1, m1[:2] @ m2, rtol=1e-3, atol=1e-4))
t2 = matmul_bc(m1, m2)
print(torch.allclose(t2, m1 @ m2, rtol=1e-3, atol=1e-4))
def matmul_einsum(a, b):
    return torch.einsum('ik,kj->ij', a, b)
print(torch.allclose(matmul_einsum(m1, m2), m1 @ m2, rtol=1e-3, atol=1e-4))
mr = torch.einsum('ik,kj->ikj', m1, m2)
print(mr.shape, torch.allclose(mr.sum(1), m1 @ m2, rtol=1e-3, atol=1e-4))
a = torch.tensor([10., 6, -4])
b = torch.tensor([2., 8, 7])
print(a + b, (a < b).float().mean())
m = torch.tensor([[1., 2, 3], [4, 5, 6], [7, 8, 9]])
print(m * m, a > 0, a + 1, 2 * m)
c = torch.tensor([10., 20, 30])
print(m + c, c.expand_as(m))
t = c.expand_as(m)
print(t.storage().size() if hasattr(t, 'storage') else 3, t.stride(), t.shape)
print(c.unsqueeze(0), c[None, :], c.unsqueeze(1), c[:, None])
print(c[None].shape, c[..., None].shape)
print(c[:, None].expand_as(m))
print(c[None, :] * c[:, None])
print(c[None] > c[:, None])
""",
    "tu10_fastai_backprop_by_hand": """
import torch
torch.manual_seed(42)
x_train = torch.randn(50, 10)
y_train = torch.randn(50)
n, m = x_train.shape
nh = 8
w1 = torch.randn(m, nh) * (2 / m) ** 0.5
b1 = torch.zeros(nh)
w2 = torch.randn(nh, 1) * (1 / nh) ** 0.5
b2 = torch.zeros(1)
def lin(x, w, b):
    return x @ w + b
def relu(x):
    return x.clamp_min(0.)
def mse(output, targ):
    return (output.squeeze(-1) - targ).pow(2).mean()
def mse_grad(inp, targ):
    inp.g = 2. * (inp.squeeze() - targ).unsqueeze(-1) / inp.shape[0]
def relu_grad(inp, out):
    inp.g = (inp > 0).float() * out.g
def lin_grad(inp, out, w, b):
    inp.g = out.g @ w.t()
    w.g = inp.t() @ out.g
    b.g = out.g.sum(0)
def forward_and_backward(inp, targ):
    l1 = lin(inp, w1, b1)
    l2 = relu(l1)
    out = lin(l2, w2, b2)
    diff = out[:, 0] - targ
    loss = diff.pow(2).mean()
    mse_grad(out, targ)
    lin_grad(l2, out, w2, b2)
    relu_grad(l1, l2)
    lin_grad(inp, l1, w1, b1)
    return loss
loss = forward_and_backward(x_train, y_train)
print(f'{loss.item():.4f}')
def get_grad(x):
    return x.g.clone()
chks = w1, w2, b1, b2, x_train
grads = w1g, w2g, b1g, b2g, ig = tuple(map(get_grad, chks))
def mkgrad(x):
    return x.clone().requires_grad_(True)
ptgrads = w12, w22, b12, b22, xt2 = tuple(map(mkgrad, chks))
def forward(inp, targ):
    l1 = lin(inp, w12, b12)
    l2 = relu(l1)
    out = lin(l2, w22, b22)
    return mse(out, targ)
loss = forward(xt2, y_train)
loss.backward()
for a, b in zip(grads, ptgrads):
    print(torch.allclose(a, b.grad, rtol=1e-3, atol=1e-5), tuple(a.shape))
class Relu():
    def __call__(self, inp):
        self.inp = inp
        self.out = inp.clamp_min(0.)
        return self.out
    def backward(self):
        self.inp.g = (self.inp > 0).float() * self.out.g
r = Relu()
t = torch.tensor([-1., 2.])
o = r(t)
o.g = torch.ones(2)
r.backward()
print(t.g, hasattr(o, 'g'))
""",
    "tu10_fastai_init_stats": """
import math
import torch
torch.manual_seed(1)
x = torch.randn(100, 50)
for i in range(30):
    x = x @ torch.randn(50, 50)
print(x.abs().max() > 1e20, x.isnan().any())
x = torch.randn(100, 50)
for i in range(30):
    x = x @ (torch.randn(50, 50) * 0.01)
print(x[0:2, 0:2].abs().max() < 1e-30)
x = torch.randn(100, 50)
for i in range(30):
    x = x @ (torch.randn(50, 50) * math.sqrt(1 / 50))
print(f'{x.std().item():.3f}' if x.std() < 100 else 'big')
def relu(x):
    return x.clamp_min(0.)
x = torch.randn(100, 50)
for i in range(30):
    x = relu(x @ (torch.randn(50, 50) * math.sqrt(2 / 50)))
print(x.std() > 0.01, x.mean() > 0)
w1 = torch.zeros(100, 50)
torch.nn.init.kaiming_normal_(w1, mode='fan_out')
print(f'{w1.std().item():.3f}', f'{math.sqrt(2 / 50):.3f}')
w2 = torch.zeros(100, 50)
torch.nn.init.kaiming_uniform_(w2, a=math.sqrt(5))
print(f'{w2.abs().max().item():.4f}', f'{1 / math.sqrt(50):.4f}')
print(torch.nn.init.calculate_gain('relu'), torch.nn.init.calculate_gain('leaky_relu', 0.1))
""",
    "tu10_fastai_activation_stats_hooks": """
from functools import partial
import torch
from torch import nn
torch.manual_seed(2)
model = nn.Sequential(nn.Conv2d(1, 4, 3, stride=2, padding=1), nn.ReLU(),
                      nn.Conv2d(4, 8, 3, stride=2, padding=1), nn.ReLU(),
                      nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(8, 3))
act_means = [[] for _ in model]
act_stds = [[] for _ in model]
def append_stats(i, mod, inp, outp):
    act_means[i].append(outp.data.mean().item())
    act_stds[i].append(outp.data.std().item())
for i, m in enumerate(model):
    m.register_forward_hook(partial(append_stats, i))
class Hook():
    def __init__(self, m, f):
        self.hook = m.register_forward_hook(partial(f, self))
    def remove(self):
        self.hook.remove()
    def __del__(self):
        self.remove()
def append_hist(hook, mod, inp, outp):
    if not hasattr(hook, 'stats'):
        hook.stats = ([], [], [])
    acts = outp.data
    hook.stats[0].append(acts.mean())
    hook.stats[1].append(acts.std())
    hook.stats[2].append(acts.abs().histc(40, 0, 10))
class Hooks(list):
    def __init__(self, ms, f):
        super().__init__([Hook(m, f) for m in ms])
    def __enter__(self, *args):
        return self
    def __exit__(self, *args):
        self.remove()
    def remove(self):
        for h in self:
            h.remove()
x = torch.randn(16, 1, 8, 8)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
with Hooks(model, append_hist) as hooks:
    for step in range(3):
        loss = model(x).pow(2).mean()
        loss.backward()
        opt.step()
        opt.zero_grad()
print([len(m) for m in act_means])
print([f'{v:.4f}' for v in act_means[1]])
h = hooks[1]
print(len(h.stats[2]), h.stats[2][0].shape, h.stats[2][0].sum(), h.stats[2][0].dtype)
print(torch.stack(h.stats[2]).t().float().log1p().shape)
print(torch.tensor([0.5, 1.5, 2.5, 9.9, 10.0, 11.0]).histc(4, 0, 10))
print(torch.histc(torch.tensor([1., 2, 1]), bins=4, min=0, max=3))
""",
}
