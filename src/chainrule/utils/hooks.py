"""torch.utils.hooks: the handle that ``register_*hook`` returns."""

from ..autograd.graph import RemovableHandle

__all__ = ["RemovableHandle"]
