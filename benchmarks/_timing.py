"""Interleaved timing: libraries take turns (A B C A B C) so drift hits them all alike."""

import statistics
import time

import numpy as np


def calibrate(step, target_s):
    """Return how many calls of ``step`` fill about ``target_s`` seconds (at least one)."""
    n = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(n):
            step()
        elapsed = time.perf_counter() - t0
        if elapsed >= target_s or n >= 1 << 20:
            return max(1, int(n * target_s / max(elapsed, 1e-9)))
        n *= 4


def interleaved(steps, repeats, target_s):
    """Time each named step in turns, after calibrating; return the median seconds per call."""
    counts = {name: calibrate(step, target_s) for name, step in steps.items()}
    samples = {name: [] for name in steps}
    for _ in range(repeats):
        for name, step in steps.items():
            n = counts[name]
            t0 = time.perf_counter()
            for _ in range(n):
                step()
            samples[name].append((time.perf_counter() - t0) / n)
    return {name: statistics.median(s) for name, s in samples.items()}


def to_numpy(value):
    """Turn a tensor or array of any peer into a float64 NumPy array."""
    for attr in ("detach", "numpy"):
        if hasattr(value, attr) and not isinstance(value, np.ndarray):
            value = getattr(value, attr)()
    if hasattr(value, "data") and not isinstance(value, (np.ndarray, memoryview)):
        value = value.data
    return np.asarray(value, dtype=np.float64)


def checksum(make, calls):
    """Sum every number the first ``calls`` steps of a fresh instance return."""
    step = make()
    total = 0.0
    for _ in range(calls):
        out = step()
        for v in out if isinstance(out, (tuple, list)) else (out,):
            total += float(to_numpy(v).sum())
    return total
