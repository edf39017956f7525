"""rand_like, randn_like, randint_like: random tensors shaped (and by default typed) like input."""

from .random import rand, randint, randn


def rand_like(input, *, dtype=None, layout=None, device=None, requires_grad=False,
              memory_format=None):
    """Return uniform [0, 1) samples with ``input``'s shape and dtype."""
    return rand(tuple(input.shape), dtype=dtype or input.dtype, requires_grad=requires_grad)


def randn_like(input, *, dtype=None, layout=None, device=None, requires_grad=False,
               memory_format=None):
    """Return standard normal samples with ``input``'s shape and dtype."""
    return randn(tuple(input.shape), dtype=dtype or input.dtype, requires_grad=requires_grad)


def randint_like(input, low=0, high=None, *, dtype=None, layout=None, device=None,
                 requires_grad=False, memory_format=None):
    """Return integers in [low, high) shaped and typed like ``input`` (one bound: [0, low))."""
    if high is None:
        low, high = 0, low
    return randint(low, high, tuple(input.shape), dtype=dtype or input.dtype,
                   requires_grad=requires_grad)
