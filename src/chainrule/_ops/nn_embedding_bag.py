"""embedding_bag: sum, mean or max of the embedding rows of each bag of indices, as one op
(EmbeddingBagBackward0) whose rules gather and scatter rows with chainrule ops."""

import numpy as np

from .._creation import tensor, zeros
from ._registry import defop
from .indexing import index_select
from .shape_more import index_add, scatter_add


def _bag_matrix(xp, bags, n_bags, dtype):
    """(n_bags, L) one-hot membership of each looked-up row in its bag."""
    return (xp.asarray(bags)[None, :] == xp.arange(n_bags)[:, None]).astype(dtype)


def _forward(xp, weight, per_sample_weights, indices, bags, n_bags, mode, keep):
    rows = weight[xp.asarray(indices)] * xp.asarray(keep, weight.dtype)[:, None]
    if per_sample_weights is not None:
        rows = rows * per_sample_weights[:, None]
    if mode == "max":
        out = xp.zeros((n_bags, weight.shape[1]), weight.dtype)
        winners = xp.zeros((n_bags, weight.shape[1]), np.int64)
        for b in range(n_bags):
            members = np.flatnonzero((bags == b) & keep)
            if members.size:
                block = rows[members]
                arg = xp.argmax(block, axis=0)
                out[b] = block[arg, xp.arange(block.shape[1])]
                winners[b] = xp.asarray(indices)[members][arg]
        return out, winners
    out = _bag_matrix(xp, bags, n_bags, weight.dtype) @ rows
    if mode == "mean":
        counts = np.bincount(bags[keep], minlength=n_bags).astype(weight.dtype)
        out = out / xp.maximum(xp.asarray(counts), 1)[:, None]
    return out, xp.zeros((0,), np.int64)


def _scale(bags, n_bags, mode, keep, dtype):
    """Per looked-up row factor of its bag's gradient: 1 (sum), 1/count (mean), 0 if dropped."""
    scale = keep.astype(dtype)
    if mode == "mean":
        counts = np.bincount(bags[keep], minlength=n_bags)
        scale = scale / np.maximum(counts, 1)[bags]
    return tensor(scale.astype(dtype))


def _rule(grads, weight, per_sample_weights, result1, indices, bags, n_bags, mode, keep, needs):
    grad = grads[0]
    grad_weight = grad_psw = None
    if mode == "max":
        if needs[0]:
            grad_weight = scatter_add(zeros(weight.shape, dtype=grad.dtype), 0, result1, grad)
        return grad_weight, None
    per_row = index_select(grad, 0, tensor(bags))
    if needs[0]:
        scaled = per_row * _scale(bags, n_bags, mode, keep, np.dtype(grad.dtype.name)) \
            .unsqueeze(1)
        if per_sample_weights is not None:
            scaled = scaled * per_sample_weights.unsqueeze(1)
        grad_weight = index_add(zeros(weight.shape, dtype=grad.dtype), 0, tensor(indices), scaled)
    if per_sample_weights is not None and needs[1]:
        looked_up = index_select(weight, 0, tensor(indices))
        grad_psw = (per_row * looked_up).sum(1) * tensor(keep.astype(np.float64)).to(grad.dtype)
    return grad_weight, grad_psw


_embedding_bag = defop("embedding_bag", _forward, node="EmbeddingBagBackward0",
                       inputs=("weight", "per_sample_weights"), outputs=2,
                       differentiable_outputs=(True, False), vjp=_rule)

_PSW_MODE = ("embedding_bag: per_sample_weights was not None. per_sample_weights is only "
             "supported for mode='sum' (got mode='{}'). Please open a feature request on GitHub.")


def embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False,
                  mode="mean", sparse=False, per_sample_weights=None, include_last_offset=False,
                  padding_idx=None):
    """Reduce the embedding rows of each bag: 2-D input holds one bag per row, 1-D input is cut
    into bags at ``offsets``."""
    if mode not in ("sum", "mean", "max"):
        raise ValueError("mode has to be one of sum, mean or max")
    if per_sample_weights is not None and mode != "sum":
        raise NotImplementedError(_PSW_MODE.format(mode))
    idx = np.asarray(input.tolist(), np.int64)
    if idx.ndim == 2:
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None, as input is treated "
                             "is a mini-batch of fixed length sequences. However, found offsets "
                             f"of type {type(offsets)}")
        n_bags, length = idx.shape
        bags = np.repeat(np.arange(n_bags), length)
        idx = idx.reshape(-1)
        if per_sample_weights is not None:
            per_sample_weights = per_sample_weights.reshape(-1)
    else:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        starts = np.asarray(offsets.tolist(), np.int64)
        if include_last_offset:
            starts = starts[:-1]
        n_bags = len(starts)
        bags = np.searchsorted(starts, np.arange(len(idx)), side="right") - 1
    if idx.size and (idx.min() < 0 or idx.max() >= weight.shape[0]):
        raise IndexError("index out of range in self")
    if padding_idx is not None and padding_idx < 0:
        padding_idx += weight.shape[0]
    keep = idx != padding_idx if padding_idx is not None else np.ones(len(idx), bool)
    if max_norm is not None:
        from .nn import _renorm_rows
        _renorm_rows(weight, idx, max_norm, norm_type)
    out, _ = _embedding_bag.apply((weight, per_sample_weights),
                                  (idx, bags, n_bags, mode, keep))
    return out
