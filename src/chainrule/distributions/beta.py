"""torch.distributions.beta: where torch keeps Beta."""

from .continuous_more import Beta

__all__ = ["Beta"]
