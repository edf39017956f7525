"""The 'meta' device: tensors with a shape and dtype but no values (model skeletons)."""

import numpy as np


class MetaArray(np.ndarray):
    """A read-only zero-strided array standing for data that does not exist."""


def to_meta(array):
    """Return a meta stand-in for ``array``: same shape and dtype, one shared element."""
    return np.broadcast_to(np.zeros((), dtype=array.dtype), array.shape).view(MetaArray)
