"""Compat corpus: programs calling torch names chainrule once lacked: torch.* functional aliases
(torch.conv2d, torch.dropout, torch.embedding, torch.batch_norm...), in-place F forms, window
functions, memory formats, runtime helpers, legacy linalg, nn.Buffer, lazy modules and
torch.special's science functions."""

SNIPPETS = {
    "sweep_torch_conv2d_pipeline": """
import torch
torch.manual_seed(0)
x = torch.randn(2, 3, 8, 8, requires_grad=True)
w = torch.randn(4, 3, 3, 3, requires_grad=True)
y = torch.conv2d(x, w, None, 1, 1)
z = torch.max_pool2d(torch.relu(y), 2)
z.sum().backward()
print(z.shape, z.grad_fn.name())
print(w.grad.abs().sum().round(decimals=3))
""",
    "sweep_torch_conv1d_transpose": """
import torch
torch.manual_seed(1)
sig = torch.randn(1, 2, 10)
down = torch.conv1d(sig, torch.randn(4, 2, 3), torch.zeros(4), 2)
up = torch.conv_transpose1d(down, torch.randn(4, 2, 3), None, 2, 0, 1)
print(down.shape, up.shape)
print(up[0, 0, :4])
""",
    "sweep_torch_dropout_functional": """
import torch
torch.manual_seed(2)
x = torch.ones(3, 4)
print(torch.dropout(x, 0.5, True))
print(torch.dropout(x, 0.5, False) is x)
print(torch.feature_dropout(torch.ones(2, 3, 2), 0.5, True))
try:
    torch.dropout(x, 1.2, True)
except RuntimeError as e:
    print("RuntimeError:", e)
""",
    "sweep_torch_alpha_dropout": """
import torch
torch.manual_seed(3)
x = torch.randn(2, 5)
y = torch.alpha_dropout(x, 0.2, True)
print(y)
print(torch.feature_alpha_dropout(torch.randn(2, 3, 2), 0.5, True).shape)
""",
    "sweep_torch_batch_norm_manual": """
import torch
torch.manual_seed(4)
x = torch.randn(4, 3, 5)
mean, var = torch.zeros(3), torch.ones(3)
out = torch.batch_norm(x, torch.ones(3), torch.zeros(3), mean, var, True, 0.1, 1e-5, False)
print(out.mean().abs() < 1e-6, mean, var)
ev = torch.batch_norm(x, None, None, mean, var, False, 0.1, 1e-5, False)
print(ev[0, 0])
""",
    "sweep_torch_layer_group_norm": """
import torch
torch.manual_seed(5)
x = torch.randn(2, 4, 6, requires_grad=True)
a = torch.layer_norm(x, (6,), None, None, 1e-5, False)
b = torch.group_norm(x, 2)
c = torch.instance_norm(x, None, None, None, None, True, 0.1, 1e-5, False)
d = torch.rms_norm(x, [6])
print(a.grad_fn, b.grad_fn.name(), c.shape, d[0, 0])
(a * torch.arange(6.)).sum().backward()
print(x.grad[0, 0])
""",
    "sweep_torch_embedding_argument_order": """
import torch
weight = torch.arange(12.).view(4, 3).requires_grad_()
idx = torch.tensor([[0, 2], [3, 3]])
out = torch.embedding(weight, idx)
print(out)
out.sum().backward()
print(weight.grad)
""",
    "sweep_torch_namespace_losses": """
import torch
torch.manual_seed(6)
x, y = torch.randn(3, 4), torch.randn(3, 4)
t = torch.tensor([1., -1., 1.])
print(torch.cosine_embedding_loss(x, y, t))
print(torch.cosine_embedding_loss(x, y, t, 0.0, 1))
print(torch.margin_ranking_loss(x[:, 0], y[:, 0], t, 0.1, 2))
print(torch.hinge_embedding_loss(x, torch.ones(3, 4), 1.0, 1))
print(torch.triplet_margin_loss(x, y, x + 1, 1.0, 2.0, 1e-6, False, 1))
""",
    "sweep_torch_kl_div_codes": """
import torch
torch.manual_seed(7)
logp = torch.randn(2, 3).log_softmax(-1)
q = torch.rand(2, 3).softmax(-1)
print(torch.kl_div(logp, q).shape)
print(torch.kl_div(logp, q, 1), torch.kl_div(logp, q, 2))
print(torch.kl_div(logp, q.log(), 1, log_target=True))
""",
    "sweep_torch_bce_poisson": """
import torch
torch.manual_seed(8)
logits = torch.randn(4, requires_grad=True)
target = torch.tensor([0., 1., 1., 0.])
loss = torch.binary_cross_entropy_with_logits(logits, target, None, None, 1)
loss.backward()
print(loss, logits.grad)
rates = torch.rand(4) * 3
print(torch.poisson_nll_loss(rates.log(), target, True, False, 1e-8, 1))
print(torch.poisson_nll_loss(rates, target, False, True, 1e-8, 0))
""",
    "sweep_torch_pool_aliases": """
import torch
x = torch.arange(16.).view(1, 2, 8)
print(torch.max_pool1d(x, 2))
v, i = torch.max_pool1d_with_indices(x, 3, 2, 1)
print(v, i)
print(torch.avg_pool1d(x, 4))
print(torch.adaptive_avg_pool1d(x, 3))
print(torch.adaptive_max_pool1d(x, 2))
""",
    "sweep_torch_activations_namespace": """
import torch
x = torch.linspace(-2, 2, 5)
print(torch.selu(x))
print(torch.celu(x, 0.5))
print(torch.threshold(x, 0.5, -1.0))
print(torch.hardshrink(x, 1.0))
print(torch.prelu(x.view(1, 5), torch.tensor([0.1])))
print(torch.rrelu(x))
""",
    "sweep_torch_pad_split": """
import torch
x = torch.arange(6.).view(2, 3)
print(torch.constant_pad_nd(x, (1, 1, 0, 1), -1.))
a, b = torch.split_with_sizes(x, [1, 2], 1)
print(a, b)
print(torch.unsafe_chunk(x, 3, 1))
print(torch.unsafe_split(torch.arange(5), 2))
""",
    "sweep_torch_pixel_shuffle_bilinear": """
import torch
torch.manual_seed(9)
x = torch.arange(16.).view(1, 4, 2, 2)
print(torch.pixel_shuffle(x, 2))
print(torch.pixel_unshuffle(torch.pixel_shuffle(x, 2), 2).equal(x))
print(torch.channel_shuffle(torch.arange(4.).view(1, 4, 1, 1), 2).flatten())
print(torch.bilinear(torch.ones(2, 3), torch.ones(2, 2), torch.ones(1, 3, 2), None))
""",
    "sweep_functional_inplace_activations": """
import torch
import torch.nn.functional as F
x = torch.tensor([-1., 0.5, 2.], requires_grad=True)
for fn in (F.relu_, F.elu_, F.leaky_relu_, F.hardtanh_, F.celu_, F.selu_):
    y = x * 1
    out = fn(y)
    print(fn.__name__, out is y, out.grad_fn.name(), out)
y = x * 1
print(F.threshold_(y, 0.6, 9.), y.grad_fn.name())
""",
    "sweep_functional_inplace_training": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(10)
lin = nn.Linear(4, 3)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
x = torch.randn(5, 4)
for step in range(3):
    opt.zero_grad()
    h = lin(x)
    F.leaky_relu_(h, 0.1)
    loss = h.pow(2).mean()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 5))
