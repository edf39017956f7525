"""torch.func transforms: grad, grad_and_value, vjp, jvp, linearize, jacrev, jacfwd, hessian.

Reverse transforms run the engine once (batched over a basis for Jacobians); forward ones push
tangents through the ops at a fresh forward level. Nesting composes: inputs are re-aliased per
transform so outer reverse levels, outer tangents and vmap batches all flow through.
"""

import functools

from .._tensor import Tensor
from ..autograd import forward_ad
from ..autograd.grad_mode import enable_grad, is_grad_enabled
from ._batching import BatchedTensor, unwrap, wrap
from ._pytree import spec_pprint, spec_repr, tree_flatten, tree_unflatten
from ._repr import grad_layers, jvp_layers
from ._vmap import batched_call, user_levels

_live = set()  # ids of the leaf stand-ins of transforms still running


def prepare(x):
    """Return a differentiable stand-in for ``x`` that keeps its history, tangents and batch,
    and the tensor gradients flow back to (the stand-in itself unless batched here)."""
    from .._ops.shape import alias
    if not isinstance(x, Tensor):
        raise ValueError(f"Thing passed to transform API must be Tensor, got {type(x)}")
    if x._rg:
        y = alias(x)
    else:
        y = x.detach().requires_grad_()
        _unbatched(y).__dict__["_standin"] = True
        for level, tangent in (x._fw or {}).items():
            forward_ad._set_tangent(y, level, tangent)
    return _per_example(y), y


def _per_example(y):
    """Inside a vmap, give an input unbatched there one copy per example.

    The backward of a tensor shared by all examples sums their gradients; a copy per example
    keeps them apart in one pass (torch's grad under vmap), with no batch of cotangents.
    """
    from .._ops.shape import expand, unsqueeze
    for level, size in user_levels:
        if not _batched_at(y, level):
            y = wrap(expand(unsqueeze(y, 0), (size,) + tuple(y.shape)), level)
    return y


def _batched_at(t, level):
    while isinstance(t, BatchedTensor):
        if t._level == level:
            return True
        t = t._value
    return False


def _level_of(ts):
    level, size = 0, None
    for t in ts:
        if isinstance(t, BatchedTensor) and t._level > level:
            level, size = t._level, t._value.shape[0]
    return level, size


def vjp_core(outputs, inputs, cotangents, create_graph):
    """Return d<outputs, cotangents>/d inputs (None where unused), per vmap example if batched.

    Batched outputs are unwrapped: inputs batched alike get per-example gradients by summing
    over the batch; unbatched inputs get them from a diagonal batch of cotangents.
    """
    from ..autograd import grad
    level, size = _level_of(outputs)
    if level == 0:
        pairs = [(o, c) for o, c in zip(outputs, cotangents) if o._rg]
        if not pairs:
            return [None] * len(inputs)
        return list(grad([o for o, _ in pairs], inputs, [c for _, c in pairs], retain_graph=True,
                         create_graph=create_graph, allow_unused=True))
    outs = [unwrap(o, level, size) for o in outputs]
    cots = [unwrap(c, level, size) for c in cotangents]
    result = [None] * len(inputs)
    same = [i for i, x in enumerate(inputs) if isinstance(x, BatchedTensor) and x._level == level]
    other = [i for i in range(len(inputs)) if i not in same]
    if same:
        gs = vjp_core(outs, [inputs[i]._value for i in same], cots, create_graph)
        for i, g in zip(same, gs):
            result[i] = None if g is None else wrap(g, level)
    if other:
        diag = [wrap(_diagonal_batch(c, size), level) for c in cots]
        gs = vjp_core(outs, [inputs[i] for i in other], diag, create_graph)
        for i, g in zip(other, gs):
            result[i] = g
    return result


def _diagonal_batch(c, size):
    """D[b, b'] = c[b] if b == b' else 0: example b's cotangent touches only its own row."""
    from .._creation import eye
    e = eye(size, dtype=c.dtype).reshape((size, size) + (1,) * (c.ndim - 1))
    return e * c.unsqueeze(0)


def _requires_grad(flat):
    return is_grad_enabled() and any(isinstance(x, Tensor) and x._rg for x in flat)


