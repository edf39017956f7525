"""vmap: run a function on batches by executing it once on BatchedTensors (loop as fallback)."""

import functools

from .._tensor import Tensor
from ..autograd.forward_ad import new_level_id, state
from ._batching import BatchedTensor, Unbatchable, unwrap, wrap
from ._pytree import spec_repr, tree_flatten, tree_unflatten

_RANDOMNESS = ("error", "different", "same")


_randomness = []
user_levels = []  # (level, batch size) of the vmaps running user functions, outermost first


class batch_level:
    """Open a vmap level for the block; ``with batch_level() as level``.

    ``size`` marks a vmap of the user's function (not a transform's internal batch of basis
    vectors); transforms inside it batch their unbatched inputs at its level.
    """

    def __init__(self, randomness="same", size=None):
        self.randomness = randomness
        self.size = size

    def __enter__(self):
        state.batch += 1
        state.set_levels(state.levels)
        _randomness.append(self.randomness)
        level = new_level_id()
        state.layers.append(level)
        if self.size is not None:
            user_levels.append((level, self.size))
        return level

    def __exit__(self, *exc):
        if self.size is not None:
            user_levels.pop()
        state.layers.pop()
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
    if not all(d is None or isinstance(d, int) for d in tree_flatten(out_dims)[0]):
        raise ValueError(
            f"vmap({_name(func)}, ..., out_dims={out_dims}): `out_dims` must be an int, None or "
            "a python collection of ints representing where in the outputs the vmapped "
            "dimension should appear.")
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
        odims = _out_dims_list(func, out_dims, parts[0])
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
    out = []
    if not _broadcast_prefix(in_dims, args, out):
        raise ValueError(
            f"vmap({_name(func)}, in_dims={in_dims}, ...)(<inputs>): in_dims is not compatible "
            f"with the structure of `inputs`. in_dims has structure {_structure(in_dims)} but "
            f"inputs has structure {_structure(args)}.")
    return out


def _broadcast_prefix(dims, tree, out):
    """Append one in_dim per leaf of ``tree``, ``dims`` being a tree prefix; False on mismatch."""
    if not isinstance(dims, (tuple, list, dict)):
        out.extend([dims] * len(tree_flatten(tree)[0]))
        return True
    if isinstance(dims, dict):
        if not isinstance(tree, dict) or set(dims) != set(tree):
            return False
        return all(_broadcast_prefix(dims[k], v, out) for k, v in tree.items())
    if type(dims) is not type(tree) or len(dims) != len(tree):
        return False
    return all(_broadcast_prefix(d, t, out) for d, t in zip(dims, tree))


def _structure(tree):
    return spec_repr(tree_flatten(tree)[1])


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


def _out_dims_list(func, out_dims, out):
    """One out_dim per output leaf, ``out_dims`` being a tree prefix of the outputs."""
    dims = []
    if isinstance(out_dims, tuple) and len(out_dims) == 1 and not isinstance(out, tuple):
        out_dims = out_dims[0]  # torch reads (d,) for a single output as d
    if not _broadcast_prefix(out_dims, out, dims):
        raise ValueError(
            f"vmap({_name(func)}, ..., out_dims={out_dims})(<inputs>): out_dims is not "
            f"compatible with the structure of `outputs`. out_dims has structure "
            f"{_structure(out_dims)} but outputs has structure {_structure(out)}.")
    return dims


def _run(func, flat, dims, spec, size, out_dims, kwargs, randomness):
    """Run once on BatchedTensors; loop over examples where batching gives up."""
    try:
        with batch_level(randomness, size) as level:
            args = [_input(x, d, level) for x, d in zip(flat, dims)]
            out = func(*tree_unflatten(args, spec), **kwargs)
            leaves, ospec = tree_flatten(out)
            odims = _out_dims_list(func, out_dims, out)
            values = [_unbatch(func, o, level, size, od) for o, od in zip(leaves, odims)]
        return tree_unflatten(values, ospec)
    except Unbatchable:
        return _loop(func, flat, dims, spec, size, out_dims, kwargs)


def _input(x, d, level):
    """Input ``x`` batched along ``d`` at ``level`` (its bdim kept for printing, as torch)."""
    from .._ops.shape import movedim
    if d is None:
        return x
    t = wrap(movedim(x, d, 0), level)
    t._bdim = d % x.ndim
    return t


def _unbatch(func, o, level, size, out_dim):
    from .._ops.shape import movedim
    if out_dim is None:
        if isinstance(o, BatchedTensor) and o._level == level:
            raise ValueError(
                f"vmap({_name(func)}, ...): `{_name(func)}` can not return a BatchedTensor when "
                "out_dim is None")
        return o
    if not isinstance(o, Tensor):
        raise ValueError(
            f"vmap({_name(func)}, ...): `{_name(func)}` must only return Tensors, got type "
            f"{type(o)}. Did you mean to set out_dims= to None for output?")
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
    odims = _out_dims_list(func, out_dims, tree_unflatten(outs[0][0], ospec))
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
