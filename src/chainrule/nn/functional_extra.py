"""More of torch.nn.functional, composed from chainrule ops: adaptive pools of any size, feature
dropout, shrink/threshold activations, pixel shuffles, unfold/fold, and the margin losses."""

import math
import warnings

from .._creation import ones
from .._ops.compat_nn import pairwise_distance
from .._ops.linalg_more import einsum
from .._ops.nn import check_reduction, dropout, legacy_reduction, logsigmoid
from .._ops.nn_conv import max_pool1d, max_pool2d
from .._ops.nn_rearrange import (
    col2im,
    glu_op,
    im2col,
    pixel_shuffle_op,
    pixel_unshuffle_op,
)
from .._ops.pointwise import clamp_min, tanh, where
from .._ops.shape import stack


def _reduce(loss, reduction):
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss


def _reduction(size_average, reduce, reduction):
    reduction = legacy_reduction(size_average, reduce, reduction)
    check_reduction(reduction)
    return reduction


# --- adaptive pooling -----------------------------------------------------------------------
def _adaptive(input, output_size, dims, reduce, name):
    sizes = output_size if isinstance(output_size, (tuple, list)) else (output_size,) * dims
    if len(sizes) != dims:
        raise ValueError(f"{name}: output_size must be {dims}")
    x = input
    # innermost dim first: a max among ties is then the first in row-major order, as torch's
    # kernel picks, and the whole gradient goes to it
    for d, out in reversed(list(enumerate(sizes))):
        axis = input.ndim - dims + d
        size = input.shape[axis]
        out = size if out is None else out
        bounds = [(i * size // out, -(-(i + 1) * size // out)) for i in range(out)]
        x = stack([reduce(x.narrow(axis, s, e - s), axis) for s, e in bounds], axis)
    return x


def _adaptive_mean(input, output_size, dims, name):
    """Window sums divided once by the window sizes, as torch's adaptive average kernel."""
    import numpy as np

    from .._creation import tensor
    sizes = output_size if isinstance(output_size, (tuple, list)) else (output_size,) * dims
    counts = np.ones((), np.float64)
    for d, out in enumerate(sizes):
        size = input.shape[input.ndim - dims + d]
        out = size if out is None else out
        lengths = [-(-(i + 1) * size // out) - i * size // out for i in range(out)]
        counts = np.multiply.outer(counts, np.asarray(lengths, np.float64))
    total = _adaptive(input, output_size, dims, lambda t, a: t.sum(a), name)
    return total / tensor(counts, dtype=input.dtype)


def _no_indices(return_indices):
    if return_indices:
        raise NotImplementedError("chainrule's adaptive max pools do not return indices")


def adaptive_avg_pool1d(input, output_size):
    """Average (N, C, L) input into ``output_size`` windows (torch's floor/ceil bounds); as
    torch, through the 2-d pool on an unsqueezed input (so the result is a SqueezeBackward1)."""
    from .._ops.nn_conv import adaptive_avg_pool2d
    if output_size is None:
        raise TypeError("adaptive_avg_pool1d(): argument 'output_size' (position 2) must be "
                        "tuple of ints, not NoneType")
    sizes = output_size if isinstance(output_size, (tuple, list)) else (output_size,)
    if len(sizes) != 1:
        raise RuntimeError("adaptive_avg_pool1d() argument 'output_size' should contain one int "
                           f"(got {len(sizes)})")
    return adaptive_avg_pool2d(input.unsqueeze(-2), (1, sizes[0])).squeeze(-2)


def adaptive_avg_pool_any(input, output_size, dims=2):
    """Average the last ``dims`` dims into any ``output_size`` grid (one op for 2-d and 3-d)."""
    from .._ops.nn_separable import adaptive_avg_pool
    sizes = output_size if isinstance(output_size, (tuple, list)) else (output_size,) * dims
    if dims in (2, 3) and len(sizes) == dims and input.is_floating_point():
        shape = input.shape[-dims:]
        sizes = [n if o is None else o for n, o in zip(shape, sizes)]
        if min(*shape, *sizes) > 0:
            return adaptive_avg_pool(input, sizes)
    return _adaptive_mean(input, output_size, dims, "adaptive_avg_pool2d")


def _adaptive_max_op(input, output_size, dims, return_indices):
    """The one-op pool (AdaptiveMaxPool{2,3}DBackward0) for a float input, else None."""
    from .._ops.nn_adaptive_max import adaptive_max_pool2d_op
    sizes = output_size if isinstance(output_size, (tuple, list)) else (output_size,) * dims
    if input.ndim not in (dims + 1, dims + 2) or len(sizes) != dims or \
            not input.is_floating_point() or not input.numel() or \
            any(o is not None and o < 1 for o in sizes):
        return None
    sizes = [n if o is None else o for n, o in zip(input.shape[-dims:], sizes)]
    x = input if dims > 1 else input.unsqueeze(-2)  # torch: 1-d pools unsqueeze, then squeeze
    out = adaptive_max_pool2d_op(x, sizes if dims > 1 else [1] + sizes)
    if dims == 1:
        out = tuple(t.squeeze(-2) for t in out)
    return out if return_indices else out[0]


def adaptive_max_pool1d(input, output_size, return_indices=False):
    """Max of (N, C, L) input over ``output_size`` windows."""
    out = _adaptive_max_op(input, output_size, 1, return_indices)
    if out is not None:
        return out
    _no_indices(return_indices)
    return _adaptive(input, output_size, 1, lambda t, a: t.max(a)[0], "adaptive_max_pool1d")


def adaptive_max_pool2d(input, output_size, return_indices=False):
    """Max of (N, C, H, W) input over an ``output_size`` grid of windows."""
    out = _adaptive_max_op(input, output_size, 2, return_indices)
    if out is not None:
        return out
    _no_indices(return_indices)
    return _adaptive(input, output_size, 2, lambda t, a: t.max(a)[0], "adaptive_max_pool2d")


def max_pool1d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1,
                            ceil_mode=False, return_indices=True):
    """max_pool1d that also returns the flat indices of the maxima."""
    return max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode, True)


def max_pool2d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1,
                            ceil_mode=False, return_indices=True):
    """max_pool2d that also returns the flat indices of the maxima."""
    return max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode, True)


