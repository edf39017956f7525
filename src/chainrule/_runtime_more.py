"""Small torch-level runtime queries and switches (default device, warn-always, interop threads,
build flags) and the float-decomposition ops frexp, ldexp and nextafter, with torch's nodes."""

import math
import os
import weakref

import numpy as np

from ._creation import zeros_like
from ._device import as_device, usable_device
from ._ops._argcheck import require_tensor
from ._ops._registry import NONE, defop
from ._ops.pointwise_more import exp2
from ._tensor import Tensor
from ._tensor_api_compat import isreal
from ._tensor_methods import inplace
from .storage import memory_root

has_lapack = has_mkl = has_openmp = has_spectral = True  # what torch's CPU wheel reports
newaxis = None
_state = {"device": None, "warn_always": False, "interop": os.cpu_count() or 1,
          "interop_set": False}


def set_default_device(device):
    """Record the default device; ``None`` means the CPU.

    Only the setting and ``get_default_device`` follow it: factories still create on the CPU
    unless given ``device=`` (torch also routes them through the default).
    """
    _state["device"] = None if device is None else as_device(device)


def get_default_device():
    """Return the default device; a CUDA default raises torch's error when no GPU is usable."""
    device = _state["device"]
    return as_device("cpu") if device is None else usable_device(device)


def set_warn_always(b):
    """Record torch's warn-always flag (chainrule's once-only warnings do not consult it)."""
    _state["warn_always"] = bool(b)


def is_warn_always_enabled():
    """Return the flag set by ``set_warn_always``."""
    return _state["warn_always"]


def set_flush_denormal(mode):
    """Return whether flushing denormals is in effect: NumPy cannot flush, so enabling fails
    (False, as torch answers on CPUs without the DAZ flag) and disabling succeeds."""
    return not mode


def get_num_interop_threads():
    """Return the inter-op thread count setting (chainrule runs ops on one thread)."""
    return _state["interop"]


def set_num_interop_threads(int):
    """Record the inter-op thread count; torch allows it once, before any parallel work."""
    if _state["interop_set"]:
        raise RuntimeError("Error: cannot set number of interop threads after parallel work has "
                           "started or set_num_interop_threads called")
    _state["interop"], _state["interop_set"] = int, True


def init_num_threads():
    """Initialise the thread pools: nothing to do for NumPy."""


def is_inference(input):
    """Return True if ``input`` was created in inference mode."""
    require_tensor("is_inference", "input", 1, input)
    return input.is_inference()


def is_neg(input):
    """Return False: chainrule never keeps a lazy negation bit."""
    require_tensor("is_neg", "input", 1, input)
    return False


def resolve_neg(input):
    """Return ``input``: there is no negation bit to materialise."""
    require_tensor("resolve_neg", "input", 1, input)
    return input


def get_device(input):
    """Return the device index (-1 on the CPU)."""
    return input.get_device()


def _frexp_forward(xp, input):
    mantissa, exponent = xp.frexp(input)
    return mantissa, exponent.astype(np.int32)


_frexp = defop("frexp", _frexp_forward, node="FrexpBackward0", promote=NONE, outputs=2,
               differentiable_outputs=(True, False),
               vjp={"input": lambda grad, result1: grad / exp2(result1)})
def _frexp_fields():
    """torch.return_types.frexp names its fields mantissa and exponent."""
    from collections import namedtuple
    base = namedtuple("frexp", ["mantissa", "exponent"])

    def __repr__(self):
        return f"torch.return_types.frexp(\nmantissa={self[0]!r},\nexponent={self[1]!r})"
    cls = type("frexp", (base,), {"__slots__": (), "__repr__": __repr__})
    cls.__module__ = "torch.return_types"
    return cls


_FREXP = _frexp_fields()


def frexp(input, *, out=None):
    """Decompose into mantissa in [0.5, 1) and int32 exponent: input = mantissa * 2**exponent."""
    if not input.is_floating_point():
        raise RuntimeError("torch.frexp() only supports floating-point dtypes")
    return _FREXP(*_frexp.apply((input,), ()))


def _ldexp_forward(xp, input, other):
    return input * xp.exp2(other)


_ldexp = defop("ldexp", _ldexp_forward, node="LdexpBackward0", inputs=("input", "other"),
               vjp={"input": lambda grad, other: grad * exp2(other),
                    "other": lambda grad, input, other: grad * input * math.log(2.0) * exp2(
                        other)})


def ldexp(input, other, *, out=None):
    """Return input * 2**other (a float result even for integer inputs)."""
    if not input.is_floating_point() and not input.is_complex():
        from ._dtype import get_default_dtype
        input = input.to(get_default_dtype())
    return _ldexp.apply((input, other), ())


_nextafter = defop("nextafter", lambda xp, input, other: xp.nextafter(input, other),
                   node="NextafterBackward0", inputs=("input", "other"),
                   vjp={"input": lambda grad: grad, "other": lambda grad: zeros_like(grad)})


def nextafter(input, other, *, out=None):
    """Return the next float after ``input`` towards ``other``; torch passes the gradient
    through to ``input`` unchanged and gives ``other`` zeros."""
    return _nextafter.apply((input, other), ())


Tensor.frexp = frexp
Tensor.ldexp = ldexp
Tensor.ldexp_ = inplace(ldexp)
Tensor.nextafter = nextafter
Tensor.nextafter_ = inplace(nextafter)
Tensor.is_neg = lambda self: False
Tensor.resolve_neg = lambda self: self
Tensor.is_pinned = lambda self, device=None: False


def _share_memory_(self):
    """Mark the tensor's memory as shared (one process here: nothing moves), as torch reports
    for it and its views afterwards."""
    root = memory_root(self._data)
    _shared_roots[id(root)] = root
    return self


def _is_shared(self):
    """True after ``share_memory_`` on this tensor or on one whose memory it views."""
    root = memory_root(self._data)
    return _shared_roots.get(id(root)) is root


_shared_roots = weakref.WeakValueDictionary()  # id -> the shared memory's owning array
Tensor.share_memory_, Tensor.is_shared = _share_memory_, _is_shared
Tensor.output_nr = property(lambda self: self._output_nr, doc="Index among grad_fn's outputs.")
Tensor.isreal = lambda self: isreal(self)
Tensor.name = property(lambda self: None, doc="The tensor's name (named tensors: always None).")
