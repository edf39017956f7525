"""Compat corpus: more forum-thread mistakes — wrong argument types, graphs, optimisers, data."""

SNIPPETS = {
    "mis2_model_on_numpy_input": """
import numpy as np
import torch
import torch.nn as nn
model = nn.Linear(2, 1)
try:
    model(np.ones((3, 2), dtype=np.float32))
except TypeError as e:
    print(type(e).__name__, e)
print(model(torch.from_numpy(np.ones((3, 2), dtype=np.float32))).shape)
""",
    "mis2_zeros_float_size": """
import torch
n = 10
for f in (lambda: torch.zeros(n / 2), lambda: torch.ones(2, 3.0), lambda: torch.randn(n / 5),
          lambda: torch.empty(2.5)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(torch.zeros(n // 2).shape, torch.ones(int(n / 5), 2).shape)
""",
    "mis2_cat_list_of_lists": """
import torch
for f in (lambda: torch.cat([[1, 2], [3]]), lambda: torch.stack([[1.0], [2.0]]),
          lambda: torch.cat([torch.ones(1), [2.0]])):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
""",
    "mis2_tensor_as_index_float": """
import torch
x = [10, 20, 30]
i = torch.tensor(1)
print(x[i], range(torch.tensor(3)), list(range(3))[torch.tensor(2)])
try:
    x[torch.tensor(1.0)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    x[torch.tensor([0, 1])]
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis2_iterate_zero_dim": """
import torch
t = torch.tensor(5)
try:
    for v in t:
        print(v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(t)
except TypeError as e:
    print(type(e).__name__, e)
a, b = torch.tensor([1, 2])
print(a, b)
""",
    "mis2_tensor_not_callable": """
import torch
x = torch.ones(3)
try:
    x(0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    x + 'a'
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis2_mse_float_argument": """
import torch
import torch.nn.functional as F
try:
    F.mse_loss(torch.ones(2), 1.0)
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
print(F.mse_loss(torch.ones(2), torch.tensor(1.0).expand(2)))
""",
    "mis2_mse_double_target_backward": """
import torch
import torch.nn as nn
model = nn.Linear(2, 1)
x = torch.ones(4, 2)
y = torch.ones(4, 1, dtype=torch.float64)
loss = nn.MSELoss()(model(x), y)
print(loss.dtype)
try:
    loss.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis2_cross_entropy_single_sample": """
import torch
import torch.nn.functional as F
logits = torch.tensor([1.0, 2.0, 0.5])
print(F.cross_entropy(logits, torch.tensor(1)))
print(F.cross_entropy(logits.unsqueeze(0), torch.tensor([1])))
try:
    F.cross_entropy(logits, torch.tensor([1]))
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
""",
    "mis2_cross_entropy_weight_size": """
import torch
import torch.nn as nn
loss = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0]))
try:
    loss(torch.zeros(2, 3), torch.tensor([0, 2]))
except RuntimeError as e:
    print(type(e).__name__, e)
loss = nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5]))
print(loss(torch.zeros(2, 3), torch.tensor([0, 2])))
""",
    "mis2_inplace_broadcast_output_shape": """
import torch
img = torch.zeros(1, 2, 2)
mean = torch.tensor([0.5, 0.4, 0.3]).view(3, 1, 1)
try:
    img.sub_(mean)
except RuntimeError as e:
    print(type(e).__name__, e)
print((img - mean).shape)
""",
    "mis2_inplace_on_expanded": """
import torch
x = torch.zeros(1, 3).expand(2, 3)
try:
    x.add_(1)
except RuntimeError as e:
    print(type(e).__name__, e)
y = x.clone()
y.add_(1)
print(y)
""",
    "mis2_requires_grad_non_leaf": """
import torch
x = torch.ones(2, requires_grad=True)
y = x * 2
try:
    y.requires_grad = False
except RuntimeError as e:
    print(type(e).__name__, e)
y.requires_grad_(True)
print(y.requires_grad, y.detach().requires_grad)
""",
    "mis2_autograd_grad_unused": """
