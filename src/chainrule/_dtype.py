"""dtype objects, PyTorch's type promotion, and the default floating dtype."""

import numpy as np

from ._class_names import TorchNamed


class dtype(metaclass=TorchNamed):
    """A tensor element type; prints as ``torch.float32`` so drop-in code reads the same."""

    __slots__ = ("name", "np", "is_floating_point", "is_complex", "is_signed", "itemsize",
                 "_category", "__weakref__")

    def __init__(self, name, np_dtype, category):
        self.name = name
        self.np = np.dtype(np_dtype)
        self._category = category  # 0 bool, 1 integer, 2 floating, 3 complex
        self.is_floating_point = category == 2
        self.is_complex = category == 3
        self.is_signed = name not in ("bool", "uint8")
        self.itemsize = self.np.itemsize

    def __repr__(self):
        return f"torch.{self.name}"

    def to_real(self):
        """Return the real counterpart of a complex dtype (self otherwise)."""
        return {"complex64": float32, "complex128": float64}.get(self.name, self)

    def to_complex(self):
        """Return the complex counterpart of a floating dtype (self otherwise)."""
        return {"float32": complex64, "float64": complex128, "float16": complex64}.get(
            self.name, self)

    def __reduce__(self):
        return self.name


bool_ = dtype("bool", np.bool_, 0)
uint8 = dtype("uint8", np.uint8, 1)
int8 = dtype("int8", np.int8, 1)
int16 = dtype("int16", np.int16, 1)
int32 = dtype("int32", np.int32, 1)
int64 = dtype("int64", np.int64, 1)
float16 = dtype("float16", np.float16, 2)
float32 = dtype("float32", np.float32, 2)
float64 = dtype("float64", np.float64, 2)
complex64 = dtype("complex64", np.complex64, 3)
complex128 = dtype("complex128", np.complex128, 3)

ALL_DTYPES = (bool_, uint8, int8, int16, int32, int64, float16, float32, float64,
              complex64, complex128)
FROM_NUMPY = {d.np: d for d in ALL_DTYPES}
ALIASES = {"half": float16, "float": float32, "double": float64, "short": int16,
           "int": int32, "long": int64, "cfloat": complex64, "cdouble": complex128,
           "bool": bool_}

_default = {"float": float32}


def get_default_dtype():
    """Return the dtype that Python floats and float factories produce."""
    return _default["float"]


def set_default_dtype(d):
    """Set the default floating dtype (float32 or float64, as torch allows)."""
    if d not in (float16, float32, float64):
        raise TypeError(f"only floating-point types are supported as the default type, got {d}")
    _default["float"] = d


def default_complex():
    """Return the complex dtype paired with the default float dtype."""
    return complex128 if _default["float"] is float64 else complex64


def from_numpy_dtype(np_dtype):
    """Map a NumPy dtype to its chainrule dtype; raise TypeError for unsupported ones."""
    try:
        return FROM_NUMPY[np_dtype]
    except KeyError:
        raise TypeError(
            f"can't convert np.ndarray of type {np.dtype(np_dtype).type.__module__.split('.')[0]}."
            f"{np.dtype(np_dtype).type.__name__}. The only supported types are: float64, "
            "float32, float16, complex64, complex128, int64, int32, int16, int8, uint64, uint32, "
            "uint16, uint8, and bool.") from None


def _promote_pair(a, b):
    if a is b:
        return a
    ca, cb = a._category, b._category
    if ca != cb:
        hi, lo = (a, b) if ca > cb else (b, a)
        if hi._category == 3 and lo._category == 2 and lo.itemsize > hi.itemsize // 2:
            return lo.to_complex()
        return hi
    return FROM_NUMPY[np.promote_types(a.np, b.np)]


_PROMOTE = {(a, b): _promote_pair(a, b) for a in ALL_DTYPES for b in ALL_DTYPES}


def promote_types(a, b):
    """Return the smallest dtype both can be cast to, by torch's table (int + float -> float)."""
    return _PROMOTE[a, b]


def scalar_dtype(value):
    """Return the dtype torch gives a Python scalar: bool, int64, default float or complex."""
    if isinstance(value, bool):
        return bool_
    if isinstance(value, int):
        return int64
    if isinstance(value, complex):
        return default_complex()
    return _default["float"]


def _combine(higher, lower):
    """Merge two priority classes; a lower class matters only if its category is higher."""
    if higher is None:
        return lower
    if lower is None or higher._category == 3:
        return higher
    if lower._category == 3:
        return higher.to_complex() if higher._category == 2 else lower
    if higher._category == 2:
        return higher
    if higher is bool_ or lower._category == 2:
        return promote_types(higher, lower)
    return higher


def result_type(tensors_and_scalars):
    """Torch's result_type: dimensioned tensors outrank 0-d tensors, which outrank scalars.

    A lower-ranked operand changes the result only when its category (bool < int < float <
    complex) is higher; scalars then contribute the default dtype of their category.
    """
    dim = zero = wrapped = None
    for v in tensors_and_scalars:
        d = getattr(v, "dtype", None)
        if d is not None and not isinstance(d, dtype):  # a NumPy scalar counts as a number
            v, d = v.item(), None
        if d is None:
            d = scalar_dtype(v)
            wrapped = d if wrapped is None else promote_types(wrapped, d)
        elif v.ndim == 0:
            zero = d if zero is None else promote_types(zero, d)
        else:
            dim = d if dim is None else promote_types(dim, d)
    return _combine(dim, _combine(zero, wrapped))


def canonical(d):
    """A dtype argument as a dtype: Python's float, int, bool and complex name torch's
    float64, int64, bool and complex128 (as torch accepts them)."""
    return {float: float64, int: int64, bool: bool_, complex: complex128}.get(d, d) \
        if isinstance(d, type) else d
