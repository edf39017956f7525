"""assert_close: compare tensors, scalars and nested containers with torch's tolerances."""

import collections.abc
import math

import numpy as np

from .._tensor import Tensor

# Default (rtol, atol) per dtype, as torch.testing; exact comparison for other dtypes.
_TOLERANCES = {np.dtype(np.float16): (1e-3, 1e-5), np.dtype(np.float32): (1.3e-6, 1e-5),
               np.dtype(np.float64): (1e-7, 1e-7), np.dtype(np.complex64): (1.3e-6, 1e-5),
               np.dtype(np.complex128): (1e-7, 1e-7)}


def _tolerances(dtypes, rtol, atol):
    """The given (rtol, atol), or the loosest defaults of the dtypes compared."""
    if (rtol is None) != (atol is None):
        raise ValueError(
            f"Both 'rtol' and 'atol' must be either specified or omitted, but got no {'rtol' if rtol is None else 'atol'}.")  # noqa: E501
    if rtol is not None:
        return rtol, atol
    pairs = [_TOLERANCES.get(d, (0.0, 0.0)) for d in dtypes]
    return max(p[0] for p in pairs), max(p[1] for p in pairs)


def _fail(msg, default, path):
    """Raise AssertionError with ``msg`` (or the default) and the failing item's path."""
    text = msg(default) if callable(msg) else (msg if msg is not None else default)
    if path:
        text += f"\n\nThe failure occurred for item {''.join(f'[{p!r}]' for p in path)}"
    raise AssertionError(text)


def _compare_scalars(actual, expected, rtol, atol, equal_nan, msg, path):
    """Compare two Python numbers with float64 defaults (exact for ints)."""
    if rtol is None:
        rtol, atol = (1e-7, 1e-7) if isinstance(expected, (float, complex)) else (0.0, 0.0)
    _scalar_check(actual, expected, rtol, atol, equal_nan, msg, path)


def _scalar_check(actual, expected, rtol, atol, equal_nan, msg, path):
    """Compare numbers within atol + rtol·|expected|, reporting torch's way."""
    if actual == expected or (equal_nan and actual != actual and expected != expected):
        return
    diff = abs(actual - expected)
    if diff <= atol + rtol * abs(expected):
        return
    rel = diff / abs(expected) if expected != 0 else math.inf
    word = "close" if rtol or atol else "equal"
    _fail(msg, f"Scalars are not {word}!\n\nExpected {expected} but got {actual}.\n"
               f"Absolute difference: {diff} (up to {atol} allowed)\n"
               f"Relative difference: {rel} (up to {rtol} allowed)", path)


def _compare_tensors(actual, expected, rtol, atol, equal_nan, check_dtype, msg, path):
    """Compare shape, dtype, then values; report count and greatest differences."""
    a, e = actual._data, expected._data
    if a.shape != e.shape:
        _fail(msg, f"The values for attribute 'shape' do not match: {actual.shape} != "
                   f"{expected.shape}.", path)
    if check_dtype and a.dtype != e.dtype:
        _fail(msg, f"The values for attribute 'dtype' do not match: {actual.dtype} != "
                   f"{expected.dtype}.", path)
    rtol, atol = _tolerances([a.dtype, e.dtype], rtol, atol)
    if a.ndim == 0:
        return _scalar_check(a.item(), e.item(), rtol, atol, equal_nan, msg, path)
    common = np.result_type(a.dtype, e.dtype)
    if common.kind in "biu":
        common = np.dtype(np.int64)
    a, e = a.astype(common), e.astype(common)
    if common.kind in "fc":
        with np.errstate(invalid="ignore", over="ignore"):
            ok = np.isclose(a, e, rtol=rtol, atol=atol, equal_nan=equal_nan)
            ok |= (a == e)
    else:
        ok = a == e
    if ok.all():
        return
    bad = int((~ok).sum())
    word = "close" if rtol or atol else "equal"
    fl = np.float32 if common.kind in "biu" or common == np.float32 else common
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        diff = np.abs(a - e) if common.kind != "b" else (a != e).astype(np.int64)
        rel = (diff / np.abs(e).astype(fl)).astype(fl)
    flat_diff = np.where(ok, 0, np.nan_to_num(diff.astype(np.float64), nan=np.inf))
    flat_rel = np.where(ok, 0, np.nan_to_num(rel.astype(np.float64), nan=np.inf))
    i_abs = np.unravel_index(int(np.argmax(flat_diff)), a.shape) if a.ndim else ()
    i_rel = np.unravel_index(int(np.argmax(flat_rel)), a.shape) if a.ndim else ()
    abs_v, rel_v = diff[i_abs].item(), float(rel[i_rel])
    where_abs = f" at index {tuple(int(i) for i in i_abs)}" if a.ndim else ""
    where_rel = f" at index {tuple(int(i) for i in i_rel)}" if a.ndim else ""
    tol_abs = f" (up to {atol} allowed)" if word == "close" else ""
    tol_rel = f" (up to {rtol} allowed)" if word == "close" else ""
    _fail(msg, f"Tensor-likes are not {word}!\n\n"
               f"Mismatched elements: {bad} / {a.size} ({100 * bad / a.size:.1f}%)\n"
               f"Greatest absolute difference: {abs_v}{where_abs}{tol_abs}\n"
               f"Greatest relative difference: {rel_v}{where_rel}{tol_rel}", path)


def assert_close(actual, expected, *, allow_subclasses=True, rtol=None, atol=None,
                 equal_nan=False, check_device=True, check_dtype=True, check_layout=True,
                 check_stride=False, msg=None):
    """Assert two tensors, scalars or nested sequences/mappings of them are close.

    Tolerances default by dtype as torch.testing (float32: rtol 1.3e-6, atol 1e-5); messages
    name the mismatch count and the greatest differences with their indices.
    """
    stack = [(actual, expected, ())]
    while stack:
        a, e, path = stack.pop()
        if isinstance(a, Tensor) or isinstance(e, Tensor):
            if not (isinstance(a, Tensor) and isinstance(e, Tensor)):
                a = a if isinstance(a, Tensor) else Tensor._make(np.asarray(a))
                e = e if isinstance(e, Tensor) else Tensor._make(np.asarray(e))
                check = False
            else:
                check = check_dtype
            _compare_tensors(a, e, rtol, atol, equal_nan, check, msg, path)
        elif isinstance(e, collections.abc.Mapping):
            if set(a) != set(e):
                _fail(msg, f"The keys of the mappings do not match:\n{sorted(a)} != {sorted(e)}",
                      path)
            stack.extend((a[k], e[k], path + (k,)) for k in reversed(list(e)))
        elif isinstance(e, collections.abc.Sequence) and not isinstance(e, str):
            if len(a) != len(e):
                _fail(msg, f"The length of the sequences mismatch: {len(a)} != {len(e)}", path)
            stack.extend((a[i], e[i], path + (i,)) for i in reversed(range(len(e))))
        elif isinstance(e, (int, float, complex, bool)):
            _compare_scalars(a, e, rtol, atol, equal_nan, msg, path)
        elif a != e:
            _fail(msg, f"Objects are not equal!\n\nExpected {e} but got {a}.", path)
