"""torch.backends flags that user code sets or reads; chainrule keeps them as plain settings."""

import types

from .._backend import cupy_backend


def _flags(doc, **attrs):
    """A namespace standing in for one torch.backends submodule."""
    ns = types.SimpleNamespace(**attrs)
    ns.__doc__ = doc
    return ns


cudnn = _flags("cuDNN switches (no cuDNN here).", enabled=True, deterministic=False,
               benchmark=False, allow_tf32=True, is_available=lambda: False,
               version=lambda: None)
mps = _flags("Apple MPS (never present here).", is_available=lambda: False,
             is_built=lambda: False)
cuda = _flags("CUDA matmul switches.", matmul=_flags("TF32/fp16 switches.", allow_tf32=False),
              is_built=cupy_backend.is_available)
mkldnn = _flags("oneDNN (NumPy stands in).", enabled=True, is_available=lambda: True)
openmp = _flags("OpenMP (NumPy stands in).", is_available=lambda: True)
