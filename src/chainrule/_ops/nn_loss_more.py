"""soft_margin_loss as one op (SoftMarginLossBackward0) with its fused backward, so the graph,
the refusal of a target that requires grad and the shape errors match torch."""

import numpy as np

from ..autograd.grad_mode import is_grad_enabled
from ._registry import defop
from .nn import _reduce, _scale, check_reduction, legacy_reduction
from .pointwise import exp


def _quiet():
    return np.errstate(over="ignore", invalid="ignore")


def _backward_forward(xp, grad_output, input, target, reduction):
    with _quiet():
        z = xp.exp(-target * input)
        out = -target * z / (1 + z) * grad_output
    return (out / input.size if reduction == "mean" else out).astype(input.dtype, copy=False)


def _backward_input_rule(grad, grad_output, input, target, reduction):
    """d/dx of the backward: y² e^{-yx} / (1 + e^{-yx})² · grad_output (target² = y²)."""
    z = exp(-target * input)
    return _scale(grad * grad_output * target * target * z / ((1 + z) * (1 + z)), reduction,
                  input.numel())


_soft_margin_loss_backward = defop(
    "soft_margin_loss_backward", _backward_forward, node="SoftMarginLossBackwardBackward0",
    inputs=("grad_output", "input", "target"),
    # the engine sums the grad_output gradient down to its 0-d shape for a reduced loss
    vjp={"grad_output": lambda grad, input, target, reduction: _soft_margin_loss_backward.apply(
        (grad, input, target), (reduction,)),
         "input": _backward_input_rule})


def _forward(xp, input, target, reduction):
    with _quiet():
        loss = xp.log1p(xp.exp(-input * target))
    return _reduce(xp, loss.astype(input.dtype, copy=False), reduction)


_soft_margin_loss = defop(
    "soft_margin_loss", _forward, node="SoftMarginLossBackward0", inputs=("input", "target"),
    vjp={"input": lambda grad, input, target, reduction: _soft_margin_loss_backward.apply(
        (grad, input, target), (reduction,))})


def _check_target(input, target):
    """torch's refusal of a differentiable target and of a target not broadcastable to input."""
    if target.requires_grad and is_grad_enabled():
        raise RuntimeError("The function 'soft_margin_loss' is not differentiable with respect "
                           "to argument 'target'. This input cannot have requires_grad True.")
    a, b = tuple(input.shape), tuple(target.shape)
    n = max(len(a), len(b))
    a, b = (1,) * (n - len(a)) + a, (1,) * (n - len(b)) + b
    for i in range(n):
        if a[i] != b[i] and a[i] != 1 and b[i] != 1:
            raise RuntimeError(f"The size of tensor a ({a[i]}) must match the size of tensor b "
                               f"({b[i]}) at non-singleton dimension {i}")
    broadcast = [max(x, y) for x, y in zip(a, b)]
    if broadcast != list(input.shape):
        raise RuntimeError(f"output with shape {list(input.shape)} doesn't match the broadcast "
                           f"shape {broadcast}")


def soft_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    """Return log(1 + exp(-y x)), reduced."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    check_reduction(reduction)
    _check_target(input, target)
    return _soft_margin_loss.apply((input, target), (reduction,))
