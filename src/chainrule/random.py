"""Random numbers: torch's CPU generator and the factories that draw from it.

The stream is torch's own (a Mersenne Twister with ATen's transforms), so after ``manual_seed`` the
values match PyTorch's CPU results bit for bit; see ``_mt19937`` and ``_random_kernels``.
"""

import contextlib
import secrets

import numpy as np

from . import _dtype
from . import _random_kernels as _kernels
from ._creation import _finish, _size
from ._device import as_device, usable_device
from ._mt19937 import Engine
from ._tensor import _CPP_NAMES, _SCALAR_NAMES, Tensor
from .autograd.forward_ad import state as _fw_state

_DEFAULT_SEED = 67280421310721


class Generator:
    """A source of random numbers; ``manual_seed`` makes its draws repeatable."""

    __module__ = "torch._C"  # printed as torch prints it: <torch._C.Generator object at 0x…>

    def __init__(self, device="cpu"):
        self.device = as_device(device)
        self._engine = Engine(_DEFAULT_SEED)

    def manual_seed(self, seed):
        """Reset the stream to ``seed`` and return self."""
        seed = int(seed)
        if not -2 ** 63 <= seed < 2 ** 64:
            raise ValueError("Overflow when unpacking long long")
        self._engine.manual_seed(seed)
        return self

    def seed(self):
        """Reseed from fresh entropy and return the seed used."""
        s = secrets.randbits(64)
        self._engine.manual_seed(s)
        return s

    def initial_seed(self):
        """Return the seed the stream started from."""
        return self._engine.seed

    def get_state(self):
        """Return the state as torch's 5056-byte uint8 tensor."""
        return Tensor._make(self._engine.get_state())

    def set_state(self, new_state):
        """Restore a state from ``get_state`` (torch's layout) and return self."""
        if not isinstance(new_state, Tensor) or new_state._data.dtype != np.uint8:
            raise TypeError("RNG state must be a torch.ByteTensor")
        self._engine.set_state(np.asarray(new_state._data))
        return self

    @property
    def _rng(self):
        """A NumPy Generator over this stream's words, for helpers that need NumPy's samplers."""
        return np.random.Generator(self._engine.bits)


# torch seeds its default generator from entropy at start-up; chainrule starts it from
# Generator()'s fixed seed instead, so unseeded programs and tests repeat run to run.
default_generator = Generator()


def manual_seed(seed):
    """Seed the default generator."""
    return default_generator.manual_seed(seed)


def seed():
    """Seed the default generator from fresh entropy."""
    return default_generator.seed()


def initial_seed():
    """Return the default generator's seed."""
    return default_generator.initial_seed()


def get_rng_state():
    """Return the default generator's state (a uint8 tensor)."""
    return default_generator.get_state()


def set_rng_state(new_state):
    """Restore the default generator's state."""
    default_generator.set_state(new_state)


@contextlib.contextmanager
def fork_rng(devices=None, enabled=True, _caller="fork_rng", _devices_kw="devices",
             device_type="cuda"):
    """Restore the CPU generator's state on exit, so draws inside leave the stream untouched."""
    if not enabled:
        yield
        return
    state = get_rng_state()
    try:
        yield
    finally:
        set_rng_state(state)


def draw_seed(generator=None):
    """One ``empty((), dtype=int64).random_()`` draw: how torch's data utilities seed themselves."""
    return int(_kernels.random_full(_engine(generator), 1, np.int64)[0])


def _engine(generator):
    """The engine to draw from (vmap's randomness flag is checked first)."""
    if _fw_state.batch:  # inside vmap: its randomness flag decides (error, loop, or same)
        from .func._vmap import check_random
        check_random()
    return (generator or default_generator)._engine


def _float_dtype(dtype, kernel="check_uniform_bounds"):
    """The dtype to draw in (default float32), raising torch's error for non-float dtypes."""
    dt = dtype or _dtype.get_default_dtype()
    if not (dt.is_floating_point or dt.is_complex):
        name = _SCALAR_NAMES.get(dt.name, dt.name)
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{name}'")
    return dt


