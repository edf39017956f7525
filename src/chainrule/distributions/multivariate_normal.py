"""torch.distributions.multivariate_normal: where torch keeps MultivariateNormal."""

from .multivariate import MultivariateNormal

__all__ = ["MultivariateNormal"]
