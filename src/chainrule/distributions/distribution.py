"""Distribution: the base class (shapes, sampling shape rules, torch's repr) and broadcast_all."""

import functools

from .._creation import tensor
from .._tensor import Size, Tensor
from ..autograd.grad_mode import no_grad

lazy_property = functools.cached_property  # caches in the instance __dict__, as torch's does


def broadcast_all(*values):
    """Turn numbers into tensors (default dtype, or the tensors' dtype) and broadcast together."""
    like = next((v for v in values if isinstance(v, Tensor)), None)
    dtype = like.dtype if like is not None else None
    tensors = [v if isinstance(v, Tensor) else tensor(float(v), dtype=dtype) for v in values]
    shape = Size(_broadcast_shape([t.shape for t in tensors]))
    return tuple(t if t.shape == shape else t.expand(shape) for t in tensors)


def _broadcast_shape(shapes):
    ndim = max((len(s) for s in shapes), default=0)
    out = []
    for i in range(ndim):
        sizes = {s[i - ndim + len(s)] for s in shapes if i - ndim + len(s) >= 0} - {1}
        out.append(sizes.pop() if sizes else 1)
    return tuple(out)


class Distribution:
    """A batch of probability distributions; subclasses define log_prob, sample and moments."""

    arg_constraints = {}
    has_rsample = False

    def __init__(self, batch_shape=(), event_shape=(), validate_args=None):
        self._batch_shape = Size(batch_shape)
        self._event_shape = Size(event_shape)

    @property
    def batch_shape(self):
        return self._batch_shape

    @property
    def event_shape(self):
        return self._event_shape

    @property
    def stddev(self):
        return self.variance.sqrt()

    def _extended_shape(self, sample_shape=()):
        return Size(tuple(sample_shape) + tuple(self._batch_shape) + tuple(self._event_shape))

    def sample(self, sample_shape=()):
        """Draw samples without gradient (reparameterised ones come from ``rsample``)."""
        with no_grad():
            return self.rsample(sample_shape)

    def __repr__(self):
        names = [k for k in self.arg_constraints if k in self.__dict__]
        args = ", ".join(
            f"{k}: {self.__dict__[k] if self.__dict__[k].numel() == 1 else self.__dict__[k].size()}"
            for k in names)
        return f"{type(self).__name__}({args})"
