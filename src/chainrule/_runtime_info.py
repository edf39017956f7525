"""Small torch-level queries and switches: threads, determinism, dtype predicates and casts."""

import os

from . import _dtype

_settings = {"threads": os.cpu_count() or 1, "deterministic": False}


def get_num_threads():
    """Return the intra-op thread count setting (NumPy's BLAS decides the real one)."""
    return _settings["threads"]


def set_num_threads(int):
    """Record the intra-op thread count; kept for code that sets it, NumPy ignores it."""
    _settings["threads"] = int


def use_deterministic_algorithms(mode, *, warn_only=False):
    """Record the flag; every chainrule kernel is deterministic already."""
    _settings["deterministic"] = bool(mode)


def are_deterministic_algorithms_enabled():
    """Return the flag set by ``use_deterministic_algorithms``."""
    return _settings["deterministic"]


def is_complex(input):
    """Return True if ``input`` has a complex dtype."""
    return input.dtype.is_complex


def is_nonzero(input):
    """Return the truth value of a one-element tensor (torch's ``bool(t)`` check)."""
    return bool(input)


def result_type(tensor, other):
    """Return the dtype that an arithmetic op on ``tensor`` and ``other`` would produce."""
    return _dtype.result_type((tensor, other))


def _category(d):
    return 3 if d.is_complex else 2 if d.is_floating_point else 0 if d.name == "bool" else 1


def can_cast(from_, to):
    """Return True unless the cast lowers the kind (complex > float > integer > bool)."""
    return _category(from_) <= _category(to)
