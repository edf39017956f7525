"""Nearest-neighbour upsampling (F.interpolate's default mode) as one op per spatial rank."""

import math

import numpy as np

from .._creation import tensor, zeros
from ._registry import defop
from .shape_more import index_add


def _nearest_forward(xp, input, indices):
    out = input
    for axis, idx in enumerate(indices, start=2):
        out = xp.take(out, idx, axis=axis)
    return out


def _nearest_rule(grad, input_shape, indices):
    """Each input cell receives the sum of the output cells that copied it."""
    for axis in range(len(indices) + 1, 1, -1):
        shape = list(grad.shape)
        shape[axis] = input_shape[axis]
        grad = index_add(zeros(shape, dtype=grad.dtype), axis, tensor(indices[axis - 2]), grad)
    return grad


_NEAREST = {rank: defop(f"upsample_nearest{rank}d", _nearest_forward,
                        node=f"UpsampleNearest{rank}DBackward0",
                        vjp={"input": _nearest_rule}) for rank in (1, 2, 3)}
_MODES = "nearest | linear | bilinear | bicubic | trilinear | lanczos | area | nearest-exact"


def _check_sizes(in_sizes, out_sizes):
    """torch's upsample kernels refuse empty spatial input and output sizes."""
    if min(*in_sizes, *out_sizes) > 0:
        return
    names = "DHW"[3 - len(in_sizes):]
    text = [", ".join(f"{n}: {v}" for n, v in zip(names, sizes)) for sizes in (in_sizes, out_sizes)]
    joint = " and " if len(in_sizes) == 1 else " "  # torch's 1-d kernel says "and"
    raise RuntimeError("Input and output sizes should be greater than 0, but got input "
                       f"({text[0]}){joint}output ({text[1]})")


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None,
                recompute_scale_factor=None, antialias=False):
    """Resize the spatial dims of an (N, C, ...) tensor: nearest here, linear/area in nn_interp.

    As torch, source index = floor(out_index * in / out), or floor(out_index / scale_factor)
    when a scale factor is given and not recomputed.
    """
    rank = input.ndim - 2
    linear = {"linear": 1, "bilinear": 2, "trilinear": 3, "bicubic": 2}
    if (mode in linear and linear[mode] == rank or mode == "area" and rank in _NEAREST) and \
            (size is None) != (scale_factor is None):
        from . import nn_interp
        outs, factors = nn_interp.out_sizes_for(input.shape[2:], size, scale_factor)
        if mode == "area":
            return nn_interp.interpolate_area(input, outs)
        _check_sizes(input.shape[2:], outs)
        scales = nn_interp.linear_scales(input.shape[2:], outs, factors, recompute_scale_factor)
        blend = nn_interp.interpolate_cubic if mode == "bicubic" else \
            nn_interp.interpolate_linear
        return blend(input, outs, scales, bool(align_corners))
    if mode != "nearest" or rank not in _NEAREST:
        raise NotImplementedError(
            f"Input Error: Only 3D, 4D and 5D input Tensors supported (got {input.ndim}D) for the "
            f"modes: {_MODES} (got {mode})")
    if (size is None) == (scale_factor is None):
        raise ValueError("only one of size or scale_factor should be defined" if size is not None
                         else "either size or scale_factor should be defined")
    in_sizes = input.shape[2:]
    if size is not None:
        out_sizes = [size] * rank if isinstance(size, int) else list(size)
        scales = [i / o for i, o in zip(in_sizes, out_sizes)]
    else:
        factors = [scale_factor] * rank if isinstance(scale_factor, (int, float)) else \
            list(scale_factor)
        out_sizes = [math.floor(i * f) for i, f in zip(in_sizes, factors)]
        scales = ([i / o for i, o in zip(in_sizes, out_sizes)] if recompute_scale_factor
                  else [1.0 / f for f in factors])
    _check_sizes(in_sizes, out_sizes)
    indices = tuple(np.minimum(np.floor(np.arange(o, dtype=np.float32) * np.float32(s)),
                               i - 1).astype(np.int64)
                    for i, o, s in zip(in_sizes, out_sizes, scales))
    return _NEAREST[rank].apply((input,), (indices,))
