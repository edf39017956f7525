"""``Tensor.untyped_storage()`` / ``Tensor.storage()``: the memory block a tensor's array lives in,
for the checks scripts make on sharing (same ``data_ptr()`` for a view and its base) and size."""

import warnings

import numpy as np

from ._tensor import Tensor

_TYPED_DEPRECATED = (
    "TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be the "
    "only storage class. This should only matter to you if you are using storages directly.  To "
    "access UntypedStorage directly, use tensor.untyped_storage() instead of tensor.storage()")


def memory_root(arr):
    """The array that owns the memory ``arr`` views (the end of its ``.base`` chain)."""
    while isinstance(arr.base, np.ndarray):
        arr = arr.base
    return arr


class UntypedStorage:
    """A tensor's memory as bytes."""

    def __init__(self, array):
        self._array = array

    def _bytes(self):
        root = self._array
        if not root.flags.c_contiguous:
            root = np.ascontiguousarray(root)
        return root.reshape(-1).view(np.uint8)

    def data_ptr(self):
        return self._array.__array_interface__["data"][0]

    def nbytes(self):
        return self._array.nbytes

    def size(self):
        return self._array.nbytes

    __len__ = size

    def element_size(self):
        return 1

    @property
    def device(self):
        from ._device import CPU
        return CPU

    def tolist(self):
        return self._bytes().tolist()

    def __repr__(self):
        body = "".join(f" {v}\n" for v in self.tolist())
        return f"{body}[torch.storage.UntypedStorage(device=cpu) of size {self.size()}]"


class TypedStorage(UntypedStorage):
    """A tensor's memory as elements of its dtype (torch's deprecated ``storage()``)."""

    def __init__(self, array, dtype):
        super().__init__(array)
        self.dtype = dtype

    def size(self):
        return self._array.size

    __len__ = size

    def element_size(self):
        return self._array.itemsize

    def tolist(self):
        return self._array.reshape(-1).tolist() if self._array.flags.c_contiguous else \
            np.ascontiguousarray(self._array).reshape(-1).tolist()

    def __repr__(self):
        body = "".join(f" {v}\n" for v in self.tolist())
        return (f"{body}[torch.storage.TypedStorage(dtype={self.dtype}, device=cpu) of size "
                f"{self.size()}]")


def untyped_storage(self):
    """The bytes of the memory this tensor (or the tensor it views) owns."""
    return UntypedStorage(memory_root(self._data))


def storage(self):
    """The memory as elements of the tensor's dtype (deprecated in torch, with its warning)."""
    warnings.warn(_TYPED_DEPRECATED, UserWarning, stacklevel=2)
    return TypedStorage(memory_root(self._data), self.dtype)


Tensor.untyped_storage = untyped_storage
Tensor.storage = storage
