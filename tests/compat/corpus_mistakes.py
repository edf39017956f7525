"""Compat corpus: the mistakes users post about, with the type and text torch prints for each."""

SNIPPETS = {
    "mis_linear_double_input": """
import numpy as np
import torch
import torch.nn as nn
model = nn.Linear(3, 2)
x = torch.from_numpy(np.ones((4, 3)))
print(x.dtype)
try:
    model(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(model(x.float()).shape)
""",
    "mis_mm_dtype_mismatch": """
import torch
a = torch.ones(2, 3, dtype=torch.float64)
b = torch.ones(3, 2)
for f in (lambda: torch.mm(a, b), lambda: torch.mm(b.T, a.T), lambda: a @ b,
          lambda: torch.matmul(b, a)):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis_mm_int_times_float": """
import torch
a = torch.arange(6).view(2, 3)
b = torch.ones(3, 2)
try:
    torch.mm(a, b)
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.mm(a.float(), b))
""",
    "mis_linear_shape_mismatch": """
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(4, 2))
try:
    net(torch.ones(4, 3))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    nn.Linear(10, 2)(torch.ones(8, 1, 28, 28))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_mm_shapes_variants": """
import torch
for a, b in ((torch.ones(4, 3), torch.ones(5, 2)), (torch.ones(1, 7), torch.ones(6, 1))):
    try:
        torch.mm(a, b)
    except RuntimeError as e:
        print(type(e).__name__, e)
try:
    torch.ones(2, 3) @ torch.ones(2, 3)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.matmul(torch.ones(3), torch.ones(4))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.mm(torch.ones(3), torch.ones(3, 3))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_bmm_shapes": """
import torch
try:
    torch.bmm(torch.ones(2, 3, 4), torch.ones(3, 4, 5))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.bmm(torch.ones(2, 3, 4), torch.ones(2, 5, 5))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.bmm(torch.ones(3, 4), torch.ones(4, 5))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_conv2d_channels": """
import torch
import torch.nn as nn
conv = nn.Conv2d(3, 8, 3)
img = torch.zeros(1, 1, 28, 28)
try:
    conv(img)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    conv(torch.zeros(28, 28, 3))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_conv2d_double_input": """
import torch
import torch.nn as nn
conv = nn.Conv2d(1, 2, 3)
x = torch.zeros(1, 1, 5, 5, dtype=torch.float64)
try:
    conv(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(conv.double()(x).dtype)
""",
    "mis_conv2d_int_input": """
import torch
import torch.nn.functional as F
x = torch.zeros(1, 1, 5, 5, dtype=torch.uint8)
w = torch.ones(1, 1, 3, 3)
try:
    F.conv2d(x, w)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_conv_kernel_too_big": """
import torch
import torch.nn as nn
try:
    nn.Conv2d(1, 1, 5)(torch.zeros(1, 1, 3, 3))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    nn.MaxPool2d(4)(torch.zeros(1, 1, 2, 2))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_view_non_contiguous": """
import torch
x = torch.arange(6).view(2, 3).t()
print(x.is_contiguous())
try:
    x.view(6)
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.reshape(6))
print(x.contiguous().view(6))
""",
    "mis_view_permuted_batch": """
import torch
x = torch.zeros(2, 3, 4).permute(0, 2, 1)
try:
    x.view(2, -1)
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.reshape(2, -1).shape, x.flatten(1).shape)
""",
    "mis_reshape_invalid": """
import torch
x = torch.zeros(10)
for shape in ((3, -1), (4, 3), (2, 2, 2), (-1, -1)):
    try:
        x.reshape(*shape)
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis_view_batch_flatten": """
import torch
x = torch.zeros(16, 3, 8, 8)
print(x.view(x.size(0), -1).shape)
try:
    x.view(-1, 100)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    x.view(16, 3, 8, 8, -1, -1)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_cat_size_mismatch": """
import torch
a = torch.zeros(2, 3)
b = torch.zeros(2, 4)
try:
    torch.cat([a, b])
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.cat([a, b], dim=1).shape)
try:
    torch.cat([a, torch.zeros(3)])
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_cat_dtype_and_tuple": """
import torch
print(torch.cat([torch.zeros(2), torch.ones(2, dtype=torch.int64)]))
print(torch.cat((torch.zeros(1, dtype=torch.float64), torch.ones(1))))
try:
    torch.cat(torch.zeros(2), torch.ones(2))
except TypeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
""",
    "mis_stack_unequal": """
import torch
try:
    torch.stack([torch.zeros(3), torch.zeros(4)])
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.stack([torch.zeros(2, 3), torch.zeros(2, 3), torch.zeros(3, 2)])
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.stack([])
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_nll_loss_float_target": """
import torch
import torch.nn.functional as F
logp = torch.log_softmax(torch.zeros(3, 4), 1)
try:
    F.nll_loss(logp, torch.tensor([1.0, 2.0, 0.0]))
except RuntimeError as e:
    print(type(e).__name__, e)
print(F.nll_loss(logp, torch.tensor([1, 2, 0])))
""",
    "mis_nll_loss_int32_target": """
import torch
import torch.nn.functional as F
logp = torch.log_softmax(torch.zeros(3, 4), 1)
try:
    F.nll_loss(logp, torch.tensor([1, 2, 0], dtype=torch.int32))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_cross_entropy_onehot_int": """
import torch
import torch.nn as nn
logits = torch.zeros(2, 3)
onehot = torch.tensor([[0, 1, 0], [1, 0, 0]])
try:
    nn.CrossEntropyLoss()(logits, onehot)
except RuntimeError as e:
    print(type(e).__name__, e)
print(nn.CrossEntropyLoss()(logits, onehot.float()))
print(nn.CrossEntropyLoss()(logits, onehot.argmax(1)))
""",
    "mis_cross_entropy_target_out_of_bounds": """
import torch
import torch.nn.functional as F
try:
    F.cross_entropy(torch.zeros(2, 3), torch.tensor([1, 3]))
except IndexError as e:
    print(type(e).__name__, e)
try:
    F.nll_loss(torch.zeros(2, 3), torch.tensor([-2, 0]))
except IndexError as e:
    print(type(e).__name__, e)
""",
    "mis_cross_entropy_batch_mismatch": """
