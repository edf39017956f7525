"""Compat corpus, tensor API part 2: indexing, masks, gather/scatter and in-place writes."""

SNIPPETS = {
    "ta_basic_slicing": """
import torch
x = torch.arange(12).reshape(3, 4)
print(x[0], x[-1], x[1, 2], x[1][2])
print(x[:, 1])
print(x[1:, ::2])
print(x[..., -1])
print(x[None].shape, x[:, None].shape, x[..., None].shape)
print(x.flip(0))
print(x[0, 0].item(), x[2:].shape, x[5:].shape)
""",
    "ta_fancy_indexing": """
import torch
x = torch.arange(20).reshape(4, 5)
print(x[[0, 2]])
print(x[[0, 2], [1, 3]])
print(x[torch.tensor([3, 0])])
print(x[:, [4, 0]])
print(x[[[0], [1]], [2, 3]])
print(x[torch.tensor([[0, 1], [2, 3]])].shape)
print(x[[0, 1], 1:3])
print(x[-1, [-1, -2]])
""",
    "ta_boolean_masks": """
import torch
x = torch.tensor([[1, -2, 3], [-4, 5, -6]])
mask = x > 0
print(mask)
print(x[mask])
print(x[x < 0])
x[x < 0] = 0
print(x)
y = torch.tensor([1.0, float('nan'), 3.0])
y[torch.isnan(y)] = 0.0
print(y)
rows = torch.tensor([True, False])
print(x[rows])
print(x[:, torch.tensor([True, False, True])])
""",
    "ta_index_select": """
import torch
x = torch.arange(12.).reshape(3, 4)
idx = torch.tensor([0, 2])
print(torch.index_select(x, 0, idx))
print(torch.index_select(x, 1, idx))
print(x.index_select(1, torch.tensor([3, 3, 0])))
print(x.index_select(0, torch.tensor([], dtype=torch.long)).shape)
""",
    "ta_gather": """
import torch
t = torch.tensor([[1, 2], [3, 4]])
print(torch.gather(t, 1, torch.tensor([[0, 0], [1, 0]])))
print(torch.gather(t, 0, torch.tensor([[1, 0]])))
logits = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
labels = torch.tensor([1, 0])
print(logits.gather(1, labels.unsqueeze(1)).squeeze(1))
print(logits.gather(1, labels.view(-1, 1)))
""",
    "ta_scatter": """
import torch
src = torch.arange(1, 11).reshape((2, 5))
index = torch.tensor([[0, 1, 2, 0]])
print(torch.zeros(3, 5, dtype=src.dtype).scatter_(0, index, src))
index = torch.tensor([[0, 1, 2], [0, 1, 4]])
print(torch.zeros(3, 5, dtype=src.dtype).scatter_(1, index, src))
print(torch.full((2, 4), 2.).scatter_(1, torch.tensor([[2], [3]]), 1.23, reduce='multiply'))
print(torch.full((2, 4), 2.).scatter_(1, torch.tensor([[2], [3]]), 1.23, reduce='add'))
labels = torch.tensor([0, 2, 1])
print(torch.zeros(3, 3).scatter_(1, labels.unsqueeze(1), 1.0))
print(torch.zeros(3, 3).scatter(1, labels.unsqueeze(1), 1.0))
""",
    "ta_scatter_add": """
import torch
src = torch.ones((2, 5))
index = torch.tensor([[0, 1, 2, 0, 0]])
print(torch.zeros(3, 5, dtype=src.dtype).scatter_add_(0, index, src))
index = torch.tensor([[0, 1, 2, 0, 0], [0, 1, 2, 2, 2]])
print(torch.zeros(3, 5, dtype=src.dtype).scatter_add_(0, index, src))
vals = torch.tensor([1., 2., 3., 4.])
groups = torch.tensor([0, 1, 0, 1])
print(torch.zeros(2).scatter_add(0, groups, vals))
print(torch.zeros(2).index_add(0, groups, vals))
""",
    "ta_scatter_reduce": """
import torch
src = torch.tensor([1., 2., 3., 4., 5., 6.])
index = torch.tensor([0, 1, 0, 1, 2, 1])
input = torch.tensor([1., 2., 3., 4.])
print(input.scatter_reduce(0, index, src, reduce="sum"))
print(input.scatter_reduce(0, index, src, reduce="sum", include_self=False))
print(input.scatter_reduce(0, index, src, reduce="amax"))
print(input.scatter_reduce(0, index, src, reduce="amax", include_self=False))
print(input.scatter_reduce(0, index, src, reduce="mean"))
print(input.scatter_reduce(0, index, src, reduce="prod"))
""",
    "ta_masked_select_fill": """
import torch
x = torch.tensor([[0.5, 1.5], [2.5, -0.5]])
mask = x.ge(0.6)
print(torch.masked_select(x, mask))
print(x.masked_fill(mask, 0.0))
print(x.masked_fill(~mask, float('-inf')))
y = x.clone()
y.masked_fill_(x < 0, -1)
print(y)
print(torch.masked_select(x, torch.tensor([True, False])))
scores = torch.tensor([[1., 2., 3.]])
pad = torch.tensor([[False, False, True]])
print(scores.masked_fill(pad, -1e9))
""",
    "ta_masked_scatter": """
import torch
x = torch.zeros(2, 3)
mask = torch.tensor([[True, False, True], [False, True, False]])
print(x.masked_scatter(mask, torch.tensor([1., 2., 3., 4.])))
print(x.masked_scatter_(mask, torch.arange(1., 7.).view(2, 3)))
""",
    "ta_nonzero": """
import torch
x = torch.tensor([[0.6, 0.0, 0.0, 0.0],
                  [0.0, 0.4, 0.0, 0.0],
                  [0.0, 0.0, 1.2, 0.0],
                  [0.0, 0.0, 0.0, -0.4]])
print(torch.nonzero(x))
print(torch.nonzero(x, as_tuple=True))
print(torch.nonzero(torch.tensor([1, 1, 1, 0, 1])))
print(torch.tensor([0, 0]).nonzero())
print(torch.tensor([0, 0]).nonzero().shape)
print(torch.count_nonzero(x), torch.count_nonzero(x, dim=0))
print(x.argwhere())
""",
    "ta_where_forms": """
import torch
x = torch.tensor([[1.0, -2.0], [-3.0, 4.0]])
print(torch.where(x > 0, x, torch.zeros_like(x)))
print(torch.where(x > 0, x, 0.0))
print(torch.where(x > 0, 1, 0))
print(torch.where(x > 0, 1.0, -1.0))
print(torch.where(x > 0))
print(torch.where(torch.tensor([True, False, True])))
print(x.where(x < 0, torch.tensor(9.0)))
print(torch.where(torch.tensor([1, 0, 2]).bool(), torch.tensor([1, 2, 3]), 0.5))
""",
    "ta_take_put": """
import torch
src = torch.tensor([[4, 3, 5], [6, 7, 8]])
print(torch.take(src, torch.tensor([0, 2, 5])))
print(src.take(torch.tensor([[1, -1]])))
x = torch.zeros(2, 3)
x.put_(torch.tensor([1, 4]), torch.tensor([9., 8.]))
print(x)
x.put_(torch.tensor([1, 1]), torch.tensor([1., 2.]), accumulate=True)
print(x)
print(torch.take_along_dim(src, torch.tensor([[0], [2]]), dim=1))
order = torch.tensor([[0, 2, 1]]).argsort(dim=1)
print(torch.take_along_dim(torch.tensor([[10, 30, 20]]), order, dim=1))
""",
    "ta_index_put_fill": """
import torch
x = torch.zeros(3, 4)
x[0] = 1
x[:, 1] = torch.tensor([5., 6., 7.])
x[2, 2:] = torch.tensor([8., 9.])
print(x)
x.index_fill_(1, torch.tensor([0, 3]), -1)
print(x)
y = torch.zeros(5)
y.index_put_((torch.tensor([0, 2]),), torch.tensor([1., 2.]))
print(y)
y.index_put_((torch.tensor([0, 0]),), torch.tensor([1., 1.]), accumulate=True)
print(y)
z = torch.zeros(3, 3)
z.index_copy_(0, torch.tensor([2, 0]), torch.ones(2, 3) * torch.tensor([[1.], [2.]]))
print(z)
""",
    "ta_index_errors": """
import torch
x = torch.arange(6).reshape(2, 3)
for f in (lambda: x[2], lambda: x[0, 3], lambda: x[:, -4], lambda: x[torch.tensor([0, 5])],
          lambda: x[0, 0, 0], lambda: torch.arange(3)[1.5]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    x.index_select(0, torch.tensor([0.0]))
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.gather(x, 1, torch.tensor([[0, 1]], dtype=torch.int32))
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_setitem_broadcast": """
import torch
x = torch.zeros(2, 3)
x[:] = torch.tensor([1., 2., 3.])
print(x)
x[...] = 5
print(x)
x[0, :] = torch.tensor(7.)
print(x)
x[[0, 1], [2, 0]] = torch.tensor([-1., -2.])
print(x)
i = torch.tensor([True, False])
x[i] = 0
print(x)
""",
    "ta_index_with_tensors_and_lists": """
import torch
x = torch.arange(10) * 10
print(x[torch.tensor(3)], x[torch.tensor([3])])
print(x[[1]], x[(1,)])
print(x[torch.arange(0, 10, 3)])
print(x[x > 50][:2])
print(x[-3:], x[:-7])
idx = torch.argsort(x, descending=True)[:3]
print(idx, x[idx])
""",
    "ta_unravel_and_flat_index": """
import torch
x = torch.tensor([[3, 9, 2], [7, 1, 8]])
flat = x.argmax()
print(flat, flat // x.shape[1], flat % x.shape[1])
print(torch.unravel_index(flat, x.shape))
print(torch.unravel_index(torch.tensor([1, 5]), (2, 3)))
print(x.flatten()[flat])
""",
    "ta_diag_and_triangles": """
import torch
m = torch.arange(1, 10).reshape(3, 3)
print(torch.diag(m), torch.diag(m, 1), torch.diagonal(m, -1))
print(torch.diag(torch.tensor([1, 2, 3])))
print(torch.triu(m), torch.tril(m, -1))
print(torch.diag_embed(torch.tensor([[1., 2.], [3., 4.]])))
print(m.trace(), torch.trace(m.float()))
print(torch.triu_indices(3, 3), torch.tril_indices(3, 3, -1))
""",
    "ta_narrow_select_unbind": """
import torch
x = torch.arange(12).reshape(3, 4)
print(x.narrow(1, 1, 2))
print(torch.narrow(x, 0, 2, 1))
print(x.select(1, -1))
print(torch.unbind(x, dim=1))
a, b, c = x
print(a, c)
print([r.sum().item() for r in x])
""",
    "ta_inplace_returns": """
import torch
x = torch.tensor([1.0, 2.0])
y = x.add_(1)
print(y is x, x)
print(x.mul_(2), x.sub_(1), x.div_(2))
print(x.clamp_(0, 2), x.zero_(), x.fill_(3))
print(x.pow_(2), x.sqrt_(), x.neg_(), x.abs_())
print(x.exp_().log_())
z = torch.ones(2, 2)
print(z.t_() is z, z.transpose_(0, 1).shape)
print(z.unsqueeze_(0).shape, z.squeeze_().shape)
print(x.add_(torch.tensor([1.0, 2.0]), alpha=2))
print(x.addcmul_(torch.tensor([1.0, 1.0]), torch.tensor([2.0, 3.0]), value=0.5))
print(x.addcdiv_(torch.tensor([1.0, 1.0]), torch.tensor([2.0, 4.0])))
print(x.lerp_(torch.zeros(2), 0.5))
""",
    "ta_inplace_dtype_errors": """
import torch
x = torch.tensor([1, 2, 3])
try:
    x.add_(0.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    x.div_(2)
except Exception as e:
    print(type(e).__name__, e)
try:
    x.mul_(torch.tensor([1.5, 1.5, 1.5]))
except Exception as e:
    print(type(e).__name__, e)
f = torch.tensor([1.0, 2.0])
f.add_(torch.tensor([1, 2]))
print(f)
b = torch.tensor([True, False])
try:
    b.add_(1)
except Exception as e:
    print(type(e).__name__, e)
y = torch.zeros(2, 3)
try:
    y.add_(torch.ones(3, 3))
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_inplace_leaf_error": """
import torch
w = torch.ones(2, requires_grad=True)
try:
    w.add_(1)
except Exception as e:
    print(type(e).__name__, e)
try:
    w[0] = 5
except Exception as e:
    print(type(e).__name__, e)
with torch.no_grad():
    w.add_(1)
print(w)
w.data.mul_(2)
print(w, w.is_leaf)
""",
    "ta_fill_diagonal_and_index_fill": """
import torch
m = torch.zeros(3, 4)
m.fill_diagonal_(1.5)
print(m)
n = torch.zeros(5, 2)
print(n.fill_diagonal_(2, wrap=True))
print(torch.arange(6.).reshape(2, 3).index_fill(1, torch.tensor([1]), 0))
""",
    "ta_one_hot_via_eye": """
import torch
labels = torch.tensor([2, 0, 1, 2])
print(torch.eye(3)[labels])
print(torch.nn.functional.one_hot(labels))
print(torch.nn.functional.one_hot(labels, num_classes=4).dtype)
print(torch.eye(3, dtype=torch.long)[labels].sum(0))
""",
    "ta_sort_and_index": """
import torch
x = torch.tensor([[3, 1, 2], [9, 7, 8]])
vals, idx = x.sort(dim=1)
print(vals, idx)
print(torch.sort(x, dim=0, descending=True))
print(x.sort(descending=True).values)
print(torch.argsort(torch.tensor([0.3, 0.1, 0.2])))
print(torch.msort(torch.tensor([[2, 1], [0, 3]])))
print(torch.sort(torch.tensor([2, 1, 2, 1]), stable=True))
""",
}
