"""torch.range: the deprecated inclusive range that old tutorials still call; warns as torch."""

import warnings

import numpy as np

from . import _dtype
from ._creation import _finish
from ._device import usable_device


def range(start, end, step=1, *, out=None, dtype=None, layout=None, device=None,
          requires_grad=False):
    """Return values from start to end *inclusive* by step (default float dtype), as torch."""
    warnings.warn(
        "torch.range is deprecated and will be removed in a future release because its behavior "
        "is inconsistent with Python's range builtin. Instead, use torch.arange, which produces "
        "values in [start, end).", UserWarning, stacklevel=2)
    usable_device(device)
    dt = _dtype.canonical(dtype) or _dtype.get_default_dtype()
    if step == 0:
        raise RuntimeError("step must be nonzero")
    if (step > 0 and end < start) or (step < 0 and end > start):
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    n = int(np.floor((end - start) / step)) + 1
    return _finish((start + np.arange(n, dtype=np.float64) * step).astype(dt.np), requires_grad)
