"""Tensor API ops user code reaches for that the core families lack: put, unique_consecutive,
histogram, the trapezoid rules and gradient."""

import builtins
import itertools

import numpy as np

from .. import _dtype
from .._creation import linspace, ones, zeros
from .._dtype import promote_types
from .._tensor import _SCALAR_NAMES, Tensor, _wrap_dim
from ._cpu_order import _stable_order
from ._registry import FLOAT, LINEAR, NONE, defop
from .linalg_more import _named, inv, matrix_norm, svdvals
from .pointwise import _div_scalar
from .reduction import _distribute, _return_type
from .reduction_more import _dim1, _quantile, _select_forward, _select_rule
from .shape import cat, reshape, stack
from .shape_more import diag_embed, take, tensor_split


def _put_forward(xp, input, source, index, accumulate):
    """Copy of input with source written (or added) at flat positions ``index``."""
    out = input.copy()
    flat = out.reshape(-1)
    if accumulate:
        np.add.at(flat, index.reshape(-1), source.reshape(-1))
    else:
        flat[index.reshape(-1)] = source.reshape(-1)
    return out


def _put_input_rule(grad, index, accumulate, source_shape):
    """Written positions lose their gradient unless the values were added."""
    if accumulate:
        return grad
    zeros = Tensor._make(np.zeros(source_shape, dtype=grad._data.dtype))
    return _put.apply((grad, zeros), (index, False))


_put = defop("put", _put_forward, node="PutBackward0", inputs=("input", "source"), promote=NONE,
             vjp={"input": _put_input_rule,
                  "source": lambda grad, index, source_shape: reshape(
                      take(grad, Tensor._make(index)), source_shape)})


def put(input, index, source, accumulate=False):
    """Write ``source`` into input viewed as 1-D at ``index`` (added with ``accumulate``)."""
    if index.dtype.name != "int64":
        raise RuntimeError(
            f"put_(): Expected a long tensor for index, but got {_SCALAR_NAMES[index.dtype.name]}")
    if source.dtype != input.dtype:
        raise RuntimeError(
            "put_(): self and source expected to have the same dtype, but got self.dtype = "
            f"{_SCALAR_NAMES[input.dtype.name]} and source.dtype = "
            f"{_SCALAR_NAMES[source.dtype.name]}")
    if source.numel() != index.numel():
        raise IndexError(
            "put_(): Expected source and index to have the same number of elements, but got "
            f"source.numel() = {source.numel()}, index.numel() = {index.numel()}")
    idx = index._data
    n = input._data.size
    if idx.size and (idx.max() >= n or idx.min() < -n):
        bad = idx.max() if idx.max() >= n else idx.min()
        raise IndexError(f"out of range: tried to access index {bad} on a tensor of {n} elements.")
    return _put.apply((input, source), (idx, accumulate))


# --- unique_consecutive and histogram (counting, not differentiable) -----------------------
def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):
    """Collapse runs of equal elements (or of equal slices along ``dim``)."""
    data = input._data
    if dim is None:
        rows = data.reshape(-1, 1)
    else:
        d = _wrap_dim(dim, data.ndim)
        rows = np.moveaxis(data, d, 0).reshape(data.shape[d], -1)
    starts = np.ones(rows.shape[0], dtype=bool)
    starts[1:] = (rows[1:] != rows[:-1]).any(axis=1)
    if dim is None:
        values = data.reshape(-1)[starts]
    else:
        values = np.compress(starts, data, axis=d)
    out = [Tensor._make(values)]
    if return_inverse:
        inverse = np.cumsum(starts) - 1
        out.append(Tensor._make(inverse.reshape(data.shape if dim is None else -1)))
    if return_counts:
        out.append(Tensor._make(np.diff(np.append(np.flatnonzero(starts), rows.shape[0]))))
    return out[0] if len(out) == 1 else tuple(out)


_HISTOGRAM = _named("histogram", ("hist", "bin_edges"))


def _histogram_forward(xp, input, weight, bins, range, density):
    """(counts, edges): ``bins`` edges given, or that many equal bins over range or the data."""
    if isinstance(bins, np.ndarray):
        edges = bins.astype(input.dtype)
    else:
        lo, hi = range if range is not None else (
            (input.min(), input.max()) if input.size else (0.0, 0.0))
        if lo == hi:
            lo, hi = lo - 0.5, hi + 0.5
        edges = linspace(float(lo), float(hi), bins + 1, dtype=_dtype.from_numpy_dtype(
            input.dtype))._data
    w = None if weight.ndim == 0 else weight
    hist = np.histogram(input, bins=edges, weights=w, density=density)[0]
    return hist.astype(input.dtype), edges.copy()


