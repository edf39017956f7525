"""Indexing: getitem as torch decomposes it (select, slice, unsqueeze, index), setitem as
CopySlices, in-place updates routed through views, and the index-based ops."""

import numpy as np

from .._tensor import Tensor, _wrap_dim
from ..autograd.grad_mode import state as grad_state
from ._registry import NONE, defop
from .shape import _slice, alias, sum_to, unsqueeze

LEAF_INPLACE = "a leaf Variable that requires grad is being used in an in-place operation."
VIEW_LEAF_INPLACE = ("a view of a leaf Variable that requires grad is being used in an in-place "
                     "operation.")


def _select_backward_forward(xp, grad, input_shape, dim, index):
    out = xp.zeros(input_shape, dtype=grad.dtype)
    out[(slice(None),) * dim + (index,)] = grad
    return out


_select = defop("select", lambda xp, input, dim, index: input[(slice(None),) * dim + (index,)],
                node="SelectBackward0", promote=NONE, view=True,
                vjp={"input": lambda grad, input_shape, dim, index: select_backward(
                    grad, input_shape, dim, index)})
_select_backward = defop("select_backward", _select_backward_forward,
                         node="SelectBackwardBackward0", inputs=("grad",), promote=NONE,
                         vjp={"grad": lambda grad, dim, index: _select.apply((grad,),
                                                                             (dim, index))})


def select(input, dim, index):
    """Return the slice at ``index`` along ``dim``, dropping that dim (a view)."""
    nd = input._data.ndim
    if nd == 0:
        raise IndexError("select() cannot be applied to a 0-dim tensor.")
    d = _wrap_dim(dim, nd)
    size = input._data.shape[d]
    if not -size <= index < size:
        raise IndexError(
            f"index {index} is out of bounds for dimension {d} with size {size}")
    return _select.apply((input,), (d, index if index >= 0 else index + size))


def select_backward(grad, input_shape, dim, index):
    """Place ``grad`` into zeros of ``input_shape`` at ``index`` along ``dim``."""
    return _select_backward.apply((grad,), (input_shape, dim, index))


def _index_backward_forward(xp, grad, input_shape, indices):
    out = xp.zeros(input_shape, dtype=grad.dtype)
    np.add.at(out, indices, grad)
    return out


_index = defop("index", lambda xp, input, indices: input[indices], node="IndexBackward0",
               promote=NONE, vjp={"input": lambda grad, input_shape, indices: _index_backward.apply(
                   (grad,), (input_shape, indices))})
_index_backward = defop("index_put", _index_backward_forward, node="IndexPutBackward0",
                        inputs=("grad",), promote=NONE,
                        vjp={"grad": lambda grad, indices: _index.apply((grad,), (indices,))})


def _as_index_array(i):
    if isinstance(i, Tensor):
        arr = i._data
    else:
        arr = np.asarray(i)
    if arr.dtype.kind == "f":
        raise IndexError(
            "tensors used as indices must be long, int, byte or bool tensors")
    if arr.dtype.kind not in "biu":
        arr = arr.astype(np.int64)
    return arr


def _is_advanced(i):
    return isinstance(i, (Tensor, list, np.ndarray)) or (
        isinstance(i, bool))


def _expand_ellipsis(index, ndim):
    consumed = 0
    for i in index:
        if i is None or i is Ellipsis:
            continue
        if isinstance(i, (Tensor, np.ndarray)) and _as_index_array(i).dtype == np.bool_:
            consumed += max(_as_index_array(i).ndim, 1) if _as_index_array(i).ndim else 0
        else:
            consumed += 1
    if consumed > ndim:
        raise IndexError(
            f"too many indices for tensor of dimension {ndim}")
    out = []
    seen = False
    for i in index:
        if i is Ellipsis:
            if seen:
                raise IndexError("an index can only have a single ellipsis ('...')")
            seen = True
            out.extend([slice(None)] * (ndim - consumed))
        else:
            out.append(i)
    return out


def getitem(input, index):
    """``input[index]`` with torch's decomposition and grad_fn names.

    Basic-index results remember (input, index) so that in-place updates of them write back
    through ``input``'s history (torch's CopySlices).
    """
    out = _getitem(input, index)
    if out._base is not None:
        out.__dict__["_view_of"] = (input, index)
    return out


