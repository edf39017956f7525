"""prelu and pairwise_distance, with the node names torch records for them."""

from ._registry import NONE, defop
from .pointwise import where
from .reduction import _dims, _norm_forward, _norm_rule
from .shape import reshape, sum_to


def _channel_shaped(weight, input):
    """The per-channel weight shaped to broadcast over dim 1 (a single weight broadcasts as is)."""
    if input.ndim < 2 or weight.numel() == 1:
        return weight
    return reshape(weight, (1, -1) + (1,) * (input.ndim - 2))


def _prelu_forward(xp, input, weight):
    w = weight if input.ndim < 2 or weight.size == 1 else \
        weight.reshape((1, -1) + (1,) * (input.ndim - 2))
    return xp.where(input > 0, input, w * input)


def _prelu_rule(grad, input, weight, needs):
    w = _channel_shaped(weight, input)
    grad_input = where(input > 0, grad, grad * w) if needs[0] else None
    grad_weight = None
    if needs[1]:
        grad_weight = reshape(sum_to(where(input > 0, 0, grad * input), w.shape), weight.shape)
    return grad_input, grad_weight


_prelu = defop("prelu", _prelu_forward, node="PreluKernelBackward0", inputs=("input", "weight"),
               vjp=_prelu_rule)
# pairwise_distance calls aten::norm directly, so torch records NormBackward1 rather than the
# LinalgVectorNormBackward0 of Tensor.norm
_norm = defop("norm", _norm_forward, node="NormBackward1", promote=NONE,
              vjp={"input": _norm_rule})


def prelu(input, weight):
    """Return max(0, x) + weight * min(0, x), one weight per channel (dim 1) or one shared."""
    if weight.numel() != 1 and (input.ndim < 2 or input.shape[1] != weight.numel()):
        channels = input.shape[1] if input.ndim >= 2 else 1
        raise RuntimeError(
            f"Mismatch of parameter numbers and input channel size. Found parameter numbers = "
            f"{weight.numel()} and channel size = {channels}.")
    return _prelu.apply((input, weight), ())


def pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False):
    """Return the p-norm of ``x1 - x2 + eps`` over the last dim (eps keeps the gradient finite)."""
    diff = x1 - x2 + eps
    return _norm.apply((diff,), (float(p), _dims(-1, diff.ndim), keepdim))
