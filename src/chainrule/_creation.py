"""Tensor factories: tensor, as_tensor, from_numpy, zeros/ones/full/empty, arange, linspace, eye."""

import functools
import numbers

import numpy as np

from . import _dtype
from ._device import as_device, usable_device
from ._tensor import Tensor


def _infer_dtype(data):
    """Torch's inference: bools stay bool, ints give int64, floats the default dtype."""
    kinds = set()
    stack = [data]
    while stack:
        d = stack.pop()
        if isinstance(d, Tensor):
            kinds.add(d.dtype)
        elif isinstance(d, (np.ndarray, np.generic)):  # NumPy scalars keep their dtype too
            kinds.add(_dtype.from_numpy_dtype(d.dtype))
        elif isinstance(d, (list, tuple, range)):
            stack.extend(d)
        elif isinstance(d, bool) or isinstance(d, np.bool_):
            kinds.add(_dtype.bool_)
        elif isinstance(d, numbers.Integral):
            kinds.add(_dtype.int64)
        elif isinstance(d, complex):
            kinds.add(_dtype.default_complex())
        elif isinstance(d, numbers.Real):
            kinds.add(_dtype.get_default_dtype())
        elif isinstance(d, str):
            if d is data:
                raise TypeError("new(): invalid data type 'str'")
            raise ValueError("too many dimensions 'str'")
        else:
            raise RuntimeError(f"Could not infer dtype of {type(d).__name__}")
    if not kinds:
        return _dtype.get_default_dtype()
    out = None
    for k in kinds:
        out = k if out is None else _dtype.promote_types(out, k)
    return out


def _array_from_data(data, dtype=None):
    """Copy ``data`` (nested sequences, arrays, tensors, scalars) into a new NumPy array."""
    if isinstance(data, Tensor):
        arr = data._data
        return arr.astype(dtype.np) if dtype is not None else arr.copy()
    if isinstance(data, np.ndarray):
        _check_strides(data)
    if isinstance(data, np.ndarray) and dtype is None:
        _dtype.from_numpy_dtype(data.dtype)
        return data.copy()
    if dtype is None:
        dtype = _infer_dtype(data)
    if isinstance(data, (list, tuple)) and any(isinstance(d, Tensor) for d in _flat(data)):
        data = _to_nested(data)
    try:
        with np.errstate(over="ignore"):  # torch overflows to inf without a warning
            return np.array(data, dtype=dtype.np)
    except ValueError:
        _check_ragged(data, dtype)
        raise
    except OverflowError:
        return _wrapped_integers(data, dtype)


def _wrapped_integers(data, dtype):
    """Python numbers NumPy refuses for an integer dtype: torch's overflow errors, or the
    values wrapped as torch stores them (an unsigned type takes negatives down to -max)."""
    info = np.iinfo(dtype.np)
    for v in _flat(data):
        if isinstance(v, numbers.Integral) and not -2 ** 63 <= v < 2 ** 63:
            raise ValueError("Overflow when unpacking long long")
        low = -info.max if info.min == 0 else info.min
        if isinstance(v, numbers.Real) and not low <= v <= info.max:
            raise RuntimeError(f"value cannot be converted to type {dtype.name} without overflow")
    return np.array(data, dtype=np.int64).astype(dtype.np)


def _check_ragged(data, dtype):
    """Raise torch's error for nested sequences that do not form a grid: the shape comes from
    the first element at each depth, and the first misfit in depth-first order is reported."""
    seq = (list, tuple, range)
    shape, d = [], data
    while isinstance(d, seq):
        shape.append(len(d))
        if not len(d):
            break
        d = d[0]
    stack = [(data, 0)]
    while stack:
        d, dim = stack.pop()
        if dim < len(shape):
            if not isinstance(d, seq):
                raise TypeError("not a sequence")
            if len(d) != shape[dim]:
                raise ValueError(
                    f"expected sequence of length {shape[dim]} at dim {dim} (got {len(d)})")
            stack.extend((x, dim + 1) for x in reversed(d))
        elif isinstance(d, seq):
            name = type(d).__name__
            raise TypeError(f"must be real number, not {name}" if dtype.is_floating_point
                            else f"'{name}' object cannot be interpreted as an integer")


