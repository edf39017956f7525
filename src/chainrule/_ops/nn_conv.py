"""Convolution and pooling: im2col forwards with NumPy stride tricks, rules in chainrule ops.

Convolution's gradients are two ops that are each other's adjoints, so every order of
derivative stays inside this table: ``conv_input_grad(g, w)`` is Aᵀg for the linear map
A = conv(·, w), and ``conv_weight_grad(g, x)`` is the gradient of <g, conv(x, w)> in w.
"""

import itertools

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from .._tensor import _CPP_NAMES, _SCALAR_NAMES, Tensor, _wrap_dim
from ._argcheck import type_name
from ._registry import defop
from .pointwise import conj_in_rule as _conj
from .reduction import mean, sum
from .shape import squeeze, unsqueeze


def _windows(xp, x, kernel, stride, dilation):
    """Return the (N, C, *out, *kernel) strided view of windows of an already padded input."""
    k = len(kernel)
    axes = tuple(range(2, 2 + k))
    span = tuple(d * (s - 1) + 1 for s, d in zip(kernel, dilation))
    win = sliding_window_view(x, span, axis=axes)
    index = (slice(None), slice(None)) + tuple(slice(None, None, s) for s in stride) + \
        tuple(slice(None, None, d) for d in dilation)
    return win[index]


def _pad(xp, x, padding, value=0):
    if not any(padding):
        return x
    return xp.pad(x, ((0, 0), (0, 0)) + tuple((p, p) for p in padding), constant_values=value)


