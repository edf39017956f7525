"""Compat corpus, training part 15: less common nn.Module API calls seen in real projects."""

SNIPPETS = {
    "trma_device_and_dtype_moves": """
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
print(next(m.parameters()).device, m.to("cpu") is m, m.cpu() is m)
print(m.type(torch.float64)[0].weight.dtype, m[1].running_mean.dtype)
m.float()
print(m.half()[0].weight.dtype, m[1].num_batches_tracked.dtype)
m.to(torch.float32)
print(m[0].weight.dtype)
print(torch.device("cpu"), str(next(m.parameters()).device) == "cpu")
""",
    "trma_named_modules_duplicates": """
import torch.nn as nn
act = nn.ReLU()
m = nn.Sequential(nn.Linear(1, 1), act, nn.Linear(1, 1), act)
print([n for n, _ in m.named_modules()])
print([n for n, _ in m.named_modules(remove_duplicate=False)])
print(len(list(m.children())), len(list(m.named_children())))
""",
    "trma_extra_state_and_state_dict_hooks": """
import torch
import torch.nn as nn
class Counter(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(1, 1)
        self.calls = 0
    def get_extra_state(self):
        return {"calls": self.calls}
    def set_extra_state(self, state):
        self.calls = state["calls"]
    def forward(self, x):
        self.calls += 1
        return self.lin(x)
c = Counter()
c(torch.ones(1, 1))
c(torch.ones(1, 1))
sd = c.state_dict()
print(list(sd.keys()), sd["_extra_state"])
d = Counter()
d.load_state_dict(sd)
print(d.calls)
""",
    "trma_parameters_share_memory_with_state_dict": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
sd = m.state_dict()
with torch.no_grad():
    m.weight.fill_(7.0)
print(sd["weight"])
print(sd["weight"].requires_grad, m.state_dict(keep_vars=True)["weight"].requires_grad)
copy = {k: v.clone() for k, v in m.state_dict().items()}
with torch.no_grad():
    m.weight.fill_(1.0)
print(copy["weight"], m.weight.data)
""",
    "trma_module_deepcopy_independent": """
import copy
import torch
import torch.nn as nn
a = nn.Linear(2, 2)
nn.init.ones_(a.weight)
b = copy.deepcopy(a)
with torch.no_grad():
    b.weight.mul_(3)
print(a.weight.sum().item(), b.weight.sum().item())
print(b.weight is a.weight, type(b.weight).__name__, b.weight.requires_grad)
a(torch.ones(1, 2)).sum().backward()
c = copy.deepcopy(a)
print(c.weight.grad)
""",
    "trma_register_forward_hook_on_submodules_by_type": """
import torch
import torch.nn as nn
net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Conv2d(2, 2, 3), nn.ReLU(),
                    nn.Flatten(), nn.Linear(2, 1))
shapes = {}
for name, mod in net.named_modules():
    if isinstance(mod, (nn.Conv2d, nn.Linear)):
        mod.register_forward_hook(lambda m, i, o, n=name: shapes.__setitem__(n, tuple(o.shape)))
net(torch.zeros(3, 1, 5, 5))
print(shapes)
""",
    "trma_train_mode_propagation_custom_flag": """
import torch
import torch.nn as nn
class Noisy(nn.Module):
    def forward(self, x):
        return x + 1 if self.training else x
m = nn.Sequential(Noisy(), nn.Sequential(Noisy()))
x = torch.zeros(1)
print(m(x), m.eval()(x), m.train()(x))
m[1].eval()
print(m(x), m.training, m[1].training, m[1][0].training)
""",
    "trma_half_precision_forward_error": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 2).half()
print(lin.weight.dtype)
try:
    lin(torch.ones(1, 2))
except RuntimeError as e:
    print(e)
print(lin(torch.ones(1, 2, dtype=torch.float16)).dtype)
""",
    "trma_lazy_linear": """
import torch
import torch.nn as nn
m = nn.LazyLinear(4)
print(m)
print(m.weight, type(m.weight).__name__, m.bias)
print([n for n, _ in m.named_parameters()])
try:
    m.weight.shape
except RuntimeError as e:
    print(type(e).__name__, e)
y = m(torch.ones(2, 3))
print(m, type(m).__name__, m.weight.shape, m.in_features, y.shape, type(m.weight).__name__)
seq = nn.Sequential(nn.LazyLinear(5), nn.ReLU(), nn.LazyLinear(2))
print(seq)
seq(torch.zeros(1, 7))
print(seq)
print(sum(p.numel() for p in seq.parameters()))
with torch.no_grad():
    for p in seq.parameters():
        p.fill_(0.1)
out = seq(torch.ones(1, 7))
out.sum().backward()
print(out, seq[0].weight.grad.shape)
""",
}
