"""More linear algebra: tensordot/inner/einsum (decomposed into bmm and views, as torch),
vdot, baddbmm, cross, and torch.linalg's inv, det, slogdet, solve, cholesky, qr, svd, eigh,
pinv, lstsq and matrix norms, each with torch's backward node."""

import builtins
from collections import namedtuple

import numpy as np

from .._tensor import _SCALAR_NAMES, Tensor, _wrap_dim
from ._linalg_errors import _LinAlgError, check_floating, cholesky_error, singular_error
from ._registry import defop
from .linalg import bmm, check_expands, matmul, mm
from .pointwise import abs, where
from .pointwise import conj_in_rule as _conj
from .reduction import amax, amin, sum, vector_norm
from .shape import expand, permute, reshape, sum_to, transpose, unsqueeze
from .shape_more import diag_embed, diagonal, tril


def _mT(t):
    """Swap the last two dims (matrix transpose of a batch)."""
    return transpose(t, -2, -1)


def _mH(t):
    """Conjugate transpose of a batch of matrices (the transpose for real ones)."""
    return _conj(transpose(t, -2, -1))


# --- contractions -------------------------------------------------------------------------
def tensordot(a, b, dims=2, out=None):
    """Contract ``dims`` of a with dims of b: permute, reshape to matrices, mm, view back."""
    if isinstance(dims, int):
        da, db = list(range(a.ndim - dims, a.ndim)), list(range(dims))
    else:
        da, db = ([dims[0]] if isinstance(dims[0], int) else list(dims[0]),
                  [dims[1]] if isinstance(dims[1], int) else list(dims[1]))
    da = [_wrap_dim(d, a.ndim) for d in da]
    db = [_wrap_dim(d, b.ndim) for d in db]
    free_a = [d for d in range(a.ndim) if d not in da]
    free_b = [d for d in range(b.ndim) if d not in db]
    size = int(np.prod([a.shape[d] for d in da]))
    ma = reshape(permute(a, free_a + da), (-1, size)) if a.numel() else reshape(
        permute(a, free_a + da), (int(np.prod([a.shape[d] for d in free_a])), size))
    mb = reshape(permute(b, db + free_b), (size, int(np.prod([b.shape[d] for d in free_b]))))
    return reshape(mm(ma, mb), tuple(a.shape[d] for d in free_a) + tuple(
        b.shape[d] for d in free_b))


def inner(input, other, *, out=None):
    """Sum of products over the last dims (a plain product when either is 0-d)."""
    if input.ndim == 0 or other.ndim == 0:
        return input * other
    return tensordot(input, other, ([-1], [-1]))


_vdot = defop("vdot", lambda xp, input, other: xp.vdot(input, other), node="VdotBackward0",
              inputs=("input", "other"),
              vjp={"input": lambda grad, other: _conj(grad) * other,
                   "other": lambda grad, input: grad * input})


def vdot(input, other, *, out=None):
    """Dot product of two 1-D tensors (the first conjugated)."""
    if input.ndim != 1 or other.ndim != 1:
        raise RuntimeError(
            f"1D tensors expected, but got {input.ndim}D and {other.ndim}D tensors")
    return _vdot.apply((input, other), ())


def _baddbmm_forward(xp, input, batch1, batch2, beta, alpha):
    """beta·input + alpha·(batch1 @ batch2)."""
    prod = xp.matmul(batch1, batch2)
    if alpha != 1:
        prod = prod * alpha
    return prod if beta == 0 else prod + (input if beta == 1 else input * beta)


def _scaled(t, s):
    """t·conj(s), skipping the multiply when s is 1 (a complex scale enters conjugated)."""
    return t if s == 1 else t * _conj(s)


_baddbmm = defop("baddbmm", _baddbmm_forward, node="BaddbmmBackward0",
                 inputs=("input", "batch1", "batch2"),
                 vjp={"input": lambda grad, beta, input_shape: sum_to(_scaled(grad, beta),
                                                                      input_shape),
                      "batch1": lambda grad, batch2, alpha: _scaled(
                          bmm(grad, _mH(batch2)), alpha),
                      "batch2": lambda grad, batch1, alpha: _scaled(
                          bmm(_mH(batch1), grad), alpha)})


def baddbmm(input, batch1, batch2, *, beta=1, alpha=1, out=None):
    """Return beta * input + alpha * (batch1 @ batch2) for batches of matrices."""
    check_expands(input, (batch1.shape[0], batch1.shape[1], batch2.shape[2]))
    return _baddbmm.apply((input, batch1, batch2), (beta, alpha))


def _addmv_forward(xp, input, mat, vec, beta, alpha):
    """beta·input + alpha·(mat @ vec)."""
    prod = xp.matmul(mat, vec) * alpha
    return prod if beta == 0 else prod + input * beta


