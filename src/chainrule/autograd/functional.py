"""torch.autograd.functional: vjp, jvp, jacobian, hessian, vhp, hvp over grad() and forward mode.

Inputs and outputs may be a Tensor or a tuple of Tensors; results mirror that structure as in
PyTorch, and ``strict=True`` raises PyTorch's messages when a result would be independent of an
input. ``vectorize=True`` computes all Jacobian rows with one batched backward pass.
"""

from .grad_mode import enable_grad, is_grad_enabled, set_grad_enabled


def _as_tuple(inp, arg_name=None, fn_name=None):
    from .._tensor import Tensor
    is_tuple = isinstance(inp, tuple)
    if not is_tuple:
        inp = (inp,)
    for i, el in enumerate(inp):
        if not isinstance(el, Tensor):
            where = (f"the value at index {i} has type {type(el)}" if is_tuple else
                     f"the given {arg_name} has type {type(el)}")
            raise TypeError(f"The {arg_name} given to {fn_name} must be either a Tensor or a "
                            f"tuple of Tensors but {where}.")
    return is_tuple, inp


def _tuple_postprocess(res, to_unpack):
    if isinstance(to_unpack, tuple):
        if not to_unpack[1]:
            res = tuple(el[0] for el in res)
        if not to_unpack[0]:
            res = res[0]
    elif not to_unpack:
        res = res[0]
    return res


def _grad_preprocess(inputs, create_graph, need_graph):
    """Fresh tensors to differentiate against: views keep the outer graph when create_graph."""
    if create_graph:
        return tuple(x.view_as(x) if x.requires_grad else x.detach().requires_grad_(need_graph)
                     for x in inputs)
    return tuple(x.detach().requires_grad_(need_graph) for x in inputs)


def _grad_postprocess(inputs, create_graph):
    if isinstance(inputs[0], tuple):
        return tuple(_grad_postprocess(x, create_graph) for x in inputs)
    return inputs if create_graph else tuple(x.detach() for x in inputs)


def _validate_v(v, other, is_other_tuple):
    if len(other) != len(v):
        if is_other_tuple:
            raise RuntimeError(
                f"v is a tuple of invalid length: should be {len(other)} but got {len(v)}.")
        raise RuntimeError("The given v should contain a single Tensor.")
    for i, (el_v, el_other) in enumerate(zip(v, other)):
        if el_v.size() != el_other.size():
            prefix = f"Entry {i} in " if is_other_tuple else ""
            raise RuntimeError(f"{prefix}v has invalid size: should be {el_other.size()} but got "
                               f"{el_v.size()}.")


_STRICT = {
    "hessian": "The hessian of the user-provided function with respect to input {i} is "
               "independent of the input. This is not allowed in strict mode. You should ensure "
               "that your function is thrice differentiable and that the hessian depends on the "
               "inputs.",
    "jacobian": "While computing the hessian, found that the jacobian of the user-provided "
                "function with respect to input {i} is independent of the input. This is not "
                "allowed in strict mode. You should ensure that your function is twice "
                "differentiable and that the jacobian depends on the inputs (this would be "
                "violated by a linear function for example).",
    "grad_inputs": "The gradient with respect to input {i} is independent of the inputs of the "
                   "user-provided function. This is not allowed in strict mode.",
    "outputs": "Output {i} of the user-provided function does not require gradients. The outputs "
               "must be computed in a differentiable manner from the input when running in "
               "strict mode.",
}


def _check_requires_grad(inputs, input_type, strict):
    if not strict:
        return
    for i, inp in enumerate(inputs):
        if inp is None:
            raise RuntimeError(
                f"The output of the user-provided function is independent of input {i}. This is "
                "not allowed in strict mode.")
        if not inp.requires_grad:
            raise RuntimeError(_STRICT[input_type].format(i=i))


def _autograd_grad(outputs, inputs, grad_outputs=None, create_graph=False, retain_graph=None,
                   is_grads_batched=False):
    """autograd.grad over the outputs that require grad; None for inputs they do not reach."""
    from . import grad
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    pairs = [(o, g) for o, g in zip(outputs, grad_outputs) if o is not None and o.requires_grad]
    if not pairs:
        return (None,) * len(inputs)
    return grad([o for o, _ in pairs], inputs, [g for _, g in pairs], allow_unused=True,
                create_graph=create_graph, retain_graph=retain_graph,
                is_grads_batched=is_grads_batched)


