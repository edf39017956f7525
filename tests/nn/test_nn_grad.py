"""gradcheck and gradgradcheck (float64) of every nn op, so rules hold to second order."""

import pytest

import chainrule as torch
import chainrule.nn.functional as F
from chainrule.autograd import gradcheck, gradgradcheck


def _t(*shape, low=-2.0, high=2.0, seed=0):
    g = torch.Generator().manual_seed(seed + sum(shape))
    return (torch.rand(*shape, generator=g, dtype=torch.float64) * (high - low) + low) \
        .requires_grad_()


TARGET = torch.tensor([0, 2, 1, 2])
WEIGHT = torch.tensor([0.5, 1.5, 1.0], dtype=torch.float64)
CASES = {
    "softmax": (lambda x: F.softmax(x, 1), lambda: (_t(4, 3),)),
    "log_softmax": (lambda x: F.log_softmax(x, 0), lambda: (_t(4, 3),)),
    "gelu": (F.gelu, lambda: (_t(5),)),
    "gelu_tanh": (lambda x: F.gelu(x, approximate="tanh"), lambda: (_t(5),)),
    "silu": (F.silu, lambda: (_t(5),)),
    "elu": (F.elu, lambda: (_t(5),)),
    "celu": (lambda x: F.celu(x, 0.7), lambda: (_t(5),)),
    "selu": (F.selu, lambda: (_t(5),)),
    "softplus": (lambda x: F.softplus(x, 2.0, 3.0), lambda: (_t(5),)),
    "leaky_relu": (lambda x: F.leaky_relu(x, 0.2), lambda: (_t(5),)),
    "logsigmoid": (F.logsigmoid, lambda: (_t(5),)),
    "mish": (F.mish, lambda: (_t(5),)),
    "mse_loss": (F.mse_loss, lambda: (_t(3, 2), _t(3, 2, seed=1))),
    "mse_loss_sum": (lambda a, b: F.mse_loss(a, b, reduction="sum"),
                     lambda: (_t(3, 2), _t(3, 2, seed=1))),
    "cross_entropy": (lambda x: F.cross_entropy(x, TARGET), lambda: (_t(4, 3),)),
    "cross_entropy_weighted": (lambda x: F.cross_entropy(x, TARGET, weight=WEIGHT,
                                                         label_smoothing=0.1),
                               lambda: (_t(4, 3),)),
    "nll_loss_none": (lambda x: F.nll_loss(x, TARGET, reduction="none"), lambda: (_t(4, 3),)),
    "bce": (F.binary_cross_entropy, lambda: (_t(3, 2, low=0.1, high=0.9),
                                             _t(3, 2, low=0.0, high=1.0, seed=1))),
    "bce_logits": (lambda x, y: F.binary_cross_entropy_with_logits(
        x, y, pos_weight=torch.tensor([2.0, 0.5], dtype=torch.float64)),
        lambda: (_t(3, 2), _t(3, 2, low=0.0, high=1.0, seed=1))),
    "smooth_l1": (lambda a, b: F.smooth_l1_loss(a, b, beta=0.5), lambda: (_t(6), _t(6, seed=2))),
    "huber": (lambda a, b: F.huber_loss(a, b, delta=0.7), lambda: (_t(6), _t(6, seed=2))),
    "pad": (lambda x: F.pad(x, (1, -1, 2, 0), value=0.5), lambda: (_t(3, 4),)),
    "normalize": (lambda x: F.normalize(x, dim=0), lambda: (_t(3, 4),)),
    "cosine_similarity": (F.cosine_similarity, lambda: (_t(3, 4), _t(3, 4, seed=3))),
    "kl_div": (lambda a, b: F.kl_div(a, b, reduction="batchmean", log_target=True),
               lambda: (_t(3, 4), _t(3, 4, seed=3))),
    "hardswish": (F.hardswish, lambda: (_t(7, low=-4.5, high=4.5),)),
    "linear": (F.linear, lambda: (_t(3, 4), _t(2, 4), _t(2))),
    # padding_idx is left out: its row gets no gradient by design, which gradcheck would flag.
    "embedding": (lambda w: F.embedding(torch.tensor([[0, 2], [2, 1]]), w),
                  lambda: (_t(3, 2),)),
    "conv2d": (lambda x, w, b: F.conv2d(x, w, b, stride=(2, 1), padding=1, dilation=(1, 2),
                                        groups=2), lambda: (_t(2, 2, 5, 4), _t(4, 1, 3, 2),
                                                            _t(4))),
    "conv1d": (lambda x, w: F.conv1d(x, w, stride=2), lambda: (_t(1, 2, 7), _t(3, 2, 3))),
    "conv_transpose2d": (lambda x, w, b: F.conv_transpose2d(
        x, w, b, stride=2, padding=1, output_padding=1, groups=2, dilation=(1, 2)),
        lambda: (_t(1, 4, 3, 3), _t(4, 1, 3, 2), _t(2))),
    "max_pool2d": (lambda x: F.max_pool2d(x, 2, 1, padding=1), lambda: (_t(1, 2, 4, 3),)),
    "avg_pool2d": (lambda x: F.avg_pool2d(x, 3, 2, 1, ceil_mode=True, count_include_pad=False),
                   lambda: (_t(1, 2, 5, 4),)),
    "adaptive_avg_pool2d": (lambda x: F.adaptive_avg_pool2d(x, (2, 1)),
                            lambda: (_t(1, 2, 4, 4),)),
    "batch_norm_train": (lambda x, w, b: F.batch_norm(x, None, None, w, b, training=True),
                         lambda: (_t(4, 3, 2), _t(3), _t(3))),
    "group_norm": (lambda x, w, b: F.group_norm(x, 2, w, b),
                   lambda: (_t(3, 4, 2), _t(4), _t(4))),
    "layer_norm": (lambda x, w, b: F.layer_norm(x, (2,), w, b),
                   lambda: (_t(4, 3, 2), _t(2), _t(2))),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_nn_op_gradcheck_and_gradgradcheck(name):
    fn, make = CASES[name]
    inputs = make()
    assert gradcheck(fn, inputs)
    assert gradgradcheck(fn, inputs)


def test_hardsigmoid_has_no_double_backward():
    """As torch: the first derivative checks out, but hardsigmoid_backward has no derivative."""
    x = _t(7, low=-4.5, high=4.5)
    assert gradcheck(F.hardsigmoid, (x,))
    with pytest.raises(RuntimeError,
                       match="derivative for aten::hardsigmoid_backward is not implemented"):
        gradgradcheck(F.hardsigmoid, (x,))


def test_double_backward_through_an_mlp_matches_finite_differences():
    """Sobolev training needs d/dθ of dy/dx: check it numerically on a tiny tanh MLP."""
    torch.manual_seed(0)
    w1, b1, w2 = _t(3, 1), _t(3), _t(1, 3)
    x = _t(5, 1)

    def slope_loss(w1, b1, w2):
        xi = x.detach().requires_grad_()
        y = F.linear(torch.tanh(F.linear(xi, w1, b1)), w2)
        (dy,) = torch.autograd.grad(y.sum(), xi, create_graph=True)
        return (dy ** 2).sum()
    assert gradcheck(slope_loss, (w1, b1, w2))
