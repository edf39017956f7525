"""torch.distributions.categorical: where torch keeps Categorical."""

from .discrete import Categorical

__all__ = ["Categorical"]
