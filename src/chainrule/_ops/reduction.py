"""Reductions: sum, mean, max/min (full and along a dim), amax/amin, norm, cumsum, prod."""

import builtins
from collections import namedtuple

import numpy as np

from .. import _dtype
from .._tensor import Tensor, _wrap_dim
from ..autograd.grad_mode import state as _grad_state
from ._registry import NONE, defop
from ._sum_order import torch_sum
from .pointwise import _div_scalar, conj_in_rule, where
from .shape import expand, unsqueeze

values_indices = {}


def _return_type(name):
    cls = values_indices.get(name)
    if cls is None:
        base = namedtuple(name, ["values", "indices"])

        def __repr__(self):
            return (f"torch.return_types.{name}(\nvalues={self.values!r},\n"
                    f"indices={self.indices!r})")
        cls = values_indices[name] = type(name, (base,), {"__slots__": (), "__repr__": __repr__})
        cls.__module__ = "torch.return_types"
    return cls


def _dims(dim, ndim):
    """Normalise ``dim`` (None, int or sequence) to a sorted tuple of non-negative dims."""
    if dim is None:
        return tuple(range(ndim))
    if isinstance(dim, int):
        dim = (dim,)
    return tuple(sorted(_wrap_dim(d, builtins.max(ndim, 1)) % builtins.max(ndim, 1)
                        for d in dim)) if ndim else ()


def _restore(grad, input_shape, dims, keepdim):
    """Give a reduced gradient back its reduced dims (size 1), then expand to the input."""
    if not keepdim:
        for d in dims:
            grad = unsqueeze(grad, d)
    return expand(grad, input_shape)


def _sum_dtype(input, dtype):
    if dtype is not None:
        return dtype.np
    return np.int64 if input.dtype.kind in "biu" else None


def _sum_fwd(xp, input, dims, keepdim, dtype):
    """Sum on arrays; float sums on the CPU add in torch's order (see ``_sum_order``)."""
    dtype = _sum_dtype(input, dtype)
    if xp is np and dtype is None:
        return torch_sum(input, dims, keepdim)
    return xp.sum(input, axis=dims, keepdims=keepdim, dtype=dtype)


def _mean_fwd(xp, input, dims, keepdim):
    """Mean as torch computes it on the CPU: the sum in torch's order, divided by the count."""
    if xp is np and input.dtype in (np.float32, np.float64) and input.size:
        count = input.size if dims is None else _count(input.shape, dims)
        return torch_sum(input, dims, keepdim) / count
    return xp.mean(input, axis=dims, keepdims=keepdim)


_sum_all = defop("sum", lambda xp, input, dtype: _sum_fwd(xp, input, None, False, dtype),
                 node="SumBackward0", promote=NONE,
                 vjp={"input": lambda grad, input_shape: expand(grad, input_shape)})
_sum_dim = defop("sum", lambda xp, input, dims, keepdim, dtype: _sum_fwd(
    xp, input, dims, keepdim, dtype), node="SumBackward1",
    promote=NONE, vjp={"input": lambda grad, input_shape, dims, keepdim: _restore(
        grad, input_shape, dims, keepdim)})


def sum(input, dim=None, keepdim=False, *, dtype=None, out=None):
    """Sum all elements, or along ``dim``; integer and bool inputs sum to int64."""
    if not isinstance(input, Tensor):
        return builtins.sum(input)
    if dim is None:
        if dtype is not None:
            input = input.to(dtype)
        return _sum_all.apply((input,), (None,))
    if dtype is not None:
        input = input.to(dtype)
    return _sum_dim.apply((input,), (_dims(dim, input._data.ndim), keepdim, None))


def _mean_check(input, dtype):
    d = dtype or input.dtype
    if not (d.is_floating_point or d.is_complex):
        raise RuntimeError(
            f"mean(): could not infer output dtype. {'Input' if dtype is None else 'Optional'} "
            "dtype must be either a floating point or complex dtype. Got: "
            f"{_TORCH_TYPE_WORD[d.name]}")


_TORCH_TYPE_WORD = {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char",
                    "uint8": "Byte", "bool": "Bool", "float32": "Float", "float64": "Double",
                    "float16": "Half", "complex64": "ComplexFloat", "complex128": "ComplexDouble"}