def _getitem(input, index):
    if not isinstance(index, tuple):
        if isinstance(index, slice):
            return _apply_slice(input, 0, index)
        if isinstance(index, int) and not isinstance(index, bool):
            return select(input, 0, index)
        if index is None:
            return unsqueeze(input, 0)
        if index is Ellipsis:
            return alias(input)
        index = (index,)
    items = _expand_ellipsis(index, input._data.ndim)
    out = input
    dim = 0
    advanced = []
    applied = False
    for i in items:
        if i is None:
            out = unsqueeze(out, dim)
            dim += 1
            applied = True
        elif isinstance(i, slice):
            if i != slice(None):
                out = _apply_slice(out, dim, i)
                applied = True
            dim += 1
        elif isinstance(i, int) and not isinstance(i, bool):
            out = select(out, dim, i)
            applied = True
        else:
            arr = _as_index_array(i) if not isinstance(i, bool) else np.asarray(i)
            advanced.append((dim, arr))
            dim += arr.ndim if arr.dtype == np.bool_ and arr.ndim else 1
    if advanced:
        return _apply_advanced(out, advanced)
    if not applied:
        return alias(out)
    return out


def _apply_slice(t, dim, s):
    if t._data.ndim == 0:
        raise IndexError("slice() cannot be applied to a 0-dim tensor.")
    size = t._data.shape[dim]
    start, stop, step = s.indices(size)
    if step <= 0:
        raise ValueError("step must be greater than zero")
    stop = max(stop, start)
    return _slice.apply((t,), (dim, start, stop, step))


def _apply_advanced(t, advanced):
    idx = []
    pos = 0
    for dim, arr in advanced:
        while pos < dim:
            idx.append(slice(None))
            pos += 1
        if arr.dtype == np.bool_:
            if arr.ndim == 0:
                idx.append(arr)
                continue
            shape = t._data.shape[pos:pos + arr.ndim]
            if arr.shape != shape:
                raise IndexError(
                    f"The shape of the mask [{', '.join(map(str, arr.shape))}] at index {pos} "
                    f"does not match the shape of the indexed tensor "
                    f"[{', '.join(map(str, t._data.shape))}] at index {pos}")
            idx.append(arr)
            pos += arr.ndim
        else:
            size = t._data.shape[pos]
            if arr.size and (arr.max() >= size or arr.min() < -size):
                bad = arr.max() if arr.max() >= size else arr.min()
                raise IndexError(
                    f"index {bad} is out of bounds for dimension {pos} with size {size}")
            idx.append(arr)
            pos += 1
    return _index.apply((t,), (tuple(idx),))


def _numpy_index(input, index):
    """Translate a torch index into a NumPy one (tensors to arrays), for writes."""
    if not isinstance(index, tuple):
        index = (index,)
    out = []
    for i in index:
        if isinstance(i, Tensor) or isinstance(i, list):
            out.append(_as_index_array(i))
        else:
            out.append(i)
    return tuple(out)


# --- writes: CopySlices and in-place ops ---------------------------------------------
def _masked_zero_forward(xp, grad, indices):
    out = grad.copy()
    out[indices] = 0
    return out


_zero_at = defop("_zero_at", _masked_zero_forward, node="IndexPutBackward0", inputs=("grad",),
                 promote=NONE, vjp={"grad": lambda grad, indices: _zero_at.apply(
                     (grad,), (indices,))})


def _copy_slices_forward(xp, input, value, indices):
    out = input.copy()
    out[indices] = value
    return out


_copy_slices = defop(
    "copy_slices", _copy_slices_forward, node="CopySlices", inputs=("input", "value"),
    vjp={"input": lambda grad, indices: _zero_at.apply((grad,), (indices,)),
         "value": lambda grad, indices, value_shape: sum_to(_index.apply((grad,), (indices,)),
                                                            value_shape)})


def check_inplace(t):
    """Raise torch's errors for in-place writes to leaves (or their views) that require grad."""
    if not grad_state.enabled:
        return
    if t._rg and t.grad_fn is None:
        raise RuntimeError(LEAF_INPLACE)
    base = t._base
    if base is not None and base._rg and base.grad_fn is None:
        raise RuntimeError(VIEW_LEAF_INPLACE)


def setitem(input, index, value):
    """``input[index] = value``: write in place; record CopySlices when grads flow."""
    check_inplace(input)
    idx = _numpy_index(input, index)
    value_is_tensor = isinstance(value, Tensor)
    recording = grad_state.enabled and (input._rg or (value_is_tensor and value._rg))
    if recording:
        val = value if value_is_tensor else Tensor._make(np.asarray(value, input._data.dtype))
        if val.dtype is not input.dtype:
            val = val.to(input.dtype)
        new = _copy_slices.apply((input, val), (idx,))
        assign(input, new)
        return
    data = value._data if value_is_tensor else value
    input._data[idx] = data
    input._bump_version()


