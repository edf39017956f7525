"""torch.distributions.laplace: where torch keeps Laplace."""

from .continuous_more import Laplace

__all__ = ["Laplace"]
