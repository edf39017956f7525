"""Reflect, replicate and circular padding: a gather along each padded dim, whose adjoint sums
the gathered gradients back into place (torch's ReflectionPad/ReplicationPad nodes)."""

import numpy as np

from ._registry import defop

_SUPPORTED = (
    "Supported combinations for non-constant padding:\n"
    "  - 2D or 3D input: padding size = 2 (pads last dimension)\n"
    "  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)\n"
    "  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)")


def _source(mode, size, lo, hi):
    """Which input position each output position along one dim reads."""
    j = np.arange(-lo, size + hi)
    if mode == "reflect":
        return np.where(j < 0, -j, np.where(j >= size, 2 * (size - 1) - j, j))
    if mode == "replicate":
        return np.clip(j, 0, size - 1)
    return j % size


def _gather_forward(xp, input, index):
    for axis, idx in index:
        input = xp.take(input, xp.asarray(idx), axis=axis)
    return input


def _scatter_forward(xp, input, index, shape):
    for axis, idx in reversed(index):
        onehot = (xp.asarray(idx)[:, None] == xp.arange(shape[axis])[None, :])
        moved = xp.moveaxis(input, axis, -1) @ onehot.astype(input.dtype)
        input = xp.moveaxis(moved, -1, axis)
    return input


_scatter = defop("pad_backward", _scatter_forward, node="PadBackwardBackward0",
                 vjp={"input": lambda grad, index: _gather_ops["PadBackward0"].apply(
                     (grad,), (index,))})
_gather_ops = {}


def _gather_op(node):
    """The gather op recorded under torch's node name ``node`` (one per mode and rank)."""
    if node not in _gather_ops:
        _gather_ops[node] = defop(
            "pad", _gather_forward, node=node,
            vjp={"input": lambda grad, index, input_shape: _scatter.apply(
                (grad,), (index, tuple(input_shape)))})
    return _gather_ops[node]


_gather_op("PadBackward0")


def pad_nonconstant(input, pad, mode):
    """F.pad for mode 'reflect', 'replicate' or 'circular' (torch's checks and messages)."""
    if mode not in ("reflect", "replicate", "circular"):
        raise NotImplementedError(f"Unrecognised padding mode {mode}")
    dims = len(pad) // 2
    if not (dims <= 3 and dims + 1 <= input.ndim <= dims + 2):
        raise NotImplementedError(f"Padding size {len(pad)} is not supported for "
                                  f"{input.ndim}D input tensor.\n{_SUPPORTED}")
    index = []
    for i in range(dims):
        axis = input.ndim - 1 - i
        lo, hi, size = int(pad[2 * i]), int(pad[2 * i + 1]), input.shape[axis]
        if mode == "reflect" and (lo >= size or hi >= size):
            raise RuntimeError(
                f"Argument #{4 + 2 * i}: Padding size should be less than the corresponding input "
                f"dimension, but got: padding ({lo}, {hi}) at dimension {axis} of input "
                f"{list(input.shape)}")
        if mode == "circular" and (lo > size or hi > size):
            raise RuntimeError("Padding value causes wrapping around more than once.")
        index.append((axis, _source(mode, size, lo, hi)))
    if mode == "circular":
        node = "CopySlices"
    else:
        node = f"{'Reflection' if mode == 'reflect' else 'Replication'}Pad{dims}DBackward0"
    return _gather_op(node).apply((input,), (tuple(index),))
