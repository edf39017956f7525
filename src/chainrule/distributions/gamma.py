"""torch.distributions.gamma: where torch keeps Gamma."""

from .continuous_more import Gamma

__all__ = ["Gamma"]
