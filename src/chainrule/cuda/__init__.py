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
