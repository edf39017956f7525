"""Compat corpus, part 4: less common but real idioms, printed values and error texts."""

SNIPPETS = {
    "parameters_list_print": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
nn.init.constant_(m.weight, 0.5)
nn.init.constant_(m.bias, -1.0)
print(list(m.parameters()))
print(m.state_dict())
print(m.weight.data)
""",
    "extra_repr_module": """
import torch.nn as nn
class Scale(nn.Module):
    def __init__(self, s):
        super().__init__()
        self.s = s
    def extra_repr(self):
        return f"s={self.s}"
    def forward(self, x):
        return x * self.s
print(Scale(3))
print(nn.Sequential(Scale(2), nn.ReLU()))
""",
    "module_reprs": """
import torch.nn as nn
print(nn.Conv2d(3, 16, 3, stride=2, padding=1))
print(nn.Conv2d(1, 1, (3, 5), bias=False))
print(nn.MaxPool2d(2, 2))
print(nn.Dropout(p=0.2))
print(nn.LeakyReLU(0.2))
print(nn.Embedding(10, 4, padding_idx=0))
print(nn.BatchNorm2d(8))
print(nn.LSTM(4, 8, num_layers=2, batch_first=True))
print(nn.Linear(3, 1, bias=False))
print(nn.Softmax(dim=1), nn.LogSoftmax(dim=-1))
print(nn.CrossEntropyLoss(), nn.MSELoss())
""",
    "einsum_outer": """
import torch
a = torch.tensor([1., 2., 3.])
b = torch.tensor([4., 5.])
print(torch.einsum('i,j->ij', a, b))
print(torch.outer(a, b))
m = torch.arange(6.).view(2, 3)
print(torch.einsum('ij->j', m))
print(torch.einsum('ij,j->i', m, a))
""",
    "new_tensor_methods": """
import torch
x = torch.tensor([1., 2.], dtype=torch.float64)
print(x.new_zeros(2, 2))
print(x.new_ones(3))
print(x.new_full((2,), 5))
print(x.new_tensor([7, 8]))
""",
    "masked_fill_inplace": """
import torch
scores = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
mask = torch.tensor([[True, False, False], [False, False, True]])
scores.masked_fill_(mask, float('-inf'))
print(scores)
print(torch.softmax(scores, dim=-1))
""",
    "attention_mask_causal": """
import torch
T = 4
mask = torch.tril(torch.ones(T, T))
att = torch.zeros(T, T).masked_fill(mask == 0, float('-inf'))
print(att)
print(torch.softmax(att, dim=-1))
""",
    "index_add_put": """
import torch
x = torch.zeros(5)
x.index_add_(0, torch.tensor([0, 2, 2]), torch.tensor([1., 2., 3.]))
print(x)
y = torch.zeros(3)
y.index_put_((torch.tensor([0, 2]),), torch.tensor([5., 6.]))
print(y)
""",
    "clamp_variants": """
import torch
x = torch.tensor([-2., 0.5, 3.])
print(x.clamp(min=0))
print(x.clamp(max=1))
print(torch.clamp(x, -1, 1))
print(x.clip(0, 2))
print(torch.tensor([1, 5, 9]).clamp(2, 6))
""",
    "arange_float_steps": """
import torch
print(torch.arange(0, 2, 0.5))
print(torch.arange(5, dtype=torch.float32))
print(torch.arange(10, 0, -3))
print(torch.linspace(0, 1, steps=3))
print(torch.logspace(0, 2, 3))
""",
    "matmul_dtype_error": """
import torch
a = torch.ones(2, 2)
b = torch.ones(2, 2, dtype=torch.long)
try:
    a @ b
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "view_noncontiguous_error": """
import torch
x = torch.arange(6).view(2, 3).t()
try:
    x.view(-1)
except RuntimeError as e:
    print(type(e).__name__, e)
print(x.reshape(-1))
""",
    "cat_mismatch_error": """
import torch
try:
    torch.cat([torch.zeros(2, 3), torch.zeros(2, 4)])
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.stack([torch.zeros(2), torch.zeros(3)])
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "cross_entropy_dtype_error": """
import torch
import torch.nn.functional as F
try:
    F.cross_entropy(torch.zeros(2, 3), torch.tensor([0, 5]))
except IndexError as e:
    print(type(e).__name__, e)
""",
    "linear_shape_error": """
import torch
import torch.nn as nn
try:
    nn.Linear(3, 2)(torch.zeros(4, 5))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "requires_grad_attr_int_error": """
import torch
x = torch.tensor([1, 2])
try:
    x.requires_grad = True
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "stack_unsqueeze_batch": """
import torch
imgs = [torch.full((2, 2), float(i)) for i in range(3)]
batch = torch.stack(imgs)
print(batch.shape)
print(batch[1])
print(batch.unsqueeze(1).shape)
print(batch.mean(dim=0))
""",
    "normalize_features": """
import torch
X = torch.tensor([[1., 10.], [2., 20.], [3., 30.]])
mean = X.mean(dim=0)
std = X.std(dim=0)
print(mean, std)
print((X - mean) / std)
print(X.min(dim=0).values, X.max(0)[0])
""",
    "std_unbiased": """
import torch
x = torch.tensor([1., 2., 3., 4.])
print(x.std(unbiased=False), x.std(correction=0))
print(x.var(unbiased=True))
print(torch.std_mean(x))
""",
    "int_tensor_ops": """
import torch
a = torch.tensor([5, 3, 8])
print(a.sum(), a.prod(), a.max(), a.float().mean())
print(a.sum().dtype, a.argmax())
print(a ** 2, a.pow(2))
print(torch.tensor([2]) ** torch.tensor([3]))
print(a.sort())
""",
    "uint8_overflow": """
import torch
x = torch.tensor([250, 10], dtype=torch.uint8)
print(x + 10)
print(x.to(torch.int16) + 10)
""",
    "bool_arith": """
import torch
m = torch.tensor([True, False, True])
print(m.sum(), m.float(), m.long())
print(m * 2)
print(m & torch.tensor([False, False, True]))
print(m.int().tolist())
""",
    "nan_handling": """
import torch
x = torch.tensor([1., float('nan'), 3.])
print(torch.isnan(x))
print(x[~torch.isnan(x)].mean())
print(torch.nan_to_num(x, nan=0.0))
print(x.isnan().any())
print(torch.nansum(x))
""",
    "float_precision_prints": """
import torch
print(torch.tensor(1/3))
print(torch.tensor([1/3], dtype=torch.float64))
print(torch.tensor(123456.789))
print(torch.tensor([0.0001, 0.001]))
print(torch.tensor([1e-8, 1.0]))
print(torch.tensor(-0.0))
print(torch.tensor([100., 200.]))
""",
    "print_grad_nested": """
import torch
W = torch.tensor([[0.5, -0.5], [1.0, 2.0]], requires_grad=True)
x = torch.tensor([[1.0, 2.0]])
out = torch.relu(x @ W)
print(out)
out.sum().backward()
print(W.grad)
""",
    "detach_numpy_plot": """
import torch
x = torch.linspace(0, 1, 4, requires_grad=True)
y = x ** 2
print(y.detach().numpy())
print(y.detach().cpu().numpy().tolist())
print(x.data.numpy().shape)
""",
    "view_as_expand_as": """
import torch
a = torch.arange(6.)
b = torch.zeros(2, 3)
print(a.view_as(b))
print(torch.tensor([[1.], [2.]]).expand_as(b))
print(a.reshape_as(b).shape)
""",
    "chunk_split_sizes": """
import torch
x = torch.arange(7)
print(x.split([2, 5]))
print(torch.chunk(x, 3))
print([t.tolist() for t in x.tensor_split(3)])
""",
    "sum_to_scalar_python": """
import torch
vals = [torch.tensor(1.5), torch.tensor(2.5)]
print(sum(vals))
print(sum(v.item() for v in vals))
print(torch.stack(vals).sum())
print(torch.tensor(vals))
""",
    "tensor_from_list_of_tensors": """
import torch
print(torch.tensor([torch.tensor(1), torch.tensor(2)]))
print(torch.tensor([[1, 2], [3, 4]], dtype=torch.float32))
print(torch.tensor(5.0, dtype=torch.int64))
print(torch.tensor([1, 2.5]))
print(torch.tensor([True, 1]))
""",
    "type_promotion_division": """
import torch
a = torch.tensor([4, 6])
print(a / 2, (a / 2).dtype)
print(a / a)
print(torch.true_divide(a, 4))
a //= 4
print(a)
""",
    "mse_manual_vs_functional": """
import torch
import torch.nn.functional as F
p = torch.tensor([1., 2., 3.])
t = torch.tensor([1.5, 2., 2.])
print(((p - t) ** 2).mean())
print(F.mse_loss(p, t))
print(F.mse_loss(p, t, reduction='none'))
print(F.l1_loss(p, t))
print(torch.equal(((p - t) ** 2).mean(), F.mse_loss(p, t)))
""",
    "bce_logits_pos_weight": """
import torch
import torch.nn as nn
logits = torch.tensor([0.5, -1.0, 2.0])
targets = torch.tensor([1., 0., 1.])
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.]))(logits, targets))
print(nn.BCEWithLogitsLoss(reduction='sum')(logits, targets))
""",
    "nll_weights_ignore": """
