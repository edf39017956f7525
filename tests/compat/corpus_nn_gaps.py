"""Compat corpus: spatial transformers (affine_grid, grid_sample), CTC training, spectral norm
(SN-GAN discriminators), pdist and adaptive_max_pool3d with indices."""

SNIPPETS = {
    "nng_spatial_transformer_step": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
class STN(nn.Module):
    def __init__(self):
        super().__init__()
        self.localization = nn.Sequential(nn.Conv2d(1, 4, kernel_size=3), nn.MaxPool2d(2),
                                          nn.ReLU(True))
        self.fc_loc = nn.Sequential(nn.Linear(4 * 3 * 3, 8), nn.ReLU(True), nn.Linear(8, 6))
        self.fc_loc[2].weight.data.zero_()
        self.fc_loc[2].bias.data.copy_(torch.tensor([1, 0, 0, 0, 1, 0], dtype=torch.float))
        self.head = nn.Linear(64, 3)
    def stn(self, x):
        xs = self.localization(x).view(-1, 4 * 3 * 3)
        theta = self.fc_loc(xs).view(-1, 2, 3)
        grid = F.affine_grid(theta, x.size(), align_corners=False)
        return F.grid_sample(x, grid, align_corners=False)
    def forward(self, x):
        return F.log_softmax(self.head(self.stn(x).flatten(1)), dim=1)
model = STN()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(4, 1, 8, 8)
y = torch.tensor([0, 1, 2, 1])
for step in range(3):
    opt.zero_grad()
    loss = F.nll_loss(model(x), y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(model.fc_loc[2].bias.grad.abs().sum() > 0)
print(model.stn(x).shape)
""",
    "nng_affine_identity_roundtrip": """
import torch
import torch.nn.functional as F
img = torch.arange(12.).reshape(1, 1, 3, 4)
theta = torch.tensor([[[1., 0., 0.], [0., 1., 0.]]])
for align in (False, True):
    grid = F.affine_grid(theta, img.shape, align_corners=align)
    out = F.grid_sample(img, grid, align_corners=align)
    print(align, torch.allclose(out, img, atol=1e-5))
print(F.affine_grid(theta, (1, 1, 2, 3), align_corners=True))
print(F.affine_grid(theta, (1, 1, 2, 3), align_corners=False))
""",
    "nng_affine_grid_grad_fn": """
import torch
import torch.nn.functional as F
theta = torch.tensor([[[0.5, -0.2, 0.1], [0.3, 0.9, -0.4]]], requires_grad=True)
grid = F.affine_grid(theta, (1, 2, 3, 3), align_corners=False)
print(grid.grad_fn)
print(grid.shape)
grid.pow(2).sum().backward()
print(theta.grad)
""",
    "nng_grid_sample_modes": """
import torch
import torch.nn.functional as F
img = torch.tensor([[[[1., 2., 3.], [4., 5., 6.], [7., 8., 9.]]]])
grid = torch.tensor([[[[-0.5, -0.5], [0.25, 0.0], [0.9, 0.6]]]])
for mode in ("bilinear", "nearest", "bicubic"):
    print(mode, F.grid_sample(img, grid, mode=mode, align_corners=True))
""",
    "nng_grid_sample_padding_modes": """
import torch
import torch.nn.functional as F
img = torch.arange(1., 7.).reshape(1, 1, 2, 3)
grid = torch.tensor([[[[-1.5, 0.0], [1.25, -1.0], [0.0, 2.0]]]])
for padding in ("zeros", "border", "reflection"):
    for align in (False, True):
        out = F.grid_sample(img, grid, padding_mode=padding, align_corners=align)
        print(padding, align, out)
""",
    "nng_grid_sample_backward": """
import torch
import torch.nn.functional as F
img = torch.tensor([[[[1., 2.], [3., 5.]]]], requires_grad=True)
grid = torch.tensor([[[[0.2, -0.4], [-0.6, 0.5]]]], requires_grad=True)
out = F.grid_sample(img, grid, align_corners=True)
print(out)
print(out.grad_fn)
out.sum().backward()
print(img.grad)
print(grid.grad)
""",
    "nng_grid_sample_nearest_grid_grad_is_zero": """
import torch
import torch.nn.functional as F
img = torch.randn(1, 2, 3, 3, generator=torch.Generator().manual_seed(3))
grid = torch.full((1, 2, 2, 2), 0.3, requires_grad=True)
F.grid_sample(img, grid, mode="nearest", align_corners=False).sum().backward()
print(grid.grad)
""",
    "nng_grid_sample_3d_volume": """
import torch
import torch.nn.functional as F
vol = torch.arange(24.).reshape(1, 1, 2, 3, 4)
theta = torch.tensor([[[1., 0., 0., 0.1], [0., 1., 0., -0.2], [0., 0., 1., 0.]]])
grid = F.affine_grid(theta, vol.shape, align_corners=True)
print(grid.shape)
out = F.grid_sample(vol, grid, align_corners=True)
print(out)
print(F.grid_sample(vol, grid, mode="nearest", padding_mode="border", align_corners=True))
""",
    "nng_grid_sample_double_backward": """
import torch
import torch.nn.functional as F
img = torch.tensor([[[[1., 2., 0.], [3., 5., 1.]]]], dtype=torch.float64, requires_grad=True)
grid = torch.tensor([[[[0.2, -0.3]]]], dtype=torch.float64, requires_grad=True)
out = F.grid_sample(img, grid, mode="bicubic", align_corners=False)
(g,) = torch.autograd.grad(out.sum(), grid, create_graph=True)
print(g)
g.sum().backward()
print(img.grad)
print(grid.grad)
""",
    "nng_grid_sample_errors_and_warning": """
import warnings
import torch
import torch.nn.functional as F
x = torch.zeros(1, 1, 3, 3)
for args in [(x, torch.zeros(1, 2, 2, 3)), (x, torch.zeros(2, 2, 2, 2)),
             (torch.zeros(1, 1, 2, 3, 3), torch.zeros(1, 2, 2, 2, 3))]:
    try:
        F.grid_sample(*args, mode="bicubic", align_corners=False)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    F.grid_sample(x, torch.zeros(1, 2, 2, 2), mode="area")
except ValueError as e:
    print("ValueError:", e)
try:
    F.affine_grid(torch.zeros(1, 2, 3), [1, 1, 4], align_corners=False)
except NotImplementedError as e:
    print("NotImplementedError:", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    F.grid_sample(x, torch.zeros(1, 2, 2, 2))
print(len(w), str(w[0].message)[:60])
""",
    "nng_crnn_ctc_training_step": """
import torch
import torch.nn as nn
torch.manual_seed(0)
class CRNN(nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.conv = nn.Sequential(nn.Conv2d(1, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d((2, 1)))
        self.rnn = nn.GRU(4 * 4, 8, bidirectional=True)
        self.fc = nn.Linear(16, classes)
    def forward(self, x):
        f = self.conv(x)
        b, c, h, w = f.shape
        f = f.permute(3, 0, 1, 2).reshape(w, b, c * h)
        out, _ = self.rnn(f)
        return self.fc(out).log_softmax(2)
model = CRNN(5)
ctc = nn.CTCLoss(blank=0, zero_infinity=True)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
images = torch.randn(2, 1, 8, 10)
targets = torch.tensor([[1, 2, 3], [4, 4, 0]])
target_lengths = torch.tensor([3, 2])
for step in range(3):
    opt.zero_grad()
    log_probs = model(images)
    input_lengths = torch.full((2,), log_probs.size(0), dtype=torch.long)
    loss = ctc(log_probs, targets, input_lengths, target_lengths)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 3))
print(log_probs.shape, loss.grad_fn)
""",
    "nng_ctc_reductions": """
import torch
import torch.nn.functional as F
g = torch.Generator().manual_seed(1)
log_probs = torch.randn(6, 2, 4, generator=g, dtype=torch.float64).log_softmax(2)
targets = torch.tensor([1, 2, 2, 3, 1])
for reduction in ("none", "mean", "sum"):
    loss = F.ctc_loss(log_probs, targets, (6, 5), (3, 2), reduction=reduction)
    print(reduction, loss)
""",
    "nng_ctc_gradient": """
import torch
import torch.nn.functional as F
g = torch.Generator().manual_seed(2)
log_probs = torch.randn(4, 1, 3, generator=g, dtype=torch.float64).log_softmax(2)
log_probs.requires_grad_()
loss = F.ctc_loss(log_probs, torch.tensor([[1, 2]]), [4], [2])
loss.backward()
print(loss)
print(log_probs.grad)
""",
    "nng_ctc_infinite_and_zero_infinity": """
import torch
import torch.nn as nn
log_probs = torch.zeros(2, 1, 3).log_softmax(2).requires_grad_()
targets = torch.tensor([[1, 1]])
for zero_infinity in (False, True):
    loss = nn.CTCLoss(reduction="none", zero_infinity=zero_infinity)(log_probs, targets, [2], [2])
    print(loss, loss.grad_fn)
loss.sum().backward()
print(log_probs.grad)
""",
    "nng_ctc_unbatched_and_module": """
import torch
import torch.nn as nn
g = torch.Generator().manual_seed(4)
log_probs = torch.randn(5, 4, generator=g).log_softmax(1)
ctc = nn.CTCLoss(blank=3, reduction="sum")
print(ctc)
print(ctc(log_probs, torch.tensor([0, 1, 2]), (5,), (3,)))
print(nn.CTCLoss(reduction="none")(log_probs, torch.tensor([1, 2]), [5], [2]).grad_fn)
""",
    "nng_ctc_length_errors": """
import torch
import torch.nn.functional as F
log_probs = torch.zeros(4, 2, 3).log_softmax(2)
targets = torch.tensor([[1, 2], [2, 1]])
for args in [([4, 4, 4], [2, 2]), ([5, 4], [2, 2]), ([4, 4], [3, 2]),
             (torch.tensor([4., 4.]), torch.tensor([2, 2]))]:
    try:
        F.ctc_loss(log_probs, targets, *args)
    except RuntimeError as e:
        print(e)
""",
    "nng_sngan_discriminator_step": """
import torch
import torch.nn as nn
from torch.nn.utils import spectral_norm
torch.manual_seed(0)
D = nn.Sequential(
    spectral_norm(nn.Conv2d(1, 4, 3, stride=2, padding=1)), nn.LeakyReLU(0.1),
    spectral_norm(nn.Conv2d(4, 8, 3, stride=2, padding=1)), nn.LeakyReLU(0.1),
    nn.Flatten(), spectral_norm(nn.Linear(8 * 2 * 2, 1)))
opt = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.0, 0.9))
real = torch.randn(4, 1, 8, 8)
fake = torch.randn(4, 1, 8, 8)
for step in range(3):
    opt.zero_grad()
    loss = torch.relu(1 - D(real)).mean() + torch.relu(1 + D(fake)).mean()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print([n for n, _ in D.named_parameters()][:3])
print(sorted(D.state_dict().keys())[:4])
print(D[0].weight_u.shape, D[0].weight_v.shape, D[0].weight.grad_fn)
""",
    "nng_spectral_norm_hook_api": """
import torch
import torch.nn as nn
torch.manual_seed(1)
m = nn.utils.spectral_norm(nn.Linear(20, 40))
print(m)
print(m.weight_u.size(), m.weight_v.size())
print(list(m.state_dict().keys()))
u_before = m.weight_u.clone()
m(torch.randn(2, 20))
print(torch.equal(u_before, m.weight_u))
m.eval()
u_eval = m.weight_u.clone()
m(torch.randn(2, 20))
print(torch.equal(u_eval, m.weight_u))
s = torch.linalg.svdvals(m.weight.detach())[0]
print(round(s.item(), 2))
nn.utils.remove_spectral_norm(m)
print([n for n, _ in m.named_parameters()], list(m.state_dict().keys()))
""",
    "nng_spectral_norm_conv_transpose_dim": """
import torch
import torch.nn as nn
torch.manual_seed(2)
m = nn.utils.spectral_norm(nn.ConvTranspose2d(3, 5, 2))
print(m.weight_u.shape, m.weight_v.shape)
c = nn.utils.spectral_norm(nn.Conv2d(3, 5, 2))
print(c.weight_u.shape, c.weight_v.shape)
try:
    nn.utils.spectral_norm(c)
except RuntimeError as e:
    print(e)
try:
    nn.utils.spectral_norm(nn.Linear(2, 2), n_power_iterations=0)
except ValueError as e:
    print(e)
""",
    "nng_spectral_norm_parametrization": """
import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import spectral_norm
torch.manual_seed(3)
snm = spectral_norm(nn.Linear(20, 40))
print(snm)
print(list(snm.state_dict().keys()))
print(snm.parametrizations.weight[0]._u.shape)
print(round(torch.linalg.matrix_norm(snm.weight, 2).item(), 3))
opt = torch.optim.SGD(snm.parameters(), lr=0.1)
x = torch.randn(3, 20)
for _ in range(2):
    opt.zero_grad()
    loss = snm(x).pow(2).mean()
    loss.backward()
    opt.step()
    print(round(loss.item(), 4))
""",
    "nng_spectral_norm_parametrization_eval_and_remove": """
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as P
torch.manual_seed(4)
m = nn.utils.parametrizations.spectral_norm(nn.Conv2d(2, 3, 3), dim=1)
sn = m.parametrizations.weight[0]
m.eval()
u = sn._u.clone()
w1 = m.weight
print(torch.equal(u, sn._u), sn.dim, sn.n_power_iterations)
P.remove_parametrizations(m, "weight")
print(type(m).__name__, torch.allclose(m.weight, w1))
""",
    "nng_pdist": """
import torch
import torch.nn.functional as F
x = torch.tensor([[0., 0.], [3., 4.], [6., 8.], [1., 1.]], requires_grad=True)
d = torch.pdist(x)
print(d)
print(d.grad_fn)
d.sum().backward()
print(x.grad)
print(F.pdist(x.detach(), p=1))
print(torch.pdist(x.detach(), p=float("inf")))
print(torch.pdist(torch.randn(1, 3)))
try:
    torch.pdist(torch.ones(3))
except RuntimeError as e:
    print(e)
""",
    "nng_pdist_vs_cdist": """
import torch
torch.manual_seed(5)
x = torch.randn(5, 3, dtype=torch.float64)
rows, cols = torch.triu_indices(5, 5, offset=1)
print(torch.allclose(torch.pdist(x, 3), torch.cdist(x, x, 3)[rows, cols]))
print(torch.pdist(x, 0))
""",
    "nng_adaptive_max_pool3d_indices": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.arange(2 * 4 * 4 * 4.).reshape(1, 2, 4, 4, 4).flip(-1).requires_grad_()
out, idx = F.adaptive_max_pool3d(x, 2, return_indices=True)
print(out)
print(idx)
print(out.grad_fn)
out.sum().backward()
print(x.grad.sum(), x.grad[0, 0, 1, 1])
pool = nn.AdaptiveMaxPool3d((1, 2, None), return_indices=True)
o, i = pool(torch.arange(24.).reshape(2, 1, 3, 4))
print(o.shape, i)
""",
    "nng_multi_head_attention_forward": """
import torch
import torch.nn.functional as F
torch.manual_seed(0)
mha = torch.nn.MultiheadAttention(4, 2)
q = torch.randn(3, 2, 4)
k = torch.randn(5, 2, 4)
out, w = F.multi_head_attention_forward(
    q, k, k, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
    mha.out_proj.weight, mha.out_proj.bias, training=False)
print(out)
print(w)
ref = mha(q, k, k)
print(torch.allclose(out, ref[0]), torch.allclose(w, ref[1]))
pad = torch.tensor([[False] * 4 + [True]] * 2)
out, w = F.multi_head_attention_forward(
    q, k, k, 4, 2, mha.in_proj_weight, mha.in_proj_bias, None, None, False, 0.0,
    mha.out_proj.weight, mha.out_proj.bias, key_padding_mask=pad, average_attn_weights=False)
print(w.shape, w[0, 0])
""",
    "nng_orthogonal_parametrization": """
import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import orthogonal
torch.manual_seed(0)
for shape, kwargs in [((4, 4), {}), ((5, 3), {}), ((3, 3), {"orthogonal_map": "cayley"})]:
    m = orthogonal(nn.Linear(shape[1], shape[0]), **kwargs)
    print(type(m).__name__, list(m.state_dict().keys()))
    q = m.weight
    print(torch.dist(q.T @ q, torch.eye(shape[1])) < 1e-5)
    opt = torch.optim.SGD(m.parameters(), lr=0.5)
    x = torch.randn(8, shape[1])
    for _ in range(3):
        opt.zero_grad()
        loss = (m(x) - 1).pow(2).mean()
        loss.backward()
        opt.step()
    print(round(loss.item(), 4), torch.dist(m.weight.T @ m.weight, torch.eye(shape[1])) < 1e-5)
print(m)
""",
}
