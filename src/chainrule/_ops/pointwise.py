"""Element-wise math: arithmetic, powers, exp/log, trigonometry, activations, clamp, where."""

import math

import numpy as np

from .. import _dtype
from .._creation import zeros_like
from .._tensor import _SCALAR_NAMES, Tensor
from . import _fused
from ._quiet import call as _quiet_call
from ._quiet import with_quiet as _with_quiet
from ._registry import FLOAT, NONE, SAME, _check_broadcast, defop, guard_saved
from .compat_complex import imag, real


# --- arithmetic -----------------------------------------------------------------------
def _scaled(xp, input, other, alpha):
    """alpha * other as torch's add/sub: alpha's type is checked against the result dtype, and a
    bool result takes alpha as a bool."""
    kind = (input if isinstance(input, np.ndarray) else other).dtype.kind
    if isinstance(alpha, bool) and kind != "b":
        raise RuntimeError("Boolean alpha only supported for Boolean results.")
    if kind in "biu" and isinstance(alpha, (float, np.floating)):
        raise RuntimeError("For integral input tensors, argument alpha must not be a floating "
                           "point number.")
    if kind == "b":
        return other if alpha else xp.zeros_like(other)
    return other if alpha == 1 else other * alpha


def conj_in_rule(x):
    """x.conj() in the rules of holomorphic ops, whose complex gradients torch takes with the
    conjugate of the local derivative; a real tensor or number is returned as is, uncopied."""
    if isinstance(x, Tensor):
        if x._data.dtype.kind != "c":
            return x
        from .complex_conj import conj
        return conj(x)
    return x.conjugate() if isinstance(x, complex) else x


_add = defop("add", lambda xp, input, other, alpha: xp.add(input, _scaled(xp, input, other,
                                                                          alpha)),
             node="AddBackward0", inputs=("input", "other"),
             vjp={"input": lambda grad: grad,
                  "other": lambda grad, alpha: grad if alpha == 1 else grad * conj_in_rule(alpha)})
_sub = defop("sub", lambda xp, input, other, alpha: xp.subtract(
                 input, _scaled(xp, input, other, alpha)),
             node="SubBackward0", inputs=("input", "other"),
             vjp={"input": lambda grad: grad,
                  "other": lambda grad, alpha: neg(grad) if alpha == 1 else
                  grad * -conj_in_rule(alpha)})
_rsub = defop("rsub", lambda xp, input, other, alpha: xp.subtract(
                  other, _scaled(xp, other, input, alpha)),
              node="RsubBackward1", inputs=("input", "other"),
              vjp={"input": lambda grad, alpha: neg(grad) if alpha == 1 else
                   grad * -conj_in_rule(alpha)})
_mul = defop("mul", lambda xp, input, other: xp.multiply(input, other), node="MulBackward0",
             inputs=("input", "other"),
             vjp={"input": lambda grad, other: grad * conj_in_rule(other),
                  "other": lambda grad, input: grad * conj_in_rule(input)})
_div = defop("div", _with_quiet(lambda xp, input, other: xp.true_divide(input, other)),
             node="DivBackward0", inputs=("input", "other"), promote=FLOAT,
             vjp={"input": lambda grad, other: grad / conj_in_rule(other),
                  "other": lambda grad, input, other: _fused.div_backward_other(
                      grad, input, other)})
# Division by a Python number inside rules (mean's backward): torch's div.Scalar, DivBackward1.
_div_scalar = defop("div", _with_quiet(lambda xp, input, other: xp.true_divide(input, other)),
                    node="DivBackward1", promote=FLOAT, attrs=("other",),
                    vjp={"input": lambda grad, other: _div_scalar.apply(
                        (grad,), (conj_in_rule(other),))})
_neg = defop("neg", lambda xp, input: xp.negative(input), node="NegBackward0",
             vjp={"input": lambda grad: neg(grad)})
_reciprocal = defop("reciprocal", _with_quiet(lambda xp, input: xp.reciprocal(input)),
                    node="ReciprocalBackward0", promote=FLOAT,
                    vjp={"input": lambda grad, result: neg(grad) * conj_in_rule(result * result)})


