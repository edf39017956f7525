"""The op table: one OpSpec per public op, driving value, gradient, parity and coverage tests.

Specs are plain data over NumPy: ``fn(torch, *args, **kwargs)`` calls the op through a module
that is chainrule in the tests and real torch in tools/record_op_fixtures.py, so one table runs
the same code on both. Sample arrays come from a generator seeded by the op's name.
"""

import zlib
from dataclasses import dataclass, field

import numpy as np


@dataclass
class Sample:
    """One call: array args become tensors (float ones require grad); ``transpose`` swaps the
    last two dims of every float array of 2+ dims inside the call, so the op sees strided views."""

    name: str
    args: tuple
    kwargs: dict = field(default_factory=dict)
    transpose: bool = False


@dataclass
class OpSpec:
    """An op: its public name, NumPy reference, samples and torch's grad_fn name."""

    name: str
    ref: object
    samples: object
    node: object = None
    fn: object = None
    gradgrad: bool = True
    dtypes: tuple = ("float32", "float64")
    grad: bool = True

    def call(self, torch, *args, **kwargs):
        """Run the op through ``torch`` (chainrule or torch): ``fn`` or the named callable."""
        if self.fn is not None:
            return self.fn(torch, *args, **kwargs)
        return resolve(torch, self.name)(*args, **kwargs)

    def make_samples(self):
        """Return this op's samples, drawn from a generator seeded by the op's name."""
        return self.samples(np.random.default_rng(zlib.crc32(self.name.encode())))


def resolve(torch, name):
    """Find ``name`` ("exp", "linalg.inv", "Tensor.view") in a torch-like module."""
    if name.startswith("Tensor."):
        method = name[7:]
        return lambda self, *a, **k: getattr(self, method)(*a, **k)
    obj = torch
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def outputs_of(out):
    """Flatten an op's result (tensor, tuple, named tuple, list) into a list."""
    if isinstance(out, (tuple, list)):
        return [o for item in out for o in outputs_of(item)]
    return [out]


def is_float(a):
    """True for the sample arrays that become floating tensors (and may require grad)."""
    return isinstance(a, (np.ndarray, np.generic)) and a.dtype.kind == "f"


def make_leaves(torch, sample, dtype_name, requires_grad):
    """Turn a sample's arrays into tensors of ``torch``; float ones get ``dtype_name``."""
    dtype = getattr(torch, dtype_name)
    out = []
    for a in sample.args:
        if isinstance(a, (np.ndarray, np.generic)):
            t = torch.from_numpy(np.array(a)).clone()
            if is_float(a):
                t = t.to(dtype).requires_grad_(requires_grad)
            out.append(t)
        else:
            out.append(a)
    return out


def run(torch, spec, sample, leaves):
    """Call the op on ``leaves``, transposing float tensors first for transposed samples."""
    args = [x.transpose(-1, -2) if sample.transpose and is_float(a) and a.ndim >= 2 else x
            for a, x in zip(sample.args, leaves)]
    return spec.call(torch, *args, **sample.kwargs)


def reference(spec, sample, dtype_name):
    """The NumPy reference's outputs as a list of arrays, computed in ``dtype_name``."""
    args = []
    for a in sample.args:
        if is_float(a):
            a = a.astype(dtype_name)
            if sample.transpose and a.ndim >= 2:
                a = np.swapaxes(a, -1, -2)
        args.append(a)
    return [np.asarray(o) for o in outputs_of(spec.ref(*args, **sample.kwargs))]


# --- sample builders ----------------------------------------------------------------------
def _u(rng, shape, low, high):
    """Uniform values in [low, high) of ``shape``."""
    return rng.uniform(low, high, size=shape)


def unary_samples(low=-2.0, high=2.0, empty=True):
    """0-d, empty, vector, matrix and a transposed view, values in [low, high)."""
    def make(rng):
        s = [Sample("0d", (_u(rng, (), low, high),)),
             Sample("vec", (_u(rng, (4,), low, high),)),
             Sample("mat", (_u(rng, (2, 3), low, high),)),
             Sample("transposed", (_u(rng, (3, 2), low, high),), transpose=True)]
        if empty:
            s.append(Sample("empty", (_u(rng, (0,), low, high),)))
        return s
    return make


def binary_samples(low=-2.0, high=2.0, low2=None, high2=None, scalar=True):
    """Same shapes, broadcasting on each side, 0-d, a Python scalar, empty and transposed."""
    low2 = low if low2 is None else low2
    high2 = high if high2 is None else high2

    def make(rng):
        a = lambda shape: _u(rng, shape, low, high)  # noqa: E731
        b = lambda shape: _u(rng, shape, low2, high2)  # noqa: E731
        s = [Sample("same", (a((2, 3)), b((2, 3)))),
             Sample("broadcast_other", (a((2, 3)), b((3,)))),
             Sample("broadcast_input", (a((3,)), b((2, 3)))),
             Sample("outer", (a((2, 1)), b((1, 3)))),
             Sample("0d", (a(()), b(()))),
             Sample("0d_other", (a((2, 3)), b(()))),
             Sample("empty", (a((0, 3)), b((3,)))),
             Sample("transposed", (a((3, 2)), b((3, 2))), transpose=True)]
        if scalar:
            s.append(Sample("scalar_other", (a((2, 3)), float(b(()).round(2)) or 0.5)))
        return s
    return make


def reduction_samples(low=-2.0, high=2.0, dims=True, empty_full=True, keepdim=True):
    """Full and per-dim reductions: negative dims, keepdim both ways, 0-d and empty inputs."""
    def make(rng):
        a = lambda shape: _u(rng, shape, low, high)  # noqa: E731
        s = [Sample("all", (a((2, 3)),)), Sample("0d", (a(()),))]
        if empty_full:
            s.append(Sample("empty", (a((0, 3)),)))
        if dims:
            k = {"keepdim": True} if keepdim else {}
            s += [Sample("dim0", (a((2, 3)),), {"dim": 0}),
                  Sample("dim_neg_keepdim", (a((2, 3, 2)),), {"dim": -1, **k}),
                  Sample("dim1", (a((3, 4)),), {"dim": 1}),
                  Sample("transposed_dim", (a((3, 2)),), {"dim": 0}, transpose=True)]
        return s
    return make


def _axis(kwargs):
    """Translate torch's dim/keepdim into NumPy's axis/keepdims."""
    out = {}
    if kwargs.get("dim") is not None:
        out["axis"] = kwargs["dim"]
    if "keepdim" in kwargs:
        out["keepdims"] = kwargs["keepdim"]
    return out


def _red(npfn):
    """A NumPy reduction called with torch's dim/keepdim keywords."""
    return lambda x, **k: npfn(x, **_axis(k))


def _quiet(f):
    """Run a reference with NumPy's floating-point warnings silenced (torch is silent)."""
    def g(*a, **k):
        with np.errstate(all="ignore"):
            return f(*a, **k)
    return g


def _scipy(name):
    """scipy.special.<name>, imported when first called."""
    def f(*a):
        import scipy.special
        return getattr(scipy.special, name)(*a)
    return f


def _with_zeros(make):
    """The samples of ``make`` plus ones holding zeros (one, and two in a row)."""
    def made(rng):
        return make(rng) + [
            Sample("one_zero", (np.array([[1.5, 0.0, 0.7], [0.8, 1.2, -0.9]]),), {"dim": 1}),
            Sample("two_zeros", (np.array([[0.0, 1.5], [0.0, 0.7], [1.1, 0.0]]),), {"dim": 0})]
    return made


# --- the table ----------------------------------------------------------------------------
OPS = []


def op(name, ref, samples, node=None, **kw):
    """Append an OpSpec to the table and return it."""
    spec = OpSpec(name, _quiet(ref) if ref is not None else None, samples, node, **kw)
    OPS.append(spec)
    return spec


def unary(name, ref, node, low=-2.0, high=2.0, **kw):
    """Record an element-wise op sampled by unary_samples(low, high)."""
    return op(name, ref, unary_samples(low, high), node, **kw)


def binary(name, ref, node, low=-2.0, high=2.0, low2=None, high2=None, scalar=True, **kw):
    """Record a two-input op sampled by binary_samples."""
    return op(name, ref, binary_samples(low, high, low2, high2, scalar), node, **kw)


def _sign_away(low, high):
    """Values in [low, high) with sign flipped at random: keeps away from 0 (kinks, poles)."""
    def make(rng):
        out = unary_samples(low, high)(rng)
        for s in out:
            s.args = tuple(np.asarray(a * rng.choice([-1.0, 1.0], size=a.shape))
                           for a in s.args)
        return out
    return make


# arithmetic
binary("add", np.add, "AddBackward0")
binary("sub", np.subtract, "SubBackward0")
binary("mul", np.multiply, "MulBackward0")
binary("div", np.divide, "DivBackward0", low2=0.5, high2=2.0)
op("add_alpha", lambda x, y: x + 2.5 * y, binary_samples(scalar=False), "AddBackward0",
   fn=lambda torch, x, y: torch.add(x, y, alpha=2.5))
op("sub_alpha", lambda x, y: x - 2.5 * y, binary_samples(scalar=False), "SubBackward0",
   fn=lambda torch, x, y: torch.sub(x, y, alpha=2.5))
op("rsub", lambda x, y: y - x, binary_samples(), "RsubBackward1")
binary("maximum", np.maximum, "MaximumBackward0", scalar=False)
binary("minimum", np.minimum, "MinimumBackward0", scalar=False)
binary("pow", np.power, "PowBackward1", low=0.5, high=2.0, scalar=False)
op("pow_scalar", lambda x: np.power(x, 2.5), unary_samples(0.5, 2.0), "PowBackward0",
   fn=lambda torch, x: torch.pow(x, 2.5))
op("pow_base", lambda x: np.power(2.0, x), unary_samples(), "PowBackward2",
   fn=lambda torch, x: torch.pow(2.0, x))
op("square", np.square, unary_samples(), "PowBackward0")
binary("remainder", np.remainder, "RemainderBackward0", low2=0.7, high2=1.9)
unary("neg", np.negative, "NegBackward0")
unary("reciprocal", np.reciprocal, "ReciprocalBackward0", 0.5, 2.0)
op("div_floor", lambda x, y: np.floor_divide(x, y), binary_samples(low2=0.7, high2=1.9),
   "DivBackward2", fn=lambda torch, x, y: torch.div(x, y, rounding_mode="floor"))
op("div_trunc", lambda x, y: np.trunc(x / y), binary_samples(low2=0.7, high2=1.9),
   "DivBackward2", fn=lambda torch, x, y: torch.div(x, y, rounding_mode="trunc"))
op("floor_divide", np.floor_divide, binary_samples(low2=0.7, high2=1.9), grad=False)

# exp, log, trig, activations
unary("exp", np.exp, "ExpBackward0")
unary("log", np.log, "LogBackward0", 0.5, 3.0)
unary("sqrt", np.sqrt, "SqrtBackward0", 0.5, 3.0)
unary("sin", np.sin, "SinBackward0")
unary("cos", np.cos, "CosBackward0")
unary("tan", np.tan, "TanBackward0", -1.2, 1.2)
unary("tanh", np.tanh, "TanhBackward0")
unary("sigmoid", lambda x: 1 / (1 + np.exp(-x)), "SigmoidBackward0")
op("abs", np.abs, _sign_away(0.3, 2.0), "AbsBackward0")
op("relu", lambda x: np.maximum(x, 0), _sign_away(0.3, 2.0), "ReluBackward0")
op("sign", np.sign, _sign_away(0.3, 2.0), "SignBackward0")
op("clamp", lambda x: np.clip(x, -0.5, 0.7), _sign_away(0.1, 2.0), "ClampBackward1",
   fn=lambda torch, x: torch.clamp(x, -0.5, 0.7))
op("clamp_min", lambda x: np.maximum(x, 0.2), _sign_away(0.3, 2.0), "ClampMinBackward0",
   fn=lambda torch, x: torch.clamp_min(x, 0.2))
op("clamp_max", lambda x: np.minimum(x, 0.2), _sign_away(0.3, 2.0), "ClampMaxBackward0",
   fn=lambda torch, x: torch.clamp_max(x, 0.2))
op("clamp_tensor", lambda x, lo: np.maximum(x, lo),
   binary_samples(-2.0, 2.0, -2.0, 2.0, scalar=False), "ClampBackward0",
   fn=lambda torch, x, lo: torch.clamp(x, min=lo))


def _where_samples(rng):
    """Condition/input/other triples, broadcasting and 0-d included."""
    return [Sample(n, (rng.uniform(size=s0) > 0.5, rng.uniform(-2, 2, s1),
                       rng.uniform(-2, 2, s2)))
            for n, s0, s1, s2 in [("same", (2, 3), (2, 3), (2, 3)),
                                  ("broadcast", (2, 3), (3,), (2, 1)),
                                  ("0d", (), (), ()), ("empty", (0, 3), (3,), (0, 3))]]


op("where", np.where, _where_samples, "WhereBackward0")

# comparisons and logic: values only
for _n, _f in [("eq", np.equal), ("ne", np.not_equal), ("lt", np.less), ("le", np.less_equal),
               ("gt", np.greater), ("ge", np.greater_equal)]:
    binary(_n, _f, None, grad=False)


def _bool_samples(rng):
    """Pairs of bool arrays for the logical ops."""
    return [Sample(n, (rng.uniform(size=s0) > 0.5, rng.uniform(size=s1) > 0.5))
            for n, s0, s1 in [("same", (2, 3), (2, 3)), ("broadcast", (2, 3), (3,)),
                              ("0d", (), ())]]


