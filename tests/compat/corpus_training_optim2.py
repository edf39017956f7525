"""Compat corpus, training part 7: Rprop, weight averaging (SWA/EMA), gradient-norm utilities and
the smaller dataset helpers."""

SNIPPETS = {
    "tro2_rprop_steps": """
import torch
w = torch.nn.Parameter(torch.tensor([1.0, -2.0, 0.5]))
opt = torch.optim.Rprop([w], lr=0.1, etas=(0.5, 1.2), step_sizes=(1e-3, 1.0))
for step in range(6):
    opt.zero_grad()
    loss = ((w - torch.tensor([0.3, 0.3, 0.3])) ** 2).sum()
    loss.backward()
    opt.step()
    print(step, w.data, opt.state[w]["step_size"])
print(opt)
try:
    torch.optim.Rprop([w], etas=(1.5, 1.2))
except ValueError as e:
    print(e)
""",
    "tro2_swa_averaged_model": """
import torch
import torch.nn as nn
from torch.optim.swa_utils import AveragedModel, SWALR
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[1.0, 2.0]]))
    model.bias.fill_(0.0)
swa = AveragedModel(model)
print(swa)
print(list(swa.state_dict().keys()))
for k in range(3):
    with torch.no_grad():
        model.weight.add_(1.0)
        model.bias.sub_(0.5)
    swa.update_parameters(model)
    print(swa.n_averaged, swa.module.weight.data, swa.module.bias.data)
print(swa(torch.tensor([[1.0, 1.0]])))
""",
    "tro2_ema_model": """
import torch
import torch.nn as nn
from torch.optim.swa_utils import AveragedModel, get_ema_multi_avg_fn, get_ema_avg_fn
model = nn.Linear(1, 1, bias=False)
nn.init.constant_(model.weight, 0.0)
ema = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9))
ema2 = AveragedModel(model, avg_fn=get_ema_avg_fn(0.5))
for target in [1.0, 2.0, 3.0, 4.0]:
    nn.init.constant_(model.weight, target)
    ema.update_parameters(model)
    ema2.update_parameters(model)
    print(round(ema.module.weight.item(), 6), ema2.module.weight.item())
try:
    get_ema_avg_fn(1.5)
except ValueError as e:
    print(e)
""",
    "tro2_swalr_schedule": """
import torch
from torch.optim.swa_utils import SWALR
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.5)
s = SWALR(opt, swa_lr=0.05, anneal_epochs=4, anneal_strategy="cos")
out = []
for _ in range(7):
    out.append(round(opt.param_groups[0]["lr"], 6))
    opt.step()
    s.step()
print(out)
opt2 = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
s2 = SWALR(opt2, swa_lr=0.1, anneal_epochs=2, anneal_strategy="linear")
vals = []
for _ in range(4):
    vals.append(round(opt2.param_groups[0]["lr"], 6))
    opt2.step()
    s2.step()
print(vals, opt2.param_groups[0]["swa_lr"])
""",
    "tro2_swa_update_bn": """
import torch
import torch.nn as nn
from torch.optim.swa_utils import AveragedModel, update_bn
from torch.utils.data import DataLoader, TensorDataset
model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
with torch.no_grad():
    model[0].weight.copy_(torch.eye(2))
    model[0].bias.zero_()
swa = AveragedModel(model)
swa.update_parameters(model)
X = torch.tensor([[1., 2.], [3., 4.], [5., 0.], [0., 1.]])
update_bn(DataLoader(TensorDataset(X), batch_size=2), swa)
bn = swa.module[1]
print(bn.running_mean, bn.running_var, bn.num_batches_tracked, bn.momentum)
print(swa.training)
""",
    "tro2_total_norm_two_step_clip": """
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
nn.init.constant_(m.weight, 1.0)
nn.init.zeros_(m.bias)
(m(torch.tensor([[3., 4.]])) * 2).sum().backward()
grads = [p.grad for p in m.parameters()]
total = nn.utils.get_total_norm(grads)
print(total)
print(nn.utils.get_total_norm(grads, norm_type=1.0), nn.utils.get_total_norm(grads, "inf"))
nn.utils.clip_grads_with_norm_(m.parameters(), max_norm=1.0, total_norm=total)
print(m.weight.grad, m.bias.grad)
""",
    "trd2_stack_chain_datasets": """
import torch
from torch.utils.data import (StackDataset, ChainDataset, IterableDataset, TensorDataset,
                              DataLoader, get_worker_info)
images = TensorDataset(torch.arange(4.).reshape(4, 1))
labels = TensorDataset(torch.tensor([0, 1, 0, 1]))
st = StackDataset(images, labels)
print(len(st), st[1])
sd = StackDataset(x=images, y=labels)
print(sd[2])
print(next(iter(DataLoader(sd, batch_size=3))))
try:
    StackDataset(images, TensorDataset(torch.zeros(3)))
except ValueError as e:
    print(e)
class Count(IterableDataset):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n))
    def __len__(self):
        return self.n
ch = ChainDataset([Count(2), Count(3)])
print(list(ch), len(ch))
print(get_worker_info())
""",
    "tro2_cyclic_and_chained_schedulers": """
import torch
import torch.optim.lr_scheduler as L
def run(make, n=12, opt_cls=torch.optim.SGD, **kw):
    opt = opt_cls([torch.nn.Parameter(torch.zeros(1))], lr=0.1, **kw)
    s = make(opt)
    out = []
    for i in range(n):
        g = opt.param_groups[0]
        out.append((round(g["lr"], 6), round(g.get("momentum", g.get("betas", (0,))[0]), 6)))
        opt.step()
        s.step()
    print(type(s).__name__, out)
run(lambda o: L.CyclicLR(o, 0.01, 0.1, step_size_up=3), momentum=0.9)
run(lambda o: L.CyclicLR(o, 0.01, 0.1, step_size_up=2, step_size_down=4, mode="triangular2"),
    n=16, momentum=0.9)
run(lambda o: L.CyclicLR(o, 0.01, 0.1, step_size_up=2, mode="exp_range", gamma=0.9,
                         cycle_momentum=False))
run(lambda o: L.CyclicLR(o, 0.001, 0.01, step_size_up=3), opt_cls=torch.optim.Adam)
run(lambda o: L.ChainedScheduler([L.ConstantLR(o, factor=0.5, total_iters=3),
                                  L.ExponentialLR(o, gamma=0.9)]), n=6)
try:
    L.CyclicLR(torch.optim.Adagrad([torch.nn.Parameter(torch.zeros(1))]), 0.01, 0.1)
except ValueError as e:
    print(e)
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1, momentum=0.9)
c = L.CyclicLR(opt, 0.01, 0.1, step_size_up=3)
print(opt.param_groups[0]["max_momentum"], opt.param_groups[0]["base_momentum"], c.get_last_lr())
""",
}
