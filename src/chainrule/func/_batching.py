"""BatchedTensor and per-op batching rules: vmap runs a function once on whole batches.

A BatchedTensor at vmap level L wraps a value tensor whose dim 0 is the batch. Code that
reads ``_data`` sees example 0 (right shape and dtype) so op wrappers validate logical
shapes unchanged; ``Op.apply`` routes ops with batched arguments here. Elementwise ops,
reductions, views and the matmul family get one call on the whole batch; any other op
falls back to a loop over examples and a stack.
"""

import numpy as np

from .._tensor import Tensor
from ..autograd.forward_ad import state


class Unbatchable(Exception):
    """Raised where batching cannot express an operation; vmap then loops over examples."""


class _Example(np.ndarray):
    """Example 0 of a batched tensor, as handed to code reading ``_data``; knows its source."""

    source = None


class BatchedTensor(Tensor):
    """A tensor seen one example at a time inside vmap; ``_value`` holds the whole batch."""

    __slots__ = ("_value", "_level", "_bdim")

    @property
    def _data(self):
        ex = self._value._data[0, ...].view(_Example)
        ex.flags.writeable = False  # writes through _data would touch example 0 only
        ex.source = self
        return ex

    @_data.setter
    def _data(self, arr):
        raise RuntimeError("vmap: inplace arithmetic is not supported on batched tensors")

    def _assign_batch(self, new):
        """In-place update inside vmap: write all examples into the value (and what it views)."""
        from .._ops.indexing import assign
        assign(self._value, unwrap(new, self._level, self._value.shape[0]))
        self._rg = self._value._rg


    @property
    def device(self):
        return self._value.device

    @property
    def grad_fn(self):
        """The history of the whole batch: a batched result is a leaf only if its value is."""
        return self._value.grad_fn

    def detach(self):
        return wrap(self._value.detach(), self._level)

    def requires_grad_(self, requires_grad=True):
        self._value.requires_grad_(requires_grad)
        self._rg = self._value._rg
        return self

    def item(self):
        raise RuntimeError(
            "vmap: It looks like you're calling .item() on a Tensor. We don't support vmap over "
            "calling .item() on a Tensor, please try to rewrite what you're doing with other "
            "operations. If error is occurring somewhere inside PyTorch internals, please file "
            "a bug report.")

    def __bool__(self):
        raise RuntimeError(
            "vmap: It looks like you're attempting to use a Tensor in some data-dependent "
            "control flow. We don't support that yet, please file an issue at "
            "https://github.com/pytorch/pytorch/issues .")

    tolist = numpy = item

    def __repr__(self, *, tensor_contents=None):
        from ._repr import wrapped_repr
        return wrapped_repr(self)

    __str__ = __repr__


def assign_batch(t, new):
    """``assign`` inside vmap: batched targets take every example; others cannot take a batch."""
    if not isinstance(t, BatchedTensor) or top_level((new,), ()) > t._level:
        raise RuntimeError(
            "vmap: inplace arithmetic(self, *extra_args) is not possible because there exists a "
            "Tensor `other` in extra_args that has more elements than `self`. This happened due "
            "to `other` being vmapped over but `self` not being vmapped over in a vmap. Please "
            "try to use out-of-place operators instead of inplace arithmetic. If said operator "
            "is being called inside the PyTorch framework, please file a bug report instead.")
    t._assign_batch(new)


def function_under_vmap(cls, base):
    """An autograd.Function called on batched tensors: torch's support checks, then a loop
    over examples (which is what generate_vmap_rule=True amounts to)."""
    if cls.setup_context is base.setup_context:
        raise RuntimeError(
            "In order to use an autograd.Function with functorch transforms (vmap, grad, jvp, "
            "jacrev, ...), it must override the setup_context staticmethod. For more details, "
            "please see https://pytorch.org/docs/main/notes/extending.func.html")
    if not getattr(cls, "generate_vmap_rule", False) and getattr(cls, "vmap", None) is None:
        raise RuntimeError(
            f"You tried to vmap over {cls.__name__}, but it does not have vmap support. Please "
            "override and implement the vmap staticmethod or set generate_vmap_rule=True. For "
            "more details, please see https://pytorch.org/docs/main/notes/extending.func.html")
    raise Unbatchable(f"{cls.__name__} runs once per example")


