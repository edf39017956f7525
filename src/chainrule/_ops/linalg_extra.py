"""torch.linalg's matrix_exp (differentiable: torch's block-matrix backward), cholesky_ex, and
lu_factor / lu_factor_ex / lu_solve (forward only in chainrule)."""

import numpy as np

from .._tensor import Tensor
from ..autograd.grad_mode import state as grad_state
from ._linalg_errors import _LinAlgError, check_floating, cholesky_error
from ._registry import NONE, defop
from .linalg_more import _cholesky, _mH, _named, _square
from .shape import cat, narrow

_TAYLOR_TERMS = 18  # with ||A|| / 2^s < 1/2 the remainder is below float64 rounding


def _matrix_exp_forward(xp, A):
    """exp(A) by scaling and squaring a Taylor series, in double precision (single-precision
    inputs are rounded once at the end); batched over leading dims."""
    dtype = A.dtype
    A = A.astype(xp.promote_types(dtype, xp.float64))
    norm = xp.abs(A).sum(-2).max(-1) if A.size else xp.zeros(A.shape[:-2])
    s = int(max(0, np.ceil(np.log2(max(float(norm.max(initial=0)), 1e-300) * 2)) + 1))
    X = A / (2.0 ** s)
    term = xp.broadcast_to(xp.eye(A.shape[-1], dtype=A.dtype), A.shape).copy()
    out = term.copy()
    for k in range(1, _TAYLOR_TERMS + 1):
        term = term @ X / k
        out = out + term
    for _ in range(s):
        out = out @ out
    return out.astype(dtype, copy=False)


def _frechet(A, E):
    """The derivative of exp at ``A`` in direction ``E``: the top-right block of
    exp([[A, E], [0, A]]) (torch's differential_analytic_matrix_function)."""
    n = A.shape[-1]
    top = cat([A, E], -1)
    bottom = cat([A * 0, A], -1)
    return narrow(narrow(matrix_exp(cat([top, bottom], -2)), -2, 0, n), -1, n, n)


_matrix_exp = defop("linalg_matrix_exp", _matrix_exp_forward, node="LinalgMatrixExpBackward0",
                    inputs=("A",), vjp={"A": lambda grad, A: _frechet(_mH(A), grad)})


def matrix_exp(A):
    """Return the matrix exponential of square matrices (a batch of them).

    >>> chainrule.linalg.matrix_exp(chainrule.zeros(2, 2))
    tensor([[1., 0.],
            [0., 1.]])
    """
    check_floating(A, "matrix_exp")
    if A.ndim < 2 or A.shape[-1] != A.shape[-2]:
        raise RuntimeError("linalg.matrix_exp: A must be batches of square matrices, but they are "
                           f"{A.shape[-2] if A.ndim > 1 else A.shape[-1]} by {A.shape[-1]} "
                           "matrices")
    return _matrix_exp.apply((A,), ())


_CholeskyEx = _named("linalg_cholesky_ex", ("L", "info"))
_LuFactor = _named("linalg_lu_factor", ("LU", "pivots"))
_LuFactorEx = _named("linalg_lu_factor_ex", ("LU", "pivots", "info"))


