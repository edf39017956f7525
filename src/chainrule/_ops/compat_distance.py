"""cdist: batched pairwise p-norm distances between two sets of row vectors."""

from ._registry import defop
from .pointwise import abs, sign, where
from .reduction import sum


def p_norms(xp, diff, p):
    """The p-norms over the last axis of ``diff`` (absolute differences; p = 0 counts
    nonzeros), shared by cdist and pdist."""
    if p == 2:
        return xp.sqrt(xp.sum(diff * diff, axis=-1))
    if p == float("inf"):
        return xp.max(diff, axis=-1) if diff.shape[-1] else xp.zeros(diff.shape[:-1], diff.dtype)
    if p == 0:
        return xp.sum(diff != 0, axis=-1).astype(diff.dtype)
    if p == 1:
        return xp.sum(diff, axis=-1)
    return xp.sum(diff ** p, axis=-1) ** (1.0 / p)


def p_norm_derivative(diff, r, p):
    """d‖diff‖_p / d diff for signed differences ``diff`` and their norms ``r`` (last axis kept),
    zero where the distance is zero (torch's subgradient); the rule of cdist and pdist."""
    if p == 1:
        return sign(diff)
    if p == 2:
        return diff * where(r == 0, 0, 1 / r)
    if p == float("inf"):
        return sign(diff) * (abs(diff) == r)
    return sign(diff) * abs(diff) ** (p - 1) * where(r == 0, 0, r ** (1 - p))


def _cdist_forward(xp, x1, x2, p):
    return p_norms(xp, xp.abs(x1[..., :, None, :] - x2[..., None, :, :]), p)


def _cdist_rule(grad, x1, x2, result, p, needs):
    """Each pair's gradient goes to its x1 row and, negated, to its x2 row."""
    if p == 0:
        return None, None
    pair = grad.unsqueeze(-1) * p_norm_derivative(x1.unsqueeze(-2) - x2.unsqueeze(-3),
                                                  result.unsqueeze(-1), p)
    return (sum(pair, -2) if needs[0] else None), (-sum(pair, -3) if needs[1] else None)


_cdist = defop("cdist", _cdist_forward, node="CdistBackward0", inputs=("x1", "x2"),
               vjp=_cdist_rule)


def cdist(x1, x2, p=2.0, compute_mode="use_mm_for_euclid_dist_if_necessary"):
    """Return the p-norm distance between each row of ``x1`` and each row of ``x2``."""
    if x1.dim() < 2 or x2.dim() < 2:
        raise RuntimeError(
            f"cdist only supports at least 2D tensors, X1 got: {x1.dim()}D, X2 got: {x2.dim()}D")
    if x1.shape[-1] != x2.shape[-1]:
        raise RuntimeError(
            f"X1 and X2 must have the same number of columns. X1: {x1.shape[-1]} X2: "
            f"{x2.shape[-1]}")
    return _cdist.apply((x1, x2), (float(p),))
