"""Compat corpus, part 5: numpy-style keywords, functional APIs, hooks and module utilities."""

SNIPPETS = {
    "axis_keyword_alias": """
import torch
x = torch.tensor([[1., 2.], [3., 4.]])
print(x.sum(axis=0))
print(torch.mean(x, axis=1))
print(x.max(axis=1).values)
print(torch.cat([x, x], axis=1).shape)
print(x.argmax(axis=0))
""",
    "nested_list_error": """
import torch
try:
    torch.tensor([[1, 2], [3]])
except ValueError as e:
    print(type(e).__name__, e)
""",
    "dtype_str_compare": """
import torch
x = torch.zeros(2)
print(str(x.dtype), x.dtype == torch.float32)
print(x.dtype in (torch.float16, torch.float32))
print(x.is_floating_point(), x.dtype.is_floating_point)
print(torch.int64.is_signed, torch.float64.itemsize)
print(x.element_size(), x.nbytes)
""",
    "size_index_loops": """
import torch
x = torch.zeros(3, 4)
for i in range(x.size(0)):
    pass
print(i, x.size()[1], x.shape[-1], x.shape.numel())
rows, cols = x.shape
print(rows, cols)
print(x.view(x.size(0), -1).shape)
""",
    "generator_object": """
import torch
g = torch.Generator().manual_seed(42)
print(type(g).__name__)
print(torch.randn(3, generator=g).shape)
print(g.initial_seed())
""",
    "elementwise_max_min": """
import torch
a = torch.tensor([1., 5., 3.])
b = torch.tensor([4., 2., 6.])
print(torch.max(a, b), torch.min(a, b))
print(torch.maximum(a, b))
print(a.max().item(), a.min().item())
print(torch.max(a))
""",
    "topk_smallest": """
import torch
x = torch.tensor([5., 1., 4., 2.])
print(torch.topk(x, 2, largest=False))
print(x.argsort(descending=True))
print(x.kthvalue(2))
print(x.median())
""",
    "masked_select_nonzero": """
import torch
x = torch.tensor([[1, 0, 3], [0, 5, 0]])
print(torch.masked_select(x, x > 0))
print((x != 0).nonzero().squeeze())
print(torch.ne(x, 0).sum(dim=1))
""",
    "flatten_squeeze_fn": """
import torch
x = torch.zeros(2, 1, 3)
print(torch.flatten(x).shape)
print(torch.squeeze(x, 1).shape)
print(torch.unsqueeze(x, -1).shape)
print(x[:, None, :].shape)
print(x.squeeze(-2).shape)
""",
    "dropout_functional_eval": """
import torch
import torch.nn.functional as F
x = torch.ones(5)
print(F.dropout(x, p=0.5, training=False))
y = torch.tensor([-1., 2.])
F.relu(y, inplace=True)
print(y)
""",
    "histc_bucketize": """
import torch
x = torch.tensor([1., 2., 1., 4., 3.])
print(torch.histc(x, bins=4, min=0, max=4))
print(torch.bucketize(torch.tensor([0.5, 2.5]), torch.tensor([1., 2., 3.])))
print(torch.searchsorted(torch.tensor([1, 3, 5]), torch.tensor([2, 6])))
""",
    "autograd_gradcheck": """
import torch
from torch.autograd import gradcheck
x = torch.tensor([0.5, 1.5], dtype=torch.double, requires_grad=True)
print(gradcheck(torch.sin, (x,)))
print(gradcheck(lambda a: (a ** 2).sum(), (x,), eps=1e-6, atol=1e-4))
""",
    "ctx_needs_input_grad": """
import torch
class Mul(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b):
        ctx.save_for_backward(a, b)
        return a * b
    @staticmethod
    def backward(ctx, g):
        a, b = ctx.saved_tensors
        print(ctx.needs_input_grad)
        ga = g * b if ctx.needs_input_grad[0] else None
        return ga, g * a if ctx.needs_input_grad[1] else None
a = torch.tensor(2., requires_grad=True)
b = torch.tensor(3.)
y = Mul.apply(a, b)
print(y)
y.backward()
print(a.grad, b.grad)
""",
    "func_grad_vmap": """
import torch
from torch.func import grad, vmap
f = lambda x: (x ** 2).sum()
print(grad(f)(torch.tensor([1., 2.])))
print(vmap(torch.dot)(torch.ones(3, 2), torch.arange(6.).view(3, 2)))
""",
    "functional_vjp_jvp": """
import torch
from torch.autograd.functional import vjp, jvp
def f(x):
    return x ** 2
print(vjp(f, torch.tensor([1., 2.]), torch.tensor([1., 1.])))
print(jvp(f, torch.tensor([1., 2.]), torch.tensor([1., 0.])))
""",
    "forward_hook_module": """
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
nn.init.eye_(m.weight)
nn.init.zeros_(m.bias)
acts = {}
def hook(module, inp, out):
    acts['out'] = out.detach()
h = m.register_forward_hook(hook)
m(torch.tensor([[1., 2.]]))
print(acts['out'])
h.remove()
print(type(h).__name__)
""",
    "parameters_to_vector": """
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters
m = nn.Linear(2, 1)
vector_to_parameters(torch.tensor([1., 2., 3.]), m.parameters())
print(m.weight, m.bias)
print(parameters_to_vector(m.parameters()))
""",
    "init_shapes_only": """
import torch
import torch.nn as nn
w = torch.empty(3, 5)
nn.init.xavier_uniform_(w)
print(w.shape, bool((w.abs() <= (6 / 8) ** 0.5).all()))
nn.init.kaiming_normal_(w, mode='fan_out', nonlinearity='relu')
print(w.shape)
nn.init.normal_(w, mean=0.0, std=0.02)
print(w.dtype)
""",
    "named_buffers_modules": """
import torch.nn as nn
bn = nn.BatchNorm1d(3)
print([n for n, _ in bn.named_buffers()])
print([n for n, _ in bn.named_parameters()])
print(bn.num_batches_tracked)
""",
    "anomaly_context": """
import torch
with torch.autograd.set_detect_anomaly(True):
    x = torch.tensor([1.], requires_grad=True)
    (x * 2).sum().backward()
print(x.grad)
print(torch.is_anomaly_enabled())
""",
    "diff_cumulative": """
import torch
x = torch.tensor([1, 4, 9, 16])
print(x.diff())
print(torch.diff(x, n=2))
print(torch.cumsum(torch.ones(3, 3), dim=-1))
""",
    "no_grad_method_decorator": """
import torch
import torch.nn as nn
class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(1, 1)
    @torch.no_grad()
    def predict(self, x):
        return self.lin(x)
m = Model()
print(m.predict(torch.ones(1, 1)).requires_grad)
""",
    "grad_data_zero": """
import torch
w = torch.tensor([1., 2.], requires_grad=True)
(w * w).sum().backward()
w.grad.data.zero_()
print(w.grad)
(w * 3).sum().backward()
print(w.grad)
""",
    "next_functions_accumulate": """
import torch
a = torch.tensor(1., requires_grad=True)
b = torch.tensor(2., requires_grad=True)
c = a * b
print(c.grad_fn.next_functions)
print(c.grad_fn.next_functions[0][0].variable is a)
""",
    "backward_ones_like": """
import torch
x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
y = x ** 2
y.backward(torch.ones_like(y))
print(x.grad)
""",
    "retain_graph_grad_twice": """
import torch
x = torch.tensor(2., requires_grad=True)
y = x ** 3
g1 = torch.autograd.grad(y, x, retain_graph=True)
g2 = torch.autograd.grad(y, x)
print(g1, g2)
""",
    "set_printoptions_linewidth": """
import torch
torch.set_printoptions(linewidth=40)
print(torch.arange(20.))
torch.set_printoptions(threshold=5, edgeitems=2)
print(torch.arange(10))
torch.set_printoptions(profile='full')
print(torch.arange(12).view(3, 4))
""",
    "complex_tensor_basic": """
import torch
z = torch.tensor([1 + 2j, 3 - 1j])
print(z, z.dtype)
print(z.real, z.imag)
print(z.abs())
print(torch.complex(torch.tensor([1.]), torch.tensor([2.])))
""",
    "float16_ops": """
import torch
h = torch.tensor([1.5, 2.25], dtype=torch.float16)
print(h * 2)
print(h.float())
print(h.half().dtype, torch.tensor([1.0]).half())
""",
    "tensor_iter_rows": """
import torch
m = torch.tensor([[1, 2], [3, 4]])
for row in m:
    print(row, row.sum().item())
print([r.tolist() for r in m.unbind(1)])
""",
    "mean_std_normalize_images": """
import torch
imgs = torch.arange(24.).view(2, 3, 2, 2)
mean = imgs.mean(dim=(0, 2, 3))
std = imgs.std(dim=(0, 2, 3))
print(mean, std)
norm = (imgs - mean[None, :, None, None]) / std[None, :, None, None]
print(norm.mean(dim=(0, 2, 3)).abs().max() < 1e-6)
""",
    "onehot_argmax_roundtrip": """
import torch
import torch.nn.functional as F
labels = torch.tensor([2, 0, 1])
oh = F.one_hot(labels, 3).float()
print(oh)
print(oh.argmax(dim=1).equal(labels))
print(oh.sum(0))
""",
    "sigmoid_threshold_preds": """
import torch
logits = torch.tensor([-2., 0.5, 3., -0.1])
probs = torch.sigmoid(logits)
preds = (probs > 0.5).long()
print(probs)
print(preds)
print(preds.tolist())
""",
    "softmax_temperature": """
import torch
logits = torch.tensor([2.0, 1.0, 0.1])
for T in [0.5, 1.0, 2.0]:
    print(T, torch.softmax(logits / T, dim=0))
""",
    "weight_decay_manual": """
import torch
w = torch.tensor([1., -2.], requires_grad=True)
loss = (w ** 2).sum() + 0.01 * w.norm(p=2) ** 2
loss.backward()
print(loss, w.grad)
""",
    "lbfgs_step": """
import torch
x = torch.tensor([3.0], requires_grad=True)
opt = torch.optim.LBFGS([x], lr=1, max_iter=20)
def closure():
    opt.zero_grad()
    loss = (x - 1) ** 2
    loss.backward()
    return loss
opt.step(closure)
print(round(x.item(), 4))
""",
    "exponential_lr_lambda": """
import torch
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
s = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.5)
l = torch.optim.lr_scheduler.LambdaLR(torch.optim.SGD([w], lr=2.0), lambda e: 1 / (e + 1))
for _ in range(3):
    opt.step()
    s.step()
    l.optimizer.step()
    l.step()
print(s.get_last_lr(), l.get_last_lr())
""",
    "reduce_on_plateau": """
import torch
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
s = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, patience=1, factor=0.5)
for loss in [1.0, 0.9, 0.95, 0.97, 0.99, 0.98]:
    s.step(loss)
    print(opt.param_groups[0]['lr'])
""",
    "embedding_bag_padding": """
import torch
import torch.nn as nn
emb = nn.Embedding(4, 2, padding_idx=0)
print(emb.weight[0])
print(emb(torch.tensor([[0, 1]])).shape)
""",
    "sequential_slicing": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 4), nn.ReLU())
