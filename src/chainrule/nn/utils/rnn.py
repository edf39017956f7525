"""pad_sequence: stack variable-length sequences into one padded tensor."""

from ..._creation import full


def pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side="right"):
    """Pad each (L_i, *) tensor to the longest L and stack: (L, B, *) or (B, L, *)."""
    longest = max(s.shape[0] for s in sequences)
    first = sequences[0]
    lead = (len(sequences), longest) if batch_first else (longest, len(sequences))
    out = full(lead + tuple(first.shape[1:]), padding_value, dtype=first.dtype)
    for i, s in enumerate(sequences):
        n = s.shape[0]
        rows = slice(longest - n, None) if padding_side == "left" else slice(0, n)
        out[(i, rows) if batch_first else (rows, i)] = s
    return out


from .packed import (  # noqa: E402,F401
    PackedSequence,
    pack_padded_sequence,
    pack_sequence,
    pad_packed_sequence,
    unpack_sequence,
    unpad_sequence,
)