def _unbatched(t):
    while isinstance(t, BatchedTensor):
        t = t._value
    return t


def _needs_graph(outputs, own_ids):
    """True when the outputs depend on a tensor requiring grad other than our own stand-ins.

    Then the gradients must stay differentiable (grad of grad, or a closed-over parameter).
    """
    if not is_grad_enabled():
        return False
    stack = [_unbatched(o).grad_fn for o in outputs]
    seen = set()
    while stack:
        node = stack.pop()
        if node is None or node in seen:
            continue
        seen.add(node)
        var = getattr(node, "variable", None)
        if var is not None and id(var) not in own_ids and (
                id(var) in _live or "_standin" not in var.__dict__):
            return True  # a finished transform's stand-in is no outer dependence
        stack.extend(n for n, _ in node.next_functions)
    return False


def _select_args(args, argnums):
    """Check ``argnums`` and return them as a tuple (torch's messages)."""
    nums = argnums if isinstance(argnums, tuple) else (argnums,)
    if isinstance(argnums, tuple) and not argnums:
        raise RuntimeError("argnums must be non-empty")
    for n in nums:
        if not isinstance(n, int):
            raise RuntimeError(
                f"argnums must be int or Tuple[int, ...], got: {type(argnums)}")
        if not -len(args) <= n < len(args):
            raise RuntimeError(
                f"Got argnum={n}, but only {len(args)} positional inputs")
    return tuple(n % len(args) for n in nums)


class _prepared:
    """``with _prepared(args, nums) as (new_args, own_ids)``: the differentiated arguments
    replaced by stand-ins, which count as live (inner transforms keep graphs to them) in the
    block; ``own_ids`` are the ids of the stand-ins and of the leaves behind them."""

    def __init__(self, args, nums):
        self.args = list(args)
        self.ids = set()
        self.level = forward_ad.new_level_id()
        self.layer_keys = []  # what marks a tensor as this layer's, for printing
        for n in nums:
            leaves, spec = tree_flatten(self.args[n])
            pairs = [prepare(x) for x in leaves]
            self.ids.update(id(_unbatched(t)) for pair in pairs for t in pair)
            self.layer_keys.extend(id(_unbatched(base)) if base.grad_fn is None else
                                   id(base.grad_fn) for _, base in pairs)
            self.args[n] = tree_unflatten([new for new, _ in pairs], spec)

    def __enter__(self):
        _live.update(self.ids)
        forward_ad.state.layers.append(self.level)
        grad_layers.update(dict.fromkeys(self.layer_keys, self.level))
        return self.args, self.ids

    def __exit__(self, *exc):
        _live.difference_update(self.ids)
        forward_ad.state.layers.remove(self.level)
        for key in self.layer_keys:
            grad_layers.pop(key, None)


def _split_aux(out, has_aux, api):
    if not has_aux:
        return out, None
    if not (isinstance(out, tuple) and len(out) == 2):
        raise RuntimeError(
            f"{api}(f)(*args): output of function f should be a tuple: (output, aux) if "
            "has_aux is True")
    return out


def _unwrap_aux(aux, create):
    """Detach aux tensors from this transform's graph, as torch unwraps them from its level."""
    if create:
        return aux
    leaves, spec = tree_flatten(aux)
    return tree_unflatten([x.detach() if isinstance(x, Tensor) and not x._fw else x
                           for x in leaves], spec)


