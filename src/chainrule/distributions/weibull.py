"""torch.distributions.weibull: where torch keeps Weibull."""

from .weibull_pareto import Weibull

__all__ = ["Weibull"]
