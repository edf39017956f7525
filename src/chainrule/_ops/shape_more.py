"""More movement: diagonals and triangles, repeat/tile/roll/rot90, meshgrid and kron, and the
scatter family (scatter, scatter_add, scatter_reduce, index_add, index_put, masked_select, take)."""

import builtins

import numpy as np

from .._tensor import _SCALAR_NAMES, Tensor, _wrap_dim
from ._registry import NONE, defop
from .indexing import _as_index_array, _gather, index_select
from .pointwise import where
from .reduction import sum
from .shape import (
    _shape_arg,
    _unsafe_view,
    clone,
    expand,
    flatten,
    reshape,
    slice_backward,
    sum_to,
    unsqueeze,
    view,
)


# --- triangles and diagonals --------------------------------------------------------------
def _check_2d(input, name):
    """Raise torch's error for tril/triu on fewer than 2 dims."""
    if input._data.ndim < 2:
        raise RuntimeError(f"{name}: input tensor must have at least 2 dimensions.")


_tril = defop("tril", lambda xp, input, diagonal: xp.tril(input, diagonal), node="TrilBackward0",
              promote=NONE, vjp={"input": lambda grad, diagonal: tril(grad, diagonal)})
_triu = defop("triu", lambda xp, input, diagonal: xp.triu(input, diagonal), node="TriuBackward0",
              promote=NONE, vjp={"input": lambda grad, diagonal: triu(grad, diagonal)})


def tril(input, diagonal=0, *, out=None):
    """Zero the elements above the ``diagonal``-th diagonal of the last two dims."""
    _check_2d(input, "tril")
    return _tril.apply((input,), (diagonal,))


def triu(input, diagonal=0, *, out=None):
    """Zero the elements below the ``diagonal``-th diagonal of the last two dims."""
    _check_2d(input, "triu")
    return _triu.apply((input,), (diagonal,))


def _diagonal_index(shape, offset, dim1, dim2):
    """The NumPy index of the diagonal of dims (dim1, dim2), placed last as torch does."""
    n1, n2 = shape[dim1], shape[dim2]
    length = builtins.max(0, builtins.min(n1, n2 - offset) if offset >= 0 else
                          builtins.min(n1 + offset, n2))
    start1, start2 = (0, offset) if offset >= 0 else (-offset, 0)
    return np.arange(length) + start1, np.arange(length) + start2


def _diagonal_forward(xp, input, offset, dim1, dim2):
    """NumPy's diagonal: a view with the diagonal as the last dim, writable as torch's."""
    out = xp.diagonal(input, offset, dim1, dim2)
    if type(out) is np.ndarray and input.flags.writeable:
        out.flags.writeable = True
    return out


def _diagonal_backward_forward(xp, grad, input_shape, offset, dim1, dim2):
    """Zeros of ``input_shape`` with ``grad`` written on the diagonal."""
    out = xp.zeros(input_shape, dtype=grad.dtype)
    i1, i2 = _diagonal_index(input_shape, offset, dim1, dim2)
    moved = xp.moveaxis(out, (dim1, dim2), (-2, -1))
    moved[..., i1, i2] = grad
    return out


_diagonal = defop("diagonal", _diagonal_forward, node="DiagonalBackward0", promote=NONE,
                  view=True, vjp={"input": lambda grad, input_shape, offset, dim1, dim2:
                                  diagonal_backward(grad, input_shape, offset, dim1, dim2)})
_diagonal_copy = defop("diagonal", lambda xp, input, offset, dim1, dim2: xp.diagonal(
    input, offset, dim1, dim2).copy(), node="DiagonalBackward0_copy", promote=NONE,
    vjp={"input": lambda grad, input_shape, offset, dim1, dim2: diagonal_backward(
        grad, input_shape, offset, dim1, dim2)})
_diagonal_backward = defop(
    "diagonal_backward", _diagonal_backward_forward, node="DiagonalBackwardBackward0",
    inputs=("grad",), promote=NONE,
    vjp={"grad": lambda grad, offset, dim1, dim2: diagonal(grad, offset, dim1, dim2)})


def diagonal_backward(grad, input_shape, offset, dim1, dim2):
    """Place ``grad`` on a diagonal of zeros shaped ``input_shape`` (diagonal's gradient)."""
    return _diagonal_backward.apply((grad,), (tuple(input_shape), offset, dim1, dim2))


def diagonal(input, offset=0, dim1=0, dim2=1):
    """Return a view of the diagonal of dims (dim1, dim2), appended as the last dim."""
    nd = input._data.ndim
    d1, d2 = _wrap_dim(dim1, nd), _wrap_dim(dim2, nd)
    if d1 == d2:
        raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
    return _diagonal.apply((input,), (offset, d1, d2))


def _diag_embed_forward(xp, input, offset, dim1, dim2):
    """Zeros with the last dim of input written on a diagonal of new dims."""
    n = input.shape[-1] + builtins.abs(offset)
    shape = list(input.shape[:-1])
    out_nd = input.ndim + 1
    for d in sorted((dim1, dim2)):
        shape.insert(d, n)
    out = xp.zeros(shape if out_nd > 1 else (n, n), dtype=input.dtype)
    i1, i2 = _diagonal_index(out.shape, offset, dim1, dim2)
    moved = xp.moveaxis(out, (dim1, dim2), (-2, -1))
    moved[..., i1, i2] = input
    return out


