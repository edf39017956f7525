"""Compat corpus: grad_fn names and gradients of the less common ops users differentiate."""

SNIPPETS = {
    "agm10_conversion_grad_fns": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
print(x.to(torch.float64).grad_fn, x.double().grad_fn, x.type(torch.float64).grad_fn)
print(x.cpu() is x, x.to('cpu') is x, x.float() is x, x.to(torch.float32) is x)
print(x.view_as(x).grad_fn, x.reshape_as(x).grad_fn, x.expand_as(torch.ones(3, 2)).grad_fn)
print(x.new_tensor([1.]).requires_grad, torch.zeros_like(x).requires_grad, x.new_zeros(2).grad_fn)
print(torch.ones_like(x, requires_grad=True))
""",
    "agm10_squeeze_family_grad_fns": """
import torch
x = torch.ones(1, 3, 1, requires_grad=True)
print(x.squeeze().grad_fn, x.squeeze(0).grad_fn, x.squeeze((0, 2)).grad_fn)
print(x.unsqueeze(-1).grad_fn, x.movedim(0, 2).grad_fn, x.swapaxes(0, 1).grad_fn)
print(x[0].mT.grad_fn, x.permute(2, 1, 0).grad_fn)
print(x.flatten(0, 1).grad_fn, x.unflatten(1, (3, 1)).grad_fn)
print(x.squeeze(), x.squeeze().shape)
""",
    "agm10_binary_math_grads": """
import torch
a = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
b = torch.tensor([2.0, 0.5, -1.0], requires_grad=True)
for name, f in [('atan2', torch.atan2), ('hypot', torch.hypot), ('maximum', torch.maximum),
                ('minimum', torch.minimum), ('logaddexp', torch.logaddexp), ('fmod', torch.fmod),
                ('remainder', torch.remainder), ('lerp', lambda x, y: torch.lerp(x, y, 0.3)),
                ('copysign', torch.copysign),
                ('xlogy', lambda x, y: torch.xlogy(y.abs(), x.abs()))]:
    out = f(a, b)
    ga, gb = torch.autograd.grad(out.sum(), (a, b), allow_unused=True)
    print(name, out.grad_fn.name(), ga, gb)
""",
    "agm10_ternary_ops_grads": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
t1 = torch.tensor([3., 4.], requires_grad=True)
t2 = torch.tensor([0.5, 2.], requires_grad=True)
for out in [torch.addcmul(x, t1, t2, value=2), torch.addcdiv(x, t1, t2), torch.lerp(x, t1, t2)]:
    gs = torch.autograd.grad(out.sum(), (x, t1, t2), allow_unused=True)
    print(out.grad_fn, out, gs)
""",
    "agm10_linalg_grad_fns": """
import torch
A = torch.tensor([[4., 1.], [1., 3.]], requires_grad=True)
b = torch.tensor([1., 2.], requires_grad=True)
print(torch.linalg.det(A).grad_fn, torch.det(A))
print(torch.linalg.inv(A).grad_fn)
print(torch.linalg.solve(A, b).grad_fn)
print(torch.linalg.cholesky(A).grad_fn)
print(torch.logdet(A).grad_fn, torch.slogdet(A))
print(torch.trace(A).grad_fn, A.diag().grad_fn)
torch.linalg.det(A).backward()
print(A.grad)
""",
    "agm10_linalg_solve_grad_values": """
import torch
A = torch.tensor([[3., 1.], [1., 2.]], dtype=torch.float64, requires_grad=True)
b = torch.tensor([[9.], [8.]], dtype=torch.float64, requires_grad=True)
x = torch.linalg.solve(A, b)
x.sum().backward()
print(x)
print(A.grad)
print(b.grad)
""",
    "agm10_cross_kron_block_diag": """
import torch
a = torch.tensor([1., 0., 0.], requires_grad=True)
b = torch.tensor([0., 1., 0.], requires_grad=True)
c = torch.linalg.cross(a, b)
print(c)
c.sum().backward()
print(a.grad, b.grad)
m = torch.eye(2, requires_grad=True)
print(torch.kron(m, torch.ones(2, 2)).grad_fn)
print(torch.block_diag(m, m).grad_fn)
print(torch.diag_embed(a).grad_fn)
""",
    "agm10_cumulative_and_diff": """
import torch
x = torch.tensor([1., 2., 4., 7.], requires_grad=True)
for out in [x.cumsum(0), x.cumprod(0), torch.diff(x), torch.trapezoid(x), x.logcumsumexp(0),
            x.cummin(0).values]:
    g, = torch.autograd.grad(out.sum(), x)
    print(type(out.grad_fn).__name__, g)
""",
    "agm10_index_ops_grads": """
import torch
src = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
base = torch.zeros(3, 2, requires_grad=True)
idx = torch.tensor([0, 2])
out = base.index_add(0, idx, src)
print(out.grad_fn)
(out * torch.arange(6.).reshape(3, 2)).sum().backward()
print(base.grad, src.grad)
y = torch.zeros(3, 2).index_copy(0, idx, src)
print(y.grad_fn)
z = base.index_fill(1, torch.tensor([0]), -1.)
print(z.grad_fn)
s = torch.zeros(2, 3).scatter_add(1, torch.tensor([[0, 0], [2, 1]]), src)
print(s.grad_fn, s)
""",
    "agm10_conv_pool_grad_fns": """
import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(1, 1, 6, requires_grad=True)
w = torch.randn(2, 1, 3, requires_grad=True)
y = F.conv1d(x, w, padding=1)
print(y.grad_fn)
print(F.max_pool1d(y, 2).grad_fn, F.avg_pool1d(y, 2).grad_fn, F.adaptive_avg_pool1d(y, 1).grad_fn)
print(F.pad(x, (1, 1)).grad_fn, F.pad(x, (1, 1), mode='reflect').grad_fn)
y.sum().backward()
print(w.grad)
""",
    "agm10_similarity_distance_grads": """
import torch
import torch.nn.functional as F
a = torch.tensor([[1., 2., 3.]], requires_grad=True)
b = torch.tensor([[2., 0., 1.]], requires_grad=True)
cs = F.cosine_similarity(a, b)
pd = F.pairwise_distance(a, b)
cd = torch.cdist(a, b)
print(cs, pd, cd)
(cs + pd + cd.sum()).sum().backward()
print(a.grad)
print(b.grad)
""",
    "agm10_special_functions_grads": """
import torch
x = torch.tensor([0.3, 1.2, 2.5], dtype=torch.float64, requires_grad=True)
for name, f in [('lgamma', torch.lgamma), ('digamma', torch.digamma),
                ('erfinv', lambda t: torch.erfinv(t / 3)), ('sinc', torch.sinc),
                ('logit', lambda t: torch.logit(t / 3)), ('expit', torch.special.expit),
                ('erfc', torch.erfc)]:
    out = f(x)
    g, = torch.autograd.grad(out.sum(), x)
    print(name, type(out.grad_fn).__name__, g)
""",
    "agm10_where_masked_grads": """
import torch
x = torch.tensor([-2., -0.5, 0.5, 2.], requires_grad=True)
y = torch.where(x.abs() < 1, 0.5 * x ** 2, x.abs() - 0.5)
y.sum().backward()
print(y, x.grad)
x.grad = None
z = x.masked_fill(x < 0, 0.)
z.sum().backward()
print(z.grad_fn, x.grad)
x.grad = None
m = x.masked_select(x > 0)
(m * 2).sum().backward()
print(m.grad_fn, x.grad)
""",
    "agm10_norms_and_normalize_grads": """
import torch
x = torch.tensor([[3., 4.], [1., -1.]], requires_grad=True)
for out in [x.norm(dim=1), torch.linalg.norm(x, ord='fro'), torch.linalg.matrix_norm(x, ord=1),
            torch.nn.functional.normalize(x, dim=1), x.norm(p=float('inf'))]:
    g, = torch.autograd.grad(out.sum(), x)
    print(type(out.grad_fn).__name__, g)
""",
    "agm10_softmax_family_grads": """
import torch
x = torch.tensor([[1., 2., 3.]], requires_grad=True)
w = torch.tensor([1., 0., -1.])
for f in [lambda t: t.softmax(1), lambda t: t.log_softmax(1), lambda t: t.logsumexp(1),
          lambda t: torch.nn.functional.softmin(t, 1)]:
    out = f(x)
    g, = torch.autograd.grad((out * w).sum() if out.dim() == 2 else out.sum(), x)
    print(type(out.grad_fn).__name__, g)
""",
    "agm10_einsum_grads": """
import torch
A = torch.arange(6.).reshape(2, 3).requires_grad_()
B = torch.arange(12.).reshape(3, 4).requires_grad_()
C = torch.einsum('ij,jk->ik', A, B)
print(C.grad_fn)
C.sum().backward()
print(A.grad)
print(B.grad)
v = torch.tensor([1., 2., 3.], requires_grad=True)
s = torch.einsum('i,i->', v, v)
s.backward()
print(s, v.grad)
""",
}
