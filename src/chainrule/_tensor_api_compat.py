"""Tensor API pieces user code reaches for beyond the core: the methods of
``_ops.compat_tensor_api``, missing in-place forms and aliases, storage_offset, and small
non-op functions (broadcast_shapes, broadcast_tensors, is_signed, isreal, asarray)."""

import numpy as np

from ._ops import compat_tensor_api
from ._ops.shape import sum_to
from ._ops.shape_more import fliplr, flipud
from ._runtime_info import is_nonzero
from ._tensor import _SCALAR_NAMES, Size, Tensor
from ._tensor_methods import inplace

for _name in compat_tensor_api.METHODS:
    setattr(Tensor, _name, getattr(compat_tensor_api, _name))
for _name in compat_tensor_api.INPLACE:
    setattr(Tensor, _name + "_", inplace(getattr(compat_tensor_api, _name)))


def storage_offset(self):
    """Elements between the start of the storage (the base's data) and this tensor's first."""
    base = self._base if self._base is not None else self
    if not self._data.size or not base._data.size:
        return 0
    return (self.data_ptr() - base.data_ptr()) // self._data.itemsize


Tensor.storage_offset = storage_offset


def broadcast_shapes(*shapes):
    """The shape all ``shapes`` broadcast to, with torch's message for the first misfit."""
    result = ()
    for k, shape in enumerate(shapes):
        shape = (shape,) if isinstance(shape, int) else tuple(shape)
        n = max(len(result), len(shape))
        a, b = (1,) * (n - len(result)) + result, (1,) * (n - len(shape)) + shape
        for i in range(-1, -n - 1, -1):
            if a[i] != b[i] and a[i] != 1 and b[i] != 1:
                raise RuntimeError(
                    f"Attempting to broadcast a dimension of length {b[i]} at {i}! Mismatching "
                    f"argument at index {k} had {shape}; but expected shape should be "
                    f"broadcastable to [{', '.join(map(str, result))}]")
        result = tuple(y if x == 1 else x for x, y in zip(a, b))
    return Size(result)


def broadcast_tensors(*tensors):
    """Expand all ``tensors`` to their common shape (views, as torch)."""
    shape = ()
    for t in tensors:
        n = max(len(shape), t.ndim)
        a, b = (1,) * (n - len(shape)) + shape, (1,) * (n - t.ndim) + tuple(t.shape)
        for i in range(n):
            if a[i] != b[i] and a[i] != 1 and b[i] != 1:
                raise RuntimeError(
                    f"The size of tensor a ({a[i]}) must match the size of tensor b ({b[i]}) at "
                    f"non-singleton dimension {i}")
        shape = tuple(y if x == 1 else x for x, y in zip(a, b))
    return tuple(t if tuple(t.shape) == shape else t.expand(shape) for t in tensors)


def is_signed(input):
    """True unless the dtype is unsigned or bool."""
    return input.dtype.name not in ("uint8", "bool")


def is_same_size(input, other):
    """True when both tensors have the same shape."""
    return tuple(input.shape) == tuple(other.shape)


def isreal(input):
    """Element-wise: is the imaginary part zero (always, for real tensors)."""
    if input.is_complex():
        return input.imag == 0
    return Tensor._make(np.ones(input._data.shape, dtype=bool))


def asarray(obj, *, dtype=None, device=None, copy=None, requires_grad=False):
    """Like as_tensor: share memory with tensors and arrays where possible."""
    from ._creation import as_tensor, tensor
    if copy:
        return tensor(obj, dtype=dtype, requires_grad=requires_grad)
    out = as_tensor(obj, dtype=dtype)
    return out.requires_grad_() if requires_grad else out


def get_device(self):
    """-1 for a CPU tensor, else the CUDA device index (torch's convention)."""
    return -1 if self.device.type == "cpu" else self.device.index


Tensor.is_signed = is_signed
Tensor.is_same_size = is_same_size
Tensor.get_device = get_device
Tensor.is_cpu = property(lambda self: self.device.type == "cpu", doc="True on the CPU.")
for _name in ("logical_and", "logical_or", "logical_xor", "logical_not", "eq", "ne", "lt", "le",
              "gt", "ge", "greater", "greater_equal", "less", "less_equal", "not_equal",
              "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not", "divide", "multiply",
              "subtract", "true_divide", "floor_divide", "remainder", "negative", "absolute",
              "cumsum", "addmm", "addmv", "addr", "baddbmm", "addbmm", "bitwise_left_shift",
              "bitwise_right_shift"):
    if not hasattr(Tensor, _name + "_"):
        setattr(Tensor, _name + "_", inplace(getattr(Tensor, _name)))


def float_power_(self, exponent):
    """In-place float_power: only a float64 tensor can hold its double result."""
    if self.dtype.name != "float64":
        raise RuntimeError(f"the base given to float_power_ has dtype "
                           f"{_SCALAR_NAMES[self.dtype.name]} but the operation's result "
                           "requires dtype Double")
    return inplace(Tensor.float_power)(self, exponent)


Tensor.float_power_ = float_power_
for _alias, _name in (("arccos", "acos"), ("arcsin", "asin"), ("arctan", "atan"),
                      ("arccosh", "acosh"), ("arcsinh", "asinh"), ("arctanh", "atanh")):
    setattr(Tensor, _alias, getattr(Tensor, _name))
    setattr(Tensor, _alias + "_", getattr(Tensor, _name + "_", None) or inplace(
        getattr(Tensor, _name)))
Tensor.fliplr = lambda self: fliplr(self)
Tensor.flipud = lambda self: flipud(self)


