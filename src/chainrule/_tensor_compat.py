"""Tensor attributes user code reaches for beyond the core: nbytes, itemsize, real, imag,
and the shift operators."""

from ._ops import compat_bitwise, compat_complex
from ._tensor import Tensor

Tensor.nbytes = property(lambda self: self._data.nbytes, doc="Bytes held by the elements.")
Tensor.itemsize = property(lambda self: self._data.itemsize, doc="Bytes per element.")
Tensor.real = property(compat_complex.real, doc="The real part (the tensor itself if real).")
Tensor.imag = property(compat_complex.imag, doc="The imaginary part of a complex tensor.")

_left, _right = compat_bitwise.bitwise_left_shift, compat_bitwise.bitwise_right_shift
Tensor.bitwise_left_shift, Tensor.bitwise_right_shift = _left, _right
Tensor.__lshift__ = lambda self, other: _left(self, other)
Tensor.__rshift__ = lambda self, other: _right(self, other)
Tensor.__rlshift__ = lambda self, other: _left(other, self)
Tensor.__rrshift__ = lambda self, other: _right(other, self)
