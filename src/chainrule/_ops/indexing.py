"""Indexing: getitem as torch decomposes it (select, slice, unsqueeze, index), setitem as
CopySlices, in-place updates routed through views, and the index-based ops."""

import numpy as np

from .. import _dtype, _hints
from .._creation import zeros_like as _zeros_like
from .._tensor import _CPP_NAMES, _SCALAR_NAMES, Tensor, _wrap_dim
from ..autograd.forward_ad import state as _fw_state
from ..autograd.grad_mode import state as grad_state
from ._registry import (
    _NO_GRAD_VIEW_ADVICE,
    NO_GRAD_VIEW_REBASED,
    NONE,
    _check_broadcast,
    _reread_base,
    defop,
    guard_saved,
)
from .shape import _slice, alias, expand, sum_to, unsqueeze

LEAF_INPLACE = "a leaf Variable that requires grad is being used in an in-place operation."
INFERENCE_INPLACE = (
    "Inplace update to inference tensor outside InferenceMode is not allowed.You can make a clone "
    "to get a normal tensor before doing inplace update.See "
    "https://github.com/pytorch/rfcs/pull/17 for more details.")
OVERLAP = ("unsupported operation: more than one element of the written-to tensor refers to a "
           "single memory location. Please clone() the tensor before performing the operation.")
PARTIAL_OVERLAP = ("unsupported operation: some elements of the input tensor and the written-to "
                   "tensor refer to a single memory location. Please clone() the tensor before "
                   "performing the operation.")
VIEW_LEAF_INPLACE = ("a view of a leaf Variable that requires grad is being used in an in-place "
                     "operation.")


def _select_backward_forward(xp, grad, input_shape, dim, index):
    out = xp.zeros(input_shape, dtype=grad.dtype)
    out[(slice(None),) * dim + (index,)] = grad
    return out