_addmv = defop("addmv", _addmv_forward, node="AddmvBackward0", inputs=("input", "mat", "vec"),
               vjp={"input": lambda grad, beta, input_shape: sum_to(_scaled(grad, beta),
                                                                    input_shape),
                    "mat": lambda grad, vec, alpha: _scaled(unsqueeze(grad, 1) * _conj(vec),
                                                            alpha),
                    "vec": lambda grad, mat, alpha: _scaled(matmul(_mH(mat), grad), alpha)})


def addmv(input, mat, vec, *, beta=1, alpha=1, out=None):
    """Return beta * input + alpha * (mat @ vec)."""
    if not (mat.ndim == 2 and vec.ndim == 1 and input.ndim <= 1):
        raise RuntimeError(f"vector + matrix @ vector expected, got {input.ndim}, {mat.ndim}, "
                           f"{vec.ndim}")
    if mat.shape[1] != vec.shape[0] or input.numel() not in (1, mat.shape[0]):
        raise RuntimeError(f"size mismatch, got input ({input.shape[0] if input.ndim else 1}), "
                           f"mat ({mat.shape[0]}x{mat.shape[1]}), vec ({vec.shape[0]})")
    return _addmv.apply((input, mat, vec), (beta, alpha))


def _addr_forward(xp, input, vec1, vec2, beta, alpha):
    """beta·input + alpha·outer(vec1, vec2)."""
    prod = xp.outer(vec1, vec2) * alpha
    return prod if beta == 0 else prod + input * beta


_addr = defop("addr", _addr_forward, node="AddrBackward0", inputs=("input", "vec1", "vec2"),
              vjp={"input": lambda grad, beta, input_shape: sum_to(_scaled(grad, beta),
                                                                   input_shape),
                   "vec1": lambda grad, vec2, alpha: _scaled(matmul(grad, _conj(vec2)), alpha),
                   "vec2": lambda grad, vec1, alpha: _scaled(matmul(_mT(grad), _conj(vec1)),
                                                             alpha)})


def addr(input, vec1, vec2, *, beta=1, alpha=1, out=None):
    """Return beta * input + alpha * outer(vec1, vec2)."""
    check_expands(input, (vec1.shape[0], vec2.shape[0]))
    return _addr.apply((input, vec1, vec2), (beta, alpha))


def _addbmm_forward(xp, input, batch1, batch2, beta, alpha):
    """beta·input + alpha·sum over the batch of batch1 @ batch2."""
    prod = xp.matmul(batch1, batch2).sum(0) * alpha
    return prod if beta == 0 else prod + input * beta


_addbmm = defop("addbmm", _addbmm_forward, node="AddbmmBackward0",
                inputs=("input", "batch1", "batch2"),
                vjp={"input": lambda grad, beta, input_shape: sum_to(_scaled(grad, beta),
                                                                     input_shape),
                     "batch1": lambda grad, batch2, alpha: _scaled(matmul(
                         unsqueeze(grad, 0), _mH(batch2)), alpha),
                     "batch2": lambda grad, batch1, alpha: _scaled(matmul(
                         _mH(batch1), unsqueeze(grad, 0)), alpha)})


def addbmm(input, batch1, batch2, *, beta=1, alpha=1, out=None):
    """Return beta * input + alpha * the sum over the batch of batch1[i] @ batch2[i]."""
    check_expands(input, (batch1.shape[1], batch2.shape[2]))
    return _addbmm.apply((input, batch1, batch2), (beta, alpha))


# --- einsum -------------------------------------------------------------------------------
def _parse(equation, operands):
    """Split an einsum equation into per-operand letters and output letters ('...' named)."""
    eq = equation.replace(" ", "")
    lhs, _, rhs = eq.partition("->")
    terms = lhs.split(",")
    if len(terms) != len(operands):
        raise RuntimeError("einsum(): more operands were provided than specified in the equation"
                           if len(operands) > len(terms) else
                           "einsum(): fewer operands were provided than specified in the "
                           "equation")
    spare = iter(c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if c not in eq)
    ell = None
    out = []
    for k, (term, t) in enumerate(zip(terms, operands)):
        letters = len(term) - 3 if "..." in term else len(term)
        if letters > t.ndim or "..." not in term and letters != t.ndim:
            raise RuntimeError(
                f"einsum(): the number of subscripts in the equation ({letters}) "
                + (f"is more than the number of dimensions ({t.ndim}) for operand {k}"
                   if "..." in term else f"does not match the number of dimensions ({t.ndim}) "
                   f"for operand {k} and no ellipsis was given"))
        if "..." in term:
            n = t.ndim - (len(term) - 3)
            if ell is None:
                ell = "".join(next(spare) for _ in range(n))
            term = term.replace("...", ell[len(ell) - n:] if n else "")
        out.append(term)
    if "->" not in eq:
        counts = {c: "".join(out).count(c) for c in "".join(out)}
        rhs = (ell or "") + "".join(sorted(c for c, k in counts.items()
                                           if k == 1 and c.islower()))
    elif ell is not None:
        rhs = rhs.replace("...", ell)
    return out, rhs


