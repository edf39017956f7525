"""torch.nn.functional's in-place activations (``F.elu_``), recorded under torch's in-place nodes.

torch's in-place ELU family records ``*Backward1`` nodes; the rules are the out-of-place ones,
evaluated on the input copy the in-place machinery keeps.
"""

from .._ops._registry import FLOAT, defop
from .._ops.nn import _elu_forward, _elu_rule, _hardtanh, _leaky_relu, _leaky_relu_backward
from .._ops.nn_rrelu import rrelu
from .._ops.nn_shrink import threshold as _threshold
from .._tensor_methods import inplace as _inplace

_SELU = (1.6732632423543772, 1.0507009873554805, 1.0)
_elu_inplace = defop("elu", _elu_forward, node="EluBackward1", promote=FLOAT,
                     vjp={"input": _elu_rule})
_celu_inplace = defop("celu", _elu_forward, node="CeluBackward1", promote=FLOAT,
                      vjp={"input": _elu_rule})
_leaky_relu_inplace = defop(
    "leaky_relu", _leaky_relu.forward.raw, node="LeakyReluBackward1",
    vjp={"input": lambda grad, input, negative_slope: _leaky_relu_backward.apply(
        (grad, input), (negative_slope,))})


def _apply(op, input, attrs):
    """Run ``op`` on ``input`` and write the result into it, as torch's ``*_`` functions."""
    return _inplace(lambda x: op.apply((x,), attrs))(input)


def relu_(input):
    """In-place ReLU."""
    return input.relu_()


def elu_(input, alpha=1.0):
    """In-place ELU."""
    return _apply(_elu_inplace, input, (alpha, 1.0, 1.0))


def selu_(input):
    """In-place SELU (recorded as EluBackward1, as torch)."""
    return _apply(_elu_inplace, input, _SELU)


def celu_(input, alpha=1.0):
    """In-place CELU."""
    return _apply(_celu_inplace, input, (alpha, 1.0, 1.0 / alpha))


def leaky_relu_(input, negative_slope=0.01):
    """In-place leaky ReLU."""
    return _apply(_leaky_relu_inplace, input, (negative_slope,))


def hardtanh_(input, min_val=-1.0, max_val=1.0):
    """In-place hardtanh (torch keeps HardtanhBackward0 for it)."""
    return _apply(_hardtanh, input, (min_val, max_val))


def threshold_(input, threshold, value):
    """In-place threshold."""
    return _threshold(input, threshold, value, inplace=True)


def rrelu_(input, lower=1.0 / 8, upper=1.0 / 3, training=False):
    """In-place randomised leaky ReLU."""
    return rrelu(input, lower, upper, training, True)
