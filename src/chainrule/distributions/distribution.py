"""Distribution: the base class (shapes, sampling shape rules, torch's repr) and broadcast_all."""

import functools

from .._creation import tensor
from .._tensor import Size, Tensor
from ..autograd.grad_mode import no_grad
from . import constraints

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
    _validate_args = __debug__  # torch validates by default unless python runs with -O

    @staticmethod
    def set_default_validate_args(value):
        """Turn argument validation on or off for distributions built afterwards."""
        Distribution._validate_args = bool(value)

    def __init__(self, batch_shape=(), event_shape=(), validate_args=None):
        self._batch_shape = Size(batch_shape)
        self._event_shape = Size(event_shape)
        if validate_args is not None:
            self._validate_args = validate_args
        if self._validate_args:
            self._check_params()

    def _check_params(self):
        for param, constraint in self.arg_constraints.items():
            if constraint is constraints.dependent or (
                    param not in self.__dict__ and isinstance(getattr(type(self), param, None),
                                                              lazy_property)):
                continue
            value = getattr(self, param)
            if not bool(constraint.check(value).all()):
                raise ValueError(
                    f"Expected parameter {param} (Tensor of shape {tuple(value.shape)}) of "
                    f"distribution {self!r} to satisfy the constraint {constraint!r}, but found "
                    f"invalid values:\n{value}")

    def _validate_sample(self, value):
        """Raise torch's ValueError when ``value`` has the wrong shape or lies off the support."""
        if not isinstance(value, Tensor):
            raise ValueError("The value argument to log_prob must be a Tensor")
        start = value.dim() - len(self._event_shape)
        if value.size()[start:] != self._event_shape:
            raise ValueError("The right-most size of value must match event_shape: "
                             f"{value.size()} vs {self._event_shape}.")
        expected = self._batch_shape + self._event_shape
        for i, j in zip(reversed(value.size()), reversed(expected)):
            if i != 1 and j != 1 and i != j:
                raise ValueError("Value is not broadcastable with batch_shape+event_shape: "
                                 f"{value.size()} vs {expected}.")
        support = self.support
        if support is not None and not bool(support.check(value).all()):
            raise ValueError(
                f"Expected value argument ({type(value).__name__} of shape "
                f"{tuple(value.shape)}) to be within the support ({support!r}) of the "
                f"distribution {self!r}, but found invalid values:\n{value}")

    support = None

    @property
    def batch_shape(self):
        return self._batch_shape

    @property
    def event_shape(self):
        return self._event_shape

    @property
    def mean(self):
        raise NotImplementedError(f"{type(self)} does not implement mean")

    @property
    def variance(self):
        raise NotImplementedError(f"{type(self)} does not implement variance")

    @property
    def stddev(self):
        return self.variance.sqrt()

    def rsample(self, sample_shape=()):
        raise NotImplementedError

    def _log_prob(self, value):
        raise NotImplementedError

    def cdf(self, value):
        raise NotImplementedError

    def icdf(self, value):
        raise NotImplementedError

    def entropy(self):
        raise NotImplementedError

    def enumerate_support(self, expand=True):
        raise NotImplementedError

    @property
    def mode(self):
        raise NotImplementedError(f"{type(self)} does not implement mode")

    def perplexity(self):
        """``exp(entropy)``, batched."""
        return self.entropy().exp()

    def expand(self, batch_shape, _instance=None):
        """A copy with parameters broadcast (without copying) to the new ``batch_shape``."""
        batch_shape = Size(batch_shape)
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        for name in self.arg_constraints:
            if name in self.__dict__:
                value = self.__dict__[name]
                trailing = tuple(value.shape[len(self._batch_shape):])
                new.__dict__[name] = value.expand(tuple(batch_shape) + trailing)
        new._batch_shape = batch_shape
        return new

    def _extended_shape(self, sample_shape=()):
        return Size(tuple(sample_shape) + tuple(self._batch_shape) + tuple(self._event_shape))

    def sample(self, sample_shape=()):
        """Draw samples without gradient (reparameterised ones come from ``rsample``)."""
        with no_grad():
            return self.rsample(sample_shape)

    def _maybe_validate(self, value):
        if self._validate_args:
            self._validate_sample(value)

    def log_prob(self, value):
        """Log density (or mass) of ``value``; checks the support first when validating."""
        self._maybe_validate(value)
        return self._log_prob(value)

    def __repr__(self):
        names = [k for k in self.arg_constraints if k in self.__dict__]
        args = ", ".join(
            f"{k}: {self.__dict__[k] if self.__dict__[k].numel() == 1 else self.__dict__[k].size()}"
            for k in names)
        return f"{type(self).__name__}({args})"


class LocScale(Distribution):
    """A real location-scale family (Normal, Laplace, Cauchy): parameters broadcast together,
    mean and mode at ``loc``; subclasses add the density and the sampler."""

    arg_constraints = {"loc": constraints.real, "scale": constraints.positive}
    support = constraints.real
    has_rsample = True

    def __init__(self, loc, scale, validate_args=None):
        self.loc, self.scale = broadcast_all(loc, scale)
        super().__init__(self.loc.shape, validate_args=validate_args)

    @property
    def mean(self):
        return self.loc

    @property
    def mode(self):
        return self.loc
