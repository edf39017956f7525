"""More element-wise math: exp/log variants, inverse and hyperbolic trig, special functions,
rounding, fmod/lerp/addcmul-style ternaries, and the isnan/isinf/isfinite tests."""

import math

import numpy as np

from .._creation import zeros_like
from .._tensor import _CPP_NAMES, _SCALAR_NAMES, Tensor
from ..autograd.grad_mode import state as _grad_state
from ._registry import ELEMENTWISE, FLOAT, NONE, SAME, defop
from .pointwise import (
    _sign_forward,
    _with_quiet,
    conj_in_rule,
    cos,
    div_trunc_in_rule,
    exp,
    int_division,
    neg,
    promote_for_number,
    reciprocal,
    sin,
    sqrt,
    where,
)

_LN2, _LN10 = math.log(2.0), math.log(10.0)
_MATH_FALLBACK = {"erf": math.erf, "erfc": math.erfc, "gammaln": math.lgamma}


def _special(name):
    """Return scipy.special.<name>, a vectorised ``math`` fallback, or raise a clear error."""
    try:
        import scipy.special
        return getattr(scipy.special, name)
    except ImportError:
        fallback = _MATH_FALLBACK.get(name)
        if fallback is None:
            raise RuntimeError(
                f"chainrule needs SciPy for {name}: install it with 'pip install scipy'") from None
        return lambda x, *args: np.vectorize(fallback, otypes=[x.dtype])(x)


def _special_fwd(name):
    """Forward of a SciPy special function, kept in the input's dtype."""
    return lambda xp, input: _special(name)(input).astype(input.dtype, copy=False)


def _unary(name, fwd, node, rule, promote=FLOAT):
    """Register a unary float op and return its public function."""
    op = defop(name, _with_quiet(fwd), node=node, vjp={"input": rule}, promote=promote,
               jvp=ELEMENTWISE)

    def fn(input, *, out=None):
        return op.apply((input,), ())
    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"Return ``{name}`` of each element (torch.{name}); grad_fn {node}."
    return fn


def _zero_rule(grad):
    """Gradient of a piecewise-constant op (floor, round, sign): zeros, even where grad is NaN
    or inf (torch's zeros_like(grad))."""
    return zeros_like(grad)


exp2 = _unary("exp2", lambda xp, input: xp.exp2(input), "Exp2Backward0",
              lambda grad, result: grad * conj_in_rule(result * _LN2))
expm1 = _unary("expm1", lambda xp, input: xp.expm1(input), "Expm1Backward0",
               lambda grad, result: grad * conj_in_rule(result + 1))
log2 = _unary("log2", lambda xp, input: xp.log2(input), "Log2Backward0",
              lambda grad, input: grad / conj_in_rule(input * _LN2))
log10 = _unary("log10", lambda xp, input: xp.log10(input), "Log10Backward0",
               lambda grad, input: grad / conj_in_rule(input * _LN10))
log1p = _unary("log1p", lambda xp, input: xp.log1p(input), "Log1PBackward0",
               lambda grad, input: grad / conj_in_rule(input + 1))
rsqrt = _unary("rsqrt", lambda xp, input: 1 / xp.sqrt(input), "RsqrtBackward0",
               lambda grad, result: grad * conj_in_rule(result ** 3) * -0.5)
asin = _unary("asin", lambda xp, input: xp.arcsin(input), "AsinBackward0",
              lambda grad, input: grad / conj_in_rule(sqrt(1 - input * input)))
acos = _unary("acos", lambda xp, input: xp.arccos(input), "AcosBackward0",
              lambda grad, input: grad * -1 / conj_in_rule(sqrt(1 - input * input)))
atan = _unary("atan", lambda xp, input: xp.arctan(input), "AtanBackward0",
              lambda grad, input: grad / conj_in_rule(input * input + 1))
sinh = _unary("sinh", lambda xp, input: xp.sinh(input), "SinhBackward0",
              lambda grad, input: grad * conj_in_rule(cosh(input)))
