"""chainrule.special: torch.special's names for the special functions of the op table."""

from ._ops.nn import log_softmax, softmax
from ._ops.pointwise import sigmoid as expit
from ._ops.pointwise_more import digamma, erf, erfc, erfinv, exp2, expm1, log1p, logit, sinc, xlogy
from ._ops.pointwise_more import digamma as psi
from ._ops.pointwise_more import lgamma as gammaln
from ._ops.reduction_more import logsumexp

__all__ = ["digamma", "erf", "erfc", "erfinv", "exp2", "expit", "expm1", "gammaln", "log1p",
           "log_softmax", "logit", "logsumexp", "psi", "sinc", "softmax", "xlogy"]
