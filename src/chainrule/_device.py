"""Device objects; a device knows the array module (NumPy or CuPy) that holds its data."""

import re

import numpy as np

from ._class_names import TorchNamed


class device(metaclass=TorchNamed):
    """Where a tensor's data lives: ``device('cpu')`` or ``device('cuda:0')``."""

    __slots__ = ("type", "index")

    def __init__(self, type, index=None):
        if isinstance(type, device):
            type, index = type.type, type.index
        else:
            type, index = _parse(type, index)
        self.type = type
        self.index = index

    def __repr__(self):
        if self.index is None:
            return f"device(type='{self.type}')"
        return f"device(type='{self.type}', index={self.index})"

    def __str__(self):
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __eq__(self, other):  # a device string is not equal to a device, as in torch
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self):
        return hash((self.type, self.index))

    def __reduce__(self):
        return (device, (self.type, self.index))


_TYPES = ("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve",
          "fpga", "maia", "xla", "lazy", "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone")


def _parse(text, index):
    """Split ``'cuda:1'`` into its type and index with torch's checks and messages."""
    if not text:
        raise RuntimeError("Device string must not be empty")
    m = re.fullmatch(r"([a-zA-Z_]+)(?::([1-9]\d*|0))?", text)
    if m is None:
        raise RuntimeError(f"Invalid device string: '{text}'")
    if m.group(1) not in _TYPES:
        raise RuntimeError(f"Expected one of {', '.join(_TYPES)} device type at start of device "
                           f"string: {m.group(1)}")
    return m.group(1), int(m.group(2)) if m.group(2) is not None else index


CPU = device("cpu")


def as_device(d):
    """Normalise a str/int/device argument into a device."""
    if d is None or isinstance(d, device):
        return d
    if isinstance(d, int):
        return device("cuda", d)
    return device(d)


def usable_device(d):
    """Normalise a device argument, raising torch's CPU-build errors for a GPU that is absent."""
    if isinstance(d, int) and not isinstance(d, bool):
        from ._backend import cupy_backend
        if not cupy_backend.is_available():
            raise RuntimeError("Cannot access accelerator device when none is available.")
    d = as_device(d)
    if d is not None and d.type == "cuda":
        from ._backend import cupy_backend
        if not cupy_backend.is_available():
            raise AssertionError("Torch not compiled with CUDA enabled")
    return d


def device_of(array):
    """Return the device of a raw array (NumPy arrays are on the CPU)."""
    if type(array) is np.ndarray:
        return CPU
    from ._backend.meta import MetaArray
    if isinstance(array, MetaArray):
        return device("meta")
    from ._backend import cupy_backend
    return cupy_backend.device_of(array)


def xp_for(d):
    """Return the array module that holds data on device ``d``."""
    if d is None or d.type == "cpu":
        return np
    from ._backend import cupy_backend
    return cupy_backend.xp()
