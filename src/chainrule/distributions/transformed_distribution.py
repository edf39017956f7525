"""TransformedDistribution: a base distribution pushed through a list of elementwise transforms."""

from ..autograd.grad_mode import no_grad
from .distribution import Distribution
from .independent import _sum_rightmost
from .transforms import Transform


class TransformedDistribution(Distribution):
    """Samples ``t_n(...t_1(x))`` for ``x`` from ``base_distribution``; log_prob by change of
    variables."""

    arg_constraints = {}

    def __init__(self, base_distribution, transforms, validate_args=None):
        if isinstance(transforms, Transform):
            transforms = [transforms]
        elif not (isinstance(transforms, list)
                  and all(isinstance(t, Transform) for t in transforms)):
            raise ValueError("transforms must be a Transform or a list of Transforms, "
                             f"but was {transforms}")
        self.transforms = transforms
        self.base_dist = base_distribution
        super().__init__(base_distribution.batch_shape, base_distribution.event_shape,
                         validate_args=validate_args)

    @property
    def has_rsample(self):
        return self.base_dist.has_rsample

    @property
    def support(self):
        return self.transforms[-1].codomain if self.transforms else self.base_dist.support

    def sample(self, sample_shape=()):
        with no_grad():
            return self._forward(self.base_dist.sample(sample_shape))

    def rsample(self, sample_shape=()):
        return self._forward(self.base_dist.rsample(sample_shape))

    def _forward(self, x):
        for t in self.transforms:
            x = t(x)
        return x

    def _log_prob(self, value):
        event_dim = len(self.event_shape)
        log_prob = 0.0
        y = value
        for t in reversed(self.transforms):
            x = t._inverse(y)
            log_prob = log_prob - _sum_rightmost(t.log_abs_det_jacobian(x, y), event_dim)
            y = x
        base_log_prob = self.base_dist.log_prob(y)
        return log_prob + _sum_rightmost(base_log_prob, event_dim - len(self.base_dist.event_shape))
