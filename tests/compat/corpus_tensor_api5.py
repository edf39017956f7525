"""Compat corpus, tensor API part 5: comparisons, logic, NaN handling and common user errors."""

SNIPPETS = {
    "ta_comparisons": """
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([3, 2, 1])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(torch.eq(a, 2), torch.ne(a, b), torch.lt(a, 2.5), torch.gt(a, b), torch.ge(a, 3))
print(a.eq(b), a.le(2), a.greater(b), a.less_equal(b), a.not_equal(b))
print(torch.equal(a, b), torch.equal(a, a.clone()), torch.equal(a, a.float()))
print((a == b).any(), (a == b).all(), (a > 0).all().item())
print(a.eq(torch.tensor([[1], [3]])))
""",
    "ta_allclose_isclose": """
import torch
a = torch.tensor([1.0, 2.0, float('nan')])
b = torch.tensor([1.0 + 1e-6, 2.1, float('nan')])
print(torch.allclose(a[:2], b[:2]), torch.allclose(a[:1], b[:1]))
print(torch.isclose(a, b), torch.isclose(a, b, equal_nan=True))
print(torch.isclose(a, b, rtol=0.1), torch.allclose(a, a), torch.allclose(a, a, equal_nan=True))
print(torch.allclose(torch.tensor([1e-9]), torch.tensor([0.0])))
print(torch.isclose(torch.tensor(1), torch.tensor(1)))
print(torch.allclose(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0]), atol=0, rtol=0))
""",
    "ta_any_all_dims": """
import torch
x = torch.tensor([[True, False, True], [False, False, True]])
print(x.any(), x.all(), x.any(dim=0), x.all(dim=1), x.any(1, keepdim=True))
print(torch.any(torch.tensor([0, 0, 1])), torch.all(torch.tensor([1., 2., 0.])))
print(torch.tensor([]).all(), torch.tensor([]).any())
print(torch.tensor([1, 2]).any().dtype, torch.tensor([1, 2], dtype=torch.uint8).all().dtype)
""",
    "ta_nan_inf_checks": """
import torch
x = torch.tensor([1.0, float('nan'), float('inf'), -float('inf'), 0.0])
print(torch.isnan(x), torch.isinf(x), torch.isfinite(x))
print(torch.isposinf(x), torch.isneginf(x), torch.isreal(x))
print(x.isnan().any(), x.isnan().sum(), torch.isnan(x).nonzero().flatten())
print(torch.nan_to_num(x), torch.nan_to_num(x, nan=0.0, posinf=1.0, neginf=-1.0))
print(x.nan_to_num(nan=-5.0))
print(torch.isnan(torch.tensor([1, 2])), torch.isinf(torch.tensor([1])))
print(x.nansum(), torch.nanmean(x[:2]), torch.nanmedian(torch.tensor([1., float('nan'), 3.])))
""",
    "ta_logical_ops": """
import torch
a = torch.tensor([True, False, True, False])
b = torch.tensor([True, True, False, False])
print(torch.logical_and(a, b), torch.logical_or(a, b))
print(torch.logical_xor(a, b), torch.logical_not(a))
print(a & b, a | b, a ^ b, ~a)
print(torch.logical_and(torch.tensor([1, 0, 2]), torch.tensor([3, 3, 0])))
print(torch.logical_not(torch.tensor([0., 1.5])))
print(a.logical_and(b), a.logical_or_(b), a)
print(torch.tensor([1, 2, 3]) & 1, torch.tensor([5]) | torch.tensor([2]), torch.tensor([6]) ^ 3)
print(torch.bitwise_not(torch.tensor([0, 1, -1])), ~torch.tensor([1], dtype=torch.uint8))
""",
    "ta_logical_errors": """
import torch
try:
    ~torch.tensor([1.0])
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.tensor([1.0]) & torch.tensor([1.0])
except Exception as e:
    print(type(e).__name__, e)
try:
    if torch.tensor([1, 2]) > 0:
        pass
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.tensor([1, 2]) and torch.tensor([3])
except Exception as e:
    print(type(e).__name__, e)
print(torch.tensor([1]) and torch.tensor([3]))
""",
    "ta_sign_abs_edge": """
import torch
x = torch.tensor([-2.0, -0.0, 0.0, 3.0, float('nan')])
print(x.sign(), x.abs(), x.signbit())
print(torch.copysign(torch.tensor([1., 1.]), torch.tensor([-0.0, 2.])))
print(torch.tensor([-3, 0, 4]).sign(), torch.tensor([True, False]).sign())
print(torch.heaviside(torch.tensor([-1., 0., 2.]), torch.tensor([0.5])))
""",
    "ta_where_cond_dtype": """
import torch
x = torch.tensor([1, 2, 3])
print(torch.where(x > 1, x, 0.5))
print(torch.where(x > 1, x.float(), x))
print(torch.where(x > 1, torch.tensor(1.0, dtype=torch.float64), x))
print(torch.where(torch.tensor([True, False]), 1, 2).dtype)
try:
    torch.where(x, x, 0)
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_float_conversion_errors": """
import torch
x = torch.tensor([1.5, 2.5])
try:
    x.view(torch.int32)
    print(x.view(torch.int32))
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.tensor([1, 2]).mean()
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.zeros(2, dtype=torch.long).requires_grad_()
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.tensor([1, 2], requires_grad=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.tensor([[1, 2], [3]])
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.tensor("abc")
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_dtype_mismatch_errors": """
import torch
a = torch.ones(2, 2)
b = torch.ones(2, 2, dtype=torch.float64)
for f in (lambda: a @ b, lambda: torch.mm(a, b.long()),
          lambda: a.index_select(0, torch.tensor([0.])),
          lambda: torch.cat([a, b]).dtype, lambda: (a + b).dtype,
          lambda: a.masked_fill(a > 0, 1.0).dtype,
          lambda: a.masked_fill(torch.tensor([[1, 0], [0, 1]]), 0.0),
          lambda: torch.gather(a, 0, torch.tensor([[0, 1]]).float()),
          lambda: torch.bmm(a[None], b[None])):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_view_noncontiguous_error": """
import torch
x = torch.arange(12).reshape(3, 4)
y = x.transpose(0, 1)
try:
    y.view(12)
except RuntimeError as e:
    print(e)
try:
    x[:, 1:3].view(-1)
except RuntimeError as e:
    print(e)
print(x[:, 1:3].reshape(-1), y.contiguous().view(-1)[:4])
print(x.permute(1, 0).flatten()[:4])
print(x[::2].view(2, 2, 2).shape)
""",
    "ta_shape_errors_messages": """
import torch
x = torch.arange(6)
for f in (lambda: x.reshape(4, -1), lambda: x.view(2, 2), lambda: x.expand(3),
          lambda: x.unflatten(0, (4, 2)), lambda: x.split(0), lambda: torch.stack([]),
          lambda: x.permute(1, 0), lambda: x.squeeze(1), lambda: x.repeat(),
          lambda: x.narrow(0, 5, 2)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_type_method_strings": """
import torch
x = torch.tensor([1.5, 2.5])
print(x.type(), torch.tensor([1]).type(), torch.tensor([True]).type())
print(x.type('torch.DoubleTensor'))
print(x.type(torch.LongTensor), x.type(torch.int16))
print(torch.FloatTensor([1, 2]), torch.LongTensor([1, 2]), torch.DoubleTensor(2).shape)
print(isinstance(x, torch.FloatTensor), isinstance(x, torch.Tensor), type(x).__name__)
print(torch.BoolTensor([1, 0]), torch.IntTensor([3]).dtype)
""",
    "ta_to_and_copy_semantics": """
import torch
x = torch.tensor([1.0, 2.0])
y = x.float()
print(y is x)
z = x.to(torch.float64)
z[0] = 100
print(x, z)
w = x.double().float()
w[1] = 50
print(x)
n = x.numpy()
n[0] = -1
print(x)
print(torch.tensor(x.tolist()) is x)
""",
    "ta_item_loops": """
import torch
x = torch.tensor([[1.5, 2.5], [3.5, 4.5]])
total = 0.0
for row in x:
    for v in row:
        total += v.item()
print(total)
print([round(v, 1) for v in x.flatten().tolist()])
print({int(i): float(v) for i, v in enumerate(x[0])})
print(sum(x[1]), max(x[0]).item(), sorted(torch.tensor([3, 1, 2]).tolist()))
print(list(torch.arange(3)), [int(t) for t in torch.arange(3)])
""",
    "ta_in_operator_and_hash": """
import torch
x = torch.tensor([1, 2, 3])
print(2 in x, 5 in x, torch.tensor(3) in x)
print(x.tolist().index(2), (x == 2).nonzero().item())
d = {}
t = torch.tensor(1)
d[t] = "a"
print(len(d), d[t])
print(x.numel(), x.size(dim=0), x.nelement())
""",
    "ta_inplace_views_shared": """
import torch
base = torch.zeros(2, 3)
row = base[0]
row += 1
col = base[:, 2]
col.mul_(5)
print(base)
v = base.view(6)
v[4] = 7
print(base)
t = base.t()
t[0, 1] = -1
print(base)
d = base.diagonal()
d.fill_(9)
print(base)
""",
    "ta_masked_fill_broadcast": """
import torch
scores = torch.arange(12.).reshape(2, 2, 3)
mask = torch.tensor([[True, False, False]])
print(scores.masked_fill(mask, -1))
causal = torch.triu(torch.ones(3, 3, dtype=torch.bool), diagonal=1)
att = torch.zeros(3, 3).masked_fill(causal, float('-inf'))
print(att)
print(torch.softmax(att, dim=-1))
""",
    "ta_clone_and_grad_flags": """
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.clone()
print(y.requires_grad, y.is_leaf, y.grad_fn)
z = x.detach().clone()
print(z.requires_grad, z.is_leaf)
w = x.detach().requires_grad_(True)
print(w.requires_grad, w.is_leaf)
print(x.data, x.data.requires_grad)
print(torch.tensor(x.tolist()).requires_grad)
""",
    "ta_new_tensor_warnings_free": """
import torch
x = torch.tensor([1.0, 2.0])
print(torch.as_tensor(x, dtype=torch.float64))
print(x.clone().detach())
print(torch.Tensor([1, 2]), torch.Tensor(2, 3).shape, torch.Tensor().shape)
print(torch.Tensor([[1, 2]]).dtype)
""",
    "ta_statistics_workflow": """
import torch
data = torch.tensor([[170., 65.], [180., 80.], [160., 50.], [175., 72.]])
mean = data.mean(dim=0)
std = data.std(dim=0)
print(mean, std)
norm = (data - mean) / std
print(norm)
print(norm.mean(0).abs().max() < 1e-6)
mn, mx = data.min(0).values, data.max(0).values
print((data - mn) / (mx - mn))
print(torch.corrcoef(data.T))
print(torch.cov(data.T))
""",
    "ta_argmax_ties_and_keepdim": """
import torch
x = torch.tensor([[1, 3, 3], [2, 2, 0]])
print(x.argmax(), x.argmax(dim=1), x.argmin(dim=1), x.argmax(dim=0, keepdim=True))
print(torch.max(x, 1, keepdim=True))
print(x.max(dim=-1)[0], x.max(-1)[1])
v, i = torch.min(x, dim=0)
print(v, i)
print(torch.tensor([float('nan'), 1.]).argmax(), torch.tensor([float('nan'), 1.]).max())
""",
    "ta_percent_formatting": """
import torch
probs = torch.tensor([0.1234, 0.5678, 0.3088])
for i, p in enumerate(probs):
    print(f"class {i}: {p.item():.2%}")
print("pred", probs.argmax().item(), "conf %.3f" % probs.max())
print("{:.4f}".format(probs.sum().item()))
print(f"{probs.mean():.5f}", f"{probs.std():10.4f}|")
print("shape=%s dtype=%s" % (tuple(probs.shape), probs.dtype))
""",
    "ta_batch_accuracy": """
import torch
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3], [1.2, 0.2, 3.1], [0.1, 0.2, 0.3]])
labels = torch.tensor([0, 1, 2, 0])
preds = logits.argmax(dim=1)
print(preds, preds == labels)
correct = (preds == labels).sum().item()
print(correct, correct / len(labels), (preds == labels).float().mean())
conf = torch.zeros(3, 3, dtype=torch.long)
for t, p in zip(labels, preds):
    conf[t, p] += 1