print(model[:2])
print(model[-1])
model.append(nn.Softmax(dim=1))
print(len(model))
""",
    "module_get_submodule_setattr": """
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(2, 2))
        self.head = nn.Linear(2, 1)
net = Net()
print(net.get_submodule('body.0'))
net.head = nn.Linear(2, 3)
print(net)
print(sum(1 for _ in net.modules()))
""",
    "batchnorm2d_eval_values": """
import torch
import torch.nn as nn
bn = nn.BatchNorm2d(2)
bn.eval()
x = torch.arange(8.).view(1, 2, 2, 2)
print(bn(x))
""",
    "groupnorm_instance": """
import torch
import torch.nn as nn
x = torch.arange(16.).view(1, 4, 2, 2)
print(nn.GroupNorm(2, 4)(x)[0, 0])
print(nn.InstanceNorm2d(4)(x)[0, 1])
""",
    "mseloss_broadcast_warning_shape": """
import torch
import torch.nn as nn
pred = torch.tensor([[1.], [2.], [3.]])
y = torch.tensor([1., 2., 3.])
print(nn.MSELoss()(pred, y))
print(nn.MSELoss()(pred.squeeze(), y))
""",
    "tensor_comparison_scalar_types": """
import torch
x = torch.tensor([1, 2, 3])
print(x == 2, x > 1.5, x <= torch.tensor(2))
print((x == 2).dtype)
print(x.eq(2).any())
""",
    "inplace_version_error": """
