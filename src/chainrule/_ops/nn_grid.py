"""grid_sample and affine_grid (spatial transformers) as table ops with torch's node names.

The sampling plan (tap indices, masks, fractional coordinates) is integer bookkeeping done on
arrays; the rules rebuild the tap weights from a live copy of the grid coordinates, so their
gradients are chainrule ops and differentiate again.
"""

import warnings

import numpy as np

from .._tensor import Tensor
from ._registry import defop
from .shape import stack

_MODES = {"bilinear": 0, "nearest": 1, "bicubic": 2}
_PADDINGS = {"zeros": 0, "border": 1, "reflection": 2}
_A = -0.75  # torch's bicubic convolution constant
_ALIGN_WARNING = ("Default grid_sample and affine_grid behavior has changed to align_corners=False "
                  "since 1.3.0. Please specify align_corners=True if the old behavior is desired. "
                  "See the documentation of grid_sample for details.")


def _const(arr):
    return Tensor._make(arr)


def _scale(size, align_corners):
    """d(pixel coordinate)/d(grid coordinate): the slope of torch's unnormalize."""
    return (size - 1) / 2 if align_corners else size / 2


def _unnormalize(g, size, align_corners):
    return (g + 1) / 2 * (size - 1) if align_corners else ((g + 1) * size - 1) / 2


def _clip(x, size):
    """Clamp to [0, size - 1]; the borders themselves count as clipped (zero slope), as torch."""
    return np.clip(x, 0, size - 1), ((x > 0) & (x < size - 1)).astype(x.dtype)


def _reflect(x, twice_low, twice_high):
    """Fold ``x`` into [low, high] by reflection; also the slope (+1 or -1)."""
    if twice_low == twice_high:
        return np.zeros_like(x), np.zeros_like(x)
    low, span = twice_low / 2, (twice_high - twice_low) / 2
    shifted = x - low
    sign = np.where(shifted < 0, -1, 1).astype(x.dtype)
    shifted = np.abs(shifted)
    extra = np.fmod(shifted, span)
    even = np.floor(shifted / span) % 2 == 0
    return np.where(even, extra + low, span - extra + low), np.where(even, sign, -sign)


def _pad(x, size, padding, align_corners):
    """torch's compute_coordinates: the padded coordinate and its slope."""
    if padding == 1:
        return _clip(x, size)
    if padding == 2:
        x, slope = (_reflect(x, 0, 2 * (size - 1)) if align_corners else
                    _reflect(x, -1, 2 * size - 1))
        x, clip_slope = _clip(x, size)
        return x, slope * clip_slope
    return x, np.ones_like(x)


def _cubic(t, k):
    """The k-th of torch's four cubic convolution coefficients at fraction ``t``."""
    if k == 0:
        x = t + 1
        return ((_A * x - 5 * _A) * x + 8 * _A) * x - 4 * _A
    if k == 1:
        return ((_A + 2) * t - (_A + 3)) * t * t + 1
    if k == 2:
        x = 1 - t
        return ((_A + 2) * x - (_A + 3)) * x * x + 1
    x = 2 - t
    return ((_A * x - 5 * _A) * x + 8 * _A) * x - 4 * _A


def _cubic_slope(t, k):
    """d/dt of ``_cubic(t, k)``."""
    if k == 0:
        x = t + 1
        return (3 * _A * x - 10 * _A) * x + 8 * _A
    if k == 1:
        return (3 * (_A + 2) * t - 2 * (_A + 3)) * t
    if k == 2:
        x = 1 - t
        return -(3 * (_A + 2) * x - 2 * (_A + 3)) * x
    x = 2 - t
    return -((3 * _A * x - 10 * _A) * x + 8 * _A)


def _weight(f, offset, mode):
    return _cubic(f, offset) if mode == 2 else (f if offset else 1 - f)


def _slope(f, offset, mode):
    return _cubic_slope(f, offset) if mode == 2 else (1 if offset else -1)