def _broadcast_letters(tensors, terms):
    """Expand a letter's size-1 dims to its size in the other operands, as torch broadcasts."""
    size = {}
    for k, (t, term) in enumerate(zip(tensors, terms)):
        own = {}
        for c, n in zip(term, t.shape):
            if own.setdefault(c, n) != n:
                raise RuntimeError(f"einsum(): subscript {c} is repeated for operand {k} but the "
                                   f"sizes don't match, {n} != {own[c]}")
            if n != 1 and size.setdefault(c, n) != n:
                raise RuntimeError(f"einsum(): subscript {c} has size {n} for operand {k} which "
                                   f"does not broadcast with previously seen size {size[c]}")
    out = []
    for t, term in zip(tensors, terms):
        shape = tuple(size.get(c, 1) if n == 1 else n for c, n in zip(term, t.shape))
        out.append(t if shape == tuple(t.shape) else expand(t, shape))
    return out


def _reduce_term(t, term, keep):
    """Take diagonals of repeated letters and sum out letters not in ``keep``."""
    while True:
        dup = next((c for c in term if term.count(c) > 1), None)
        if dup is None:
            break
        i = term.index(dup)
        j = term.index(dup, i + 1)
        t = diagonal(t, 0, i, j)
        term = "".join(c for k, c in enumerate(term) if k not in (i, j)) + dup
    drop = tuple(i for i, c in enumerate(term) if c not in keep)
    if drop:
        t = sum(t, drop)
        term = "".join(c for c in term if c in keep)
    return t, term


def _contract(a, ta, b, tb, keep):
    """Contract two operands with bmm; return the result and its letters."""
    batch = [c for c in ta if c in tb and c in keep]
    contract = [c for c in ta if c in tb and c not in keep]
    left = [c for c in ta if c not in tb]
    right = [c for c in tb if c not in ta]
    size = {**dict(zip(ta, a.shape)), **dict(zip(tb, b.shape))}
    n = lambda cs: int(np.prod([size[c] for c in cs]))  # noqa: E731
    pa = permute(a, [ta.index(c) for c in batch + left + contract])
    pb = permute(b, [tb.index(c) for c in batch + contract + right])
    letters = batch + left + right
    if not contract:
        # An outer product along left/right: broadcasting multiply, as torch's sumproduct_pair.
        ea = reshape(pa, tuple(pa.shape) + (1,) * len(right))
        eb = reshape(pb, tuple(pb.shape[:len(batch)]) + (1,) * len(left) +
                     tuple(pb.shape[len(batch):]))
        return ea * eb, "".join(letters)
    out = bmm(reshape(pa, (n(batch), n(left), n(contract))),
              reshape(pb, (n(batch), n(contract), n(right))))
    return reshape(out, tuple(size[c] for c in letters)), "".join(letters)


def _sublist_equation(args):
    """The equation and operands of the sublist form einsum(t0, [0, 1], t1, [1, 2], [0, 2])."""
    def letters(sub):
        return "".join("..." if i is Ellipsis else "abcdefghijklmnopqrstuvwxyz"[i] for i in sub)
    operands, terms = args[0:len(args) - len(args) % 2:2], args[1::2]
    equation = ",".join(letters(t) for t in terms[:len(operands)])
    if len(args) % 2:
        equation += "->" + letters(args[-1])
    return equation, operands


def einsum(equation, *operands):
    """Evaluate an Einstein summation by diagonals, sums, permutes and batched matmuls."""
    if isinstance(equation, Tensor):
        equation, operands = _sublist_equation((equation,) + operands)
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    terms, rhs = _parse(equation, operands)
    tensors = _broadcast_letters(list(operands), terms)
    for k in range(len(tensors)):
        later = rhs + "".join(t for i, t in enumerate(terms) if i != k)
        tensors[k], terms[k] = _reduce_term(tensors[k], terms[k], later)
    result, term = tensors[0], terms[0]
    for k in range(1, len(tensors)):
        keep = rhs + "".join(terms[k + 1:])
        result, term = _contract(result, term, tensors[k], terms[k], keep)
        result, term = _reduce_term(result, term, keep)
    result, term = _reduce_term(result, term, rhs)
    order = [term.index(c) for c in rhs]
    if order == list(range(len(order))) and (len(tensors) > 1 or not order):
        return result
    return permute(result, order)


