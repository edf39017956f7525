"""torch.distributions.bernoulli: where torch keeps Bernoulli."""

from .discrete import Bernoulli

__all__ = ["Bernoulli"]
