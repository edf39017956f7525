"""F.interpolate's linear family (linear, bilinear, trilinear), 'bicubic' and 'area' modes,
composed as a two- or four-tap gather and blend along each spatial dim, last dim first as torch's
kernels blend."""

import math

import numpy as np

from ._registry import defop
from .nn_separable import separable_linear_backward


def _taps(in_size, out_size, scale, align_corners, dtype):
    """Left/right source indices and the right weight for each output position (torch's
    area_pixel_compute_source_index, in the input's compute precision)."""
    dst = np.arange(out_size, dtype=dtype)
    if align_corners:
        ratio = dtype((in_size - 1) / (out_size - 1)) if out_size > 1 else dtype(0)
        src = ratio * dst
    else:
        src = np.maximum(dtype(scale) * (dst + dtype(0.5)) - dtype(0.5), dtype(0))
    left = np.minimum(src.astype(np.int64), in_size - 1)
    right = np.minimum(left + 1, in_size - 1)
    return left, right, (src - left).astype(dtype)


def interpolate_linear(input, out_sizes, scales, align_corners):
    """Blend the two nearest source cells along each spatial dim (one op, as torch records)."""
    from .nn_separable import interpolation_matrix, separable_linear
    dtype = np.float64 if input.dtype.itemsize == 8 else np.float32
    mats = [interpolation_matrix(*_taps(n, out_sizes[i], scales[i], align_corners, dtype), n)
            for i, n in enumerate(input.shape[2:])]
    node = ("UpsampleLinear1DBackward0", "UpsampleBilinear2DBackward0",
            "UpsampleTrilinear3DBackward0")[input.ndim - 3]
    return separable_linear(input, mats, node)


_CUBIC_A = -0.75  # torch's cubic convolution coefficient


def _cubic_taps(in_size, out_size, scale, align_corners, dtype):
    """Four clamped source indices and Keys-cubic weights per output position."""
    dst = np.arange(out_size, dtype=dtype)
    if align_corners:
        ratio = dtype((in_size - 1) / (out_size - 1)) if out_size > 1 else dtype(0)
        src = ratio * dst
    else:
        src = dtype(scale) * (dst + dtype(0.5)) - dtype(0.5)
    base = np.floor(src)
    t = (src - base).astype(dtype)
    a = dtype(_CUBIC_A)

    def near(x):  # |x| <= 1
        return ((a + 2) * x - (a + 3)) * x * x + 1

    def far(x):  # 1 < |x| < 2
        return ((a * x - 5 * a) * x + 8 * a) * x - 4 * a
    weights = (far(t + 1), near(t), near(1 - t), far(2 - t))
    idx = [np.clip(base.astype(np.int64) + k, 0, in_size - 1) for k in (-1, 0, 1, 2)]
    return idx, weights


def _cubic_forward(xp, input, taps, mats):
    """Four-tap blends, last dim first, each summed left to right (torch's kernel order)."""
    x = input
    for axis, idx, weights in taps:
        shape = [1] * input.ndim
        shape[axis] = -1
        out = None
        for k, w in zip(idx, weights):
            term = xp.take(x, k, axis=axis) * w.reshape(shape).astype(input.dtype, copy=False)
            out = term if out is None else out + term
        x = out
    return x


_bicubic = defop("upsample_bicubic2d", _cubic_forward, node="UpsampleBicubic2DBackward0",
                 vjp={"input": lambda grad, mats: separable_linear_backward(grad, mats)})


def interpolate_cubic(input, out_sizes, scales, align_corners):
    """Blend four neighbouring source cells (Keys cubic, a = -0.75) along each spatial dim, as
    one op whose backward applies the transposed blend matrices."""
    dtype = np.float64 if input.dtype.itemsize == 8 else np.float32
    taps, mats = [], []
    for axis in reversed(range(2, input.ndim)):
        n, out = input.shape[axis], out_sizes[axis - 2]
        idx, weights = _cubic_taps(n, out, scales[axis - 2], align_corners, dtype)
        taps.append((axis, idx, weights))
        m = np.zeros((out, n), dtype)
        for k, w in zip(idx, weights):
            np.add.at(m, (np.arange(out), k), w)
        mats.insert(0, m)
    return _bicubic.apply((input,), (tuple(taps), tuple(mats)))


def interpolate_area(input, out_sizes):
    """'area' mode: adaptive average pooling to the output size."""
    from ..nn.functional_extra import adaptive_avg_pool_any
    return adaptive_avg_pool_any(input, tuple(out_sizes), input.ndim - 2)


def linear_scales(in_sizes, out_sizes, factors, recompute):
    """The source/destination scale per dim: 1/scale_factor unless sizes decide it."""
    if factors is None or recompute:
        return [i / o for i, o in zip(in_sizes, out_sizes)]
    return [1.0 / f for f in factors]


def out_sizes_for(in_sizes, size, scale_factor):
    """Output sizes and the per-dim scale factors (None when a size was given)."""
    rank = len(in_sizes)
    if size is not None:
        return ([size] * rank if isinstance(size, int) else list(size)), None
    factors = ([scale_factor] * rank if isinstance(scale_factor, (int, float))
               else list(scale_factor))
    return [math.floor(i * f) for i, f in zip(in_sizes, factors)], factors
