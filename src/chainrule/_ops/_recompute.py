"""Joint VJPs by recomputation: for ops that run a composition of table ops as one node (so the
node carries torch's name), backpropagate through that composition rebuilt from the saved
inputs. Under create_graph the rebuilt graph hangs off the saved inputs, so higher orders
follow; otherwise the inputs are detached and nothing outlives the call."""

from ..autograd.grad_mode import enable_grad, is_grad_enabled


def recompute_vjp(fn, inputs, grads, needs):
    """The gradients of ``fn(*inputs)`` (a tensor or a tuple) for output gradients ``grads``
    (None for outputs without one), for the inputs ``needs`` marks; None elsewhere."""
    from ..autograd import grad as autograd_grad
    create = is_grad_enabled()
    args = []
    for a, need in zip(inputs, needs):
        if a is not None and not (create and a.requires_grad):
            a = a.detach().requires_grad_(need)
        args.append(a)
    result = [None] * len(needs)
    wanted = [k for k, need in enumerate(needs) if need]
    with enable_grad():
        outs = fn(*args)
    outs = outs if isinstance(outs, tuple) else (outs,)
    pairs = [(o, g) for o, g in zip(outs, grads) if g is not None]
    if not wanted or not pairs:
        return tuple(result)
    found = autograd_grad([o for o, _ in pairs], [args[k] for k in wanted],
                          [g for _, g in pairs], create_graph=create, allow_unused=True)
    for k, g in zip(wanted, found):
        result[k] = g
    return tuple(result)
