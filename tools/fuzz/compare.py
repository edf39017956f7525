"""Compare two interpreter records (chainrule's against torch's) and describe the differences."""

import json

import numpy as np

# float32 results may differ in the last bits (summation order, libm); float64 much less.
TOLERANCE = {"torch.float32": 1e-4, "torch.float64": 1e-9}


def _close(a, b, dtype, loose=False):
    """Compare values; ``loose`` when float32 rounding reached a float64 result upstream."""
    a = np.asarray(a, dtype=float if dtype in TOLERANCE else object)
    b = np.asarray(b, dtype=a.dtype)
    if a.shape != b.shape:
        return False
    if dtype not in TOLERANCE:
        return bool(np.all(a == b))
    tol = TOLERANCE["torch.float32" if loose else dtype]
    finite = np.isfinite(b)
    scale = max(1.0, float(np.max(np.abs(b[finite]), initial=0.0)))
    same_special = np.array_equal(np.isnan(a), np.isnan(b)) and \
        np.array_equal(a[np.isinf(b)], b[np.isinf(b)]) and np.array_equal(np.isinf(a), np.isinf(b))
    return same_special and bool(np.all(np.abs(a[finite] - b[finite]) <= tol * scale))


def _tensor_diff(where, ours, theirs, fields, loose=False):
    """First differing field or the values of one tensor summary, as text."""
    for f in fields:
        if ours.get(f) != theirs.get(f):
            return f"{where}: {f} {ours.get(f)!r} != torch {theirs.get(f)!r}"
    if not _close(ours["value"], theirs["value"], theirs["dtype"], loose):
        return f"{where}: value {ours['value']!r} != torch {theirs['value']!r}"
    return None


def _summary_diff(where, ours, theirs, loose):
    """Difference between two step summaries (tensors, tuples or plain Python values)."""
    if "seq" in theirs or "py" in theirs or "seq" in ours or "py" in ours:
        if "seq" in ours and "seq" in theirs and len(ours["seq"]) == len(theirs["seq"]):
            for k, (a, b) in enumerate(zip(ours["seq"], theirs["seq"])):
                d = _summary_diff(f"{where}[{k}]", a, b, loose)
                if d:
                    return d
            return None
        return None if ours == theirs else f"{where}: {ours!r} != torch {theirs!r}"
    return _tensor_diff(where, ours, theirs, ("shape", "dtype", "rg", "leaf", "fn"), loose)


def _is_zero(g):
    """True for a missing gradient or one of (numerical) zeros."""
    return g is None or not np.any(np.abs(np.asarray(g["value"], dtype=float)) > 1e-12)


def _grads_diff(name, ours, theirs, loose):
    """Compare gradient lists; None and an all-zero tensor count as equal (docs/correctness.md)."""
    if (ours is None) != (theirs is None):
        gs = ours if theirs is None else theirs
        return None if all(_is_zero(g) for g in gs) else f"{name}: {ours!r} != torch {theirs!r}"
    if ours is None:
        return None
    for k, (a, b) in enumerate(zip(ours, theirs)):
        if (a is None) != (b is None) and _is_zero(a) and _is_zero(b):
            continue
        if (a is None) != (b is None):
            return f"{name}[{k}]: {'None' if a is None else 'tensor'} != torch " \
                   f"{'None' if b is None else 'tensor'}"
        if a is not None:
            d = _tensor_diff(f"{name}[{k}]", a, b, ("shape", "dtype"), loose)
            if d:
                return d
    return None


def differences(ours, theirs, program=None):
    """Return the first difference between two records as a line of text, or None."""
    if "crash" in ours or "crash" in theirs:
        return f"interpreter crash: {ours.get('crash')} != torch {theirs.get('crash')}"
    loose = "torch.float32" in json.dumps(theirs["steps"])
    for i, (a, b) in enumerate(zip(ours["steps"], theirs["steps"])):
        d = _summary_diff(f"step {i}{_label(program, i)}", a, b, loose)
        if d:
            return d
    if len(ours["steps"]) != len(theirs["steps"]) or ours.get("error") != theirs.get("error"):
        n = min(len(ours["steps"]), len(theirs["steps"]))
        return f"error at step {n}{_label(program, n)}: {ours.get('error')!r} != torch " \
               f"{theirs.get('error')!r}"
    loose = "torch.float32" in json.dumps(theirs["steps"])
    slots = [s for s in theirs["steps"] if "dtype" in s]
    for k, (a, b) in enumerate(zip(ours.get("final", []), theirs.get("final", []))):
        if not _close(a, b, slots[k]["dtype"] if k < len(slots) else None, loose):
            return f"final value of tensor {k}: {a!r} != torch {b!r}"
    if ours.get("final_error") != theirs.get("final_error"):
        return f"final values: {ours.get('final_error')!r} != torch {theirs.get('final_error')!r}"
    if ours.get("grad_error") != theirs.get("grad_error"):
        return f"grad error: {ours.get('grad_error')!r} != torch {theirs.get('grad_error')!r}"
    for name in ("grad", "grad2", "backward"):
        d = _grads_diff(name, ours.get(name), theirs.get(name), loose)
        if d:
            return d
    return None


def _label(program, i):
    if program is None or i >= len(program["steps"]):
        return ""
    s = program["steps"][i]
    return f" ({s['k']} {s.get('name', '')})".replace(" )", ")")


def signature(diff):
    """Reduce a difference line to a bucket key, so one bug is reported once."""
    head, _, rest = diff.partition(": ")
    label = head[head.find("("):] if "(" in head else head.split(" ")[0]
    field = rest.split(" ")[0] if not head.startswith("error") else rest[:60]
    return f"{label} {field}"


def assert_matches_torch(program, expected):
    """Run ``program`` on chainrule and fail with the first difference from torch's record."""
    import warnings

    import chainrule

    from .interp import run
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        diff = differences(run(program, chainrule), expected, program)
    assert diff is None, diff