def _pow_forward(xp, input, exponent):
    if getattr(input, "dtype", None) is not None and input.dtype.kind in "fc":
        if type(exponent) is float and exponent == -0.5 and input.dtype.kind == "f":
            return _quiet_call(lambda: 1 / xp.sqrt(input))  # torch's rsqrt: NaN at -inf
        if type(exponent) in (int, float) and exponent in (3, -2) and input.dtype.kind == "f":
            sq = input * input  # torch's kernel multiplies for these exponents (not powf)
            return sq * input if exponent == 3 else _quiet_call(lambda: 1 / sq)
        return _quiet_call(xp.power, input, exponent)  # the usual case, decided without copies
    if type(exponent) is bool and input.dtype == np.bool_:  # bool ** bool stays bool
        return input.copy() if exponent else xp.ones_like(input)
    e = xp.asarray(exponent)
    if e.dtype.kind in "iu" and xp.asarray(input).dtype.kind in "iu" and (e < 0).any():
        # torch's integer pow: x ** -n is 1 for x == 1, ±1 for x == -1, else 0 (NumPy raises)
        odd = xp.where(e % 2 == 1, -1, 1)
        small = xp.where(input == 1, 1, xp.where(input == -1, odd, 0))
        out = xp.where(e < 0, small, xp.power(input, xp.where(e < 0, 0, e)))
        return out.astype(xp.result_type(input, e))
    return _quiet_call(xp.power, input, exponent)


def _pow_scalar_rule(grad, input, exponent):
    if isinstance(exponent, Tensor):  # zero where the exponent is 0, as torch's pow_backward_self
        return where(exponent == 0, 0, grad * conj_in_rule(exponent * input ** (exponent - 1)))
    if exponent == 0:  # torch's pow_backward: zeros, even where grad is inf or NaN
        return zeros_like(grad)
    return _fused.pow_backward(grad, input, exponent)


def _pow_exponent_rule(grad, input, exponent, result):
    """torch's pow_backward_exponent: 0 where input == 0 and exponent >= 0 (by continuity);
    the log is taken in the result dtype (an int input is not logged in float32)."""
    if exponent.dtype.is_complex:  # the limit exists where the exponent is real and >= 0
        at_zero = (input == 0) & (imag(exponent) == 0) & (real(exponent) >= 0)
    else:
        at_zero = (input == 0) & (exponent >= 0)
    return grad * where(at_zero, 0, conj_in_rule(result * log(input.to(result.dtype))))


def _pow_base_rule(grad, result, base, exponent):
    """torch's pow_backward_exponent for a Python-number base (0 ** e: 0 where e >= 0)."""
    if base == 0:
        if exponent.dtype.is_complex:
            return grad * where((imag(exponent) == 0) & (real(exponent) >= 0), 0,
                                conj_in_rule(result * -math.inf))
        return grad * where(exponent >= 0, 0, result * -math.inf)
    if exponent.dtype.is_complex or isinstance(base, complex):
        return grad * conj_in_rule(result * complex(np.log(complex(base))))
    return grad * (result * float(np.log(base)))


_pow_scalar = defop("pow", lambda xp, input, exponent: _pow_forward(xp, input, exponent),
                    node="PowBackward0", vjp={"input": _pow_scalar_rule})
_pow_tensor = defop("pow", _pow_forward, node="PowBackward1", inputs=("input", "exponent"),
                    vjp={"input": lambda grad, input, exponent, result:  # result: torch saves it
                         _pow_scalar_rule(grad, input, exponent), "exponent": _pow_exponent_rule})
_pow_base = defop("pow", lambda xp, exponent, base: _pow_forward(xp, base, exponent),
                  node="PowBackward2", inputs=("exponent",),
                  vjp={"exponent": _pow_base_rule})


def add(input, other, *, alpha=1, out=None):
    """Return input + alpha * other, broadcasting and promoting as torch."""
    return _add.apply((input, other), (alpha,))


def _is_bool(x):
    return x._data.dtype.kind == "b" if isinstance(x, Tensor) else isinstance(x, bool)


def _check_sub(input, other):
    """Raise torch's errors for subtracting bool tensors (numpy's differ)."""
    a, b = _is_bool(input), _is_bool(other)
    if a and b:
        raise RuntimeError("Subtraction, the `-` operator, with two bool tensors is not "
                           "supported. Use the `^` or `logical_xor()` operator instead.")
    if a or b:
        raise RuntimeError("Subtraction, the `-` operator, with a bool tensor is not supported. "
                           "If you are trying to invert a mask, use the `~` or `logical_not()` "
                           "operator instead.")


def sub(input, other, *, alpha=1, out=None):
    """Return input - alpha * other."""
    _check_sub(input, other)
    return _sub.apply((input, other), (alpha,))


