"""NumPy functions on tensors: ``np.sin(t)``, ``np.sum(t * t)``, ``np.concatenate([...])`` return
tensors and stay differentiable, through ``__array_ufunc__`` and ``__array_function__``.

Each NumPy function maps to the chainrule op with the same meaning, so gradients come from the op
table. A NumPy function without a mapping still works on tensors that need no gradient (the
result is wrapped back into a tensor); when a gradient would be lost it raises a TypeError that
names the function, rather than returning a silently detached result.
"""

import numpy as np

import chainrule as cr

from ._tensor import Tensor
from .autograd.grad_mode import state as grad_state


def _axis_call(fn, *, keep="keepdim"):
    """Adapt a reduction: NumPy's ``axis``/``keepdims`` become torch's ``dim``/``keepdim``."""
    def call(a, axis=None, dtype=None, out=None, keepdims=False, **extra):
        _reject(extra, fn.__name__)
        result = fn(a) if axis is None and not keepdims else fn(
            a, dim=_all_dims(a) if axis is None else axis, **{keep: keepdims})
        return _cast(result, dtype)
    return call


def _all_dims(a):
    return tuple(range(a.ndim))


def _cast(result, dtype):
    return result if dtype is None else result.to(_dtype(dtype))


def _dtype(np_dtype):
    from ._dtype import from_numpy_dtype
    return from_numpy_dtype(np.dtype(np_dtype))


def _reject(extra, name):
    if extra:
        raise TypeError(f"numpy.{name}: argument(s) {sorted(extra)} are not supported on "
                        "chainrule tensors")


def _values(fn):
    """``np.max``-style reductions return only values (torch's dim-max returns a pair)."""
    def call(a, axis=None, out=None, keepdims=False, **extra):
        _reject(extra, fn.__name__)
        if axis is None and not keepdims:
            return fn(a)
        return getattr(cr, "amax" if fn.__name__ == "max" else "amin")(
            a, dim=_all_dims(a) if axis is None else axis, keepdim=keepdims)
    return call


def _var(fn):
    def call(a, axis=None, dtype=None, out=None, ddof=0, keepdims=False, **extra):
        _reject(extra, fn.__name__)
        return _cast(fn(a, dim=axis, correction=ddof, keepdim=keepdims), dtype)
    return call


def _arg(fn):
    def call(a, axis=None, out=None, keepdims=False):
        return fn(a, dim=axis, keepdim=keepdims)
    return call


def _cumulative(fn):
    def call(a, axis=None, dtype=None, out=None):
        if axis is None:
            a, axis = cr.flatten(a), 0
        return _cast(fn(a, axis), dtype)
    return call


def _tensor_args(seq):
    """Make tensors of mixed tensor/array operands; raw arrays bring NumPy's promotion."""
    seq = list(seq)
    if all(isinstance(x, Tensor) or not isinstance(x, np.ndarray) for x in seq):
        return [x if isinstance(x, Tensor) else cr.as_tensor(np.asarray(x)) for x in seq]
    common = np.result_type(*[x._data if isinstance(x, Tensor) else np.asarray(x)
                              for x in seq])
    return [cr.as_tensor(x, dtype=_dtype(common)) if not isinstance(x, Tensor)
            else x.to(_dtype(common)) for x in seq]


def _join(fn):
    def call(arrays, axis=0, out=None, dtype=None, **extra):
        _reject(extra, fn.__name__)
        return _cast(fn(_tensor_args(arrays), axis), dtype)
    return call


def _reshape(a, *args, **kwargs):
    shape = kwargs.pop("newshape", kwargs.pop("shape", args[0] if args else None))
    return cr.reshape(a, (shape,) if isinstance(shape, int) else tuple(shape))


def _transpose(a, axes=None):
    return cr.permute(a, tuple(range(a.ndim))[::-1] if axes is None else tuple(axes))


