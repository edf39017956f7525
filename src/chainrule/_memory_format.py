"""Memory formats (``torch.channels_last`` and kin): tensors laid out channels-last get torch's
exact strides, since a NumPy array permuted from a contiguous NHWC copy has them.

Adds ``memory_format=`` to ``Tensor.contiguous/is_contiguous/clone/to``, ``Module.to`` and the
``*_like`` factories. Ops other than elementwise ones return row-major results where torch may
keep channels-last strides (conv, pooling); values are the same either way.
"""

import numpy as np

from . import _creation
from ._class_names import TorchNamed
from ._ops import shape as _shape
from ._ops._argcheck import require_tensor
from ._ops._registry import LINEAR, NONE, defop
from ._tensor import Tensor
from .nn.modules.module import Module


class memory_format(metaclass=TorchNamed):
    """A tensor memory layout; compared by identity, printed as ``torch.<name>``."""

    __slots__ = ("_name",)

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return f"torch.{self._name}"

    def __reduce__(self):
        return self._name


contiguous_format = memory_format("contiguous_format")
channels_last = memory_format("channels_last")
channels_last_3d = memory_format("channels_last_3d")
preserve_format = memory_format("preserve_format")
_RANKS = {channels_last: 4, channels_last_3d: 5}


def _order(fmt, ndim):
    """The dims from outermost to innermost in memory for ``fmt`` (channels go last)."""
    if fmt not in _RANKS:
        return tuple(range(ndim))
    if ndim != _RANKS[fmt]:
        raise RuntimeError(f"required rank {_RANKS[fmt]} tensor to use {fmt._name} format")
    return (0, *range(2, ndim), 1)


def _laid_out(xp, input, order):
    return xp.ascontiguousarray(input.transpose(order)).transpose(np.argsort(order))


def _back(grad, input_strides):
    """The gradient laid out as the input was, as torch's AccumulateGrad keeps a leaf's strides."""
    order = tuple(sorted(range(len(input_strides)), key=lambda d: -input_strides[d]))
    if not order or grad.permute(*order).is_contiguous():
        return grad
    return _clone.apply((grad,), (order,))


_clone = defop("clone", _laid_out, node="CloneBackward0", promote=NONE,
               vjp={"input": _back}, jvp=LINEAR)
_to_copy = defop("_to_copy", _laid_out, node="ToCopyBackward0", promote=NONE,
                 vjp={"input": _back}, jvp=LINEAR)


def _is_in(arr, fmt):
    """True when ``arr`` is dense in ``fmt``'s order (size-1 dims ignored, as torch)."""
    if fmt not in _RANKS:
        return arr.flags.c_contiguous
    return arr.ndim == _RANKS[fmt] and arr.transpose(_order(fmt, arr.ndim)).flags.c_contiguous


def _suggested(arr):
    """torch's preserve_format choice: channels-last when the strides say so, else row-major."""
    for fmt in (channels_last, channels_last_3d):
        if arr.ndim == _RANKS[fmt] and not arr.flags.c_contiguous and _is_in(arr, fmt):
            return fmt
    return contiguous_format


_contiguous, _is_contiguous, _clone_method, _to = (
    Tensor.contiguous, Tensor.is_contiguous, Tensor.clone, Tensor.to)


def contiguous(self, memory_format=contiguous_format):
    """Return self if already dense in ``memory_format``, else a copy laid out that way."""
    if memory_format in _RANKS:
        order = _order(memory_format, self._data.ndim)
        return self if _is_in(self._data, memory_format) else _clone.apply((self,), (order,))
    return _contiguous(self)


def is_contiguous(self, memory_format=contiguous_format):
    """Return True if the tensor is dense in ``memory_format``'s dim order."""
    return _is_in(self._data, memory_format)


def clone(input, *, memory_format=preserve_format):
    """Return a copy in the graph; ``preserve_format`` keeps a channels-last layout."""
    require_tensor("clone", "input", 1, input)
    fmt = _suggested(input._data) if memory_format is preserve_format else memory_format
    if fmt in _RANKS:
        return _clone.apply((input,), (_order(fmt, input._data.ndim),))
    return _shape.clone(input)


def to(self, *args, memory_format=preserve_format, **kwargs):
    """``Tensor.to`` taking ``memory_format``: a copy (ToCopyBackward0) unless already laid out."""
    out = _to(self, *args, **kwargs)
    if memory_format in _RANKS and not _is_in(out._data, memory_format):
        out = _to_copy.apply((out,), (_order(memory_format, out._data.ndim),))
    elif memory_format is contiguous_format and not out._data.flags.c_contiguous:
        out = _to_copy.apply((out,), (_order(memory_format, out._data.ndim),))
    return out


_module_to = Module.to


def module_to(self, *args, memory_format=None, **kwargs):
    """``Module.to`` taking ``memory_format``: 4-D (5-D) parameters and buffers are laid out."""
    out = _module_to(self, *args, **kwargs)
    if memory_format in _RANKS:
        rank = _RANKS[memory_format]
        out._apply_to_tensors(lambda t: contiguous(t, memory_format) if t.dim() == rank else t)
    return out


def _like(factory):
    """Wrap a ``*_like`` factory: lay the result out as ``memory_format`` asks (default: keep)."""
    def make(input, *args, memory_format=preserve_format, **kwargs):
        out = factory(input, *args, **kwargs)
        fmt = _suggested(input._data) if memory_format is preserve_format else memory_format
        if fmt in _RANKS:
            out._data = _laid_out(np, out._data, _order(fmt, out._data.ndim))
        return out
    make.__name__ = make.__qualname__ = factory.__name__
    make.__doc__ = factory.__doc__
    return make


empty_like, zeros_like, ones_like, full_like = (
    _like(_creation.empty_like), _like(_creation.zeros_like), _like(_creation.ones_like),
    _like(_creation.full_like))

Tensor.contiguous, Tensor.is_contiguous, Tensor.to = contiguous, is_contiguous, to
Tensor.clone = lambda self, *, memory_format=preserve_format: clone(self,
                                                                    memory_format=memory_format)
Module.to = module_to
