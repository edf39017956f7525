"""Neural-network ops: softmax family, activations, losses, dropout, embedding, normalisation.

Forwards work on arrays; every rule is written in chainrule ops so higher orders work. Hot rules
call fused ``*_backward`` ops with their own entries (softmax, log_softmax, nll_loss, embedding).
"""

import math

import numpy as np

from .._creation import zeros_like
from .._dtype import promote_types
from .._tensor import _SCALAR_NAMES, Tensor
from ._argcheck import require_tensor
from ._registry import FLOAT, defop
from ._sum_order import torch_sum
from .pointwise import exp, log, sigmoid, tanh, where
from .reduction import mean, sum
from .shape import reshape

_SQRT_HALF = math.sqrt(0.5)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)


def _quiet():
    return np.errstate(divide="ignore", invalid="ignore", over="ignore", under="ignore")


def _const(array):
    """Wrap a constant array (mask, index) as a tensor for use inside a rule."""
    return Tensor._make(array)


# --- softmax and log_softmax ------------------------------------------------------------
def _softmax_forward(xp, input, dim):
    shifted = input - xp.max(input, axis=dim, keepdims=True) if input.size else input
    e = xp.exp(shifted)
    return e / xp.sum(e, axis=dim, keepdims=True)


def _log_softmax_forward(xp, input, dim):
    if not input.size:
        return input.copy()
    shifted = input - xp.max(input, axis=dim, keepdims=True)
    with _quiet():
        return shifted - xp.log(xp.sum(xp.exp(shifted), axis=dim, keepdims=True))


_softmax = defop("softmax", _softmax_forward, node="SoftmaxBackward0", promote=FLOAT,
                 vjp={"input": lambda grad, result, dim: softmax_backward_data(grad, result, dim)})
_log_softmax = defop(
    "log_softmax", _log_softmax_forward, node="LogSoftmaxBackward0", promote=FLOAT,
    vjp={"input": lambda grad, result, dim: log_softmax_backward_data(grad, result, dim)})


def _softmax_backward_forward(xp, grad_output, output, dim):
    # torch's kernel order, (g - sum(g * y)) * y: same roundings, and -0. where y is 0
    return (grad_output - xp.sum(grad_output * output, axis=dim, keepdims=True)) * output


def _softmax_backward_rule(grad, grad_output, output, dim, needs):
    u_s = sum(grad * output, dim, keepdim=True)
    return (softmax_backward_data(grad, output, dim) if needs[0] else None,
            grad * grad_output - grad_output * u_s
            - grad * sum(grad_output * output, dim, keepdim=True) if needs[1] else None)


_softmax_backward = defop("_softmax_backward_data", _softmax_backward_forward,
                          node="SoftmaxBackwardDataBackward0", inputs=("grad_output", "output"),
                          vjp=_softmax_backward_rule)


def _log_softmax_backward_forward(xp, grad_output, output, dim):
    return grad_output - xp.exp(output) * xp.sum(grad_output, axis=dim, keepdims=True)


def _log_softmax_backward_rule(grad, grad_output, output, dim, needs):
    p = exp(output)
    return (grad - sum(grad * p, dim, keepdim=True) if needs[0] else None,
            -grad * p * sum(grad_output, dim, keepdim=True) if needs[1] else None)


_log_softmax_backward = defop(
    "_log_softmax_backward_data", _log_softmax_backward_forward,
    node="LogSoftmaxBackwardDataBackward0", inputs=("grad_output", "output"),
    vjp=_log_softmax_backward_rule)


def softmax_backward_data(grad_output, output, dim):
    """Return the softmax VJP from its output: y * (g - sum(g * y))."""
    return _softmax_backward.apply((grad_output, output), (dim,))


def log_softmax_backward_data(grad_output, output, dim):
    """Return the log_softmax VJP from its output: g - exp(y) * sum(g)."""
    return _log_softmax_backward.apply((grad_output, output), (dim,))


def _softmax_dim(ndim):
    return 0 if ndim in (0, 1, 3) else 1


def _prepare(input, dim, dtype, name):
    if dim is None:
        import warnings
        warnings.warn(
            f"Implicit dimension choice for {name} has been deprecated. Change the call to "
            "include dim=X as an argument.", UserWarning, stacklevel=3)
        dim = _softmax_dim(input.ndim)
    from .._tensor import _wrap_dim
    dim = _wrap_dim(dim, input.ndim)
    if dtype is not None:
        input = input.to(dtype)
    return input, dim


def _empty_copy(input):
    """torch's softmax kernels return an empty input before dispatching on its dtype."""
    return Tensor._make(input._data.copy())


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    """Return exp(x) / sum(exp(x)) along ``dim``, computed after subtracting the max."""
    input, dim = _prepare(input, dim, dtype, "softmax")
    if input._data.size == 0 and input._data.dtype.kind in "biu":
        return _empty_copy(input)
    return _softmax.apply((input,), (dim,))


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    """Return x - logsumexp(x) along ``dim``; stable where log(softmax(x)) underflows."""
    input, dim = _prepare(input, dim, dtype, "log_softmax")
    if input._data.size == 0 and input._data.dtype.kind in "biu":
        return _empty_copy(input)
    return _log_softmax.apply((input,), (dim,))


# --- activations ------------------------------------------------------------------------
def _ndtr_array(xp, x):
    # torch's formula 0.5 * (1 + erf(x / sqrt 2)), in the input's precision, to match its values;
    # erf comes from SciPy when installed, else from a vectorised math.erf.
    from .pointwise_more import _special
    return (0.5 * (1 + _special("erf")(x * _SQRT_HALF))).astype(x.dtype, copy=False)


_ndtr = defop("special_ndtr", _ndtr_array, node="SpecialNdtrBackward0", promote=FLOAT,
              vjp={"input": lambda grad, input: grad * _normal_pdf(input)})


