"""threshold, hardshrink and softshrink as ops of their own (ThresholdBackward0,
HardshrinkBackward0, SoftshrinkBackward0), with torch's NaN handling: NaN passes through and
takes the gradient, because torch's kernels test ``x <= t`` / ``-l <= x <= l``, which NaN fails."""

from .._creation import zeros_like
from ._registry import defop
from .pointwise import threshold_backward


def _outside(xp, input, lambd):
    """True where x is not in [-lambd, lambd] (NaN included)."""
    return ~((input >= -lambd) & (input <= lambd))


def _shrink_backward_forward(xp, grad_output, input, lambd):
    return xp.where(_outside(xp, input, lambd), grad_output, 0).astype(grad_output.dtype,
                                                                       copy=False)


_hardshrink_backward = defop(
    "hardshrink_backward", _shrink_backward_forward, node="HardshrinkBackwardBackward0",
    inputs=("grad_out", "self"),
    vjp={"grad_out": lambda grad, self, lambd: _hardshrink_backward.apply((grad, self), (lambd,)),
         "self": lambda grad: zeros_like(grad)})
_softshrink_backward = defop(
    "softshrink_backward", _shrink_backward_forward, node="SoftshrinkBackwardBackward0",
    inputs=("grad_output", "self"),
    vjp={"grad_output": lambda grad, self, lambd: _softshrink_backward.apply((grad, self),
                                                                             (lambd,)),
         "self": lambda grad: zeros_like(grad)})


def _threshold_forward(xp, input, threshold, value):
    return xp.where(input <= threshold, value, input).astype(input.dtype, copy=False)


def _hardshrink_forward(xp, input, lambd):
    return xp.where(_outside(xp, input, lambd), input, 0).astype(input.dtype, copy=False)


def _softshrink_forward(xp, input, lambd):
    # x * 0 in the middle keeps torch's signed zero (-0.5 shrinks to -0.0) and NaN.
    shrunk = xp.where(input > lambd, input - lambd, xp.where(input < -lambd, input + lambd,
                                                             input * 0))
    return shrunk.astype(input.dtype, copy=False)


_threshold, _threshold_inplace = (
    defop("threshold", _threshold_forward, node=node,
          vjp={"input": lambda grad, input, threshold, value:
               threshold_backward(grad, input, threshold)})
    for node in ("ThresholdBackward0", "ThresholdBackward1"))  # threshold_ has its own node
_hardshrink = defop("hardshrink", _hardshrink_forward, node="HardshrinkBackward0",
                    vjp={"input": lambda grad, input, lambd:
                         _hardshrink_backward.apply((grad, input), (lambd,))})
_softshrink = defop("softshrink", _softshrink_forward, node="SoftshrinkBackward0",
                    vjp={"input": lambda grad, input, lambd:
                         _softshrink_backward.apply((grad, input), (lambd,))})


def threshold(input, threshold, value, inplace=False):
    """Replace elements not above ``threshold`` by ``value`` (NaN is kept)."""
    if inplace:
        from .._tensor_methods import inplace as in_place
        return in_place(lambda x: _threshold_inplace.apply((x,), (threshold, value)))(input)
    return _threshold.apply((input,), (threshold, value))


def hardshrink(input, lambd=0.5):
    """Zero elements in [-lambd, lambd]."""
    return _hardshrink.apply((input,), (lambd,))


def softshrink(input, lambd=0.5):
    """Shrink elements towards zero by ``lambd`` (zero inside [-lambd, lambd])."""
    return _softshrink.apply((input,), (lambd,))


METHODS = ("hardshrink",)
