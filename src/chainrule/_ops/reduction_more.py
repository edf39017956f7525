"""More reductions: var/std, logsumexp, cumprod/cummax/cummin, all/any/count_nonzero, median,
sort/argsort/topk/kthvalue."""

import builtins
import math

import numpy as np

from .._tensor import _SCALAR_NAMES, Tensor, _wrap_dim
from . import _cpu_order, _fused
from ._registry import NONE, defop
from ._sum_order import torch_sum
from .indexing import _gather_backward, value_selecting_backward
from .pointwise import conj_in_rule, exp, where
from .reduction import _count, _dims, _distribute, _restore, _return_type, mean, sum
from .shape import unsqueeze


def _dim1(input, dim):
    """Wrap one dim; 0-d tensors accept 0 and -1, as torch."""
    nd = input._data.ndim
    return _wrap_dim(dim, builtins.max(nd, 1)) if nd else 0


# --- var / std ----------------------------------------------------------------------------
def _var_forward(xp, input, dims, correction, keepdim):
    """Variance with ``correction`` degrees of freedom removed (NaN when none left)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        if xp is np and input.dtype == np.float32:
            return _var_in_double(input, dims, correction, keepdim).astype(np.float32)
        if xp is np and input.dtype == np.float64 and (dims is None or not input.ndim):
            return _var_in_double(input, None, correction, keepdim)
        return xp.var(input, axis=dims, ddof=correction, keepdims=keepdim)


def _var_in_double(input, dims, correction, keepdim):
    """Variance as torch's CPU kernels form it, in double: over all elements, squared deviations
    from the input-dtype mean added one by one (std_var_all_cpu); along dims, Welford in double
    (two-pass in double rounds to the same float32)."""
    wide = input.astype(np.float64)
    if dims is not None and input.ndim:
        return np.var(wide, axis=dims, ddof=correction, keepdims=keepdim)
    mean = float(torch_sum(input) / input.dtype.type(builtins.max(input.size, 1)))
    squares = ((wide - mean) ** 2).reshape(-1)
    total = np.add.accumulate(squares)[-1] if squares.size else np.float64(0)
    return np.float64(total) / builtins.max(0, input.size - correction)


def _var_rule(grad, input, dims, correction, keepdim):
    """torch's var_backward: 2 (x - mean) / (N - correction). Over all elements (no dim, or a
    0-d input) with no degrees of freedom left: NaN where x equals the mean, inf elsewhere."""
    if dims is None or input.ndim == 0:
        dof = input.numel() - correction
        if dof <= 0:
            return grad * where(input == mean(input), math.nan, math.inf)
        return (2.0 / dof) * grad * (input - mean(input))
    if not keepdim:
        for d in dims:
            grad = unsqueeze(grad, d)
    dof = _count(input.shape, dims) - correction
    scale = 2.0 / dof if dof else math.inf  # C++'s 2 / 0.0
    return scale * grad * (input - mean(input, dims, keepdim=True))


def _std_rule(grad, input, result, dims, correction, keepdim):
    """torch's std_backward: var's rule of grad / (2 std), zero where std is 0."""
    return _var_rule(where(result == 0, 0, grad / (result * 2)), input, dims, correction,
                     keepdim)


def _var_mean_rule(grads, input, dims, correction, keepdim):
    """torch's var_mean_backward: var's rule plus mean's; it saves input only, not results."""
    g = None if grads[0] is None else _var_rule(grads[0], input, dims, correction, keepdim)
    return (_plus_mean_grad(g, grads[1], input, dims, keepdim),)


def _std_mean_rule(grads, input, result, dims, correction, keepdim):
    """torch's std_mean_backward: std's rule (which needs the std) plus mean's."""
    g = None if grads[0] is None else _std_rule(grads[0], input, result, dims, correction,
                                                   keepdim)
    return (_plus_mean_grad(g, grads[1], input, dims, keepdim),)


def _plus_mean_grad(g, grad_mean, input, dims, keepdim):
    """Add mean's gradient (``grad_mean`` spread evenly over the reduced dims) to ``g``."""
    if grad_mean is None:
        return g
    every = tuple(range(input.ndim)) if dims is None else dims
    m = _restore(grad_mean, input.shape, every, keepdim) / max(_count(input.shape, every), 1)
    return m if g is None else g + m


