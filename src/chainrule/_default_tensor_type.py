"""torch.set_default_tensor_type for old scripts: a floating CPU type sets the default dtype."""

import importlib
import warnings

from . import _dtype
from ._tensor_types import _TensorType
from .cuda._tensor_types import _CudaTensorType

_warned = []  # torch warns once per process (TORCH_WARN_ONCE)
_MESSAGE = ("torch.set_default_tensor_type() is deprecated as of PyTorch 2.1, please use "
            "torch.set_default_dtype() and torch.set_default_device() as alternatives. "
            "(Triggered internally at /__w/pytorch/pytorch/torch/csrc/tensor/"
            "python_tensor.cpp:434.)")


def _resolve(name):
    """Import ``torch.X.Y`` style names the way torch's ``_import_dotted_name`` does."""
    parts = name.split(".")
    if parts[0] == "torch":
        parts[0] = __package__
    obj = importlib.import_module(parts[0])
    for part in parts[1:]:
        obj = getattr(obj, part)
    return obj


def set_default_tensor_type(t):
    """Set the default dtype from a legacy tensor type or its name (deprecated in torch 2.1),
    e.g. ``set_default_tensor_type("torch.DoubleTensor")``."""
    if isinstance(t, str):
        try:
            t = _resolve(t)
        except AttributeError as exc:
            raise AttributeError(str(exc).replace(f"'{__package__}'", "'torch'")) from None
    if not _warned:
        _warned.append(True)
        warnings.warn(_MESSAGE, UserWarning, stacklevel=2)
    if isinstance(t, _CudaTensorType):
        raise TypeError(f"type torch.cuda.{t.__name__} not available. Torch not compiled with "
                        "CUDA enabled.")
    if not isinstance(t, _TensorType):
        raise TypeError("invalid type object: only floating-point types are supported as the "
                        "default type")
    if t.dtype not in (_dtype.float16, _dtype.float32, _dtype.float64):
        raise TypeError("only floating-point types are supported as the default type")
    _dtype.set_default_dtype(t.dtype)
