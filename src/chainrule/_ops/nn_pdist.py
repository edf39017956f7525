"""pdist: the p-norm distances between all pairs of rows, upper triangle in row-major order."""

import numpy as np

from .._tensor import Tensor
from ._registry import defop
from .compat_distance import p_norm_derivative, p_norms


def _pairs(n):
    """Row pairs (i < j) in torch's order, as int64 index arrays."""
    i, j = np.triu_indices(n, 1)
    return i.astype(np.int64), j.astype(np.int64)


def _pdist_forward(xp, input, p):
    i, j = _pairs(input.shape[0])
    return p_norms(xp, xp.abs(input[i] - input[j]), p)


def _pdist_rule(grad, input, result, p):
    """Each pair's d dist / d diff (zero where the distance is zero, as torch), added to the
    first row of the pair and subtracted from the second."""
    if p == 0:
        return input * 0
    i, j = (Tensor._make(a) for a in _pairs(input.shape[0]))
    d = p_norm_derivative(input.index_select(0, i) - input.index_select(0, j),
                          result.unsqueeze(-1), p)
    pair = grad.unsqueeze(-1) * d
    zeros = input * 0
    return zeros.index_add(0, i, pair).index_add(0, j, -pair)


_pdist = defop("_pdist_forward", _pdist_forward, node="PdistBackward0",
               vjp={"input": _pdist_rule})


def pdist(input, p=2):
    """Return the p-norm distance between every pair of rows of a 2-D ``input`` (i < j).

    >>> import chainrule
    >>> pdist(chainrule.tensor([[0., 0.], [3., 4.], [6., 8.]]))
    tensor([ 5., 10.,  5.])
    """
    if input.ndim != 2:
        raise RuntimeError(f"pdist only supports 2D tensors, got: {input.ndim}D")
    if p < 0:
        raise RuntimeError("pdist only supports non-negative p values")
    return _pdist.apply((input,), (float(p),))