def _welford_mean(xp, input, dims, keepdim):
    """var_mean's mean as torch forms it, by Welford's running update: a slice holding an
    infinity before its last element gives NaN (inf - inf); the plain mean elsewhere."""
    with np.errstate(invalid="ignore"):
        mean = xp.mean(input, axis=dims, keepdims=keepdim)
    if input.dtype.kind not in "fc" or xp.isfinite(input).all():
        return mean
    axes = tuple(range(input.ndim)) if dims is None else tuple(dims)
    kept = [d for d in range(input.ndim) if d not in axes]
    flat = xp.moveaxis(input, axes, tuple(range(len(kept), input.ndim)))
    flat = flat.reshape(tuple(input.shape[d] for d in kept) + (-1,))
    run = xp.zeros(flat.shape[:-1], dtype=input.dtype)
    with np.errstate(invalid="ignore"):
        for k in range(flat.shape[-1]):
            run = run + (flat[..., k] - run) / (k + 1)
    return run.reshape(mean.shape)


def _with_mean(stat):
    """Forward returning (statistic, mean) for var_mean and std_mean."""
    def forward(xp, input, dims, correction, keepdim):
        return stat(xp, input, dims, correction, keepdim), _welford_mean(xp, input, dims,
                                                                          keepdim)
    return forward


def _std_forward(xp, input, dims, correction, keepdim):
    """Standard deviation: the square root of the corrected variance (taken in double for
    float32 on the CPU, before rounding, as torch does)."""
    if xp is np and input.dtype == np.float32:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.sqrt(_var_in_double(input, dims, correction, keepdim)).astype(np.float32)
    return xp.sqrt(_var_forward(xp, input, dims, correction, keepdim))


_var = defop("var", _var_forward, node="VarBackward0", promote=NONE, vjp={"input": _var_rule})
_std = defop("std", _std_forward, node="StdBackward0", promote=NONE, vjp={"input": _std_rule})
_var_mean = defop("var_mean", _with_mean(_var_forward), node="VarMeanBackward0", promote=NONE,
                  outputs=2, vjp=_var_mean_rule)
_std_mean = defop("std_mean", _with_mean(_std_forward), node="StdMeanBackward0", promote=NONE,
                  outputs=2, vjp=_std_mean_rule)


def _var_args(input, dim, unbiased, keepdim, correction):
    """Resolve torch's (dim, unbiased, correction) overloads into op attributes."""
    if isinstance(dim, bool):
        dim, unbiased = None, dim
    if correction is None:
        correction = 1 if unbiased is None else int(unbiased)
    return (None if dim is None else _dims(dim, input._data.ndim), correction, keepdim)


def var(input, dim=None, unbiased=None, keepdim=False, *, correction=None, out=None):
    """Return the variance over ``dim`` with Bessel's ``correction`` (1 by default)."""
    return _var.apply((input,), _var_args(input, dim, unbiased, keepdim, correction))


def std(input, dim=None, unbiased=None, keepdim=False, *, correction=None, out=None):
    """Return the standard deviation over ``dim`` with ``correction`` (1 by default)."""
    return _std.apply((input,), _var_args(input, dim, unbiased, keepdim, correction))


def var_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    """Return (var, mean) over ``dim`` from one node, as torch."""
    return _var_mean.apply((input,), _var_args(input, dim, unbiased, keepdim, correction))


def std_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    """Return (std, mean) over ``dim`` from one node, as torch."""
    return _std_mean.apply((input,), _var_args(input, dim, unbiased, keepdim, correction))


# --- logsumexp ----------------------------------------------------------------------------
def _logsumexp_forward(xp, input, dims, keepdim):
    """log(sum(exp(x))) shifted by the (finite) maximum to avoid overflow."""
    if input.size == 0:
        return xp.log(xp.sum(xp.exp(input), axis=dims, keepdims=keepdim))
    m = xp.max(input, axis=dims, keepdims=True)
    m = xp.where(xp.isfinite(m), m, 0)
    with np.errstate(divide="ignore"):
        out = xp.log(xp.sum(xp.exp(input - m), axis=dims, keepdims=True)) + m
    return out if keepdim else xp.squeeze(out, dims)


_logsumexp = defop("logsumexp", _logsumexp_forward, node="LogsumexpBackward0", promote=NONE,
                   vjp={"input": lambda grad, input, result, dims, keepdim: _restore(
                       grad, input.shape, dims, keepdim) * conj_in_rule(exp(
                       input - _restore(result, input.shape, dims, keepdim)))})


def logsumexp(input, dim, keepdim=False, *, out=None):
    """Return log(sum(exp(input))) over ``dim``, shifted by the maximum to avoid overflow."""
    if input._data.dtype.kind in "biu":
        from .. import _dtype
        input = input.to(_dtype.get_default_dtype())
    return _logsumexp.apply((input,), (_dims(dim, input._data.ndim), keepdim))


# --- cumulative ---------------------------------------------------------------------------
def _reverse_cumsum(t, dim):
    """Cumulative sum from the end along ``dim`` (the VJP of a cumsum)."""
    from .reduction import cumsum
    from .shape import flip
    return flip(cumsum(flip(t, dim), dim), dim)


