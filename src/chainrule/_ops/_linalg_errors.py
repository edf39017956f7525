"""torch.linalg's error texts: LinAlgError, the failing pivot or minor, non-float inputs."""

import numpy as np

from .._tensor import _SCALAR_NAMES


class _LinAlgError(RuntimeError):
    """Raised when a factorization fails (torch.linalg.LinAlgError, a RuntimeError)."""


_LinAlgError.__module__ = "torch._C"


def check_floating(A, name):
    """torch refuses integer and bool matrices before looking at shapes."""
    if A.dtype.name not in ("float16", "float32", "float64", "complex64", "complex128"):
        raise RuntimeError(f"linalg.{name}: Expected a floating point or complex tensor as "
                           f"input. Got {_SCALAR_NAMES[A.dtype.name]}")


def _first_zero_pivot(a):
    """1-based index of the first exactly-zero pivot of LU with partial pivoting (LAPACK getrf)."""
    u = np.array(a)
    n = u.shape[0]
    for k in range(n):
        p = k + int(np.argmax(np.abs(u[k:, k])))
        if u[p, k] == 0:
            return k + 1
        u[[k, p]] = u[[p, k]]
        u[k + 1:, k:] -= np.outer(u[k + 1:, k] / u[k, k], u[k, k:])
    return n


def _batched(A, find):
    """Run ``find`` on each matrix until one fails; torch names the batch element first."""
    arr = A._data
    mats = arr.reshape((-1,) + arr.shape[-2:])
    for b, m in enumerate(mats):
        k = find(m)
        if k is not None:
            return (f"(Batch element {b}): " if arr.ndim > 2 else ""), k
    return "", None


def singular_error(A, name):
    """torch's LinAlgError for a singular matrix passed to inv (the pivot that vanished)."""
    def find(m):
        try:
            np.linalg.inv(m)
            return None
        except np.linalg.LinAlgError:
            return _first_zero_pivot(m)
    prefix, k = _batched(A, find)
    return _LinAlgError(
        f"linalg.{name}: {prefix}The diagonal element {k} is zero, the inversion could not be "
        "completed because the input matrix is singular.")


def cholesky_error(A):
    """torch's LinAlgError naming the first leading minor that is not positive-definite."""
    def find(m):
        for k in range(1, m.shape[0] + 1):
            try:
                np.linalg.cholesky(m[:k, :k])
            except np.linalg.LinAlgError:
                return k
        return None
    prefix, k = _batched(A, find)
    return _LinAlgError(
        f"linalg.cholesky: {prefix}The factorization could not be completed because the input is "
        f"not positive-definite (the leading minor of order {k} is not positive-definite).")
