"""Adaptive max pooling over (N, C, H, W) as one op with torch's AdaptiveMaxPool2DBackward0.

The maxima's flat plane indices are the second output, so the backward is the max pools'
scatter (and its gather for double backward).
"""

import numpy as np

from ._registry import defop
from .nn_conv import _max_pool_rule


def _bounds(size, out):
    """torch's adaptive windows: [floor(i * size / out), ceil((i + 1) * size / out))."""
    return [((i * size) // out, -((-(i + 1) * size) // out)) for i in range(out)]


def _adaptive_max_forward(xp, input, sizes):
    h, w = input.shape[-2:]
    lead = input.shape[:-2]
    values = np.empty(lead + tuple(sizes), input.dtype)
    indices = np.empty(lead + tuple(sizes), np.int64)
    for i, (h0, h1) in enumerate(_bounds(h, sizes[0])):
        for j, (w0, w1) in enumerate(_bounds(w, sizes[1])):
            win = input[..., h0:h1, w0:w1].reshape(lead + (-1,))
            arg = np.argmax(win, axis=-1)  # the first maximum in row-major order, as torch
            values[..., i, j] = np.take_along_axis(win, arg[..., None], axis=-1)[..., 0]
            indices[..., i, j] = (h0 + arg // (w1 - w0)) * w + w0 + arg % (w1 - w0)
    return values, indices


_adaptive_max = defop("adaptive_max_pool2d", _adaptive_max_forward,
                      node="AdaptiveMaxPool2DBackward0", outputs=2,
                      differentiable_outputs=(True, False), vjp={"input": _max_pool_rule})


def adaptive_max_pool2d_op(input, sizes):
    """(values, indices) of the adaptive max pool of a batched float (N, C, H, W) input."""
    return _adaptive_max.apply((input,), (tuple(sizes),))