import torch
x = torch.ones(2, requires_grad=True)
z = torch.ones(2, requires_grad=True)
y = (x * 3).sum()
try:
    torch.autograd.grad(y, [x, z])
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.autograd.grad((x * 3).sum(), [x, z], allow_unused=True))
try:
    torch.autograd.grad((x * 3).sum(), torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis2_grad_none_manual_sgd": """
import torch
w = torch.tensor([1.0], requires_grad=True)
lr = 0.1
loss = (w * 3 - 2) ** 2
loss.backward()
w = w - lr * w.grad
print(w, w.is_leaf, w.grad)
try:
    loss = (w * 3 - 2) ** 2
    loss.backward()
    w = w - lr * w.grad
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis2_manual_sgd_correct": """
import torch
w = torch.tensor([1.0], requires_grad=True)
for step in range(3):
    loss = ((w * 3 - 2) ** 2).sum()
    loss.backward()
    with torch.no_grad():
        w -= 0.05 * w.grad
    w.grad.zero_()
    print(step, loss.item(), w)
""",
    "mis2_linear_missing_arg": """
import torch.nn as nn
try:
    nn.Linear(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    nn.Linear(3, 2.5)
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis2_lstm_hidden_shape": """
import torch
import torch.nn as nn
lstm = nn.LSTM(3, 4, batch_first=True)
x = torch.zeros(2, 5, 3)
h0 = torch.zeros(1, 3, 4)
try:
    lstm(x, (h0, h0))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    lstm(torch.zeros(2, 5, 3, 1))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
""",
    "mis2_optimizer_duplicate_groups": """
import warnings
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
try:
    opt.add_param_group({'params': m.weight})
except ValueError as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD([{'params': m.weight}, {'params': m.weight}], lr=0.1)
except ValueError as e:
    print(type(e).__name__, e)
""",
    "mis2_optimizer_set_of_params": """
import torch
w = torch.ones(2, requires_grad=True)
try:
    torch.optim.SGD({w}, lr=0.1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD([{'lr': 0.1}], lr=0.1)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
""",
    "mis2_scheduler_before_optimizer_warning": """
import warnings
import torch
w = torch.ones(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    sched.step()
print(len(caught), caught[0].category.__name__ if caught else None)
print(str(caught[0].message)[:120] if caught else None)
print(opt.param_groups[0]['lr'], sched.get_last_lr())
""",
    "mis2_detach_view_inplace": """
import torch
x = torch.ones(3, requires_grad=True)
y = x * 2
v = y[:2]
try:
    v.detach_()
except RuntimeError as e:
    print(type(e).__name__, e)
print(v.detach().requires_grad)
""",
    "mis2_modified_by_inplace": """
import torch
x = torch.ones(3, requires_grad=True)
y = x.sigmoid()
z = y * 2
y.mul_(3)
try:
    z.sum().backward()
    y.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, str(e).split(';')[0])
a = torch.ones(2, requires_grad=True)
b = a.exp()
b += 1
try:
    b.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, str(e).split(';')[0])
""",
    "mis2_relu_inplace_trap": """
import torch
import torch.nn as nn
x = torch.tensor([-1.0, 2.0], requires_grad=True)
y = x * 1
act = nn.ReLU(inplace=True)
z = act(y)
print(z, y, z is y)
z.sum().backward()
print(x.grad)
""",
    "mis2_complex_backward_scalar": """
import torch
x = torch.tensor([1.0 + 1j], requires_grad=True)
y = (x * x).sum()
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
(y.abs()).backward()
print(x.grad)
""",
    "mis2_tensor_from_object_array": """
import numpy as np
import torch
arr = np.array([np.array([1, 2]), np.array([3])], dtype=object)
try:
    torch.tensor(arr)
except TypeError as e:
    print(type(e).__name__, e)
try:
    torch.from_numpy(np.array(['a', 'b']))
except TypeError as e:
    print(type(e).__name__, e)
print(torch.tensor(np.array([1, 2], dtype=np.uint8)).dtype)
""",
    "mis2_from_numpy_list": """
import torch
try:
    torch.from_numpy([1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
print(torch.as_tensor([1, 2, 3]), torch.Tensor([1, 2]), torch.LongTensor([1, 2]))
""",
    "mis2_Tensor_vs_tensor": """
import torch
print(torch.Tensor(2, 3).shape, torch.Tensor([2, 3]), torch.tensor([2, 3]))
print(torch.Tensor(3).dtype, torch.tensor(3), torch.FloatTensor([1]).dtype)
print(torch.Tensor([[1, 2]]).dtype, torch.tensor([[1, 2]]).dtype)
""",
    "mis2_dataset_index_error": """
import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(4.), torch.arange(4))
print(ds[1], len(ds))
try:
    ds[4]
except IndexError as e:
    print(type(e).__name__, e)
try:
    TensorDataset(torch.zeros(3), torch.zeros(4))
except AssertionError as e:
    print(type(e).__name__, e)
""",
    "mis2_dataloader_batch_shapes": """
import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(10.).view(5, 2), torch.arange(5))
for xb, yb in DataLoader(ds, batch_size=2):
    print(xb.shape, yb)
print(len(DataLoader(ds, batch_size=2)), len(DataLoader(ds, batch_size=2, drop_last=True)))
""",
    "mis2_dataloader_bad_args": """
import torch
from torch.utils.data import DataLoader
data = list(range(5))
for kwargs in ({'batch_size': 0}, {'batch_size': -1}, {'shuffle': True, 'sampler': [0, 1]},
               {'batch_size': 2.5}):
    try:
        DataLoader(data, **kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
""",
    "mis2_collate_dict_of_lists": """
import torch
from torch.utils.data import DataLoader
data = [{'ids': [1, 2], 'y': 0.5}, {'ids': [3, 4], 'y': 1.5}]
print(next(iter(DataLoader(data, batch_size=2))))
data = [([1.0, 2.0], 'a'), ([3.0, 4.0], 'b')]
print(next(iter(DataLoader(data, batch_size=2))))
""",
    "mis2_collate_bool_and_int": """
import numpy as np
import torch
from torch.utils.data import DataLoader
data = [(True, np.int64(3), np.float32(0.5)), (False, np.int64(4), np.float32(1.5))]
print(next(iter(DataLoader(data, batch_size=2))))
""",
    "mis2_embedding_negative_and_float": """
import torch
import torch.nn as nn
emb = nn.Embedding(5, 2)
try:
    emb(torch.tensor([-1]))
except IndexError as e:
    print(type(e).__name__, e)
try:
    emb(torch.tensor([[0.0, 1.0]]).long() + 5)
except IndexError as e:
    print(type(e).__name__, e)
""",
    "mis2_onehot_errors": """
import torch
import torch.nn.functional as F
print(F.one_hot(torch.tensor([0, 2]), 3))
for f in (lambda: F.one_hot(torch.tensor([0, 3]), 3), lambda: F.one_hot(torch.tensor([0.0, 1.0])),
          lambda: F.one_hot(torch.tensor([-1, 0]))):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis2_argmax_dim_and_keepdim": """
import torch
x = torch.tensor([[1, 9, 3], [7, 2, 8]])
print(x.argmax(), x.argmax(1), x.argmax(1, keepdim=True), x.argmax(dim=0))
try:
    x.argmax(2)
except IndexError as e:
    print(type(e).__name__, e)
print(torch.tensor(5).argmax(), torch.tensor(5).argmax(0))
""",
    "mis2_sum_wrong_dim_type": """
import torch
x = torch.ones(2, 3)
print(x.sum(dim=(0, 1)), x.sum([0]), x.mean((-1,)))
print(x.sum(0, True), x.sum(dim=-1, keepdim=True), x.sum((0, 1), dtype=torch.float64))
""",
    "mis2_bool_tensor_in_if": """
import torch
x = torch.tensor([1.0, 2.0])
if (x > 0).all():
    print('all positive')
try:
    if x > 0:
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    x and x
except RuntimeError as e:
    print(type(e).__name__, e)
print(bool(torch.tensor([0.0])), bool(torch.tensor(3)))
""",
    "mis2_int_division_result": """
import torch
x = torch.tensor([5, 7])
print(x / 2, x // 2, torch.div(x, 2, rounding_mode='floor'), torch.div(x, 2, rounding_mode='trunc'))
try:
    torch.div(x, 2, rounding_mode='round')
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.float() / 2, (x / 2).long(), (-x) // 2, -x % 3)
""",
    "mis2_view_as_and_expand_misuse": """
import torch
a = torch.zeros(6)
try:
    a.view_as(torch.zeros(2, 2))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.zeros(2, 3).expand(2)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis2_repeat_fewer_dims": """
import torch
x = torch.zeros(2, 3)
try:
    x.repeat(2)
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.repeat(2, 1, 1).shape, x.repeat(1, 2).shape)
""",
    "mis2_squeeze_on_batch_of_one": """
import torch
import torch.nn as nn
model = nn.Linear(3, 1)
x = torch.zeros(1, 3)
out = model(x).squeeze()
print(out.shape, out.dim())
y = torch.tensor([1.0])
with __import__('warnings').catch_warnings(record=True) as w:
    __import__('warnings').simplefilter('always')
    loss = nn.MSELoss()(out, y)
print(len(w), loss.shape)
print(w[0].message if w else None)
""",
    "mis2_state_dict_from_wrong_model": """
import torch
import torch.nn as nn
a = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(2, 2)
        self.out = nn.Linear(2, 1)
try:
    Net().load_state_dict(a.state_dict())
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis2_load_state_dict_tensor_to_missing": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
sd = m.state_dict()
sd['weight'] = torch.zeros(2)
try:
    m.load_state_dict(sd)
except RuntimeError as e:
    print(type(e).__name__, e)
sd['weight'] = [[1.0, 2.0]]
try:
    m.load_state_dict(sd)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis2_parameters_generator_exhausted": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
params = m.parameters()
print(sum(p.numel() for p in params), sum(p.numel() for p in params))
print(type(params).__name__, len(list(m.parameters())))
try:
    torch.optim.SGD(params, lr=0.1)
except ValueError as e:
    print(type(e).__name__, e)
""",
    "mis2_train_returns_module": """
import torch.nn as nn
m = nn.Linear(1, 1)
print(m.train(), m.eval() is m, m.requires_grad_(False) is m)
print([p.requires_grad for p in m.parameters()])
print(m.zero_grad(), m.weight.grad)
""",
    "mis2_register_buffer_errors": """
import torch
import torch.nn as nn
m = nn.Module()
try:
    m.register_buffer('a.b', torch.zeros(1))
except KeyError as e:
    print(type(e).__name__, e)
try:
    m.register_buffer('x', [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.register_parameter('p', torch.zeros(1))
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis2_add_module_errors": """
import torch.nn as nn
m = nn.Module()
try:
    m.add_module('bad.name', nn.ReLU())
except KeyError as e:
    print(type(e).__name__, e)
try:
    m.add_module('x', 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    nn.Sequential(nn.ReLU(), lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis2_sequential_with_list": """
import torch.nn as nn
layers = [nn.Linear(2, 2), nn.ReLU()]
try:
    nn.Sequential(layers)
except TypeError as e:
    print(type(e).__name__, e)
print(nn.Sequential(*layers))
""",
    "mis2_clip_grad_none_grads": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
print(nn.utils.clip_grad_norm_(m.parameters(), 1.0))
m(torch.ones(1, 2)).sum().backward()
print(nn.utils.clip_grad_norm_(m.parameters(), 0.5))
print(m.weight.grad, m.bias.grad)
""",
    "mis2_topk_k_too_large": """
import torch
x = torch.tensor([1.0, 3.0, 2.0])
try:
    x.topk(4)
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.topk(3, largest=False))
""",
    "mis2_linspace_arange_float_step": """
import torch
print(torch.arange(0, 1, 0.1), len(torch.arange(0, 1, 0.1)))
print(torch.arange(1, 2.5, 0.5), torch.linspace(0, 1, 5))
""",
    "mis2_randint_high_exclusive": """
import torch
torch.manual_seed(0)
print(torch.randint(0, 2, (10,)), torch.randint(5, (3,)))
try:
    torch.randint(3, 3, (2,))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.randint(0, 10)
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
""",
}