def _normal_pdf(x):
    return exp(x * x * -0.5) * _INV_SQRT_2PI


def _gelu_forward(xp, input, approximate):
    if approximate == "tanh":
        inner = math.sqrt(2 / math.pi) * (input + 0.044715 * input ** 3)
        return 0.5 * input * (1 + xp.tanh(inner))
    out = input * _ndtr_array(xp, input)
    if input.dtype == np.float32 and xp.isposinf(input).any():
        out[xp.isposinf(input)] = np.nan  # torch's float32 kernel gives NaN at +inf (float64: inf)
    return out


_GELU_BETA = math.sqrt(2 / math.pi)  # the tanh form's inner scale
_GELU_KAPPA = 0.044715


def _gelu_backward_forward(xp, grad_output, input, approximate):
    """torch's gelu_backward kernel: grad_output · gelu'(input)."""
    with _quiet():
        if approximate == "tanh":
            t = xp.tanh(_GELU_BETA * (input + _GELU_KAPPA * input * input * input))
            right = 0.5 * input * (1 - t * t) * (_GELU_BETA * (1 + 3 * _GELU_KAPPA * input * input))
            return grad_output * (0.5 * (1 + t) + right)
        pdf = xp.exp(input * input * -0.5) * _INV_SQRT_2PI
        return grad_output * (_ndtr_array(xp, input) + input * pdf)


def _gelu_double_backward(grad, grad_output, input, approximate):
    """torch's gelu_double_backward: grad · grad_output · gelu''(input)."""
    if approximate == "tanh":
        t = tanh((input + input * input * input * _GELU_KAPPA) * _GELU_BETA)
        half_x, g = input * 0.5, 1 - t * t
        h = (1 + input * input * (3 * _GELU_KAPPA)) * _GELU_BETA
        g_prime_fh = half_x * h * (g * -2 * t * h)
        h_prime_fg = half_x * g * (input * (6 * _GELU_KAPPA * _GELU_BETA))
        return grad * grad_output * (2 * (0.5 * g * h) + g_prime_fh + h_prime_fg)
    pdf = _normal_pdf(input)
    return grad * grad_output * (2 * pdf - input * input * pdf)


_gelu_backward = defop(
    "gelu_backward", _gelu_backward_forward, node="GeluBackwardBackward0",
    inputs=("grad_output", "input"),
    vjp={"grad_output": lambda grad, input, approximate: gelu_backward(grad, input, approximate),
         "input": _gelu_double_backward})


def gelu_backward(grad_output, input, approximate="none"):
    """The gradient of gelu as its own op (torch's gelu_backward), so its derivative is
    torch's gelu_double_backward."""
    return _gelu_backward.apply((grad_output, input), (approximate,))


_gelu = defop("gelu", _gelu_forward, node="GeluBackward0", promote=FLOAT,
              vjp={"input": lambda grad, input, approximate: gelu_backward(grad, input,
                                                                          approximate)})


def _silu_rule(grad, input):
    s = sigmoid(input)
    return grad * s * (1 + input * (1 - s))


_silu = defop("silu", lambda xp, input: input / (1 + xp.exp(-input)), node="SiluBackward0",
              promote=FLOAT, vjp={"input": _silu_rule})


def _softplus_forward(xp, input, beta, threshold):
    scaled = input * beta
    with _quiet():
        soft = xp.logaddexp(0, scaled) / beta
    return xp.where(scaled > threshold, input, soft).astype(input.dtype, copy=False)


_softplus = defop("softplus", _softplus_forward, node="SoftplusBackward0", promote=FLOAT,
                  vjp={"input": lambda grad, input, beta, threshold: where(
                      input * beta > threshold, grad, grad * sigmoid(input * beta))})


def _elu_forward(xp, input, alpha, scale, input_scale):
    with _quiet():
        neg = alpha * scale * (xp.exp(input * input_scale) - 1)
    return xp.where(input > 0, input * scale, neg).astype(input.dtype, copy=False)


def _elu_backward_forward(xp, grad_output, input, alpha, scale, input_scale):
    """torch's elu_backward kernel: the negative branch where input <= 0 (NaN takes scale)."""
    with _quiet():
        negative = grad_output * input_scale * (alpha * scale) * xp.exp(input * input_scale)
        return xp.where(input <= 0, negative, grad_output * scale).astype(grad_output.dtype,
                                                                          copy=False)


def _elu_double_backward(grad, grad_output, input, alpha, scale, input_scale):
    """torch's elu_double_backward: elu_backward of grad · grad_output · input_scale, kept
    where input < 0 by multiplying with the mask (so inf · 0 there is NaN, as torch's)."""
    return _elu_backward.apply((grad * grad_output * input_scale, input),
                               (alpha, scale, input_scale)) * (input < 0)


_elu_backward = defop(
    "elu_backward", _elu_backward_forward, node="EluBackwardBackward0",
    inputs=("grad_output", "input"),
    vjp={"grad_output": lambda grad, input, alpha, scale, input_scale: _elu_backward.apply(
        (grad, input), (alpha, scale, input_scale)), "input": _elu_double_backward})


def _elu_rule(grad, input, alpha, scale, input_scale):
    """torch's elu_backward, an op of its own so its derivative is elu_double_backward."""
    return _elu_backward.apply((grad, input), (alpha, scale, input_scale))


_elu = defop("elu", _elu_forward, node="EluBackward0", promote=FLOAT, vjp={"input": _elu_rule})
_celu = defop("celu", _elu_forward, node="CeluBackward0", promote=FLOAT,
              vjp={"input": _elu_rule})