def _plan(grid, spatial, mode, padding, align_corners):
    """The taps of every output point: flat input indices, validity, per-dim offsets, and per
    dim the fraction ``f = slope * g + shift`` as (f, slope, shift) arrays."""
    d = len(spatial)
    n = grid.shape[0]
    g = grid.reshape(n, -1, d)
    fracs, bases = [], []
    for k in range(d):
        size = spatial[d - 1 - k]  # grid's last axis is (x, y[, z]): W first
        x = _unnormalize(g[..., k], size, align_corners)
        slope = np.full_like(x, _scale(size, align_corners))
        if mode != 2:
            x, pad_slope = _pad(x, size, padding, align_corners)
            slope = slope * pad_slope
        base = np.rint(x) if mode == 1 else np.floor(x)
        fracs.append((x - base, slope, x - base - slope * g[..., k]))
        bases.append(base)
    offsets = [()]
    choices = (0,) if mode == 1 else (0, 1, 2, 3) if mode == 2 else (0, 1)
    for _ in range(d):
        offsets = [o + (c,) for o in offsets for c in choices]
    taps = []
    for offs in offsets:
        flat = np.zeros(g.shape[:2], np.int64)
        valid = np.ones(g.shape[:2], bool)
        for k in reversed(range(d)):  # z (outermost) .. x
            size = spatial[d - 1 - k]
            pos = bases[k] + offs[k] - (1 if mode == 2 else 0)
            if mode == 2 and padding:
                pos = _pad(pos, size, padding, align_corners)[0]
            pos = np.nan_to_num(pos, nan=-1.0, posinf=-1.0, neginf=-1.0)
            pos = np.trunc(pos).astype(np.int64) if mode == 2 else pos.astype(np.int64)
            valid &= (pos >= 0) & (pos < size)
            flat = flat * size + np.clip(pos, 0, size - 1)
        taps.append((flat, valid.astype(grid.dtype), offs))
    return fracs, taps


def _take_forward(xp, input, index):
    n, c = input.shape[:2]
    return xp.take_along_axis(input, np.broadcast_to(index[:, None, :], (n, c, index.shape[1])),
                              axis=2)


def _put_forward(xp, grad, index, size):
    n, c, q = grad.shape
    out = xp.zeros((n, c, size), grad.dtype)
    np.add.at(out, (np.arange(n)[:, None, None], np.arange(c)[None, :, None],
                    index[:, None, :]), grad)
    return out


_take = defop("grid_sampler_take", _take_forward, node="GatherBackward0",
              vjp={"input": lambda grad, index, input_shape: _put.apply(
                  (grad,), (index, input_shape[2]))})
_put = defop("grid_sampler_put", _put_forward, node="ScatterAddBackward0", inputs=("grad",),
             vjp={"grad": lambda grad, index: _take.apply((grad,), (index,))})


def _tap_weights(fracs, taps, mode):
    """Each tap's weight (validity times the product of per-dim weights) from array fractions."""
    weights = []
    for _, valid, offs in taps:
        w = valid
        for k, f in enumerate(fracs):
            if mode != 1:
                w = _weight(f, offs[k], mode) * w
        weights.append(w)
    return weights


def _sample_forward(xp, input, grid, mode, padding, align_corners):
    n, c = input.shape[:2]
    spatial = input.shape[2:]
    fracs, taps = _plan(grid, spatial, mode, padding, align_corners)
    flat = input.reshape(n, c, -1)
    out = 0
    for (index, _, _), w in zip(taps, _tap_weights([f for f, _, _ in fracs], taps, mode)):
        out = out + _take_forward(xp, flat, index) * w[:, None, :]
    return np.asarray(out, input.dtype).reshape((n, c) + grid.shape[1:-1])


def _curvature(f, offset, mode):
    """d2/df2 of one dim's weight: zero for linear taps, the cubic's second derivative."""
    if mode != 2:
        return 0
    if offset in (0, 3):
        x = f + 1 if offset == 0 else 2 - f
        return 6 * _A * x - 10 * _A
    x = f if offset == 1 else 1 - f
    return 6 * (_A + 2) * x - 2 * (_A + 3)


def _setup(input, grid, mode, padding, align_corners):
    """The sampling plan for the rules: live fractions ``f_k = slope_k * g_k + shift_k`` (so
    they differentiate in the grid), the slopes, and the taps with validity as Tensors."""
    n = input.shape[0]
    spatial = tuple(input.shape[2:])
    fracs, taps = _plan(grid.detach()._data, spatial, mode, padding, align_corners)
    g = grid.reshape(n, -1, len(spatial))
    live = [g[..., k] * _const(slope) + _const(shift) for k, (_, slope, shift) in enumerate(fracs)]
    slopes = [_const(slope) for _, slope, _ in fracs]
    return live, slopes, [(index, _const(valid), offs) for index, valid, offs in taps]


