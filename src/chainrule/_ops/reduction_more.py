"""More reductions: var/std, logsumexp, cumprod/cummax/cummin, all/any/count_nonzero, median,
sort/argsort/topk/kthvalue."""

import builtins

import numpy as np

from .._tensor import Tensor, _wrap_dim
from ._registry import NONE, defop
from .indexing import _gather_backward, value_selecting_backward
from .pointwise import exp, where
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
        return xp.var(input, axis=dims, ddof=correction, keepdims=keepdim)


def _centered(input, dims):
    """input minus its mean over ``dims`` (kept for broadcasting)."""
    return input - mean(input, dims, keepdim=True)


def _per_dof(input_shape, dims, correction):
    """1 / (N - correction): NaN when no degrees of freedom are left, as torch's result."""
    dof = _count(input_shape, dims) - correction
    return 1 / dof if dof > 0 else float("nan")


def _var_rule(grad, input, dims, correction, keepdim):
    """2 (x - mean) / (N - correction), broadcast from the reduced gradient."""
    return _restore(grad, input.shape, dims, keepdim) * _centered(input, dims) * (
        2 * _per_dof(input.shape, dims, correction))


def _std_rule(grad, input, result, dims, correction, keepdim):
    """(x - mean) / ((N - correction) std): var's rule through the square root."""
    return _restore(grad / result, input.shape, dims, keepdim) * _centered(input, dims) * (
        _per_dof(input.shape, dims, correction))


def _with_mean_rule(rule):
    """Joint rule of var_mean/std_mean: the statistic's rule plus mean's."""
    def joint(grads, input, result, dims, correction, keepdim):
        g = None
        if grads[0] is not None:
            g = rule(grads[0], input, dims, correction, keepdim) if rule is _var_rule else \
                rule(grads[0], input, result, dims, correction, keepdim)
        if grads[1] is not None:
            m = _restore(grads[1], input.shape, dims, keepdim) * (
                1 / max(_count(input.shape, dims), 1))
            g = m if g is None else g + m
        return (g,)
    return joint


def _with_mean(stat):
    """Forward returning (statistic, mean) for var_mean and std_mean."""
    def forward(xp, input, dims, correction, keepdim):
        return stat(xp, input, dims, correction, keepdim), xp.mean(input, axis=dims,
                                                                    keepdims=keepdim)
    return forward


def _std_forward(xp, input, dims, correction, keepdim):
    """Standard deviation: the square root of the corrected variance."""
    return xp.sqrt(_var_forward(xp, input, dims, correction, keepdim))


_var = defop("var", _var_forward, node="VarBackward0", promote=NONE, vjp={"input": _var_rule})
_std = defop("std", _std_forward, node="StdBackward0", promote=NONE, vjp={"input": _std_rule})
_var_mean = defop("var_mean", _with_mean(_var_forward), node="VarMeanBackward0", promote=NONE,
                  outputs=2, vjp=_with_mean_rule(_var_rule))
_std_mean = defop("std_mean", _with_mean(_std_forward), node="StdMeanBackward0", promote=NONE,
                  outputs=2, vjp=_with_mean_rule(_std_rule))


def _var_args(input, dim, unbiased, keepdim, correction):
    """Resolve torch's (dim, unbiased, correction) overloads into op attributes."""
    if isinstance(dim, bool):
        dim, unbiased = None, dim
    if correction is None:
        correction = 1 if unbiased is None else int(unbiased)
    return (_dims(dim, input._data.ndim), correction, keepdim)


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
                       grad, input.shape, dims, keepdim) * exp(
                       input - _restore(result, input.shape, dims, keepdim))})


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
    # d out_j / d x_k = prod_{i <= j, i != k} x_i for j >= k. Without zeros that is
    # out_j / x_k, a reversed cumsum; with zeros, the products are formed explicitly (O(n²)).
    if grad.ndim == 0:
        return grad
    if not (input._data == 0).any():
        return _reverse_cumsum(grad * result, dim) / input
    from .reduction import prod
    from .shape import expand, movedim
    x, g = movedim(input, dim, -1), movedim(grad, dim, -1)
    n = x.shape[-1]
    k, i = np.arange(n)[:, None], np.arange(n)[None, :]
    rows = expand(unsqueeze(x, -2), tuple(x.shape[:-1]) + (n, n))  # rows[..., k, i] = x_i
    before = prod(where(Tensor._make(i < k), rows, 1), -1)  # prod_{i < k} x_i
    after = cumprod(where(Tensor._make(i <= k), 1, rows), -1)  # prod_{k < i <= j} x_i
    partial = where(Tensor._make(i >= k), unsqueeze(before, -1) * after, 0)
    return movedim(sum(partial * unsqueeze(g, -2), -1), -1, dim)


