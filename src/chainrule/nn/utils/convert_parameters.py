"""Flatten parameters into one vector and write a vector back into parameters."""

from ..._ops.shape import cat, reshape
from ...autograd.grad_mode import no_grad


def parameters_to_vector(parameters):
    """Return one 1-D tensor holding every parameter, flattened and concatenated."""
    return cat([reshape(p, (-1,)) for p in parameters])


def vector_to_parameters(vec, parameters):
    """Copy consecutive slices of ``vec`` into the parameters (in place)."""
    offset = 0
    with no_grad():
        for p in parameters:
            n = p.numel()
            p.copy_(reshape(vec[offset:offset + n], tuple(p.shape)))
            offset += n