# The gradients of leaky_relu and hardtanh are ops of their own (torch's *_backward), whose
# gradient for input is zeros_like(grad): materialised, so a 0 / 0 further back gives NaN.
_leaky_relu_backward = defop(
    "leaky_relu_backward", lambda xp, grad_output, input, negative_slope: xp.where(
        input > 0, grad_output, grad_output * negative_slope).astype(grad_output.dtype,
                                                                     copy=False),
    node="LeakyReluBackwardBackward0", inputs=("grad_output", "input"),
    vjp={"grad_output": lambda grad, input, negative_slope: _leaky_relu_backward.apply(
        (grad, input), (negative_slope,)), "input": lambda grad: zeros_like(grad)})
_leaky_relu = defop(
    "leaky_relu", lambda xp, input, negative_slope: xp.where(
        input > 0, input, input * negative_slope).astype(input.dtype, copy=False),
    node="LeakyReluBackward0",
    vjp={"input": lambda grad, input, negative_slope: _leaky_relu_backward.apply(
        (grad, input), (negative_slope,))})
_hardtanh_backward = defop(  # torch's vectorised kernel: grad only where min < x < max
    "hardtanh_backward", lambda xp, grad_output, input, min_val, max_val: xp.where(
        (input > min_val) & (input < max_val), grad_output, 0).astype(grad_output.dtype,
                                                                      copy=False),
    node="HardtanhBackwardBackward0", inputs=("grad_output", "input"),
    vjp={"grad_output": lambda grad, input, min_val, max_val: _hardtanh_backward.apply(
        (grad, input), (min_val, max_val)), "input": lambda grad: zeros_like(grad)})
_hardtanh = defop(
    "hardtanh", lambda xp, input, min_val, max_val: xp.clip(input, min_val, max_val).astype(
        input.dtype, copy=False),
    node="HardtanhBackward0",
    vjp={"input": lambda grad, input, min_val, max_val: _hardtanh_backward.apply(
        (grad, input), (min_val, max_val))})
_log_sigmoid = defop(
    "log_sigmoid", lambda xp, input: -xp.logaddexp(0, -input), node="LogSigmoidBackward0",
    promote=FLOAT, vjp={"input": lambda grad, input: grad * sigmoid(-input)})


def _mish_rule(grad, input):
    sp = softplus(input)
    t = tanh(sp)
    return grad * (t + input * (1 - t * t) * sigmoid(input))


_mish = defop("mish", lambda xp, input: input * xp.tanh(xp.logaddexp(0, input)),
              node="MishBackward0", promote=FLOAT, vjp={"input": _mish_rule})


def gelu(input, approximate="none"):
    """Return x * Phi(x) (or its tanh approximation)."""
    if approximate not in ("none", "tanh"):
        raise RuntimeError("approximate argument must be either none or tanh.")
    return _gelu.apply((input,), (approximate,))


def silu(input, inplace=False):
    """Return x * sigmoid(x)."""
    return _written_into(_silu, input) if inplace else _silu.apply((input,), ())


def softplus(input, beta=1.0, threshold=20.0):
    """Return log(1 + exp(beta x)) / beta, linear above ``threshold`` for stability."""
    return _softplus.apply((input,), (beta, threshold))


def elu(input, alpha=1.0, inplace=False):
    """Return x for x > 0, else alpha * (exp(x) - 1)."""
    if inplace:
        return _inplace_forms().elu_(input, alpha)
    return _elu.apply((input,), (alpha, 1.0, 1.0))


def selu(input, inplace=False):
    """Return scale * elu(x, alpha) with the self-normalising constants."""
    if inplace:
        return _inplace_forms().selu_(input)
    return _elu.apply((input,), (1.6732632423543772, 1.0507009873554805, 1.0))


def celu(input, alpha=1.0, inplace=False):
    """Return max(0, x) + min(0, alpha * (exp(x / alpha) - 1))."""
    if inplace:
        return _inplace_forms().celu_(input, alpha)
    return _celu.apply((input,), (alpha, 1.0, 1.0 / alpha))


def leaky_relu(input, negative_slope=0.01, inplace=False):
    """Return x for x > 0, else negative_slope * x."""
    if inplace:
        return _inplace_forms().leaky_relu_(input, negative_slope)
    return _leaky_relu.apply((input,), (negative_slope,))


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    """Clamp to [min_val, max_val]; the gradient is zero at and beyond the ends."""
    if inplace:
        return _inplace_forms().hardtanh_(input, min_val, max_val)
    return _hardtanh.apply((input,), (min_val, max_val))


def relu6(input, inplace=False):
    """Return min(max(x, 0), 6)."""
    return hardtanh(input, 0.0, 6.0, inplace)


def _written_into(op, input):
    """``op(input)`` written back into ``input``: torch's ``inplace=True``, same node name."""
    from .._tensor_methods import inplace
    return inplace(lambda x: op.apply((x,), ()))(input)


def _inplace_forms():
    """The in-place activations (``F.elu_``), which import this module."""
    from ..nn import _functional_inplace
    return _functional_inplace


def logsigmoid(input):
    """Return log(sigmoid(x)) without overflow."""
    return _log_sigmoid.apply((input,), ())


def mish(input, inplace=False):
    """Return x * tanh(softplus(x))."""
    return _written_into(_mish, input) if inplace else _mish.apply((input,), ())


# --- losses -----------------------------------------------------------------------------
_REDUCTIONS = ("none", "mean", "sum")


def _reduce(xp, loss, reduction):
    total = torch_sum if xp is np else xp.sum  # torch's CPU addition order, see _sum_order
    if reduction == "mean":
        return total(loss) / loss.size if loss.size else xp.asarray(xp.nan, loss.dtype)
    if reduction == "sum":
        return total(loss)
    return loss


def _scale(grad, reduction, n):
    """Undo the loss reduction: 0-d grads broadcast, a mean divides by the element count."""
    return grad / n if reduction == "mean" else grad