subtract = sub


_rsub_tensor = defop("rsub", lambda xp, input, other, alpha: xp.subtract(
                         other, _scaled(xp, other, input, alpha)),
                     node="RsubBackward0", inputs=("input", "other"),
                     vjp={"input": lambda grad, alpha: neg(grad) if alpha == 1 else
                          grad * -conj_in_rule(alpha),
                          "other": lambda grad: grad})


def rsub(input, other, *, alpha=1):
    """Return other - alpha * input (torch.rsub): RsubBackward0 for a tensor other, else 1."""
    _check_sub(input, other)
    if isinstance(other, Tensor):
        return _rsub_tensor.apply((input, other), (alpha,))
    return _rsub.apply((input, other), (alpha,))


def mul(input, other, *, out=None):
    """Return the element-wise product."""
    return _mul.apply((input, other), ())


multiply = mul


def div(input, other, *, rounding_mode=None, out=None):
    """Return input / other (true division; integer inputs give floats)."""
    if rounding_mode is None:
        return _div.apply((input, other), ())
    return div_rounded(input, other, rounding_mode)


divide = true_divide = div


def neg(input, *, out=None):
    """Return -input."""
    if input.dtype is _dtype.bool_:
        raise RuntimeError("Negation, the `-` operator, on a bool tensor is not supported. If "
                           "you are trying to invert a mask, use the `~` or `logical_not()` "
                           "operator instead.")
    return _neg.apply((input,), ())


negative = neg


def reciprocal(input, *, out=None):
    """Return 1 / input."""
    return _reciprocal.apply((input,), ())


def pow(input, exponent, *, out=None):
    """Return input ** exponent; torch's three overloads give PowBackward0/1/2."""
    if not isinstance(input, Tensor):
        if isinstance(input, bool) and exponent._data.dtype == np.bool_:
            raise NotImplementedError("\"pow\" not implemented for 'Bool'")
        if isinstance(input, float) and exponent._data.dtype.kind in "biu":
            exponent = exponent.to(_dtype.get_default_dtype())  # 2.5 ** int tensor: float32
        return _pow_base.apply((exponent,), (input,))
    if isinstance(exponent, Tensor):
        return _pow_tensor.apply((input, exponent), ())
    if type(exponent) is int and exponent < 0 and input._data.dtype.kind in "biu":
        raise RuntimeError("Integers to negative integer powers are not allowed.")
    if isinstance(exponent, float) and input._data.dtype.kind in "biu":
        from .._dtype import get_default_dtype
        input = input.to(get_default_dtype())  # int tensor ** float: default dtype, as torch
    return _pow_scalar.apply((input,), (exponent,))


def square(input, *, out=None):
    """Return input ** 2."""
    return pow(input, 2)


# --- exponentials, logs, roots ----------------------------------------------------------
def _unary(name, fn, node, rule, promote=FLOAT):
    return defop(name, _with_quiet(fn), node=node, vjp={"input": rule}, promote=promote)


def _rounded_from_double(xp, fn, x):
    """``fn`` of a float32 CPU array computed in double and rounded once: torch's kernels
    (glibc's expf/logf/tanhf on short tails, SLEEF's 1-ulp vectors) agree with that far more
    often than NumPy's float32 SIMD routines do. The double pass costs up to 10x, so only small
    arrays (the ones printed digit by digit) take it; larger ones keep NumPy's float32 routine."""
    if xp is np and x.dtype == np.float32 and x.size <= 256:
        if x.ndim == 0:  # one value: the same double routine through math, without array casts
            scalar_fn = _SCALAR_DOUBLE.get(fn)
            if scalar_fn is not None:
                try:
                    return np.array(scalar_fn(x.item()), np.float32)
                except (OverflowError, ValueError):
                    pass  # exp overflow, log of zero or a negative: NumPy's inf/nan below
        return fn(x.astype(np.float64)).astype(np.float32)
    return fn(x)


_SCALAR_DOUBLE = {np.exp: math.exp, np.log: math.log, np.tanh: math.tanh}


_exp = _unary("exp", lambda xp, input: _rounded_from_double(xp, xp.exp, input), "ExpBackward0",
              lambda grad, result: grad * conj_in_rule(result))
_log = _unary("log", lambda xp, input: _rounded_from_double(xp, xp.log, input), "LogBackward0",
              lambda grad, input: grad / conj_in_rule(input))
