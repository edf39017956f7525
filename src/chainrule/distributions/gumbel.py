"""Gumbel: the extreme-value distribution, as transforms of a Uniform (torch's module path)."""

import math

import chainrule

from .._type_info import finfo
from . import constraints
from .continuous import Uniform
from .distribution import broadcast_all
from .transformed_distribution import TransformedDistribution
from .transforms import AffineTransform, ExpTransform

_EULER = 0.57721566490153286060


class Gumbel(TransformedDistribution):
    """Gumbel with location ``loc`` and scale ``scale``: ``loc - scale * log(-log(U))``."""

    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.real

    def __init__(self, loc, scale, validate_args=None):
        self.loc, self.scale = broadcast_all(loc, scale)
        info = finfo(self.loc.dtype)
        base = Uniform(chainrule.full_like(self.loc, info.tiny),
                       chainrule.full_like(self.loc, 1 - info.eps), validate_args=validate_args)
        parts = [ExpTransform().inv, AffineTransform(loc=0, scale=-chainrule.ones_like(self.scale)),
                 ExpTransform().inv, AffineTransform(loc=self.loc, scale=-self.scale)]
        super().__init__(base, parts, validate_args=validate_args)

    def _log_prob(self, value):
        y = (self.loc - value) / self.scale
        return (y - y.exp()) - self.scale.log()

    @property
    def mean(self):
        return self.loc + self.scale * _EULER

    @property
    def mode(self):
        return self.loc

    @property
    def stddev(self):
        return (math.pi / math.sqrt(6)) * self.scale

    @property
    def variance(self):
        return self.stddev.pow(2)

    def entropy(self):
        return self.scale.log() + (1 + _EULER)
