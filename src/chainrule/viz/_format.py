"""Short text for tensors, shapes and dtypes in graph labels and explanations."""

import numpy as np

from .._dtype import FROM_NUMPY


def dtype_name(np_dtype):
    """Return torch's dtype name without the ``torch.`` prefix, e.g. ``float32``."""
    return str(FROM_NUMPY[np.dtype(np_dtype)]).replace("torch.", "")


def shape_text(shape):
    """Return a shape as torch prints sizes: ``[2, 3]``, ``[]`` for a scalar."""
    return "[" + ", ".join(str(s) for s in shape) + "]"


def number(value):
    """Format one float as torch would print it alone (``22.``, ``-0.9900``, ``1.0000e-05``)."""
    from .._tensor import Tensor
    return _body(Tensor._make(np.asarray(value)))


def values(array, limit=16):
    """Return the printed elements of an array (torch's format), or a summary when large."""
    from .._tensor import Tensor
    array = np.asarray(array)
    if array.size > limit:
        if array.dtype.kind not in "fc":
            return f"{array.size} values"
        with np.errstate(all="ignore"):
            return (f"mean {number(np.mean(array))}, min {number(np.min(array))}, "
                    f"max {number(np.max(array))}")
    return _body(Tensor._make(array))


def inline(array, limit=16):
    """``values`` on one line, for running text: rows are separated by spaces, not newlines."""
    return " ".join(line.strip() for line in values(array, limit).split("\n") if line.strip())


def _body(t):
    """The inside of ``tensor(...)``: values only, no suffixes, continuation lines dedented."""
    text = repr(t)[len("tensor("):-1]
    cut = text.find(", dtype=")
    if cut < 0:
        cut = text.find(",\n       dtype=")
    text = text if cut < 0 else text[:cut]
    first, *rest = text.split("\n")
    return "\n".join([first] + [line[len("tensor("):] for line in rest])
