"""The orthogonal parametrization (torch.nn.utils.parametrizations.orthogonal): a matrix kept
orthogonal through the matrix exponential, the Cayley map or Householder products of an
unconstrained one, by default relative to a base fixed at registration (trivialization).

The exponential and the Householder product are composed of differentiable chainrule ops,
so gradients of every order flow through them.
"""

import math
from enum import Enum, auto

import numpy as np

from ... import _creation
from ..._ops.linalg import matmul
from ..._tensor import Tensor
from ...autograd.grad_mode import no_grad
from ...linalg import solve
from ...random import randn
from ..modules.module import Module
from . import parametrize


def _matrix_exp(a):
    """exp(a) of (batches of) square matrices: Taylor series after scaling, then squaring."""
    norm = float(np.abs(a.detach().numpy()).sum(-2).max()) if a.numel() else 0.0
    squarings = max(0, math.ceil(math.log2(norm))) + 1 if norm > 0.5 else 0
    a = a / 2 ** squarings
    eye = _creation.eye(a.shape[-1], dtype=a.dtype)
    out, term = eye + a, a
    for k in range(2, 19):
        term = matmul(term, a) / k
        out = out + term
    for _ in range(squarings):
        out = matmul(out, out)
    return out


def _householder_product(a, tau):
    """The first k columns of H_1 ... H_k, H_i = I - tau_i v_i v_i^H, where v_i is column i of
    ``a`` below the diagonal with a unit diagonal entry (LAPACK's orgqr)."""
    n, k = a.shape[-2], a.shape[-1]
    eye = _creation.eye(n, dtype=a.dtype)
    q = eye.expand(*a.shape[:-2], n, n)
    rows = np.arange(n)
    for i in range(k):
        below = Tensor._make((rows > i).astype(a.dtype.np))
        v = a[..., :, i] * below + eye[i]
        q = q - matmul(matmul(q, v.unsqueeze(-1)), (tau[..., i:i + 1].unsqueeze(-1)
                                                    * v.conj().unsqueeze(-2)))
    return q[..., :k]


def _geqrf(a):
    """LAPACK's geqrf of each matrix (NumPy's raw QR, transposed back): (reflectors, tau)."""
    arr = a.detach().numpy()
    flat = arr.reshape(-1, *arr.shape[-2:])
    outs, taus = [], []
    for m in flat:
        h, tau = np.linalg.qr(m, mode="raw")
        outs.append(h.T)
        taus.append(tau)
    return (Tensor._make(np.asarray(outs, arr.dtype).reshape(arr.shape)),
            Tensor._make(np.asarray(taus, arr.dtype).reshape(*arr.shape[:-2], -1)))


def _is_orthogonal(q):
    n, k = q.shape[-2], q.shape[-1]
    eye = _creation.eye(k, dtype=q.dtype)
    eps = 10.0 * n * np.finfo(q.dtype.np).eps
    return bool(np.allclose(matmul(q.mH, q).numpy(), eye.numpy(), rtol=1e-5, atol=eps))


def _make_orthogonal(a):
    """The Q of a = QR with diag(R) real and non-negative (a tall)."""
    x, tau = _geqrf(a)
    q = _householder_product(x, tau)
    return q * x.diagonal(dim1=-2, dim2=-1).sgn().unsqueeze(-2)


class _OrthMaps(Enum):
    matrix_exp = auto()
    cayley = auto()
    householder = auto()


