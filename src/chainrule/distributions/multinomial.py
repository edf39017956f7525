"""Multinomial: counts of ``total_count`` Categorical draws (torch's module path)."""

import math

import chainrule

from . import constraints
from .discrete import Categorical
from .distribution import Distribution, broadcast_all


class _Multinomial(constraints.Constraint):
    is_discrete = True
    event_dim = 1

    def __init__(self, upper_bound):
        self.upper_bound = upper_bound

    def check(self, x):
        return (x >= 0).all(dim=-1) & (x.sum(dim=-1) <= self.upper_bound)


class Multinomial(Distribution):
    """Counts per category after ``total_count`` independent draws from ``probs``/``logits``."""

    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}

    def __init__(self, total_count=1, probs=None, logits=None, validate_args=None):
        if not isinstance(total_count, int):
            raise NotImplementedError("inhomogeneous total_count is not supported")
        self.total_count = total_count
        self._categorical = Categorical(probs=probs, logits=logits)
        param = self._categorical.probs if probs is not None else self._categorical.logits
        super().__init__(self._categorical.batch_shape, param.shape[-1:],
                         validate_args=validate_args)

    @property
    def support(self):
        return _Multinomial(self.total_count)

    @property
    def probs(self):
        return self._categorical.probs

    @property
    def logits(self):
        return self._categorical.logits

    @property
    def mean(self):
        return self.probs * self.total_count

    @property
    def variance(self):
        return self.total_count * self.probs * (1 - self.probs)

    def sample(self, sample_shape=()):
        samples = self._categorical.sample((self.total_count,) + tuple(sample_shape))
        samples = samples.permute(*range(1, samples.dim()), 0)
        counts = chainrule.zeros(tuple(self._extended_shape(sample_shape)), dtype=samples.dtype)
        counts.scatter_add_(-1, samples, chainrule.ones_like(samples))
        return counts.type_as(self.probs)

    def _log_prob(self, value):
        logits, value = broadcast_all(self.logits, value)
        logits = chainrule.where((value == 0) & (logits == -math.inf), 0.0, logits)
        log_factorial_n = chainrule.lgamma(value.sum(-1) + 1)
        log_factorial_xs = chainrule.lgamma(value + 1).sum(-1)
        return log_factorial_n - log_factorial_xs + (logits * value).sum(-1)