def _int_pair_samples(rng):
    """Pairs of int arrays for the bitwise ops."""
    return [Sample(n, (rng.integers(-8, 8, s0), rng.integers(-8, 8, s1)))
            for n, s0, s1 in [("same", (2, 3), (2, 3)), ("broadcast", (2, 3), (3,))]]


for _n, _f in [("logical_and", np.logical_and), ("logical_or", np.logical_or),
               ("logical_xor", np.logical_xor)]:
    op(_n, _f, _bool_samples, grad=False)
for _n, _f in [("bitwise_and", np.bitwise_and), ("bitwise_or", np.bitwise_or),
               ("bitwise_xor", np.bitwise_xor)]:
    op(_n, _f, _int_pair_samples, grad=False)
op("logical_not", lambda a, b: np.logical_not(a), _bool_samples, grad=False,
   fn=lambda torch, a, b: torch.logical_not(a))
op("bitwise_not", lambda a, b: np.invert(a), _int_pair_samples, grad=False,
   fn=lambda torch, a, b: torch.bitwise_not(a))

# more pointwise
unary("exp2", np.exp2, "Exp2Backward0")
unary("expm1", np.expm1, "Expm1Backward0")
unary("log2", np.log2, "Log2Backward0", 0.5, 3.0)
unary("log10", np.log10, "Log10Backward0", 0.5, 3.0)
unary("log1p", np.log1p, "Log1PBackward0", -0.5, 2.0)
unary("rsqrt", lambda x: 1 / np.sqrt(x), "RsqrtBackward0", 0.5, 3.0)
unary("asin", np.arcsin, "AsinBackward0", -0.8, 0.8)
unary("acos", np.arccos, "AcosBackward0", -0.8, 0.8)
unary("arcsin", np.arcsin, "AsinBackward0", -0.8, 0.8)
unary("arccos", np.arccos, "AcosBackward0", -0.8, 0.8)
unary("arctan", np.arctan, "AtanBackward0")
unary("arcsinh", np.arcsinh, "AsinhBackward0")
unary("arccosh", np.arccosh, "AcoshBackward0", 1.2, 3.0)
unary("arctanh", np.arctanh, "AtanhBackward0", -0.8, 0.8)
unary("atan", np.arctan, "AtanBackward0")
unary("sinh", np.sinh, "SinhBackward0")
unary("cosh", np.cosh, "CoshBackward0")
unary("asinh", np.arcsinh, "AsinhBackward0")
unary("acosh", np.arccosh, "AcoshBackward0", 1.3, 3.0)
unary("atanh", np.arctanh, "AtanhBackward0", -0.8, 0.8)
unary("erf", _scipy("erf"), "ErfBackward0")
unary("erfc", _scipy("erfc"), "ErfcBackward0")
unary("erfinv", _scipy("erfinv"), "ErfinvBackward0", -0.8, 0.8)
unary("lgamma", _scipy("gammaln"), "LgammaBackward0", 0.5, 3.0)
unary("digamma", _scipy("digamma"), "DigammaBackward0", 0.5, 3.0)
op("polygamma", lambda x: _scipy("polygamma")(1, x), unary_samples(0.5, 3.0),
   "PolygammaBackward0", fn=lambda torch, x: torch.polygamma(1, x))
unary("logit", lambda x: np.log(x / (1 - x)), "LogitBackward0", 0.2, 0.8)
op("logit_eps", lambda x: np.log(np.clip(x, 0.3, 0.7) / (1 - np.clip(x, 0.3, 0.7))),
   unary_samples(0.35, 0.65), "LogitBackward0", fn=lambda torch, x: torch.logit(x, eps=0.3))
unary("floor", np.floor, "FloorBackward0", gradgrad=False)
unary("ceil", np.ceil, "CeilBackward0", gradgrad=False)
unary("trunc", np.trunc, "TruncBackward0", gradgrad=False)
unary("round", np.round, "RoundBackward0", gradgrad=False)
op("round_decimals", lambda x: np.round(x, 1), unary_samples(), "RoundBackward1",
   fn=lambda torch, x: torch.round(x, decimals=1), gradgrad=False)
unary("frac", lambda x: x - np.trunc(x), "FracBackward0")
binary("fmod", np.fmod, "FmodBackward1", low2=0.7, high2=1.9, scalar=False)
op("fmod_scalar", lambda x: np.fmod(x, 0.7), unary_samples(), "FmodBackward0",
   fn=lambda torch, x: torch.fmod(x, 0.7))
binary("atan2", np.arctan2, "Atan2Backward0", low2=0.5, high2=2.0, scalar=False)
binary("hypot", np.hypot, "HypotBackward0", low=0.5, high=2.0, scalar=False)
binary("logaddexp", np.logaddexp, "LogaddexpBackward0", scalar=False)
binary("fmax", np.fmax, "FmaxBackward0", scalar=False)
binary("fmin", np.fmin, "FminBackward0", scalar=False)
binary("xlogy", lambda x, y: x * np.log(y), "XlogyBackward0", low2=0.5, high2=2.0,
       scalar=False)
op("float_power", lambda x: np.power(x.astype(np.float64), 2.5), unary_samples(0.5, 2.0),
   "PowBackward0", fn=lambda torch, x: torch.float_power(x, 2.5))


def _ternary(low3=-2.0, high3=2.0):
    """Samples for three-input ops; the third input drawn from [low3, high3)."""
    def make(rng):
        return [Sample(n, (rng.uniform(-2, 2, s0), rng.uniform(-2, 2, s1),
                           rng.uniform(low3, high3, s2)), transpose=t)
                for n, s0, s1, s2, t in [("same", (2, 3), (2, 3), (2, 3), False),
                                         ("broadcast", (2, 3), (3,), (2, 1), False),
                                         ("0d", (), (), (), False),
                                         ("transposed", (3, 2), (3, 2), (3, 2), True)]]
    return make


op("lerp", lambda a, b, w: a + w * (b - a), _ternary(), "LerpBackward1")
op("lerp_scalar", lambda a, b: a + 0.3 * (b - a), binary_samples(scalar=False), "LerpBackward0",
   fn=lambda torch, a, b: torch.lerp(a, b, 0.3))
op("addcmul", lambda a, b, c: a + 0.5 * b * c, _ternary(), "AddcmulBackward0",
   fn=lambda torch, a, b, c: torch.addcmul(a, b, c, value=0.5))
op("addcdiv", lambda a, b, c: a + 0.5 * b / c, _ternary(0.5, 2.0), "AddcdivBackward0",
   fn=lambda torch, a, b, c: torch.addcdiv(a, b, c, value=0.5))


def _special_values(rng):
    """NaN, ±inf, zero and finite values, for the isnan family."""
    return [Sample("mixed", (np.array([1.5, np.nan, np.inf, -np.inf, -0.5, 0.0]),)),
            Sample("0d", (np.array(np.nan),)), Sample("empty", (np.zeros((0, 2)),))]


for _n, _f in [("isnan", np.isnan), ("isinf", np.isinf), ("isfinite", np.isfinite),
               ("isposinf", np.isposinf), ("isneginf", np.isneginf)]:
    op(_n, _f, _special_values, grad=False)
op("nan_to_num", lambda x: np.nan_to_num(x, nan=0.0, posinf=9.0, neginf=-9.0),
   unary_samples(), "NanToNumBackward0", fn=lambda torch, x: torch.nan_to_num(x, 0.0, 9.0, -9.0))
op("nan_to_num_special", lambda x: np.nan_to_num(x, nan=0.0, posinf=9.0, neginf=-9.0),
   _special_values, fn=lambda torch, x: torch.nan_to_num(x, 0.0, 9.0, -9.0), grad=False)

# reductions
op("sum", _red(np.sum), reduction_samples(), "SumBackward0",
   fn=lambda torch, x, **k: torch.sum(x, **k))
op("mean", _red(np.mean), reduction_samples(empty_full=False), "MeanBackward0")
op("prod", _red(np.prod), _with_zeros(reduction_samples(empty_full=False)), "ProdBackward0")
op("amax", _red(np.max), reduction_samples(empty_full=False), "AmaxBackward0")
op("amin", _red(np.min), reduction_samples(empty_full=False), "AminBackward0")
op("max", lambda x: np.max(x), reduction_samples(dims=False, empty_full=False), "MaxBackward1")
op("min", lambda x: np.min(x), reduction_samples(dims=False, empty_full=False), "MinBackward1")


def _values_indices(npfn, argfn):
    """Reference for max/min with dim: (values, first index) as NumPy finds them."""
    def ref(x, dim, keepdim=False):
        idx = argfn(x, axis=dim, keepdims=True)
        vals = np.take_along_axis(x, idx, axis=dim)
        if not keepdim:
            vals, idx = np.squeeze(vals, dim), np.squeeze(idx, dim)
        return vals, idx
    return ref


def _dim_samples(low=-2.0, high=2.0):
    """reduction_samples restricted to those with a dim."""
    def make(rng):
        return [s for s in reduction_samples(low, high, empty_full=False)(rng) if "dim" in s.kwargs]
    return make


op("max_dim", _values_indices(np.max, np.argmax), _dim_samples(), "MaxBackward0",
   fn=lambda torch, x, **k: torch.max(x, **k))
op("min_dim", _values_indices(np.min, np.argmin), _dim_samples(), "MinBackward0",
   fn=lambda torch, x, **k: torch.min(x, **k))
op("argmax", lambda x, **k: np.argmax(x, **_axis(k)), _dim_samples(), grad=False)
op("argmin", lambda x, **k: np.argmin(x, **_axis(k)), _dim_samples(), grad=False)
op("norm", lambda x, **k: np.sqrt(np.sum(x * x, **_axis(k))),
   reduction_samples(empty_full=False), "LinalgVectorNormBackward0")
op("norm_p1", lambda x: np.sum(np.abs(x)), _sign_away(0.3, 2.0), "LinalgVectorNormBackward0",
   fn=lambda torch, x: torch.norm(x, p=1))
op("norm_p3", lambda x: np.sum(np.abs(x) ** 3) ** (1 / 3), _sign_away(0.3, 2.0),
   "LinalgVectorNormBackward0", fn=lambda torch, x: torch.norm(x, p=3))


def _cum_samples(low=-2.0, high=2.0):
    """Samples for cumulative ops: a dim each, 0-d and transposed included."""
    def make(rng):
        return [Sample("dim0", (rng.uniform(low, high, (3, 2)),), {"dim": 0}),
                Sample("dim_neg", (rng.uniform(low, high, (2, 4)),), {"dim": -1}),
                Sample("0d", (rng.uniform(low, high, ()),), {"dim": 0}),
                Sample("transposed", (rng.uniform(low, high, (3, 2)),), {"dim": 1},
                       transpose=True)]
    return make


op("cumsum", lambda x, dim: np.cumsum(x, axis=dim if x.ndim else None).reshape(x.shape),
   _cum_samples(), "CumsumBackward0")

# shape and movement
def _shaped(*shapes, transpose=False):
    """One uniform sample per shape (named by it), plus a transposed one if asked."""
    def make(rng):
        return [Sample("x".join(map(str, s)) or "0d", (rng.uniform(-2, 2, s),))
                for s in shapes] + ([Sample("transposed", (rng.uniform(-2, 2, (3, 2)),),
                                            transpose=True)] if transpose else [])
    return make


op("reshape", lambda x: x.reshape(-1, 2), _shaped((2, 3), (3, 2), (6,), transpose=True),
   "ViewBackward0", fn=lambda torch, x: torch.reshape(x, (-1, 2)))
op("Tensor.view", lambda x: x.reshape(3, 2), _shaped((2, 3), (6,)), "ViewBackward0",
   fn=lambda torch, x: x.view(3, 2))
op("Tensor.view_as", lambda x, y: x.reshape(y.shape), lambda rng: [
    Sample("2x3", (rng.uniform(-2, 2, (2, 3)), rng.uniform(-2, 2, (3, 2))))], "ViewBackward0")
op("Tensor.reshape_as", lambda x, y: x.reshape(y.shape), lambda rng: [
    Sample("2x3", (rng.uniform(-2, 2, (2, 3)), rng.uniform(-2, 2, (3, 2)))),
    Sample("transposed", (rng.uniform(-2, 2, (3, 2)), rng.uniform(-2, 2, (6,))),
           transpose=True)], "ViewBackward0")
op("flatten", lambda x: x.reshape(-1), _shaped((2, 3), (), (2, 1, 3), transpose=True),
   "ViewBackward0")
op("unflatten", lambda x: x.reshape(2, 3), _shaped((6,)), "ViewBackward0",
   fn=lambda torch, x: torch.unflatten(x, 0, (2, 3)))
op("clone", np.copy, unary_samples(), "CloneBackward0")
op("Tensor.contiguous", np.copy, _shaped((2, 3), transpose=True), "CloneBackward0")
op("transpose", lambda x: np.swapaxes(x, 0, -1), _shaped((2, 3), (2, 3, 2)),
   "TransposeBackward0", fn=lambda torch, x: torch.transpose(x, 0, -1))
op("t", lambda x: x.T, _shaped((2, 3), (3,), ()), "TBackward0")
op("permute", lambda x: np.transpose(x, (2, 0, 1)), _shaped((2, 3, 2)), "PermuteBackward0",
   fn=lambda torch, x: torch.permute(x, (-1, 0, 1)))
op("movedim", lambda x: np.moveaxis(x, 0, -1), _shaped((2, 3, 2)), "PermuteBackward0",
   fn=lambda torch, x: torch.movedim(x, 0, -1))