def _cumprod_rule(grad, input, result, dim):
    """torch's cumprod_backward: a reversed cumsum of result · grad over x without zeros."""
    # d out_j / d x_k = prod_{i <= j, i != k} x_i for j >= k. Without zeros that is
    # out_j / x_k, a reversed cumsum; with zeros, the products are formed explicitly (O(n²)).
    if input.numel() <= 1 or input.shape[dim] == 1:  # torch passes grad through unchanged
        return grad
    if input.dtype.is_complex:  # linear in grad: conjugating around it conjugates the Jacobian
        return conj_in_rule(_cumprod_jacobian_product(conj_in_rule(grad), input, result, dim))
    return _cumprod_jacobian_product(grad, input, result, dim)


def _cumprod_jacobian_product(grad, input, result, dim):
    """grad times cumprod's Jacobian (unconjugated), with zeros handled as torch."""
    if not (input._data == 0).any():
        return _reverse_cumsum(result * grad, dim) / input
    arrays = _fused._arrays(grad, input, result)
    if arrays is None:  # a graph may be built: the twice-differentiable form, as torch
        return _cumprod_backward_zeros(grad, input, dim)
    return Tensor._make(_cumprod_backward_linear(*arrays, dim))


def _cumprod_backward_linear(g, x, out, dim):
    """torch's O(n) first-order cumprod backward with zeros, on arrays: before the first zero
    of a slice the reversed cumsum over x; at it, the products around it; zero after it."""
    g, x, out = (np.moveaxis(a, dim, -1) for a in (g, x, out))
    zeros_so_far = np.cumsum(x == 0, -1)
    before = zeros_so_far == 0
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        w = np.where(before, out * g, 0)
        res = np.where(before, np.flip(np.cumsum(np.flip(w, -1), -1), -1) / x, 0)
        between = zeros_so_far == 1
        first = np.argmax(between, -1)[..., None]  # the first zero (0 when there is none)
        at_first = (np.arange(x.shape[-1]) == first) & between
        between &= ~at_first
        total = (np.cumprod(np.where(between, x, 1), -1) * np.where(zeros_so_far == 1, g, 0)).sum(
            -1, keepdims=True)
        prefix = np.where(first == 0, 1, np.take_along_axis(out, np.maximum(first - 1, 0), -1))
        res = np.where(at_first, total * prefix, res)
    return np.moveaxis(res, -1, dim).astype(x.dtype, copy=False)


def _cumprod_backward_zeros(grad, input, dim):
    """For each k, the sum over j >= k of grad_j · prod_{i <= j, i != k} x_i, slice by slice
    as torch's twice-differentiable path, so NaN in grad_j reaches only the k <= j."""
    from .._creation import ones
    from .reduction import prod
    from .shape import cat, narrow, stack
    n = input.shape[dim]
    one = ones(input.shape[:dim] + (1,) + input.shape[dim + 1:], dtype=input.dtype)
    slices = []
    for k in range(n):
        if k == 0:
            omitted = cat([one, cumprod(narrow(input, dim, 1, n - 1), dim)], dim)
        else:
            until = prod(narrow(input, dim, 0, k), dim, keepdim=True)
            omitted = until if k == n - 1 else cat(
                [until, until * cumprod(narrow(input, dim, k + 1, n - k - 1), dim)], dim)
        slices.append(sum(narrow(grad, dim, k, n - k) * omitted, dim))
    return stack(slices, dim)


def _cumprod_forward(xp, input, dim):
    """Running products along ``dim``; bool and integer inputs give int64, as torch."""
    dtype = np.int64 if input.dtype.kind in "biu" else input.dtype
    return xp.cumprod(input, axis=dim, dtype=dtype) if input.ndim else input.astype(dtype)


_cumprod = defop("cumprod", _cumprod_forward, node="CumprodBackward0", promote=NONE,
                 vjp={"input": _cumprod_rule})


def cumprod(input, dim, *, dtype=None, out=None):
    """Return cumulative products along ``dim``; zeros in the input get exact gradients."""
    if dtype is not None:
        input = input.to(dtype)
    return _cumprod.apply((input,), (_dim1(input, dim),))


def _cum_extreme_forward(xp, input, dim, largest):
    """Running max/min along ``dim`` and the index where each was reached."""
    if input.ndim == 0:
        return input.copy(), np.zeros((), np.int64)
    n = input.shape[dim]
    moved = xp.moveaxis(input, dim, -1)
    values = (xp.maximum if largest else xp.minimum).accumulate(moved, axis=-1)
    positions = xp.broadcast_to(xp.arange(n), moved.shape)
    # Index of the latest element equal to the running extreme (torch keeps the last on ties,
    # and after a NaN the latest NaN).
    hits = xp.where((moved == values) | (moved != moved), positions, -1)
    indices = xp.maximum.accumulate(hits, axis=-1)
    return xp.moveaxis(values, -1, dim), xp.moveaxis(indices, -1, dim).astype(np.int64)


