"""Compat corpus, tensor API part 6: data-wrangling recipes from tutorials and Q&A threads."""

SNIPPETS = {
    "ta_recipe_hwc_to_chw": """
import torch
img = torch.arange(2 * 3 * 3).reshape(2, 3, 3)  # H, W, C
chw = img.permute(2, 0, 1)
print(chw.shape, chw.is_contiguous())
print(chw[0])
batch = chw.unsqueeze(0).float() / 255
print(batch.shape, batch.dtype, batch.max())
print(batch.squeeze(0).permute(1, 2, 0).mul(255).round().to(torch.uint8)[0])
""",
    "ta_recipe_minibatches": """
import torch
X = torch.arange(20.).reshape(10, 2)
y = torch.arange(10) % 3
for i, (xb, yb) in enumerate(zip(X.split(4), y.split(4))):
    print(i, xb.shape, yb.tolist(), xb.sum().item())
idx = torch.tensor([9, 0, 4, 7])
print(X[idx], y[idx])
""",
    "ta_recipe_group_mean": """
import torch
values = torch.tensor([1., 2., 3., 4., 5., 6.])
groups = torch.tensor([0, 1, 0, 2, 1, 0])
sums = torch.zeros(3).scatter_add_(0, groups, values)
counts = torch.bincount(groups, minlength=3)
print(sums, counts, sums / counts)
u, inv = torch.unique(groups, return_inverse=True)
print(u, inv)
print(torch.zeros(3).index_add_(0, groups, values))
""",
    "ta_recipe_sliding_window": """
import torch
series = torch.arange(1., 11.)
windows = series.unfold(0, 3, 1)
print(windows.shape)
print(windows.mean(dim=1))
print(series.unfold(0, 4, 2))
kernel = torch.ones(3) / 3
print(torch.stack([(series[i:i + 3] * kernel).sum() for i in range(len(series) - 2)]))
""",
    "ta_recipe_pad_and_mask": """
import torch
seqs = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6])]
max_len = max(len(s) for s in seqs)
padded = torch.zeros(len(seqs), max_len, dtype=torch.long)
for i, s in enumerate(seqs):
    padded[i, :len(s)] = s
print(padded)
lengths = torch.tensor([len(s) for s in seqs])
mask = torch.arange(max_len)[None, :] < lengths[:, None]
print(mask)
print(padded.masked_fill(~mask, -1))
print((padded * mask).sum(1) / lengths)
""",
    "ta_recipe_topk_accuracy": """
import torch
scores = torch.tensor([[0.1, 0.5, 0.2, 0.2], [0.6, 0.1, 0.2, 0.1], [0.2, 0.2, 0.5, 0.1]])
targets = torch.tensor([2, 0, 1])
top2 = scores.topk(2, dim=1).indices
print(top2)
hit = (top2 == targets.unsqueeze(1)).any(dim=1)
print(hit, hit.float().mean().item())
print(scores.argsort(dim=1, descending=True)[:, :2])
""",
    "ta_recipe_pairwise_dist": """
import torch
pts = torch.tensor([[0., 0.], [3., 4.], [6., 8.]])
diff = pts[:, None, :] - pts[None, :, :]
d = diff.pow(2).sum(-1).sqrt()
print(d)
print(torch.cdist(pts, pts))
print((pts.unsqueeze(1) - pts).norm(dim=2))
nearest = d.masked_fill(torch.eye(3, dtype=torch.bool), float('inf')).argmin(dim=1)
print(nearest)
""",
    "ta_recipe_attention_shapes": """
import torch
B, T, H, D = 2, 3, 2, 4
x = torch.arange(B * T * H * D, dtype=torch.float32).reshape(B, T, H * D) / 100
q = x.view(B, T, H, D).transpose(1, 2)
print(q.shape, q.is_contiguous())
scores = q @ q.transpose(-2, -1) / D ** 0.5
print(scores.shape)
mask = torch.tril(torch.ones(T, T)).bool()
att = scores.masked_fill(~mask, float('-inf')).softmax(-1)
print(att[0, 0])
out = (att @ q).transpose(1, 2).contiguous().view(B, T, H * D)
print(out.shape, out[0, 0])
print(torch.einsum('bhtd,bhsd->bhts', q, q).allclose(q @ q.transpose(-2, -1)))
""",
    "ta_recipe_normalize_rows": """
import torch
m = torch.tensor([[3., 4.], [1., 0.], [0., 0.]])
print(m / m.norm(dim=1, keepdim=True))
print(m / m.norm(dim=1, keepdim=True).clamp(min=1e-12))
print(torch.nn.functional.normalize(m, p=2, dim=1))
print(m / m.sum(dim=1, keepdim=True))
print(torch.softmax(m, dim=1))
""",
    "ta_recipe_confusion_bincount": """
import torch
y_true = torch.tensor([0, 1, 2, 2, 1, 0, 2])
y_pred = torch.tensor([0, 2, 2, 2, 1, 0, 1])
k = 3
cm = torch.bincount(y_true * k + y_pred, minlength=k * k).reshape(k, k)
print(cm)
print(cm.diag(), cm.sum(0), cm.sum(1))
print(cm.diag().float() / cm.sum(1).float())
print(cm.trace().item() / cm.sum().item())
""",
    "ta_recipe_sort_by_key": """
import torch
names = ["c", "a", "b", "d"]
scores = torch.tensor([0.3, 0.9, 0.5, 0.1])
order = scores.argsort(descending=True)
print(order, [names[i] for i in order])
vals, idx = torch.sort(scores)
print(vals, idx)
rank = torch.empty_like(order)
rank[order] = torch.arange(len(order))
print(rank)
""",
    "ta_recipe_cumulative_stats": """
import torch
x = torch.tensor([2., 4., 6., 8.])
n = torch.arange(1, 5)
print(x.cumsum(0) / n)
print(torch.cummax(torch.tensor([1., 3., 2., 5., 4.]), 0).values)
rewards = torch.tensor([1., 1., 1., 1.])
gamma = 0.9
returns = torch.zeros(4)
running = 0.0
for t in reversed(range(4)):
    running = rewards[t] + gamma * running
    returns[t] = running
print(returns)
print((returns - returns.mean()) / returns.std())
""",
    "ta_recipe_linear_regression_closed_form": """
import torch
X = torch.tensor([[1., 1.], [1., 2.], [1., 3.], [1., 4.]])
y = torch.tensor([[6.], [5.], [7.], [10.]])
w = torch.linalg.inv(X.T @ X) @ X.T @ y
print(w)
print(torch.linalg.lstsq(X, y).solution)
print(torch.linalg.solve(X.T @ X, X.T @ y))
print(X @ w - y)
print(((X @ w - y) ** 2).mean())
""",
    "ta_recipe_onehot_argmax_roundtrip": """
import torch
labels = torch.tensor([1, 0, 3])
oh = torch.zeros(labels.size(0), 4).scatter_(1, labels.unsqueeze(1), 1)
print(oh)
print(oh.argmax(1), oh.nonzero())
print(torch.nn.functional.one_hot(labels, 4).float().equal(oh))
print((oh * torch.tensor([10., 20., 30., 40.])).sum(1))
""",
    "ta_recipe_batch_outer_and_diag": """
import torch
v = torch.tensor([[1., 2.], [3., 4.]])
outer = v.unsqueeze(2) * v.unsqueeze(1)
print(outer)
print(torch.einsum('bi,bj->bij', v, v).equal(outer))
print(torch.diag_embed(v))
print(torch.diagonal(outer, dim1=1, dim2=2))
print(outer.sum(dim=(1, 2)), outer.flatten(1).max(1).values)
""",
    "ta_recipe_clipping_and_thresholds": """
import torch
x = torch.tensor([-3., -1., 0., 1., 3.])
print(torch.where(x.abs() > 2, x.sign() * 2, x))
print(x.clamp(-2, 2))
print((x > 0).to(torch.float32), (x > 0).long().sum())
print(torch.nn.functional.threshold(x, 0.5, -9.0))
print(torch.heaviside(x, torch.tensor(0.5)))
print(x.gt(0).logical_and(x.lt(2)))
""",
    "ta_recipe_grid_coordinates": """
import torch
H, W = 2, 3
ys, xs = torch.meshgrid(torch.arange(H), torch.arange(W), indexing='ij')
coords = torch.stack([xs, ys], dim=-1).float()
print(coords.shape)
print(coords.view(-1, 2))
norm = coords / torch.tensor([W - 1, H - 1])
print(norm * 2 - 1)
print(torch.cartesian_prod(torch.arange(2), torch.arange(3)))
""",
    "ta_recipe_tensor_stats_report": """
import torch
t = torch.tensor([[0.5, -1.5, 2.0], [3.25, 0.0, -0.75]])
print(f"shape={tuple(t.shape)} dtype={t.dtype} device={t.device}")
print(f"min={t.min():.3f} max={t.max():.3f} mean={t.mean():.3f} std={t.std():.3f}")
print("sum per row:", t.sum(1).tolist())
print("abs max at", divmod(t.abs().argmax().item(), t.shape[1]))
print("positives:", (t > 0).sum().item(), "of", t.numel())
print(torch.round(t * 100) / 100)
""",
    "ta_recipe_dtype_pitfalls": """
import torch
a = torch.tensor([1, 2, 3])
print(a / 2, a // 2, a * 0.5, a.mean(dtype=torch.float32), a.float().mean())
b = torch.tensor([0.1, 0.2])
print(b.sum() == 0.3, torch.isclose(b.sum(), torch.tensor(0.3)))
print(torch.tensor(0.1) + torch.tensor(0.2), torch.tensor(0.1, dtype=torch.float64) + 0.2)
print((torch.tensor([1, 2]) + torch.tensor([0.5])).dtype)
print(torch.tensor([1, 2], dtype=torch.int32) + torch.tensor([1], dtype=torch.int64))
print(torch.arange(5) * 1.0, (torch.arange(5) > 2).sum().dtype)
""",
    "ta_recipe_tensor_equality_checks": """
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = a.clone()
print(torch.equal(a, b), a is b, (a == b).all().item())
b[1] += 1e-7
print(torch.equal(a, b), torch.allclose(a, b))
print(torch.testing.assert_close(a, a) is None)
try:
    torch.testing.assert_close(a, a + 1)
except AssertionError as e:
    print("AssertionError", str(e).splitlines()[0])
""",
    "ta_recipe_flatten_params_like": """
import torch
shapes = [(2, 3), (3,), (3, 1)]
tensors = [torch.arange(float(torch.Size(s).numel())).reshape(s) for s in shapes]
flat = torch.cat([t.flatten() for t in tensors])
print(flat.shape, flat)
sizes = [t.numel() for t in tensors]
back = [c.view(s) for c, s in zip(flat.split(sizes), shapes)]
print([b.shape for b in back], all(torch.equal(a, b) for a, b in zip(tensors, back)))
print(torch.Size([2, 3]).numel(), torch.Size([2, 3])[1:], len(torch.Size([4, 5, 6])))
""",
    "ta_recipe_histogram_counts": """
import torch
x = torch.tensor([0.1, 0.4, 0.45, 0.8, 0.95, 0.3])
print(torch.histc(x, bins=4, min=0, max=1))
edges = torch.linspace(0, 1, 5)
print(edges, torch.bucketize(x, edges))
print(torch.searchsorted(edges, x, right=True) - 1)
h = torch.histogram(x, bins=4, range=(0., 1.))
print(h.hist, h.bin_edges)
""",
    "ta_recipe_matrix_ops": """
import torch
A = torch.tensor([[2., -1.], [1., 3.]])
print(A.T, A.t().t().equal(A), A.inverse() @ A)
print(torch.matrix_power(A, 3), torch.linalg.matrix_power(A, -1))
print(torch.trace(A), torch.det(A), torch.linalg.matrix_rank(A))
print(torch.kron(torch.eye(2), A))
print(torch.block_diag(A, torch.tensor([[5.]])))
print(torch.linalg.norm(A, 'fro'), torch.linalg.cond(A) if hasattr(torch.linalg, 'cond') else None)
""",
    "ta_recipe_bool_indexing_update": """
import torch
scores = torch.tensor([55., 72., 38., 91., 64.])
grades = torch.full(scores.shape, 'F' == 'F', dtype=torch.bool)
print(grades)
passed = scores >= 60
scores[passed] += 5
print(scores, passed.sum())
scores[~passed] = scores[~passed].clamp(min=50)
print(scores)
print(scores[(scores > 60) & (scores < 90)])
print(torch.where(passed, scores, torch.zeros_like(scores)).sum())
""",
    "ta_recipe_inplace_accumulate_loop": """
import torch
acc = torch.zeros(3)
for step in range(4):
    acc += torch.tensor([1., 2., 3.]) * step
print(acc)
acc.mul_(0.5).add_(1)
print(acc)
m = torch.zeros(2, 2)
for i in range(2):
    for j in range(2):
        m[i, j] = i * 2 + j
print(m, m.sum())
total = torch.tensor(0)
for v in torch.arange(5):
    total += v
print(total, total.dtype)
""",
    "ta_recipe_strings_from_tensors": """
import torch
t = torch.tensor([1.23456, 2.5, -0.001])
print(", ".join(f"{v:.2f}" for v in t.tolist()))
print(str(t.numpy().round(2)))
print(repr(t.tolist()))
print("%s" % t)
print("value: " + str(t[0].item()))
print(t.dtype == torch.float32, str(t.dtype), t.dtype.is_floating_point)
""",
}
