"""Legacy torch.* linear algebra: the deprecated forms that still run (cholesky,
cholesky_inverse, triangular_solve, lu, lu_unpack) with torch's warnings and nodes, the removed
ones (matrix_rank, symeig, eig, solve, lstsq) with torch's errors, and torch.linalg's inv_ex,
solve_ex, lu, vander, tensorinv and tensorsolve."""

import math
import warnings

import numpy as np

from ._creation import ones, zeros
from ._ops._linalg_errors import cholesky_error
from ._ops._registry import defop
from ._ops.linalg import matmul
from ._ops.linalg_extra import lu_factor_ex
from ._ops.linalg_more import _cholesky_forward, _cholesky_rule, _mH, _named, _square
from ._ops.linalg_more import inv as _inv
from ._ops.linalg_more import solve as _solve
from ._ops.reduction_more import cumprod
from ._ops.shape import cat
from ._ops.shape_more import diag_embed, tril, triu
from ._tensor import Tensor

_REMOVED = "This function was deprecated since version 1.9 and is now removed."
_REMOVED_MESSAGES = {
    "matrix_rank": _REMOVED + "\nPlease use the `torch.linalg.matrix_rank` function instead. "
    "The parameter 'symmetric' was renamed in `torch.linalg.matrix_rank()` to 'hermitian'.",
    "symeig": _REMOVED + " The default behavior has changed from using the upper triangular "
    "portion of the matrix by default to using the lower triangular portion.\n\nL, _ = "
    "torch.symeig(A, upper=upper) should be replaced with:\nL = torch.linalg.eigvalsh(A, "
    "UPLO='U' if upper else 'L')\n\nand\n\nL, V = torch.symeig(A, eigenvectors=True) should be "
    "replaced with:\nL, V = torch.linalg.eigh(A, UPLO='U' if upper else 'L')",
    "eig": _REMOVED + " `torch.linalg.eig` returns complex tensors of dtype `cfloat` or "
    "`cdouble` rather than real tensors mimicking complex tensors.\n\nL, _ = torch.eig(A) "
    "should be replaced with:\nL_complex = torch.linalg.eigvals(A)\n\nand\n\nL, V = "
    "torch.eig(A, eigenvectors=True) should be replaced with:\nL_complex, V_complex = "
    "torch.linalg.eig(A)",
    "solve": _REMOVED + " `torch.solve` is deprecated in favor of `torch.linalg.solve`. "
    "`torch.linalg.solve` has its arguments reversed and does not return the LU factorization."
    "\n\nTo get the LU factorization see `torch.lu`, which can be used with `torch.lu_solve` or "
    "`torch.lu_unpack`.\nX = torch.solve(B, A).solution should be replaced with:\nX = "
    "torch.linalg.solve(A, B)",
    "lstsq": _REMOVED + " `torch.lstsq` is deprecated in favor of `torch.linalg.lstsq`.\n"
    "`torch.linalg.lstsq` has reversed arguments and does not return the QR decomposition in "
    "the returned tuple (although it returns other information about the problem).\n\nTo get "
    "the QR decomposition consider using `torch.linalg.qr`.\n\nThe returned solution in "
    "`torch.lstsq` stored the residuals of the solution in the last m - n columns of the "
    "returned value whenever m > n. In torch.linalg.lstsq, the residuals are in the field "
    "'residuals' of the returned named tuple.\n\nThe unpacking of the solution, as in\nX, _ = "
    "torch.lstsq(B, A).solution[:A.size(1)]\nshould be replaced with:\nX = "
    "torch.linalg.lstsq(A, B).solution",
}


def _removed(name):
    """A function torch 2.x keeps only to raise its removal message."""
    def fn(*args, **kwargs):
        raise RuntimeError(_REMOVED_MESSAGES[name])
    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"Raise torch's error: torch.{name} was removed in 1.9's successor releases."
    return fn


matrix_rank, symeig, eig, solve, lstsq = (_removed(n) for n in _REMOVED_MESSAGES)

