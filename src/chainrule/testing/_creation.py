"""make_tensor: random tensors of a given shape and dtype for tests, as torch.testing."""

import numpy as np

from .. import _dtype
from .._tensor import Tensor
from ..random import default_generator

# Default value ranges per dtype kind, as torch.testing.make_tensor: [low, high).
_RANGES = {"f": (-9.0, 9.0), "c": (-9.0, 9.0), "i": (-9, 10), "u": (0, 10)}


def make_tensor(*shape, dtype, device=None, low=None, high=None, requires_grad=False,
                noncontiguous=False, exclude_zero=False, memory_format=None):
    """Return a tensor of ``shape`` filled with uniform values in [low, high).

    ``noncontiguous=True`` returns a strided view of a larger buffer with the same values'
    distribution, so ops meet non-contiguous memory. Draws from the default generator.
    """
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    shape = tuple(int(s) for s in shape)
    np_dtype = dtype.np
    rng = default_generator._rng
    kind = np_dtype.kind
    if low is not None and high is not None and low > high:
        raise ValueError(f"`low` must be less than or equal to `high`, but got {low} > {high}")
    full = shape[:-1] + (shape[-1] * 2,) if noncontiguous and shape and shape[-1] > 1 else shape
    if kind == "b":
        arr = rng.integers(0, 2, size=full).astype(np.bool_)
    else:
        lo, hi = _RANGES[kind]
        lo = lo if low is None else max(low, lo) if kind in "iu" else low
        hi = hi if high is None else high
        if kind in "iu":
            arr = rng.integers(int(np.ceil(lo)), int(np.ceil(hi)) if hi > lo else int(lo) + 1,
                               size=full).astype(np_dtype)
        else:
            arr = rng.uniform(lo, hi, size=full)
            if kind == "c":
                arr = arr + 1j * rng.uniform(lo, hi, size=full)
            arr = arr.astype(np_dtype)
        if exclude_zero:
            tiny = 1 if kind in "iu" else np.finfo(np_dtype).tiny
            arr[arr == 0] = tiny
    if full != shape:
        arr = arr[..., ::2]
    t = Tensor._make(arr)
    if requires_grad:
        if kind not in "fc":
            raise ValueError(
                "make_tensor: requires_grad=True is not supported for "
                f"{_dtype.FROM_NUMPY[np_dtype]}")
        t.requires_grad_(True)
    return t
