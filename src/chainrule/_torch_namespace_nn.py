"""torch.* aliases of nn functions with torch's namespace signatures (aten's, not F's).

They differ from ``nn.functional`` in argument order (``embedding(weight, indices)``,
``batch_norm(input, weight, bias, running_mean, ...)``), in required arguments (``dropout(input,
p, train)``) and in losses taking an integer ``reduction`` code whose Python default is 0 (none).
"""

from ._ops import nn as _nn
from ._ops import nn_conv as _conv
from ._ops import shape as _shape
from ._ops.compat_nn import prelu  # noqa: F401
from ._ops.nn_channel_shuffle import channel_shuffle  # noqa: F401
from ._ops.nn_norm import batch_norm as _batch_norm
from ._ops.nn_norm import group_norm as _group_norm
from ._ops.nn_norm import layer_norm as _layer_norm
from ._ops.nn_rrelu import rrelu as _rrelu
from ._ops.nn_shrink import hardshrink  # noqa: F401
from ._ops.nn_shrink import threshold as _threshold
from ._tensor import Tensor
from .autograd.grad_mode import no_grad
from .nn import functional as _F
from .nn.functional_extra import (  # noqa: F401
    adaptive_avg_pool1d,
    bilinear,
    pixel_shuffle,
    pixel_unshuffle,
)

_REDUCTION_NAMES = ("none", "mean", "sum")


def _reduction_name(fn, position, reduction):
    """Map torch's integer reduction code to F's name, rejecting what torch's parser rejects."""
    if isinstance(reduction, bool) or not isinstance(reduction, int):
        raise TypeError(f"{fn}(): argument 'reduction' (position {position}) must be int, not "
                        f"{type(reduction).__name__}")
    return _REDUCTION_NAMES[reduction] if 0 <= reduction <= 2 else "none"


def _stride(stride):
    """aten's empty stride list means 'the kernel size', F's None."""
    return None if stride is None or (not isinstance(stride, int) and len(stride) == 0) else stride


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """1-D convolution (cross-correlation), as F.conv1d."""
    return _F.conv1d(input, weight, bias, stride, padding, dilation, groups)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """2-D convolution (cross-correlation), as F.conv2d."""
    return _F.conv2d(input, weight, bias, stride, padding, dilation, groups)


def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """3-D convolution (cross-correlation), as F.conv3d."""
    return _F.conv3d(input, weight, bias, stride, padding, dilation, groups)


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """1-D transposed convolution, as F.conv_transpose1d."""
    return _F.conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups,
                               dilation)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """2-D transposed convolution, as F.conv_transpose2d."""
    return _F.conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups,
                               dilation)


def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """3-D transposed convolution, as F.conv_transpose3d."""
    return _F.conv_transpose3d(input, weight, bias, stride, padding, output_padding, groups,
                               dilation)


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True):
    """1-D average pooling, as F.avg_pool1d."""
    return _F.avg_pool1d(input, kernel_size, stride, padding, ceil_mode, count_include_pad)


def max_pool1d(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    """1-D max pooling (values only)."""
    return _conv.max_pool1d(input, kernel_size, _stride(stride), padding, dilation, ceil_mode)


def max_pool1d_with_indices(input, kernel_size, stride=(), padding=0, dilation=1,
                            ceil_mode=False):
    """1-D max pooling returning ``(values, indices)``."""
    return _conv.max_pool1d(input, kernel_size, _stride(stride), padding, dilation, ceil_mode,
                            True)


def max_pool2d(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    """2-D max pooling (values only)."""
    return _F.max_pool2d(input, kernel_size, _stride(stride), padding, dilation, ceil_mode)


def max_pool3d(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    """3-D max pooling (values only)."""
    return _F.max_pool3d(input, kernel_size, _stride(stride), padding, dilation, ceil_mode)


def adaptive_max_pool1d(input, output_size):
    """1-D adaptive max pooling; as aten, always returns ``(values, indices)``."""
    return _F.adaptive_max_pool1d(input, output_size, True)


def _check_p(p):
    """aten checks ``p`` before looking at ``train`` (F raises ValueError, aten RuntimeError)."""
    if not 0 <= p <= 1:
        raise RuntimeError(f"dropout probability has to be between 0 and 1, but got {p}")


def dropout(input, p, train):
    """Dropout with aten's required ``p`` and ``train``."""
    _check_p(p)
    return _nn.dropout(input, p, train)


def alpha_dropout(input, p, train):
    """Alpha dropout with aten's required ``p`` and ``train``."""
    _check_p(p)
    return _F.alpha_dropout(input, p, train)


def feature_alpha_dropout(input, p, train):
    """Alpha dropout of whole channels (dims 0 and 1 pick the mask)."""
    _check_p(p)
    return _F.feature_alpha_dropout(input, p, train)


def feature_dropout(input, p, train):
    """Dropout of whole channels of any rank >= 2 (one draw per (N, C))."""
    _check_p(p)
    if not train or p == 0:
        return input
    from ._creation import empty
    mask = empty(tuple(input.shape[:2]) + (1,) * (input.ndim - 2), dtype=input.dtype)
    if p == 1:
        return input * mask.fill_(0)
    return input * mask.bernoulli_(1 - p).div_(1 - p)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5, cudnn_enable=True):
    """Layer normalisation over the trailing ``normalized_shape`` dims."""
    return _layer_norm(input, normalized_shape, weight, bias, eps)


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-5, cudnn_enabled=True):
    """Group normalisation of the channels in ``num_groups`` groups."""
    return _group_norm(input, num_groups, weight, bias, eps)


def batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps,
               cudnn_enabled):
    """Batch normalisation in aten's argument order (weight and bias before the statistics)."""
    return _batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


def instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps,
                  cudnn_enabled):
    """Instance normalisation in aten's argument order."""
    return _F.instance_norm(input, running_mean, running_var, weight, bias, use_input_stats,
                            momentum, eps)


def rms_norm(input, normalized_shape, weight=None, eps=None):
    """RMS normalisation over the trailing ``normalized_shape`` dims."""
    return _F.rms_norm(input, normalized_shape, weight, eps)


def embedding(weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False):
    """Rows of ``weight`` picked by ``indices``; aten reads a negative ``padding_idx`` as none."""
    return _nn.embedding(indices, weight, None if padding_idx < 0 else padding_idx,
                         scale_grad_by_freq=scale_grad_by_freq, sparse=sparse)


def selu(input):
    """SELU activation."""
    return _nn.selu(input)


def celu(input, alpha=1.0):
    """CELU activation."""
    return _nn.celu(input, alpha)


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, generator=None):
    """Randomised leaky ReLU (the mean slope when not training)."""
    return _rrelu(input, lower, upper, training)


def rrelu_(input, lower=1.0 / 8, upper=1.0 / 3, training=False, generator=None):
    """In-place randomised leaky ReLU."""
    return _rrelu(input, lower, upper, training, True)


def threshold(input, threshold, value):
    """Replace elements not above ``threshold`` by ``value``."""
    return _threshold(input, threshold, value)


def binary_cross_entropy_with_logits(input, target, weight=None, pos_weight=None, reduction=0):
    """Binary cross-entropy on logits with an integer reduction code."""
    name = _reduction_name("binary_cross_entropy_with_logits", 5, reduction)
    return _nn.binary_cross_entropy_with_logits(input, target, weight, reduction=name,
                                                pos_weight=pos_weight)


def kl_div(input, target, reduction=0, *, log_target=False):
    """KL divergence; code 1 is the plain mean over elements, without F's 'mean' warning."""
    name = _reduction_name("kl_div", 3, reduction)
    loss = _nn.kl_div(input, target, reduction="none", log_target=log_target)
    return loss.mean() if name == "mean" else loss.sum() if name == "sum" else loss


def cosine_embedding_loss(input1, input2, target, margin=0.0, reduction=0):
    """Cosine embedding loss with an integer reduction code."""
    name = _reduction_name("cosine_embedding_loss", 5, reduction)
    return _F.cosine_embedding_loss(input1, input2, target, margin, reduction=name)


def margin_ranking_loss(input1, input2, target, margin=0.0, reduction=0):
    """Margin ranking loss with an integer reduction code."""
    name = _reduction_name("margin_ranking_loss", 5, reduction)
    return _F.margin_ranking_loss(input1, input2, target, margin, reduction=name)


def hinge_embedding_loss(input, target, margin=1.0, reduction=0):
    """Hinge embedding loss with an integer reduction code."""
    name = _reduction_name("hinge_embedding_loss", 4, reduction)
    return _F.hinge_embedding_loss(input, target, margin, reduction=name)


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2.0, eps=1e-6, swap=False,
                        reduction=0):
    """Triplet margin loss with an integer reduction code."""
    name = _reduction_name("triplet_margin_loss", 8, reduction)
    return _F.triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap,
                                  reduction=name)


