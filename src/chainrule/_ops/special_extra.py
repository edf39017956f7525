"""torch.special's science functions: Bessel and Airy functions and the classical orthogonal
polynomials (not differentiable in torch, so their results carry no graph), the incomplete gamma
functions (differentiable in ``other`` only) and Hurwitz zeta (no derivative), as torch.

Bessel, Airy, gamma and zeta values come from SciPy when it is installed (an optional extra);
the polynomials use NumPy recurrences with torch's special cases.
"""

import numpy as np

from .. import _dtype
from .._tensor import Tensor
from ._registry import FLOAT, defop
from .pointwise import exp, log
from .pointwise_more import _special, lgamma
from .pointwise_more import polygamma as _polygamma


def polygamma(n, input, *, out=None):
    """Return the n-th derivative of digamma (torch.special.polygamma)."""
    return _polygamma(n, input)


def _as_tensor(value, like):
    """Wrap a Python number next to a tensor argument, as torch's scalar overloads do."""
    from .._creation import tensor
    return value if isinstance(value, Tensor) else tensor(
        value, dtype=_dtype.get_default_dtype() if isinstance(value, float) else None)


def _float_dtype(*args):
    dtype = _dtype.result_type(args)
    return dtype if dtype.is_floating_point else _dtype.get_default_dtype()


def _unary(name, scipy_fn):
    """A torch.special function without a derivative: values only, no grad_fn."""
    def fn(input, *, out=None):
        dtype = _float_dtype(input)
        with np.errstate(all="ignore"):
            values = scipy_fn()(input._data.astype(np.float64))
        return Tensor._make(np.asarray(values).astype(dtype.np, copy=False))
    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"Return {name} of each element (not differentiable, as torch)."
    return fn


bessel_j0 = _unary("bessel_j0", lambda: _special("j0"))
bessel_j1 = _unary("bessel_j1", lambda: _special("j1"))
bessel_y0 = _unary("bessel_y0", lambda: _special("y0"))
bessel_y1 = _unary("bessel_y1", lambda: _special("y1"))
modified_bessel_i0 = _unary("modified_bessel_i0", lambda: _special("i0"))
modified_bessel_i1 = _unary("modified_bessel_i1", lambda: _special("i1"))
modified_bessel_k0 = _unary("modified_bessel_k0", lambda: _special("k0"))
modified_bessel_k1 = _unary("modified_bessel_k1", lambda: _special("k1"))
scaled_modified_bessel_k0 = _unary("scaled_modified_bessel_k0", lambda: _special("k0e"))
scaled_modified_bessel_k1 = _unary("scaled_modified_bessel_k1", lambda: _special("k1e"))
spherical_bessel_j0 = _unary("spherical_bessel_j0",
                             lambda: lambda x: np.where(x == 0, 1.0, np.sin(x) / x))
airy_ai = _unary("airy_ai", lambda: lambda x: _special("airy")(x)[0])


def _not_implemented(what):
    def rule(grad):
        raise NotImplementedError(f"the derivative for '{what}' is not implemented.")
    return rule


def _igamma_other(grad, input, other):
    """d/dx P(a, x) = x^(a-1) e^(-x) / Gamma(a) (torch's formula, in log space)."""
    return grad * exp((input - 1) * log(other) - other - lgamma(input))


def _binary_forward(scipy_name):
    return lambda xp, input, other: _special(scipy_name)(input, other).astype(
        input.dtype, copy=False)


_gammainc = defop("igamma", _binary_forward("gammainc"), node="IgammaBackward0",
                  inputs=("input", "other"), promote=FLOAT,
                  vjp={"input": _not_implemented("igamma: input"), "other": _igamma_other})
_gammaincc = defop("igammac", _binary_forward("gammaincc"), node="IgammacBackward0",
                   inputs=("input", "other"), promote=FLOAT,
                   vjp={"input": _not_implemented("igammac: input"),
                        "other": lambda grad, input, other: -_igamma_other(grad, input, other)})
_zeta = defop("special_zeta", _binary_forward("zeta"), node="SpecialZetaBackward0",
              inputs=("input", "other"), promote=FLOAT,
              vjp={"input": _not_implemented("zeta"), "other": _not_implemented("zeta")})


def gammainc(input, other, *, out=None):
    """Regularised lower incomplete gamma P(input, other); differentiable in ``other`` only."""
    return _gammainc.apply((input, other), ())


def gammaincc(input, other, *, out=None):
    """Regularised upper incomplete gamma Q(input, other); differentiable in ``other`` only."""
    return _gammaincc.apply((input, other), ())


