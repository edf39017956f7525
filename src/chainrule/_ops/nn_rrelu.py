"""rrelu as one op (RreluWithNoiseBackward0): while training, each non-positive element, in
order, draws its slope from U(lower, upper) as a double from torch's generator (torch's CPU
kernel); otherwise the slope is (lower + upper) / 2."""

import numpy as np

from .. import _random_kernels
from .._tensor import Tensor
from ..random import _engine
from ._registry import defop

_rrelu, _rrelu_inplace = (
    defop("rrelu_with_noise", lambda xp, input, noise: (input * noise).astype(
        input.dtype, copy=False), node=node,
        vjp={"input": lambda grad, noise: grad * Tensor._make(noise)})
    for node in ("RreluWithNoiseBackward0", "RreluWithNoiseBackward1"))  # rrelu_'s own node


def _noise(data, lower, upper, training, generator):
    """Per-element multipliers: drawn slopes (training) or the mean slope where x <= 0."""
    if not training:
        return np.where(data > 0, 1, (lower + upper) / 2).astype(data.dtype)
    flat = np.ones(data.size, data.dtype)
    negative = np.flatnonzero(np.ascontiguousarray(data).reshape(-1) <= 0)
    low, high = (float(data.dtype.type(b)) for b in (lower, upper))
    drawn = _random_kernels.uniform(_engine(generator), negative.size, np.float64, low, high)
    flat[negative] = drawn.astype(data.dtype)
    return flat.reshape(data.shape)


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False):
    """Leaky ReLU whose negative slope is drawn from U(lower, upper) while training and is
    (lower + upper) / 2 otherwise."""
    noise = _noise(input._data, lower, upper, training, None)
    if inplace:
        from .._tensor_methods import inplace as in_place
        return in_place(lambda x: _rrelu_inplace.apply((x,), (noise,)))(input)
    return _rrelu.apply((input,), (noise,))