def poisson_nll_loss(input, target, log_input, full, eps, reduction):
    """Poisson negative log-likelihood; aten requires every argument."""
    name = _reduction_name("poisson_nll_loss", 6, reduction)
    return _F.poisson_nll_loss(input, target, log_input, full, eps=eps, reduction=name)


def constant_pad_nd(input, pad, value=0):
    """Pad the trailing dims with ``value`` (``pad`` lists (left, right) from the last dim)."""
    return _nn.pad(input, pad, "constant", value)


def split_with_sizes(input, split_sizes, dim=0):
    """Split into pieces of the listed sizes."""
    return _shape.split(input, list(split_sizes), dim)


def _unsafe(input, pieces, dim, node):
    """``pieces`` (from the checked split) recorded under torch's unsafe node name."""
    sizes = tuple(p.shape[_shape._wrap_dim(dim, input.ndim)] for p in pieces)
    out = _shape._split_op(len(sizes), node).apply((input,), (_shape._wrap_dim(dim, input.ndim),
                                                              sizes))
    return out if isinstance(out, tuple) else (out,)


def unsafe_split(input, split_size, dim=0):
    """Split without view tracking (torch's UnsafeSplitBackward0)."""
    with no_grad():
        pieces = _shape.split(input, split_size, dim)
    return _unsafe(input, pieces, dim, "UnsafeSplitBackward0")


def unsafe_split_with_sizes(input, split_sizes, dim=0):
    """Split into listed sizes without view tracking."""
    with no_grad():
        pieces = _shape.split(input, list(split_sizes), dim)
    return _unsafe(input, pieces, dim, "UnsafeSplitWithSizesBackward0")


def unsafe_chunk(input, chunks, dim=0):
    """Chunk without view tracking (recorded as UnsafeSplitBackward0, as torch)."""
    with no_grad():
        pieces = _shape.chunk(input, chunks, dim)
    return _unsafe(input, pieces, dim, "UnsafeSplitBackward0")


Tensor.prelu = prelu
Tensor.unsafe_split = unsafe_split
Tensor.unsafe_split_with_sizes = unsafe_split_with_sizes
Tensor.unsafe_chunk = unsafe_chunk


def _cell_args(input, w_ih, b_ih):
    from .nn.functional import linear
    return linear(input, w_ih, b_ih)


def rnn_tanh_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    """One tanh RNN step with explicit weights (aten's functional cell)."""
    from .nn.modules.rnn import _rnn_cell
    return _rnn_cell(_cell_args(input, w_ih, b_ih), hx, w_hh, b_hh, "tanh")


def rnn_relu_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    """One ReLU RNN step with explicit weights."""
    from .nn.modules.rnn import _rnn_cell
    return _rnn_cell(_cell_args(input, w_ih, b_ih), hx, w_hh, b_hh, "relu")


def gru_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    """One GRU step with explicit weights."""
    from .nn.modules.rnn import _gru_cell
    return _gru_cell(_cell_args(input, w_ih, b_ih), hx, w_hh, b_hh)


def lstm_cell(input, hx, w_ih, w_hh, b_ih=None, b_hh=None):
    """One LSTM step with explicit weights; ``hx`` is (h, c), returns (h', c')."""
    from .nn.modules.rnn import _lstm_cell
    return _lstm_cell(_cell_args(input, w_ih, b_ih), tuple(hx), w_hh, b_hh)


def ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction=0,
             zero_infinity=False):
    """CTC loss with aten's integer reduction (the Python default is 0, none, as torch's)."""
    from ._ops.nn_ctc import ctc_loss as _ctc
    name = _reduction_name("ctc_loss", 6, reduction)
    return _ctc(log_probs, targets, input_lengths, target_lengths, blank, name, zero_infinity)


def _inplace_dropout(fn):
    """The in-place aten form: computes ``fn`` and writes it into ``input``."""
    def run(input, p, train):
        from ._tensor_methods import inplace
        return inplace(lambda x: fn(x, p, train))(input)
    run.__name__ = run.__qualname__ = fn.__name__ + "_"
    run.__doc__ = f"In-place {fn.__name__}: modifies and returns ``input``."
    return run


alpha_dropout_ = _inplace_dropout(alpha_dropout)
feature_alpha_dropout_ = _inplace_dropout(feature_alpha_dropout)
feature_dropout_ = _inplace_dropout(feature_dropout)
