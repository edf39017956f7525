"""Compat corpus, training part 13: the encoder-decoder Transformer with weights set by hand."""

_FILL = """
def fill(model):
    with torch.no_grad():
        for i, p in enumerate(model.parameters()):
            p.copy_(torch.linspace(-0.3, 0.3, p.numel()).reshape(p.shape) * ((-1) ** i))
"""

SNIPPETS = {
    "trx_transformer_repr_and_mask": """
import torch
import torch.nn as nn
t = nn.Transformer(d_model=8, nhead=2, num_encoder_layers=1, num_decoder_layers=1,
                   dim_feedforward=16)
print(t)
print(nn.Transformer.generate_square_subsequent_mask(4))
print(sum(p.numel() for p in t.parameters()))
print([n for n, _ in t.named_parameters()][:6])
print(t.d_model, t.nhead, t.batch_first)
""",
    "trx_decoder_layer_values": """
import torch
import torch.nn as nn
""" + _FILL + """
layer = nn.TransformerDecoderLayer(d_model=4, nhead=2, dim_feedforward=6, dropout=0.0,
                                   batch_first=True)
fill(layer)
tgt = torch.linspace(-1, 1, 2 * 3 * 4).reshape(2, 3, 4)
memory = torch.linspace(1, -1, 2 * 5 * 4).reshape(2, 5, 4)
mask = nn.Transformer.generate_square_subsequent_mask(3)
out = layer(tgt, memory, tgt_mask=mask)
print(out)
out.sum().backward()
print(layer.multihead_attn.in_proj_weight.grad[:2])
pre = nn.TransformerDecoderLayer(4, 2, 6, dropout=0.0, norm_first=True, activation="gelu")
fill(pre)
print(pre(tgt.transpose(0, 1), memory.transpose(0, 1))[0])
""",
    "trx_full_transformer_values": """
import torch
import torch.nn as nn
""" + _FILL + """
model = nn.Transformer(d_model=4, nhead=2, num_encoder_layers=2, num_decoder_layers=1,
                       dim_feedforward=8, dropout=0.0, batch_first=True)
fill(model)
src = torch.linspace(-1, 1, 2 * 5 * 4).reshape(2, 5, 4)
tgt = torch.linspace(0.5, -0.5, 2 * 3 * 4).reshape(2, 3, 4)
tgt_mask = model.generate_square_subsequent_mask(3)
pad = torch.tensor([[False, False, False, True, True], [False] * 5])
out = model(src, tgt, tgt_mask=tgt_mask, src_key_padding_mask=pad,
            memory_key_padding_mask=pad)
print(out)
try:
    model(src, tgt[:1])
except RuntimeError as e:
    print(e)
try:
    model(src, torch.zeros(2, 3, 5))
except RuntimeError as e:
    print(e)
""",
    "trx_decoder_stack": """
import torch
import torch.nn as nn
""" + _FILL + """
layer = nn.TransformerDecoderLayer(d_model=4, nhead=1, dim_feedforward=4, dropout=0.0)
dec = nn.TransformerDecoder(layer, num_layers=2, norm=nn.LayerNorm(4))
fill(dec)
print(len(dec.layers), dec.layers[0] is not dec.layers[1])
tgt = torch.linspace(-1, 1, 3 * 1 * 4).reshape(3, 1, 4)
mem = torch.linspace(-2, 2, 2 * 1 * 4).reshape(2, 1, 4)
print(dec(tgt, mem))
""",
}