""",
    "sweep_functional_pool_indices": """
import torch
import torch.nn.functional as F
x = torch.arange(16.).view(1, 1, 4, 4)
print(F.adaptive_max_pool2d_with_indices(x, 2))
v, i = F.max_pool3d_with_indices(torch.arange(8.).view(1, 1, 2, 2, 2), 2)
print(v.flatten(), i.flatten())
print(F.adaptive_max_pool1d_with_indices(torch.tensor([[[3., 1., 4., 1., 5.]]]), 2))
""",
    "sweep_max_unpool3d_roundtrip": """
import torch
import torch.nn as nn
torch.manual_seed(11)
pool = nn.MaxPool3d(2, return_indices=True)
unpool = nn.MaxUnpool3d(2)
x = torch.randn(1, 1, 4, 4, 4)
v, i = pool(x)
r = unpool(v, i)
print(unpool, r.shape, (r != 0).sum().item(), r.max() == x.max())
""",
    "sweep_upsample_deprecated": """
import warnings
import torch
import torch.nn.functional as F
x = torch.arange(4.).view(1, 1, 2, 2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    a = F.upsample_nearest(x, scale_factor=2)
    b = F.upsample_bilinear(x, size=(3, 3))
print(a)
print(b)
print([str(m.message) for m in w])
""",
    "sweep_triplet_distance_loss": """
import torch
import torch.nn as nn
torch.manual_seed(12)
anchor, pos, neg = torch.randn(4, 8), torch.randn(4, 8), torch.randn(4, 8)
cos_dist = lambda a, b: 1 - nn.functional.cosine_similarity(a, b)
crit = nn.TripletMarginWithDistanceLoss(distance_function=cos_dist, margin=0.5)
print(crit)
print(crit(anchor, pos, neg))
print(nn.TripletMarginWithDistanceLoss(swap=True)(anchor, pos, neg))
""",
    "sweep_stft_style_windows": """
import torch
print(torch.hann_window(8))
print(torch.hamming_window(6, periodic=False))
print(torch.blackman_window(5, dtype=torch.float64))
print(torch.bartlett_window(7))
print(torch.kaiser_window(6, True, 5.0))
""",
    "sweep_window_frame_energy": """
import torch
torch.manual_seed(13)
signal = torch.randn(64)
frames = signal.unfold(0, 16, 8)
win = torch.hann_window(16, periodic=True)
energy = (frames * win).pow(2).sum(-1)
print(frames.shape, energy.round(decimals=3))
""",
    "sweep_channels_last_training": """
import torch
import torch.nn as nn
torch.manual_seed(14)
model = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Flatten(), nn.Linear(64, 2))
model = model.to(memory_format=torch.channels_last)
x = torch.randn(2, 3, 4, 4).to(memory_format=torch.channels_last)
print(model[0].weight.is_contiguous(memory_format=torch.channels_last))
print(x.stride(), x.is_contiguous())
loss = model(x).sum()
loss.backward()
print(round(loss.item(), 4), model[0].weight.grad.shape)
""",
    "sweep_memory_format_queries": """