import torch
import torch.nn.functional as F
logp = torch.log(torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4]]))
y = torch.tensor([0, 1, 2])
print(F.nll_loss(logp, y, weight=torch.tensor([1., 2., 3.])))
print(F.nll_loss(logp, torch.tensor([0, -100, 2])))
print(F.cross_entropy(logp, y, ignore_index=1))
print(F.cross_entropy(logp, y, label_smoothing=0.1))
""",
    "cross_entropy_probs_target": """
import torch
import torch.nn.functional as F
logits = torch.tensor([[1., 2., 0.]])
print(F.cross_entropy(logits, torch.tensor([[0.2, 0.8, 0.0]])))
""",
    "kl_div_huber": """
import torch
import torch.nn.functional as F
p = torch.tensor([0.25, 0.75])
q = torch.tensor([0.5, 0.5])
print(F.kl_div(q.log(), p, reduction='sum'))
print(F.kl_div(q.log(), p, reduction='batchmean'))
print(F.huber_loss(torch.tensor([0., 3.]), torch.tensor([0.5, 0.])))
""",
    "optimizer_param_groups": """
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
opt = torch.optim.SGD([
    {"params": m[0].parameters()},
    {"params": m[1].parameters(), "lr": 1e-3},
], lr=1e-2, momentum=0.9)
print([g["lr"] for g in opt.param_groups])
print(len(opt.param_groups))
print(opt)
""",
    "adam_repr": """