def _partial_cholesky(a):
    """LAPACK potf2 on one matrix: the lower factor up to the first non-positive pivot, which is
    left in place (with the untouched lower entries after it), and that pivot's 1-based index."""
    L = np.tril(a)
    n = a.shape[0]
    for j in range(n):
        ajj = L[j, j] - L[j, :j] @ L[j, :j]
        if not ajj > 0:
            L[j, j] = ajj
            return L, j + 1
        L[j, j] = np.sqrt(ajj)
        L[j + 1:, j] = (L[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L, 0


def cholesky_ex(A, *, upper=False, check_errors=False, out=None):
    """Return (L, info): the Cholesky factor and 0, or for a matrix that is not
    positive-definite the order of the failing leading minor (and a partial factor)."""
    _square(A, "cholesky_ex")
    try:
        L = _cholesky.apply((A,), (upper,))
        return _CholeskyEx(L, Tensor._make(np.zeros(A.shape[:-2], np.int32)))
    except np.linalg.LinAlgError:
        if check_errors:
            err = cholesky_error(A)
            raise _LinAlgError(
                str(err).replace("linalg.cholesky:", "linalg.cholesky_ex:")) from None
    a = A._data.reshape((-1,) + A.shape[-2:])
    parts = [_partial_cholesky(m) for m in a]
    L = np.stack([p[0] for p in parts]).reshape(A.shape)
    info = np.array([p[1] for p in parts], np.int32).reshape(A.shape[:-2])
    return _CholeskyEx(Tensor._make(np.swapaxes(L, -1, -2) if upper else L), Tensor._make(info))


def _lu_one(a):
    """LU with partial pivoting of one (m, n) matrix, as LAPACK getrf: packed LU, 1-based
    pivots, info (1-based index of the first zero pivot, or 0)."""
    lu = np.array(a)
    m, n = lu.shape
    k = min(m, n)
    pivots = np.zeros(k, np.int32)
    info = 0
    for j in range(k):
        p = j + int(np.argmax(np.abs(lu[j:, j])))
        pivots[j] = p + 1
        if lu[p, j] == 0:
            info = info or j + 1
            continue
        if p != j:
            lu[[j, p]] = lu[[p, j]]
        lu[j + 1:, j] /= lu[j, j]
        lu[j + 1:, j + 1:] -= np.outer(lu[j + 1:, j], lu[j, j + 1:])
    return lu, pivots, info


def _lu_factor_forward(xp, A):
    """(LU, pivots, info) of each matrix of a batch."""
    a = np.asarray(A).reshape((-1,) + A.shape[-2:])
    parts = [_lu_one(m) for m in a]
    k = min(A.shape[-2:])
    LU = np.stack([p[0] for p in parts]).reshape(A.shape) if parts else np.array(A)
    pivots = np.stack([p[1] for p in parts]).reshape(A.shape[:-2] + (k,)) if parts else \
        np.zeros(A.shape[:-2] + (k,), np.int32)
    info = np.array([p[2] for p in parts], np.int32).reshape(A.shape[:-2])
    return xp.asarray(LU), xp.asarray(pivots), xp.asarray(info)


def _lu_factor_rule(grads, A, result, result1):
    """Square A = P L U: gA = P L⁻ᴴ (tril(Lᴴ G, -1) + triu(G Uᴴ)) U⁻ᴴ, with G the packed
    gradient (its strict lower part is L's, the rest U's)."""
    from .._creation import eye
    from .linalg_triangular import solve_triangular
    from .shape_more import tril, triu
    G = grads[0]
    if G is None:
        return None
    n = A.shape[-1]
    if A.shape[-2] != n:
        raise RuntimeError("chainrule: linalg.lu_factor is differentiable only for square "
                           "matrices")
    L = tril(result, -1) + eye(n, dtype=result.dtype)
    U = triu(result)
    phi = tril(_mH(L) @ G, -1) + triu(G @ _mH(U))
    X = solve_triangular(_mH(L), phi, upper=True, unitriangular=True)
    Y = solve_triangular(_mH(U), X, upper=False, left=False)
    piv = result1.numpy().reshape((-1, n))  # constant: the row swaps
    P = np.stack([np.eye(n)[:, _permutation(p, n)] for p in piv]).reshape(
        tuple(A.shape[:-2]) + (n, n))
    return Tensor._make(P.astype(Y.dtype.np)) @ Y


_lu_factor = defop("linalg_lu_factor_ex", _lu_factor_forward, node="LinalgLuFactorExBackward0",
                   inputs=("A",), outputs=3, differentiable_outputs=(True, False, False),
                   vjp={"A": _lu_factor_rule})


def lu_factor_ex(A, *, pivot=True, check_errors=False, out=None):
    """Return (LU, pivots, info): the packed LU factorisation with partial pivoting;
    differentiable for square matrices (LinalgLuFactorExBackward0)."""
    check_floating(A, "lu_factor_ex")
    if not pivot:
        raise RuntimeError("linalg.lu_factor: LU without pivoting is not implemented on the CPU")
    return _LuFactorEx(*_lu_factor.apply((A,), ()))


def lu_factor(A, *, pivot=True, out=None):
    """Return (LU, pivots); a zero pivot raises torch's error."""
    LU, pivots, info = lu_factor_ex(A, pivot=pivot)
    bad = info._data.reshape(-1)
    if bad.any():
        i = int(bad[bad > 0][0])  # torch prints LAPACK's 1-based info
        batch = f"(Batch element {int(np.flatnonzero(bad)[0])}): " if A.ndim > 2 else ""
        raise RuntimeError(
            f"torch.linalg.lu_factor: {batch}U[{i},{i}] is zero and using it on lu_solve would "
            "result in a division by zero. If you still want to perform the factorization, "
            "consider calling linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)")
    return _LuFactor(LU, pivots)


def _permutation(pivots, n):
    """Row order P^T applied by LAPACK's pivots (1-based successive swaps)."""
    order = np.arange(n)
    for j, p in enumerate(pivots):
        order[[j, p - 1]] = order[[p - 1, j]]
    return order


def _lu_solve_forward(xp, LU, B, pivots, left, adjoint):
    """X with A X = B (A X = B, X A = B or Aᴴ X = B), A rebuilt as P L U per batch element."""
    n = LU.shape[-1]
    batch = np.broadcast_shapes(LU.shape[:-2], pivots.shape[:-1], B.shape[:-2])
    lu = np.broadcast_to(LU, batch + LU.shape[-2:])
    piv = np.broadcast_to(pivots, batch + pivots.shape[-1:])
    b = np.broadcast_to(B, batch + B.shape[-2:])
    out = np.empty(batch + B.shape[-2:], np.result_type(lu, b))
    for idx in np.ndindex(*batch):
        L = np.tril(lu[idx], -1) + np.eye(n, dtype=lu.dtype)
        P = np.eye(n, dtype=lu.dtype)[:, _permutation(piv[idx], n)]  # A = P L U
        A = P @ L @ np.triu(lu[idx])
        if adjoint:
            A = A.conj().T
        out[idx] = np.linalg.solve(A, b[idx]) if left else np.linalg.solve(A.T, b[idx].T).T
    return xp.asarray(out)


def _lu_solve_rule(grad, LU, B, result, pivots, left, adjoint, needs):
    """For A X = B with A = P L U: gB = A⁻ᴴ G = P L⁻ᴴ U⁻ᴴ G, and LU's packed gradient
    tril(-(Pᵀ gB) Xᴴ Uᴴ, -1) + triu(-Lᴴ Pᵀ gB Xᴴ); written in differentiable ops."""
    from .._creation import eye
    from .linalg_triangular import solve_triangular
    from .shape_more import tril, triu
    if not left or adjoint:
        raise RuntimeError("chainrule: linalg.lu_solve is differentiable only with left=True "
                           "and adjoint=False")
    n = LU.shape[-1]
    piv = pivots._data  # integer row swaps: no gradient
    P = np.stack([np.eye(n)[:, _permutation(p, n)] for p in piv.reshape((-1, n))])
    P = Tensor._make(P.reshape(piv.shape[:-1] + (n, n)).astype(LU.dtype.np))  # the row swaps
    L = tril(LU, -1) + eye(n, dtype=LU.dtype)
    U = triu(LU)
    pt_gb = solve_triangular(_mH(L), solve_triangular(_mH(U), grad, upper=False), upper=True,
                             unitriangular=True)
    grad_lu = None
    if needs[0]:
        grad_lu = tril(-pt_gb @ _mH(result) @ _mH(U), -1) + triu(-_mH(L) @ pt_gb @ _mH(result))
    return grad_lu, (P @ pt_gb if needs[1] else None), None


_lu_solve = defop("linalg_lu_solve", _lu_solve_forward, node="LinalgLuSolveBackward0",
                  inputs=("LU", "B", "pivots"), vjp=_lu_solve_rule, promote=NONE)


def lu_solve(LU, pivots, B, *, left=True, adjoint=False, out=None):
    """Solve A X = B (or X A = B, or with Aᴴ) from ``lu_factor``'s output; differentiable in
    LU and B for ``left=True, adjoint=False``."""
    return _lu_solve.apply((LU, B, pivots), (left, adjoint))


def _householder_forward(xp, input, tau):
    """Q = H_1 … H_k applied to the first n columns of I, H_i = I - tau_i v_i v_iᴴ."""
    m, n = input.shape[-2:]
    V = xp.tril(input, -1) + xp.eye(m, n, dtype=input.dtype)
    Q = xp.broadcast_to(xp.eye(m, n, dtype=input.dtype), input.shape).copy()
    for i in reversed(range(tau.shape[-1])):
        v = V[..., :, i:i + 1]
        Q = Q - tau[..., i, None, None] * (v @ (xp.conj(xp.swapaxes(v, -1, -2)) @ Q))
    return Q


def _householder_vjp(grad, input, tau, needs):
    """Real case: with Q = P_i H_i S_i, the cotangent of H_i is P_iᵀ G S_iᵀ, which gives
    tau_i's (-vᵀ G_i v) and v_i's (-tau_i (G_i + G_iᵀ) v) gradients."""
    from .._creation import eye, zeros_like
    from .shape import stack
    from .shape_more import tril
    m, n = input.shape[-2:]
    k = tau.shape[-1]
    V = tril(input, -1) + eye(m, n, dtype=input.dtype)
    vs = [narrow(V, -1, i, 1) for i in range(k)]
    taus = [narrow(tau, -1, i, 1).unsqueeze(-1) for i in range(k)]
    H = [eye(m, dtype=input.dtype) - t * (v @ v.mT) for t, v in zip(taus, vs)]
    prefix = [eye(m, dtype=input.dtype)]
    for h in H[:-1]:
        prefix.append(prefix[-1] @ h)
    suffix = [eye(m, n, dtype=input.dtype)]
    for h in reversed(H[1:]):
        suffix.insert(0, h @ suffix[0])
    g_tau, g_v = [], []
    for i in range(k):
        G = prefix[i].mT @ grad @ suffix[i].mT
        g_tau.append(-(vs[i].mT @ G @ vs[i])[..., 0, 0])
        g_v.append(-taus[i] * ((G + G.mT) @ vs[i]))
    grad_input = grad_tau = None
    if needs[0]:
        cols = g_v + [zeros_like(vs[0])] * (n - k)
        grad_input = tril(cat(cols, -1), -1)
    if needs[1]:
        grad_tau = stack(g_tau, -1)
    return grad_input, grad_tau


_householder = defop("linalg_householder_product", _householder_forward,
                     node="LinalgHouseholderProductBackward0", inputs=("input", "tau"),
                     vjp=_householder_vjp)


def householder_product(input, tau, *, out=None):
    """Return the first n columns of the product of Householder reflectors (LAPACK orgqr).

    Gradients are implemented for real inputs only.
    """
    name = "torch.linalg.householder_product"
    if input.ndim < 2:
        raise RuntimeError(f"{name}: input must have at least 2 dimensions.")
    if input.shape[-2] < input.shape[-1]:
        raise RuntimeError(f"{name}: input.shape[-2] must be greater than or equal to "
                           "input.shape[-1]")
    if input.shape[-1] < tau.shape[-1]:
        raise RuntimeError(f"{name}: input.shape[-1] must be greater than or equal to "
                           "tau.shape[-1]")
    if tuple(tau.shape[:-1]) != tuple(input.shape[:-2]):
        raise RuntimeError(f"{name}: Expected batch dimensions of tau to be equal to "
                           f"input.shape[:-2], but got [{', '.join(map(str, tau.shape[:-1]))}]")
    if input.is_complex() and grad_state.enabled and (input.requires_grad or tau.requires_grad):
        raise RuntimeError("chainrule: linalg.householder_product has no complex gradient yet")
    return _householder.apply((input, tau), ())