def _cum_extreme_rule(grad, input_shape, dim, result1):
    """Send each gradient to the element that set the running extreme."""
    if not input_shape:
        return grad
    return _gather_backward.apply((grad,), (input_shape, dim, result1._data))


_cummax = defop("cummax", lambda xp, input, dim: _cum_extreme_forward(xp, input, dim, True),
                node="CummaxBackward0", promote=NONE, outputs=2,
                differentiable_outputs=(True, False), vjp={"input": _cum_extreme_rule})
_cummin = defop("cummin", lambda xp, input, dim: _cum_extreme_forward(xp, input, dim, False),
                node="CumminBackward0", promote=NONE, outputs=2,
                differentiable_outputs=(True, False), vjp={"input": _cum_extreme_rule})


def cummax(input, dim):
    """Return the running maximum along ``dim`` and where it was found."""
    return _return_type("cummax")(*_cummax.apply((input,), (_dim1(input, dim),)))


def cummin(input, dim):
    """Return the running minimum along ``dim`` and where it was found."""
    return _return_type("cummin")(*_cummin.apply((input,), (_dim1(input, dim),)))


def _logcumsumexp_forward(xp, input, dim):
    """Running log-sum-exp along ``dim`` via logaddexp.accumulate."""
    if input.ndim == 0:
        return input.copy()
    if input.dtype.kind == "c":
        return _complex_logcumsumexp(xp, input, dim)
    return xp.logaddexp.accumulate(input, axis=dim)


def _complex_logcumsumexp(xp, input, dim):
    """torch's complex running log-add-exp: log1p(exp(low - high)) + high, the pair ordered by
    real part, so the imaginary part accumulates without wrapping to (-pi, pi]."""
    moved = xp.moveaxis(input, dim, 0)
    out = xp.empty_like(moved)
    if moved.shape[0]:
        out[0] = acc = moved[0]
        for k in range(1, moved.shape[0]):
            first = acc.real < moved[k].real
            low, high = xp.where(first, acc, moved[k]), xp.where(first, moved[k], acc)
            out[k] = acc = xp.log1p(xp.exp(low - high)) + high
    return xp.moveaxis(out, 0, dim)


def _logcumsumexp_rule(grad, input, result, dim):
    """torch's logcumsumexp_backward: the positive and negative parts of grad, each summed in
    log space, so its own derivative has torch's NaN/inf corners."""
    # d out_j / d x_k = exp(x_k - out_j) for j >= k: a reversed cumsum of grad·exp(-out).
    if grad.ndim == 0 or grad.numel() == 0:
        return grad
    if input.dtype.is_complex:  # sum_j>=k grad_j conj(exp(x_k - out_j))
        return exp(conj_in_rule(input)) * _reverse_cumsum(grad * exp(-conj_in_rule(result)),
                                                          dim)
    from .pointwise import abs, log
    lowest = float(np.finfo(grad._data.dtype).min)
    log_abs_grad = log(abs(grad))
    pos = _reverse_logcumsumexp(where(grad > 0, log_abs_grad, lowest) - result, dim)
    neg = _reverse_logcumsumexp(where(grad < 0, log_abs_grad, lowest) - result, dim)
    return exp(pos + input) - exp(neg + input)


def _reverse_logcumsumexp(t, dim):
    """logcumsumexp from the end along ``dim``."""
    from .shape import flip
    return flip(logcumsumexp(flip(t, (dim,)), dim), (dim,))


def _logcumsumexp_jvp(input_t, input, dim):
    """torch's logcumsumexp_jvp: running sums of the tangent weighted by exp(x - max)."""
    from .reduction import amax, cumsum
    if input.dtype.is_complex:
        return cumsum(exp(input) * input_t, dim) / exp(_logcumsumexp.apply((input,), (dim,)))
    weights = exp(input - amax(input, dim, keepdim=True))
    return cumsum(weights * input_t, dim) / (cumsum(weights, dim) + 1e-13)


_logcumsumexp = defop("logcumsumexp", _logcumsumexp_forward, node="LogcumsumexpBackward0",
                      promote=NONE, vjp={"input": _logcumsumexp_rule}, jvp=_logcumsumexp_jvp)


def logcumsumexp(input, dim, *, out=None):
    """Return log(cumsum(exp(input))) along ``dim``, without overflow."""
    return _logcumsumexp.apply((input,), (_dim1(input, dim),))