def _conv_forward(xp, input, weight, bias, stride, padding, dilation, groups):
    n, c = input.shape[:2]
    o, k = weight.shape[0], weight.shape[2:]
    win = _windows(xp, _pad(xp, input, padding), k, stride, dilation)
    out_sp = win.shape[2:2 + len(k)]
    win = win.reshape((n, groups, c // groups) + out_sp + tuple(k))
    w = weight.reshape((groups, o // groups) + weight.shape[1:])
    sp = "hwd"[:len(k)]
    ker = "ijl"[:len(k)]
    out = xp.einsum(f"ngc{sp}{ker},goc{ker}->ngo{sp}", win, w, optimize=True)
    out = out.reshape((n, o) + out_sp)
    if bias is not None:
        out = out + bias.reshape((1, o) + (1,) * len(k))
    return xp.ascontiguousarray(out.astype(input.dtype, copy=False))  # contiguous, as torch's


def _conv_input_grad_forward(xp, grad, weight, input_shape, stride, padding, dilation, groups):
    n, c = input_shape[:2]
    o, k = weight.shape[0], weight.shape[2:]
    out_sp = grad.shape[2:]
    g = grad.reshape((n, groups, o // groups) + out_sp)
    w = weight.reshape((groups, o // groups) + weight.shape[1:])
    sp = "hwd"[:len(k)]
    ker = "ijl"[:len(k)]
    cols = xp.einsum(f"ngo{sp},goc{ker}->ngc{sp}{ker}", g, w, optimize=True)
    cols = cols.reshape((n, c) + out_sp + tuple(k))
    padded = tuple(s + 2 * p for s, p in zip(input_shape[2:], padding))
    out = xp.zeros((n, c) + padded, grad.dtype)
    for offsets in itertools.product(*(range(s) for s in k)):
        region = tuple(slice(i * d, i * d + s * (m - 1) + 1, s)
                       for i, d, s, m in zip(offsets, dilation, stride, out_sp))
        out[(slice(None), slice(None)) + region] += cols[(Ellipsis,) + offsets]
    crop = tuple(slice(p, p + s) for p, s in zip(padding, input_shape[2:]))
    return out[(slice(None), slice(None)) + crop]


def _conv_weight_grad_forward(xp, grad, input, weight_shape, stride, padding, dilation, groups):
    n, c = input.shape[:2]
    o, k = weight_shape[0], weight_shape[2:]
    win = _windows(xp, _pad(xp, input, padding), k, stride, dilation)
    out_sp = grad.shape[2:]
    win = win.reshape((n, groups, c // groups) + out_sp + tuple(k))
    g = grad.reshape((n, groups, o // groups) + out_sp)
    sp = "hwd"[:len(k)]
    ker = "ijl"[:len(k)]
    out = xp.einsum(f"ngc{sp}{ker},ngo{sp}->goc{ker}", win, g, optimize=True)
    return out.reshape(weight_shape).astype(grad.dtype, copy=False)


def _input_grad_rule(grad, grad_output, weight, input_shape, stride, padding, dilation, groups,
                     needs):
    args = (stride, padding, dilation, groups)  # complex: the other factor enters conjugated
    return (_convolution.apply((grad, _conj(weight), None), args) if needs[0] else None,
            conv_weight_grad(_conj(grad_output), grad, tuple(weight.shape), *args) if needs[1]
            else None)


def _weight_grad_rule(grad, grad_output, input, weight_shape, stride, padding, dilation, groups,
                      needs):
    args = (stride, padding, dilation, groups)
    return (_convolution.apply((_conj(input), grad, None), args) if needs[0] else None,
            conv_input_grad(_conj(grad_output), grad, tuple(input.shape), *args) if needs[1]
            else None)


_conv_input_grad = defop("convolution_backward_input", _conv_input_grad_forward,
                         node="ConvolutionBackwardBackward0", inputs=("grad_output", "weight"),
                         vjp=_input_grad_rule)
_conv_weight_grad = defop("convolution_backward_weight", _conv_weight_grad_forward,
                          node="ConvolutionBackwardBackward0", inputs=("grad_output", "input"),
                          vjp=_weight_grad_rule)


def conv_input_grad(grad_output, weight, input_shape, stride, padding, dilation, groups):
    """Return the gradient of a convolution with respect to its input."""
    return _conv_input_grad.apply((grad_output, weight),
                                  (input_shape, stride, padding, dilation, groups))


def conv_weight_grad(grad_output, input, weight_shape, stride, padding, dilation, groups):
    """Return the gradient of a convolution with respect to its weight."""
    return _conv_weight_grad.apply((grad_output, input),
                                   (weight_shape, stride, padding, dilation, groups))


def _conv_rule(grad, input, weight, input_shape, weight_shape, stride, padding, dilation, groups,
               needs):
    args = (stride, padding, dilation, groups)
    bias_dims = (0,) + tuple(range(2, grad.ndim))
    return (conv_input_grad(grad, _conj(weight), input_shape, *args) if needs[0] else None,
            conv_weight_grad(grad, _conj(input), weight_shape, *args) if needs[1] else None,
            sum(grad, bias_dims) if len(needs) > 2 and needs[2] else None)


_convolution = defop("convolution", _conv_forward, node="ConvolutionBackward0",
                     inputs=("input", "weight", "bias"), vjp=_conv_rule)


def _tuple(value, n, name="value"):
    if isinstance(value, int):
        return (value,) * n
    value = tuple(value)
    if len(value) == 1:
        return value * n
    if len(value) != n:
        raise RuntimeError(f"expected {name} to be a single integer value or a list of {n} "
                           "values to match the convolution dimensions")
    return value


def _same_padding(input, weight, dilation):
    """Symmetric 'same' padding; an odd total pads the input's end by one first, as torch."""
    from .nn import pad
    totals = [d * (k - 1) for k, d in zip(weight.shape[2:], dilation)]
    extra = [p for t in reversed(totals) for p in (0, t % 2)]
    if any(extra):
        import warnings
        warnings.warn("Using padding='same' with even kernel lengths and odd dilation may "
                      "require a zero-padded copy of the input be created", UserWarning,
                      stacklevel=4)
        input = pad(input, extra)
    return input, tuple(t // 2 for t in totals)


def _check_dtypes(input, weight, bias):
    """Raise torch's message when input, weight and bias dtypes differ (no promotion in conv)."""
    name = input.dtype.name
    if bias is not None and bias.dtype != input.dtype:
        raise RuntimeError(f"Input type ({_CPP_NAMES[name]}) and bias type "
                           f"({_CPP_NAMES[bias.dtype.name]}) should be the same")
    if weight.dtype == input.dtype:
        return
    if name == "float16":
        raise RuntimeError(
            f"Input type (torch.HalfTensor) and weight type "
            f"(torch.{_SCALAR_NAMES[weight.dtype.name]}Tensor) should be the same or input "
            "should be a MKLDNN tensor and weight is a dense tensor")
    raise RuntimeError(f"expected scalar type {_SCALAR_NAMES[name]} but found "
                       f"{_SCALAR_NAMES[weight.dtype.name]}")


def _conv_type_error(dims, args):
    """torch's TypeError for a non-tensor input, worded for the call ``nn.ConvNd`` makes."""
    got = ", ".join(type_name(a) for a in args)
    marked = ", ".join(f"!{type_name(a, True)}!" for a in args)
    lines = [f"conv{dims}d() received an invalid combination of arguments - got ({got}), but "
             "expected one of:"]
    for padding in ("tuple of ints padding = 0", 'str padding = "valid"'):
        lines += [f" * (Tensor input, Tensor weight, Tensor bias = None, tuple of ints stride = 1, "
                  f"{padding}, tuple of ints dilation = 1, int groups = 1)",
                  "      didn't match because some of the arguments have invalid types: "
                  f"({marked})"]
    return TypeError("\n".join(lines) + "\n")


def convolution(input, weight, bias, stride, padding, dilation, groups, dims):
    """Shared front end of conv1d/conv2d/conv3d: check shapes, normalise arguments, run."""
    if not isinstance(input, Tensor):
        raise _conv_type_error(dims, (input, weight, bias, stride, padding, dilation, groups))
    batched = input.ndim == dims + 2
    if not batched and input.ndim != dims + 1:
        raise RuntimeError(
            f"Expected {dims + 1}D (unbatched) or {dims + 2}D (batched) input to conv{dims}d, "
            f"but got input of size: {list(input.shape)}")
    if not batched:
        input = unsqueeze(input, 0)
    stride = _tuple(stride, dims, "stride")
    dilation = _tuple(dilation, dims, "dilation")
    if isinstance(padding, str):
        if padding == "valid":
            padding = (0,) * dims
        elif padding == "same":
            if any(s != 1 for s in stride):
                raise ValueError("padding='same' is not supported for strided convolutions")
            input, padding = _same_padding(input, weight, dilation)
        else:
            raise ValueError(f"Invalid padding string '{padding}'")
    padding = _tuple(padding, dims, "padding")
    _check_dtypes(input, weight, bias)
    c = input.shape[1]
    if c != weight.shape[1] * groups:
        raise RuntimeError(
            f"Given groups={groups}, weight of size {list(weight.shape)}, expected "
            f"input{list(input.shape)} to have {weight.shape[1] * groups} channels, but got {c} "
            "channels instead")
    padded = [n + 2 * p for n, p in zip(input.shape[2:], padding)]
    kernel = [d * (k - 1) + 1 for k, d in zip(weight.shape[2:], dilation)]
    if any(p < k for p, k in zip(padded, kernel)):
        raise RuntimeError(
            f"Calculated padded input size per channel: ({' x '.join(map(str, padded))}). "
            f"Kernel size: ({' x '.join(map(str, kernel))}). Kernel size can't be greater than "
            "actual input size")
    out = _convolution.apply((input, weight, bias), (stride, padding, dilation, groups))
    return out if batched else squeeze(out, 0)


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """1-D cross-correlation over (N, C, L) input."""
    return convolution(input, weight, bias, stride, padding, dilation, groups, 1)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """2-D cross-correlation over (N, C, H, W) input."""
    return convolution(input, weight, bias, stride, padding, dilation, groups, 2)


def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """3-D cross-correlation over (N, C, D, H, W) input."""
    return convolution(input, weight, bias, stride, padding, dilation, groups, 3)


# A transposed convolution is the input-gradient map of a convolution, so its rules are the
# convolution and the weight-gradient op with the roles of input and output swapped.
def _conv_transpose_forward(xp, input, weight, bias, output_shape, stride, padding, dilation,
                            groups):
    out = _conv_input_grad_forward(xp, input, weight, output_shape, stride, padding, dilation,
                                   groups)
    if bias is not None:
        out = out + bias.reshape((1, -1) + (1,) * (out.ndim - 2))
    return out.astype(input.dtype, copy=False)


def _conv_transpose_rule(grad, input, weight, stride, padding, dilation, groups, needs):
    args = (stride, padding, dilation, groups)
    bias_dims = (0,) + tuple(range(2, grad.ndim))
    return (_convolution.apply((grad, _conj(weight), None), args) if needs[0] else None,
            conv_weight_grad(_conj(input), grad, tuple(weight.shape), *args) if needs[1]
            else None,
            sum(grad, bias_dims) if len(needs) > 2 and needs[2] else None)


_conv_transpose = defop("conv_transpose", _conv_transpose_forward, node="ConvolutionBackward0",
                        inputs=("input", "weight", "bias"), vjp=_conv_transpose_rule)


def conv_transpose(input, weight, bias, stride, padding, output_padding, groups, dilation, dims):
    """Shared front end of conv_transpose1d/2d: output size as torch, then the op."""
    batched = input.ndim == dims + 2
    if not batched and input.ndim != dims + 1:
        raise RuntimeError(
            f"Expected {dims + 1}D (unbatched) or {dims + 2}D (batched) input to "
            f"conv_transpose{dims}d, but got input of size: {list(input.shape)}")
    if not batched:
        input = unsqueeze(input, 0)
    stride, padding = _tuple(stride, dims, "stride"), _tuple(padding, dims, "padding")
    output_padding = _tuple(output_padding, dims, "output_padding")
    dilation = _tuple(dilation, dims, "dilation")
    if input.shape[1] != weight.shape[0]:
        raise RuntimeError(
            f"Given transposed=1, weight of size {list(weight.shape)}, expected input"
            f"{list(input.shape)} to have {weight.shape[0]} channels, but got {input.shape[1]} "
            "channels instead")
    for op, s, d in zip(output_padding, stride, dilation):
        if op >= max(s, d):
            raise RuntimeError("output padding must be smaller than either stride or dilation")
    spatial = tuple((i - 1) * s - 2 * p + d * (k - 1) + op + 1 for i, s, p, d, k, op in zip(
        input.shape[2:], stride, padding, dilation, weight.shape[2:], output_padding))
    shape = (input.shape[0], weight.shape[1] * groups) + spatial
    out = _conv_transpose.apply((input, weight, bias), (shape, stride, padding, dilation, groups))
    return out if batched else squeeze(out, 0)


def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """1-D transposed convolution (the gradient of conv1d with respect to its input)."""
    return conv_transpose(input, weight, bias, stride, padding, output_padding, groups,
                          dilation, 1)


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    """2-D transposed convolution (the gradient of conv2d with respect to its input)."""
    return conv_transpose(input, weight, bias, stride, padding, output_padding, groups,
                          dilation, 2)


# --- pooling ----------------------------------------------------------------------------
def _pool_geometry(size, kernel, stride, padding, dilation, ceil_mode):
    """Output length and extra right padding along one dim (torch's pooling_output_shape)."""
    span = dilation * (kernel - 1) + 1
    numer = size + 2 * padding - span + (stride - 1 if ceil_mode else 0)
    out = numer // stride + 1
    if ceil_mode and (out - 1) * stride >= size + padding:
        out -= 1
    extra = max(0, (out - 1) * stride + span - (size + 2 * padding))
    return out, extra


def _pool_pad(xp, x, padding, extra, value):
    pads = ((0, 0), (0, 0)) + tuple((p, p + e) for p, e in zip(padding, extra))
    return xp.pad(x, pads, constant_values=value) if any(any(p) for p in pads) else x


def _max_pool_forward(xp, input, kernel, stride, padding, dilation, extra):
    fill = -xp.inf if input.dtype.kind == "f" else xp.iinfo(input.dtype).min
    padded = _pool_pad(xp, input, padding, extra, fill)
    win = _windows(xp, padded, kernel, stride, dilation)
    k = len(kernel)
    flat = win.reshape(win.shape[:2 + k] + (int(np.prod(win.shape[2 + k:])),))  # N may be 0
    arg = xp.argmax(flat, axis=-1)
    values = xp.take_along_axis(flat, arg[..., None], axis=-1)[..., 0]
    # Turn the window-local argmax into a flat index in the unpadded input plane, as torch.
    local = xp.unravel_index(arg, kernel)
    coords = []
    for d in range(k):
        start = xp.arange(win.shape[2 + d]) * stride[d] - padding[d]
        shape = [1] * (2 + k)
        shape[2 + d] = -1
        coords.append(start.reshape(shape) + local[d] * dilation[d])
    indices = xp.ravel_multi_index(tuple(coords), input.shape[2:], mode="clip")
    return values, indices.astype(xp.int64)


def _scatter_forward(xp, grad, indices, input_shape):
    n, c = input_shape[:2]
    out = xp.zeros((n, c, int(np.prod(input_shape[2:]))), grad.dtype)
    flat_idx = indices.reshape(n, c, int(np.prod(indices.shape[2:])))
    rows = xp.arange(n)[:, None, None]
    chans = xp.arange(c)[None, :, None]
    np.add.at(out, (rows, chans, flat_idx), grad.reshape(flat_idx.shape))
    return out.reshape(input_shape)


def _gather_forward(xp, input, indices):
    n, c = input.shape[:2]
    flat = input.reshape(n, c, int(np.prod(input.shape[2:])))
    picks = indices.reshape(n, c, int(np.prod(indices.shape[2:])))
    return xp.take_along_axis(flat, picks, axis=-1).reshape(indices.shape)


_pool_gather = defop("max_pool_gather", _gather_forward, node="GatherBackward0",
                     vjp={"input": lambda grad, indices, input_shape: _pool_scatter.apply(
                         (grad,), (indices, input_shape))})
_pool_scatter = defop("max_pool_backward", _scatter_forward,
                      node="MaxPool2DWithIndicesBackwardBackward0", inputs=("grad",),
                      vjp={"grad": lambda grad, indices: _pool_gather.apply((grad,), (indices,))})


def _max_pool_rule(grads, result1, input_shape):
    return _pool_scatter.apply((grads[0],), (result1._data, input_shape))


_max_pool = {
    k: defop("max_pool", _max_pool_forward, node=f"MaxPool{k}DWithIndicesBackward0",
             outputs=2, differentiable_outputs=(True, False),
             vjp={"input": _max_pool_rule})
    for k in (2, 3)}


def _pool_args(input, kernel_size, stride, padding, dilation, ceil_mode, dims):
    kernel = _tuple(kernel_size, dims, "kernel_size")
    stride = kernel if stride is None or stride == [] or stride == () else \
        _tuple(stride, dims, "stride")
    padding = _tuple(padding, dims, "padding")
    dilation = _tuple(dilation, dims, "dilation")
    if 0 in stride:
        raise RuntimeError("stride should not be zero")
    for k, p in zip(kernel, padding):
        if p > k // 2:
            raise RuntimeError(
                f"pad should be at most half of effective kernel size, but got pad={p}, "
                f"kernel_size={k} and dilation={dilation[0]}")
    geometry = [_pool_geometry(s, k, st, p, d, ceil_mode) for s, k, st, p, d in
                zip(input.shape[-dims:], kernel, stride, padding, dilation)]
    if any(o < 1 for o, _ in geometry):
        shape = "x".join(map(str, input.shape[-dims - 1:]))
        outs = "x".join(str(o) for o in (input.shape[-dims - 1], *(o for o, _ in geometry)))
        raise RuntimeError(f"Given input size: ({shape}). Calculated output size: ({outs}). "
                           "Output size is too small")
    return kernel, stride, padding, dilation, tuple(e for _, e in geometry)


def check_pool_rank(input, op, dims):
    """Raise torch's message for pooling input of the wrong rank or with an empty
    non-batch dimension (each pooling front end words it its own way)."""
    shape = list(input.shape)
    rank_ok = input.ndim in (dims + 1, dims + 2)
    if rank_ok and 0 not in shape[-dims - 1:]:
        return
    if op == "max_pool1d":
        raise RuntimeError("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 "
                           f"dim batch size for input, but got:{shape}")
    if op == "avg_pool1d" and not rank_ok:
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.ndim}-dimensional tensor "
                           "for argument #1 'self' (while checking arguments for avg_pool1d)")
    if op == "avg_pool2d" and input.ndim < 3:
        _wrap_dim(-3, input.ndim)
    if dims == 3 and rank_ok:
        where = "max_pool3d_with_indices_out_cpu_template" if op == "max_pool3d" else op
        raise RuntimeError(f"{where}(): Expected input's non-batch dimensions to have positive "
                           f"length, but input has a shape of {shape} and non-batch dimension "
                           "0 has length zero!")  # torch prints the size there, always 0
    if dims == 3 or (op == "max_pool2d" and not rank_ok):
        raise RuntimeError(f"non-empty {dims + 1}D or {dims + 2}D (batch mode) tensor expected "
                           "for input")
    if dims == 2:
        raise RuntimeError("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch size "
                           f"for input, but got:{shape}")


def _batched(input, dims, fn):
    if input.ndim == dims + 2:
        return fn(input)
    out = fn(unsqueeze(input, 0))
    return tuple(squeeze(o, 0) for o in out) if isinstance(out, tuple) else squeeze(out, 0)


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    """Return the max over each window (and, optionally, flat indices of the maxima)."""
    check_pool_rank(input, "max_pool2d", 2)
    args = _pool_args(input, kernel_size, stride, padding, dilation, ceil_mode, 2)
    out = _batched(input, 2, lambda x: _max_pool[2].apply((x,), args))
    return out if return_indices else out[0]


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    """1-D max pooling, computed as torch does: unsqueeze, 2-D pooling, squeeze."""
    def pick(t):
        return _tuple(t, 1)[0]
    check_pool_rank(input, "max_pool1d", 1)
    if input.ndim in (2, 3):  # torch's 1-d front end checks the output size in its own words
        k = pick(kernel_size)
        width = _pool_geometry(input.shape[-1], k, k if stride in (None, [], ()) else
                               pick(stride), pick(padding), pick(dilation), ceil_mode)[0]
        if k > 0 and width <= 0:
            raise RuntimeError(f"max_pool1d() Invalid computed output size: {width}")
    out = max_pool2d(unsqueeze(input, -2), (1, pick(kernel_size)),
                     None if stride is None else (1, pick(stride)), (0, pick(padding)),
                     (1, pick(dilation)), ceil_mode, True)
    values, indices = squeeze(out[0], -2), squeeze(out[1], -2)
    return (values, indices) if return_indices else values


def _avg_forward(xp, input, kernel, stride, padding, extra, count_include_pad, divisor):
    padded = _pool_pad(xp, input, padding, extra, 0)
    win = _windows(xp, padded, kernel, stride, (1,) * len(kernel))
    axes = tuple(range(-len(kernel), 0))
    total = win.sum(axis=axes)
    return (total / _avg_divisor(xp, input.shape, kernel, stride, padding, extra,
                                 count_include_pad, divisor)).astype(input.dtype, copy=False)


def _avg_divisor(xp, shape, kernel, stride, padding, extra, count_include_pad, divisor):
    """Per-window divisor: kernel size, the in-bounds count, or ``divisor_override``."""
    if divisor is not None:
        return divisor
    ones = xp.ones((1, 1) + tuple(shape[2:]))
    if count_include_pad:
        # Padding counts, the ceil_mode overhang beyond it does not (torch).
        ones = xp.pad(ones, ((0, 0), (0, 0)) + tuple((p, p) for p in padding),
                      constant_values=1)
        padded = xp.pad(ones, ((0, 0), (0, 0)) + tuple((0, e) for e in extra))
    else:
        padded = _pool_pad(xp, ones, padding, extra, 0)
    win = _windows(xp, padded, kernel, stride, (1,) * len(kernel))
    return win.sum(axis=tuple(range(-len(kernel), 0)))


def _avg_rule(grad, input_shape, kernel, stride, padding, extra, count_include_pad, divisor):
    n, c = input_shape[:2]
    div = _avg_divisor(np, input_shape, kernel, stride, padding, extra, count_include_pad,
                       divisor)
    scaled = grad / Tensor._make(np.asarray(div, grad._data.dtype))
    padded_shape = (n, c) + tuple(s + e for s, e in zip(input_shape[2:], extra))
    ones = Tensor._make(np.ones((c, 1) + tuple(kernel), grad._data.dtype))
    full = conv_input_grad(scaled, ones, padded_shape, stride, padding, (1,) * len(kernel), c)
    if not any(extra):
        return full
    crop = (slice(None), slice(None)) + tuple(slice(0, s) for s in input_shape[2:])
    return full[crop]


_avg_pool = {k: defop("avg_pool", _avg_forward, node=f"AvgPool{k}DBackward0",
                      vjp={"input": _avg_rule}) for k in (2, 3)}
_adaptive_avg_pool = defop("adaptive_avg_pool", _avg_forward, node="AdaptiveAvgPool2DBackward0",
                           vjp={"input": _avg_rule})


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True, divisor_override=None):
    """Return the mean over each window."""
    check_pool_rank(input, "avg_pool2d", 2)
    kernel, stride, padding, _, extra = _pool_args(input, kernel_size, stride, padding, 1,
                                                   ceil_mode, 2)
    return _batched(input, 2, lambda x: _avg_pool[2].apply(
        (x,), (kernel, stride, padding, extra, count_include_pad, divisor_override)))


def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True):
    """1-D average pooling, computed as torch does: unsqueeze, 2-D pooling, squeeze."""
    def pick(t):
        return _tuple(t, 1)[0]
    check_pool_rank(input, "avg_pool1d", 1)
    out = avg_pool2d(unsqueeze(input, -2), (1, pick(kernel_size)),
                     None if stride is None else (1, pick(stride)), (0, pick(padding)),
                     ceil_mode, count_include_pad)
    return squeeze(out, -2)


def adaptive_avg_pool2d(input, output_size):
    """Average into an ``output_size`` grid (uneven windows in ``nn.functional_extra``)."""
    out = _tuple(output_size, 2, "output_size")
    h, w = input.shape[-2:]
    out = tuple(s if o is None else o for s, o in zip((h, w), out))
    if out == (1, 1):
        return mean(input, (-1, -2), keepdim=True)
    if h % out[0] or w % out[1]:
        from ..nn.functional_extra import adaptive_avg_pool_any
        return adaptive_avg_pool_any(input, out)
    k = (h // out[0], w // out[1])
    return _batched(input, 2, lambda x: _adaptive_avg_pool.apply(
        (x,), (k, k, (0, 0), (0, 0), True, None)))