_CHOLESKY_WARNING = (
    "torch.cholesky is deprecated in favor of torch.linalg.cholesky and will be removed in a "
    "future PyTorch release.\nL = torch.cholesky(A)\nshould be replaced with\nL = "
    "torch.linalg.cholesky(A)\nand\nU = torch.cholesky(A, upper=True)\nshould be replaced with\n"
    "U = torch.linalg.cholesky(A).mH\nThis transform will produce equivalent results for all "
    "valid (symmetric positive definite) inputs. (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:1765.)")
_TRIANGULAR_WARNING = (
    "torch.triangular_solve is deprecated in favor of torch.linalg.solve_triangularand will be "
    "removed in a future PyTorch release.\ntorch.linalg.solve_triangular has its arguments "
    "reversed and does not return a copy of one of the inputs.\nX = torch.triangular_solve(B, "
    "A).solution\nshould be replaced with\nX = torch.linalg.solve_triangular(A, B). (Triggered "
    "internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2273.)")
_LU_WARNING = (
    "torch.lu is deprecated in favor of torch.linalg.lu_factor / torch.linalg.lu_factor_ex and "
    "will be removed in a future PyTorch release.\nLU, pivots = torch.lu(A, compute_pivots)\n"
    "should be replaced with\nLU, pivots = torch.linalg.lu_factor(A, compute_pivots)\nand\nLU, "
    "pivots, info = torch.lu(A, compute_pivots, get_infos=True)\nshould be replaced with\nLU, "
    "pivots, info = torch.linalg.lu_factor_ex(A, compute_pivots) (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2073.)")
_warned = set()


def _warn_once(message):
    """torch's TORCH_WARN_ONCE: the first call in a process warns."""
    if message not in _warned:
        _warned.add(message)
        warnings.warn(message, UserWarning, stacklevel=3)


_cholesky = defop("cholesky", _cholesky_forward, node="CholeskyBackward0",
                  vjp={"input": lambda grad, result, upper: _cholesky_rule(grad, result, upper)})


def cholesky(input, upper=False, *, out=None):
    """Deprecated torch.cholesky: the Cholesky factor (lower, or upper when asked)."""
    _warn_once(_CHOLESKY_WARNING)
    _square(input, "cholesky")
    try:
        return _cholesky.apply((input,), (upper,))
    except np.linalg.LinAlgError:
        raise cholesky_error(input) from None


def _cholesky_inverse_forward(xp, input, upper):
    factor = xp.conj(xp.swapaxes(input, -1, -2))
    return xp.linalg.inv(factor @ input if upper else input @ factor)


def _cholesky_inverse_rule(grad, input, result, upper):
    """-(A^-1 (G + G^H) A^-1) L, or -U (...) for an upper factor (torch's formula)."""
    common = matmul(matmul(result, grad + _mH(grad)), result)
    return -matmul(input, common) if upper else -matmul(common, input)


_cholesky_inverse = defop("cholesky_inverse", _cholesky_inverse_forward,
                          node="CholeskyInverseBackward0",
                          vjp={"input": _cholesky_inverse_rule})


def cholesky_inverse(input, upper=False, *, out=None):
    """Return the inverse of A from its Cholesky factor (A = L L^H, or U^H U when upper)."""
    _square(input, "cholesky_inverse")
    return _cholesky_inverse.apply((input,), (upper,))


def _triangle(A, upper, unitriangular):
    """The triangle of A the solver reads (a unit diagonal when ``unitriangular``)."""
    M = triu(A) if upper else tril(A)
    if unitriangular:
        M = (triu(A, 1) if upper else tril(A, -1)) + diag_embed(ones(A.shape[:-1], dtype=A.dtype))
    return M


def _triangular_forward(xp, input, A, upper, transpose, unitriangular):
    M = xp.triu(A) if upper else xp.tril(A)
    if unitriangular:
        M = M - M * xp.eye(A.shape[-1], dtype=A.dtype) + xp.eye(A.shape[-1], dtype=A.dtype)
    op = xp.swapaxes(M, -1, -2) if transpose else M
    return xp.linalg.solve(op, input), A.copy()