def _check_float_tensor(t, kernel):
    """Raise torch's error for an in-place continuous draw into a non-float tensor."""
    kind = t._data.dtype.kind
    if kind == "f" or kind == "c" and kernel in ("check_uniform_bounds", "normal_kernel_cpu"):
        return
    name = t._data.dtype.name
    if kernel in ("Exponential", "Cauchy"):
        spelled = _SCALAR_NAMES[name] if kernel == "Exponential" else _CPP_NAMES[name]
        raise RuntimeError(f"{kernel} distribution is a continuous probability distribution. "
                           f"dtype must be a floating point but you specified {spelled}")
    if kernel != "geometric_cpu" or kind == "b":
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{_SCALAR_NAMES[name]}'")


def _check_std(std):
    """torch's error for a negative standard deviation."""
    if std < 0:
        raise RuntimeError(f"normal expects std >= 0.0, but found std {std:g}")


def _check_int_bounds(low, high, np_dtype):
    """torch's range check for ``random_(from, to)`` into a narrow integer or bool dtype."""
    if np_dtype.kind not in "iub" or np_dtype == np.int64:
        return
    info = np.iinfo(np.uint8 if np_dtype == np.bool_ else np_dtype)
    top = 1 if np_dtype == np.bool_ else info.max
    name = _CPP_NAMES[np_dtype.name]
    if low < info.min or low > top:
        raise RuntimeError(f"from is out of bounds for {name}")
    if high - 1 < info.min or high - 1 > top:
        raise RuntimeError(f"to - 1 is out of bounds for {name}")


def _check_probability(p):
    """torch's error for a scalar Bernoulli probability outside [0, 1]."""
    if not 0 <= p <= 1:
        raise RuntimeError(f"bernoulli_ expects p to be in [0, 1], but got p={p:g}")


def _numel(shape):
    """Element count of ``shape`` (1 for a 0-d shape)."""
    return int(np.prod(shape, dtype=np.int64))


def _uniform(engine, n, np_dtype, low, high):
    """``n`` uniform samples; a complex sample takes two, its real then imaginary part."""
    if np_dtype.kind == "c":
        real = np.dtype(np_dtype.char.lower())
        return _kernels.uniform(engine, 2 * n, real, low, high).view(np_dtype)
    return _kernels.uniform(engine, n, np_dtype, low, high)


def _normal(engine, n, np_dtype, mean, std, contiguous=True):
    """``n`` normal samples; complex ones draw both parts with variance split between them."""
    if np_dtype.kind == "c":
        real = np.dtype(np_dtype.char.lower())
        parts = _kernels.normal(engine, 2 * n, real, mean, std / np.sqrt(2.0), contiguous)
        return parts.view(np_dtype)
    return _kernels.normal(engine, n, np_dtype, mean, std, contiguous)


def rand(*args, size=None, generator=None, out=None, dtype=None, layout=None, device=None,
         requires_grad=False, pin_memory=False):
    """Return uniform samples on [0, 1), the same values torch draws after the same seed.

    >>> _ = chainrule.manual_seed(0)
    >>> chainrule.rand(3)
    tensor([0.4963, 0.7682, 0.0885])
    """
    usable_device(device)
    dt = _float_dtype(dtype)
    shape = _size(args, size, "rand")
    flat = _uniform(_engine(generator), _numel(shape), dt.np, 0.0, 1.0)
    return _finish(flat.reshape(shape), requires_grad)


def randn(*args, size=None, generator=None, out=None, dtype=None, layout=None, device=None,
          requires_grad=False, pin_memory=False):
    """Return standard normal samples (complex: both parts with variance 1/2), as torch's.

    >>> _ = chainrule.manual_seed(0)
    >>> chainrule.randn(3)
    tensor([ 1.5410, -0.2934, -2.1788])
    """
    usable_device(device)
    dt = _float_dtype(dtype, "normal_kernel_cpu")
    shape = _size(args, size, "randn")
    flat = _normal(_engine(generator), _numel(shape), dt.np, 0.0, 1.0)
    return _finish(flat.reshape(shape), requires_grad)


