"""VonMises: the circular normal, sampled with torch's Best-Fisher rejection loop in double
precision (same generator calls, so seeded samples follow torch's)."""

import math

import chainrule

from .. import special
from . import constraints
from .distribution import Distribution, broadcast_all


def _log_i0(x):
    """log I0(x) for x > 0, through the exponentially scaled Bessel function (no overflow)."""
    return special.i0e(x).log() + x


def _log_i1(x):
    return special.i1e(x).log() + x


class VonMises(Distribution):
    """Angles around ``loc`` with concentration ``concentration`` (values taken modulo 2π).

    Differences from torch: log I0 comes from ``special.i0e`` rather than torch's polynomial
    fits, so ``log_prob``/``variance`` may differ from torch's in the last float32 bits.
    """

    arg_constraints = {"loc": constraints.real, "concentration": constraints.positive}
    support = constraints.real
    has_rsample = False

    def __init__(self, loc, concentration, validate_args=None):
        self.loc, self.concentration = broadcast_all(loc, concentration)
        super().__init__(self.loc.shape, (), validate_args=validate_args)

    def _log_prob(self, value):
        return (self.concentration * chainrule.cos(value - self.loc) - math.log(2 * math.pi)
                - _log_i0(self.concentration))

    def _proposal_r(self, kappa):
        """Best and Fisher's envelope parameter; its Taylor form for tiny ``kappa``."""
        tau = 1 + (1 + 4 * kappa ** 2).sqrt()
        rho = (tau - (2 * tau).sqrt()) / (2 * kappa)
        return chainrule.where(kappa < 1e-5, 1 / kappa + kappa, (1 + rho ** 2) / (2 * rho))

    def sample(self, sample_shape=()):
        """Draw angles in [-π, π) by rejection, three uniforms per round as torch."""
        with chainrule.no_grad():
            loc = self.loc.to(chainrule.float64)
            kappa = self.concentration.to(chainrule.float64)
            r = self._proposal_r(kappa)
            shape = tuple(self._extended_shape(sample_shape))
            x = chainrule.zeros(shape, dtype=chainrule.float64)
            done = chainrule.zeros(shape, dtype=chainrule.bool)
            while not done.all():
                u1, u2, u3 = chainrule.rand((3,) + shape, dtype=chainrule.float64).unbind()
                z = chainrule.cos(math.pi * u1)
                f = (1 + r * z) / (r + z)
                c = kappa * (r - f)
                accept = ((c * (2 - c) - u2) > 0) | ((c / u2).log() + 1 - c >= 0)
                if accept.any():
                    x = chainrule.where(accept, (u3 - 0.5).sign() * f.acos(), x)
                    done = done | accept
            return ((x + math.pi + loc) % (2 * math.pi) - math.pi).to(self.loc.dtype)

    def expand(self, batch_shape, _instance=None):
        return type(self)(self.loc.expand(batch_shape), self.concentration.expand(batch_shape),
                          validate_args=self.__dict__.get("_validate_args"))

    @property
    def mean(self):
        """The circular mean."""
        return self.loc

    @property
    def mode(self):
        return self.loc

    @property
    def variance(self):
        """The circular variance, 1 - I1(κ)/I0(κ)."""
        k = self.concentration.to(chainrule.float64)
        return (1 - (_log_i1(k) - _log_i0(k)).exp()).to(self.loc.dtype)
