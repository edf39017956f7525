"""torch.distributions.uniform: where torch keeps Uniform."""

from .continuous import Uniform

__all__ = ["Uniform"]