def _triangular_rule(grads, result, A, upper, transpose, unitriangular, needs):
    """gB = op(M)^-H gX; gA = the solver's triangle of -gB X^H (transposed back), plus the
    cloned coefficient's gradient."""
    g_x, g_clone = grads
    g_b = g_a = None
    if g_x is not None:
        M = _triangle(A, upper, unitriangular)
        op = _mH(M) if transpose else M
        g_b = _solve(_mH(op), g_x)
        if needs[1]:
            g_op = -matmul(g_b, _mH(result))
            g_m = _mH(g_op) if transpose else g_op
            g_a = triu(g_m, int(unitriangular)) if upper else tril(g_m, -int(unitriangular))
    if needs[1] and g_clone is not None:
        g_a = g_clone if g_a is None else g_a + g_clone
    return g_b if needs[0] else None, g_a


_triangular = defop("triangular_solve", _triangular_forward, node="TriangularSolveBackward0",
                    inputs=("input", "A"), outputs=2, vjp=_triangular_rule)
_TriangularSolve = _named("triangular_solve", ("solution", "cloned_coefficient"))


def triangular_solve(input, A, upper=True, transpose=False, unitriangular=False, *, out=None):
    """Deprecated: solve op(A) X = input for triangular A; returns (solution, copy of A)."""
    _warn_once(_TRIANGULAR_WARNING)
    return _TriangularSolve(*_triangular.apply((input, A), (upper, transpose, unitriangular)))


_LuWithInfo = _named("_lu_with_info", ("LU", "pivots", "info"))


def lu(A, pivot=True, get_infos=False, out=None):
    """Deprecated torch.lu: (LU, pivots), plus info when ``get_infos``."""
    _warn_once(_LU_WARNING)
    LU, pivots, info = lu_factor_ex(A, pivot=pivot)
    return _LuWithInfo(LU, pivots, info) if get_infos else (LU, pivots)


def _permutation(xp, pivots, m, dtype):
    """P with A = P L U from LAPACK's 1-based row swaps."""
    piv = np.asarray(pivots).reshape(-1, pivots.shape[-1]) - 1
    out = np.zeros((piv.shape[0], m, m), dtype)
    for b, row in enumerate(piv):
        perm = np.arange(m)
        for i, p in enumerate(row):
            perm[[i, p]] = perm[[p, i]]
        out[b, perm, np.arange(m)] = 1
    return xp.asarray(out.reshape(tuple(pivots.shape[:-1]) + (m, m)))


def _lu_unpack_forward(xp, LU_data, pivots, unpack_pivots):
    m, n = LU_data.shape[-2:]
    k = min(m, n)
    L = xp.tril(LU_data[..., :, :k], -1) + xp.eye(m, k, dtype=LU_data.dtype)
    U = xp.triu(LU_data[..., :k, :])
    P = (_permutation(xp, pivots, m, LU_data.dtype) if unpack_pivots
         else xp.zeros((0,), LU_data.dtype))
    return P, L, U


def _lu_unpack_rule(grads, LU_data_shape, needs):
    """The LU matrix's gradient: L's strict lower part and U's upper part, placed back."""
    _, g_l, g_u = grads
    m, n = LU_data_shape[-2:]
    k = min(m, n)
    parts = []
    if g_l is not None:
        g = tril(g_l, -1)
        parts.append(g if k == n else cat([g, zeros(tuple(LU_data_shape[:-1]) + (n - k,),
                                                    dtype=g.dtype)], -1))
    if g_u is not None:
        g = triu(g_u)
        parts.append(g if k == m else cat([g, zeros(tuple(LU_data_shape[:-2]) + (m - k, n),
                                                    dtype=g.dtype)], -2))
    return (parts[0] if len(parts) == 1 else parts[0] + parts[1]) if parts else None


_lu_unpack = defop("lu_unpack", _lu_unpack_forward, node="LuUnpackBackward0",
                   inputs=("LU_data",), outputs=3, differentiable_outputs=(False, True, True),
                   vjp=_lu_unpack_rule)
_LuUnpack = _named("lu_unpack", ("P", "L", "U"))


