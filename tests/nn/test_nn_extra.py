"""gradcheck/gradgradcheck (float64) of the ops added in nn_pad, nn_interp and functional_extra,
plus their values against NumPy references."""

import numpy as np
import pytest

import chainrule as torch
import chainrule.nn as nn
import chainrule.nn.functional as F
from chainrule.autograd import gradcheck, gradgradcheck


def _t(*shape, low=-2.0, high=2.0, seed=0):
    g = np.random.default_rng(seed + sum(shape))
    return torch.tensor(g.uniform(low, high, shape)).requires_grad_()


_BAG = torch.tensor([0, 2, 4, 1, 1, 3])
_OFFSETS = torch.tensor([0, 2])
_SIGN = torch.tensor([1.0, -1.0, 1.0, -1.0], dtype=torch.float64)
CASES = {
    "pad_reflect_1d": (lambda x: F.pad(x, (2, 1), mode="reflect"), lambda: (_t(1, 2, 4),)),
    "pad_replicate_2d": (lambda x: F.pad(x, (1, 2, 0, 1), mode="replicate"),
                         lambda: (_t(1, 1, 3, 3),)),
    "pad_circular_2d": (lambda x: F.pad(x, (1, 1, 2, 0), mode="circular"),
                        lambda: (_t(1, 2, 3, 2),)),
    "interp_bilinear": (lambda x: F.interpolate(x, size=(4, 5), mode="bilinear"),
                        lambda: (_t(1, 1, 3, 3),)),
    "interp_linear_corners": (lambda x: F.interpolate(x, scale_factor=1.5, mode="linear",
                                                      align_corners=True),
                              lambda: (_t(1, 2, 4),)),
    "interp_bicubic": (lambda x: F.interpolate(x, size=(4, 5), mode="bicubic"),
                       lambda: (_t(1, 1, 3, 3),)),
    "interp_bicubic_corners": (lambda x: F.interpolate(x, scale_factor=0.8, mode="bicubic",
                                                       align_corners=True),
                               lambda: (_t(1, 1, 4, 5),)),
    "max_unpool2d": (lambda x: F.max_unpool2d(x, torch.tensor([[[[0, 3], [9, 14]]]]), 2,
                                              output_size=(4, 4)), lambda: (_t(1, 1, 2, 2),)),
    "adaptive_avg_uneven": (lambda x: F.adaptive_avg_pool2d(x, (2, 3)), lambda: (_t(1, 1, 5, 4),)),
    "adaptive_max_1d": (lambda x: F.adaptive_max_pool1d(x, 3), lambda: (_t(1, 2, 7),)),
    "unfold": (lambda x: F.unfold(x, 2, padding=1, stride=2), lambda: (_t(1, 2, 3, 3),)),
    "fold": (lambda x: F.fold(x, (3, 3), 2), lambda: (_t(1, 4, 4),)),
    "pixel_shuffle": (lambda x: F.pixel_shuffle(x, 2), lambda: (_t(1, 4, 2, 3),)),
    "glu": (lambda x: F.glu(x, 1), lambda: (_t(2, 4),)),
    "softshrink": (lambda x: F.softshrink(x, 0.5), lambda: (_t(6),)),
    "tanhshrink": (F.tanhshrink, lambda: (_t(5),)),
    "bilinear": (F.bilinear, lambda: (_t(3, 2), _t(3, 4, seed=1), _t(5, 2, 4, seed=2))),
    "rms_norm": (lambda x, w: F.rms_norm(x, (3,), w), lambda: (_t(2, 3), _t(3, seed=1))),
    "soft_margin": (lambda x: F.soft_margin_loss(x, _SIGN), lambda: (_t(4),)),
    "multilabel_soft_margin": (lambda x: F.multilabel_soft_margin_loss(
        x, torch.tensor([[1.0, 0.0, 1.0]], dtype=torch.float64)), lambda: (_t(1, 3),)),
    "cosine_embedding": (lambda a, b: F.cosine_embedding_loss(a, b, _SIGN[:2], margin=-0.5),
                         lambda: (_t(2, 3), _t(2, 3, seed=1))),
    "triplet_margin": (lambda a, p, n: F.triplet_margin_loss(a, p, n, margin=5.0),
                       lambda: (_t(2, 3), _t(2, 3, seed=1), _t(2, 3, seed=2))),
    "poisson_nll_full": (lambda x: F.poisson_nll_loss(x, torch.tensor([0.0, 2.0, 3.0],
                                                                    dtype=torch.float64),
                                                      full=True), lambda: (_t(3),)),
    "gaussian_nll": (lambda x, v: F.gaussian_nll_loss(x, torch.zeros(3, dtype=torch.float64), v),
                     lambda: (_t(3), _t(3, low=0.5, high=2.0, seed=1))),
    "max_pool3d": (lambda x: F.max_pool3d(x, 2), lambda: (_t(1, 1, 2, 4, 4),)),
    "avg_pool3d": (lambda x: F.avg_pool3d(x, (1, 2, 2), padding=(0, 1, 1)),
                   lambda: (_t(1, 1, 2, 3, 3),)),
    "conv_transpose3d": (lambda x, w: F.conv_transpose3d(x, w, stride=2),
                         lambda: (_t(1, 2, 2, 2, 2), _t(2, 1, 2, 2, 2, seed=1))),
    "multi_margin": (lambda x: F.multi_margin_loss(x, torch.tensor([2, 0]), p=2, margin=3.0),
                     lambda: (_t(2, 3),)),
    "multilabel_margin": (lambda x: F.multilabel_margin_loss(
        x, torch.tensor([[2, 0, -1], [1, -1, 0]]) * 1), lambda: (_t(2, 3, low=-0.2, high=0.2),)),
    "local_response_norm": (lambda x: F.local_response_norm(x, 3, alpha=0.5),
                            lambda: (_t(1, 4, 2),)),
    "channel_shuffle": (lambda x: F.channel_shuffle(x, 2), lambda: (_t(1, 4, 2),)),
    "embedding_bag_mean": (lambda w: F.embedding_bag(_BAG, w, _OFFSETS, mode="mean",
                                                     padding_idx=2), lambda: (_t(5, 2),)),
    "embedding_bag_max": (lambda w: F.embedding_bag(_BAG.reshape(2, 3), w, mode="max"),
                          lambda: (_t(5, 2),)),
    "embedding_bag_weighted": (lambda w, psw: F.embedding_bag(_BAG, w, _OFFSETS, mode="sum",
                                                              per_sample_weights=psw),
                               lambda: (_t(5, 2), _t(6, seed=1))),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_gradcheck_and_gradgradcheck(name):
    fn, make = CASES[name]
    inputs = make()
    assert gradcheck(fn, inputs)
    assert gradgradcheck(fn, inputs)


def test_pad_modes_match_numpy():
    x = np.arange(12.0).reshape(1, 1, 3, 4)
    for mode, np_mode in (("reflect", "reflect"), ("replicate", "edge"), ("circular", "wrap")):
        got = F.pad(torch.tensor(x), (1, 2, 2, 1), mode=mode).numpy()
        np.testing.assert_array_equal(got, np.pad(x, [(0, 0), (0, 0), (2, 1), (1, 2)], np_mode))


def test_unfold_matches_patch_loop():
    x = np.random.default_rng(0).standard_normal((2, 3, 4, 5))
    cols = F.unfold(torch.tensor(x), (2, 3)).numpy()
    want = np.stack([x[:, :, i:i + 2, j:j + 3].reshape(2, -1)
                     for i in range(3) for j in range(3)], axis=-1)
    np.testing.assert_array_equal(cols, want)


def test_pixel_unshuffle_inverts_shuffle():
    x = torch.arange(2 * 8 * 2 * 3, dtype=torch.float32).reshape(2, 8, 2, 3)
    assert torch.equal(F.pixel_unshuffle(F.pixel_shuffle(x, 2), 2), x)


def test_conv_padding_mode_equals_explicit_pad():
    conv = nn.Conv2d(2, 3, 3, padding=1, padding_mode="reflect")
    x = torch.randn(1, 2, 5, 4)
    want = F.conv2d(F.pad(x, (1, 1, 1, 1), mode="reflect"), conv.weight, conv.bias)
    assert torch.allclose(conv(x), want)


def test_adaptive_avg_pool_uneven_matches_window_means():
    x = np.random.default_rng(1).standard_normal((1, 1, 5, 3))
    got = F.adaptive_avg_pool2d(torch.tensor(x), (2, 2)).numpy()
    bounds = [(0, 3), (2, 5)], [(0, 2), (1, 3)]
    want = [[x[0, 0, a:b, c:d].mean() for c, d in bounds[1]] for a, b in bounds[0]]
    np.testing.assert_allclose(got[0, 0], want)


def test_weight_norm_op_gradcheck():
    from chainrule.nn.utils.weight_norm import _weight_norm
    for dim in (0, 1, -1):
        v, g = _t(3, 2), _t(*((3, 1) if dim == 0 else (1, 2) if dim == 1 else ()), seed=1)
        assert gradcheck(lambda v, g, dim=dim: _weight_norm(v, g, dim), (v, g))
        assert gradgradcheck(lambda v, g, dim=dim: _weight_norm(v, g, dim), (v, g))