_cumprod = defop("cumprod", lambda xp, input, dim: xp.cumprod(input, axis=dim) if input.ndim
                 else input.copy(), node="CumprodBackward0", promote=NONE,
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
    # Index of the latest element equal to the running extreme (torch keeps the last on ties).
    hits = xp.where(moved == values, positions, -1)
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
    return xp.logaddexp.accumulate(input, axis=dim)


def _logcumsumexp_rule(grad, input, result, dim):
    # d out_j / d x_k = exp(x_k - out_j) for j >= k: a reversed cumsum of grad·exp(-out).
    if grad.ndim == 0:
        return grad
    return _reverse_cumsum(grad * exp(-result), dim) * exp(input)


_logcumsumexp = defop("logcumsumexp", _logcumsumexp_forward, node="LogcumsumexpBackward0",
                      promote=NONE, vjp={"input": _logcumsumexp_rule})


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
    if p == 2:
        g = where(result == 0, 0, grad * d / result)
    elif p == 1:
        g = grad * sign(d)
    else:
        g = where(result == 0, 0, grad * sign(d) * abs(d) ** (p - 1) / result ** (p - 1))
    return (g if needs[0] else None), (-g if needs[1] else None)


_dist = defop("dist", lambda xp, input, other, p: xp.sum(xp.abs(input - other) ** p) ** (1 / p)
              if p != 1 else xp.sum(xp.abs(input - other)), node="DistBackward0",
              inputs=("input", "other"), vjp=_dist_rule)


def dist(input, other, p=2):
    """Return the p-norm of input - other (p a positive finite number)."""
    if not 0 < p < float("inf"):
        raise RuntimeError("chainrule.dist supports positive finite p")
    return _dist.apply((input, other), (float(p),))


def _aminmax_forward(xp, input, dims, keepdim):
    """Minimum and maximum over ``dims`` in one pass."""
    return xp.min(input, axis=dims, keepdims=keepdim), xp.max(input, axis=dims, keepdims=keepdim)


def _aminmax_rule(grads, input, result, result1, dims, keepdim):
    """Sum of amin's and amax's rules for whichever outputs got a gradient."""
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
    """Return the q-th quantiles over ``dim`` (all elements when None) by sorting.

    Composed as torch: sort, gather the neighbouring ranks, lerp, then squeeze the q dim.
    """
    from .pointwise_more import lerp
    from .shape import _squeeze_dims4, movedim, reshape, stack
    if isinstance(q, Tensor) and q._data.ndim:
        return stack([quantile(input, float(v), dim, keepdim, interpolation=interpolation)
                      for v in q._data], 0)
    q = float(q)
    if not 0 <= q <= 1:
        raise RuntimeError(f"quantile() q must be in the range [0, 1] but got {q}")
    if interpolation not in ("linear", "lower", "higher", "midpoint", "nearest"):
        raise ValueError(
            "quantile() interpolation must be one of linear, lower, higher, midpoint or "
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
    n = ordered.shape[-1]
    rank = q * (n - 1)
    lo, hi = int(np.floor(rank)), int(np.ceil(rank))
    pick = {"lower": lo, "higher": hi, "nearest": int(np.round(rank))}.get(interpolation)

    def at(k):
        from .indexing import gather
        idx = np.full(tuple(ordered.shape[:-1]) + (1,), k, dtype=np.int64)
        return reshape(gather(ordered, -1, Tensor._make(idx)), (1,) + out_shape)
    if pick is not None:
        result = at(pick)
    else:
        weight = rank - lo if interpolation == "linear" else 0.5
        below = at(lo)
        result = lerp(below, at(hi), Tensor._make(np.full(below.shape, weight,
                                                          dtype=below._data.dtype)))
    return _squeeze_dims4.apply((result,), ((0,),))


# --- counting and searching (not differentiable) ------------------------------------------
def unique(input, sorted=True, return_inverse=False, return_counts=False, dim=None):
    """Return the sorted unique elements (and, if asked, inverse indices and counts)."""
    from .._tensor import Tensor as T
    data = input._data
    if dim is None:
        values, inverse, counts = np.unique(data, return_inverse=True, return_counts=True)
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
    input, weights=weights, minlength=minlength).astype(weights.dtype),
    inputs=("input", "weights"), promote=NONE)


def bincount(input, weights=None, minlength=0):
    """Count occurrences of each non-negative integer (summing ``weights`` if given)."""
    if weights is None:
        return _bincount.apply((input,), (minlength,))
    return _bincount_weighted.apply((input, weights), (minlength,))