_sqrt = _unary("sqrt", lambda xp, input: xp.sqrt(input), "SqrtBackward0",
               lambda grad, result: grad / (2 * conj_in_rule(result)))
_sin = _unary("sin", lambda xp, input: xp.sin(input), "SinBackward0",
              lambda grad, input: _fused.sin_backward(grad, input))
_cos = _unary("cos", lambda xp, input: xp.cos(input), "CosBackward0",
              lambda grad, input: _fused.cos_backward(grad, input))
_tan = _unary("tan", lambda xp, input: xp.tan(input), "TanBackward0",
              lambda grad, result: grad * conj_in_rule(1 + result * result))
_tanh = _unary("tanh", lambda xp, input: _rounded_from_double(xp, xp.tanh, input), "TanhBackward0",
               lambda grad, result: tanh_backward(grad, result))
_sigmoid = _unary("sigmoid", lambda xp, input: _sigmoid_array(xp, input), "SigmoidBackward0",
                  lambda grad, result: sigmoid_backward(grad, result))
_abs = _unary("abs", lambda xp, input: xp.abs(input), "AbsBackward0",
              lambda grad, input: grad * sgn_in_rule(input), promote=SAME)
_relu = _unary("relu", lambda xp, input: xp.maximum(input, 0), "ReluBackward0",
               lambda grad, result: threshold_backward(grad, result, 0), promote=SAME)
def _sign_forward(xp, input):
    if input.dtype == bool:
        return input.copy()
    out = xp.sign(input)
    return xp.where(out != out, 0, out) if input.dtype.kind == "f" else out  # sign(nan) is 0


_sign = defop("sign", _sign_forward,
              node="SignBackward0",
              vjp={"input": lambda grad: zeros_like(grad)})
# torch's backward formulas (abs, norms) call sgn, whose derivative of a real input is an
# efficient zero tensor: here a None gradient, so inf/NaN met later cannot turn it into NaN.
_sgn_in_rule = defop("sgn", _sign_forward, node="SgnBackward0", vjp={"input": lambda grad: None})


def sgn_in_rule(input):
    """sgn(input) inside backward rules: its own gradient is an (efficient) zero for real
    input; complex z / |z| is torch.sgn, whose gradient is not zero."""
    if input._data.dtype.kind == "c":
        from .pointwise_more import sgn
        return sgn(input)
    return _sgn_in_rule.apply((input,), ())


def _sigmoid_array(xp, x):
    if xp is np and x.dtype == np.float32:  # torch's 1 / (1 + exp(-x)), each step in float32
        one = np.float32(1)
        return one / (one + _rounded_from_double(xp, xp.exp, -x))
    if x.dtype.kind == "c":
        return 1 / (1 + xp.exp(-x))
    # exp of -|x| never overflows; both branches of the logistic are then exact.
    e = xp.exp(-xp.abs(x))
    return xp.where(x >= 0, 1 / (1 + e), e / (1 + e)).astype(x.dtype, copy=False)


# Fused backward ops: one node on a first-order pass, and their own rules for higher orders.
def _tanh_backward_array(xp, grad_output, output):
    """grad * (1 - y * y); torch's CPU kernel fuses 1 - y * y into one FMA (one rounding).
    On small arrays (the ones printed digit by digit) y * y is taken exactly in float64 and the
    difference rounded once to float32 (a double rounding only at float64 ties, ~2⁻²⁹ of inputs)."""
    if (xp is np and output.dtype == np.float32 and grad_output.dtype == np.float32
            and output.size <= 256):
        return grad_output * (1 - np.square(output, dtype=np.float64)).astype(np.float32)
    if output.dtype.kind == "c":  # torch's complex kernel: grad * conj(1 - y * y)
        return grad_output * xp.conj(1 - output * output)
    return grad_output * (1 - output * output)


def _sigmoid_backward_array(xp, grad_output, output):
    """grad * y * (1 - y); grad * conj(y * (1 - y)) for complex y, as torch's kernel."""
    if output.dtype.kind == "c":
        return grad_output * xp.conj(output * (1 - output))
    return grad_output * output * (1 - output)


# For complex y the outputs' rules conjugate: these ops are antiholomorphic in ``output``.
_tanh_backward = defop(
    "tanh_backward", _tanh_backward_array,
    node="TanhBackwardBackward0", inputs=("grad_output", "output"),
    vjp={"grad_output": lambda grad, output: tanh_backward(grad, conj_in_rule(output)),
         "output": lambda grad, grad_output, output:
             conj_in_rule(grad) * -2 * grad_output * conj_in_rule(output)})
