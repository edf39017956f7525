"""Views and movement: reshape, transpose, permute, squeeze, expand, cat, stack, split, sum_to."""

import builtins
import numbers

import numpy as np

from .. import _dtype
from .._tensor import Size, Tensor, _wrap_dim
from ..autograd.graph import _saved_type_name
from . import _fused
from ._registry import NONE, defop


def _shape_arg(shape, fn=None, arg="size"):
    """Accept ``f(2, 3)``, ``f((2, 3))`` and ``f(torch.Size)`` like torch; given the function's
    name, refuse a non-integer size (``x.view(n / 2, -1)``) in torch's words."""
    given = shape
    packed = len(shape) == 1 and isinstance(shape[0], (tuple, list, Size))
    if packed:
        shape = shape[0]
    if fn is not None:
        bad = next((p for p, s in enumerate(shape) if not _is_int(s)), None)
        if bad is not None:
            raise TypeError(_size_type_message(given, shape, bad, packed, fn, arg))
    return tuple(int(s) for s in shape)


def _is_int(s):
    if isinstance(s, Tensor):
        return not (s.dtype.is_floating_point or s.dtype.is_complex)
    return isinstance(s, (numbers.Integral, np.integer))


def _size_type_message(given, shape, bad, packed, fn, arg):
    """torch's argument-parser message for the first non-integer entry of a size."""
    from ._argcheck import type_name
    kind = type(shape[bad]).__name__
    if bad:
        return (f"{fn}(): argument '{arg}' failed to unpack the object at pos {bad + 1} with "
                f"error \"type must be tuple of ints,but got {kind}\"")
    if fn == "view":  # view also takes a dtype, so its parser lists both forms
        lines = [f"view() received an invalid combination of arguments - got "
                 f"({', '.join(type_name(g) for g in given)}), but expected one of:"]
        for form in ("(torch.dtype dtype)", "(tuple of ints size)"):
            lines.append(f" * {form}")
            if len(given) == 1:
                lines.append("      didn't match because some of the arguments have invalid "
                             f"types: (!{type_name(given[0], True)}!)")
        return "\n".join(lines) + "\n"
    if packed:
        return (f"{fn}(): argument '{arg}' (position 1) must be tuple of ints, but found element "
                f"of type {kind} at pos 0")
    return f"{fn}() takes 1 positional argument but {len(shape)} were given"


