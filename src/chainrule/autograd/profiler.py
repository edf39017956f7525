"""torch.autograd.profiler: the legacy names of chainrule.profiler's profiler and ranges."""

import contextlib

from ..profiler import EventList, FunctionEvent, FunctionEventAvg, profile, record_function

__all__ = ["EventList", "FunctionEvent", "FunctionEventAvg", "emit_itt", "emit_nvtx", "profile",
           "record_function"]


@contextlib.contextmanager
def emit_nvtx(enabled=True, record_shapes=False):
    """Run the block; chainrule has no NVTX ranges to emit."""
    yield


@contextlib.contextmanager
def emit_itt(enabled=True, record_shapes=False):
    """Run the block; chainrule has no ITT ranges to emit."""
    yield