def batch_norm_under_vmap(input, running_mean, running_var):
    """Training batch norm under vmap: unbatched running stats cannot take a batch of updates
    (torch's error); batched ones (stacked ensemble buffers) are updated one example at a time."""
    level = top_level((input, running_mean, running_var), ())
    if level == 0:
        return
    if top_level((running_mean, running_var), ()) < top_level((input,), ()):
        raise RuntimeError(
            "Batch norm got a batched tensor as input while the running_mean or running_var, "
            "which will be updated in place, were not batched.\nIf you are using a module and "
            "do not need eval mode, please set `track_running_stats` to be False.If you are "
            "using a prebuilt module and do not need eval mode, please see the functorch "
            "website for resources on how to patch your module to work with vmap")
    raise Unbatchable("running statistics are updated per example")


def check_mask_index(index):
    """A batched boolean mask would give each example its own shape (torch's error)."""
    for i in index if isinstance(index, tuple) else (index,):
        if isinstance(i, BatchedTensor) and i.dtype.name in ("bool", "uint8"):
            raise RuntimeError(
                "vmap: We do not support batching operators that can support dynamic shape. "
                "Attempting to batch over indexing with a boolean mask.")


def check_batched_inplace(t, new, name):
    """torch's batching rules for add_ and atan2_ refuse a batched result written into an
    unbatched tensor with a broadcast error (other in-place ops get assign_batch's message)."""
    if name in ("add", "_add_operator", "atan2") and top_level((new,), ()) > top_level((t,), ()):
        shape = ", ".join(map(str, t.shape))
        raise RuntimeError(f"output with shape [{shape}] doesn't match the broadcast shape "
                           f"[{new._value.shape[0]}, {shape}]")


def wrap(value, level):
    """Wrap ``value`` (batch in dim 0) as a BatchedTensor at ``level``.

    Wrappers nest with the highest level outermost, so a value batched at an inner level is
    rewrapped with the two batch dims swapped.
    """
    if isinstance(value, BatchedTensor) and value._level > level:
        from .._ops.shape import movedim
        return wrap(wrap(movedim(value._value, 1, 0), level), value._level)
    t = object.__new__(BatchedTensor)
    t._value = value
    t._level = level
    t._bdim = 0
    t._rg = value._rg
    t._grad = t._vc = t._base = t._acc = t._hooks = t._fw = None
    t._output_nr = 0
    if value._fw:  # tangents of levels opened inside this vmap belong to the wrapper
        t._fw = {lv: wrap(tan, level) for lv, tan in value._fw.items() if lv > level} or None
    return t


def unwrap(t, level, size):
    """The batch-first value of ``t`` at ``level``; unbatched tensors are expanded to ``size``."""
    from .._ops.shape import expand, movedim, unsqueeze
    if isinstance(t, BatchedTensor):
        if t._level == level:
            return t._value
        if t._level > level:
            return wrap(movedim(unwrap(t._value, level, size), 1, 0), t._level)
    return expand(unsqueeze(t, 0), (size,) + tuple(t.shape))


def top_level(args, attrs):
    """The innermost vmap level among batched arguments (0 when none is batched)."""
    level = 0
    for a in args:
        if isinstance(a, BatchedTensor) and a._level > level:
            level = a._level
    for v in _examples(attrs):
        if v.source._level > level:
            level = v.source._level
    return level


def _examples(attrs):
    """The batched examples among attributes, looking inside tuples (index tuples)."""
    for v in attrs:
        if isinstance(v, _Example) and v.source is not None:
            yield v
        elif isinstance(v, (tuple, list)):
            yield from _examples(v)


def batch_apply(op, args, attrs):
    """Run ``op`` with some arguments batched: one call on whole batches, or a loop."""
    level = top_level(args, attrs)
    if level == 0:
        return NotImplemented
    size = next(a._value.shape[0] for a in list(args) + [v.source for v in _examples(attrs)]
                if isinstance(a, BatchedTensor) and a._level == level)
    rule = _RULES.get(op.name)
    out = rule(op, args, attrs, level, size) if rule is not None else NotImplemented
    if out is NotImplemented:
        out = _loop(op, args, attrs, level, size)
    return out


def _wrap_out(op, out, level):
    return tuple(wrap(o, level) for o in out) if op.n_out > 1 else wrap(out, level)


def _loop(op, args, attrs, level, size):
    """Fallback: apply the op to each example and stack the results."""
    from .._ops.indexing import select
    from .._ops.shape import stack
    results = []
    for b in range(size):
        args_b = tuple(select(a._value, 0, b) if isinstance(a, BatchedTensor) and
                       a._level == level else a for a in args)
        attrs_b = tuple(_example_attr(v, level, b) for v in attrs)
        results.append(op.apply(args_b, attrs_b))
    if op.n_out > 1:
        return tuple(wrap(stack([r[k] for r in results]), level) for k in range(op.n_out))
    return wrap(stack(results), level)


