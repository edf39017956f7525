"""Compat corpus, training part 2: torch.nn.functional calls and loss modules on fixed data."""

SNIPPETS = {
    "trf_conv1d_padding_stride_dilation": """
import torch
import torch.nn.functional as F
x = torch.arange(10, dtype=torch.float32).reshape(1, 1, 10)
w = torch.tensor([[[1., 0., -1.]]])
print(F.conv1d(x, w))
print(F.conv1d(x, w, padding=1))
print(F.conv1d(x, w, stride=2, padding=2))
print(F.conv1d(x, w, dilation=3))
print(F.conv1d(x, w, bias=torch.tensor([0.5]), padding="same"))
""",
    "trf_conv2d_groups_and_bias": """
import torch
import torch.nn.functional as F
x = torch.arange(32, dtype=torch.float32).reshape(1, 2, 4, 4)
w = torch.ones(4, 1, 2, 2)
w[1] *= 2
w[3] *= -1
y = F.conv2d(x, w, bias=torch.tensor([0., 1., 2., 3.]), groups=2, stride=2)
print(y.shape)
print(y)
print(F.conv2d(x, torch.ones(1, 2, 3, 3), padding=1)[0, 0])
""",
    "trf_conv2d_error_messages": """
import torch
import torch.nn.functional as F
x = torch.zeros(1, 3, 5, 5)
try:
    F.conv2d(x, torch.zeros(4, 2, 3, 3))
except RuntimeError as e:
    print(e)
try:
    F.conv2d(torch.zeros(1, 1, 2, 2), torch.zeros(1, 1, 3, 3))
except RuntimeError as e:
    print(e)
""",
    "trf_conv_module_padding_modes": """
import torch
import torch.nn as nn
x = torch.arange(12, dtype=torch.float32).reshape(1, 1, 3, 4)
for mode in ["zeros", "reflect", "replicate", "circular"]:
    conv = nn.Conv2d(1, 1, 3, padding=1, padding_mode=mode, bias=False)
    nn.init.ones_(conv.weight)
    print(mode, conv)
    print(conv(x))
conv1 = nn.Conv1d(1, 1, 3, padding="same", padding_mode="reflect", bias=False)
nn.init.constant_(conv1.weight, 1.0)
print(conv1(torch.tensor([[[1., 2., 4., 8.]]])))
""",
    "trf_conv_padding_mode_backward": """
import torch
import torch.nn as nn
conv = nn.Conv1d(1, 1, 3, padding=1, padding_mode="circular", bias=False)
nn.init.constant_(conv.weight, 0.5)
x = torch.tensor([[[1., 2., 3., 4.]]], requires_grad=True)
y = conv(x)
(y * torch.tensor([1., 2., 3., 4.])).sum().backward()
print(y)
print(x.grad)
print(conv.weight.grad)
""",
    "trf_max_avg_pool_variants": """
import torch
import torch.nn.functional as F
x = torch.arange(25, dtype=torch.float32).reshape(1, 1, 5, 5)
print(F.max_pool2d(x, 2))
print(F.max_pool2d(x, 2, ceil_mode=True))
print(F.max_pool2d(x, 3, stride=1, padding=1).shape)
print(F.avg_pool2d(x, 2, stride=1))
print(F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False))
v, i = F.max_pool2d(x, 2, return_indices=True)
print(i)
print(F.max_pool1d(torch.tensor([[[3., 1., 4., 1., 5., 9., 2.]]]), 2))
""",
    "trf_adaptive_pools": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.arange(2 * 7 * 5, dtype=torch.float32).reshape(1, 2, 7, 5)
print(F.adaptive_avg_pool2d(x, (3, 2)))
print(F.adaptive_max_pool2d(x, 2))
print(nn.AdaptiveAvgPool2d((None, 1))(x).shape)
seq = torch.tensor([[[1., 5., 2., 8., 3., 7., 4.]]])
print(nn.AdaptiveAvgPool1d(3)(seq))
print(nn.AdaptiveMaxPool1d(2)(seq))
print(F.adaptive_avg_pool1d(seq, 1))
""",
    "trf_adaptive_pool_global_head": """
import torch
import torch.nn as nn
head = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(3, 2))
nn.init.constant_(head[2].weight, 1.0)
nn.init.zeros_(head[2].bias)
feats = torch.arange(3 * 4 * 4, dtype=torch.float32).reshape(1, 3, 4, 4)
out = head(feats)
print(out)
print(out.grad_fn)
""",
    "trf_interpolate_modes": """
