"""Normalisation: batch_norm and layer_norm as single ops with torch's node names.

The joint rules recompute the statistics from the saved input with chainrule ops, so the
gradients are themselves differentiable (double backward through a normalised network works).
"""

from .._tensor import Tensor
from ..autograd.forward_ad import state as _fw_state
from ._registry import defop
from .reduction import mean, sum
from .shape import reshape


def _stats(xp, input, axes, eps):
    mu = input.mean(axis=axes, keepdims=True)
    var = ((input - mu) ** 2).mean(axis=axes, keepdims=True)
    return mu, 1 / xp.sqrt(var + eps)


def _affine(xp, x, weight, bias, shape):
    if weight is not None:
        x = x * weight.reshape(shape)
    if bias is not None:
        x = x + bias.reshape(shape)
    return x


def _normalise_rule(grad, input, weight, axes, shape, eps, stats):
    """Joint rule of y = xhat * w + b with xhat = (x - mean) * rstd over ``axes``."""
    if stats is None:
        mu = mean(input, axes, keepdim=True)
        centred = input - mu
        rstd = (mean(centred * centred, axes, keepdim=True) + eps) ** -0.5
    else:
        mu, rstd = (Tensor._make(s.reshape(shape).astype(input._data.dtype)) for s in stats)
        centred = input - mu
    xhat = centred * rstd
    gx = grad if weight is None else grad * reshape(weight, shape)
    if stats is None:
        dx = rstd * (gx - mean(gx, axes, keepdim=True) - xhat * mean(gx * xhat, axes,
                                                                     keepdim=True))
    else:
        dx = gx * rstd
    return dx, xhat


def _batch_norm_forward(xp, input, weight, bias, running_mean, running_var, training,
                        momentum, eps):
    axes = (0,) + tuple(range(2, input.ndim))
    shape = (1, -1) + (1,) * (input.ndim - 2)
    if training:
        mu, rstd = _stats(xp, input, axes, eps)
        if running_mean is not None:
            n = input.size // input.shape[1]
            var = ((input - mu) ** 2).mean(axis=axes)
            running_mean *= 1 - momentum
            running_mean += momentum * mu.reshape(-1)
            running_var *= 1 - momentum
            running_var += momentum * var * n / max(n - 1, 1)
    else:
        # torch's eval kernel folds the statistics into one scale and shift per channel
        alpha = 1 / xp.sqrt(running_var + eps)
        alpha = alpha if weight is None else alpha * weight
        beta = -running_mean * alpha if bias is None else bias - running_mean * alpha
        return (input * alpha.reshape(shape) + beta.reshape(shape)).astype(input.dtype,
                                                                          copy=False)
    out = _affine(xp, (input - mu) * rstd, weight, bias, shape)
    return out.astype(input.dtype, copy=False)


def _batch_norm_rule(grad, input, weight, running_mean, running_var, training, eps, needs):
    axes = (0,) + tuple(range(2, input.ndim))
    shape = (1, -1) + (1,) * (input.ndim - 2)
    stats = None if training else (running_mean, 1 / (running_var + eps) ** 0.5)
    dx, xhat = _normalise_rule(grad, input, weight, axes, shape, eps, stats)
    return (dx if needs[0] else None,
            sum(grad * xhat, axes) if needs[1] else None,
            sum(grad, axes) if len(needs) > 2 and needs[2] else None)


_batch_norm = defop("native_batch_norm", _batch_norm_forward, node="NativeBatchNormBackward0",
                    inputs=("input", "weight", "bias"), vjp=_batch_norm_rule)


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False,
               momentum=0.1, eps=1e-5):
    """Normalise each channel by batch statistics (training) or running ones (eval).

    In training the running estimates are updated in place, with the unbiased variance.
    """
    if training:
        n = input.numel() // input.shape[1]
        if n <= 1:
            raise ValueError(
                "Expected more than 1 value per channel when training, got input size "
                f"{input.shape}")
    for name, t in (("running_mean", running_mean), ("running_var", running_var),
                    ("weight", weight), ("bias", bias)):
        if t is not None and t.numel() != input.shape[1]:
            raise RuntimeError(f"{name} should contain {input.shape[1]} elements not "
                               f"{t.numel()}")
    rm = None if running_mean is None else running_mean._data
    rv = None if running_var is None else running_var._data
    if not training and rm is None:
        raise RuntimeError("running_mean must be defined in evaluation mode")
    if training and rm is not None and _fw_state.batch:
        from ..func._batching import batch_norm_under_vmap
        batch_norm_under_vmap(input, running_mean, running_var)
    out = _batch_norm.apply((input, weight, bias), (rm, rv, training, momentum, eps))
    for t in (running_mean, running_var):
        if training and t is not None:
            t._bump_version()
    return out


