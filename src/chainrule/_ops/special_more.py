"""torch.special's Bessel, normal-distribution and entropy functions (i0, i0e, i1, i1e, ndtr,
ndtri, log_ndtr, entr, erfcx, xlog1py, multigammaln) with torch's node names and derivative
formulas, each written in chainrule ops so higher orders work."""

import math

import numpy as np

from .. import _dtype
from .._creation import arange
from .._tensor import Tensor
from ._registry import ELEMENTWISE, FLOAT, defop
from .compat_tensor_api import _mul_scalar
from .pointwise import _with_quiet, exp, log, sgn_in_rule, where
from .pointwise_more import _special, digamma, erf

_SQRT_2PI = math.sqrt(2 * math.pi)


def _scipy(name):
    """Forward of scipy.special.<name>, kept in the input's dtype."""
    return _with_quiet(lambda xp, input: _special(name)(input).astype(input.dtype, copy=False))


def _unary(name, scipy_name, node, rule):
    """Register a unary float op and return its public function."""
    op = defop(name, _scipy(scipy_name), node=node, vjp={"input": rule}, promote=FLOAT,
               jvp=ELEMENTWISE)

    def fn(input, *, out=None):
        return op.apply((input,), ())
    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"Return ``{name}`` of each element (torch.special.{name}); grad_fn {node}."
    return fn


def _safe(input):
    """``input`` with entries of magnitude <= eps replaced by eps (torch's i1 backward)."""
    eps = float(np.finfo(np.float64 if input.dtype is _dtype.float64 else np.float32).eps)
    tiny = input.abs() <= eps
    return tiny, where(tiny, eps, input)


def _i1_rule(grad, input, result):
    tiny, x = _safe(input)
    return grad * where(tiny, 0.5, i0(x) - result / x)


def _i1e_rule(grad, input, result):
    tiny, x = _safe(input)
    return grad * where(tiny, 0.5, i0e(x) - result * (sgn_in_rule(x) + 1 / x))


i0 = _unary("i0", "i0", "I0Backward0", lambda grad, input: grad * i1(input))
i0e = _unary("i0e", "i0e", "SpecialI0EBackward0",
             lambda grad, input, result: grad * (i1e(input) - sgn_in_rule(input) * result))
i1 = _unary("i1", "i1", "SpecialI1Backward0", _i1_rule)
i1e = _unary("i1e", "i1e", "SpecialI1EBackward0", _i1e_rule)
ndtri = _unary("ndtri", "ndtri", "SpecialNdtriBackward0",
               lambda grad, result: grad * _SQRT_2PI * exp(result * result / 2))
log_ndtr = _unary("log_ndtr", "log_ndtr", "SpecialLogNdtrBackward0",
                  lambda grad, input, result: grad / _SQRT_2PI * exp(-(result + input * input
                                                                       / 2)))
entr = _unary("entr", "entr", "SpecialEntrBackward0",
              lambda grad, input: grad * -(1 + log(input)))
erfcx = _unary("erfcx", "erfcx", "SpecialErfcxBackward0",
               lambda grad, input, result: (2.0 * input * result - 2.0 / math.sqrt(math.pi))
               * grad)

# ndtr is a composite in torch: (1 + erf(x / sqrt 2)) * 0.5, ops with Python numbers.
_add_scalar = defop("add", lambda xp, input, other: input + other, node="AddBackward1",
                    promote=FLOAT, attrs=("other",), jvp=lambda input_t: input_t,
                    vjp={"input": lambda grad: grad})


def ndtr(input, *, out=None):
    """Return the standard normal CDF, (1 + erf(x / sqrt 2)) / 2."""
    scaled = _mul_scalar.apply((input,), (math.sqrt(0.5),))
    return _mul_scalar.apply((_add_scalar.apply((erf(scaled),), (1,)),), (0.5,))


def _xlog1py_forward(xp, input, other):
    """torch's kernel: NaN where other is NaN, else 0 where input is 0, else x * log1p(y)."""
    dtype = (input if isinstance(input, np.ndarray) else other).dtype
    x, y = xp.asarray(input, dtype), xp.asarray(other, dtype)
    return xp.where(xp.isnan(y), y, xp.where(x == 0, 0, x * xp.log1p(y))).astype(dtype)


def _xlog1py_input_rule(grad, input, other):
    """xlog1py(grad, other), zeroed where input == 0 and other <= -1."""
    return where((input == 0) & (other <= -1), 0, xlog1py(grad, other))


_xlog1py = defop("xlog1py", _with_quiet(_xlog1py_forward), node="SpecialXlog1PyBackward0",
                 inputs=("input", "other"), promote=FLOAT,
                 vjp={"input": _xlog1py_input_rule,
                      "other": lambda grad, input, other: grad * input / (other + 1)})
_xlog1py_scalar_other = defop(
    "xlog1py", _with_quiet(_xlog1py_forward), node="SpecialXlog1PyBackward2", promote=FLOAT,
    attrs=("other",),
    vjp={"input": lambda grad, input, other: where((input == 0) & (other <= -1), 0,
                                                   xlog1py(grad, other))})
_xlog1py_scalar_self = defop(
    "xlog1py", _with_quiet(lambda xp, other, input: _xlog1py_forward(xp, input, other)),
    node="SpecialXlog1PyBackward1", inputs=("other",), attrs=("input",), promote=FLOAT,
    vjp={"other": lambda grad, other, input: grad * input / (other + 1)})


def xlog1py(input, other, *, out=None):
    """Return input * log1p(other), and 0 where input is 0."""
    if not isinstance(other, Tensor):
        return _xlog1py_scalar_other.apply((input,), (other,))
    if not isinstance(input, Tensor):
        return _xlog1py_scalar_self.apply((other,), (input,))
    return _xlog1py.apply((input, other), ())


def _mvlgamma_forward(xp, input, p):
    terms = [_special("gammaln")(input - j / 2) for j in range(p)]
    total = sum(terms[1:], terms[0]) + p * (p - 1) / 4 * math.log(math.pi)
    return xp.asarray(total).astype(input.dtype, copy=False)


def _mvlgamma_rule(grad, input, p):
    """grad * sum_j digamma(x - j / 2), torch's mvlgamma_backward."""
    shifts = arange(-p / 2 + 0.5, 0.5, 0.5, dtype=input.dtype)
    return grad * digamma(input.unsqueeze(-1) + shifts).sum(-1)


_mvlgamma = defop("mvlgamma", _with_quiet(_mvlgamma_forward), node="MvlgammaBackward0",
                  promote=FLOAT, attrs=("p",), vjp={"input": _mvlgamma_rule}, jvp=ELEMENTWISE)


def mvlgamma(input, p):
    """Return the log of the multivariate gamma function of dimension ``p``."""
    if p < 1:
        raise RuntimeError("p has to be greater than or equal to 1")
    return _mvlgamma.apply((input,), (p,))


def multigammaln(input, p, *, out=None):
    """torch.special's name for ``mvlgamma``."""
    return mvlgamma(input, p)


__all__ = ["entr", "erfcx", "i0", "i0e", "i1", "i1e", "log_ndtr", "multigammaln", "mvlgamma",
           "ndtr", "ndtri", "xlog1py"]
METHODS = ("i0", "mvlgamma")