import torch
x = torch.randn(2, 3, 4, 5)
y = x.contiguous(memory_format=torch.channels_last)
print(torch.channels_last, y.stride(), y.is_contiguous(memory_format=torch.channels_last))
print(y.contiguous().stride(), torch.empty_like(y).stride())
print(torch.zeros_like(x, memory_format=torch.channels_last).stride())
print(y.clone(memory_format=torch.contiguous_format).is_contiguous(), torch.equal(x, y))
""",
    "sweep_runtime_setup_script": """
import torch
torch.set_default_device("cpu")
print(torch.get_default_device())
torch.set_warn_always(False)
print(torch.is_warn_always_enabled(), torch.set_flush_denormal(False))
print(bool(torch.has_lapack), bool(torch.has_mkl), torch.newaxis is None)
x = torch.arange(3.)
print(x[torch.newaxis].shape, torch.get_device(x), x.is_pinned(), x.output_nr)
torch.set_default_device(None)
""",
    "sweep_frexp_ldexp": """
import torch
x = torch.tensor([0.1, 3.0, -96.5, 1024.])
m, e = torch.frexp(x)
print(m, e)
print(torch.ldexp(m, e))
print(torch.nextafter(torch.tensor([1.0]), torch.tensor([2.0])) - 1.0)
print(x.frexp().exponent.dtype, torch.is_neg(x), x.resolve_neg() is x)
""",
    "sweep_legacy_cholesky_solve": """
import warnings
import torch
warnings.simplefilter("ignore")
A = torch.tensor([[4., 2.], [2., 3.]])
b = torch.tensor([[1.], [2.]])
L = torch.cholesky(A)
print(L)
print(torch.cholesky_inverse(L))
print(torch.cholesky_solve(b, L))
sol, coef = torch.triangular_solve(b, L, upper=False)
print(sol)
""",
    "sweep_legacy_lu": """
import warnings
import torch
warnings.simplefilter("ignore")
A = torch.tensor([[2., 1., 1.], [4., -6., 0.], [-2., 7., 2.]])
LU, piv = torch.lu(A)
P, L, U = torch.lu_unpack(LU, piv)
print(piv)
print(P)
print(torch.allclose(P @ L @ U, A))
print(torch.linalg.lu(A).U)
""",
    "sweep_removed_linalg_errors": """
import torch
A = torch.eye(2)
for name in ("symeig", "eig", "solve", "lstsq", "matrix_rank"):
    try:
        args = (A,) if name in ("symeig", "eig", "matrix_rank") else (A, A)
        getattr(torch, name)(*args)
    except RuntimeError as e:
        print(name, str(e).splitlines()[0])
""",
    "sweep_linalg_ex_helpers": """
import torch
A = torch.tensor([[3., 1.], [1., 2.]])
inv, info = torch.linalg.inv_ex(A)
print(inv, info)
print(torch.linalg.solve_ex(A, torch.tensor([1., 1.])))
print(torch.linalg.vander(torch.tensor([1., 2., 3.])))
T = torch.eye(4).reshape(4, 2, 2)
print(torch.linalg.tensorinv(T, ind=1).shape)
print(torch.linalg.tensorsolve(torch.eye(6).reshape(2, 3, 6), torch.ones(2, 3)))
""",
    "sweep_nn_buffer_module": """