def _split(a, indices_or_sections, axis=0):
    if isinstance(indices_or_sections, int):
        n = a.shape[axis]
        if n % indices_or_sections:
            raise ValueError("array split does not result in an equal division")
        return list(cr.split(a, n // indices_or_sections, axis))
    return list(cr.tensor_split(a, list(indices_or_sections), axis))


def _norm(x, ord=None, axis=None, keepdims=False):
    if ord is None or isinstance(ord, (int, float)) and (axis is not None or x.ndim == 1):
        return cr.linalg.vector_norm(x, 2 if ord is None else ord, dim=axis, keepdim=keepdims)
    return cr.linalg.matrix_norm(x, ord, dim=(-2, -1) if axis is None else axis,
                                 keepdim=keepdims)


FUNCTIONS = {
    np.sum: _axis_call(cr.sum), np.mean: _axis_call(cr.mean), np.prod: _axis_call(cr.prod),
    np.max: _values(cr.max), np.amax: _values(cr.max), np.min: _values(cr.min),
    np.amin: _values(cr.min), np.var: _var(cr.var), np.std: _var(cr.std),
    np.argmax: _arg(cr.argmax), np.argmin: _arg(cr.argmin),
    np.cumsum: _cumulative(cr.cumsum), np.cumprod: _cumulative(cr.cumprod),
    np.concatenate: _join(cr.cat), np.stack: _join(cr.stack),
    np.hstack: lambda tup, **kw: cr.hstack(_tensor_args(tup)),
    np.vstack: lambda tup, **kw: cr.vstack(_tensor_args(tup)),
    np.reshape: _reshape, np.transpose: _transpose,
    np.squeeze: lambda a, axis=None: cr.squeeze(a) if axis is None else cr.squeeze(a, axis),
    np.expand_dims: lambda a, axis: cr.unsqueeze(a, axis),
    np.swapaxes: lambda a, axis1, axis2: cr.transpose(a, axis1, axis2),
    np.moveaxis: lambda a, source, destination: cr.movedim(a, source, destination),
    np.broadcast_to: lambda array, shape, subok=False: cr.broadcast_to(array, shape),
    np.ravel: lambda a, order="C": cr.flatten(a),
    np.flip: lambda m, axis=None: cr.flip(m, _all_dims(m) if axis is None else axis),
    np.roll: lambda a, shift, axis=None: cr.roll(a, shift, axis),
    np.tile: lambda A, reps: cr.tile(A, (reps,) if isinstance(reps, int) else tuple(reps)),
    np.split: _split,
    np.dot: lambda a, b, out=None: cr.matmul(*_tensor_args((a, b)))
    if a.ndim and b.ndim else cr.mul(*_tensor_args((a, b))),
    np.matmul: lambda a, b, **kw: cr.matmul(*_tensor_args((a, b))),
    np.inner: lambda a, b: cr.inner(*_tensor_args((a, b))),
    np.outer: lambda a, b, out=None: cr.outer(*_tensor_args((cr.flatten(cr.as_tensor(a)),
                                                              cr.flatten(cr.as_tensor(b))))),
    np.tensordot: lambda a, b, axes=2: cr.tensordot(*_tensor_args((a, b)), dims=axes),
    np.einsum: lambda subscripts, *operands, **kw: cr.einsum(subscripts,
                                                             *_tensor_args(operands)),
    np.trace: lambda a, offset=0, axis1=0, axis2=1, dtype=None, out=None: cr.sum(
        cr.diagonal(a, offset, axis1, axis2), -1),
    np.diagonal: lambda a, offset=0, axis1=0, axis2=1: cr.diagonal(a, offset, axis1, axis2),
    np.diag: lambda v, k=0: cr.diag(v, k),
    np.tril: lambda m, k=0: cr.tril(m, k), np.triu: lambda m, k=0: cr.triu(m, k),
    np.clip: lambda a, a_min=None, a_max=None, out=None, **kw: cr.clamp(
        a, kw.get("min", a_min), kw.get("max", a_max)),
    np.where: lambda condition, *xy: cr.where(cr.as_tensor(np.asarray(condition)) if not
                                              isinstance(condition, Tensor) else condition,
                                              *xy),
    np.linalg.norm: _norm, np.linalg.inv: lambda a: cr.linalg.inv(a),
    np.linalg.det: lambda a: cr.linalg.det(a),
    np.linalg.solve: lambda a, b: cr.linalg.solve(*_tensor_args((a, b))),
    np.allclose: lambda a, b, rtol=1e-05, atol=1e-08, equal_nan=False: cr.allclose(
        *_tensor_args((a, b)), rtol, atol, equal_nan),
    np.shape: lambda a: tuple(a.shape), np.ndim: lambda a: a.ndim, np.size: lambda a, axis=None:
    a.numel() if axis is None else a.shape[axis],
    np.copy: lambda a, order="K", subok=False: cr.clone(a),
}

UFUNCS = {
    np.add: cr.add, np.subtract: cr.sub, np.multiply: cr.mul, np.true_divide: cr.div,
    np.negative: cr.neg, np.positive: lambda x: x, np.power: cr.pow,
    np.float_power: cr.float_power, np.exp: cr.exp, np.exp2: cr.exp2, np.expm1: cr.expm1,
    np.log: cr.log, np.log2: cr.log2, np.log10: cr.log10, np.log1p: cr.log1p,
    np.sqrt: cr.sqrt, np.square: cr.square, np.reciprocal: cr.reciprocal,
    np.sin: cr.sin, np.cos: cr.cos, np.tan: cr.tan, np.arcsin: cr.asin, np.arccos: cr.acos,
    np.arctan: cr.atan, np.arctan2: cr.atan2, np.sinh: cr.sinh, np.cosh: cr.cosh,
    np.tanh: cr.tanh, np.arcsinh: cr.asinh, np.arccosh: cr.acosh, np.arctanh: cr.atanh,
    np.absolute: cr.abs, np.fabs: cr.abs, np.sign: cr.sign, np.maximum: cr.maximum,
    np.minimum: cr.minimum, np.fmax: cr.fmax, np.fmin: cr.fmin, np.hypot: cr.hypot,
    np.logaddexp: cr.logaddexp, np.logaddexp2: cr.logaddexp2, np.floor: cr.floor,
    np.ceil: cr.ceil, np.trunc: cr.trunc, np.rint: cr.round, np.remainder: cr.remainder,
    np.fmod: cr.fmod, np.floor_divide: cr.floor_divide, np.matmul: cr.matmul,
    np.deg2rad: cr.deg2rad, np.rad2deg: cr.rad2deg, np.copysign: cr.copysign,
    np.equal: cr.eq, np.not_equal: cr.ne, np.less: cr.lt, np.less_equal: cr.le,
    np.greater: cr.gt, np.greater_equal: cr.ge, np.logical_and: cr.logical_and,
    np.logical_or: cr.logical_or, np.logical_xor: cr.logical_xor,
    np.logical_not: cr.logical_not, np.isnan: cr.isnan, np.isinf: cr.isinf,
    np.isfinite: cr.isfinite, np.signbit: cr.signbit,
}
REDUCTIONS = {np.add: cr.sum, np.multiply: cr.prod, np.maximum: cr.amax, np.minimum: cr.amin}


def _needs_grad(values):
    """True if any tensor among (possibly nested) values would carry a gradient."""
    stack = list(values)
    while stack:
        v = stack.pop()
        if isinstance(v, Tensor):
            if v.requires_grad and grad_state.enabled:
                return True
        elif isinstance(v, (list, tuple)):
            stack.extend(v)
        elif isinstance(v, dict):
            stack.extend(v.values())
    return False


def _to_arrays(v):
    if isinstance(v, Tensor):
        return v.detach().numpy()
    if isinstance(v, (list, tuple)):
        return type(v)(_to_arrays(x) for x in v)
    if isinstance(v, dict):
        return {k: _to_arrays(x) for k, x in v.items()}
    return v


def _to_tensors(v):
    if isinstance(v, np.ndarray) and v.dtype.kind in "biufc":
        return Tensor._make(v)
    if isinstance(v, (list, tuple)):
        return type(v)(_to_tensors(x) for x in v)
    return v


def _plain_numpy(call, name, args, kwargs):
    """Run NumPy on the arrays when no gradient is at stake; refuse when one would be lost."""
    if _needs_grad(args) or _needs_grad(kwargs.values()):
        raise TypeError(
            f"numpy.{name} has no differentiable rule in chainrule, and a gradient would be "
            f"lost: call the chainrule op instead, or .detach() the tensor first")
    return _to_tensors(call(*_to_arrays(args), **_to_arrays(kwargs)))


def _write_out(result, out):
    """Honour NumPy's ``out=`` by copying into the given tensor(s)."""
    outs = out if isinstance(out, tuple) else (out,)
    results = result if isinstance(result, tuple) else (result,)
    for target, value in zip(outs, results):
        target.copy_(value)
    return out[0] if isinstance(out, tuple) and len(out) == 1 else out


def array_ufunc(self, ufunc, method, *inputs, **kwargs):
    """Dispatch a NumPy ufunc on tensors to the chainrule op of the same meaning."""
    out = kwargs.pop("out", None)
    if method == "__call__" and ufunc in UFUNCS and not kwargs:
        result = UFUNCS[ufunc](*_tensor_args(inputs) if any(
            isinstance(x, np.ndarray) for x in inputs) else inputs)
    elif method == "reduce" and ufunc in REDUCTIONS and set(kwargs) <= {"axis", "keepdims"}:
        a = inputs[0]
        axis = kwargs.get("axis", 0)
        axis = _all_dims(a) if axis is None else axis
        result = REDUCTIONS[ufunc](a, dim=axis, keepdim=kwargs.get("keepdims", False))
    else:
        name = ufunc.__name__ if method == "__call__" else f"{ufunc.__name__}.{method}"
        result = _plain_numpy(getattr(ufunc, method), name, inputs, kwargs)
    return result if out is None else _write_out(result, out)


def array_function(self, func, types, args, kwargs):
    """Dispatch a NumPy function on tensors to its chainrule counterpart."""
    impl = FUNCTIONS.get(func)
    if impl is None:
        return _plain_numpy(func._implementation if hasattr(func, "_implementation") else func,
                            func.__name__, args, kwargs)
    out = kwargs.pop("out", None)
    result = impl(*args, **kwargs)
    return result if out is None else _write_out(result, out)


Tensor.__array_ufunc__ = array_ufunc
Tensor.__array_function__ = array_function