def grad_and_value(func, argnums=0, has_aux=False):
    """Return a function computing (gradient of ``func`` wrt ``argnums``, value)."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        nums = _select_args(args, argnums)
        with enable_grad(), _prepared(args, nums) as (new_args, own_ids):
            output, aux = _split_aux(func(*new_args, **kwargs), has_aux, "grad_and_value")
            if not isinstance(output, Tensor):
                raise RuntimeError(
                    "grad_and_value(f)(*args): Expected f(*args) to return a Tensor, got "
                    f"{type(output)}")
            if output.dim() != 0:
                raise RuntimeError(
                    "grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got "
                    f"tensor with {output.dim()} dims. Maybe you wanted to use the vjp or "
                    "jacrev APIs instead?")
            if output.is_complex():
                raise RuntimeError("grad can be implicitly created only for real scalar outputs "
                                   f"but got {output.dtype}")
            create = _needs_graph([output], own_ids)
            from .._creation import ones_like, zeros_like
            grads = []
            for n in nums:
                leaves, spec = tree_flatten(new_args[n])
                gs = vjp_core([output], leaves, [ones_like(output)], create)
                grads.append(tree_unflatten([zeros_like(x) if g is None else g
                                             for x, g in zip(leaves, gs)], spec))
        result = grads[0] if isinstance(argnums, int) else tuple(grads)
        value = output if create or output._fw else output.detach()
        return (result, (value, _unwrap_aux(aux, create))) if has_aux else (result, value)
    return wrapper


def grad(func, argnums=0, has_aux=False):
    """Return a function computing the gradient of scalar ``func`` wrt argument ``argnums``.

    >>> import chainrule
    >>> chainrule.func.grad(lambda x: (x ** 3).sum())(chainrule.tensor([1., 2.]))
    tensor([ 3., 12.])
    """
    gv = grad_and_value(func, argnums, has_aux)

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        g, value = gv(*args, **kwargs)
        return (g, value[1]) if has_aux else g
    return wrapper


def _tensor_leaves(out, call):
    """Flatten a transform's output; torch's error names ``call`` for a leaf not a tensor."""
    leaves, spec = tree_flatten(out)
    for o in leaves:
        if not isinstance(o, Tensor):
            raise RuntimeError(f"{call}: expected f(*primals) to return only tensors, got "
                               f"unsupported type {type(o)}")
    return leaves, spec


def vjp(func, *primals, has_aux=False):
    """Return ``(func(*primals), vjp_fn)``; ``vjp_fn(cotangents)`` gives one grad per primal."""
    with enable_grad(), _prepared(primals, range(len(primals))) as (new_args, own_ids):
        out, aux = _split_aux(func(*new_args), has_aux, "vjp")
        out_leaves, out_spec = _tensor_leaves(out, "vjp(f, *primals)")
        create = _needs_graph(out_leaves, own_ids)
    in_leaves, in_spec = tree_flatten(tuple(new_args))

    def vjp_fn(cotangents, retain_graph=True, create_graph=None):
        cot_leaves, cot_spec = tree_flatten(cotangents)
        if cot_spec != out_spec:
            raise RuntimeError(
                "Expected pytree structure of cotangents to be the same as pytree structure of "
                f"outputs to the function. cotangents: {spec_pprint(cot_spec)}, primal output: "
                f"{spec_pprint(out_spec)}")
        from .._creation import zeros_like
        with enable_grad():
            gs = vjp_core(out_leaves, in_leaves, cot_leaves, create or _requires_grad(cot_leaves)
                          if create_graph is None else create_graph)
        return tree_unflatten([zeros_like(x) if g is None else g
                               for x, g in zip(in_leaves, gs)], in_spec)
    value = out if create else tree_unflatten([o.detach() if not o._fw else o
                                               for o in out_leaves], out_spec)
    return (value, vjp_fn, _unwrap_aux(aux, create)) if has_aux else (value, vjp_fn)


def jvp(func, primals, tangents, *, strict=False, has_aux=False):
    """Return ``(func(*primals), J·tangents)`` by forward-mode AD at a fresh level.

    >>> import chainrule
    >>> chainrule.func.jvp(chainrule.exp, (chainrule.tensor([0., 1.]),), (chainrule.ones(2),))
    (tensor([1.0000, 2.7183]), tensor([1.0000, 2.7183]))
    """
    if not isinstance(primals, tuple):
        raise RuntimeError(
            "jvp(f, primals, tangents): Expected primals to be a tuple. E.g. it should be valid "
            "to call f(*primals).")
    p_leaves, p_spec = tree_flatten(primals)
    t_leaves, t_spec = tree_flatten(tangents)
    if not isinstance(tangents, tuple) or len(p_leaves) != len(t_leaves) or p_spec != t_spec:
        raise RuntimeError(
            "jvp(f, primals, tangents): Expected primals and tangents to have the same python "
            f"structure. For example, if primals is a tuple of 3 tensors, tangents also must "
            f"be. Got primals with structure {spec_repr(p_spec)} and tangents with structure "
            f"{spec_repr(t_spec)}")
    for kind, leaves in (("primals", p_leaves), ("tangents", t_leaves)):
        for x in leaves:
            if not isinstance(x, Tensor):
                raise RuntimeError(
                    f"jvp(f, primals, tangents): Expected {kind} to only contain Tensors, got "
                    f"{type(x)}")
    level = forward_ad.push_level()
    forward_ad.state.layers.append(level)
    jvp_layers.add(level)
    try:
        duals = [forward_ad.attach(p, t, level) for p, t in zip(p_leaves, t_leaves)]
        out, aux = _split_aux(func(*tree_unflatten(duals, p_spec)), has_aux, "jvp")
        leaves, spec = _tensor_leaves(out, "jvp(f, primals, tangents)")
        from .._creation import zeros_like
        tans = []
        prims = []
        for o in leaves:
            t = forward_ad.tangent_of(o, level)
            tans.append(zeros_like(o) if t is None else t)
            prims.append(forward_ad._strip(o, level) if t is not None else o)
    finally:
        forward_ad.pop_level(level)
        forward_ad.state.layers.remove(level)
        jvp_layers.discard(level)
    result = (tree_unflatten(prims, spec), tree_unflatten(tans, spec))
    return result + (aux,) if has_aux else result


def linearize(func, *primals):
    """Return ``(func(*primals), jvp_fn)``; each ``jvp_fn(*tangents)`` reruns forward mode."""
    out = jvp(func, primals, tuple(_zeros(p) for p in primals))[0]

    def jvp_fn(*tangents):
        return jvp(func, primals, tangents)[1]
    return out, jvp_fn


def _zeros(tree):
    from .._creation import zeros_like
    leaves, spec = tree_flatten(tree)
    return tree_unflatten([zeros_like(x) for x in leaves], spec)


def _basis(sizes, dtype, start, stop):
    """Rows start..stop of the identity over all flattened entries, split per tensor."""
    from .._creation import eye
    total = sum(sizes)
    rows = eye(total, dtype=dtype)[start:stop]
    parts, offset = [], 0
    for n in sizes:
        parts.append(rows[:, offset:offset + n])
        offset += n
    return parts


def _refuse_complex(api, tensors, what, one):
    """torch's Jacobian transforms take real inputs and outputs only."""
    for i, t in enumerate(tensors):
        if isinstance(t, Tensor) and t.is_complex():
            raise RuntimeError(f"{api}: Expected all {what} to be real but received complex "
                               f"tensor at flattened {one} idx: {i}")