def _flat(data):
    stack = [data]
    while stack:
        d = stack.pop()
        if isinstance(d, (list, tuple)):
            stack.extend(d)
        else:
            yield d


def _to_nested(data):
    if isinstance(data, Tensor):  # torch reads a tensor inside a list as one number
        if data._data.size != 1:
            if data._data.dtype.kind in "iu":
                raise TypeError(
                    "only integer tensors of a single element can be converted to an index")
            raise ValueError("only one element tensors can be converted to Python scalars")
        return data._data.reshape(())
    if isinstance(data, (list, tuple)):
        return [_to_nested(d) for d in data]
    return data


def _finish(arr, requires_grad):
    t = Tensor._make(arr)
    if requires_grad:
        _require(t)
    return t


def _require(t):
    if t._data.dtype.kind not in "fc":
        raise RuntimeError("Only Tensors of floating point and complex dtype can require gradients")
    t._rg = True


def tensor(data, *, dtype=None, device=None, requires_grad=False, pin_memory=False):
    """Copy data into a new leaf tensor; Python floats give float32, ints int64 (torch's rules).

    >>> chainrule.tensor([1., 2.], requires_grad=True)
    tensor([1., 2.], requires_grad=True)
    """
    if isinstance(data, Tensor):
        import warnings
        warnings.warn(
            "To copy construct from a tensor, it is recommended to use sourceTensor.detach()."
            "clone() or sourceTensor.detach().clone().requires_grad_(True), rather than "
            "torch.tensor(sourceTensor).", UserWarning,
            stacklevel=3)  # the caller of the public wrapper (_python_dtypes)
    as_device(device)
    return _finish(_array_from_data(data, dtype), requires_grad)


def as_tensor(data, dtype=None, device=None):
    """Convert data to a tensor, sharing memory with tensors and arrays where possible."""
    if isinstance(data, Tensor):
        return data if dtype is None or data.dtype is dtype else data.to(dtype)
    if isinstance(data, np.ndarray):
        _dtype.from_numpy_dtype(data.dtype)
        _check_strides(data)
        arr = data if dtype is None else data.astype(dtype.np, copy=False)
        return Tensor._make(arr)
    return tensor(data, dtype=dtype)


def from_numpy(ndarray):
    """Wrap a NumPy array without copying: changes to one show in the other."""
    if not isinstance(ndarray, np.ndarray):
        raise TypeError(f"expected np.ndarray (got {type(ndarray).__name__})")
    _dtype.from_numpy_dtype(ndarray.dtype)
    _check_strides(ndarray)
    return Tensor._make(ndarray)


def _check_strides(arr):
    """torch cannot wrap (or copy from) arrays with negative strides."""
    if any(s < 0 for s in arr.strides):
        raise ValueError(
            "At least one stride in the given numpy array is negative, and tensors with negative "
            "strides are not currently supported. (You can probably work around this by making a "
            "copy of your array  with array.copy().) ")


def _is_size_int(s):
    """An integer a size may hold: Python/NumPy ints and integral tensors."""
    if isinstance(s, Tensor):
        return not (s.dtype.is_floating_point or s.dtype.is_complex)
    return isinstance(s, (numbers.Integral, np.integer))


