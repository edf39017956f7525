"""Exponential, Laplace, Gamma, Dirichlet and Beta (Gamma-family samples carry no gradient)."""

import chainrule

from .._type_info import finfo
from . import constraints
from ._gamma_sampler import sample_dirichlet, standard_gamma
from .distribution import Distribution, LocScale, broadcast_all


class Exponential(Distribution):
    """Waiting time with rate ``rate``; sampled as torch does, ``exponential_() / rate``."""

    arg_constraints = {"rate": constraints.positive}
    support = constraints.nonnegative
    has_rsample = True

    def __init__(self, rate, validate_args=None):
        (self.rate,) = broadcast_all(rate)
        super().__init__(self.rate.shape, validate_args=validate_args)

    @property
    def mean(self):
        return self.rate.reciprocal()

    @property
    def mode(self):
        return chainrule.zeros_like(self.rate)

    @property
    def stddev(self):
        return self.rate.reciprocal()

    @property
    def variance(self):
        return self.rate.pow(-2)

    def rsample(self, sample_shape=()):
        shape = tuple(self._extended_shape(sample_shape))
        return self.rate.new_empty(shape).exponential_() / self.rate

    def _log_prob(self, value):
        return self.rate.log() - self.rate * value

    def cdf(self, value):
        self._maybe_validate(value)
        return 1 - chainrule.exp(-self.rate * value)

    def icdf(self, value):
        return -chainrule.log1p(-value) / self.rate

    def entropy(self):
        return 1.0 - chainrule.log(self.rate)


class Laplace(LocScale):
    """Double-exponential around ``loc`` with scale ``scale``, sampled by inverse cdf."""

    @property
    def variance(self):
        return 2 * self.scale.pow(2)

    @property
    def stddev(self):
        return (2**0.5) * self.scale

    def rsample(self, sample_shape=()):
        shape = tuple(self._extended_shape(sample_shape))
        u = self.loc.new_empty(shape).uniform_(finfo(self.loc.dtype).eps - 1, 1)
        return self.loc - self.scale * u.sign() * chainrule.log1p(-u.abs())

    def _log_prob(self, value):
        return -chainrule.log(2 * self.scale) - chainrule.abs(value - self.loc) / self.scale

    def cdf(self, value):
        self._maybe_validate(value)
        d = value - self.loc
        return 0.5 - 0.5 * d.sign() * chainrule.expm1(-d.abs() / self.scale)

    def entropy(self):
        return 1 + chainrule.log(2 * self.scale)


class Gamma(Distribution):
    """Gamma with shape ``concentration`` and inverse scale ``rate``."""

    arg_constraints = {"concentration": constraints.positive, "rate": constraints.positive}
    support = constraints.nonnegative
    has_rsample = True

    def __init__(self, concentration, rate, validate_args=None):
        self.concentration, self.rate = broadcast_all(concentration, rate)
        super().__init__(self.concentration.shape, validate_args=validate_args)

    @property
    def mean(self):
        return self.concentration / self.rate

    @property
    def mode(self):
        return ((self.concentration - 1) / self.rate).clamp(min=0)

    @property
    def variance(self):
        return self.concentration / self.rate.pow(2)

    def rsample(self, sample_shape=()):
        shape = tuple(self._extended_shape(sample_shape))
        return standard_gamma(self.concentration.expand(shape)) / self.rate.expand(shape)

    def _log_prob(self, value):
        c, r = self.concentration, self.rate
        return (chainrule.xlogy(c, r) + chainrule.xlogy(c - 1, value) - r * value
                - chainrule.lgamma(c))

    def entropy(self):
        c = self.concentration
        return (c - chainrule.log(self.rate) + chainrule.lgamma(c)
                + (1.0 - c) * chainrule.digamma(c))


class Dirichlet(Distribution):
    """Distribution over the probability simplex with parameters ``concentration``."""

    arg_constraints = {"concentration": constraints.independent(constraints.positive, 1)}
    support = constraints.simplex
    has_rsample = True

    def __init__(self, concentration, validate_args=None):
        if concentration.dim() < 1:
            raise ValueError("`concentration` parameter must be at least one-dimensional.")
        self.concentration = concentration
        shape = concentration.shape
        super().__init__(shape[:-1], shape[-1:], validate_args=validate_args)

    @property
    def mean(self):
        return self.concentration / self.concentration.sum(-1, True)

    @property
    def variance(self):
        con0 = self.concentration.sum(-1, True)
        return self.concentration * (con0 - self.concentration) / (con0.pow(2) * (con0 + 1))

    def rsample(self, sample_shape=()):
        shape = tuple(self._extended_shape(sample_shape))
        return sample_dirichlet(self.concentration.expand(shape))

    def _log_prob(self, value):
        c = self.concentration
        return (chainrule.xlogy(c - 1.0, value).sum(-1) + chainrule.lgamma(c.sum(-1))
                - chainrule.lgamma(c).sum(-1))

    def entropy(self):
        c = self.concentration
        k, a0 = c.size(-1), c.sum(-1)
        return (chainrule.lgamma(c).sum(-1) - chainrule.lgamma(a0)
                - (k - a0) * chainrule.digamma(a0)
                - ((c - 1.0) * chainrule.digamma(c)).sum(-1))


class Beta(Distribution):
    """Beta on [0, 1], computed as the two-category Dirichlet, as torch does."""

    arg_constraints = {"concentration1": constraints.positive,
                       "concentration0": constraints.positive}
    support = constraints.unit_interval
    has_rsample = True

    def __init__(self, concentration1, concentration0, validate_args=None):
        c1, c0 = broadcast_all(concentration1, concentration0)
        self._dirichlet = Dirichlet(chainrule.stack([c1, c0], -1), validate_args=validate_args)
        super().__init__(self._dirichlet._batch_shape, validate_args=validate_args)

    @property
    def concentration1(self):
        return self._dirichlet.concentration[..., 0]

    @property
    def concentration0(self):
        return self._dirichlet.concentration[..., 1]

    @property
    def mean(self):
        return self.concentration1 / (self.concentration1 + self.concentration0)

    @property
    def variance(self):
        total = self.concentration1 + self.concentration0
        return self.concentration1 * self.concentration0 / (total.pow(2) * (total + 1))

    def rsample(self, sample_shape=()):
        return self._dirichlet.rsample(sample_shape).select(-1, 0)

    def _log_prob(self, value):
        return self._dirichlet.log_prob(chainrule.stack([value, 1.0 - value], -1))

    def entropy(self):
        return self._dirichlet.entropy()
