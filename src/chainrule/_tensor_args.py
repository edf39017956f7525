"""torch's TypeError when a function that takes a tensor first gets something else
(``torch.sum([1, 2])``: "sum(): argument 'input' (position 1) must be Tensor, not list").

Importing this module wraps the listed public functions of the package; functions that torch
also defines for Python numbers (add, mul, pow, ...) are left alone.
"""

import functools
import sys

from ._tensor import Tensor

# Functions with public aliases (abs/absolute, clamp/clip, neg/negative, transpose/swapaxes,
# trunc/fix) are not wrapped: an alias must stay the very same object as its op.
_TENSOR_FIRST = (
    "acos", "all", "amax", "amin", "any", "argmax", "argmin", "argsort", "asin", "atan", "ceil",
    "cos", "cosh", "count_nonzero", "cummax", "cummin", "cumprod", "cumsum", "diag", "diagonal",
    "exp", "expm1", "flatten", "flip", "floor", "frac", "isfinite", "isinf", "isnan", "log",
    "log10", "log1p", "log2", "logsumexp", "matmul", "max", "mean", "median", "min", "mm",
    "nansum", "norm", "numel", "permute", "prod", "reciprocal", "relu", "reshape", "round",
    "rsqrt", "sigmoid", "sign", "sin", "sinh", "softmax", "sort", "sqrt", "square", "squeeze",
    "std", "sum", "t", "tan", "tanh", "topk", "trace", "tril", "triu", "unsqueeze", "var")


def _checked(fn, name):
    """``fn`` refusing a first argument that is not a tensor, with torch's message."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        first = args[0] if args else kwargs.get("input", kwargs.get("self"))
        if not isinstance(first, Tensor):
            raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not "
                            f"{type(first).__name__}")
        return fn(*args, **kwargs)
    return wrapper


_package = sys.modules[__name__.rpartition(".")[0]]
for _name in _TENSOR_FIRST:
    setattr(_package, _name, _checked(getattr(_package, _name), _name))