# --- dropout of whole channels ----------------------------------------------------------------
def _feature_dropout(input, p, training, batched_ndim):
    if p < 0 or p > 1:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0:
        return input
    lead = 2 if input.ndim == batched_ndim else 1
    mask = dropout(ones(tuple(input.shape[:lead]) + (1,) * (input.ndim - lead),
                        dtype=input.dtype), p, True)
    return input * mask


def dropout1d(input, p=0.5, training=True, inplace=False):
    """Zero whole channels of (N, C, L) input with probability ``p`` (unbatched: as torch,
    through an unsqueezed input, so the result is a SqueezeBackward1)."""
    if 0 <= p <= 1 and input.ndim not in (2, 3):
        raise RuntimeError(
            f"dropout1d: Expected 2D or 3D input, but received a {input.ndim}D input. Note that "
            "dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, "
            "a channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).")
    if input.ndim == 2:
        return _feature_dropout(input.unsqueeze(0), p, training, 3).squeeze(0)
    return _feature_dropout(input, p, training, 3)


def _warn_feature_rank(input, name, ranks):
    if input.ndim not in ranks:
        warnings.warn(
            f"{name}: Received a {input.ndim}-D input to {name}, which is deprecated and will "
            "result in an error in a future release. To retain the behavior and silence this "
            f"warning, please use dropout instead. Note that {name} exists to provide channel-wise "
            f"dropout on inputs with {ranks[0] - 1} spatial dimensions, a channel dimension, and "
            f"an optional batch dimension (i.e. {ranks[0]}D or {ranks[1]}D inputs).", stacklevel=3)


def dropout2d(input, p=0.5, training=True, inplace=False):
    """Zero whole channels of (N, C, H, W) input with probability ``p``; as torch, any other
    rank drops along its first two dims (a 3-D input is read as (N, C, L), with a warning)."""
    if p < 0 or p > 1:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    _warn_feature_rank(input, "dropout2d", (3, 4))
    if input.ndim == 3:
        warnings.warn(
            "dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D "
            "dropout behavior is desired - input is interpreted as shape (N, C, L), where C is "
            "the channel dim. This behavior will change in a future release to interpret the "
            "input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D "
            "channel-wise dropout behavior, please switch to using dropout1d instead.",
            stacklevel=2)
    return _feature_dropout(input, p, training, input.ndim)


