"""Binomial: successes in ``total_count`` trials of probability ``probs`` (torch's module path)."""

import chainrule

from ..autograd.grad_mode import no_grad
from . import constraints
from ._binomial_sampler import binomial
from .discrete import _one_source, probs_to_logits
from .distribution import Distribution, broadcast_all, lazy_property


def _clamp_by_zero(x):
    """``max(x, 0)`` with gradient 1/2 at zero, as torch."""
    return (x.clamp(min=0) + x - x.clamp(max=0)) / 2


class Binomial(Distribution):
    """Number of successes in ``total_count`` Bernoulli trials."""

    arg_constraints = {"total_count": constraints.nonnegative_integer,
                       "probs": constraints.unit_interval, "logits": constraints.real}

    def __init__(self, total_count=1, probs=None, logits=None, validate_args=None):
        _one_source(probs, logits)
        if probs is not None:
            self.total_count, self.probs = broadcast_all(total_count, probs)
            self.total_count = self.total_count.type_as(self.probs)
        else:
            self.total_count, self.logits = broadcast_all(total_count, logits)
            self.total_count = self.total_count.type_as(self.logits)
        param = self.probs if probs is not None else self.logits
        super().__init__(param.shape, validate_args=validate_args)

    @property
    def support(self):
        return constraints.integer_interval(0, self.total_count)

    @lazy_property
    def logits(self):
        return probs_to_logits(self.probs, is_binary=True)

    @lazy_property
    def probs(self):
        return chainrule.sigmoid(self.logits)

    @property
    def mean(self):
        return self.total_count * self.probs

    @property
    def mode(self):
        return ((self.total_count + 1) * self.probs).floor().clamp(max=self.total_count)

    @property
    def variance(self):
        return self.total_count * self.probs * (1 - self.probs)

    def sample(self, sample_shape=()):
        shape = tuple(self._extended_shape(sample_shape))
        with no_grad():
            return binomial(self.total_count.expand(shape), self.probs.expand(shape))

    def _log_prob(self, value):
        n, logits = self.total_count, self.logits
        log_factorial_n = chainrule.lgamma(n + 1)
        log_factorial_k = chainrule.lgamma(value + 1)
        log_factorial_nmk = chainrule.lgamma(n - value + 1)
        normalize_term = (n * _clamp_by_zero(logits)
                          + n * chainrule.log1p(chainrule.exp(-chainrule.abs(logits)))
                          - log_factorial_n)
        return value * logits - log_factorial_k - log_factorial_nmk - normalize_term
