"""Compat corpus, training part 3: optimizers, their state and param groups, and LR schedulers."""

_SETUP = """
import torch
import torch.nn as nn
def make():
    model = nn.Linear(2, 1)
    with torch.no_grad():
        model.weight.copy_(torch.tensor([[0.5, -0.3]]))
        model.bias.fill_(0.1)
    return model
X = torch.tensor([[1., 2.], [3., 1.], [-1., 0.5], [0., -2.]])
Y = torch.tensor([[1.], [2.], [-1.], [0.5]])
"""


def _opt(name, ctor, steps=5):
    return _SETUP + f"""
model = make()
opt = {ctor}
for step in range({steps}):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), Y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 6))
print(model.weight.data, model.bias.data)
"""


SNIPPETS = {
    "tro_sgd_plain": _opt("sgd", "torch.optim.SGD(model.parameters(), lr=0.1)"),
    "tro_sgd_momentum": _opt("sgdm", "torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)"),
    "tro_sgd_nesterov_wd": _opt("sgdn", "torch.optim.SGD(model.parameters(), lr=0.05, "
                                "momentum=0.9, nesterov=True, weight_decay=0.01)"),
    "tro_sgd_dampening_maximize": _opt("sgdd", "torch.optim.SGD(model.parameters(), lr=0.01, "
                                       "momentum=0.5, dampening=0.5, maximize=False)"),
    "tro_adam_default": _opt("adam", "torch.optim.Adam(model.parameters(), lr=0.01)"),
    "tro_adam_amsgrad_wd": _opt("adam2", "torch.optim.Adam(model.parameters(), lr=0.05, "
                                "betas=(0.8, 0.9), weight_decay=0.1, amsgrad=True)"),
    "tro_adamw": _opt("adamw", "torch.optim.AdamW(model.parameters(), lr=0.05, "
                      "weight_decay=0.5)"),
    "tro_rmsprop": _opt("rms", "torch.optim.RMSprop(model.parameters(), lr=0.01)"),
    "tro_rmsprop_momentum_centered": _opt("rms2", "torch.optim.RMSprop(model.parameters(), "
                                          "lr=0.01, momentum=0.5, centered=True, alpha=0.9)"),
    "tro_adagrad": _opt("adagrad", "torch.optim.Adagrad(model.parameters(), lr=0.1, "
                        "lr_decay=0.01, initial_accumulator_value=0.1)"),
    "tro_adadelta": _opt("adadelta", "torch.optim.Adadelta(model.parameters(), lr=1.0, rho=0.8)"),
    "tro_adamax": _opt("adamax", "torch.optim.Adamax(model.parameters(), lr=0.02)"),
    "tro_nadam": _opt("nadam", "torch.optim.NAdam(model.parameters(), lr=0.02)"),
    "tro_radam": _opt("radam", "torch.optim.RAdam(model.parameters(), lr=0.02)", steps=8),
    "tro_optimizer_repr": _SETUP + """
model = make()
print(torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9))
print(torch.optim.Adam(model.parameters()))
print(torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.01))
print(torch.optim.RMSprop(model.parameters(), lr=0.01))
""",
    "tro_param_groups_per_layer_lr": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
opt = torch.optim.SGD([
    {"params": model[0].parameters(), "lr": 1e-2},
    {"params": model[2].parameters()},
], lr=0.1, momentum=0.9)
print(len(opt.param_groups))
for g in opt.param_groups:
    print(g["lr"], g["momentum"], len(g["params"]), sorted(k for k in g if k != "params"))
print(opt)
opt.param_groups[0]["lr"] = 0.5
print([g["lr"] for g in opt.param_groups])
""",
    "tro_add_param_group": """
import torch
import torch.nn as nn
a = nn.Linear(1, 1)
b = nn.Linear(1, 1)
opt = torch.optim.Adam(a.parameters(), lr=0.01)
opt.add_param_group({"params": b.parameters(), "lr": 0.001})
print(len(opt.param_groups), [g["lr"] for g in opt.param_groups])
print(opt.param_groups[1]["betas"], opt.param_groups[1]["eps"])
try:
    opt.add_param_group({"params": a.parameters()})
except ValueError as e:
    print(e)
""",
    "tro_optimizer_state_dict": _SETUP + """
model = make()
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
sd = opt.state_dict()
print(sd["state"], sd["param_groups"])
nn.functional.mse_loss(model(X), Y).backward()
opt.step()
sd = opt.state_dict()
print(list(sd["state"].keys()))
print(sd["state"][0]["momentum_buffer"])
print(sd["param_groups"][0]["params"])
""",
    "tro_adam_state_contents": _SETUP + """
model = make()
opt = torch.optim.Adam(model.parameters(), lr=0.1)
for _ in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(model(X), Y).backward()
    opt.step()
state = opt.state[model.weight]
print(sorted(state.keys()))
print(state["step"])
print(state["exp_avg"])
print(state["exp_avg_sq"])
print(opt.state_dict()["param_groups"][0])
""",
    "tro_optimizer_load_state_dict_resume": _SETUP + """
model = make()
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for _ in range(2):
    opt.zero_grad()
    nn.functional.mse_loss(model(X), Y).backward()
    opt.step()
checkpoint = {"model": model.state_dict(), "opt": opt.state_dict(), "epoch": 2}
model2 = make()
opt2 = torch.optim.Adam(model2.parameters(), lr=0.05)
model2.load_state_dict(checkpoint["model"])
opt2.load_state_dict(checkpoint["opt"])
for m, o in ((model, opt), (model2, opt2)):
    o.zero_grad()
    nn.functional.mse_loss(m(X), Y).backward()
    o.step()
print(model.weight.data, model2.weight.data)
print(torch.equal(model.weight, model2.weight), opt2.state[model2.weight]["step"])
""",
    "tro_optimizer_errors": """
import torch
import torch.nn as nn
m = nn.Linear(1, 1)
for make in [lambda: torch.optim.SGD(m.parameters(), lr=-0.1),
             lambda: torch.optim.SGD(m.parameters(), lr=0.1, momentum=-1),
             lambda: torch.optim.SGD(m.parameters(), lr=0.1, nesterov=True),
             lambda: torch.optim.Adam(m.parameters(), betas=(1.0, 0.9)),
             lambda: torch.optim.Adam(m.parameters(), eps=-1),
             lambda: torch.optim.Adam([]),
             lambda: torch.optim.SGD(m.weight, lr=0.1)]:
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
""",
    "tro_step_skips_params_without_grad": """
import torch
import torch.nn as nn
a = nn.Parameter(torch.tensor([1., 2.]))
b = nn.Parameter(torch.tensor([3., 4.]))
opt = torch.optim.SGD([a, b], lr=0.5, momentum=0.9)
(a * a).sum().backward()
opt.step()
print(a.data, b.data, b.grad)
print(len(opt.state), a in opt.state, b in opt.state)
""",
    "tro_maximize_and_manual_lr_change": """
import torch
p = torch.nn.Parameter(torch.tensor([0.0]))
opt = torch.optim.SGD([p], lr=0.1, maximize=True)
for i in range(3):
    opt.zero_grad()
    obj = -(p - 2) ** 2
    obj.sum().backward()
    opt.step()
    for g in opt.param_groups:
        g["lr"] *= 0.5
    print(i, p.item(), opt.param_groups[0]["lr"])
""",
    "tro_steplr_sequence": """
import torch
p = [torch.nn.Parameter(torch.zeros(1))]
opt = torch.optim.SGD(p, lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)
lrs = []
for epoch in range(10):
    opt.step()
    sched.step()
    lrs.append(sched.get_last_lr()[0])
print(lrs)
print(sched.last_epoch, opt.param_groups[0]["lr"], opt.param_groups[0]["initial_lr"])
""",
    "tro_multisteplr_exponential": """
import torch
p = [torch.nn.Parameter(torch.zeros(1))]
opt = torch.optim.SGD(p, lr=1.0)
s = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 5], gamma=0.1)
out = []
for _ in range(7):
    opt.step()
    s.step()
    out.append(round(s.get_last_lr()[0], 6))