import torch
import torch.nn.functional as F
x = torch.tensor([[[[1., 2.], [3., 4.]]]])
print(F.interpolate(x, scale_factor=2, mode="nearest"))
print(F.interpolate(x, size=(3, 3), mode="bilinear", align_corners=True))
print(F.interpolate(x, size=(4, 4), mode="bilinear", align_corners=False))
s = torch.tensor([[[1., 3., 2.]]])
print(F.interpolate(s, scale_factor=2, mode="linear", align_corners=False))
print(F.interpolate(s, size=5, mode="nearest"))
""",
    "trf_pad_modes": """
import torch
import torch.nn.functional as F
x = torch.arange(1., 7.).reshape(1, 2, 3)
print(F.pad(x, (1, 2)))
print(F.pad(x, (1, 1), value=-1.0))
print(F.pad(x, (2, 1), mode="reflect"))
print(F.pad(x, (2, 1), mode="replicate"))
print(F.pad(x, (1, 2), mode="circular"))
img = torch.arange(1., 10.).reshape(1, 1, 3, 3)
print(F.pad(img, (1, 1, 1, 1), mode="reflect"))
print(F.pad(img, (0, 1, 2, 0), mode="replicate"))
print(F.pad(img, (1, 0, 0, 1), mode="circular").shape)
""",
    "trf_pad_errors": """
import torch
import torch.nn.functional as F
x = torch.zeros(1, 2, 3)
try:
    F.pad(x, (3, 3), mode="reflect")
except RuntimeError as e:
    print(e)
try:
    F.pad(x, (1, 1, 1))
except RuntimeError as e:
    print(e)
try:
    F.pad(x, (4, 0), mode="circular")
except RuntimeError as e:
    print(e)
""",
    "trf_pad_modules": """
import torch
import torch.nn as nn
x = torch.arange(1., 5.).reshape(1, 1, 2, 2)
for m in [nn.ZeroPad2d(1), nn.ConstantPad2d((1, 0, 0, 1), 9.0), nn.ReflectionPad2d(1),
          nn.ReplicationPad2d((2, 0, 0, 0)), nn.CircularPad2d(1)]:
    print(m)
    print(m(x))
print(nn.ReflectionPad1d(2)(torch.tensor([[[1., 2., 3.]]])))
print(nn.ConstantPad1d(1, 0.5)(torch.tensor([[1., 2.]])))
""",
    "trf_one_hot": """
import torch
import torch.nn.functional as F
labels = torch.tensor([0, 2, 1, 2])
oh = F.one_hot(labels)
print(oh, oh.dtype)
print(F.one_hot(labels, num_classes=5))
print(F.one_hot(torch.tensor([[0, 1], [1, 0]]), 3).shape)
print(F.one_hot(labels, 3).float().sum(0))
try:
    F.one_hot(torch.tensor([0, 3]), 3)
except RuntimeError as e:
    print(e)
try:
    F.one_hot(torch.tensor([0., 1.]))
except RuntimeError as e:
    print(e)
""",
    "trf_softmax_log_softmax_dims": """
import torch
import torch.nn.functional as F
x = torch.tensor([[1., 2., 3.], [1., 1., 1.]])
print(F.softmax(x, dim=1))
print(F.softmax(x, dim=0))
print(F.log_softmax(x, dim=-1))
print(F.softmax(x, dim=1).sum(dim=1))
print(F.softmax(torch.tensor([1000., 1000.]), dim=0))
print(F.log_softmax(torch.tensor([[-1000., 0.]]), dim=1))
print(F.softmax(x.double(), dim=1).dtype, F.softmax(x, dim=1, dtype=torch.float64).dtype)
""",
    "trf_cross_entropy_options": """
