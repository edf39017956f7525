"""Fused first-order paths for hot backward rules: one NumPy expression instead of 2-4 ops.

A rule that runs while nothing records (grad mode off, no forward-mode duals or vmap batches)
computes a constant, so it may skip the op table. Each function here evaluates the same NumPy
calls, in the same order, as its composite (so values are bit-identical) and falls back to the
composite in chainrule ops whenever a graph could be built: ``create_graph`` still records
torch's node names (``MulBackward0``, ``CosBackward0``), and every higher order still works.
"""

import numpy as np

from .._tensor import Tensor
from ..autograd.forward_ad import state as _fw_state
from ..autograd.grad_mode import state as _grad_state
from . import pointwise as _pw
from ._quiet import call as _quiet_call

_SCALARS = (int, float)


def _arrays(*tensors):
    """The tensors' arrays when a fused path may run: nothing records, one float dtype."""
    if _grad_state.enabled or _fw_state.active:
        return None
    first = tensors[0]
    if not isinstance(first, Tensor):
        return None
    dtype = first._data.dtype
    if dtype.kind != "f" or type(first._data) is not np.ndarray:
        return None
    for t in tensors[1:]:
        if not isinstance(t, Tensor) or t._data.dtype is not dtype:
            return None
    return [t._data for t in tensors]


def _wrap(out):
    return Tensor._make(out if type(out) is np.ndarray else np.asarray(out))


def sin_backward(grad, input):
    """grad * cos(input)."""
    arrays = _arrays(grad, input)
    if arrays is None:
        return grad * _pw.conj_in_rule(_pw.cos(input))
    g, x = arrays
    return _wrap(_quiet_call(lambda: g * np.cos(x)))


def cos_backward(grad, input):
    """grad * -sin(input)."""
    arrays = _arrays(grad, input)
    if arrays is None:
        return grad * _pw.neg(_pw.conj_in_rule(_pw.sin(input)))
    g, x = arrays
    return _wrap(_quiet_call(lambda: g * np.negative(np.sin(x))))


def pow_backward(grad, input, exponent):
    """grad * (exponent * input ** (exponent - 1)) for a Python-number exponent other than 0."""
    arrays = _arrays(grad, input) if type(exponent) in _SCALARS else None
    if arrays is None:
        return grad * _pw.conj_in_rule(exponent * input ** (exponent - 1))
    g, x = arrays
    return _wrap(_quiet_call(lambda: g * np.multiply(_pw._pow_forward(np, x, exponent - 1),
                                                     exponent)))


def div_backward_other(grad, input, other):
    """-grad * ((input / other) / other), the gradient of input / other for other."""
    arrays = _arrays(grad, input, other)
    if arrays is None:
        return _pw.neg(grad) * _pw.conj_in_rule((input / other) / other)
    g, x, y = arrays
    return _wrap(_quiet_call(lambda: np.negative(g) * ((x / y) / y)))


def mm_arrays(xp, a, b):
    """a @ b for 2-D arrays as torch's kernels sign zeros: an inner size of 1 between two
    non-vectors is an outer product (a zero product keeps its sign); otherwise BLAS sums from
    +0, so no -0.0."""
    if a.shape[-1] == 1 and a.shape[0] > 1 and b.shape[-1] > 1:
        return a * b
    out = xp.matmul(a, b)
    if out.dtype.kind == "f":
        out += 0.0  # in place: -0.0 + 0.0 is +0.0, every other value is unchanged
    return out


def mm_input_backward(grad, mat2):
    """grad @ mat2ᵀ, the gradient of mm and addmm for their first matrix."""
    arrays = _arrays(grad, mat2)
    if arrays is None:
        from .linalg import mm  # here, not at the top: linalg and shape import this module
        from .shape import transpose
        return mm(grad, _pw.conj_in_rule(transpose(mat2, 0, 1)))
    g, m = arrays
    return _wrap(mm_arrays(np, g, np.swapaxes(m, 0, 1)))


def mm_mat2_backward(grad, mat1, mat2_shape, mat2_strides):
    """mat1ᵀ @ grad; for a transposed mat2 (nn.Linear's weight.t()) as (gradᵀ @ mat1)ᵀ, so the
    gradient has mat2's layout and the leaf keeps it without a copy (torch's mm_mat2_backward)."""
    transposed = mat2_strides[0] == 1 and mat2_strides[1] == mat2_shape[0]
    arrays = _arrays(grad, mat1)
    if arrays is None:
        from .linalg import mm
        from .shape import t, transpose
        mat1 = _pw.conj_in_rule(mat1)
        return t(mm(t(grad), mat1)) if transposed else mm(transpose(mat1, 0, 1), grad)
    g, m = arrays
    if transposed:
        return _wrap(mm_arrays(np, g.T, m).T)
    return _wrap(mm_arrays(np, np.swapaxes(m, 0, 1), g))


def t_backward(grad):
    """t(grad), the gradient of t: a plain transposed array when nothing records."""
    arrays = _arrays(grad)
    if arrays is None:
        from .shape import t
        return t(grad)
    return _wrap(arrays[0].T)


def transpose_backward(grad, dim0, dim1):
    """transpose(grad, dim0, dim1), the gradient of transpose."""
    arrays = _arrays(grad)
    if arrays is None or not arrays[0].ndim:
        from .shape import transpose
        return transpose(grad, dim0, dim1)
    return _wrap(np.swapaxes(arrays[0], dim0, dim1))