_histogram = defop("histogram", _histogram_forward, inputs=("input", "weight"), promote=NONE,
                   outputs=2)


def histogram(input, bins=100, *, range=None, weight=None, density=False, out=None):
    """Counts of input in ``bins`` equal bins over ``range`` (or at explicit edges)."""
    if input._data.dtype.kind != "f":
        raise NotImplementedError(
            f'"histogramdd" not implemented for \'{_SCALAR_NAMES[input.dtype.name]}\'')
    weight = Tensor._make(np.zeros((), input._data.dtype)) if weight is None else weight
    bins = bins._data if isinstance(bins, Tensor) else bins
    return _HISTOGRAM(*_histogram.apply((input, weight), (bins, range, density)))


# --- trapezoid rules and gradient, composed from differentiable ops as torch does ----------
# A product with a Python number inside an ATen composite: torch's mul.Scalar, MulBackward1.
_mul_scalar = defop("mul", lambda xp, input, other: input * other, node="MulBackward1",
                    promote=FLOAT, attrs=("other",), jvp=LINEAR,
                    vjp={"input": lambda grad, other: _mul_scalar.apply((grad,), (other,))})


def _x_steps(y, x, d, name):
    """Differences of the sample points ``x`` shaped to broadcast along ``d`` of ``y``."""
    if x.ndim == 1:
        if x.shape[0] != y.shape[d]:
            raise RuntimeError(f"{name}: There must be one `x` value for each sample point")
        x = x.view([x.shape[0] if k == d else 1 for k in builtins.range(y.ndim)])
    n = x.shape[d]
    return x.narrow(d, 1, n - 1) - x.narrow(d, 0, n - 1)


def _halves(y, d):
    """(left, right) neighbours along ``d``: every sample but the last, and but the first."""
    n = y.shape[d]
    return y.narrow(d, 0, n - 1), y.narrow(d, 1, n - 1)


def trapezoid(y, x=None, *, dx=None, dim=-1):
    """Integrate ``y`` along ``dim`` with the trapezoid rule (spacing ``x`` or ``dx``)."""
    d = _wrap_dim(dim, y.ndim)
    if y.shape[d] == 0:
        return zeros(y.shape[:d] + y.shape[d + 1:], dtype=y.dtype)
    if x is not None:
        left, right = _halves(y, d)
        return _div_scalar.apply((((left + right) * _x_steps(y, x, d, "trapezoid")).sum(d),),
                                 (2.0,))
    step = 1.0 if dx is None else float(dx)
    return _mul_scalar.apply((y.sum(d) - _mul_scalar.apply((y.select(d, 0) + y.select(d, -1),),
                                                          (0.5,)),), (step,))


def trapz(y, x=None, *, dx=None, dim=-1):
    """Alias of trapezoid (older name)."""
    return trapezoid(y, x, dx=dx, dim=dim)


def cumulative_trapezoid(y, x=None, *, dx=None, dim=-1):
    """Running trapezoid integral of ``y`` along ``dim`` (one fewer element)."""
    d = _wrap_dim(dim, y.ndim)
    left, right = _halves(y, d)
    if x is not None:
        steps = _x_steps(y, x, d, "cumulative_trapezoid")
        return _div_scalar.apply(((steps * (left + right)).cumsum(d),), (2.0,))
    step = 1.0 if dx is None else float(dx)
    return _mul_scalar.apply((left + right,), (step / 2.0,)).cumsum(d)


def _uniform_gradient(t, d, h, edge_order):
    """Central differences inside, one-sided (first or second order) at the two edges."""
    center = (t.narrow(d, 2, t.shape[d] - 2) - t.narrow(d, 0, t.shape[d] - 2)) / h
    if edge_order == 1:
        first = (t.narrow(d, 1, 1) - t.narrow(d, 0, 1)) / h
        last = (t.narrow(d, -1 % t.shape[d], 1) - t.narrow(d, t.shape[d] - 2, 1)) / h
    else:
        first = (-1.5 * t.narrow(d, 0, 1) + 2 * t.narrow(d, 1, 1) - 0.5 * t.narrow(d, 2, 1)) / h
        last = (0.5 * t.narrow(d, t.shape[d] - 3, 1) - 2 * t.narrow(d, t.shape[d] - 2, 1)
                + 1.5 * t.narrow(d, t.shape[d] - 1, 1)) / h
    return cat([first, center / 2, last], d)


