"""ATen's CPU sampling kernels on an ``Engine``: the same words, transforms and rounding as torch.

Each function returns a flat NumPy array of ``n`` samples in the order torch writes them. Float64
transcendental functions go through ``math`` (the C library, as ATen) because NumPy's SIMD versions
differ in the last bit.
"""

import math

import numpy as np

from . import _avx_mathfun

_SPLIT = 134217729.0  # 2**27 + 1, Veltkamp's splitter for float64


def _libm(fn, x):
    """Apply a ``math`` function element-wise: the C library's results, which ATen gets too."""
    return np.fromiter(map(fn, x.tolist()), np.float64, x.size)


def _two_prod(a, b):
    """(p, e) with p + e == a * b exactly (Dekker)."""
    p = a * b
    ca, cb = _SPLIT * a, _SPLIT * b
    ah, bh = ca - (ca - a), cb - (cb - b)
    al, bl = a - ah, b - bh
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


def _fma64(a, b, c):
    """float64 ``a * b + c`` rounded once, as the FMA GCC emits for ATen's double transforms."""
    a, b, c = np.broadcast_arrays(np.asarray(a, np.float64), b, c)
    p, e = _two_prod(a, b)
    s = p + c
    back = s - p
    t = (p - (s - back)) + (c - back)
    return s + (t + e)


def unit_uniform(engine, n, dtype):
    """Uniform [0, 1) samples: 53 bits of ``random64`` for double, else float32's 24 bits of one
    ``random()`` (half precision is drawn as float32 and rounded, as torch's CPU kernel does)."""
    if dtype == np.float64:
        return (engine.random64(n) & np.uint64((1 << 53) - 1)).astype(np.float64) * 2.0 ** -53
    words = engine.random(n) & np.uint64((1 << 24) - 1)
    return words.astype(np.float32) * np.float32(2.0 ** -24)


def uniform(engine, n, dtype, low, high):
    """``uniform_(low, high)``: ``x * (high - low) + low`` in the dtype, fused."""
    x = unit_uniform(engine, n, dtype)
    if dtype == np.float64:
        return _fma64(x, float(high) - float(low), float(low))
    lo, hi = np.float32(low), np.float32(high)
    return _avx_mathfun.fma(x, hi - lo, lo).astype(dtype)


def _box_muller_16_f32(data, mean, std):
    """ATen's ``normal_fill_16_AVX2`` over consecutive 16-sample blocks, in place."""
    blocks = data.reshape(-1, 16)
    radius = np.sqrt(np.float32(-2) * _avx_mathfun.log(np.float32(1) - blocks[:, :8]))
    sin, cos = _avx_mathfun.sincos(np.float32(2.0 * math.pi) * blocks[:, 8:])
    mean, std = np.float32(mean), np.float32(std)
    blocks[:, :8] = _avx_mathfun.fma(radius * cos, std, mean)
    blocks[:, 8:] = _avx_mathfun.fma(radius * sin, std, mean)


def _box_muller_16_f64(data, mean, std):
    """ATen's scalar ``normal_fill_16`` for doubles, in place."""
    blocks = data.reshape(-1, 16)
    u1 = (1.0 - blocks[:, :8]).ravel()
    u2 = blocks[:, 8:].ravel()
    radius = np.sqrt(-2.0 * _libm(math.log, u1))
    theta = 2.0 * math.pi * u2
    shape = blocks[:, :8].shape
    blocks[:, :8] = _fma64(radius * _libm(math.cos, theta), std, mean).reshape(shape)
    blocks[:, 8:] = _fma64(radius * _libm(math.sin, theta), std, mean).reshape(shape)


def _normal_fill(engine, n, dtype, mean, std):
    """ATen's vectorised path (16 or more contiguous samples): uniforms, then Box–Muller."""
    fill = _box_muller_16_f64 if dtype == np.float64 else _box_muller_16_f32
    data = unit_uniform(engine, n, dtype)
    whole = n - n % 16
    fill(data[:whole], mean, std)
    if n % 16:
        tail = unit_uniform(engine, 16, dtype)
        fill(tail, mean, std)
        data[n - 16:] = tail
    return data


def _normal_fill_half(engine, n, mean, std):
    """torch's float16 path: float32 blocks for the whole 16s only, then a fresh last block."""
    whole = n - n % 16
    data = unit_uniform(engine, whole, np.float32)
    _box_muller_16_f32(data, mean, std)
    if n % 16:
        tail = unit_uniform(engine, 16, np.float32)
        _box_muller_16_f32(tail, mean, std)
        data = np.concatenate([data[:n - 16], tail])
    return data.astype(np.float16)