def dropout3d(input, p=0.5, training=True, inplace=False):
    """Zero whole channels of (N, C, D, H, W) input with probability ``p``."""
    if p < 0 or p > 1:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    _warn_feature_rank(input, "dropout3d", (4, 5))
    return _feature_dropout(input, p, training, 5)


# --- activations ------------------------------------------------------------------------------
def tanhshrink(input):
    """Return x - tanh(x)."""
    return input - tanh(input)


def glu(input, dim=-1):
    """Gated linear unit: first half times sigmoid of the second half along ``dim``."""
    if input.ndim == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    size = input.shape[dim]
    if size % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension "
                           f"{dim % input.ndim} is size {size}")
    return glu_op(input, dim)


# --- rearrangements ---------------------------------------------------------------------------
def pixel_shuffle(input, upscale_factor):
    """Rearrange (*, C*r*r, H, W) into (*, C, H*r, W*r)."""
    r = upscale_factor
    *lead, c, h, w = input.shape
    if c % (r * r):
        raise RuntimeError(f"pixel_shuffle expects its input's 'channel' dimension to be "
                           f"divisible by the square of upscale_factor, but input.size(-3)={c} "
                           f"is not divisible by {r * r}")
    return pixel_shuffle_op(input, r)


def pixel_unshuffle(input, downscale_factor):
    """Rearrange (*, C, H*r, W*r) into (*, C*r*r, H, W)."""
    return pixel_unshuffle_op(input, downscale_factor)


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    """im2col: (N, C, H, W) to (N, C*kh*kw, L) columns of sliding patches."""
    batched = input.ndim == 4
    x = input if batched else input.unsqueeze(0)
    cols = im2col(x, _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride))
    return cols if batched else cols.squeeze(0)


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    """col2im: sum (N, C*kh*kw, L) columns back into (N, C, H, W), the adjoint of unfold."""
    batched = input.ndim == 3
    x = input if batched else input.unsqueeze(0)
    img = col2im(x, _pair(output_size), _pair(kernel_size), _pair(dilation), _pair(padding),
                 _pair(stride))
    return img if batched else img.squeeze(0)


# --- layers -----------------------------------------------------------------------------------
def bilinear(input1, input2, weight, bias=None):
    """Return x1ᵀ A x2 + b for each output feature."""
    out = einsum("...i,oij,...j->...o", input1, weight, input2)
    return out if bias is None else out + bias


def rms_norm(input, normalized_shape, weight=None, eps=None):
    """Divide by the root mean square over the trailing ``normalized_shape`` dims."""
    from .._type_info import finfo
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
    dims = tuple(range(-len(shape), 0))
    eps = finfo(input.dtype).eps if eps is None else eps
    out = input * (input.pow(2).mean(dims, keepdim=True) + eps).rsqrt()
    return out if weight is None else out * weight


# --- losses -----------------------------------------------------------------------------------
def margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None,
                        reduction="mean"):
    """Return max(0, -y * (x1 - x2) + margin)."""
    reduction = _reduction(size_average, reduce, reduction)
    return _reduce(clamp_min(-target * (input1 - input2) + margin, 0), reduction)


def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None,
                         reduction="mean"):
    """Return x where y == 1 and max(0, margin - x) where y == -1."""
    reduction = _reduction(size_average, reduce, reduction)
    loss = (where(target != 1, clamp_min(margin - input, 0), 0)
            + where(target != -1, input, 0))
    return _reduce(loss, reduction)


def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None,
                                reduction="mean"):
    """Per-class binary cross-entropy on logits, averaged over classes."""
    reduction = _reduction(size_average, reduce, reduction)
    loss = -(target * logsigmoid(input) + (1 - target) * logsigmoid(-input))
    if weight is not None:
        loss = loss * weight
    return _reduce(loss.sum(dim=input.ndim - 1) / input.shape[-1], reduction)


def cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None,
                          reduction="mean"):
    """Return 1 - cos(x1, x2) where y == 1 and max(0, cos - margin) where y == -1."""
    reduction = _reduction(size_average, reduce, reduction)
    eps = 1e-12
    dim = input1.ndim - 1
    prod = (input1 * input2).sum(dim)
    mag = ((input1 * input1).sum(dim) + eps) * ((input2 * input2).sum(dim) + eps)
    cos = prod / mag.sqrt()
    loss = where(target == 1, 1 - cos, 0) + where(target == -1, clamp_min(cos - margin, 0), 0)
    return _reduce(loss, reduction)


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False,
                        size_average=None, reduce=None, reduction="mean"):
    """Return max(0, d(a, p) - d(a, n) + margin) with pairwise p-norm distances."""
    reduction = _reduction(size_average, reduce, reduction)
    d_ap = pairwise_distance(anchor, positive, p, eps)
    d_an = pairwise_distance(anchor, negative, p, eps)
    if swap:
        d_an = d_an.minimum(pairwise_distance(positive, negative, p, eps))
    return _reduce(clamp_min(margin + d_ap - d_an, 0), reduction)