_sigmoid_backward = defop(
    "sigmoid_backward", _sigmoid_backward_array,
    node="SigmoidBackwardBackward0", inputs=("grad_output", "output"),
    vjp={"grad_output": lambda grad, output: sigmoid_backward(grad, conj_in_rule(output)),
         "output": lambda grad, grad_output, output:
             conj_in_rule(grad) * grad_output * (1 - 2 * conj_in_rule(output))})
_threshold_backward = defop(
    "threshold_backward",
    lambda xp, grad_output, input, threshold: xp.where(input <= threshold, 0, grad_output).astype(
        grad_output.dtype, copy=False),
    node="ThresholdBackwardBackward0", inputs=("grad_output", "input"),
    vjp={"grad_output": lambda grad, input, threshold: threshold_backward(grad, input, threshold),
         # torch's zeros_like(grad): materialised, so 0 / 0 further back gives its NaN
         "input": lambda grad: zeros_like(grad)})


def exp(input, *, out=None):
    """Return e**x element-wise. The gradient reuses the output, so the input is not saved."""
    return _exp.apply((input,), ())


def log(input, *, out=None):
    """Return the natural logarithm."""
    return _log.apply((input,), ())


def sqrt(input, *, out=None):
    """Return the square root; the gradient reuses the output."""
    return _sqrt.apply((input,), ())


def sin(input, *, out=None):
    """Return sin(x)."""
    return _sin.apply((input,), ())


def cos(input, *, out=None):
    """Return cos(x)."""
    return _cos.apply((input,), ())


def tan(input, *, out=None):
    """Return tan(x)."""
    return _tan.apply((input,), ())


def tanh(input, *, out=None):
    """Return tanh(x); backward is the fused ``tanh_backward``."""
    return _tanh.apply((input,), ())


def sigmoid(input, *, out=None):
    """Return 1 / (1 + e**-x), computed without overflow."""
    return _sigmoid.apply((input,), ())


def abs(input, *, out=None):
    """Return |x|; the gradient at 0 is 0 (sign(0) = 0), as torch."""
    return _abs.apply((input,), ())


absolute = abs


def relu(input, inplace=False):
    """Return max(x, 0); the gradient at 0 is 0, as torch."""
    if input.dtype is _dtype.bool_:
        raise RuntimeError("Boolean inputs not supported for relu")
    if inplace:
        return input.relu_()
    return _relu.apply((input,), ())


def sign(input, *, out=None):
    """Return -1, 0 or 1 by the sign of x; its gradient is zero."""
    return _sign.apply((input,), ())


def tanh_backward(grad_output, output):
    """Return grad_output * (1 - output²), the gradient of tanh from its output."""
    return _tanh_backward.apply((grad_output, output), ())


def sigmoid_backward(grad_output, output):
    """Return grad_output * output * (1 - output), the gradient of sigmoid from its output."""
    return _sigmoid_backward.apply((grad_output, output), ())


def threshold_backward(grad_output, input, threshold):
    """Return grad_output where input > threshold, else 0 (relu's gradient)."""
    return _threshold_backward.apply((grad_output, input), (threshold,))


# --- clamp, maximum/minimum, where ------------------------------------------------------
def _clamp_forward(xp, input, min, max):
    out = input
    if min is not None:
        out = xp.maximum(out, min)
    if max is not None:
        out = xp.minimum(out, max)
    return out if out is not input else input.copy()


def _in_range(input, min, max):
    mask = None
    if min is not None:
        mask = input >= min
    if max is not None:
        upper = input <= max
        mask = upper if mask is None else mask & upper
    return mask


_clamp_scalar = defop(
    "clamp", lambda xp, input, min, max: _clamp_forward(xp, input, min, max),
    node="ClampBackward1",
    vjp={"input": lambda grad, input, min, max: where(_in_range(input, min, max), grad, 0)})


def _clamp_tensor_rule(grad, input, min, max, needs):
    """torch's clamp_backward and clamp_backward_min_max: where min > max the result is max, so
    max, not min, takes the gradient there."""
    both = min is not None and max is not None
    grad_min = grad_max = None
    if needs[1]:
        grad_min = where((input < min) & (min < max) if both else input < min, grad, 0)
    if len(needs) > 2 and needs[2]:
        grad_max = where((input > max) | (max < min) if both else input > max, grad, 0)
    return (where(_in_range(input, min, max), grad, 0) if needs[0] else None, grad_min, grad_max)


