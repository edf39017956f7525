"""ATen's reparameterised Gamma gradient ``-(d cdf / d alpha) / pdf`` at a drawn sample.

The same three approximations as torch (series for small x, Rice saddle point for large alpha,
a bivariate rational fit elsewhere), in double precision, so gradients print like torch's.
"""

import math

import numpy as np

from .._ops.pointwise_more import digamma
from .._tensor import Tensor

_F08, _F09, _F11 = (float(np.float32(v)) for v in (0.8, 0.9, 1.1))  # ATen's float literals
_COEF_UV = (
    (0.16009398, -0.094634809, 0.025146376, -0.0030648343,
     1, 0.32668115, 0.10406089, 0.0014179084),
    (0.53487893, 0.1298071, 0.065735949, -0.0015649758,
     0.16639465, 0.020070113, -0.0035938915, -0.00058392623),
    (0.040121004, -0.0065914022, -0.0026286047, -0.0013441777,
     0.017050642, -0.0021309326, 0.00085092367, -1.5247877e-07),
)


def _small_x(alpha, x, psi):
    """Taylor series of the incomplete gamma function, for ``x < 0.8``."""
    numer, denom = 1.0, alpha
    series1, series2 = numer / denom, numer / (denom * denom)
    for i in range(1, 6):
        numer *= -x / i
        denom += 1
        series1 += numer / denom
        series2 += numer / (denom * denom)
    pow_x_alpha = math.pow(x, alpha)
    pdf = math.pow(x, alpha - 1) * math.exp(-x)
    cdf_alpha = (math.log(x) - psi) * (pow_x_alpha * series1) - pow_x_alpha * series2
    result = -cdf_alpha / pdf
    return 0.0 if math.isnan(result) else result


def _large_alpha(alpha, x):
    """Rice saddle-point expansion, for ``alpha > 8``."""
    if _F09 * alpha <= x <= _F11 * alpha:
        numer_1 = 1 + 24 * alpha * (1 + 12 * alpha)
        numer_2 = (1440 * (alpha * alpha) + 6 * x * (53 - 120 * x) - 65 * x * x / alpha
                   + alpha * (107 + 3600 * x))
        return numer_1 * numer_2 / (1244160 * (alpha * alpha) * (alpha * alpha))
    denom = math.sqrt(8 * alpha)
    term2 = denom / (alpha - x)
    term3 = math.pow(x - alpha - alpha * math.log(x / alpha), -1.5)
    term23 = term2 - term3 if x < alpha else term2 + term3
    term1 = (math.log(x / alpha) * term23
             - math.sqrt(2 / alpha) * (alpha + x) / ((alpha - x) * (alpha - x)))
    stirling = 1 + 1 / (12 * alpha) * (1 + 1 / (24 * alpha))
    return -stirling * (x * term1) / denom


def _rational(alpha, x):
    """Rational approximation in ``log(x / alpha)`` and ``log(alpha)`` for the middle range."""
    u, v = math.log(x / alpha), math.log(alpha)
    c = [a + u * (b + u * d) for a, b, d in zip(*_COEF_UV)]
    p = c[0] + v * (c[1] + v * (c[2] + v * c[3]))
    q = c[4] + v * (c[5] + v * (c[6] + v * c[7]))
    return math.exp(p / q)


def _one(alpha, x, psi):
    if x < _F08:
        return _small_x(alpha, x, psi)
    if alpha > 8.0:
        return _large_alpha(alpha, x)
    return _rational(alpha, x)


def standard_gamma_grad(alpha, x):
    """``torch._standard_gamma_grad``: d sample / d alpha per element (not differentiable)."""
    a = np.ascontiguousarray(alpha.detach()._data)
    s = np.broadcast_to(x.detach()._data, a.shape)
    psi = digamma(Tensor._make(a.astype(np.float64))).detach()._data
    flat = [_one(float(ai), float(xi), float(pi))
            for ai, xi, pi in zip(a.ravel(), s.ravel(), psi.ravel())]
    return Tensor._make(np.array(flat, np.float64).astype(a.dtype).reshape(a.shape))