# --- cross --------------------------------------------------------------------------------
_cross = defop("linalg_cross", lambda xp, input, other, dim: xp.cross(input, other, axis=dim),
               node="LinalgCrossBackward0", inputs=("input", "other"),
               vjp={"input": lambda grad, other, dim: _cross.apply((_conj(other), grad), (dim,)),
                    "other": lambda grad, input, dim: _cross.apply((grad, _conj(input)), (dim,))})


def cross(input, other, *, dim=-1, out=None):
    """Return the 3-D cross product along ``dim`` (torch.linalg.cross)."""
    if input.ndim != other.ndim:
        raise RuntimeError("linalg.cross: inputs must have the same number of dimensions.")
    nd = input.ndim
    d = _wrap_dim(dim, nd)
    shape = tuple(np.broadcast_shapes(tuple(input.shape), tuple(other.shape)))
    if shape[d] != 3:
        raise RuntimeError(
            f"linalg.cross: inputs dimension {dim} must have length 3. Got {input.shape[d]} "
            f"and {other.shape[d]}")
    return _cross.apply((expand(input, shape), expand(other, shape)), (d,))


def cross_legacy(input, other, dim=None, *, out=None):
    """torch.cross: ``dim`` defaults to the first dim of size 3 (deprecated in torch)."""
    if dim is None:
        dim = next(i for i, s in enumerate(np.broadcast_shapes(tuple(input.shape),
                                                                 tuple(other.shape))) if s == 3)
    return cross(input, other, dim=dim)


# --- inverse, determinants, solve ---------------------------------------------------------
def _square(A, name):
    """Raise torch's errors unless A is a (batch of) square float matrices."""
    check_floating(A, name)
    if A.ndim < 2:
        raise RuntimeError(f"linalg.{name}: The input tensor A must have at least 2 dimensions.")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.{name}: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")


_inv = defop("linalg_inv_ex", lambda xp, A: xp.linalg.inv(A), node="LinalgInvExBackward0",
             inputs=("A",), vjp={"A": lambda grad, result: -matmul(matmul(_mH(result), grad),
                                                                     _mH(result))})


def inv(A, *, out=None):
    """Return the inverse of square matrices; singular ones raise torch's error."""
    _square(A, "inv")
    try:
        return _inv.apply((A,), ())
    except np.linalg.LinAlgError:
        raise singular_error(A, "inv") from None


def _det_rule(grad, A, result):
    """d det(A) = det(A) A^{-T}, broadcast from the batch of determinants (conjugated for
    complex A: grad · conj(det) · A^{-H})."""
    return unsqueeze(unsqueeze(grad * _conj(result), -1), -1) * _mH(inv(A))


_det = defop("linalg_det", lambda xp, A: xp.linalg.det(A), node="LinalgDetBackward0",
             inputs=("A",), vjp={"A": _det_rule})


def det(A, *, out=None):
    """Return the determinant of square matrices."""
    _square(A, "det")
    return _det.apply((A,), ())


def _slogdet_forward(xp, A):
    """Sign (in the input's dtype) and log|det| (real)."""
    sign, logabsdet = xp.linalg.slogdet(A)
    return sign.astype(A.dtype), logabsdet.astype(A.real.dtype)


def _slogdet_rule(grads, A, result):
    """d log det = tr(A^{-1} dA): log|det| takes its real part, and a complex sign its
    imaginary part (a real sign is piecewise constant), so gA = conj(w) A^{-H} with
    w = g_logabsdet - i Im(g_sign conj(sign))."""
    g_sign, g_log = grads
    if A.dtype.is_complex and g_sign is not None:
        from .compat_complex import imag
        turn = imag(g_sign * _conj(result)) * 1j
        g_log = turn if g_log is None else g_log + turn
    if g_log is None:
        return None
    return unsqueeze(unsqueeze(g_log, -1), -1) * _mH(inv(A))


_slogdet = defop("linalg_slogdet", _slogdet_forward, node="LinalgSlogdetBackward0",
                 inputs=("A",), outputs=2, vjp={"A": _slogdet_rule})


def slogdet(A, *, out=None):
    """Return (sign, log|det|) of square matrices."""
    _square(A, "slogdet")
    return _SLOGDET(*_slogdet.apply((A,), ()))


def linalg_slogdet(A, *, out=None):
    """torch.linalg.slogdet: slogdet under its own return-type name."""
    return _LINALG_SLOGDET(*slogdet(A))


def logdet(input):
    """Return log(det(input)): NaN for a negative determinant, -inf for a singular matrix."""
    sign, logabsdet = slogdet(input)
    return where(sign < 0, float("nan"), logabsdet)


