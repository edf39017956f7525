"""Tensor attributes user code reaches for beyond the core: nbytes, itemsize, real, imag, the
shift operators, fill_diagonal_ and the in-place view methods (squeeze_, t_, ...)."""

import numpy as np

from ._ops import compat_bitwise, compat_complex, shape
from ._ops.indexing import check_inplace, setitem
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


def fill_diagonal_(self, fill_value, wrap=False):
    """Write ``fill_value`` on the main diagonal in place (all dims equal beyond 2-D)."""
    if self.ndim < 2 or (self.ndim > 2 and len(set(self.shape)) != 1):
        raise RuntimeError("all dimensions of input must be of equal length" if self.ndim > 2
                           else "dimensions must larger than 1")
    n = min(self.shape)
    if wrap and self.ndim == 2 and self.shape[0] > self.shape[1] + 1:
        rows = np.arange(0, self.shape[0] * self.shape[1], self.shape[1] + 1)
        rows = rows[rows < self.shape[0] * self.shape[1]]
        index = (rows // self.shape[1], rows % self.shape[1])
    else:
        index = (np.arange(n),) * self.ndim
    setitem(self, tuple(Tensor._make(i) for i in index), fill_value)
    return self


def _inplace_view(op):
    """``x.op_()``: x itself takes the view's shape (and, when recording, its history)."""
    def method(self, *args, **kwargs):
        check_inplace(self)
        new = op(self, *args, **kwargs)
        self._data = new._data
        if new.grad_fn is not None:
            self.grad_fn, self._output_nr = new.grad_fn, new._output_nr
        return self
    method.__name__ = op.__name__ + "_"
    method.__doc__ = f"In-place ``{op.__name__}``: change this tensor's shape."
    return method


Tensor.fill_diagonal_ = fill_diagonal_
Tensor.squeeze_ = _inplace_view(shape.squeeze)
Tensor.unsqueeze_ = _inplace_view(shape.unsqueeze)
Tensor.t_ = _inplace_view(shape.t)
Tensor.transpose_ = _inplace_view(shape.transpose)