def _derivs(live, valid, offs, mode):
    """A tap's per-dim weights and slopes, its weight and its first partials (None: nearest)."""
    if mode == 1:
        return None, None, valid, None
    ws = [_weight(f, o, mode) for f, o in zip(live, offs)]
    ss = [_slope(f, o, mode) for f, o in zip(live, offs)]
    weight = valid
    for w in ws:
        weight = weight * w
    partials = []
    for k in range(len(live)):
        p = valid * ss[k]
        for j, w in enumerate(ws):
            if j != k:
                p = p * w
        partials.append(p)
    return ws, ss, weight, partials


def _second(live, ws, ss, valid, offs, mode, j, k):
    """d2 weight / df_j df_k of one tap."""
    p = valid * (_curvature(live[k], offs[k], mode) if j == k else ss[j] * ss[k])
    for m, w in enumerate(ws):
        if m not in (j, k):
            p = p * w
    return p


def _grid_gradient(parts, slopes, grid):
    """Stack per-dim sums over d f_k into the grid's shape (times d f_k / d g_k)."""
    return stack([p * slopes[k] for k, p in enumerate(parts)], -1).reshape(grid.shape)


def _backward_terms(grad, input, grid, mode, padding, align_corners, wanted):
    """grid_sample's gradients in chainrule ops: the weighted grad scattered into the input, and
    for the grid, the tap values times the weights' partials (zero for nearest)."""
    n, c = input.shape[:2]
    live, slopes, taps = _setup(input, grid, mode, padding, align_corners)
    grad_flat = grad.reshape(n, c, -1)
    flat = input.reshape(n, c, -1)
    grad_input, parts = None, [0] * len(live)
    for index, valid, offs in taps:
        _, _, weight, partials = _derivs(live, valid, offs, mode)
        if wanted[0]:
            part = _put.apply((grad_flat * weight.unsqueeze(1),), (index, flat.shape[2]))
            grad_input = part if grad_input is None else grad_input + part
        if wanted[1] and mode != 1:
            dot = (_take.apply((flat,), (index,)) * grad_flat).sum(1)
            parts = [acc + dot * p for acc, p in zip(parts, partials)]
    grad_input = grad_input.reshape(input.shape) if wanted[0] else None
    grad_grid = None
    if wanted[1]:
        grad_grid = grid * 0 if mode == 1 else _grid_gradient(parts, slopes, grid)
    return grad_input, grad_grid


def _sample_backward_forward(xp, grad_output, input, grid, mode, padding, align_corners, wanted):
    """The backward op's arrays: the composed gradients evaluated on plain tensors."""
    outs = _backward_terms(_const(grad_output), _const(input), _const(grid), mode, padding,
                           align_corners, wanted)
    return tuple(np.zeros(like.shape, like.dtype) if o is None else o._data
                 for o, like in zip(outs, (input, grid)))


def _double_rule(grads, grad_output, input, grid, mode, padding, align_corners, needs):
    """Vector-Jacobian products of grid_sample's backward, again in chainrule ops."""
    gg_input, gg_grid = grads
    n, c = input.shape[:2]
    live, slopes, taps = _setup(input, grid, mode, padding, align_corners)
    d = len(live)
    grad_flat = grad_output.reshape(n, c, -1)
    flat = input.reshape(n, c, -1)
    picked_from = None if gg_input is None else gg_input.reshape(n, c, -1)
    scaled = None
    if gg_grid is not None and mode != 1:
        g = gg_grid.reshape(n, -1, d)
        scaled = [g[..., k] * slopes[k] for k in range(d)]
    d_grad = d_input = None
    d_grid = [0] * d
    for index, valid, offs in taps:
        ws, ss, weight, partials = _derivs(live, valid, offs, mode)
        terms = []  # (values taken at the tap, their weight over the grad)
        if picked_from is not None:
            picked = _take.apply((picked_from,), (index,))
            terms.append((picked, weight))
            if needs[2] and mode != 1:
                dot = (grad_flat * picked).sum(1)
                d_grid = [acc + dot * p for acc, p in zip(d_grid, partials)]
        if scaled is not None:
            mix = sum(s * p for s, p in zip(scaled, partials))
            values = _take.apply((flat,), (index,))
            terms.append((values, mix))
            if needs[1]:
                part = _put.apply((grad_flat * mix.unsqueeze(1),), (index, flat.shape[2]))
                d_input = part if d_input is None else d_input + part
            if needs[2]:
                dot = (grad_flat * values).sum(1)
                for k in range(d):
                    curve = sum(scaled[j] * _second(live, ws, ss, valid, offs, mode, j, k)
                                for j in range(d))
                    d_grid[k] = d_grid[k] + dot * curve
        if needs[0]:
            for values, w in terms:
                part = values * w.unsqueeze(1)
                d_grad = part if d_grad is None else d_grad + part
    return (None if d_grad is None else d_grad.reshape(grad_output.shape),
            None if d_input is None else d_input.reshape(input.shape),
            grid * 0 if needs[2] and mode == 1 else  # nearest: torch's zeros
            _grid_gradient(d_grid, slopes, grid) if needs[2] and any(
                isinstance(p, Tensor) for p in d_grid) else None)