_ZERO_MESSAGES = {
    "back": "The output of the user-provided function is independent of input {i}. This is not "
            "allowed in strict mode.",
    "back_trick": "The gradient with respect to the input is independent of entry {i} in the "
                  "grad_outputs when using the double backward trick to compute forward mode "
                  "gradients. This is not allowed in strict mode.",
    "double_back": "The jacobian of the user-provided function is independent of input {i}. This "
                   "is not allowed in strict mode.",
    "double_back_trick": "The hessian of the user-provided function is independent of entry {i} "
                         "in the grad_jacobian. This is not allowed in strict mode as it prevents "
                         "from using the double backward trick to replace forward mode AD.",
}


def _fill_in_zeros(grads, refs, strict, create_graph, stage):
    from .._creation import zeros_like
    res = []
    for i, g in enumerate(grads):
        if g is None:
            if strict:
                raise RuntimeError(_ZERO_MESSAGES[stage].format(i=i))
            g = zeros_like(refs[i])
        elif strict and create_graph and not g.requires_grad:
            what = "hessian" if "double" in stage else "jacobian"
            raise RuntimeError(
                f"The {what} of the user-provided function is independent of input {i}. This is "
                "not allowed in strict mode when create_graph=True.")
        res.append(g)
    return tuple(res)


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """Return ``(func(inputs), vᵀJ)``; v may be None only for a one-element output.

    >>> import chainrule
    >>> x = chainrule.tensor([1., 2.])
    >>> chainrule.autograd.functional.vjp(lambda x: x ** 2, x, chainrule.ones(2))
    (tensor([1., 4.]), tensor([2., 4.]))
    """
    with enable_grad():
        is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", "vjp")
        inputs = _grad_preprocess(inputs, create_graph, need_graph=True)
        is_outputs_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided "
                                              "function", "vjp")
        _check_requires_grad(outputs, "outputs", strict)
        if v is not None:
            v = _grad_preprocess(_as_tuple(v, "v", "vjp")[1], create_graph, need_graph=False)
            _validate_v(v, outputs, is_outputs_tuple)
        elif len(outputs) != 1 or outputs[0].nelement() != 1:
            raise RuntimeError("The vector v can only be None if the user-provided function "
                               "returns a single Tensor with a single element.")
    with set_grad_enabled(True if create_graph else is_grad_enabled()):
        grads = _autograd_grad(outputs, inputs, v, create_graph=create_graph)
        result = _fill_in_zeros(grads, inputs, strict, create_graph, "back")
    return (_tuple_postprocess(_grad_postprocess(outputs, create_graph), is_outputs_tuple),
            _tuple_postprocess(_grad_postprocess(result, create_graph), is_inputs_tuple))


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """Return ``(func(inputs), J·v)`` by the double-backward trick, as PyTorch does."""
    from .._creation import zeros_like
    with enable_grad():
        is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", "jvp")
        inputs = _grad_preprocess(inputs, create_graph, need_graph=True)
        if v is not None:
            v = _grad_preprocess(_as_tuple(v, "v", "jvp")[1], create_graph, need_graph=False)
            _validate_v(v, inputs, is_inputs_tuple)
        elif len(inputs) != 1 or inputs[0].nelement() != 1:
            raise RuntimeError("The vector v can only be None if the input to the user-provided "
                               "function is a single Tensor with a single element.")
        is_outputs_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided "
                                              "function", "jvp")
        _check_requires_grad(outputs, "outputs", strict)
        grad_outputs = tuple(zeros_like(o).requires_grad_() for o in outputs)
        grad_inputs = _autograd_grad(outputs, inputs, grad_outputs, create_graph=True)
        _check_requires_grad(grad_inputs, "grad_inputs", strict)
    with set_grad_enabled(True if create_graph else is_grad_enabled()):
        grads = _autograd_grad(grad_inputs, grad_outputs, v, create_graph=create_graph)
        result = _fill_in_zeros(grads, outputs, strict, create_graph, "back_trick")
    return (_tuple_postprocess(_grad_postprocess(outputs, create_graph), is_outputs_tuple),
            _tuple_postprocess(_grad_postprocess(result, create_graph), is_outputs_tuple))