def _example_attr(v, level, b):
    """Attribute ``v`` for example ``b``: batched examples at ``level`` become that example's."""
    if isinstance(v, _Example) and v.source is not None and v.source._level == level:
        value = v.source._value
        if isinstance(value, BatchedTensor):
            return value[b]._data
        return value._data[b]
    if isinstance(v, (tuple, list)):
        return type(v)(_example_attr(e, level, b) for e in v)
    return v


# --- rules -----------------------------------------------------------------------------------
def _elementwise(op, args, attrs, level, size):
    """Pad each batched value to the common rank so NumPy's broadcasting lines examples up."""
    from .._ops.shape import reshape
    rank = 0
    for a in args:
        if isinstance(a, Tensor):
            rank = max(rank, a.ndim)
    for v in attrs:
        if isinstance(v, np.ndarray):
            rank = max(rank, v.ndim)
    new_args = []
    for a in args:
        if isinstance(a, BatchedTensor) and a._level == level:
            v = a._value
            k = v.ndim - 1
            if k < rank:
                v = reshape(v, (size,) + (1,) * (rank - k) + tuple(v.shape[1:]))
            a = v
        new_args.append(a)
    new_attrs = []
    for v in attrs:
        if isinstance(v, _Example) and v.source is not None and v.source._level == level:
            value = v.source._value
            if isinstance(value, BatchedTensor):
                return NotImplemented
            arr = np.asarray(value._data)
            v = arr.reshape((size,) + (1,) * (rank - arr.ndim + 1) + arr.shape[1:])
        new_attrs.append(v)
    return wrap(op.apply(tuple(new_args), tuple(new_attrs)), level)


def _unary(shift):
    """A one-input op whose attributes map to the batch-first call by ``shift``."""
    def rule(op, args, attrs, level, size):
        if next(_examples(attrs), None) is not None:
            return NotImplemented
        value = unwrap(args[0], level, size)
        if value.ndim == 1:  # 0-d examples: dim 0 means the element itself, so loop instead
            return NotImplemented
        new = shift(attrs, size)
        if new is NotImplemented:
            return NotImplemented
        return _wrap_out(op, op.apply((value,), new), level)
    return rule


def _shift(d):
    """A dim of the example as a dim of the batch-first value (negative dims stay put)."""
    return d + 1 if d >= 0 else d


def _dims_plus(dims):
    return tuple(_shift(d) for d in dims)


def _dims_first(attrs, size):
    return (_dims_plus(attrs[0]),) + tuple(attrs[1:]) if attrs[0] else NotImplemented


def _dim_first(attrs, size):
    if not attrs or not isinstance(attrs[0], int):
        return NotImplemented
    return (_shift(attrs[0]),) + tuple(attrs[1:])


def _shape_first(attrs, size):
    return ((size,) + tuple(attrs[0]),) + tuple(attrs[1:])


def _shape_then_dim(attrs, size):
    return ((size,) + tuple(attrs[0]), _shift(attrs[1])) + tuple(attrs[2:])


def _transpose(attrs, size):
    return (_shift(attrs[0]), _shift(attrs[1]))


def _permute(attrs, size):
    return ((0,) + _dims_plus(attrs[0]),)


def _expand(op, args, attrs, level, size):
    from .._ops.shape import reshape
    shape = tuple(attrs[0])
    value = unwrap(args[0], level, size)
    k = value.ndim - 1
    if k < len(shape):
        value = reshape(value, (size,) + (1,) * (len(shape) - k) + tuple(value.shape[1:]))
    return wrap(op.apply((value,), ((size,) + shape,)), level)


def _squeeze_all(op, args, attrs, level, size):
    from .._ops.shape import _squeeze_dims
    value = unwrap(args[0], level, size)
    dims = tuple(i + 1 for i, s in enumerate(value.shape[1:]) if s == 1)
    return wrap(_squeeze_dims.apply((value,), (dims,)), level)


def _t(op, args, attrs, level, size):
    from .._ops.shape import _alias, _transpose
    value = unwrap(args[0], level, size)
    if value.ndim == 3:
        return wrap(_transpose.apply((value,), (1, 2)), level)
    return wrap(_alias.apply((value,), ()), level)


def _joined(op, args, attrs, level, size):
    values = tuple(unwrap(a, level, size) for a in args)
    return wrap(op.apply(values, (_shift(attrs[0]),)), level)