def searchsorted(sorted_sequence, input, *, out_int32=False, right=False, side=None,
                 sorter=None):
    """Return where ``input`` would be inserted into the last dim of ``sorted_sequence``."""
    from .._tensor import Tensor as T
    side = side or ("right" if right else "left")
    seq = sorted_sequence._data
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
    """Build the all/any reduction ``name`` (bool result, not differentiable)."""
    op = defop(name, lambda xp, input, dims, keepdim: fn(xp, input, dims, keepdim), promote=NONE)

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
    """Lower median of all elements (NaN for an empty tensor; the lowest integer for ints)."""
    flat = xp.sort(input.reshape(-1))
    if flat.size:
        return flat[(flat.size - 1) // 2]
    return xp.asarray(np.iinfo(input.dtype).min if input.dtype.kind in "iu" else np.nan,
                      input.dtype)


def _kth_forward(xp, input, dim, k, keepdim):
    """The k-th smallest (0-based) along ``dim`` with its index; NumPy's stable sort order."""
    if input.ndim == 0:
        return input.copy(), np.zeros((), np.int64)
    order = xp.argsort(input, axis=dim, kind="stable")
    idx = xp.take(order, [k], axis=dim)
    values = xp.take_along_axis(input, idx, axis=dim)
    if not keepdim:
        values, idx = xp.squeeze(values, dim), xp.squeeze(idx, dim)
    return values, idx.astype(np.int64)


def _select_rule(grad, input_shape, dim, keepdim, result1):
    """Send the gradient to the positions median/kthvalue selected."""
    if not input_shape:
        return grad
    return value_selecting_backward(grad, dim, result1, input_shape, keepdim)


_median = defop("median", _median_all, node="MedianBackward0", promote=NONE,
                vjp={"input": _distribute})
_median_dim = defop("median", lambda xp, input, dim, keepdim: _kth_forward(
    xp, input, dim, (input.shape[dim] - 1) // 2 if input.ndim else 0, keepdim),
    node="MedianBackward1", promote=NONE, outputs=2, differentiable_outputs=(True, False),
    vjp={"input": _select_rule})
_kthvalue = defop("kthvalue", lambda xp, input, k, dim, keepdim: _kth_forward(
    xp, input, dim, k - 1, keepdim), node="KthvalueBackward0", promote=NONE, outputs=2,
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
    if not 1 <= k <= size:
        raise RuntimeError(f"kthvalue(): selected number k out of range for dimension {d}")
    return _return_type("kthvalue")(*_kthvalue.apply((input,), (k, d, keepdim)))


def _sort_forward(xp, input, dim, descending, k):
    """Sorted values and indices along ``dim`` (the first ``k`` when k is not None)."""
    if input.ndim == 0:
        return input.copy(), np.zeros((), np.int64)
    key = -input if descending and input.dtype.kind != "b" else input
    order = xp.argsort(key, axis=dim, kind="stable")
    if descending and input.dtype.kind == "b":
        order = xp.flip(order, axis=dim)
    if k is not None:
        order = xp.take(order, np.arange(k), axis=dim)
    return xp.take_along_axis(input, order, axis=dim), order.astype(np.int64)


def _permute_rule(grad, input_shape, dim, result1):
    """Scatter the gradient back through sort/topk's permutation indices."""
    if not input_shape:
        return grad
    return _gather_backward.apply((grad,), (input_shape, dim, result1._data))


_sort = defop("sort", lambda xp, input, dim, descending: _sort_forward(
    xp, input, dim, descending, None), node="SortBackward0", promote=NONE, outputs=2,
    differentiable_outputs=(True, False), vjp={"input": _permute_rule})
_topk = defop("topk", lambda xp, input, k, dim, largest: _sort_forward(
    xp, input, dim, largest, k), node="TopkBackward0", promote=NONE, outputs=2,
    differentiable_outputs=(True, False), vjp={"input": _permute_rule})


def sort(input, dim=-1, descending=False, *, stable=False, out=None):
    """Return (values, indices) sorted along ``dim``; ties keep their order (stable)."""
    return _return_type("sort")(*_sort.apply((input,), (_dim1(input, dim), descending)))


def argsort(input, dim=-1, descending=False, *, stable=False):
    """Return the indices that sort ``input`` along ``dim``."""
    return sort(input, dim, descending).indices


def topk(input, k, dim=-1, largest=True, sorted=True, *, out=None):
    """Return the ``k`` largest (or smallest) values along ``dim`` and their indices."""
    d = _dim1(input, dim)
    size = input._data.shape[d] if input._data.ndim else 1
    if not 0 <= k <= size:
        raise RuntimeError("selected index k out of range")
    return _return_type("topk")(*_topk.apply((input,), (k, d, largest)))


def msort(input, *, out=None):
    """Return input sorted along its first dim."""
    return sort(input, 0).values


METHODS = ("var", "std", "logsumexp", "cumprod", "cummax", "cummin", "all", "any",
           "count_nonzero", "median", "kthvalue", "sort", "argsort", "topk", "msort",
           "logcumsumexp", "nansum", "nanmean", "dist", "aminmax", "unique", "bincount",
           "histc", "argwhere", "quantile")
INPLACE = ("cumprod",)
