"""torch's namespace-level in-place functions (``torch.relu_(x)``), each calling its method."""

from ._tensor import Tensor

_METHOD_NAMES = (
    "abs_", "acos_", "acosh_", "addmv_", "arccos_", "arccosh_", "arcsin_", "arcsinh_",
    "arctan_", "arctanh_", "asin_", "asinh_", "atan_", "atanh_", "ceil_", "clamp_",
    "clamp_max_", "clamp_min_", "clip_", "cos_", "cosh_", "deg2rad_", "detach_", "erf_",
    "erfc_", "exp2_", "exp_", "expm1_", "fill_", "fix_", "floor_", "frac_", "gcd_",
    "index_put_", "lcm_", "log10_", "log1p_", "log2_", "log_", "logit_", "nan_to_num_", "neg_",
    "negative_", "rad2deg_", "reciprocal_", "relu_", "resize_as_", "round_", "rsqrt_",
    "sigmoid_", "sin_", "sinc_", "sinh_", "sqrt_", "square_", "tan_", "tanh_", "trunc_",
    "xlogy_", "zero_")


def _forwarder(name):
    """``torch.<name>(input, *args)``: the same as ``input.<name>(*args)``."""
    method = getattr(Tensor, name)

    def fn(input, *args, **kwargs):
        return method(input, *args, **kwargs)
    fn.__name__ = fn.__qualname__ = name
    fn.__doc__ = f"In-place version of torch.{name[:-1]}: modifies and returns ``input``."
    return fn


globals().update({name: _forwarder(name) for name in _METHOD_NAMES})


def selu_(input):
    """In-place SELU."""
    from .nn import functional
    return functional.selu(input, inplace=True)


def celu_(input, alpha=1.0):
    """In-place CELU."""
    from .nn import functional
    return functional.celu(input, alpha, inplace=True)


def threshold_(input, threshold, value):
    """In-place threshold: elements not greater than ``threshold`` become ``value``."""
    from .nn import functional
    return functional.threshold(input, threshold, value, inplace=True)


def dropout_(input, p, train):
    """In-place dropout."""
    from .nn import functional
    return functional.dropout(input, p, train, inplace=True)


__all__ = [*_METHOD_NAMES, "selu_", "celu_", "threshold_", "dropout_"]
