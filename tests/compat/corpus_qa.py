"""Compat corpus, part 6: Stack Overflow style questions about behaviour and error texts."""

SNIPPETS = {
    "qa_view_vs_reshape_after_transpose": """
import torch
x = torch.arange(6).view(2, 3)
y = x.transpose(0, 1)
print(y.is_contiguous())
print(y.reshape(6))
print(y.contiguous().view(6))
print(x.stride(), y.stride())
""",
    "qa_inplace_modifies_view": """
import torch
a = torch.zeros(4)
b = a[1:3]
b.fill_(7)
print(a)
c = a.view(2, 2)
c[0, 0] = -1
print(a)
print(b._base is a, c._base is a)
""",
    "qa_clone_vs_copy": """
import torch
a = torch.tensor([1., 2.])
b = a
c = a.clone()
a[0] = 9
print(b, c)
d = torch.empty(2)
d.copy_(a)
print(d)
""",
    "qa_long_float_division_loss": """
import torch
correct = torch.tensor(7)
total = 9
print(correct / total)
print(correct.item() / total)
print((correct.float() / total).item())
print(round(correct.item() / total, 3))
""",
    "qa_sum_dtype_int": """
import torch
x = torch.tensor([1, 2, 3], dtype=torch.int32)
print(x.sum().dtype, x.sum(dtype=torch.float32))
print(torch.tensor([True, True]).sum().dtype)
print(x.cumsum(0).dtype)
print(x.prod().dtype, x.mean(dtype=torch.float64))
""",
    "qa_argmax_ties_and_keepdim": """
import torch
x = torch.tensor([[1, 3, 3], [2, 2, 0]])
print(x.argmax(dim=1))
print(x.argmax(dim=1, keepdim=True))
print(x.argmax())
print(torch.argmax(x, 0))
""",
    "qa_squeeze_scalar_item": """
import torch
out = torch.tensor([[0.75]])
print(out.squeeze(), out.squeeze().item(), out.item())
print(out.flatten().tolist(), out.view(-1)[0])
""",
    "qa_expand_vs_repeat_memory": """
import torch
x = torch.tensor([[1], [2]])
e = x.expand(2, 3)
r = x.repeat(1, 3)
print(e.stride(), r.stride())
print(torch.equal(e, r))
""",
    "qa_unsqueeze_broadcast_outer": """
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([10, 20])
print(a.unsqueeze(1) * b.unsqueeze(0))
print(a[:, None] + b)
""",
    "qa_mask_assignment_2d": """
import torch
x = torch.arange(9.).view(3, 3)
x[x > 4] = 0
print(x)
x[:, 0][x[:, 0] > 0] = -1
print(x)
rows = torch.tensor([True, False, True])
print(x[rows])
print(x[rows, 1:])
""",
    "qa_advanced_indexing_pairs": """
import torch
x = torch.arange(12).view(3, 4)
print(x[[0, 2], [1, 3]])
print(x[torch.tensor([[0], [2]]), torch.tensor([1, 3])])
print(x[1:, [0, 3]])
print(x[:, torch.tensor([True, False, True, False])])
""",
    "qa_gather_per_row": """
import torch
probs = torch.tensor([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]])
actions = torch.tensor([1, 0, 1])
print(probs.gather(1, actions.unsqueeze(1)).squeeze(1))
print(probs[torch.arange(3), actions])
""",
    "qa_numpy_float64_default": """
import numpy as np
import torch
a = np.array([1.0, 2.0])
print(torch.from_numpy(a).dtype)
print(torch.tensor(a).float().dtype)
print(torch.tensor(a, dtype=torch.float32))
print(torch.from_numpy(a).float() * torch.ones(2))
""",
    "qa_tensor_to_python_list_nested": """
import torch
t = torch.tensor([[1.5, 2.0], [3.25, -1.0]])
print(t.tolist())
print([[round(v, 1) for v in row] for row in t.tolist()])
print(t.numpy().tolist() == t.tolist())
""",
    "qa_matmul_batched": """
import torch
A = torch.ones(2, 3, 4)
B = torch.ones(4, 5)
print((A @ B).shape)
print(torch.bmm(A, torch.ones(2, 4, 2)).shape)
print(torch.matmul(torch.ones(3), torch.ones(3, 2)).shape)
print(torch.einsum('bij,bjk->bik', A, torch.ones(2, 4, 2)).shape)
""",
    "qa_loss_item_accumulate": """
import torch
running_loss = 0.0
for i, l in enumerate([0.5, 0.25, 0.125]):
    loss = torch.tensor(l, requires_grad=True) * 2
    running_loss += loss.item()
print(running_loss, running_loss / 3)
print(type(running_loss).__name__)
""",
    "qa_detach_vs_data_grad": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
print(y.detach().requires_grad, y.data.requires_grad)
print(y.detach().is_leaf, y.is_leaf)
""",
    "qa_no_grad_requires_grad_param": """
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
with torch.no_grad():
    out = m(torch.ones(1, 2))
print(out.requires_grad, m.weight.requires_grad)
""",
    "qa_grad_none_unused_param": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.used = nn.Linear(2, 1)
        self.unused = nn.Linear(2, 1)
    def forward(self, x):
        return self.used(x)
net = Net()
net(torch.ones(1, 2)).sum().backward()
for n, p in net.named_parameters():
    print(n, p.grad is None)
""",
    "qa_int_tensor_grad_error_message": """
import torch
try:
    torch.arange(3).requires_grad_()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.ones(2, dtype=torch.long, requires_grad=True)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "qa_expected_scalar_type_error": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
try:
    lin(torch.tensor([[1, 2]]))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "qa_cross_entropy_target_float_error": """
import torch
import torch.nn as nn
try:
    nn.CrossEntropyLoss()(torch.zeros(2, 3), torch.tensor([0., 1.]))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "qa_mse_int_target_error": """
import torch
import torch.nn.functional as F
try:
    F.mse_loss(torch.tensor([1., 2.]), torch.tensor([1, 2]))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "qa_nll_loss_1d_input": """
import torch
import torch.nn.functional as F
logp = torch.log_softmax(torch.tensor([1., 2., 3.]), dim=0)
print(F.nll_loss(logp.unsqueeze(0), torch.tensor([2])))
print(F.cross_entropy(torch.tensor([1., 2., 3.]), torch.tensor(2)))
""",
    "qa_state_dict_tensor_values": """
import torch
import torch.nn as nn
m = nn.Linear(1, 1)
nn.init.constant_(m.weight, 2.0)
nn.init.constant_(m.bias, 0.5)
sd = m.state_dict()
print(sd)
print(sd['weight'].requires_grad)
sd['weight'].fill_(3.0)
print(m.weight)
""",
    "qa_load_state_dict_strict_error": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
try:
    m.load_state_dict({"weight": torch.zeros(1, 2)})
except RuntimeError as e:
    print(type(e).__name__, e)
print(m.load_state_dict({"weight": torch.zeros(1, 2)}, strict=False))
""",
    "qa_size_mismatch_load": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
try:
    m.load_state_dict({"weight": torch.zeros(3, 2), "bias": torch.zeros(1)})
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "qa_module_call_vs_forward_hooks": """
import torch
import torch.nn as nn
calls = []
m = nn.ReLU()
m.register_forward_pre_hook(lambda mod, inp: calls.append('pre'))
m.register_forward_hook(lambda mod, inp, out: calls.append('post'))
m(torch.tensor([1.]))
print(calls)
""",
    "qa_parameter_arithmetic_type": """
import torch
import torch.nn as nn
p = nn.Parameter(torch.tensor([1., 2.]))
q = p * 2
print(type(q).__name__, q)
print(type(p.data).__name__)
print(p.detach())
""",
    "qa_parameter_no_grad": """
import torch
import torch.nn as nn
p = nn.Parameter(torch.ones(2), requires_grad=False)
print(p)
print(p.requires_grad)
""",
    "qa_module_dtype_mismatch": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
try:
    m(torch.ones(1, 2, dtype=torch.float64))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "qa_tensor_repr_large_ints": """
import torch
print(torch.tensor([1, 1000000, -5]))
print(torch.tensor([123456789012]))
print(torch.tensor([[1, 2], [300, 4]]))
""",
    "qa_tensor_repr_mixed_scale": """
import torch
print(torch.tensor([0.001, 1000.0]))
print(torch.tensor([0.0001, 1.0]))
print(torch.tensor([1e-3, 1e3, 1e5]))
print(torch.tensor([[1e-10, 1.0], [5.0, 2.0]]))
print(torch.tensor([1.0, 2.0]) * 1e9)
""",
    "qa_tensor_repr_negative_zero_int_like": """
import torch
print(torch.tensor([-1., 0., 1.]))
print(torch.tensor([-0.5, 0.25]))
print(torch.tensor([2., -3.]) / 1)
print(torch.tensor([[1.5]], dtype=torch.float64))
""",
    "qa_enumerate_dataloader_epoch": """
import torch
from torch.utils.data import DataLoader, TensorDataset
X = torch.arange(6.).view(6, 1)
Y = X * 2
dl = DataLoader(TensorDataset(X, Y), batch_size=4)
for epoch in range(2):
    total = 0.0
    for batch_idx, (xb, yb) in enumerate(dl):
        total += (yb - xb).sum().item()
    print(f"epoch {epoch} total {total}")
""",
    "qa_dataloader_numpy_items": """
import numpy as np
from torch.utils.data import DataLoader
data = [(np.array([i, i + 1], dtype=np.float32), np.int64(i)) for i in range(3)]
for x, y in DataLoader(data, batch_size=2):
    print(x, x.dtype, y)
""",
    "qa_collate_float_labels": """
from torch.utils.data import DataLoader
for batch in DataLoader([(1, 0.5), (2, 1.5)], batch_size=2):
    print(batch, batch[1].dtype)
""",
    "qa_sampler_sequential_batch": """
from torch.utils.data import BatchSampler, SequentialSampler
print(list(BatchSampler(SequentialSampler(range(7)), batch_size=3, drop_last=False)))
print(list(SequentialSampler(range(3))))
""",
    "qa_tensor_dataset_tensors": """
import torch
from torch.utils.data import TensorDataset
ds = TensorDataset(torch.arange(3), torch.arange(3) * 10)
print(ds.tensors)
x, y = ds[2]
print(x, y)
try:
    TensorDataset(torch.arange(3), torch.arange(4))
except AssertionError as e:
    print(type(e).__name__, e)
""",
    "qa_sgd_nesterov_values": """
import torch
w = torch.tensor([2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.5, nesterov=True)
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
print(w)
""",
    "qa_adam_amsgrad_maximize": """
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1, amsgrad=True)
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
print(w)
v = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([v], lr=0.1, maximize=True)
(v ** 2).sum().backward()
opt.step()
print(v)
""",
    "qa_optimizer_empty_error": """
import torch
try:
    torch.optim.SGD([], lr=0.1)
except ValueError as e:
    print(type(e).__name__, e)
""",
    "qa_functional_conv_padding_same": """
import torch
import torch.nn.functional as F
x = torch.arange(9.).view(1, 1, 3, 3)
w = torch.ones(1, 1, 3, 3)
print(F.conv2d(x, w, padding=1))
print(F.conv2d(x, w, padding='same').shape)
""",
    "qa_interpolate_upsample": """
import torch
import torch.nn.functional as F
x = torch.tensor([[[[1., 2.], [3., 4.]]]])
print(F.interpolate(x, scale_factor=2, mode='nearest'))
""",
    "qa_unfold_patches": """
import torch
x = torch.arange(8)
print(x.unfold(0, 3, 2))
""",
    "qa_sort_stable_values": """
import torch
x = torch.tensor([2, 1, 2, 1])
v, i = torch.sort(x, stable=True)
print(v, i)
print(torch.sort(torch.tensor([[3., 1.], [0., 2.]]), dim=0))
""",
    "qa_topk_2d": """
import torch
x = torch.tensor([[1., 9., 3.], [7., 2., 8.]])
print(x.topk(2, dim=1))
print(x.topk(1, dim=0).indices)
""",
    "qa_where_scalar_broadcast_dtype": """
import torch
x = torch.tensor([1, -2, 3])
print(torch.where(x > 0, x, 0))
print(torch.where(x > 0, 1.0, 0.0))
print(torch.where(x > 0, x, -x).dtype)
""",
    "qa_log_softmax_stability": """
import torch
x = torch.tensor([1000., 1001., 1002.])
print(torch.log_softmax(x, dim=0))
print(torch.softmax(x, dim=0))
print(torch.logsumexp(x, dim=0))
""",
    "qa_sigmoid_bce_manual": """
import torch
z = torch.tensor([0.2, -1.5])
y = torch.tensor([1., 0.])
p = torch.sigmoid(z)
manual = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
print(manual)
print(torch.nn.functional.binary_cross_entropy(p, y))
print(torch.nn.functional.binary_cross_entropy_with_logits(z, y))
""",
}
