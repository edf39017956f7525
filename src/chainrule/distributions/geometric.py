"""Geometric: the number of failures before the first success (torch's module path)."""

import chainrule

from .._type_info import finfo
from ..autograd.grad_mode import no_grad
from . import constraints
from .discrete import BinaryParameter
from .distribution import broadcast_all


class Geometric(BinaryParameter):
    """Failures before a success of probability ``probs`` (or log-odds ``logits``)."""

    support = constraints.nonnegative_integer

    @property
    def mean(self):
        return 1.0 / self.probs - 1.0

    @property
    def mode(self):
        return chainrule.zeros_like(self.probs)

    @property
    def variance(self):
        return (1.0 / self.probs - 1.0) / self.probs

    def sample(self, sample_shape=()):
        shape = tuple(self._extended_shape(sample_shape))
        with no_grad():
            u = self.probs.new_empty(shape).uniform_(finfo(self.probs.dtype).tiny, 1)
            return (u.log() / (-self.probs).log1p()).floor()

    def _log_prob(self, value):
        value, probs = broadcast_all(value, self.probs)
        probs = chainrule.where((probs == 1) & (value == 0), 0.0, probs)
        return value * (-probs).log1p() + self.probs.log()

    def entropy(self):
        bce = chainrule.nn.functional.binary_cross_entropy_with_logits
        return bce(self.logits, self.probs, reduction="none") / self.probs
