"""max_unpool: scatter pooled maxima back to their flat indices (MaxUnpool{1,2,3}DBackward0);
the gradient gathers from the same indices."""

import numpy as np

from .._creation import tensor
from ._registry import defop


def _forward(xp, input, indices, size):
    lead = input.shape[:-len(size)]
    flat = xp.zeros(lead + (int(np.prod(size)),), input.dtype)
    idx = xp.asarray(indices).reshape(lead + (-1,))
    xp.put_along_axis(flat, idx, input.reshape(lead + (-1,)), axis=-1)
    return flat.reshape(lead + tuple(size))


def _rule(grad, indices, size, input_shape):
    lead = tuple(input_shape[:-len(size)])
    idx = tensor(np.asarray(indices).reshape(lead + (-1,)))
    return grad.reshape(*lead, -1).gather(-1, idx).reshape(tuple(input_shape))


_UNPOOL = {d: defop(f"max_unpool{d}d", _forward, node=f"MaxUnpool{d}DBackward0",
                    vjp={"input": _rule}) for d in (1, 2, 3)}


def max_unpool(input, indices, size):
    """Zeros of spatial ``size`` with ``input``'s values at their flat ``indices``."""
    return _UNPOOL[len(size)].apply((input,), (np.asarray(indices.tolist(), np.int64),
                                               tuple(size)))
