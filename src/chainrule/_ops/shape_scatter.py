"""slice_scatter, select_scatter and diagonal_scatter: a copy of ``input`` with one view of it
replaced by ``src`` (the out-of-place forms of writing into a view), with torch's nodes."""

from .._creation import zeros_like
from ._registry import LINEAR, NONE, defop


def _dim(dim, ndim):
    return dim + ndim if dim < 0 else dim


def _check_src(src, expected):
    if tuple(src.shape) != tuple(expected):
        raise RuntimeError(f"expected src to have a size equal to the slice of self. src size = "
                           f"{list(src.shape)}, slice size = {list(expected)}")


# --- slice_scatter ---------------------------------------------------------------------------
def _slice_index(dim, start, end, step):
    return (slice(None),) * dim + (slice(start, end, step),)


def _slice_forward(xp, input, src, dim, start, end, step):
    out = input.copy()
    out[_slice_index(dim, start, end, step)] = src
    return out


_slice_scatter = defop(
    "slice_scatter", _slice_forward, node="SliceScatterBackward0", inputs=("input", "src"),
    promote=NONE, jvp=LINEAR,
    vjp={"input": lambda grad, src, dim, start, end, step: _slice_scatter.apply(
        (grad, zeros_like(src, dtype=grad.dtype)), (dim, start, end, step)),
         "src": lambda grad, dim, start, end, step: grad[_slice_index(dim, start, end, step)]})


def slice_scatter(input, src, dim=0, start=None, end=None, step=1):
    """Return ``input`` with ``input[..., start:end:step, ...]`` (along ``dim``) set to ``src``."""
    if step <= 0:
        raise RuntimeError("slice step must be positive")
    dim = _dim(dim, input.ndim)
    shape = list(input.shape)
    shape[dim] = len(range(shape[dim])[slice(start, end, step)])
    _check_src(src, shape)
    return _slice_scatter.apply((input, src), (dim, start, end, step))


# --- select_scatter --------------------------------------------------------------------------
def _select_forward(xp, input, src, dim, index):
    out = input.copy()
    xp.moveaxis(out, dim, 0)[index] = src
    return out


_select_scatter = defop(
    "select_scatter", _select_forward, node="SelectScatterBackward0", inputs=("input", "src"),
    promote=NONE, jvp=LINEAR,
    vjp={"input": lambda grad, src, dim, index: _select_scatter.apply(
        (grad, zeros_like(src, dtype=grad.dtype)), (dim, index)),
         "src": lambda grad, dim, index: grad.select(dim, index)})


def select_scatter(input, src, dim, index):
    """Return ``input`` with ``input.select(dim, index)`` set to ``src``."""
    dim = _dim(dim, input.ndim)
    size = input.shape[dim]
    if not -size <= index < size:
        raise IndexError(f"select(): index {index} out of range for tensor of size "
                         f"{list(input.shape)} at dimension {dim}")
    index = index + size if index < 0 else index
    _check_src(src, input.shape[:dim] + input.shape[dim + 1:])
    return _select_scatter.apply((input, src), (dim, index))


# --- diagonal_scatter ------------------------------------------------------------------------
def _diagonal_forward(xp, input, src, offset, dim1, dim2):
    out = input.copy()
    moved = xp.moveaxis(out, (dim1, dim2), (-2, -1))
    i = xp.arange(src.shape[-1])
    moved[..., i + max(-offset, 0), i + max(offset, 0)] = src
    return out


_diagonal_scatter = defop(
    "diagonal_scatter", _diagonal_forward, node="DiagonalScatterBackward0",
    inputs=("input", "src"), promote=NONE, jvp=LINEAR,
    vjp={"input": lambda grad, src, offset, dim1, dim2: _diagonal_scatter.apply(
        (grad, zeros_like(src, dtype=grad.dtype)), (offset, dim1, dim2)),
         "src": lambda grad, offset, dim1, dim2: grad.diagonal(offset, dim1, dim2)})


def diagonal_scatter(input, src, offset=0, dim1=0, dim2=1):
    """Return ``input`` with ``input.diagonal(offset, dim1, dim2)`` set to ``src``."""
    dim1, dim2 = _dim(dim1, input.ndim), _dim(dim2, input.ndim)
    rows, cols = input.shape[dim1], input.shape[dim2]
    n = max(min(rows + min(offset, 0), cols - max(offset, 0)), 0)
    rest = [s for k, s in enumerate(input.shape) if k not in (dim1, dim2)]
    _check_src(src, rest + [n])
    return _diagonal_scatter.apply((input, src), (offset, dim1, dim2))


METHODS = ("slice_scatter", "select_scatter", "diagonal_scatter")