def _count(shape, dims):
    n = 1
    for d in dims:
        n *= shape[d]
    return n


_mean_all = defop("mean", lambda xp, input: _mean_fwd(xp, input, None, False),
                  node="MeanBackward0", promote=NONE,
                  vjp={"input": lambda grad, input_shape: _div_scalar.apply(
                      (expand(grad, input_shape),), (builtins.max(int(np.prod(input_shape)), 1),))})
_mean_dim = defop("mean", lambda xp, input, dims, keepdim: _mean_fwd(
    xp, input, dims, keepdim), node="MeanBackward1", promote=NONE,
    vjp={"input": lambda grad, input_shape, dims, keepdim: _div_scalar.apply(
        (_restore(grad, input_shape, dims, keepdim),),
        (builtins.max(_count(input_shape, dims), 1),))})


def mean(input, dim=None, keepdim=False, *, dtype=None, out=None):
    """Average all elements, or along ``dim``."""
    _mean_check(input, dtype)
    if dtype is not None:
        input = input.to(dtype)
    with np.errstate(invalid="ignore", divide="ignore"):
        if dim is None:
            return _mean_all.apply((input,), ())
        return _mean_dim.apply((input,), (_dims(dim, input._data.ndim), keepdim))


def _distribute(grad, input, result):
    """Full max/min: split the gradient evenly among all tied extreme elements, or among the
    NaNs when the result is NaN (torch's evenly_distribute_backward)."""
    mask = (input == result) | ((input != input) & (result != result))
    return where(mask, grad / sum(mask), 0)


def _check_dim_nonempty(input, dim, name):
    """Raise torch's IndexError for a reduction over a size-0 dim (no identity for max/min)."""
    shape = input._data.shape
    for d in (dim if isinstance(dim, (tuple, list)) else (dim,)):
        if shape and -len(shape) <= d < len(shape) and shape[d] == 0:
            raise IndexError(f"{name}(): Expected reduction dim {d} to have non-zero size.")


def _check_nonempty(input, name):
    if input._data.size == 0:
        raise RuntimeError(
            f"{name}(): Expected reduction dim to be specified for input.numel() == 0. Specify "
            "the reduction dim with the 'dim' argument.")


_max_all = defop("max", lambda xp, input: xp.max(input), node="MaxBackward1", promote=NONE,
                 vjp={"input": _distribute})
_min_all = defop("min", lambda xp, input: xp.min(input), node="MinBackward1", promote=NONE,
                 vjp={"input": _distribute})


def _select_along(grad, input_shape, dim, keepdim, indices):
    """Route a gradient to the positions ``indices`` picked along ``dim`` (max/min with dim)."""
    from .indexing import value_selecting_backward
    if not input_shape:  # a 0-d input is its own max
        return grad
    return value_selecting_backward(grad, dim, indices, input_shape, keepdim)


def _max_dim_forward(xp, input, dim, keepdim, largest):
    if input.ndim == 0:
        return input.copy(), np.zeros((), np.int64)
    idx = (xp.argmax if largest else xp.argmin)(input, axis=dim, keepdims=True)
    values = xp.take_along_axis(input, idx, axis=dim)
    if not keepdim:
        values, idx = xp.squeeze(values, dim), xp.squeeze(idx, dim)
    return values, idx.astype(np.int64)


_max_dim = defop("max", lambda xp, input, dim, keepdim: _max_dim_forward(xp, input, dim, keepdim,
                                                                         True),
                 node="MaxBackward0", promote=NONE, outputs=2,
                 differentiable_outputs=(True, False),
                 vjp={"input": lambda grad, input_shape, dim, keepdim, result1: _select_along(
                     grad, input_shape, dim, keepdim, result1)})
_min_dim = defop("min", lambda xp, input, dim, keepdim: _max_dim_forward(xp, input, dim, keepdim,
                                                                         False),
                 node="MinBackward0", promote=NONE, outputs=2,
                 differentiable_outputs=(True, False),
                 vjp={"input": lambda grad, input_shape, dim, keepdim, result1: _select_along(
                     grad, input_shape, dim, keepdim, result1)})