def _solve_rule(grad, A, result, vector, needs):
    """gB = A^{-T} G and gA = -gB X^T (outer product for a vector right side)."""
    g_b = solve(_mH(A), grad)
    g_a = None
    if needs[0]:
        if vector:
            g_a = -unsqueeze(g_b, -1) * unsqueeze(_conj(result), -2)
        else:
            g_a = -matmul(g_b, _mH(result))
    return g_a, (g_b if needs[1] else None)


_solve = defop("linalg_solve_ex", lambda xp, A, B, vector: (
    xp.linalg.solve(A, B[..., None])[..., 0] if vector else xp.linalg.solve(A, B)),
    node="LinalgSolveExBackward0", inputs=("A", "B"), vjp=_solve_rule)


def solve(A, B, *, left=True, out=None):
    """Return X with A @ X = B (B a vector or a batch of matrices)."""
    _square(A, "solve")
    if not left:
        return _mT(solve(_mT(A), _mT(B)))
    vector = B.ndim == 1 or (B.ndim == A.ndim - 1 and tuple(B.shape) == tuple(A.shape[:-1]))
    rows, cols = (B.shape[-1], 1) if vector else (B.shape[-2], B.shape[-1])
    if rows != A.shape[-1]:
        raise RuntimeError("linalg.solve: Incompatible shapes of A and B for the equation AX = B "
                           f"({A.shape[-2]}x{A.shape[-1]} and {rows}x{cols})")
    if B.dtype != A.dtype:
        raise RuntimeError(
            "linalg.solve: Expected A and B to have the same dtype, but found A of type "
            f"{_SCALAR_NAMES[A.dtype.name]} and B of type {_SCALAR_NAMES[B.dtype.name]} instead")
    try:
        return _solve.apply((A, B), (vector,))
    except np.linalg.LinAlgError:
        raise _LinAlgError("torch.linalg.solve: The solver failed because the input matrix is "
                           "singular.") from None


# --- factorizations -----------------------------------------------------------------------
def _phi(X):
    """Lower triangle of X with the diagonal halved."""
    return tril(X, -1) + diag_embed(diagonal(X, 0, -2, -1) * 0.5)


def _cholesky_rule(grad, result, upper):
    """L^{-T} Φ(L^T G) L^{-1}, symmetrised (Murray's formula for A = L L^T)."""
    if result.dtype.is_complex:
        return _cholesky_complex_rule(grad, result, upper)
    L = _mT(result) if upper else result
    g = _mT(grad) if upper else grad
    L_inv = inv(L)
    S = matmul(matmul(_mT(L_inv), _phi(matmul(_mT(L), g))), L_inv)
    return (S + _mT(S)) * 0.5


def _cholesky_complex_rule(grad, result, upper):
    """torch's cholesky_backward for A = L L^H: L^{-H} Ψ L^{-1}, Ψ = (X + tril(X, -1)^H) / 2
    with X = tril(L^H G) (its diagonal keeps an imaginary part)."""
    L = _mH(result) if upper else result
    g = _mH(grad) if upper else grad
    X = tril(matmul(_mH(L), g))
    L_inv = inv(L)
    return matmul(matmul(_mH(L_inv), (X + _mH(tril(X, -1))) * 0.5), L_inv)


def _cholesky_forward(xp, A, upper):
    """Lower Cholesky factor, or its transpose when upper."""
    L = xp.linalg.cholesky(A)
    return xp.conj(xp.swapaxes(L, -1, -2)) if upper else L


_cholesky = defop("linalg_cholesky_ex", _cholesky_forward, node="LinalgCholeskyExBackward0",
                  inputs=("A",), vjp={"A": _cholesky_rule})


def cholesky(A, *, upper=False, out=None):
    """Return the Cholesky factor of symmetric positive-definite matrices (lower by default)."""
    _square(A, "cholesky")
    try:
        return _cholesky.apply((A,), (upper,))
    except np.linalg.LinAlgError:
        raise cholesky_error(A) from None


def _copyltu(M):
    """Hermitian matrix from M's lower triangle; a complex diagonal keeps its real part, as R's
    diagonal is real (QR's phase gauge)."""
    low = tril(M, -1)
    diag = diagonal(M, 0, -2, -1)
    if diag.dtype.is_complex:
        from .compat_complex import complex, real
        diag = complex(real(diag), real(diag) * 0)
    return low + _mH(low) + diag_embed(diag)


def _qr_square_rule(gQ, gR, Q, R):
    """gA for A = QR with R square: (gQ + Q copyltu(M)) R^{-T}, M = R gR^T - gQ^T Q."""
    M = None
    if gR is not None:
        M = matmul(R, _mH(gR))
    if gQ is not None:
        m = matmul(_mH(gQ), Q)
        M = -m if M is None else M - m
    b = matmul(Q, _copyltu(M))
    if gQ is not None:
        b = b + gQ
    return matmul(b, _mH(inv(R)))