print(conf)
print(torch.softmax(logits, dim=1).max(dim=1))
""",
    "ta_bool_arithmetic": """
import torch
b = torch.tensor([True, False, True])
print(b.sum(), b.float().mean(), b.int(), b + b, b * 3, b.long().cumsum(0))
print(b.to(torch.float16), ~b, b.logical_not().sum())
print(b * 1.5, (b + 1).dtype, b.double().dtype)
try:
    b - b
except Exception as e:
    print(type(e).__name__, e)
try:
    -b
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_uint8_wraparound": """
import torch
x = torch.tensor([250, 5], dtype=torch.uint8)
print(x + 10, x - 10, x * 2)
print(torch.tensor([127], dtype=torch.int8) + 1)
print(x.to(torch.int8), torch.tensor([-1]).to(torch.uint8))
print(torch.tensor([3.9, -3.9]).to(torch.int32), torch.tensor([300.]).to(torch.uint8).dtype)
""",
    "ta_integer_overflow_and_large": """
import torch
x = torch.tensor([2 ** 40, 2 ** 62])
print(x, x.dtype)
print(torch.tensor(2 ** 31).dtype, torch.tensor([2 ** 31], dtype=torch.int64) * 2)
print(torch.tensor(1e20), torch.tensor([1e20, 1.0]))
print(torch.tensor([123456789.0]), torch.tensor([123456789.0], dtype=torch.float64))
print(torch.tensor(3.141592653589793, dtype=torch.float64))
""",
    "ta_print_mixed_magnitudes": """