import torch
import torch.nn.functional as F
try:
    F.cross_entropy(torch.zeros(4, 3), torch.tensor([0, 1]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    F.cross_entropy(torch.zeros(4, 3), torch.zeros(4, 1, dtype=torch.long))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_cross_entropy_double_logits": """
import torch
import torch.nn.functional as F
logits = torch.zeros(2, 3, dtype=torch.float64)
print(F.cross_entropy(logits, torch.tensor([0, 2])))
try:
    F.cross_entropy(logits, torch.zeros(2, 3))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_bce_target_size_warning": """
import warnings
import torch
import torch.nn as nn
p = torch.full((4, 1), 0.5)
t = torch.ones(4)
try:
    nn.BCELoss()(p, t)
except ValueError as e:
    print(type(e).__name__, e)
print(nn.BCELoss()(p.squeeze(1), t))
""",
    "mis_bce_logits_shape": """
import torch
import torch.nn as nn
try:
    nn.BCEWithLogitsLoss()(torch.zeros(4, 1), torch.ones(4))
except ValueError as e:
    print(type(e).__name__, e)
try:
    nn.BCEWithLogitsLoss()(torch.zeros(4), torch.ones(4, dtype=torch.long))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_mse_broadcast_warning": """
import warnings
import torch
import torch.nn as nn
pred = torch.zeros(8, 1)
y = torch.ones(8)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    loss = nn.MSELoss()(pred, y)
print(loss)
print(len(w), w[0].category.__name__)
print(w[0].message)
""",
    "mis_l1_smooth_broadcast_warning": """
import warnings
import torch
import torch.nn.functional as F
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    a = F.l1_loss(torch.zeros(3, 1), torch.ones(3))
    b = F.smooth_l1_loss(torch.zeros(3), torch.ones(2, 3))
print(a, b)
for m in w:
    print(m.category.__name__, m.message)
""",
    "mis_mse_int_and_long": """
import torch
import torch.nn.functional as F
try:
    F.mse_loss(torch.zeros(3), torch.tensor([1, 2, 3]))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    F.mse_loss(torch.zeros(3, dtype=torch.long), torch.zeros(3, dtype=torch.long))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_numpy_requires_grad": """
import torch
w = torch.ones(3, requires_grad=True)
try:
    w.numpy()
except RuntimeError as e:
    print(type(e).__name__, e)
y = w * 2
try:
    y.numpy()
except RuntimeError as e:
    print(type(e).__name__, e)
print(y.detach().numpy(), w.detach().cpu().numpy().dtype)
""",
    "mis_item_multi_element": """
import torch
loss = torch.tensor([0.5, 0.25])
try:
    loss.item()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.zeros(0).item()
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.tensor([[3.5]]).item(), loss.mean().item())
""",
    "mis_float_of_tensor": """
import torch
try:
    float(torch.ones(2))
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    int(torch.ones(2, 2))
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(float(torch.ones(1, 1)), int(torch.tensor([7.9])))
""",
    "mis_inplace_leaf": """
import torch
w = torch.ones(3, requires_grad=True)
for f in (lambda: w.add_(1), lambda: w.zero_(), lambda: w.mul_(2), lambda: w.clamp_(0, 1)):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
with torch.no_grad():
    w.add_(1)
print(w)
""",
    "mis_inplace_leaf_setitem": """
import torch
w = torch.zeros(3, requires_grad=True)
try:
    w[0] = 1.0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    w += 1
except RuntimeError as e:
    print(type(e).__name__, e)
w.data[0] = 5.0
print(w)
""",
    "mis_backward_twice": """
import torch
x = torch.tensor(2.0, requires_grad=True)
y = x.exp() * x
y.backward()
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
z = x ** 2
z.backward(retain_graph=True)
z.backward()
print(x.grad)
""",
    "mis_backward_nonscalar": """
import torch
x = torch.ones(3, requires_grad=True)
y = x * 2
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
y.backward(torch.ones_like(y))
print(x.grad)
try:
    (x * 2).backward(torch.ones(4))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_backward_no_grad_tensor": """
import torch
x = torch.ones(3)
try:
    x.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
with torch.no_grad():
    y = torch.ones(2, requires_grad=True) * 3
try:
    y.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_tensor_of_tensor_list": """
import torch
items = [torch.tensor(1.0), torch.tensor(2.5)]
print(torch.tensor(items))
rows = [torch.ones(2), torch.zeros(2)]
try:
    torch.tensor(rows)
except (ValueError, TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
print(torch.stack(rows))
""",
    "mis_tensor_ragged": """
import torch
for data in ([[1, 2], [3]], [[1, 2], [3, 4, 5]], [1, [2, 3]], [[1.0], []]):
    try:
        torch.tensor(data)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
""",
    "mis_tensor_from_strings": """
import torch
for data in (["1", "2"], "abc", [None, 1], {1: 2}):
    try:
        torch.tensor(data)
    except (ValueError, TypeError, RuntimeError) as e:
        print(type(e).__name__, e)
""",
    "mis_cuda_on_cpu_build": """
import torch
print(torch.cuda.is_available(), torch.cuda.device_count())
x = torch.ones(2)
for f in (lambda: x.cuda(), lambda: x.to('cuda'), lambda: torch.zeros(2, device='cuda'),
          lambda: x.to(torch.device('cuda:0'))):
    try:
        f()
    except (AssertionError, RuntimeError) as e:
        print(type(e).__name__, e)
""",
    "mis_device_pattern": """
import torch
import torch.nn as nn
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
print(device, repr(device), device.type, device.index)
model = nn.Linear(2, 1).to(device)
x = torch.ones(3, 2).to(device)
print(model(x).device, next(model.parameters()).device, x.is_cuda)
print(torch.device('cuda:1'), torch.device('cuda', 0), torch.device('cpu', 0))
print(torch.device('cpu') == torch.device('cpu'), torch.device('cuda') == torch.device('cuda:0'))
""",
    "mis_device_strings_bad": """
import torch
for s in ('gpu', 'cuda:x', 'cuda:-1', 'cpu0'):
    try:
        print(torch.device(s))
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis_module_cuda": """
import torch
import torch.nn as nn
try:
    nn.Linear(2, 2).cuda()
except (AssertionError, RuntimeError) as e:
    print(type(e).__name__, e)
try:
    torch.cuda.get_device_name(0)
except (AssertionError, RuntimeError) as e:
    print(type(e).__name__, e)
""",
    "mis_optimizer_empty_params": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(2, 2)]
net = Net()
print(list(net.parameters()))
try:
    torch.optim.SGD(net.parameters(), lr=0.1)
except ValueError as e:
    print(type(e).__name__, e)
""",
    "mis_optimizer_non_iterable": """
import torch
w = torch.ones(2, requires_grad=True)
try:
    torch.optim.Adam(w, lr=0.1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD([w])
except TypeError as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD([w, w], lr=0.1)
except (ValueError, UserWarning) as e:
    print(type(e).__name__, e)
""",
    "mis_optimizer_non_leaf": """
import torch
w = torch.ones(2, requires_grad=True) * 2
try:
    torch.optim.SGD([w], lr=0.1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD([{'params': [torch.ones(1, requires_grad=True)], 'lr': -1}], lr=0.1)
except ValueError as e:
    print(type(e).__name__, e)
""",
    "mis_load_state_dict_keys": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 3)
        self.fc2 = nn.Linear(3, 1)
net = Net()
sd = {'module.' + k: v for k, v in net.state_dict().items()}
try:
    net.load_state_dict(sd)
except RuntimeError as e:
    print(type(e).__name__, e)
fixed = {k.replace('module.', '', 1): v for k, v in sd.items()}
print(net.load_state_dict(fixed))
""",
    "mis_load_state_dict_missing_only": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(2, 3)
        self.bn = nn.BatchNorm1d(3)
net = Net()
sd = net.state_dict()
del sd['bn.running_mean'], sd['fc1.bias']
try:
    net.load_state_dict(sd)
except RuntimeError as e:
    print(type(e).__name__, e)
r = net.load_state_dict(sd, strict=False)
print(r.missing_keys, r.unexpected_keys)
""",
    "mis_load_state_dict_size_and_keys": """
import torch
import torch.nn as nn
src = nn.Sequential(nn.Linear(4, 3), nn.Linear(3, 2))
dst = nn.Sequential(nn.Linear(4, 5), nn.Linear(5, 2))
try:
    dst.load_state_dict(src.state_dict())
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_collate_mixed_types": """
import torch
from torch.utils.data import DataLoader, Dataset
class DS(Dataset):
    def __len__(self):
        return 4
    def __getitem__(self, i):
        return {'x': torch.tensor([i, i + 1.0]), 'label': i % 2, 'name': f'item{i}',
                'w': float(i) / 2}
for batch in DataLoader(DS(), batch_size=2):
    print(batch)
""",
    "mis_collate_tuple_numpy": """
import numpy as np
import torch
from torch.utils.data import DataLoader
data = [(np.array([1.0, 2.0]), 0), (np.array([3.0, 4.0]), 1), (np.array([5.0, 6.0]), 1)]
for x, y in DataLoader(data, batch_size=2):
    print(x, y)
""",
    "mis_collate_ragged": """
import torch
from torch.utils.data import DataLoader
data = [torch.ones(2), torch.ones(3)]
try:
    next(iter(DataLoader(data, batch_size=2)))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_collate_none_item": """
import torch
from torch.utils.data import DataLoader
data = [(torch.ones(1), None), (torch.ones(1), None)]
try:
    next(iter(DataLoader(data, batch_size=2)))
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis_embedding_index_out_of_range": """
import torch
import torch.nn as nn
emb = nn.Embedding(10, 3)
try:
    emb(torch.tensor([[1, 2], [10, 4]]))
except IndexError as e:
    print(type(e).__name__, e)
try:
    emb(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_index_out_of_range_messages": """
import torch
x = torch.arange(10)
for f in (lambda: x[10], lambda: x[-11], lambda: x[torch.tensor([1, 12])],
          lambda: torch.zeros(3, 4)[1, 4], lambda: x.index_select(0, torch.tensor([10]))):
    try:
        f()
    except (IndexError, RuntimeError) as e:
        print(type(e).__name__, e)
""",
    "mis_index_dim_errors": """
import torch
x = torch.zeros(2, 3)
for f in (lambda: x.size(2), lambda: x.mean(dim=-3), lambda: x.permute(0, 1, 2),
          lambda: x.flatten(2), lambda: x.narrow(3, 0, 1), lambda: x.select(2, 0)):
    try:
        f()
    except (IndexError, RuntimeError) as e:
        print(type(e).__name__, e)
""",
    "mis_gather_index_dtype": """
import torch
x = torch.arange(6.).view(2, 3)
try:
    torch.gather(x, 1, torch.tensor([[0], [1]], dtype=torch.int32))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.gather(x, 1, torch.tensor([[0.0], [1.0]]))
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.gather(x, 1, torch.tensor([[2], [0]])))
""",
    "mis_gather_index_bounds": """
import torch
x = torch.arange(6.).view(2, 3)
try:
    torch.gather(x, 1, torch.tensor([[3], [0]]))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.gather(x, 1, torch.tensor([0, 1]))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_argmax_empty": """
import torch
for f in (lambda: torch.tensor([]).argmax(), lambda: torch.zeros(0).max(),
          lambda: torch.zeros(0, 3).argmax(0), lambda: torch.zeros(0).min()):
    try:
        print(f())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
print(torch.zeros(0, 3).argmax(1), torch.zeros(0).sum(), torch.zeros(0).mean())
""",
    "mis_index_with_float_tensor": """
import torch
x = torch.arange(5)
try:
    x[torch.tensor([0.0, 1.0])]
except IndexError as e:
    print(type(e).__name__, e)
print(x[torch.tensor([True, False, True, False, True])])
try:
    x[torch.tensor([True, False])]
except IndexError as e:
    print(type(e).__name__, e)
""",
    "mis_add_shape_mismatch": """
import torch
for a, b in ((torch.zeros(3), torch.zeros(4)), (torch.zeros(2, 3), torch.zeros(2)),
             (torch.zeros(5, 1, 4), torch.zeros(3, 2, 1))):
    try:
        a + b
    except RuntimeError as e:
        print(type(e).__name__, e)
print((torch.zeros(2, 3) + torch.zeros(2, 1)).shape)
""",
    "mis_inplace_broadcast_result": """
import torch
a = torch.zeros(3)
try:
    a += torch.ones(2, 3)
except RuntimeError as e:
    print(type(e).__name__, e)
b = torch.zeros(3, dtype=torch.long)
try:
    b += 0.5
except RuntimeError as e:
    print(type(e).__name__, e)
b *= 2
print(b)
""",
    "mis_softmax_no_dim": """
import warnings
import torch
import torch.nn.functional as F
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    p = F.softmax(torch.tensor([[1.0, 2.0], [3.0, 5.0]]))
print(p)
print(len(w), w[0].category.__name__ if w else None)
print(w[0].message if w else None)
""",
    "mis_requires_grad_int": """
import torch
try:
    torch.tensor([1, 2], requires_grad=True)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.arange(3).requires_grad_()
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.arange(3.).requires_grad_())
""",
    "mis_grad_non_leaf_access": """