def _qr_rule(grads, A, result, result1, mode):
    Q, R = result, result1
    gQ, gR = grads
    m, n = A.shape[-2], A.shape[-1]
    if mode == "r":
        raise RuntimeError(
            "The derivative of linalg.qr depends on Q, which is not computed when mode='r'. "
            "Please use linalg.qr(A, mode='reduced') if you are going to differentiate through "
            "linalg.qr.")
    if mode == "complete" and m > n:
        raise RuntimeError(
            "The QR decomposition is not differentiable when mode='complete' and nrows > ncols.")
    if m >= n:
        return _qr_square_rule(gQ, gR, Q, R)
    # Wide A = [X | Y]: X = QU is square, and V = Q^T Y passes Y's gradient through Q.
    from .shape import cat, narrow
    gU = narrow(gR, -1, 0, m) if gR is not None else None
    gV = narrow(gR, -1, m, n - m) if gR is not None else None
    if gV is not None:
        extra = matmul(narrow(A, -1, m, n - m), _mH(gV))
        gQ = extra if gQ is None else gQ + extra
    gX = _qr_square_rule(gQ, gU, Q, narrow(R, -1, 0, m))
    if gV is None:
        from .._creation import zeros
        return cat([gX, zeros(tuple(A.shape[:-1]) + (n - m,), dtype=A.dtype)], -1)
    return cat([gX, matmul(Q, gV)], -1)


def _qr_forward(xp, A, mode):
    """NumPy's QR in ``mode``; with mode='r' Q is empty, as torch's."""
    if mode == "r":
        return xp.empty((0,), A.dtype), xp.linalg.qr(A, mode="r")
    Q, R = xp.linalg.qr(A, mode=mode)
    return Q, R


_qr = defop("linalg_qr", _qr_forward, node="LinalgQrBackward0", inputs=("A",), outputs=2,
            vjp={"A": _qr_rule})


def qr(A, mode="reduced", *, out=None):
    """Return (Q, R) with A = QR; differentiable as torch's (not for mode='r', nor for
    mode='complete' with more rows than columns)."""
    check_floating(A, "qr")
    return _QR(*_qr.apply((A,), (mode,)))


def _named(name, fields):
    """A torch.return_types-style named tuple class with torch's repr."""
    base = namedtuple(name, fields)

    def __repr__(self):
        body = ",\n".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"torch.return_types.{name}(\n{body})"
    cls = type(name, (base,), {"__slots__": (), "__repr__": __repr__})
    cls.__module__ = "torch.return_types"
    return cls


_QR = _named("qr", ("Q", "R"))
_SVD = _named("svd", ("U", "S", "Vh"))
_SVD_LEGACY = _named("svd", ("U", "S", "V"))
_EIGH = _named("eigh", ("eigenvalues", "eigenvectors"))
_SLOGDET = _named("slogdet", ("sign", "logabsdet"))
_LINALG_SLOGDET = _named("linalg_slogdet", ("sign", "logabsdet"))
_LSTSQ = _named("linalg_lstsq", ("solution", "residuals", "rank", "singular_values"))


def _svd_rule(grads, result, result1, result2, full_matrices):
    """SVD backward: singular-value, rotation, phase (complex) and off-span terms."""
    U, S, Vh = result, result1, result2
    gU, gS, gVh = grads
    k = S.shape[-1]
    if full_matrices:
        U, Vh = U[..., :, :k], Vh[..., :k, :]
        gU = gU[..., :, :k] if gU is not None else None
        gVh = gVh[..., :k, :] if gVh is not None else None
    if gU is None and gVh is None:
        return matmul(U * unsqueeze(gS, -2), Vh)
    s2 = S * S
    E = unsqueeze(s2, -2) - unsqueeze(s2, -1)
    eye = Tensor._make(np.eye(k, dtype=bool))
    E = where(eye, 1, E)
    core = 0
    if gU is not None:
        UhgU = matmul(_mH(U), gU)
        core = core + where(eye, 0, (UhgU - _mH(UhgU)) / E) * unsqueeze(S, -2)
    if gVh is not None:
        VhgV = matmul(Vh, _mH(gVh))
        core = core + unsqueeze(S, -1) * where(eye, 0, (VhgV - _mH(VhgV)) / E)
    if gS is not None:
        core = core + diag_embed(gS)
    if gU is not None and U.dtype.is_complex:  # the phase of each singular pair
        from .compat_complex import imag
        core = core + diag_embed(imag(diagonal(UhgU, 0, -2, -1)) / S * 1j)
    gA = matmul(matmul(U, core), Vh)
    m, n = U.shape[-2], Vh.shape[-1]
    if gU is not None and m > k:
        gA = gA + matmul((gU - matmul(U, UhgU)) / unsqueeze(S, -2), Vh)
    if gVh is not None and n > k:
        gA = gA + matmul(U, (gVh - matmul(_mH(VhgV), Vh)) / unsqueeze(S, -1))
    return gA


