"""OneHotCategorical: a Categorical whose samples are one-hot vectors."""

import chainrule

from . import constraints
from .discrete import Categorical
from .distribution import Distribution


class OneHotCategorical(Distribution):
    """One-hot draws from ``Categorical(probs, logits)``; events are the last dimension."""

    arg_constraints = {"probs": constraints.simplex, "logits": constraints.real_vector}
    support = constraints.one_hot

    def __init__(self, probs=None, logits=None, validate_args=None):
        self._categorical = Categorical(probs, logits)
        param = self._categorical.probs if probs is not None else self._categorical.logits
        super().__init__(self._categorical.batch_shape, param.shape[-1:],
                         validate_args=validate_args)

    @property
    def probs(self):
        return self._categorical.probs

    @property
    def logits(self):
        return self._categorical.logits

    @property
    def mean(self):
        return self._categorical.probs

    @property
    def mode(self):
        probs = self._categorical.probs
        return chainrule.nn.functional.one_hot(probs.argmax(-1), probs.shape[-1]).to(probs)

    @property
    def variance(self):
        return self.probs * (1 - self.probs)

    def sample(self, sample_shape=()):
        indices = self._categorical.sample(sample_shape)
        num_events = self._categorical._num_events
        return chainrule.nn.functional.one_hot(indices, num_events).to(self.probs)

    def _log_prob(self, value):
        return self._categorical.log_prob(value.max(-1)[1])

    def entropy(self):
        return self._categorical.entropy()
