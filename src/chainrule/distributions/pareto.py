"""torch.distributions.pareto: where torch keeps Pareto."""

from .weibull_pareto import Pareto

__all__ = ["Pareto"]