def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-8,
                     reduce=None, reduction="mean"):
    """Negative log-likelihood of a Poisson target with rate exp(input) (or input)."""
    reduction = _reduction(size_average, reduce, reduction)
    if log_input:
        loss = input.exp() - target * input
    else:
        loss = input - target * (input + eps).log()
    if full:
        safe = where(target > 1, target, 1)  # the term is masked to 0 for target <= 1
        stirling = safe * safe.log() - safe + 0.5 * (2 * math.pi * safe).log()
        loss = loss + where(target > 1, stirling, 0)
    return _reduce(loss, reduction)


def gaussian_nll_loss(input, target, var, full=False, eps=1e-6, reduction="mean"):
    """Negative log-likelihood of a Gaussian target with mean ``input`` and variance ``var``."""
    check_reduction(reduction)
    if var.ndim == input.ndim - 1 and var.shape == input.shape[:-1]:
        var = var.unsqueeze(-1)
    if (var.detach() < 0).any():
        raise ValueError("var has negative entry/entries")
    var = var + (clamp_min(var.detach(), eps) - var.detach())  # floor the value, keep the grad
    loss = 0.5 * (var.log() + (input - target) ** 2 / var)
    if full:
        loss = loss + 0.5 * math.log(2 * math.pi)
    return _reduce(loss, reduction)


# --- 3-D pooling and transposed convolution -----------------------------------------------------
def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    """Max over sliding windows of (N, C, D, H, W) input."""
    from .._ops.nn_conv import _batched, _max_pool, _pool_args, check_pool_rank
    check_pool_rank(input, "max_pool3d", 3)
    args = _pool_args(input, kernel_size, stride, padding, dilation, ceil_mode, 3)
    out = _batched(input, 3, lambda x: _max_pool[3].apply((x,), args))
    return out if return_indices else out[0]


def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True, divisor_override=None):
    """Mean over sliding windows of (N, C, D, H, W) input."""
    from .._ops.nn_conv import _avg_pool, _batched, _pool_args, check_pool_rank
    check_pool_rank(input, "avg_pool3d", 3)
    kernel, stride, padding, _, extra = _pool_args(input, kernel_size, stride, padding, 1,
                                                   ceil_mode, 3)
    return _batched(input, 3, lambda x: _avg_pool[3].apply(
        (x,), (kernel, stride, padding, extra, count_include_pad, divisor_override)))


def adaptive_avg_pool3d(input, output_size):
    """Average (N, C, D, H, W) input into an ``output_size`` grid."""
    return _adaptive_mean(input, output_size, 3, "adaptive_avg_pool3d")


def adaptive_max_pool3d(input, output_size, return_indices=False):
    """Max of (N, C, D, H, W) input over an ``output_size`` grid of windows."""
    out = _adaptive_max_op(input, output_size, 3, return_indices)
    if out is not None:
        return out
    _no_indices(return_indices)
    return _adaptive(input, output_size, 3, lambda t, a: t.max(a)[0], "adaptive_max_pool3d")


def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """3-D transposed convolution (the gradient of conv3d with respect to its input)."""
    from .._ops.nn_conv import conv_transpose
    return conv_transpose(input, weight, bias, stride, padding, output_padding, groups,
                          dilation, 3)


# --- more losses and normalisations ---------------------------------------------------------
def multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None,
                      reduce=None, reduction="mean"):
    """Multi-class hinge loss: sum over j != y of max(0, margin - x[y] + x[j])^p / C."""
    from .._ops.nn_margin import multi_margin_loss_op
    reduction = _reduction(size_average, reduce, reduction)
    if p not in (1, 2):
        raise ValueError("only p == 1 and p == 2 supported")
    return multi_margin_loss_op(input, target, p, margin, weight, reduction)


def multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    """Hinge loss between each target class (listed until the first -1) and every non-target."""
    from .._ops.nn_margin import multilabel_margin_loss_op
    reduction = _reduction(size_average, reduce, reduction)
    return multilabel_margin_loss_op(input, target, reduction)


def local_response_norm(input, size, alpha=1e-4, beta=0.75, k=1.0):
    """Divide by (k + alpha * mean of squares over ``size`` neighbouring channels)^beta."""
    from .._ops.nn import pad
    sq = (input * input).unsqueeze(1)
    sq = pad(sq, (0, 0) * (input.ndim - 2) + (size // 2, (size - 1) // 2))
    window = stack([sq.narrow(2, i, input.shape[1]) for i in range(size)], 0).mean(0)
    div = (window.squeeze(1) * alpha + k) ** beta
    return input / div


def channel_shuffle(input, groups):
    """Interleave the channels of ``groups`` groups: (N, g*c, *) to (N, c*g, *)."""
    from .._ops.nn_channel_shuffle import channel_shuffle as shuffle
    return shuffle(input, groups)  # one op, ChannelShuffleBackward0 as torch


# --- randomised activations and dropout for self-normalising networks --------------------------
_SELU_ALPHA = 1.7580993408473766  # SELU's scale * alpha: dropped units go to -this


def _alpha_dropout(input, p, training, mask_shape):
    """torch's alpha dropout: input * (keep * a) + b, with a and b keeping mean 0, var 1."""
    if p < 0 or p > 1:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0:
        return input
    if p == 1:
        return input * 0
    keep = (ones(mask_shape, dtype=input.dtype) * 0).bernoulli_(1 - p)
    a = 1.0 / math.sqrt((_SELU_ALPHA * _SELU_ALPHA * p + 1) * (1 - p))
    b = (keep - 1) * (_SELU_ALPHA * a) + _SELU_ALPHA * a * p
    return input * (keep * a) + b


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    """Dropout that keeps SELU's zero mean and unit variance (dropped units go to -alpha')."""
    return _alpha_dropout(input, p, training, tuple(input.shape))


def feature_alpha_dropout(input, p=0.5, training=False, inplace=False):
    """Alpha dropout of whole channels."""
    lead = tuple(input.shape[:2])
    return _alpha_dropout(input, p, training, lead + (1,) * (input.ndim - 2))


def gumbel_softmax(logits, tau=1.0, hard=False, eps=1e-10, dim=-1):
    """Sample from the Gumbel-softmax distribution; ``hard`` returns one-hot samples whose
    gradient is the soft sample's (straight-through)."""
    from .._ops.nn import softmax
    gumbels = -(ones(logits.shape, dtype=logits.dtype) * 0).exponential_().log()
    y = softmax((logits + gumbels) / tau, dim)
    if not hard:
        return y
    index = y.max(dim, keepdim=True)[1]
    y_hard = (ones(logits.shape, dtype=logits.dtype) * 0).scatter(dim, index, 1.0)
    return y_hard - y.detach() + y


# --- max unpooling --------------------------------------------------------------------------
def _unpool_size(input, kernel, stride, padding, output_size, dims):
    k, s, p = (_ntuple_n(v, dims) for v in (kernel, stride, padding))
    s = k if stride is None else s
    default = [(input.shape[-dims + d] - 1) * s[d] - 2 * p[d] + k[d] for d in range(dims)]
    if output_size is None:
        return default
    size = list(output_size)[-dims:]
    for d in range(dims):
        low, high = default[d] - s[d], default[d] + s[d]
        if not low < size[d] < high:
            raise ValueError(f'invalid output_size "{tuple(output_size)}" (dim {d} must be '
                             f"between {low} and {high})")
    return size


def _ntuple_n(value, n):
    return tuple(value) if isinstance(value, (tuple, list)) else (value,) * n


def _max_unpool(input, indices, kernel_size, stride, padding, output_size, dims):
    from .._ops.nn_unpool import max_unpool
    size = _unpool_size(input, kernel_size, stride, padding, output_size, dims)
    return max_unpool(input, indices, size)


def max_unpool1d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    """Place each pooled max back at its index in a zero tensor (inverse of max_pool1d)."""
    return _max_unpool(input, indices, kernel_size, stride, padding, output_size, 1)


def max_unpool2d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    """Place each pooled max back at its index in a zero tensor (inverse of max_pool2d)."""
    return _max_unpool(input, indices, kernel_size, stride, padding, output_size, 2)