def _standard_basis(tensors, numels):
    """Identity rows over all entries, cut per tensor: chunk i has shape (total, numel_i)."""
    from .._creation import eye
    total = sum(numels)
    basis = eye(total, dtype=tensors[0].dtype)
    out, start = [], 0
    for n in numels:
        out.append(basis[:, start:start + n])
        start += n
    return out


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False,
             strategy="reverse-mode"):
    """Return the Jacobian of ``func`` at ``inputs``: J[i][j] has shape out_i.shape + in_j.shape.

    ``vectorize=True`` runs one batched backward (or forward) pass instead of one per row.

    >>> import chainrule
    >>> chainrule.autograd.functional.jacobian(lambda x: x ** 2, chainrule.tensor([1., 2.]))
    tensor([[2., 0.],
            [0., 4.]])
    """
    if strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError(
            'Expected strategy to be either "forward-mode" or "reverse-mode". Hint: If your '
            'function has more outputs than inputs, "forward-mode" tends to be more performant. '
            'Otherwise, prefer to use "reverse-mode".')
    if strategy == "forward-mode":
        if create_graph:
            raise NotImplementedError(
                "torch.autograd.functional.jacobian: `create_graph=True` and "
                '`strategy="forward-mode"` are not supported together (yet). Please either set '
                '`create_graph=False` or `strategy="reverse-mode"`.')
        return _jacfwd(func, inputs, strict, vectorize)
    from .._creation import zeros_like
    from .._ops.shape import stack
    with enable_grad():
        is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", "jacobian")
        inputs = _grad_preprocess(inputs, create_graph, need_graph=True)
        is_outputs_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided "
                                              "function", "jacobian")
        _check_requires_grad(outputs, "outputs", strict)
        if vectorize:
            if strict:
                raise RuntimeError(
                    "torch.autograd.functional.jacobian: `strict=True` and `vectorized=True` "
                    "are not supported together. Please either set `strict=False` or "
                    "`vectorize=False`.")
            numels = tuple(o.numel() for o in outputs)
            flat = tuple(o.reshape(-1) for o in outputs)
            rows = list(_autograd_grad(flat, inputs, _standard_basis(outputs, numels),
                                       create_graph=create_graph, is_grads_batched=True))
            for k, r in enumerate(rows):
                if r is None:
                    rows[k] = zeros_like(inputs[k]).expand((sum(numels),) + inputs[k].shape)
            per_input = [[jac.view(o.shape + x.shape) for jac, o in
                          zip(r.split(numels, dim=0), outputs)] for r, x in zip(rows, inputs)]
            result = tuple(zip(*per_input))
            return _tuple_postprocess(_grad_postprocess(result, create_graph),
                                      (is_outputs_tuple, is_inputs_tuple))
        result = []
        for i, out in enumerate(outputs):
            cols = [[] for _ in inputs]
            flat = out.reshape(-1)
            for j in range(out.nelement()):
                vj = _autograd_grad((flat[j],), inputs, retain_graph=True,
                                    create_graph=create_graph)
                for k, (g, x) in enumerate(zip(vj, inputs)):
                    if g is None:
                        if strict:
                            raise RuntimeError(
                                f"Output {i} of the user-provided function is independent of "
                                f"input {k}. This is not allowed in strict mode.")
                        g = zeros_like(x)
                    elif strict and create_graph and not g.requires_grad:
                        raise RuntimeError(
                            f"The jacobian of the user-provided function is independent of input "
                            f"{i}. This is not allowed in strict mode when create_graph=True.")
                    cols[k].append(g)
            result.append(tuple(stack(c, dim=0).view(out.size() + x.size()) if c else
                                zeros_like(x).view(out.size() + x.size())
                                for c, x in zip(cols, inputs)))
    return _tuple_postprocess(_grad_postprocess(tuple(result), create_graph),
                              (is_outputs_tuple, is_inputs_tuple))


