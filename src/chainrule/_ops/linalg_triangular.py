"""Triangular solves: linalg.solve_triangular and cholesky_solve, with torch's node names and
derivatives (the solve's gradient is another solve with the transposed factor)."""

from ._registry import defop

METHODS = ("cholesky_solve",)


def _triangle(xp, A, upper, unitriangular):
    """The triangle of ``A`` the solve reads (unit diagonal if ``unitriangular``)."""
    T = xp.triu(A) if upper else xp.tril(A)
    if unitriangular:
        eye = xp.eye(A.shape[-1], dtype=A.dtype)
        T = T * (1 - eye) + eye
    return T


def _solve_tri_forward(xp, A, B, upper, left, unitriangular):
    T = _triangle(xp, A, upper, unitriangular)
    if left:
        return xp.linalg.solve(T, B)
    return xp.swapaxes(xp.linalg.solve(xp.swapaxes(T, -1, -2), xp.swapaxes(B, -1, -2)), -1, -2)


def _solve_tri_rule(grad, A, result, upper, left, unitriangular, needs):
    g_b = solve_triangular(A.mT, grad, upper=not upper, left=left, unitriangular=unitriangular)
    g_a = None
    if needs[0]:
        g_a = -(g_b @ result.mT) if left else -(result.mT @ g_b)
        g_a = g_a.triu(1 if unitriangular else 0) if upper else g_a.tril(-1 if unitriangular
                                                                            else 0)
    return g_a, g_b if needs[1] else None


_solve_triangular = defop("linalg_solve_triangular", _solve_tri_forward,
                          node="LinalgSolveTriangularBackward0", inputs=("A", "B"),
                          vjp=_solve_tri_rule)


def solve_triangular(A, B, *, upper, left=True, unitriangular=False, out=None):
    """Solve ``A X = B`` (or ``X A = B`` when ``left=False``) for triangular ``A``."""
    if A.ndim < 2 or A.shape[-1] != A.shape[-2]:
        raise RuntimeError("linalg.solve_triangular: The input tensor A must have at least 2 "
                           "dimensions.")
    if B.ndim < 2:
        raise RuntimeError("linalg.solve_triangular: The input tensor B must have at least 2 "
                           "dimensions.")
    result = _solve_triangular.apply((A, B), (upper, left, unitriangular))
    if out is not None:
        out.copy_(result)
        return out
    return result


def _cholesky_solve_forward(xp, B, L, upper):
    T = xp.triu(L) if upper else xp.tril(L)
    Tt = xp.swapaxes(T, -1, -2)
    first, second = (Tt, T) if upper else (T, Tt)
    return xp.linalg.solve(second, xp.linalg.solve(first, B))


def _cholesky_solve_rule(grad, L, result, upper, needs):
    g_b = cholesky_solve(grad, L, upper)
    g_l = None
    if needs[1]:
        common = g_b @ result.mT
        common = common + common.mT
        g_l = -(L @ common) if upper else -(common @ L)
    return g_b if needs[0] else None, g_l


_cholesky_solve = defop("cholesky_solve", _cholesky_solve_forward, node="CholeskySolveBackward0",
                        inputs=("B", "L"), vjp=_cholesky_solve_rule)


def cholesky_solve(B, L, upper=False, *, out=None):
    """Solve ``A X = B`` given the Cholesky factor ``L`` of ``A`` (``A = L Lᵀ``, or ``Uᵀ U``)."""
    result = _cholesky_solve.apply((B, L), (upper,))
    if out is not None:
        out.copy_(result)
        return out
    return result
