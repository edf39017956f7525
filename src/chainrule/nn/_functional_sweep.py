"""The rest of torch.nn.functional's public names: ``*_with_indices`` pools, the deprecated
``upsample_*`` forms, ``triplet_margin_with_distance_loss`` and ``max_unpool3d``."""

import warnings

from .._ops.compat_nn import pairwise_distance
from .._ops.compat_upsample import interpolate
from .._ops.pointwise import clamp_min, minimum
from . import functional_extra as _extra


def adaptive_max_pool1d_with_indices(input, output_size, return_indices=False):
    """1-D adaptive max pooling returning ``(values, indices)`` whatever ``return_indices``."""
    return _extra.adaptive_max_pool1d(input, output_size, True)


def adaptive_max_pool2d_with_indices(input, output_size, return_indices=False):
    """2-D adaptive max pooling returning ``(values, indices)``."""
    return _extra.adaptive_max_pool2d(input, output_size, True)


def adaptive_max_pool3d_with_indices(input, output_size, return_indices=False):
    """3-D adaptive max pooling returning ``(values, indices)``."""
    return _extra.adaptive_max_pool3d(input, output_size, True)


def max_pool3d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1,
                            ceil_mode=False, return_indices=False):
    """3-D max pooling returning ``(values, indices)``."""
    return _extra.max_pool3d(input, kernel_size, stride, padding, dilation, ceil_mode, True)


def max_unpool3d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    """Place each pooled max back at its index in a zero tensor (inverse of max_pool3d)."""
    return _extra._max_unpool(input, indices, kernel_size, stride, padding, output_size, 3)


def upsample_nearest(input, size=None, scale_factor=None):
    """Deprecated nearest upsampling; warns as torch and calls interpolate."""
    warnings.warn("`nn.functional.upsample_nearest` is deprecated. Use "
                  "`nn.functional.interpolate` instead.", stacklevel=2)
    return interpolate(input, size, scale_factor, mode="nearest")


def upsample_bilinear(input, size=None, scale_factor=None):
    """Deprecated bilinear upsampling (align_corners=True); warns as torch."""
    warnings.warn("`nn.functional.upsample_bilinear` is deprecated. Use "
                  "`nn.functional.interpolate` instead.", stacklevel=2)
    return interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)


def triplet_margin_with_distance_loss(anchor, positive, negative, *, distance_function=None,
                                      margin=1.0, swap=False, reduction="mean"):
    """Triplet margin loss under any distance function (pairwise L2 by default)."""
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    dims = (anchor.ndim, positive.ndim, negative.ndim)
    if len(set(dims)) != 1:
        raise RuntimeError(
            "The anchor, positive, and negative tensors are expected to have the same number of "
            f"dimensions, but got: anchor {dims[0]}D, positive {dims[1]}D, and negative "
            f"{dims[2]}D inputs")
    distance = pairwise_distance if distance_function is None else distance_function
    dist_pos = distance(anchor, positive)
    dist_neg = distance(anchor, negative)
    if swap:
        dist_neg = minimum(dist_neg, distance(positive, negative))
    loss = clamp_min(margin + dist_pos - dist_neg, 0)
    return loss.sum() if reduction == "sum" else loss.mean() if reduction == "mean" else loss
