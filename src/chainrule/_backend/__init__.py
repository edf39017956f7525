"""The few calls that differ between NumPy and CuPy, kept out of the op table."""


def move(tensor, device):
    """Copy a tensor to ``device``; moving to CUDA needs CuPy."""
    from .._tensor import Tensor
    from . import cupy_backend
    if device.type == "cpu":
        return Tensor._make(cupy_backend.to_numpy(tensor._data))
    if device.type == "meta":
        from .meta import to_meta
        return Tensor._make(to_meta(tensor._data))
    return Tensor._make(cupy_backend.to_device(tensor._data, device))
