"""Compat corpus, part 7: values printed at full precision (item(), tolist()) and misc API."""

SNIPPETS = {
    "full_precision_losses": """
import torch
import torch.nn.functional as F
pred = torch.tensor([0.3, 0.7, 0.1, 0.9])
y = torch.tensor([0., 1., 0., 1.])
print(F.mse_loss(pred, y).item())
print(F.binary_cross_entropy(pred, y).item())
print(F.l1_loss(pred, y).item())
""",
    "full_precision_reductions": """
import torch
x = torch.linspace(0, 1, 11)
print(x.sum().item(), x.mean().item())
print(x.std().item(), x.var().item())
print(x.norm().item())
print(torch.arange(1, 6, dtype=torch.float32).prod().item())
print(torch.tensor([0.1, 0.2, 0.3]).sum().item())
""",
    "full_precision_matmul": """
import torch
a = torch.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
b = torch.tensor([[0.7], [0.8], [0.9]])
print((a @ b).tolist())
""",
    "full_precision_softmax": """
import torch
x = torch.tensor([0.1, 0.2, 0.7])
print(torch.softmax(x, 0).tolist())
print(torch.log_softmax(x, 0).tolist())
""",
    "full_precision_grads": """
import torch
w = torch.tensor([0.3, -0.2], requires_grad=True)
x = torch.tensor([[1.0, 2.0], [0.5, -1.0], [3.0, 0.1]])
y = torch.tensor([0.5, -0.1, 1.0])
loss = ((x @ w - y) ** 2).mean()
loss.backward()
print(loss.item())
print(w.grad.tolist())
""",
    "full_precision_training": """
import torch
import torch.nn as nn
model = nn.Linear(2, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.1, -0.3]]))
    model.bias.fill_(0.05)
X = torch.tensor([[1., 2.], [2., 1.], [0.5, 0.5]])
y = torch.tensor([[1.], [0.], [0.5]])
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for _ in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    print(loss.item())
print(model.weight.tolist(), model.bias.tolist())
""",
    "full_precision_adam": """
import torch
w = torch.tensor([0.5, -1.5], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.01)
for _ in range(5):
    opt.zero_grad()
    loss = (w ** 2).sum() + w.prod()
    loss.backward()
    opt.step()
print(w.tolist(), loss.item())
""",
    "float64_precision": """
import torch
x = torch.tensor([0.1, 0.2], dtype=torch.float64)
print(x.sum().item(), (x * 3).tolist())
print(torch.tensor(1/3, dtype=torch.float64).item())
print(torch.tensor([1/3], dtype=torch.float64))
""",
    "meshgrid_xy": """
import torch
x, y = torch.meshgrid(torch.arange(3), torch.arange(2), indexing='xy')
print(x)
print(y)
""",
    "tensor_split_sizes_stack": """
import torch
x = torch.arange(12).view(3, 4)
print(torch.hstack([x, x]).shape, torch.vstack([x, x]).shape)
print(torch.dstack([x, x]).shape)
print(torch.column_stack([torch.arange(3), torch.arange(3)]))
""",
    "clamp_int_float_mix": """
import torch
x = torch.tensor([1, 5, 10])
print(x.clamp(max=7.5))
print(torch.clamp(x.float(), min=2))
""",
    "sign_abs_neg_int": """
import torch
x = torch.tensor([-3, 0, 4])
print(x.sign(), x.abs(), -x, x.neg())
print(torch.sign(torch.tensor([-0.5, 0., 2.])))
""",
    "remainder_fmod": """
import torch
a = torch.tensor([-7, 7, 5])
print(a % 3, torch.remainder(a, 3), torch.fmod(a, 3))
print(torch.tensor([-7.5, 7.5]) % 2)
""",
    "pow_negative_int_error": """
import torch
try:
    torch.tensor([2, 3]) ** -1
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.tensor([2., 4.]) ** -1)
""",
    "bitwise_shift_ops": """
import torch
a = torch.tensor([1, 2, 4])
print(a << 1, a >> 1)
print(a & 6, a | 1, a ^ 3)
""",
    "log_of_zero_inf": """
import torch
print(torch.log(torch.tensor([0., 1.])))
print(torch.tensor([1., -1., 0.]) / 0)
print(torch.tensor([0.]) / torch.tensor([0.]))
""",
    "int_division_by_zero_error": """
import torch
try:
    torch.tensor([1, 2]) // 0
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "tensor_repr_requires_grad_int_view": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
print(x[0], x[1:])
print(x.sum().item())
print(x.max())
""",
    "arange_int_float_dtypes": """
import torch
print(torch.arange(3).dtype, torch.arange(3.).dtype, torch.arange(0, 1, 0.5).dtype)
print(torch.arange(3, dtype=torch.float64))
print(torch.arange(2, 8, 2))
""",
    "empty_tensor_reductions": """
import torch
e = torch.tensor([])
print(e.sum(), e.mean(), e.prod())
try:
    e.max()
except RuntimeError as err:
    print(type(err).__name__, err)
""",
    "module_zero_grad_set_to_none_false": """
import torch
import torch.nn as nn
m = nn.Linear(1, 1)
m(torch.ones(1, 1)).sum().backward()
m.zero_grad(set_to_none=False)
print(m.weight.grad, m.bias.grad)
""",
    "optimizer_zero_grad_set_to_none_false": """
import torch
w = torch.ones(2, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
(w * 2).sum().backward()
opt.zero_grad(set_to_none=False)
print(w.grad)
""",
    "parameter_list_dict": """
import torch
import torch.nn as nn
pl = nn.ParameterList([nn.Parameter(torch.ones(2)), nn.Parameter(torch.zeros(1))])
print(len(pl), [p.shape for p in pl])
pd = nn.ParameterDict({"a": nn.Parameter(torch.ones(1))})
print(list(pd.keys()))
""",
    "sequential_forward_manual": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1., -1.], [2., 0.5]]))
    model[0].bias.copy_(torch.tensor([0., -3.]))