def zeta(input, other, *, out=None):
    """Hurwitz zeta sum_k (k + other)^-input; either argument may be a Python number."""
    if not isinstance(input, Tensor):
        input = _as_tensor(input, other)
    if not isinstance(other, Tensor):
        other = _as_tensor(other, input)
    return _zeta.apply((input, other), ())


def _recurrence(first, step):
    """P_n(x) by P_{k+1} = step(k, x, P_k, P_{k-1}) from P_0 = 1, P_1 = first(x)."""
    def values(x, n):
        prev, cur = np.ones_like(x), first(x)
        out = np.where(n == 0, prev, np.where(n == 1, cur, 0.0))
        for k in range(1, int(n.max(initial=0))):
            prev, cur = cur, step(k, x, cur, prev)
            out = np.where(n == k + 1, cur, out)
        return out
    return values


def _chebyshev(first, trig, large_n):
    """Chebyshev-type: trigonometric form for large n inside (-1, 1), as torch."""
    rec = _recurrence(first, lambda k, x, p, q: 2 * x * p - q)

    def values(x, n):
        out = rec(x, n)
        theta = np.arccos(np.clip(x, -1, 1))
        return np.where((n > large_n) & (np.abs(x) < 1), trig(theta, n), out)
    return values


def _sin_ratio(theta, top):
    with np.errstate(all="ignore"):
        return np.sin(top) / np.sin(theta)


_POLYNOMIALS = {
    "chebyshev_polynomial_t": _chebyshev(lambda x: x, lambda t, n: np.cos(n * t), 6),
    "chebyshev_polynomial_u": _chebyshev(lambda x: 2 * x,
                                         lambda t, n: _sin_ratio(t, (n + 1) * t), 8),
    "chebyshev_polynomial_v": _chebyshev(lambda x: 2 * x - 1, lambda t, n: np.cos(
        (n + 0.5) * t) / np.cos(t / 2), 8),
    "chebyshev_polynomial_w": _chebyshev(lambda x: 2 * x + 1, lambda t, n: np.sin(
        (n + 0.5) * t) / np.sin(t / 2), 8),
    "hermite_polynomial_h": _recurrence(lambda x: 2 * x,
                                        lambda k, x, p, q: 2 * x * p - 2 * k * q),
    "hermite_polynomial_he": _recurrence(lambda x: x, lambda k, x, p, q: x * p - k * q),
    "laguerre_polynomial_l": _recurrence(
        lambda x: 1 - x, lambda k, x, p, q: ((2 * k + 1 - x) * p - k * q) / (k + 1)),
    "legendre_polynomial_p": _recurrence(
        lambda x: x, lambda k, x, p, q: ((2 * k + 1) * x * p - k * q) / (k + 1)),
}


def _polynomial(name):
    """A polynomial family P_n(x) (no derivative in torch); negative n gives 0. Evaluated in
    the result dtype, as torch's kernels (float32 rounding follows the same recurrence)."""
    values = _POLYNOMIALS[name]

    def fn(input, n, *, out=None):
        dtype = _float_dtype(input, n)
        x = np.asarray(input._data if isinstance(input, Tensor) else input, dtype.np)
        k = np.asarray(n._data if isinstance(n, Tensor) else n, dtype.np)
        x, k = np.broadcast_arrays(x, np.trunc(k))
        with np.errstate(all="ignore"):
            result = np.where(k < 0, x.dtype.type(0), values(x, k))
        return Tensor._make(np.asarray(result).astype(dtype.np, copy=False))
    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"Return {name}(input, n) (not differentiable, as torch)."
    return fn


for _kind in "tuvw":  # shifted Chebyshev: the polynomial at 2x - 1, on [0, 1]
    _POLYNOMIALS[f"shifted_chebyshev_polynomial_{_kind}"] = (
        lambda values: lambda x, n: values(2 * x - 1, n))(
            _POLYNOMIALS[f"chebyshev_polynomial_{_kind}"])

(chebyshev_polynomial_t, chebyshev_polynomial_u, chebyshev_polynomial_v, chebyshev_polynomial_w,
 hermite_polynomial_h, hermite_polynomial_he, laguerre_polynomial_l, legendre_polynomial_p,
 shifted_chebyshev_polynomial_t, shifted_chebyshev_polynomial_u, shifted_chebyshev_polynomial_v,
 shifted_chebyshev_polynomial_w) = (_polynomial(n) for n in _POLYNOMIALS)