def max(input, dim=None, keepdim=False, *, out=None):
    """Return the maximum; with ``dim``, a (values, indices) named tuple; with a tensor, maximum."""
    if isinstance(dim, Tensor):
        from .pointwise import maximum
        return maximum(input, dim)
    if dim is None:
        _check_nonempty(input, "max")
        return _max_all.apply((input,), ())
    _check_dim_nonempty(input, dim % builtins.max(input._data.ndim, 1), "max")
    d = _wrap_dim(dim, builtins.max(input._data.ndim, 1)) if input._data.ndim else 0
    return _return_type("max")(*_max_dim.apply((input,), (d, keepdim)))


def min(input, dim=None, keepdim=False, *, out=None):
    """Return the minimum; with ``dim``, a (values, indices) named tuple; with a tensor, minimum."""
    if isinstance(dim, Tensor):
        from .pointwise import minimum
        return minimum(input, dim)
    if dim is None:
        _check_nonempty(input, "min")
        return _min_all.apply((input,), ())
    _check_dim_nonempty(input, dim % builtins.max(input._data.ndim, 1), "min")
    if input._data.ndim == 0:
        return _return_type("min")(*_min_dim.apply((input,), (0, keepdim)))
    d = _wrap_dim(dim, input._data.ndim)
    return _return_type("min")(*_min_dim.apply((input,), (d, keepdim)))


def _amax_rule(grad, input, result, dims, keepdim):
    """torch's scale_grad_by_count: (grad / count) * mask, so a NaN extreme (no element equals
    it) gives NaN along its dims, as torch."""
    mask = input == _restore(result, input.shape, dims, keepdim)
    count = sum(mask, dims, keepdim=True)
    return _restore(grad, input.shape, dims, keepdim) / count * mask


_amax = defop("amax", lambda xp, input, dims, keepdim: xp.max(input, axis=dims, keepdims=keepdim),
              node="AmaxBackward0", promote=NONE, vjp={"input": _amax_rule})
_amin = defop("amin", lambda xp, input, dims, keepdim: xp.min(input, axis=dims, keepdims=keepdim),
              node="AminBackward0", promote=NONE, vjp={"input": _amax_rule})


def amax(input, dim=(), keepdim=False, *, out=None):
    """Maximum over ``dim`` (all dims if empty); ties share the gradient equally."""
    if dim in ((), None):
        _check_nonempty(input, "amax")
    _check_dim_nonempty(input, dim, "amax")
    return _amax.apply((input,), (_dims(dim if dim != () else None, input._data.ndim), keepdim))


def amin(input, dim=(), keepdim=False, *, out=None):
    """Minimum over ``dim`` (all dims if empty); ties share the gradient equally."""
    if dim in ((), None):
        _check_nonempty(input, "amin")
    _check_dim_nonempty(input, dim, "amin")
    return _amin.apply((input,), (_dims(dim if dim != () else None, input._data.ndim), keepdim))


def _check_arg_reduce(input, dim, name):
    """torch refuses bool input and empty reductions in argmax/argmin."""
    if input.dtype.name == "bool":
        raise RuntimeError(f"{name}(): does not support bool input")
    if dim is None and input._data.size == 0:
        raise IndexError(
            f"{name}(): Expected reduction dim to be specified for input.numel() == 0.")
    if dim is not None and input._data.ndim and input._data.shape[_wrap_dim(dim,
                                                                           input._data.ndim)] == 0:
        raise IndexError(f"{name}(): Expected reduction dim {_wrap_dim(dim, input._data.ndim)} "
                         "to have non-zero size.")


def argmax(input, dim=None, keepdim=False):
    """Index of the maximum (of the flattened tensor if dim is None)."""
    data = input._data
    _check_arg_reduce(input, dim, "argmax")
    if dim is None:
        out = np.argmax(data.reshape(-1))
        return Tensor._make(np.asarray(out, dtype=np.int64).reshape((1,) * data.ndim if keepdim
                                                                    else ()))
    return Tensor._make(np.asarray(np.argmax(data, axis=_wrap_dim(dim, data.ndim),
                                             keepdims=keepdim), dtype=np.int64))


