"""torch.distributions.normal: where torch keeps Normal."""

from .continuous import Normal

__all__ = ["Normal"]
