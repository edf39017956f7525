"""Factories over raw memory: frombuffer (shares a Python buffer), empty_strided (a chosen
memory layout), and is_storage (chainrule has no Storage objects)."""

import warnings

import numpy as np

from . import _dtype
from ._tensor import Tensor

_warned_readonly = []  # torch warns once per program
_READONLY = ("The given buffer is not writable, and PyTorch does not support non-writable "
             "tensors. This means you can write to the underlying (supposedly non-writable) "
             "buffer using the tensor. You may want to copy the buffer to protect its data or "
             "make it writable before converting it to a tensor. This type of warning will be "
             "suppressed for the rest of this program. (Triggered internally at "
             "/__w/pytorch/pytorch/torch/csrc/utils/tensor_new.cpp:1556.)")


def frombuffer(buffer, *, dtype, count=-1, offset=0, requires_grad=False):
    """Return a 1-D tensor sharing memory with an object of the buffer protocol."""
    try:
        view = memoryview(buffer)
    except TypeError:
        raise ValueError("object does not implement Python buffer protocol.") from None
    if view.readonly and not _warned_readonly:  # torch warns before checking the lengths
        _warned_readonly.append(True)
        warnings.warn(_READONLY, UserWarning, stacklevel=2)
    length = view.nbytes
    size = dtype.itemsize
    if length == 0 or count == 0:
        raise ValueError(f"both buffer length ({length}) and count ({count}) must not be 0")
    if offset < 0 or offset >= length:
        raise ValueError(f"offset ({offset} bytes) must be non-negative and no greater than "
                         f"buffer length ({length} bytes) minus 1")
    if count < 0 and (length - offset) % size:
        raise ValueError(f"buffer length ({length - offset} bytes) after offset ({offset} bytes) "
                         f"must be a multiple of element size ({size})")
    if count > 0 and count * size > length - offset:
        raise ValueError(f"requested buffer length ({count} * {size} bytes) after offset "
                         f"({offset} bytes) must not be greater than actual buffer length "
                         f"({length} bytes)")
    raw = np.frombuffer(view.cast("B"), dtype=np.uint8)
    n = count if count > 0 else (length - offset) // size
    data = raw[offset:offset + n * size].view(dtype.np)
    return Tensor._make(data).requires_grad_(requires_grad)


def empty_strided(size, stride, *, dtype=None, layout=None, device=None, requires_grad=False,
                  pin_memory=False):
    """Return a zero-filled tensor of ``size`` laid out in memory with ``stride`` (in elements)."""
    size, stride = tuple(size), tuple(stride)
    if len(size) != len(stride):
        raise RuntimeError(f"dimensionality of sizes ({len(size)}) must match dimensionality "
                           f"of strides ({len(stride)})")
    np_dtype = (dtype or _dtype.get_default_dtype()).np
    needed = 0 if 0 in size else 1 + sum((n - 1) * s for n, s in zip(size, stride))
    storage = np.zeros(needed, np_dtype)
    data = np.lib.stride_tricks.as_strided(
        storage, size, tuple(s * np_dtype.itemsize for s in stride), writeable=True)
    return Tensor._make(data).requires_grad_(requires_grad)


def is_storage(obj):
    """Return True if ``obj`` is a storage object: never in chainrule, which has none."""
    return False
