"""torch.nn.utils.parametrizations: ready-made parametrizations (weight_norm, spectral_norm,
orthogonal)."""

from .weight_norm import weight_norm

__all__ = ["weight_norm"]
from ._spectral_parametrization import spectral_norm  # noqa: E402

__all__ += ["spectral_norm"]
from ._orthogonal import orthogonal  # noqa: E402

__all__ += ["orthogonal"]