print(out)
opt2 = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.5)
e = torch.optim.lr_scheduler.ExponentialLR(opt2, gamma=0.9)
vals = []
for _ in range(4):
    opt2.step()
    e.step()
    vals.append(e.get_last_lr())
print(vals)
""",
    "tro_cosine_annealing": """
import torch
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
s = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=5, eta_min=0.01)
lrs = [opt.param_groups[0]["lr"]]
for _ in range(12):
    opt.step()
    s.step()
    lrs.append(round(s.get_last_lr()[0], 6))
print(lrs)
""",
    "tro_lambdalr_warmup": """
import torch
opt = torch.optim.Adam([torch.nn.Parameter(torch.zeros(1))], lr=0.01)
warmup = 4
s = torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=lambda e: min(1.0, (e + 1) / warmup))
print(s.get_last_lr())
for _ in range(6):
    opt.step()
    s.step()
    print(s.get_last_lr())
""",
    "tro_reduce_on_plateau": """
import torch
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=1.0)
s = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=2)
losses = [1.0, 0.9, 0.95, 0.94, 0.93, 0.92, 0.95, 0.96, 0.97, 0.5, 0.6]
for i, l in enumerate(losses):
    opt.step()
    s.step(l)
    print(i, opt.param_groups[0]["lr"], s.num_bad_epochs, s.get_last_lr())