cosh = _unary("cosh", lambda xp, input: xp.cosh(input), "CoshBackward0",
              lambda grad, input: grad * conj_in_rule(sinh(input)))
asinh = _unary("asinh", lambda xp, input: xp.arcsinh(input), "AsinhBackward0",
               lambda grad, input: grad / conj_in_rule(sqrt(input * input + 1)))
acosh = _unary("acosh", lambda xp, input: xp.arccosh(input), "AcoshBackward0",
               lambda grad, input: grad / conj_in_rule(sqrt(input + 1) * sqrt(input - 1))
               if input.dtype.is_complex else grad / sqrt(input * input - 1))
atanh = _unary("atanh", lambda xp, input: xp.arctanh(input), "AtanhBackward0",
               lambda grad, input: grad / conj_in_rule(1 - input * input))
erf = _unary("erf", _special_fwd("erf"), "ErfBackward0",
             lambda grad, input: grad * (2 / math.sqrt(math.pi)) * exp(-input * input))
erfc = _unary("erfc", _special_fwd("erfc"), "ErfcBackward0",
              lambda grad, input: grad * (-2 / math.sqrt(math.pi)) * exp(-input * input))
erfinv = _unary("erfinv", _special_fwd("erfinv"), "ErfinvBackward0",
                lambda grad, result: grad * (math.sqrt(math.pi) / 2) * exp(result * result))
lgamma = _unary("lgamma", _special_fwd("gammaln"), "LgammaBackward0",
                lambda grad, input: grad * digamma(input))
digamma = _unary("digamma", _special_fwd("digamma"), "DigammaBackward0",
                 lambda grad, input: grad * polygamma(1, input))
floor = _unary("floor", lambda xp, input: xp.floor(input), "FloorBackward0", _zero_rule, SAME)
ceil = _unary("ceil", lambda xp, input: xp.ceil(input), "CeilBackward0", _zero_rule, SAME)
trunc = _unary("trunc", lambda xp, input: xp.trunc(input), "TruncBackward0", _zero_rule, SAME)
frac = _unary("frac", lambda xp, input: input - xp.trunc(input), "FracBackward0",
              lambda grad: grad, SAME)
fix = trunc

def _trigamma(xp, x):
    """torch's trigamma kernel in x's dtype: reflection below 0.5 (a pole gives the huge value
    π² / sin²(πx) with sin's rounding, not inf), six recurrence steps, the asymptotic series."""
    one = x.dtype.type(1)
    pi = x.dtype.type(math.pi)
    reflect = x < 0.5
    sin_pi_x = xp.sin(pi * x)
    result = xp.where(reflect, -(pi * pi) / (sin_pi_x * sin_pi_x), 0).astype(x.dtype)
    x = xp.where(reflect, one - x, x)
    for _ in range(6):
        result = result + one / (x * x)
        x = x + one
    ixx = one / (x * x)
    sixth, thirtieth, fortysecond = (x.dtype.type(1 / k) for k in (6, 30, 42))
    result = result + (one + one / (2 * x) + ixx * (sixth - ixx * (thirtieth - ixx * fortysecond))
                       ) / x
    return xp.where(reflect, -result, result)


def _polygamma_forward(xp, input, n):
    """polygamma(n, x); n == 1 is torch's own trigamma kernel, other orders SciPy's."""
    if n == 1 and input.dtype.kind == "f":
        return _with_quiet(_trigamma)(xp, input)
    return _special("polygamma")(n, input).astype(input.dtype, copy=False)


_polygamma = defop("polygamma", _polygamma_forward, node="PolygammaBackward0", promote=FLOAT,
    vjp={"input": lambda grad, input, n: grad * polygamma(n + 1, input)})


def polygamma(n, input, *, out=None):
    """Return the n-th derivative of digamma (needs SciPy)."""
    return _polygamma.apply((input,), (n,))


def _polygamma_method(self, n):
    """``x.polygamma(n)``: the method takes n after self, the function before it."""
    return polygamma(n, self)


_round = defop("round", lambda xp, input: xp.round(input), node="RoundBackward0", promote=SAME,
               vjp={"input": _zero_rule})