_clamp_tensor = defop("clamp", _clamp_forward, node="ClampBackward0",
                      inputs=("input", "min", "max"), vjp=_clamp_tensor_rule)


def clamp(input, min=None, max=None, *, out=None):
    """Limit values to [min, max]; the gradient passes where min <= x <= max (ends included)."""
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    if isinstance(min, Tensor) or isinstance(max, Tensor):
        return _clamp_tensor.apply((input, min, max), ())
    return _clamp_scalar.apply((_promoted(input, min, max),), (min, max))


def _promoted(input, *bounds):
    """``input`` cast to torch's result type with scalar bounds: int clamped by 0.5 is float."""
    rt = _dtype.result_type([input] + [b for b in bounds if b is not None])
    return input if rt is input.dtype else input.to(rt)


clip = clamp


_clamp_min = defop("clamp_min", lambda xp, input, min: xp.maximum(input, min),
                   node="ClampMinBackward0",
                   vjp={"input": lambda grad, input, min: where(input >= min, grad, 0)})
_clamp_min_tensor = defop("clamp_min", lambda xp, input, min: xp.maximum(input, min),
                          node="ClampMinBackward1", inputs=("input", "min"),
                          vjp={"input": lambda grad, input, min: where(input >= min, grad, 0),
                               "min": lambda grad, input, min: where(input < min, grad, 0)})
_clamp_max = defop("clamp_max", lambda xp, input, max: xp.minimum(input, max),
                   node="ClampMaxBackward0",
                   vjp={"input": lambda grad, input, max: where(input <= max, grad, 0)})
_clamp_max_tensor = defop("clamp_max", lambda xp, input, max: xp.minimum(input, max),
                          node="ClampMaxBackward1", inputs=("input", "max"),
                          vjp={"input": lambda grad, input, max: where(input <= max, grad, 0),
                               "max": lambda grad, input, max: where(input > max, grad, 0)})


def clamp_min(input, min):
    """Return max(input, min); the gradient passes where input >= min."""
    if isinstance(min, Tensor):
        return _clamp_min_tensor.apply((input, min), ())
    return _clamp_min.apply((_promoted(input, min),), (min,))


def clamp_max(input, max):
    """Return min(input, max); the gradient passes where input <= max."""
    if isinstance(max, Tensor):
        return _clamp_max_tensor.apply((input, max), ())
    return _clamp_max.apply((_promoted(input, max),), (max,))


def _max_min_rule(grad, input, other, needs, pick):
    # Ties split the gradient in half; a side gets zero only where the other strictly wins, so a
    # NaN (no winner) passes the whole gradient to both, as torch's formula does.
    half = grad / 2
    tie = input == other
    return (where(tie, half, where(pick(other, input), 0, grad)) if needs[0] else None,
            where(tie, half, where(pick(input, other), 0, grad)) if needs[1] else None)


_maximum = defop("maximum", lambda xp, input, other: xp.maximum(input, other),
                 node="MaximumBackward0", inputs=("input", "other"),
                 vjp=lambda grad, input, other, needs: _max_min_rule(
                     grad, input, other, needs, gt))
_minimum = defop("minimum", lambda xp, input, other: xp.minimum(input, other),
                 node="MinimumBackward0", inputs=("input", "other"),
                 vjp=lambda grad, input, other, needs: _max_min_rule(
                     grad, input, other, needs, lt))


def maximum(input, other, *, out=None):
    """Return the element-wise maximum; ties share the gradient equally."""
    return _maximum.apply((input, other), ())


def minimum(input, other, *, out=None):
    """Return the element-wise minimum; ties share the gradient equally."""
    return _minimum.apply((input, other), ())


def _where_forward(xp, input, other, condition):
    return xp.where(condition, input, other)


_where = defop("where", _where_forward, node="WhereBackward0", inputs=("input", "other"),
               vjp={"input": lambda grad, condition: where(condition, grad, 0),
                    "other": lambda grad, condition: where(condition, 0, grad)})