_diag_embed = defop("diag_embed", _diag_embed_forward, node="DiagEmbedBackward0", promote=NONE,
                    vjp={"input": lambda grad, offset, dim1, dim2: diagonal(grad, offset, dim1,
                                                                            dim2)})


def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    """Return matrices whose ``offset`` diagonal (of dims dim1, dim2) holds the last dim."""
    nd = input._data.ndim + 1
    return _diag_embed.apply((input,), (offset, _wrap_dim(dim1, nd), _wrap_dim(dim2, nd)))


def diag(input, diagonal=0, *, out=None):
    """1-D: a square matrix with input on a diagonal; 2-D: the diagonal as a new tensor."""
    nd = input._data.ndim
    if nd == 1:
        return _diag_embed.apply((input,), (diagonal, 0, 1))
    if nd == 2:
        return _diagonal_copy.apply((input,), (diagonal, 0, 1))
    raise RuntimeError("diag(): Supports 1D or 2D tensors. Got " + f"{nd}D")


_trace = defop("trace", lambda xp, input: xp.trace(input), node="TraceBackward0", promote=NONE,
               vjp={"input": lambda grad, input_shape: diagonal_backward(
                   expand(grad, (builtins.min(input_shape),)), input_shape, 0, 0, 1)})


def trace(input):
    """Return the sum of the main diagonal of a matrix."""
    if input._data.ndim != 2:
        raise RuntimeError("trace: expected a matrix, but got tensor with dim "
                           f"{input._data.ndim}")
    return _trace.apply((input,), ())


# --- repeat, tile, roll, rot90 ------------------------------------------------------------
def _repeat_rule(grad, input_shape, repeats):
    """Sum the gradient over the tiles: reshape to (repeat, size) pairs, sum repeats."""
    lead = len(repeats) - len(input_shape)
    padded = (1,) * lead + tuple(input_shape)
    interleaved = []
    for r, s in zip(repeats, padded):
        interleaved += [r, s]
    g = reshape(grad, tuple(interleaved)) if grad.numel() else grad
    if grad.numel():
        g = sum(g, tuple(range(0, 2 * len(repeats), 2)))
    else:
        from .._creation import zeros
        g = zeros(padded, dtype=grad.dtype)
    return reshape(g, tuple(input_shape))


_repeat = defop("repeat", lambda xp, input, repeats: xp.tile(input, repeats),
                node="RepeatBackward0", promote=NONE, vjp={"input": _repeat_rule})


def repeat(input, *sizes):
    """Tile the tensor ``sizes`` times along each dim (leading new dims allowed)."""
    if not sizes:
        raise TypeError('repeat() missing 1 required positional arguments: "repeats"')
    sizes = _shape_arg(sizes)
    if len(sizes) < input._data.ndim:
        raise RuntimeError(
            "Number of dimensions of repeat dims can not be smaller than number of dimensions "
            "of tensor")
    if builtins.min(sizes, default=0) < 0:
        lead = len(sizes) - input._data.ndim
        target = [r * (input._data.shape[i - lead] if i >= lead else 1)
                  for i, r in enumerate(sizes)]
        bad = next(t for t in target if t < 0)
        raise RuntimeError(f"Trying to create tensor with negative dimension {bad}: "
                           f"[{', '.join(map(str, target))}]")
    return _repeat.apply((input,), (sizes,))


def tile(input, *dims):
    """Repeat like ``repeat``, padding ``dims`` with leading ones when it is short."""
    if not dims:
        raise TypeError('tile() missing 1 required positional arguments: "dims"')
    dims = tuple(dims[0]) if len(dims) == 1 and not isinstance(dims[0], int) else dims
    return repeat(input, (1,) * (input._data.ndim - len(dims)) + dims)


def repeat_interleave(input, repeats=None, dim=None, *, output_size=None):
    """Repeat each element ``repeats`` times along ``dim`` (the flattened tensor when None)."""
    if repeats is None:  # torch.repeat_interleave(repeats): each position repeats[i] times
        repeats = input
        if repeats._data.dtype.kind not in "iu":
            raise NotImplementedError('"repeat_interleave_cpu" not implemented for '
                                      f"'{_SCALAR_NAMES[repeats.dtype.name]}'")
        if repeats._data.ndim != 1:
            raise RuntimeError("repeat_interleave only accept 1D vector as repeat")
        input = Tensor._make(np.arange(repeats._data.shape[0]))
    if dim is None:
        input = flatten(input)
        dim = 0
    d = _wrap_dim(dim, input._data.ndim)
    if isinstance(repeats, Tensor) and repeats._data.ndim > 0:
        idx = np.repeat(np.arange(input._data.shape[d]), repeats._data)
        return index_select(input, d, Tensor._make(idx.astype(np.int64)))
    r = int(repeats.item() if isinstance(repeats, Tensor) else repeats)
    shape = input._data.shape
    expanded = expand(unsqueeze(input, d + 1), shape[:d + 1] + (r,) + shape[d + 1:])
    return view(clone(expanded), shape[:d] + (shape[d] * r,) + shape[d + 1:])