_grid_sampler_backward = {
    d: defop("grid_sampler_backward", _sample_backward_forward,
             node=f"GridSampler{d}DBackwardBackward0", inputs=("grad_output", "input", "grid"),
             outputs=2, attrs=("mode", "padding", "align_corners", "wanted"), vjp=_double_rule)
    for d in (2, 3)}


def _sample_rule(grad, input, grid, mode, padding, align_corners, needs):
    """grid_sample's gradients through the backward op (torch's GridSampler<d>DBackward)."""
    op = _grid_sampler_backward[input.ndim - 2]
    grad_input, grad_grid = op.apply((grad, input, grid),
                                     (mode, padding, align_corners, tuple(needs)))
    return (grad_input if needs[0] else None), (grad_grid if needs[1] else None)


_grid_sampler = {
    d: defop("grid_sampler", _sample_forward, node=f"GridSampler{d}DBackward0",
             inputs=("input", "grid"), vjp=_sample_rule)
    for d in (2, 3)}


def _sizes(t):
    return "[" + ", ".join(map(str, t.shape)) + "]"


_SCALAR_TYPES = {"float32": "Float", "float64": "Double", "float16": "Half", "bfloat16": "BFloat16"}


def _check_grid_sampler(input, grid, mode):
    """torch's grid_sampler() argument checks, in its order and with its messages."""
    if input.shape[0] != grid.shape[0]:
        raise RuntimeError("grid_sampler(): expected grid and input to have same batch size, but "
                           f"got input with sizes {_sizes(input)} and grid with sizes "
                           f"{_sizes(grid)}")
    if grid.shape[-1] != input.ndim - 2:
        raise RuntimeError(f"grid_sampler(): expected grid to have size {input.ndim - 2} in last "
                           f"dimension, but got grid with sizes {_sizes(grid)}")
    for i in range(2, input.ndim):
        if input.shape[i] == 0:
            raise RuntimeError("grid_sampler(): expected input to have non-empty spatial "
                               f"dimensions, but input has sizes {_sizes(input)} with dimension "
                               f"{i} being empty")
    d = 4 if input.ndim == 4 else 5  # torch sends every other rank to the 3-d kernel
    if input.ndim != grid.ndim or input.ndim != d:
        raise RuntimeError(f"grid_sampler(): expected {d}D input and grid with same number of "
                           f"dimensions, but got input with sizes {_sizes(input)} and grid with "
                           f"sizes {_sizes(grid)}")
    if d == 5 and mode == 2:
        raise RuntimeError("grid_sampler(): bicubic interpolation only supports 4D input")
    if input.dtype != grid.dtype:
        names = [_SCALAR_TYPES.get(str(t).split(".")[-1], str(t)) for t in (input.dtype,
                                                                            grid.dtype)]
        raise RuntimeError(f"expected scalar type {names[0]} but found {names[1]}")


def grid_sample(input, grid, mode="bilinear", padding_mode="zeros", align_corners=None):
    """Sample ``input`` at the normalised (x, y[, z]) locations of ``grid`` in [-1, 1].

    >>> import chainrule
    >>> x = chainrule.arange(4.).reshape(1, 1, 2, 2)
    >>> grid_sample(x, chainrule.zeros(1, 1, 1, 2), align_corners=True)
    tensor([[[[1.5000]]]])
    """
    if mode not in _MODES:
        raise ValueError("nn.functional.grid_sample(): expected mode to be 'bilinear', 'nearest' "
                         f"or 'bicubic', but got: '{mode}'")
    if padding_mode not in _PADDINGS:
        raise ValueError("nn.functional.grid_sample(): expected padding_mode to be 'zeros', "
                         f"'border', or 'reflection', but got: '{padding_mode}'")
    if align_corners is None:
        warnings.warn(_ALIGN_WARNING, stacklevel=2)
        align_corners = False
    return grid_sampler(input, grid, _MODES[mode], _PADDINGS[padding_mode], align_corners)


