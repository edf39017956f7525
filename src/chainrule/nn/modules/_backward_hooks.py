"""Full backward hooks of a module: identity Functions around its call catch the gradients that
reach its outputs and leave through its inputs, then call ``hook(module, grad_input,
grad_output)`` (whose return value, if any, replaces grad_input), as torch's BackwardHook."""

import warnings

from ..._tensor import Tensor
from ...autograd.function import Function

_OUTPUTS_ONLY = (
    "Full backward hook is firing when gradients are computed with respect to module outputs "
    "since no inputs require gradients. See https://docs.pytorch.org/docs/main/generated/"
    "torch.nn.Module.html#torch.nn.Module.register_full_backward_hook for more details.")


class BackwardHookFunction(Function):
    """Identity on tensors whose backward hands the incoming gradients to a callback."""

    @staticmethod
    def forward(ctx, callback, *tensors):
        ctx.callback = callback
        outs = tuple(t.clone() for t in tensors)
        return outs[0] if len(outs) == 1 else outs

    @staticmethod
    def backward(ctx, *grads):
        replaced = ctx.callback(grads)
        return (None, *(grads if replaced is None else replaced))


def _through(callback, tensors):
    out = BackwardHookFunction.apply(callback, *tensors)
    return out if isinstance(out, tuple) else (out,)


def wrap_inputs(module, args):
    """Route the tensor arguments that need grad through the input-side identity."""
    state = {"grad_outputs": None, "n_args": len(args)}
    slots = [i for i, a in enumerate(args) if isinstance(a, Tensor) and a.requires_grad]
    state["slots"] = slots
    if not slots:
        return args, state

    def on_inputs(grads):
        grad_input = [None] * len(args)
        for i, g in zip(slots, grads):
            grad_input[i] = g
        replaced = _call_hooks(module, tuple(grad_input), state["grad_outputs"])
        return None if replaced is None else tuple(replaced[i] for i in slots)

    wrapped = list(args)
    for i, t in zip(slots, _through(on_inputs, [args[i] for i in slots])):
        wrapped[i] = t
    return tuple(wrapped), state


def wrap_outputs(module, result, state):
    """Route the outputs that need grad through the output-side identity."""
    single = isinstance(result, Tensor)
    outs = (result,) if single else result
    if not isinstance(outs, tuple) or not any(isinstance(o, Tensor) and o.requires_grad
                                              for o in outs):
        return result
    slots = [i for i, o in enumerate(outs) if isinstance(o, Tensor) and o.requires_grad]

    def on_outputs(grads):
        replaced = None
        for hook in module.__dict__.get("_backward_pre_hooks", {}).values():
            out = hook(module, grads)
            if out is not None:
                grads = replaced = tuple(out) if isinstance(out, (tuple, list)) else (out,)
        state["grad_outputs"] = grads
        if not state["slots"] and module.__dict__.get("_backward_hooks"):
            # no input needs grad: torch calls the hooks from here
            warnings.warn(_OUTPUTS_ONLY, UserWarning, stacklevel=2)
            _call_hooks(module, (None,) * state["n_args"], grads)
        return replaced

    wrapped = list(outs)
    for i, t in zip(slots, _through(on_outputs, [outs[i] for i in slots])):
        wrapped[i] = t
    return wrapped[0] if single else tuple(wrapped)


def _call_hooks(module, grad_input, grad_output):
    for hook in module.__dict__.get("_backward_hooks", {}).values():
        out = hook(module, grad_input, grad_output)
        if out is not None:
            grad_input = tuple(out)
    return grad_input