def _size(size, keyword=None, name="empty"):
    """Shape from ``f(2, 3)``, ``f((2, 3))`` or ``f(size=(2, 3))`` (torch accepts all three),
    raising torch's argument-parser messages for a non-integer size."""
    where = " (position 1)" if keyword is None else ""
    if keyword is not None:
        size = (keyword,)
    if len(size) == 1 and not isinstance(size[0], (tuple, list)) and not _is_size_int(size[0]):
        raise TypeError(f"{name}(): argument 'size'{where} must be tuple of ints, not "
                        f"{type(size[0]).__name__}")
    packed = len(size) == 1 and isinstance(size[0], (tuple, list))
    if packed:
        size = size[0]
    for pos, s in enumerate(size):
        if _is_size_int(s):
            continue
        if pos and packed or pos and len(size) > 1:
            raise TypeError(f"{name}(): argument 'size' failed to unpack the object at pos "
                            f"{pos + 1} with error \"type must be tuple of ints,but got "
                            f"{type(s).__name__}\"")
        if packed:
            raise TypeError(f"{name}(): argument 'size'{where} must be tuple of ints, but found "
                            f"element of type {type(s).__name__} at pos 0")
        raise TypeError(f"{name}() takes 1 positional argument but {len(size)} were given")
    shape = tuple(int(s) for s in size)
    for s in shape:
        if s < 0:
            raise RuntimeError(f"Trying to create tensor with negative dimension {s}: "
                               f"[{', '.join(map(str, shape))}]")
    return shape


def _factory(fill, name=None):
    def make(*args, size=None, out=None, dtype=None, layout=None, device=None,
             requires_grad=False, pin_memory=False, memory_format=None):
        dt = dtype or _dtype.get_default_dtype()
        try:
            shape = _size(args, size, make.__name__)
        except RuntimeError:
            if name is None:
                raise
            raise RuntimeError(f"{name}: Dimension size must be non-negative.") from None
        return _finish(fill(shape, dt.np), requires_grad)
    return make


zeros = _factory(np.zeros, "zeros")  # torch's zeros has its own negative-size message
ones = _factory(np.ones)
empty = _factory(np.zeros)
zeros.__doc__ = "Return a tensor of zeros of the given shape."
ones.__doc__ = "Return a tensor of ones of the given shape."
empty.__doc__ = "Return a tensor of the given shape (zero-filled, so never uninitialised)."
zeros.__name__, ones.__name__, empty.__name__ = "zeros", "ones", "empty"


def full(size, fill_value, *, out=None, dtype=None, layout=None, device=None,
         requires_grad=False):
    """Return a tensor of the given shape filled with ``fill_value`` (dtype inferred as torch)."""
    if not isinstance(size, (tuple, list)):
        raise TypeError("full(): argument 'size' (position 1) must be tuple of ints, not "
                        f"{type(size).__name__}")
    size = _size((size,), name="full")
    dt = dtype or _infer_dtype(fill_value)
    return _finish(np.full(tuple(size), fill_value, dtype=dt.np), requires_grad)


def _like(fill):
    def make(input, *, dtype=None, layout=None, device=None, requires_grad=False,
             memory_format=None):
        dt = dtype or input.dtype
        return _finish(fill(input._data.shape, dt.np), requires_grad)
    return make


zeros_like = _like(np.zeros)
ones_like = _like(np.ones)
empty_like = _like(np.zeros)
zeros_like.__doc__ = "Return zeros with the shape and dtype of ``input``."
ones_like.__doc__ = "Return ones with the shape and dtype of ``input``."
empty_like.__doc__ = "Return a zero-filled tensor with the shape and dtype of ``input``."
zeros_like.__name__, ones_like.__name__, empty_like.__name__ = "zeros_like", "ones_like", \
    "empty_like"


def full_like(input, fill_value, *, dtype=None, layout=None, device=None, requires_grad=False,
              memory_format=None):
    """Return a tensor like ``input`` filled with ``fill_value``."""
    dt = dtype or input.dtype
    return _finish(np.full(input._data.shape, fill_value, dtype=dt.np), requires_grad)


