"""Compat corpus: NumPy habits carried into torch code, and forgotten parentheses."""

SNIPPETS = {
    "mis5_numpy_style_kwargs": """
import torch
x = torch.arange(6.).reshape((2, 3))
print(torch.sum(x, axis=0), x.mean(axis=1), torch.max(x, axis=0))
print(torch.cat([x, x], axis=0).shape, x.std(axis=1, keepdims=True))
print(torch.argmax(x, axis=1), x.sum(axis=(0, 1)))
""",
    "mis5_astype_and_numpy_names": """
import torch
x = torch.ones(2)
try:
    x.astype(torch.int64)
except AttributeError as e:
    print(type(e).__name__, e)
print(x.size(), x.to(torch.int64), x.numpy().astype('int64'))
""",
    "mis5_numpy_functions_on_tensors": """
import numpy as np
import torch
x = torch.tensor([1.0, 4.0, 9.0])
print(np.sqrt(x), type(np.sqrt(x)).__name__)
print(np.mean(x.numpy()), np.array(x), np.asarray(x).dtype)
w = torch.ones(2, requires_grad=True)
try:
    np.array(w)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis5_math_module_on_tensors": """
import math
import torch
print(math.exp(torch.tensor(1.0)), math.sqrt(torch.tensor([4.0])), math.floor(torch.tensor(2.7)))
try:
    math.sqrt(torch.tensor([4.0, 9.0]))
except (TypeError, RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(round(torch.tensor(2.567).item(), 2), abs(torch.tensor(-3)))
""",
    "mis5_optimizer_given_method": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
try:
    torch.optim.SGD(m.parameters, lr=0.1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    torch.optim.SGD(m, lr=0.1)
except TypeError as e:
    print(type(e).__name__, e)
print(torch.optim.SGD(list(m.parameters()), lr=0.1).param_groups[0]['lr'])
""",
    "mis5_tensor_plus_none": """
import torch
x = torch.ones(2)
for f in (lambda: x + None, lambda: None * x, lambda: x @ None, lambda: x > None):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(x == None, x != None, x is None)
""",
    "mis5_dataloader_not_iterator": """
import torch
from torch.utils.data import DataLoader
loader = DataLoader([1, 2, 3, 4], batch_size=2)
try:
    next(loader)
except TypeError as e:
    print(type(e).__name__, e)
it = iter(loader)
print(next(it), next(it))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(len(loader), loader.batch_size, len(loader.dataset), loader.drop_last)
""",
    "mis5_sorted_and_python_builtins": """
import torch
x = torch.tensor([3, 1, 2])
print(sorted(x), list(reversed(x)), [int(v) for v in sorted(x)])
print(max(torch.tensor([1.5, 0.5])), min(x), sum(torch.tensor([0.5, 0.25])))
print(any(x > 2), all(x > 0), enumerate(x).__next__())
""",
    "mis5_none_indexing_shapes": """
import torch
x = torch.arange(3)
print(x[None].shape, x[:, None].shape, x[..., None].shape, x[None, :, None].shape)
print(x[None] + x[:, None])
m = torch.zeros(2, 3)
print(m[:, None, :].shape, m[..., None, None].shape, m[None, ..., None].shape)
""",
    "mis5_from_numpy_shared_inplace": """
import numpy as np
import torch
a = np.zeros(3, dtype=np.float32)
t = torch.from_numpy(a)
t += 1
print(a, t)
a[0] = 5
print(t)
c = torch.tensor(a)
a[1] = 7
print(c, t)
""",
    "mis5_integer_tensor_floordiv_neg": """
import torch
a = torch.tensor([-7, 7])
print(a // 2, a % 3, torch.fmod(a, 3), torch.remainder(a, 3), a / 2)
print(torch.tensor(-7.5) // 2, torch.tensor([7.5]) % -2)
""",
    "mis5_model_eval_without_parens": """
import torch
import torch.nn as nn
m = nn.Dropout(0.5)
m.eval
print(m.training)
m.eval()
print(m.training)
print(callable(m.eval), m.eval().training)
""",
    "mis5_tensor_truthiness_empty": """
import torch
try:
    bool(torch.tensor([]))
except RuntimeError as e:
    print(type(e).__name__, e)
print(bool(torch.tensor([0])), bool(torch.tensor([[1.5]])), torch.tensor([]).numel() == 0)
if torch.tensor(0.0):
    print('nonzero')
else:
    print('zero')
""",
    "mis5_list_comprehension_stack": """
import torch
rows = [torch.tensor([i, i * 2]) for i in range(3)]
print(torch.stack(rows), torch.cat(rows), torch.tensor([r.tolist() for r in rows]))
scalars = [torch.tensor(float(i)) for i in range(3)]
print(torch.stack(scalars), torch.tensor(scalars), torch.tensor([s.item() for s in scalars]))
""",
    "mis5_requires_grad_after_creation": """
import torch
x = torch.ones(2)
x.requires_grad = True
y = (x * 2).sum()
y.backward()
print(x.grad)
z = torch.ones(2) * 2
z.requires_grad_()
(z ** 2).sum().backward()
print(z.grad, z.is_leaf)
""",
    "mis5_item_in_loop_graph_growth": """
import torch
w = torch.tensor(1.0, requires_grad=True)
losses = []
for i in range(3):
    loss = (w * i - 1) ** 2
    losses.append(loss)
print(losses)
print([l.item() for l in losses], sum(losses))
print(torch.stack(losses).mean())
""",
    "mis5_view_vs_reshape_numpy_order": """
import numpy as np
import torch
a = np.arange(6).reshape(2, 3)
t = torch.from_numpy(a)
print(t.T.reshape(-1), torch.from_numpy(a.T.copy()).view(-1))
print(t.flatten(), t.ravel(), t.view(3, 2))
print(t.permute(1, 0).contiguous().view(-1))
""",
    "mis5_tensor_from_pandas_like_lists": """
import torch
data = [[1, 2.5], [3, 4.0]]
print(torch.tensor(data), torch.tensor(data, dtype=torch.float64))
print(torch.tensor([[1, 2], [3, 4]]).float() / 4)
mixed = [1, True, 2.0]
print(torch.tensor(mixed), torch.tensor([True, 2]))
""",
    "mis5_shape_for_batch_unsqueeze": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Linear(3, 2)
sample = torch.randn(3)
print(model(sample).shape, model(sample.unsqueeze(0)).shape, model(sample[None]).shape)
conv = nn.Conv2d(1, 1, 3)
img = torch.randn(5, 5)
print(conv(img[None, None]).shape, conv(img.unsqueeze(0)).shape)
""",
}
