"""Power-average pooling (lp_pool1d/2d/3d), composed as torch composes it: average the p-th powers
over each window, scale by the window size and take the p-th root."""

import math

from .._ops.pointwise import abs, relu, sign


def _lp_pool(pool, input, norm_type, kernel_size, stride, ceil_mode, dims):
    from . import functional as F
    sizes = (kernel_size,) * dims if isinstance(kernel_size, int) else tuple(kernel_size)
    avg = getattr(F, pool)
    powered = input.pow(norm_type)
    out = avg(powered, kernel_size, stride, 0, ceil_mode) if stride is not None else \
        avg(powered, kernel_size, padding=0, ceil_mode=ceil_mode)
    return (sign(out) * relu(abs(out))).mul(math.prod(sizes)).pow(1.0 / norm_type)


def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    """(sum over each window of x^p)^(1/p) along the last dim."""
    return _lp_pool("avg_pool1d", input, norm_type, kernel_size, stride, ceil_mode, 1)


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    """(sum over each window of x^p)^(1/p) over the last two dims."""
    return _lp_pool("avg_pool2d", input, norm_type, kernel_size, stride, ceil_mode, 2)


def lp_pool3d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    """(sum over each window of x^p)^(1/p) over the last three dims."""
    return _lp_pool("avg_pool3d", input, norm_type, kernel_size, stride, ceil_mode, 3)