def check_reduction(reduction):
    """Raise torch's error for an unknown reduction name."""
    if reduction not in _REDUCTIONS:
        raise ValueError(f"{reduction} is not a valid value for reduction")


def _mse_forward(xp, input, target, reduction):
    d = input - target
    return _reduce(xp, d * d, reduction)


def _mse_rule(sign):
    def rule(grad, input, target, reduction):
        d = input - target
        g = _scale(grad, reduction, d.numel()) * d * 2
        return g if sign > 0 else -g
    return rule


_mse_loss = defop("mse_loss", _mse_forward, node="MseLossBackward0",
                  inputs=("input", "target"),
                  vjp={"input": _mse_rule(1), "target": _mse_rule(-1)})


def warn_if_broadcasting(input, target):
    """Warn, with torch's text, when target and input shapes differ (a silent broadcast trap)."""
    if target.size() != input.size():  # .size(), as torch: a float target fails on it
        import warnings

        from .._hints import are_hints_enabled
        text = (f"Using a target size ({target.shape}) that is different to the input size "
                f"({input.shape}). This will likely lead to incorrect results due to "
                "broadcasting. Please ensure they have the same size.")
        if are_hints_enabled():
            text += ("\nchainrule hint: an (N, 1) output against an (N,) target broadcasts to "
                     "(N, N) and compares every output with every target; reshape one side, "
                     "e.g. target.view_as(input).")
        warnings.warn(text, UserWarning, stacklevel=3)


def _check_float_kernel(input, target, kernel):
    """Raise torch's NotImplementedError when a loss kernel would run on integer or bool data."""
    dt = promote_types(input.dtype, target.dtype)
    if not (dt.is_floating_point or dt.is_complex):
        raise NotImplementedError(f'"{kernel}" not implemented for \'{_SCALAR_NAMES[dt.name]}\'')


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    """Return the (mean/summed) squared error."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    check_reduction(reduction)
    warn_if_broadcasting(input, target)
    _check_float_kernel(input, target, "mse_cpu")
    return _mse_loss.apply((input, target), (reduction,))


def _nll_forward(xp, input, target, weight, reduction, ignore_index):
    logp, tgt = _class_last(xp, input), target
    valid = tgt != ignore_index
    safe = xp.where(valid, tgt, 0)
    n_classes = logp.shape[-1]
    if valid.any() and (safe.min() < 0 or safe.max() >= n_classes):
        bad = safe[(safe < 0) | (safe >= n_classes)].flat[0]
        raise IndexError(f"Target {int(bad)} is out of bounds.")
    picked = xp.take_along_axis(logp, safe[..., None], axis=-1)[..., 0]
    w = (weight[safe] if weight is not None else xp.ones_like(picked)) * valid
    w = w.astype(logp.dtype, copy=False)
    loss = -picked * w
    if reduction == "none":
        return loss
    if reduction == "sum":
        return xp.sum(loss)
    with _quiet():
        return xp.sum(loss) / xp.sum(w)


def _class_last(xp, input):
    return input if input.ndim == 1 else xp.moveaxis(input, 1, -1)


def _nll_backward_forward(xp, grad_output, target, weight, reduction, ignore_index, input_shape):
    valid = target != ignore_index
    safe = xp.where(valid, target, 0)
    w = (weight[safe] if weight is not None else xp.ones(safe.shape, grad_output.dtype)) * valid
    w = w.astype(grad_output.dtype, copy=False)
    if reduction == "mean":
        with _quiet():
            coef = xp.where(valid, -grad_output * w / xp.sum(w), 0)  # torch skips ignored
    else:
        coef = -grad_output * w
    shape = input_shape if len(input_shape) == 1 else \
        (input_shape[0],) + tuple(input_shape[2:]) + (input_shape[1],)
    out = xp.zeros(shape, grad_output.dtype)
    xp.put_along_axis(out, safe[..., None], xp.asarray(coef)[..., None], axis=-1)
    return out if len(input_shape) == 1 else xp.moveaxis(out, -1, 1)


_nll_loss_backward = defop(
    "nll_loss_backward", _nll_backward_forward, node="NllLossBackwardBackward0",
    inputs=("grad_output",),
    vjp={"grad_output": lambda grad, target, weight, reduction, ignore_index: _nll_loss.apply(
        (grad,), (target, weight, reduction, ignore_index))})


def _nll_rule(grad, target, weight, reduction, ignore_index, input_shape):
    return _nll_loss_backward.apply((grad,), (target, weight, reduction, ignore_index,
                                              input_shape))


_nll_loss = defop("nll_loss", _nll_forward, node="NllLossBackward0", vjp={"input": _nll_rule})
_nll_loss2d = defop("nll_loss2d", _nll_forward, node="NllLoss2DBackward0",
                    vjp={"input": _nll_rule})


def _array(t):
    return None if t is None else t._data


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
             reduction="mean"):
    """Return the negative log-likelihood of the target classes given log-probabilities."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    check_reduction(reduction)
    require_tensor("nll_loss_nd", "input", 1, input)
    require_tensor("nll_loss_nd", "target", 2, target)
    _check_nll_shapes(input, target)
    if target.dtype.name not in ("int64", "uint8"):
        raise RuntimeError("expected target dtype to be Long or Byte, but got "
                           f"{_SCALAR_NAMES[target.dtype.name]}")
    if input.ndim == 1 and target.ndim == 1:  # one sample's target may come as shape (1,)
        if target.shape[0] != 1:
            raise ValueError("For 1D input, 1D target must have size 1, but got target size: "
                             f"{target.shape[0]}")
        target = target.reshape(())
    n_classes = input.shape[0 if input.ndim == 1 else 1]
    if weight is not None and weight.numel() != n_classes:
        raise RuntimeError(f"weight tensor should be defined either for all {n_classes} classes "
                           f"or no classes but got weight tensor of shape: {list(weight.shape)}")
    if input.ndim in (1, 2, 4):
        op = _nll_loss2d if input.ndim == 4 else _nll_loss
        return op.apply((input,), (target._data, _array(weight), reduction, ignore_index))
    # torch folds 3-d and >4-d inputs into the 2-d loss: (N, C, 1, -1), viewed back for 'none'
    n, c = input.shape[:2]
    flat = input.contiguous().view(n, c, 1, -1) if input.numel() else input.view(n, c, 0, 0)
    tgt = target._data.reshape(n, 1, -1) if target.numel() else target._data.reshape(n, 0, 0)
    out = _nll_loss2d.apply((flat,), (tgt, _array(weight), reduction, ignore_index))
    return out.view((n,) + tuple(input.shape[2:])) if reduction == "none" else out