_round_decimals = defop("round", lambda xp, input, decimals: xp.round(input, decimals),
                        node="RoundBackward1", promote=SAME, vjp={"input": _zero_rule})


def round(input, *, decimals=0, out=None):
    """Round half to even, as torch; ``decimals`` rounds to that many places."""
    if decimals:
        return _round_decimals.apply((input,), (decimals,))
    return _round.apply((input,), ())


def _logit_forward(xp, input, eps):
    """log(x / (1 - x)) after clamping to [eps, 1 - eps] when eps is given."""
    x = input if eps is None else xp.clip(input, eps, 1 - eps)
    return xp.log(x / (1 - x))


def _logit_rule(grad, input, eps):
    """1 / (x (1 - x)); zero outside [eps, 1 - eps], where the clamp is flat. At 0 and 1 it is
    grad * inf, as torch's kernel (so -0.0 gives +inf). When a graph is built, torch's
    infinitely differentiable form instead: grad / (x (1 - x)) inside, NaN (or 0) outside."""
    if _grad_state.enabled:
        lo, hi, outside = (0.0, 1.0, math.nan) if eps is None else (eps, 1 - eps, 0)
        return where((input >= lo) & (input <= hi), grad / (input * (1 - input)), outside)
    g = where((input == 0) | (input == 1), grad * math.inf, grad / (input * (1 - input)))
    if eps is None:  # outside [0, 1] the gradient is NaN, as torch's logit_backward
        return where((input < 0) | (input > 1), float("nan"), g)
    return where((input < eps) | (input > 1 - eps), 0, g)


_logit = defop("logit", _with_quiet(_logit_forward), node="LogitBackward0", promote=FLOAT,
               attrs=("eps",), vjp={"input": _logit_rule})


def logit(input, eps=None, *, out=None):
    """Return log(x / (1 - x)), clamping x to [eps, 1 - eps] first when eps is given."""
    return _logit.apply((input,), (eps,))


def _nan_to_num_forward(xp, input, nan, posinf, neginf):
    """Replace NaN and infinities as NumPy's nan_to_num."""
    return xp.nan_to_num(input, nan=nan, posinf=posinf, neginf=neginf)


_nan_to_num = defop("nan_to_num", _nan_to_num_forward, node="NanToNumBackward0", promote=SAME,
                    vjp={"input": lambda grad, input: where(isfinite(input), grad, 0)})


def nan_to_num(input, nan=0.0, posinf=None, neginf=None, *, out=None):
    """Replace NaN, +inf and -inf by finite values (the dtype's extremes by default)."""
    return _nan_to_num.apply((input,), (nan, posinf, neginf))


_isnan = defop("isnan", lambda xp, input: xp.isnan(input), promote=NONE)
_isinf = defop("isinf", lambda xp, input: xp.isinf(input), promote=NONE)
_isfinite = defop("isfinite", lambda xp, input: xp.isfinite(input), promote=NONE)
_isposinf = defop("isposinf", lambda xp, input: xp.isposinf(input), promote=NONE)
_isneginf = defop("isneginf", lambda xp, input: xp.isneginf(input), promote=NONE)


def isnan(input):
    """Return a bool tensor, True where input is NaN."""
    return _isnan.apply((input,), ())


def isinf(input):
    """Return a bool tensor, True where input is +inf or -inf."""
    return _isinf.apply((input,), ())


def isfinite(input):
    """Return a bool tensor, True where input is neither NaN nor infinite."""
    return _isfinite.apply((input,), ())


def isposinf(input, *, out=None):
    """Return a bool tensor, True where input is +inf."""
    return _isposinf.apply((input,), ())


def isneginf(input, *, out=None):
    """Return a bool tensor, True where input is -inf."""
    return _isneginf.apply((input,), ())


_isclose = defop("isclose", lambda xp, input, other, rtol, atol, equal_nan: xp.isclose(
    input, other, rtol=rtol, atol=atol, equal_nan=equal_nan), inputs=("input", "other"))