def _coordinate_gradient(t, d, coords, edge_order):
    """Second-order differences for unevenly spaced samples at ``coords`` (1-D)."""
    n = t.shape[d]
    shape = [-1 if k == d else 1 for k in builtins.range(t.ndim)]
    h = coords.diff()
    dx1, dx2 = h[:-1], h[1:]
    a = (-dx2 / (dx1 * (dx1 + dx2))).reshape(shape)
    b = ((dx2 - dx1) / (dx1 * dx2)).reshape(shape)
    c = (dx1 / (dx2 * (dx1 + dx2))).reshape(shape)
    center = a * t.narrow(d, 0, n - 2) + b * t.narrow(d, 1, n - 2) + c * t.narrow(d, 2, n - 2)
    if edge_order == 1:
        first = (t.narrow(d, 1, 1) - t.narrow(d, 0, 1)) / h[0]
        last = (t.narrow(d, n - 1, 1) - t.narrow(d, n - 2, 1)) / h[-1]
    else:
        p1, p2, q1, q2 = h[0], h[1], h[-2], h[-1]
        first = (-(2 * p1 + p2) / (p1 * (p1 + p2)) * t.narrow(d, 0, 1)
                 + (p1 + p2) / (p1 * p2) * t.narrow(d, 1, 1)
                 - p1 / (p2 * (p1 + p2)) * t.narrow(d, 2, 1))
        last = (q2 / (q1 * (q1 + q2)) * t.narrow(d, n - 3, 1)
                - (q2 + q1) / (q1 * q2) * t.narrow(d, n - 2, 1)
                + (2 * q2 + q1) / (q2 * (q1 + q2)) * t.narrow(d, n - 1, 1))
    return cat([first, center, last], d)


def gradient(input, *, spacing=1, dim=None, edge_order=1):
    """Estimate the derivative of sampled values along each of ``dim`` (all dims when None)."""
    dims = builtins.range(input.ndim) if dim is None else (dim,) if isinstance(dim, int) else dim
    dims = [_wrap_dim(k, input.ndim) for k in dims]
    steps = list(spacing) if isinstance(spacing, (list, tuple)) else [spacing] * len(dims)
    for k in dims:
        if input.shape[k] < edge_order + 1:
            raise RuntimeError(
                "torch.gradient expected each dimension size to be at least edge_order+1")
    out = []
    for k, h in zip(dims, steps):
        if isinstance(h, Tensor) and h.ndim == 1:
            out.append(_coordinate_gradient(input, k, h, edge_order))
        else:
            out.append(_uniform_gradient(input, k, h.item() if isinstance(h, Tensor) else h,
                                         edge_order))
    return tuple(out)


# --- mode ---------------------------------------------------------------------------------
def _mode_indices(rows):
    """Per row, the last position of the most frequent value (the smallest among ties)."""
    out = np.empty(len(rows), np.int64)
    for r, row in enumerate(rows):
        values, counts = np.unique(row, return_counts=True)
        value = values[np.argmax(counts)]
        out[r] = len(row) - 1 - np.flatnonzero(row[::-1] == value)[0]
    return out


_mode = defop("mode", lambda xp, input, dim, keepdim: _select_forward(
    input, dim, keepdim, _mode_indices), node="ModeBackward0", promote=NONE, outputs=2,
    differentiable_outputs=(True, False), vjp={"input": _select_rule})
_MODE = _return_type("mode")


def mode(input, dim=-1, keepdim=False):
    """(values, indices) of the most frequent value along ``dim``."""
    return _MODE(*_mode.apply((input,), (_dim1(input, dim), keepdim)))