def _matmul_family(op, args, attrs, level, size):
    """dot, mv, mm, bmm, addmm on batch-first values through broadcasting matmul."""
    from .._ops.linalg import matmul
    from .._ops.reduction import sum as _sum
    from .._ops.shape import reshape, squeeze, transpose, unsqueeze

    def val(a):
        return a._value if isinstance(a, BatchedTensor) and a._level == level else a

    def batched(a):
        return isinstance(a, BatchedTensor) and a._level == level

    if op.name == "dot":
        return wrap(_sum(val(args[0]) * val(args[1]), -1), level)
    if op.name == "mv":
        a, v = args
        vv = val(v)
        if batched(a) and not batched(v):
            return wrap(matmul(val(a), vv), level)
        if not batched(a):  # rows of vectors against one matrix: a single mm
            return wrap(matmul(vv, transpose(a, 0, 1)), level)
        return wrap(squeeze(matmul(val(a), unsqueeze(vv, -1)), -1), level)
    if op.name in ("mm", "bmm"):
        a, b = args
        va, vb = val(a), val(b)
        if op.name == "mm" and not batched(a):  # (b_iᵀ aᵀ)ᵀ folds the batch into one mm
            folded = matmul(transpose(vb, 1, 2), transpose(a, 0, 1))
            return wrap(transpose(folded, 1, 2), level)
        if not batched(a) and op.name == "bmm":
            va = unsqueeze(va, 0)
        if not batched(b) and op.name == "bmm":
            vb = unsqueeze(vb, 0)
        return wrap(matmul(va, vb), level)
    inp, m1, m2 = args
    beta, alpha = attrs
    prod = matmul(val(m1) if batched(m1) else m1, val(m2) if batched(m2) else m2)
    if alpha != 1:
        prod = prod * alpha
    if beta != 0:
        vi = val(inp)
        if batched(inp) and vi.ndim - 1 < 2:
            vi = reshape(vi, (size,) + (1,) * (3 - vi.ndim) + tuple(vi.shape[1:]))
        prod = prod + (vi if beta == 1 else vi * beta)
    if prod.ndim == 2:
        from .._ops.shape import expand
        prod = expand(unsqueeze(prod, 0), (size,) + tuple(prod.shape))
    return wrap(prod, level)


_ELEMENTWISE = (
    "add sub rsub mul div neg reciprocal pow exp log sqrt sin cos tan tanh sigmoid abs relu sign "
    "tanh_backward sigmoid_backward threshold_backward clamp maximum minimum where eq ne lt le "
    "gt ge logical_and logical_or logical_xor logical_not bitwise_and bitwise_or bitwise_xor "
    "bitwise_not floor_divide remainder trunc_divide clone alias _to_copy masked_fill acos acosh "
    "asin asinh atan atanh atan2 cosh sinh ceil floor frac round trunc rsqrt erf erfc erfinv exp2 "
    "expm1 log10 log1p log2 lgamma digamma polygamma logit xlogy hypot logaddexp fmax fmin fmod "
    "lerp addcdiv addcmul clamp_min clamp_max nan_to_num isfinite isinf isnan isneginf isposinf "
    "gelu silu softplus elu celu leaky_relu hardtanh log_sigmoid mish special_ndtr")

_RULES = {**dict.fromkeys(_ELEMENTWISE.split(), _elementwise),
          "view": _unary(_shape_first), "_unsafe_view": _unary(_shape_first),
          "transpose": _unary(_transpose), "permute": _unary(_permute),
          "unsqueeze": _unary(_dim_first), "flip": _unary(_dims_first),
          "cumsum": _unary(_dim_first), "slice": _unary(_dim_first),
          "select": _unary(_dim_first), "unbind": _unary(_dim_first),
          "split": _unary(_dim_first), "amax": _unary(_dims_first),
          "amin": _unary(_dims_first), "slice_backward": _unary(_shape_then_dim),
          "select_backward": _unary(_shape_then_dim),
          "expand": _expand, "t": _t, "cat": _joined, "stack": _joined,
          "dot": _matmul_family, "mv": _matmul_family, "mm": _matmul_family,
          "bmm": _matmul_family, "addmm": _matmul_family}


def _squeeze(op, args, attrs, level, size):
    if not attrs:
        return _squeeze_all(op, args, attrs, level, size)
    if unwrap(args[0], level, size).ndim == 1:
        return NotImplemented
    dims = attrs[0]
    new = (_shift(dims),) if isinstance(dims, int) else (_dims_plus(dims),)
    return wrap(op.apply((unwrap(args[0], level, size),), new), level)


