"""vmap: run a function on batches by executing it once on BatchedTensors (loop as fallback)."""

import functools

from .._tensor import Tensor
from ..autograd.forward_ad import new_level_id, state
from ._batching import BatchedTensor, Unbatchable, unwrap, wrap
from ._pytree import tree_flatten, tree_unflatten

_RANDOMNESS = ("error", "different", "same")


_randomness = []


class batch_level:
    """Open a vmap level for the block; ``with batch_level() as level``."""

    def __init__(self, randomness="same"):
        self.randomness = randomness

    def __enter__(self):
        state.batch += 1
        state.set_levels(state.levels)
        _randomness.append(self.randomness)
        return new_level_id()

    def __exit__(self, *exc):
        _randomness.pop()
        state.batch -= 1
        state.set_levels(state.levels)


def check_random():
    """Called by random draws inside vmap: 'error' raises, 'different' makes vmap loop."""
    mode = _randomness[-1] if _randomness else "same"
    if mode == "error":
        raise RuntimeError(
            "vmap: called random operation while in randomness error mode. Please either use "
            "the 'same' or 'different' randomness flags on vmap or perform the randomness "
            "operation out of vmap")
    if mode == "different":
        raise Unbatchable("each example draws its own random numbers")


def vmap(func, in_dims=0, out_dims=0, randomness="error", *, chunk_size=None):
    """Return ``func`` mapped over dim ``in_dims`` of its inputs, stacking outputs at ``out_dims``.

    The function runs once on whole batches; ops without a batching rule loop over examples.

    >>> import chainrule
    >>> chainrule.func.vmap(chainrule.dot)(chainrule.ones(3, 2), chainrule.ones(3, 2))
    tensor([2., 2., 2.])
    """
    if randomness not in _RANDOMNESS:
        raise RuntimeError(
            f"Only allowed values for randomness are 'error', 'different', or 'same'. Got "
            f"{randomness}")
    if chunk_size is not None and (not isinstance(chunk_size, int) or chunk_size <= 0):
        raise ValueError(
            f"vmap: chunk_size should be None or greater than 0. (got {chunk_size})")

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        flat, spec = tree_flatten(args)
        dims = _flat_in_dims(func, in_dims, args)
        size = _batch_size(func, in_dims, flat, dims)
        if chunk_size is None or chunk_size >= size:
            return _run(func, flat, dims, spec, size, out_dims, kwargs, randomness)
        from .._ops.shape import cat
        parts = []
        for start in range(0, size, chunk_size):
            n = min(chunk_size, size - start)
            chunk = [x.narrow(d, start, n) if d is not None else x for x, d in zip(flat, dims)]
            parts.append(_run(func, chunk, dims, spec, n, out_dims, kwargs, randomness))
        leaves = [tree_flatten(p)[0] for p in parts]
        ospec = tree_flatten(parts[0])[1]
        odims = _out_dims_list(out_dims, len(leaves[0]))
        return tree_unflatten([cat([lv[i] for lv in leaves], odims[i])
                               for i in range(len(leaves[0]))], ospec)
    return wrapped


def _name(func):
    return getattr(func, "__name__", repr(func))


def _flat_in_dims(func, in_dims, args):
    """Broadcast ``in_dims`` (an int/None or a tree prefix of args) to one entry per leaf."""
    if isinstance(in_dims, int):
        return [in_dims] * len(tree_flatten(args)[0])
    if not isinstance(in_dims, tuple):
        raise ValueError(
            f"vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): expected `in_dims` to be int "
            "or a (potentially nested) tuple matching the structure of inputs, got: "
            f"{type(in_dims)}.")
    if len(in_dims) != len(args):
        raise ValueError(
            f"vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): in_dims is not compatible "
            f"with the structure of `inputs`. in_dims has structure {_structure(in_dims)} but "
            f"inputs has structure {_structure(args)}.")
    out = []
    for d, a in zip(in_dims, args):
        n = len(tree_flatten(a)[0])
        if isinstance(d, int) or d is None:
            out.extend([d] * n)
        else:
            out.extend(tree_flatten(d)[0] if len(tree_flatten(d)[0]) == n else [d] * n)
    return out


def _structure(tree):
    return type(tree).__name__ + f"[{len(tree)}]" if isinstance(tree, (tuple, list)) else "*"