def _normal_serial(engine, n, mean, std):
    """``normal_distribution<double>`` per sample: a cached sample first, then Box–Muller pairs
    (cos, then the sin, which is cached when ``n`` ends mid-pair)."""
    head = []
    if n and engine.next_double_normal is not None:
        head, engine.next_double_normal = [engine.next_double_normal], None
    pairs = (n - len(head) + 1) // 2
    u = unit_uniform(engine, 2 * pairs, np.float64)
    r = np.sqrt(-2.0 * _libm(math.log1p, -u[1::2]))
    theta = 2.0 * math.pi * u[0::2]
    z = np.empty(2 * pairs)
    z[0::2] = r * _libm(math.cos, theta)
    z[1::2] = r * _libm(math.sin, theta)
    if (n - len(head)) % 2:
        engine.next_double_normal = float(z[-1])
    out = np.concatenate([np.array(head, np.float64), z[:n - len(head)]])
    return _fma64(out, std, mean)


def normal(engine, n, dtype, mean, std, contiguous=True):
    """``normal_(mean, std)`` as torch picks its path: by size, contiguity and dtype."""
    if n >= 16 and contiguous:
        if dtype == np.float16:
            return _normal_fill_half(engine, n, mean, std)
        return _normal_fill(engine, n, dtype, mean, std)
    return _normal_serial(engine, n, mean, std).astype(dtype)


def random_from_to(engine, n, low, high):
    """``random_(low, high)``: a word modulo the range plus ``low`` (64-bit words past 2**32)."""
    span = high - low
    words = engine.random64(n) if span >= 2 ** 32 else engine.random(n)
    return ((words % np.uint64(span)).astype(np.int64) + np.int64(low))


def random_full(engine, n, dtype):
    """``random_()`` without bounds: [0, max] for integers, [0, 2**digits] for floats."""
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return (engine.random(n) & np.uint64(1)).astype(np.bool_)
    if dtype.kind == "f":
        digits = {8: 53, 4: 24, 2: 11}[dtype.itemsize]
        words = engine.random64(n) if digits == 53 else engine.random(n)
        return (words % np.uint64((1 << digits) + 1)).astype(dtype)
    words = engine.random64(n) if dtype == np.int64 else engine.random(n)
    return (words % np.uint64(int(np.iinfo(dtype).max) + 1)).astype(dtype)


def randperm(engine, n):
    """ATen's ``randperm_cpu``: swap position i with i + random() % (n - i), for i < n - 1."""
    perm = list(range(n))
    if n > 1:
        words = engine.random(n - 1).tolist()
        for i, w in enumerate(words):
            j = i + w % (n - i)
            perm[i], perm[j] = perm[j], perm[i]
    return np.array(perm, np.int64)


def bernoulli(engine, probs):
    """1 where a uniform draw is below p: double draws for double or scalar p, float otherwise."""
    probs = np.asarray(probs)
    draw_dtype = np.float32 if probs.dtype in (np.float32, np.float16) else np.float64
    u = unit_uniform(engine, probs.size, draw_dtype).reshape(probs.shape)
    return u < probs


def exponential(engine, n, lambd):
    """``exponential_(lambd)``: ``-1 / lambd * log1p(-u)`` with double uniforms."""
    u = unit_uniform(engine, n, np.float64)
    return (-1.0 / lambd) * _libm(math.log1p, -u)


def multinomial(engine, rows, num_samples, replacement):
    """Category draws per row: Gumbel-style ``argmax(p / Exp(1))`` without replacement (or for one
    sample), else a binary search of each uniform in the normalised cumulative sum, as ATen."""
    dtype = rows.dtype
    if not replacement or num_samples == 1:
        q = exponential(engine, rows.size, 1.0).astype(dtype).reshape(rows.shape)
        keys = rows / q
        return np.argsort(-keys, axis=-1, kind="stable")[:, :num_samples]
    out = np.empty((rows.shape[0], num_samples), np.int64)
    for i, row in enumerate(rows):
        cum = np.cumsum(row, dtype=dtype)
        total = cum[-1]
        if total > 0:
            cum = cum / total
        u = unit_uniform(engine, num_samples, np.float64)
        out[i] = np.searchsorted(cum.astype(np.float64), u, side="left")
    return out


def cauchy(engine, n, median, sigma):
    """``cauchy_(median, sigma)``: ``median + sigma * tan(pi * (u - 0.5))`` in double, fused."""
    u = unit_uniform(engine, n, np.float64)
    return _fma64(np.float64(sigma), _libm(math.tan, math.pi * (u - 0.5)), median)


def log_normal(engine, n, mean, std):
    """``log_normal_(mean, std)``: exp of ``normal_distribution<double>`` samples."""
    return _libm(math.exp, _normal_serial(engine, n, mean, std))


def geometric(engine, n, p):
    """``geometric_(p)``: ``ceil(log(u) / log(1 - p))`` in double."""
    u = unit_uniform(engine, n, np.float64)
    return np.ceil(_libm(math.log, u) / math.log(1.0 - p))