def _roll_forward(xp, input, shifts, dims):
    """NumPy's roll, made contiguous as torch's result (NumPy keeps a transposed layout)."""
    return xp.ascontiguousarray(xp.roll(input, shifts, dims))


_roll = defop("roll", _roll_forward,
              node="RollBackward0", promote=NONE,
              vjp={"input": lambda grad, shifts, dims: _roll.apply(
                  (grad,), (-shifts if isinstance(shifts, int) else tuple(-s for s in shifts),
                            dims))})


def roll(input, shifts, dims=None):
    """Shift elements cyclically by ``shifts`` along ``dims`` (the flattened tensor when None)."""
    shifts = (shifts,) if isinstance(shifts, int) else tuple(shifts)
    if dims is None:
        return _roll.apply((input,), (shifts[0] if len(shifts) == 1 else shifts, None))
    dims = (dims,) if isinstance(dims, int) else tuple(dims)
    nd = input._data.ndim
    if nd == 0:
        raise IndexError(f"Dimension specified as {dims[0]} but tensor has no dimensions")
    return _roll.apply((input,), (shifts, tuple(_wrap_dim(d, nd) for d in dims)))


_rot90 = defop("rot90", lambda xp, input, k, dims: xp.rot90(input, k, dims).copy(),
               node="Rot90Backward0", promote=NONE,
               vjp={"input": lambda grad, k, dims: _rot90.apply((grad,), (-k, dims))})


def rot90(input, k=1, dims=(0, 1)):
    """Rotate by 90 degrees ``k`` times in the plane of ``dims``."""
    nd = input._data.ndim
    return _rot90.apply((input,), (k, tuple(_wrap_dim(d, nd) for d in dims)))


def meshgrid(*tensors, indexing=None):
    """Return coordinate grids: each 1-D input viewed along its own dim, then expanded."""
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    indexing = indexing or "ij"
    n = len(tensors)
    sizes = [t._data.size for t in tensors]
    if indexing == "xy" and n >= 2:
        sizes[0], sizes[1] = sizes[1], sizes[0]
    out = []
    for i, t in enumerate(tensors):
        pos = i
        if indexing == "xy" and n >= 2 and i < 2:
            pos = 1 - i
        shape = [1] * n
        shape[pos] = t._data.size
        out.append(expand(view(t, shape), sizes))
    return tuple(out)


def diff(input, n=1, dim=-1, prepend=None, append=None):
    """Return the n-th forward difference along ``dim`` (slices subtracted, as torch)."""
    from .pointwise import logical_xor
    from .shape import cat, narrow
    if input._data.ndim == 0:
        raise RuntimeError("diff expects input to be at least one-dimensional")
    d = _wrap_dim(dim, input._data.ndim)
    if prepend is not None or append is not None:
        input = cat([t for t in (prepend, input, append) if t is not None], d)
    out_len = input.shape[d] - 1
    for _ in range(min(n, input.shape[d])):  # torch stops once the dim is empty
        ahead, behind = narrow(input, d, 1, out_len), narrow(input, d, 0, out_len)
        input = logical_xor(ahead, behind) if input._data.dtype == np.bool_ else ahead - behind
        out_len -= 1
    return input


def flipud(input):
    """Reverse the order of rows (dim 0)."""
    from .shape import flip
    return flip(input, (0,))


def fliplr(input):
    """Reverse the order of columns (dim 1)."""
    from .shape import flip
    if input._data.ndim < 2:
        raise RuntimeError("Input must be >= 2-d.")
    return flip(input, (1,))


def ravel(input):
    """Return the flattened tensor: a view, after a contiguous copy if needed (as torch)."""
    from .shape import contiguous
    return view(contiguous(input), (-1,))


def _atleast(tensors, ndim, grow):
    """Apply ``grow`` to tensors below ``ndim`` dims; one tensor in, one out."""
    one = len(tensors) == 1 and isinstance(tensors[0], Tensor)
    items = tensors if not (len(tensors) == 1 and isinstance(tensors[0], (list, tuple))) \
        else tensors[0]
    out = tuple(t if t._data.ndim >= ndim else grow(t) for t in items)
    return out[0] if one else out


def atleast_1d(*tensors):
    """Return the tensors with at least one dim (0-d become shape (1,))."""
    return _atleast(tensors, 1, lambda t: reshape(t, (1,)))


def atleast_2d(*tensors):
    """Return the tensors with at least two dims: 0-d reshaped, 1-D unsqueezed in front."""
    return _atleast(tensors, 2, lambda t: reshape(t, (1, 1)) if t._data.ndim == 0 else
                    unsqueeze(t, 0))


def atleast_3d(*tensors):
    """Return the tensors with at least three dims, as torch places them: (1, n, 1) for 1-D."""
    def grow(t):
        if t._data.ndim == 0:
            return reshape(t, (1, 1, 1))
        if t._data.ndim == 1:
            return unsqueeze(unsqueeze(t, 0), -1)
        return unsqueeze(t, -1)
    return _atleast(tensors, 3, grow)


