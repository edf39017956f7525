"""multi_margin_loss and multilabel_margin_loss as single ops, so the loss shows torch's node
(MultiMarginLossBackward0, MultilabelMarginLossBackward0); both the forward and the rule run the
hinge composed of table ops (the rule by recomputation)."""

from .._creation import ones, tensor
from .._tensor import Tensor
from ..autograd.grad_mode import no_grad
from ._recompute import recompute_vjp
from ._registry import defop
from .pointwise import clamp_min
from .shape import stack

_WEIGHT_GRAD = ("The function 'multi_margin_loss' is not differentiable with respect to argument "
                "'weight'. This input cannot have requires_grad True.")


_REDUCTIONS = {"none": 0, "mean": 1, "sum": 2}  # torch's Reduction enum, as its nodes save it


def _reduce(loss, reduction):
    if reduction == 1:
        return loss.mean()
    return loss.sum() if reduction == 2 else loss


def multi_margin(input, target, p, margin, weight, reduction):
    """sum over j != y of w[y] max(0, margin - x[y] + x[j])^p / C, per row, then reduced."""
    x = input if input.ndim == 2 else input.unsqueeze(0)
    y = target.reshape(-1, 1)
    picked = x.gather(1, y)
    hinge = clamp_min(margin - picked + x, 0)
    if p == 2:
        hinge = hinge * hinge
    if weight is not None:
        hinge = hinge * weight[y]
    others = ones(x.shape, dtype=x.dtype).scatter(1, y, 0)
    loss = (hinge * others).sum(1) / x.shape[1]
    return _reduce(loss if input.ndim == 2 else loss.squeeze(0), reduction)


def multilabel_margin(input, target, reduction):
    """Hinge between each target class (listed until the first -1) and every other class."""
    x = input if input.ndim == 2 else input.unsqueeze(0)
    t = target if target.ndim == 2 else target.unsqueeze(0)
    c = x.shape[1]
    rows = []
    for i in range(x.shape[0]):
        labels = []
        for j in t[i].tolist():
            if j < 0:
                break
            labels.append(j)
        is_target = ones(c, dtype=x.dtype) * 0
        if labels:
            is_target = is_target.index_fill(0, tensor(labels), 1)
        total = x[i].sum() * 0
        for j in labels:
            total = total + (clamp_min(1 - (x[i, j] - x[i]), 0) * (1 - is_target)).sum()
        rows.append(total / c)
    loss = stack(rows, 0)
    return _reduce(loss if input.ndim == 2 else loss.squeeze(0), reduction)


def _wrap(a):
    return None if a is None else Tensor._make(a)


def _multi_margin_forward(xp, input, target, p, margin, weight, reduction):
    with no_grad():
        return multi_margin(Tensor._make(input), Tensor._make(target), p, margin, _wrap(weight),
                            reduction)._data


def _multilabel_forward(xp, input, target, reduction):
    with no_grad():
        return multilabel_margin(Tensor._make(input), Tensor._make(target), reduction)._data


_multi_margin = defop(
    "multi_margin_loss", _multi_margin_forward, node="MultiMarginLossBackward0",
    vjp=lambda grad, input, target, p, margin, weight, reduction, needs: recompute_vjp(
        lambda x: multi_margin(x, _wrap(target), p, margin, _wrap(weight), reduction),
        (input,), (grad,), needs))
_multilabel_margin = defop(
    "multilabel_margin_loss", _multilabel_forward, node="MultilabelMarginLossBackward0",
    vjp=lambda grad, input, target, reduction, needs: recompute_vjp(
        lambda x: multilabel_margin(x, _wrap(target), reduction), (input,), (grad,), needs))


def multi_margin_loss_op(input, target, p, margin, weight, reduction):
    """The multi-class hinge loss as one recorded op (weight is not differentiable, as torch)."""
    if weight is not None and weight.requires_grad:
        raise RuntimeError(_WEIGHT_GRAD)
    return _multi_margin.apply((input,), (target._data, p, margin,
                                          None if weight is None else weight._data,
                                          _REDUCTIONS[reduction]))


def multilabel_margin_loss_op(input, target, reduction):
    """The multi-label hinge loss as one recorded op."""
    return _multilabel_margin.apply((input,), (target._data, _REDUCTIONS[reduction]))