def _reduce(op, args, attrs, level, size):
    """sum/mean over all dims become the dim-wise entries over dims 1..n; dims shift by one."""
    from .._ops.reduction import _mean_dim, _sum_dim
    value = unwrap(args[0], level, size)
    every = tuple(range(1, value.ndim))
    name = op.node_cls.__name__
    if name == "SumBackward0":
        return wrap(_sum_dim.apply((value,), (every, False, attrs[0])), level)
    if name == "MeanBackward0":
        return wrap(_mean_dim.apply((value,), (every, False)), level)
    if not attrs[0] or value.ndim == 1 or name == "ProdBackward0":
        return NotImplemented  # the full product's rule assumes a scalar result: loop instead
    return wrap(op.apply((value,), (_dims_plus(attrs[0]),) + tuple(attrs[1:])), level)


def _with_dim(op, args, attrs, level, size):
    """Several inputs and a leading ``dim`` attribute (the fused softmax backward ops)."""
    values = tuple(unwrap(a, level, size) if isinstance(a, Tensor) else a for a in args)
    if values[0].ndim == 1 or next(_examples(attrs), None) is not None:
        return NotImplemented
    return wrap(op.apply(values, (_shift(attrs[0]),) + tuple(attrs[1:])), level)


def _vector_norm(op, args, attrs, level, size):
    value = unwrap(args[0], level, size)
    ord_, dims, keepdim = attrs
    if not dims or value.ndim == 1:
        return NotImplemented
    return wrap(op.apply((value,), (ord_, _dims_plus(dims), keepdim)), level)


def _leading_batch(op, args, attrs, level, size):
    """Ops already defined over any leading batch dims (torch.linalg, tril/triu)."""
    if next(_examples(attrs), None) is not None:
        return NotImplemented
    values = tuple(unwrap(a, level, size) if isinstance(a, Tensor) else a for a in args)
    return _wrap_out(op, op.apply(values, attrs), level)


def _convolution(op, args, attrs, level, size):
    """One convolution for the whole batch: the batch folds into N when only the input is
    batched, and into the channels as extra groups when the weight is (per-example models)."""
    from .._ops.shape import movedim, reshape
    input, weight, bias = args
    stride, padding, dilation, groups = attrs

    def batched(a):
        return isinstance(a, BatchedTensor) and a._level == level
    if not (batched(input) or batched(weight) or batched(bias)) or \
            input.ndim != weight.ndim or next(_examples(attrs), None) is not None:
        return NotImplemented
    if not (batched(weight) or batched(bias)):
        x = input._value
        out = op.apply((reshape(x, (-1,) + tuple(x.shape[2:])), weight, bias), attrs)
        return wrap(reshape(out, (size, -1) + tuple(out.shape[1:])), level)
    x = unwrap(input, level, size)  # (B, N, C, *sp) -> (N, B*C, *sp)
    n, c = x.shape[1], x.shape[2]
    x = reshape(movedim(x, 0, 1), (n, size * c) + tuple(x.shape[3:]))
    w = unwrap(weight, level, size)
    o = w.shape[1]
    w = reshape(w, (size * o,) + tuple(w.shape[2:]))
    b = None if bias is None else reshape(unwrap(bias, level, size), (size * o,))
    out = op.apply((x, w, b), (stride, padding, dilation, groups * size))
    out = reshape(out, (n, size, o) + tuple(out.shape[2:]))
    return wrap(movedim(out, 1, 0), level)


_LEADING_BATCH = ("linalg_inv_ex linalg_det linalg_slogdet linalg_cholesky_ex linalg_eigh "
                  "linalg_solve_ex linalg_svd linalg_qr linalg_pinv tril triu")
_RULES.update(dict.fromkeys(_LEADING_BATCH.split(), _leading_batch))
_RULES["convolution"] = _convolution
_RULES.update({"squeeze": _squeeze, "sum": _reduce, "mean": _reduce, "prod": _reduce,
               "var": _reduce, "std": _reduce, "logsumexp": _reduce,
               "softmax": _unary(_dim_first), "log_softmax": _unary(_dim_first),
               "cumprod": _unary(_dim_first), "cummax": _unary(_dim_first),
               "cummin": _unary(_dim_first), "max": _unary(_dim_first),
               "min": _unary(_dim_first), "_softmax_backward_data": _with_dim,
               "_log_softmax_backward_data": _with_dim, "linalg_vector_norm": _vector_norm})
state.batch_apply = batch_apply
state.batch_level = top_level