def _jacfwd(func, inputs, strict, vectorize):
    """Forward-mode Jacobian: one batched pass of dual tensors over the input basis."""
    if strict:
        raise RuntimeError(
            "torch.autograd.functional.jacobian: `strict=True` and `strategy=\"forward-mode\"` "
            "are not supported together (yet). Please either set `strict=False` or "
            "`strategy=\"reverse-mode\"`.")
    if not vectorize:
        raise NotImplementedError(
            "Computing Jacobian using forward-AD or forward-over-reverse Hessian is"
            "only implemented for `vectorize=True`.")
    from ..func import jvp as func_jvp
    from ..func._vmap import batched_call
    is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", "jacobian")
    numels = tuple(x.numel() for x in inputs)
    info = {}

    def run(*tangents):
        out, tans = func_jvp(lambda *a: func(*a), inputs,
                             tuple(t.reshape(x.shape) for t, x in zip(tangents, inputs)))
        info["tuple"], outs = _as_tuple(out, "outputs", "jacobian")
        info["outs"] = outs
        return _as_tuple(tans, "outputs", "jacobian")[1]
    cols = batched_call(run, _standard_basis(inputs, numels), sum(numels))
    result = []
    for c, o in zip(cols, info["outs"]):
        entries = []
        for jac, x in zip(c.split(numels, dim=0), inputs):
            entries.append(jac.permute(*range(1, jac.ndim), 0).reshape(o.shape + x.shape))
        result.append(entries)
    return _tuple_postprocess(result, (info["tuple"], is_inputs_tuple))  # lists, as torch


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False,
            outer_jacobian_strategy="reverse-mode"):
    """Return the Hessian of scalar ``func``: H[i][j] has shape in_i.shape + in_j.shape.

    >>> import chainrule
    >>> chainrule.autograd.functional.hessian(lambda x: (x ** 3).sum(), chainrule.tensor([1., 2.]))
    tensor([[ 6.,  0.],
            [ 0., 12.]])
    """
    is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", "hessian")
    if outer_jacobian_strategy not in ("forward-mode", "reverse-mode"):
        raise AssertionError(
            'Expected strategy to be either "forward-mode" or "reverse-mode".')

    def single_output(*inp):
        out = func(*inp)
        is_out_tuple, t_out = _as_tuple(out, "outputs of the user-provided function", "hessian")
        _check_requires_grad(t_out, "outputs", strict)
        if is_out_tuple:
            raise RuntimeError("The function given to hessian should return a single Tensor")
        if out.nelement() != 1:
            raise RuntimeError("The Tensor returned by the function given to hessian should "
                               "contain a single element")
        return out.squeeze()

    def jac_func(*inp):
        if outer_jacobian_strategy == "forward-mode":
            inp = tuple(t.requires_grad_(True) for t in inp)
        jac = jacobian(single_output, inp, create_graph=True)
        _check_requires_grad(jac, "jacobian", strict)
        return jac
    res = jacobian(jac_func, inputs, create_graph=create_graph, strict=strict,
                   vectorize=vectorize, strategy=outer_jacobian_strategy)
    return _tuple_postprocess(res, (is_inputs_tuple, is_inputs_tuple))