# The trailing Ellipsis keeps a 0-d result a view (NumPy returns a copied scalar without it).
_select = defop("select", lambda xp, input, dim, index: input[(slice(None),) * dim + (index, ...)],
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
    _check_bound(index, size, d)
    return _select.apply((input,), (d, index if index >= 0 else index + size))


def _check_bound(index, size, shown_dim):
    """Raise torch's IndexError for an integer index outside a dim of ``size``."""
    if not -size <= index < size:
        raise IndexError(
            f"index {index} is out of bounds for dimension {shown_dim} with size {size}")


def select_backward(grad, input_shape, dim, index):
    """Place ``grad`` into zeros of ``input_shape`` at ``index`` along ``dim``."""
    return _select_backward.apply((grad,), (input_shape, dim, index))


def _index_backward_forward(xp, grad, input_shape, indices):
    out = xp.zeros(input_shape, dtype=grad.dtype)
    np.add.at(out, indices, grad)
    return out


def _index_forward(xp, input, indices):
    """Advanced indexing; a contiguous input gives a contiguous result, as torch's kernel."""
    out = input[indices]  # ascontiguousarray would make a 0-d result 1-d
    return xp.ascontiguousarray(out) if out.ndim and input.flags.c_contiguous else out


_index = defop("index", _index_forward, node="IndexBackward0",
               promote=NONE, vjp={"input": lambda grad, input_shape, indices: _index_backward.apply(
                   (grad,), (input_shape, indices))})
_index_backward = defop("index_put", _index_backward_forward, node="IndexPutBackward0",
                        inputs=("grad",), promote=NONE,
                        vjp={"grad": lambda grad, indices: _index.apply((grad,), (indices,))})


def _as_index_array(i):
    if not isinstance(i, (Tensor, list, tuple, range, np.ndarray, np.generic)):
        raise IndexError(
            "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are "
            f"valid indices (got {type(i).__name__})")
    if isinstance(i, Tensor):  # a 0-d mask is copied: torch keeps no link to it (no guard)
        arr = i._data if i._data.ndim or i._data.dtype != np.bool_ else i._data.copy()
    else:
        arr = np.asarray(i)
    if arr.dtype.kind == "f":
        raise IndexError(
            "tensors used as indices must be long, int, byte or bool tensors")
    if arr.dtype.kind not in "biu":
        arr = arr.astype(np.int64)
    return arr


def _is_advanced(i):
    return isinstance(i, (Tensor, list, range, np.ndarray)) or (
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
    if _fw_state.batch:
        from ..func._batching import check_mask_index
        check_mask_index(index)
    if isinstance(index, Tensor) and index._data.ndim == 0 or type(index) is tuple and any(
            isinstance(i, Tensor) and i._data.ndim == 0 for i in index):
        index = _selects_for_0d(index)
    out = _getitem(input, index)
    if out._base is not None:
        out.__dict__["_view_of"] = (input, index)
    return out


def _selects_for_0d(index):
    """torch indexes with a 0-d integer tensor as with its int (a select, a view); a uint8 one
    is a mask, as a bool one."""
    def plain(i):
        return i.item() if isinstance(i, Tensor) and i._data.ndim == 0 and \
            i._data.dtype.kind in "iu" and i._data.dtype != np.uint8 else i
    return tuple(plain(i) for i in index) if type(index) is tuple else plain(index)


def _is_full(s, n):
    """True for a slice torch's indexing skips: start 0 (not wrapped), step 1, stop >= n."""
    return s.start in (None, 0) and s.step in (None, 1) and (s.stop is None or s.stop >= n)


def _getitem(input, index):
    if not isinstance(index, tuple):
        if isinstance(index, slice):
            return _apply_slice(input, 0, index)
        if isinstance(index, int) and not isinstance(index, bool):
            if input._data.ndim == 0:
                raise IndexError(
                    "invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                    "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
            return select(input, 0, index)
        if index is None:
            return unsqueeze(input, 0)
        if index is Ellipsis:
            return alias(input)
        index = (index,)
    items = _expand_ellipsis(index, input._data.ndim)
    spread = len(items) - len(index) + 1  # how many items the ellipsis became, if there is one
    positions = [p for p, i in enumerate(index) for _ in range(spread if i is Ellipsis else 1)]
    out = input
    dim = 0
    advanced = []
    applied = False
    for pos, i in zip(positions, items):
        if i is None:
            out = unsqueeze(out, dim)
            dim += 1
            applied = True
        elif isinstance(i, slice):
            if dim >= out._data.ndim or not _is_full(i, out._data.shape[dim]):
                out = _apply_slice(out, dim, i)
                applied = True
            dim += 1
        elif isinstance(i, int) and not isinstance(i, bool):
            if out._data.ndim:  # torch names the index's place in the subscript, not the dim
                _check_bound(i, out._data.shape[dim], pos)
            out = select(out, dim, i)
            applied = True
        else:
            arr = _as_index_array(i) if not isinstance(i, bool) else np.asarray(i)
            advanced.append((dim, arr))
            dim += arr.ndim if arr.dtype == np.bool_ and arr.ndim else 1
    if advanced:
        out = _apply_advanced(out, advanced)
        guard_saved(out, _saved_indices(items))  # IndexBackward0 saves them
        return out
    if not applied:
        return alias(out)
    return out


def _saved_indices(items):
    """The index tensors torch's IndexBackward0 / IndexPutBackward0 keep: not a 0-d bool mask,
    which torch turns into a new index tensor."""
    return [i for i in items if isinstance(i, Tensor) and (i._data.ndim or
                                                           i._data.dtype != np.bool_)]


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
    shapes = [arr.shape for _, arr in advanced if arr.dtype != np.bool_]
    try:
        np.broadcast_shapes(*shapes)
    except ValueError:
        raise IndexError("shape mismatch: indexing tensors could not be broadcast together with "
                         "shapes " + ", ".join(f"[{', '.join(map(str, s))}]" for s in shapes)
                         ) from None
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


_WRITE_RULES = {
    "input": lambda grad, indices: _zero_at.apply((grad,), (indices,)),
    "value": lambda grad, indices, value_shape: sum_to(_index.apply((grad,), (indices,)),
                                                       value_shape)}
# torch names a write through a view (select, slice) CopySlices, an advanced-index one IndexPut.
_copy_slices = defop("copy_slices", _copy_slices_forward, node="CopySlices",
                     inputs=("input", "value"), vjp=_WRITE_RULES)
_copy_slices.node_cls.name = lambda self: "torch::autograd::CopySlices"  # a C++ node in torch
_index_put = defop("index_put_", _copy_slices_forward, node="IndexPutBackward0",
                   inputs=("input", "value"), vjp=_WRITE_RULES)
# torch skips full slices, so ``x[...] = v`` is x.copy_(v) (or fill_ for a number) on x itself;
# their gradient for x is a constant zeros_like(grad), cut from the graph of grad.
_WHOLE_RULES = {"input": lambda grad: _zeros_like(grad), "value": _WRITE_RULES["value"]}
_copy_whole = defop("copy_", _copy_slices_forward, node="CopyBackwards",
                    inputs=("input", "value"), vjp=_WHOLE_RULES)
_fill_whole = defop("fill_", _copy_slices_forward, node="FillBackward3",
                    inputs=("input", "value"), vjp=_WHOLE_RULES)
# A view's history after an in-place write through it: its elements re-read from the base.
_as_strided = defop("as_strided", lambda xp, input, indices: input[indices],
                    node="AsStridedBackward0", promote=NONE,
                    vjp={"input": lambda grad, input_shape, indices: _index_backward.apply(
                        (grad,), (input_shape, indices))})


def _dense_dims(b):
    """The dims of ``b`` (size > 1) from the largest stride down if its elements fill its memory
    densely in some dim order (torch's layout-keeping copies: flip of a transpose), else None."""
    dims = sorted((k for k in range(b.ndim) if b.shape[k] > 1), key=lambda k: -b.strides[k])
    step = b.itemsize
    for k in reversed(dims):
        if b.strides[k] != step:
            return None
        step *= b.shape[k]
    return dims


def _positions(base, view):
    """Index arrays of each element of ``view`` inside ``base``'s dense array, or None."""
    b, v = base._data, view._data
    if type(b) is not np.ndarray or type(v) is not np.ndarray or v.dtype != b.dtype:
        return None
    dims = None if b.flags.c_contiguous else _dense_dims(b)
    if dims is None and not b.flags.c_contiguous:
        return None
    if b.ndim == 0:  # NumPy indexes a 0-d array only with None (size 1) and a False (size 0)
        if v.size > 1 or v.shape.count(0) > 1:
            return None
        return tuple(np.False_ if n == 0 else None for n in v.shape)
    start = (v.__array_interface__["data"][0] - b.__array_interface__["data"][0]) // b.itemsize
    flat = np.full(v.shape, start, dtype=np.intp)
    for k, (n, stride) in enumerate(zip(v.shape, v.strides)):
        flat += np.arange(n).reshape((n,) + (1,) * (v.ndim - k - 1)) * (stride // b.itemsize)
    if dims is None:
        return np.unravel_index(flat, b.shape)
    index = [np.zeros_like(flat)] * b.ndim
    for k, coord in zip(dims, np.unravel_index(flat, [b.shape[k] for k in dims])):
        index[k] = coord
    return tuple(index)


def check_inplace(t, overlap=True):
    """Raise torch's errors for in-place writes to leaves (or their views) that require grad,
    then (as torch, after them, unless ``overlap`` is False) for writes to expanded memory."""
    if "_inference" in t.__dict__ and not grad_state.inference:
        raise RuntimeError(INFERENCE_INPLACE)
    if grad_state.enabled:
        if t._rg:
            check_no_grad_view(t)
        if t._rg and t.grad_fn is None:
            raise _hints.leaf_inplace(RuntimeError(LEAF_INPLACE))
        base = t._base
        if base is not None and base._rg and base.grad_fn is None:
            raise _hints.leaf_inplace(RuntimeError(VIEW_LEAF_INPLACE))
    if overlap and _overlaps(t._data):
        raise RuntimeError(OVERLAP)


def check_partial_overlap(out, other):
    """Raise torch's error when ``other`` (an input) shares some but not all of the memory of
    ``out`` (the written-to array); dense arrays only, as torch's get_overlap_status."""
    if out is other or out.size == 0 or other.size == 0 or type(out) is not np.ndarray \
            or type(other) is not np.ndarray or not np.may_share_memory(out, other):
        return
    for a in (out, other):
        if not (a.flags.c_contiguous or a.flags.f_contiguous) and _dense_dims(a) is None:
            return  # torch's TooHard: no check
    a0, b0 = out.__array_interface__["data"][0], other.__array_interface__["data"][0]
    def layout(a):  # leading size-1 dims (a broadcast away) address nothing
        dims = list(zip(a.shape, a.strides))
        while dims and dims[0][0] == 1:
            dims.pop(0)
        return tuple(dims)
    if a0 == b0 and out.nbytes == other.nbytes and layout(out) == layout(other):
        return  # the same elements: torch's Full overlap is allowed
    raise RuntimeError(PARTIAL_OVERLAP)


def _overlaps(data):
    """True if elements of ``data`` share memory (an expanded tensor), which torch won't write."""
    return data.size > 1 and any(s == 0 and n > 1 for s, n in zip(data.strides, data.shape))


def check_no_grad_view(t, slot=None):
    """torch forbids recorded in-place writes (grad mode on) to views made under no_grad, and
    to views of them. ``slot`` names the view of ``t`` a setitem writes into (``Select``):
    making it reads ``t``'s history, which fails first if ``t``'s base was written since."""
    if "_multi_view" in t.__dict__ and t._rg:
        name = slot or type(t.grad_fn).__name__.removesuffix("Backward0")
        raise RuntimeError(
            f"Output {0 if slot else t._output_nr} of {name} is a view and is being modified "
            "inplace. This view is the output of a function that returns multiple views. Such "
            "functions do not allow the output views to be modified inplace. You should replace "
            "the inplace operation by an out-of-place one.")
    kind = t.__dict__.get("_no_grad_view") if t._base is not None else None
    if kind is None:
        return
    if slot is not None and t._rg and kind[1] != t._version:
        raise RuntimeError(NO_GRAD_VIEW_REBASED)
    if slot is not None:  # the slot has a history (and so a name) when t requires grad
        name = slot if t._rg else None
    else:
        name = None if t.grad_fn is None else type(t.grad_fn).__name__.removesuffix(
            "Backward0").removesuffix("Backward1")
    if name is None:
        raise RuntimeError("A view was created in no_grad mode and is being modified inplace"
                           + _NO_GRAD_VIEW_ADVICE)
    raise RuntimeError(f"Output {t._output_nr if slot is None else 0} of {name} is a view of a "
                       "view which was created in no_grad mode and is being modified inplace"
                       + _NO_GRAD_VIEW_ADVICE)


def _writes_through_view(index):
    """True if torch writes ``input[index] = v`` into a view (select, slice), not index_put_."""
    items = index if isinstance(index, tuple) else (index,)
    for i in items:
        if isinstance(i, (list, np.ndarray, bool)) or isinstance(i, Tensor) and (
                i._data.ndim or i._data.dtype == np.bool_):
            return False
    return any(i is not Ellipsis for i in items)


def _selects_all(index, shape):
    """True if ``index`` is only Ellipsis and full slices, which torch's indexing skips."""
    items = index if isinstance(index, tuple) else (index,)
    if sum(i is Ellipsis for i in items) > 1:
        return False
    dim = 0
    for i in items:
        if i is Ellipsis:
            dim += len(shape) - (len(items) - 1)
        elif isinstance(i, slice) and dim < len(shape) and _is_full(i, shape[dim]):
            dim += 1
        else:
            return False
    return True


def _basic_views(index, shape):
    """The views torch makes for the ints, None and partial slices of ``index`` (``Select``,
    ``Unsqueeze``, ``Slice``), in order; with advanced indices it then index_put_s into the
    last one, which records CopySlices."""
    items = index if isinstance(index, tuple) else (index,)
    spans = [0 if i is None or i is Ellipsis else getattr(i, "ndim", 1)
             if isinstance(i, Tensor) and i.dtype is _dtype.bool_ else 1 for i in items]
    dim, views = 0, []
    for k, (i, span) in enumerate(zip(items, spans)):
        if i is Ellipsis:
            dim = len(shape) - sum(spans[k + 1:])
            continue
        if i is None:
            views.append("Unsqueeze")
        elif isinstance(i, int) and not isinstance(i, bool):
            views.append("Select")
        elif isinstance(i, slice) and (dim >= len(shape) or not _is_full(i, shape[dim])):
            views.append("Slice")
        dim += span
    return views


def _check_write(input, index, value):
    """torch's errors for ``input[index] = value`` before any write: a sequence as the value,
    an integer index out of range, a value dtype other than input's with advanced indices."""
    if isinstance(value, (list, tuple)):
        from ..autograd.graph import tensor_type_name
        raise TypeError(f"can't assign a {type(value).__name__} to a {tensor_type_name(input)}")
    items = index if isinstance(index, tuple) else (index,)
    if any(i is Ellipsis for i in items) or len(items) > input._data.ndim:
        return  # ellipsis and too many indices: checked where the index is applied
    dim, advanced = 0, False
    for pos, i in enumerate(items):
        if isinstance(i, int) and not isinstance(i, bool):
            _check_bound(i, input._data.shape[dim], pos)
        elif i is not None and not isinstance(i, slice):
            advanced = True
            arr = _as_index_array(i) if not isinstance(i, bool) else np.asarray(i)
            dim += arr.ndim - 1 if arr.dtype == np.bool_ and arr.ndim else 0
        dim += i is not None
    if advanced and isinstance(value, Tensor) and value.dtype != input.dtype:
        raise RuntimeError(
            "Index put requires the source and destination dtypes match, got "
            f"{_SCALAR_NAMES[input.dtype.name]} for the destination and "
            f"{_SCALAR_NAMES[value.dtype.name]} for the source.")


def setitem(input, index, value, via_view=False):
    """``input[index] = value``: write in place; record CopySlices when grads flow (always when
    ``via_view``: the write of a view's new values into the tensor it views)."""
    _check_write(input, index, value)
    whole = _selects_all(index, input._data.shape)
    through_view = _writes_through_view(index)
    views = _basic_views(index, input._data.shape)  # torch makes these views first
    viewed = through_view or bool(views)
    op = _copy_slices if viewed or via_view else _index_put
    if whole and not via_view:  # fill_ for a number or 0-d value, except into a 0-d tensor
        op = _fill_whole if input._data.ndim and (not isinstance(value, Tensor) or
                                                  value._data.ndim == 0) else _copy_whole
    if isinstance(value, Tensor) and value._data.ndim and value._data.shape[0] == 1:
        shape = value._data.shape  # torch drops a value's leading 1s before broadcasting
        k = next((i for i, n in enumerate(shape) if n != 1), len(shape))
        value = value.reshape(shape[k:])
    idx = _torch_ordered_index(input, index) if _mixes_advanced(index) else \
        _numpy_index(input, index)
    copied = whole or through_view  # torch expands the value, then copy_s it into the slot
    if copied and isinstance(value, Tensor) and value._data.shape != input._data[idx].shape:
        _check_value_shape(value, input._data[idx].shape, False)
    if grad_state.enabled and (input._rg or isinstance(value, Tensor) and value._rg):
        check_no_grad_view(input, views[-1] if views and not whole else None)
    if grad_state.enabled and input._rg and input.grad_fn is None and not whole and viewed:
        raise _hints.leaf_inplace(RuntimeError(VIEW_LEAF_INPLACE))
    check_inplace(input, overlap=False)  # index_put_ writes into expanded memory; copy_ does not
    if copied and _overlaps(input._data[idx]):
        raise RuntimeError(OVERLAP)
    if isinstance(value, Tensor) and (copied or not viewed):  # copy_ / index_put_ into input
        target = input._data[idx] if copied else input._data
        if not copied or value._data.size == target.size:  # an expanded value is not checked
            check_partial_overlap(target, value._data)
    if isinstance(value, Tensor) and value._data.size == 0 and not copied:  # NumPy lets an
        _check_value_shape(value, input._data[idx].shape, True)  # empty value fit any empty slot
    items = index if isinstance(index, tuple) else (index,)  # index_put_ saves index tensors
    _write(input, idx, value, op, not copied,
           () if through_view else tuple(_saved_indices(items)))


def _mixes_advanced(index):
    """True when None or an int sits in a tuple index with an advanced one: NumPy then orders
    the advanced dims differently from torch's decomposition."""
    return type(index) is tuple and any(_is_advanced(i) for i in index) and any(
        i is None or isinstance(i, int) and not isinstance(i, bool) for i in index)


def _torch_ordered_index(input, index):
    """The write positions of ``input[index]`` in torch's order (None, ints and slices first,
    then the advanced indices), as one integer array per dim."""
    basic, advanced = [], []
    for i in _expand_ellipsis(index, input._data.ndim):
        if i is None or isinstance(i, slice):
            basic.append(i)
            advanced.append(slice(None))
        elif isinstance(i, int) and not isinstance(i, bool):
            basic.append(i)
        else:
            arr = np.asarray(i) if isinstance(i, bool) else _as_index_array(i)
            basic.extend([slice(None)] * (arr.ndim if arr.dtype == np.bool_ else 1))
            advanced.append(arr)
    grid = np.arange(input._data.size).reshape(input._data.shape)
    return np.unravel_index(grid[tuple(basic)][tuple(advanced)], input._data.shape)


def _check_value_shape(value, slot, advanced):
    """Raise torch's error if ``value`` cannot broadcast onto the indexed ``slot``: index_put_'s
    message for advanced indices, expand's for a view."""
    shape = value._data.shape
    if advanced and (len(shape) > len(slot) or any(
            v not in (1, s) for v, s in zip(reversed(shape), reversed(slot)))):
        raise RuntimeError(
            f"shape mismatch: value tensor of shape [{', '.join(map(str, shape))}] cannot "
            f"be broadcast to indexing result of shape [{', '.join(map(str, slot))}]")
    expand(value, slot)


def _write(input, idx, value, op, advanced=False, guards=()):
    """Write ``value`` at NumPy index ``idx`` of ``input``, recording ``op`` when grads flow;
    its node checks at backward that the tensors in ``guards`` were not modified in place."""
    value_is_tensor = isinstance(value, Tensor)
    recording = grad_state.enabled and (input._rg or (value_is_tensor and value._rg)) or \
        _fw_state.active and bool(input._fw or value_is_tensor and value._fw) or \
        _fw_state.batch and (hasattr(input, "_assign_batch") or hasattr(value, "_assign_batch"))
    try:
        if recording:
            val = value if value_is_tensor else Tensor._make(np.asarray(value, input._data.dtype))
            if val.dtype is not input.dtype:
                val = val.to(input.dtype)
            if input._base is not None and grad_state.enabled and _overlaps(input._data) \
                    and _write_expanded(input, idx, val):
                return
            new = op.apply((input, val), (idx,))
            if guards:
                guard_saved(new, guards)
            assign(input, new)
            return
        input._data[idx] = value._data if value_is_tensor else value
    except (ValueError, RuntimeError):
        if value_is_tensor:  # torch reports the failed broadcast of value onto the slot
            _check_value_shape(value, input._data[idx].shape, advanced)
        raise
    input._bump_version()
    if input.grad_fn is not None and input._base is not None and \
            "_no_grad_view" not in input.__dict__:
        _reread_base(input)  # a view written untracked: torch then shows AsStridedBackward0


def _write_expanded(view, idx, value):
    """Write into the base only the slot of an expanded view (writing the whole view back
    would let a stale duplicate win), then re-read the view from the base."""
    base = view._base
    positions = _positions(base, view)
    if positions is None:
        return False
    _write(base, tuple(p[idx] for p in positions), value, _copy_slices)
    reread = _as_strided.apply((base,), (positions,))
    if reread._rg:
        view.grad_fn, view._output_nr, view._rg = reread.grad_fn, reread._output_nr, True
    return True


def assign(t, new):
    """Make ``t`` hold ``new``'s values and history, writing through to the tensor it views."""
    if _fw_state.batch and (hasattr(t, "_assign_batch") or hasattr(new, "_assign_batch")):
        from ..func._batching import assign_batch  # vmap: write every example
        return assign_batch(t, new)
    if grad_state.enabled and t._rg and not new._rg:
        # Overwritten values still get an edge to the old history, with zero gradient.
        from .pointwise import where
        new = where(Tensor._make(np.ones(t._data.shape, bool)), new, t)
    base = t._base
    if base is not None and grad_state.enabled and (new._rg or base._rg):
        # Write through to the base (CopySlices there); the view then re-reads its elements
        # from the updated base, as torch's AsStridedBackward0.
        positions = _positions(base, t)
        parent = t.__dict__.get("_view_of") if t.__dict__ else None
        if parent is not None:
            setitem(parent[0], parent[1], new, via_view=True)
        elif positions is not None:
            _write(base, positions, new, _copy_slices)
        else:
            raise RuntimeError(
                "chainrule cannot yet record an in-place operation on this view of a tensor "
                "that requires grad; use the out-of-place form.")
        if positions is not None:
            new = _as_strided.apply((base,), (positions,))
    else:
        np.copyto(t._data, new._data, casting="unsafe")
        t._bump_version()
        if t.grad_fn is not None and base is not None and "_no_grad_view" not in t.__dict__:
            _reread_base(t)  # a view written untracked: torch then shows AsStridedBackward0
    if new._rg and grad_state.enabled:
        t.grad_fn = new.grad_fn
        t._output_nr = new._output_nr
        t._rg = True
        if "_views" in t.__dict__:
            adopt_views(t)
        if t._hooks is not None and t._hooks.get("retain") and t.grad_fn is not None:
            from ..autograd.hooks import install_retain_grad
            install_retain_grad(t)  # torch moves retain_grad to the new history
    if new._fw or t._fw:
        t._fw = new._fw  # forward-mode tangents follow the values written


def _op_index(index, message):
    """The integer array of an op's index tensor; a float one raises ``message`` as torch."""
    if isinstance(index, Tensor) and index._data.dtype.kind not in "iu":
        raise RuntimeError(message)
    return _as_index_array(index)


def adopt_views(root):
    """Views taken of ``root`` before an in-place write gave it a history re-read their
    elements from it (torch: a view requires grad when its base does; AsStridedBackward0)."""
    for ref in root.__dict__.pop("_views"):
        view = ref()
        if view is not None and view._base is root and not view._rg:
            if "_no_grad_view" in view.__dict__:  # torch raises when its history is next read
                view._rg = True
            else:
                _reread_base(view)


def index_select(input, dim, index):
    """Pick entries along ``dim`` by a 1-D index tensor."""
    if not input._data.ndim:  # a 0-d input reads as one element
        return index_select(input.reshape(1), dim, index).reshape(())
    d = _wrap_dim(dim, input._data.ndim)
    arr = _op_index(index, "index_select(): Expected dtype int32 or int64 for index")
    if arr.ndim > 1:
        raise IndexError("index_select(): Index is supposed to be a vector")
    size = input._data.shape[d] if input._data.ndim else 1
    if arr.size and (arr.max() >= size or arr.min() < -size):
        raise IndexError("index out of range in self")
    idx = (slice(None),) * d + (arr,)
    out = _index_select.apply((input,), (idx, d))
    guard_saved(out, (index,))
    return out


_index_select = defop("index_select", lambda xp, input, indices, dim: xp.ascontiguousarray(
                      input[indices]),
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
    if _fw_state.batch and hasattr(input, "_assign_batch"):
        raise RuntimeError(
            "vmap: We do not support batching operators that can output dynamic shape. "
            "Attempted to vmap over aten::nonzero. Please file an issue at "
            "https://github.com/pytorch/pytorch/issues if you need this feature.")
    nz = np.nonzero(input._data if input._data.ndim else input._data.reshape(1))
    if as_tuple:
        return tuple(Tensor._make(a.astype(np.int64)) for a in nz)
    if not input._data.ndim:  # one row per nonzero element, no coordinates
        return Tensor._make(np.zeros((len(nz[0]), 0), np.int64))
    return Tensor._make(np.stack(nz, axis=1).astype(np.int64) if nz else
                        np.zeros((0, 0), np.int64))


def masked_fill(input, mask, value):
    """Return input with ``value`` where mask is True."""
    from .pointwise import where
    if isinstance(value, Tensor) and value.ndim != 0:
        raise RuntimeError(
            "masked_fill_ only supports a 0-dimensional value tensor, but got tensor with "
            f"{value.ndim} dimension(s).")
    if isinstance(mask, Tensor) and mask.dtype.name != "bool":
        raise RuntimeError("masked_fill_ only supports boolean masks, but got mask with dtype "
                           f"{_CPP_NAMES[mask.dtype.name]}")
    _check_broadcast((mask, input))  # torch infers the output size from (mask, input)
    if isinstance(value, Tensor) and value._rg:
        return where(mask, value, input)
    out = _masked_fill.apply((input,), (_as_index_array(mask), value if not isinstance(
        value, Tensor) else value.item()))
    guard_saved(out, (mask,))
    return out


_masked_fill = defop("masked_fill", lambda xp, input, mask, value: xp.where(
    mask, xp.asarray(value, dtype=input.dtype), input), node="MaskedFillBackward0", promote=NONE,
    vjp={"input": lambda grad, mask: _masked_fill.apply((grad,), (mask, 0))})


def _check_gather_index(shape, dim, idx):
    """Raise torch's messages for an index of the wrong rank, size or range."""
    if max(idx.ndim, 1) != max(len(shape), 1):  # a 0-d index counts as one element
        raise RuntimeError("Index tensor must have the same number of dimensions as input tensor")
    if any(i > n for k, (i, n) in enumerate(zip(idx.shape, shape)) if k != dim):
        k = next(k for k, (i, n) in enumerate(zip(idx.shape, shape)) if k != dim and i > n)
        raise RuntimeError(f"Size does not match at dimension {k} expected index "
                           f"{list(idx.shape)} to be no larger than self {list(shape)} apart "
                           f"from dimension {dim}")
    bad = (idx < 0) | (idx >= shape[dim])
    if idx.size and bad.any():
        raise RuntimeError(f"index {int(idx[bad].flat[0])} is out of bounds for dimension {dim} "
                           f"with size {shape[dim]}")


def gather(input, dim, index, *, sparse_grad=False):
    """Pick values along ``dim`` at ``index`` (same rank as input)."""
    if not input._data.ndim and not getattr(index, "ndim", 1):  # 0-d input and index
        return gather(input.reshape(1), dim, index.reshape(1)).reshape(())
    d = _wrap_dim(dim, input._data.ndim)
    idx = _op_index(index, "gather(): Expected dtype int32/int64 for index")
    _check_gather_index(input._data.shape, d, idx)
    out = _gather.apply((input,), (d, idx))
    guard_saved(out, (index,))
    return out


def _gather_backward_forward(xp, grad, input_shape, dim, index):
    out = xp.zeros(input_shape, dtype=grad.dtype)
    index = index.reshape(index.shape or (1,))
    idx = list(np.indices(index.shape, sparse=True))
    idx[dim] = index
    np.add.at(out.reshape(input_shape or (1,)), tuple(idx), grad.reshape(index.shape))
    return out


def _gather_forward(xp, input, dim, index):
    # index may be smaller than input in the other dims (torch allows it; NumPy wants equal);
    # a 0-d index of a 1-d input picks one element into a 0-d result.
    shape = index.shape
    index = index.reshape(shape or (1,))
    part = input[tuple(slice(None) if d == dim else slice(0, n) for d, n in enumerate(index.shape))]
    return xp.take_along_axis(part, index, axis=dim).reshape(shape)


_gather = defop("gather", _gather_forward,
                node="GatherBackward0", promote=NONE,  # torch saves self: its version is checked
                vjp={"input": lambda grad, input, dim, index: _gather_backward.apply(
                    (grad,), (tuple(input.shape), dim, index))})
_gather_backward = defop("scatter_add", _gather_backward_forward, node="ScatterAddBackward0",
                         inputs=("grad",), promote=NONE,
                         vjp={"grad": lambda grad, dim, index: _gather.apply((grad,),
                                                                             (dim, index))})



METHODS = ("select", "index_select", "nonzero", "masked_fill", "gather")
