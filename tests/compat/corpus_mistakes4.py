"""Compat corpus: mistakes with custom Functions, hooks, datasets and schedulers."""

SNIPPETS = {
    "mis4_function_legacy_call": """
import torch
class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g
x = torch.tensor([3.0], requires_grad=True)
try:
    Square()(x)
except RuntimeError as e:
    print(type(e).__name__, e)
y = Square.apply(x)
y.backward()
print(y, x.grad)
""",
    "mis4_function_save_non_tensor": """
import torch
class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x, 3)
        return x.clone()
    @staticmethod
    def backward(ctx, g):
        return g
try:
    Bad.apply(torch.ones(1, requires_grad=True))
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis4_function_wrong_grad_count": """
import torch
class Two(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        return x * y
    @staticmethod
    def backward(ctx, g):
        return g
a = torch.ones(2, requires_grad=True)
b = torch.ones(2, requires_grad=True)
try:
    Two.apply(a, b).sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis4_function_wrong_grad_shape": """
import torch
class Shape(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return torch.ones(3)
try:
    Shape.apply(torch.ones(2, requires_grad=True)).sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis4_hook_on_no_grad_tensor": """
import torch
x = torch.ones(2)
try:
    x.register_hook(lambda g: g)
except RuntimeError as e:
    print(type(e).__name__, e)
w = torch.ones(2, requires_grad=True)
h = w.register_hook(lambda g: g * 10)
(w * 3).sum().backward()
print(w.grad)
h.remove()
w.grad = None
(w * 3).sum().backward()
print(w.grad)
""",
    "mis4_retain_grad_intermediate": """
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * x
y.retain_grad()
z = y.sum() * 2
z.backward()
print(x.grad, y.grad, z.grad is None)
x.retain_grad()
print(x.grad)
""",
    "mis4_dataset_without_len": """
import torch
from torch.utils.data import Dataset, DataLoader
class NoLen(Dataset):
    def __getitem__(self, i):
        return torch.tensor(i)
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for b in DataLoader(NoLen(), batch_size=2):
        pass
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis4_dataset_without_getitem": """
import torch
from torch.utils.data import Dataset
class NoItem(Dataset):
    def __len__(self):
        return 3
try:
    NoItem()[0]
except NotImplementedError as e:
    print(type(e).__name__, e)
""",
    "mis4_iterable_dataset_shuffle": """
import torch
from torch.utils.data import IterableDataset, DataLoader
class Stream(IterableDataset):
    def __iter__(self):
        return iter(range(5))
try:
    DataLoader(Stream(), shuffle=True)
except ValueError as e:
    print(type(e).__name__, e)
print([b for b in DataLoader(Stream(), batch_size=2)])
try:
    len(DataLoader(Stream()))
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis4_dataloader_dataset_tuple_batches": """
import torch
from torch.utils.data import DataLoader
pairs = [(torch.tensor([i, i]), torch.tensor(i % 2)) for i in range(5)]
for xb, yb in DataLoader(pairs, batch_size=2):
    print(xb, yb)
loader = DataLoader(pairs, batch_size=3)
batch = next(iter(loader))
print(type(batch).__name__, len(batch), batch[0].shape)
""",
    "mis4_scheduler_wrong_optimizer": """
import torch
try:
    torch.optim.lr_scheduler.StepLR(None, step_size=1)
except TypeError as e:
    print(type(e).__name__, e)
w = torch.ones(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4], gamma=0.1)
lrs = []
for _ in range(5):
    opt.step()
    sched.step()
    lrs.append(round(sched.get_last_lr()[0], 6))
print(lrs)
""",
    "mis4_plateau_scheduler_metrics": """
import torch
w = torch.ones(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=1, factor=0.5)
for loss in [1.0, 1.0, 1.0, 1.0, 0.5, 0.5, 0.5]:
    opt.step()
    sched.step(loss)
    print(opt.param_groups[0]['lr'], end=' ')
print()
try:
    sched.step()
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis4_optimizer_lr_change_manual": """
import torch
w = torch.ones(1, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.01)
for g in opt.param_groups:
    g['lr'] = 0.001
print(opt.param_groups[0]['lr'], opt.defaults['lr'])
print(sorted(opt.param_groups[0].keys()))
""",
    "mis4_state_dict_load_optimizer_mismatch": """
import torch
a = torch.ones(1, requires_grad=True)
b = torch.ones(1, requires_grad=True)
opt1 = torch.optim.SGD([a, b], lr=0.1)
opt2 = torch.optim.SGD([a], lr=0.1)
try:
    opt2.load_state_dict(opt1.state_dict())
except ValueError as e:
    print(type(e).__name__, e)
opt3 = torch.optim.SGD([{'params': [a]}, {'params': [b]}], lr=0.1)
try:
    opt2.load_state_dict(opt3.state_dict())
except ValueError as e:
    print(type(e).__name__, e)
""",
    "mis4_named_modules_lookup": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(dict(model.named_modules()).keys())
print(model.get_submodule('2'))
try:
    model.get_submodule('5')
except AttributeError as e:
    print(type(e).__name__, e)
print(model.get_parameter('0.bias').shape)
try:
    model.get_parameter('0.weights')
except AttributeError as e:
    print(type(e).__name__, e)
""",
    "mis4_sequential_index_errors": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
try:
    model[2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    model['0']
except (TypeError, KeyError) as e:
    print(type(e).__name__, e)
print(model[-1], len(model), model[0:1])
ml = nn.ModuleList([nn.ReLU()])
try:
    ml[3]
except IndexError as e:
    print(type(e).__name__, e)
""",
    "mis4_moduledict_errors": """
import torch.nn as nn
md = nn.ModuleDict({'a': nn.ReLU()})
try:
    md['b']
except KeyError as e:
    print(type(e).__name__, e)
print('a' in md, list(md.keys()), len(md))
md.update({'b': nn.Tanh()})
print(md)
""",
    "mis4_parameter_of_int": """
import torch
import torch.nn as nn
try:
    nn.Parameter(torch.tensor([1, 2]))
except RuntimeError as e:
    print(type(e).__name__, e)
p = nn.Parameter(torch.tensor([1, 2]), requires_grad=False)
print(p)
""",
    "mis4_detect_anomaly_nan": """
import torch
x = torch.tensor([0.0], requires_grad=True)
with torch.autograd.set_detect_anomaly(True):
    y = torch.sqrt(x) * 0
    try:
        y.backward()
    except RuntimeError as e:
        print(type(e).__name__, e)
print(x.grad)
""",
    "mis4_grad_of_grad_without_create_graph": """
import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
(g,) = torch.autograd.grad(y, x)
print(g, g.requires_grad)
try:
    torch.autograd.grad(g, x)
except RuntimeError as e:
    print(type(e).__name__, e)
(g,) = torch.autograd.grad(x ** 3, x, create_graph=True)
print(g, torch.autograd.grad(g, x))
""",
    "mis4_backward_on_view_of_leaf": """
import torch
x = torch.ones(2, 2, requires_grad=True)
y = x[0]
y.sum().backward()
print(x.grad)
try:
    y.grad
except Exception as e:
    print(type(e).__name__, e)
""",
    "mis4_tensor_bool_compare_list": """
import torch
x = torch.tensor([1, 2, 3])
print(x == 2, x == torch.tensor(2), (x == 2).nonzero())
print(torch.equal(x, torch.tensor([1, 2, 3])), x.tolist() == [1, 2, 3])
try:
    x == torch.tensor([1, 2])
except RuntimeError as e:
    print(type(e).__name__, e)
print(2 in x, 5 in x)
""",
    "mis4_in_operator_tensor": """
import torch
x = torch.tensor([[1, 2], [3, 4]])
print(3 in x, torch.tensor(4) in x, torch.tensor([1, 2]) in x)
try:
    'a' in x
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
""",
    "mis4_numpy_scalar_ops": """
import numpy as np
import torch
x = torch.tensor([1.0, 2.0])
print(x * np.float64(2.0), (x * np.float32(2)).dtype, x + np.int64(1))
print(np.float64(2.0) * x)
print(type(np.float64(2.0) * x).__name__)
""",
    "mis4_tensor_hash_and_dict": """
import torch
a = torch.tensor(1)
d = {a: 'one'}
print(d[a], torch.tensor(1) in d)
s = {torch.tensor(1), torch.tensor(1)}
print(len(s))
""",
    "mis4_copy_deepcopy_model": """
import copy
import torch
import torch.nn as nn
torch.manual_seed(0)
m = nn.Linear(2, 1)
m2 = copy.deepcopy(m)
with torch.no_grad():
    m2.weight.fill_(0.0)
print(m.weight, m2.weight)
x = torch.ones(2, requires_grad=True)
y = x * 2
try:
    copy.deepcopy(y)
except RuntimeError as e:
    print(type(e).__name__, e)
print(copy.deepcopy(x))
""",
}
