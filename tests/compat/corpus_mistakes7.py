"""Compat corpus: sequence-model setup mistakes — RNN dropout, attention dims, transformer flags."""

SNIPPETS = {
    "mis7_lstm_dropout_single_layer": """
import warnings
import torch.nn as nn
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    lstm = nn.LSTM(4, 8, num_layers=1, dropout=0.5)
print(lstm)
for m in w:
    print(m.category.__name__, m.message)
try:
    nn.GRU(4, 8, dropout=1.5)
except ValueError as e:
    print(type(e).__name__, e)
""",
    "mis7_transformer_nested_tensor_warning": """
import warnings
import torch.nn as nn
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    layer = nn.TransformerEncoderLayer(d_model=8, nhead=2)
    enc = nn.TransformerEncoder(layer, num_layers=2)
for m in w:
    print(m.category.__name__, m.message)
print(type(enc.layers).__name__, len(enc.layers))
""",
    "mis7_mha_embed_mismatch": """
import torch
import torch.nn as nn
mha = nn.MultiheadAttention(8, 2)
q = torch.zeros(5, 1, 6)
try:
    mha(q, q, q)
except AssertionError as e:
    print(type(e).__name__, e)
out, w = mha(torch.zeros(5, 1, 8), torch.zeros(5, 1, 8), torch.zeros(5, 1, 8))
print(out.shape, w.shape)
""",
    "mis7_mha_batch_first_confusion": """
import torch
import torch.nn as nn
torch.manual_seed(0)
mha = nn.MultiheadAttention(4, 1, batch_first=True)
x = torch.randn(2, 3, 4)
out, w = mha(x, x, x)
print(out.shape, w.shape, mha.batch_first)
out, w = mha(x, x, x, need_weights=False)
print(out.shape, w)
""",
    "mis7_rnn_input_size_mismatch": """
import torch
import torch.nn as nn
rnn = nn.RNN(input_size=3, hidden_size=5)
for x in (torch.zeros(4, 2, 7), torch.zeros(4, 2, 3, 1)):
    try:
        rnn(x)
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
out, h = rnn(torch.zeros(4, 3))
print(out.shape, h.shape)
""",
    "mis7_gru_hidden_wrong_batch": """
import torch
import torch.nn as nn
gru = nn.GRU(3, 4, batch_first=True)
x = torch.zeros(2, 5, 3)
try:
    gru(x, torch.zeros(1, 3, 4))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    gru(x, torch.zeros(2, 2, 4))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis7_embedding_long_needed": """
import torch
import torch.nn as nn
emb = nn.Embedding(10, 3)
ids = torch.tensor([[1, 2, 3]], dtype=torch.int32)
print(emb(ids).shape)
try:
    emb(torch.tensor([[1.0, 2.0]]))
except RuntimeError as e:
    print(type(e).__name__, e)
print(emb(torch.tensor([[1.0, 2.0]]).long()).shape)
""",
    "mis7_pack_sequence_usage": """
import torch
from torch.nn.utils.rnn import pad_sequence, pack_sequence, pad_packed_sequence
seqs = [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0, 5.0]), torch.tensor([6.0])]
packed = pack_sequence(seqs)
print(packed.data, packed.batch_sizes)
padded, lengths = pad_packed_sequence(packed, batch_first=True)
print(padded, lengths)
print(pad_sequence(seqs, padding_value=-1.0))
try:
    pack_sequence([seqs[1], seqs[0]])
except RuntimeError as e:
    print(type(e).__name__, str(e)[:60])
""",
    "mis7_transformer_mask_shapes": """
import torch
import torch.nn as nn
mask = nn.Transformer.generate_square_subsequent_mask(3)
print(mask)
print(torch.triu(torch.ones(3, 3), diagonal=1).bool())
""",
    "mis7_layernorm_on_wrong_axis": """
import torch
import torch.nn as nn
ln = nn.LayerNorm(4)
try:
    ln(torch.zeros(4, 3))
except RuntimeError as e:
    print(type(e).__name__, e)
print(ln(torch.arange(8.).view(2, 4)))
""",
    "mis7_conv1d_on_sequence_layout": """
import torch
import torch.nn as nn
conv = nn.Conv1d(in_channels=16, out_channels=8, kernel_size=3)
x = torch.zeros(2, 50, 16)
try:
    conv(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(conv(x.transpose(1, 2)).shape, conv(x.permute(0, 2, 1)).shape)
""",
    "mis7_flatten_before_linear": """
import torch
import torch.nn as nn
features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.MaxPool2d(2))
x = torch.zeros(2, 1, 10, 10)
f = features(x)
print(f.shape, f.flatten(1).shape, nn.Flatten()(f).shape)
head = nn.Linear(64, 2)
try:
    head(f)
except RuntimeError as e:
    print(type(e).__name__, e)
print(head(f.flatten(1)).shape, head(f.view(f.size(0), -1)).shape)
""",
}