def _check_nll_shapes(input, target):
    if input.ndim < 1:
        raise ValueError(f"Expected 1 or more dimensions (got {input.ndim})")
    if input.ndim == 1:
        if target.ndim > 1:
            raise RuntimeError(
                "0D or 1D target tensor expected, multi-target not supported")
        return
    if input.ndim == 2 and target.ndim > 1:
        raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
    if input.shape[0] != target.shape[0] if target.ndim else True:
        raise ValueError(
            f"Expected input batch_size ({input.shape[0]}) to match target batch_size "
            f"({target.shape[0] if target.ndim else 0}).")
    if input.ndim == 4 and target.ndim != 3:
        raise RuntimeError("only batches of spatial targets supported (3D tensors) but got "
                           f"targets of dimension: {target.ndim}")
    if input.ndim == 4 and tuple(target.shape[1:]) != tuple(input.shape[2:]):
        raise RuntimeError(f"size mismatch (got input: {list(input.shape)} , target: "
                           f"{list(target.shape)}")
    expected = [input.shape[0]] + list(input.shape[2:])
    if input.ndim > 2 and input.ndim != 4 and list(target.shape) != expected:
        raise RuntimeError(f"Expected target size {expected}, got {list(target.shape)}")


def legacy_reduction(size_average, reduce, reduction):
    """Map the deprecated size_average/reduce flags to a reduction name, as torch."""
    if size_average is None and reduce is None:
        return reduction
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    name = "none" if not reduce else "mean" if size_average else "sum"
    import warnings
    warnings.warn(f"size_average and reduce args will be deprecated, please use "
                  f"reduction='{name}' instead.", UserWarning, stacklevel=3)
    return name


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    """Return nll_loss(log_softmax(input, 1), target); float targets are class probabilities."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    check_reduction(reduction)
    require_tensor("cross_entropy_loss", "input", 1, input)
    require_tensor("cross_entropy_loss", "target", 2, target)
    class_dim = 0 if input.ndim == 1 else 1
    logp = log_softmax(input, class_dim)
    n_classes = input.shape[class_dim]
    if tuple(target.shape) == tuple(input.shape) and not target.is_floating_point():
        raise RuntimeError("Expected floating point type for target with class probabilities, "
                           f"got {_SCALAR_NAMES[target.dtype.name]}")
    if target.is_floating_point() and tuple(target.shape) == tuple(input.shape):
        if label_smoothing > 0:
            target = target * (1 - label_smoothing) + label_smoothing / n_classes
        w = logp * target if weight is None else \
            logp * target * _class_shaped(weight, input.ndim)
        if reduction == "none":
            return -sum(w, class_dim)
        if reduction == "sum":
            return -sum(w)
        from .pointwise import _div_scalar  # torch divides by the count: DivBackward1
        return _div_scalar.apply((-sum(w),), (input.numel() // n_classes,))
    nll = nll_loss(logp, target, weight, ignore_index=ignore_index, reduction=reduction)
    if label_smoothing <= 0:
        return nll
    valid = _const(target._data != ignore_index)
    wl = logp if weight is None else logp * _class_shaped(weight, input.ndim)
    smooth = where(valid, -sum(wl, class_dim), 0.0)  # masked_fill: no 0 * inf gradients
    if reduction == "sum":
        smooth = sum(smooth)
    elif reduction == "mean":
        if weight is None:
            smooth = sum(smooth) / float(valid._data.sum())
        else:
            tw = weight._data[np.where(valid._data, target._data, 0)] * valid._data
            smooth = sum(smooth) / float(tw.sum())
    return nll * (1 - label_smoothing) + smooth * (label_smoothing / n_classes)


def _class_shaped(weight, ndim):
    return weight if ndim <= 2 else reshape(weight, (-1,) + (1,) * (ndim - 2))


def _bce_forward(xp, input, target, weight, reduction):
    if not ((input >= 0) & (input <= 1)).all():  # NaN fails too, as torch
        raise RuntimeError("all elements of input should be between 0 and 1")
    with _quiet():
        log_x = xp.maximum(xp.log(input), -100)
        log_1mx = xp.maximum(xp.log(1 - input), -100)
    loss = -(target * log_x + (1 - target) * log_1mx)
    if weight is not None:
        loss = loss * weight
    return _reduce(xp, loss.astype(input.dtype, copy=False), reduction)


def _bce_rule(grad, input, target, weight, reduction, needs):
    from .pointwise import clamp_min
    g = _scale(grad, reduction, input.numel())
    if weight is not None:
        g = g * weight
    return (g * (input - target) / clamp_min((1 - input) * input, 1e-12) if needs[0] else None,
            g * (log(1 - input) - log(input)) if needs[1] else None,
            None)


_bce = defop("binary_cross_entropy", _bce_forward, node="BinaryCrossEntropyBackward0",
             inputs=("input", "target", "weight"), vjp=_bce_rule)


def _check_same_size(input, target):
    if target.size() != input.size():  # .size(), as torch: a list target fails on it
        raise ValueError(
            f"Using a target size ({target.shape}) that is different to the input size "
            f"({input.shape}) is deprecated. Please ensure they have the same size.")


def _check_bce_weight(input, weight):
    """torch multiplies the loss by ``weight`` in place: it must broadcast to input's shape."""
    shape = tuple(input.shape)
    n = max(len(shape), weight.ndim)
    a, b = (1,) * (n - len(shape)) + shape, (1,) * (n - weight.ndim) + tuple(weight.shape)
    for i in range(-1, -n - 1, -1):
        if a[i] != b[i] and a[i] != 1 and b[i] != 1:
            raise RuntimeError(
                f"Attempting to broadcast a dimension of length {b[i]} at {i}! Mismatching "
                f"argument at index 1 had torch.Size({list(weight.shape)}); but expected shape "
                f"should be broadcastable to {list(shape)}")
    broadcast = [max(x, y) for x, y in zip(a, b)]
    if broadcast != list(shape):
        raise RuntimeError(f"output with shape {list(shape)} doesn't match the broadcast shape "
                           f"{broadcast}")


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None,
                         reduction="mean"):
    """Return -(t log x + (1 - t) log(1 - x)) with the logs clamped at -100, as torch."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    check_reduction(reduction)
    _check_same_size(input, target)
    if target.dtype != input.dtype:
        raise RuntimeError(f"Found dtype {_SCALAR_NAMES[target.dtype.name]} but expected "
                           f"{_SCALAR_NAMES[input.dtype.name]}")
    _check_float_kernel(input, target, "binary_cross_entropy")
    if weight is not None:
        _check_bce_weight(input, weight)
    return _bce.apply((input, target, weight), (reduction,))


def _bce_logits_forward(xp, input, target, weight, pos_weight, reduction):
    with _quiet():
        log_sig_neg = xp.logaddexp(0, -input)
        if pos_weight is None:
            loss = (1 - target) * input + log_sig_neg
        else:
            lw = 1 + (pos_weight - 1) * target
            loss = (1 - target) * input + lw * log_sig_neg
    if weight is not None:
        loss = loss * weight
    return _reduce(xp, loss.astype(input.dtype, copy=False), reduction)


def _bce_logits_rule(grad, input, target, weight, pos_weight, reduction, needs):
    g = _scale(grad, reduction, input.numel())
    if weight is not None:
        g = g * weight
    s = sigmoid(input)
    if pos_weight is None:
        gi = g * (s - target) if needs[0] else None
        gt = g * -input if needs[1] else None
    else:
        lw = (pos_weight - 1) * target + 1
        gi = g * (lw * s - pos_weight * target) if needs[0] else None
        gt = g * ((pos_weight - 1) * logsigmoid(input) * -1 - input) if needs[1] else None
    return gi, gt, None, None


_bce_logits = defop("binary_cross_entropy_with_logits", _bce_logits_forward,
                    node="BinaryCrossEntropyWithLogitsBackward0",
                    inputs=("input", "target", "weight", "pos_weight"), vjp=_bce_logits_rule)


def _check_bce_logits_dtypes(input, target):
    """Raise what torch's in-place kernel chain raises for integer logits or targets."""
    _check_float_kernel(input, input, "log_sigmoid_cpu")
    if target.dtype.name == "bool":
        raise RuntimeError("Subtraction, the `-` operator, with two bool tensors is not "
                           "supported. Use the `^` or `logical_xor()` operator instead.")
    if not (target.dtype.is_floating_point or target.dtype.is_complex):
        raise RuntimeError(
            f"result type {_SCALAR_NAMES[promote_types(input.dtype, target.dtype).name]} can't "
            f"be cast to the desired output type {_SCALAR_NAMES[target.dtype.name]}")


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    """Return BCE of sigmoid(input), computed stably from the logits."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    check_reduction(reduction)
    if tuple(target.shape) != tuple(input.shape):
        raise ValueError(f"Target size ({target.shape}) must be the same as input size "
                         f"({input.shape})")
    _check_bce_logits_dtypes(input, target)
    return _bce_logits.apply((input, target, weight, pos_weight), (reduction,))


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    """Return the (mean/summed) absolute error; torch composes it, so its node is MeanBackward0."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    check_reduction(reduction)
    warn_if_broadcasting(input, target)
    d = (input - target).abs()
    return mean(d) if reduction == "mean" else sum(d) if reduction == "sum" else d


