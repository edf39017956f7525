"""Recurrent layers: RNN, LSTM, GRU (multi-layer, bidirectional, batch_first) and their cells.

Each time step is written with chainrule ops (the input projection of all steps is one matmul),
so gradients, including double backward, come from the op table.
"""

import math
import warnings

from ..._creation import empty, zeros
from ..._ops.nn_rnn import mkldnn_rnn_layer, uses_mkldnn
from ..._ops.pointwise import relu, sigmoid, tanh
from ..._ops.shape import cat, chunk, flip, squeeze, stack, transpose, unsqueeze
from .. import functional as F
from .. import init
from ..parameter import Parameter
from ._init_names import own_init
from .module import Module

_GATES = {"RNN_TANH": 1, "RNN_RELU": 1, "LSTM": 4, "GRU": 3}


def _rnn_cell(x_proj, h, w_hh, b_hh, nonlinearity):
    pre = x_proj + F.linear(h, w_hh, b_hh)
    return relu(pre) if nonlinearity == "relu" else tanh(pre)


def _lstm_cell(x_proj, state, w_hh, b_hh):
    h, c = state
    i, f, g, o = chunk(x_proj + F.linear(h, w_hh, b_hh), 4, -1)
    c = sigmoid(f) * c + sigmoid(i) * tanh(g)
    return sigmoid(o) * tanh(c), c


def _gru_cell(x_proj, h, w_hh, b_hh):
    xr, xz, xn = chunk(x_proj, 3, -1)
    hr, hz, hn = chunk(F.linear(h, w_hh, b_hh), 3, -1)
    r = sigmoid(xr + hr)
    z = sigmoid(xz + hz)
    n = tanh(xn + r * hn)
    return (1 - z) * n + z * h


