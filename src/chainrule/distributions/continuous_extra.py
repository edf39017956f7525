"""Cauchy, HalfNormal, Chi2 and StudentT, sampled with the same generator calls as torch."""

import math

import chainrule

from . import constraints
from .continuous import Normal
from .continuous_more import Gamma
from .distribution import Distribution, LocScale, broadcast_all
from .transformed_distribution import TransformedDistribution
from .transforms import AbsTransform


class Cauchy(LocScale):
    """Lorentz distribution centred at ``loc`` with half-width ``scale``."""

    @property
    def mean(self):
        return chainrule.full(tuple(self._extended_shape()), math.nan, dtype=self.loc.dtype)

    @property
    def variance(self):
        return chainrule.full(tuple(self._extended_shape()), math.inf, dtype=self.loc.dtype)

    def rsample(self, sample_shape=()):
        eps = self.loc.new_empty(tuple(self._extended_shape(sample_shape))).cauchy_()
        return self.loc + eps * self.scale

    def _log_prob(self, value):
        return (-math.log(math.pi) - self.scale.log()
                - (((value - self.loc) / self.scale) ** 2).log1p())

    def cdf(self, value):
        self._maybe_validate(value)
        return chainrule.atan((value - self.loc) / self.scale) / math.pi + 0.5

    def icdf(self, value):
        return chainrule.tan(math.pi * (value - 0.5)) * self.scale + self.loc

    def entropy(self):
        return math.log(4 * math.pi) + self.scale.log()


class HalfNormal(TransformedDistribution):
    """``|X|`` for ``X ~ Normal(0, scale)``."""

    arg_constraints = {"scale": constraints.positive}
    support = constraints.nonnegative
    has_rsample = True

    def __init__(self, scale, validate_args=None):
        super().__init__(Normal(0, scale, validate_args=False), AbsTransform(),
                         validate_args=validate_args)

    @property
    def scale(self):
        return self.base_dist.scale

    @property
    def mean(self):
        return self.scale * math.sqrt(2 / math.pi)

    @property
    def mode(self):
        return chainrule.zeros_like(self.scale)

    @property
    def variance(self):
        return self.scale.pow(2) * (1 - 2 / math.pi)

    def _log_prob(self, value):
        log_prob = self.base_dist.log_prob(value) + math.log(2)
        return chainrule.where(value >= 0, log_prob, -math.inf)

    def cdf(self, value):
        self._maybe_validate(value)
        return 2 * self.base_dist.cdf(value) - 1

    def entropy(self):
        return self.base_dist.entropy() - math.log(2)


class Chi2(Gamma):
    """Chi-squared with ``df`` degrees of freedom: ``Gamma(df / 2, 1 / 2)``."""

    arg_constraints = {"df": constraints.positive}

    def __init__(self, df, validate_args=None):
        super().__init__(0.5 * df, 0.5, validate_args=validate_args)

    @property
    def df(self):
        return self.concentration * 2


class StudentT(Distribution):
    """Student's t with ``df`` degrees of freedom, location ``loc`` and scale ``scale``."""

    arg_constraints = {"df": constraints.positive, "loc": constraints.real,
                       "scale": constraints.positive}
    support = constraints.real
    has_rsample = True

    def __init__(self, df, loc=0.0, scale=1.0, validate_args=None):
        self.df, self.loc, self.scale = broadcast_all(df, loc, scale)
        self._chi2 = Chi2(self.df)
        super().__init__(self.df.shape, validate_args=validate_args)

    @property
    def mean(self):
        return chainrule.where(self.df <= 1, math.nan, self.loc)

    @property
    def mode(self):
        return self.loc

    @property
    def variance(self):
        df = self.df
        finite = self.scale.pow(2) * df / (df - 2)
        return chainrule.where(df > 2, finite, chainrule.where(df > 1, math.inf, math.nan))

    def rsample(self, sample_shape=()):
        x = self.df.new_empty(tuple(self._extended_shape(sample_shape))).normal_()
        z = self._chi2.rsample(sample_shape)
        return self.loc + self.scale * (x * chainrule.rsqrt(z / self.df))

    def _log_prob(self, value):
        y = (value - self.loc) / self.scale
        z = (self.scale.log() + 0.5 * self.df.log() + 0.5 * math.log(math.pi)
             + chainrule.lgamma(0.5 * self.df) - chainrule.lgamma(0.5 * (self.df + 1.0)))
        return -0.5 * (self.df + 1.0) * chainrule.log1p(y**2.0 / self.df) - z

    def entropy(self):
        half = 0.5 * self.df
        lbeta = chainrule.lgamma(half) + math.lgamma(0.5) - chainrule.lgamma(half + 0.5)
        return (self.scale.log()
                + 0.5 * (self.df + 1) * (chainrule.digamma(half + 0.5) - chainrule.digamma(half))
                + 0.5 * self.df.log() + lbeta)