def assign(t, new):
    """Make ``t`` hold ``new``'s values and history, writing through to the tensor it views."""
    if grad_state.enabled and t._rg and not new._rg:
        # Overwritten values still get an edge to the old history, with zero gradient.
        from .pointwise import where
        new = where(Tensor._make(np.ones(t._data.shape, bool)), new, t)
    parent = t.__dict__.get("_view_of") if t.__dict__ else None
    if parent is not None and (new._rg or parent[0]._rg) and grad_state.enabled:
        setitem(parent[0], parent[1], new)
    else:
        if t._base is not None and grad_state.enabled and new._rg and t._base._rg:
            raise RuntimeError(
                "chainrule cannot yet record an in-place operation on a view made by reshape, "
                "transpose or expand of a tensor that requires grad; use the out-of-place form.")
        np.copyto(t._data, new._data, casting="unsafe")
        t._bump_version()
    if new._rg and grad_state.enabled:
        t.grad_fn = new.grad_fn
        t._output_nr = new._output_nr
        t._rg = True


def index_select(input, dim, index):
    """Pick entries along ``dim`` by a 1-D index tensor."""
    d = _wrap_dim(dim, input._data.ndim)
    idx = (slice(None),) * d + (_as_index_array(index),)
    return _index_select.apply((input,), (idx, d))


_index_select = defop("index_select", lambda xp, input, indices, dim: input[indices],
                      node="IndexSelectBackward0", promote=NONE,
                      vjp={"input": lambda grad, input_shape, indices: _index_backward.apply(
                          (grad,), (input_shape, indices))})


def value_selecting_backward(grad, dim, indices, input_shape, keepdim):
    """Route gradients to the positions picked along ``dim`` (max/min/median with dim)."""
    from .shape import expand
    if not keepdim:
        grad = unsqueeze(grad, dim)
        indices = indices.unsqueeze(dim)
    positions = Tensor._make(np.arange(input_shape[dim]).reshape(
        (-1,) + (1,) * (len(input_shape) - dim - 1)))
    mask = positions == indices
    from .pointwise import where
    return where(mask, expand(grad, input_shape), 0)


def nonzero(input, *, as_tuple=False):
    """Return indices of nonzero elements: an (n, ndim) tensor, or a tuple of 1-D tensors."""
    nz = np.nonzero(input._data if input._data.ndim else input._data.reshape(1))
    if as_tuple:
        return tuple(Tensor._make(a.astype(np.int64)) for a in nz)
    return Tensor._make(np.stack(nz, axis=1).astype(np.int64) if nz else
                        np.zeros((0, 0), np.int64))


def masked_fill(input, mask, value):
    """Return input with ``value`` where mask is True."""
    from .pointwise import where
    if isinstance(value, Tensor) and value.ndim != 0:
        raise RuntimeError(
            "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
            f"{value.ndim} dimension(s).")
    return _masked_fill.apply((input,), (_as_index_array(mask), value if not isinstance(
        value, Tensor) else value.item())) if not (isinstance(value, Tensor) and value._rg) \
        else where(mask, value, input)


_masked_fill = defop("masked_fill", lambda xp, input, mask, value: xp.where(
    mask, xp.asarray(value, dtype=input.dtype), input), node="MaskedFillBackward0", promote=NONE,
    vjp={"input": lambda grad, mask: _masked_fill.apply((grad,), (mask, 0))})


def gather(input, dim, index, *, sparse_grad=False):
    """Pick values along ``dim`` at ``index`` (same rank as input)."""
    d = _wrap_dim(dim, input._data.ndim)
    return _gather.apply((input,), (d, _as_index_array(index)))


def _gather_backward_forward(xp, grad, input_shape, dim, index):
    out = xp.zeros(input_shape, dtype=grad.dtype)
    idx = list(np.indices(index.shape, sparse=True))
    idx[dim] = index
    np.add.at(out, tuple(idx), grad)
    return out


_gather = defop("gather", lambda xp, input, dim, index: xp.take_along_axis(input, index, axis=dim),
                node="GatherBackward0", promote=NONE,
                vjp={"input": lambda grad, input_shape, dim, index: _gather_backward.apply(
                    (grad,), (input_shape, dim, index))})
_gather_backward = defop("scatter_add", _gather_backward_forward, node="ScatterAddBackward0",
                         inputs=("grad",), promote=NONE,
                         vjp={"grad": lambda grad, dim, index: _gather.apply((grad,),
                                                                             (dim, index))})



METHODS = ("select", "index_select", "nonzero", "masked_fill", "gather")
