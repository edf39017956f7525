"""chainrule.fft: torch.fft's transforms, built from three differentiable primitives.

Each function follows torch's SpectralOps.cpp: promote the dtype, wrap the dims, crop or
zero-pad to ``n``/``s``, then one c2c, r2c or c2r primitive (conj where torch conjugates), so
results, grad_fn chains and gradients are torch's.
"""

import functools

import numpy as np

from . import _dtype
from ._creation import tensor
from ._ops.complex_conj import conj, conj_physical
from ._ops.fft_ops import NORM_BY_N, NORM_BY_ROOT_N, NORM_NONE, fft_c2c, fft_c2r, fft_r2c
from ._ops.nn import _constant_pad
from ._ops.shape import narrow
from ._ops.shape_more import roll
from ._out_param import write_out
from ._tensor import _SCALAR_NAMES, Tensor, _wrap_dim

__all__ = ["fft", "ifft", "fft2", "ifft2", "fftn", "ifftn", "rfft", "irfft", "rfft2", "irfft2",
           "rfftn", "irfftn", "hfft", "ihfft", "hfft2", "ihfft2", "hfftn", "ihfftn", "fftfreq",
           "rfftfreq", "fftshift", "ifftshift"]

_COMPLEX_OF = {"float32": _dtype.complex64, "float64": _dtype.complex128}


# --- argument handling, as torch's SpectralOps.cpp -----------------------------------------
def _check_tensor(name, input):
    """torch's argument-parser TypeError for a non-tensor input."""
    if not isinstance(input, Tensor):
        raise TypeError(f"fft_{name}(): argument 'input' (position 1) must be Tensor, "
                        f"not {type(input).__name__}")


def _promote(input, require_complex):
    """Integers and bools become the default float dtype; complex when required (ToCopy)."""
    dtype = input.dtype
    if dtype.name == "float16":
        raise RuntimeError("Unsupported dtype Half")
    if not dtype.is_complex and not dtype.is_floating_point:
        dtype = _dtype.get_default_dtype()
    if require_complex and not dtype.is_complex:
        dtype = _COMPLEX_OF[dtype.name]
    return input if dtype is input.dtype else input.to(dtype)


def _wrap(dim, ndim):
    """maybe_wrap_dim without wrapping scalars: a 0-d input has no dim to transform."""
    if ndim == 0:
        raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
    return _wrap_dim(dim, ndim)


def _norm(norm, forward):
    """torch's norm_from_string: the scaling of a transform in the given direction."""
    if norm is None or norm == "backward":
        return NORM_NONE if forward else NORM_BY_N
    if norm == "forward":
        return NORM_BY_N if forward else NORM_NONE
    if norm == "ortho":
        return NORM_BY_ROOT_N
    raise RuntimeError(f'Invalid normalization mode: "{norm}"')


def _check_points(n):
    """torch refuses transforms of fewer than one point."""
    if n < 1:
        raise RuntimeError(f"Invalid number of data points ({n}) specified")


def _resize(x, dims, sizes):
    """Crop (slice) or zero-pad (one constant_pad_nd) each dim in ``dims`` to its size."""
    pad = [0] * (2 * x.ndim)
    for d, size in zip(dims, sizes):
        if x.shape[d] < size:
            pad[len(pad) - 2 * d - 1] = size - x.shape[d]
        elif x.shape[d] > size:
            x = narrow(x, d, 0, size)
    return _constant_pad.apply((x,), (tuple(pad), 0.0)) if any(pad) else x


def _shape_and_dims(input, s, dim):
    """torch's canonicalize_fft_shape_and_dim_args: the dims transformed and their lengths."""
    ndim, sizes = input.ndim, input.shape
    dims = None
    if dim is not None:
        dims = [_wrap(d, ndim) for d in ((dim,) if isinstance(dim, int) else dim)]
        if len(set(dims)) != len(dims):
            raise RuntimeError("FFT dims must be unique")
    if s is not None:
        s = (s,) if isinstance(s, int) else tuple(s)
        if dims is not None and len(dims) != len(s):
            raise RuntimeError("When given, dim and shape arguments must have the same length")
        if len(s) > ndim:
            raise RuntimeError(f"Got shape with {len(s)} values but input tensor only has "
                               f"{ndim} dimensions.")
        if dims is None:
            dims = list(range(ndim - len(s), ndim))
        shape = [sizes[d] if n == -1 else n for d, n in zip(dims, s)]
    else:
        dims = list(range(ndim)) if dims is None else dims
        shape = [sizes[d] for d in dims]
    for n in shape:
        _check_points(n)
    return dims, shape