def argmin(input, dim=None, keepdim=False):
    """Index of the minimum (of the flattened tensor if dim is None)."""
    data = input._data
    _check_arg_reduce(input, dim, "argmin")
    if dim is None:
        out = np.argmin(data.reshape(-1))
        return Tensor._make(np.asarray(out, dtype=np.int64).reshape((1,) * data.ndim if keepdim
                                                                    else ()))
    return Tensor._make(np.asarray(np.argmin(data, axis=_wrap_dim(dim, data.ndim),
                                             keepdims=keepdim), dtype=np.int64))


# --- norms ------------------------------------------------------------------------------
def _norm_forward(xp, input, ord, dims, keepdim):
    a = xp.abs(input)
    if ord == 2:
        return xp.sqrt(xp.sum(a * a, axis=dims, keepdims=keepdim))
    if ord == float("inf"):
        return xp.max(a, axis=dims, keepdims=keepdim)
    if ord == -float("inf"):
        return xp.min(a, axis=dims, keepdims=keepdim)
    if ord == 0:
        return xp.sum(a != 0, axis=dims, keepdims=keepdim).astype(input.dtype)
    if ord == 1:
        return xp.sum(a, axis=dims, keepdims=keepdim)
    return xp.sum(a ** ord, axis=dims, keepdims=keepdim) ** (1.0 / ord)


def _norm_rule(grad, input, result, ord, dims, keepdim):
    """torch's norm_backward, branch by branch, so second derivatives share its corners."""
    from .pointwise import abs
    from .pointwise import sgn_in_rule as sign
    from .pointwise_more import isnan
    g = _restore(grad, input.shape, dims, keepdim)
    r = _restore(result, input.shape, dims, keepdim)
    if ord == 0:
        return None
    if ord == 1:
        return sign(input) * g
    if ord == 2:
        return g * where(r == 0, 0, input / r)
    if ord in (float("inf"), -float("inf")):
        input_abs = abs(input)
        mask = (input_abs == r) | isnan(input_abs)
        return sign(input) * ((g / sum(mask, dims, keepdim=True)) * mask)
    if ord < 1:
        scaled = sign(input) * where(input == 0, 0, abs(input) ** (ord - 1))
        return scaled * g * r ** (1 - ord)
    if ord < 2:
        scaled = sign(input) * abs(input) ** (ord - 1)
    else:
        scaled = input * abs(input) ** (ord - 2)
    return scaled * where(r == 0, 0, g / r ** (ord - 1))


_vector_norm = defop("linalg_vector_norm", _norm_forward, node="LinalgVectorNormBackward0",
                     promote=NONE, vjp={"input": _norm_rule})


def vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None, out=None):
    """Return the vector p-norm over ``dim`` (all elements when None)."""
    if not (x.dtype.is_floating_point or x.dtype.is_complex):
        raise RuntimeError(
            "linalg.vector_norm: Expected a floating point or complex tensor as input. Got "
            f"{_TORCH_TYPE_WORD[x.dtype.name]}")
    if dtype is not None:
        x = x.to(dtype)
    if ord < 0 or ord == float("inf"):
        _check_norm_identity(x, ord, dim)
    return _vector_norm.apply((x,), (float(ord), _dims(dim, x._data.ndim), keepdim))


def _check_norm_identity(x, ord, dim):
    """torch refuses norms with no identity (ord < 0 or inf) over empty dims, in its words."""
    text = f"linalg.vector_norm cannot compute the {float(ord):g} norm on "
    if dim is None:
        if x.numel() == 0:
            raise RuntimeError(text + "an empty tensor because the operation does not have an "
                               "identity")
        return
    for d in (dim if isinstance(dim, (tuple, list)) else (dim,)):
        if x.ndim and x.shape[d] == 0:
            raise RuntimeError(text + f"the dimension {d}because this dimension is empty and the "
                               "operation does not have an identity")