def grid_sampler(input, grid, interpolation_mode, padding_mode, align_corners):
    """torch.grid_sampler: grid_sample with integer mode codes."""
    _check_grid_sampler(input, grid, interpolation_mode)
    return _grid_sampler[input.ndim - 2].apply(
        (input, grid), (interpolation_mode, padding_mode, bool(align_corners)))


def _base_grid(size, dtype, align_corners):
    """(N-free) base grid (*spatial, d + 1): x, y[, z] coordinates and a column of ones."""
    spatial = size[2:]
    axes = []
    for s in spatial:
        line = np.linspace(-1, 1, s, dtype=dtype) if s > 1 else np.zeros(s, dtype)
        axes.append(line if align_corners else line * ((s - 1) / s))
    mesh = np.meshgrid(*axes, indexing="ij")
    return np.stack([*reversed(mesh), np.ones(tuple(spatial), dtype)], -1)


def _affine_grid_forward(xp, theta, size, align_corners):
    base = _base_grid(size, theta.dtype, align_corners)
    n = size[0]
    flat = base.reshape(1, -1, base.shape[-1])
    out = np.matmul(flat, np.swapaxes(theta, 1, 2))
    return out.reshape((n,) + tuple(size[2:]) + (theta.shape[1],))


def _affine_grid_rule(grad, size, align_corners):
    base = _const(_base_grid(size, grad.dtype.np, align_corners).reshape(-1, len(size) - 1))
    flat = grad.reshape(size[0], -1, len(size) - 2)
    return flat.transpose(1, 2).matmul(base)


_affine_grid = defop("affine_grid_generator", _affine_grid_forward,
                     node="AffineGridGeneratorBackward0", inputs=("theta",),
                     vjp={"theta": _affine_grid_rule})


def affine_grid(theta, size, align_corners=None):
    """Return the sampling grid of the affine maps ``theta`` (N, 2, 3) or (N, 3, 4) for an output
    of ``size``; feed it to :func:`grid_sample` (spatial transformer networks)."""
    if align_corners is None:
        warnings.warn(_ALIGN_WARNING, stacklevel=2)
        align_corners = False
    if not theta.is_floating_point():
        raise ValueError(f"Expected theta to have floating point type, but got {theta.dtype}")
    if len(size) in (4, 5):
        d = len(size) - 2
        if theta.ndim != 3 or tuple(theta.shape[-2:]) != (d, d + 1):
            kind = "2D affine matrices of shape Nx2x3" if d == 2 else \
                "3D affine matrices of shape Nx3x4"
            raise ValueError(f"Expected a batch of {kind} for size {size}. "
                             f"Got {theta.shape}.")
    else:
        raise NotImplementedError("affine_grid only supports 4D and 5D sizes, for 2D and 3D "
                                  f"affine transforms, respectively. Got size {size}.")
    if align_corners and min(size[2:]) == 1:
        warnings.warn("Since version 1.3.0, affine_grid behavior has changed for unit-size grids "
                      "when align_corners=True. This is not an intended use case of affine_grid. "
                      "See the documentation of affine_grid for details.", stacklevel=2)
    elif min(size) <= 0:
        raise ValueError(f"Expected non-zero, positive output size. Got {size}")
    return affine_grid_generator(theta, size, align_corners)


def affine_grid_generator(theta, size, align_corners):
    """torch.affine_grid_generator: the op under :func:`affine_grid`, without its checks."""
    if theta.shape[0] != size[0]:  # torch's batched product of the base grid and theta
        raise RuntimeError("Expected size for first two dimensions of batch2 tensor to be: "
                           f"[{size[0]}, {theta.shape[2]}] but got: "
                           f"[{theta.shape[0]}, {theta.shape[2]}].")
    return _affine_grid.apply((theta,), (tuple(int(s) for s in size), bool(align_corners)))
