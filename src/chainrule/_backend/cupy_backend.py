"""CuPy hooks: imported only when a CUDA device is used, so NumPy stays the one requirement."""

import numpy as np


def xp():
    """Return the cupy module, or raise torch's error when it is not installed."""
    try:
        import cupy
    except ImportError:
        raise AssertionError("Torch not compiled with CUDA enabled") from None
    return cupy


def is_available():
    """True if CuPy imports and sees at least one GPU."""
    try:
        return xp().cuda.runtime.getDeviceCount() > 0
    except Exception:
        return False


def device_of(array):
    from .._device import device
    return device("cuda", int(array.device.id))


def to_numpy(array):
    if isinstance(array, np.ndarray):
        return array
    return xp().asnumpy(array)


def to_device(array, device):
    cp = xp()
    with cp.cuda.Device(device.index or 0):
        return cp.asarray(array)
