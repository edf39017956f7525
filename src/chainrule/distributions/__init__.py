"""chainrule.distributions: the common torch.distributions, built from differentiable ops."""

from . import constraints, kl, transforms
from . import (  # noqa: F401  (torch's per-distribution module paths)
    bernoulli, beta, categorical, dirichlet, exponential, gamma, laplace, multivariate_normal,
    normal, pareto, uniform, weibull)
from .binomial import Binomial
from .continuous import Normal, Uniform
from .continuous_extra import Cauchy, Chi2, HalfNormal, StudentT
from .continuous_more import Beta, Dirichlet, Exponential, Gamma, Laplace
from .discrete import Bernoulli, Categorical
from .distribution import Distribution
from .geometric import Geometric
from .gumbel import Gumbel
from .independent import Independent
from .kl import kl_divergence, register_kl
from .log_normal import LogNormal
from .mixture_same_family import MixtureSameFamily
from .multinomial import Multinomial
from .multivariate import MultivariateNormal
from .one_hot_categorical import OneHotCategorical
from .poisson import Poisson
from .relaxed_categorical import ExpRelaxedCategorical, RelaxedOneHotCategorical
from .transformed_distribution import TransformedDistribution
from .weibull_pareto import Pareto, Weibull

__all__ = ["Bernoulli", "Beta", "Binomial", "Categorical", "Cauchy", "Chi2", "Dirichlet",
           "Distribution", "ExpRelaxedCategorical", "Exponential", "Gamma", "Geometric",
           "Gumbel", "HalfNormal", "Independent", "Laplace", "LogNormal", "MixtureSameFamily",
           "Multinomial", "MultivariateNormal", "Normal", "OneHotCategorical", "Pareto", "Poisson",
           "RelaxedOneHotCategorical", "StudentT", "TransformedDistribution", "Uniform", "Weibull",
           "constraints", "kl", "kl_divergence", "register_kl", "transforms"]
from . import von_mises  # noqa: E402,F401  (torch.distributions.von_mises)
from .von_mises import VonMises  # noqa: E402

__all__ += ["VonMises"]
from . import lowrank_multivariate_normal  # noqa: E402,F401
from .lowrank_multivariate_normal import LowRankMultivariateNormal  # noqa: E402

__all__ += ["LowRankMultivariateNormal"]