# --- NaN-ignoring and distance reductions -------------------------------------------------
_nansum = defop("nansum", lambda xp, input, dims, keepdim: xp.nansum(
    input, axis=dims, keepdims=keepdim), node="NansumBackward0", promote=NONE,
    vjp={"input": lambda grad, input, dims, keepdim: where(
        input == input, _restore(grad, input.shape, dims, keepdim), 0)})


def nansum(input, dim=None, keepdim=False, *, dtype=None):
    """Sum over ``dim`` treating NaN as zero."""
    if dtype is not None:
        input = input.to(dtype)
    return _nansum.apply((input,), (_dims(dim, input._data.ndim), keepdim))


def nanmean(input, dim=None, keepdim=False, *, dtype=None, out=None):
    """Mean over ``dim`` of the non-NaN elements (nansum / their count, as torch)."""
    count = sum((input == input).to(input.dtype if dtype is None else dtype), dim, keepdim)
    return nansum(input, dim, keepdim, dtype=dtype) / count


def _dist_rule(grad, input, other, result, p, needs):
    """Gradient of ||input - other||_p for both operands (opposite signs)."""
    from .pointwise import abs, sign
    d = input - other
    if p == 0:
        return None, None
    if p in (float("inf"), float("-inf")):  # amax/amin of |d|: shared evenly among ties
        hit = (abs(d) == result).to(grad.dtype)
        g = grad * sign(d) * hit / hit.sum()
    elif p == 2:
        g = where(result == 0, 0, grad * d / result)
    elif p == 1:
        g = grad * sign(d)
    else:
        g = where(result == 0, 0, grad * sign(d) * abs(d) ** (p - 1) / result ** (p - 1))
    return (g if needs[0] else None), (-g if needs[1] else None)


def _dist_forward(xp, input, other, p):
    """The p-norm of the difference; p = 0 counts nonzeros, ±inf takes the max/min."""
    d = xp.abs(input - other)
    if p == 0:
        return xp.sum(d != 0).astype(d.dtype)
    if p == float("inf"):
        return xp.max(d)
    if p == float("-inf"):
        return xp.min(d)
    return xp.sum(d ** p) ** (1 / p) if p != 1 else xp.sum(d)


_dist = defop("dist", _dist_forward, node="DistBackward0", inputs=("input", "other"),
              vjp=_dist_rule)


def dist(input, other, p=2):
    """Return the p-norm of input - other."""
    return _dist.apply((input, other), (float(p),))


def _aminmax_forward(xp, input, dims, keepdim):
    """Minimum and maximum over ``dims`` in one pass."""
    return xp.min(input, axis=dims, keepdims=keepdim), xp.max(input, axis=dims, keepdims=keepdim)


def _aminmax_rule(grads, input, result1, result, dims, keepdim):
    """Sum of amin's and amax's rules for whichever outputs got a gradient (max is unpacked
    first, so a version error names it first, as torch's)."""
    from .reduction import _amax_rule
    parts = [_amax_rule(g, input, r, dims, keepdim)
             for g, r in zip(grads, (result, result1)) if g is not None]
    return (parts[0] if len(parts) == 1 else parts[0] + parts[1],)


_aminmax = defop("aminmax", _aminmax_forward, node="AminmaxBackward0", promote=NONE, outputs=2,
                 vjp=_aminmax_rule)


def aminmax(input, *, dim=None, keepdim=False):
    """Return (min, max) over ``dim`` (all elements when None) from one node."""
    if dim is None and input._data.size == 0:
        raise RuntimeError("aminmax(): cannot compute aminmax over an empty dimension as the "
                           "operation has no identity.")
    if dim is not None and input._data.ndim and input.shape[_wrap_dim(dim, input.ndim)] == 0:
        raise IndexError(f"aminmax: Expected reduction dim {_wrap_dim(dim, input.ndim)} to have "
                         "non-zero size.")
    return _named_pair("aminmax", ("min", "max"))(*_aminmax.apply(
        (input,), (_dims(dim, input._data.ndim), keepdim)))


def _named_pair(name, fields):
    """The torch.return_types named tuple ``name`` with ``fields``, made once."""
    from .linalg_more import _named
    cls = _PAIRS.get(name)
    if cls is None:
        cls = _PAIRS[name] = _named(name, fields)
    return cls


_PAIRS = {}


def quantile(input, q, dim=None, keepdim=False, *, interpolation="linear", out=None):
    """Return the q-th quantiles over ``dim`` (all elements when None) by sorting; a row
    holding NaN gives NaN.

    Composed as torch: sort, gather the neighbouring ranks, lerp, then squeeze the q dim.
    """
    return _quantile(input, q, dim, keepdim, interpolation, False, "quantile")