_svd = defop("linalg_svd", lambda xp, A, full_matrices: tuple(xp.linalg.svd(
    A, full_matrices=full_matrices)), node="LinalgSvdBackward0", inputs=("A",), outputs=3,
    vjp={"A": _svd_rule})


def svd(A, full_matrices=True, *, driver=None, out=None):
    """Return (U, S, Vh) with A = U diag(S) Vh (torch.linalg.svd)."""
    check_floating(A, "svd")
    return _SVD(*_svd.apply((A,), (full_matrices,)))


def svdvals(A, *, driver=None, out=None):
    """Return the singular values, in descending order."""
    return _svd.apply((A,), (False,))[1]


def svd_legacy(input, some=True, compute_uv=True, *, out=None):
    """torch.svd: returns (U, S, V) with V not transposed; ``some`` gives the reduced form."""
    U, S, Vh = _svd.apply((input,), (not some,))
    return _SVD_LEGACY(U, S, _mH(Vh))


def _eigh_rule(grads, result, result1):
    """Q (diag(gL) + (Q^T gQ) / (λ_j - λ_i)) Q^T for symmetric input."""
    L, Q = result, result1
    gL, gQ = grads
    n = L.shape[-1]
    eye = Tensor._make(np.eye(n, dtype=bool))
    core = 0
    if gQ is not None:
        E = unsqueeze(L, -2) - unsqueeze(L, -1)
        QhgQ = matmul(_mH(Q), gQ)
        if Q.dtype.is_complex:  # torch's projection onto the skew-Hermitian matrices
            QhgQ = (QhgQ - _mH(QhgQ)) * 0.5
        core = where(eye, 0, QhgQ / where(eye, 1, E))
    if gL is not None:
        core = core + diag_embed(gL)
    if Q.dtype.is_complex and not core.dtype.is_complex:
        core = core.to(Q.dtype)
    return matmul(matmul(Q, core), _mH(Q))


_eigh = defop("linalg_eigh", lambda xp, A, UPLO: tuple(xp.linalg.eigh(A, UPLO)),
              node="LinalgEighBackward0", inputs=("A",), outputs=2, vjp={"A": _eigh_rule})


def eigh(A, UPLO="L", *, out=None):
    """Return (eigenvalues ascending, eigenvectors) of symmetric matrices."""
    if A.dtype.name in _SCALAR_NAMES and A.dtype.name[0] in "iub":
        raise NotImplementedError(
            f'"linalg_eigh_cpu" not implemented for \'{_SCALAR_NAMES[A.dtype.name]}\'')
    _square(A, "eigh")
    return _EIGH(*_eigh.apply((A,), (UPLO,)))


def eigvalsh(A, UPLO="L", *, out=None):
    """Return the eigenvalues of symmetric matrices, ascending."""
    return eigh(A, UPLO)[0]


# --- pseudo-inverse and least squares ----------------------------------------------------
def _pinv_vjp(grad, A, P):
    """VJP of P = pinv(A) for constant rank: three terms of dP's Golub-Pereyra formula."""
    m, n = A.shape[-2], A.shape[-1]
    eye_m = Tensor._make(np.eye(m, dtype=A._data.dtype))
    eye_n = Tensor._make(np.eye(n, dtype=A._data.dtype))
    Pt = _mH(P)
    return (-matmul(matmul(Pt, grad), Pt)
            + matmul(matmul(eye_m - matmul(A, P), _mH(grad)), matmul(P, Pt))
            + matmul(matmul(matmul(Pt, P), _mH(grad)), eye_n - matmul(P, A)))


_pinv = defop("linalg_pinv", lambda xp, A, rcond, hermitian: xp.linalg.pinv(
    A, rcond=rcond, hermitian=hermitian), node="LinalgPinvBackward0", inputs=("A",),
    vjp={"A": lambda grad, A, result: _pinv_vjp(grad, A, result)})


def pinv(A, *, atol=None, rtol=None, hermitian=False, out=None):
    """Return the Moore-Penrose pseudo-inverse (singular values below rtol·σmax dropped)."""
    if rtol is None:
        rtol = 0.0 if atol is not None and atol > 0 else \
            np.finfo(A._data.dtype).eps * builtins.max(A.shape[-2:])
    return _pinv.apply((A,), (rtol, hermitian))


def pinverse(input, rcond=1e-15):
    """torch.pinverse: pinv with a relative cutoff ``rcond``."""
    return _pinv.apply((input,), (rcond, False))


