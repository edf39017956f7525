"""``out=`` for torch-level functions: the result is written into the given tensor, returned.

Importing this module wraps every public function of the package that takes ``out`` (a
single-tensor ``out``; tuple outs pass through unchanged).
"""

import functools
import inspect
import sys
import types
import warnings

from ._tensor import Tensor
from ._tensor_methods import _CASTABLE, _TYPE_WORD
from .autograd.grad_mode import state as _grad_state

_RESIZED = (
    "An output with one or more elements was resized since it had shape {}, which does not match "
    "the required output shape {}. This behavior is deprecated, and in a future PyTorch release "
    "outputs will not be resized unless they have zero elements. You can explicitly reuse an out "
    "tensor t by resizing it, inplace, to zero elements with t.resize_(0).")


def write_out(name, out, result):
    """Store ``result`` in ``out`` with torch's checks (no autograd, safe cast, resize)."""
    if _grad_state.enabled and result.requires_grad:
        raise RuntimeError(
            f"{name}(): functions with out=... arguments don't support automatic "
            "differentiation, but one of the arguments requires grad.")
    if result._data.dtype.kind not in _CASTABLE[out._data.dtype.kind]:
        raise RuntimeError(
            f"result type {_TYPE_WORD[result.dtype.name]} can't be cast to the desired output "
            f"type {_TYPE_WORD[out.dtype.name]}")
    if out._data.shape == result._data.shape:
        out._data[...] = result._data
    else:
        if out._data.size:
            warnings.warn(_RESIZED.format(list(out._data.shape), list(result._data.shape)),
                          UserWarning, stacklevel=3)
        out._data = result._data.astype(out._data.dtype)
    out._bump_version()
    return out


def accepts_out(fn):
    """Wrap ``fn`` so that a tensor passed as ``out=`` receives the result."""
    @functools.wraps(fn)
    def wrapper(*args, out=None, **kwargs):
        if out is None:
            return fn(*args, **kwargs)
        if not isinstance(out, Tensor):
            return fn(*args, out=out, **kwargs)
        return write_out(fn.__name__, out, fn(*args, **kwargs))
    return wrapper


def _takes_out(obj):
    try:
        return "out" in inspect.signature(obj).parameters
    except (TypeError, ValueError):
        return False


# One wrapper per function, shared by its aliases (absolute/abs) and by the Tensor method that is
# the same function, so identities between them survive.
_package = sys.modules[__package__]
_wrapped = {}
for _name in dir(_package):
    _obj = getattr(_package, _name)
    if not _name.startswith("_") and isinstance(_obj, types.FunctionType) and _takes_out(_obj):
        if _obj not in _wrapped:
            _wrapped[_obj] = accepts_out(_obj)
        setattr(_package, _name, _wrapped[_obj])
for _name in dir(Tensor):
    _obj = getattr(Tensor, _name, None)
    if isinstance(_obj, types.FunctionType) and _obj in _wrapped:
        setattr(Tensor, _name, _wrapped[_obj])
