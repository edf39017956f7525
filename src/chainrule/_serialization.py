"""Pickle support for tensors: they reduce to a plain array plus their requires_grad flag."""

from ._tensor import Tensor


def rebuild_tensor(array, requires_grad):
    """Recreate a tensor from the pieces ``Tensor.__reduce_ex__`` gives pickle."""
    t = Tensor._make(array)
    t._rg = requires_grad
    return t
