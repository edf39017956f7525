"""Torch-level helpers composed from the op table: isin, cartesian_prod, unravel_index, typename."""

import numpy as np

from ._ops.shape import reshape, stack
from ._ops.shape_more import meshgrid
from ._tensor import Tensor


def _array(x):
    return x._data if isinstance(x, Tensor) else np.asarray(x)


def isin(elements, test_elements, *, assume_unique=False, invert=False):
    """Return a bool tensor: whether each element occurs in ``test_elements``."""
    return Tensor._make(np.isin(_array(elements), _array(test_elements), invert=invert))


def cartesian_prod(*tensors):
    """Return every combination of one element per 1-D tensor, one per row (itertools.product)."""
    if len(tensors) == 1:
        return tensors[0]
    grids = meshgrid(*tensors, indexing="ij")
    return stack([reshape(g, (-1,)) for g in grids], 1)


def unravel_index(indices, shape):
    """Turn flat indices into a tuple of coordinate tensors for ``shape``."""
    flat = _array(indices)
    if flat.dtype.kind not in "iu":
        raise TypeError("expected 'indices' to be integer dtype, but got " + str(flat.dtype))
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    return tuple(Tensor._make(np.asarray(c, dtype=np.int64)) for c in np.unravel_index(flat, shape))


def typename(obj):
    """torch.typename: ``torch.FloatTensor`` for a tensor, else the object's dotted type path
    (chainrule's modules named as torch's, as ``type(x)`` prints them)."""
    if isinstance(obj, Tensor):
        return obj.type()
    module = getattr(obj, "__module__", "") or ""
    qualname = getattr(obj, "__qualname__", None) or getattr(obj, "__name__", None)
    if qualname is None:
        module, qualname = obj.__class__.__module__ or "", obj.__class__.__qualname__
    if module in ("", "builtins"):
        return qualname
    if module == "chainrule" or module.startswith("chainrule."):
        module = "torch" + module[len("chainrule"):]
    return f"{module}.{qualname}"
