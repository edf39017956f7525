"""Attach operators and op methods to Tensor; the math itself lives in _ops."""

import numpy as np

from . import _dtype
from ._device import usable_device
from ._ops import (
    indexing,
    linalg,
    linalg_more,
    pointwise,
    pointwise_more,
    reduction,
    reduction_more,
    shape,
    shape_more,
)
from ._ops import nn as nn_ops
from ._ops._registry import SavedResult, SavedTensor
from ._ops.indexing import assign, check_inplace, check_no_grad_view, check_partial_overlap
from ._ops.pointwise import _add, _div, _mul
from ._tensor import Tensor
from .autograd.forward_ad import state as _fw_state
from .autograd.grad_mode import state as grad_state

T = Tensor

# --- operators: straight to the op entries, skipping the keyword-parsing wrappers --------
# Lists, tuples, strings and None are not operands: Python's TypeError (t + [1]), as torch.
NOT_OPERANDS = (list, tuple, str, type(None))


def _array_operand(other):
    """A NumPy array operand acts as the tensor it converts to (``t + np.ones(2)``, as torch)."""
    from ._creation import as_tensor
    return as_tensor(other)


def _add_operator(self, other):
    if type(other) is not T and isinstance(other, NOT_OPERANDS):
        return NotImplemented
    if type(other) is np.ndarray and other.ndim:
        other = _array_operand(other)
    return _add.apply((self, other), (1,))


def _mul_operator(self, other):
    if type(other) is not T and isinstance(other, NOT_OPERANDS):
        return NotImplemented
    if type(other) is np.ndarray and other.ndim:
        other = _array_operand(other)
    return _mul.apply((self, other), ())


def _truediv_operator(self, other):
    if type(other) is not T and isinstance(other, NOT_OPERANDS):
        return NotImplemented
    if type(other) is np.ndarray and other.ndim:
        other = _array_operand(other)
    return _div.apply((self, other), ())


def _operator(fn, reflected=False):
    """A binary operator calling ``fn`` directly, refusing non-operands (torch's TypeError)."""
    if reflected:
        def method(self, other):
            if type(other) is not T and isinstance(other, NOT_OPERANDS):
                return NotImplemented
            if type(other) is np.ndarray and other.ndim:
                other = _array_operand(other)
            return fn(other, self)
    else:
        def method(self, other):
            if type(other) is not T and isinstance(other, NOT_OPERANDS):
                return NotImplemented
            if type(other) is np.ndarray and other.ndim:
                other = _array_operand(other)
            return fn(self, other)
    return method


T.__add__ = T.__radd__ = _add_operator
T.__sub__ = _operator(pointwise.sub)
T.__rsub__ = _operator(pointwise.rsub)
T.__mul__ = T.__rmul__ = _mul_operator
T.__truediv__ = _truediv_operator
T.__rtruediv__ = _operator(lambda self, other: pointwise.reciprocal(self) * other)
T.__floordiv__ = _operator(pointwise.floor_divide)
T.__rfloordiv__ = _operator(pointwise.floor_divide, reflected=True)  # promotes 7.5 // i
T.__mod__ = _operator(pointwise.remainder)
T.__rmod__ = _operator(pointwise.remainder, reflected=True)
T.__pow__ = _operator(pointwise.pow)
T.__rpow__ = _operator(pointwise.pow, reflected=True)
T.__matmul__ = _operator(linalg.matmul)
T.__rmatmul__ = _operator(linalg.matmul, reflected=True)
T.__neg__ = lambda self: pointwise.neg(self)
T.__pos__ = lambda self: self
T.__abs__ = lambda self: pointwise.abs(self)


def _invert(self):
    if self.dtype.is_floating_point or self.dtype.is_complex:
        raise TypeError(
            "~ (operator.invert) is only implemented on integer and Boolean-type tensors")
    return pointwise.bitwise_not(self)


T.__invert__ = _invert
# torch answers ``t == None`` with a plain bool (Python's identity fallback), not a tensor.
T.__eq__ = lambda self, other: False if other is None else pointwise.eq(
    self, _array_operand(other) if type(other) is np.ndarray and other.ndim else other)
T.__ne__ = lambda self, other: True if other is None else pointwise.ne(
    self, _array_operand(other) if type(other) is np.ndarray and other.ndim else other)
T.__lt__ = _operator(pointwise.lt)


def _contains(self, element):
    """``x in t``: whether any element equals ``x`` (torch compares, it does not iterate)."""
    import numbers
    if not isinstance(element, (Tensor, numbers.Number, np.generic)):
        raise RuntimeError("Tensor.__contains__ only supports Tensor or scalar, but you passed in "
                           f"a {type(element)}.")
    return bool(pointwise.eq(self, element).any().item())


