"""torch.nn.utils.parametrizations: ready-made parametrizations (weight_norm)."""

from .weight_norm import weight_norm

__all__ = ["weight_norm"]