def jacrev(func, argnums=0, *, has_aux=False, chunk_size=None, _preallocate_and_copy=False):
    """Return a function computing the Jacobian of ``func`` by reverse mode, one batched pass.

    >>> import chainrule
    >>> chainrule.func.jacrev(chainrule.sin)(chainrule.tensor([0., 1.]))
    tensor([[1.0000, 0.0000],
            [0.0000, 0.5403]])
    """
    if not (chunk_size is None or (isinstance(chunk_size, int) and chunk_size > 0)):
        raise ValueError("jacrev: `chunk_size` should be greater than 0.")
    @functools.wraps(func)
    def wrapper(*args):
        nums = _select_args(args, argnums)
        selected = tuple(args[n] for n in nums)
        _refuse_complex("jacrev", tree_flatten(selected)[0], "inputs", "input")

        def partial(*sel):
            full = list(args)
            for n, s in zip(nums, sel):
                full[n] = s
            return func(*full)
        out, vjp_fn, *aux = vjp(partial, *selected, has_aux=has_aux)
        outs, ospec = tree_flatten(out)
        _refuse_complex("jacrev", outs, "outputs", "input")  # torch's wording
        ins, _ = tree_flatten(selected)
        sizes = [o.numel() for o in outs]
        total = sum(sizes)
        chunk = total if chunk_size is None else max(1, chunk_size)
        pieces = []
        for start in range(0, total, chunk):
            stop = min(start + chunk, total)
            basis = [b.reshape((stop - start,) + tuple(o.shape)) for b, o in
                     zip(_basis(sizes, outs[0].dtype, start, stop), outs)]
            pieces.append(batched_call(lambda *c: tree_flatten(vjp_fn(tree_unflatten(
                list(c), ospec)))[0], basis, stop - start))
        from .._ops.shape import cat
        rows = [cat([p[i] for p in pieces]) if len(pieces) > 1 else pieces[0][i]
                for i in range(len(ins))]
        jac = _assemble(outs, ospec, ins, rows, argnums, nums, args)
        return (jac, aux[0]) if has_aux else jac
    return wrapper


