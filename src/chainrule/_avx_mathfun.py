"""float32 log and sincos as ATen's AVX2 ``avx_mathfun`` computes them, for bit-exact ``randn``.

torch's CPU ``normal_`` on float32 runs Box–Muller through Cephes polynomials in float32, compiled
by GCC with every multiply-add contracted to an FMA. These functions replay the same operations on
NumPy float32 arrays; ``fma`` rounds once, as the hardware instruction does.
"""

import numpy as np

_F = np.float32
_LOG_P = [_F(c) for c in (7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1,
                          1.4249322787e-1, -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1,
                          3.3333331174e-1)]
_LOG_Q1, _LOG_Q2 = _F(-2.12194440e-4), _F(0.693359375)
_SQRTHF = _F(0.707106781186547524)
_MIN_NORM = np.array(0x00800000, np.int32).view(np.float32)
_FOPI = _F(1.27323954473516)
_DP = [_F(-0.78515625), _F(-2.4187564849853515625e-4), _F(-3.77489497744594108e-8)]
_SIN_P = [_F(-1.9515295891e-4), _F(8.3321608736e-3), _F(-1.6666654611e-1)]
_COS_P = [_F(2.443315711809948e-005), _F(-1.388731625493765e-003), _F(4.166664568298827e-002)]


def fma(a, b, c):
    """float32 ``a * b + c`` with one rounding.

    The product is exact in float64, so only the sum rounds twice; that matters only when the
    float64 sum lands exactly halfway between two float32 values, and those few are nudged toward
    the exact sum before the final rounding.
    """
    s = np.multiply(a, b, dtype=np.float64)
    s += c
    halfway = (s.view(np.uint64) & np.uint64(0x1FFFFFFF)) == np.uint64(0x10000000)
    if halfway.any():
        a, b, c = (np.broadcast_to(v, s.shape)[halfway] for v in (a, b, c))
        p = np.multiply(a, b, dtype=np.float64)
        c = c.astype(np.float64)
        h = s[halfway]
        back = h - p
        t = (p - (h - back)) + (c - back)  # h + t == p + c exactly
        s[halfway] = np.where(t != 0, np.nextafter(h, np.where(t > 0, np.inf, -np.inf)), h)
    return s.astype(np.float32)


def log(x):
    """Natural log of positive float32 ``x`` (avx_mathfun ``log256_ps``)."""
    x = np.maximum(x, _MIN_NORM)
    bits = x.view(np.int32)
    e = ((bits >> 23) - 0x7F).astype(np.float32) + _F(1)
    x = ((bits & ~0x7F800000) | np.array(0.5, np.float32).view(np.int32)).view(np.float32)
    small = x < _SQRTHF
    x = (x - _F(1)) + np.where(small, x, _F(0))
    e = e - small.astype(np.float32)
    z = x * x
    y = np.full_like(x, _LOG_P[0])
    for p in _LOG_P[1:]:
        y = fma(y, x, p)
    y = fma(y * x, z, e * _LOG_Q1)
    y = y - z * _F(0.5)
    return fma(e, _LOG_Q2, x + y)


def sincos(x):
    """(sin, cos) of float32 ``x`` (avx_mathfun ``sincos256_ps``)."""
    sin_negative = np.signbit(x)
    x = np.abs(x)
    j = (x * _FOPI).astype(np.int32)
    j = (j + 1) & ~1
    y = j.astype(np.float32)
    for dp in _DP:
        x = fma(y, dp, x)
    sin_negative = sin_negative ^ ((j & 4) != 0)
    cos_negative = (~(j - 2) & 4) != 0
    use_sin_poly = (j & 2) == 0
    z = x * x
    yc = fma(fma(np.full_like(x, _COS_P[0]), z, _COS_P[1]), z, _COS_P[2])
    yc = fma(yc * z, z, -(z * _F(0.5))) + _F(1)
    ys = fma(fma(np.full_like(x, _SIN_P[0]), z, _SIN_P[1]), z, _SIN_P[2])
    ys = fma(ys * z, x, x)
    s = np.where(use_sin_poly, ys, yc)
    c = np.where(use_sin_poly, yc, ys)
    return np.where(sin_negative, -s, s), np.where(cos_negative, -c, c)
