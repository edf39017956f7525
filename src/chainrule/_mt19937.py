"""torch's CPU random engine: a 32-bit Mersenne Twister with ATen's seeding and saved-state layout.

NumPy's ``MT19937`` with legacy seeding produces the same 32-bit words as ATen's ``at::mt19937``, so
the engine wraps it and adds what ATen keeps beside it: the 64-bit seed and the cached second
Box–Muller sample. ``get_state`` writes ATen's 5056-byte ``CPUGeneratorImplState`` exactly.
"""

import struct

import numpy as np

STATE_SIZE = 5056
_N = 624
_HEAD = struct.Struct("<QiiQ")  # the_initial_seed, left, seeded, next
_TAIL = struct.Struct("<dddi4xf?3x")  # normal_x, normal_y, normal_rho, normal_is_valid, float cache


def _seeded_words(seed):
    """NumPy's MT19937 seeded as ``at::mt19937(seed)`` (ATen keeps only the low 32 bits)."""
    bits = np.random.MT19937()
    bits._legacy_seeding(seed & 0xFFFFFFFF)
    return bits


class Engine:
    """The generator state: Mersenne Twister words, the seed, and the cached normal sample."""

    __slots__ = ("seed", "bits", "next_double_normal", "next_float_normal")

    def __init__(self, seed):
        self.manual_seed(seed)

    def manual_seed(self, seed):
        """Restart the stream from ``seed`` and drop any cached normal sample, as ATen does."""
        self.seed = int(seed) % 2 ** 64
        self.bits = _seeded_words(self.seed)
        self.next_double_normal = None
        self.next_float_normal = None

    def random(self, n):
        """``n`` 32-bit words (as uint64), ATen's ``random()`` drawn ``n`` times."""
        return self.bits.random_raw(n)

    def random64(self, n):
        """``n`` 64-bit words from pairs of 32-bit words (first one high), ATen's ``random64()``."""
        w = self.bits.random_raw(2 * n)
        return (w[0::2] << np.uint64(32)) | w[1::2]

    def get_state(self):
        """ATen's ``CPUGeneratorImplState`` bytes as a uint8 array."""
        state = self.bits.state["state"]
        key, pos = state["key"], int(state["pos"])
        fresh = pos == _N and np.array_equal(key, _seeded_words(self.seed).state["state"]["key"])
        head = _HEAD.pack(self.seed, _N + 1 - pos, 1, 0 if fresh else pos)
        double, flt = self.next_double_normal, self.next_float_normal
        tail = _TAIL.pack(0.0, double or 0.0, 0.0, double is not None, flt or 0.0, flt is not None)
        raw = head + key.astype("<u8").tobytes() + tail
        return np.frombuffer(raw, dtype=np.uint8).copy()

    def set_state(self, raw):
        """Restore from ``get_state`` bytes (uint8 array); raises torch's errors for bad input."""
        if raw.size != STATE_SIZE:
            raise RuntimeError(f"Expected a CPUGeneratorImplState of size {STATE_SIZE} but found "
                               f"the input RNG state size to be {raw.size}")
        raw = np.ascontiguousarray(raw).tobytes()
        seed, left, seeded, nxt = _HEAD.unpack_from(raw, 0)
        if not seeded or not 0 < left <= _N or nxt > _N:
            raise RuntimeError("Invalid mt19937 state")
        key = np.frombuffer(raw, "<u8", _N, _HEAD.size).astype(np.uint32)
        _, normal_y, _, normal_valid, flt, flt_valid = _TAIL.unpack_from(raw, _HEAD.size + 8 * _N)
        bits = np.random.MT19937()
        bits.state = {"bit_generator": "MT19937", "state": {"key": key, "pos": _N + 1 - left}}
        self.seed, self.bits = seed, bits
        self.next_double_normal = normal_y if normal_valid else None
        self.next_float_normal = flt if flt_valid else None
