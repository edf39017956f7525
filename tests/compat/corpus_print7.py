"""Compat corpus: the grad_fn people print while learning autograd, across everyday ops."""

SNIPPETS = {
    "pr7_grad_fn_names_everyday_ops": """
import torch
import torch.nn.functional as F
x = torch.tensor([[0.5, -1.0], [2.0, 0.25]], requires_grad=True)
y = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
ops = {
    'add': lambda: x + y,
    'sub_scalar': lambda: x - 1,
    'rsub': lambda: 1 - x,
    'mul_scalar': lambda: x * 2,
    'div': lambda: x / y,
    'rdiv': lambda: 1 / x,
    'pow2': lambda: x ** 2,
    'rpow': lambda: 2 ** x,
    'neg': lambda: -x,
    'abs': lambda: x.abs(),
    'matmul': lambda: x @ y,
    'mean': lambda: x.mean(),
    'mean_dim': lambda: x.mean(0),
    'sum_dim': lambda: x.sum(1),
    'max': lambda: x.max(),
    'max_dim': lambda: x.max(1)[0],
    'amax': lambda: x.amax(1),
    'norm': lambda: x.norm(),
    'std': lambda: x.std(),
    'var': lambda: x.var(1),
    'exp': lambda: x.exp(),
    'log_abs': lambda: x.abs().log(),
    'sqrt_abs': lambda: x.abs().sqrt(),
    'relu': lambda: x.relu(),
    'sigmoid': lambda: torch.sigmoid(x),
    'tanh': lambda: x.tanh(),
    'softmax': lambda: x.softmax(1),
    'log_softmax': lambda: x.log_softmax(1),
    'clamp': lambda: x.clamp(0, 1),
    'clamp_min': lambda: x.clamp(min=0),
    'where': lambda: torch.where(x > 0, x, y),
    'view': lambda: x.view(4),
    'reshape_t': lambda: x.t().reshape(4),
    'flatten': lambda: x.flatten(),
    'T': lambda: x.T,
    'transpose': lambda: x.transpose(0, 1),
    'permute': lambda: x.permute(1, 0),
    'unsqueeze': lambda: x.unsqueeze(0),
    'squeeze': lambda: x.unsqueeze(0).squeeze(0),
    'expand': lambda: x[:1].expand(3, 2),
    'index': lambda: x[0],
    'slice': lambda: x[:, 1:],
    'fancy': lambda: x[[0, 1], [1, 0]],
    'mask': lambda: x[x > 0],
    'cat': lambda: torch.cat([x, y]),
    'stack': lambda: torch.stack([x, y]),
    'split0': lambda: x.split(1)[0],
    'chunk': lambda: x.chunk(2, 1)[1],
    'gather': lambda: x.gather(1, torch.tensor([[0], [1]])),
    'masked_fill': lambda: x.masked_fill(x > 1, 0),
    'clone': lambda: x.clone(),
    'detach_mul': lambda: x.detach() * y,
    'mse': lambda: F.mse_loss(x, y),
    'l1': lambda: F.l1_loss(x, y),
    'ce': lambda: F.cross_entropy(x, torch.tensor([0, 1])),
    'bce': lambda: F.binary_cross_entropy(torch.sigmoid(x), torch.ones(2, 2)),
    'bcel': lambda: F.binary_cross_entropy_with_logits(x, torch.ones(2, 2)),
    'smoothl1': lambda: F.smooth_l1_loss(x, y),
    'huber': lambda: F.huber_loss(x, y),
    'nll': lambda: F.nll_loss(x, torch.tensor([0, 1])),
    'kl': lambda: F.kl_div(x.log_softmax(1), y.softmax(1), reduction='batchmean'),
    'cos': lambda: F.cosine_similarity(x, y),
    'normalize': lambda: F.normalize(x),
    'dropout_eval': lambda: F.dropout(x, 0.5, False),
    'gelu': lambda: F.gelu(x),
    'silu': lambda: F.silu(x),
    'leaky': lambda: F.leaky_relu(x),
    'elu': lambda: F.elu(x),
    'softplus': lambda: F.softplus(x),
    'cumsum': lambda: x.cumsum(0),
    'prod': lambda: x.prod(),
    'sort': lambda: x.sort(1)[0],
    'topk': lambda: x.topk(1)[0],
    'min_other': lambda: torch.minimum(x, y),
    'to_double': lambda: x.double(),
    'float_same': lambda: x.float(),
    'contiguous_t': lambda: x.t().contiguous(),
    'repeat': lambda: x.repeat(2, 1),
    'flip': lambda: x.flip(0),
    'trace': lambda: x.trace(),
    'diag': lambda: x.diag(),
    'tril': lambda: x.tril(),
    'outer': lambda: torch.outer(x[0], y[0]),
    'dot': lambda: x[0].dot(y[0]),
    'einsum': lambda: torch.einsum('ij,jk->ik', x, y),
    'logsumexp': lambda: x.logsumexp(1),
    'linear': lambda: F.linear(x, y),
    'linear_b': lambda: F.linear(x, y, y[0]),
    'mm': lambda: x.mm(y),
    'bmm': lambda: x[None].bmm(y[None]),
    'inverse': lambda: torch.linalg.inv(y),
    'det': lambda: torch.det(y),
    'pad': lambda: F.pad(x, (1, 1)),
    'interp': lambda: F.interpolate(x[None, None], scale_factor=2),
    'layer_norm': lambda: F.layer_norm(x, (2,)),
    'sum_all': lambda: x.sum(),
    'iadd_clone': lambda: x.clone().add_(1),
    'square': lambda: x.square(),
    'sign': lambda: x.sign(),
    'round': lambda: x.round(),
}
for k, f in ops.items():
    print(k, f().grad_fn)
""",
    "pr7_printoptions_matrix_of_dtypes": """
import torch
vals = [[1e-3, 1.0, 12.5], [1e6, 1.0, 0.5], [-1e-8, 3.0, 7.0]]
for opts in ({'precision': 2}, {'sci_mode': True}, {'sci_mode': False}, {'linewidth': 30},
             {'precision': 1, 'sci_mode': False, 'linewidth': 50}):
    torch.set_printoptions(**opts)
    for dt in (torch.float32, torch.float64, torch.float16):
        print(opts, torch.tensor(vals, dtype=dt))
    print(torch.tensor(vals).to(torch.complex64) * (1 + 1j))
    torch.set_printoptions(profile='default')
""",
    "pr7_printoptions_ints_ignore_precision": """
import torch
torch.set_printoptions(precision=1, sci_mode=True)
print(torch.tensor([123456, -7]), torch.tensor([True, False]), torch.tensor(5))
torch.set_printoptions(threshold=4, edgeitems=1)
print(torch.arange(10), torch.arange(10.).view(2, 5))
""",
    "pr7_random_matrix_prints": """
import torch
torch.manual_seed(0)
w = torch.randn(3, 4) * 1000
print(w)
print(torch.randn(5) * 1e-5)
print(torch.rand(2, 3, dtype=torch.float64))
print((torch.randn(4) * 100).round().long())
""",
}