T.__contains__ = _contains
T.__le__ = _operator(pointwise.le)
T.__gt__ = _operator(pointwise.gt)
T.__ge__ = _operator(pointwise.ge)
T.__and__ = T.__rand__ = lambda self, other: pointwise.bitwise_and(self, other)
T.__or__ = T.__ror__ = lambda self, other: pointwise.bitwise_or(self, other)
T.__xor__ = T.__rxor__ = lambda self, other: pointwise.bitwise_xor(self, other)
T.__getitem__ = indexing.getitem
T.__setitem__ = indexing.setitem

# --- methods ----------------------------------------------------------------------------
for _module in (pointwise, reduction, shape, linalg, indexing, pointwise_more, reduction_more,
                shape_more, linalg_more, nn_ops):
    for _name in getattr(_module, "METHODS", ()):
        setattr(T, _name, getattr(_module, _name))
    for _name, _fn in getattr(_module, "METHOD_ALIASES", {}).items():
        setattr(T, _name, _fn)



def _flip_method(self, *dims, **kwargs):
    """``x.flip(0, 1)``: the method also takes the dims spread out, as torch's."""
    return shape.flip(self, kwargs["dims"] if "dims" in kwargs else
                      dims[0] if len(dims) == 1 else dims)


T.flip = _flip_method
T.T = property(lambda self: shape.permute(self, tuple(range(self.ndim))[::-1]))
T.mT = property(lambda self: shape.transpose(self, -2, -1))
T.H = property(lambda self: self.T.conj() if self.is_complex() else self.T)
T.mH = property(lambda self: self.mT.conj() if self.is_complex() else self.mT)


def _where_method(self, condition, other):
    return pointwise.where(condition, self, other)


T.where = _where_method


# --- in-place forms ---------------------------------------------------------------------
_CASTABLE = {"b": "b", "u": "bu", "i": "bui", "f": "buif", "c": "buifc"}


def inplace(fn):
    """Build ``x.op_(...)`` from ``op``: compute out of place, then write into x."""
    def method(self, *args, **kwargs):
        # torch's fill_(number) and masked_fill_ write into expanded memory without complaint
        check_inplace(self, fn.__name__ != "masked_fill" and (
            fn is not _filled or isinstance(args[0] if args else kwargs.get("value"), Tensor)))
        if fn.__name__ != "masked_fill" and fn is not _filled:  # fill_ clones an aliased value
            for a in (*args, *kwargs.values()):
                if isinstance(a, Tensor):
                    check_partial_overlap(self._data, a._data)
        if fn.__name__ == "abs" and self._data.dtype.kind == "c":
            raise RuntimeError("In-place abs is not supported for complex tensors.")
        recording = grad_state.enabled
        new = fn(self, *args, **kwargs)
        if _fw_state.batch:
            from .func._batching import check_batched_inplace
            check_batched_inplace(self, new, fn.__name__)
        if new._data.shape != self._data.shape:
            raise RuntimeError(
                f"output with shape [{', '.join(map(str, self.shape))}] doesn't match the "
                f"broadcast shape [{', '.join(map(str, new.shape))}]")
        if new._data.dtype.kind not in _CASTABLE[self._data.dtype.kind]:
            raise RuntimeError(
                f"result type {_TYPE_WORD[new.dtype.name]} can't be cast to the desired output "
                f"type {(_CPP_WORD if fn.__name__ in _CPP_NAMED else _TYPE_WORD)[self.dtype.name]}")
        node = new.grad_fn if recording else None
        if node is not None and self._base is not None:
            check_no_grad_view(self)
        snapshot = None
        if node is not None and getattr(node, "_saved", None):
            first = node._op.input_names[0]  # torch keeps a copy of self only, not of other
            for k, v in node._saved.items():
                if (v is self or isinstance(v, SavedTensor) and v.tensor is self) and k == first:
                    if snapshot is None:
                        snapshot = Tensor._make(self._data.copy())
                        snapshot._rg, snapshot.grad_fn = self._rg, self.grad_fn
                        snapshot._output_nr = self._output_nr
                    node._saved[k] = SavedTensor(snapshot)
        assign(self, new)
        if node is not None and getattr(node, "_saved", None):
            for k, v in node._saved.items():
                if isinstance(v, SavedResult) and self.grad_fn is node:
                    node._saved[k] = SavedResult(self)
                elif isinstance(v, SavedResult) and self._base is not None:
                    node._saved[k] = SavedTensor(self)  # torch: the view, with its new history
        return self
    method.__name__ = fn.__name__ + "_"
    method.__doc__ = f"In-place version of ``{fn.__name__}``."
    return method