import torch
import torch.nn as nn
class Normalizer(nn.Module):
    def __init__(self):
        super().__init__()
        self.mean = nn.Buffer(torch.tensor([0.5, 1.0]))
        self.tmp = nn.Buffer(torch.zeros(2), persistent=False)
    def forward(self, x):
        return x - self.mean
m = Normalizer()
print(m(torch.ones(2)))
print(list(m.state_dict()), [n for n, _ in m.named_buffers()])
print(m.double().mean.dtype)
""",
    "sweep_lazy_linear_conv_net": """
import torch
import torch.nn as nn
torch.manual_seed(15)
net = nn.Sequential(nn.LazyConv2d(4, 3), nn.LazyBatchNorm2d(), nn.ReLU(), nn.Flatten(),
                    nn.LazyLinear(2))
print(net)
x = torch.randn(2, 3, 6, 6)
out = net(x)
print(net)
print(out)
""",
    "sweep_lazy_modules_counts": """
import torch
import torch.nn as nn
torch.manual_seed(16)
m = nn.LazyConvTranspose1d(3, 2)
print(m.has_uninitialized_params(), m.weight)
m(torch.randn(1, 5, 4))
print(m, m.weight.shape, sum(p.numel() for p in m.parameters()))
n = nn.LazyInstanceNorm1d()
n(torch.randn(2, 3, 4))
print(n, n.running_mean)
""",
    "sweep_rnn_cell_base_subclass": """
import torch
import torch.nn as nn
class MinimalCell(nn.RNNCellBase):
    def __init__(self, input_size, hidden_size):
        super().__init__(input_size, hidden_size, bias=True, num_chunks=1)
    def forward(self, x, h):
        pre = x @ self.weight_ih.t() + self.bias_ih + h @ self.weight_hh.t() + self.bias_hh
        return torch.tanh(pre)
torch.manual_seed(17)
cell = MinimalCell(3, 2)
h = torch.zeros(1, 2)
for t in range(3):
    h = cell(torch.ones(1, 3) * t, h)
print(cell, h)
""",
    "sweep_special_science": """
import torch
x = torch.tensor([0.5, 1.0, 2.0, 5.0], dtype=torch.float64)
print(torch.special.bessel_j0(x))
print(torch.special.modified_bessel_k1(x))
print(torch.special.gammainc(torch.tensor([2.0]), torch.tensor([1.0, 3.0])))
print(torch.special.zeta(torch.tensor([2.0, 4.0]), 1.0))
print(torch.special.polygamma(2, torch.tensor([1.0])))
print(torch.special.airy_ai(torch.tensor([0.0, 1.0])))
""",
    "sweep_special_polynomials": """
import torch
x = torch.linspace(-1, 1, 5, dtype=torch.float64)
print(torch.special.chebyshev_polynomial_t(x, 3))
print(torch.special.legendre_polynomial_p(x, 2))
print(torch.special.hermite_polynomial_h(x, 3))
n = torch.tensor([0., 1., 2., 3., 4.], dtype=torch.float64)
print(torch.special.laguerre_polynomial_l(x, n))
print(torch.special.chebyshev_polynomial_u(x, -1))
""",
    "sweep_special_gammainc_grad": """
import torch
x = torch.tensor([0.5, 1.5], requires_grad=True)
y = torch.special.gammaincc(torch.tensor([2.0, 2.0]), x)
y.sum().backward()
print(y, x.grad)
a = torch.tensor([1.0], requires_grad=True)
try:
    torch.special.gammainc(a, torch.tensor([1.0])).backward()
except NotImplementedError as e:
    print("NotImplementedError:", e)
""",
    "sweep_accelerator_device_pick": """
import torch
device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"
print(f"Using {device} device")
print(torch.cpu.is_available(), torch.cpu.device_count(), torch.accelerator.device_count())
model = torch.nn.Linear(2, 1).to(device)
print(next(model.parameters()).device)
""",
    "sweep_sync_batchnorm_convert": """
import torch
import torch.nn as nn
torch.manual_seed(18)
net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.BatchNorm2d(2), nn.ReLU())
net = nn.SyncBatchNorm.convert_sync_batchnorm(net)
print(net)
out = net(torch.randn(2, 1, 5, 5))
print(out.shape, net[1].running_mean)
""",
    "sweep_functional_lstm_cell_loop": """
import torch
torch.manual_seed(19)
w_ih, w_hh = torch.randn(8, 3, requires_grad=True), torch.randn(8, 2, requires_grad=True)
h = c = torch.zeros(1, 2)
for t in range(4):
    h, c = torch.lstm_cell(torch.ones(1, 3) * t, (h, c), w_ih, w_hh)
h.sum().backward()
print(h, c)
print(w_ih.grad.abs().sum().round(decimals=4))
""",
}