op("squeeze", np.squeeze, _shaped((2, 1, 3), (1,), ()), "SqueezeBackward0")
op("squeeze_dim", lambda x: np.squeeze(x, 1), _shaped((2, 1, 3)), "SqueezeBackward1",
   fn=lambda torch, x: torch.squeeze(x, 1))
op("unsqueeze", lambda x: np.expand_dims(x, -1), _shaped((2, 3), (), transpose=True),
   "UnsqueezeBackward0", fn=lambda torch, x: torch.unsqueeze(x, -1))
op("expand", lambda x: np.broadcast_to(x, (2, 2, 3)), _shaped((2, 1), (1, 3), ()),
   "ExpandBackward0", fn=lambda torch, x: x.expand(2, 2, 3))
op("broadcast_to", lambda x: np.broadcast_to(x, (2, 3)), _shaped((1, 3), (3,), ()),
   "ExpandBackward0", fn=lambda torch, x: torch.broadcast_to(x, (2, 3)))
op("Tensor.expand_as", lambda x, y: np.broadcast_to(x, y.shape), lambda rng: [
    Sample("row", (rng.uniform(-2, 2, (1, 3)), rng.uniform(-2, 2, (2, 3))))], "ExpandBackward0")
op("flip", lambda x: np.flip(x, (0, -1)), _shaped((2, 3), (3, 2), transpose=True),
   "FlipBackward0", fn=lambda torch, x: torch.flip(x, (0, -1)))
op("narrow", lambda x: x[:, 1:3], _shaped((2, 3), (3, 4), transpose=True), "SliceBackward0",
   fn=lambda torch, x: torch.narrow(x, 1, 1, 2))
op("select", lambda x: x[:, -1], _shaped((2, 3), transpose=True), "SelectBackward0",
   fn=lambda torch, x: torch.select(x, 1, -1))


def _list_samples(rng):
    """Same-shaped tensor lists for cat/stack."""
    return [Sample("three", (rng.uniform(-2, 2, (2, 3)), rng.uniform(-2, 2, (2, 3)),
                             rng.uniform(-2, 2, (2, 3)))),
            Sample("transposed", (rng.uniform(-2, 2, (3, 2)), rng.uniform(-2, 2, (3, 2))),
                   transpose=True)]


op("cat", lambda *xs: np.concatenate(xs, -1), _list_samples, "CatBackward0",
   fn=lambda torch, *xs: torch.cat(xs, -1))
op("stack", lambda *xs: np.stack(xs, 1), _list_samples, "StackBackward0",
   fn=lambda torch, *xs: torch.stack(xs, 1))
op("hstack", lambda *xs: np.hstack(xs), _list_samples, "CatBackward0",
   fn=lambda torch, *xs: torch.hstack(xs))
op("vstack", lambda *xs: np.vstack(xs), _list_samples, "CatBackward0",
   fn=lambda torch, *xs: torch.vstack(xs))
op("split", lambda x: np.split(x, [2], axis=1), _shaped((2, 4), (3, 5)), "SplitWithSizesBackward0",
   fn=lambda torch, x: torch.split(x, [2, x.shape[1] - 2], 1))
op("split_size", lambda x: np.split(x, [2, 4], axis=0), _shaped((5, 2)), "SplitBackward0",
   fn=lambda torch, x: torch.split(x, 2))
op("chunk", lambda x: np.split(x, [2], axis=-1), _shaped((2, 4), (3, 3)), "SplitBackward0",
   fn=lambda torch, x: torch.chunk(x, 2, -1))
op("unbind", lambda x: tuple(np.moveaxis(x, 1, 0)), _shaped((2, 3), transpose=True),
   "UnbindBackward0", fn=lambda torch, x: torch.unbind(x, 1))

# indexing
def _index_samples(rng):
    """A matrix with repeated and empty row indices."""
    x = rng.uniform(-2, 2, (3, 4))
    return [Sample("rows", (x, np.array([2, 0, 2]))),
            Sample("empty", (x, np.zeros(0, np.int64)))]


op("index_select", lambda x, i: x[i], _index_samples, "IndexSelectBackward0",
   fn=lambda torch, x, i: torch.index_select(x, 0, i))
op("gather", lambda x, i: np.take_along_axis(x, i, 1), lambda rng: [
    Sample("dim1", (rng.uniform(-2, 2, (3, 4)), rng.integers(0, 4, (3, 2))))], "GatherBackward0",
   fn=lambda torch, x, i: torch.gather(x, 1, i))
op("masked_fill", lambda x, m: np.where(m, 0.5, x), lambda rng: [
    Sample("same", (rng.uniform(-2, 2, (2, 3)), rng.uniform(size=(2, 3)) > 0.5)),
    Sample("broadcast", (rng.uniform(-2, 2, (2, 3)), rng.uniform(size=(3,)) > 0.5))],
   "MaskedFillBackward0", fn=lambda torch, x, m: torch.masked_fill(x, m, 0.5))
op("nonzero", lambda x: np.stack(np.nonzero(x), 1), lambda rng: [
    Sample("mat", (rng.integers(0, 2, (3, 4)),))], grad=False)
op("Tensor.__getitem__", lambda x: x[1:, [0, 2]], _shaped((3, 4)), "IndexBackward0",
   fn=lambda torch, x: x[1:, torch.tensor([0, 2])])

# matrix products
def _mats(*pairs):
    """One sample per pair of shapes, for products."""
    def make(rng):
        return [Sample("x".join(map(str, a)) + "_" + "x".join(map(str, b)),
                       (rng.uniform(-2, 2, a), rng.uniform(-2, 2, b))) for a, b in pairs]
    return make


op("dot", np.dot, _mats(((3,), (3,))), "DotBackward0")
op("inner", np.inner, _mats(((3,), (3,)), ((2, 3), (4, 3))), "ViewBackward0")
op("mv", np.matmul, _mats(((2, 3), (3,))), "MvBackward0")
op("mm", np.matmul, _mats(((2, 3), (3, 4)), ((1, 2), (2, 1))), "MmBackward0")
op("bmm", np.matmul, _mats(((2, 2, 3), (2, 3, 2))), "BmmBackward0")
op("matmul", np.matmul, _mats(((3,), (3,)), ((2, 3), (3,)), ((3,), (3, 2)), ((2, 3), (3, 2)),
                              ((2, 2, 3), (3, 2)), ((2, 1, 2, 3), (2, 3, 2))), "MmBackward0")
op("outer", np.outer, _mats(((2,), (3,))), "MulBackward0")
op("ger", np.outer, _mats(((2,), (3,))), "MulBackward0")


def _addmm_samples(rng):
    """addmm's input in full, row and 0-d shapes."""
    return [Sample(n, (rng.uniform(-2, 2, s), rng.uniform(-2, 2, (2, 3)),
                       rng.uniform(-2, 2, (3, 4))))
            for n, s in [("full", (2, 4)), ("row", (4,)), ("0d", ())]]


op("addmm", lambda c, a, b: 0.5 * c + 2.0 * a @ b, _addmm_samples, "AddmmBackward0",
   fn=lambda torch, c, a, b: torch.addmm(c, a, b, beta=0.5, alpha=2.0))

# more reductions
def _var_ref(npfn):
    """NumPy var/std with torch's keywords (correction as ddof)."""
    def ref(x, dim=None, keepdim=False, correction=1):
        return npfn(x, axis=dim, ddof=correction, keepdims=keepdim)
    return ref


def _several(make):
    """Only the samples reducing more than one element (var/std need two for correction=1)."""
    return lambda rng: [s for s in make(rng) if s.name != "0d"]


op("var", _var_ref(np.var), _several(reduction_samples(empty_full=False)), "VarBackward0")
op("std", _var_ref(np.std), _several(reduction_samples(empty_full=False)), "StdBackward0")
op("var_correction", lambda x: np.var(x, axis=1, ddof=0), _shaped((2, 3), transpose=True),
   "VarBackward0", fn=lambda torch, x: torch.var(x, 1, correction=0))
op("std_unbiased", lambda x: np.std(x, ddof=0), _shaped((2, 3)), "StdBackward0",
   fn=lambda torch, x: torch.std(x, unbiased=False))
op("var_mean", lambda x: (np.var(x, axis=0, ddof=1), np.mean(x, axis=0)), _shaped((3, 2)),
   "VarMeanBackward0", fn=lambda torch, x: torch.var_mean(x, 0))
op("std_mean", lambda x: (np.std(x, ddof=1), np.mean(x)), _shaped((3, 2)), "StdMeanBackward0")


def _logsumexp_ref(x, dim, keepdim=False):
    """A stable log-sum-exp reference."""
    m = np.max(x, axis=dim, keepdims=True)
    out = np.log(np.sum(np.exp(x - m), axis=dim, keepdims=True)) + m
    return out if keepdim else np.squeeze(out, dim)


op("logsumexp", _logsumexp_ref, _dim_samples(), "LogsumexpBackward0")
op("cumprod", lambda x, dim: np.cumprod(x, axis=dim) if x.ndim else x,
   _with_zeros(_cum_samples(0.5, 1.5)), "CumprodBackward0")


def _distinct(shape):
    """Distinct values (no ties) for order statistics, shuffled."""
    def values(rng):
        n = int(np.prod(shape))
        return rng.permutation(np.linspace(-2, 2, n)).reshape(shape) + rng.uniform(-.01, .01)
    return values


def _order_samples(rng):
    """Tie-free samples for sort-like ops, one dim each."""
    return [Sample("dim1", (_distinct((2, 4))(rng),), {"dim": 1}),
            Sample("dim0", (_distinct((3, 2))(rng),), {"dim": 0}),
            Sample("dim_neg", (_distinct((2, 2, 3))(rng),), {"dim": -1}),
            Sample("transposed", (_distinct((3, 2))(rng),), {"dim": 1}, transpose=True)]


def _cum_extreme_ref(acc, pick):
    """Running max/min with the last index reaching it (torch's tie rule)."""
    def ref(x, dim):
        dim = dim % x.ndim
        values = acc(x, axis=dim)
        n = x.shape[dim]
        pos = np.arange(n).reshape((-1,) + (1,) * (x.ndim - dim - 1))
        hits = np.where(x == values, pos, -1)
        return values, np.maximum.accumulate(hits, axis=dim)
    return ref


op("cummax", _cum_extreme_ref(np.maximum.accumulate, np.argmax), _order_samples,
   "CummaxBackward0")
op("cummin", _cum_extreme_ref(np.minimum.accumulate, np.argmin), _order_samples,
   "CumminBackward0")


def _sort_ref(x, dim=-1, descending=False):
    """Stable sort values and indices, descending via negation."""
    order = np.argsort(-x if descending else x, axis=dim, kind="stable")
    return np.take_along_axis(x, order, axis=dim), order


op("sort", _sort_ref, _order_samples, "SortBackward0")
op("sort_descending", lambda x, dim: _sort_ref(x, dim, True), _order_samples, "SortBackward0",
   fn=lambda torch, x, dim: torch.sort(x, dim, descending=True))
op("argsort", lambda x, dim: _sort_ref(x, dim)[1], _order_samples, grad=False)
op("msort", lambda x: np.sort(x, axis=0), _shaped((3, 2)), "SortBackward0")
op("topk", lambda x, dim: tuple(np.take(a, [0, 1], axis=dim) for a in _sort_ref(x, dim, True)),
   _order_samples, "TopkBackward0", fn=lambda torch, x, dim: torch.topk(x, 2, dim))
op("topk_smallest", lambda x, dim: tuple(np.take(a, [0], axis=dim) for a in _sort_ref(x, dim)),
   _order_samples, "TopkBackward0", fn=lambda torch, x, dim: torch.topk(x, 1, dim, largest=False))


def _kth_ref(k):
    """The k-th smallest (0-based) values and indices along dim."""
    def ref(x, dim, keepdim=False):
        values, order = _sort_ref(x, dim)
        v, i = np.take(values, [k], axis=dim), np.take(order, [k], axis=dim)
        return (v, i) if keepdim else (np.squeeze(v, dim), np.squeeze(i, dim))
    return ref


op("kthvalue", lambda x, dim: _kth_ref(1)(x, dim), _order_samples, "KthvalueBackward0",
   fn=lambda torch, x, dim: torch.kthvalue(x, 2, dim))
