"""Compat corpus, tensor API part 7: tensor attributes, legacy methods and device questions."""

SNIPPETS = {
    "ta_device_checks_cpu_only": """
import torch
device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
print(device, device.type, repr(device))
x = torch.ones(2, device=device)
print(x.device, x.is_cuda, x.is_cpu, x.get_device())
print(x.to(device) is x, x.cpu() is x)
print(torch.device('cuda:1').index, torch.device('cpu').index, torch.device('cuda', 0))
print(x.device == torch.device('cpu'), str(x.device) == 'cpu')
""",
    "ta_layout_and_flags": """
import torch
x = torch.ones(2, 3)
print(x.layout, torch.strided, x.is_sparse, x.is_quantized, x.is_meta)
print(x.is_contiguous(), x.t().is_contiguous(), x.dim_order(), x.t().dim_order())
print(x.is_nonzero() if x.numel() == 1 else torch.tensor([2.]).is_nonzero())
print(x.is_floating_point(), x.is_complex(), x.is_signed(), x.bool().is_signed())
print(x.is_same_size(torch.zeros(2, 3)), torch.is_same_size(x, torch.zeros(3, 2)))
print(x.share_memory_() is x)
""",
    "ta_resize_and_apply": """
import torch
y = torch.arange(6)
print(y.resize_(2, 3))
print(y.resize_(2).shape, y)
z = torch.tensor([1., 2., 3.])
print(z.apply_(lambda v: v * 10))
print(z.map_(torch.tensor([1., 1., 1.]), lambda a, b: a - b))
w = torch.ones(2, requires_grad=True)
try:
    w.apply_(lambda v: v)
except RuntimeError as e:
    print(e)
""",
    "ta_sum_to_size_and_split_sizes": """
import torch
x = torch.arange(6.).reshape(2, 3).requires_grad_()
print(x.sum_to_size(1, 3), x.sum_to_size(2, 1))
try:
    x.sum_to_size(3, 3)
except RuntimeError as e:
    print(e)
print(x.split_with_sizes([1, 2], dim=1))
""",
    "ta_matrix_transpose_props": """
import torch
m = torch.arange(6.).reshape(2, 3)
print(m.T, m.mT, m.H, m.mH.shape)
b = torch.zeros(4, 2, 3)
print(b.mT.shape, b.transpose(-2, -1).shape)
for f in (lambda: b.H, lambda: torch.ones(3).mT):
    try:
        f()
    except RuntimeError as e:
        print(e)
print(torch.ones(3).T.shape, torch.tensor(2.).T)
""",
    "ta_swap_inplace_views": """
import torch
x = torch.arange(6).reshape(2, 3)
x.swapaxes_(0, 1)
print(x.shape, x)
x.swapdims_(0, 1)
print(x)
y = torch.zeros(2, 1, 3)
y.squeeze_(1)
print(y.shape)
""",
    "ta_logical_inplace": """
import torch
a = torch.tensor([True, False, True])
a.logical_and_(torch.tensor([True, True, False]))
print(a)
a.logical_or_(torch.tensor([False, True, False]))
print(a)
a.logical_not_()
print(a)
f = torch.tensor([1., 0., 2.])
f.logical_xor_(torch.tensor([1., 1., 0.]))
print(f)
n = torch.tensor([1., 2., 3.])
n.eq_(torch.tensor([1., 0., 3.]))
print(n)
m = torch.tensor([5, 6, 7])
m.gt_(6)
print(m)
""",
    "ta_alias_methods_inplace": """
import torch
x = torch.tensor([4., 9., 16.])
print(x.divide(2), x.multiply(2), x.subtract(1), x.true_divide(4), x.negative())
x.divide_(2).multiply_(3).subtract_(1)
print(x)
x.negative_()
print(x, x.absolute())
x.absolute_()
print(x)
i = torch.tensor([7, 8])
i.floor_divide_(3)
print(i)
i.remainder_(2)
print(i)
""",
    "ta_arc_aliases": """
import torch
v = torch.tensor([0.0, 0.5, 1.0])
print(torch.arcsin(v), torch.arccos(v), torch.arctan(v))
print(v.arcsin(), v.arctan(), torch.arcsinh(v), torch.arctanh(v[:2]))
print(torch.arccosh(torch.tensor([1.0, 2.0])), torch.arctan2(v, torch.ones(3)))
w = v.clone()
w.arcsin_()
print(w)
""",
    "ta_bitwise_integer_ops": """
import torch
a = torch.tensor([12, 10, 7])
b = torch.tensor([10, 6, 1])
print(a & b, a | b, a ^ b, ~a)
print(torch.bitwise_and(a, 3), a.bitwise_or(b), a << 1, a >> 2)
a &= b
print(a)
for f in (lambda: torch.tensor([1.5]) & 1, lambda: torch.bitwise_not(torch.tensor([1.0])),
          lambda: ~torch.tensor([0.5])):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_where_uint8_and_errors": """
import torch
c = torch.tensor([1, 0, 1], dtype=torch.uint8)
print(torch.where(c, torch.tensor([1., 2., 3.]), torch.tensor(0.)))
for cond in (torch.tensor([1, 0, 1]), torch.tensor([1., 0., 1.])):
    try:
        torch.where(cond, 1, 0)
    except RuntimeError as e:
        print(e)
""",
    "ta_masked_fill_mask_dtypes": """
import torch
x = torch.zeros(3)
for mask in (torch.tensor([1, 0, 1]), torch.tensor([1., 0., 1.]),
             torch.tensor([1, 0, 1], dtype=torch.uint8)):
    try:
        x.masked_fill(mask, 1.0)
    except RuntimeError as e:
        print(e)
print(x.masked_fill(torch.tensor([True, False, True]), 1.0))
""",
    "ta_view_as_dtype": """
import torch
f = torch.tensor([1.0, -2.0])
print(f.view(torch.int32))
print(torch.tensor([1, 2], dtype=torch.int32).view(torch.int8))
print(torch.tensor([0.0, 1.0, 2.0, 3.0]).view(torch.float64).shape)
try:
    torch.tensor([1., 2., 3.]).view(torch.float64)
except RuntimeError as e:
    print(e)
v = f.view(torch.int32)
v[0] = 0
print(f)
""",
    "ta_tensor_constructor_errors": """
import torch
for data in ("abc", ["a", "b"], [1, None], {1: 2}, [[1, 2], [3]], [[1], 2]):
    try:
        torch.tensor(data)
    except Exception as e:
        print(type(e).__name__, e)
print(torch.Tensor(), torch.Tensor().shape, torch.FloatTensor().dtype, torch.LongTensor(2).shape)
""",
    "ta_narrow_split_chunk_errors": """
import torch
x = torch.arange(6)
for f in (lambda: x.narrow(0, 5, 2), lambda: x.narrow(0, 7, 1), lambda: x.narrow(0, -7, 1),
          lambda: x.narrow(0, 1, -1), lambda: x.split(0), lambda: x.split(-1),
          lambda: x.chunk(0), lambda: x.unflatten(0, (4, 2)), lambda: x.unflatten(0, (4, -1))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(x.narrow(0, -2, 2), x.narrow(0, 6, 0), x.unflatten(0, (2, -1)))
""",
    "ta_mm_dtype_errors": """
import torch
f, d = torch.ones(2, 2), torch.ones(2, 2, dtype=torch.float64)
for fn in (lambda: torch.bmm(f[None], d[None]), lambda: torch.mm(f, d), lambda: f @ d,
           lambda: torch.mv(f, d[0]), lambda: torch.dot(f[0], d[0]), lambda: f[0] @ d[0],
           lambda: torch.addmm(f, f, d)):
    try:
        fn()
    except RuntimeError as e:
        print(e)
""",
    "ta_linalg_singular_messages": """
import torch
mats = [torch.tensor([[1., 2.], [2., 4.]]), torch.zeros(3, 3),
        torch.tensor([[1., 2., 0.], [2., 4., 0.], [0., 0., 1.]], dtype=torch.float64)]
for m in mats:
    try:
        torch.linalg.inv(m)
    except torch.linalg.LinAlgError as e:
        print(type(e).__name__, e)
try:
    torch.inverse(torch.stack([torch.eye(2), torch.zeros(2, 2)]))
except RuntimeError as e:
    print(e)
for m in (torch.tensor([[4., 2.], [2., 1.]]), torch.tensor([[-1.]])):
    try:
        torch.linalg.cholesky(m)
    except RuntimeError as e:
        print(e)
print(issubclass(torch.linalg.LinAlgError, RuntimeError))
""",
    "ta_linalg_dtype_errors": """
import torch
A = torch.eye(2, dtype=torch.long)
for f in (torch.linalg.inv, torch.linalg.det, torch.linalg.cholesky, torch.linalg.svd,
          torch.linalg.qr, torch.linalg.eigh, torch.inverse, torch.det):
    try:
        f(A)
    except Exception as e:
        print(type(e).__name__, e)
try:
    torch.linalg.solve(torch.eye(2), torch.ones(3))
except RuntimeError as e:
    print(e)
""",
    "ta_cond_and_slogdet": """
import torch
A = torch.tensor([[2., -1.], [1., 3.]], requires_grad=True)
print(torch.linalg.cond(A), torch.linalg.cond(A, 'fro'), torch.linalg.cond(A, float('inf')))
print(torch.linalg.cond(A, -2), torch.linalg.cond(A, 'nuc'), torch.linalg.cond(A, 1))
print(torch.linalg.slogdet(A))
print(torch.slogdet(A))
sign, logabs = torch.linalg.slogdet(A)
logabs.backward()
print(A.grad)
""",
    "ta_stats_cov_corr": """
import torch
x = torch.tensor([[1., 2., 4., 7.], [2., 5., 3., 1.], [0., 1., 0., 1.]], requires_grad=True)
print(torch.cov(x))
print(torch.cov(x, correction=0))
print(torch.corrcoef(x))
print(torch.cov(x[0]), torch.corrcoef(x[:2]))
print(torch.cov(x, fweights=torch.tensor([1, 2, 1, 1]), aweights=torch.tensor([0.5, 1., 1., 2.])))
torch.corrcoef(x).sum().backward()
print(x.grad)
""",
    "ta_nanmedian_and_friends": """
import torch
x = torch.tensor([[1., float('nan'), 3.], [float('nan'), float('nan'), 2.], [4., 5., 6.]])
print(torch.nanmedian(x), x.nanmedian())
print(torch.nanmedian(x, dim=1))
print(x.nanmedian(dim=0, keepdim=True))
print(torch.median(x, dim=1))
print(torch.nansum(x), torch.nanmean(x, dim=1))
y = torch.tensor([2., float('nan'), 1., 3.], requires_grad=True)
y.nanmedian().backward()
print(y.grad)
""",
    "ta_gcd_lcm_heaviside": """
import torch
a = torch.tensor([12, 18, -8, 0])
b = torch.tensor([8, 12, 6, 5])
print(torch.gcd(a, b), torch.lcm(a, b), a.gcd(b))
a.gcd_(b)
print(a)
x = torch.tensor([-1.5, 0., 2.])
print(torch.heaviside(x, torch.tensor([0.5])), x.heaviside(torch.tensor([1., 2., 3.])))
try:
    torch.gcd(torch.tensor([1.5]), torch.tensor([2.]))
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_combinations_vander_diagflat": """
import torch
v = torch.tensor([1, 2, 3, 4])
print(torch.combinations(v))
print(torch.combinations(v, r=3))
print(torch.combinations(v[:3], with_replacement=True))
print(torch.vander(torch.tensor([1, 2, 3])))
print(torch.vander(torch.tensor([1., 2.]), N=4, increasing=True))
print(torch.diagflat(torch.tensor([[1, 2], [3, 4]])), torch.diagflat(torch.tensor([5., 6.]), -1))
w = torch.tensor([1., 2., 3.], requires_grad=True)
c = torch.combinations(w)
print(c)
c.prod(1).sum().backward()
print(w.grad)
""",
    "ta_dsplit_row_stack": """
import torch
t = torch.arange(16.).reshape(2, 2, 4)
print(torch.dsplit(t, 2))
print(t.dsplit([1, 3])[1].shape)
print(torch.row_stack((torch.tensor([1, 2]), torch.tensor([3, 4]))))
try:
    torch.dsplit(torch.ones(2, 2), 2)
except RuntimeError as e:
    print(e)
""",
    "ta_constants_and_asarray": """
import math
import torch
print(torch.pi, torch.e, torch.inf, torch.nan, torch.pi == math.pi)
print(torch.tensor(torch.pi), torch.tensor([torch.inf, -torch.inf]))
a = torch.asarray([1, 2, 3])
print(a, a.dtype, torch.asarray([1.5], dtype=torch.float64))
t = torch.tensor([1., 2.])
print(torch.asarray(t) is t, torch.asarray(t, copy=True) is t)
print(torch.positive(t), torch.isreal(t), torch.is_signed(t))
""",
    "ta_put_take": """
import torch
x = torch.zeros(2, 3)
x.put_(torch.tensor([0, 4, -1]), torch.tensor([1., 2., 3.]))
print(x)
print(torch.put(torch.zeros(4), torch.tensor([1, 1]), torch.tensor([5., 6.]), accumulate=True))
w = torch.ones(4, requires_grad=True)
src = torch.tensor([7., 8.], requires_grad=True)
out = w.put(torch.tensor([0, 2]), src)
print(out)
(out * torch.arange(4.)).sum().backward()
print(w.grad, src.grad)
for f in (lambda: x.put_(torch.tensor([9]), torch.tensor([1.])),
          lambda: x.put_(torch.tensor([1]), torch.tensor([1])),
          lambda: x.put_(torch.tensor([1, 2]), torch.tensor([1.]))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_broadcast_helpers": """
import torch
print(torch.broadcast_shapes((3, 1), (1, 4)), torch.broadcast_shapes((5,), (2, 1), (1, 1, 1)))
a, b = torch.broadcast_tensors(torch.tensor([1, 2, 3]), torch.tensor([[10], [20]]))
print(a, b)
w = torch.tensor([1., 2.], requires_grad=True)
x, = torch.broadcast_tensors(w)
print(x)
e, f = torch.broadcast_tensors(w, torch.zeros(3, 1))
print(e)
for args in [((2, 3), (4,)), ((2, 1), (3,), (4,))]:
    try:
        torch.broadcast_shapes(*args)
    except RuntimeError as err:
        print(err)
try:
    torch.broadcast_tensors(torch.zeros(2, 3), torch.zeros(4))
except RuntimeError as err:
    print(err)
""",
    "ta_storage_offset_views": """
import torch
x = torch.arange(12).reshape(3, 4)
print(x.storage_offset(), x[1].storage_offset(), x[1:, 2:].storage_offset())
print(x.t()[2].storage_offset(), x.view(-1)[5:].storage_offset())
print(x[2, 3].storage_offset(), x.clone()[1].storage_offset())
""",
    "ta_scatter_reduce_legacy": """
import torch
x = torch.ones(2, 4)
idx = torch.tensor([[0, 1], [2, 3]])
print(x.scatter(1, idx, 3.0, reduce='multiply'))
print(x.scatter(1, idx, torch.full((2, 2), 5.), reduce='add'))
x.scatter_(1, idx, 2.0, reduce='add')
print(x)
try:
    x.scatter(1, idx, 2.0, reduce='max')
except RuntimeError as e:
    print(e)
""",
    "ta_index_bounds_positions": """
import torch
x = torch.arange(24).reshape(2, 3, 4)
for f in (lambda: x[0, :, 5], lambda: x[0, 1, 7], lambda: x[None, 0, 5], lambda: x[..., 9],
          lambda: x[:, None, 3], lambda: x[2], lambda: x[1, -4]):
    try:
        f()
    except IndexError as e:
        print(e)
for f in (lambda: x.index_select(0, torch.tensor([2])),
          lambda: x.index_select(1, torch.tensor([[0]])),
          lambda: x.gather(0, torch.zeros(1, 1, 1)), lambda: x.index_select(0, torch.tensor([1.]))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_bincount_errors_and_weights": """
import torch
print(torch.bincount(torch.tensor([0, 2, 2]), weights=torch.tensor([1, 2, 3])))
w64 = torch.tensor([.5, 1., 1.], dtype=torch.float64)
print(torch.bincount(torch.tensor([0, 2, 2]), weights=w64))
for f in (lambda: torch.bincount(torch.tensor([1.5])), lambda: torch.bincount(torch.tensor([[1]])),
          lambda: torch.bincount(torch.tensor([-1, 2])),
          lambda: torch.bincount(torch.tensor([1]), minlength=-1),
          lambda: torch.bincount(torch.tensor([1, 2]), weights=torch.tensor([1.]))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_unique_consecutive_histogram": """
import torch
x = torch.tensor([1, 1, 2, 2, 3, 1, 1, 2])
print(torch.unique_consecutive(x))
print(x.unique_consecutive(return_inverse=True, return_counts=True))
m = torch.tensor([[1, 1], [1, 1], [2, 3], [1, 1]])
print(torch.unique_consecutive(m, dim=0, return_counts=True))
print(torch.histogram(torch.tensor([1., 2., 1., 4.]), bins=3))
print(torch.histogram(torch.tensor([1., 2., 1.]), bins=2, density=True))
print(torch.tensor([0.5, 1.5, 2.5]).histogram(torch.tensor([0., 1., 3.])))
try:
    torch.histogram(torch.tensor([1, 2]), bins=2)
except NotImplementedError as e:
    print(e)
""",
    "ta_repeat_interleave_counts": """
import torch
print(torch.repeat_interleave(torch.tensor([2, 0, 3])))
lengths = torch.tensor([3, 1, 2])
print(torch.repeat_interleave(torch.arange(len(lengths)), lengths))
for f in (lambda: torch.repeat_interleave(torch.tensor([1.5])),
          lambda: torch.repeat_interleave(torch.tensor([[1]]))):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_cat_stack_bare_tensor": """
import torch
a = torch.ones(2)
for f in (lambda: torch.cat(a), lambda: torch.stack(a), lambda: torch.cat(a, a)):
    try:
        f()
    except TypeError as e:
        print(e)
print(torch.cat(torch.ones(2, 2).unbind()), torch.stack(list(torch.arange(3))))
""",
    "ta_item_float_int_errors": """
import torch
for conv in (float, int, complex):
    for t in (torch.tensor([1., 2.]), torch.tensor([]), torch.zeros(1, 1)):
        try:
            print(conv(t))
        except Exception as e:
            print(conv.__name__, type(e).__name__, e)
""",
}