def positive(input):
    """The input itself (unary plus); bool tensors are refused, as torch."""
    if input.dtype.name == "bool":
        raise RuntimeError("The `+` operator, on a bool tensor is not supported.")
    return input


def new(self, *args):
    """Legacy ``x.new(...)``: sizes give an uninitialized tensor, data a copy; x's dtype."""
    from ._creation import empty, tensor
    if len(args) == 1 and isinstance(args[0], (list, tuple)) and not isinstance(args[0], Size):
        return tensor(args[0], dtype=self.dtype)
    return empty(*args, dtype=self.dtype)


Tensor.positive = positive
Tensor.new = new


def sum_to_size(self, *size):
    """Sum broadcast dims away so the result has ``size`` (which must expand to self's shape)."""
    size = tuple(size[0]) if len(size) == 1 and not isinstance(size[0], int) else size
    shape = tuple(self.shape)
    fits = len(size) <= len(shape) and all(
        s in (1, n) for s, n in zip(size[::-1], shape[::-1]))
    if not fits:
        raise RuntimeError(f"size {{[{', '.join(map(str, size))}]}} is not expandable to size "
                           f"{{[{', '.join(map(str, shape))}]}}.")
    return sum_to(self, size)


def split_with_sizes(self, split_sizes, dim=0):
    """Split into pieces of the listed sizes along ``dim``."""
    return self.split(list(split_sizes), dim)


def apply_(self, callable):
    """Replace each element by ``callable(element)`` in place (CPU, no autograd)."""
    if self.requires_grad:
        raise RuntimeError("Can't call apply_() on Variable that requires grad. Use "
                           "var.detach().apply_() instead.")
    flat = self._data.reshape(-1)
    values = [callable(v) for v in flat.tolist()]
    self._data[...] = np.asarray(values, dtype=self._data.dtype).reshape(self._data.shape)
    return self


def map_(self, tensor, callable):
    """Replace each element by ``callable(self_element, other_element)`` in place."""
    other = np.broadcast_to(tensor._data, self._data.shape).reshape(-1).tolist()
    values = [callable(a, b) for a, b in zip(self._data.reshape(-1).tolist(), other)]
    self._data[...] = np.asarray(values, dtype=self._data.dtype).reshape(self._data.shape)
    return self


def resize_(self, *sizes, memory_format=None):
    """Give self a new shape in place, keeping the leading elements (new ones are zero)."""
    sizes = tuple(sizes[0]) if len(sizes) == 1 and not isinstance(sizes[0], int) else sizes
    n = int(np.prod(sizes))
    flat = self._data.reshape(-1)
    if n > flat.size:
        flat = np.concatenate([flat, np.zeros(n - flat.size, flat.dtype)])
    self._data = np.ascontiguousarray(flat[:n]).reshape(sizes)
    return self


def _matrix_transposes():
    """torch's errors for .H on non-matrices and .mT/.mH below two dims."""
    plain_h = Tensor.H

    def h(self):
        if self.ndim != 2 and self.ndim != 0:
            hint = " For batches of matrices, consider using tensor.mH" if self.ndim > 2 else ""
            raise RuntimeError("tensor.H is only supported on matrices (2-D tensors). Got "
                               f"{self.ndim}-D tensor.{hint}")
        return plain_h.fget(self)

    def batched(name, get):
        def prop(self):
            if self.ndim < 2:
                raise RuntimeError(f"tensor.{name} is only supported on matrices or batches of "
                                   f"matrices. Got {self.ndim}-D tensor.")
            return get.fget(self)
        return property(prop, doc=f"tensor.{name}: transpose of the last two dims.")
    Tensor.H = property(h, doc="Conjugate transpose of a matrix.")
    Tensor.mT = batched("mT", Tensor.mT)
    Tensor.mH = batched("mH", Tensor.mH)


class layout:
    """A tensor memory layout; chainrule tensors are always ``torch.strided``."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"torch.{self.name}"


strided = layout("strided")


def _pin_memory(self, device=None):
    raise RuntimeError("Cannot access accelerator device when none is available.")


_matrix_transposes()
Tensor.sum_to_size = sum_to_size
Tensor.split_with_sizes = split_with_sizes
Tensor.apply_ = apply_
Tensor.map_ = map_
Tensor.resize_ = resize_
Tensor.resize_as_ = lambda self, other, memory_format=None: resize_(self, other.shape)
Tensor.pin_memory = _pin_memory
Tensor.is_nonzero = is_nonzero
Tensor.dim_order = lambda self: tuple(sorted(range(self.ndim), key=lambda d: -self.stride(d)))
Tensor.layout = property(lambda self: strided, doc="Always torch.strided.")
for _flag in ("is_sparse", "is_quantized", "is_mkldnn", "is_nested"):
    setattr(Tensor, _flag, property(lambda self: False, doc="Always False in chainrule."))
Tensor.is_meta = property(lambda self: self.device.type == "meta", doc="On the 'meta' device.")
Tensor.swapaxes_ = Tensor.swapdims_ = Tensor.transpose_


def _refuse_sequences(op, refused):
    """Python operators give NotImplemented for list/tuple/str/None operands, so ``t + [1]``
    raises Python's TypeError and ``t == "a"`` is False, as in torch."""
    def method(self, other):
        if type(other) is not Tensor and isinstance(other, refused):  # tensors: one test
            return NotImplemented
        return op(self, other)
    method.__name__ = op.__name__
    return method


# arithmetic operators refuse non-operands where _tensor_methods defines them (hot paths)
Tensor.__eq__ = _refuse_sequences(Tensor.__eq__, str)
Tensor.__ne__ = _refuse_sequences(Tensor.__ne__, str)
