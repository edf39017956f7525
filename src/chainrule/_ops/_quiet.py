"""Run NumPy calls with floating-point warnings off, as torch returns inf/nan silently.

``np.errstate`` costs about 1 µs per use, more than a 0-d ufunc; swapping NumPy's error-state
context variable to a state made once costs a third of that and leaves the user's state alone.
"""

import numpy as np

try:
    from numpy._core._ufunc_config import _extobj_contextvar as _state
except ImportError:  # a NumPy without the context variable: fall back to np.errstate
    _state = None

if _state is not None:
    with np.errstate(all="ignore"):
        QUIET = _state.get()
    enter, leave = _state.set, _state.reset
else:  # the slower global switch; QUIET is then unused
    QUIET = None

    def enter(_):
        """Turn NumPy's floating-point warnings off; return the state to restore."""
        return np.seterr(all="ignore")

    def leave(old):
        np.seterr(**old)


def call(fn, *args):
    """Return ``fn(*args)`` computed with NumPy's floating-point warnings off."""
    if _state is None:
        with np.errstate(all="ignore"):
            return fn(*args)
    token = _state.set(QUIET)
    try:
        return fn(*args)
    finally:
        _state.reset(token)


def with_quiet(fn):
    """Wrap ``fn`` so that it runs with NumPy's floating-point warnings off (once: an already
    wrapped ``fn`` is returned as it is)."""
    if getattr(fn, "_quiet", False):
        return fn
    if _state is None:
        def quiet(*args):
            with np.errstate(all="ignore"):
                return fn(*args)
    else:
        set_state, reset_state = _state.set, _state.reset

        def quiet(*args):
            token = set_state(QUIET)
            try:
                return fn(*args)
            finally:
                reset_state(token)
    quiet._quiet = True
    quiet.raw = fn  # for callers that set the quiet state themselves (Op.apply)
    return quiet
