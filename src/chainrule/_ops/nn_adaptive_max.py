"""Adaptive max pooling over (N, C, H, W) or (N, C, D, H, W) as one op with torch's
AdaptiveMaxPool2DBackward0 / AdaptiveMaxPool3DBackward0.

The maxima's flat plane indices are the second output, so the backward is the max pools'
scatter (and its gather for double backward).
"""

import itertools

import numpy as np

from ._registry import defop
from .nn_conv import _max_pool_rule, _pool_scatter


def _bounds(size, out):
    """torch's adaptive windows: [floor(i * size / out), ceil((i + 1) * size / out))."""
    return [((i * size) // out, -((-(i + 1) * size) // out)) for i in range(out)]


def _adaptive_max_forward(xp, input, sizes):
    k = len(sizes)
    spatial = input.shape[-k:]
    lead = input.shape[:-k]
    values = np.empty(lead + tuple(sizes), input.dtype)
    indices = np.empty(lead + tuple(sizes), np.int64)
    windows = [list(enumerate(_bounds(s, o))) for s, o in zip(spatial, sizes)]
    for cell in itertools.product(*windows):
        pos = tuple(i for i, _ in cell)
        box = tuple(slice(lo, hi) for _, (lo, hi) in cell)
        shape = tuple(hi - lo for _, (lo, hi) in cell)
        win = input[(...,) + box].reshape(lead + (-1,))
        arg = np.argmax(win, axis=-1)  # the first maximum in row-major order, as torch
        values[(...,) + pos] = np.take_along_axis(win, arg[..., None], axis=-1)[..., 0]
        local = np.unravel_index(arg, shape)
        coords = tuple(lo + c for (_, (lo, _)), c in zip(cell, local))
        indices[(...,) + pos] = np.ravel_multi_index(coords, spatial)
    return values, indices


def _adaptive_max_rule(grads, result1, input_shape, sizes):
    """The max pools' scatter; an unbatched input scatters as a batch of one."""
    if len(input_shape) == len(sizes) + 2:
        return _max_pool_rule(grads, result1, input_shape)
    return _pool_scatter.apply((grads[0].unsqueeze(0),), (
        result1._data[None], (1,) + tuple(input_shape))).squeeze(0)


_adaptive_max = {
    k: defop(f"adaptive_max_pool{k}d", _adaptive_max_forward,
             node=f"AdaptiveMaxPool{k}DBackward0", outputs=2,
             differentiable_outputs=(True, False), vjp={"input": _adaptive_max_rule})
    for k in (2, 3)}


def adaptive_max_pool2d_op(input, sizes):
    """(values, indices) of the adaptive max pool of a float ([N,] C, *spatial) input over its
    last ``len(sizes)`` (2 or 3) dims."""
    return _adaptive_max[len(sizes)].apply((input,), (tuple(sizes),))