import torch
import torch.nn.functional as F
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0], [1.0, 1.0, 1.0], [-0.5, 2.5, 0.0]])
target = torch.tensor([0, 2, 1, 1])
print(F.cross_entropy(logits, target))
print(F.cross_entropy(logits, target, reduction="sum"))
print(F.cross_entropy(logits, target, reduction="none"))
w = torch.tensor([1.0, 2.0, 0.5])
print(F.cross_entropy(logits, target, weight=w))
print(F.cross_entropy(logits, torch.tensor([0, -100, 1, 1])))
print(F.cross_entropy(logits, torch.tensor([0, 2, 5, 1]), ignore_index=5))
print(F.cross_entropy(logits, target, label_smoothing=0.1))
print(F.cross_entropy(logits, target, weight=w, label_smoothing=0.2))
""",
    "trf_cross_entropy_prob_targets_and_grad": """
import torch
import torch.nn.functional as F
logits = torch.tensor([[1.0, 2.0, 0.0], [0.0, 0.0, 4.0]], requires_grad=True)
probs = torch.tensor([[0.2, 0.7, 0.1], [0.0, 0.5, 0.5]])
loss = F.cross_entropy(logits, probs)
print(loss)
loss.backward()
print(logits.grad)
logits.grad = None
loss = F.cross_entropy(logits, torch.tensor([1, 2]), label_smoothing=0.3)
loss.backward()
print(loss, logits.grad)
""",
    "trf_cross_entropy_spatial": """
import torch
import torch.nn.functional as F
logits = torch.arange(2 * 3 * 2 * 2, dtype=torch.float32).reshape(2, 3, 2, 2) / 10
target = torch.tensor([[[0, 1], [2, 0]], [[1, 1], [2, 2]]])
print(F.cross_entropy(logits, target))
print(F.cross_entropy(logits, target, reduction="none").shape)
print(F.nll_loss(F.log_softmax(logits, 1), target, ignore_index=2))
""",
    "trf_cross_entropy_wrong_target_dtype": """
import torch
import torch.nn as nn
criterion = nn.CrossEntropyLoss()
logits = torch.tensor([[0.5, 1.5], [2.0, -1.0]])
try:
    criterion(logits, torch.tensor([1, 0], dtype=torch.int32))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    criterion(logits, torch.tensor([1., 0.]))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    criterion(logits, torch.tensor([1, 3]))
except IndexError as e:
    print(type(e).__name__, e)
try:
    criterion(logits, torch.tensor([1, 0, 1]))
except ValueError as e:
    print(type(e).__name__, e)
""",
    "trf_nll_loss_weights": """
import torch
import torch.nn.functional as F
logp = torch.log(torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8], [0.3, 0.4, 0.3]]))
t = torch.tensor([0, 2, 1])
print(F.nll_loss(logp, t))
print(F.nll_loss(logp, t, weight=torch.tensor([0.5, 1.0, 2.0])))
print(F.nll_loss(logp, t, reduction="none"))
print(F.nll_loss(logp, t, ignore_index=0, reduction="sum"))
""",
    "trf_bce_family": """
import torch
import torch.nn as nn
import torch.nn.functional as F
p = torch.tensor([0.9, 0.2, 0.6, 0.5])
y = torch.tensor([1., 0., 0., 1.])
print(F.binary_cross_entropy(p, y))
print(F.binary_cross_entropy(p, y, weight=torch.tensor([1., 2., 1., 2.])))
logits = torch.tensor([2.0, -1.0, 0.3, 0.0])
print(F.binary_cross_entropy_with_logits(logits, y))
print(F.binary_cross_entropy_with_logits(logits, y, pos_weight=torch.tensor(3.0)))
print(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1., 2., 3., 4.]), reduction="none")(logits, y))
print(nn.BCELoss(reduction="sum")(torch.sigmoid(logits), y))
print(F.binary_cross_entropy(torch.tensor([0., 1.]), torch.tensor([1., 0.])))
""",
    "trf_bce_errors": """
