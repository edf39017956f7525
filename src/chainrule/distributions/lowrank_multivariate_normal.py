"""LowRankMultivariateNormal: a Gaussian whose covariance is W Wᵀ + diag(D), handled through
the m x m capacitance matrix I + Wᵀ D⁻¹ W (Woodbury), so no n x n factorisation is needed."""

import math

import chainrule

from . import constraints
from .distribution import Distribution


def _capacitance_tril(W, D):
    """Cholesky factor of I + Wᵀ D⁻¹ W."""
    m = W.shape[-1]
    K = (W.mT / D.unsqueeze(-2)) @ W
    return chainrule.linalg.cholesky(K + chainrule.eye(m, dtype=K.dtype))


def _log_det(W, D, capacitance_tril):
    """log det(W Wᵀ + D) by the matrix determinant lemma."""
    return 2 * capacitance_tril.diagonal(dim1=-2, dim2=-1).log().sum(-1) + D.log().sum(-1)


def _mahalanobis(W, D, x, capacitance_tril):
    """xᵀ (W Wᵀ + D)⁻¹ x by the Woodbury identity."""
    wt_dinv_x = ((W.mT / D.unsqueeze(-2)) @ x.unsqueeze(-1)).squeeze(-1)
    tril = capacitance_tril.expand(tuple(wt_dinv_x.shape[:-1]) + tuple(capacitance_tril.shape[-2:]))
    y = chainrule.linalg.solve_triangular(tril, wt_dinv_x.unsqueeze(-1), upper=False)
    return (x.pow(2) / D).sum(-1) - y.squeeze(-1).pow(2).sum(-1)


class LowRankMultivariateNormal(Distribution):
    """Gaussian vector with mean ``loc`` and covariance ``cov_factor @ cov_factor.mT +
    diag(cov_diag)``; sampled as torch (``normal_`` for the factor's then the diagonal's noise)."""

    arg_constraints = {"loc": constraints.real_vector,
                       "cov_factor": constraints.independent(constraints.real, 2),
                       "cov_diag": constraints.independent(constraints.positive, 1)}
    support = constraints.real_vector
    has_rsample = True

    def __init__(self, loc, cov_factor, cov_diag, validate_args=None):
        if loc.dim() < 1:
            raise ValueError("loc must be at least one-dimensional.")
        event_shape = tuple(loc.shape[-1:])
        if cov_factor.dim() < 2:
            raise ValueError("cov_factor must be at least two-dimensional, with optional leading "
                             "batch dimensions")
        if tuple(cov_factor.shape[-2:-1]) != event_shape:
            raise ValueError(f"cov_factor must be a batch of matrices with shape "
                             f"{event_shape[0]} x m")
        if tuple(cov_diag.shape[-1:]) != event_shape:
            raise ValueError(f"cov_diag must be a batch of vectors with shape "
                             f"{chainrule.Size(event_shape)}")
        try:
            loc_, self.cov_factor, diag_ = chainrule.broadcast_tensors(
                loc.unsqueeze(-1), cov_factor, cov_diag.unsqueeze(-1))
        except RuntimeError as e:
            raise ValueError(f"Incompatible batch shapes: loc {loc.shape}, cov_factor "
                             f"{cov_factor.shape}, cov_diag {cov_diag.shape}") from e
        self.loc, self.cov_diag = loc_[..., 0], diag_[..., 0]
        self._unbroadcasted_cov_factor = cov_factor
        self._unbroadcasted_cov_diag = cov_diag
        self._capacitance_tril = _capacitance_tril(cov_factor, cov_diag)
        super().__init__(tuple(self.loc.shape[:-1]), event_shape, validate_args=validate_args)

    @property
    def mean(self):
        return self.loc

    @property
    def mode(self):
        return self.loc

    @property
    def variance(self):
        v = self._unbroadcasted_cov_factor.pow(2).sum(-1) + self._unbroadcasted_cov_diag
        return v.expand(tuple(self._extended_shape()))

    @property
    def covariance_matrix(self):
        W = self._unbroadcasted_cov_factor
        cov = W @ W.mT + chainrule.diag_embed(self._unbroadcasted_cov_diag)
        return cov.expand(tuple(self._batch_shape) + tuple(self._event_shape) * 2)

    @property
    def precision_matrix(self):
        W, D = self._unbroadcasted_cov_factor, self._unbroadcasted_cov_diag
        wt_dinv = W.mT / D.unsqueeze(-2)
        A = chainrule.linalg.solve_triangular(self._capacitance_tril, wt_dinv, upper=False)
        precision = chainrule.diag_embed(D.reciprocal()) - A.mT @ A
        return precision.expand(tuple(self._batch_shape) + tuple(self._event_shape) * 2)

    @property
    def scale_tril(self):
        W, D = self._unbroadcasted_cov_factor, self._unbroadcasted_cov_diag
        n = self._event_shape[0]
        d_sqrt = D.sqrt().unsqueeze(-1)
        w_scaled = W / d_sqrt
        K = w_scaled @ w_scaled.mT + chainrule.eye(n, dtype=W.dtype)
        tril = d_sqrt * chainrule.linalg.cholesky(K)
        return tril.expand(tuple(self._batch_shape) + tuple(self._event_shape) * 2)

    def rsample(self, sample_shape=()):
        shape = tuple(self._extended_shape(sample_shape))
        eps_w = self.loc.new_empty(shape[:-1] + tuple(self.cov_factor.shape[-1:])).normal_()
        eps_d = self.loc.new_empty(shape).normal_()
        W = self._unbroadcasted_cov_factor
        return (self.loc + (W @ eps_w.unsqueeze(-1)).squeeze(-1)
                + self._unbroadcasted_cov_diag.sqrt() * eps_d)

    def _log_prob(self, value):
        W, D = self._unbroadcasted_cov_factor, self._unbroadcasted_cov_diag
        diff = value - self.loc
        m = _mahalanobis(W, D, diff, self._capacitance_tril)
        log_det = _log_det(W, D, self._capacitance_tril)
        return -0.5 * (self._event_shape[0] * math.log(2 * math.pi) + log_det + m)

    def entropy(self):
        log_det = _log_det(self._unbroadcasted_cov_factor, self._unbroadcasted_cov_diag,
                           self._capacitance_tril)
        h = 0.5 * (self._event_shape[0] * (1.0 + math.log(2 * math.pi)) + log_det)
        return h if len(self._batch_shape) == 0 else h.expand(tuple(self._batch_shape))