import torch
w = torch.zeros(1, requires_grad=True)
print(torch.optim.Adam([w], lr=1e-3, weight_decay=1e-4))
""",
    "scheduler_cosine_multistep": """
import torch
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
s = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4], gamma=0.1)
lrs = []
for _ in range(5):
    opt.step()
    s.step()
    lrs.append(round(opt.param_groups[0]['lr'], 6))
print(lrs)
opt2 = torch.optim.SGD([w], lr=1.0)
c = torch.optim.lr_scheduler.CosineAnnealingLR(opt2, T_max=4)
out = []
for _ in range(4):
    opt2.step()
    c.step()
    out.append(round(c.get_last_lr()[0], 4))
print(out)
""",
    "momentum_sgd_values": """
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9, weight_decay=0.01)
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
    print(w)
""",
    "rmsprop_adagrad_adamw": """
import torch
for name in ["RMSprop", "Adagrad", "AdamW"]:
    w = torch.tensor([1.0, -1.0], requires_grad=True)
    opt = getattr(torch.optim, name)([w], lr=0.1)
    for _ in range(2):
        opt.zero_grad()
        (w ** 2).sum().backward()
        opt.step()
    print(name, w.detach())
""",
    "optimizer_state_dict_roundtrip": """
import torch
w = torch.tensor([1.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
(w * 2).sum().backward()
opt.step()
sd = opt.state_dict()
print(sd['param_groups'][0]['lr'], list(sd['state'][0].keys()))
print(sd['state'][0]['step'])
opt2 = torch.optim.Adam([w], lr=0.5)
opt2.load_state_dict(sd)
print(opt2.param_groups[0]['lr'])
""",
    "dataloader_len_batches": """
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(10.).view(10, 1), torch.arange(10))
dl = DataLoader(ds, batch_size=4)
print(len(dl), len(dl.dataset))
xb, yb = next(iter(dl))
print(xb.shape, yb)
for i, (xb, yb) in enumerate(dl):
    print(i, yb.tolist())
""",
    "dataloader_default_collate_tuples": """
import torch
from torch.utils.data import DataLoader
data = [(torch.tensor([float(i)]), i, f"s{i}") for i in range(3)]
for x, y, s in DataLoader(data, batch_size=3):
    print(x, y, s)
""",
    "subset_concat": """
import torch
from torch.utils.data import Subset, ConcatDataset, TensorDataset
ds = TensorDataset(torch.arange(5))
sub = Subset(ds, [0, 2, 4])
print(len(sub), sub[1])
cat = ConcatDataset([ds, sub])
print(len(cat), cat[6])
""",
    "sequential_ordereddict": """
from collections import OrderedDict
import torch.nn as nn
model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(4, 3)),
    ("act", nn.ReLU()),
    ("fc2", nn.Linear(3, 1)),
]))
print(model)
print(model.fc1)
print(list(model.state_dict().keys()))
""",
    "apply_init_fn": """