def _check_close_args(name, input, other):
    """torch compares only tensors of one dtype for closeness."""
    if not isinstance(other, Tensor):
        raise TypeError(f"{name}(): argument 'other' (position 2) must be Tensor, not "
                        f"{type(other).__name__}")
    if input.dtype != other.dtype:
        raise RuntimeError(
            f"{_SCALAR_NAMES[input.dtype.name]} did not match {_SCALAR_NAMES[other.dtype.name]}")


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Return |input - other| <= atol + rtol * |other| element-wise, as a bool tensor."""
    _check_close_args("isclose", input, other)
    return _isclose.apply((input, other), (rtol, atol, equal_nan))


def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    """Return True if every element pair is close (see ``isclose``)."""
    _check_close_args("allclose", input, other)
    return bool(isclose(input, other, rtol, atol, equal_nan)._data.all())


def equal(input, other):
    """Return True if both tensors have the same shape and elements."""
    return input.shape == other.shape and bool((input._data == other._data).all())


# --- binary -------------------------------------------------------------------------------
def _sinc_forward(xp, input):
    """sin(pi x) / (pi x) with 1 at 0, in the input's dtype."""
    return xp.sinc(input).astype(input.dtype, copy=False)


def _sinc_rule(grad, input):
    """torch's sinc_backward: grad (πx cos πx - sin πx) / (πx²), 0 where πx² is 0 (so the
    cancellation near 0 rounds as torch's does)."""
    x_pi = input * math.pi
    x_squared_pi = input * input * math.pi
    return where(x_squared_pi == 0, 0,
                 grad * conj_in_rule((x_pi * cos(x_pi) - sin(x_pi)) / x_squared_pi))


sinc = _unary("sinc", _sinc_forward, "SincBackward0", _sinc_rule)
deg2rad = _unary("deg2rad", lambda xp, input: input * (math.pi / 180), "Deg2RadBackward0",
                 lambda grad: grad * (math.pi / 180))
rad2deg = _unary("rad2deg", lambda xp, input: input * (180 / math.pi), "Rad2DegBackward0",
                 lambda grad: grad * (180 / math.pi))


def _sgn_rule(grad, input, result):
    """Zero for real input; for complex z, torch's sgn_backward (g - s² conj(g)) / 2|z|, 0 at
    z = 0 (masked after the division, so its own derivative is NaN there, as torch's): only
    the part of g across the unit circle moves s = z / |z|."""
    if not input.dtype.is_complex:
        return _zero_rule(grad)
    from .indexing import masked_fill
    from .pointwise import abs
    modulus = abs(input)
    return masked_fill((grad - result * result * conj_in_rule(grad)) / (2 * modulus),
                       modulus == 0, 0)


# Its complex Jacobian is symmetric, not Hermitian: the JVP is the VJP's formula on the tangent.
_sgn = defop("sgn", _with_quiet(_sign_forward), node="SgnBackward0", promote=SAME,
             vjp={"input": _sgn_rule}, jvp=lambda input_t, input, result: _sgn_rule(
                 input_t, input, result) if input.dtype.is_complex else input_t * 0)


def sgn(input, *, out=None):
    """Return the sign of real input, z / |z| of complex input (0 at 0); grad_fn SgnBackward0."""
    return _sgn.apply((input,), ())
_signbit = defop("signbit", lambda xp, input: xp.signbit(input), promote=NONE)


def signbit(input, *, out=None):
    """Return True where the sign bit is set (negative numbers and -0.0)."""
    return _signbit.apply((input,), ())


_fmod_scalar = defop("fmod", _with_quiet(int_division(lambda xp, input, other: xp.fmod(
    input, other))),
                     node="FmodBackward0", attrs=("other",),
                     vjp={"input": lambda grad: grad})
_fmod = defop("fmod", _with_quiet(int_division(lambda xp, input, other: xp.fmod(input, other))),
              node="FmodBackward1", inputs=("input", "other"),
              vjp={"input": lambda grad: grad,
                   "other": lambda grad, input, other: neg(grad) * div_trunc_in_rule(input,
                                                                                      other)})