op("median", lambda x: np.sort(x.reshape(-1))[(x.size - 1) // 2],
   lambda rng: [Sample("odd", (_distinct((3, 3))(rng),)), Sample("even", (_distinct((2, 3))(rng),)),
                Sample("0d", (np.asarray(rng.uniform()),))], "MedianBackward0")
op("median_dim", lambda x, dim: _kth_ref((x.shape[dim] - 1) // 2)(x, dim), _order_samples,
   "MedianBackward1", fn=lambda torch, x, dim: torch.median(x, dim))


def _bool_reduce_samples(rng):
    """Bool and float inputs for all/any/count_nonzero."""
    return [Sample("all", (rng.uniform(size=(2, 3)) > 0.3,)),
            Sample("dim", (rng.uniform(size=(2, 3)) > 0.3,), {"dim": 1}),
            Sample("dim_keepdim", (rng.uniform(size=(2, 3)) > 0.3,), {"dim": -1, "keepdim": True}),
            Sample("float", (np.round(rng.uniform(size=(3, 2)) - 0.3),)),
            Sample("empty", (np.zeros((0, 2), bool),))]


op("all", _red(np.all), _bool_reduce_samples, grad=False)
op("any", _red(np.any), _bool_reduce_samples, grad=False)
op("count_nonzero", lambda x, **k: np.count_nonzero(x, axis=k.get("dim")),
   lambda rng: [s for s in _bool_reduce_samples(rng) if "keepdim" not in s.kwargs], grad=False)

# triangles, diagonals, repeats
op("tril", np.tril, _shaped((3, 4), (2, 3, 3), transpose=True), "TrilBackward0")
op("triu", lambda x: np.triu(x, 1), _shaped((3, 4), (2, 3, 3), transpose=True), "TriuBackward0",
   fn=lambda torch, x: torch.triu(x, 1))
op("diagonal", lambda x: np.diagonal(x, 1, -1, 0), _shaped((3, 4), (2, 3, 3), transpose=True),
   "DiagonalBackward0", fn=lambda torch, x: torch.diagonal(x, 1, -1, 0))
op("diag", lambda x: np.diag(x, -1), _shaped((3, 4), (3,), transpose=True), "DiagEmbedBackward0",
   fn=lambda torch, x: torch.diag(x, -1))


def _diag_embed_ref(x):
    """Square matrices with the last dim on the diagonal."""
    out = np.zeros(x.shape + (x.shape[-1],))
    idx = np.arange(x.shape[-1])
    out[..., idx, idx] = x
    return out


op("diag_embed", _diag_embed_ref, _shaped((3,), (2, 3)), "DiagEmbedBackward0")
op("trace", np.trace, _shaped((3, 4), (3, 3), transpose=True), "TraceBackward0")
op("Tensor.repeat", lambda x: np.tile(x, (2, 1, 2)), _shaped((2, 3), (3,), ()),
   "RepeatBackward0", fn=lambda torch, x: x.repeat(2, 1, 2))
op("tile", lambda x: np.tile(x, (2,)), _shaped((2, 3), (3,), transpose=True), "RepeatBackward0",
   fn=lambda torch, x: torch.tile(x, (2,)))
op("repeat_interleave", lambda x: np.repeat(x, 2, axis=-1), _shaped((2, 3), transpose=True),
   "ViewBackward0", fn=lambda torch, x: torch.repeat_interleave(x, 2, dim=-1))
op("repeat_interleave_flat", lambda x: np.repeat(x, 2), _shaped((2, 3)), "ViewBackward0",
   fn=lambda torch, x: torch.repeat_interleave(x, 2))
op("roll", lambda x: np.roll(x, (1, -2), (0, 1)), _shaped((2, 3), (3, 4), transpose=True),
   "RollBackward0", fn=lambda torch, x: torch.roll(x, (1, -2), (0, 1)))
op("roll_flat", lambda x: np.roll(x, 2), _shaped((2, 3)), "RollBackward0",
   fn=lambda torch, x: torch.roll(x, 2))
op("rot90", lambda x: np.rot90(x, 1, (0, 1)), _shaped((2, 3), (2, 3, 2), transpose=True),
   "Rot90Backward0")
op("rot90_k", lambda x: np.rot90(x, 3, (0, 1)), _shaped((2, 3)), "Rot90Backward0",
   fn=lambda torch, x: torch.rot90(x, 3, (0, 1)))
op("kron", np.kron, _mats(((2, 2), (2, 3)), ((3,), (2,)), ((2, 1), (3,))), "UnsafeViewBackward0")
op("meshgrid", lambda a, b: tuple(np.meshgrid(a, b, indexing="ij")), _mats(((3,), (2,))),
   "ExpandBackward0", fn=lambda torch, a, b: torch.meshgrid(a, b, indexing="ij"))
op("meshgrid_xy", lambda a, b: tuple(np.meshgrid(a, b, indexing="xy")), _mats(((3,), (2,))),
   "ExpandBackward0", fn=lambda torch, a, b: torch.meshgrid(a, b, indexing="xy"))
op("tril_indices", lambda: np.stack(np.tril_indices(3, 0, 4)), lambda rng: [Sample("3x4", ())],
   fn=lambda torch: torch.tril_indices(3, 4), grad=False)
op("triu_indices", lambda: np.stack(np.triu_indices(3, 1, 4)), lambda rng: [Sample("3x4", ())],
   fn=lambda torch: torch.triu_indices(3, 4, 1), grad=False)


# the scatter family
def _scatter_ref(reduce):
    """Reference for scatter (reduce None) and scatter_reduce along dim 0."""
    def ref(x, i, src, include_self=True):
        out = x.copy()
        idx = list(np.indices(i.shape, sparse=True))
        idx[0] = i
        idx = tuple(idx)
        src = src[tuple(slice(0, s) for s in i.shape)]
        if reduce is None:
            out[idx] = src
            return out
        ufunc = {"sum": np.add, "mean": np.add, "amax": np.maximum, "amin": np.minimum}[reduce]
        if not include_self:
            out[idx] = {"sum": 0, "mean": 0, "amax": -np.inf, "amin": np.inf}[reduce]
        ufunc.at(out, idx, src)
        if reduce == "mean":
            count = np.full(x.shape, 1 if include_self else 0)
            np.add.at(count, idx, 1)
            out = np.where(count == 0, x, out / np.maximum(count, 1))
        return out
    return ref


def _scatter_samples(unique=False):
    """Index into dim 0. A src larger than index is left out: torch's backward returns a
    gradient of index's shape there and its engine rejects it."""
    def make(rng):
        i = np.array([[0, 1, 2], [2, 0, 1]]) if unique else rng.integers(0, 3, (2, 3))
        return [Sample("same", (_distinct((3, 3))(rng), i, _distinct((2, 3))(rng))),
                Sample("wide", (_distinct((3, 4))(rng), i, _distinct((2, 3))(rng)))]
    return make


op("scatter", _scatter_ref(None), _scatter_samples(unique=True), "ScatterBackward0",
   fn=lambda torch, x, i, src: torch.scatter(x, 0, i, src))
op("scatter_value", lambda x, i: _scatter_ref(None)(x, i, np.full(i.shape, 1.5)),
   lambda rng: [Sample("same", (rng.uniform(-2, 2, (3, 3)), rng.integers(0, 3, (2, 3))))],
   "ScatterBackward1", fn=lambda torch, x, i: torch.scatter(x, 0, i, 1.5))
op("scatter_add", _scatter_ref("sum"), _scatter_samples(), "ScatterAddBackward0",
   fn=lambda torch, x, i, src: torch.scatter_add(x, 0, i, src))
op("scatter_reduce", _scatter_ref("sum"), _scatter_samples(), "ScatterReduceBackward0",
   fn=lambda torch, x, i, src: torch.scatter_reduce(x, 0, i, src, "sum"))
op("scatter_reduce_mean", lambda x, i, s: _scatter_ref("mean")(x, i, s, False),
   _scatter_samples(), "ScatterReduceBackward0",
   fn=lambda torch, x, i, src: torch.scatter_reduce(x, 0, i, src, "mean", include_self=False))
op("scatter_reduce_amax", _scatter_ref("amax"), _scatter_samples(), "ScatterReduceBackward0",
   fn=lambda torch, x, i, src: torch.scatter_reduce(x, 0, i, src, "amax"))
op("scatter_reduce_amin", lambda x, i, s: _scatter_ref("amin")(x, i, s, False),
   _scatter_samples(), "ScatterReduceBackward0",
   fn=lambda torch, x, i, src: torch.scatter_reduce(x, 0, i, src, "amin", include_self=False))


def _index_add_ref(x, i, src):
    """index_add along dim 1 with alpha 2."""
    out = x.copy()
    np.add.at(out, (slice(None), i), 2.0 * src)
    return out


op("index_add", _index_add_ref, lambda rng: [
    Sample("cols", (rng.uniform(-2, 2, (3, 4)), np.array([0, 2, 0]), rng.uniform(-2, 2, (3, 3))))],
   "IndexAddBackward0", fn=lambda torch, x, i, src: torch.index_add(x, 1, i, src, alpha=2.0))


def _index_put_ref(accumulate):
    """index_put on rows, writing or accumulating."""
    def ref(x, i, v):
        out = x.copy()
        if accumulate:
            np.add.at(out, (i,), v)
        else:
            out[i] = v
        return out
    return ref


op("index_put", _index_put_ref(False), lambda rng: [
    Sample("rows", (rng.uniform(-2, 2, (3, 4)), np.array([2, 0]), rng.uniform(-2, 2, (2, 4)))),
    Sample("broadcast", (rng.uniform(-2, 2, (3, 4)), np.array([1]), rng.uniform(-2, 2, (4,))))],
   "IndexPutBackward0", fn=lambda torch, x, i, v: torch.index_put(x, (i,), v))
op("index_put_accumulate", _index_put_ref(True), lambda rng: [
    Sample("repeats", (rng.uniform(-2, 2, (3, 4)), np.array([2, 2]), rng.uniform(-2, 2, (2, 4))))],
   "IndexPutBackward0", fn=lambda torch, x, i, v: torch.index_put(x, (i,), v, accumulate=True))
op("masked_select", lambda x, m: np.broadcast_to(x, np.broadcast_shapes(x.shape, m.shape))[
    np.broadcast_to(m, np.broadcast_shapes(x.shape, m.shape))], lambda rng: [
    Sample("same", (rng.uniform(-2, 2, (2, 3)), rng.uniform(size=(2, 3)) > 0.5)),
    Sample("broadcast", (rng.uniform(-2, 2, (3,)), rng.uniform(size=(2, 3)) > 0.5))],
   "MaskedSelectBackward0")
op("take", lambda x, i: x.reshape(-1)[i], lambda rng: [
    Sample("mat", (rng.uniform(-2, 2, (2, 3)), np.array([[0, 5], [3, 5]]))),
    Sample("transposed", (rng.uniform(-2, 2, (3, 2)), np.array([1, 4, 1])), transpose=True)],
   "TakeBackward0")


def _put_ref(accumulate):
    """Reference for put: write or add source at flat positions of a copy."""
    def ref(x, i, s):
        out = x.copy().reshape(-1)
        if accumulate:
            np.add.at(out, i.reshape(-1), s.reshape(-1))
        else:
            out[i.reshape(-1)] = s.reshape(-1)
        return out.reshape(x.shape)
    return ref


op("put", _put_ref(False), lambda rng: [
    Sample("mat", (rng.uniform(-2, 2, (2, 3)), np.array([0, 5, -2]), rng.uniform(-2, 2, (3,)))),
    Sample("shaped_source", (rng.uniform(-2, 2, (4,)), np.array([[1, 2]]),
                             rng.uniform(-2, 2, (1, 2))))], "PutBackward0")
op("put_accumulate", _put_ref(True), lambda rng: [
    Sample("repeats", (rng.uniform(-2, 2, (2, 3)), np.array([1, 1, 4]), rng.uniform(-2, 2, (3,))))],
   "PutBackward0", fn=lambda torch, x, i, s: torch.put(x, i, s, accumulate=True))


# contractions and linear algebra
def _well_conditioned(*shape):
    """Random matrices plus 3·I: invertible, well-conditioned, distinct singular values."""
    def values(rng):
        a = rng.uniform(-1, 1, shape)
        return a + 3 * np.eye(shape[-1]) if shape[-1] == shape[-2] else a
    return values


def _square_samples(rng):
    """Well-conditioned square matrices: single, batched and transposed."""
    return [Sample("3x3", (_well_conditioned(3, 3)(rng),)),
            Sample("batch", (_well_conditioned(2, 2, 2)(rng),)),
            Sample("transposed", (_well_conditioned(3, 3)(rng),), transpose=True)]


def _sym(torch, a):
    """A symmetric positive-definite matrix from any square a (so gradcheck may perturb all)."""
    return a @ a.mT + torch.eye(a.shape[-1], dtype=a.dtype)


def _sym_np(a):
    """NumPy twin of _sym."""
    return a @ np.swapaxes(a, -1, -2) + np.eye(a.shape[-1])


def _fix_sign(v):
    """Fix the sign ambiguity of singular/eigen vectors: first row made non-negative."""
    return v * v[..., :1, :].sign()


def _fix_sign_np(v):
    """NumPy twin of _fix_sign."""
    return v * np.sign(v[..., :1, :])


op("tensordot", lambda a, b: np.tensordot(a, b, 1), _mats(((2, 3), (3, 4)), ((3,), (3, 2))),
   "ViewBackward0", fn=lambda torch, a, b: torch.tensordot(a, b, 1))
op("tensordot_dims", lambda a, b: np.tensordot(a, b, ([0, 2], [1, 0])),
   _mats(((2, 3, 4), (4, 2, 3))), "ViewBackward0",
   fn=lambda torch, a, b: torch.tensordot(a, b, ([0, 2], [1, 0])))
op("vdot", np.vdot, _mats(((3,), (3,))), "VdotBackward0")
op("baddbmm", lambda c, a, b: 0.5 * c + 2.0 * a @ b, lambda rng: [
    Sample(n, (rng.uniform(-2, 2, s), rng.uniform(-2, 2, (2, 2, 3)), rng.uniform(-2, 2, (2, 3, 4))))
    for n, s in [("full", (2, 2, 4)), ("broadcast", (4,))]], "BaddbmmBackward0",
   fn=lambda torch, c, a, b: torch.baddbmm(c, a, b, beta=0.5, alpha=2.0))
for _eq, _shapes, _node in [
        ("ij,jk->ik", ((2, 3), (3, 4)), "ViewBackward0"), ("ii", ((3, 3),), "SumBackward1"),
        ("ij->ji", ((2, 3),), "PermuteBackward0"),
        ("bij,bjk->bik", ((2, 2, 3), (2, 3, 2)), "ViewBackward0"),
        ("i,j", ((2,), (3,)), "MulBackward0"),
        ("ij,jk,k->i", ((2, 3), (3, 2), (2,)), "ViewBackward0"),
        ("...ij->...ji", ((2, 2, 3),), "PermuteBackward0"),
        ("ii->i", ((3, 3),), "PermuteBackward0"), ("ij,ij->", ((2, 3), (2, 3)), "ViewBackward0")]:
    op(f"einsum[{_eq}]", (lambda eq: lambda *xs: np.einsum(eq, *xs))(_eq), _mats(_shapes)
       if len(_shapes) == 2 else (lambda sh: lambda rng: [
           Sample("x".join(map(str, sh[0])), tuple(rng.uniform(-2, 2, s) for s in sh))])(_shapes),
       _node, fn=(lambda eq: lambda torch, *xs: torch.einsum(eq, *xs))(_eq))
op("linalg.cross", lambda a, b: np.cross(a, b), _mats(((2, 3), (2, 3)), ((1, 3), (2, 3))),
   "LinalgCrossBackward0")
op("cross", lambda a, b: np.cross(a, b, axis=0), _mats(((3, 2), (3, 2))), "LinalgCrossBackward0")
op("linalg.inv", np.linalg.inv, _square_samples, "LinalgInvExBackward0")
op("linalg.cond", np.linalg.cond, _square_samples, "SqueezeBackward1")


def _triangular_samples(rng):
    """Triangular matrices: real, distinct eigenvalues whose order does not depend on LAPACK."""
    return [Sample("triangular", (np.triu(rng.uniform(-2, 2, (3, 3))) + np.diag([0., 3., 6.]),))]


op("linalg.eigvals", lambda a: np.linalg.eigvals(a).astype(np.result_type(a, np.complex64)),
   _triangular_samples, grad=False)
op("linalg.eig", lambda a: np.linalg.eigvals(a).astype(np.result_type(a, np.complex64)),
   _triangular_samples, grad=False, fn=lambda torch, a: torch.linalg.eig(a).eigenvalues)
op("linalg.cond_1", lambda a: np.linalg.cond(a, 1), _square_samples, grad=False,
   fn=lambda torch, a: torch.linalg.cond(a, 1))  # torch's backward fails (in-place on inv)
op("inverse", np.linalg.inv, _square_samples, "LinalgInvExBackward0")
op("linalg.det", np.linalg.det, _square_samples, "LinalgDetBackward0")
op("det", np.linalg.det, _square_samples, "LinalgDetBackward0")
op("linalg.slogdet", lambda a: tuple(np.linalg.slogdet(a)), _square_samples,
   "LinalgSlogdetBackward0")
op("slogdet", lambda a: tuple(np.linalg.slogdet(a)), _square_samples, "LinalgSlogdetBackward0")
op("logdet", lambda a: np.log(np.linalg.det(a)), _square_samples, "WhereBackward0")
op("linalg.solve", np.linalg.solve, lambda rng: [
    Sample("matrix", (_well_conditioned(3, 3)(rng), rng.uniform(-2, 2, (3, 2)))),
    Sample("vector", (_well_conditioned(3, 3)(rng), rng.uniform(-2, 2, (3,)))),
    Sample("batch", (_well_conditioned(2, 2, 2)(rng), rng.uniform(-2, 2, (2, 2, 3))))],
   "LinalgSolveExBackward0")
op("linalg.cholesky", lambda a: np.linalg.cholesky(_sym_np(a)), _square_samples,
   "LinalgCholeskyExBackward0", fn=lambda torch, a: torch.linalg.cholesky(_sym(torch, a)))
op("linalg.cholesky_upper", lambda a: np.swapaxes(np.linalg.cholesky(_sym_np(a)), -1, -2),
   _square_samples, "LinalgCholeskyExBackward0",
   fn=lambda torch, a: torch.linalg.cholesky(_sym(torch, a), upper=True))


def _qr_np(a):
    """Reduced QR as a (Q, R) tuple."""
    q, r = np.linalg.qr(a)
    return q, r


op("linalg.qr", _qr_np, _shaped((4, 3), (3, 3), transpose=True), "LinalgQrBackward0")
op("qr", _qr_np, _shaped((3, 2)), "LinalgQrBackward0")
op("linalg.svdvals", lambda a: np.linalg.svd(a, compute_uv=False), _shaped((4, 3), (3, 4)),
   "LinalgSvdBackward0")


def _svd_np(a, full_matrices=False):
    """Reduced (or full) SVD with signs fixed as _fix_sign does."""
    u, s, vh = np.linalg.svd(a, full_matrices=full_matrices)
    return _fix_sign_np(u), s, _fix_sign_np(np.swapaxes(vh, -1, -2))


op("linalg.svd", _svd_np, _shaped((4, 3), (3, 4), (2, 3, 3)), "LinalgSvdBackward0",
   fn=lambda torch, a: (lambda r: (_fix_sign(r.U), r.S, _fix_sign(r.Vh.mT)))(
       torch.linalg.svd(a, full_matrices=False)))
op("linalg.svd_full", lambda a: _svd_np(a, True), _square_samples, "LinalgSvdBackward0",
   fn=lambda torch, a: (lambda r: (_fix_sign(r.U), r.S, _fix_sign(r.Vh.mT)))(
       torch.linalg.svd(a)))
op("svd", _svd_np, _shaped((4, 3)), "LinalgSvdBackward0",
   fn=lambda torch, a: (lambda r: (_fix_sign(r.U), r.S, _fix_sign(r.V)))(torch.svd(a)))


def _eigh_np(a):
    """eigh of the symmetrised input with signs fixed."""
    w, v = np.linalg.eigh(a + np.swapaxes(a, -1, -2))
    return w, _fix_sign_np(v)


op("linalg.eigh", _eigh_np, _square_samples, "LinalgEighBackward0",
   fn=lambda torch, a: (lambda r: (r.eigenvalues, _fix_sign(r.eigenvectors)))(
       torch.linalg.eigh(a + a.mT)))
op("linalg.eigvalsh", lambda a: np.linalg.eigvalsh(a + np.swapaxes(a, -1, -2)), _square_samples,
   "LinalgEighBackward0", fn=lambda torch, a: torch.linalg.eigvalsh(a + a.mT))
op("linalg.pinv", np.linalg.pinv, _shaped((4, 3), (3, 4), transpose=True), "LinalgPinvBackward0")
op("pinverse", np.linalg.pinv, _shaped((4, 3)), "LinalgPinvBackward0")
op("linalg.lstsq", lambda a, b: np.linalg.lstsq(a, b)[0], lambda rng: [
    Sample("tall", (rng.uniform(-2, 2, (4, 3)), rng.uniform(-2, 2, (4, 2)))),
    Sample("square", (_well_conditioned(3, 3)(rng), rng.uniform(-2, 2, (3, 2))))],
   "LinalgLstsqBackward0", fn=lambda torch, a, b: torch.linalg.lstsq(a, b).solution)
op("linalg.matrix_power", lambda a: np.linalg.matrix_power(a, 3), _square_samples, "MmBackward0",
   fn=lambda torch, a: torch.linalg.matrix_power(a, 3))
op("matrix_power_neg", lambda a: np.linalg.matrix_power(a, -2), _square_samples, "MmBackward0",
   fn=lambda torch, a: torch.linalg.matrix_power(a, -2))
op("linalg.vector_norm", lambda x, **k: np.linalg.norm(x.reshape(-1), 3) if not k else
   np.sum(np.abs(x) ** 3, axis=k["dim"], keepdims=k.get("keepdim", False)) ** (1 / 3),
   lambda rng: [Sample(s.name, s.args, s.kwargs, s.transpose)
                for s in reduction_samples(empty_full=False)(rng)],
   "LinalgVectorNormBackward0", fn=lambda torch, x, **k: torch.linalg.vector_norm(x, 3, **k))
for _ord, _node in [("fro", "LinalgVectorNormBackward0"), ("nuc", "SumBackward1"),
                    (2, "AmaxBackward0"), (-2, "AminBackward0"), (1, "AmaxBackward0"),
                    (-1, "AminBackward0"), (float("inf"), "AmaxBackward0"),
                    (-float("inf"), "AminBackward0")]:
    op(f"linalg.matrix_norm[{_ord}]", (lambda o: lambda a: np.linalg.norm(a, o, axis=(-2, -1)))(
        _ord), _shaped((3, 4), (2, 3, 3), transpose=True), _node,
       fn=(lambda o: lambda torch, a: torch.linalg.matrix_norm(a, o))(_ord))
op("linalg.matrix_norm_keepdim", lambda a: np.linalg.norm(a, 1, axis=(0, 1), keepdims=True),
   _shaped((3, 4)), "AmaxBackward0",
   fn=lambda torch, a: torch.linalg.matrix_norm(a, 1, dim=(0, 1), keepdim=True))
op("linalg.norm", lambda a: np.linalg.norm(a), _shaped((3, 4), (3,)), "LinalgVectorNormBackward0")
op("linalg.norm_ord", lambda a: np.linalg.norm(a, "nuc"), _shaped((3, 4)), "SumBackward1",
   fn=lambda torch, a: torch.linalg.norm(a, "nuc"))


# softmax family (entries in _ops/nn.py, public as chainrule.softmax and Tensor methods)
def _softmax_np(x, dim):
    """A stable softmax along dim."""
    e = np.exp(x - np.max(x, axis=dim, keepdims=True))
    return e / np.sum(e, axis=dim, keepdims=True)


def _dim_only(rng):
    """Dim samples without keepdim (softmax takes none)."""
    return [Sample(s.name, s.args, {"dim": s.kwargs["dim"]}, s.transpose)
            for s in _dim_samples()(rng)]


op("softmax", _softmax_np, _dim_only, "SoftmaxBackward0")
op("log_softmax", lambda x, dim: np.log(_softmax_np(x, dim)), _dim_only, "LogSoftmaxBackward0")


# more element-wise, reductions, movement and products
unary("sinc", np.sinc, "SincBackward0")
unary("deg2rad", np.deg2rad, "Deg2RadBackward0")
unary("rad2deg", np.rad2deg, "Rad2DegBackward0")
op("sgn", np.sign, _sign_away(0.3, 2.0), "SgnBackward0", gradgrad=False)
op("signbit", np.signbit, _special_values, grad=False)
binary("logaddexp2", np.logaddexp2, "Logaddexp2Backward0", scalar=False)
op("copysign", np.copysign, lambda rng: [
    Sample(s.name, (s.args[0], np.asarray(s.args[1] * rng.choice([-1.0, 1.0], s.args[1].shape))))
    for s in binary_samples(0.3, 2.0, 0.3, 2.0, scalar=False)(rng)], "CopysignBackward0")
op("copysign_scalar", lambda x: np.copysign(x, -1.0), _sign_away(0.3, 2.0), "CopysignBackward1",
   fn=lambda torch, x: torch.copysign(x, -1.0))
op("logcumsumexp", lambda x, dim: np.logaddexp.accumulate(x, axis=dim) if x.ndim else x,
   _cum_samples(), "LogcumsumexpBackward0")


def _with_nans(make):
    """The samples of ``make`` plus one holding NaNs."""
    def made(rng):
        return make(rng) + [Sample("nans", (np.array([[1.5, np.nan, 0.7], [np.nan, 1.2, -0.9]]),),
                                   {"dim": 1})]
    return made


op("nansum", _red(np.nansum), _with_nans(reduction_samples(empty_full=False)), "NansumBackward0")
op("nanmean", _red(np.nanmean), _with_nans(reduction_samples(empty_full=False)), "DivBackward0")
op("dist", lambda x, y: np.sqrt(np.sum((x - y) ** 2)), binary_samples(scalar=False),
   "DistBackward0")
op("dist_p1", lambda x, y: np.sum(np.abs(x - y)), lambda rng: [
    Sample("same", (rng.uniform(-2, 2, (2, 3)), rng.uniform(3, 4, (2, 3))))], "DistBackward0",
   fn=lambda torch, x, y: torch.dist(x, y, 1))
op("dist_inf", lambda x, y: np.max(np.abs(x - y)), lambda rng: [
    Sample("same", (rng.uniform(-2, 2, (2, 3)), rng.uniform(3, 4, (2, 3))))], "DistBackward0",
   fn=lambda torch, x, y: torch.dist(x, y, float("inf")))
op("dist_p0", lambda x, y: np.sum(x != y).astype(x.dtype), lambda rng: [
    Sample("same", (rng.uniform(-2, 2, (2, 3)), rng.uniform(3, 4, (2, 3))))], grad=False,
   fn=lambda torch, x, y: torch.dist(x, y, 0))  # torch's backward fails for p = 0
op("diff", lambda x: np.diff(x, axis=-1), _shaped((2, 4), (5,), transpose=True), "SubBackward0")
op("diff_n2", lambda x: np.diff(x, 2, axis=0), _shaped((4, 2)), "SubBackward0",
   fn=lambda torch, x: torch.diff(x, 2, 0))
op("flipud", np.flipud, _shaped((2, 3), (3,)), "FlipBackward0")
op("fliplr", np.fliplr, _shaped((2, 3), transpose=True), "FlipBackward0")
op("ravel", np.ravel, _shaped((2, 3), transpose=True), "ViewBackward0")
op("atleast_1d", np.atleast_1d, _shaped((), (3,)), "ViewBackward0")
op("atleast_2d", np.atleast_2d, _shaped((), (3,)), "UnsqueezeBackward0")
op("atleast_3d", np.atleast_3d, _shaped((), (3,), (2, 3)), "UnsqueezeBackward0")
op("column_stack", lambda *xs: np.column_stack(xs), _mats(((3,), (3, 2))), "CatBackward0",
   fn=lambda torch, *xs: torch.column_stack(xs))
op("dstack", lambda *xs: np.dstack(xs), _mats(((3,), (3,)), ((2, 3), (2, 3))), "CatBackward0",
   fn=lambda torch, *xs: torch.dstack(xs))
op("addmv", lambda c, a, b: 0.5 * c + 2.0 * a @ b, lambda rng: [
    Sample(n, (rng.uniform(-2, 2, s), rng.uniform(-2, 2, (2, 3)), rng.uniform(-2, 2, (3,))))
    for n, s in [("full", (2,)), ("0d", ())]], "AddmvBackward0",
   fn=lambda torch, c, a, b: torch.addmv(c, a, b, beta=0.5, alpha=2.0))
op("addr", lambda c, a, b: 0.5 * c + 2.0 * np.outer(a, b), lambda rng: [
    Sample(n, (rng.uniform(-2, 2, s), rng.uniform(-2, 2, (2,)), rng.uniform(-2, 2, (3,))))
    for n, s in [("full", (2, 3)), ("row", (3,))]], "AddrBackward0",
   fn=lambda torch, c, a, b: torch.addr(c, a, b, beta=0.5, alpha=2.0))
op("addbmm", lambda c, a, b: 0.5 * c + 2.0 * np.sum(a @ b, 0), lambda rng: [
    Sample(n, (rng.uniform(-2, 2, s), rng.uniform(-2, 2, (2, 2, 3)), rng.uniform(-2, 2, (2, 3, 4))))
    for n, s in [("full", (2, 4)), ("row", (4,))]], "AddbmmBackward0",
   fn=lambda torch, c, a, b: torch.addbmm(c, a, b, beta=0.5, alpha=2.0))


# comparisons, counting and searching; more movement
def _close_samples(rng):
    """Pairs equal, nearly equal, broadcast and NaN, for isclose."""
    a = rng.uniform(-2, 2, (2, 3))
    return [Sample("near", (a, a + rng.choice([0.0, 1e-9, 1e-3], (2, 3)))),
            Sample("broadcast", (a, a[0] + 1e-9)),
            Sample("nan", (np.array([np.nan, 1.0]), np.array([np.nan, 1.0])))]


op("isclose", np.isclose, _close_samples, grad=False)
op("allclose", lambda a, b: np.asarray(np.allclose(a, b)), _close_samples, grad=False,
   fn=lambda torch, a, b: torch.tensor(torch.allclose(a, b)))
op("equal", lambda a, b: np.asarray(a.shape == b.shape and bool((a == b).all())), lambda rng: [
    Sample("same", (np.arange(3.0), np.arange(3.0))), Sample("differ", (np.arange(3.0),
                                                                          np.ones(3)))],
   grad=False, fn=lambda torch, a, b: torch.tensor(torch.equal(a, b)))
op("aminmax", lambda x, **k: (np.min(x, **_axis(k)), np.max(x, **_axis(k))),
   lambda rng: [s for s in reduction_samples(empty_full=False)(rng)], "AminmaxBackward0",
   fn=lambda torch, x, **k: torch.aminmax(x, **k))


def _int_samples(rng):
    """Non-negative int vectors, empty included."""
    return [Sample("vec", (rng.integers(0, 5, (7,)),)), Sample("empty", (np.zeros(0, np.int64),))]


op("unique", lambda x: tuple(np.unique(x, return_inverse=True, return_counts=True)),
   lambda rng: [Sample("mat", (rng.integers(0, 4, (3, 4)),))], grad=False,
   fn=lambda torch, x: torch.unique(x, return_inverse=True, return_counts=True))
op("bincount", np.bincount, _int_samples, grad=False)


def _unique_consecutive_ref(x):
    """Runs of equal values: the values, each element's run number, the run lengths."""
    flat = x.reshape(-1)
    starts = np.r_[True, flat[1:] != flat[:-1]]
    return (flat[starts], (np.cumsum(starts) - 1).reshape(x.shape),
            np.diff(np.r_[np.flatnonzero(starts), flat.size]))


op("unique_consecutive", _unique_consecutive_ref, lambda rng: [
    Sample("mat", (rng.integers(0, 2, (3, 4)),))], grad=False,
   fn=lambda torch, x: torch.unique_consecutive(x, return_inverse=True, return_counts=True))
def _mode_ref(x):
    """Most frequent value per row (smallest among ties) and its last position."""
    values, idx = [], []
    for row in x.reshape(-1, x.shape[-1]):
        u, c = np.unique(row, return_counts=True)
        values.append(u[np.argmax(c)])
        idx.append(len(row) - 1 - np.flatnonzero(row[::-1] == values[-1])[0])
    return np.array(values, x.dtype).reshape(x.shape[:-1]), np.array(idx).reshape(x.shape[:-1])


op("mode", _mode_ref, lambda rng: [
    Sample("mat", (rng.integers(0, 3, (3, 5)).astype(float),)),
    Sample("vec", (np.array([2.0, 1.0, 1.0, 2.0, 0.5]),))],
   grad=False)  # a mode needs ties, where finite differences jump; routing is median's
def _nanmedian_ref(x, dim=None):
    """Lower median of the non-NaN values (with dim: the values only are compared here)."""
    if dim is None:
        kept = np.sort(x[~np.isnan(x)])
        return kept[(kept.size - 1) // 2]
    rows = np.moveaxis(x, dim, -1)
    out = np.empty(rows.shape[:-1], x.dtype)
    for i in np.ndindex(out.shape):
        kept = np.sort(rows[i][~np.isnan(rows[i])])
        out[i] = kept[(kept.size - 1) // 2]
    return out


op("nanmedian", _nanmedian_ref, lambda rng: [
    Sample("vec", (np.array([0.5, np.nan, -1.25, 2.0, np.nan, 0.75]),)),
    Sample("mat", (rng.uniform(-2, 2, (3, 4)),))], "NanmedianBackward0")
op("nanmedian_dim", lambda x: _nanmedian_ref(x, 1), lambda rng: [
    Sample("mat", (np.array([[0.5, np.nan, -1.25, 2.0], [1.5, 0.25, np.nan, np.nan]]),))],
   "NanmedianBackward1", fn=lambda torch, x: torch.nanmedian(x, 1).values)
op("cov", lambda x: np.cov(x), _shaped((3, 5), (6,)), "SqueezeBackward0")
op("cov_weights", lambda x, a: np.cov(x, ddof=0, fweights=np.array([1, 2, 1, 3]), aweights=a),
   lambda rng: [Sample("mat", (rng.uniform(-2, 2, (2, 4)), rng.uniform(0.5, 2, (4,))))],
   "SqueezeBackward0", fn=lambda torch, x, a: torch.cov(
       x, correction=0, fweights=torch.tensor([1, 2, 1, 3]), aweights=a))
op("corrcoef", np.corrcoef, _shaped((3, 5)), "ClampBackward1")
op("diagflat", lambda x: np.diagflat(x, 1), _shaped((2, 2), (3,)), "DiagEmbedBackward0",
   fn=lambda torch, x: torch.diagflat(x, 1))
op("vander", lambda x: np.vander(x, 4), _shaped((3,)), grad=False,  # torch's backward fails
   fn=lambda torch, x: torch.vander(x, N=4))
op("cosine_similarity", lambda a, b: np.sum(a * b, 1) / np.maximum(
    np.linalg.norm(a, axis=1) * np.linalg.norm(b, axis=1), 1e-8), lambda rng: [
    Sample("mat", (rng.uniform(-2, 2, (3, 4)), rng.uniform(-2, 2, (3, 4))))], "SumBackward1")
op("combinations", lambda x: np.array(list(__import__("itertools").combinations(x, 2))),
   _shaped((4,)), "StackBackward0")
op("dsplit", lambda x: tuple(np.dsplit(x, 2)), _shaped((2, 1, 4)), "SliceBackward0",
   fn=lambda torch, x: torch.dsplit(x, 2))
op("gcd", np.gcd, lambda rng: [Sample("vec", (rng.integers(-20, 20, (6,)),
                                              rng.integers(-20, 20, (6,))))], grad=False)
op("lcm", np.lcm, lambda rng: [Sample("vec", (rng.integers(-20, 20, (6,)),
                                              rng.integers(-20, 20, (6,))))], grad=False)
op("heaviside", np.heaviside, lambda rng: [
    Sample("vec", (np.array([-1.5, 0.0, 2.0, 0.0]), np.array([0.5, 0.25, 0.5, 1.0])))],
   grad=False)
op("nanquantile", lambda x: np.nanquantile(x, 0.3, axis=1), lambda rng: [
    Sample("mat", (np.array([[0.5, np.nan, -1.25, 2.0, 0.75],
                             [1.5, 0.25, -0.5, np.nan, np.nan]]),)),
    Sample("full", (rng.uniform(-2, 2, (3, 4)),))], "SqueezeBackward4",
   fn=lambda torch, x: torch.nanquantile(x, 0.3, dim=1))
op("quantile_with_nan", lambda x: np.quantile(x, 0.5, axis=1), lambda rng: [
    Sample("mat", (np.array([[0.5, np.nan, -1.25, 2.0], [1.5, 0.25, -0.5, 3.0]]),))],
   grad=False, fn=lambda torch, x: torch.quantile(x, 0.5, dim=1))  # a NaN row: values only
op("histogram", lambda x: np.histogram(x, 5), lambda rng: [
    Sample("vec", (rng.uniform(-2, 2, (20,)),))], grad=False,
   fn=lambda torch, x: torch.histogram(x, 5))
op("trapezoid", lambda y: np.trapezoid(y, axis=-1), _shaped((2, 5), (4,), transpose=True),
   "MulBackward1")
op("trapezoid_x", lambda y, x: np.trapezoid(y, x, axis=0), lambda rng: [
    Sample("mat", (rng.uniform(-2, 2, (4, 3)), np.cumsum(rng.uniform(0.1, 1, (4,)))))],
   "DivBackward1", fn=lambda torch, y, x: torch.trapezoid(y, x, dim=0))
op("trapz", lambda y: np.trapezoid(y, dx=0.5), _shaped((3, 4)), "MulBackward1",
   fn=lambda torch, y: torch.trapz(y, dx=0.5))
op("cumulative_trapezoid", lambda y: np.cumsum((y[..., 1:] + y[..., :-1]) / 2, axis=-1),
   _shaped((2, 5), (4,)), "CumsumBackward0")
op("cumulative_trapezoid_x", lambda y, x: np.cumsum(np.diff(x) * (y[1:] + y[:-1]) / 2),
   lambda rng: [Sample("vec", (rng.uniform(-2, 2, (5,)), np.cumsum(rng.uniform(0.1, 1, (5,)))))],
   "DivBackward1", fn=lambda torch, y, x: torch.cumulative_trapezoid(y, x))
op("gradient", lambda x: tuple(np.gradient(x)) if x.ndim > 1 else np.gradient(x),
   _shaped((3, 4), (5,)), "CatBackward0")
op("gradient_edge2", lambda x: np.gradient(x, 0.5, axis=1, edge_order=2), _shaped((3, 4)),
   "CatBackward0", fn=lambda torch, x: torch.gradient(x, spacing=0.5, dim=1, edge_order=2))
op("gradient_coordinates", lambda x, c: np.gradient(x, c), lambda rng: [
    Sample("vec", (rng.uniform(-2, 2, (5,)), np.cumsum(rng.uniform(0.1, 1, (5,)))))],
   "CatBackward0", fn=lambda torch, x, c: torch.gradient(x, spacing=(c,)))
op("bincount_weights", lambda x, w: np.bincount(x, w, minlength=6), lambda rng: [
    Sample("vec", (rng.integers(0, 5, (7,)), rng.uniform(0, 1, (7,))))], grad=False,
   fn=lambda torch, x, w: torch.bincount(x, w, minlength=6))
op("searchsorted", lambda s, v: np.searchsorted(s, v), lambda rng: [
    Sample("vec", (np.sort(rng.uniform(-2, 2, (5,))), rng.uniform(-3, 3, (2, 3))))], grad=False)
op("bucketize", lambda v, b: np.searchsorted(b, v, side="right"), lambda rng: [
    Sample("vec", (np.array([0.0, 1.0, 2.5, 3.0, 9.0]), np.array([1.0, 2.5, 3.0])))],
   grad=False, fn=lambda torch, v, b: torch.bucketize(v, b, right=True))
op("histc", lambda x: np.histogram(x, 4, (-2, 2))[0], lambda rng: [
    Sample("vec", (rng.uniform(-3, 3, (20,)),))], grad=False,
   fn=lambda torch, x: torch.histc(x, 4, -2, 2))
op("argwhere", lambda x: np.argwhere(x), lambda rng: [Sample("mat", (rng.integers(0, 2, (3, 4)),))],
   grad=False)
op("take_along_dim", lambda x, i: np.take_along_axis(x, np.broadcast_to(i, (2, 2)), 1),
   lambda rng: [Sample("broadcast", (rng.uniform(-2, 2, (2, 3)), np.array([[2, 0]])))],
   "GatherBackward0", fn=lambda torch, x, i: torch.take_along_dim(x, i, 1))
op("tensor_split", lambda x: tuple(np.array_split(x, 3)), _shaped((7,), (4, 2)),
   "SliceBackward0", fn=lambda torch, x: torch.tensor_split(x, 3))
op("hsplit", lambda x: tuple(np.hsplit(x, [1])), _shaped((2, 3)), "SliceBackward0",
   fn=lambda torch, x: torch.hsplit(x, [1]))
op("vsplit", lambda x: tuple(np.vsplit(x, 2)), _shaped((4, 3)), "SliceBackward0",
   fn=lambda torch, x: torch.vsplit(x, 2))


def _unfold_np(x, dim, size, step):
    """Sliding windows of ``size`` every ``step`` along dim."""
    windows = np.lib.stride_tricks.sliding_window_view(x, size, axis=dim)
    return np.take(windows, np.arange(0, x.shape[dim] - size + 1, step), axis=dim)


op("Tensor.unfold", lambda x: _unfold_np(x, 0, 2, 1), _shaped((5,), (4, 2)), "UnfoldBackward0",
   fn=lambda torch, x: x.unfold(0, 2, 1))
op("unfold_step", lambda x: _unfold_np(x, 1, 2, 2), _shaped((2, 5)), "UnfoldBackward0",
   fn=lambda torch, x: x.unfold(-1, 2, 2))


def _index_fill_np(x, i):
    """Columns ``i`` set to 1.5."""
    out = x.copy()
    out[:, i] = 1.5
    return out


op("index_fill", _index_fill_np, lambda rng: [
    Sample("cols", (rng.uniform(-2, 2, (2, 4)), np.array([0, 2])))], "IndexFillBackward0",
   fn=lambda torch, x, i: torch.index_fill(x, 1, i, 1.5))


def _index_copy_np(x, i, s):
    """Columns ``i`` replaced by s."""
    out = x.copy()
    out[:, i] = s
    return out


op("index_copy", _index_copy_np, lambda rng: [
    Sample("cols", (rng.uniform(-2, 2, (2, 4)), np.array([3, 1]), rng.uniform(-2, 2, (2, 2))))],
   "IndexCopyBackward0", fn=lambda torch, x, i, s: torch.index_copy(x, 1, i, s))


def _masked_scatter_np(x, m, s):
    """Masked positions filled from s in order."""
    out = x.copy()
    out[m] = s.reshape(-1)[:m.sum()]
    return out


op("masked_scatter", _masked_scatter_np, lambda rng: [
    Sample("same", (rng.uniform(-2, 2, (2, 3)), np.array([[True, False, True], [False, True,
                                                                                 False]]),
                    rng.uniform(-2, 2, (2, 3))))], "MaskedScatterBackward0",
   fn=lambda torch, x, m, s: torch.masked_scatter(x, m, s))


def _block_diag_np(*xs):
    """Blocks (at least 2-D) on the diagonal of zeros."""
    mats = [np.atleast_2d(x) for x in xs]
    out = np.zeros((sum(m.shape[0] for m in mats), sum(m.shape[1] for m in mats)))
    r = c = 0
    for m in mats:
        out[r:r + m.shape[0], c:c + m.shape[1]] = m
        r, c = r + m.shape[0], c + m.shape[1]
    return out


op("block_diag", _block_diag_np, _mats(((2, 3), (3,)), ((2, 2), (1, 3))), "BlockDiagBackward0")


def _quantile_samples(rng):
    return [Sample("all", (_distinct((2, 4))(rng),), {}),
            Sample("dim", (_distinct((2, 4))(rng),), {"dim": 1}),
            Sample("dim_keepdim", (_distinct((3, 2))(rng),), {"dim": 0, "keepdim": True}),
            Sample("transposed", (_distinct((3, 2))(rng),), {"dim": -1}, transpose=True)]


for _how in ["linear", "lower", "higher", "midpoint", "nearest"]:
    op(f"quantile[{_how}]", (lambda how: lambda x, **k: np.quantile(
        x, 0.3, axis=k.get("dim"), keepdims=k.get("keepdim", False), method=how))(_how),
       _quantile_samples, "SqueezeBackward4",
       fn=(lambda how: lambda torch, x, **k: torch.quantile(x, 0.3, interpolation=how, **k))(
           _how))


def _cdist_np(p):
    """Pairwise p-norm distances between the rows of two (batched) matrices."""
    return lambda x, y: np.sum(np.abs(x[..., :, None, :] - y[..., None, :, :]) ** p, -1) ** (1 / p)


op("cdist", _cdist_np(2), _mats(((3, 2), (4, 2)), ((2, 3, 2), (2, 1, 2))), "CdistBackward0")
for _p in (1, 3):
    op(f"cdist_p{_p}", _cdist_np(_p), _mats(((3, 2), (4, 2))), "CdistBackward0",
       fn=(lambda p: lambda torch, x, y: torch.cdist(x, y, p=p))(_p))


def _pair_samples(rng):
    return [Sample("3", (rng.uniform(-2, 2, 3), rng.uniform(-2, 2, 3))),
            Sample("2x2", (rng.uniform(-2, 2, (2, 2)), rng.uniform(-2, 2, (2, 2))))]


# complex samples are built from float pairs, so the table's float machinery drives them
op("complex", lambda x, y: x + y, _pair_samples, "AddBackward0",
   fn=lambda torch, x, y: torch.complex(x, y).real + torch.complex(x, y).imag)
op("real", lambda x, y: x, _pair_samples, "SelectBackward0",
   fn=lambda torch, x, y: torch.real(torch.complex(x, y)))
op("imag", lambda x, y: y, _pair_samples, "SelectBackward0",
   fn=lambda torch, x, y: torch.imag(torch.complex(x, y)))
op("conj", lambda x, y: x - y, _pair_samples, "AddBackward0",
   fn=lambda torch, x, y: torch.conj(torch.complex(x, y)).real + torch.complex(x, y).conj().imag)
op("conj_physical", lambda x, y: x - y, _pair_samples, "AddBackward0",
   fn=lambda torch, x, y: (torch.conj_physical(torch.complex(x, y)).real
                           + torch.complex(x, y).conj_physical().imag))
op("resolve_conj", lambda x, y: -y, _pair_samples, "SelectBackward0",
   fn=lambda torch, x, y: torch.resolve_conj(torch.conj(torch.complex(x, y))).imag)
op("is_conj", lambda x, y: x, _pair_samples, "MulBackward0",
   fn=lambda torch, x, y: x * float(torch.is_conj(torch.conj(torch.complex(x, y)))
                                    and not torch.is_conj(torch.complex(x, y))))
op("angle", lambda x, y: np.arctan2(y, x), _pair_samples, "AngleBackward0",
   fn=lambda torch, x, y: torch.angle(torch.complex(x, y)))
op("angle[real]", lambda x, y: np.angle(x * y), _pair_samples, "AngleBackward0",
   fn=lambda torch, x, y: torch.angle(x * y))
op("view_as_real", lambda x, y: np.stack([x * x - y * y, 2 * x * y], -1), _pair_samples,
   "ViewAsRealBackward0", fn=lambda torch, x, y: torch.view_as_real(torch.complex(x, y) ** 2))
op("view_as_complex", lambda x, y: np.stack([x - y, x + y], -1), _pair_samples,
   "ViewAsRealBackward0", fn=lambda torch, x, y: torch.view_as_real(
       torch.view_as_complex(torch.stack([x, y], -1)) * (1 + 1j)))
op("polar", lambda x, y: np.stack([(x * x + 0.5) * np.cos(y), (x * x + 0.5) * np.sin(y)], -1),
   _pair_samples, "ViewAsRealBackward0",
   fn=lambda torch, x, y: torch.view_as_real(torch.polar(x * x + 0.5, y)))
op("adjoint", lambda x, y: np.swapaxes(x - y, -1, -2) if x.ndim > 1 else x - y, _pair_samples,
   "AddBackward0",
   fn=lambda torch, x, y: (torch.complex(x, y).adjoint().real
                           + torch.complex(x, y).adjoint().imag) if x.ndim > 1 else x - y)
op("linalg.matrix_rank", np.linalg.matrix_rank, lambda rng: [
    Sample("full", (rng.uniform(-2, 2, (3, 3)),)),
    Sample("rank1", (np.outer(rng.uniform(1, 2, 3), rng.uniform(1, 2, 4)),)),
    Sample("batched", (rng.uniform(-2, 2, (2, 3, 2)),))], grad=False)


def _shift_samples(rng):
    return [Sample("same", (rng.integers(-8, 8, (2, 3)), rng.integers(0, 4, (2, 3)))),
            Sample("broadcast", (rng.integers(0, 64, (2, 3)), rng.integers(0, 4, (3,))))]


op("bitwise_left_shift", np.left_shift, _shift_samples, grad=False)
op("bitwise_right_shift", np.right_shift, _shift_samples, grad=False)
op("channel_shuffle", lambda x: x.reshape(2, 2, 3, 2).swapaxes(1, 2).reshape(2, 6, 2),
   lambda rng: [Sample("groups2", (rng.uniform(-2, 2, (2, 6, 2)),))], "ChannelShuffleBackward0",
   fn=lambda torch, x: torch.channel_shuffle(x, 2))
op("nn.functional.prelu", lambda x, w: np.where(x > 0, x, w * x), lambda rng: [
    Sample("per_channel", (rng.uniform(-2, 2, (2, 3)), rng.uniform(0.1, 0.5, 3))),
    Sample("shared", (rng.uniform(-2, 2, (3, 2)), rng.uniform(0.1, 0.5, 1)))],
   "PreluKernelBackward0")
op("nn.functional.pairwise_distance", lambda a, b: np.sqrt(np.sum((a - b + 1e-6) ** 2, -1)),
   _mats(((2, 3), (2, 3)), ((4,), (4,))), "NormBackward1")
op("nn.functional.threshold", lambda x: np.where(x <= 0.3, -1.5, x), unary_samples(),
   "ThresholdBackward0", fn=lambda torch, x: torch.nn.functional.threshold(x, 0.3, -1.5))
op("nn.functional.hardshrink", lambda x: np.where(np.abs(x) <= 0.6, 0.0, x), unary_samples(),
   "HardshrinkBackward0", fn=lambda torch, x: torch.nn.functional.hardshrink(x, 0.6))
op("nn.functional.softshrink", lambda x: np.sign(x) * np.maximum(np.abs(x) - 0.6, 0.0),
   unary_samples(), "SoftshrinkBackward0",
   fn=lambda torch, x: torch.nn.functional.softshrink(x, 0.6))
_SML_TARGET = [[1.0, -1.0, 1.0], [-1.0, 0.5, -0.25]]
op("nn.functional.soft_margin_loss", lambda x: np.mean(np.log1p(np.exp(-x * _SML_TARGET))),
   lambda rng: [Sample("mat", (rng.uniform(-2, 2, (2, 3)),)),
                Sample("transposed", (rng.uniform(-2, 2, (3, 2)),), transpose=True)],
   "SoftMarginLossBackward0", fn=lambda torch, x: torch.nn.functional.soft_margin_loss(
       x, torch.tensor(_SML_TARGET, dtype=x.dtype)))
op("nn.functional.soft_margin_loss[none]", lambda x: np.log1p(np.exp(-x * _SML_TARGET)),
   lambda rng: [Sample("mat", (rng.uniform(-2, 2, (2, 3)),))], "SoftMarginLossBackward0",
   fn=lambda torch, x: torch.nn.functional.soft_margin_loss(
       x, torch.tensor(_SML_TARGET, dtype=x.dtype), reduction="none"))
# the aliases are wrappers of their own (torch's are distinct objects too)
op("clip", lambda x: np.clip(x, -0.5, 0.7),
   lambda rng: [Sample("mat", (rng.uniform(-2, 2, (2, 3)),))], "ClampBackward1",
   fn=lambda torch, x: torch.clip(x, -0.5, 0.7))
op("arctan2", np.arctan2, lambda rng: [
    Sample("mat", (rng.uniform(-2, 2, (2, 3)), rng.uniform(0.5, 2, (2, 3))))],
   "Atan2Backward0")
unary("i0", _scipy("i0"), "I0Backward0")
unary("special.i0e", _scipy("i0e"), "SpecialI0EBackward0")
unary("special.i1", _scipy("i1"), "SpecialI1Backward0")
unary("special.i1e", _scipy("i1e"), "SpecialI1EBackward0")
unary("special.ndtr", _scipy("ndtr"), "MulBackward1")
unary("special.ndtri", _scipy("ndtri"), "SpecialNdtriBackward0", low=0.05, high=0.95)
unary("special.log_ndtr", _scipy("log_ndtr"), "SpecialLogNdtrBackward0")
unary("special.entr", _scipy("entr"), "SpecialEntrBackward0", low=0.1, high=2.0)
unary("special.erfcx", _scipy("erfcx"), "SpecialErfcxBackward0")
binary("special.xlog1py", _scipy("xlog1py"), "SpecialXlog1PyBackward0", low2=-0.5, high2=2.0,
       scalar=False)
op("mvlgamma", lambda x: _scipy("multigammaln")(x, 3), unary_samples(2.0, 4.0),
   "MvlgammaBackward0",
   fn=lambda torch, x: torch.mvlgamma(x, 3))


def _view_scatter_ref(kind):
    """NumPy reference for slice/select/diagonal_scatter with the attributes the samples use."""
    def ref(x, s, **k):
        out = x.copy()
        if kind == "slice":
            out[:, 1:4:2] = s
        elif kind == "select":
            out[:, -1] = s
        else:
            i = np.arange(s.shape[-1])
            np.moveaxis(out, (0, 1), (-2, -1))[..., i, i + 1] = s
        return out
    return ref


op("slice_scatter", _view_scatter_ref("slice"), lambda rng: [
    Sample("mat", (rng.uniform(-2, 2, (3, 4)), rng.uniform(-2, 2, (3, 2)))),
    Sample("transposed", (rng.uniform(-2, 2, (4, 3)), rng.uniform(-2, 2, (2, 3))),
           transpose=True)], "SliceScatterBackward0",
   fn=lambda torch, x, s: torch.slice_scatter(x, s, dim=1, start=1, end=4, step=2))
op("select_scatter", _view_scatter_ref("select"), lambda rng: [
    Sample("mat", (rng.uniform(-2, 2, (3, 4)), rng.uniform(-2, 2, 3)))], "SelectScatterBackward0",
   fn=lambda torch, x, s: torch.select_scatter(x, s, 1, -1))
op("diagonal_scatter", _view_scatter_ref("diagonal"), lambda rng: [
    Sample("mat", (rng.uniform(-2, 2, (3, 4)), rng.uniform(-2, 2, 3))),
    Sample("batched", (rng.uniform(-2, 2, (3, 4, 2)), rng.uniform(-2, 2, (2, 3))))],
   "DiagonalScatterBackward0", fn=lambda torch, x, s: torch.diagonal_scatter(x, s, 1))


def _renorm_np(p, dim, maxnorm):
    """NumPy renorm: slices along ``dim`` with p-norm above maxnorm scaled to maxnorm."""
    def ref(x):
        axes = tuple(k for k in range(x.ndim) if k != dim % x.ndim)
        norm = np.sum(np.abs(x) ** p, axis=axes, keepdims=True) ** (1 / p)
        return x * np.where(norm > maxnorm, maxnorm / (norm + 1e-7), 1)
    return ref


for _p, _dim, _max in [(2, 0, 1.5), (1, -1, 2.0), (3, 1, 1.0)]:
    op(f"renorm[p{_p}]", _renorm_np(_p, _dim, _max), lambda rng: [
        Sample("mat", (rng.uniform(-2, 2, (3, 4)),)),
        Sample("batched", (rng.uniform(-2, 2, (2, 3, 2)),)),
        Sample("transposed", (rng.uniform(-2, 2, (4, 3)),), transpose=True)], "RenormBackward0",
       fn=(lambda p, dim, mx: lambda torch, x: torch.renorm(x, p, dim, mx))(_p, _dim, _max))
op("nn.functional.rrelu", lambda x: np.where(x > 0, x, x * 0.25), _sign_away(0.1, 2.0),
   "RreluWithNoiseBackward0", fn=lambda torch, x: torch.nn.functional.rrelu(x, 0.2, 0.3))


def _keys_cubic(d, a=-0.75):
    """Keys' cubic convolution kernel at distance ``d`` (torch's A = -0.75)."""
    d = np.abs(d)
    return np.where(d <= 1, ((a + 2) * d - (a + 3)) * d * d + 1,
                    np.where(d < 2, a * d ** 3 - 5 * a * d ** 2 + 8 * a * d - 4 * a, 0.0))


def _bicubic_np(out_size, align_corners):
    """NumPy bicubic resize of (N, C, H, W): kernel weights at clamped neighbours, per dim."""
    def ref(x):
        for axis, n_out in ((2, out_size[0]), (3, out_size[1])):
            n = x.shape[axis]
            dst = np.arange(n_out)
            src = (dst * ((n - 1) / (n_out - 1)) if align_corners
                   else (dst + 0.5) * (n / n_out) - 0.5)
            m = np.zeros((n_out, n))
            for j in range(-1, 3):
                k = np.floor(src) + j
                np.add.at(m, (dst, np.clip(k, 0, n - 1).astype(int)), _keys_cubic(src - k))
            x = np.moveaxis(np.tensordot(m, x, ([1], [axis])), 0, axis)
        return x
    return ref


for _size, _corners in [((5, 7), False), ((4, 2), True)]:
    op(f"nn.functional.interpolate[bicubic_{_size[0]}x{_size[1]}]", _bicubic_np(_size, _corners),
       lambda rng: [Sample("nchw", (rng.uniform(-2, 2, (1, 2, 3, 4)),)),
                    Sample("transposed", (rng.uniform(-2, 2, (2, 1, 4, 3)),), transpose=True)],
       "UpsampleBicubic2DBackward0",
       fn=(lambda s, c: lambda torch, x: torch.nn.functional.interpolate(
           x, size=s, mode="bicubic", align_corners=c))(_size, _corners))


# --- spatial transformer ops and pdist (helper L) -------------------------------------------
def _pdist_np(p):
    """Distances of every row pair i < j, by a loop over pairs."""
    def ref(x):
        out = []
        for i in range(len(x)):
            for j in range(i + 1, len(x)):
                d = np.abs(x[i] - x[j])
                out.append(np.count_nonzero(d) if p == 0 else d.max() if p == np.inf
                           else (d ** p).sum() ** (1 / p))
        return np.array(out, x.dtype)
    return ref


for _p in (1, 2, 3, np.inf):
    op(f"pdist[p{_p}]", _pdist_np(_p),
       lambda rng: [Sample("4x3", (rng.uniform(-2, 2, (4, 3)),)),
                    Sample("transposed", (rng.uniform(-2, 2, (2, 5)),), transpose=True)],
       "PdistBackward0", fn=(lambda p: lambda torch, x: torch.pdist(x, p))(_p))


def _grid_sample_np(padding, align_corners):
    """Bilinear sampling of (N, C, H, W) at (x, y) grid points, one point at a time."""
    def pixel(img, y, x):
        h, w = img.shape[-2:]
        if padding == 1:
            y, x = min(max(y, 0), h - 1), min(max(x, 0), w - 1)
        return img[:, y, x] if 0 <= y < h and 0 <= x < w else np.zeros(img.shape[0])

    def ref(input, grid):
        n, c, h, w = input.shape
        out = np.zeros((n, c) + grid.shape[1:3], input.dtype)
        for b, i, j in np.ndindex(n, *grid.shape[1:3]):
            gx, gy = grid[b, i, j]
            if align_corners:
                x, y = (gx + 1) / 2 * (w - 1), (gy + 1) / 2 * (h - 1)
            else:
                x, y = ((gx + 1) * w - 1) / 2, ((gy + 1) * h - 1) / 2
            if padding == 1:
                x, y = min(max(x, 0), w - 1), min(max(y, 0), h - 1)
            x0, y0 = int(np.floor(x)), int(np.floor(y))
            fx, fy = x - x0, y - y0
            out[b, :, i, j] = sum(pixel(input[b], y0 + dy, x0 + dx) * (fx if dx else 1 - fx)
                                  * (fy if dy else 1 - fy) for dy in (0, 1) for dx in (0, 1))
        return out
    return ref


for _padding, _align in [(0, False), (1, True)]:
    op(f"grid_sampler[bilinear_{_padding}_{int(_align)}]", _grid_sample_np(_padding, _align),
       lambda rng: [Sample("2x3x4", (rng.uniform(-2, 2, (1, 2, 3, 4)),
                                     rng.uniform(-1.2, 1.2, (1, 2, 3, 2)))),
                    Sample("batch2", (rng.uniform(-2, 2, (2, 1, 2, 3)),
                                      rng.uniform(-1.2, 1.2, (2, 3, 1, 2))))],
       "GridSampler2DBackward0",
       fn=(lambda p, a: lambda torch, x, g: torch.grid_sampler(x, g, 0, p, a))(_padding, _align))


def _affine_grid_np(size, align_corners):
    """theta applied to the homogeneous pixel-centre coordinates of an output of ``size``."""
    def ref(theta):
        axes = [np.linspace(-1, 1, s) * (1 if align_corners else (s - 1) / s) for s in size[2:]]
        mesh = np.meshgrid(*axes, indexing="ij")
        base = np.stack([*reversed(mesh), np.ones_like(mesh[0])], -1)
        return np.einsum("...k,nik->n...i", base, theta).astype(theta.dtype)
    return ref


for _size, _align in [((2, 1, 3, 4), False), ((1, 1, 2, 3, 2), True)]:
    op(f"affine_grid_generator[{len(_size) - 2}d_{int(_align)}]", _affine_grid_np(_size, _align),
       (lambda n, d: lambda rng: [Sample("theta", (rng.uniform(-2, 2, (n, d, d + 1)),))])(
           _size[0], len(_size) - 2),
       "AffineGridGeneratorBackward0",
       fn=(lambda s, a: lambda torch, t: torch.affine_grid_generator(t, s, a))(_size, _align))


# torch.linalg compositions and triangular solves (more in tests/test_tutorial_fixes.py)
op("linalg.matmul", np.matmul, _mats(((2, 3), (3, 4)), ((2, 2, 3), (3, 2))), "MmBackward0")
op("linalg.multi_dot", lambda *ms: np.linalg.multi_dot(list(ms)), lambda rng: [
    Sample("chain3", tuple(rng.uniform(-2, 2, s) for s in [(2, 3), (3, 4), (4, 2)])),
    Sample("vector_ends", tuple(rng.uniform(-2, 2, s)
                                for s in [(3,), (3, 4), (4, 5), (5, 2), (2,)]))],
   "ViewBackward0", fn=lambda torch, *ms: torch.linalg.multi_dot(list(ms)))
op("linalg.vecdot", lambda x, y: np.sum(x * y, -1), _mats(((2, 3), (2, 3)), ((2, 3), (3,))),
   "SumBackward1")
op("linalg.diagonal", lambda x: np.diagonal(x, 0, -2, -1), _shaped((3, 4), (2, 3, 3)),
   "DiagonalBackward0")
op("linalg.solve_triangular", lambda a, b: np.linalg.solve(np.triu(a), b), lambda rng: [
    Sample("matrix", (_well_conditioned(3, 3)(rng), rng.uniform(-2, 2, (3, 2)))),
    Sample("batch", (_well_conditioned(2, 3, 3)(rng), rng.uniform(-2, 2, (2, 3, 1))))],
   "LinalgSolveTriangularBackward0",
   fn=lambda torch, a, b: torch.linalg.solve_triangular(a.triu(), b, upper=True))
op("cholesky_solve", lambda b, a: np.linalg.solve(_sym_np(a), b), lambda rng: [
    Sample("matrix", (rng.uniform(-2, 2, (3, 2)), _well_conditioned(3, 3)(rng)))],
   "CholeskySolveBackward0",
   fn=lambda torch, b, a: torch.cholesky_solve(b, torch.linalg.cholesky(_sym(torch, a))))


def _expm_np(a):
    """exp of a (batch of) matrices by eigen-decomposition-free SciPy expm."""
    import scipy.linalg
    return np.stack([scipy.linalg.expm(m) for m in a.reshape((-1,) + a.shape[-2:])]).reshape(
        a.shape)


def _expm_samples(rng):
    """Square matrices of moderate norm (exp grows fast): single, batched and transposed."""
    return [Sample("3x3", (rng.uniform(-1, 1, (3, 3)),)),
            Sample("batch", (rng.uniform(-1, 1, (2, 2, 2)),)),
            Sample("transposed", (rng.uniform(-1, 1, (3, 3)),), transpose=True)]


def _lu_np(a):
    """SciPy's LU factor of each matrix, pivots made 1-based int32 as LAPACK/torch."""
    import scipy.linalg
    mats = a.reshape((-1,) + a.shape[-2:])
    parts = [scipy.linalg.lu_factor(m) for m in mats]
    lu = np.stack([p[0] for p in parts]).reshape(a.shape)
    piv = np.stack([p[1] + 1 for p in parts]).astype(np.int32).reshape(a.shape[:-1])
    return lu, piv


op("matrix_exp", _expm_np, _expm_samples, "LinalgMatrixExpBackward0")
op("linalg.matrix_exp", _expm_np, _expm_samples, "LinalgMatrixExpBackward0")
op("as_strided", lambda x: np.lib.stride_tricks.as_strided(
    x.ravel()[1:], (3, 2), (x.itemsize, x.itemsize)), _shaped((8,), (2, 4)), "AsStridedBackward0",
   fn=lambda torch, x: torch.as_strided(x, (3, 2), (1, 1), 1))
op("linalg.cholesky_ex", lambda a: (np.linalg.cholesky(_sym_np(a)),
                                    np.zeros(a.shape[:-2], np.int32)),
   _square_samples, "LinalgCholeskyExBackward0",
   fn=lambda torch, a: torch.linalg.cholesky_ex(_sym(torch, a)))
op("linalg.lu_factor", _lu_np, _square_samples, "LinalgLuFactorExBackward0")
op("linalg.lu_factor_ex", lambda a: (*_lu_np(a), np.zeros(a.shape[:-2], np.int32)),
   _square_samples, "LinalgLuFactorExBackward0")
op("linalg.lu_solve", lambda a, b: np.linalg.solve(a, b), lambda rng: [
    Sample("matrix", (_well_conditioned(3, 3)(rng), rng.uniform(-2, 2, (3, 2)))),
    Sample("batch", (_well_conditioned(2, 3, 3)(rng), rng.uniform(-2, 2, (2, 3, 1))))],
   "LinalgLuSolveBackward0",
   fn=lambda torch, a, b: torch.linalg.lu_solve(*torch.linalg.lu_factor(a), b))


def _householder_np(a, tau):
    """Q from the reflectors in ``a``'s columns, built densely from their definition."""
    m, n = a.shape[-2:]
    v = np.tril(a, -1) + np.eye(m, n)
    q = np.eye(m)
    for i in range(tau.shape[-1]):
        q = q @ (np.eye(m) - tau[i] * np.outer(v[:, i], v[:, i]))
    return q[:, :n]


op("linalg.householder_product", _householder_np, lambda rng: [
    Sample("4x3_k2", (rng.uniform(-1, 1, (4, 3)), rng.uniform(-1, 1, (2,)))),
    Sample("3x3_k3", (rng.uniform(-1, 1, (3, 3)), rng.uniform(-1, 1, (3,))))],
   "LinalgHouseholderProductBackward0")
op("orgqr", _householder_np, lambda rng: [
    Sample("4x2_k2", (rng.uniform(-1, 1, (4, 2)), rng.uniform(-1, 1, (2,))))],
   "LinalgHouseholderProductBackward0")
