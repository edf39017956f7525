"""renorm: rescale each slice along ``dim`` whose p-norm exceeds ``maxnorm`` down to it, as one
op (RenormBackward0) with torch's renorm_backward written in chainrule ops."""

import math

import numpy as np

from .._dtype import float32, float64
from .._tensor import _SCALAR_NAMES
from ._registry import defop
from .pointwise import abs, sgn_in_rule, where
from .reduction import sum, vector_norm

_EPS = 1e-7


def _others(ndim, dim):
    return tuple(k for k in range(ndim) if k != dim)


def _forward(xp, input, p, dim, maxnorm):
    axes = _others(input.ndim, dim)
    with np.errstate(over="ignore", invalid="ignore"):
        if math.isinf(p):
            norm = xp.max(xp.abs(input), axis=axes, keepdims=True)
        else:
            norm = xp.sum(xp.abs(input) ** p, axis=axes, keepdims=True) ** (1 / p)
    factor = xp.where(norm > maxnorm, maxnorm / (norm + _EPS), 1)
    return (input * factor).astype(input.dtype, copy=False)


def _norm_backward(grad, input, p, norm, axes):
    """Gradient of the keepdim p-norm over ``axes`` for an incoming ``grad`` (torch's)."""
    if math.isinf(p):
        mask = abs(input) == norm
        return sgn_in_rule(input) * (grad / sum(mask, axes, keepdim=True)) * mask
    if p == 1:
        return sgn_in_rule(input) * grad
    scale = input if p == 2 else input * abs(input) ** (p - 2)
    return where(norm == 0, 0, scale * grad / (norm if p == 2 else norm ** (p - 1)))


def _rule(grad, input, p, dim, maxnorm):
    axes = _others(input.ndim, dim)
    norm = vector_norm(input, p, axes, keepdim=True)
    nb = _norm_backward(sum(input * grad, axes, keepdim=True), input, p, norm, axes)
    invnorm = 1 / (norm + _EPS)
    factor = invnorm * maxnorm
    return where(norm > maxnorm, factor * grad - (factor * invnorm) * nb, grad)


_renorm = defop("renorm", _forward, node="RenormBackward0", vjp={"input": _rule})


def renorm(input, p, dim, maxnorm, *, out=None):
    """Return ``input`` with every slice along ``dim`` of p-norm above ``maxnorm`` scaled to it."""
    if p <= 0:
        raise RuntimeError("renorm: non-positive-norm not supported")
    if maxnorm < 0:
        raise RuntimeError(f"renorm: expected maxnorm to be >= 0 but got {maxnorm:g}")
    if input.ndim <= 1:
        raise RuntimeError(f"renorm: input needs at least 2 dimensions, got {input.ndim} "
                           "dimensions")
    if not -input.ndim <= dim < input.ndim:
        raise IndexError(f"Dimension out of range (expected to be in range of "
                         f"[{-input.ndim}, {input.ndim - 1}], but got {dim})")
    if input.dtype not in (float32, float64):
        raise RuntimeError("linalg.vector_norm: Expected a floating point or complex tensor as "
                           f"input. Got {_SCALAR_NAMES[input.dtype.name]}")
    return _renorm.apply((input,), (p, dim % input.ndim, maxnorm))


METHODS = ("renorm",)