import torch
import torch.nn.functional as F
try:
    F.binary_cross_entropy(torch.tensor([0.5, 0.5]), torch.tensor([1., 0., 1.]))
except ValueError as e:
    print(e)
try:
    F.binary_cross_entropy_with_logits(torch.tensor([0.5]), torch.tensor([1., 0.]))
except ValueError as e:
    print(e)
try:
    F.binary_cross_entropy(torch.tensor([1.5]), torch.tensor([1.]))
except RuntimeError as e:
    print(e)
""",
    "trf_regression_losses": """
import torch
import torch.nn as nn
import torch.nn.functional as F
pred = torch.tensor([1.0, 2.5, -0.5, 4.0])
y = torch.tensor([1.5, 2.0, 1.5, 0.0])
print(F.mse_loss(pred, y), F.mse_loss(pred, y, reduction="sum"))
print(F.l1_loss(pred, y, reduction="none"))
print(F.smooth_l1_loss(pred, y), F.smooth_l1_loss(pred, y, beta=0.5))
print(F.huber_loss(pred, y, delta=1.5))
print(nn.HuberLoss(reduction="none", delta=0.5)(pred, y))
print(nn.SmoothL1Loss(beta=2.0)(pred, y))
print(nn.L1Loss()(pred, y), nn.MSELoss(reduction="mean")(pred, y))
""",
    "trf_mse_broadcast_warning": """
import warnings
import torch
import torch.nn as nn
pred = torch.tensor([[1.0], [2.0], [3.0]])
y = torch.tensor([1.0, 2.0, 4.0])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    loss = nn.MSELoss()(pred, y)
print(loss)
print(len(w), str(w[0].message) if w else None)
print(nn.MSELoss()(pred.squeeze(1), y))
""",
    "trf_kl_div": """
import torch
import torch.nn.functional as F
p_log = torch.log(torch.tensor([[0.25, 0.25, 0.5], [0.1, 0.6, 0.3]]))
q = torch.tensor([[0.3, 0.3, 0.4], [0.2, 0.5, 0.3]])
print(F.kl_div(p_log, q, reduction="batchmean"))
print(F.kl_div(p_log, q, reduction="sum"))
print(F.kl_div(p_log, q, reduction="none"))
print(F.kl_div(p_log, q.log(), reduction="batchmean", log_target=True))
""",
    "trf_cosine_similarity_normalize": """
import torch
import torch.nn as nn
import torch.nn.functional as F
a = torch.tensor([[1., 0., 0.], [1., 1., 0.], [0., 0., 0.]])
b = torch.tensor([[0., 1., 0.], [2., 2., 0.], [1., 1., 1.]])
print(F.cosine_similarity(a, b))
print(F.cosine_similarity(a, b, dim=0))
print(nn.CosineSimilarity(dim=1, eps=1e-6)(a, b))
print(F.normalize(b))
print(F.normalize(b, p=1, dim=0))
print(F.pairwise_distance(a, b))
print(nn.PairwiseDistance(p=1)(a, b))
""",
    "trf_embedding_functional_and_padding": """
import torch
import torch.nn as nn
import torch.nn.functional as F
weight = torch.arange(12, dtype=torch.float32).reshape(4, 3)
idx = torch.tensor([[0, 2], [3, 3]])
print(F.embedding(idx, weight))
emb = nn.Embedding.from_pretrained(weight, freeze=False, padding_idx=0)
print(emb)
out = emb(torch.tensor([0, 1, 0, 2]))
out.sum().backward()
print(emb.weight.grad)
e2 = nn.Embedding(5, 2, padding_idx=1)
print(e2.weight[1])
try:
    emb(torch.tensor([4]))
except IndexError as e:
    print(e)