def arange(start, end=None, step=1, *, out=None, dtype=None, layout=None, device=None,
           requires_grad=False):
    """Return values from start to end (exclusive) by step; int64 unless a float is given."""
    if end is None:
        start, end = 0, start
    vals = [start, end, step]
    vals = [v.item() if isinstance(v, Tensor) else v for v in vals]
    if dtype is None:
        dtype = _dtype.int64 if all(isinstance(v, numbers.Integral) for v in vals) else \
            _dtype.get_default_dtype()
    start, end, step = vals
    if dtype is _dtype.bool_:
        raise NotImplementedError("\"arange_cpu\" not implemented for 'Bool'")
    if dtype is _dtype.int64:  # torch sizes int64 ranges from the truncated bounds and step
        if step and not int(step):
            raise ValueError("step must be nonzero")
        start, end, step = int(start), int(end), int(step)
    if step == 0:
        raise RuntimeError("step must be nonzero")
    if (step > 0 and end < start) or (step < 0 and end > start):
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    n = max(int(np.ceil((end - start) / step)), 0)
    if dtype.is_floating_point:
        arr = (start + np.arange(n, dtype=np.float64) * step).astype(dtype.np)
    else:  # the other integer types: size from the float bounds, values from truncated ones
        arr = (int(start) + np.arange(n, dtype=np.int64) * int(step)).astype(dtype.np)
    return _finish(arr, requires_grad)


def linspace(start, end, steps, *, out=None, dtype=None, layout=None, device=None,
             requires_grad=False):
    """Return ``steps`` evenly spaced values from start to end inclusive."""
    dt = dtype or _dtype.get_default_dtype()
    if steps < 0:
        raise RuntimeError("number of steps must be non-negative")
    # Torch rounds the step to the output's float type (double for integer outputs), then fills
    # the first half from start and the second from end with fused multiply-adds, which extended
    # precision reproduces (a single step is start).
    ct = dt.np.type if dt.is_floating_point else np.float64
    start, end = ct(start), ct(end)
    step = np.longdouble((end - start) / ct(steps - 1) if steps > 1 else 0)
    idx = np.arange(steps, dtype=np.longdouble)
    arr = np.where(idx < (steps // 2 or 1), np.longdouble(start) + step * idx,
                   np.longdouble(end) - step * (steps - 1 - idx))
    return _finish(arr.astype(dt.np), requires_grad)


def logspace(start, end, steps, base=10.0, *, dtype=None, requires_grad=False, device=None):
    """Return ``steps`` values base**linspace(start, end)."""
    dt = dtype or _dtype.get_default_dtype()
    return _finish(np.power(base, linspace(start, end, steps, dtype=_dtype.float64)._data
                            ).astype(dt.np), requires_grad)


def eye(n, m=None, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    """Return an n x m matrix with ones on the diagonal."""
    for arg, position, value in (("n", 1, n), ("m", 2, m)):
        if value is not None and not isinstance(value, (numbers.Integral, np.integer)):
            raise TypeError(f"eye(): argument '{arg}' (position {position}) must be int, not "
                            f"{type(value).__name__}")
    dt = dtype or _dtype.get_default_dtype()
    return _finish(np.eye(n, n if m is None else m, dtype=dt.np), requires_grad)


def scalar_tensor(s, *, dtype=None, device=None, requires_grad=False):
    """Return a 0-d tensor holding ``s`` (default float dtype)."""
    dt = dtype or _dtype.get_default_dtype()
    return _finish(np.asarray(s, dtype=dt.np), requires_grad)


def _python_dtypes(fn):
    """Let ``fn`` take Python's float/int/bool/complex as its ``dtype``, as torch's factories."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if "dtype" in kwargs:
            kwargs["dtype"] = dt = _dtype.canonical(kwargs["dtype"])
            if dt is not None and not isinstance(dt, _dtype.dtype):
                raise TypeError(f"{fn.__name__}(): argument 'dtype' must be torch.dtype, not "
                                f"{type(dt).__name__}")
        if name_like := fn.__name__ if fn.__name__.endswith("_like") else None:
            from ._ops._argcheck import require_tensor
            require_tensor(name_like, "input", 1, args[0] if args else kwargs.get("input"))
        if kwargs.get("device") is not None:
            usable_device(kwargs["device"])
        return fn(*args, **kwargs)
    return wrapper


tensor, as_tensor, full, arange, linspace, logspace, eye, scalar_tensor = map(
    _python_dtypes, (tensor, as_tensor, full, arange, linspace, logspace, eye, scalar_tensor))
zeros, ones, empty, zeros_like, ones_like, empty_like, full_like = map(
    _python_dtypes, (zeros, ones, empty, zeros_like, ones_like, empty_like, full_like))
