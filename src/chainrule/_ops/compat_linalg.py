"""matrix_rank: counts singular values above torch's tolerance (not differentiable, int64)."""

import numpy as np

from .linalg_more import eigvalsh, svdvals
from .pointwise import abs, clamp_min, gt
from .reduction import amax, sum


def matrix_rank(A, *, atol=None, rtol=None, hermitian=False, tol=None, out=None):
    """Return the number of singular values of ``A`` above max(atol, rtol * largest).

    Without tolerances rtol is eps * max(m, n); a positive atol alone sets rtol to 0, as torch.
    Built from table ops so vmap batches it.
    """
    if A.dim() < 2:
        raise RuntimeError(
            "torch.linalg.matrix_rank: The input tensor input must have at least 2 dimensions.")
    s = abs(eigvalsh(A)) if hermitian else svdvals(A)
    if tol is not None:
        atol, rtol = tol, 0.0
    if rtol is None:
        rtol = 0.0 if atol is not None and atol > 0 else \
            float(np.finfo(A.dtype.np).eps) * max(A.shape[-2:])
    threshold = clamp_min(amax(s, -1, keepdim=True) * rtol, 0.0 if atol is None else atol)
    return sum(gt(s, threshold), -1)
