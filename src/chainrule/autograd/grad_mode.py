"""Grad-mode switches: no_grad, enable_grad, set_grad_enabled, inference_mode (thread-local)."""

import functools
import threading

from .. import _tensor
from .._object_repr import torch_object_repr


class _GradState(threading.local):
    enabled = True
    inference = False


state = _GradState()


def is_grad_enabled():
    """Return True if operations are being recorded for autograd in this thread."""
    return state.enabled


def is_inference_mode_enabled():
    """Return True inside an ``inference_mode`` block."""
    return state.inference


class _GradModeContext:
    """Base for grad-mode context managers that also work as decorators."""

    __repr__ = torch_object_repr

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with self.clone():
                return fn(*args, **kwargs)
        return wrapper

    def clone(self):
        return self.__class__()


class _BareDecoratorContext(_GradModeContext):
    """A grad-mode context that also decorates without parentheses: ``@no_grad``."""

    def __new__(cls, orig_func=None):
        if orig_func is None:
            return super().__new__(cls)
        return cls()(orig_func)


class no_grad(_BareDecoratorContext):
    """Disable gradient recording inside the block: results do not require grad.

    >>> x = chainrule.tensor([1.], requires_grad=True)
    >>> with chainrule.no_grad():
    ...     y = x * 2
    >>> y.requires_grad
    False
    """

    def __enter__(self):
        self.prev = state.enabled
        state.enabled = False

    def __exit__(self, *exc):
        state.enabled = self.prev


class enable_grad(_BareDecoratorContext):
    """Re-enable gradient recording inside a ``no_grad`` block."""

    def __enter__(self):
        self.prev = state.enabled
        state.enabled = True

    def __exit__(self, *exc):
        state.enabled = self.prev


class set_grad_enabled(_GradModeContext):
    """Set grad mode to ``mode``; takes effect at once, and also works as a context manager."""

    def __init__(self, mode):
        if not isinstance(mode, bool):
            raise TypeError("set_grad_enabled(): argument 'enabled' (position 1) must be bool, "
                            f"not {type(mode).__name__}")
        self.prev = state.enabled
        self.mode = mode
        state.enabled = self.mode

    def __repr__(self):
        return f"torch.autograd.grad_mode.set_grad_enabled(mode={self.mode})"

    def __enter__(self):
        pass

    def __exit__(self, *exc):
        state.enabled = self.prev

    def __call__(self, fn):
        state.enabled = self.prev  # as a decorator it must not switch the mode at definition
        return super().__call__(fn)

    def clone(self):
        return self.__class__(self.mode)


class inference_mode(_GradModeContext):
    """Like ``no_grad``; tensors made inside are inference tensors (``is_inference()``)."""

    def __new__(cls, mode=True):
        if isinstance(mode, bool):
            return super().__new__(cls)
        return cls()(mode)  # bare ``@inference_mode``: mode is the decorated function

    def __init__(self, mode=True):
        self.mode = mode

    def __enter__(self):
        self.prev = (state.enabled, state.inference)
        if self.mode:
            state.enabled, state.inference = False, True
            _tensor._inference_made = True  # from now on, recording checks for them
        _tensor._inference_on = state.inference

    def __exit__(self, *exc):
        state.enabled, state.inference = self.prev
        _tensor._inference_on = state.inference

    def clone(self):
        return self.__class__(self.mode)