# torch's clamp kernels name the output type by its C++ type, the others by ScalarType.
_CPP_NAMED = ("clamp", "clip", "clamp_min", "clamp_max")
_CPP_WORD = {"int64": "long int", "int32": "int", "int16": "short int", "int8": "signed char",
             "uint8": "unsigned char", "bool": "bool", "float32": "float", "float64": "double",
             "float16": "c10::Half"}
_TYPE_WORD = {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte",
              "bool": "Bool", "float32": "Float", "float64": "Double", "float16": "Half",
              "complex64": "ComplexFloat", "complex128": "ComplexDouble"}

for _name in ("add", "sub", "mul", "div", "neg", "pow", "exp", "log", "sqrt", "sin", "cos",
              "tan", "tanh", "sigmoid", "relu", "abs", "sign", "clamp", "clip", "reciprocal",
              "square", "masked_fill", "maximum", "minimum", "clamp_min", "clamp_max"):
    _fn = getattr(T, _name, None) or getattr(pointwise, _name)
    setattr(T, _name + "_", inplace(_fn))
for _module in (pointwise_more, reduction_more, shape_more):
    for _name in _module.INPLACE:
        setattr(T, _name + "_", inplace(getattr(T, _name)))

T.__iadd__ = inplace(T.__add__)
T.__isub__ = inplace(T.__sub__)
T.__imul__ = inplace(T.__mul__)
T.__itruediv__ = inplace(T.__truediv__)
T.__ipow__ = inplace(T.__pow__)
T.__iand__ = inplace(T.__and__)
T.__ior__ = inplace(T.__or__)
for _fn in (T.__iadd__, T.__isub__, T.__imul__, T.__itruediv__, T.__ipow__):
    _fn.__name__ = _fn.__name__.replace("___", "__")


def _filled(self, value):
    if isinstance(value, Tensor):
        if value.ndim != 0:
            raise RuntimeError(
                "fill_ only supports 0-dimension value tensor but got tensor with "
                f"{value.ndim} dimensions.")
        return shape.expand(shape.to_dtype(value, self.dtype), self.shape)
    return Tensor._make(np.full(self._data.shape, value, dtype=self._data.dtype))


def _copied(self, src, non_blocking=False):
    src = src if isinstance(src, Tensor) else Tensor._make(np.asarray(src))
    a, b = tuple(self.shape), tuple(src.shape)
    for i in range(1, len(b) + 1):  # torch names the clash as a broadcast, not an expand
        if i > len(a) or b[-i] not in (1, a[-i]):
            if i <= len(a):
                raise RuntimeError(
                    f"The size of tensor a ({a[-i]}) must match the size of tensor b ({b[-i]}) "
                    f"at non-singleton dimension {len(a) - i}")
            raise RuntimeError(f"output with shape [{', '.join(map(str, a))}] doesn't match the "
                               f"broadcast shape [{', '.join(map(str, b[:len(b) - len(a)] + a))}]")
    from ._ops.copy_into import copy_into  # torch's node for copy_ is CopyBackwards
    return copy_into(self, src)


fill_ = inplace(_filled)
fill_.__name__, fill_.__doc__ = "fill_", "Fill with ``value`` in place."
copy_ = inplace(_copied)
copy_.__name__, copy_.__doc__ = "copy_", "Copy ``src`` (broadcast and cast) into self in place."


def zero_(self):
    """Fill with zeros in place (as ``x.grad.zero_()`` between steps)."""
    return fill_(self, 0)


T.fill_ = fill_
T.zero_ = zero_
T.copy_ = copy_


def uniform_(self, a=0.0, b=1.0, *, generator=None):
    from .random import fill_uniform_
    check_inplace(self)
    return fill_uniform_(self, a, b, generator)


def normal_(self, mean=0.0, std=1.0, *, generator=None):
    from .random import fill_normal_
    check_inplace(self)
    return fill_normal_(self, mean, std, generator)


T.uniform_ = uniform_
T.normal_ = normal_


def random_(self, *bounds, generator=None, **kw):
    from .random import fill_random_
    check_inplace(self)
    bounds = bounds + tuple(kw[k] for k in ("from", "to") if k in kw)
    return fill_random_(self, *bounds, generator=generator)


def bernoulli_(self, p=0.5, *, generator=None):
    from .random import fill_bernoulli_
    check_inplace(self)
    return fill_bernoulli_(self, p, generator)


def exponential_(self, lambd=1.0, *, generator=None):
    from .random import fill_exponential_
    check_inplace(self)
    return fill_exponential_(self, lambd, generator)


def cauchy_(self, median=0.0, sigma=1.0, *, generator=None):
    from .random import fill_cauchy_
    check_inplace(self)
    return fill_cauchy_(self, median, sigma, generator)