def where(condition, input=None, other=None, *, out=None):
    """Pick input where condition holds, else other; one argument gives nonzero indices."""
    if input is None and other is None:
        from .indexing import nonzero
        return nonzero(condition, as_tuple=True)
    cond = condition._data if isinstance(condition, Tensor) else np.asarray(condition)
    if cond.dtype == np.uint8:  # torch still accepts (and warns about) byte conditions
        cond = cond.astype(bool)
        condition = Tensor._make(cond)
    if cond.dtype != np.bool_:
        raise RuntimeError(
            f"where expected condition to be a boolean tensor, but got a tensor with dtype "
            f"{_SCALAR_NAMES[condition.dtype.name]}")
    if not isinstance(input, Tensor) and not isinstance(other, Tensor):
        from .._creation import tensor
        input = tensor(input)  # two Python scalars: floats take the default dtype, as torch
    try:
        out = _where.apply((input, other), (cond,))
    except (ValueError, RuntimeError):
        _check_broadcast((condition, input, other))  # torch names the condition first
        raise
    guard_saved(out, (condition,))
    return out


# --- comparisons and logic (not differentiable) -----------------------------------------
def _compare(name, fn):
    op = defop(name, fn, inputs=("input", "other"))

    def compare(input, other, *, out=None):
        return op.apply((input, other), ())
    compare.__name__ = name
    compare.__doc__ = f"Return the element-wise ``{name}`` comparison as a bool tensor."
    return compare


eq = _compare("eq", lambda xp, input, other: xp.equal(input, other))
ne = _compare("ne", lambda xp, input, other: xp.not_equal(input, other))
lt = _compare("lt", lambda xp, input, other: xp.less(input, other))
le = _compare("le", lambda xp, input, other: xp.less_equal(input, other))
gt = _compare("gt", lambda xp, input, other: xp.greater(input, other))
ge = _compare("ge", lambda xp, input, other: xp.greater_equal(input, other))
less, less_equal, greater, greater_equal, not_equal = lt, le, gt, ge, ne
logical_and = _compare("logical_and", lambda xp, input, other: xp.logical_and(input, other))
logical_or = _compare("logical_or", lambda xp, input, other: xp.logical_or(input, other))
logical_xor = _compare("logical_xor", lambda xp, input, other: xp.logical_xor(input, other))


def _integral(name, fn):
    """A bitwise kernel: integer and bool operands only, torch's message otherwise."""
    def forward(xp, input, other):
        kind = xp.result_type(input, other)
        if kind.kind not in "biu":
                raise NotImplementedError(
                f'"{name}_cpu" not implemented for \'{_SCALAR_NAMES[str(kind)]}\'')
        return fn(input, other)
    return forward


bitwise_and = _compare("bitwise_and", _integral("bitwise_and", np.bitwise_and))
bitwise_or = _compare("bitwise_or", _integral("bitwise_or", np.bitwise_or))
bitwise_xor = _compare("bitwise_xor", _integral("bitwise_xor", np.bitwise_xor))
_logical_not = defop("logical_not", lambda xp, input: xp.logical_not(input), promote=NONE)
_bitwise_not = defop("bitwise_not", lambda xp, input: xp.invert(input), promote=NONE)


def logical_not(input, *, out=None):
    """Return the element-wise logical negation as a bool tensor."""
    return _logical_not.apply((input,), ())


def bitwise_not(input, *, out=None):
    """Return ~input (logical not for bool tensors)."""
    if input.dtype.is_floating_point:
        raise NotImplementedError(
            f'"bitwise_not_cpu" not implemented for \'{_SCALAR_NAMES[input.dtype.name]}\'')
    return _bitwise_not.apply((input,), ())


def int_division(fn):
    """Make integer division by zero raise torch's error (NumPy would warn and return 0)."""
    def forward(xp, input, other):
        if not xp.all(other) and xp.result_type(input, other).kind in "biu":
            raise RuntimeError("ZeroDivisionError")
        return fn(xp, input, other)
    return forward


_floor_divide = defop("floor_divide", _with_quiet(int_division(lambda xp, input, other: (
    xp.floor_divide(input, other)))), inputs=("input", "other"))
def _remainder_forward(xp, input, other):
    """torch's kernel for floats: fmod, plus ``other`` where the signs differ, so a zero keeps
    the dividend's sign (NumPy's remainder gives it the divisor's)."""
    if xp.result_type(input, other).kind != "f":
        return xp.remainder(input, other)
    mod = xp.fmod(input, other)
    return xp.where((mod != 0) & ((xp.asarray(other) < 0) != (mod < 0)), mod + other, mod)