def _scalar_setup(func, inputs, v, create_graph, strict, name):
    """Shared start of vhp/hvp: checked inputs, v, the scalar output and its gradient graph."""
    with enable_grad():
        is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", name)
        inputs = _grad_preprocess(inputs, create_graph, need_graph=True)
        if v is not None:
            v = _grad_preprocess(_as_tuple(v, "v", name)[1], create_graph, need_graph=False)
            _validate_v(v, inputs, is_inputs_tuple)
        elif len(inputs) != 1 or inputs[0].nelement() != 1:
            raise RuntimeError("The vector v can only be None if the input to the user-provided "
                               "function is a single Tensor with a single element.")
        is_outputs_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided "
                                              "function", name)
        _check_requires_grad(outputs, "outputs", strict)
        if is_outputs_tuple:
            raise RuntimeError(f"The function given to {name} should return a single Tensor")
        if outputs[0].nelement() != 1:
            raise RuntimeError(f"The Tensor returned by the function given to {name} should "
                               "contain a single element")
        jac = _autograd_grad(outputs, inputs, create_graph=True)
        _check_requires_grad(jac, "jacobian", strict)
    return is_inputs_tuple, is_outputs_tuple, inputs, v, outputs, jac


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """Return ``(func(inputs), vᵀH)`` for a scalar ``func``: two reverse passes."""
    is_in, is_out, inputs, v, outputs, jac = _scalar_setup(func, inputs, v, create_graph,
                                                           strict, "vhp")
    with set_grad_enabled(True if create_graph else is_grad_enabled()):
        grads = _autograd_grad(jac, inputs, v, create_graph=create_graph)
        result = _fill_in_zeros(grads, inputs, strict, create_graph, "double_back")
    return (_tuple_postprocess(_grad_postprocess(outputs, create_graph), is_out),
            _tuple_postprocess(_grad_postprocess(result, create_graph), is_in))


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """Return ``(func(inputs), H·v)`` for a scalar ``func`` by the double-backward trick.

    >>> import chainrule
    >>> x = chainrule.tensor([1., 2.])
    >>> chainrule.autograd.functional.hvp(lambda x: (x ** 3).sum(), x, chainrule.ones(2))
    (tensor(9.), tensor([ 6., 12.]))
    """
    from .._creation import zeros_like
    is_in, is_out, inputs, v, outputs, jac = _scalar_setup(func, inputs, v, create_graph,
                                                           strict, "hvp")
    with enable_grad():
        grad_jac = tuple(zeros_like(x).requires_grad_() for x in inputs)
        double_back = _autograd_grad(jac, inputs, grad_jac, create_graph=True)
        _check_requires_grad(jac, "hessian", strict)
    with set_grad_enabled(True if create_graph else is_grad_enabled()):
        grads = _autograd_grad(double_back, grad_jac, v, create_graph=create_graph)
        result = _fill_in_zeros(grads, inputs, strict, create_graph, "double_back_trick")
    return (_tuple_postprocess(_grad_postprocess(outputs, create_graph), is_out),
            _tuple_postprocess(_grad_postprocess(result, create_graph), is_in))


def _batched_grad(outputs, inputs, grads, retain_graph, create_graph, allow_unused,
                  materialize_grads):
    """autograd.grad with is_grads_batched: one backward pass with batched grad_outputs."""
    from ..func._batching import Unbatchable, unwrap, wrap
    from ..func._vmap import batch_level
    from . import grad
    size = None
    for i, (out, g) in enumerate(zip(outputs, grads)):
        if g is None:
            continue
        if tuple(g.shape[1:]) != tuple(out.shape):
            raise RuntimeError(
                "If `is_grads_batched=True`, we interpret the first dimension of each "
                "grad_output as the batch dimension. The sizes of the remaining dimensions are "
                "expected to match the shape of corresponding output, but a mismatch was "
                f"detected: grad_output[{i}] has a shape of {g.shape[1:]} and output[{i}] has a "
                f"shape of {out.shape}. If you only want some tensors in `grad_output` to be "
                "considered batched, consider using vmap.")
        size = g.shape[0]
    retain = create_graph if retain_graph is None else retain_graph
    try:
        with batch_level() as level:
            res = grad(outputs, inputs, [None if g is None else wrap(g, level) for g in grads],
                       retain_graph=True if not retain else retain, create_graph=create_graph,
                       allow_unused=allow_unused, materialize_grads=materialize_grads)
            return tuple(None if r is None else unwrap(r, level, size) for r in res)
    except Unbatchable:
        from .._ops.shape import stack
        rows = [grad(outputs, inputs, [None if g is None else g[b] for g in grads],
                     retain_graph=True, create_graph=create_graph, allow_unused=allow_unused,
                     materialize_grads=materialize_grads) for b in range(size)]
        return tuple(None if r[0] is None else stack(list(r)) for r in zip(*rows))
