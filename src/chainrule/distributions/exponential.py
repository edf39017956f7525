"""torch.distributions.exponential: where torch keeps Exponential."""

from .continuous_more import Exponential

__all__ = ["Exponential"]
