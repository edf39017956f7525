"""Random numbers: a seeded Generator and the torch factories that draw from it.

The stream is NumPy's PCG64, not PyTorch's Mersenne Twister, so seeded values differ from torch's;
what matches is the API, the dtypes and the distributions.
"""

import numpy as np

from . import _dtype
from ._creation import _finish, _size
from ._tensor import Tensor
from .autograd.forward_ad import state as _fw_state


class Generator:
    """A source of random numbers; ``manual_seed`` makes its draws repeatable."""

    def __init__(self, device="cpu"):
        self.device = device
        self._seed = 67280421310721
        self._rng = np.random.default_rng(self._seed)

    def manual_seed(self, seed):
        """Reset the stream to ``seed`` and return self."""
        self._seed = int(seed)
        self._rng = np.random.default_rng(self._seed)
        return self

    def seed(self):
        """Reseed from fresh entropy and return the seed used."""
        s = int(np.random.SeedSequence().entropy % (2 ** 63))
        self.manual_seed(s)
        return s

    def initial_seed(self):
        return self._seed

    def get_state(self):
        """Return the state as a uint8 tensor (restorable with ``set_state``)."""
        import json
        raw = json.dumps(self._rng.bit_generator.state).encode()
        return Tensor._make(np.frombuffer(raw, dtype=np.uint8).copy())

    def set_state(self, state):
        import json
        self._rng.bit_generator.state = json.loads(bytes(state._data).decode())
        return self


default_generator = Generator()


def manual_seed(seed):
    """Seed the default generator."""
    return default_generator.manual_seed(seed)


def seed():
    """Seed the default generator from fresh entropy."""
    return default_generator.seed()


def initial_seed():
    return default_generator.initial_seed()


def get_rng_state():
    return default_generator.get_state()


def set_rng_state(new_state):
    default_generator.set_state(new_state)


def _rng(generator):
    if _fw_state.batch:  # inside vmap: its randomness flag decides (error, loop, or same)
        from .func._vmap import check_random
        check_random()
    return (generator or default_generator)._rng


def _float_dtype(dtype):
    dt = dtype or _dtype.get_default_dtype()
    if not dt.is_floating_point:
        raise RuntimeError(f"\"check_uniform_bounds\" not implemented for '{dt.name}'")
    return dt


def rand(*args, size=None, generator=None, out=None, dtype=None, layout=None, device=None,
         requires_grad=False, pin_memory=False):
    """Uniform samples on [0, 1)."""
    dt = _float_dtype(dtype)
    return _finish(_rng(generator).random(_size(args, size)).astype(dt.np), requires_grad)


def randn(*args, size=None, generator=None, out=None, dtype=None, layout=None, device=None,
          requires_grad=False, pin_memory=False):
    """Standard normal samples."""
    dt = _float_dtype(dtype)
    samples = _rng(generator).standard_normal(_size(args, size))
    return _finish(samples.astype(dt.np), requires_grad)


def randint(low, high=None, size=None, *, generator=None, out=None, dtype=None, layout=None,
            device=None, requires_grad=False):
    """Uniform integers in [low, high)."""
    if high is None:
        low, high = 0, low
    dt = dtype or _dtype.int64
    return _finish(_rng(generator).integers(low, high, size=tuple(size)).astype(dt.np),
                   requires_grad)


def randperm(n, *, generator=None, dtype=None, device=None, requires_grad=False):
    """A random permutation of 0..n-1."""
    dt = dtype or _dtype.int64
    return _finish(_rng(generator).permutation(n).astype(dt.np), requires_grad)


def normal(mean=0.0, std=1.0, size=None, *, generator=None, out=None, dtype=None,
           requires_grad=False):
    """Normal samples with the given mean and std (scalars or tensors)."""
    m = mean._data if isinstance(mean, Tensor) else mean
    s = std._data if isinstance(std, Tensor) else std
    shape = tuple(size) if size is not None else np.broadcast_shapes(np.shape(m), np.shape(s))
    ref = mean if isinstance(mean, Tensor) else std if isinstance(std, Tensor) else None
    dt = dtype or (ref.dtype if ref is not None else _dtype.get_default_dtype())
    return _finish((m + s * _rng(generator).standard_normal(shape)).astype(dt.np), requires_grad)


def bernoulli(input, p=None, *, generator=None):
    """Draw 0/1 with probabilities ``input`` (or ``p``)."""
    probs = input._data if p is None else np.full(input._data.shape, p)
    return Tensor._make((_rng(generator).random(probs.shape) < probs).astype(input._data.dtype))


def multinomial(input, num_samples, replacement=False, *, generator=None):
    """Draw category indices with probabilities proportional to the rows of ``input``."""
    probs = input._data.astype(np.float64)
    rows = probs.reshape(-1, probs.shape[-1])
    rng = _rng(generator)
    out = np.stack([rng.choice(len(r), size=num_samples, replace=replacement, p=r / r.sum())
                    for r in rows])
    return Tensor._make(out.reshape(probs.shape[:-1] + (num_samples,)).astype(np.int64))


def fill_uniform_(t, a, b, generator=None):
    """Fill ``t`` in place with uniform samples on [a, b)."""
    t._data[...] = _rng(generator).uniform(a, b, t._data.shape)
    t._bump_version()
    return t


def fill_normal_(t, mean, std, generator=None):
    """Fill ``t`` in place with normal samples."""
    t._data[...] = mean + std * _rng(generator).standard_normal(t._data.shape)
    t._bump_version()
    return t