def _lstsq_rule(grads, A, B, result, needs):
    """Solution = pinv(A) B: B's gradient through pinv(A)^T, A's through pinv's VJP."""
    g = grads[0]
    if g is None:  # only the (always empty) residuals were used
        return None, None
    P = pinv(A)
    vector = B.ndim == A.ndim - 1
    g2 = unsqueeze(g, -1) if vector else g
    B2 = unsqueeze(B, -1) if vector else B
    g_a = _pinv_vjp(matmul(g2, _mH(B2)), A, P) if needs[0] else None
    g_b = None
    if needs[1]:
        g_b = matmul(_mH(P), g2)
        g_b = g_b[..., 0] if vector else g_b
    return g_a, g_b


def _lstsq_forward(xp, A, B, rcond):
    """Batched NumPy lstsq with the outputs of torch's CPU driver (gelsy): solution and rank."""
    vector = B.ndim == A.ndim - 1
    B2 = B[..., None] if vector else B
    batch = np.broadcast_shapes(A.shape[:-2], B2.shape[:-2])
    As = np.broadcast_to(A, batch + A.shape[-2:]).reshape((-1,) + A.shape[-2:])
    Bs = np.broadcast_to(B2, batch + B2.shape[-2:]).reshape((-1,) + B2.shape[-2:])
    x = np.zeros((len(As), A.shape[-1], B2.shape[-1]), A.dtype)
    rank = np.zeros(len(As), np.int64)
    for i, (a, b) in enumerate(zip(As, Bs)):
        x[i], _, rank[i], _ = np.linalg.lstsq(a, b, rcond=rcond)
    x = x.reshape(batch + x.shape[1:])
    empty = np.zeros(0, A.dtype)
    return (x[..., 0] if vector else x), empty, rank.reshape(batch), empty.copy()


_lstsq = defop("linalg_lstsq", _lstsq_forward, node="LinalgLstsqBackward0",
               inputs=("A", "B"), outputs=4, differentiable_outputs=(True, True, False, False),
               vjp=_lstsq_rule)


def lstsq(A, B, rcond=None, *, driver=None):
    """Least-squares solution of A X = B, batched; as torch's CPU default driver, no residuals."""
    out = _lstsq.apply((A, B), (rcond,))
    return _LSTSQ(*out)


# --- norms --------------------------------------------------------------------------------
def matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, *, dtype=None, out=None):
    """Return a matrix norm: 'fro', 'nuc', 1, -1, 2, -2, inf or -inf over the two ``dim``."""
    if dtype is not None:
        A = A.to(dtype)
    d0, d1 = (_wrap_dim(d, A.ndim) for d in dim)
    if ord == "fro":
        return vector_norm(A, 2, (d0, d1), keepdim)
    if ord in ("nuc", 2, -2):
        perm = [i for i in range(A.ndim) if i not in (d0, d1)] + [d0, d1]
        s = svdvals(permute(A, perm))
        r = (sum if ord == "nuc" else amax if ord == 2 else amin)(s, -1, keepdim=keepdim)
        if keepdim:  # torch: unsqueeze, then undo the permutation (PermuteBackward0)
            return permute(unsqueeze(r, -1), [perm.index(i) for i in range(A.ndim)])
    elif ord in (1, -1, float("inf"), -float("inf")):
        first, second = (d0, d1) if ord in (1, -1) else (d1, d0)
        sums = sum(abs(A), first, keepdim=keepdim)
        if not keepdim and second > first:
            second -= 1
        return (amax if ord > 0 else amin)(sums, second, keepdim=keepdim)
    else:
        raise RuntimeError(f"linalg.matrix_norm: Order {ord} not supported.")
    return r


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None, out=None):
    """torch.linalg.norm: vector norm for 1-D or a 1-dim ``dim``, matrix norm for 2 dims."""
    if isinstance(dim, int):
        dim = (dim,)
    if ord is None:
        return vector_norm(A, 2, dim, keepdim, dtype=dtype)
    if dim is None:
        dim = tuple(range(A.ndim))
    if len(dim) == 2:
        return matrix_norm(A, ord, dim, keepdim, dtype=dtype)
    return vector_norm(A, ord, dim, keepdim, dtype=dtype)


def matrix_power(A, n):
    """Return A multiplied by itself n times (inverse powers for negative n)."""
    if n == 0:
        return expand(Tensor._make(np.eye(A.shape[-1], dtype=A._data.dtype)), tuple(A.shape))
    base = inv(A) if n < 0 else A
    result = base
    for _ in range(builtins.abs(n) - 1):
        result = matmul(result, base)
    return result


METHODS = ("inner", "vdot", "baddbmm", "det", "logdet", "slogdet", "pinverse", "matrix_power",
           "qr", "addmv", "addr", "addbmm")
METHOD_ALIASES = {"svd": svd_legacy, "cross": cross_legacy, "inverse": inv}