def fmod(input, other, *, out=None):
    """Return the C-style remainder (sign of the dividend)."""
    if isinstance(other, Tensor):
        return _fmod.apply((input, other), ())
    return _fmod_scalar.apply((promote_for_number(input, other),), (other,))


def _atan2_recip(input, other):
    """1 / (input² + other²), zeroed where that sum is 0, as torch's atan2_backward (so the
    gradient at the origin is 0, or NaN only through a NaN or infinite grad)."""
    denominator = input * input + other * other
    return where(denominator == 0, 0, reciprocal(denominator))


_atan2 = defop("atan2", lambda xp, input, other: xp.arctan2(input, other), node="Atan2Backward0",
               inputs=("input", "other"), promote=FLOAT,
               vjp={"input": lambda grad, input, other: grad * other * _atan2_recip(input, other),
                    "other": lambda grad, input, other:
                        grad * -input * _atan2_recip(input, other)})
_hypot = defop("hypot", lambda xp, input, other: xp.hypot(input, other), node="HypotBackward0",
               inputs=("input", "other"),
               vjp={"input": lambda grad, input, result: grad * input / result,
                    "other": lambda grad, other, result: grad * other / result})
_logaddexp = defop("logaddexp", lambda xp, input, other: xp.logaddexp(input, other),
                   node="LogaddexpBackward0", inputs=("input", "other"), promote=FLOAT,
                   vjp={"input": lambda grad, input, other: grad / (exp(other - input) + 1),
                        "other": lambda grad, input, other: grad / (exp(input - other) + 1)})


def _fmax_rule(grad, input, other, needs, keep_first):
    """Route the gradient to the operand fmax/fmin picked."""
    # NaN loses: the gradient goes to the other operand; ties go to ``input``.
    first = keep_first(input, other) | (other != other)
    return (where(first, grad, 0) if needs[0] else None,
            where(first, 0, grad) if needs[1] else None)


_fmax = defop("fmax", lambda xp, input, other: xp.fmax(input, other), node="FmaxBackward0",
              inputs=("input", "other"),
              vjp=lambda grad, input, other, needs: _fmax_rule(grad, input, other, needs,
                                                                lambda a, b: a >= b))
_fmin = defop("fmin", lambda xp, input, other: xp.fmin(input, other), node="FminBackward0",
              inputs=("input", "other"),
              vjp=lambda grad, input, other, needs: _fmax_rule(grad, input, other, needs,
                                                                lambda a, b: a <= b))


_logaddexp2 = defop("logaddexp2", lambda xp, input, other: xp.logaddexp2(input, other),
                    node="Logaddexp2Backward0", inputs=("input", "other"), promote=FLOAT,
                    vjp={"input": lambda grad, input, other: grad / (exp2(other - input) + 1),
                         "other": lambda grad, input, other: grad / (exp2(input - other) + 1)})


def logaddexp2(input, other, *, out=None):
    """Return log2(2**input + 2**other) without overflow."""
    return _logaddexp2.apply((input, other), ())


def _copysign_rule(grad, input, result):
    """Gradient of |x|·sign(other) with respect to x."""
    # d|x|·s/dx = sign(x)·s = result / x; 0 at x = 0; torch's copysign_tensor_self_backward.
    return grad * where(input == 0, 0, result / input)


_copysign = defop("copysign", lambda xp, input, other: xp.copysign(input, other),
                  node="CopysignBackward0", inputs=("input", "other"), promote=FLOAT,
                  vjp={"input": _copysign_rule,  # other: torch saves result too
                       "other": lambda grad, result: zeros_like(grad)})
_copysign_scalar = defop("copysign", lambda xp, input, other: xp.copysign(input, other),
                         node="CopysignBackward1", promote=FLOAT,
                         vjp={"input": _copysign_rule})


def copysign(input, other, *, out=None):
    """Return |input| with the sign of other (its sign bit, so -0.0 counts as negative)."""
    if isinstance(other, Tensor):
        return _copysign.apply((input, other), ())
    return _copysign_scalar.apply((input,), (other,))


