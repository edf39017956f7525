"""Anomaly detection: remember where each node was created and check backward outputs for NaN."""

import threading
import warnings


class _AnomalyState(threading.local):
    enabled = False
    check_nan = True


state = _AnomalyState()


def is_anomaly_enabled():
    """Return True if anomaly detection is on in this thread."""
    return state.enabled


def is_anomaly_check_nan_enabled():
    """Return True if backward outputs are checked for NaN."""
    return state.check_nan


def _warn_enabled():
    warnings.warn("Anomaly Detection has been enabled. This mode will increase the runtime and "
                  "should only be enabled for debugging.", UserWarning, stacklevel=3)


class detect_anomaly:
    """Context manager/decorator: name the forward call of a failing or NaN-producing node."""

    def __init__(self, check_nan=True):
        self.check_nan = check_nan
        _warn_enabled()

    def __enter__(self):
        self.prev = (state.enabled, state.check_nan)
        state.enabled, state.check_nan = True, self.check_nan

    def __exit__(self, *exc):
        state.enabled, state.check_nan = self.prev

    def __call__(self, fn):
        def wrapper(*args, **kwargs):
            with self.__class__(self.check_nan):
                return fn(*args, **kwargs)
        return wrapper


class set_detect_anomaly:
    """Turn anomaly detection on or off; takes effect at once and also works as a context."""

    def __init__(self, mode, check_nan=True):
        self.prev = (state.enabled, state.check_nan)
        state.enabled, state.check_nan = bool(mode), bool(check_nan)

    def __enter__(self):
        pass

    def __exit__(self, *exc):
        state.enabled, state.check_nan = self.prev
