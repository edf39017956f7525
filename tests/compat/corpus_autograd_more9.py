"""Compat corpus: autograd inside model code (meta-learning, RL, truncated BPTT, micro-batches)."""

SNIPPETS = {
    "agm9_maml_inner_loop": """
import torch
torch.manual_seed(0)
w = torch.randn(3, 1, requires_grad=True)
x_tr, y_tr = torch.randn(5, 3), torch.randn(5, 1)
x_te, y_te = torch.randn(5, 3), torch.randn(5, 1)
inner_loss = ((x_tr @ w - y_tr) ** 2).mean()
g, = torch.autograd.grad(inner_loss, w, create_graph=True)
w_fast = w - 0.1 * g
outer = ((x_te @ w_fast - y_te) ** 2).mean()
outer.backward()
print(inner_loss, outer)
print(w.grad)
print(w_fast.grad_fn)
""",
    "agm9_reinforce_log_prob": """
import torch
from torch.distributions import Categorical
torch.manual_seed(0)
logits = torch.zeros(3, requires_grad=True)
dist = Categorical(logits=logits)
action = dist.sample()
loss = -dist.log_prob(action) * 2.0
loss.backward()
print(action, loss)
print(logits.grad)
""",
    "agm9_reparameterization_trick": """
import torch
from torch.distributions import Normal
torch.manual_seed(0)
mu = torch.tensor([0.5], requires_grad=True)
log_std = torch.tensor([-1.0], requires_grad=True)
d = Normal(mu, log_std.exp())
z = d.rsample()
print(z.grad_fn)
(z ** 2).sum().backward()
print(mu.grad, log_std.grad)
try:
    d.sample().requires_grad_().sum().backward()
    print(mu.grad)
except RuntimeError as e:
    print(e)
""",
    "agm9_kl_divergence_grad": """
import torch
from torch.distributions import Normal, kl_divergence
mu = torch.tensor([1.0], requires_grad=True)
sigma = torch.tensor([2.0], requires_grad=True)
kl = kl_divergence(Normal(mu, sigma), Normal(torch.zeros(1), torch.ones(1))).sum()
kl.backward()
print(kl, mu.grad, sigma.grad)
""",
    "agm9_truncated_bptt_detach": """
import torch
torch.manual_seed(0)
rnn = torch.nn.RNNCell(2, 3)
h = torch.zeros(1, 3)
data = torch.randn(6, 1, 2)
for chunk in range(3):
    h = h.detach()
    loss = 0
    for t in range(2):
        h = rnn(data[chunk * 2 + t], h)
        loss = loss + h.pow(2).sum()
    rnn.zero_grad()
    loss.backward()
    print(chunk, round(loss.item(), 4), round(rnn.weight_hh.grad.norm().item(), 4))
print(h.grad_fn)
""",
    "agm9_rnn_backward_twice_error": """
import torch
torch.manual_seed(0)
rnn = torch.nn.RNNCell(2, 2)
h = torch.zeros(1, 2)
x = torch.randn(1, 2)
h = rnn(x, h)
h.sum().backward()
h2 = rnn(x, h)
try:
    h2.sum().backward()
except RuntimeError as e:
    print(str(e)[:80])
""",
    "agm9_gradient_accumulation_microbatches": """
import torch
torch.manual_seed(0)
model = torch.nn.Linear(4, 1)
data = torch.randn(8, 4)
target = torch.randn(8, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad()
for xb, yb in zip(data.split(2), target.split(2)):
    loss = torch.nn.functional.mse_loss(model(xb), yb) / 4
    loss.backward()
acc = model.weight.grad.clone()
model.zero_grad()
torch.nn.functional.mse_loss(model(data), target).backward()
print(acc)
print(model.weight.grad)
print(torch.allclose(acc, model.weight.grad, atol=1e-6))
""",
    "agm9_embedding_grad_rows": """
import torch
torch.manual_seed(0)
emb = torch.nn.Embedding(5, 2)
idx = torch.tensor([1, 3, 1])
emb(idx).sum().backward()
print(emb.weight.grad)
print(emb(idx).grad_fn)
""",
    "agm9_batchnorm_grad_train_eval": """
import torch
torch.manual_seed(0)
bn = torch.nn.BatchNorm1d(2)
x = torch.randn(4, 2, requires_grad=True)
out = bn(x)
print(out.grad_fn)
w = torch.tensor([1., -2., 3., 0.5])
(out[:, 0] * w).sum().backward()
print(x.grad)
bn.eval()
x.grad = None
(bn(x)[:, 0] * w).sum().backward()
print(x.grad)
""",
    "agm9_dropout_grad_mask": """
import torch
torch.manual_seed(0)
drop = torch.nn.Dropout(0.5)
x = torch.ones(8, requires_grad=True)
y = drop(x)
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
drop.eval()
print(drop(x).grad_fn)
""",
    "agm9_weight_tying_grad": """
import torch
torch.manual_seed(0)
enc = torch.nn.Linear(3, 2, bias=False)
dec = torch.nn.Linear(2, 3, bias=False)
dec.weight = torch.nn.Parameter(enc.weight.t())
print(dec.weight.is_leaf)
x = torch.randn(1, 3)
loss = (dec(enc(x)) - x).pow(2).sum()
loss.backward()
print(enc.weight.grad)
print(dec.weight.grad)
""",
    "agm9_shared_layer_twice": """
import torch
torch.manual_seed(0)
layer = torch.nn.Linear(2, 2)
x = torch.randn(1, 2)
out = layer(torch.relu(layer(x)))
out.sum().backward()
print(layer.weight.grad)
print(out.grad_fn.next_functions)
""",
    "agm9_param_groups_frozen_grad": """
import torch
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.ReLU(), torch.nn.Linear(3, 1))
for p in net[0].parameters():
    p.requires_grad_(False)
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, net.parameters()), lr=0.1)
before = net[0].weight.clone()
loss = net(torch.randn(4, 2)).pow(2).mean()
loss.backward()
opt.step()
print(torch.equal(before, net[0].weight), net[0].weight.grad, net[2].weight.grad)
""",
    "agm9_input_gradient_saliency_batch": """
import torch
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 3))
x = torch.randn(2, 4, requires_grad=True)
scores = model(x)
top = scores.gather(1, scores.argmax(1, keepdim=True)).sum()
top.backward()
print(scores.argmax(1))
print(x.grad.abs())
""",
    "agm9_grad_norm_per_layer": """
import torch
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 2))
net(torch.randn(5, 3)).pow(2).mean().backward()
for name, p in net.named_parameters():
    print(name, tuple(p.grad.shape), round(p.grad.norm().item(), 5))
total = torch.norm(torch.stack([p.grad.norm() for p in net.parameters()]))
print(total)
print(torch.nn.utils.clip_grad_norm_(net.parameters(), 0.1))
print(torch.norm(torch.stack([p.grad.norm() for p in net.parameters()])))
""",
    "agm9_custom_module_forward_grad_fn": """
import torch
class Scale(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.s = torch.nn.Parameter(torch.tensor(2.0))
    def forward(self, x):
        return x * self.s
m = Scale()
out = m(torch.tensor([1., 2.]))
print(out)
out.sum().backward()
print(m.s.grad)
print(list(m.named_parameters()))
""",
    "agm9_physics_harmonic_energy": """
import torch
q = torch.tensor([1.0, 0.0], requires_grad=True)
p = torch.tensor([0.0, 1.0], requires_grad=True)
def H(q, p):
    return 0.5 * (p ** 2).sum() + 0.5 * (q ** 2).sum()
dt = 0.1
for step in range(3):
    dHdq, dHdp = torch.autograd.grad(H(q, p), (q, p))
    with torch.no_grad():
        p = p - dt * dHdq
        q = q + dt * dHdp
    q.requires_grad_(); p.requires_grad_()
    print(step, q, p, H(q, p).item())
""",
    "agm9_pinn_heat_equation_residual": """
import torch
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(2, 6), torch.nn.Tanh(), torch.nn.Linear(6, 1))
xt = torch.rand(4, 2, requires_grad=True)
u = net(xt)
grads = torch.autograd.grad(u, xt, torch.ones_like(u), create_graph=True)[0]
u_x, u_t = grads[:, 0:1], grads[:, 1:2]
u_xx = torch.autograd.grad(u_x, xt, torch.ones_like(u_x), create_graph=True)[0][:, 0:1]
res = u_t - 0.1 * u_xx
loss = res.pow(2).mean()
print(u_x.grad_fn, u_xx.grad_fn)
print(loss)
loss.backward()
print(net[0].weight.grad)
""",
    "agm9_implicit_function_newton": """
import torch
theta = torch.tensor(2.0, requires_grad=True)
x = torch.tensor(1.0)
for _ in range(20):
    x = x - (x ** 3 - theta) / (3 * x ** 2)
x = x.detach().requires_grad_()
F = x ** 3 - theta
dFdx, dFdtheta = torch.autograd.grad(F, (x, theta))
print(x, -dFdtheta / dFdx)
print(1 / (3 * theta.detach() ** (2 / 3)))
""",
    "agm9_curve_fit_sgd_optimizer": """
import torch
torch.manual_seed(0)
t = torch.linspace(0, 1, 20)
y = 2.0 * torch.exp(-3.0 * t)
A = torch.tensor(1.0, requires_grad=True)
k = torch.tensor(1.0, requires_grad=True)
opt = torch.optim.SGD([A, k], lr=0.2)
for i in range(100):
    opt.zero_grad()
    loss = ((A * torch.exp(-k * t) - y) ** 2).mean()
    loss.backward()
    opt.step()
print(A, k, loss)
""",
}