def lu_unpack(LU_data, LU_pivots, unpack_data=True, unpack_pivots=True, *, out=None):
    """Unpack torch.linalg.lu_factor's output into P, L, U with A = P L U."""
    P, L, U = _lu_unpack.apply((LU_data,), (LU_pivots._data, unpack_pivots))
    if not unpack_data:
        L = U = zeros(0, dtype=LU_data.dtype)
    return _LuUnpack(P, L, U)


_LinalgLu = _named("linalg_lu", ("P", "L", "U"))
_InvEx = _named("linalg_inv_ex", ("inverse", "info"))
_SolveEx = _named("linalg_solve_ex", ("result", "info"))


def linalg_lu(A, *, pivot=True, out=None):
    """torch.linalg.lu: P, L, U with A = P L U (from lu_factor, so not differentiable yet)."""
    LU, pivots, _ = lu_factor_ex(A, pivot=pivot)
    return _LinalgLu(*lu_unpack(LU, pivots))


def _info(A):
    """LAPACK getrf's info per matrix: 0, or the 1-based index of the first zero pivot."""
    from ._creation import tensor
    a = np.asarray(A._data, dtype=np.result_type(A._data.dtype, np.float64))
    rank = np.linalg.matrix_rank(a.reshape((-1,) + a.shape[-2:])) if a.size else np.zeros(0)
    info = np.where(rank < a.shape[-1], rank + 1, 0).astype(np.int32)
    return tensor(info.reshape(a.shape[:-2]) if a.ndim > 2 else info.reshape(()))


def inv_ex(A, *, check_errors=False, out=None):
    """Return (inverse, info); a singular matrix raises only when ``check_errors``, else its
    inverse is NaN (torch returns LAPACK's partial, meaningless values there)."""
    info = _info(A)
    if not check_errors and bool(info.ne(0).any()):
        return _InvEx(A * math.nan, info)
    try:
        return _InvEx(_inv(A), info)
    except RuntimeError as e:
        raise type(e)(str(e).replace("linalg.inv:", "linalg.inv_ex:")) from None


def solve_ex(A, B, *, left=True, check_errors=False, out=None):
    """Return (solution, info) of A X = B (X A = B when ``left=False``)."""
    info = _info(A)
    if not check_errors and bool(info.ne(0).any()):
        return _SolveEx(B * math.nan, info)
    return _SolveEx(_solve(A, B, left=left), info)


def vander(x, N=None):
    """Return the Vandermonde matrix with increasing powers x^0, x^1, ..., x^(N-1)."""
    n = x.shape[-1] if N is None else N
    if n <= 1:
        raise RuntimeError("N must be greater than 1.")
    first = ones(tuple(x.shape) + (1,), dtype=x.dtype)
    return cat([first, cumprod(x.unsqueeze(-1).expand(*x.shape, n - 1), -1)], -1)


def tensorinv(A, ind=2, *, out=None):
    """Return the tensor inverse of A for tensordot over its first ``ind`` dims."""
    if ind <= 0:
        raise RuntimeError(f"Expected a strictly positive integer for 'ind', but got {ind}")
    rows, cols = tuple(A.shape[:ind]), tuple(A.shape[ind:])
    return _inv(A.reshape(math.prod(rows), math.prod(cols))).reshape(*cols, *rows)


def tensorsolve(A, B, dims=None, *, out=None):
    """Return X with tensordot(A, X, X.ndim) = B."""
    if dims is not None:
        dims = [d % A.ndim for d in dims]
        keep = [d for d in range(A.ndim) if d not in dims]
        A = A.permute(*keep, *dims)
    rest = tuple(A.shape[B.ndim:])
    if math.prod(rest) != B.numel():
        raise RuntimeError(
            "Expected self to satisfy the requirement prod(self.shape[other.ndim:]) == "
            f"prod(self.shape[:other.ndim]), but got {math.prod(rest)} != {B.numel()}")
    return _solve(A.reshape(B.numel(), math.prod(rest)), B.reshape(-1)).reshape(rest)


Tensor.cholesky = cholesky
Tensor.cholesky_inverse = cholesky_inverse
Tensor.triangular_solve = triangular_solve
Tensor.lu = lu
for _name in ("symeig", "eig", "solve", "lstsq"):
    setattr(Tensor, _name, _removed(_name))