import torch
import torch.nn as nn
def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.1)
        nn.init.zeros_(m.bias)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
model.apply(init_weights)
print(model(torch.ones(1, 2)))
""",
    "requires_grad_false_module": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
m.requires_grad_(False)
print([p.requires_grad for p in m.parameters()])
out = m(torch.ones(1, 2))
print(out.requires_grad, out.grad_fn)
""",
    "conv1d_shapes": """
import torch
import torch.nn as nn
c = nn.Conv1d(2, 4, kernel_size=3)
print(c(torch.zeros(5, 2, 10)).shape)
print(nn.AdaptiveAvgPool2d((1, 1))(torch.zeros(2, 3, 5, 5)).shape)
print(nn.AvgPool1d(2)(torch.arange(8.).view(1, 1, 8)))
""",
    "tensor_hash_dict": """
import torch
a = torch.tensor(1)
d = {a: "one"}
print(d[a])
print(a in d)
s = {torch.tensor(1), torch.tensor(1)}
print(len(s))
""",
    "getitem_negative_step_error": """
import torch
x = torch.arange(5)
try:
    x[::-1]
except ValueError as e:
    print(type(e).__name__, e)
print(x.flip(0))
""",
    "tensor_in_contains": """
import torch
x = torch.tensor([1, 2, 3])
print(2 in x, 5 in x)
""",
    "pow_sqrt_int": """
import torch
a = torch.tensor([1, 4, 9])
print(a.sqrt())
print(torch.sqrt(a.float()))
print(a.exp())
print(a ** 0.5)
print(a.float() ** -1)
""",
    "repr_requires_grad_leaf_2d": """
import torch
w = torch.ones(2, 3, requires_grad=True)
print(w)
print(w * 1.5)
print(torch.zeros(2, dtype=torch.float64, requires_grad=True))
""",
    "item_on_grad_tensor": """
import torch
x = torch.tensor([2.0], requires_grad=True)
y = x * 3
print(y.item(), type(y.item()).__name__)
print(float(y), int(y))
""",
    "grad_zero_inplace_param": """
import torch
import torch.nn as nn
m = nn.Linear(1, 1)
nn.init.ones_(m.weight)
nn.init.zeros_(m.bias)
x = torch.tensor([[2.0]])
for _ in range(2):
    m(x).sum().backward()
print(m.weight.grad)
for p in m.parameters():
    p.grad.zero_()
print(m.weight.grad, m.bias.grad)
""",
    "matrix_ops_misc": """
import torch
A = torch.tensor([[4., 1.], [2., 3.]])
print(torch.linalg.eigvalsh(torch.tensor([[2., 1.], [1., 2.]])))
print(torch.linalg.matrix_rank(A))
print(torch.linalg.det(A))
print(torch.allclose(A.inverse() @ A, torch.eye(2), atol=1e-6))
print(torch.matrix_power(A, 2))
""",
}