import torch
print(torch.tensor([1e-3, 1e3, 1e5]))
print(torch.tensor([0.0001, 0.001]))
print(torch.tensor([1.5e-10, 2.5e-10]))
print(torch.tensor([12345.678, 0.001]))
print(torch.tensor([[1e-4, 1.0], [100.0, 1000.0]]))
print(torch.tensor([-1e-8, 1e8]))
print(torch.tensor([99999., 100000.]))
print(torch.tensor([0.1, 10.0, 1000.0]))
""",
    "ta_print_int_widths": """
import torch
print(torch.tensor([[1, 200], [-30000, 4]]))
print(torch.tensor([[-1], [10], [100]]))
print(torch.arange(-5, 5).reshape(2, 5))
print(torch.tensor([1000000000000]))
print(torch.tensor([[True], [False]]))
""",
    "ta_print_grad_and_dtype_suffix": """
import torch
x = torch.tensor([1, 2], dtype=torch.int32)
print(x * 2)
y = torch.tensor([1.5], dtype=torch.float64, requires_grad=True)
print(y * 2)
print(torch.zeros(2, 2, dtype=torch.float16))
print(torch.tensor([], dtype=torch.int32))
print(torch.tensor([[]], dtype=torch.float64))
print(torch.tensor(1, dtype=torch.int16), torch.tensor(True))
""",
    "ta_repr_in_containers": """
import torch
items = [torch.tensor(1.5), torch.tensor([1, 2])]
print(items)
print({"w": torch.ones(2), "b": torch.zeros(1)})
print((torch.tensor(1), torch.tensor(2.0)))
print(repr(torch.tensor([1.0, 2.0])))
print(str([torch.tensor([True])]))
""",
}