def _c2r_shape_and_dims(name, input, s, dim):
    """The dims, the one-sided input lengths and the output length of the last dim."""
    dims, shape = _shape_and_dims(input, s, dim)
    if not dims:
        raise RuntimeError(f"{name} must transform at least one axis")
    s = (s,) if isinstance(s, int) else s
    last_dim_size = (2 * (input.shape[dims[-1]] - 1) if s is None or s[-1] == -1
                     else shape[-1])
    _check_points(last_dim_size)
    shape[-1] = last_dim_size // 2 + 1
    return dims, shape, last_dim_size


def _accepts_out(name, kind):
    """``out=``: torch checks the out dtype's kind first, then refuses out with autograd."""
    def wrap(fn):
        @functools.wraps(fn)
        def wrapper(*args, out=None, **kwargs):
            if out is None:
                return fn(*args, **kwargs)
            if not (out.dtype.is_complex if kind == "complex" else out.dtype.is_floating_point):
                raise RuntimeError(f"{name} expects a {kind} output tensor, but got "
                                   f"{_SCALAR_NAMES[out.dtype.name]}")
            result = fn(*args, **kwargs)
            node = type(result.grad_fn).__name__
            return write_out(_PRIMITIVES.get(node, name), out, result)
        return wrapper
    return wrap


_PRIMITIVES = {"FftC2CBackward0": "_fft_c2c", "FftR2CBackward0": "_fft_r2c",
               "FftC2RBackward0": "_fft_c2r"}


def _check_int(name, arg, value):
    """torch's argument-parser TypeError for a non-int ``n`` or ``dim``."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"fft_{name}(): argument '{arg}' must be int, not {type(value).__name__}")


def _check_1d_args(name, input, n, dim):
    """The argument parser's checks of the 1-D transforms' signature."""
    _check_tensor(name, input)
    if n is not None:
        _check_int(name, "n", n)
    _check_int(name, "dim", dim)


# --- one-dimensional transforms --------------------------------------------------------------
def _c2c(input, n, dim, norm, forward):
    """torch's fft_c2c: fft/ifft of complex input."""
    d = _wrap(dim, input.ndim)
    n = input.shape[d] if n is None else n
    _check_points(n)
    return fft_c2c(_resize(input, [d], [n]), (d,), _norm(norm, forward), forward)


def _r2c(name, input, n, dim, norm, forward, onesided):
    """torch's fft_r2c: fft/ifft of real input, rfft and ihfft."""
    if input.dtype.is_complex:
        raise RuntimeError(f"{name} expects a real input tensor, but got "
                           f"{_SCALAR_NAMES[input.dtype.name]}")
    input = _promote(input, False)
    d = _wrap(dim, input.ndim)
    n = input.shape[d] if n is None else n
    _check_points(n)
    out = fft_r2c(_resize(input, [d], [n]), (d,), _norm(norm, forward), onesided)
    return out if forward else conj(out)  # r2c computes forward transforms only