def atan2(input, other, *, out=None):
    """Return the angle of (other, input) in radians: atan(input / other) in the right quadrant."""
    return _atan2.apply((input, other), ())


arctan2 = atan2


def hypot(input, other, *, out=None):
    """Return sqrt(input² + other²) without overflow."""
    return _hypot.apply((input, other), ())


def logaddexp(input, other, *, out=None):
    """Return log(e**input + e**other) without overflow."""
    return _logaddexp.apply((input, other), ())


def fmax(input, other, *, out=None):
    """Element-wise maximum that ignores NaN (NaN only where both are NaN)."""
    return _fmax.apply((input, other), ())


def fmin(input, other, *, out=None):
    """Element-wise minimum that ignores NaN (NaN only where both are NaN)."""
    return _fmin.apply((input, other), ())


def float_power(input, exponent, *, out=None):
    """Return input ** exponent computed in double precision (a float64 result, as torch)."""
    from .. import _dtype
    from .pointwise import pow
    if isinstance(input, Tensor):
        input = input.to(_dtype.float64)
    if isinstance(exponent, Tensor):
        exponent = exponent.to(_dtype.float64)
    elif not isinstance(input, Tensor):
        raise TypeError("float_power(): expected at least one tensor argument")
    return pow(input, exponent)


# --- ternary ------------------------------------------------------------------------------
_lerp_scalar = defop("lerp", lambda xp, input, end, weight: input + weight * (end - input),
                     node="LerpBackward0", inputs=("input", "end"),
                     vjp={"input": lambda grad, weight: grad * conj_in_rule(1 - weight),
                          "end": lambda grad, weight: grad * conj_in_rule(weight)})
_lerp = defop("lerp", lambda xp, input, end, weight: input + weight * (end - input),
              node="LerpBackward1", inputs=("input", "end", "weight"),
              vjp={"input": lambda grad, weight: grad * conj_in_rule(1 - weight),
                   "end": lambda grad, weight: grad * conj_in_rule(weight),
                   "weight": lambda grad, input, end: grad * conj_in_rule(end - input)})


def lerp(input, end, weight, *, out=None):
    """Return input + weight * (end - input)."""
    for name, t in (("end", end), ("weight", weight)):
        if isinstance(t, Tensor) and t.dtype != input.dtype and (name == "end" or t.ndim):
            raise RuntimeError(f"expected dtype {_CPP_NAMES[input.dtype.name]} for `{name}` but "
                               f"got dtype {_CPP_NAMES[t.dtype.name]}")
    if isinstance(weight, Tensor):
        return _lerp.apply((input, end, weight), ())
    return _lerp_scalar.apply((input, end), (weight,))


_addcmul = defop("addcmul", lambda xp, input, tensor1, tensor2, value: input + (
                 int(value) if input.dtype.kind in "iu" else value) * tensor1 * tensor2,
                 node="AddcmulBackward0", inputs=("input", "tensor1", "tensor2"),
                 vjp={"input": lambda grad: grad,
                      # torch's formulas, grouped as written there (second derivatives agree)
                      "tensor1": lambda grad, tensor2, value: grad * conj_in_rule(tensor2 * value),
                      "tensor2": lambda grad, tensor1, value: grad * conj_in_rule(tensor1 * value)})
_addcdiv = defop("addcdiv", _with_quiet(lambda xp, input, tensor1, tensor2, value: input +
                                        value * tensor1 / tensor2),
                 node="AddcdivBackward0", inputs=("input", "tensor1", "tensor2"), attrs=("value",),
                 vjp={"input": lambda grad: grad,
                      "tensor1": lambda grad, tensor2, value: grad * conj_in_rule(value / tensor2),
                      "tensor2": lambda grad, tensor1, tensor2, value:
                          neg(grad) * conj_in_rule(value * tensor1 / (tensor2 * tensor2))})


def addcmul(input, tensor1, tensor2, *, value=1, out=None):
    """Return input + value * tensor1 * tensor2."""
    return _addcmul.apply((input, tensor1, tensor2), (value,))


