"""chainrule.special: torch.special's names for the special functions of the op table."""

from ._ops.nn import log_softmax, softmax
from ._ops.pointwise import sigmoid as expit
from ._ops.pointwise_more import digamma, erf, erfc, erfinv, exp2, expm1, log1p, logit, sinc, xlogy
from ._ops.pointwise_more import digamma as psi
from ._ops.pointwise_more import lgamma as gammaln
from ._ops.reduction_more import logsumexp
from ._ops.special_more import (
    entr,
    erfcx,
    i0,
    i0e,
    i1,
    i1e,
    log_ndtr,
    multigammaln,
    ndtr,
    ndtri,
    xlog1py,
)

__all__ = ["digamma", "entr", "erf", "erfc", "erfcx", "erfinv", "exp2", "expit", "expm1",
           "gammaln", "i0", "i0e", "i1", "i1e", "log1p", "log_ndtr", "log_softmax", "logit",
           "logsumexp", "multigammaln", "ndtr", "ndtri", "psi", "sinc", "softmax", "xlog1py",
           "xlogy"]