""",
    "trf_unfold_fold": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4)
cols = F.unfold(x, kernel_size=2, stride=2)
print(cols.shape)
print(cols)
print(F.unfold(torch.arange(18.).reshape(1, 2, 3, 3), kernel_size=2).shape)
back = F.fold(cols, output_size=(4, 4), kernel_size=2, stride=2)
print(torch.equal(back, x))
ones = torch.ones(1, 1, 3, 3)
overlap = F.fold(F.unfold(ones, 2), (3, 3), 2)
print(overlap)
print(nn.Unfold(kernel_size=(2, 3), padding=1)(x).shape)
""",
    "trf_pixel_shuffle": """
import torch
import torch.nn as nn
x = torch.arange(16, dtype=torch.float32).reshape(1, 4, 2, 2)
ps = nn.PixelShuffle(2)
y = ps(x)
print(y.shape)
print(y)
print(torch.equal(nn.PixelUnshuffle(2)(y), x))
try:
    ps(torch.zeros(1, 3, 2, 2))
except RuntimeError as e:
    print(e)
""",
    "trf_glu_shrink_threshold": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([[-2.0, -0.3, 0.0, 0.4, 1.5, 3.0]])
print(F.glu(x))
print(nn.GLU(dim=1)(x))
print(F.hardshrink(x), F.softshrink(x, 0.5))
print(nn.Tanhshrink()(x))
print(nn.Threshold(0.1, -5.0)(x))
print(F.threshold(x, 1.0, 0.0))
try:
    F.glu(torch.zeros(2, 3))
except RuntimeError as e:
    print(e)
""",
    "trf_activation_functional_values": """
import torch
import torch.nn.functional as F
x = torch.tensor([-2.0, -1.0, -0.25, 0.0, 0.5, 2.0, 4.0])
for name in ["relu", "relu6", "elu", "selu", "celu", "gelu", "silu", "mish", "softplus",
             "softsign", "hardtanh", "hardswish", "hardsigmoid", "logsigmoid", "tanh", "sigmoid"]:
    print(name, getattr(F, name)(x))