def randint(low=0, high=None, size=None, *, generator=None, out=None, dtype=None, layout=None,
            device=None, requires_grad=False):
    """Uniform integers in [low, high); ``randint(high, size)`` draws from [0, high)."""
    usable_device(device)
    position = 3
    if size is None:
        low, high, size, position = 0, low, high, 2
    elif high is None:
        low, high = 0, low
    if not isinstance(size, (tuple, list)):
        raise TypeError(f"randint(): argument 'size' (position {position}) must be tuple of ints, "
                        f"not {type(size).__name__}")
    if low >= high:
        raise RuntimeError(
            f"random_ expects 'from' to be less than 'to', but got from={low} >= to={high}")
    dt = dtype or _dtype.int64
    _check_int_bounds(low, high, dt.np)
    shape = tuple(size)
    flat = _kernels.random_from_to(_engine(generator), _numel(shape), int(low), int(high))
    return _finish(flat.reshape(shape).astype(dt.np), requires_grad)


def randperm(n, *, generator=None, dtype=None, device=None, requires_grad=False):
    """A random permutation of 0..n-1 (torch's swap loop, so seeded orders match)."""
    usable_device(device)
    dt = dtype or _dtype.int64
    _size((n,))
    return _finish(_kernels.randperm(_engine(generator), int(n)).astype(dt.np), requires_grad)


def normal(mean=0.0, std=1.0, size=None, *, generator=None, out=None, dtype=None,
           requires_grad=False):
    """Normal samples with the given mean and std (scalars or tensors), drawn as torch does."""
    mean_t, std_t = isinstance(mean, Tensor), isinstance(std, Tensor)
    if std_t:
        if std._data.size and std._data.min() < 0:
            raise RuntimeError("normal expects all elements of std >= 0.0")
    else:
        _check_std(std)
    if not (mean_t or std_t):
        dt = _float_dtype(dtype)
        shape = tuple(size)
        flat = _kernels.normal(_engine(generator), _numel(shape), dt.np, mean, std)
        return _finish(flat.reshape(shape), requires_grad)
    ref = mean if mean_t else std
    m = mean._data if mean_t else np.asarray(mean, ref._data.dtype)
    s = std._data if std_t else np.asarray(std, ref._data.dtype)
    shape = np.broadcast_shapes(np.shape(m), np.shape(s))
    draw = _kernels.normal(_engine(generator), _numel(shape), ref._data.dtype, 0.0,
                           1.0 if std_t else s)
    z = draw.reshape(shape)
    out_arr = (z * s + m) if std_t else (z + m)
    return _finish(out_arr.astype(ref._data.dtype, copy=False), requires_grad)


def bernoulli(input, p=None, *, generator=None):
    """Draw 0/1 with probabilities ``input`` (or the scalar ``p``)."""
    src = input._data  # like torch's empty_like: an expanded (overlapping) input gets C order
    overlapping = any(st == 0 and n > 1 for st, n in zip(src.strides, src.shape))
    out = np.empty(src.shape, src.dtype) if overlapping else np.empty_like(src)
    return fill_bernoulli_(Tensor._make(out), input if p is None else p, generator)


def multinomial(input, num_samples, replacement=False, *, generator=None):
    """Draw category indices with probabilities proportional to the rows of ``input``."""
    probs = input._data
    if probs.ndim not in (1, 2):
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if not replacement and num_samples > probs.shape[-1]:
        raise RuntimeError(
            "cannot sample n_sample > prob_dist.size(-1) samples without replacement")
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    if not np.isfinite(probs).all() or (probs < 0).any():
        raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
    if (probs.reshape(-1, probs.shape[-1]).sum(-1) <= 0).any():
        raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
    rows = probs.reshape(-1, probs.shape[-1])
    out = _kernels.multinomial(_engine(generator), rows, int(num_samples), replacement)
    return Tensor._make(out.reshape(probs.shape[:-1] + (int(num_samples),)))


def _memory_order(arr, like=None):
    """A view of ``arr`` whose C order is ``like``'s memory order (torch fills tensors that way)."""
    strides = (arr if like is None else like).strides
    return arr.transpose(sorted(range(arr.ndim), key=lambda d: -abs(strides[d])))


