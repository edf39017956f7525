"""torch.cuda's commonly touched entry points, answered from the optional CuPy backend."""

from .._backend import cupy_backend


def is_available():
    """Return True if CuPy is installed and sees a GPU."""
    return cupy_backend.is_available()


def device_count():
    """Return the number of visible GPUs (0 without CuPy)."""
    if not is_available():
        return 0
    return cupy_backend.xp().cuda.runtime.getDeviceCount()


def _lazy_init():
    """Raise torch's CPU-build error when no GPU backend is usable."""
    if not is_available():
        raise AssertionError("Torch not compiled with CUDA enabled")


def current_device():
    """Return the index of the current GPU."""
    _lazy_init()
    return cupy_backend.xp().cuda.runtime.getDevice()


def synchronize(device=None):
    """Wait for all queued GPU work to finish."""
    _lazy_init()
    cupy_backend.xp().cuda.runtime.deviceSynchronize()


def manual_seed(seed):
    """Seed the GPU generator; a no-op on CPU, as in torch."""


manual_seed_all = manual_seed


def empty_cache():
    """Release cached GPU memory; a no-op without a GPU, as in torch."""
    if is_available():
        cupy_backend.xp().get_default_memory_pool().free_all_blocks()


def is_initialized():
    """Return whether the GPU backend has been started (never, without a GPU)."""
    return is_available()


def _index(device):
    """The GPU index a device argument (None, int, str or device) names."""
    if isinstance(device, int):
        return device
    from .._device import as_device
    d = None if device is None else as_device(device)
    return current_device() if d is None or d.index is None else d.index


def get_device_name(device=None):
    """Return the GPU's marketing name; torch's CPU-build error without one."""
    _lazy_init()
    index = _index(device)
    return cupy_backend.xp().cuda.runtime.getDeviceProperties(index)["name"].decode()


def get_device_capability(device=None):
    """Return the GPU's (major, minor) compute capability."""
    _lazy_init()
    index = _index(device)
    props = cupy_backend.xp().cuda.runtime.getDeviceProperties(index)
    return props["major"], props["minor"]


def get_device_properties(device=None):
    """Return the GPU's property record (CuPy's dict)."""
    _lazy_init()
    index = _index(device)
    return cupy_backend.xp().cuda.runtime.getDeviceProperties(index)


def mem_get_info(device=None):
    """Return (free, total) bytes of GPU memory."""
    _lazy_init()
    return cupy_backend.xp().cuda.runtime.memGetInfo()


def memory_allocated(device=None):
    """Return bytes held by tensors on the GPU (0 before any GPU use, as torch)."""
    if not is_available():
        return 0
    return cupy_backend.xp().get_default_memory_pool().used_bytes()


def memory_reserved(device=None):
    """Return bytes the GPU allocator holds (0 before any GPU use, as torch)."""
    if not is_available():
        return 0
    return cupy_backend.xp().get_default_memory_pool().total_bytes()


def is_bf16_supported(including_emulation=True):
    """bfloat16 has no NumPy dtype, so it is never supported here."""
    return False


def current_stream(device=None):
    """Return the GPU's current stream."""
    _lazy_init()
    return cupy_backend.xp().cuda.get_current_stream()
from . import amp  # noqa: E402,F401  (torch.cuda.amp, the deprecated AMP spellings)
from ._tensor_types import (  # noqa: E402
    BoolTensor, ByteTensor, CharTensor, DoubleTensor, FloatTensor, HalfTensor, IntTensor,
    LongTensor, ShortTensor)