import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = a.sigmoid()
b.mul_(2)
try:
    b.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, str(e).split(':')[0])
""",
    "scatter_add_counts": """
import torch
idx = torch.tensor([0, 1, 0, 2, 1, 0])
counts = torch.zeros(3).scatter_add_(0, idx, torch.ones(6))
print(counts)
print(torch.zeros(3, dtype=torch.long).index_add_(0, idx, torch.ones(6, dtype=torch.long)))
""",
    "repeat_interleave_tile": """
import torch
x = torch.tensor([1, 2, 3])
print(x.repeat_interleave(2))
print(torch.tile(x, (2,)))
print(torch.repeat_interleave(torch.tensor([[1, 2]]), 2, dim=0))
""",
    "pairwise_distances_manual": """
import torch
pts = torch.tensor([[0., 0.], [3., 4.], [6., 8.]])
d = (pts[:, None, :] - pts[None, :, :]).pow(2).sum(-1).sqrt()
print(d)
print(torch.cdist(pts, pts))
""",
    "tensor_apply_map": """
import torch
x = torch.tensor([1., 2., 3.])
print(torch.tensor(list(map(lambda v: v * 2, x.tolist()))))
print(torch.stack([v * 2 for v in x]))
""",
    "numpy_interop_ops": """
import numpy as np
import torch
t = torch.tensor([1., 2.])
print(np.sum(t.numpy()), np.asarray(t))
print(torch.from_numpy(np.ones((2, 2))) + t)
print(np.array(t.tolist()).dtype)
""",
    "out_param_functions": """
