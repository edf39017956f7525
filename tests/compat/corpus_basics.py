"""Compat corpus, part 1: tensor creation, printing, dtypes, shapes and conversions."""

SNIPPETS = {
    "create_print_vector": """
import torch
x = torch.tensor([1.0, 2.0, 3.0])
print(x)
print(x.shape, x.dtype)
""",
    "create_int_tensor": """
import torch
a = torch.tensor([1, 2, 3])
print(a, a.dtype)
print(a * 2)
print(a / 2)
""",
    "zeros_ones_full": """
import torch
print(torch.zeros(2, 3))
print(torch.ones(3))
print(torch.full((2, 2), 7.0))
print(torch.full((2,), 3))
""",
    "arange_variants": """
import torch
print(torch.arange(5))
print(torch.arange(1, 4))
print(torch.arange(0, 1, 0.25))
print(torch.arange(6).view(2, 3))
""",
    "linspace_unsqueeze": """
import torch
x = torch.linspace(-1, 1, 5).unsqueeze(1)
print(x)
print(x.shape)
""",
    "eye_matrix": """
import torch
I = torch.eye(3)
print(I)
print(torch.eye(2, 3))
""",
    "size_ops": """
import torch
x = torch.zeros(4, 5, 6)
print(x.size())
print(x.size(1), x.size(-1))
print(x.shape[0], len(x))
print(x.shape == (4, 5, 6))
print(x.numel(), x.dim(), x.ndim)
print(list(x.shape))
print(x.shape[1:])
""",
    "view_reshape": """
import torch
x = torch.arange(12)
print(x.view(3, 4))
print(x.view(-1, 1).shape)
print(x.reshape(2, -1))
print(x.view(2, 2, 3).shape)
""",
    "dtype_conversions": """
import torch
x = torch.tensor([1.7, -2.3, 3.5])
print(x.int())
print(x.long())
print(x.double())
print(x.to(torch.int32))
print(x.type(torch.LongTensor))
print(x.bool())
print(torch.tensor([0, 1, 2]).float())
""",
    "dtype_names": """
import torch
print(torch.float32, torch.float, torch.float64, torch.double)
print(torch.int64, torch.long, torch.int32, torch.bool, torch.uint8)
print(torch.get_default_dtype())
print(torch.float32 == torch.float)
print(torch.tensor(1.).dtype is torch.float32)
""",
    "repr_odd_dtypes": """
import torch
print(torch.tensor([1, 2], dtype=torch.int32))
print(torch.tensor([1, 2], dtype=torch.uint8))
print(torch.tensor([1.5, 2], dtype=torch.float64))
print(torch.tensor([True, False]))
print(torch.tensor([1.5, 2], dtype=torch.float16))
print(torch.tensor([], dtype=torch.int64))
print(torch.tensor([]))
print(torch.zeros(0, 3))
""",
    "scalar_tensor_item": """
import torch
s = torch.tensor(3.5)
print(s, s.item(), s.shape, s.dim())
print(torch.tensor([4]).item())
print(type(torch.tensor(2).item()).__name__)
print(type(torch.tensor(2.).item()).__name__)
print(type(torch.tensor(True).item()).__name__)
""",
    "fstring_tensor": """
import torch
loss = torch.tensor(0.123456)
print(f"loss: {loss:.3f}")
print(f"loss: {loss.item():.4f}")
print(f"tensor: {torch.tensor([1., 2.])}")
print("value = {}".format(torch.tensor(5)))
print(f"{torch.tensor(7):d}")
""",
    "tolist_numpy": """
import torch
x = torch.tensor([[1, 2], [3, 4]])
print(x.tolist())
print(torch.tensor([1.5, 2.5]).tolist())
print(torch.tensor(3).tolist())
a = x.numpy()
print(type(a).__name__, a.dtype, a.shape)
print(a)
""",
    "from_numpy_shares": """
import numpy as np
import torch
a = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(a)
print(t)
a[0] = 10
print(t)
t[1] = -1
print(a)
""",
    "tensor_from_numpy_copy": """
import numpy as np
import torch
a = np.arange(6, dtype=np.float32).reshape(2, 3)
t = torch.tensor(a)
a[0, 0] = 100
print(t)
print(torch.as_tensor(np.array([1, 2])).dtype)
print(torch.tensor(np.array([1.5])).dtype)
""",
    "typed_constructors": """
import torch
print(torch.FloatTensor([1, 2]))
print(torch.LongTensor([1, 2]))
print(torch.DoubleTensor([1, 2]))
print(torch.FloatTensor(2, 3).shape)
print(torch.Tensor([1, 2, 3]))
print(torch.IntTensor([1, 2]))
print(torch.BoolTensor([True, False]))
""",
    "tensor_type_string": """
import torch
print(torch.tensor([1.]).type())
print(torch.tensor([1]).type())
print(torch.tensor([1.], dtype=torch.float64).type())
print(torch.tensor([True]).type())
""",
    "zeros_like_ones_like": """
import torch
x = torch.tensor([[1., 2.], [3., 4.]])
print(torch.zeros_like(x))
print(torch.ones_like(x, dtype=torch.long))
print(torch.full_like(x, 9))
print(torch.empty(2, 3).shape)
""",
    "cat_stack": """
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[5, 6]])
print(torch.cat([a, b]))
print(torch.cat((a, a), dim=1))
print(torch.stack([a, a]).shape)
print(torch.stack([torch.tensor(1.), torch.tensor(2.)]))
print(torch.stack([a[0], a[1]], dim=1))
""",
    "boolean_mask": """
import torch
x = torch.tensor([1, -2, 3, -4, 5])
mask = x > 0
print(mask)
print(x[mask])
x[x < 0] = 0
print(x)
print(mask.sum(), mask.sum().item())
""",
    "argmax_accuracy": """
import torch
logits = torch.tensor([[0.1, 2.0, 0.3], [1.5, 0.2, 0.1], [0.0, 0.1, 3.0]])
y = torch.tensor([1, 0, 1])
pred = logits.argmax(dim=1)
print(pred)
print(pred == y)
acc = (pred == y).float().mean()
print(acc, acc.item())
print(f"accuracy: {100 * acc:.1f}%")
print((pred == y).sum().item() / len(y))
""",
    "allclose_equal_isclose": """
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = a + 1e-9
print(torch.allclose(a, b))
print(torch.equal(a, a.clone()))
print(torch.equal(a, b))
print(torch.isclose(a, torch.tensor([1.0, 2.1, 3.0])))
print(a.allclose(b), a.equal(a))
print(torch.allclose(torch.tensor([1.0]), torch.tensor([1.1]), atol=0.2))
""",
    "integer_division": """
import torch
a = torch.tensor([7, -7, 9])
print(a // 2)
print(a % 3)
print(a / 2)
print(torch.div(a, 2, rounding_mode='floor'))
print(torch.div(a, 2, rounding_mode='trunc'))
print(torch.floor_divide(a, 2))
print(7 // torch.tensor(2))
""",
    "inplace_ops": """
import torch
x = torch.ones(3)
x.add_(2)
print(x)
x.mul_(torch.tensor([1., 2., 3.]))
print(x)
x.zero_()
print(x)
x.fill_(4)
x -= 1
x /= 3
print(x)
y = torch.arange(4.)
y.clamp_(min=1, max=2)
print(y)
""",
    "indexing_basic": """
import torch
x = torch.arange(12).view(3, 4)
print(x[0])
print(x[:, 1])
print(x[1, 2], x[1, 2].item())
print(x[-1])
print(x[:2, ::2])
print(x[[0, 2]])
print(x[..., -1])
print(x[None].shape, x[:, None].shape)
""",
    "indexing_assign": """
import torch
x = torch.zeros(3, 3)
x[0] = 1
x[:, 2] = torch.tensor([5., 6., 7.])
x[1, 1] = 9
print(x)
idx = torch.tensor([0, 2])
x[idx, idx] = -1
print(x)
""",
    "tensor_eq_none": """
import torch
x = torch.tensor([1., 2.])
print(x == None)
print(x is None)
print(x != None)
""",
    "is_tensor_numel": """
import torch
x = torch.zeros(2, 3)
print(torch.is_tensor(x), torch.is_tensor([1]))
print(torch.numel(x))
print(isinstance(x, torch.Tensor))
print(torch.is_floating_point(x), torch.is_floating_point(torch.tensor([1])))
print(x.is_floating_point())
""",
    "device_printing": """
import torch
x = torch.tensor([1., 2.])
print(x.device)
print(torch.device('cpu'))
print(repr(torch.device('cpu')))
print(x.device.type)
print(torch.cuda.is_available())
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
print(device)
print(x.to(device))
print(x.cpu())
print(x.is_cuda)
""",
    "version_string": """
import torch
print(isinstance(torch.__version__, str))
print(hasattr(torch, 'cuda'), hasattr(torch, 'backends'))
""",
    "manual_seed_repr": """
import torch
g = torch.manual_seed(0)
print(type(g).__name__)
print(torch.initial_seed())
""",
    "random_shapes_only": """
import torch
torch.manual_seed(42)
x = torch.randn(3, 4)
print(x.shape, x.dtype)
print(torch.rand(2).shape)
r = torch.randint(0, 10, (5,))
print(r.shape, r.dtype)
print(bool(((r >= 0) & (r < 10)).all()))
print(torch.randperm(5).sort().values)
print(torch.rand(100).min() >= 0)
""",
    "set_printoptions": """
import torch
torch.set_printoptions(precision=2)
print(torch.tensor([1.23456, 2.5]))
torch.set_printoptions(precision=4)
print(torch.tensor([1.23456, 2.5]))
torch.set_printoptions(sci_mode=False)
print(torch.tensor([1e-5, 1.0]))
torch.set_printoptions(profile='default')
print(torch.tensor([1e-5, 1.0]))
""",
    "repr_2d_float": """
import torch
print(torch.tensor([[1.5, -2.25], [100.0, 0.001]]))
print(torch.tensor([[1., 2.], [3., 4.]]) / 3)
print(torch.tensor([1e10, 1.0]))
print(torch.tensor([float('nan'), float('inf'), 1.5]))
""",
    "repr_3d": """
import torch
print(torch.arange(8).view(2, 2, 2))
print(torch.ones(2, 1, 2))
""",
    "repr_long_summarized": """
import torch
print(torch.arange(2000))
print(torch.arange(30.))
""",
    "math_elementwise": """
import torch
x = torch.tensor([0.0, 1.0, 4.0])
print(torch.sqrt(x))
print(torch.exp(x))
print(torch.log(x + 1))
print(x.pow(2), x ** 0.5)
print(torch.abs(torch.tensor([-1, 2, -3])))
print(torch.sin(x), torch.cos(x))
print(torch.clamp(x, 0.5, 2))
""",
    "reductions": """
import torch
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
print(x.sum(), x.mean(), x.prod())
print(x.sum(dim=0), x.sum(1, keepdim=True))
print(x.mean(dim=1))
print(x.max(), x.min())
print(x.std(), x.var())
print(torch.sum(x, dim=(0, 1)))
print(x.argmax(), x.argmin(dim=0))
""",
    "max_dim_namedtuple": """
import torch
x = torch.tensor([[1., 5., 3.], [7., 2., 0.]])
out = x.max(dim=1)
print(out)
print(out.values, out.indices)
vals, idx = torch.max(x, 1)
print(vals, idx)
print(torch.min(x, dim=0))
print(x.max(dim=1, keepdim=True)[0])
""",
    "sort_topk": """
import torch
x = torch.tensor([3., 1., 4., 1., 5., 9., 2., 6.])
print(torch.sort(x))
print(x.sort(descending=True).values)
print(torch.topk(x, 3))
print(x.argsort())
""",
    "matmul_shapes": """
import torch
a = torch.arange(6.).view(2, 3)
b = torch.arange(12.).view(3, 4)
print(a @ b)
print(torch.matmul(a, b).shape)
print(torch.mm(a, b).shape)
v = torch.tensor([1., 2., 3.])
print(a @ v)
print(torch.dot(v, v))
print(a.T.shape, a.t().shape)
""",
    "broadcasting": """
import torch
a = torch.tensor([[1.], [2.], [3.]])
b = torch.tensor([10., 20.])
print(a + b)
print((a * b).shape)
print(a - 1, 1 - a)
""",
    "where_masked_fill": """
import torch
x = torch.tensor([-1.0, 0.5, 2.0])
print(torch.where(x > 0, x, torch.zeros_like(x)))
print(torch.where(x > 0, x, 0.))
print(x.masked_fill(x < 0, 0))
print(torch.where(x > 0))
""",
    "squeeze_unsqueeze_permute": """
import torch
x = torch.zeros(1, 3, 1, 2)
print(x.squeeze().shape)
print(x.squeeze(0).shape)
print(x.unsqueeze(0).shape)
print(x.permute(3, 2, 1, 0).shape)
print(x.transpose(1, 3).shape)
print(x.flatten().shape, x.flatten(1).shape)
""",
    "contiguous_flags": """
import torch
x = torch.arange(6).view(2, 3)
y = x.t()
print(x.is_contiguous(), y.is_contiguous())
print(y.contiguous().is_contiguous())
print(y.contiguous().view(-1))
""",
    "expand_repeat": """
import torch
x = torch.tensor([[1], [2]])
print(x.expand(2, 3))
print(x.repeat(1, 3))
print(x.expand(-1, 2).shape)
print(torch.tensor([1, 2]).repeat(2))
""",
    "split_chunk": """
import torch
x = torch.arange(10)
print(torch.split(x, 3))
print(x.chunk(2))
a, b = x.view(2, 5).unbind(0)
print(a, b)
""",
    "comparison_ops": """
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([3, 2, 1])
print(a > b, a >= b, a == b)
print(torch.eq(a, b))
print(torch.gt(a, 2))
print((a > 1) & (b > 1))
print((a > 1) | (b > 2))
print(~(a > 1))
print(torch.any(a > 2), torch.all(a > 0))
print((a > 2).any().item())
""",
    "unique_counts": """
import torch
x = torch.tensor([3, 1, 2, 3, 1, 1])
print(torch.unique(x))
vals, counts = torch.unique(x, return_counts=True)
print(vals, counts)
print(torch.bincount(x))
""",
    "cumsum_cumprod": """
import torch
x = torch.tensor([1, 2, 3, 4])
print(torch.cumsum(x, dim=0))
print(x.cumprod(0))
print(torch.tensor([1., 2., 3.]).cumsum(0))
""",
    "nonzero_argwhere": """
import torch
x = torch.tensor([[0, 1], [2, 0]])
print(torch.nonzero(x))
print(x.nonzero(as_tuple=True))
print(torch.count_nonzero(x))
""",
    "gather_scatter": """
import torch
x = torch.tensor([[1, 2], [3, 4]])
print(torch.gather(x, 1, torch.tensor([[0, 0], [1, 0]])))
z = torch.zeros(3, 5)
print(z.scatter_(0, torch.tensor([[0, 1, 2, 0, 0]]), 1.0))
labels = torch.tensor([0, 2, 1])
one_hot = torch.zeros(3, 3).scatter_(1, labels.unsqueeze(1), 1)
print(one_hot)
""",
    "one_hot_functional": """
import torch
import torch.nn.functional as F
print(F.one_hot(torch.tensor([0, 2, 1]), num_classes=3))
print(F.one_hot(torch.tensor([1, 0])))
""",
    "numpy_roundtrip_dtypes": """
import numpy as np
import torch
for dt in [np.float32, np.float64, np.int64, np.int32, np.bool_, np.uint8]:
    t = torch.from_numpy(np.zeros(2, dtype=dt))
    print(t.dtype, t.numpy().dtype)
""",
    "tensor_bool_len_iter": """
import torch
x = torch.tensor([1, 2, 3])
for v in x:
    print(v)
print(len(x))
print(bool(torch.tensor([0.])), bool(torch.tensor(1)))
print(int(torch.tensor(3.7)), float(torch.tensor(2)))
print(list(torch.tensor([1., 2.])))
""",
    "tensor_index_python": """
import torch
lst = ['a', 'b', 'c']
i = torch.tensor(1)
print(lst[i])
print(range(10)[torch.tensor(3)])
print(torch.arange(5)[torch.tensor(2)])
""",
    "clone_detach": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x.clone()
z = x.detach()
print(y)
print(z)
print(y.requires_grad, z.requires_grad, y.is_leaf)
z[0] = 5
print(x)
""",
    "mean_int_error": """
import torch
try:
    torch.tensor([1, 2, 3]).mean()
except RuntimeError as e:
    print(type(e).__name__, e)
print(torch.tensor([1, 2, 3]).float().mean())
""",
    "shape_mismatch_errors": """
import torch
try:
    torch.ones(2, 3) @ torch.ones(2, 3)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.ones(3) + torch.ones(4)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.arange(6).view(4, 2)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "item_error": """
import torch
try:
    torch.tensor([1., 2., 3.]).item()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    if torch.tensor([1, 2]):
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "index_error": """
import torch
x = torch.arange(3)
try:
    x[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x.sum(dim=2)
except IndexError as e:
    print(type(e).__name__, e)
""",
    "size_arithmetic": """
import torch
s = torch.Size([2, 3])
print(s, type(s).__name__)
print(s + (4,))
print(s.numel())
print(torch.zeros(s).shape)
print(torch.zeros(*s).shape)
print(s[0] * s[1])
print(tuple(s))
""",
    "empty_checks": """
import torch
x = torch.tensor([])
print(x.numel() == 0, x.shape)
print(torch.zeros(0).sum())
print(torch.cat([torch.zeros(0), torch.ones(2)]))
""",
    "round_floor_ceil": """
import torch
x = torch.tensor([-1.5, -0.5, 0.5, 1.5, 2.7])
print(torch.round(x))
print(torch.floor(x), torch.ceil(x))
print(x.trunc())
print(torch.round(torch.tensor([1.2345, 2.3456]), decimals=2))
""",
    "norm_variants": """
import torch
v = torch.tensor([3., 4.])
print(v.norm(), torch.norm(v))
print(v.norm(p=1))
print(torch.linalg.norm(v))
m = torch.tensor([[1., 2.], [3., 4.]])
print(m.norm(dim=1))
""",
    "dist_metrics": """
import torch
a = torch.tensor([[0., 0.], [1., 1.]])
b = torch.tensor([[3., 4.]])
print(torch.cdist(a, b))
print(((a - b) ** 2).sum(1).sqrt())
""",
    "chained_methods": """
import torch
x = torch.arange(1, 7, dtype=torch.float32).view(2, 3)
print(x.exp().log().round())
print(x.sum(1).div(2).sub(1).mul(3))
print(x.add(1, alpha=2))
print(torch.add(x, x, alpha=-1))
print(x.sub(x, alpha=0.5))
""",
    "topk_indices_onehot": """
import torch
scores = torch.tensor([0.1, 0.7, 0.2, 0.9])
vals, idx = scores.topk(2)
print(vals, idx)
print(idx.tolist())
""",
    "meshgrid_grid": """
import torch
xs = torch.tensor([1, 2, 3])
ys = torch.tensor([4, 5])
gx, gy = torch.meshgrid(xs, ys, indexing='ij')
print(gx)
print(gy)
""",
    "tril_triu_diag": """
import torch
m = torch.arange(1., 10.).view(3, 3)
print(torch.tril(m))
print(m.triu(1))
print(torch.diag(m))
print(torch.diag(torch.tensor([1, 2])))
print(m.trace())
""",
    "linalg_basic": """
import torch
A = torch.tensor([[2., 1.], [1., 3.]])
print(torch.det(A))
print(torch.inverse(A))
b = torch.tensor([[1.], [2.]])
print(torch.linalg.solve(A, b))
""",
    "flip_roll": """
import torch
x = torch.arange(5)
print(torch.flip(x, [0]))
print(x.flip(0))
print(torch.roll(x, 2))
""",
    "half_int_mix": """
import torch
a = torch.tensor([1, 2], dtype=torch.int32)
b = torch.tensor([1.5, 2.5])
print((a + b).dtype)
print((a + 1).dtype, (a + 1.5).dtype)
print((torch.tensor([1, 2]) * 1.0).dtype)
print((torch.tensor([True]) + 1).dtype)
print(torch.promote_types(torch.int32, torch.float32))
""",
    "to_kwargs": """
import torch
x = torch.tensor([1, 2])
print(x.to(dtype=torch.float64))
print(x.to('cpu'))
print(x.to(torch.device('cpu'), torch.float32))
print(x.to(torch.tensor([1.])))
""",
    "default_dtype_switch": """
import torch
torch.set_default_dtype(torch.float64)
print(torch.tensor([1.0]).dtype)
print(torch.zeros(1))
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.0]).dtype)
""",
    "scalar_math_python": """
import torch
x = torch.tensor(2.0)
print(x + 1, 3 * x, x / 4, 2 ** x, x ** 2)
print(abs(torch.tensor(-3)))
print(-x)
print(max(torch.tensor(1), torch.tensor(2)))
print(round(torch.tensor(2.567).item(), 2))
""",
    "sum_bool_mask_count": """
import torch
preds = torch.tensor([1, 0, 1, 1])
labels = torch.tensor([1, 1, 1, 0])
correct = (preds == labels).sum()
print(correct, correct.dtype)
print(f"{correct}/{len(labels)}")
print(correct.item() / labels.size(0))
""",
    "mean_dims_keepdim": """
import torch
x = torch.arange(24.).view(2, 3, 4)
print(x.mean(dim=(1, 2)))
print(x.mean(-1, keepdim=True).shape)
print(x.sum(dim=[0, 2]))
""",
}
