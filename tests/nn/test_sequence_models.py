"""RNN/LSTM/GRU, MultiheadAttention and TransformerEncoderLayer against torch-recorded values."""

import json
import pathlib

import numpy as np
import pytest

import chainrule as torch
import chainrule.nn as nn
import chainrule.nn.functional as F

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "nn_torch.json"
CASES = json.loads(FIXTURE.read_text())["sequences"]
MAKERS = {
    "rnn_relu": lambda: nn.RNN(3, 4, nonlinearity="relu"),
    "lstm_2layer_batch_first": lambda: nn.LSTM(3, 4, num_layers=2, batch_first=True),
    "gru_bidirectional": lambda: nn.GRU(3, 4, bidirectional=True),
    "lstm_unbatched": lambda: nn.LSTM(3, 2),
    "mha": lambda: nn.MultiheadAttention(8, 2),
    "encoder_layer": lambda: nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0, batch_first=True),
    "encoder_layer_norm_first_gelu": lambda: nn.TransformerEncoderLayer(
        8, 2, 16, dropout=0.0, activation="gelu", norm_first=True),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_sequence_model_matches_torch(name):
    case = CASES[name]
    module = MAKERS[name]()
    assert repr(module) == case["repr"]
    assert [k for k, _ in module.named_parameters()] == list(case["weights"])
    with torch.no_grad():
        for k, p in module.named_parameters():
            p.copy_(torch.tensor(case["weights"][k]))
    x = torch.tensor(case["input"], requires_grad=True)
    if name == "mha":
        mask = torch.tensor([[False, True, False, False, False]] * 5)
        pad = torch.tensor([[False] * 4 + [True], [False] * 5])
        out, attn = module(x, x, x, attn_mask=mask, key_padding_mask=pad)
        np.testing.assert_allclose(attn.detach().numpy(), case["attn"], rtol=1e-5, atol=1e-6)
    else:
        out = module(x)
    if isinstance(out, tuple):
        out = out[0]
    # Sums over hidden units and time steps in a different order: a few float32 ulps.
    np.testing.assert_allclose(out.detach().numpy(), case["out"], rtol=1e-5, atol=1e-6)
    (out * torch.tensor(case["out_weights"])).sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), case["input_grad"], rtol=1e-4, atol=1e-6)
    for k, p in module.named_parameters():
        np.testing.assert_allclose(p.grad.numpy(), case["param_grads"][k], rtol=1e-4,
                                   atol=1e-6, err_msg=k)


def test_lstm_returns_final_states_and_cells_match_layers():
    torch.manual_seed(0)
    lstm = nn.LSTM(3, 4)
    cell = nn.LSTMCell(3, 4)
    with torch.no_grad():
        for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh"):
            getattr(cell, name).copy_(getattr(lstm, name + "_l0"))
    x = torch.randn(6, 2, 3)
    out, (h, c) = lstm(x)
    state = None
    for t in range(6):
        state = cell(x[t], state)
    np.testing.assert_allclose(state[0].detach().numpy(), h[0].detach().numpy(), rtol=1e-6)
    np.testing.assert_allclose(state[1].detach().numpy(), c[0].detach().numpy(), rtol=1e-6)
    np.testing.assert_allclose(out[-1].detach().numpy(), h[0].detach().numpy(), rtol=1e-6)


def test_scaled_dot_product_attention_bool_mask_allows_true_positions():
    q = torch.randn(2, 3, 4, dtype=torch.float64)
    allowed = torch.tensor([[True, False, True]] * 3)
    got = F.scaled_dot_product_attention(q, q, q, attn_mask=allowed)
    s = (q @ q.transpose(-2, -1)).numpy() / 2
    s = np.where(allowed.numpy(), s, -np.inf)
    p = np.exp(s - s.max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    np.testing.assert_allclose(got.numpy(), p @ q.numpy(), rtol=1e-12)


def test_transformer_encoder_stacks_independent_copies():
    layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0)
    enc = nn.TransformerEncoder(layer, 3, norm=nn.LayerNorm(8))
    assert len(enc.layers) == 3
    assert enc.layers[0].linear1.weight is not enc.layers[1].linear1.weight
    x = torch.randn(4, 2, 8)
    enc(x).sum().backward()
    assert all(p.grad is not None for p in enc.parameters())