def _huber_forward(xp, input, target, reduction, delta, smooth):
    d = xp.abs(input - target)
    quad = 0.5 * d * d
    loss = xp.where(d < delta, quad / delta if smooth else quad,
                    d - 0.5 * delta if smooth else delta * (d - 0.5 * delta))
    return _reduce(xp, loss.astype(input.dtype, copy=False), reduction)


def _huber_rule(sign):
    def rule(grad, input, target, reduction, delta, smooth):
        from .pointwise import clamp
        d = input.to(grad.dtype) - target.to(grad.dtype)  # saved inputs are unpromoted (bool)
        g = _scale(grad, reduction, d.numel())
        inner = d / delta if smooth else d
        out = g * clamp(inner, -1.0 if smooth else -delta, 1.0 if smooth else delta)
        return out if sign > 0 else -out
    return rule


_smooth_l1 = defop("smooth_l1_loss", _huber_forward, node="SmoothL1LossBackward0",
                   inputs=("input", "target"),
                   vjp={"input": _huber_rule(1), "target": _huber_rule(-1)})
_huber = defop("huber_loss", _huber_forward, node="HuberLossBackward0",
               inputs=("input", "target"),
               vjp={"input": _huber_rule(1), "target": _huber_rule(-1)})


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    """Return the squared error below ``beta`` (scaled by 1/beta) and the absolute error above."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    check_reduction(reduction)
    warn_if_broadcasting(input, target)
    if beta == 0:
        return l1_loss(input, target, reduction=reduction)
    _check_float_kernel(input, target, "smooth_l1_cpu")
    return _smooth_l1.apply((input, target), (reduction, beta, True))


def huber_loss(input, target, reduction="mean", delta=1.0):
    """Return the squared error below ``delta`` and delta-scaled absolute error above."""
    check_reduction(reduction)
    _check_float_kernel(input, target, "huber_cpu")
    if not (input.dtype.is_floating_point or input.dtype.is_complex):
        raise RuntimeError(
            f"result type {_SCALAR_NAMES[promote_types(input.dtype, target.dtype).name]} can't "
            f"be cast to the desired output type {_SCALAR_NAMES[input.dtype.name]}")
    return _huber.apply((input, target), (reduction, delta, False))


# --- dropout and embedding --------------------------------------------------------------
def _zeros_like_layout(arr):
    """Zeros laid out as torch's ``empty_like`` lays them out: a dense input's memory order is
    kept (random fills follow memory order, so a transposed input draws its mask transposed)."""
    order = sorted(range(arr.ndim), key=lambda d: -abs(arr.strides[d]))
    if not arr.transpose(order).flags.c_contiguous:
        return np.zeros(arr.shape, arr.dtype)
    return np.zeros(arr.transpose(order).shape, arr.dtype).transpose(np.argsort(order))


def dropout(input, p=0.5, training=True, inplace=False, generator=None):
    """Zero each element with probability p and scale the rest by 1/(1-p) while training.

    As torch on CPU: Bernoulli(1-p) noise divided by 1-p multiplies the input (MulBackward0).
    """
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if not training or p == 0 or input.numel() == 0:
        return input
    from ..random import fill_bernoulli_
    noise = Tensor._make(_zeros_like_layout(input._data))
    if p < 1:
        fill_bernoulli_(noise, 1 - p, generator)
        noise = noise / (1 - p)
    return input.mul_(noise) if inplace else input * noise


def _embedding_backward_forward(xp, grad, indices, num_weights, padding_idx):
    out = xp.zeros((num_weights,) + grad.shape[indices.ndim:], grad.dtype)
    np.add.at(out, indices, grad)
    if padding_idx is not None and padding_idx >= 0:
        out[padding_idx] = 0
    return out


_embedding_backward = defop(
    "embedding_dense_backward", _embedding_backward_forward,
    node="EmbeddingDenseBackwardBackward0", inputs=("grad",),
    vjp={"grad": lambda grad, indices, padding_idx: _embedding_double_backward(
        grad, indices, padding_idx)})
_embedding = defop(
    "embedding", lambda xp, weight, indices, padding_idx: weight[indices],
    node="EmbeddingBackward0", inputs=("weight",),
    vjp={"weight": lambda grad, indices, padding_idx, weight_shape: _embedding_backward.apply(
        (grad,), (indices, weight_shape[0], padding_idx))})


def _embedding_double_backward(grad, indices, padding_idx):
    """The rows of ``grad`` picked by ``indices``, zero where the index is ``padding_idx``."""
    rows = _embedding.apply((grad,), (indices, None))
    if padding_idx is None or padding_idx < 0:
        return rows
    keep = (indices != padding_idx).reshape(indices.shape + (1,) * (grad.ndim - 1))
    return rows * Tensor._make(keep.astype(grad._data.dtype))


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0,
              scale_grad_by_freq=False, sparse=False):
    """Return the rows of ``weight`` picked by the integer tensor ``input``."""
    require_tensor("embedding", "weight", 1, weight)  # torch's ATen order: (weight, indices)
    require_tensor("embedding", "indices", 2, input)
    idx = input._data
    if idx.dtype.kind not in "iu":
        raise RuntimeError(
            "Expected tensor for argument #1 'indices' to have one of the following scalar "
            f"types: Long, Int; but got torch.{type_name(input)} instead (while checking "
            "arguments for embedding)")
    n = weight.shape[0]
    if idx.size and (idx.min() < 0 or idx.max() >= n):  # negative indices too, as torch
        raise IndexError("index out of range in self")
    if padding_idx is not None and padding_idx < 0:
        padding_idx += n
    if max_norm is not None:
        _renorm_rows(weight, idx, max_norm, norm_type)
    return _embedding.apply((weight,), (idx, padding_idx))


def type_name(t):
    """Return torch's legacy tensor type name without the ``torch.`` prefix (FloatTensor)."""
    from ..autograd.graph import tensor_type_name
    return tensor_type_name(t).split(".")[-1]