def _batch_size(func, in_dims, flat, dims):
    sizes = []
    for x, d in zip(flat, dims):
        if d is None:
            continue
        if not isinstance(d, int):
            raise ValueError(
                f"vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): Got in_dim={d} for an "
                "input but in_dim must be either an integer dimension or None.")
        if not isinstance(x, Tensor):
            raise ValueError(
                f"vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): Got in_dim={d} for "
                f"an input but the input is of type {type(x)}. We cannot vmap over non-Tensor "
                "arguments, please use None as the respective in_dim")
        if not -x.ndim <= d < max(x.ndim, 1) or x.ndim == 0:
            raise ValueError(
                f"vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): Got in_dim={d} for "
                f"some input, but that input is a Tensor of dimensionality {x.ndim} so expected "
                f"in_dim to satisfy -{x.ndim} <= in_dim < {x.ndim}.")
        sizes.append(x.shape[d])
    if not sizes:
        raise ValueError("vmap: Expected at least one Tensor to vmap over")
    if any(s != sizes[0] for s in sizes):
        raise ValueError(
            f"vmap: Expected all tensors to have the same size in the mapped dimension, got "
            f"sizes {sizes} for the mapped dimension")
    return sizes[0]


def _out_dims_list(out_dims, n):
    if isinstance(out_dims, int) or out_dims is None:
        return [out_dims] * n
    return list(tree_flatten(out_dims)[0])


def _run(func, flat, dims, spec, size, out_dims, kwargs, randomness):
    """Run once on BatchedTensors; loop over examples where batching gives up."""
    from .._ops.shape import movedim
    try:
        with batch_level(randomness) as level:
            args = [wrap(movedim(x, d, 0), level) if d is not None else x
                    for x, d in zip(flat, dims)]
            out = func(*tree_unflatten(args, spec), **kwargs)
            leaves, ospec = tree_flatten(out)
            odims = _out_dims_list(out_dims, len(leaves))
            values = [_unbatch(func, o, level, size, od) for o, od in zip(leaves, odims)]
        return tree_unflatten(values, ospec)
    except Unbatchable:
        return _loop(func, flat, dims, spec, size, out_dims, kwargs)


def _unbatch(func, o, level, size, out_dim):
    from .._ops.shape import movedim
    if not isinstance(o, Tensor):
        raise ValueError(
            f"vmap({_name(func)}, ...): `{_name(func)}` must only return Tensors, got type "
            f"{type(o)}. Did you mean to set out_dims= to None for output?")
    if out_dim is None:
        if isinstance(o, BatchedTensor) and o._level == level:
            raise ValueError(
                "vmap: out_dims=None given for a batched output; only unbatched outputs can "
                "be returned with out_dims=None")
        return o
    value = unwrap(o, level, size)
    return movedim(value, 0, out_dim) if out_dim not in (0, -value.ndim) else value


def _loop(func, flat, dims, spec, size, out_dims, kwargs):
    """Per-example fallback: call ``func`` on each slice and stack the outputs."""
    from .._ops.shape import stack
    outs = []
    for b in range(size):
        args = [x.select(d, b) if d is not None else x for x, d in zip(flat, dims)]
        outs.append(tree_flatten(func(*tree_unflatten(args, spec), **kwargs)))
    ospec = outs[0][1]
    odims = _out_dims_list(out_dims, len(outs[0][0]))
    return tree_unflatten([stack([o[0][i] for o in outs], odims[i]) if odims[i] is not None
                           else outs[0][0][i] for i in range(len(odims))], ospec)


def batched_call(fn, batched_args, size, randomness="same"):
    """Call ``fn`` on tensors whose dim 0 is a batch, batched at a fresh level; unwrap results.

    ``fn`` returns a list of tensors (or None); where batching gives up it runs once per row.
    """
    try:
        with batch_level(randomness) as level:
            results = fn(*[wrap(a, level) for a in batched_args])
            return [None if r is None else unwrap(r, level, size) for r in results]
    except Unbatchable:
        from .._ops.shape import stack
        rows = [fn(*[a[b] for a in batched_args]) for b in range(size)]
        return [None if r[0] is None else stack(list(r)) for r in zip(*rows)]
