"""autocast: the context torch uses for mixed precision. chainrule computes in the tensors'
own dtypes, so it supports the disabled context (what torch falls back to without a GPU) and
refuses an enabled one rather than silently computing in full precision."""

import functools
import warnings

from .. import cuda


def is_autocast_available(device_type):
    """Whether autocast knows ``device_type`` (torch: cpu, cuda and a few accelerators)."""
    return device_type in ("cpu", "cuda")


def is_autocast_enabled(device_type="cuda"):
    """True inside an enabled autocast region for ``device_type`` (never, here)."""
    return False


class autocast:
    """``with torch.autocast(device_type, dtype=None, enabled=True):`` region."""

    def __init__(self, device_type, dtype=None, enabled=True, cache_enabled=None):
        if not isinstance(device_type, str):
            raise ValueError(f"Expected `device_type` of type `str`, got: `{type(device_type)}`")
        self.device = device_type
        self.fast_dtype = dtype
        self._enabled = enabled
        if device_type == "cuda" and enabled and not cuda.is_available():
            warnings.warn("CUDA is not available or torch_xla is imported. Disabling autocast.",
                          UserWarning, stacklevel=2)
            self._enabled = False
        if self._enabled:
            raise NotImplementedError(
                f"autocast on {device_type!r}: chainrule has no reduced-precision kernels to "
                "autocast to; run in full precision (enabled=False)")

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        return False

    def __call__(self, func):
        @functools.wraps(func)
        def decorated(*args, **kwargs):
            with self:
                return func(*args, **kwargs)
        return decorated
