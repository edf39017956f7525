"""channel_shuffle: interleave the channels of ``groups`` groups (ChannelShuffleBackward0, as
torch); its gradient is the inverse shuffle, the same op with ``channels // groups`` groups."""

from ._registry import LINEAR, NONE, defop


def _forward(xp, input, groups):
    n, c = input.shape[:2]
    rest = input.shape[2:]
    return xp.ascontiguousarray(
        input.reshape((n, groups, c // groups) + rest).swapaxes(1, 2)).reshape(input.shape)


_channel_shuffle = defop(
    "channel_shuffle", _forward, node="ChannelShuffleBackward0", promote=NONE, jvp=LINEAR,
    vjp={"input": lambda grad, groups, input_shape: _channel_shuffle.apply(
        (grad,), (input_shape[1] // groups,))})


def channel_shuffle(input, groups):
    """Interleave the channels of ``groups`` groups: (N, g*c, *) to (N, c*g, *)."""
    if input.ndim <= 2:
        raise RuntimeError("channel_shuffle expects input with > 2 dims, but got input with "
                           f"sizes [{', '.join(map(str, input.shape))}]")
    if groups <= 0:
        raise RuntimeError("Number of groups to divide channels in must be positive. Value of "
                           f"groups:{groups}")
    if input.shape[1] % groups:
        raise RuntimeError(f"Number of channels must be divisible by groups. Got "
                           f"{input.shape[1]} channels and {groups} groups.")
    return _channel_shuffle.apply((input,), (groups,))