def column_stack(tensors):
    """Stack 0-d and 1-D tensors as columns and 2-D ones as they are, along dim 1."""
    from .shape import cat
    return cat([reshape(t, (t.numel(), 1)) if t._data.ndim < 2 else t for t in tensors], 1)


def dstack(tensors):
    """Stack along the third dim after making each tensor at least 3-D."""
    from .shape import cat
    return cat(list(atleast_3d(list(tensors))), 2)


def kron(input, other, *, out=None):
    """Return the Kronecker product (blocks of other scaled by each element of input)."""
    nd = builtins.max(input._data.ndim, other._data.ndim)
    a = reshape(input, (1,) * (nd - input._data.ndim) + tuple(input.shape))
    b = reshape(other, (1,) * (nd - other._data.ndim) + tuple(other.shape))
    a_shape, b_shape = [], []
    for sa, sb in zip(a.shape, b.shape):
        a_shape += [sa, 1]
        b_shape += [1, sb]
    prod = reshape(a, a_shape) * reshape(b, b_shape)
    return _unsafe_view.apply((prod,), (tuple(x * y for x, y in zip(a.shape, b.shape)),))


def take_along_dim(input, indices, dim=None, *, out=None):
    """Gather along ``dim`` with indices broadcast against input (the flat tensor when None)."""
    from .indexing import gather
    if dim is None:
        return gather(reshape(input, (-1,)), 0, reshape(indices, (-1,)))
    d = _wrap_dim(dim, input._data.ndim)
    idx = _as_index_array(indices)
    shape = list(np.broadcast_shapes(tuple(s if i != d else 1 for i, s in enumerate(input.shape)),
                                     tuple(s if i != d else 1 for i, s in enumerate(idx.shape))))
    in_shape, idx_shape = list(shape), list(shape)
    in_shape[d], idx_shape[d] = input.shape[d], idx.shape[d]
    return gather(expand(input, tuple(in_shape)), d,
                  Tensor._make(np.broadcast_to(idx, tuple(idx_shape))))


