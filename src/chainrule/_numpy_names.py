"""NumPy's argument names ``axis``/``keepdims``, which torch's argument parser accepts for
``dim``/``keepdim`` on its native functions and Tensor methods (``x.sum(axis=0)``)."""

import functools

from ._ops import indexing, nn, reduction, reduction_more, shape, shape_more
from ._tensor import Tensor

_ALIASES = {"axis": "dim", "keepdims": "keepdim"}


def accepts_numpy_names(fn):
    """Wrap ``fn`` so ``axis=``/``keepdims=`` reach it as ``dim=``/``keepdim=``."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if "axis" in kwargs or "keepdims" in kwargs:
            kwargs = {_ALIASES.get(k, k): v for k, v in kwargs.items()}
        return fn(*args, **kwargs)
    return wrapper


def _wrap(module, name):
    """Wrap one public function and the Tensor method that is the same function."""
    fn = getattr(module, name)
    wrapped = accepts_numpy_names(fn)
    if getattr(Tensor, name, None) is fn:
        setattr(Tensor, name, wrapped)
    return wrapped


sum, mean, prod, max, min, amax, amin, argmax, argmin, cumsum = (
    _wrap(reduction, n) for n in
    ("sum", "mean", "prod", "max", "min", "amax", "amin", "argmax", "argmin", "cumsum"))
(std, var, any, all, logsumexp, cumprod, median, nansum, nanmean, count_nonzero, std_mean,
 var_mean, sort, argsort, topk, cummax, cummin, kthvalue, aminmax) = (
    _wrap(reduction_more, n) for n in
    ("std", "var", "any", "all", "logsumexp", "cumprod", "median", "nansum", "nanmean",
     "count_nonzero", "std_mean", "var_mean", "sort", "argsort", "topk", "cummax", "cummin",
     "kthvalue", "aminmax"))
softmax, log_softmax = _wrap(nn, "softmax"), _wrap(nn, "log_softmax")
cat, stack, squeeze, unsqueeze, unbind, chunk, narrow = (
    _wrap(shape, n) for n in ("cat", "stack", "squeeze", "unsqueeze", "unbind", "chunk", "narrow"))
concat = concatenate = cat
index_select, gather, select = (_wrap(indexing, n) for n in ("index_select", "gather", "select"))
diff, repeat_interleave, take_along_dim = (
    _wrap(shape_more, n) for n in ("diff", "repeat_interleave", "take_along_dim"))