import warnings
import torch
x = torch.ones(2, requires_grad=True)
y = x * 3
y.sum().backward()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(y.grad)
print(len(w), w[0].category.__name__)
print(str(w[0].message).splitlines()[0][:80])
""",
    "mis_model_forward_wrong_arg_count": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
    def forward(self, x):
        return self.fc(x)
net = Net()
try:
    net(torch.ones(1, 2), torch.ones(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    net()
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis_module_no_forward": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(2, 1)
    def foward(self, x):
        return self.fc(x)
try:
    Net()(torch.ones(1, 2))
except NotImplementedError as e:
    print(type(e).__name__, e)
""",
    "mis_module_forgot_super_init": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(2, 1)
try:
    Net()
except AttributeError as e:
    print(type(e).__name__, e)
""",
    "mis_module_attribute_missing": """
import torch
import torch.nn as nn
net = nn.Sequential(nn.Linear(2, 2))
try:
    net.fc
except AttributeError as e:
    print(type(e).__name__, e)
try:
    nn.Linear(2, 2).weights
except AttributeError as e:
    print(type(e).__name__, e)
""",
    "mis_assign_tensor_to_parameter": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
try:
    lin.weight = torch.zeros(2, 2)
except TypeError as e:
    print(type(e).__name__, e)
lin.weight = nn.Parameter(torch.zeros(2, 2))
print(lin.weight)
""",
    "mis_transpose_vs_t_3d": """
import torch
x = torch.zeros(2, 3, 4)
try:
    x.t()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    x.T
except Exception as e:
    print(type(e).__name__, e)
print(x.mT.shape, x.transpose(1, 2).shape)
""",
    "mis_squeeze_unsqueeze_confusion": """
import torch
x = torch.zeros(3, 1, 2)
print(x.squeeze(0).shape, x.squeeze(1).shape, x.unsqueeze(-1).shape)
try:
    x.unsqueeze(4)
except IndexError as e:
    print(type(e).__name__, e)
try:
    x.squeeze(3)
except IndexError as e:
    print(type(e).__name__, e)
""",
    "mis_where_dtype_mix": """
import torch
c = torch.tensor([True, False])
print(torch.where(c, torch.tensor([1, 2]), torch.tensor([0.5, 0.5])))
print(torch.where(c, 1.0, 0))
try:
    torch.where(torch.tensor([1, 0]), 1.0, 0.0)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_masked_fill_non_bool": """