class _Orthogonal(Module):
    """The parametrization: an unconstrained matrix to an orthogonal one (times ``base``)."""

    def __init__(self, weight, orthogonal_map, *, use_trivialization=True):
        super().__init__()
        if weight.is_complex() and orthogonal_map == _OrthMaps.householder:
            raise ValueError("The householder parametrization does not support complex tensors.")
        self.shape = weight.shape
        self.orthogonal_map = orthogonal_map
        if use_trivialization:
            self.register_buffer("base", None)

    def forward(self, X):
        n, k = X.size(-2), X.size(-1)
        transposed = n < k
        if transposed:
            X = X.mT
            n, k = k, n
        if self.orthogonal_map in (_OrthMaps.matrix_exp, _OrthMaps.cayley):
            X = X.tril()
            if n != k:
                from ..._ops.shape import cat
                X = cat([X, X.new_zeros(n, n - k).expand(*X.shape[:-2], -1, -1)], dim=-1)
            A = X - X.mH
            if self.orthogonal_map == _OrthMaps.matrix_exp:
                Q = _matrix_exp(A)
            else:
                eye = _creation.eye(n, dtype=A.dtype)
                Q = solve(eye - 0.5 * A, eye + 0.5 * A)
            if n != k:
                Q = Q[..., :k]
        else:
            A = X.tril(diagonal=-1)
            tau = 2.0 / (1.0 + (A * A).sum(dim=-2))
            Q = _householder_product(A, tau)
            Q = Q * X.diagonal(dim1=-2, dim2=-1).int().unsqueeze(-2)
        if hasattr(self, "base"):
            Q = self.base @ Q
        if transposed:
            Q = Q.mT
        return Q

    def right_inverse(self, Q):
        with no_grad():
            return self._right_inverse(Q)

    def _right_inverse(self, Q):
        if Q.shape != self.shape:
            raise ValueError(f"Expected a matrix or batch of matrices of shape {self.shape}. "
                             f"Got a tensor of shape {Q.shape}.")
        Q_init = Q
        n, k = Q.size(-2), Q.size(-1)
        transpose = n < k
        if transpose:
            Q = Q.mT
            n, k = k, n
        if not hasattr(self, "base"):
            if self.orthogonal_map in (_OrthMaps.cayley, _OrthMaps.matrix_exp):
                raise NotImplementedError("It is not possible to assign to the matrix exponential "
                                          "or the Cayley parametrizations when "
                                          "use_trivialization=False.")
            A, tau = _geqrf(Q)
            diag = A.diagonal(dim1=-2, dim2=-1)
            diag.copy_(diag.sign() * (1 - 2 * (tau == 0.0).to(diag.dtype)))
            return A.mT if transpose else A
        if n == k:
            Q = Q.clone() if _is_orthogonal(Q) else _make_orthogonal(Q)
        else:
            from ..._ops.shape import cat
            N = randn(*(tuple(Q.size()[:-2]) + (n, n - k)), dtype=Q.dtype)
            Q = _make_orthogonal(cat([Q, N], dim=-1))
        self.base = Q
        neg_eye = _creation.zeros_like(Q_init)
        neg_eye.diagonal(dim1=-2, dim2=-1).fill_(-1.0)
        return neg_eye


def orthogonal(module, name="weight", orthogonal_map=None, *, use_trivialization=True):
    """Parametrize ``module.<name>`` as an orthogonal (or unitary) matrix.

    ``orthogonal_map`` defaults to ``"matrix_exp"`` for square or complex weights, else
    ``"householder"``.
    """
    weight = getattr(module, name, None)
    if not isinstance(weight, Tensor):
        raise ValueError(f"Module '{module}' has no parameter or buffer with name '{name}'")
    if weight.ndim < 2:
        raise ValueError("Expected a matrix or batch of matrices. "
                         f"Got a tensor of {weight.ndim} dimensions.")
    if orthogonal_map is None:
        orthogonal_map = ("matrix_exp" if weight.size(-2) == weight.size(-1)
                          or weight.is_complex() else "householder")
    orth_enum = getattr(_OrthMaps, orthogonal_map, None)
    if orth_enum is None:
        raise ValueError('orthogonal_map has to be one of "matrix_exp", "cayley", "householder". '
                         f"Got: {orthogonal_map}")
    orth = _Orthogonal(weight, orth_enum, use_trivialization=use_trivialization)
    parametrize.register_parametrization(module, name, orth, unsafe=True)
    return module