x = torch.tensor([[1., 2.], [3., 1.]])
print(model(x))
for layer in model:
    x = layer(x)
print(x)
""",
    "activation_modules_more": """
import torch
import torch.nn as nn
x = torch.tensor([-1., 0., 1., 2.])
for m in [nn.ELU(), nn.SELU(), nn.SiLU(), nn.Mish(), nn.Softplus(), nn.Hardtanh(), nn.ReLU6(),
          nn.Softsign(), nn.LogSigmoid(), nn.GELU(approximate='tanh'), nn.PReLU()]:
    print(type(m).__name__, m(x))
""",
    "cosine_similarity_pairwise": """
import torch
import torch.nn.functional as F
a = torch.tensor([[1., 0.], [1., 1.]])
b = torch.tensor([[0., 1.], [1., 1.]])
print(F.cosine_similarity(a, b))
print(F.cosine_similarity(a, b, dim=0))
print(F.pairwise_distance(a, b))
""",
    "embedding_from_pretrained": """
import torch
import torch.nn as nn
w = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
emb = nn.Embedding.from_pretrained(w)
print(emb(torch.tensor([2, 0])))
print(emb.weight.requires_grad)
""",
    "transformer_shapes": """
import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, batch_first=True)
enc = nn.TransformerEncoder(layer, num_layers=2)
print(enc(torch.zeros(3, 5, 8)).shape)
mha = nn.MultiheadAttention(8, 2, batch_first=True)
out, w = mha(torch.zeros(2, 4, 8), torch.zeros(2, 4, 8), torch.zeros(2, 4, 8))
print(out.shape, w.shape)
""",
    "rnn_cell_manual_loop": """
import torch
import torch.nn as nn
cell = nn.RNNCell(2, 3)
for p in cell.parameters():
    nn.init.constant_(p, 0.1)
h = torch.zeros(1, 3)
for t in range(2):
    h = cell(torch.ones(1, 2), h)
print(h)
""",
    "lstm_constant_init": """
import torch
import torch.nn as nn
lstm = nn.LSTM(1, 2, batch_first=True)
for p in lstm.parameters():
    nn.init.constant_(p, 0.2)
out, (h, c) = lstm(torch.ones(1, 3, 1))
print(out)
print(h, c)
""",
}
