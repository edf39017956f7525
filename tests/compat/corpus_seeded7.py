"""Compat corpus, seeded part 7: from-scratch programs (no matmul) that print raw ``.item()``
floats, which agree bit for bit because sums, means, variances, exp/log/tanh/sigmoid round as
torch's CPU kernels do."""

SNIPPETS = {
    "sd7_scalar_linreg_raw_floats": """
import torch
torch.manual_seed(0)
x = torch.rand(64) * 4 - 2
y = 1.7 * x - 0.4 + 0.2 * torch.randn(64)
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
for step in range(25):
    loss = ((w * x + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.1 * w.grad
        b -= 0.1 * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if step % 5 == 0:
        print(step, loss.item(), w.item(), b.item())
print(loss)
""",
    "sd7_elementwise_logistic_raw": """
import torch
torch.manual_seed(1)
X = torch.randn(40, 3)
y = (X[:, 0] - 2 * X[:, 2] > 0).float()
w = torch.zeros(3, requires_grad=True)
b = torch.zeros((), requires_grad=True)
opt = torch.optim.SGD([w, b], lr=0.5)
for epoch in range(15):
    p = torch.sigmoid((X * w).sum(dim=1) + b)
    loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 3 == 0:
        print(epoch, loss.item())
print(w.grad, b.grad)
print([round(v, 5) for v in w.detach().tolist()], b.item())
""",
    "sd7_data_statistics_raw": """
import torch
torch.manual_seed(2)
samples = torch.randn(1000) * 2.5 + 7
print(samples.mean().item(), samples.std().item(), samples.var().item())
print(samples.sum().item(), (samples ** 2).mean().item())
z = (samples - samples.mean()) / samples.std()
print(z.mean().item(), z.std().item())
m = torch.randn(30, 20)
print(m.mean(0)[:4].tolist(), m.std(1)[:4].tolist(), m.var(dim=0, unbiased=False)[:3].tolist())
print(torch.exp(m[0, :5]).tolist(), torch.tanh(m[1, :5]).tolist())
""",
    "sd7_tanh_neuron_manual_backprop": """
import torch
torch.manual_seed(3)
x = torch.randn(16, 1)
target = torch.sin(x)
a = torch.randn(1, requires_grad=True)
c = torch.randn(1, requires_grad=True)
for it in range(20):
    pred = c * torch.tanh(a * x)
    loss = ((pred - target) ** 2).sum() / len(x)
    ga, gc = torch.autograd.grad(loss, [a, c])
    with torch.no_grad():
        a -= 0.2 * ga
        c -= 0.2 * gc
    if it % 4 == 0:
        print(it, loss.item(), f"{ga.item():.6f}", f"{gc.item():.6f}")
print(a.item(), c.item())
""",
    "sd7_softplus_poisson_rate": """
import torch
torch.manual_seed(4)
t = torch.linspace(0, 1, 50)
counts = torch.round(torch.exp(1.0 + 1.5 * t) + torch.randn(50)).clamp(min=0)
alpha = torch.zeros(1, requires_grad=True)
beta = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([alpha, beta], lr=0.1)
for step in range(30):
    rate = torch.exp(alpha + beta * t)
    nll = (rate - counts * torch.log(rate)).mean()
    opt.zero_grad()
    nll.backward()
    opt.step()
    if step % 10 == 0:
        print(step, nll.item())
print(alpha.item(), beta.item())
""",
}
