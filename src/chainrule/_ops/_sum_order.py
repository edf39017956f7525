"""Float sums in ATen's CPU accumulation order (``cascade_sum`` in SumKernel.cpp), so small float32
and float64 ``sum``/``mean`` results agree with torch bit for bit, not NumPy's pairwise order.

ATen splits a contiguous reduction into 8-float (4-double) vector lanes, four interleaved partial
sums, and a cascade of accumulators flushed every 16 rows; every add rounds in that order. Inputs
that torch would reduce on several threads (32768 elements or more) and non-contiguous inputs
keep NumPy's sum, and so do sums of more than ``EXACT_LIMIT`` elements, where the replay would
cost several times the sum itself (they differ from torch's only in rounding).
"""

import math

import numpy as np

_GRAIN = 32768  # at::internal::GRAIN_SIZE: smaller reductions run serially in one fixed order
# Replaying the order costs 10-60 µs of NumPy calls against ~2 µs for np.sum, so only sums small
# enough to be printed digit by digit (tutorial tensors, a loss over a batch) replay it.
EXACT_LIMIT = 1024
_LEVELS = 4
_ILP = 4


def _chain(rows):
    """Add ``rows`` (axis 0) one after another onto a zero accumulator, rounding every step."""
    return np.add.accumulate(rows, axis=0)[-1]


