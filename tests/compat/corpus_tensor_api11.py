"""Compat corpus, tensor API part 11: einsum forms, quantiles, searching and norms."""

SNIPPETS = {
    "ta_einsum_forms_and_errors": """
import torch
a = torch.arange(6.).reshape(2, 3)
b = torch.arange(12.).reshape(3, 4)
print(torch.einsum('ij, jk -> ik', a, b), torch.einsum('ij,jk', a, b))
print(torch.einsum('ij,jk->ik', [a, b]), torch.einsum('i,i', a[0], a[1]))
print(torch.einsum('ij->i', a), torch.einsum('bi,bj->b', a, a))
print(torch.einsum('ij,jk,kl->il', a, b, b.T))
for f in (lambda: torch.einsum('ij,jk->ik', a, a), lambda: torch.einsum('ij->ij', a, a),
          lambda: torch.einsum('iij->j', torch.ones(2, 3, 4)), lambda: torch.einsum('ij->i', a, b)):
    try:
        print(f())
    except RuntimeError as e:
        print(e)
""",
    "ta_quantile_variants": """
import torch
x = torch.tensor([[1., 7., 3., 5.], [2., 4., 8., 6.]])
print(torch.quantile(x, 0.25, dim=1), torch.quantile(x, torch.tensor([0.25, 0.75]), dim=1))
for mode in ('linear', 'lower', 'higher', 'nearest', 'midpoint'):
    print(mode, torch.quantile(x, 0.4, interpolation=mode))
for f in (lambda: torch.quantile(x, 1.5), lambda: torch.quantile(x.long(), 0.5)):
    try:
        f()
    except RuntimeError as e:
        print(e)
print(x.median(), x.nanmedian(), x.kthvalue(2, dim=1))
""",
    "ta_searchsorted_sorter": """
import torch
seq = torch.tensor([3, 1, 2])
order = seq.argsort()
print(torch.searchsorted(seq, torch.tensor([2]), sorter=order))
print(torch.searchsorted(torch.tensor([[1, 3, 5], [2, 4, 6]]), torch.tensor([[3], [3]])))
print(torch.searchsorted(torch.tensor([1., 2., 3.]), torch.tensor([2.]), side='right'))
print(torch.searchsorted(torch.tensor([1, 2, 3]), torch.tensor([2]), out_int32=True).dtype)
""",
    "ta_norm_p_variants": """
import torch
x = torch.tensor([[1., 7., 3., 5.], [2., 4., 8., 6.]])
print(torch.norm(x, p='nuc'), torch.norm(x, p=3, dim=1), torch.norm(x, dim=(0, 1)))
print(torch.norm(x, p=0), torch.norm(x, p=float('inf'), dim=0), x.norm(p=1, dim=1, keepdim=True))
print(torch.linalg.norm(x, ord=-2), torch.linalg.norm(x, ord=float('-inf')))
print(torch.linalg.vector_norm(x, ord=-1), torch.linalg.vector_norm(x, ord=0.5, dim=0))
""",
    "ta_std_var_options": """
import torch
x = torch.tensor([[1., 7., 3., 5.], [2., 4., 8., 6.]])
print(x.var(0, keepdim=True), torch.std(x, unbiased=False), torch.std(x, dim=1, correction=2))
print(torch.var(x, dim=1, unbiased=True), torch.var_mean(x, 0, correction=0))
print(x.diff(append=torch.zeros(2, 1)), x.cumprod(1, dtype=torch.float64))
print(torch.logsumexp(x, dim=(0, 1)), torch.aminmax(x, dim=0))
print(torch.max(x, 1, True), torch.sort(x, 1, True).indices, torch.argsort(x, 1, True))
print(torch.topk(x, 2, 1, False, True))
""",
    "ta_setitem_errors_and_forms": """
import torch
y = torch.zeros(3, dtype=torch.long)
for value in (torch.tensor([1.5, 2.5]), torch.tensor(2.5)):
    try:
        y[torch.tensor([True, False, True]) if value.ndim else [0]] = value
    except RuntimeError as e:
        print(e)
y[:2] = torch.tensor([1.5, 2.5])
print(y)
f = torch.zeros(2, 3)
for idx, value in (((0,), [1, 2, 3]), ((0,), (1,)), ((7,), 1), ((1, 5), 1), ((-3,), 1)):
    try:
        f[idx] = value
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
f[0] = torch.tensor(2, dtype=torch.int64)
f[1, [0, 2]] = torch.tensor([5., 6.])
print(f)
g = torch.zeros(5)
g[torch.tensor([0, 0, 1])] += 1
print(g)
""",
    "ta_linalg_eig_complex_results": """
import torch
A = torch.tensor([[2., 1.], [1., 3.]])
w, v = torch.linalg.eig(A)
print(w, w.dtype, v.dtype)
print(v)
print(torch.linalg.eig(torch.tensor([[0., -1.], [1., 0.]], dtype=torch.float64)))
print(torch.linalg.eigvals(torch.tensor([[1., 2., 3.], [0., 4., 5.], [0., 0., 6.]])))
print(torch.linalg.eigvals(torch.stack([A, 2 * A])))
for f in (lambda: torch.linalg.eig(torch.ones(2, 3)),
          lambda: torch.linalg.eig(torch.eye(2, dtype=torch.long)),
          lambda: torch.linalg.eigvals(torch.ones(3))):
    try:
        f()
    except RuntimeError as e:
        print(e)
""",
    "ta_mixed_dtype_binary_ops": """
import torch
i, f = torch.tensor([1, 2]), torch.tensor([0.5, 1.5])
d, b = f.double(), torch.tensor([True, False])
print(torch.stack([i, f]), torch.stack([i, b]), torch.cat([b, i]).dtype)
print(torch.max(i, f), torch.maximum(i, d), torch.minimum(b, i), torch.where(b, i, f))
print(torch.where(b, i, 2.5), torch.where(b, 1, 2.5).dtype, i == 1.0, i < f)
print(torch.add(i, f, alpha=2), torch.div(i, i), torch.div(b, b), torch.pow(i, f), torch.pow(2, i))
print(torch.sub(i, i), torch.mul(b, b), torch.exp(b), torch.sqrt(i), torch.round(i))
for fn in (lambda: torch.lerp(f, d, 0.5), lambda: torch.lerp(f, f, d), lambda: torch.isclose(f, d),
           lambda: torch.isclose(i, f), lambda: torch.allclose(f, 1.0), lambda: torch.equal(i, f),
           lambda: torch.sub(b, b), lambda: torch.neg(b), lambda: torch.dot(i, f),
           lambda: torch.abs(b)):
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
print(torch.lerp(f, f + 1, torch.tensor(0.5, dtype=torch.float64)))
""",
    "ta_zero_dim_tensor_ops": """
import torch
s = torch.tensor(5.)
print(s.view(1), s.unsqueeze(0), s.expand(3), s.reshape(1, 1), s.numpy(), type(s.numpy()).__name__)
print(s.shape, s.size(), s.dim(), s.numel(), s.sum(0), s.max(0), s.softmax(0), s.sort())
print(s.flatten(), s.squeeze(), s.t(), s.repeat(3), s.topk(1), s.argmax(), s.cumsum(0), s.flip(0))
print(torch.stack([s, s]), s.norm(), s.mean(dim=-1), s.unique())
print(s.index_select(0, torch.tensor([0])), s.gather(0, torch.tensor(0)), s.nonzero())
print(torch.where(s > 0), s.masked_fill(torch.tensor(True), 1.), s.clone().fill_(2))
for f in (lambda: torch.cat([s, s]), lambda: len(s), lambda: s[0], lambda: list(s),
          lambda: s.chunk(2), lambda: s.unbind(), lambda: s.split(1), lambda: s.diag(),
          lambda: s.permute()):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_more_inplace_forms": """
import torch
for f in (lambda: torch.tensor([2.]).float_power_(2),
          lambda: torch.tensor([2.], dtype=torch.float64).float_power_(2),
          lambda: torch.tensor([3, 4]).true_divide_(2),
          lambda: torch.tensor([3., 4.]).true_divide_(2),
          lambda: torch.tensor([3, 4]).floor_divide_(2), lambda: torch.tensor([3, 4]).cumsum_(0),
          lambda: torch.ones(2, 2).addmm_(torch.ones(2, 2), torch.ones(2, 2)),
          lambda: torch.tensor([1, 2]).bitwise_and_(torch.tensor([3, 3])),
          lambda: torch.tensor([1, 2]).eq_(1), lambda: torch.tensor([1., 2.]).lt_(1.5),
          lambda: torch.tensor([1.5, -2.]).absolute_(), lambda: torch.tensor([0.5]).arccos_()):
    try:
        print(f())
    except RuntimeError as e:
        print(e)
""",
    "ta_to_and_type_forms": """
import torch
x = torch.tensor([1, 2])
print(x.to(), x.to(torch.zeros(1), non_blocking=True), x.to('cpu', torch.float64))
print(x.to(device='cpu', dtype=torch.float16), x.to(torch.float32, copy=True) is x)
print(x.to(torch.int64, copy=True) is x, x.to(torch.int64) is x, x.type(torch.int64) is x)
print(x.long() is x, x.double().to(x), x.to(None), x.cpu().numpy().dtype)
print(x.type('torch.FloatTensor'), x.half().float(), x.to(torch.bool).to(torch.uint8))
for t in ('float', float, 'torch.LongTensor'):
    try:
        print(x.type(t))
    except ValueError as e:
        print(e)
""",
    "ta_quantile_with_nans": """
import torch
n = float('nan')
x = torch.tensor([[1., n, 3., 4.], [2., 5., 3., 1.], [n, n, n, n]])
print(torch.quantile(x, 0.5, dim=1), torch.quantile(x[1], 0.25), torch.quantile(x[0], 0.25))
print(torch.nanquantile(x, 0.5, dim=1), torch.nanquantile(x[0], 0.25), torch.nanquantile(x, 0.3))
print(torch.nanquantile(x, torch.tensor([0.1, 0.9]), dim=1, keepdim=True))
print(torch.nanquantile(x, 0.5, dim=1, interpolation='lower'), x.nanquantile(0.4, dim=1,
                                                                            interpolation='nearest'))
w = torch.tensor([1., n, 3., 7.], requires_grad=True)
r = torch.nanquantile(w, 0.5)
print(r)
r.backward()
print(w.grad)
""",
}
