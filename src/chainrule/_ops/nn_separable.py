"""Separable linear maps over the trailing dims (one matrix per dim) under torch's node names.

Linear/bilinear/trilinear upsampling and adaptive average pooling are such maps, so each is one
op with its own ``<Name>Backward0`` node, as torch records them; the backward applies the
transposed matrices and is itself linear, so every order of derivative stays exact.
"""

import functools

import numpy as np

from ._registry import defop


def _apply(x, mats, transpose):
    """Contract each of the last ``len(mats)`` dims of ``x`` with its matrix (or transpose)."""
    first = x.ndim - len(mats)
    for i, m in enumerate(mats):
        m = m.T if transpose else m
        x = np.moveaxis(np.tensordot(m.astype(x.dtype, copy=False), x, ([1], [first + i])), 0,
                        first + i)
    return np.ascontiguousarray(x)


def _forward(xp, input, mats, divisor):
    out = _apply(input, mats, False)
    return out if divisor is None else out / divisor.astype(out.dtype, copy=False)


def _backward_forward(xp, grad, mats, divisor):
    if divisor is not None:
        grad = grad / divisor.astype(grad.dtype, copy=False)
    return _apply(grad, mats, True)


_backward = defop(
    "separable_linear_backward", _backward_forward,
    node="SeparableLinearBackwardBackward0", inputs=("grad",),
    vjp={"grad": lambda grad, mats, divisor: _forward_op(grad, mats, divisor)})
_OPS = {}


def _forward_op(x, mats, divisor, node="SeparableLinearBackward0"):
    if node not in _OPS:
        _OPS[node] = defop(
            "separable_" + node, _forward, node=node,
            vjp={"input": lambda grad, mats, divisor: _backward.apply((grad,), (mats, divisor))})
    return _OPS[node].apply((x,), (mats, divisor))


def separable_linear(input, mats, node, divisor=None):
    """``input`` with each trailing dim mapped by its matrix in ``mats``, then divided by
    ``divisor`` (broadcast over the result; torch sums a window before dividing by its size)."""
    return _forward_op(input, tuple(mats), divisor, node)


def separable_linear_backward(grad, mats):
    """``grad`` through the transposed matrices: the backward of any separable linear map."""
    return _backward.apply((grad,), (tuple(mats), None))


def interpolation_matrix(left, right, weight, in_size):
    """The (out, in) matrix blending ``left``/``right`` source cells with weight ``weight``."""
    m = np.zeros((len(left), in_size), weight.dtype)
    rows = np.arange(len(left))
    np.add.at(m, (rows, left), 1 - weight)
    np.add.at(m, (rows, right), weight)
    return m


def _window_sums(in_size, out_size):
    """The (out, in) 0/1 matrix summing torch's adaptive windows, and each window's size."""
    m = np.zeros((out_size, in_size))
    for i in range(out_size):
        lo, hi = (i * in_size) // out_size, -((-(i + 1) * in_size) // out_size)
        m[i, lo:hi] = 1
    return m, m.sum(axis=1)


def adaptive_avg_pool(input, sizes):
    """Average the last ``len(sizes)`` dims over torch's adaptive windows, as one op."""
    mats, counts = zip(*(_window_sums(n, o) for n, o in zip(input.shape[-len(sizes):], sizes)))
    divisor = functools.reduce(np.multiply, np.ix_(*counts))  # each output cell's window size
    return separable_linear(input, mats, f"AdaptiveAvgPool{len(sizes)}DBackward0", divisor)
