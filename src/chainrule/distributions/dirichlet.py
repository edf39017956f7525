"""torch.distributions.dirichlet: where torch keeps Dirichlet."""

from .continuous_more import Dirichlet

__all__ = ["Dirichlet"]