# --- nanmedian ----------------------------------------------------------------------------
def _nanmedian_all(xp, input):
    """Lower median of the non-NaN elements (NaN when there are none)."""
    flat = input.reshape(-1)
    kept = xp.sort(flat[flat == flat])
    return kept[(kept.size - 1) // 2] if kept.size else xp.asarray(np.nan, input.dtype)


def _nanmedian_indices(rows):
    """Per row, torch's pick: position ((non-NaN count) - 1) // 2 of the (value, index) order."""
    order = _stable_order(rows, False)
    k = np.maximum((np.sum(rows == rows, axis=-1) - 1) // 2, 0)
    return order[np.arange(len(rows)), k]


_nanmedian = defop("nanmedian", _nanmedian_all, node="NanmedianBackward0", promote=NONE,
                   vjp={"input": _distribute})
_nanmedian_dim = defop("nanmedian", lambda xp, input, dim, keepdim: _select_forward(
    input, dim, keepdim, _nanmedian_indices), node="NanmedianBackward1", promote=NONE,
    outputs=2, differentiable_outputs=(True, False), vjp={"input": _select_rule})


def nanmedian(input, dim=None, keepdim=False):
    """The lower median ignoring NaNs; with ``dim``, a (values, indices) named tuple."""
    if dim is None:
        return _nanmedian.apply((input,), ())
    return _return_type("nanmedian")(*_nanmedian_dim.apply((input,), (_dim1(input, dim),
                                                                      keepdim)))


# --- cov / corrcoef, composed as ATen's Correlation.cpp -----------------------------------
def cov(input, *, correction=1, fweights=None, aweights=None):
    """Covariance of the rows (variables) over the columns (observations)."""
    if input.ndim > 2:
        raise RuntimeError("cov(): expected input to have two or fewer dimensions but got an "
                           f"input with {input.ndim} dimensions")
    x = input.view(1, -1) if input.ndim < 2 else input
    w = fweights
    if aweights is not None:
        w = aweights if w is None else w * aweights
    w_sum = Tensor._make(np.asarray(x.shape[1], np.int64)) if w is None else w.sum()
    avg = (x if w is None else x * w).sum(1) / w_sum
    if w is not None and aweights is not None and correction != 0:
        norm = w_sum - correction * (w * aweights).sum() / w_sum
    else:
        norm = w_sum - correction
    norm = norm.clamp(min=0)  # torch zeroes a non-positive normalisation (with a warning)
    x = x - avg.unsqueeze(1)
    c = x.mm((x if w is None else x * w).t())
    return (c / norm).squeeze()


def corrcoef(input):
    """Pearson correlation coefficients of the rows, clipped to [-1, 1]."""
    if input.ndim > 2:
        raise RuntimeError("corrcoef(): expected input to have two or fewer dimensions but got "
                           f"an input with {input.ndim} dimensions")
    c = cov(input)
    if c.ndim == 0:
        return c / c
    std = c.diagonal().sqrt()
    c = c / std.view(-1, 1)
    c = c / std.view(1, -1)
    return c.clip(-1, 1)


# --- small constructions: diagflat, vander, combinations ----------------------------------
def diagflat(input, offset=0):
    """A matrix with the flattened input on diagonal ``offset``."""
    return diag_embed(input.reshape(-1), offset)


def vander(x, N=None, increasing=False):
    """Columns of powers of the 1-D ``x`` (decreasing unless ``increasing``)."""
    if x.ndim != 1:
        raise RuntimeError("x must be a one-dimensional tensor.")
    n = x.shape[0] if N is None else N
    if n < 0:
        raise RuntimeError("N must be non-negative.")
    dtype = promote_types(x.dtype, _dtype.int64)
    result = ones((x.shape[0], min(n, 1)), dtype=dtype)
    if n > 1:
        powers = x.unsqueeze(1).expand(-1, n - 1).to(dtype).cumprod(1)
        result = cat([result, powers], 1)
    return result if increasing else result.flip(1)


def combinations(input, r=2, with_replacement=False):
    """All length-``r`` combinations of the 1-D input's elements, as rows."""
    if input.ndim != 1:
        raise RuntimeError(f"Expect a 1D vector, but got shape {list(input.shape)}")
    if r < 0:
        raise RuntimeError(f"Expect a non-negative number, but got {r}")
    if r == 0:
        return Tensor._make(np.empty((0,), input._data.dtype))
    pick = itertools.combinations_with_replacement if with_replacement else \
        itertools.combinations
    idx = np.array(list(pick(builtins.range(input.shape[0]), r)), np.int64).reshape(-1, r)
    return stack([input[Tensor._make(idx[:, k].copy())] for k in builtins.range(r)], 1)


# --- integer and step functions (not differentiable in torch) -----------------------------
def _int_pair(name, fn):
    """An element-wise op defined only for integer tensors (gcd, lcm)."""
    def forward(xp, input, other):
        kind = xp.result_type(input, other)
        if kind.kind not in "biu":
            raise NotImplementedError(
                f'"{name}_cpu" not implemented for \'{_SCALAR_NAMES[str(kind)]}\'')
        return fn(input, other)
    op = defop(name, forward, inputs=("input", "other"))

    def function(input, other, *, out=None):
        return op.apply((input, other), ())
    function.__name__ = name
    function.__doc__ = f"Element-wise {name} of two integer tensors."
    return function


gcd = _int_pair("gcd", np.gcd)
lcm = _int_pair("lcm", np.lcm)
_heaviside = defop("heaviside", lambda xp, input, values: xp.heaviside(input, values).astype(
    input.dtype, copy=False), inputs=("input", "values"), promote=NONE)


def heaviside(input, values, *, out=None):
    """0 for negative input, 1 for positive, ``values`` where input is zero."""
    if input.dtype != values.dtype:
        raise RuntimeError(
            "heaviside is not yet implemented for tensors with different dtypes")
    return _heaviside.apply((input, values), ())


def dsplit(input, indices_or_sections):
    """tensor_split along dim 2 (depth)."""
    if input.ndim < 3:
        raise RuntimeError("torch.dsplit requires a tensor with at least 3 dimension, but got a "
                           f"tensor with {input.ndim} dimensions!")
    return tensor_split(input, indices_or_sections, 2)


# --- linalg.cond, composed as ATen's linalg_cond -----------------------------------------
def cond(A, p=None, *, out=None):
    """Condition number of square matrices in norm ``p`` (2-norm ratio of singular values)."""
    if A.ndim < 2:
        raise RuntimeError("linalg.cond: The input tensor must have at least 2 dimensions.")
    if p is None or p in (2, -2):
        s = svdvals(A)
        big, small = s.narrow(-1, 0, 1), s.narrow(-1, s.shape[-1] - 1, 1)
        return (small / big if p == -2 else big / small).squeeze(-1)
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.cond(ord={p}): A must be batches of square matrices, but "
                           f"they are {A.shape[-2]} by {A.shape[-1]} matrices")
    try:
        inverse = inv(A)
    except RuntimeError:  # torch fills the inverse of a singular matrix with inf
        inverse = Tensor._make(np.full(A._data.shape, np.inf, A._data.dtype))
    result = matrix_norm(A, p) * matrix_norm(inverse, p)
    return result if p == "nuc" else result.nan_to_num(float("inf"), float("inf"),
                                                       float("-inf"))


# --- linalg.eig / eigvals (LAPACK's geev through NumPy, as torch's; no derivative yet) ------
def _eig_forward(xp, A):
    """Complex eigenvalues and unit eigenvectors of general square matrices."""
    w, v = xp.linalg.eig(A)
    ctype = np.complex64 if A.dtype in (np.float32, np.complex64) else np.complex128
    return w.astype(ctype), v.astype(ctype)


_eig = defop("linalg_eig", _eig_forward, inputs=("A",), promote=NONE, outputs=2)
_EIG = _named("linalg_eig", ("eigenvalues", "eigenvectors"))


def _check_eig(A, name):
    """torch's refusals: integer input (no complex counterpart), non-square matrices."""
    if not (A.dtype.is_floating_point or A.dtype.is_complex):
        raise RuntimeError(f"Unknown Complex ScalarType for {_SCALAR_NAMES[A.dtype.name]}")
    if A.ndim < 2:
        raise RuntimeError(f"linalg.{name}: The input tensor A must have at least 2 dimensions.")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.{name}: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")


def eig(A, *, out=None):
    """(eigenvalues, eigenvectors) of square matrices, complex as torch's."""
    _check_eig(A, "eig")
    return _EIG(*_eig.apply((A,), ()))


def eigvals(A, *, out=None):
    """The complex eigenvalues of square matrices."""
    _check_eig(A, "eigvals")
    return _eig.apply((A,), ())[0]


def nanquantile(input, q, dim=None, keepdim=False, *, interpolation="linear", out=None):
    """quantile over the non-NaN values (NaN where a row has none)."""
    return _quantile(input, q, dim, keepdim, interpolation, True, "nanquantile")


METHODS = ("put", "unique_consecutive", "histogram", "mode", "nanmedian", "cov", "corrcoef",
           "diagflat", "gcd", "lcm", "heaviside", "dsplit", "nanquantile")
INPLACE = ("put", "gcd", "lcm", "heaviside")
