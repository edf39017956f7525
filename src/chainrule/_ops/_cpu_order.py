"""torch's CPU sort/topk/kthvalue kernels step by step, so the index picked among equal values
is torch's.

torch sorts (value, index) pairs with libstdc++'s ``std::sort``, ``std::nth_element`` and
``std::partial_sort`` comparing values only (NaN largest), and kthvalue runs TH's quickselect;
which of several equal values lands where is a property of those exact algorithms. Each row is a
list of ``[key, index]`` pairs with integer keys (dense ranks, negated for a descending order),
so every comparison is ``a[i][0] < a[j][0]``. Only rows whose answer depends on ties are
replayed, up to ``_REPLAY_LIMIT`` elements per call.
"""

import numpy as np

_THRESHOLD = 16  # libstdc++'s _S_threshold
# Rows are replayed in Python (~2 µs an element); past this many tied elements the stable order
# (also a valid answer among equal values) is kept instead, so large tied inputs stay usable.
_REPLAY_LIMIT = 1 << 18


def dense_keys(rows, descending):
    """Integer keys of ``rows`` (2-D) ordering as torch's comparators: NaN above everything,
    NaNs equal to each other, -0.0 equal to 0.0."""
    flat = rows.reshape(-1)
    if flat.dtype.kind == "f":
        nan = np.isnan(flat)
        _, ranks = np.unique(np.where(nan, 0, flat), return_inverse=True)
        ranks = np.where(nan, ranks.max(initial=0) + 1, ranks)
    else:
        _, ranks = np.unique(flat, return_inverse=True)
    ranks = ranks.reshape(rows.shape).astype(np.int64)
    return -ranks if descending else ranks


def _pairs(keys):
    return [[k, i] for i, k in enumerate(keys.tolist())]


# --- libstdc++ heap and insertion primitives ------------------------------------------------
def _push_heap(a, first, hole, top, value):
    parent = (hole - 1) // 2
    while hole > top and a[first + parent][0] < value[0]:
        a[first + hole] = a[first + parent]
        hole = parent
        parent = (hole - 1) // 2
    a[first + hole] = value


def _adjust_heap(a, first, hole, length, value):
    top = hole
    child = hole
    while child < (length - 1) // 2:
        child = 2 * (child + 1)
        if a[first + child][0] < a[first + child - 1][0]:
            child -= 1
        a[first + hole] = a[first + child]
        hole = child
    if length % 2 == 0 and child == (length - 2) // 2:
        child = 2 * (child + 1)
        a[first + hole] = a[first + child - 1]
        hole = child - 1
    _push_heap(a, first, hole, top, value)


def _make_heap(a, first, last):
    length = last - first
    if length < 2:
        return
    parent = (length - 2) // 2
    while True:
        _adjust_heap(a, first, parent, length, a[first + parent])
        if parent == 0:
            return
        parent -= 1


def _pop_heap(a, first, last, result):
    value = a[result]
    a[result] = a[first]
    _adjust_heap(a, first, 0, last - first, value)


def _heap_select(a, first, middle, last):
    _make_heap(a, first, middle)
    for i in range(middle, last):
        if a[i][0] < a[first][0]:
            _pop_heap(a, first, middle, i)


def _sort_heap(a, first, last):
    while last - first > 1:
        last -= 1
        _pop_heap(a, first, last, last)


def _unguarded_linear_insert(a, last):
    value = a[last]
    prev = last - 1
    while value[0] < a[prev][0]:
        a[last] = a[prev]
        last = prev
        prev -= 1
    a[last] = value


def _insertion_sort(a, first, last):
    for i in range(first + 1, last):
        if a[i][0] < a[first][0]:
            value = a[i]
            a[first + 1:i + 1] = a[first:i]
            a[first] = value
        else:
            _unguarded_linear_insert(a, i)


def _partition_pivot(a, first, last):
    """Median of three moved to ``first``, then Hoare's unguarded partition of the rest."""
    mid = first + (last - first) // 2
    x, y, z = first + 1, mid, last - 1
    if a[x][0] < a[y][0]:
        pick = y if a[y][0] < a[z][0] else z if a[x][0] < a[z][0] else x
    else:
        pick = x if a[x][0] < a[z][0] else z if a[y][0] < a[z][0] else y
    a[first], a[pick] = a[pick], a[first]
    pivot = a[first][0]
    lo, hi = first + 1, last
    while True:
        while a[lo][0] < pivot:
            lo += 1
        hi -= 1
        while pivot < a[hi][0]:
            hi -= 1
        if not lo < hi:
            return lo
        a[lo], a[hi] = a[hi], a[lo]
        lo += 1


# --- the three algorithms ---------------------------------------------------------------------
def std_sort(a, first, last):
    """libstdc++ std::sort: introsort down to 16 elements, then one insertion sort."""
    if last - first < 2:
        return
    stack = [(first, last, 2 * ((last - first).bit_length() - 1))]
    while stack:  # the recursion on the right part, made iterative
        lo, hi, depth = stack.pop()
        while hi - lo > _THRESHOLD:
            if depth == 0:
                _heap_select(a, lo, hi, hi)
                _sort_heap(a, lo, hi)
                break
            depth -= 1
            cut = _partition_pivot(a, lo, hi)
            stack.append((cut, hi, depth))
            hi = cut
    if last - first > _THRESHOLD:
        _insertion_sort(a, first, first + _THRESHOLD)
        for i in range(first + _THRESHOLD, last):
            _unguarded_linear_insert(a, i)
    else:
        _insertion_sort(a, first, last)