def _quantile(input, q, dim, keepdim, interpolation, ignore_nan, name):
    """quantile/nanquantile: ranks per row from the row's size (NaN rows pick their last,
    NaN, element) or from its count of non-NaN values."""
    from .pointwise_more import lerp
    from .shape import _squeeze_dims4, movedim, reshape, stack
    if input.dtype.name not in ("float32", "float64"):
        raise RuntimeError(f"{name}() input tensor must be either float or double dtype")
    if isinstance(q, Tensor) and q._data.ndim:
        return stack([_quantile(input, float(v), dim, keepdim, interpolation, ignore_nan, name)
                      for v in q._data], 0)
    q = float(q)
    if not 0 <= q <= 1:
        raise RuntimeError(f"{name}() q must be in the range [0, 1] but got {q}")
    if interpolation not in ("linear", "lower", "higher", "midpoint", "nearest"):
        raise ValueError(
            f"{name}() interpolation must be one of linear, lower, higher, midpoint or "
            f"nearest. Got {interpolation}")
    if dim is None:
        flat = reshape(input, (-1,))
        out_shape = (1,) * input.ndim if keepdim else ()
    else:
        d = _dim1(input, dim)
        flat = movedim(input, d, -1) if input.ndim else reshape(input, (1,))
        out_shape = tuple(1 if i == d else s for i, s in enumerate(input.shape)) if keepdim \
            else tuple(s for i, s in enumerate(input.shape) if i != d)
    ordered = sort(flat, -1).values
    nan = np.isnan(ordered._data)
    dt = ordered._data.dtype.type
    if ignore_nan:  # ranks from the non-NaN count; an all-NaN row reads its first (NaN) value
        rank = np.maximum(dt(q) * (np.sum(~nan, -1, keepdims=True) - 1).astype(dt), 0)
    else:
        last = ordered.shape[-1] - 1
        rank = np.where(nan.any(-1, keepdims=True), dt(last), dt(q) * dt(last))
    rank = {"lower": np.floor, "higher": np.ceil, "nearest": np.round}.get(
        interpolation, lambda r: r)(rank)

    def at(k):
        from .indexing import gather
        return gather(ordered, -1, Tensor._make(k.astype(np.int64)))
    result = at(rank)
    if interpolation in ("linear", "midpoint"):
        weight = np.full(rank.shape, 0.5, dt) if interpolation == "midpoint" else \
            rank - np.floor(rank)
        result = lerp(result, at(np.ceil(rank)), Tensor._make(weight.astype(dt)))
    return _squeeze_dims4.apply((reshape(result, (1,) + out_shape),), ((0,),))


# --- counting and searching (not differentiable) ------------------------------------------
def unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None):
    """Return the sorted unique elements (and, if asked, inverse indices and counts)."""
    from .._tensor import Tensor as T
    data = input._data
    if dim is None:
        values, inverse, counts = np.unique(data, return_inverse=True, return_counts=True,
                                            equal_nan=False)  # torch keeps every NaN
        inverse = inverse.reshape(data.shape)
    else:
        values, inverse, counts = np.unique(data, return_inverse=True, return_counts=True,
                                            axis=_dim1(input, dim))
    out = [T._make(values)]
    if return_inverse:
        out.append(T._make(inverse.astype(np.int64)))
    if return_counts:
        out.append(T._make(counts.astype(np.int64)))
    return out[0] if len(out) == 1 else tuple(out)


_bincount = defop("bincount", lambda xp, input, minlength: xp.bincount(
    input, minlength=minlength).astype(np.int64), promote=NONE)
_bincount_weighted = defop("bincount", lambda xp, input, weights, minlength: xp.bincount(
    input, weights=weights, minlength=minlength).astype(
        weights.dtype if weights.dtype.kind == "f" else np.float64),
    inputs=("input", "weights"), promote=NONE)


def bincount(input, weights=None, minlength=0):
    """Count occurrences of each non-negative integer (summing ``weights`` if given)."""
    data = input._data
    if data.dtype.kind not in "iub":
        raise NotImplementedError(
            f'"bincount_cpu" not implemented for \'{_SCALAR_NAMES[input.dtype.name]}\'')
    if data.ndim != 1 or (data.size and data.min() < 0):
        raise RuntimeError("bincount only supports 1-d non-negative integral inputs.")
    if weights is not None and (weights.ndim != 1 or weights.shape[0] != data.shape[0]):
        raise RuntimeError("weights should be 1-d and have the same length as input")
    if minlength < 0:
        raise RuntimeError("minlength should be >= 0")
    if weights is None:
        return _bincount.apply((input,), (minlength,))
    return _bincount_weighted.apply((input, weights), (minlength,))