class RNNBase(Module):
    """Shared parameters, layout handling and the layer/direction loop of RNN, LSTM and GRU."""

    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True,
                 batch_first=False, dropout=0.0, bidirectional=False, proj_size=0,
                 device=None, dtype=None):
        super().__init__()
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable "
                             "projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")
        if proj_size and mode != "LSTM":
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        if not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError(
                "dropout should be a number in range [0, 1] representing the probability of an "
                "element being zeroed")
        if dropout > 0 and num_layers == 1:
            warnings.warn("dropout option adds dropout after all but last recurrent layer, so "
                          "non-zero dropout expects num_layers greater than 1, but got "
                          f"dropout={dropout} and num_layers={num_layers}", stacklevel=3)
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        gate = _GATES[mode] * hidden_size
        dirs = 2 if bidirectional else 1
        out_size = proj_size or hidden_size  # an LSTM with projections emits proj_size
        self._flat_weights_names = []
        for layer in range(num_layers):
            for d in range(dirs):
                size = input_size if layer == 0 else out_size * dirs
                suffix = f"_l{layer}" + ("_reverse" if d else "")
                shapes = [("weight_ih", (gate, size)), ("weight_hh", (gate, out_size))]
                if bias:
                    shapes += [("bias_ih", (gate,)), ("bias_hh", (gate,))]
                if proj_size:
                    shapes.append(("weight_hr", (proj_size, hidden_size)))
                for name, shape in shapes:
                    setattr(self, name + suffix, Parameter(empty(shape, dtype=dtype)))
                    self._flat_weights_names.append(name + suffix)
        self.reset_parameters()

    def reset_parameters(self):
        """Draw every weight and bias from U(±1/sqrt(hidden_size)), as torch."""
        bound = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for p in self.parameters():
            init.uniform_(p, -bound, bound)

    def extra_repr(self):
        s = f"{self.input_size}, {self.hidden_size}"
        if self.proj_size:
            s += f", proj_size={self.proj_size}"
        if self.num_layers != 1:
            s += f", num_layers={self.num_layers}"
        if not self.bias:
            s += ", bias=False"
        if self.batch_first:
            s += ", batch_first=True"
        if self.dropout:
            s += f", dropout={self.dropout}"
        if self.bidirectional:
            s += ", bidirectional=True"
        return s

    def _weights(self, layer, d):
        suffix = f"_l{layer}" + ("_reverse" if d else "")
        get = self._parameters.get
        return (get("weight_ih" + suffix), get("weight_hh" + suffix), get("bias_ih" + suffix),
                get("bias_hh" + suffix), get("weight_hr" + suffix))

    def _check_hidden(self, hx, batch, dirs):
        """Raise torch's message when an initial state has the wrong size."""
        lead = (self.num_layers * dirs,) + ((batch,) if batch is not None else ())
        out_size = self.proj_size or self.hidden_size
        states = ((hx[0], "hidden[0]", out_size), (hx[1], "hidden[1]", self.hidden_size)) \
            if self.mode == "LSTM" else ((hx, "hidden", self.hidden_size),)
        for h, name, size in states:
            if tuple(h.shape) != lead + (size,):
                raise RuntimeError(f"Expected {name} size {lead + (size,)}, got {list(h.shape)}")

    def _run(self, seq, state, weights):
        """Run one direction of one layer over ``seq`` (L, N, H); return outputs and state."""
        w_ih, w_hh, b_ih, b_hh, w_hr = weights
        proj = F.linear(seq, w_ih, b_ih)
        outputs = []
        for t in range(seq.shape[0]):
            x_t = proj[t]
            if self.mode == "LSTM":
                state = _lstm_cell(x_t, state, w_hh, b_hh)
                if w_hr is not None:
                    state = (F.linear(state[0], w_hr), state[1])
                outputs.append(state[0])
            elif self.mode == "GRU":
                state = _gru_cell(x_t, state, w_hh, b_hh)
                outputs.append(state)
            else:
                state = _rnn_cell(x_t, state, w_hh, b_hh,
                                  "relu" if self.mode == "RNN_RELU" else "tanh")
                outputs.append(state)
        return stack(outputs, 0), state

    def forward(self, input, hx=None):
        from ..utils.packed import PackedSequence, run_packed
        if isinstance(input, PackedSequence):
            return run_packed(self, input, hx)
        batched = input.ndim == 3
        if input.ndim not in (2, 3):
            raise ValueError(
                f"{type(self).__name__}: Expected input to be 2D or 3D, got {input.ndim}D "
                + ("tensor instead" if self.mode.startswith("RNN") else "instead"))
        if input.shape[-1] != self.input_size:
            raise RuntimeError(f"input.size(-1) must be equal to input_size. Expected "
                               f"{self.input_size}, got {input.shape[-1]}")
        if not batched:
            input = unsqueeze(input, 1)
        elif self.batch_first:
            input = transpose(input, 0, 1)
        dirs = 2 if self.bidirectional else 1
        n = input.shape[1]
        if hx is not None:
            self._check_hidden(hx, n if batched else None, dirs)
        if hx is None:
            h0 = zeros(self.num_layers * dirs, n, self.proj_size or self.hidden_size,
                       dtype=input.dtype)
            c0 = zeros(self.num_layers * dirs, n, self.hidden_size, dtype=input.dtype)
            hx = (h0, c0) if self.mode == "LSTM" else h0
        elif not batched:
            hx = tuple(unsqueeze(h, 1) for h in hx) if self.mode == "LSTM" else unsqueeze(hx, 1)
        layer_input = input
        finals = []
        for layer in range(self.num_layers):
            outs = []
            for d in range(dirs):
                k = layer * dirs + d
                state = (hx[0][k], hx[1][k]) if self.mode == "LSTM" else hx[k]
                if uses_mkldnn(self, layer_input):  # torch's oneDNN kernel: one node a layer
                    out, state = mkldnn_rnn_layer(self, layer_input, self._weights(layer, d),
                                                  state, bool(d))
                    outs.append(out)
                    finals.append(state)
                    continue
                seq = flip(layer_input, (0,)) if d else layer_input
                out, state = self._run(seq, state, self._weights(layer, d))
                outs.append(flip(out, (0,)) if d else out)
                finals.append(state)
            layer_input = outs[0] if dirs == 1 else cat(outs, 2)
            if self.dropout and self.training and layer < self.num_layers - 1:
                layer_input = F.dropout(layer_input, self.dropout, True)
        output = layer_input
        if self.mode == "LSTM":
            h_n = (stack([s[0] for s in finals], 0), stack([s[1] for s in finals], 0))
        else:
            h_n = stack(finals, 0)
        if not batched:
            output = squeeze(output, 1)
            h_n = tuple(squeeze(h, 1) for h in h_n) if self.mode == "LSTM" else squeeze(h_n, 1)
        elif self.batch_first:
            output = transpose(output, 0, 1)
        return output, h_n


