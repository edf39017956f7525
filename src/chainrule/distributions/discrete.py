"""Categorical and Bernoulli, parameterised by probabilities or by logits."""

from .._creation import arange, full_like
from .._ops.nn import binary_cross_entropy_with_logits, softmax
from .._ops.pointwise import log, sigmoid, where
from .._ops.pointwise_more import log1p
from .._ops.reduction_more import logsumexp
from .._type_info import finfo
from ..random import bernoulli, multinomial
from . import constraints
from .distribution import Distribution, broadcast_all, lazy_property


def clamp_probs(probs):
    """Keep probabilities inside (0, 1) by the dtype's eps, so their logs stay finite."""
    eps = finfo(probs.dtype).eps
    return probs.clamp(min=eps, max=1 - eps)


def probs_to_logits(probs, is_binary=False):
    """Log-odds of binary probabilities, or log-probabilities of categorical ones."""
    ps = clamp_probs(probs)
    return log(ps) - log1p(-ps) if is_binary else log(ps)


def _one_source(probs, logits):
    if (probs is None) == (logits is None):
        raise ValueError("Either `probs` or `logits` must be specified, but not both.")


class Categorical(Distribution):
    """A distribution over ``{0, ..., K-1}`` given by (unnormalised) probs or logits."""

    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}

    def __init__(self, probs=None, logits=None, validate_args=None):
        _one_source(probs, logits)
        if probs is not None:
            self.probs = probs / probs.sum(-1, keepdim=True)
        else:
            self.logits = logits - logsumexp(logits, -1, keepdim=True)
        param = self.probs if probs is not None else self.logits
        self._num_events = param.shape[-1]
        super().__init__(param.shape[:-1], validate_args=validate_args)

    @lazy_property
    def logits(self):
        return probs_to_logits(self.probs)

    @lazy_property
    def probs(self):
        return softmax(self.logits, -1)

    @property
    def support(self):
        return constraints.integer_interval(0, self._num_events - 1)

    @property
    def mode(self):
        return self.probs.argmax(-1)

    def enumerate_support(self, expand=True):
        """Every category index, shaped to broadcast against the batch."""
        values = arange(self._num_events).view((-1,) + (1,) * len(self._batch_shape))
        return values.expand((-1,) + tuple(self._batch_shape)) if expand else values

    @property
    def mean(self):
        return self.probs.new_full(tuple(self._extended_shape()), float("nan"))

    def sample(self, sample_shape=()):
        n = 1
        for s in sample_shape:
            n *= s
        probs_2d = self.probs.reshape(-1, self._num_events)
        samples_2d = multinomial(probs_2d, n, True).T
        return samples_2d.reshape(tuple(self._extended_shape(sample_shape)))

    def _log_prob(self, value):
        value = value.long().unsqueeze(-1)
        shape = tuple(max(a, b) for a, b in zip(
            (1,) * (self.logits.ndim - value.ndim) + tuple(value.shape),
            (1,) * (value.ndim - self.logits.ndim) + tuple(self.logits.shape)))
        log_pmf = self.logits.expand(shape)
        value = value.expand(shape)[..., :1]
        return log_pmf.gather(-1, value).squeeze(-1)

    def entropy(self):
        logits = self.logits.clamp(min=finfo(self.logits.dtype).min)
        return -(logits * self.probs).sum(-1)


class BinaryParameter(Distribution):
    """A family given by one success probability ``probs`` or its log-odds ``logits``
    (Bernoulli, Geometric): either one is computed from the other when first read."""

    arg_constraints = {"probs": constraints.unit_interval, "logits": constraints.real}

    def __init__(self, probs=None, logits=None, validate_args=None):
        _one_source(probs, logits)
        if probs is not None:
            (self.probs,) = broadcast_all(probs)
        else:
            (self.logits,) = broadcast_all(logits)
        param = self.probs if probs is not None else self.logits
        super().__init__(param.shape, validate_args=validate_args)

    @lazy_property
    def logits(self):
        return probs_to_logits(self.probs, is_binary=True)

    @lazy_property
    def probs(self):
        return sigmoid(self.logits)


class Bernoulli(BinaryParameter):
    """A 0/1 outcome with success probability ``probs`` (or log-odds ``logits``)."""

    support = constraints.boolean

    @property
    def mean(self):
        return self.probs

    @property
    def mode(self):
        mode = (self.probs >= 0.5).to(self.probs)
        return where(self.probs == 0.5, full_like(mode, float("nan")), mode)

    def enumerate_support(self, expand=True):
        """The values 0 and 1, shaped to broadcast against the batch."""
        param = self.__dict__.get("probs", self.__dict__.get("logits"))
        values = arange(2, dtype=param.dtype).view((-1,) + (1,) * len(self._batch_shape))
        return values.expand((-1,) + tuple(self._batch_shape)) if expand else values

    @property
    def variance(self):
        return self.probs * (1 - self.probs)

    def sample(self, sample_shape=()):
        shape = tuple(self._extended_shape(sample_shape))
        return bernoulli(self.probs.detach().expand(shape))

    def _log_prob(self, value):
        return -binary_cross_entropy_with_logits(self.logits, value, reduction="none")

    def entropy(self):
        return binary_cross_entropy_with_logits(self.logits, self.probs, reduction="none")