def searchsorted(sorted_sequence, input, *, out_int32=False, right=False, side=None,
                 sorter=None):
    """Return where ``input`` would be inserted into the last dim of ``sorted_sequence``."""
    from .._tensor import Tensor as T
    side = side or ("right" if right else "left")
    seq = sorted_sequence._data
    if sorter is not None:  # the sequence read in sorter's order
        seq = np.take_along_axis(seq, sorter._data, axis=-1)
    values = input._data if isinstance(input, T) else np.asarray(input)
    if seq.ndim == 1:
        out = np.searchsorted(seq, values, side=side)
    else:
        out = np.stack([np.searchsorted(s, v, side=side) for s, v in
                        zip(seq.reshape(-1, seq.shape[-1]), values.reshape(-1, values.shape[-1]))]
                       ).reshape(values.shape)
    return T._make(np.asarray(out, np.int32 if out_int32 else np.int64))


def bucketize(input, boundaries, *, out_int32=False, right=False):
    """Return the index of the bucket of each element (boundaries[i-1] < x <= boundaries[i])."""
    return searchsorted(boundaries, input, out_int32=out_int32, right=right)


def histc(input, bins=100, min=0, max=0, *, out=None):
    """Return a histogram of ``bins`` equal bins over [min, max] (the data range when equal)."""
    from .._tensor import Tensor as T
    data = input._data
    lo, hi = float(min), float(max)
    if lo == hi and data.size:
        lo, hi = float(data.min()), float(data.max())
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    counts, _ = np.histogram(data, bins=bins, range=(lo, hi))
    return T._make(counts.astype(data.dtype))


def argwhere(input):
    """Return the (n, ndim) indices of the nonzero elements."""
    from .indexing import nonzero
    return nonzero(input)


# --- logical reductions -------------------------------------------------------------------
def _logical(name, fn):
    """Build the all/any reduction ``name`` (bool result, uint8 for uint8 input as torch; not
    differentiable)."""
    op = defop(name, lambda xp, input, dims, keepdim: fn(xp, input, dims, keepdim).astype(
        np.uint8 if input.dtype == np.uint8 else bool, copy=False), promote=NONE)

    def reduce(input, dim=None, keepdim=False, *, out=None):
        return op.apply((input,), (_dims(dim, input._data.ndim), keepdim))
    reduce.__name__ = reduce.__qualname__ = name
    return reduce


all = _logical("all", lambda xp, input, dims, keepdim: xp.all(input, axis=dims, keepdims=keepdim))
any = _logical("any", lambda xp, input, dims, keepdim: xp.any(input, axis=dims, keepdims=keepdim))
all.__doc__ = "Return True where every element over ``dim`` is nonzero."
any.__doc__ = "Return True where some element over ``dim`` is nonzero."
_count_nonzero = defop("count_nonzero", lambda xp, input, dims: xp.count_nonzero(
    input, axis=dims).astype(np.int64), promote=NONE)


def count_nonzero(input, dim=None):
    """Return the number of nonzero elements over ``dim`` (all dims when None)."""
    return _count_nonzero.apply((input,), (_dims(dim, input._data.ndim),))


