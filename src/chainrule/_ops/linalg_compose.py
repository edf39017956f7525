"""torch.linalg functions that torch itself composes from other ops: matmul, multi_dot (mm
chain in torch's cheapest order, then a view), diagonal and vecdot."""

from .linalg import matmul, mm
from .reduction import sum
from .shape import unsqueeze
from .shape_more import diagonal as _diagonal

_C_NAMES = {"float32": "float", "float64": "double", "float16": "c10::Half"}

__all__ = ["diagonal", "matmul", "multi_dot", "vecdot"]


def diagonal(A, *, offset=0, dim1=-2, dim2=-1):
    """The diagonals of the matrices in ``A`` (torch.diagonal with matrix defaults)."""
    return _diagonal(A, offset, dim1, dim2)


def vecdot(x, y, *, dim=-1):
    """Dot products of conj(x) and y along ``dim``, broadcasting the other dims."""
    return sum((x.conj() if x.is_complex() else x) * y, dim)


def multi_dot(tensors):
    """The product of a chain of matrices (the first and last may be vectors), multiplied in
    the order that needs the fewest scalar products, ties broken as torch breaks them."""
    tensors = list(tensors)
    n = len(tensors)
    if n < 2:
        raise RuntimeError(f"multi_dot(): expected at least 2 tensors but got {n}")
    _check_ranks(tensors)
    out_shape = []
    if tensors[0].ndim == 1:
        tensors[0] = unsqueeze(tensors[0], 0)
    else:
        out_shape.append(tensors[0].shape[0])
    if tensors[-1].ndim == 1:
        tensors[-1] = unsqueeze(tensors[-1], -1)
    else:
        out_shape.append(tensors[-1].shape[1])
    _check_chain(tensors)
    if n == 2:
        result = mm(tensors[0], tensors[1])
    elif n == 3:
        a, b, c, d = (tensors[0].shape[0], tensors[1].shape[0], tensors[2].shape[0],
                      tensors[2].shape[1])
        if (a * c) * (b + d) > (b * d) * (a + c):
            result = mm(tensors[0], mm(tensors[1], tensors[2]))
        else:
            result = mm(mm(tensors[0], tensors[1]), tensors[2])
    else:
        result = _chain(tensors, _order(tensors), 0, n - 1)
    return result.view(tuple(out_shape))


def _check_ranks(tensors):
    first, last = tensors[0], tensors[-1]
    if first.ndim not in (1, 2):
        raise RuntimeError(f"multi_dot(): the first tensor must be 1D or 2D but got {first.ndim}D")
    for i, t in enumerate(tensors[1:-1], 1):
        if t.ndim != 2:
            raise RuntimeError(f"multi_dot(): tensor {i} must be 2D but got {t.ndim}D")
    if last.ndim not in (1, 2):
        raise RuntimeError(f"multi_dot(): the last tensor must be 1D or 2D but got {last.ndim}D")
    for i, t in enumerate(tensors[1:], 1):
        if t.dtype != first.dtype:
            names = [_C_NAMES.get(d.name, d.name) for d in (first.dtype, t.dtype)]
            raise RuntimeError(f"multi_dot(): all tensors must have be the same dtype but tensor "
                               f"0 is {names[0]} and tensor {i} {names[1]}")


def _check_chain(tensors):
    for i, (a, b) in enumerate(zip(tensors, tensors[1:])):
        if a.shape[1] != b.shape[0]:
            raise RuntimeError(f"multi_dot(): tensors {i} and {i + 1} with shapes "
                               f"{list(a.shape)} and {list(b.shape)} cannot be multiplied")


def _order(tensors):
    """Split points of the cheapest parenthesisation (the classic matrix-chain table)."""
    n = len(tensors)
    p = [t.shape[0] for t in tensors] + [tensors[-1].shape[1]]
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for span in range(1, n):
        for i in range(n - span):
            j = i + span
            cost[i][j] = None
            for k in range(i, j):
                q = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1]
                if cost[i][j] is None or q < cost[i][j]:
                    cost[i][j] = q
                    split[i][j] = k
    return split


def _chain(tensors, split, i, j):
    if i == j:
        return tensors[i]
    k = split[i][j]
    return mm(_chain(tensors, split, i, k), _chain(tensors, split, k + 1, j))

