"""PackedSequence and pack/pad helpers, and running the recurrent layers over packed batches
(each sequence's state stops at its own length, as torch's packed kernels)."""

from collections import namedtuple

import numpy as np

from ..._creation import full, tensor, zeros
from ..._ops.pointwise import where
from ..._ops.shape import cat, stack, unsqueeze
from ..._tensor import Tensor
from .. import functional as F

_UNSORTED = ("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. "
             "You can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence "
             "to sidestep this requirement if you do not need ONNX exportability.")


class PackedSequence(namedtuple("PackedSequence",
                                ["data", "batch_sizes", "sorted_indices", "unsorted_indices"])):
    """Time-major concatenation of the valid steps of a batch sorted by decreasing length."""

    __slots__ = ()

    def __new__(cls, data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
        return super().__new__(cls, data, batch_sizes, sorted_indices, unsorted_indices)


def _lengths_array(lengths):
    return np.asarray(lengths.tolist() if isinstance(lengths, Tensor) else lengths, np.int64)


def pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True):
    """Pack a padded (T, B, *) (or (B, T, *)) batch given each sequence's length."""
    lens = _lengths_array(lengths)
    if enforce_sorted:
        if np.any(lens[:-1] < lens[1:]):
            raise RuntimeError(_UNSORTED)
        sorted_idx = unsorted_idx = None
        order = np.arange(len(lens))
    else:
        order = np.argsort(-lens, kind="stable")
        sorted_idx = tensor(order)
        unsorted_idx = tensor(np.argsort(order, kind="stable"))
    if batch_first:
        input = input.transpose(0, 1)
    if lens.size and lens.min() <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an "
                           "element in 'lengths' that is <= 0")
    sorted_lens = lens[order]
    input = input.index_select(1, tensor(order))
    batch_sizes = [int((sorted_lens > t).sum()) for t in range(int(sorted_lens[0]))]
    data = cat([input[t, :b] for t, b in enumerate(batch_sizes)], 0)
    return PackedSequence(data, tensor(batch_sizes), sorted_idx, unsorted_idx)


def pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None):
    """Unpack to a padded batch in the original order; return it with the lengths."""
    padded, lens = _padded_sorted(sequence, padding_value, total_length)
    lengths = tensor(lens)
    if sequence.unsorted_indices is not None:
        padded = padded.index_select(1, sequence.unsorted_indices)
        lengths = lengths[sequence.unsorted_indices]
    return (padded.transpose(0, 1) if batch_first else padded), lengths


def pack_sequence(sequences, enforce_sorted=True):
    """Pack a list of (L_i, *) tensors."""
    from .rnn import pad_sequence
    return pack_padded_sequence(pad_sequence(sequences), [len(s) for s in sequences],
                                enforce_sorted=enforce_sorted)


def unpad_sequence(padded_sequences, lengths, batch_first=False):
    """Split a padded batch back into its sequences, each cut to its length."""
    if not batch_first:
        padded_sequences = padded_sequences.transpose(0, 1)
    return [seq[:int(n)] for seq, n in zip(padded_sequences, _lengths_array(lengths))]


def unpack_sequence(packed_sequences):
    """Split a PackedSequence back into its sequences, in the original order."""
    padded, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    return unpad_sequence(padded, lengths, batch_first=True)


def _padded_sorted(sequence, padding_value=0.0, total_length=None):
    """(T, B, *) in sorted order and the sorted lengths (a NumPy array)."""
    sizes = [int(b) for b in sequence.batch_sizes.tolist()]
    steps = len(sizes)
    if total_length is not None:
        if total_length < steps:
            raise ValueError(
                "Expected total_length to be at least the length of the longest sequence in "
                f"input, but got total_length={total_length} and max sequence length being "
                f"{steps}")
        steps = total_length
    batch, data = sizes[0], sequence.data
    rows, start = [], 0
    for b in sizes:
        step = data[start:start + b]
        if b < batch:
            pad = full((batch - b,) + tuple(data.shape[1:]), padding_value, dtype=data.dtype)
            step = cat([step, pad], 0)
        rows.append(step)
        start += b
    for _ in range(steps - len(sizes)):
        rows.append(full((batch,) + tuple(data.shape[1:]), padding_value, dtype=data.dtype))
    lens = np.array([sum(1 for b in sizes if b > i) for i in range(batch)], np.int64)
    return stack(rows, 0), lens


