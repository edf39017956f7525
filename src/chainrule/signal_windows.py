"""torch's window functions (hann, hamming, blackman, bartlett, kaiser), computed in the window's
dtype with the same sequence of float operations as aten, so float32 windows match torch's."""

import math

import numpy as np

from . import _dtype
from ._creation import arange, ones, tensor


def _check(name, window_length, dtype):
    """torch's argument checks; returns the dtype to build in (the default if None)."""
    if isinstance(window_length, bool) or not isinstance(window_length, int):
        raise TypeError(f"{name}(): argument 'window_length' (position 1) must be int, not "
                        f"{type(window_length).__name__}")
    dtype = _dtype.get_default_dtype() if dtype is None else dtype
    if not dtype.is_floating_point:
        raise RuntimeError(
            f"{name} expects floating point dtypes, got: TensorOptions(dtype="
            f"{_C_TYPE_NAMES.get(dtype.name, dtype.name)}, device=cpu, layout=Strided "
            "(default), requires_grad=false (default), pinned_memory=false, "
            "memory_format=(nullopt))")
    if window_length < 0:
        raise RuntimeError(f"{name} requires non-negative window_length, got "
                           f"window_length={window_length}")
    return dtype


_C_TYPE_NAMES = {"int64": "long int", "int32": "int", "int16": "short int",
                 "int8": "signed char", "uint8": "unsigned char", "bool": "bool",
                 "complex64": "c10::complex<float>", "complex128": "c10::complex<double>"}


def _window(name, window_length, periodic, dtype, requires_grad, build):
    """Shared shape handling: empty and length-1 windows, periodic = one longer, then cut."""
    dtype = _check(name, window_length, dtype)
    if window_length <= 1:
        out = ones(window_length, dtype=dtype)
    else:
        n = window_length + 1 if periodic else window_length
        out = build(n, dtype)
        if periodic:
            out = out[:window_length].clone()
    return out.requires_grad_(requires_grad)


def hamming_window(window_length, periodic=True, alpha=0.54, beta=0.46, *, dtype=None,
                   layout=None, device=None, pin_memory=False, requires_grad=False):
    """Return the Hamming window alpha - beta cos(2 pi n / (N - 1))."""
    return _window("hamming_window", window_length, periodic, dtype, requires_grad,
                   lambda n, dt: arange(n, dtype=dt).mul_(math.pi * 2.0 / (n - 1)).cos_()
                   .mul_(-beta).add_(alpha))


def hann_window(window_length, periodic=True, *, dtype=None, layout=None, device=None,
                pin_memory=False, requires_grad=False):
    """Return the Hann window, torch's Hamming window with alpha = beta = 0.5."""
    return _window("hann_window", window_length, periodic, dtype, requires_grad,
                   lambda n, dt: arange(n, dtype=dt).mul_(math.pi * 2.0 / (n - 1)).cos_()
                   .mul_(-0.5).add_(0.5))


def _blackman(n, dtype):
    w = arange(n, dtype=dtype).mul_(math.pi / (n - 1))
    return w.mul(4).cos_().mul_(0.08) - w.mul(2).cos_().mul_(0.5) + 0.42


def blackman_window(window_length, periodic=True, *, dtype=None, layout=None, device=None,
                    pin_memory=False, requires_grad=False):
    """Return the Blackman window 0.42 - 0.5 cos(2 pi n/(N-1)) + 0.08 cos(4 pi n/(N-1))."""
    return _window("blackman_window", window_length, periodic, dtype, requires_grad, _blackman)


def _bartlett(n, dtype):
    w = arange(n, dtype=dtype).mul_(2.0 / (n - 1))
    half = ((n - 1) >> 1) + 1
    w.narrow(0, half, n - half).mul_(-1).add_(2)
    return w


def bartlett_window(window_length, periodic=True, *, dtype=None, layout=None, device=None,
                    pin_memory=False, requires_grad=False):
    """Return the triangular Bartlett window."""
    return _window("bartlett_window", window_length, periodic, dtype, requires_grad, _bartlett)


def kaiser_window(window_length, periodic=True, beta=12.0, *, dtype=None, layout=None,
                  device=None, requires_grad=False):
    """Return the Kaiser window I0(beta sqrt(1 - ((n - a) / a)^2)) / I0(beta), a = (N - 1) / 2.

    Evaluated in float64 and rounded to ``dtype`` (torch evaluates float32 windows in float32,
    so its last bit can differ).
    """
    def build(n, dt):
        alpha = (n - 1) / 2.0
        k = np.arange(n, dtype=np.float64)
        w = np.i0(beta * np.sqrt(np.abs(1 - ((k - alpha) / alpha) ** 2))) / np.i0(beta)
        return tensor(w, dtype=dt)
    return _window("kaiser_window", window_length, periodic, dtype, requires_grad, build)