def _c2r(input, n, dim, norm, forward):
    """torch's fft_c2r: irfft and hfft."""
    input = _promote(input, True)
    d = _wrap(dim, input.ndim)
    n = 2 * (input.shape[d] - 1) if n is None else n
    _check_points(n)
    input = _resize(input, [d], [n // 2 + 1])
    if forward:  # c2r computes inverse transforms only: hfft(x) = irfft(conj(x)) rescaled
        input = conj(input)
    return fft_c2r(input, (d,), _norm(norm, forward), n)


@_accepts_out("fft", "complex")
def fft(input, n=None, dim=-1, norm=None, *, out=None):
    """Return the 1-D discrete Fourier transform of ``input`` (complex output).

    >>> chainrule.fft.fft(chainrule.tensor([1., 2., 3., 4.]))
    tensor([10.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])
    """
    _check_1d_args("fft", input, n, dim)
    if input.dtype.is_complex:
        return _c2c(input, n, dim, norm, True)
    return _r2c("fft", input, n, dim, norm, True, False)


@_accepts_out("ifft", "complex")
def ifft(input, n=None, dim=-1, norm=None, *, out=None):
    """Return the 1-D inverse discrete Fourier transform of ``input``."""
    _check_1d_args("ifft", input, n, dim)
    if input.dtype.is_complex:
        return _c2c(input, n, dim, norm, False)
    return _r2c("ifft", input, n, dim, norm, False, False)


@_accepts_out("rfft", "complex")
def rfft(input, n=None, dim=-1, norm=None, *, out=None):
    """Return the one-sided 1-D Fourier transform of a real signal (bins 0..n//2).

    >>> chainrule.fft.rfft(chainrule.tensor([1., 2., 3., 4.]))
    tensor([10.+0.j, -2.+2.j, -2.+0.j])
    """
    _check_1d_args("rfft", input, n, dim)
    return _r2c("rfft", input, n, dim, norm, True, True)


@_accepts_out("irfft", "floating point")
def irfft(input, n=None, dim=-1, norm=None, *, out=None):
    """Return the real signal of length ``n`` (default 2*(m-1)) whose rfft is ``input``."""
    _check_1d_args("irfft", input, n, dim)
    return _c2r(input, n, dim, norm, False)


@_accepts_out("hfft", "floating point")
def hfft(input, n=None, dim=-1, norm=None, *, out=None):
    """Return the real Fourier transform of a Hermitian-symmetric signal given by its half."""
    _check_1d_args("hfft", input, n, dim)
    return _c2r(input, n, dim, norm, True)


@_accepts_out("ihfft", "complex")
def ihfft(input, n=None, dim=-1, norm=None, *, out=None):
    """Return the one-sided inverse Fourier transform of a real signal."""
    _check_1d_args("ihfft", input, n, dim)
    return _r2c("ihfft", input, n, dim, norm, False, True)


# --- n-dimensional transforms ----------------------------------------------------------------
def _fftn(name, input, s, dim, norm, forward):
    """fftn/ifftn (and the 2-D forms): c2c over the dims, real input cast to complex."""
    _check_tensor(name, input)
    dims, shape = _shape_and_dims(input, s, dim)
    x = _resize(_promote(input, True), dims, shape)
    return fft_c2c(x, dims, _norm(norm, forward), forward)


@_accepts_out("fftn", "complex")
def fftn(input, s=None, dim=None, norm=None, *, out=None):
    """Return the N-D discrete Fourier transform over ``dim`` (default: all dims)."""
    return _fftn("fftn", input, s, dim, norm, True)


@_accepts_out("ifftn", "complex")
def ifftn(input, s=None, dim=None, norm=None, *, out=None):
    """Return the N-D inverse discrete Fourier transform over ``dim`` (default: all dims)."""
    return _fftn("ifftn", input, s, dim, norm, False)


@_accepts_out("fftn", "complex")
def fft2(input, s=None, dim=(-2, -1), norm=None, *, out=None):
    """Return the 2-D discrete Fourier transform over the last two dims."""
    return _fftn("fft2", input, s, dim, norm, True)


@_accepts_out("ifftn", "complex")
def ifft2(input, s=None, dim=(-2, -1), norm=None, *, out=None):
    """Return the 2-D inverse discrete Fourier transform over the last two dims."""
    return _fftn("ifft2", input, s, dim, norm, False)


def _rfftn(name, input, s, dim, norm):
    """rfftn/rfft2: one r2c over the dims, one-sided in the last."""
    _check_tensor(name, input)
    if input.dtype.is_complex:
        raise RuntimeError(f"rfftn expects a real-valued input tensor, but got "
                           f"{_SCALAR_NAMES[input.dtype.name]}")
    dims, shape = _shape_and_dims(input, s, dim)
    if not dims:
        raise RuntimeError("rfftn must transform at least one axis")
    x = _resize(_promote(input, False), dims, shape)
    return fft_r2c(x, dims, _norm(norm, True), True)


@_accepts_out("rfftn", "complex")
def rfftn(input, s=None, dim=None, norm=None, *, out=None):
    """Return the N-D Fourier transform of a real signal, one-sided in the last dim."""
    return _rfftn("rfftn", input, s, dim, norm)


@_accepts_out("rfftn", "complex")
def rfft2(input, s=None, dim=(-2, -1), norm=None, *, out=None):
    """Return the 2-D Fourier transform of a real signal, one-sided in the last dim."""
    return _rfftn("rfft2", input, s, dim, norm)


def _irfftn(name, input, s, dim, norm):
    """irfftn/irfft2: one c2r over the dims."""
    _check_tensor(name, input)
    dims, shape, last_dim_size = _c2r_shape_and_dims("irfftn", input, s, dim)
    x = _resize(_promote(input, True), dims, shape)
    return fft_c2r(x, dims, _norm(norm, False), last_dim_size)


@_accepts_out("irfftn", "floating point")
def irfftn(input, s=None, dim=None, norm=None, *, out=None):
    """Return the real N-D signal whose rfftn is ``input``."""
    return _irfftn("irfftn", input, s, dim, norm)


@_accepts_out("irfftn", "floating point")
def irfft2(input, s=None, dim=(-2, -1), norm=None, *, out=None):
    """Return the real 2-D signal whose rfft2 is ``input``."""
    return _irfftn("irfft2", input, s, dim, norm)


def _hfftn(name, input, s, dim, norm):
    """hfftn/hfft2: c2c over all but the last dim, then c2r of the conjugate."""
    _check_tensor(name, input)
    dims, shape, last_dim_size = _c2r_shape_and_dims("hfftn", input, s, dim)
    x = _resize(_promote(input, True), dims, shape)
    normalization = _norm(norm, True)
    if len(dims) > 1:
        x = fft_c2c(x, dims[:-1], normalization, True)
    return fft_c2r(conj(x), dims[-1:], normalization, last_dim_size)


@_accepts_out("hfftn", "floating point")
def hfftn(input, s=None, dim=None, norm=None, *, out=None):
    """Return the real N-D Fourier transform of a signal Hermitian in its last dim."""
    return _hfftn("hfftn", input, s, dim, norm)


@_accepts_out("hfftn", "floating point")
def hfft2(input, s=None, dim=(-2, -1), norm=None, *, out=None):
    """Return the real 2-D Fourier transform of a signal Hermitian in its last dim."""
    return _hfftn("hfft2", input, s, dim, norm)


def _ihfftn(name, input, s, dim, norm):
    """ihfftn/ihfft2: r2c over the last dim, conjugated, then inverse c2c over the rest."""
    _check_tensor(name, input)
    if input.dtype.is_complex:
        raise RuntimeError("Only supports floating-point dtypes, but found: "
                           f"{_SCALAR_NAMES[input.dtype.name]}")
    dims, shape = _shape_and_dims(input, s, dim)
    if not dims:
        raise RuntimeError("ihfftn must transform at least one axis")
    x = _resize(_promote(input, False), dims, shape)
    normalization = _norm(norm, False)
    out = fft_r2c(x, dims[-1:], normalization, True)
    if len(dims) == 1:
        return conj(out)
    return fft_c2c(conj_physical(out), dims[:-1], normalization, False)


@_accepts_out("ihfftn", "complex")
def ihfftn(input, s=None, dim=None, norm=None, *, out=None):
    """Return the one-sided N-D inverse Fourier transform of a real signal."""
    return _ihfftn("ihfftn", input, s, dim, norm)


@_accepts_out("ihfftn", "complex")
def ihfft2(input, s=None, dim=(-2, -1), norm=None, *, out=None):
    """Return the one-sided 2-D inverse Fourier transform of a real signal."""
    return _ihfftn("ihfft2", input, s, dim, norm)


# --- sample frequencies and shifts -----------------------------------------------------------
def _frequencies(name, n, d, count, out, dtype, device, requires_grad):
    """``arange`` then negative frequencies, times 1/(n*d) in the dtype (torch's mul_)."""
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"fft_{name}(): argument 'n' (position 1) must be int, "
                        f"not {type(n).__name__}")
    if n < 0:
        raise RuntimeError(f"Trying to create tensor with negative dimension {n}: [{n}]")
    dtype = dtype or (out.dtype if out is not None else _dtype.get_default_dtype())
    if not (dtype.is_floating_point or dtype.is_complex):
        raise RuntimeError(f"{name} requires a floating point or complex dtype")
    if dtype.is_complex:  # torch fills the tensor with arange first
        raise NotImplementedError(f'"arange_cpu" not implemented for '
                                  f"'{_SCALAR_NAMES[dtype.name]}'")
    k = np.arange(count)
    if name == "fftfreq":
        k[(n + 1) // 2:] -= n
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.float64(1.0) / (n * np.float64(d))
        values = k.astype(dtype.np) * np.asarray(scale).astype(dtype.np)
    result = tensor(values, dtype=dtype, device=device, requires_grad=requires_grad)
    return result if out is None else write_out(f"fft_{name}", out, result)


def fftfreq(n, d=1.0, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    """Return the sample frequencies of an n-point fft: [0, 1, ..., -1] / (n*d).

    >>> chainrule.fft.fftfreq(5)
    tensor([ 0.0000,  0.2000,  0.4000, -0.4000, -0.2000])
    """
    return _frequencies("fftfreq", n, d, max(n, 0), out, dtype, device,
                        requires_grad)


def rfftfreq(n, d=1.0, *, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    """Return the sample frequencies of an n-point rfft: [0, 1, ..., n//2] / (n*d)."""
    return _frequencies("rfftfreq", n, d, max(n // 2 + 1, 0), out, dtype,
                        device, requires_grad)


def _shift(input, dim, half):
    """Roll each dim by ``half(size)``: torch's fftshift/ifftshift are a roll (RollBackward0)."""
    if dim is None:
        dims = list(range(input.ndim))
    else:
        dims = [_wrap(d, input.ndim) for d in ((dim,) if isinstance(dim, int) else dim)]
    if not dims:
        raise RuntimeError("`shifts` required")
    return roll(input, [half(input.shape[d]) for d in dims], dims)


def fftshift(input, dim=None):
    """Move the zero-frequency bin to the centre of ``dim`` (default: all dims).

    >>> chainrule.fft.fftshift(chainrule.fft.fftfreq(4))
    tensor([-0.5000, -0.2500,  0.0000,  0.2500])
    """
    return _shift(input, dim, lambda n: n // 2)


def ifftshift(input, dim=None):
    """Undo fftshift: move the centre bin back to index 0."""
    return _shift(input, dim, lambda n: (n + 1) // 2)