def _reverse_index(lens, steps):
    """Per-sequence time reversal within each length (an involution), as an index grid."""
    t = np.arange(steps)[:, None]
    return tensor(np.where(t < lens[None, :], lens[None, :] - 1 - t, t)), tensor(
        np.broadcast_to(np.arange(len(lens)), (steps, len(lens))).copy())


def _packed_noise(padded, packed, p):
    """The inter-layer dropout factors laid out like ``padded``: torch drops out the packed rows,
    so the mask is drawn for those rows only (and the padding gets zeros)."""
    rows = (packed.data.shape[0],) + tuple(padded.shape[2:])
    noise = F.dropout(full(rows, 1.0, dtype=padded.dtype), p, True)
    return _padded_sorted(PackedSequence(noise, packed.batch_sizes))[0]


def run_packed(rnn, packed, hx):
    """Run a recurrent layer over a PackedSequence; return a PackedSequence and the final state."""
    from ..modules.rnn import _gru_cell, _lstm_cell, _rnn_cell
    seq, lens = _padded_sorted(packed)
    steps, batch = seq.shape[0], seq.shape[1]
    masks = [unsqueeze(tensor(lens > t), 1) for t in range(steps)]
    dirs = 2 if rnn.bidirectional else 1
    lstm = rnn.mode == "LSTM"
    if hx is None:
        h0 = zeros(rnn.num_layers * dirs, batch, rnn.proj_size or rnn.hidden_size,
                   dtype=seq.dtype)
        c0 = zeros(rnn.num_layers * dirs, batch, rnn.hidden_size, dtype=seq.dtype)
        hx = (h0, c0) if lstm else h0
    elif packed.sorted_indices is not None:
        order = packed.sorted_indices
        hx = tuple(h.index_select(1, order) for h in hx) if lstm else hx.index_select(1, order)
    rev_t, rev_b = _reverse_index(lens, steps)
    sizes = [int(b) for b in packed.batch_sizes.tolist()]
    layer_input, finals = seq, []
    for layer in range(rnn.num_layers):
        outs = []
        for d in range(dirs):
            k = layer * dirs + d
            state = (hx[0][k], hx[1][k]) if lstm else hx[k]
            w_ih, w_hh, b_ih, b_hh, w_hr = rnn._weights(layer, d)
            proj = F.linear(layer_input[rev_t, rev_b] if d else layer_input, w_ih, b_ih)
            outputs = []
            for t in range(steps):
                if lstm:
                    new = _lstm_cell(proj[t], state, w_hh, b_hh)
                    if w_hr is not None:
                        new = (F.linear(new[0], w_hr), new[1])
                    state = tuple(where(masks[t], n, s) for n, s in zip(new, state))
                    outputs.append(new[0])
                else:
                    new = (_gru_cell(proj[t], state, w_hh, b_hh) if rnn.mode == "GRU" else
                           _rnn_cell(proj[t], state, w_hh, b_hh,
                                     "relu" if rnn.mode == "RNN_RELU" else "tanh"))
                    state = where(masks[t], new, state)
                    outputs.append(new)
            out = stack(outputs, 0)
            outs.append(out[rev_t, rev_b] if d else out)
            finals.append(state)
        layer_input = outs[0] if dirs == 1 else cat(outs, 2)
        if rnn.dropout and rnn.training and layer < rnn.num_layers - 1:
            layer_input = layer_input * _packed_noise(layer_input, packed, rnn.dropout)
    data = cat([layer_input[t, :b] for t, b in enumerate(sizes)], 0)
    if lstm:
        h_n = (stack([s[0] for s in finals], 0), stack([s[1] for s in finals], 0))
    else:
        h_n = stack(finals, 0)
    if packed.unsorted_indices is not None:
        back = packed.unsorted_indices
        h_n = tuple(h.index_select(1, back) for h in h_n) if lstm else h_n.index_select(1, back)
    return PackedSequence(data, packed.batch_sizes, packed.sorted_indices,
                          packed.unsorted_indices), h_n