def log_normal_(self, mean=1.0, std=2.0, *, generator=None):
    from .random import fill_log_normal_
    check_inplace(self)
    return fill_log_normal_(self, mean, std, generator)


def geometric_(self, p, *, generator=None):
    from .random import fill_geometric_
    check_inplace(self)
    return fill_geometric_(self, p, generator)


def _bernoulli(self, p=None, *, generator=None):
    from .random import bernoulli
    return bernoulli(self, p, generator=generator)


def _multinomial(self, num_samples, replacement=False, *, generator=None):
    from .random import multinomial
    return multinomial(self, num_samples, replacement, generator=generator)


T.random_ = random_
T.bernoulli_ = bernoulli_
T.exponential_ = exponential_
T.cauchy_ = cauchy_
T.log_normal_ = log_normal_
T.geometric_ = geometric_
T.bernoulli = _bernoulli
T.multinomial = _multinomial


# --- conversion -------------------------------------------------------------------------
def _parse_to(args, kwargs):
    dtype = _dtype.canonical(kwargs.get("dtype"))
    device = kwargs.get("device")
    for a in args:
        a = _dtype.canonical(a)
        if isinstance(a, _dtype.dtype):
            dtype = a
        elif isinstance(a, Tensor):
            dtype, device = a.dtype, a.device
        elif a is not None:
            device = a
    return dtype, usable_device(device)


def to(self, *args, **kwargs):
    """Return self cast to a dtype and/or moved to a device (self when nothing changes)."""
    dtype, device = _parse_to(args, kwargs)
    out = self
    if device is not None and device != self.device:
        from ._backend import move
        out = move(out, device)
    if dtype is not None:
        out = shape.to_dtype(out, dtype, kwargs.get("copy", False))
    elif kwargs.get("copy", False) and out is self:
        out = shape.clone(out)
    return out


T.to = to
T.cpu = lambda self, memory_format=None: to(self, "cpu")
T.cuda = lambda self, device=None, non_blocking=False: to(self, device if device is not None
                                                          else "cuda")
for _name, _dt in (("float", _dtype.float32), ("double", _dtype.float64), ("half", _dtype.float16),
                   ("long", _dtype.int64), ("int", _dtype.int32), ("short", _dtype.int16),
                   ("bool", _dtype.bool_), ("byte", _dtype.uint8), ("char", _dtype.int8),
                   ("cfloat", _dtype.complex64), ("cdouble", _dtype.complex128)):
    setattr(T, _name, (lambda dt: lambda self, memory_format=None: shape.to_dtype(self, dt))(_dt))


def type_(self, dtype=None, non_blocking=False, **kwargs):
    """Without arguments, return the legacy type name; else cast."""
    from .autograd.graph import tensor_type_name
    if dtype is None:
        return tensor_type_name(self)
    if isinstance(dtype, str):
        names = {v: k for k, v in {
            "float32": "torch.FloatTensor", "float64": "torch.DoubleTensor",
            "int64": "torch.LongTensor", "int32": "torch.IntTensor",
            "bool": "torch.BoolTensor", "float16": "torch.HalfTensor",
            "uint8": "torch.ByteTensor", "int16": "torch.ShortTensor",
            "int8": "torch.CharTensor"}.items()}
        if dtype not in names:
            raise ValueError(f"invalid type: '{dtype}'")
        dtype = getattr(_dtype, names[dtype].replace("bool", "bool_"))
    elif isinstance(dtype, type):  # a typed constructor such as torch.LongTensor
        if not hasattr(dtype, "dtype"):
            raise ValueError(f"invalid type: '{dtype.__name__}'")
        dtype = dtype.dtype
    return shape.to_dtype(self, dtype)


T.type = type_
T.type_as = lambda self, other: shape.to_dtype(self, other.dtype)


def _new(fill, name):
    def method(self, *size, dtype=None, device=None, requires_grad=False, **kwargs):
        from ._creation import _finish, _size
        dt = dtype or self.dtype
        return _finish(fill(_size(size, name=name), dt.np), requires_grad)
    method.__name__ = name
    return method


T.new_zeros = _new(np.zeros, "new_zeros")
T.new_ones = _new(np.ones, "new_ones")
T.new_empty = _new(np.zeros, "new_empty")


def new_full(self, size, fill_value, *, dtype=None, device=None, requires_grad=False):
    from ._creation import _finish
    return _finish(np.full(tuple(size), fill_value, dtype=(dtype or self.dtype).np),
                   requires_grad)


def new_tensor(self, data, *, dtype=None, device=None, requires_grad=False):
    from ._creation import tensor
    return tensor(data, dtype=dtype or self.dtype, requires_grad=requires_grad)


T.new_full = new_full
T.new_tensor = new_tensor