def norm(input, p="fro", dim=None, keepdim=False, out=None, dtype=None):
    """Return the norm: Frobenius/2-norm by default, or the p-norm over ``dim``."""
    if p == "fro" or p is None:
        p = 2
    if p == "nuc":
        from .linalg_more import matrix_norm
        return matrix_norm(input, "nuc", (-2, -1) if dim is None else dim, keepdim)
    return vector_norm(input, p, dim, keepdim, dtype=dtype)


# --- cumulative -------------------------------------------------------------------------
def _cumsum_forward(xp, input, dim, dtype):
    if input.ndim == 0:
        return input.astype(_sum_dtype(input, dtype) or input.dtype)
    return xp.cumsum(input, axis=dim, dtype=_sum_dtype(input, dtype))


_cumsum = defop("cumsum", _cumsum_forward, node="CumsumBackward0", promote=NONE,
                vjp={"input": lambda grad, dim: _reverse_cumsum(grad, dim)})


def _reverse_cumsum(grad, dim):
    from .shape import flip
    if grad.ndim == 0:
        return grad
    return flip(cumsum(flip(grad, dim), dim), dim)


def cumsum(input, dim, *, dtype=None, out=None):
    """Return cumulative sums along ``dim``."""
    nd = input._data.ndim
    d = _wrap_dim(dim, builtins.max(nd, 1)) if nd else 0
    return _cumsum.apply((input,), (d, dtype))


def _prod_rule(grad, input, result):
    """torch's prod_backward: grad · (result / x) without zeros; with zeros, the products of
    the others over the flattened input (zero when two or more and no graph is built)."""
    if input.ndim == 0:
        return grad
    zeros = int((input._data == 0).sum())
    if zeros == 0:
        return grad * conj_in_rule(result / input)
    if zeros > 1 and not _grad_state.enabled:
        from .._creation import zeros_like
        return zeros_like(input)
    from .shape import reshape
    return reshape(_prod_safe_zeros(grad, reshape(input, (-1,)), 0), input.shape)


def _prod_dim_rule(grad, input, result, dims, keepdim):
    """torch's prod_backward over one dim."""
    if input.ndim == 0:
        return grad
    (dim,) = dims
    if not keepdim:
        grad, result = unsqueeze(grad, dim), unsqueeze(result, dim)
    if not (input._data == 0).any():
        return grad * conj_in_rule(result / input)
    return _prod_safe_zeros(grad, input, dim)


def _prod_safe_zeros(grad, input, dim):
    """grad times, for each element, the product of the others along ``dim``: exclusive
    cumprods from each side (torch's prod_safe_zeros_backward), exact with zeros."""
    if input.numel() == 0:
        return expand(grad, input.shape)
    n = input.shape[dim]
    if n == 1:
        return grad
    from .._creation import ones
    from .reduction_more import cumprod
    from .shape import cat, flip, narrow
    one = ones(input.shape[:dim] + (1,) + input.shape[dim + 1:], dtype=input.dtype)
    before = cumprod(cat([one, narrow(input, dim, 0, n - 1)], dim), dim)
    after = flip(cumprod(cat([one, flip(narrow(input, dim, 1, n - 1), (dim,))], dim), dim),
                 (dim,))
    return grad * conj_in_rule(before * after)


_prod = defop("prod", lambda xp, input, dims, keepdim: xp.prod(input, axis=dims,
                                                               keepdims=keepdim),
              node="ProdBackward0", promote=NONE, vjp={"input": _prod_rule})
_prod_dim = defop("prod", lambda xp, input, dims, keepdim: xp.prod(input, axis=dims,
                                                                   keepdims=keepdim),
                  node="ProdBackward1", promote=NONE, vjp={"input": _prod_dim_rule})


def prod(input, dim=None, keepdim=False, *, dtype=None):
    """Return the product of all elements, or along ``dim``."""
    if dtype is not None:
        input = input.to(dtype)
    if input._data.dtype.kind in "biu" and dtype is None:
        input = input.to(_dtype.int64)
    if dim is None:
        return _prod.apply((input,), (tuple(range(input._data.ndim)), False))
    return _prod_dim.apply((input,), (_dims(dim, input._data.ndim), keepdim))


METHODS = ("sum", "mean", "max", "min", "amax", "amin", "argmax", "argmin", "norm", "cumsum",
           "prod")
