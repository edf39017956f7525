"""Compat corpus, tensor API part 4: sorting, counting, cumulative ops, rounding and distances."""

SNIPPETS = {
    "ta_unique_variants": """
import torch
x = torch.tensor([3, 1, 2, 3, 1, 1])
print(torch.unique(x))
print(torch.unique(x, return_counts=True))
print(torch.unique(x, return_inverse=True))
u, inv, cnt = torch.unique(x, sorted=True, return_inverse=True, return_counts=True)
print(u, inv, cnt)
print(x.unique())
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 2, 3, 1, 1])))
print(torch.unique_consecutive(torch.tensor([1, 1, 2, 1]), return_counts=True))
print(torch.unique(torch.tensor([2.5, 1.0, 2.5])))
""",
    "ta_unique_dim": """
import torch
x = torch.tensor([[1, 2], [1, 2], [0, 3]])
print(torch.unique(x, dim=0))
print(torch.unique(x, dim=0, return_counts=True))
print(torch.unique(x, dim=1))
print(torch.unique(x, dim=0, return_inverse=True)[1])
""",
    "ta_bincount_histc": """
import torch
x = torch.tensor([0, 1, 1, 3, 3, 3])
print(torch.bincount(x))
print(torch.bincount(x, minlength=6))
print(torch.bincount(x, weights=torch.tensor([0.5, 1., 1., 2., 2., 2.])))
print(torch.histc(torch.tensor([1., 2, 1]), bins=4, min=0, max=3))
print(torch.histc(torch.tensor([0.5, 1.5, 2.5, 2.7]), bins=3))
print(torch.bincount(torch.tensor([], dtype=torch.long)))
try:
    torch.bincount(torch.tensor([-1, 2]))
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_histogram": """
import torch
hist, edges = torch.histogram(torch.tensor([1., 2, 1]), bins=4, range=(0., 3.))
print(hist, edges)
h = torch.histogram(torch.tensor([1., 2, 1, 5]), bins=torch.tensor([0., 1, 2, 6]))
print(h.hist, h.bin_edges)
print(torch.histogram(torch.tensor([1., 2, 1]), bins=2, weight=torch.tensor([1., 2., 4.])))
""",
    "ta_cumulative": """
import torch
x = torch.tensor([1, 2, 3, 4])
print(torch.cumsum(x, dim=0), x.cumprod(0))
y = torch.tensor([[1., 2.], [3., 4.]])
print(y.cumsum(1), y.cumsum(dim=0), y.cumprod(dim=1))
print(torch.cummax(torch.tensor([1, 3, 2, 5, 4]), dim=0))
print(torch.cummin(torch.tensor([5., 3., 4., 1.]), 0))
print(torch.logcumsumexp(torch.tensor([0., 0., 0.]), 0))
print(torch.cumsum(torch.tensor([True, True, False]), 0))
print(x.cumsum(0, dtype=torch.float32))
""",
    "ta_clamp_variants": """
import torch
x = torch.tensor([-2.5, -0.5, 0.5, 2.5])
print(torch.clamp(x, -1, 1), x.clamp(min=0), x.clamp(max=0))
print(torch.clip(x, -2, 2), x.clamp_min(1), x.clamp_max(-1))
print(x.clamp(torch.tensor([0., 0., 0., 0.]), torch.tensor([1., 1., 1., 1.])))
i = torch.tensor([-5, 0, 5])
print(i.clamp(-2, 2), i.clamp(-2.5, 2.5))
try:
    x.clamp()
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_rounding": """
import torch
x = torch.tensor([1.2345, -2.5, 2.5, 0.5, 1.5, -0.5])
print(torch.round(x), x.round(decimals=2), torch.round(x, decimals=1))
print(x.floor(), x.ceil(), x.trunc(), x.frac())
print(torch.round(torch.tensor([1234.5678]), decimals=-2))
print(torch.fix(x), torch.sign(x), x.sgn())
print(torch.tensor([3, -3]).sign(), torch.tensor([7]).round())
""",
    "ta_remainder_fmod": """
import torch
a = torch.tensor([-3., -2, -1, 1, 2, 3])
print(torch.remainder(a, 2), torch.fmod(a, 2))
print(torch.remainder(a, -1.5), torch.fmod(a, -1.5))
print(a % 2, a.remainder(2.5))
print(torch.tensor([5, -5]) % 3, torch.fmod(torch.tensor([5, -5]), 3))
print(torch.remainder(-1.5, torch.tensor([2.0])))
try:
    torch.tensor([5, 2]) % torch.tensor([0, 1])
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_floor_divide_mixed": """
import torch
print(torch.floor_divide(torch.tensor([4., 3.]), 2), torch.tensor([-7]) // 2)
print(torch.tensor([7.0, -7.0]) // torch.tensor([2.0, 2.0]))
print(torch.tensor([5]) / torch.tensor([2]), torch.true_divide(torch.tensor([5]), 2))
print(torch.div(torch.tensor([5., 3.]), 2, rounding_mode=None))
print(7 // torch.tensor([2, 3]), 7.5 // torch.tensor([2]))
""",
    "ta_lerp_dist": """
import torch
start = torch.arange(1., 5.)
end = torch.full((4,), 10.)
print(torch.lerp(start, end, 0.5), start.lerp(end, torch.full_like(start, 0.25)))
a = torch.tensor([1., 2., 3.])
b = torch.tensor([4., 6., 3.])
print(torch.dist(a, b), torch.dist(a, b, 1), torch.dist(a, b, float('inf')), torch.dist(a, b, 0))
print(torch.nn.functional.pairwise_distance(a[None], b[None]))
print(torch.nn.functional.cosine_similarity(a, b, dim=0))
""",
    "ta_cdist": """
import torch
a = torch.tensor([[0., 0.], [1., 1.], [2., 0.]])
b = torch.tensor([[1., 0.], [0., 2.]])
print(torch.cdist(a, b))
print(torch.cdist(a, b, p=1))
print(torch.cdist(a, b, p=float('inf')))
print(torch.cdist(a[None], b[None]).shape)
""",
    "ta_norms": """
import torch
x = torch.tensor([[3., 4.], [-6., 8.]])
print(x.norm(), torch.norm(x, p=1), torch.norm(x, dim=1))
print(torch.norm(x, p='fro'), torch.norm(x, p=float('inf')))
print(torch.linalg.norm(x), torch.linalg.norm(x, ord=1), torch.linalg.norm(x, ord=2))
print(torch.linalg.norm(x, dim=0), torch.linalg.norm(x, ord='nuc'))
print(torch.linalg.vector_norm(x), torch.linalg.vector_norm(x, ord=1, dim=1))
print(torch.linalg.vector_norm(x, ord=float('inf')), torch.linalg.vector_norm(x, ord=0))
print(torch.linalg.matrix_norm(x), torch.linalg.matrix_norm(x, ord=-1))
print(torch.nn.functional.normalize(x, dim=1))
print(x.norm(dim=1, keepdim=True))
""",
    "ta_linalg_basic": """
import torch
A = torch.tensor([[4., 1.], [2., 3.]])
print(torch.linalg.det(A), torch.det(A), A.det())
print(torch.linalg.inv(A))
print(torch.inverse(A) @ A)
b = torch.tensor([[1.], [2.]])
print(torch.linalg.solve(A, b))
print(torch.linalg.slogdet(A))
print(torch.logdet(A))
print(torch.linalg.matrix_rank(A), torch.linalg.matrix_power(A, 2))
print(torch.matrix_power(A, 0))
""",
    "ta_linalg_decomp": """
import torch
A = torch.tensor([[4., 2.], [2., 3.]])
L = torch.linalg.cholesky(A)
print(L, L @ L.T)
Q, R = torch.linalg.qr(A)
print((Q @ R).allclose(A), R.abs())
U, S, Vh = torch.linalg.svd(A)
print(S)
print((U @ torch.diag(S) @ Vh).allclose(A))
print(torch.linalg.svdvals(A))
w, V = torch.linalg.eigh(A)
print(w)
print(torch.linalg.eigvalsh(A))
print(torch.linalg.pinv(torch.tensor([[1., 2.], [2., 4.]])))
""",
    "ta_linalg_errors": """
import torch
for f in (lambda: torch.linalg.inv(torch.zeros(2, 2)),
          lambda: torch.linalg.inv(torch.zeros(2, 3)),
          lambda: torch.linalg.cholesky(torch.tensor([[1., 2.], [2., 1.]])),
          lambda: torch.linalg.solve(torch.eye(2), torch.ones(3)),
          lambda: torch.linalg.det(torch.ones(3)),
          lambda: torch.inverse(torch.eye(2, dtype=torch.long))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for f in (lambda: torch.linalg.inv(torch.tensor([[1., 2.], [2., 4.]])),
          lambda: torch.linalg.inv(torch.zeros(3, 2, 2)),
          lambda: torch.linalg.cholesky(torch.diag(torch.tensor([1., 2., -3.]))),
          lambda: torch.linalg.solve(torch.zeros(2, 2), torch.ones(2)),
          lambda: torch.linalg.solve(torch.eye(2), torch.ones(2, dtype=torch.float64))):
    try:
        f()
    except torch.linalg.LinAlgError as e:
        print("LinAlgError:", e)
    except RuntimeError as e:
        print("RuntimeError:", e)
""",
    "ta_einsum": """
import torch
a = torch.arange(6.).reshape(2, 3)
b = torch.arange(12.).reshape(3, 4)
print(torch.einsum('ij,jk->ik', a, b))
print(torch.einsum('ij->ji', a), torch.einsum('ij->', a), torch.einsum('ii->i', torch.eye(3)))
v = torch.tensor([1., 2., 3.])
print(torch.einsum('i,i->', v, v), torch.einsum('i,j->ij', v, v))
x = torch.arange(24.).reshape(2, 3, 4)
y = torch.arange(8.).reshape(2, 4, 1)
print(torch.einsum('bij,bjk->bik', x, y).shape)
print(torch.einsum('...ij->...ji', x).shape)
print(torch.einsum('bij,bjk', x, y).squeeze(-1))
print(torch.einsum(a, [0, 1], b, [1, 2], [0, 2]))
""",
    "ta_tensordot_kron_outer": """
import torch
a = torch.arange(60.).reshape(3, 4, 5)
b = torch.arange(24.).reshape(4, 3, 2)
print(torch.tensordot(a, b, dims=([1, 0], [0, 1])))
print(torch.tensordot(torch.arange(4.), torch.arange(4.), dims=1))
print(torch.tensordot(torch.ones(2, 3), torch.ones(3, 2), dims=([1], [0])))
print(torch.kron(torch.tensor([[1, 2], [3, 4]]), torch.eye(2, dtype=torch.long)))
v = torch.tensor([1., 2.])
print(torch.outer(v, torch.tensor([3., 4., 5.])), torch.ger(v, v))
print(torch.inner(v, v), torch.dot(v, v), torch.vdot(v, v))
""",
    "ta_cross": """
import torch
a = torch.tensor([[1., 0., 0.], [0., 1., 0.]])
b = torch.tensor([[0., 1., 0.], [0., 0., 1.]])
print(torch.cross(a, b, dim=1))
print(torch.linalg.cross(a, b))
print(torch.linalg.cross(a[0], b[0]))
""",
    "ta_bmm_baddbmm_addmm": """
import torch
x = torch.arange(12.).reshape(2, 2, 3)
y = torch.ones(2, 3, 2)
print(torch.bmm(x, y))
print(torch.baddbmm(torch.ones(2, 2, 2), x, y, beta=0.5, alpha=2))
M = torch.zeros(2, 2)
print(torch.addmm(M, x[0], y[0]))
print(torch.addmm(torch.ones(2), x[0], y[0], beta=2))
print(torch.addmv(torch.ones(2), x[0], torch.ones(3)))
print(torch.addbmm(torch.zeros(2, 2), x, y))
print(torch.mv(x[0], torch.tensor([1., 0., 1.])), torch.mm(x[0], y[0]))
""",
    "ta_matmul_shapes": """
import torch
a = torch.ones(3)
print(torch.matmul(a, a), (a @ a).shape)
print(torch.matmul(torch.ones(2, 3), a).shape, torch.matmul(a, torch.ones(3, 4)).shape)
print(torch.matmul(torch.ones(5, 2, 3), torch.ones(3, 4)).shape)
print(torch.matmul(torch.ones(5, 1, 2, 3), torch.ones(4, 3, 2)).shape)
print(torch.ones(2, 3).matmul(torch.ones(3, 1)))
print(torch.tensor([[1, 2], [3, 4]]) @ torch.tensor([[1], [1]]))
""",
    "ta_matmul_errors": """
import torch
for f in (lambda: torch.ones(2, 3) @ torch.ones(2, 3),
          lambda: torch.mm(torch.ones(2, 3), torch.ones(4, 2)),
          lambda: torch.ones(3) @ torch.ones(4),
          lambda: torch.bmm(torch.ones(2, 2, 3), torch.ones(3, 3, 2)),
          lambda: torch.mm(torch.ones(3), torch.ones(3)),
          lambda: torch.ones(2, 2) @ torch.ones(2, 2, dtype=torch.float64),
          lambda: torch.ones(2, 2) @ torch.ones(2, 2, dtype=torch.long),
          lambda: torch.matmul(torch.ones(2, 3), torch.ones(4)),
          lambda: torch.dot(torch.ones(3), torch.ones(2)),
          lambda: torch.mv(torch.ones(2, 3), torch.ones(2))):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_reductions_dims": """
import torch
x = torch.tensor([[1., 5., 3.], [4., 2., 6.]])
print(x.sum(), x.sum(0), x.sum(1, keepdim=True), x.sum((0, 1)))
print(x.mean(0), x.prod(1), x.std(0), x.var(1, unbiased=False))
print(x.var(correction=0), torch.std_mean(x), torch.var_mean(x, dim=1))
print(x.max(), x.max(1), x.min(0).indices, x.argmax(1), x.argmin())
print(x.amax(0), x.amin(1), torch.aminmax(x))
print(x.median(), x.median(1), torch.mode(torch.tensor([1, 2, 2, 3])))
print(x.logsumexp(1), torch.quantile(x, 0.5), x.nanmean(), torch.nansum(x))
print(torch.kthvalue(torch.tensor([3., 1., 2.]), 2))
""",
    "ta_mode_values_and_grad": """
import torch
print(torch.mode(torch.tensor([1, 2, 2, 3])), torch.mode(torch.tensor([[1., 1, 3], [2, 3, 3]]), 1))
print(torch.tensor([3, 3, 1, 1]).mode())
print(torch.mode(torch.tensor([[1, 2], [1, 3]]), dim=0, keepdim=True))
x = torch.tensor([1., 2., 2., 5.], requires_grad=True)
m = x.mode()
print(m)
m.values.backward()
print(x.grad)
""",
    "ta_trapezoid_gradient_grads": """
import torch
y = torch.tensor([1., 2., 4., 7.], requires_grad=True)
x = torch.tensor([0., 1., 3., 4.])
area = torch.trapezoid(y, x)
print(area)
area.backward()
print(y.grad)
print(torch.cumulative_trapezoid(y, dx=0.5))
g, = torch.gradient(y, spacing=(x,))
print(g)
print(torch.gradient(torch.tensor([[1., 2., 4.], [2., 5., 9.]]), spacing=[2., 1.]))
print(torch.gradient(torch.tensor([1., 4., 9., 16., 25.]), edge_order=2))
""",
    "ta_reduction_int_dtypes": """
import torch
x = torch.tensor([[1, 2], [3, 4]])
print(x.sum(), x.sum().dtype, x.prod().dtype, x.cumsum(0).dtype)
print(torch.tensor([True, True, False]).sum())
print(x.float().mean(), x.sum(dtype=torch.float64))
print(x.max(), x.argmax(), x.median())
try:
    x.mean()
except Exception as e:
    print(type(e).__name__, e)
try:
    x.std()
except Exception as e:
    print(type(e).__name__, e)
print(torch.tensor([1, 2], dtype=torch.int32).sum().dtype)
print(torch.tensor([1, 2], dtype=torch.uint8).sum().dtype)
""",
    "ta_topk_kthvalue": """
import torch
x = torch.tensor([[1., 9., 3.], [7., 2., 8.]])
print(torch.topk(x, 2))
print(x.topk(1, dim=0))
print(x.topk(2, largest=False))
print(torch.topk(x, 2, sorted=True).indices)
v, i = x.flatten().topk(3)
print(v, i)
try:
    x.topk(4)
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_searchsorted_bucketize": """
import torch
seq = torch.tensor([1, 3, 5, 7, 9])
vals = torch.tensor([3, 6, 9])
print(torch.searchsorted(seq, vals))
print(torch.searchsorted(seq, vals, right=True))
print(torch.bucketize(vals, seq))
print(torch.bucketize(torch.tensor([[1, 8]]), seq, right=True))
print(torch.searchsorted(seq, 4))
""",
    "ta_pointwise_math": """
import torch
x = torch.tensor([0.25, 1.0, 4.0])
print(x.sqrt(), x.rsqrt(), x.log(), x.log2(), x.log10(), x.log1p())
print(x.exp(), x.expm1(), x.exp2(), torch.pow(x, 2), x ** 0.5, 2 ** x)
print(torch.sin(x), torch.cos(x), torch.tan(x))
print(torch.asin(torch.tensor([0.5])), torch.atan2(torch.tensor([1.]), torch.tensor([1.])))
print(torch.sigmoid(x), torch.tanh(x), torch.erf(x), torch.erfinv(torch.tensor([0.5])))
print(torch.reciprocal(x), torch.square(x), torch.abs(-x), torch.neg(x))
print(torch.hypot(torch.tensor([3.]), torch.tensor([4.])), torch.logit(torch.tensor([0.25])))
print(torch.xlogy(torch.tensor([0., 2.]), torch.tensor([0., 3.])), torch.special.expit(x))
""",
    "ta_int_pointwise": """
import torch
i = torch.tensor([1, 4, 9])
print(i.sqrt(), torch.exp(i), i.float().log(), torch.sin(i).dtype)
print(i ** 2, i.pow(0.5), i * 1.5, i + True)
print(torch.abs(torch.tensor([-3, 3])), torch.neg(torch.tensor([1])))
print(i.sigmoid(), torch.tensor([True, False]).float())
try:
    torch.tensor([2]) ** -1
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_minimum_maximum": """
import torch
a = torch.tensor([1., 5., float('nan')])
b = torch.tensor([3., 2., 1.])
print(torch.maximum(a, b), torch.minimum(a, b))
print(torch.fmax(a, b), torch.fmin(a, b))
print(torch.max(a, b), torch.min(b, torch.tensor(2.)))
print(torch.max(torch.tensor([1, 4]), torch.tensor([3, 2])))
""",
    "ta_diff_gradient_trapz": """
import torch
x = torch.tensor([1., 4., 9., 16.])
print(torch.diff(x), torch.diff(x, n=2), x.diff(prepend=torch.tensor([0.])))
print(torch.trapezoid(x), torch.trapz(x, dx=2))
print(torch.cumulative_trapezoid(x))
print(torch.gradient(x))
print(torch.diff(torch.tensor([[1, 3], [4, 8]]), dim=0))
""",
}