def addcdiv(input, tensor1, tensor2, *, value=1, out=None):
    """Return input + value * tensor1 / tensor2 (torch refuses two integer divisors first)."""
    if all(isinstance(t, Tensor) and t._data.dtype.kind in "biu" for t in (tensor1, tensor2)):
        from ._kernel_dtypes import ADDCDIV_INTEGER_DIVISION
        raise RuntimeError(ADDCDIV_INTEGER_DIVISION)
    return _addcdiv.apply((input, tensor1, tensor2), (value,))


def _xlogy_forward(xp, input, other):
    """torch's kernel: NaN where other is NaN, else 0 where input is 0, else input * log(other)."""
    dtype = (input if isinstance(input, np.ndarray) else other).dtype
    x, y = xp.asarray(input, dtype), xp.asarray(other, dtype)
    return xp.where(xp.isnan(y), y, xp.where(x == 0, 0, x * xp.log(y))).astype(dtype)


def _xlogy_input_backward(grad, input, other):
    """torch's formula: xlogy(grad, other), zeroed where input == 0 and other <= 0, so a zero
    grad gives 0 (not NaN) and input == 0 with other > 0 keeps grad * log(other)."""
    return where((input == 0) & (other <= 0), 0, xlogy(grad, other))


def _xlogy_input_backward_scalar(grad, input, other):
    """Scalar_Other overload: as the tensor rule, the mask needed only when other <= 0."""
    out = xlogy(grad, other)
    return out if other > 0 else where(input == 0, 0, out)


_xlogy = defop("xlogy", _with_quiet(_xlogy_forward),
               node="XlogyBackward0", inputs=("input", "other"), promote=FLOAT,
               vjp={"input": _xlogy_input_backward,
                    "other": lambda grad, input, other: grad * input / other})
_xlogy_scalar_other = defop(  # torch's xlogy.Scalar_Other overload
    "xlogy", _with_quiet(_xlogy_forward), node="XlogyBackward2", promote=FLOAT, attrs=("other",),
    vjp={"input": _xlogy_input_backward_scalar})
_xlogy_scalar_self = defop(  # torch's xlogy.Scalar_Self overload
    "xlogy", _with_quiet(lambda xp, other, input: _xlogy_forward(xp, input, other)),
    node="XlogyBackward1", inputs=("other",), attrs=("input",), promote=FLOAT,
    vjp={"other": lambda grad, other, input: grad * input / other})


def xlogy(input, other, *, out=None):
    """Return input * log(other), and 0 where input is 0."""
    if not isinstance(other, Tensor):
        return _xlogy_scalar_other.apply((input,), (other,))
    if not isinstance(input, Tensor):
        return _xlogy_scalar_self.apply((other,), (input,))
    return _xlogy.apply((input, other), ())


METHODS = ("exp2", "expm1", "log2", "log10", "log1p", "rsqrt", "asin", "acos", "atan", "sinh",
           "cosh", "asinh", "acosh", "atanh", "erf", "erfc", "erfinv", "lgamma", "digamma",
           "floor", "ceil", "trunc", "frac", "fix", "round", "logit", "nan_to_num",
           "isnan", "isinf", "isfinite", "isposinf", "isneginf", "fmod", "atan2", "arctan2",
           "hypot", "logaddexp", "fmax", "fmin", "float_power", "lerp", "addcmul", "addcdiv",
           "xlogy", "sinc", "deg2rad", "rad2deg", "sgn", "signbit", "logaddexp2", "copysign",
           "isclose", "allclose", "equal")
METHOD_ALIASES = {"polygamma": _polygamma_method}
INPLACE = ("exp2", "expm1", "log2", "log10", "log1p", "rsqrt", "asin", "acos", "atan", "sinh",
           "cosh", "asinh", "acosh", "atanh", "erf", "erfc", "erfinv", "lgamma", "digamma",
           "floor", "ceil", "trunc", "frac", "fix", "round", "logit", "nan_to_num", "fmod",
           "atan2", "arctan2", "hypot", "lerp", "addcmul", "addcdiv", "xlogy", "sinc", "deg2rad",
           "rad2deg", "sgn", "copysign")