def _renorm_rows(weight, idx, max_norm, norm_type):
    rows = np.unique(idx)
    data = weight._data
    norms = np.linalg.norm(data[rows], ord=norm_type, axis=-1)
    scale = np.where(norms > max_norm, max_norm / (norms + 1e-7), 1.0)
    data[rows] *= scale[:, None].astype(data.dtype)


# --- padding and small composites ---------------------------------------------------------
def _pad_widths(pad, ndim):
    """Turn torch's (last_lo, last_hi, prev_lo, prev_hi, ...) into per-dim (lo, hi) pairs."""
    pairs = [(0, 0)] * ndim
    for i in range(len(pad) // 2):
        pairs[ndim - 1 - i] = (pad[2 * i], pad[2 * i + 1])
    return pairs


def _constant_pad_forward(xp, input, pad, value):
    pairs = _pad_widths(pad, input.ndim)
    crop = tuple(slice(max(-lo, 0), input.shape[d] - max(-hi, 0))
                 for d, (lo, hi) in enumerate(pairs))
    grow = [(max(lo, 0), max(hi, 0)) for lo, hi in pairs]
    return xp.pad(input[crop], grow, constant_values=value)


# The adjoint of padding by p is padding by -p (cropping what was added) with zeros.
_constant_pad = defop("constant_pad_nd", _constant_pad_forward, node="ConstantPadNdBackward0",
                      vjp={"input": lambda grad, pad: _constant_pad.apply(
                          (grad,), (tuple(-p for p in pad), 0))})


def pad(input, pad, mode="constant", value=None):
    """Pad the last len(pad)//2 dims; negative amounts crop (other modes in ``nn_pad``)."""
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) // 2 > input.ndim:
        raise RuntimeError("Padding length should be less than or equal to two times the "
                           "input dimension but got padding length "
                           f"{len(pad)} and input of dimension {input.ndim}")
    if mode != "constant":
        from .nn_pad import pad_nonconstant
        return pad_nonconstant(input, pad, mode)
    return _constant_pad.apply((input,), (tuple(int(p) for p in pad),
                                          0.0 if value is None else value))


