"""torch.accelerator: the device-agnostic queries newer tutorials use to pick a device
(``torch.accelerator.current_accelerator()``), answered by the optional CuPy backend."""

from . import cuda
from ._device import device

_NONE = "Cannot access accelerator device when none is available."


def is_available():
    """Return True when a GPU is usable (CuPy installed and a device visible)."""
    return cuda.is_available()


def current_accelerator(check_available=False):
    """Return ``device('cuda')`` when a GPU is usable, else None."""
    return device("cuda") if cuda.is_available() else None


def device_count():
    """Return the number of usable accelerator devices (0 on a CPU-only machine)."""
    return cuda.device_count()


def _require():
    if not cuda.is_available():
        raise RuntimeError(_NONE)


def current_device_index():
    """Return the current accelerator device index."""
    _require()
    return cuda.current_device()


current_device_idx = current_device_index


def set_device_index(device):
    """Select the current accelerator device."""
    _require()
    from ._backend import cupy_backend
    cupy_backend.xp().cuda.runtime.setDevice(device if isinstance(device, int) else device.index)


set_device_idx = set_device_index


def synchronize(device=None):
    """Wait for the accelerator's queued work."""
    _require()
    cuda.synchronize(device)
