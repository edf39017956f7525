"""Device objects; a device knows the array module (NumPy or CuPy) that holds its data."""

import numpy as np


class device:
    """Where a tensor's data lives: ``device('cpu')`` or ``device('cuda:0')``."""

    __slots__ = ("type", "index")

    def __init__(self, type, index=None):
        if isinstance(type, device):
            type, index = type.type, type.index
        elif ":" in type:
            type, idx = type.split(":", 1)
            index = int(idx)
        if type not in ("cpu", "cuda", "meta"):
            raise RuntimeError(
                "Expected one of cpu, cuda, meta device type at start of device string: " + type)
        self.type = type
        self.index = index

    def __repr__(self):
        if self.index is None:
            return f"device(type='{self.type}')"
        return f"device(type='{self.type}', index={self.index})"

    def __str__(self):
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __eq__(self, other):
        if isinstance(other, str):
            other = device(other)
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self):
        return hash((self.type, self.index))

    def __reduce__(self):
        return (device, (self.type, self.index))


CPU = device("cpu")


def as_device(d):
    """Normalise a str/int/device argument into a device."""
    if d is None or isinstance(d, device):
        return d
    if isinstance(d, int):
        return device("cuda", d)
    return device(d)


def device_of(array):
    """Return the device of a raw array (NumPy arrays are on the CPU)."""
    if type(array) is np.ndarray:
        return CPU
    from ._backend import cupy_backend
    return cupy_backend.device_of(array)


def xp_for(d):
    """Return the array module that holds data on device ``d``."""
    if d is None or d.type == "cpu":
        return np
    from ._backend import cupy_backend
    return cupy_backend.xp()
