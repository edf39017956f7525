"""torch.as_strided over chainrule's arrays: reads the elements that ``size``/``stride`` pick
from the input's storage (its root base), recorded as AsStridedBackward0 via the indexing table.

Unlike torch the result is a copy, not a view: writes to it do not reach the input.
"""

import numpy as np

from .._tensor import Tensor
from ..autograd.grad_mode import state as grad_state
from .indexing import _as_strided


def _fmt(values):
    return "[" + ", ".join(map(str, values)) + "]"


def _offsets(shape, stride, start):
    """Storage offset of every element of a tensor of ``shape``/``stride`` starting at
    ``start``."""
    flat = np.full(shape, start, dtype=np.intp)
    for k, (n, s) in enumerate(zip(shape, stride)):
        flat += np.arange(n).reshape((n,) + (1,) * (len(shape) - k - 1)) * s
    return flat


def as_strided(input, size, stride, storage_offset=None):
    """Return the elements of ``input``'s storage at ``storage_offset + sum(i_k * stride[k])``.

    >>> chainrule.arange(5.).as_strided((2, 2), (1, 1))
    tensor([[0., 1.],
            [1., 2.]])
    """
    size, stride = tuple(size), tuple(stride)
    if len(size) != len(stride):
        raise RuntimeError("mismatch in length of strides and shape")
    if any(s < 0 for s in stride):
        raise RuntimeError("as_strided: Negative strides are not supported at the moment, got "
                           f"strides: {_fmt(stride)}")
    offset = input.storage_offset() if storage_offset is None else storage_offset
    if offset < 0:
        raise RuntimeError(f"Tensor: invalid storage offset {offset}")
    root = input._base if input._base is not None else input
    data, itemsize = root._data, root._data.itemsize
    storage = 0 if data.size == 0 else 1 + sum((n - 1) * s // itemsize
                                                for n, s in zip(data.shape, data.strides))
    needed = 0 if 0 in size else offset + 1 + sum((n - 1) * s for n, s in zip(size, stride))
    if needed > storage:
        raise RuntimeError(
            f"setStorage: sizes {_fmt(size)}, strides {_fmt(stride)}, storage offset {offset}, "
            f"and itemsize {itemsize} requiring a storage size of {needed * itemsize} are out of "
            f"bounds for storage of size {storage * itemsize}")
    wanted = _offsets(size, stride, offset)
    own = _offsets(input.shape, input.stride(), input.storage_offset()).ravel()
    where = np.full(max(storage, 1), -1, dtype=np.intp)
    where[own] = np.arange(own.size)
    picked = where[wanted]
    if (picked >= 0).all():
        return _as_strided.apply((input,), (np.unravel_index(picked, input.shape),))
    if input.requires_grad and grad_state.enabled:
        raise RuntimeError("chainrule: as_strided can only differentiate through elements of "
                           "the input itself, not other parts of its storage")
    start = np.lib.stride_tricks.as_strided(data, (storage,), (itemsize,))  # the storage itself
    return Tensor._make(start[wanted].copy())
