"""Compat corpus: mistakes in layer setup, data pipelines, padding and in-place training steps."""

SNIPPETS = {
    "mis3_gan_inplace_after_step": """
import torch
import torch.nn as nn
torch.manual_seed(0)
g = nn.Linear(2, 2)
d = nn.Linear(2, 1)
opt_d = torch.optim.SGD(d.parameters(), lr=0.1)
fake = g(torch.randn(4, 2))
loss_d = d(fake).mean()
loss_d.backward(retain_graph=True)
opt_d.step()
loss_g = -d(fake).mean()
loss_g.backward()
print(g.weight.grad is not None)
try:
    loss_d.backward()
except RuntimeError as e:
    print(type(e).__name__, str(e).split('Hint')[0])
""",
    "mis3_list_of_numpy_arrays": """
import numpy as np
import torch
arrays = [np.array([1.0, 2.0]), np.array([3.0, 4.0])]
t = torch.tensor(np.array(arrays))
print(t, t.dtype, torch.from_numpy(np.stack(arrays)).float())
print(torch.stack([torch.from_numpy(a) for a in arrays]).shape)
""",
    "mis3_split_sizes_wrong": """
import torch
x = torch.arange(7)
try:
    torch.split(x, [2, 4])
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    x.chunk(0)
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.split(2), x.chunk(4))
""",
    "mis3_pad_errors": """
import torch
import torch.nn.functional as F
x = torch.zeros(1, 2, 3)
try:
    F.pad(x, (1, 2, 3))
except (RuntimeError, AssertionError) as e:
    print(type(e).__name__, e)
try:
    F.pad(x, (3, 3), mode='reflect')
except RuntimeError as e:
    print(type(e).__name__, e)
print(F.pad(x, (1, 1)).shape, F.pad(x, (1, 1, 2, 0), value=5.0)[0, 0])
""",
    "mis3_arange_linspace_errors": """
import torch
for f in (lambda: torch.arange(0, 5, 0), lambda: torch.arange(5, 0, 1),
          lambda: torch.linspace(0, 1, -1), lambda: torch.arange(0, 1, -0.1)):
    try:
        print(f())
    except RuntimeError as e:
        print(type(e).__name__, e)
print(torch.arange(5, 0, -2), torch.linspace(0, 1, 1), torch.linspace(0, 1, 0))
""",
    "mis3_fill_with_tensor": """
import torch
x = torch.zeros(3)
try:
    x.fill_(torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__, e)
x.fill_(torch.tensor(4.0))
print(x, torch.full((2,), 7), torch.full((2,), 1.5, dtype=torch.long))
""",
    "mis3_no_grad_decorator_forms": """
import torch
w = torch.ones(2, requires_grad=True)
@torch.no_grad()
def f(x):
    return x * 2
@torch.no_grad
def g(x):
    return x * 3
print(f(w), g(w), f(w).requires_grad)
torch.set_grad_enabled(False)
print((w * 2).requires_grad)
torch.set_grad_enabled(True)
print((w * 2).requires_grad, torch.is_grad_enabled())
""",
    "mis3_zero_grad_set_to_none": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
m(torch.ones(1, 2)).sum().backward()
opt.zero_grad(set_to_none=False)
print(m.weight.grad, m.bias.grad)
opt.zero_grad()
print(m.weight.grad, m.bias.grad)
m.zero_grad()
print(m.weight.grad)
""",
    "mis3_model_double_input_float": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU()).to(torch.float64)
print(next(model.parameters()).dtype)
try:
    model(torch.ones(1, 2))
except RuntimeError as e:
    print(type(e).__name__, e)
print(model(torch.ones(1, 2, dtype=torch.float64)).dtype)
""",
    "mis3_model_half_cpu": """
import torch
import torch.nn as nn
torch.manual_seed(0)
m = nn.Linear(2, 1).half()
out = m(torch.ones(3, 2, dtype=torch.float16))
print(out.dtype, out.shape, m.weight.dtype)
try:
    m(torch.ones(3, 2))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis3_random_split_lengths": """
import torch
from torch.utils.data import random_split, TensorDataset
ds = TensorDataset(torch.arange(10))
try:
    random_split(ds, [5, 4])
except ValueError as e:
    print(type(e).__name__, e)
a, b = random_split(ds, [0.8, 0.2], generator=torch.Generator().manual_seed(0))
print(len(a), len(b), type(a).__name__, a.indices)
""",
    "mis3_embedding_padding_idx": """
import torch
import torch.nn as nn
try:
    nn.Embedding(5, 2, padding_idx=5)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    nn.Embedding(5, 2, padding_idx=-6)
except AssertionError as e:
    print(type(e).__name__, e)
e = nn.Embedding(5, 2, padding_idx=-1)
print(e.padding_idx, e.weight[4])
""",
    "mis3_attention_heads_divisible": """
import torch.nn as nn
try:
    nn.MultiheadAttention(10, 3)
except AssertionError as e:
    print(type(e).__name__, e)
try:
    nn.Conv2d(3, 8, 3, groups=2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    nn.Conv2d(4, 6, 3, groups=4)
except ValueError as e:
    print(type(e).__name__, e)
""",
    "mis3_pool_unbatched_and_small": """
import torch
import torch.nn as nn
print(nn.MaxPool2d(2)(torch.arange(16.).view(1, 4, 4)))
try:
    nn.MaxPool2d(2)(torch.zeros(4))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    nn.AvgPool2d(3)(torch.zeros(1, 1, 2, 2))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis3_pack_padded_unsorted": """
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_sequence
seqs = [torch.ones(2), torch.ones(4), torch.ones(3)]
padded = pad_sequence(seqs, batch_first=True)
print(padded)
try:
    pack_padded_sequence(padded, [2, 4, 3], batch_first=True)
except RuntimeError as e:
    print(type(e).__name__, e)
p = pack_padded_sequence(padded, [2, 4, 3], batch_first=True, enforce_sorted=False)
print(p.batch_sizes, p.sorted_indices)
""",
    "mis3_stack_of_ints": """
import torch
for f in (lambda: torch.stack([1, 2]), lambda: torch.stack(torch.ones(2, 2)),
          lambda: torch.cat((torch.ones(1), 2))):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
""",
    "mis3_rnn_output_tuple_mistake": """
import torch
import torch.nn as nn
rnn = nn.GRU(3, 4)
out = rnn(torch.zeros(5, 1, 3))
print(type(out).__name__, len(out))
try:
    out.shape
except AttributeError as e:
    print(type(e).__name__, e)
seq, h = out
print(seq.shape, h.shape)
""",
    "mis3_setitem_mask_count": """
import torch
x = torch.zeros(5)
mask = x == 0
try:
    x[mask] = torch.tensor([1.0, 2.0])
except RuntimeError as e:
    print(type(e).__name__, e)
x[mask] = torch.arange(5.)
print(x)
x[x > 2] = 0
print(x)
""",
    "mis3_where_single_arg": """
import torch
x = torch.tensor([[0, 3], [4, 0]])
print(torch.where(x > 0))
rows, cols = torch.where(x > 0)
print(rows, cols, x[rows, cols])
print(torch.where(x > 0, x, -1), torch.where(x > 0, 1.0, 0.0))
""",
    "mis3_einsum_errors": """
import torch
a = torch.ones(2, 3)
b = torch.ones(4, 5)
try:
    torch.einsum('ij,jk->ik', a, b)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.einsum('ij->ij', a, b)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.einsum('ijk->i', a)
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.einsum('ij,kj->ik', a, torch.ones(4, 3)).shape)
""",
    "mis3_interpolate_errors": """
import torch
import torch.nn.functional as F
x = torch.zeros(1, 1, 4, 4)
print(F.interpolate(x, scale_factor=2).shape, F.interpolate(x, size=(3, 5)).shape)
try:
    F.interpolate(x, size=3, scale_factor=2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    F.interpolate(x)
except ValueError as e:
    print(type(e).__name__, e)
try:
    F.interpolate(torch.zeros(4, 4), scale_factor=2)
except (ValueError, NotImplementedError) as e:
    print(type(e).__name__, e)
""",
    "mis3_int_tensor_backward": """
import torch
x = torch.tensor([1, 2, 3])
try:
    x.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, e)
y = torch.tensor([1., 2.], requires_grad=True)
z = (y * 2).long()
print(z, z.requires_grad, z.grad_fn)
""",
    "mis3_layer_forward_on_3d": """
import torch
import torch.nn as nn
torch.manual_seed(0)
lin = nn.Linear(4, 2)
out = lin(torch.randn(3, 5, 4))
print(out.shape, out.grad_fn)
try:
    lin(torch.randn(3, 4, 5))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    lin(torch.randn(4))
    lin(torch.randn(5))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis3_bilinear_and_matmul_1d": """
import torch
v = torch.ones(3)
m = torch.ones(3, 4)
print(torch.matmul(v, m).shape, torch.matmul(m.T, v).shape, (v @ v).shape)
try:
    torch.matmul(m, v)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.dot(v, torch.ones(4))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.dot(torch.ones(2, 2), torch.ones(2, 2))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis3_mv_and_outer_errors": """
import torch
try:
    torch.mv(torch.ones(2, 3), torch.ones(2))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.mv(torch.ones(3), torch.ones(3))
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.outer(torch.arange(2.), torch.arange(3.)))
""",
    "mis3_clamp_no_bounds": """