import torch
x = torch.zeros(3)
try:
    x.masked_fill(torch.tensor([1, 0, 1]), 5.0)
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.masked_fill(torch.tensor([1, 0, 1]).bool(), 5.0))
try:
    x.masked_fill(torch.tensor([True, False]), 5.0)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis_long_tensor_mean": """
import torch
x = torch.tensor([1, 2, 4])
try:
    x.mean()
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.float().mean(), x.sum() / len(x), x.double().std())
""",
    "mis_sqrt_int_and_log_int": """
import torch
x = torch.tensor([4, 9])
print(torch.sqrt(x), torch.log(x), x / 2, x // 2, torch.exp(torch.tensor([0])))
""",
    "mis_numpy_to_tensor_dtype_surprise": """
import numpy as np
import torch
import torch.nn as nn
arr = np.random.RandomState(0).rand(2, 3)
x = torch.tensor(arr)
print(x.dtype, torch.from_numpy(arr.astype(np.float32)).dtype, torch.as_tensor(arr).dtype)
try:
    nn.Linear(3, 1)(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(nn.Linear(3, 1).double()(x).dtype)
""",
    "mis_torch_tensor_copy_warning": """
import warnings
import torch
a = torch.ones(2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    b = torch.tensor(a)
print(b, len(w), w[0].category.__name__ if w else None)
print(str(w[0].message)[:60] if w else None)
""",
    "mis_lstm_batch_first_shapes": """
import torch
import torch.nn as nn
torch.manual_seed(0)
lstm = nn.LSTM(input_size=4, hidden_size=3, batch_first=True)
try:
    lstm(torch.zeros(2, 5, 6))
except RuntimeError as e:
    print(type(e).__name__, e)
out, (h, c) = lstm(torch.zeros(2, 5, 4))
print(out.shape, h.shape, c.shape)
""",
    "mis_batchnorm_single_sample": """
import torch
import torch.nn as nn
bn = nn.BatchNorm1d(3)
try:
    bn(torch.ones(1, 3))
except ValueError as e:
    print(type(e).__name__, e)
bn.eval()
print(bn(torch.ones(1, 3)))
""",
    "mis_zero_grad_forgotten": """
import torch
w = torch.tensor([1.0], requires_grad=True)
for _ in range(3):
    (w * 2).sum().backward()
    print(w.grad)
w.grad.zero_()
print(w.grad)
w.grad = None
print(w.grad)
""",
    "mis_loss_accumulate_graph": """
import torch
w = torch.ones(2, requires_grad=True)
total = 0
for i in range(3):
    loss = (w * i).sum()
    total += loss
print(total, type(total).__name__)
total = 0.0
for i in range(3):
    total += (w * i).sum().item()
print(total)
""",
    "mis_eval_mode_dropout": """
import torch
import torch.nn as nn
torch.manual_seed(0)
d = nn.Dropout(0.5)
print(d.training, d(torch.ones(6)))
d.eval()
print(d.training, d(torch.ones(6)))
m = nn.Sequential(nn.Linear(2, 2), nn.Dropout())
print(m.eval().training, [c.training for c in m], m.train().training)
""",
    "mis_detach_numpy_shared": """
import torch
x = torch.zeros(3, requires_grad=True)
a = x.detach().numpy()
a[0] = 7
print(x)
b = x.detach().clone().numpy()
b[1] = 9
print(x)
""",
    "mis_max_returns_tuple": """
import torch
x = torch.tensor([[1, 5, 2], [7, 0, 3]])
out = torch.max(x, 1)
print(out)
print(out.values, out.indices, out[0])
v, i = x.max(dim=0)
print(v, i)
try:
    x.max(1) + 1
except TypeError as e:
    print(type(e).__name__, e)
""",
    "mis_size_call_vs_attr": """
import torch
x = torch.zeros(2, 3)
print(x.size(), x.shape, x.size(1), x.shape[-1], len(x), x.numel(), x.dim(), x.ndim)
print(x.size(-1), x.shape[:1], x.size()[1:], type(x.shape).__name__)
""",
}