def _infer_shape(shape, numel):
    """Resolve one -1 in a view shape, with torch's error when sizes do not fit."""
    if shape.count(-1) > 1:
        raise RuntimeError("only one dimension can be inferred")
    known = 1
    for s in shape:
        if s != -1:
            known *= s
    if -1 in shape:
        if known == 0 and numel == 0:
            raise RuntimeError(
                f"cannot reshape tensor of 0 elements into shape [{', '.join(map(str, shape))}] "
                "because the unspecified dimension size -1 can be any value and is ambiguous")
        if known == 0 or numel % known:
            raise RuntimeError(
                f"shape '[{', '.join(map(str, shape))}]' is invalid for input of size {numel}")
        shape = tuple(numel // known if s == -1 else s for s in shape)
    elif known != numel:
        raise RuntimeError(
            f"shape '[{', '.join(map(str, shape))}]' is invalid for input of size {numel}")
    return shape


_view = defop("view", lambda xp, input, shape: input.reshape(shape), node="ViewBackward0",
              promote=NONE, view=True,
              vjp={"input": lambda grad, input_shape: reshape(grad, input_shape)})
_reshape_alias = defop("_reshape_alias", lambda xp, input, shape: input.reshape(shape),
                       node="ReshapeAliasBackward0", promote=NONE, view=True,
                       vjp={"input": lambda grad, input_shape: reshape(grad, input_shape)})
_unsafe_view = defop("_unsafe_view", lambda xp, input, shape: input.reshape(shape),
                     node="UnsafeViewBackward0", promote=NONE,
                     vjp={"input": lambda grad, input_shape: reshape(grad, input_shape)})
_clone = defop("clone", lambda xp, input: input.copy(), node="CloneBackward0", promote=NONE,
               vjp={"input": lambda grad: grad})
_alias = defop("alias", lambda xp, input: input.view(), node="AliasBackward0", promote=NONE,
               view=True, vjp={"input": lambda grad: grad})


def view(input, *shape):
    """Return a tensor with the same data and a new shape; the data must allow it."""
    if not shape:
        raise TypeError("view() received an invalid combination of arguments - got (), but "
                        "expected one of:\n * (torch.dtype dtype)\n * (tuple of ints size)")
    if len(shape) == 1 and isinstance(shape[0], _dtype.dtype):
        return _view_dtype(input, shape[0])
    shape = _infer_shape(_shape_arg(shape, "view"), input._data.size)
    if not input._data.flags.c_contiguous:
        try:
            input._data.view().shape = shape  # NumPy refuses exactly when strides cannot fit
        except AttributeError:
            raise RuntimeError(
                "view size is not compatible with input tensor's size and stride (at least one "
                "dimension spans across two contiguous subspaces). Use .reshape(...) instead."
            ) from None
    return _view.apply((input,), (shape,))


def _view_dtype(input, dtype):
    """The same bytes read as ``dtype`` (the last dim rescaled by the size ratio); no grad."""
    from .._tensor import _SCALAR_NAMES
    a, size = input._data, dtype.itemsize
    if size != a.itemsize:
        names = f"{_SCALAR_NAMES[input.dtype.name]} as {_SCALAR_NAMES[dtype.name]}"
        if a.ndim == 0:
            raise RuntimeError(f"self.dim() cannot be 0 to view {names} (different element sizes)")
        if size > a.itemsize and a.shape[-1] % (size // a.itemsize):
            raise RuntimeError(
                f"self.size(-1) must be divisible by {size // a.itemsize} to view {names} "
                f"(different element sizes), but got {a.shape[-1]}")
        if a.strides[-1] != a.itemsize:
            raise RuntimeError(f"self.stride(-1) must be 1 to view {names} (different element "
                               "sizes), but got " + str(a.strides[-1] // a.itemsize))
    out = Tensor._make(a.view(dtype.np))
    out._base = input if input._base is None else input._base
    return out


def reshape(input, *shape):
    """Return a view when the data allows, otherwise a copy (UnsafeViewBackward0, as torch)."""
    if not shape:
        raise TypeError('reshape() missing 1 required positional arguments: "shape"')
    shape = _infer_shape(_shape_arg(shape, "reshape", "shape"), input._data.size)
    if input._data.flags.c_contiguous or input._data.size <= 1:
        return _view.apply((input,), (shape,))
    try:
        input._data.view().shape = shape  # NumPy refuses exactly when strides cannot fit
    except AttributeError:
        return _unsafe_view.apply((clone(input),), (shape,))
    return _reshape_alias.apply((input,), (shape,))  # non-contiguous but strides fit: a view


def view_as(input, other):
    """Return input viewed with other's shape."""
    return view(input, other.shape)


def reshape_as(input, other):
    """Return input reshaped to other's shape."""
    return reshape(input, other.shape)


def flatten(input, start_dim=0, end_dim=-1):
    """Merge dims start_dim..end_dim into one."""
    nd = input._data.ndim
    if nd == 0:
        return reshape(input, (1,))
    s, e = _wrap_dim(start_dim, nd), _wrap_dim(end_dim, nd)
    if s > e:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    if s == e:
        return input
    shp = input._data.shape
    n = 1
    for d in shp[s:e + 1]:
        n *= d
    return reshape(input, shp[:s] + (n,) + shp[e + 1:])


def unflatten(input, dim, sizes):
    """Split dim into the given sizes."""
    d = _wrap_dim(dim, input._data.ndim)
    shp = input._data.shape
    sizes = tuple(sizes)
    known = int(np.prod([s for s in sizes if s != -1]))
    if sizes.count(-1) < 2 and (shp[d] % known if -1 in sizes and known else known != shp[d]):
        raise RuntimeError(
            f"unflatten: Provided sizes [{', '.join(map(str, sizes))}] don't multiply up to the "
            f"size of dim {dim} ({shp[d]}) in the input tensor")
    sizes = _infer_shape(sizes, shp[d])
    return view(input, shp[:d] + tuple(sizes) + shp[d + 1:])


def clone(input, *, memory_format=None):
    """Return a copy that stays in the graph."""
    return _clone.apply((input,), ())


def contiguous(input, memory_format=None):
    """Return self if contiguous, else a contiguous copy (CloneBackward0)."""
    if input._data.flags.c_contiguous:
        return input
    return clone(input)


def alias(input):
    """Return a new tensor object viewing the same data (AliasBackward0)."""
    return _alias.apply((input,), ())


# --- transposes ---------------------------------------------------------------------------
_transpose = defop("transpose", lambda xp, input, dim0, dim1: xp.swapaxes(input, dim0, dim1)
                   if input.ndim else input[...],
                   node="TransposeBackward0", promote=NONE, view=True,
                   vjp={"input": lambda grad, dim0, dim1: _fused.transpose_backward(
                       grad, dim0, dim1)})
_t = defop("t", lambda xp, input: input.T, node="TBackward0", promote=NONE, view=True,
           vjp={"input": lambda grad: _fused.t_backward(grad)})
_permute = defop("permute", lambda xp, input, dims: xp.transpose(input, dims),
                 node="PermuteBackward0", promote=NONE, view=True,
                 vjp={"input": lambda grad, dims: permute(grad, tuple(np.argsort(dims)))})


def transpose(input, dim0, dim1):
    """Swap two dimensions (a view); a 0-d tensor accepts dims 0 and -1, as torch."""
    nd = max(input._data.ndim, 1)
    return _transpose.apply((input,), (_wrap_dim(dim0, nd), _wrap_dim(dim1, nd)))


swapaxes = swapdims = transpose


def t(input):
    """Transpose a tensor of at most 2 dims."""
    if input._data.ndim > 2:
        raise RuntimeError(
            f"t() expects a tensor with <= 2 dimensions, but self is {input._data.ndim}D")
    return _t.apply((input,), ())


def permute(input, *dims):
    """Reorder dimensions (a view)."""
    if not dims:
        raise TypeError('permute() missing 1 required positional arguments: "dims"')
    dims = _shape_arg(dims)
    nd = input._data.ndim
    if len(dims) != nd:
        raise RuntimeError(
            "permute(sparse_coo): number of dimensions in the tensor input does not match the "
            f"length of the desired ordering of dimensions i.e. input.dim() = {nd} is not equal "
            f"to len(dims) = {len(dims)}")
    dims = tuple(_wrap_dim(d, nd) for d in dims)
    if len(set(dims)) != len(dims):
        raise RuntimeError("permute(): duplicate dims are not allowed.")
    return _permute.apply((input,), (dims,))


def movedim(input, source, destination):
    """Move dims from source positions to destination positions."""
    nd = input._data.ndim
    src = [source] if isinstance(source, int) else list(source)
    dst = [destination] if isinstance(destination, int) else list(destination)
    src = [_wrap_dim(d, nd) for d in src]
    dst = [_wrap_dim(d, nd) for d in dst]
    order = [d for d in range(nd) if d not in src]
    for d, s in sorted(zip(dst, src)):
        order.insert(d, s)
    return permute(input, order)


moveaxis = movedim


# --- squeeze / unsqueeze / expand ---------------------------------------------------------
_squeeze_all = defop("squeeze", lambda xp, input: input.reshape(
    tuple(s for s in input.shape if s != 1)), node="SqueezeBackward0", promote=NONE, view=True,
    vjp={"input": lambda grad, input_shape: reshape(grad, input_shape)})
_squeeze_dim = defop("squeeze", lambda xp, input, dim: xp.squeeze(input, dim) if
                     input.ndim and input.shape[dim] == 1 else input.view(),
                     node="SqueezeBackward1", promote=NONE, view=True,
                     vjp={"input": lambda grad, input_shape: reshape(grad, input_shape)})
_squeeze_dims = defop("squeeze", lambda xp, input, dims: xp.squeeze(
    input, tuple(d for d in dims if input.shape[d] == 1)), node="SqueezeBackward2",
    promote=NONE, view=True,
    vjp={"input": lambda grad, input_shape: reshape(grad, input_shape)})
_squeeze_dims4 = defop("squeeze", lambda xp, input, dims: xp.squeeze(input, dims),
                       node="SqueezeBackward4", promote=NONE, view=True,
                       vjp={"input": lambda grad, input_shape: reshape(grad, input_shape)})
_unsqueeze = defop("unsqueeze", lambda xp, input, dim: xp.expand_dims(input, dim),
                   node="UnsqueezeBackward0", promote=NONE, view=True,
                   vjp={"input": lambda grad, dim: squeeze(grad, dim)})


def _expand_forward(xp, input, shape):
    """A broadcast view that is writable when input is (NumPy's is read-only, torch's is not)."""
    out = xp.broadcast_to(input, shape)
    if type(out) is np.ndarray and input.flags.writeable:
        out.flags.writeable = True
    return out


_expand = defop("expand", _expand_forward,
                node="ExpandBackward0", promote=NONE, view=True,
                vjp={"input": lambda grad, input_shape: sum_to(grad, input_shape)})


def squeeze(input, dim=None):
    """Remove size-1 dims (all, one, or a tuple of them)."""
    nd = input._data.ndim
    if dim is None:
        return _squeeze_all.apply((input,), ())
    if isinstance(dim, (tuple, list)):
        return _squeeze_dims.apply((input,), (tuple(_wrap_dim(d, nd) for d in dim),))
    return _squeeze_dim.apply((input,), (_wrap_dim(dim, nd),))


def unsqueeze(input, dim):
    """Insert a size-1 dim at ``dim``."""
    return _unsqueeze.apply((input,), (_wrap_dim(dim, input._data.ndim + 1),))


def expand(input, *sizes):
    """Broadcast size-1 dims to larger sizes without copying (-1 keeps a size)."""
    if not sizes:
        raise TypeError('expand() missing 1 required positional arguments: "size"')
    sizes = _shape_arg(sizes)
    shp = input._data.shape
    if len(sizes) < len(shp):
        raise RuntimeError(
            f"expand({_saved_type_name(input)}{{[{', '.join(map(str, shp))}]}}, size=[{', '.join(map(str, sizes))}]): the number of sizes provided ({len(sizes)}) must be greater or equal to the number of dimensions in the tensor ({len(shp)})")  # noqa: E501
    lead = len(sizes) - len(shp)
    target = list(sizes)
    for i in reversed(range(len(sizes))):  # torch checks from the last dim, so reports it first
        s = sizes[i]
        if i < lead:
            if s == -1:
                raise RuntimeError(
                    f"The expanded size of the tensor (-1) isn't allowed in a leading, "
                    f"non-existing dimension {i}")
            continue
        cur = shp[i - lead]
        if s == -1:
            s = cur
        elif cur != s and cur != 1:
            raise RuntimeError(
                f"The expanded size of the tensor ({s}) must match the existing size ({cur}) at "
                f"non-singleton dimension {i}.  Target sizes: [{', '.join(map(str, sizes))}].  "
                f"Tensor sizes: [{', '.join(map(str, shp))}]")
        target[i] = s
    return _expand.apply((input,), (tuple(target),))


def expand_as(input, other):
    """Expand input to other's shape."""
    return expand(input, other.shape)


def broadcast_to(input, *size):
    """Expand input to ``size`` (a tuple, or sizes as separate arguments as the method takes)."""
    return expand(input, *size)


def sum_to(grad, shape):
    """Sum a broadcast gradient back to ``shape``: the engine's one place for unbroadcasting."""
    gshape = grad._data.shape
    if gshape == tuple(shape):
        return grad
    lead = len(gshape) - len(shape)
    if lead < 0:
        raise RuntimeError(f"sum_to: shape {tuple(shape)} is larger than {gshape}")
    dims = tuple(range(lead)) + tuple(
        i + lead for i, s in enumerate(shape) if s == 1 and gshape[i + lead] != 1)
    for i, s in enumerate(shape):
        if s != 1 and gshape[i + lead] != s:
            raise RuntimeError(f"sum_to: cannot reduce {gshape} to {tuple(shape)}")
    from .reduction import sum
    if not shape:  # torch sums a scalar's gradient in one op: SumBackward0, no view
        return sum(grad)
    out = sum(grad, dims, keepdim=True) if dims else grad
    if lead:
        out = reshape(out, shape)
    return out


# --- joining and splitting ----------------------------------------------------------------
def _cat_rule(grad, tensors_shape, dim, needs):
    outs, start = [], 0
    for shp, need in zip(tensors_shape, needs):
        if shp == (0,):  # a skipped 1-D empty tensor contributes nothing
            outs.append(None)
            continue
        size = shp[dim] if len(shp) else 0
        outs.append(narrow(grad, dim, start, size) if need and len(shp) else None)
        start += size
    return outs


def _channels_last(a):
    """torch's is_channels_last_strides_2d/3d: a 4-D/5-D array laid out with dim 1 fastest."""
    if a.ndim not in (4, 5) or a.strides[1] == 0:
        return False
    lowest = 0
    for d in (1, 4, 3, 2, 0) if a.ndim == 5 else (1, 3, 2, 0):
        stride = a.strides[d] // a.itemsize
        if a.shape[d] == 0 or stride < lowest or d == 0 and lowest == a.strides[1] // a.itemsize:
            return False
        lowest = stride * (a.shape[d] if a.shape[d] > 1 else 1)
    return True


def _cat_layout(xp, arrays, out):
    """torch's cat/stack layout: channels-last when every input is, else contiguous (NumPy
    follows a transposed input's layout)."""
    if out.flags.c_contiguous or all(_channels_last(a) for a in arrays):
        return out
    return xp.ascontiguousarray(out)


def _cat_forward(xp, *tensors_and_dim):
    """Concatenate, skipping 1-D empty arrays (they still count for promotion and autograd)."""
    arrays = tensors_and_dim[:-1]
    kept = [a for a in arrays if a.shape != (0,)] or arrays
    return _cat_layout(xp, kept, xp.concatenate(kept, axis=tensors_and_dim[-1]))


_cat = defop("cat", _cat_forward, node="CatBackward0",
             inputs=("*tensors",), attrs=("dim",), vjp=_cat_rule)
_stack = defop("stack", lambda xp, *tensors_and_dim: _cat_layout(xp, tensors_and_dim[:-1], xp.stack(
    tensors_and_dim[:-1], axis=tensors_and_dim[-1])), node="StackBackward0",
    inputs=("*tensors",), attrs=("dim",), vjp=lambda grad, dim, needs: unbind(grad, dim))


def _position(tensors, x):
    """Index of ``x`` by identity (``list.index`` would compare tensors element-wise)."""
    return next(i for i, t in enumerate(tensors) if t is x)


def _check_sequence(name, tensors):
    """torch's TypeError for a bare tensor where a sequence of them belongs, or for a
    sequence holding something else than tensors."""
    if isinstance(tensors, Tensor):
        raise TypeError(
            f"{name}(): argument 'tensors' (position 1) must be tuple of Tensors, not Tensor")
    for i, t in enumerate(tensors if isinstance(tensors, (list, tuple)) else ()):
        if not isinstance(t, Tensor):
            from ._argcheck import type_name
            raise TypeError(f"expected Tensor as element {i} in argument 0, but got "
                            f"{type_name(t)}")


def cat(tensors, dim=0, *, out=None):
    """Join tensors along an existing dim; 1-D empty tensors are skipped as in torch."""
    _check_sequence("cat", tensors)
    tensors = list(tensors)
    if not tensors:
        raise ValueError("torch.cat(): expected a non-empty list of Tensors")
    ref = next((x for x in tensors if x._data.shape != (0,)), tensors[0])
    d = _wrap_dim(dim, builtins.max(ref._data.ndim, 1))
    for i, x in enumerate(tensors):
        if x._data.ndim == 0:
            raise RuntimeError(
                f"zero-dimensional tensor (at position {i}) cannot be concatenated")
    kept = [x for x in tensors if x._data.shape != (0,) or ref._data.shape == (0,)]
    for x in kept:
        if x._data.ndim != ref._data.ndim:
            raise RuntimeError(
                f"Tensors must have same number of dimensions: got {ref._data.ndim} and "
                f"{x._data.ndim}")
        for k, (a, b) in enumerate(zip(ref._data.shape, x._data.shape)):
            if k != d and a != b:
                raise RuntimeError(
                    f"Sizes of tensors must match except in dimension {d}. Expected size {a} "
                    f"but got size {b} for tensor number {_position(tensors, x)} in the list.")
    return _cat.apply(tuple(tensors), (d,))


concat = concatenate = cat


def stack(tensors, dim=0, *, out=None):
    """Join tensors along a new dim."""
    _check_sequence("stack", tensors)
    tensors = list(tensors)
    if not tensors:
        raise RuntimeError("stack expects a non-empty TensorList")
    shp = tensors[0]._data.shape
    for i, x in enumerate(tensors):
        if x._data.shape != shp:
            raise RuntimeError(
                f"stack expects each tensor to be equal size, but got "
                f"[{', '.join(map(str, shp))}] at entry 0 and "
                f"[{', '.join(map(str, x._data.shape))}] at entry {i}")
    return _stack.apply(tuple(tensors), (_wrap_dim(dim, len(shp) + 1),))


def hstack(tensors):
    """Stack horizontally (dim 1, or dim 0 for 1-D tensors)."""
    return cat(tensors, 0 if tensors[0]._data.ndim == 1 else 1)


def vstack(tensors):
    """Stack vertically, making 1-D tensors rows."""
    return cat([x.unsqueeze(0) if x._data.ndim == 1 else x for x in tensors], 0)


def _unbind_rule(grads, input_shape, dim):
    from .._creation import zeros
    parts = [g if g is not None else None for g in grads]
    like = next(g for g in parts if g is not None)
    shape = tuple(s for i, s in enumerate(input_shape) if i != dim)
    parts = [g if g is not None else zeros(shape, dtype=like.dtype) for g in parts]
    return stack(parts, dim)


def _unbind_forward(xp, input, dim):
    return tuple(xp.take(input, i, axis=dim) for i in range(input.shape[dim]))


def unbind(input, dim=0):
    """Split into the slices along ``dim`` (each drops that dim)."""
    if not input._data.ndim:
        raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
    d = _wrap_dim(dim, input._data.ndim)
    n = input._data.shape[d]
    op = _unbind_op(n)
    out = op.apply((input,), (d,))
    return out if isinstance(out, tuple) else (out,)


_UNBIND_OPS = {}


def _unbind_op(n):
    op = _UNBIND_OPS.get(n)
    if op is None:
        op = _UNBIND_OPS[n] = defop(
            "unbind", lambda xp, input, dim: tuple(
                input[(slice(None),) * dim + (i, ...)] for i in range(input.shape[dim])),
            node="UnbindBackward0", promote=NONE, view=True, outputs=n,
            vjp={"input": _unbind_rule})
    return op


def _split_rule(grads, input_shape, dim, sizes):
    from .._creation import zeros
    like = next(g for g in grads if g is not None)
    parts = []
    for g, s in zip(grads, sizes):
        if g is None:
            shape = tuple(s if i == dim else n for i, n in enumerate(input_shape))
            g = zeros(shape, dtype=like.dtype)
        parts.append(g)
    return cat(parts, dim)


_SPLIT_OPS = {}


def _split_op(n, node="SplitBackward0"):
    """The split op with ``n`` outputs; a list of sizes records SplitWithSizesBackward0."""
    op = _SPLIT_OPS.get((n, node))
    if op is None:
        op = _SPLIT_OPS[n, node] = defop(
            "split", lambda xp, input, dim, sizes: tuple(
                input[(slice(None),) * dim + (slice(s, s + k),)]
                for s, k in zip(np.cumsum((0,) + sizes[:-1]).tolist(), sizes)),
            node=node, promote=NONE, view=True, outputs=n,
            vjp={"input": _split_rule})
    return op


def split(tensor, split_size_or_sections, dim=0):
    """Split into chunks of a given size, or into the given list of sizes."""
    if not tensor._data.ndim:
        raise RuntimeError("split expects at least a 1-dimensional tensor")
    d = _wrap_dim(dim, tensor._data.ndim)
    n = tensor._data.shape[d]
    if isinstance(split_size_or_sections, int):
        k = split_size_or_sections
        if k < 0:
            raise RuntimeError(
                f"split expects split_size be non-negative, but got split_size={k}")
        if k == 0 and n:
            raise RuntimeError("split_size can only be 0 if dimension size is 0, but got "
                               f"dimension size of {n}")
        sizes = tuple(builtins.min(k, n - s) for s in range(0, n, k)) if n else (0,)
    else:
        sizes = tuple(split_size_or_sections)
        if builtins.sum(sizes) != n:
            raise RuntimeError(
                f"split_with_sizes expects split_sizes to sum exactly to {n} (input tensor's "
                f"size at dimension {d}), but got split_sizes=[{', '.join(map(str, sizes))}]")
    node = "SplitBackward0" if isinstance(split_size_or_sections, int) else \
        "SplitWithSizesBackward0"
    out = _split_op(len(sizes), node).apply((tensor,), (d, sizes))
    return out if isinstance(out, tuple) else (out,)


def chunk(input, chunks, dim=0):
    """Split into ``chunks`` pieces of equal size (the last may be smaller)."""
    if not input._data.ndim:
        raise RuntimeError("chunk expects at least a 1-dimensional tensor")
    if chunks <= 0:
        raise RuntimeError(f"chunk expects `chunks` to be greater than 0, got: {chunks}")
    n = input._data.shape[_wrap_dim(dim, input._data.ndim)]
    size = -(-n // chunks) if n else 1
    return split(input, size, dim)


# --- slices, flips ------------------------------------------------------------------------
def _slice_backward_forward(xp, grad, input_shape, dim, start, end, step):
    out = xp.zeros(input_shape, dtype=grad.dtype)
    out[(slice(None),) * dim + (slice(start, end, step),)] = grad
    return out


_slice = defop("slice", lambda xp, input, dim, start, end, step: input[
    (slice(None),) * dim + (slice(start, end, step),)], node="SliceBackward0", promote=NONE,
    view=True, vjp={"input": lambda grad, input_shape, dim, start, end, step: slice_backward(
        grad, input_shape, dim, start, end, step)})
_slice_backward = defop("slice_backward", _slice_backward_forward,
                        node="SliceBackwardBackward0", inputs=("grad",), promote=NONE,
                        vjp={"grad": lambda grad, dim, start, end, step: _slice.apply(
                            (grad,), (dim, start, end, step))})


def slice_backward(grad, input_shape, dim, start, end, step):
    """Place ``grad`` into zeros of ``input_shape`` at a slice (the gradient of slicing)."""
    return _slice_backward.apply((grad,), (input_shape, dim, start, end, step))


def narrow(input, dim, start, length):
    """Return the slice [start, start+length) of dim ``dim`` (a view)."""
    d = _wrap_dim(dim, input._data.ndim)
    size = input._data.shape[d]
    if not -size <= start <= size:
        raise IndexError(f"start out of range (expected to be in range of [{-size}, {size}], "
                         f"but got {start})")
    if start < 0:
        start += size
    if length < 0:
        raise RuntimeError("narrow(): length must be non-negative.")
    if start + length > size:
        raise RuntimeError(
            f"start ({start}) + length ({length}) exceeds dimension size ({size}).")
    return _slice.apply((input,), (d, start, start + length, 1))


# torch's flip copies, never a view: later in-place writes must not reach its input.
def _flip_forward(xp, input, dims):
    """A flipped copy laid out as torch's ``empty_like(input, Preserve)``: dense, in the input's
    dim order (a transposed input stays transposed); an expanded input gives a contiguous one."""
    expanded = any(s == 0 and n > 1 for s, n in zip(input.strides, input.shape))
    return xp.flip(input, dims).copy(order="C" if expanded else "K")


_flip = defop("flip", _flip_forward,
              node="FlipBackward0", promote=NONE,
              vjp={"input": lambda grad, dims: flip(grad, dims)})


def flip(input, dims):
    """Reverse the order of elements along ``dims``."""
    if isinstance(dims, int):
        dims = (dims,)
    nd = input._data.ndim
    dims = tuple(_wrap_dim(d, nd) for d in dims)
    for d in dims:
        if dims.count(d) > 1:
            raise RuntimeError(f"dim {d} appears multiple times in the list of dims")
    return _flip.apply((input,), (dims if nd else (),))  # a 0-d tensor accepts dim 0 or -1


def _to_forward(xp, input, dtype):
    return input.astype(dtype.np)


def _to_copy_rule(grad, input_dtype):
    """torch's _to_copy_backward: a real input takes the real part of a complex grad."""
    if grad.dtype.is_complex and not input_dtype.is_complex:
        grad = grad.real
    return grad.to(input_dtype)


_to_copy = defop("_to_copy", _to_forward, node="ToCopyBackward0", promote=NONE,
                 vjp={"input": _to_copy_rule})


def to_dtype(input, dtype, copy=False):
    """Return input cast to ``dtype`` (itself if already that dtype and no copy asked)."""
    if input.dtype is dtype and not copy:
        return input
    if dtype.is_floating_point or dtype.is_complex:
        return _to_copy.apply((input,), (dtype,))
    out = Tensor._make(input._data.astype(dtype.np))
    return out




METHODS = ("view", "reshape", "view_as", "reshape_as", "flatten", "unflatten", "clone",
           "contiguous", "transpose", "swapaxes", "swapdims", "t", "permute", "movedim",
           "moveaxis", "squeeze", "unsqueeze", "expand", "expand_as", "broadcast_to", "unbind",
           "split", "chunk", "narrow", "flip")