_remainder_scalar = defop("remainder", _with_quiet(int_division(_remainder_forward)),
                          node="RemainderBackward0", attrs=("other",),
                          vjp={"input": lambda grad: grad})
# torch's remainder and fmod rules for other divide with rounding_mode "floor" / "trunc": a
# DivBackward2 whose gradients are materialised zeros, so a NaN met further back shows as in torch.
_ROUNDED_DIV_RULES = {"input": lambda grad: zeros_like(grad),
                      "other": lambda grad: zeros_like(grad)}
_div_floor = defop("div", _with_quiet(int_division(lambda xp, input, other: (
    xp.floor_divide(input, other)))), node="DivBackward2", inputs=("input", "other"),
    vjp=_ROUNDED_DIV_RULES)
_div_trunc = defop("div", _with_quiet(int_division(lambda xp, input, other: xp.trunc(
    xp.true_divide(input, other)).astype(xp.result_type(input, other)))), node="DivBackward2",
    inputs=("input", "other"), vjp=_ROUNDED_DIV_RULES)


def div_trunc_in_rule(input, other):
    """input / other rounded toward zero, with torch's (zero) gradients, for backward rules."""
    return _div_trunc.apply((input, other), ())


_remainder = defop("remainder", _with_quiet(int_division(_remainder_forward)),
                   node="RemainderBackward1", inputs=("input", "other"),
                   vjp={"input": lambda grad: grad,
                        "other": lambda grad, input, other: neg(grad) * _div_floor.apply(
                            (input, other), ())})


def floor_divide(input, other, *, out=None):
    """Return floor(input / other); not differentiable, as torch."""
    return _floor_divide.apply((input, other), ())


def promote_for_number(input, other):
    """Cast ``input`` to torch's result dtype with the Python number ``other`` (int tensor and
    float: the default dtype; bool tensor and int: int64) for ops that take it as an attribute."""
    kind = input._data.dtype.kind
    if isinstance(other, float) and kind in "biu":
        return input.to(_dtype.get_default_dtype())
    if isinstance(other, int) and not isinstance(other, bool) and kind == "b":
        return input.to(_dtype.int64)
    return input


def _remainder_self_rule(grad):
    """remainder.Scalar_Tensor has no derivative in torch: reaching it raises torch's error."""
    raise RuntimeError("derivative for aten::remainder is not implemented")


# torch's remainder(Scalar, Tensor) overload has no derivative: its node is NotImplemented.
_remainder_scalar_self = defop(
    "remainder", _with_quiet(lambda xp, other, input: int_division(_remainder_forward)(
        xp, input, other)), node="NotImplemented", inputs=("other",), attrs=("input",),
    vjp={"other": _remainder_self_rule})
_remainder_scalar_self.node_cls.name = lambda self: "torch::autograd::NotImplemented"


def remainder(input, other, *, out=None):
    """Return input - floor(input / other) * other (Python's modulo sign convention)."""
    if isinstance(input, Tensor) and not isinstance(other, Tensor):
        return _remainder_scalar.apply((promote_for_number(input, other),), (other,))
    if not isinstance(input, Tensor):
        return _remainder_scalar_self.apply((promote_for_number(other, input),), (input,))
    return _remainder.apply((input, other), ())


def div_rounded(input, other, rounding_mode):
    """``div`` with rounding_mode 'floor' or 'trunc': a DivBackward2 node with zero gradients."""
    if rounding_mode == "floor":
        return _div_floor.apply((input, other), ())
    if rounding_mode == "trunc":
        return _div_trunc.apply((input, other), ())
    raise RuntimeError(
        "div expected rounding_mode to be one of None, 'trunc', or 'floor' but found "
        f"'{rounding_mode}'")


METHODS = ("add", "sub", "subtract", "mul", "multiply", "div", "divide", "true_divide", "neg",
           "negative", "reciprocal", "pow", "square", "exp", "log", "sqrt", "sin", "cos", "tan",
           "tanh", "sigmoid", "abs", "absolute", "relu", "sign", "clamp", "clip", "clamp_min",
           "clamp_max", "maximum", "minimum", "eq", "ne", "lt", "le", "gt", "ge", "less",
           "less_equal", "greater", "greater_equal", "not_equal", "logical_and", "logical_or",
           "logical_xor", "logical_not", "bitwise_not", "bitwise_and", "bitwise_or",
           "bitwise_xor", "floor_divide", "remainder")