def tensor_split(input, indices_or_sections, dim=0):
    """Split into views at the given indices, or into n parts whose sizes differ by at most 1."""
    from .shape import narrow
    d = _wrap_dim(dim, input._data.ndim)
    n = input.shape[d]
    if isinstance(indices_or_sections, int):
        k = indices_or_sections
        sizes = [n // k + (1 if i < n % k else 0) for i in range(k)]
        bounds = list(np.cumsum([0] + sizes))
    else:
        bounds = [0] + [builtins.min(builtins.max(int(i), 0), n) for i in indices_or_sections] + [n]
    return tuple(narrow(input, d, a, builtins.max(b - a, 0)) for a, b in zip(bounds, bounds[1:]))


def hsplit(input, indices_or_sections):
    """tensor_split along dim 1 (dim 0 for 1-D tensors)."""
    return tensor_split(input, indices_or_sections, 1 if input._data.ndim > 1 else 0)


def vsplit(input, indices_or_sections):
    """tensor_split along dim 0."""
    return tensor_split(input, indices_or_sections, 0)


def _unfold_index(length, size, step):
    """Positions of each window: start offsets plus arange(size)."""
    return np.arange(0, length - size + 1, step)[:, None] + np.arange(size)[None, :]


def _unfold_forward(xp, input, dim, size, step):
    """Sliding windows along ``dim``, windows kept at ``dim``, size appended."""
    if input.ndim == 0:
        return input.reshape(1)
    windows = xp.moveaxis(input, dim, -1)[..., _unfold_index(input.shape[dim], size, step)]
    return xp.moveaxis(windows, -2, dim)


def _unfold_backward_forward(xp, grad, input_shape, dim, size, step):
    """Add each window's gradient back to the positions it covered."""
    if not input_shape:
        return grad.reshape(())
    out = xp.zeros(input_shape, dtype=grad.dtype)
    moved = xp.moveaxis(out, dim, -1)
    idx = _unfold_index(input_shape[dim], size, step)
    np.add.at(moved, (Ellipsis, idx), xp.moveaxis(grad, dim, -2))
    return out


_unfold = defop("unfold", _unfold_forward, node="UnfoldBackward0", promote=NONE,
                vjp={"input": lambda grad, input_shape, dim, size, step: _unfold_backward.apply(
                    (grad,), (tuple(input_shape), dim, size, step))})
_unfold_backward = defop("unfold_backward", _unfold_backward_forward,
                         node="UnfoldBackwardBackward0", inputs=("grad",), promote=NONE,
                         vjp={"grad": lambda grad, dim, size, step: _unfold.apply(
                             (grad,), (dim, size, step))})


def unfold(input, dimension, size, step):
    """Return sliding windows of ``size`` with ``step`` along ``dimension`` as a new last dim."""
    d = _wrap_dim(dimension, builtins.max(input._data.ndim, 1)) if input._data.ndim else 0
    return _unfold.apply((input,), (d, size, step))


def _index_fill_forward(xp, input, dim, index, value):
    """Copy of input with the ``index`` slices along ``dim`` set to value."""
    out = input.copy()
    out[(slice(None),) * dim + (index,)] = value
    return out


_index_fill = defop("index_fill", _index_fill_forward, node="IndexFillBackward0", promote=NONE,
                    vjp={"input": lambda grad, dim, index: _index_fill.apply(
                        (grad,), (dim, index, 0))})


def index_fill(input, dim, index, value):
    """Return a copy of input with the entries at ``index`` along ``dim`` set to ``value``."""
    d, idx = _index_arg(input, dim, index)
    if isinstance(value, Tensor):
        value = value.item()
    return _index_fill.apply((input,), (d, idx.reshape(-1), value))


def _index_copy_forward(xp, input, source, dim, index):
    """Copy of input with source written at ``index`` along ``dim``."""
    out = input.copy()
    out[(slice(None),) * dim + (index,)] = source
    return out


_index_copy = defop("index_copy", _index_copy_forward, node="IndexCopyBackward0",
                    inputs=("input", "source"),
                    vjp={"input": lambda grad, dim, index: _index_fill.apply(
                        (grad,), (dim, index, 0)),
                         "source": lambda grad, dim, index: index_select(
                             grad, dim, Tensor._make(index))})


def index_copy(input, dim, index, source):
    """Return a copy of input with ``source``'s slices written at ``index`` along ``dim``."""
    d, idx = _index_arg(input, dim, index)
    return _index_copy.apply((input, source), (d, idx.reshape(-1)))


def _masked_scatter_forward(xp, input, source, mask):
    """Copy of input with source's first elements written where mask."""
    out = input.copy()
    n = int(mask.sum())
    out[mask] = source.reshape(-1)[:n]
    return out


def _masked_scatter_rule(grad, mask, source_shape, needs):
    """Masked positions' gradient goes to source in order, the rest to input."""
    from .indexing import _index
    g_input = where(Tensor._make(mask), 0, grad) if needs[0] else None
    g_source = None
    if needs[1]:
        picked = _index.apply((grad,), ((mask,),)) if mask.ndim else reshape(grad, (-1,))
        n, total = picked.shape[0], int(np.prod(source_shape))
        g_source = reshape(slice_backward(picked, (total,), 0, 0, n, 1) if n < total else picked,
                           source_shape)
    return g_input, g_source


_masked_scatter = defop("masked_scatter", _masked_scatter_forward, node="MaskedScatterBackward0",
                        inputs=("input", "source"), vjp=_masked_scatter_rule)


def masked_scatter(input, mask, source):
    """Return a copy of input with ``source``'s first elements written where mask is True."""
    m = np.broadcast_to(_as_index_array(mask), tuple(input.shape))
    return _masked_scatter.apply((input, source), (m,))


def _block_diag_rule(grad, tensors_shape, needs):
    """Each block's gradient is its rectangle of the output gradient."""
    from .shape import narrow
    outs, r, c = [], 0, 0
    for shape, need in zip(tensors_shape, needs):
        rows, cols = (shape + (1, 1))[:2] if len(shape) == 2 else ((1, shape[0]) if shape else
                                                                    (1, 1))
        part = narrow(narrow(grad, 0, r, rows), 1, c, cols) if need else None
        outs.append(reshape(part, shape) if part is not None else None)
        r, c = r + rows, c + cols
    return outs


def _block_diag_forward(xp, *tensors):
    """Place the (at least 2-D) blocks along the diagonal of zeros."""
    mats = [t.reshape(1, -1) if t.ndim == 1 else t.reshape(1, 1) if t.ndim == 0 else t
            for t in tensors]
    out = xp.zeros((builtins.sum(m.shape[0] for m in mats), builtins.sum(m.shape[1] for m in mats)),
                   dtype=np.result_type(*mats))
    r = c = 0
    for m in mats:
        out[r:r + m.shape[0], c:c + m.shape[1]] = m
        r, c = r + m.shape[0], c + m.shape[1]
    return out


_block_diag = defop("block_diag", _block_diag_forward, node="BlockDiagBackward0",
                    inputs=("*tensors",), attrs=(), vjp=_block_diag_rule)


def block_diag(*tensors):
    """Return the block-diagonal matrix of the given 0-, 1- or 2-D tensors."""
    return _block_diag.apply(tuple(tensors), ())


def tril_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    """Return the (2, N) indices of the lower triangle of a row x col matrix."""
    return _tri_indices(np.tril_indices(row, offset, col), dtype)


def triu_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    """Return the (2, N) indices of the upper triangle of a row x col matrix."""
    return _tri_indices(np.triu_indices(row, offset, col), dtype)


def _tri_indices(idx, dtype):
    """Stack NumPy's (rows, cols) triangle indices into a (2, N) tensor."""
    arr = np.stack(idx).astype(dtype.np if dtype is not None else np.int64)
    return Tensor._make(arr.reshape(2, -1))


# --- the scatter family -------------------------------------------------------------------
def _scatter_forward(xp, input, src, dim, index):
    """Copy of input with src written at ``index`` along ``dim``."""
    out = input.copy()
    idx = list(np.indices(index.shape, sparse=True))
    idx[dim] = index
    _nonempty(out)[tuple(idx)] = src[tuple(slice(0, s) for s in index.shape)] if src.ndim \
        else src
    return out


def _scatter_add_forward(xp, input, src, dim, index):
    """Copy of input with src added at ``index`` along ``dim`` (repeats sum)."""
    out = input.copy()
    idx = list(np.indices(index.shape, sparse=True))
    idx[dim] = index
    np.add.at(_nonempty(out), tuple(idx), _nonempty(src)[tuple(slice(0, s) for s in index.shape)])
    return out


def _nonempty(arr):
    """A 0-d array as a 1-d view of one element (torch's ensure_nonempty_dim in scatter)."""
    return arr if arr.ndim else arr.reshape(1)


def _fill_at(grad, dim, index, value):
    """grad with the scattered-to positions set to ``value`` (scatter's input gradient)."""
    return _scatter_value.apply((grad,), (dim, index, value))


def _gather_src(grad, dim, index, src_shape):
    """The gradient of ``src``: grad gathered at index, padded to src's shape."""
    return _pad_to(_gather.apply((grad,), (dim, index)), src_shape)


def _pad_to(g, shape):
    """Zero-pad ``g`` at the end of each dim up to ``shape`` (src may exceed index's shape)."""
    for d, (n, m) in enumerate(zip(g.shape, shape)):
        if n != m:
            g = slice_backward(g, tuple(g.shape[:d]) + (m,) + tuple(g.shape[d + 1:]), d, 0, n, 1)
    return g


_scatter = defop("scatter", _scatter_forward, node="ScatterBackward0", inputs=("input", "src"),
                 vjp={"input": lambda grad, dim, index: _fill_at(grad, dim, index, 0),
                      "src": lambda grad, dim, index, src_shape: _gather_src(grad, dim, index,
                                                                             src_shape)})
_scatter_value = defop("scatter", lambda xp, input, dim, index, value: _scatter_forward(
    xp, input, np.asarray(value, input.dtype), dim, index), node="ScatterBackward1",
    promote=NONE, vjp={"input": lambda grad, dim, index: _fill_at(grad, dim, index, 0)})
_scatter_add = defop("scatter_add", _scatter_add_forward, node="ScatterAddBackward0",
                     inputs=("input", "src"),
                     vjp={"input": lambda grad: grad,
                          "src": lambda grad, dim, index, src_shape: _gather_src(
                              grad, dim, index, src_shape)})


def _index_arg(input, dim, index):
    """Wrap ``dim`` and turn ``index`` into an integer array."""
    return _wrap_dim(dim, builtins.max(input._data.ndim, 1)), _as_index_array(index)


def _scatter_index(input, dim, index, src=None):
    """``_index_arg`` with torch's dtype, rank, size and range checks, where a 0-d index counts
    as one element."""
    if isinstance(index, Tensor) and index.dtype.name not in ("int64", "int32"):
        raise RuntimeError("scatter(): Expected dtype int32/int64 for index")
    d, idx = _index_arg(input, dim, index)
    if builtins.max(idx.ndim, 1) != builtins.max(input._data.ndim, 1):
        raise RuntimeError("Index tensor must have the same number of dimensions as self tensor")
    idx = _nonempty(idx)
    shape = _nonempty(input._data).shape
    src_shape = _nonempty(src._data).shape if isinstance(src, Tensor) else None
    if any(i > n for k, (i, n) in enumerate(zip(idx.shape, shape)) if k != d) or (
            src_shape is not None and any(i > n for i, n in zip(idx.shape, src_shape))):
        raise RuntimeError(
            f"Expected index {list(idx.shape)} to be no larger than self {list(shape)} apart "
            f"from dimension {d}" + ("" if src_shape is None else
                                     f" and to be no larger size than src {list(src_shape)}"))
    bad = (idx < 0) | (idx >= shape[d])
    if idx.size and bad.any():
        raise RuntimeError(f"index {int(idx[bad].flat[0])} is out of bounds for dimension {d} "
                           f"with size {shape[d]}")
    return d, idx


def scatter(input, dim, index, src=None, *, value=None, reduce=None):
    """Write ``src`` (or ``value``) into a copy of input at ``index`` along ``dim``."""
    d, idx = _scatter_index(input, dim, index, src)
    if reduce is not None:
        return _scatter_legacy_reduce(input, d, idx, src if value is None else value, reduce)
    if isinstance(src, Tensor):
        return _scatter.apply((input, src), (d, idx))
    return _scatter_value.apply((input,), (d, idx, src if value is None else value))


def _legacy_reduce_forward(xp, input, src, dim, index, reduce):
    """scatter's deprecated ``reduce="add"|"multiply"`` over src (a tensor or a number)."""
    src = xp.broadcast_to(xp.asarray(src, dtype=input.dtype), index.shape) if src.ndim == 0 \
        else src
    return _scatter_reduce_forward(xp, input, src, dim, index,
                                   "sum" if reduce == "add" else "prod", True)


_scatter_legacy = defop("scatter", _legacy_reduce_forward, inputs=("input", "src"))


def _scatter_legacy_reduce(input, dim, index, src, reduce):
    """scatter with ``reduce``: forward only, as torch has no derivative for it."""
    if reduce not in ("add", "multiply"):
        raise RuntimeError("reduce argument must be either add or multiply.")
    src = src if isinstance(src, Tensor) else Tensor._make(np.asarray(src, input._data.dtype))
    return _scatter_legacy.apply((input, src), (dim, index, reduce))


def scatter_add(input, dim, index, src):
    """Add ``src`` into a copy of input at ``index`` along ``dim`` (repeats accumulate)."""
    d, idx = _scatter_index(input, dim, index, src)
    return _scatter_add.apply((input, src), (d, idx))


def _scatter_reduce_forward(xp, input, src, dim, index, reduce, include_self):
    """Reduce src into a copy of input at ``index`` with a NumPy ufunc."""
    idx = list(np.indices(index.shape, sparse=True))
    idx[dim] = index
    idx = tuple(idx)
    src = src[tuple(slice(0, s) for s in index.shape)]
    ufunc = {"sum": np.add, "mean": np.add, "prod": np.multiply, "amax": np.maximum,
             "amin": np.minimum}[reduce]
    out = input.copy()
    if not include_self:
        out[idx] = {"sum": 0, "mean": 0, "prod": 1, "amax": -np.inf, "amin": np.inf}[reduce]
    ufunc.at(out, idx, src)
    if reduce == "mean":
        count = np.full(input.shape, 1 if include_self else 0, dtype=input.dtype)
        np.add.at(count, idx, 1)
        out = out / np.maximum(count, 1)
        out = np.where(count == 0, input, out).astype(input.dtype)
    return out


def _scatter_prod_rule(grad, input, src, result, dim, index, include_self, needs):
    """torch's scatter_reduce_backward for prod: products of the other factors, with zeros in
    input, and a src value that is the only zero reduced into its slot, handled explicitly."""
    g_input = g_src = None
    if needs[0]:
        masked = where(input == 0, 1, input)
        g_input = grad * _scatter_reduce.apply((masked, src), (dim, index, "prod",
                                                               include_self)) / masked
        if not include_self:
            g_input = _fill_at(g_input, dim, index, 0)
    if needs[1]:
        src_c = src[tuple(slice(0, s) for s in index.shape)] if tuple(src.shape) != \
            tuple(index.shape) else src
        src_zero = src_c == 0
        zeros = Tensor._make(np.zeros(input.shape, grad._data.dtype))
        slot_zeros = _gather.apply((_scatter_add.apply((zeros, src_zero.to(grad.dtype)),
                                                       (dim, index)),), (dim, index))
        single = src_zero & (slot_zeros == 1)
        masked_result = _scatter_reduce.apply((input, where(single, 1, src_c)),
                                              (dim, index, "prod", include_self))
        g = where(single, _gather.apply((grad * masked_result,), (dim, index)),
                  _gather.apply((grad * result,), (dim, index)) / where(src_zero, 1, src_c))
        g_src = _pad_to(g, src.shape)
    return g_input, g_src


def _scatter_reduce_rule(grad, input, src, result, dim, index, reduce, include_self, needs):
    """sum/mean: gather the (scaled) gradient; prod: torch's exclusive products; amax/amin:
    share it among ties."""
    if reduce == "prod":
        return _scatter_prod_rule(grad, input, src, result, dim, index, include_self, needs)
    g_input = g_src = None
    if reduce in ("sum", "mean"):
        scale = None
        if reduce == "mean":
            counts = np.full(input.shape, 1 if include_self else 0, dtype=input._data.dtype)
            idx = list(np.indices(index.shape, sparse=True))
            idx[dim] = index
            np.add.at(counts, tuple(idx), 1)
            scale = Tensor._make(np.maximum(counts, 1))
        g = grad if scale is None else grad / scale
        if needs[0]:
            g_input = g if include_self else _fill_at(g, dim, index, 0)
            if reduce == "mean" and not include_self:
                g_input = where(Tensor._make(counts == 0), grad, g_input)
        if needs[1]:
            g_src = _gather_src(g, dim, index, src.shape)
        return g_input, g_src
    # amax/amin: the gradient is shared evenly among the elements equal to the result.
    picked = _gather.apply((result,), (dim, index))
    src_c = src[tuple(slice(0, s) for s in index.shape)] if tuple(src.shape) != \
        tuple(index.shape) else src
    src_hit = src_c == picked
    touched = np.zeros(input.shape, bool)
    idx = list(np.indices(index.shape, sparse=True))
    idx[dim] = index
    touched[tuple(idx)] = True
    # Without include_self, untouched elements pass through and touched ones only come from src.
    self_hit = (input == result) & Tensor._make(touched | include_self)
    count = _scatter_add.apply((self_hit.to(grad.dtype), src_hit.to(grad.dtype)), (dim, index))
    share = grad / count.clamp_min(1)  # unhit slots are masked below; 1 keeps gradgrad finite
    if needs[0]:
        g_input = where(self_hit | Tensor._make(~touched), share, 0)
    if needs[1]:
        g_src = _pad_to(where(src_hit, _gather.apply((share,), (dim, index)), 0), src.shape)
    return g_input, g_src


_scatter_reduce = defop("scatter_reduce", _scatter_reduce_forward, node="ScatterReduceBackward0",
                        inputs=("input", "src"), vjp=_scatter_reduce_rule)


def scatter_reduce(input, dim, index, src, reduce, *, include_self=True):
    """Reduce ``src`` into a copy of input at ``index`` with sum, prod, mean, amax or amin."""
    if reduce not in ("sum", "prod", "mean", "amax", "amin"):
        raise RuntimeError(
            "reduce argument must be either sum, prod, mean, amax or amin, got " + reduce)
    d, idx = _index_arg(input, dim, index)
    return _scatter_reduce.apply((input, src), (d, idx, reduce, include_self))


def _index_add_forward(xp, input, source, dim, index, alpha):
    """Copy of input with alpha·source added at ``index`` along ``dim``."""
    out = input.copy()
    moved = xp.moveaxis(out, dim, 0)
    np.add.at(moved, index, xp.moveaxis(source, dim, 0) * alpha if source.ndim else
              source * alpha)
    return out


_index_add = defop("index_add", _index_add_forward, node="IndexAddBackward0",
                   inputs=("input", "source"),
                   vjp={"input": lambda grad: grad,
                        "source": lambda grad, dim, index, alpha, source_shape: reshape(
                            index_select(grad, dim, Tensor._make(index)) * alpha
                            if alpha != 1 else index_select(grad, dim, Tensor._make(index)),
                            source_shape)})


def index_add(input, dim, index, source, *, alpha=1):
    """Add ``alpha * source`` into a copy of input at rows ``index`` of ``dim``."""
    d, idx = _index_arg(input, dim, index)
    return _index_add.apply((input, source), (d, idx.reshape(-1), alpha))


def _index_put_forward(xp, input, values, indices, accumulate):
    """Copy of input with values written (or accumulated) at ``indices``."""
    out = input.copy()
    if accumulate:
        np.add.at(out, indices, values)
    else:
        out[indices] = values
    return out


def _index_put_rule(grad, indices, accumulate, values_shape, needs):
    """Input keeps the gradient except where overwritten; values gather it."""
    from .indexing import _index, _zero_at
    g_input = (grad if accumulate else _zero_at.apply((grad,), (indices,))) if needs[0] else None
    g_values = sum_to(_index.apply((grad,), (indices,)), values_shape) if needs[1] else None
    return g_input, g_values


_index_put = defop("index_put", _index_put_forward, node="IndexPutBackward0",
                   inputs=("input", "values"), vjp=_index_put_rule)


def index_put(input, indices, values, accumulate=False):
    """Return a copy of input with ``values`` written (or added) at the tensor ``indices``."""
    idx = tuple(_as_index_array(i) for i in indices)
    return _index_put.apply((input, values), (idx, accumulate))


def _masked_select_rule(grad, input_shape, mask):
    """Scatter the selected gradient back into the masked positions."""
    from .indexing import _index_backward
    shape = np.broadcast_shapes(tuple(input_shape), mask.shape)
    full = _index_backward.apply((grad,), (shape, np.broadcast_to(mask, shape)))
    return sum_to(full, input_shape)


_masked_select = defop("masked_select", lambda xp, input, mask: xp.broadcast_to(
    input, np.broadcast_shapes(input.shape, mask.shape))[np.broadcast_to(
        mask, np.broadcast_shapes(input.shape, mask.shape))],
    node="MaskedSelectBackward0", promote=NONE, vjp={"input": _masked_select_rule})


def masked_select(input, mask, *, out=None):
    """Return the 1-D tensor of input's elements where the (broadcast) mask is True."""
    m = _as_index_array(mask)
    if m.dtype != np.bool_:
        raise RuntimeError(
            f"masked_select: expected BoolTensor for mask but got {mask.dtype}")
    return _masked_select.apply((input,), (m,))


def _take_rule(grad, input_shape, index):
    """Accumulate the gradient back into the flattened positions taken."""
    from .indexing import _index_backward
    flat = _index_backward.apply((reshape(grad, (-1,)),), ((int(np.prod(input_shape)),),
                                                           (index.reshape(-1),)))
    return reshape(flat, input_shape)


_take = defop("take", lambda xp, input, index: input.reshape(-1)[index], node="TakeBackward0",
              promote=NONE, vjp={"input": _take_rule})


def take(input, index):
    """Index input as if it were 1-D: ``input.flatten()[index]`` in index's shape."""
    idx = _as_index_array(index)
    n = input._data.size
    if idx.size and (idx.max() >= n or idx.min() < -n):
        bad = idx.max() if idx.max() >= n else idx.min()
        raise IndexError(f"out of range: tried to access index {bad} on a tensor of {n} elements.")
    return _take.apply((input,), (idx,))


METHODS = ("tril", "triu", "diagonal", "diag", "diag_embed", "trace", "repeat", "tile",
           "repeat_interleave", "roll", "rot90", "kron", "scatter", "scatter_add",
           "scatter_reduce", "index_add", "index_put", "masked_select", "take", "diff",
           "ravel", "take_along_dim", "tensor_split", "hsplit", "vsplit", "unfold", "index_fill",
           "index_copy", "masked_scatter")
INPLACE = ("tril", "triu", "scatter", "scatter_add", "scatter_reduce", "index_add",
           "index_put", "index_fill", "index_copy", "masked_scatter")
