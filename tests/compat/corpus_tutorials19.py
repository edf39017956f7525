"""Compat corpus, tutorials part 19: the original 60-minute blitz tensor page, d2l.ai's
optimization chapter (momentum, AdaGrad, RMSProp, Adadelta, Adam from scratch against
torch.optim) and its learning-rate scheduling chapter."""

SNIPPETS = {
    "tu19_old_blitz_tensors": """
import torch
torch.manual_seed(0)
x = torch.empty(5, 3)
print(x.shape)
x = torch.rand(5, 3)
print(x)
x = torch.zeros(5, 3, dtype=torch.long)
print(x)
x = torch.tensor([5.5, 3])
print(x)
x = x.new_ones(5, 3, dtype=torch.double)
print(x)
x = torch.randn_like(x, dtype=torch.float)
print(x)
print(x.size())
y = torch.rand(5, 3)
print(x + y)
print(torch.add(x, y))
result = torch.empty(5, 3)
torch.add(x, y, out=result)
print(result)
y.add_(x)
print(y)
print(x[:, 1])
x = torch.randn(4, 4)
y = x.view(16)
z = x.view(-1, 8)
print(x.size(), y.size(), z.size())
x = torch.randn(1)
print(x)
print(x.item())
a = torch.ones(5)
b = a.numpy()
a.add_(1)
print(a)
print(b)
import numpy as np
a = np.ones(5)
b = torch.from_numpy(a)
np.add(a, 1, out=a)
print(a)
print(b)
""",
    "tu19_d2l_optimizers_from_scratch": """
import torch
torch.manual_seed(0)
X = torch.randn(40, 5)
y = X @ torch.tensor([1.0, -2.0, 0.5, 0.0, 3.0]) + 0.1 * torch.randn(40)
def init():
    torch.manual_seed(1)
    w = torch.normal(0.0, 0.01, size=(5, 1), requires_grad=True)
    b = torch.zeros((1), requires_grad=True)
    return [w, b]
def loss_fn(params):
    w, b = params
    return ((X @ w + b).squeeze(1) - y).pow(2).mean() / 2
def init_momentum_states(feature_dim):
    v_w = torch.zeros((feature_dim, 1))
    v_b = torch.zeros(1)
    return (v_w, v_b)
def sgd_momentum(params, states, hyperparams):
    for p, v in zip(params, states):
        with torch.no_grad():
            v[:] = hyperparams['momentum'] * v + p.grad
            p[:] -= hyperparams['lr'] * v
        p.grad.data.zero_()
def init_adagrad_states(feature_dim):
    return (torch.zeros((feature_dim, 1)), torch.zeros(1))
def adagrad(params, states, hyperparams):
    eps = 1e-6
    for p, s in zip(params, states):
        with torch.no_grad():
            s[:] += torch.square(p.grad)
            p[:] -= hyperparams['lr'] * p.grad / torch.sqrt(s + eps)
        p.grad.data.zero_()
def init_rmsprop_states(feature_dim):
    return (torch.zeros((feature_dim, 1)), torch.zeros(1))
def rmsprop(params, states, hyperparams):
    gamma, eps = hyperparams['gamma'], 1e-6
    for p, s in zip(params, states):
        with torch.no_grad():
            s[:] = gamma * s + (1 - gamma) * torch.square(p.grad)
            p[:] -= hyperparams['lr'] * p.grad / torch.sqrt(s + eps)
        p.grad.data.zero_()
def init_adadelta_states(feature_dim):
    s_w, s_b = torch.zeros((feature_dim, 1)), torch.zeros(1)
    delta_w, delta_b = torch.zeros((feature_dim, 1)), torch.zeros(1)
    return ((s_w, delta_w), (s_b, delta_b))
def adadelta(params, states, hyperparams):
    rho, eps = hyperparams['rho'], 1e-5
    for p, (s, delta) in zip(params, states):
        with torch.no_grad():
            s[:] = rho * s + (1 - rho) * torch.square(p.grad)
            g = (torch.sqrt(delta + eps) / torch.sqrt(s + eps)) * p.grad
            p[:] -= g
            delta[:] = rho * delta + (1 - rho) * g * g
        p.grad.data.zero_()
def init_adam_states(feature_dim):
    v_w, v_b = torch.zeros((feature_dim, 1)), torch.zeros(1)
    s_w, s_b = torch.zeros((feature_dim, 1)), torch.zeros(1)
    return ((v_w, s_w), (v_b, s_b))
def adam(params, states, hyperparams):
    beta1, beta2, eps = 0.9, 0.999, 1e-6
    for p, (v, s) in zip(params, states):
        with torch.no_grad():
            v[:] = beta1 * v + (1 - beta1) * p.grad
            s[:] = beta2 * s + (1 - beta2) * torch.square(p.grad)
            v_bias_corr = v / (1 - beta1 ** hyperparams['t'])
            s_bias_corr = s / (1 - beta2 ** hyperparams['t'])
            p[:] -= hyperparams['lr'] * v_bias_corr / (torch.sqrt(s_bias_corr) + eps)
        p.grad.data.zero_()
    hyperparams['t'] += 1
def train_scratch(trainer_fn, states, hyperparams):
    params = init()
    for step in range(20):
        l = loss_fn(params)
        l.backward()
        trainer_fn(params, states, hyperparams)
    return loss_fn(params).item()
def train_concise(trainer_cls, hyperparams):
    params = init()
    opt = trainer_cls(params, **hyperparams)
    for step in range(20):
        opt.zero_grad()
        l = loss_fn(params)
        l.backward()
        opt.step()
    return loss_fn(params).item()
print(f"{train_scratch(sgd_momentum, init_momentum_states(5), {'lr': 0.05, 'momentum': 0.9}):.4f}",
      f"{train_concise(torch.optim.SGD, {'lr': 0.05, 'momentum': 0.9}):.4f}")
print(f"{train_scratch(adagrad, init_adagrad_states(5), {'lr': 0.1}):.4f}",
      f"{train_concise(torch.optim.Adagrad, {'lr': 0.1}):.4f}")
print(f"{train_scratch(rmsprop, init_rmsprop_states(5), {'lr': 0.01, 'gamma': 0.9}):.4f}",
      f"{train_concise(torch.optim.RMSprop, {'lr': 0.01, 'alpha': 0.9}):.4f}")
print(f"{train_scratch(adadelta, init_adadelta_states(5), {'rho': 0.9}):.4f}",
      f"{train_concise(torch.optim.Adadelta, {'rho': 0.9}):.4f}")
print(f"{train_scratch(adam, init_adam_states(5), {'lr': 0.01, 't': 1}):.4f}",
      f"{train_concise(torch.optim.Adam, {'lr': 0.01}):.4f}")
""",
    "tu19_d2l_lr_schedulers": """
import math
import torch
from torch import nn
from torch.optim import lr_scheduler
class SquareRootScheduler:
    def __init__(self, lr=0.1):
        self.lr = lr
    def __call__(self, num_update):
        return self.lr * pow(num_update + 1.0, -0.5)
class FactorScheduler:
    def __init__(self, factor=1, stop_factor_lr=1e-7, base_lr=0.1):
        self.factor = factor
        self.stop_factor_lr = stop_factor_lr
        self.base_lr = base_lr
    def __call__(self, num_update):
        self.base_lr = max(self.stop_factor_lr, self.base_lr * self.factor)
        return self.base_lr
class CosineScheduler:
    def __init__(self, max_update, base_lr=0.01, final_lr=0, warmup_steps=0, warmup_begin_lr=0):
        self.base_lr_orig = base_lr
        self.max_update = max_update
        self.final_lr = final_lr
        self.warmup_steps = warmup_steps
        self.warmup_begin_lr = warmup_begin_lr
        self.max_steps = self.max_update - self.warmup_steps
    def get_warmup_lr(self, epoch):
        increase = ((self.base_lr_orig - self.warmup_begin_lr) * float(epoch)
                    / float(self.warmup_steps))
        return self.warmup_begin_lr + increase
    def __call__(self, epoch):
        if epoch < self.warmup_steps:
            return self.get_warmup_lr(epoch)
        if epoch <= self.max_update:
            self.base_lr = self.final_lr + (
                self.base_lr_orig - self.final_lr) * (1 + math.cos(
                math.pi * (epoch - self.warmup_steps) / self.max_steps)) / 2
        return self.base_lr
print([round(SquareRootScheduler(0.1)(t), 5) for t in range(5)])
f = FactorScheduler(factor=0.9, stop_factor_lr=1e-2, base_lr=2.0)
print([round(f(t), 5) for t in range(5)])
c = CosineScheduler(max_update=20, base_lr=0.3, final_lr=0.01)
print([round(c(t), 5) for t in range(0, 21, 4)])
c = CosineScheduler(20, warmup_steps=5, base_lr=0.3, final_lr=0.01)
print([round(c(t), 5) for t in range(0, 21, 4)])
net = nn.Linear(2, 1)
trainer = torch.optim.SGD(net.parameters(), lr=0.5)
scheduler = lr_scheduler.MultiStepLR(trainer, milestones=[5, 10], gamma=0.5)
def get_lr(trainer, scheduler):
    lr = scheduler.get_last_lr()[0]
    trainer.step()
    scheduler.step()
    return lr
print([get_lr(trainer, scheduler) for t in range(12)])
trainer = torch.optim.SGD(net.parameters(), lr=0.3)
sched = lr_scheduler.LambdaLR(trainer, lr_lambda=lambda e: CosineScheduler(20, warmup_steps=5,
                                                                             base_lr=1.0)(e))
lrs = []
for e in range(8):
    lrs.append(round(trainer.param_groups[0]['lr'], 5))
    trainer.step()
    sched.step()
print(lrs)
trainer = torch.optim.SGD(net.parameters(), lr=0.1)
cos = lr_scheduler.CosineAnnealingLR(trainer, T_max=10, eta_min=0.001)
vals = []
for e in range(12):
    vals.append(round(cos.get_last_lr()[0], 6))
    trainer.step()
    cos.step()
print(vals)
""",
}
