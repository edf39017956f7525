"""torch's three FFT primitives (_fft_c2c, _fft_r2c, _fft_c2r) with their backward rules.

Each is linear, so its gradient is another of the three applied to ``grad``; chainrule.fft builds
the public transforms from them as torch's SpectralOps.cpp does. NumPy's pocketfft returns
complex64 for float32/complex64 input, computed in double and rounded once (torch's MKL works in
single precision; the two agree to a few 1e-7 of the largest magnitude).
"""

import numpy as np

from .._creation import tensor
from ._registry import LINEAR, NONE, defop
from .compat_complex import real
from .nn import _constant_pad

# torch's fft_norm_mode: how a transform is scaled, whatever its direction
NORM_NONE, NORM_BY_ROOT_N, NORM_BY_N = 0, 1, 2


def _np_norm(normalization, forward):
    """The ``norm`` NumPy needs for this scaling in this direction (it scales inverses by 1/n)."""
    if normalization == NORM_BY_ROOT_N:
        return "ortho"
    return "backward" if (normalization == NORM_NONE) == forward else "forward"


def _c2c_forward(xp, input, dim, normalization, forward):
    if not dim:
        return input.copy()
    transform = xp.fft.fftn if forward else xp.fft.ifftn
    return transform(input, axes=dim, norm=_np_norm(normalization, forward)).astype(
        input.dtype, copy=False)


def _r2c_forward(xp, input, dim, normalization, onesided):
    out = xp.fft.rfftn(input, axes=dim, norm=_np_norm(normalization, True))
    out = out.astype(xp.result_type(input.dtype, xp.complex64), copy=False)
    return out if onesided else _fill_conjugate_symmetry(xp, out, dim, input.shape[dim[-1]])


def _fill_conjugate_symmetry(xp, half, dim, n):
    """The full spectrum of a real signal from its one-sided half: X[-k] = conj(X[k])."""
    last, others = dim[-1], dim[:-1]
    index = [slice(None)] * half.ndim
    index[last] = slice(n - half.shape[last], 0, -1)  # bins n-k for k = kept .. n-1
    tail = half[tuple(index)]
    if others:  # the mirrored index -k (mod size) along the other transformed dims
        tail = xp.roll(xp.flip(tail, axis=others), 1, axis=others)
    return xp.concatenate([half, xp.conj(tail)], axis=last)


def _c2r_forward(xp, input, dim, normalization, last_dim_size):
    sizes = [input.shape[d] for d in dim[:-1]] + [last_dim_size]
    out = xp.fft.irfftn(input, s=sizes, axes=dim, norm=_np_norm(normalization, False))
    return out.astype(input.real.dtype, copy=False)


def _r2c_rule(grad, input_shape, dim, normalization, onesided):
    """torch's fft_r2c_backward: zero-fill the dropped half, inverse c2c, keep the real part."""
    missing = input_shape[dim[-1]] - grad.shape[dim[-1]]
    if onesided and missing > 0:
        pad = [0] * (2 * grad.ndim)
        pad[2 * (grad.ndim - 1 - dim[-1]) + 1] = missing
        grad = _constant_pad.apply((grad,), (tuple(pad), 0.0))
    return real(fft_c2c(grad, dim, normalization, False))


def _c2r_rule(grad, dim, normalization):
    """torch's fft_c2r_backward: r2c of grad, bins that stood for two (k and -k) doubled."""
    g = fft_r2c(grad, dim, normalization, True)
    double_length = grad.shape[dim[-1]] - g.shape[dim[-1]]
    if double_length > 0:
        scale = np.ones(g.shape[dim[-1]])
        scale[1:1 + double_length] = 2
        shape = [1] * g.ndim
        shape[dim[-1]] = -1
        g = g * tensor(scale.reshape(shape), dtype=grad.dtype, device=grad.device)
    return g


_c2c = defop("_fft_c2c", _c2c_forward, node="FftC2CBackward0", promote=NONE, jvp=LINEAR,
             vjp={"input": lambda grad, dim, normalization, forward: fft_c2c(
                 grad, dim, normalization, not forward)})
_r2c = defop("_fft_r2c", _r2c_forward, node="FftR2CBackward0", promote=NONE, jvp=LINEAR,
             vjp={"input": _r2c_rule})
_c2r = defop("_fft_c2r", _c2r_forward, node="FftC2RBackward0", promote=NONE, jvp=LINEAR,
             vjp={"input": _c2r_rule})


def fft_c2c(input, dim, normalization, forward):
    """Complex-to-complex transform over ``dim`` (a tuple of wrapped dims)."""
    return _c2c.apply((input,), (tuple(dim), normalization, forward))


def fft_r2c(input, dim, normalization, onesided):
    """Real-to-complex forward transform; ``onesided`` keeps bins 0..n//2 of the last dim."""
    return _r2c.apply((input,), (tuple(dim), normalization, onesided))


def fft_c2r(input, dim, normalization, last_dim_size):
    """Complex-to-real inverse transform of a one-sided spectrum, ``last_dim_size`` long."""
    return _c2r.apply((input,), (tuple(dim), normalization, last_dim_size))