""",
    "tro_reduce_on_plateau_max_cooldown": """
import torch
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
s = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="max", factor=0.1, patience=1,
                                               cooldown=1, min_lr=0.0005, threshold=0.01)
acc = [0.5, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6, 0.6]
for a in acc:
    s.step(a)
    print(opt.param_groups[0]["lr"], s.best, s.cooldown_counter)
""",
    "tro_onecycle": """
import torch
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1, momentum=0.9)
s = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=10)
lrs, moms = [], []
for _ in range(10):
    lrs.append(round(opt.param_groups[0]["lr"], 6))
    moms.append(round(opt.param_groups[0]["momentum"], 6))
    opt.step()
    s.step()
print(lrs)
print(moms)
""",
    "tro_scheduler_order_warning": """
import warnings
import torch
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
s = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    s.step()
    opt.step()
print(len(w), str(w[0].message).split(".")[0] if w else None)
print(s.get_last_lr())
""",
    "tro_scheduler_state_dict": """
import torch
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
s = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.1)
for _ in range(3):
    opt.step()
    s.step()
sd = s.state_dict()
print(sorted(sd.keys()))
print(sd["last_epoch"], sd["step_size"], sd["gamma"], sd["base_lrs"])
""",
    "tro_linear_constant_sequential_lr": """
import torch
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
s = torch.optim.lr_scheduler.LinearLR(opt, start_factor=0.25, total_iters=4)
out = []
for _ in range(6):
    out.append(round(opt.param_groups[0]["lr"], 6))
    opt.step()
    s.step()
print(out)
opt2 = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
c = torch.optim.lr_scheduler.ConstantLR(opt2, factor=0.5, total_iters=2)
out = []
for _ in range(4):
    out.append(round(opt2.param_groups[0]["lr"], 6))
    opt2.step()
    c.step()
print(out)
""",
    "tro_clip_grad_norm_value": """
import torch
import torch.nn as nn
model = nn.Linear(3, 1)
nn.init.constant_(model.weight, 1.0)
nn.init.constant_(model.bias, 0.0)
loss = (model(torch.tensor([[3., 4., 0.]])) * 10).sum()
loss.backward()
total = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print(total)
print(model.weight.grad, model.bias.grad)
print(nn.utils.clip_grad_norm_(model.parameters(), max_norm=5.0))
model.zero_grad()
(model(torch.tensor([[3., -4., 0.5]])) * 2).sum().backward()
print(nn.utils.clip_grad_value_(model.parameters(), clip_value=1.5))
print(model.weight.grad, model.bias.grad)
""",
    "tro_clip_grad_norm_inf_and_type": """
import torch
import torch.nn as nn
p = nn.Parameter(torch.tensor([1., 2.]))
q = nn.Parameter(torch.tensor([3.]))
(p * torch.tensor([2., -6.])).sum().backward()
(q * 4).sum().backward()
print(nn.utils.clip_grad_norm_([p, q], max_norm=2.0, norm_type="inf"))
print(p.grad, q.grad)
print(nn.utils.clip_grad_norm_([p, q], 100.0, norm_type=1))
print(nn.utils.clip_grad_norm_([], 1.0))
""",
    "tro_parameters_to_vector": """
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
nn.init.constant_(m.weight, 2.0)
nn.init.constant_(m.bias, -1.0)
v = nn.utils.parameters_to_vector(m.parameters())
print(v)
nn.utils.vector_to_parameters(torch.arange(6.), m.parameters())
print(m.weight, m.bias)
""",
    "tro_warmup_then_cosine_sequential": """
import torch
import torch.optim.lr_scheduler as sched
model = torch.nn.Linear(2, 1)
opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
warmup = sched.LinearLR(opt, start_factor=0.1, total_iters=3)
cosine = sched.CosineAnnealingLR(opt, T_max=5, eta_min=1e-5)
s = sched.SequentialLR(opt, schedulers=[warmup, cosine], milestones=[3])
for epoch in range(9):
    print(epoch, f"{opt.param_groups[0]['lr']:.6e}")
    opt.step()
    s.step()
""",
    "tro_warm_restarts_polynomial": """
import torch
from torch.optim.lr_scheduler import CosineAnnealingWarmRestarts, PolynomialLR, MultiplicativeLR
def lrs(make, n):
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    s = make(opt)
    out = []
    for _ in range(n):
        out.append(round(s.get_last_lr()[0], 6))
        opt.step()
        s.step()
    return out
print(lrs(lambda o: CosineAnnealingWarmRestarts(o, T_0=2, T_mult=2, eta_min=0.01), 9))
print(lrs(lambda o: PolynomialLR(o, total_iters=4, power=2.0), 6))
print(lrs(lambda o: MultiplicativeLR(o, lr_lambda=lambda epoch: 0.95), 4))
""",
}