def _layer_norm_forward(xp, input, weight, bias, normalized_shape, eps):
    axes = tuple(range(input.ndim - len(normalized_shape), input.ndim))
    mu, rstd = _stats(xp, input, axes, eps)
    out = _affine(xp, (input - mu) * rstd, weight, bias, normalized_shape)
    return out.astype(input.dtype, copy=False)


def _layer_norm_rule(grad, input, weight, normalized_shape, eps, needs):
    axes = tuple(range(input.ndim - len(normalized_shape), input.ndim))
    batch = tuple(range(input.ndim - len(normalized_shape)))
    dx, xhat = _normalise_rule(grad, input, weight, axes, normalized_shape, eps, None)
    return (dx if needs[0] else None,
            sum(grad * xhat, batch) if needs[1] and batch else
            (grad * xhat if needs[1] else None),
            (sum(grad, batch) if batch else grad) if len(needs) > 2 and needs[2] else None)


_layer_norm = defop("native_layer_norm", _layer_norm_forward, node="NativeLayerNormBackward0",
                    inputs=("input", "weight", "bias"), vjp=_layer_norm_rule)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    """Normalise over the trailing ``normalized_shape`` dims of each sample."""
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    normalized_shape = tuple(normalized_shape)
    if tuple(input.shape[input.ndim - len(normalized_shape):]) != normalized_shape:
        raise RuntimeError(
            f"Given normalized_shape={list(normalized_shape)}, expected input with shape "
            f"[*, {', '.join(map(str, normalized_shape))}], but got input of size"
            f"{list(input.shape)}")
    return _layer_norm.apply((input, weight, bias), (normalized_shape, eps))


def _group_norm_forward(xp, input, weight, bias, groups, eps):
    n = input.shape[0]
    grouped = input.reshape(n, groups, -1)
    mu, rstd = _stats(xp, grouped, (2,), eps)
    shape = (1, -1) + (1,) * (input.ndim - 2)
    out = _affine(xp, ((grouped - mu) * rstd).reshape(input.shape), weight, bias, shape)
    return out.astype(input.dtype, copy=False)


def _group_norm_rule(grad, input, weight, groups, eps, needs):
    n = input.shape[0]
    shape = (1, -1) + (1,) * (input.ndim - 2)
    channel_axes = (0,) + tuple(range(2, input.ndim))
    gx = grad if weight is None else grad * reshape(weight, shape)
    dx, xhat = _normalise_rule(reshape(gx, (n, groups, -1)), reshape(input, (n, groups, -1)),
                               None, (2,), None, eps, None)
    xhat = reshape(xhat, tuple(input.shape))
    return (reshape(dx, tuple(input.shape)) if needs[0] else None,
            sum(grad * xhat, channel_axes) if needs[1] else None,
            sum(grad, channel_axes) if len(needs) > 2 and needs[2] else None)


_group_norm = defop("native_group_norm", _group_norm_forward, node="NativeGroupNormBackward0",
                    inputs=("input", "weight", "bias"), vjp=_group_norm_rule)


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-5):
    """Normalise each sample over groups of ``C / num_groups`` channels (and all positions)."""
    if input.ndim < 2:
        raise RuntimeError(
            f"Expected at least 2 dimensions for input tensor but received {input.ndim}")
    if input.shape[1] % num_groups:
        raise RuntimeError(
            f"Expected number of channels in input to be divisible by num_groups, but got "
            f"input of shape {input.shape} and num_groups={num_groups}")
    if weight is not None and weight.numel() != input.shape[1]:
        raise RuntimeError(
            "Expected weight to be a vector of size equal to the number of channels in input, "
            f"but got weight of shape {list(weight.shape)} and input of shape "
            f"{list(input.shape)}")
    return _group_norm.apply((input, weight, bias), (num_groups, eps))