print(F.leaky_relu(x, 0.1), F.gelu(x, approximate="tanh"))
""",
    "trf_dropout_functional_eval": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.arange(1., 9.).reshape(1, 2, 2, 2)
print(F.dropout(x, p=0.5, training=False))
print(F.dropout2d(x, 0.5, training=False))
d = nn.Dropout2d(0.3)
d.eval()
print(d(x))
print(d)
y = nn.Dropout2d(0.5)(x)
kept = [float(c.abs().sum()) in (0.0, float(2 * s.abs().sum())) for c, s in zip(y[0], x[0])]
print(y.shape, all(kept))
try:
    nn.Dropout(1.5)
except ValueError as e:
    print(e)
""",
    "trf_new_loss_modules": """
import torch
import torch.nn as nn
x1 = torch.tensor([0.5, 1.0, -0.2])
x2 = torch.tensor([0.1, 1.5, 0.3])
y = torch.tensor([1., -1., 1.])
print(nn.MarginRankingLoss(margin=0.2)(x1, x2, y))
print(nn.HingeEmbeddingLoss(margin=1.0)(x1, y))
print(nn.SoftMarginLoss()(x1, y))
logits = torch.tensor([[0.3, -1.2, 2.0], [1.0, 0.0, -0.5]])
labels = torch.tensor([[1., 0., 1.], [0., 1., 0.]])
print(nn.MultiLabelSoftMarginLoss()(logits, labels))
a = torch.tensor([[1., 0.], [0., 1.]])
b = torch.tensor([[1., 1.], [1., 0.]])
print(nn.CosineEmbeddingLoss(margin=0.1)(a, b, torch.tensor([1., -1.])))
print(nn.TripletMarginLoss(margin=1.0)(a, b, torch.tensor([[0., 0.], [2., 2.]])))
print(nn.PoissonNLLLoss()(torch.tensor([0.5, 1.0]), torch.tensor([1., 3.])))
poisson = nn.PoissonNLLLoss(log_input=False, full=True)
print(poisson(torch.tensor([2.0, 1.0]), torch.tensor([1., 3.])))
var = torch.tensor([0.5, 2.])
print(nn.GaussianNLLLoss()(torch.tensor([1., 2.]), torch.tensor([1.5, 1.]), var))
""",
    "trf_new_losses_backward": """
import torch
import torch.nn.functional as F
x = torch.tensor([[0.2, -0.4, 1.0]], requires_grad=True)
y = torch.tensor([[1., 0., 1.]])
F.multilabel_soft_margin_loss(x, y).backward()
print(x.grad)
a = torch.tensor([[1., 2.]], requires_grad=True)
F.triplet_margin_loss(a, torch.tensor([[1., 1.]]), torch.tensor([[2., 2.]]), margin=2.0).backward()
print(a.grad)
v = torch.tensor([0.5, 1e-8], requires_grad=True)
F.gaussian_nll_loss(torch.tensor([1., 2.]), torch.tensor([0., 2.]), v).backward()
print(v.grad)
""",
    "trf_bilinear_rmsnorm": """
import torch
import torch.nn as nn
bl = nn.Bilinear(2, 3, 1)
nn.init.ones_(bl.weight)
nn.init.zeros_(bl.bias)
print(bl(torch.tensor([[1., 2.]]), torch.tensor([[1., 0., -1.]])))
print(bl.weight.shape)
rms = nn.RMSNorm(3)
print(rms(torch.tensor([[1., 2., 3.], [0., 0., 4.]])))
print(nn.RMSNorm([2], eps=0.1, elementwise_affine=False)(torch.tensor([3., 4.])))
""",
    "trf_batchnorm3d_and_groupnorm": """
import torch
import torch.nn as nn
x = torch.arange(2 * 2 * 2 * 1 * 2, dtype=torch.float32).reshape(2, 2, 2, 1, 2)
bn = nn.BatchNorm3d(2)
print(bn(x)[0, 0])
print(bn.running_mean)
try:
    bn(torch.zeros(2, 2, 2))
except ValueError as e:
    print(e)
gn = nn.GroupNorm(1, 2)
print(gn(x.reshape(2, 2, 4)))
""",
    "trf_loss_reduction_invalid": """
import torch
import torch.nn.functional as F
try:
    F.mse_loss(torch.zeros(2), torch.zeros(2), reduction="avg")
except ValueError as e:
    print(e)
print(F.l1_loss(torch.zeros(0), torch.zeros(0)))
print(F.mse_loss(torch.ones(2), torch.zeros(2), size_average=False))
""",
    "trf_softmax_cross_entropy_equivalence": """
import torch
import torch.nn as nn
import torch.nn.functional as F
logits = torch.tensor([[1.5, -0.5, 0.2], [0.0, 2.0, -1.0]], requires_grad=True)
target = torch.tensor([0, 1])
a = nn.CrossEntropyLoss()(logits, target)
b = nn.NLLLoss()(nn.LogSoftmax(dim=1)(logits), target)
c = -torch.log(F.softmax(logits, 1)[torch.arange(2), target]).mean()
print(a, b, c)
print(torch.allclose(a, b), torch.allclose(a, c))
print(a.grad_fn, b.grad_fn, c.grad_fn)
""",
    "trf_linear_functional_shapes": """
import torch
import torch.nn.functional as F
x = torch.ones(2, 3, 4)
w = torch.arange(8, dtype=torch.float32).reshape(2, 4)
print(F.linear(x, w).shape)
print(F.linear(x, w, torch.tensor([1., -1.]))[0])
try:
    F.linear(torch.ones(4, 3), torch.ones(5, 2))
except RuntimeError as e:
    print(e)
""",
    "trf_rrelu_alpha_dropout_gumbel": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([[-2.0, -0.5, 0.0, 1.0, 3.0]])