import torch
a = torch.tensor([1., 2.])
res = torch.empty(2)
r = torch.add(a, 10, out=res)
print(r is res, res)
torch.mul(a, a, out=res)
print(res)
m = torch.empty(0)
torch.matmul(torch.ones(2, 3), torch.ones(3, 2), out=m)
print(m)
try:
    torch.add(a, 0.5, out=torch.zeros(2, dtype=torch.long))
except RuntimeError as e:
    print(type(e).__name__, e)
w = torch.ones(2, requires_grad=True)
try:
    torch.mul(w, 2, out=torch.zeros(2))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "rand_like_shapes": """
import torch
x = torch.zeros(2, 3, dtype=torch.float64)
print(torch.rand_like(x).shape, torch.rand_like(x).dtype)
print(torch.randn_like(x).dtype, torch.randint_like(x, 10).dtype)
print(bool((torch.randint_like(torch.zeros(50), 3, 5) >= 3).all()))
""",
    "finfo_iinfo_eps": """
import torch
print(torch.finfo(torch.float32))
eps = torch.finfo(torch.float32).eps
print(eps, torch.finfo(torch.float64).eps, torch.finfo().tiny)
print(torch.iinfo(torch.int64).max, torch.iinfo(torch.uint8))
probs = torch.tensor([0.0, 1.0])
print(torch.log(probs.clamp(min=eps)))
try:
    torch.iinfo(torch.float32)
except TypeError as e:
    print(type(e).__name__, e)
""",
    "runtime_switches": """
import torch
torch.set_num_threads(2)
print(torch.get_num_threads())
torch.use_deterministic_algorithms(True)
print(torch.are_deterministic_algorithms_enabled())
torch.use_deterministic_algorithms(False)
torch.backends.cudnn.deterministic = True
torch.backends.cudnn.benchmark = False
print(torch.backends.cudnn.deterministic, torch.backends.mps.is_available())
print(torch.is_complex(torch.zeros(1)), torch.is_nonzero(torch.tensor([3])))
print(torch.result_type(torch.tensor([1, 2]), 1.0), torch.can_cast(torch.float64, torch.int32))
""",
    "special_and_testing": """
import torch
print(torch.special.expit(torch.tensor([0., 2.])))
print(torch.special.logit(torch.tensor([0.25])), torch.special.erf(torch.tensor([0.5])))
print(torch.special.gammaln(torch.tensor([5.])), torch.special.xlogy(torch.tensor([0.]), 0.))
torch.testing.assert_close(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.0 + 1e-7]))
try:
    torch.testing.assert_close(torch.tensor([1.0]), torch.tensor([1.5]))
except AssertionError as e:
    print(type(e).__name__, str(e).splitlines()[0])
print("ok")
""",
    "distributions_basics": """
import torch
from torch.distributions import Normal, Categorical, Bernoulli, Uniform, kl_divergence
n = Normal(0.0, 1.0)
print(n, n.mean, n.stddev, n.variance, n.batch_shape, n.event_shape)
print(n.log_prob(torch.tensor([0., 1.])), n.entropy(), n.cdf(torch.tensor(0.5)))
print(n.icdf(torch.tensor(0.975)))
n2 = Normal(torch.tensor([0., 1.]), torch.tensor([1., 2.]))
print(n2, n2.sample().shape, n2.sample((3,)).shape, n2.rsample().requires_grad)
u = Uniform(0.0, 2.0)
print(u, u.log_prob(torch.tensor(1.0)), u.entropy(), u.mean, u.stddev)
print(kl_divergence(Normal(0., 1.), Normal(1., 2.)))
""",
    "distributions_policy_gradient": """
import torch
from torch.distributions import Categorical, Bernoulli
logits = torch.tensor([[1., 2., 0.5], [0., 0., 0.]], requires_grad=True)
dist = Categorical(logits=logits)
actions = torch.tensor([1, 2])
log_probs = dist.log_prob(actions)
print(dist, log_probs, dist.entropy())
loss = -(log_probs * torch.tensor([1.0, -0.5])).sum()
loss.backward()
print(logits.grad)
c = Categorical(probs=torch.tensor([0.2, 0.3, 0.5]))
print(c.probs, c.logits, c.log_prob(torch.tensor(2)), c.sample().dtype, c.sample((4,)).shape)
b = Bernoulli(probs=torch.tensor([0.3]))
print(b.log_prob(torch.tensor([1.])), b.entropy(), b.mean, b.variance, b)
mu = torch.tensor(0.5, requires_grad=True)
lp = torch.distributions.Normal(mu, 2.0).log_prob(torch.tensor(1.0))
lp.backward()
print(lp, mu.grad)
""",
}