def _multi_row_sum(rows):
    """ATen's multi_row_sum over axis 0: 16-row chains fed into a 4-level cascade."""
    size = rows.shape[0]
    power = max(4, (int(size - 1).bit_length() if size > 1 else 0) // _LEVELS)
    step = 1 << power
    if 0 < size < step:  # one partial chain; adding the empty levels only turns -0.0 into 0.0
        return _chain(rows) + rows.dtype.type(0)
    mask = step - 1
    zero = np.zeros(rows.shape[1:], rows.dtype)
    acc = [zero] * _LEVELS
    i = 0
    while i + step <= size:
        acc[0] = _chain(rows[i:i + step])
        i += step
        for j in range(1, _LEVELS):
            acc[j] = acc[j] + acc[j - 1]
            acc[j - 1] = zero
            if i & (mask << (j * power)):
                break
    if i < size:
        acc[0] = _chain(rows[i:])
    total = acc[0]
    for j in range(1, _LEVELS):
        total = total + acc[j]
    return total


def _row_sum(x):
    """ATen's row_sum over axis 0: four interleaved partial sums, then the leftovers."""
    size = x.shape[0]
    groups = size // _ILP
    parts = _multi_row_sum(x[:groups * _ILP].reshape((groups, _ILP) + x.shape[1:]))
    first = parts[0]
    if groups * _ILP < size:
        first = _chain(np.concatenate([first[None], x[groups * _ILP:]]))
    for k in range(1, _ILP):
        first = first + parts[k]
    return first


def _short_rows(x, lanes):
    """``_inner_sum`` for contiguous rows of fewer than 512 elements (< 16 groups of 4 vectors,
    so no cascade level ever flushes), in a few whole-array steps."""
    rows, n = x.shape
    nvec = n // lanes
    groups = nvec // _ILP
    width = _ILP * lanes
    acc = np.zeros((rows, width), x.dtype)
    if groups:
        acc = np.add.accumulate(x[:, :groups * width].reshape(rows, groups, width), axis=1)[:, -1]
    acc = acc.reshape(rows, _ILP, lanes)
    first = acc[:, 0]
    for k in range(groups * _ILP, nvec):
        first = first + x[:, k * lanes:(k + 1) * lanes]
    for k in range(1, _ILP):
        first = first + acc[:, k]
    zero = np.zeros((rows, 1), x.dtype)
    return np.add.accumulate(np.concatenate([zero, x[:, nvec * lanes:], first], axis=1),
                             axis=1)[:, -1]


def _inner_sum(x, lanes, unit):
    """Sum each row of ``x`` (rows along axis 1): vector lanes when the row is contiguous."""
    n = x.shape[1]
    if not unit or n < lanes:
        return _row_sum(x.T)
    if n < 16 * _ILP * lanes:
        return _short_rows(x, lanes)
    nvec = n // lanes
    vec = _row_sum(x[:, :nvec * lanes].reshape(x.shape[0], nvec, lanes).transpose(1, 0, 2))
    zero = np.zeros((1, x.shape[0]), x.dtype)
    return _chain(np.concatenate([zero, x[:, nvec * lanes:].T, vec.T]))


def _outer_sum(x, wide):
    """Sum over axis 0 of ``x``: columns in blocks of ``wide`` cascade row by row, the rest use
    four interleaved partial sums (ATen's vectorized_outer_sum / scalar_outer_sum)."""
    cols = x.shape[1]
    split = cols // wide * wide
    out = np.empty(cols, x.dtype)
    if split:
        out[:split] = _multi_row_sum(x[:, :split])
    if split < cols:
        out[split:] = _row_sum(x[:, split:])
    return out


def _runs(reduced):
    """Group consecutive axes sharing a reduced/kept flag: a list of (flag, [axes])."""
    runs = []
    for axis, flag in enumerate(reduced):
        if runs and runs[-1][0] == flag:
            runs[-1][1].append(axis)
        else:
            runs.append((flag, [axis]))
    return runs


def _iterate(x, reduced):
    """Reduce ``x`` (no size-1 axes) the way ATen's TensorIterator walks it: reduced runs first,
    innermost first, then kept runs; a 2-D kernel on the first two runs, outer runs looped."""
    runs = _runs(reduced)
    order = [r for r in reversed(runs) if r[0]] + [r for r in reversed(runs) if not r[0]]
    g0, g1, outer = order[0], order[1] if len(order) > 1 else None, order[2:][::-1]
    groups = outer + ([g1] if g1 else []) + [g0]
    sizes = [math.prod(x.shape[a] for a in g[1]) for g in groups]
    y = x.transpose([a for g in groups for a in g[1]]).reshape(sizes)
    last = x.ndim - 1
    unit0, unit1 = last in g0[1], g1 is not None and last in g1[1]
    lanes = 32 // x.itemsize
    n0 = sizes[-1]
    rows = y.reshape(-1, n0)
    if g1 is None or g1[0] or (unit0 and n0 >= lanes):
        part = _inner_sum(rows, lanes, unit0).reshape(sizes[:-1])
    else:
        stride0 = math.prod(x.shape[g0[1][-1] + 1:])
        stride1 = math.prod(x.shape[g1[1][-1] + 1:])
        cols = y.reshape(-1, sizes[-2], n0).transpose(0, 2, 1)
        if unit1 and sizes[-2] >= lanes:
            part = np.stack([_outer_sum(c, _ILP * lanes) for c in cols])
        elif stride0 < stride1:
            part = _inner_sum(rows, lanes, False)
        else:
            part = np.stack([_outer_sum(c, _ILP) for c in cols])
        part = part.reshape(sizes[:-1])
    red_axes = [i for i, g in enumerate(groups[:-1]) if g[0]]
    if red_axes:  # outer reduced runs (and a reduced g1) accumulate into the output in loop order
        part = np.moveaxis(part, red_axes, range(len(red_axes)))
        part = _chain(part.reshape((-1,) + part.shape[len(red_axes):]))
    return part


def torch_sum(a, axis=None, keepdims=False):
    """``numpy.sum`` of a float array in torch's CPU order where torch's order is fixed."""
    ndim = a.ndim
    dims = set(range(ndim)) if axis is None else {
        d % ndim for d in ((axis,) if isinstance(axis, int) else axis)}
    live = [d for d in range(ndim) if a.shape[d] != 1]
    if (a.dtype not in (np.float32, np.float64) or not a.flags.c_contiguous
            or not 0 < a.size <= min(EXACT_LIMIT, _GRAIN - 1) or not dims & set(live)):
        return np.sum(a, axis=axis, keepdims=keepdims)
    first = next(i for i, d in enumerate(live) if d in dims)
    split = next((i for i, d in enumerate(live) if d not in dims), len(live))
    lanes = 32 // a.itemsize
    if all(d in dims for d in live[first:]):  # trailing dims: contiguous rows (a loss, a mean)
        rows = a.reshape(-1, math.prod(a.shape[d] for d in live[first:]))
        flat = _inner_sum(rows, lanes, True)
    elif first == 0 and not any(d in dims for d in live[split:]):  # leading dims (a bias grad)
        cols = a.reshape(math.prod(a.shape[d] for d in live[:split]), -1)
        flat = _outer_sum(cols, _ILP * lanes if cols.shape[1] >= lanes else _ILP)
    else:
        flat = _iterate(a.reshape([a.shape[d] for d in live]), [d in dims for d in live])
    kept = [1 if d in dims else s for d, s in enumerate(a.shape)] if keepdims else [
        s for d, s in enumerate(a.shape) if d not in dims]
    return np.reshape(flat, kept).copy()  # a fresh C-ordered array, as torch's sum returns
