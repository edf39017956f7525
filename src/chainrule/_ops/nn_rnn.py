"""mkldnn_rnn_layer: one float32 LSTM layer in one direction as one op, so its output shows torch's
CPU node ``MkldnnRnnLayerBackward0``; forward and rule both run the cell written in table ops."""

import numpy as np

from .._tensor import Tensor
from ..autograd.forward_ad import state as _fw_state
from ..autograd.grad_mode import no_grad
from ._recompute import recompute_vjp
from ._registry import defop
from .pointwise import sigmoid, tanh
from .shape import chunk, flip, stack

_LSTM = 2  # torch's mode number for LSTM in its RNN kernels


def lstm_layer(input, w_ih, w_hh, b_ih, b_hh, h, c, reverse):
    """One LSTM layer composed of table ops: (output (L, N, H), last h, last c)."""
    from ..nn.functional import linear
    seq = flip(input, (0,)) if reverse else input
    proj = linear(seq, w_ih, b_ih)  # the input projection of all steps in one matmul
    outputs = []
    for t in range(seq.shape[0]):
        i, f, g, o = chunk(proj[t] + linear(h, w_hh, b_hh), 4, -1)
        c = sigmoid(f) * c + sigmoid(i) * tanh(g)
        h = sigmoid(o) * tanh(c)
        outputs.append(h)
    out = stack(outputs, 0)
    return (flip(out, (0,)) if reverse else out), h, c


def _layer_forward(xp, input, weight0, weight1, weight2, weight3, hx_, cx_, reverse,
                   batch_sizes, mode, hidden_size, num_layers, has_biases, bidirectional,
                   batch_first, train):
    args = [None if a is None else Tensor._make(a)
            for a in (input, weight0, weight1, weight2, weight3, hx_, cx_)]
    with no_grad():
        return tuple(t._data for t in lstm_layer(*args, reverse))


def _layer_rule(grads, input, weight0, weight1, weight2, weight3, hx_, cx_, reverse, needs):
    return recompute_vjp(lambda *args: lstm_layer(*args, reverse),
                         (input, weight0, weight1, weight2, weight3, hx_, cx_), grads, needs)


_mkldnn_rnn_layer = defop(
    "mkldnn_rnn_layer", _layer_forward, node="MkldnnRnnLayerBackward0",
    inputs=("input", "weight0", "weight1", "weight2", "weight3", "hx_", "cx_"), outputs=3,
    vjp=_layer_rule)


def uses_mkldnn(module, input):
    """True where torch's CPU LSTM runs oneDNN: float32, no projections, a non-empty input
    (and here: no forward-mode duals or vmap, which take the composed cells)."""
    return (module.mode == "LSTM" and not module.proj_size and input._data.dtype == np.float32
            and input._data.size != 0 and not _fw_state.active)


def mkldnn_rnn_layer(module, input, weights, state, reverse):
    """Run one layer/direction of ``module`` over ``input`` (L, N, H) as one recorded op."""
    w_ih, w_hh, b_ih, b_hh = weights[:4]
    out, h, c = _mkldnn_rnn_layer.apply(
        (input, w_ih, w_hh, b_ih, b_hh, state[0], state[1]),
        (reverse, [], _LSTM, module.hidden_size, module.num_layers, module.bias,
         module.bidirectional, module.batch_first, module.training))
    return out, (h, c)