# --- order statistics ---------------------------------------------------------------------
def _median_all(xp, input):
    """Lower median of all elements (NaN if any is NaN or for an empty tensor; the lowest
    integer for an empty int tensor)."""
    flat = xp.sort(input.reshape(-1))
    if flat.size:
        return flat[-1] if flat[-1] != flat[-1] else flat[(flat.size - 1) // 2]
    return xp.asarray(np.iinfo(input.dtype).min if input.dtype.kind in "iu" else np.nan,
                      input.dtype)


def _as_rows(input, dim):
    """``input`` with ``dim`` moved last and flattened to 2-D rows, and the leading shape."""
    moved = np.moveaxis(input, dim, -1)
    return moved.reshape(math.prod(moved.shape[:-1]), moved.shape[-1]), moved.shape[:-1]


def _select_forward(input, dim, keepdim, pick):
    """(value, index) of the element ``pick`` (rows -> indices) chooses along ``dim``."""
    if input.ndim == 0:
        return input.copy(), np.zeros((), np.int64)
    rows, lead = _as_rows(input, dim)
    idx = pick(rows)
    values = rows[np.arange(len(rows)), idx].reshape(lead)
    idx = idx.reshape(lead).astype(np.int64)
    if keepdim:
        values, idx = np.expand_dims(values, dim), np.expand_dims(idx, dim)
    return values, idx


def _order_forward(input, dim, pick):
    """(values, indices) of the order ``pick`` (rows -> index rows) gives along ``dim``."""
    if input.ndim == 0:
        return input.copy(), np.zeros((), np.int64)
    rows, lead = _as_rows(input, dim)
    order = pick(rows)
    shape = lead + (order.shape[-1],)
    values = np.take_along_axis(rows, order, axis=-1).reshape(shape)
    return (np.ascontiguousarray(np.moveaxis(values, -1, dim)),
            np.ascontiguousarray(np.moveaxis(order.reshape(shape).astype(np.int64), -1, dim)))


def _select_rule(grad, input_shape, dim, keepdim, result1):
    """Send the gradient to the positions median/kthvalue selected."""
    if not input_shape:
        return grad
    return value_selecting_backward(grad, dim, result1, input_shape, keepdim)


_median = defop("median", _median_all, node="MedianBackward0", promote=NONE,
                vjp={"input": _distribute})
_median_dim = defop("median", lambda xp, input, dim, keepdim: _select_forward(
    input, dim, keepdim, _cpu_order.median_indices),
    node="MedianBackward1", promote=NONE, outputs=2, differentiable_outputs=(True, False),
    vjp={"input": _select_rule})
_kthvalue = defop("kthvalue", lambda xp, input, k, dim, keepdim: _select_forward(
    input, dim, keepdim, lambda rows: _cpu_order.kthvalue_indices(rows, k - 1)),
    node="KthvalueBackward0", promote=NONE, outputs=2,
    differentiable_outputs=(True, False), vjp={"input": _select_rule})


def median(input, dim=None, keepdim=False, *, out=None):
    """Return the lower median; with ``dim``, a (values, indices) named tuple."""
    if dim is None:
        return _median.apply((input,), ())
    d = _dim1(input, dim)
    if input._data.ndim and input._data.shape[d] == 0:
        raise IndexError(f"median(): Expected reduction dim {d} to have non-zero size.")
    return _return_type("median")(*_median_dim.apply((input,), (d, keepdim)))


def kthvalue(input, k, dim=-1, keepdim=False, *, out=None):
    """Return the k-th smallest value along ``dim`` (k counts from 1) and its index."""
    d = _dim1(input, dim)
    size = input._data.shape[d] if input._data.ndim else 1
    if size == 0:
        raise IndexError(f"kthvalue(): Expected reduction dim {d} to have non-zero size.")
    if not 1 <= k <= size:
        raise RuntimeError(f"kthvalue(): selected number k out of range for dimension {d}")
    if input._data.ndim and input._data.dtype == np.bool_:  # torch returns a 0-d input first
        raise NotImplementedError("\"kthvalue_cpu\" not implemented for 'Bool'")
    return _return_type("kthvalue")(*_kthvalue.apply((input,), (k, d, keepdim)))


def _permute_rule(grad, input_shape, dim, result1):
    """Scatter the gradient back through sort/topk's permutation indices."""
    if not input_shape:
        return grad
    return _gather_backward.apply((grad,), (input_shape, dim, result1._data))


_sort = defop("sort", lambda xp, input, dim, descending, stable: _order_forward(
    input, dim, lambda rows: _cpu_order.sort_indices(
        rows, descending, stable, input.ndim > 0 and input.strides[dim] == 0)),
    node="SortBackward0", promote=NONE, outputs=2,
    differentiable_outputs=(True, False), vjp={"input": _permute_rule})
_topk = defop("topk", lambda xp, input, k, dim, largest, sorted: _order_forward(
    input, dim, lambda rows: _cpu_order.topk_indices(rows, k, largest, sorted)),
    node="TopkBackward0", promote=NONE, outputs=2,
    differentiable_outputs=(True, False), vjp={"input": _permute_rule})


def sort(input, dim=-1, descending=False, *, stable=False, out=None):
    """Return (values, indices) sorted along ``dim``; ties land where torch's CPU sort puts them
    (in input order when ``stable``)."""
    return _return_type("sort")(*_sort.apply((input,), (_dim1(input, dim), descending,
                                                        bool(stable))))


def argsort(input, dim=-1, descending=False, *, stable=False):
    """Return the indices that sort ``input`` along ``dim``."""
    return sort(input, dim, descending, stable=stable).indices


def topk(input, k, dim=-1, largest=True, sorted=True, *, out=None):
    """Return the ``k`` largest (or smallest) values along ``dim`` and their indices."""
    d = _dim1(input, dim)
    size = input._data.shape[d] if input._data.ndim else 1
    if not 0 <= k <= size:
        raise RuntimeError("selected index k out of range")
    return _return_type("topk")(*_topk.apply((input,), (k, d, largest, sorted)))


def msort(input, *, out=None):
    """Return input sorted along its first dim."""
    return sort(input, 0).values


METHODS = ("var", "std", "logsumexp", "cumprod", "cummax", "cummin", "all", "any",
           "count_nonzero", "median", "kthvalue", "sort", "argsort", "topk", "msort",
           "logcumsumexp", "nansum", "nanmean", "dist", "aminmax", "unique", "bincount",
           "histc", "argwhere", "quantile")
INPLACE = ("cumprod",)