def nth_element(a, nth, first=0, last=None):
    """libstdc++ std::nth_element (introselect)."""
    last = len(a) if last is None else last
    if first == last or nth == last:
        return
    depth = 2 * ((last - first).bit_length() - 1)
    while last - first > 3:
        if depth == 0:
            _heap_select(a, first, nth + 1, last)
            a[first], a[nth] = a[nth], a[first]
            return
        depth -= 1
        cut = _partition_pivot(a, first, last)
        if cut <= nth:
            first = cut
        else:
            last = cut
    _insertion_sort(a, first, last)


def partial_sort(a, middle):
    """libstdc++ std::partial_sort: heap-select the first ``middle``, then heap-sort them."""
    _heap_select(a, 0, middle, len(a))
    _sort_heap(a, 0, middle)


def quickselect(a, k):
    """TH's quick_select_template (Sedgewick's partitioning) as torch's kthvalue runs it; the
    keys are in ascending order (``gt_or_nan(x, y)`` is ``x > y`` on them)."""
    lo, hi = 0, len(a) - 1
    while hi > lo:
        if hi == lo + 1:
            if a[lo][0] > a[hi][0]:
                a[lo], a[hi] = a[hi], a[lo]
            return
        mid = (lo + hi) >> 1
        a[mid], a[lo + 1] = a[lo + 1], a[mid]
        if a[lo + 1][0] > a[hi][0]:
            a[lo + 1], a[hi] = a[hi], a[lo + 1]
        if a[lo][0] > a[hi][0]:
            a[lo], a[hi] = a[hi], a[lo]
        if a[lo + 1][0] > a[lo][0]:
            a[lo + 1], a[lo] = a[lo], a[lo + 1]
        i, j = lo + 1, hi
        pivot = a[lo][0]
        while True:
            i += 1
            while pivot > a[i][0]:
                i += 1
            j -= 1
            while a[j][0] > pivot:
                j -= 1
            if j < i:
                break
            a[i], a[j] = a[j], a[i]
        a[lo], a[j] = a[j], a[lo]
        if j <= k:
            lo = i
        if j >= k:
            hi = j - 1


# --- torch's kernels on one row -------------------------------------------------------------
def sort_row(keys):
    """Indices of torch's unstable CPU sort of one row (keys already oriented)."""
    a = _pairs(keys)
    std_sort(a, 0, len(a))
    return [p[1] for p in a]


def topk_row(keys, k, sorted):
    """Indices of torch's CPU topk of one row (keys oriented so the wanted values are least)."""
    a = _pairs(keys)
    if k * 64 <= len(a):
        partial_sort(a, k)
    else:
        nth_element(a, k - 1)
        if sorted:
            std_sort(a, 0, k - 1)
    return [p[1] for p in a[:k]]


def kthvalue_row(keys, k):
    """Index of torch's CPU kthvalue (k counts from 0) of one row (ascending keys)."""
    a = _pairs(keys)
    quickselect(a, k)
    return a[k][1]


# --- whole tensors, as rows along the last axis -------------------------------------------------
def _same(a, b):
    """Elementwise equality with NaN equal to NaN (torch's comparators never order two NaNs)."""
    return (a == b) | ((a != a) & (b != b))


def _replay(mask, n):
    """Whether to replay torch's algorithm on the ``mask`` rows of length ``n``."""
    count = int(mask.sum())
    return count > 0 and count * n <= _REPLAY_LIMIT


def _stable_order(rows, descending):
    """Stable order of each row, NaN largest; descending keeps equal values in input order."""
    if not descending:
        return np.argsort(rows, axis=-1, kind="stable")
    n = rows.shape[-1]
    return n - 1 - np.argsort(rows[:, ::-1], axis=-1, kind="stable")[:, ::-1]


def _ties_before(rows, order, stop):
    """Rows whose sorted values repeat among the first ``stop`` + 1 positions."""
    head = np.take_along_axis(rows, order[:, :stop + 1], axis=-1)
    return _same(head[:, 1:], head[:, :-1]).any(axis=-1)


def sort_indices(rows, descending, stable, constant=False):
    """torch's sort order of each row; ``constant`` (a stride-0 dim) keeps the input order."""
    order = _stable_order(rows, descending)
    n = rows.shape[-1]
    if stable or constant or n <= _THRESHOLD:  # std::sort is an insertion sort up to 16
        return order
    tied = _ties_before(rows, order, n - 1)
    if _replay(tied, n):
        keys = dense_keys(rows[tied], descending)
        order[tied] = [sort_row(r) for r in keys]
    return order


def topk_indices(rows, k, largest, sorted):
    """torch's topk indices of each row (the first ``k``, in its order)."""
    full = _stable_order(rows, largest)
    order = full[:, :k]
    if k == 0:
        return order
    n = rows.shape[-1]
    needs = np.ones(len(rows), bool) if not sorted and k * 64 > n else \
        _ties_before(rows, full, min(k, n - 1))
    if _replay(needs, n):
        keys = dense_keys(rows[needs], largest)
        order[needs] = [topk_row(r, k, sorted) for r in keys]
    return order


def kthvalue_indices(rows, k):
    """torch's kthvalue index (k counts from 0) of each row."""
    idx = _stable_order(rows, False)[:, k]
    values = rows[np.arange(len(rows)), idx]
    tied = _same(rows, values[:, None]).sum(axis=-1) > 1
    if _replay(tied, rows.shape[-1]):
        keys = dense_keys(rows[tied], False)
        idx[tied] = [kthvalue_row(r, k) for r in keys]
    return idx


def median_indices(rows):
    """torch's median index of each row: the first NaN if any, else the lower median of the
    order by (value, index)."""
    idx = _stable_order(rows, False)[:, (rows.shape[-1] - 1) // 2]
    nan = rows != rows
    return np.where(nan.any(axis=-1), nan.argmax(axis=-1), idx)