def _fill(t, flat):
    """Write ``flat`` into ``t`` in memory order and bump its version (an in-place op)."""
    view = _memory_order(t._data)
    view[...] = flat.reshape(view.shape)
    t._bump_version()
    return t


def fill_uniform_(t, a, b, generator=None):
    """Fill ``t`` in place with uniform samples on [a, b)."""
    _check_float_tensor(t, "check_uniform_bounds")
    if a > b:
        raise RuntimeError(
            f"uniform_ expects to return a [from, to) range, but found from={a:g} > to={b:g}")
    return _fill(t, _uniform(_engine(generator), t._data.size, t._data.dtype, a, b))


def fill_normal_(t, mean, std, generator=None):
    """Fill ``t`` in place with normal samples (torch's vectorised path needs contiguity)."""
    _check_float_tensor(t, "normal_kernel_cpu")
    _check_std(std)
    flat = _normal(_engine(generator), t._data.size, t._data.dtype, mean, std,
                   contiguous=t._data.flags.c_contiguous)
    return _fill(t, flat)


def fill_random_(t, low=None, high=None, generator=None):
    """Fill ``t`` in place with ``random_``'s integers: [low, high), or the dtype's full range."""
    engine, n = _engine(generator), t._data.size
    if high is None and low is not None:
        low, high = 0, low
    if low is None:
        flat = _kernels.random_full(engine, n, t._data.dtype)
    else:
        flat = _kernels.random_from_to(engine, n, int(low), int(high))
    return _fill(t, flat.astype(t._data.dtype))


def fill_bernoulli_(t, p=0.5, generator=None):
    """Fill ``t`` in place with 0/1 draws of probability ``p`` (a float or a tensor)."""
    engine = _engine(generator)
    if isinstance(p, Tensor):
        probs = _memory_order(np.broadcast_to(p._data, t._data.shape), t._data).ravel()
        bad = np.flatnonzero(~((probs >= 0) & (probs <= 1)))
        if bad.size:  # torch checks each p as it draws, so the valid ones before it are drawn
            _kernels.bernoulli(engine, probs[:bad[0]])
            raise RuntimeError(
                "Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error "
                "message be improved?  If so, please report an enhancement request to PyTorch.)")
    else:
        _check_probability(p)
        probs = np.full(t._data.size, float(p))
    flat = _kernels.bernoulli(engine, probs)
    return _fill(t, flat.astype(t._data.dtype))


def fill_exponential_(t, lambd=1.0, generator=None):
    """Fill ``t`` in place with exponential samples of rate ``lambd``."""
    _check_float_tensor(t, "Exponential")
    if not lambd > 0:
        raise RuntimeError(f"exponential_ expects lambda > 0.0, but found lambda={lambd:g}")
    flat = _kernels.exponential(_engine(generator), t._data.size, lambd)
    return _fill(t, flat.astype(t._data.dtype))


def fill_cauchy_(t, median=0.0, sigma=1.0, generator=None):
    """Fill ``t`` in place with Cauchy samples."""
    _check_float_tensor(t, "Cauchy")
    flat = _kernels.cauchy(_engine(generator), t._data.size, median, sigma)
    return _fill(t, flat.astype(t._data.dtype))


def fill_log_normal_(t, mean=1.0, std=2.0, generator=None):
    """Fill ``t`` in place with log-normal samples (exp of N(mean, std²))."""
    _check_float_tensor(t, "log_normal_cpu")
    flat = _kernels.log_normal(_engine(generator), t._data.size, mean, std)
    return _fill(t, flat.astype(t._data.dtype))


def fill_geometric_(t, p, generator=None):
    """Fill ``t`` in place with the number of Bernoulli(p) trials up to the first success."""
    _check_float_tensor(t, "geometric_cpu")
    if not 0 < p < 1:
        raise RuntimeError(f"geometric_ expects p to be in (0, 1), but got p={p:g}")
    flat = _kernels.geometric(_engine(generator), t._data.size, p)
    return _fill(t, flat.astype(t._data.dtype))