def _assemble(outs, ospec, ins, rows, argnums, nums, args):
    """Cut each input's stacked output rows into J[out][in] of shape out.shape + in.shape."""
    per_out, offset = [], 0
    for o in outs:
        n = o.numel()
        entries = [r[offset:offset + n].reshape(tuple(o.shape) + tuple(x.shape))
                   for x, r in zip(ins, rows)]
        offset += n
        per_out.append(_regroup(entries, argnums, nums, args))
    return tree_unflatten(per_out, ospec)


def _regroup(entries, argnums, nums, args):
    it = iter(entries)
    groups = []
    for n in nums:
        leaves, spec = tree_flatten(args[n])
        groups.append(tree_unflatten([next(it) for _ in leaves], spec))
    return groups[0] if isinstance(argnums, int) else tuple(groups)


def jacfwd(func, argnums=0, has_aux=False, *, randomness="error"):
    """Return a function computing the Jacobian of ``func`` by forward mode, one batched pass.

    >>> import chainrule
    >>> chainrule.func.jacfwd(chainrule.sin)(chainrule.tensor([0., 1.]))
    tensor([[1.0000, 0.0000],
            [0.0000, 0.5403]])
    """
    @functools.wraps(func)
    def wrapper(*args):
        nums = _select_args(args, argnums)
        selected = tuple(args[n] for n in nums)
        ins, ispec = tree_flatten(selected)
        _refuse_complex("jacfwd", ins, "inputs", "input")
        sizes = [x.numel() for x in ins]
        total = sum(sizes)

        def partial(*sel):
            full = list(args)
            for n, s in zip(nums, sel):
                full[n] = s
            return func(*full)
        holder = {}

        def run(*basis):
            tangents = tree_unflatten([b.reshape(tuple(x.shape)) for b, x in zip(basis, ins)],
                                      ispec)
            res = jvp(partial, selected, tangents, has_aux=has_aux)
            outs, ospec = tree_flatten(res[0])
            holder["outs"], holder["spec"] = outs, ospec
            holder["aux"] = res[2] if has_aux else None
            return tree_flatten(res[1])[0]
        basis = _basis(sizes, ins[0].dtype, 0, total)
        cols = batched_call(run, basis, total, randomness)
        outs, ospec = holder["outs"], holder["spec"]
        _refuse_complex("jacfwd", outs, "outputs", "input")  # torch's wording
        from .._ops.shape import movedim
        per_out = []
        for o, c in zip(outs, cols):
            entries, offset = [], 0
            moved = movedim(c, 0, -1)  # as torch: the basis dim last, then unflattened (a view)
            for x, n in zip(ins, sizes):
                block = moved.narrow(-1, offset, n) if len(ins) > 1 else moved
                entries.append(block.view(tuple(o.shape) + tuple(x.shape)))
                offset += n
            per_out.append(_regroup(entries, argnums, nums, args))
        jac = tree_unflatten(per_out, ospec)
        return (jac, holder["aux"]) if has_aux else jac
    return wrapper


def hessian(func, argnums=0):
    """Return a function computing the Hessian: jacfwd of jacrev (forward-over-reverse).

    >>> import chainrule
    >>> chainrule.func.hessian(lambda x: (x ** 3).sum())(chainrule.tensor([1., 2.]))
    tensor([[ 6.,  0.],
            [ 0., 12.]])
    """
    return jacfwd(jacrev(func, argnums), argnums)