print(nn.RReLU(), nn.RReLU(0.1, 0.3, inplace=True))
r = nn.RReLU(0.1, 0.3).eval()
print(r(x))
print(F.rrelu(x))
y = nn.RReLU(0.1, 0.3)(x)
neg = y[x < 0] / x[x < 0]
print(bool(((neg >= 0.1) & (neg <= 0.3)).all()), y[x >= 0])
print(nn.AlphaDropout(0.2), nn.FeatureAlphaDropout(0.1))
ad = nn.AlphaDropout(0.5)
ad.eval()
print(ad(x))
out = F.alpha_dropout(torch.ones(1000), 0.5, True)
print(sorted(set(round(v, 4) for v in out.tolist())))
fo = F.feature_alpha_dropout(torch.ones(2, 3, 4), 0.5, True)
print(all(len(set(row.tolist())) == 1 for row in fo.reshape(6, 4)))
g = F.gumbel_softmax(torch.tensor([[1.0, 2.0, 3.0]]), tau=0.5)
print(g.shape, round(g.sum().item(), 5))
h = F.gumbel_softmax(torch.tensor([[1.0, 2.0, 3.0]], requires_grad=True), hard=True)
print(h.sum().item(), sorted(h.detach().flatten().tolist()), h.grad_fn is not None)
""",
    "trf_interpolate_bicubic": """
import torch
import torch.nn.functional as F
x = torch.linspace(-1, 2, 2 * 5 * 6).reshape(1, 2, 5, 6).sin()
for kw in [dict(size=(7, 9)), dict(scale_factor=2), dict(size=(3, 4)), dict(scale_factor=1.5)]:
    for ac in [False, True]:
        y = F.interpolate(x, mode="bicubic", align_corners=ac, **kw)
        print(kw, ac, y.shape, y[0, 1, -1])
print(F.interpolate(torch.tensor([[[[1., 2.], [3., 4.]]]]), scale_factor=2, mode="bicubic"))
w = torch.tensor([[[[0., 1.], [1., 0.]]]], requires_grad=True)
F.interpolate(w, size=(3, 3), mode="bicubic", align_corners=True).sum().backward()
print(w.grad)
""",
    "trf_grad_fn_names_of_extra_ops": """
import torch
import torch.nn.functional as F
x = torch.linspace(-1, 1, 12).reshape(2, 6).requires_grad_()
t = torch.tensor([1., -1.])
img = torch.linspace(-1, 1, 2 * 4 * 4).reshape(1, 2, 4, 4).requires_grad_()
cases = {
    "margin_ranking": lambda: F.margin_ranking_loss(x[:, 0], x[:, 1], t),
    "hinge": lambda: F.hinge_embedding_loss(x, torch.ones(2, 6)),
    "soft_margin": lambda: F.soft_margin_loss(x[:, 0], t),
    "mlsm": lambda: F.multilabel_soft_margin_loss(x, torch.ones(2, 6)),
    "cosine_emb": lambda: F.cosine_embedding_loss(x, x.flip(1), t),
    "triplet": lambda: F.triplet_margin_loss(x, x.flip(1), x * 2),
    "poisson": lambda: F.poisson_nll_loss(x, torch.ones(2, 6)),
    "gaussian": lambda: F.gaussian_nll_loss(x, torch.ones(2, 6), torch.ones(2, 6)),
    "glu": lambda: F.glu(x),
    "hardshrink": lambda: F.hardshrink(x),
    "softshrink": lambda: F.softshrink(x),
    "tanhshrink": lambda: F.tanhshrink(x),
    "threshold": lambda: F.threshold(x, 0.1, 2.0),
    "pixel_shuffle": lambda: F.pixel_shuffle(img.reshape(1, 8, 2, 2), 2),
    "adaptive_avg1d": lambda: F.adaptive_avg_pool1d(x.unsqueeze(0), 3),
    "pad_reflect": lambda: F.pad(img, (1, 1, 1, 1), mode="reflect"),
    "unfold": lambda: F.unfold(img, 2),
    "fold": lambda: F.fold(x.reshape(1, 4, 3), (2, 4), 2, stride=(2, 1)),
    "rms_norm": lambda: F.rms_norm(x, (6,)),
    "bilinear": lambda: F.bilinear(x, x, torch.ones(3, 6, 6)),
    "lrn": lambda: F.local_response_norm(img, 2),
    "embedding_bag": lambda: F.embedding_bag(torch.tensor([0, 1]), x, torch.tensor([0])),
}
for k, f in cases.items():
    print(k, type(f().grad_fn).__name__)
""",
}
