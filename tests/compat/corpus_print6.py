"""Compat corpus: optimizer and scheduler objects printed while debugging learning rates."""

SNIPPETS = {
    "pr6_lambda_scheduler_state": """
import torch
w = [torch.ones(2, requires_grad=True)]
opt = torch.optim.SGD(w, lr=0.1)
s = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 0.5 ** e)
opt.step()
s.step()
print(s.state_dict())
m = torch.optim.lr_scheduler.MultiplicativeLR(opt, lambda e: 0.9)
print(m.state_dict())
""",
    "pr6_lambda_object_state_roundtrip": """
import torch
class Warmup:
    def __init__(self, steps):
        self.steps = steps
    def __call__(self, e):
        return min(1.0, (e + 1) / self.steps)
w = [torch.ones(1, requires_grad=True)]
opt = torch.optim.SGD(w, lr=1.0)
s = torch.optim.lr_scheduler.LambdaLR(opt, Warmup(4))
for _ in range(2):
    opt.step()
    s.step()
sd = s.state_dict()
print(sd['lr_lambdas'], sd['last_epoch'], s.get_last_lr())
fresh = torch.optim.lr_scheduler.LambdaLR(torch.optim.SGD(w, lr=1.0), Warmup(10))
fresh.load_state_dict(sd)
print(fresh.lr_lambdas[0].steps, fresh.last_epoch)
""",
    "pr6_many_optimizer_reprs": """
import torch
w = [torch.ones(2, requires_grad=True)]
for cls in (torch.optim.Adagrad, torch.optim.Adadelta, torch.optim.Adamax, torch.optim.NAdam,
            torch.optim.RAdam, torch.optim.Rprop):
    print(cls(w, lr=0.01))
print(torch.optim.LBFGS(w))
""",
    "pr6_scheduler_lr_trajectories": """
import torch
def run(make, n=6):
    w = [torch.ones(1, requires_grad=True)]
    opt = torch.optim.SGD(w, lr=1.0)
    s = make(opt)
    out = []
    for _ in range(n):
        opt.step()
        s.step()
        out.append(round(s.get_last_lr()[0], 5))
    return out
lr = torch.optim.lr_scheduler
print(run(lambda o: lr.StepLR(o, 2, gamma=0.5)))
print(run(lambda o: lr.ExponentialLR(o, 0.9)))
print(run(lambda o: lr.CosineAnnealingLR(o, T_max=4)))
print(run(lambda o: lr.LinearLR(o, start_factor=0.25, total_iters=3)))
print(run(lambda o: lr.OneCycleLR(o, max_lr=1.0, total_steps=7)))
""",
    "pr6_param_group_keys_print": """
import torch
w = [torch.ones(1, requires_grad=True)]
for opt in (torch.optim.SGD(w, lr=0.1), torch.optim.Adam(w), torch.optim.AdamW(w)):
    g = opt.param_groups[0]
    print(type(opt).__name__, sorted(k for k in g if k != 'params'))
    print(opt.defaults == {k: v for k, v in g.items() if k != 'params'})
""",
    "pr6_objects_printed_by_accident": """
import torch
from torch.utils.data import DataLoader, TensorDataset, RandomSampler
ds = TensorDataset(torch.zeros(4, 2))
loader = DataLoader(ds, batch_size=2)
w = [torch.ones(1, requires_grad=True)]
opt = torch.optim.SGD(w, lr=0.1)
for obj in (ds, loader, RandomSampler(ds), torch.optim.lr_scheduler.StepLR(opt, 1),
            torch.optim.lr_scheduler.ReduceLROnPlateau(opt), torch.no_grad(), torch.enable_grad()):
    print(obj)
class MyData(torch.utils.data.Dataset):
    def __len__(self):
        return 1
print(MyData(), torch.utils.data.Subset(ds, [0]))
""",
}