import torch
x = torch.tensor([-1.0, 0.5, 2.0])
try:
    x.clamp()
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.clamp(min=0), x.clamp(max=1), x.clamp(0, 1), x.clamp(min=torch.tensor(0.0)))
print(torch.tensor([1, 5]).clamp(0.5, 2.5))
""",
    "mis3_loss_reduction_none_then_backward": """
import torch
import torch.nn as nn
x = torch.ones(3, requires_grad=True)
loss = nn.MSELoss(reduction='none')(x, torch.zeros(3))
print(loss)
try:
    loss.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
loss.mean().backward()
print(x.grad)
""",
    "mis3_optimizer_step_without_backward": """
import torch
import torch.nn as nn
torch.manual_seed(0)
m = nn.Linear(1, 1)
before = m.weight.clone()
opt = torch.optim.Adam(m.parameters(), lr=0.1)
opt.step()
print(torch.equal(before, m.weight), opt.state_dict()['state'])
""",
    "mis3_multiple_losses_backward": """
import torch
w = torch.tensor(1.0, requires_grad=True)
shared = w * 2
l1 = shared ** 2
l2 = shared * 3
l1.backward()
try:
    l2.backward()
except RuntimeError as e:
    print(type(e).__name__, str(e).split('.')[0])
w.grad = None
shared = w * 2
(shared ** 2 + shared * 3).backward()
print(w.grad)
""",
    "mis3_view_after_transpose_in_model": """
import torch
x = torch.arange(24.).view(2, 3, 4)
y = x.transpose(1, 2)
try:
    y.view(2, 12)
except RuntimeError as e:
    print(type(e).__name__, e)
print(y.contiguous().view(2, 12)[0], y.reshape(2, 12)[1])
""",
    "mis3_cross_entropy_3d_logits": """
import torch
import torch.nn.functional as F
torch.manual_seed(0)
logits = torch.randn(2, 5, 4)
targets = torch.randint(0, 4, (2, 5))
try:
    F.cross_entropy(logits, targets)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
print(F.cross_entropy(logits.transpose(1, 2), targets))
print(F.cross_entropy(logits.reshape(-1, 4), targets.reshape(-1)))
""",
    "mis3_bce_probabilities_out_of_range": """
import torch
import torch.nn as nn
out = torch.tensor([1.5, -0.2])
try:
    nn.BCELoss()(out, torch.tensor([1.0, 0.0]))
except RuntimeError as e:
    print(type(e).__name__, e)
print(nn.BCEWithLogitsLoss()(out, torch.tensor([1.0, 0.0])))
print(nn.BCELoss()(torch.sigmoid(out), torch.tensor([1.0, 0.0])))
""",
}