class RNN(RNNBase):
    """Elman RNN: h_t = tanh(x_t W_ihᵀ + b_ih + h_{t-1} W_hhᵀ + b_hh) (or relu)."""

    def __init__(self, input_size, hidden_size, num_layers=1, nonlinearity="tanh", bias=True,
                 batch_first=False, dropout=0.0, bidirectional=False, device=None, dtype=None,
                 proj_size=0):
        if nonlinearity not in ("tanh", "relu"):
            raise ValueError(
                f"Unknown nonlinearity '{nonlinearity}'. Select from 'tanh' or 'relu'.")
        self.nonlinearity = nonlinearity
        super().__init__("RNN_TANH" if nonlinearity == "tanh" else "RNN_RELU", input_size,
                         hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
                         proj_size, device=device, dtype=dtype)


class LSTM(RNNBase):
    """Long short-term memory: gates i, f, g, o in torch's order; returns (h_n, c_n)."""

    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 dropout=0.0, bidirectional=False, proj_size=0, device=None, dtype=None):
        super().__init__("LSTM", input_size, hidden_size, num_layers, bias, batch_first,
                         dropout, bidirectional, proj_size, device, dtype)


class GRU(RNNBase):
    """Gated recurrent unit: gates r, z, n in torch's order."""

    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False,
                 dropout=0.0, bidirectional=False, device=None, dtype=None, proj_size=0):
        super().__init__("GRU", input_size, hidden_size, num_layers, bias, batch_first,
                         dropout, bidirectional, proj_size, device=device, dtype=dtype)


class _CellBase(Module):
    _gates = 1

    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        gate = self._gates * hidden_size
        self.weight_ih = Parameter(empty((gate, input_size), dtype=dtype))
        self.weight_hh = Parameter(empty((gate, hidden_size), dtype=dtype))
        if bias:
            self.bias_ih = Parameter(empty(gate, dtype=dtype))
            self.bias_hh = Parameter(empty(gate, dtype=dtype))
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        bound = 1.0 / math.sqrt(hidden_size) if hidden_size > 0 else 0
        for p in self.parameters():
            init.uniform_(p, -bound, bound)

    def extra_repr(self):
        s = f"{self.input_size}, {self.hidden_size}"
        if not self.bias:
            s += ", bias=False"
        return s

    def _zeros(self, input):
        shape = (input.shape[0], self.hidden_size) if input.ndim == 2 else (self.hidden_size,)
        return zeros(*shape, dtype=input.dtype)


class RNNCell(_CellBase):
    """One Elman RNN step."""

    def __init__(self, input_size, hidden_size, bias=True, nonlinearity="tanh", device=None,
                 dtype=None):
        super().__init__(input_size, hidden_size, bias, device, dtype)
        self.nonlinearity = nonlinearity

    def extra_repr(self):
        s = super().extra_repr()
        return s + (f", nonlinearity={self.nonlinearity}" if self.nonlinearity != "tanh" else "")

    def forward(self, input, hx=None):
        hx = self._zeros(input) if hx is None else hx
        return _rnn_cell(F.linear(input, self.weight_ih, self.bias_ih), hx, self.weight_hh,
                         self.bias_hh, self.nonlinearity)


class LSTMCell(_CellBase):
    """One LSTM step; returns (h', c')."""

    _gates = 4

    def forward(self, input, hx=None):
        if hx is None:
            hx = (self._zeros(input), self._zeros(input))
        return _lstm_cell(F.linear(input, self.weight_ih, self.bias_ih), hx, self.weight_hh,
                          self.bias_hh)


class GRUCell(_CellBase):
    """One GRU step."""

    _gates = 3

    def forward(self, input, hx=None):
        hx = self._zeros(input) if hx is None else hx
        return _gru_cell(F.linear(input, self.weight_ih, self.bias_ih), hx, self.weight_hh,
                         self.bias_hh)


own_init(LSTMCell, GRUCell)