_hardswish = defop(
    "hardswish", lambda xp, input: input * xp.clip(input + 3, 0, 6) / 6,
    node="HardswishBackward0", promote=FLOAT,
    vjp={"input": lambda grad, input: where(input <= -3, 0, where(  # torch: open (-3, 3)
        input < 3, grad * (input / 3 + 0.5), grad))})
_ONE_SIXTH = float(np.float32(1 / 6))  # torch's kernel uses the float literal 1.0f / 6.0f


def _no_derivative(name):
    """A rule for a backward op torch has no derivative for: reaching it raises torch's error."""
    def rule(grad):
        raise RuntimeError(f"derivative for aten::{name} is not implemented")
    return rule


# torch's hardsigmoid_backward has no derivative, so its node is torch's NotImplemented.
_hardsigmoid_backward = defop(
    "hardsigmoid_backward", lambda xp, grad_output, input: xp.where(
        (input > -3) & (input < 3), grad_output * _ONE_SIXTH, 0).astype(grad_output.dtype,
                                                                         copy=False),
    node="NotImplemented", inputs=("grad_output", "input"),
    vjp={"grad_output": _no_derivative("hardsigmoid_backward"),
         "input": _no_derivative("hardsigmoid_backward")})
_hardsigmoid_backward.node_cls.name = lambda self: "torch::autograd::NotImplemented"
_hardsigmoid = defop(
    "hardsigmoid", lambda xp, input: xp.clip(input + 3, 0, 6) / 6,
    node="HardsigmoidBackward0", promote=FLOAT,
    vjp={"input": lambda grad, input: _hardsigmoid_backward.apply((grad, input), ())})


def hardswish(input, inplace=False):
    """Return x * relu6(x + 3) / 6."""
    return _written_into(_hardswish, input) if inplace else _hardswish.apply((input,), ())


def hardsigmoid(input, inplace=False):
    """Return relu6(x + 3) / 6."""
    return _written_into(_hardsigmoid, input) if inplace else _hardsigmoid.apply((input,), ())


def softsign(input):
    """Return x / (1 + |x|) (composed, as torch)."""
    return input / (input.abs() + 1)


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    """Divide by the p-norm along ``dim`` (at least ``eps``)."""
    from .pointwise import clamp_min
    from .reduction import norm
    from .shape import expand_as
    return input / expand_as(clamp_min(norm(input, p, dim, keepdim=True), eps), input)


def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    """Return sum((x1/|x1|) * (x2/|x2|)) along ``dim``, norms floored at ``eps``."""
    from .pointwise import clamp_min
    from .reduction import norm

    def unit(x):
        n = norm(x, 2, dim, keepdim=True)
        # Floor the norm's value only; its gradient passes as if unclamped (as torch).
        return x / (n + (clamp_min(n.detach(), eps) - n.detach()))
    from .. import _dtype
    from .._tensor_api_compat import broadcast_tensors
    common = _dtype.result_type((x1, x2))
    if not common.is_floating_point:
        raise RuntimeError("expected common dtype to be floating point, yet common dtype is "
                           f"{_SCALAR_NAMES[common.name]}")
    # as torch: integer inputs are cast to the common dtype, then both expand first
    x1, x2 = broadcast_tensors(*(x if x.is_floating_point() else x.to(common) for x in (x1, x2)))
    return sum(unit(x1) * unit(x2), dim)


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    """Return the pointwise KL divergence target * (log target - input), reduced."""
    reduction = legacy_reduction(size_average, reduce, reduction)
    if reduction == "mean":
        import warnings
        warnings.warn(
            "reduction: 'mean' divides the total loss by both the batch size and the support "
            "size.'batchmean' divides only by the batch size, and aligns with the KL div math "
            "definition.'mean' will be changed to behave the same as 'batchmean' in the next "
            "major release.", UserWarning, stacklevel=2)
    if log_target:
        loss = exp(target) * (target - input)
    else:
        from .pointwise_more import xlogy
        loss = xlogy(target, target) - target * input
    if reduction == "batchmean":
        return sum(loss) / input.shape[0] if input.ndim else sum(loss)
    if reduction == "mean":
        return mean(loss)
    return sum(loss) if reduction == "sum" else loss


def one_hot(tensor, num_classes=-1):
    """Return an int64 tensor with a 1 at each index along a new last dim."""
    idx = tensor._data
    if idx.dtype.kind not in "iu":
        raise RuntimeError("one_hot is only applicable to index tensor of type LongTensor.")
    if num_classes == -1:
        num_classes = int(idx.max()) + 1 if idx.size else 0
    if idx.size and (idx.min() < 0 or idx.max() >= num_classes):
        raise RuntimeError("Class values must be smaller than num_classes." if idx.min() >= 0
                           else "Class values must be non-negative.")
    return Tensor._make((idx[..., None] == np.arange(num_classes)).astype(np.int64))


METHODS = ("softmax", "log_softmax")
