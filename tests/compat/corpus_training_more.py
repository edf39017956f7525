"""Compat corpus, training part 6: init functions, registration pitfalls, RNN layers, and
module utilities that tutorials and Q&A answers print."""

SNIPPETS = {
    "trm_init_deterministic_functions": """
import torch
import torch.nn as nn
w = torch.empty(3, 4)
print(nn.init.constant_(w, 0.3))
print(nn.init.eye_(torch.empty(2, 3)))
print(nn.init.zeros_(torch.empty(2)), nn.init.ones_(torch.empty(2)))
print(nn.init.calculate_gain("relu"), nn.init.calculate_gain("tanh"))
print(nn.init.calculate_gain("leaky_relu", 0.2), nn.init.calculate_gain("selu"))
print(nn.init._calculate_fan_in_and_fan_out(torch.empty(8, 4, 3, 3)))
""",
    "trm_init_errors": """
import torch
import torch.nn as nn
try:
    nn.init.eye_(torch.empty(2, 2, 2))
except ValueError as e:
    print(e)
try:
    nn.init.calculate_gain("bogus")
except ValueError as e:
    print(e)
try:
    nn.init.xavier_uniform_(torch.empty(3))
except ValueError as e:
    print(e)
""",
    "trm_init_random_shapes_and_bounds": """
import math
import torch
import torch.nn as nn
w = torch.empty(64, 32)
nn.init.xavier_uniform_(w)
bound = math.sqrt(6 / (64 + 32))
print(w.shape, bool(w.abs().max() <= bound))
nn.init.kaiming_normal_(w, mode="fan_out", nonlinearity="relu")
print(w.dtype, w.requires_grad)
nn.init.uniform_(w, -0.1, 0.1)
print(bool(w.min() >= -0.1), bool(w.max() <= 0.1))
nn.init.normal_(w, mean=0.0, std=0.02)
nn.init.trunc_normal_(w, std=0.02, a=-0.04, b=0.04)
print(bool(w.abs().max() <= 0.04))
nn.init.orthogonal_(w)
print(torch.allclose(w.T @ w, torch.eye(32), atol=1e-5))
""",
    "trm_unregistered_list_pitfall": """
import torch
import torch.nn as nn
class Bad(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(2, 2), nn.Linear(2, 2)]
class Good(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2)])
print(len(list(Bad().parameters())), len(list(Good().parameters())))
print(Bad())
print(Good())
""",
    "trm_add_module_register_module": """
import torch.nn as nn
m = nn.Module()
m.add_module("fc", nn.Linear(1, 2))
m.register_module("act", nn.ReLU())
m.add_module("skip", None)
print(m)
print([n for n, _ in m.named_children()])
try:
    m.add_module("a.b", nn.ReLU())
except KeyError as e:
    print("KeyError", e)
try:
    m.add_module("x", 3)
except TypeError as e:
    print("TypeError", e)
""",
    "trm_named_parameters_recurse_prefix": """
import torch
import torch.nn as nn
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(1))
        self.fc = nn.Linear(1, 1)
b = Block()
print([n for n, _ in b.named_parameters()])
print([n for n, _ in b.named_parameters(recurse=False)])
print([n for n, _ in b.named_parameters(prefix="block")])
print([n for n, _ in b.named_buffers()], len(list(b.buffers())))
print(len(list(b.parameters(recurse=False))))
""",
    "trm_custom_module_forward_kwargs_repr": """
import torch
import torch.nn as nn
class Residual(nn.Module):
    def __init__(self, fn):
        super().__init__()
        self.fn = fn
    def forward(self, x, scale=1.0):
        return x + scale * self.fn(x)
r = Residual(nn.Sequential(nn.Linear(2, 2), nn.ReLU()))
nn.init.eye_(r.fn[0].weight)
nn.init.zeros_(r.fn[0].bias)
print(r)
x = torch.tensor([[1., -1.]])
print(r(x), r(x, scale=0.5))
print(r.fn[0].weight.grad)
""",
    "trm_module_missing_forward": """
import torch
import torch.nn as nn
class NoForward(nn.Module):
    pass
try:
    NoForward()(torch.zeros(1))
except NotImplementedError as e:
    print("NotImplementedError", e)
class Forgot(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(1, 1)
try:
    Forgot()
except AttributeError as e:
    print(e)
""",
    "trm_rnn_lstm_gru_shapes": """
import torch
import torch.nn as nn
x = torch.zeros(3, 5, 4)
for cls in (nn.RNN, nn.GRU, nn.LSTM):
    layer = cls(input_size=4, hidden_size=6, num_layers=2, batch_first=True)
    out, h = layer(x)
    h = h if cls is not nn.LSTM else h[0]
    print(cls.__name__, tuple(out.shape), tuple(h.shape))
    print(layer)
bi = nn.LSTM(4, 3, bidirectional=True)
out, (h, c) = bi(torch.zeros(7, 2, 4))
print(out.shape, h.shape, c.shape)
print([n for n, _ in bi.named_parameters()])
""",
    "trm_lstm_deterministic_weights": """
import torch
import torch.nn as nn
lstm = nn.LSTM(input_size=1, hidden_size=1, batch_first=True)
for name, p in lstm.named_parameters():
    nn.init.constant_(p, 0.5 if "weight" in name else 0.0)
x = torch.tensor([[[1.0], [0.5], [-1.0]]])
out, (h, c) = lstm(x)
print(out)
print(h, c)
out.sum().backward()
print(lstm.weight_hh_l0.grad)
""",
    "trm_rnn_cell_loop": """
import torch
import torch.nn as nn
cell = nn.GRUCell(2, 2)
for p in cell.parameters():
    nn.init.constant_(p, 0.1)
h = torch.zeros(1, 2)
for t, x in enumerate(torch.tensor([[[1., 0.]], [[0., 1.]], [[1., 1.]]])):
    h = cell(x, h)
    print(t, h)
print(cell)
""",
    "trm_pack_padded_sequence": """
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pad_sequence
seqs = [torch.tensor([[1.], [2.], [3.]]), torch.tensor([[4.], [5.]]), torch.tensor([[6.]])]
padded = pad_sequence(seqs, batch_first=True)
print(padded.squeeze(-1))
lengths = torch.tensor([3, 2, 1])
packed = pack_padded_sequence(padded, lengths, batch_first=True)
print(packed.data.squeeze(-1), packed.batch_sizes)
rnn = nn.RNN(1, 1, batch_first=True, bias=False)
nn.init.constant_(rnn.weight_ih_l0, 1.0)
nn.init.constant_(rnn.weight_hh_l0, 0.0)
out, h = rnn(packed)
unpacked, lens = pad_packed_sequence(out, batch_first=True)
print(unpacked.squeeze(-1), lens)
print(h.squeeze())
""",
    "trm_embedding_bag_like_mean": """
import torch
import torch.nn as nn
emb = nn.Embedding(6, 2)
with torch.no_grad():
    emb.weight.copy_(torch.arange(12, dtype=torch.float32).reshape(6, 2))
tokens = torch.tensor([[1, 2, 0], [3, 0, 0]])
mask = (tokens != 0).unsqueeze(-1).float()
vecs = emb(tokens)
mean = (vecs * mask).sum(1) / mask.sum(1)
print(mean)
print(emb.weight[tokens].shape)
""",
    "trm_multihead_attention_shapes": """
import torch
import torch.nn as nn
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
q = torch.zeros(2, 5, 8)
out, w = mha(q, q, q)
print(out.shape, w.shape)
out, w = mha(q, q, q, average_attn_weights=False)
print(w.shape)
print(mha)
print([n for n, _ in mha.named_parameters()])
""",
    "trm_transformer_encoder_shapes": """
import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.0,
                                   batch_first=True)
enc = nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)
x = torch.zeros(3, 4, 8)
print(enc(x).shape)
print(sum(p.numel() for p in enc.parameters()))
print(len(enc.layers), type(enc.layers[0]).__name__)
""",
    "trm_sequential_forward_errors": """
import torch
import torch.nn as nn
seq = nn.Sequential(nn.Linear(2, 2))
try:
    seq(torch.zeros(1, 2), torch.zeros(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    nn.Sequential(nn.Linear(2, 2), "relu")
except TypeError as e:
    print(e)
""",
    "trm_modulelist_errors_and_index": """
import torch.nn as nn
ml = nn.ModuleList([nn.ReLU(), nn.Tanh()])
print(ml[-1], ml[0:1])
try:
    ml[5]
except IndexError as e:
    print(e)
try:
    ml(1)
except NotImplementedError as e:
    print("NotImplementedError", e)
ml[0] = nn.Sigmoid()
print(ml)
""",
    "trm_state_dict_after_freezing_and_buffers": """
import torch
import torch.nn as nn
m = nn.Sequential(nn.Conv2d(1, 2, 1), nn.BatchNorm2d(2))
m.requires_grad_(False)
sd = m.state_dict()
print([(k, v.requires_grad) for k, v in sd.items()])
m[1].track_running_stats = False
print(len(m.state_dict()))
keep = m.state_dict(keep_vars=True)
print(type(keep["0.weight"]).__name__, keep["0.weight"].requires_grad)
""",
    "trm_module_zero_grad_and_requires_grad_mix": """
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
m.bias.requires_grad_(False)
m(torch.ones(1, 2)).sum().backward()
print(m.weight.grad, m.bias.grad)
print([p.requires_grad for p in m.parameters()])
m.zero_grad()
print(m.weight.grad)
""",
    "trm_functional_call_stateless": """
import torch
import torch.nn as nn
from torch.func import functional_call
m = nn.Linear(2, 1)
params = {"weight": torch.tensor([[1., 2.]]), "bias": torch.tensor([0.5])}
print(functional_call(m, params, (torch.tensor([[1., 1.]]),)))
print(m.weight.shape)
""",
    "trm_hooks_count_calls_and_handles": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
calls = []
handles = []
for name, mod in model.named_modules():
    if isinstance(mod, nn.Linear):
        handles.append(mod.register_forward_hook(
            lambda m, i, o, name=name: calls.append((name, tuple(o.shape)))))
model(torch.zeros(3, 2))
model(torch.zeros(1, 2))
print(calls)
for h in handles:
    h.remove()
model(torch.zeros(1, 2))
print(len(calls))
""",
    "trm_hook_prepend_order": """
import torch
import torch.nn as nn
m = nn.Identity()
order = []
m.register_forward_hook(lambda *a: order.append("first"))
m.register_forward_hook(lambda *a: order.append("prepended"), prepend=True)
m.register_forward_pre_hook(lambda *a: order.append("pre"))
m(torch.zeros(1))
print(order)
""",
    "trm_feature_extractor_truncation": """
import torch
import torch.nn as nn
net = nn.Sequential(
    nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(2, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1),
    nn.Flatten(), nn.Linear(4, 3))
x = torch.zeros(2, 1, 8, 8)
for i, layer in enumerate(net):
    x = layer(x)
    print(i, type(layer).__name__, tuple(x.shape))
body = net[:-1]
print(body(torch.zeros(1, 1, 8, 8)).shape)
""",
    "trm_output_shape_formula_conv": """
import torch
import torch.nn as nn
def out_size(n, k, s=1, p=0, d=1):
    return (n + 2 * p - d * (k - 1) - 1) // s + 1
for k, s, p, d in [(3, 1, 0, 1), (3, 2, 1, 1), (5, 2, 2, 1), (3, 1, 2, 2), (4, 3, 0, 1)]:
    conv = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)
    got = conv(torch.zeros(1, 1, 11, 11)).shape[-1]
    print(k, s, p, d, got, out_size(11, k, s, p, d))
t = nn.ConvTranspose2d(1, 1, 4, stride=2, padding=1)
print(t(torch.zeros(1, 1, 5, 5)).shape)
""",
    "trm_upsample_modules": """
import torch
import torch.nn as nn
x = torch.tensor([[[[1., 2.], [3., 4.]]]])
print(nn.Upsample(scale_factor=2, mode="nearest")(x))
print(nn.Upsample(scale_factor=2, mode="bilinear", align_corners=True)(x))
print(nn.UpsamplingBilinear2d(scale_factor=2)(x).shape)
print(nn.UpsamplingNearest2d(size=(3, 3))(x))
""",
    "trm_instance_group_layer_norm_values": """
import torch
import torch.nn as nn
x = torch.arange(16, dtype=torch.float32).reshape(2, 2, 4)
print(nn.InstanceNorm1d(2)(x))
print(nn.GroupNorm(2, 2)(x))
print(nn.LayerNorm(4)(x)[0])
print(nn.InstanceNorm1d(2, affine=True))
""",
    "trm_parameter_subclass_behaviour": """
import torch
import torch.nn as nn
p = nn.Parameter(torch.tensor([1., 2.]))
q = p * 2
print(type(q).__name__, q.grad_fn is not None)
print(nn.Parameter(torch.tensor([1, 2]), requires_grad=False))
r = nn.Parameter(torch.zeros(2, 2))
print(r.shape, r.is_leaf, r.grad)
print(p.detach().requires_grad, type(p.data).__name__)
""",
    "trm_parameter_int_requires_grad_error": """
import torch
import torch.nn as nn
try:
    nn.Parameter(torch.tensor([1, 2]))
except RuntimeError as e:
    print(e)
""",
    "trm_packed_rnns_unsorted_bidirectional": """
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence, pack_sequence
import numpy as np
g = np.random.default_rng(1)
x = torch.tensor(g.standard_normal((3, 4, 2)).astype("float32"), requires_grad=True)
lengths = [2, 4, 1]
cases = [(nn.LSTM, dict(bidirectional=True)), (nn.GRU, dict(num_layers=2)),
         (nn.RNN, dict(bidirectional=True, num_layers=2))]
for cls, kw in cases:
    m = cls(2, 3, batch_first=True, **kw)
    for p in m.parameters():
        with torch.no_grad():
            p.copy_(torch.tensor(g.standard_normal(tuple(p.shape)).astype("float32")) * 0.5)
    packed = pack_padded_sequence(x, lengths, batch_first=True, enforce_sorted=False)
    out, h = m(packed)
    pad, lens = pad_packed_sequence(out, batch_first=True)
    hn = h[0] if isinstance(h, tuple) else h
    print(cls.__name__, pad.shape, lens)
    print(pad[:, :, :2])
    print(hn)
    x.grad = None
    (pad.sum() + hn.pow(2).sum()).backward()
    print(x.grad)
print(pack_sequence([torch.tensor([1., 2., 3.]), torch.tensor([4.])]))
two = pack_sequence([torch.tensor([1., 2.]), torch.tensor([4.])])
print(pad_packed_sequence(two, total_length=4, padding_value=-1.))
""",
    "trm_embedding_bag_modes": """
import torch, torch.nn as nn, torch.nn.functional as F
e = nn.EmbeddingBag(10, 3, mode='mean')
print(e)
print(nn.EmbeddingBag(5,2,mode='sum', padding_idx=0, max_norm=1.0))
print(nn.EmbeddingBag(5,2,mode='max', include_last_offset=True))
w = torch.arange(30.).reshape(10,3)
emb = nn.EmbeddingBag.from_pretrained(w, mode='sum')
print(emb)
x = torch.tensor([1,2,4,5,4,3,2,9])
off = torch.tensor([0,4])
print(emb(x, off))
print(F.embedding_bag(x, w, off, mode='mean'))
print(F.embedding_bag(torch.tensor([[1,2],[3,4]]), w, mode='max'))
e2 = nn.EmbeddingBag(10, 3, mode='sum')
with torch.no_grad(): e2.weight.copy_(w)
psw = torch.arange(8.).requires_grad_()
o = e2(x, off, per_sample_weights=psw)
print(o)
o.sum().backward()
print(psw.grad, e2.weight.grad[:5])
w.requires_grad_()
F.embedding_bag(x, w, off, mode='mean').sum().backward()
print(w.grad, F.embedding_bag(x, w, off, mode='mean').grad_fn)
w.grad = None
signed = w * torch.tensor([1., -1., 1.])
y = F.embedding_bag(torch.tensor([[1, 2, 3], [3, 9, 0]]), signed, mode='max')
(y * torch.tensor([1., 2., 3.])).sum().backward()
print(y, w.grad)
print(F.embedding_bag(x, w, torch.tensor([0, 4, 8]), mode='sum', include_last_offset=True))
print(F.embedding_bag(x, w, torch.tensor([0, 0, 3]), mode='mean'))
print(F.embedding_bag(x, w, off, mode='mean', padding_idx=4))
try: F.embedding_bag(x, w, off, mode='mean', per_sample_weights=torch.ones(8))
except Exception as ex: print(type(ex).__name__, ex)
try: F.embedding_bag(torch.tensor([[1,2],[3,4]]), w, off)
except Exception as ex: print(type(ex).__name__, ex)
""",
    "trm_text_classification_embedding_bag": """
import torch
import torch.nn as nn
class TextClassificationModel(nn.Module):
    def __init__(self, vocab_size, embed_dim, num_class):
        super().__init__()
        self.embedding = nn.EmbeddingBag(vocab_size, embed_dim, sparse=False)
        self.fc = nn.Linear(embed_dim, num_class)
        self.init_weights()
    def init_weights(self):
        initrange = 0.5
        with torch.no_grad():
            self.embedding.weight.copy_(
                torch.linspace(-initrange, initrange, self.embedding.weight.numel())
                .reshape(self.embedding.weight.shape))
        self.fc.weight.data.fill_(0.1)
        self.fc.bias.data.zero_()
    def forward(self, text, offsets):
        return self.fc(self.embedding(text, offsets))
model = TextClassificationModel(vocab_size=8, embed_dim=4, num_class=2)
print(model)
text = torch.tensor([1, 3, 5, 2, 7, 7, 0])
offsets = torch.tensor([0, 3, 5])
labels = torch.tensor([0, 1, 1])
opt = torch.optim.SGD(model.parameters(), lr=5.0)
crit = nn.CrossEntropyLoss()
for epoch in range(4):
    opt.zero_grad()
    out = model(text, offsets)
    loss = crit(out, labels)
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 0.1)
    opt.step()
    acc = (out.argmax(1) == labels).sum().item() / len(labels)
    print(epoch, round(loss.item(), 5), acc)
""",
    "trm_lstm_projection": """
import torch, torch.nn as nn
from torch.nn.utils.rnn import pack_sequence
m = nn.LSTM(3, 4, num_layers=2, proj_size=2, bidirectional=True, batch_first=True)
print(m)
print([(n, tuple(p.shape)) for n, p in m.named_parameters()])
with torch.no_grad():
    for i, p in enumerate(m.parameters()):
        p.copy_(torch.linspace(-0.5, 0.5, p.numel()).reshape(p.shape) * (-1) ** i)
x = torch.linspace(-1, 1, 2 * 3 * 3).reshape(2, 3, 3).requires_grad_()
out, (h, c) = m(x)
print(out.shape, h.shape, c.shape)
print(out[0], h[:, 0], c[:, 0])
out.sum().backward()
print(x.grad[0])
o2, (h2, c2) = m(x, (torch.ones(4, 2, 2), torch.zeros(4, 2, 4)))
print(o2[1, -1])
try:
    m(x, (torch.ones(4, 2, 4), torch.zeros(4, 2, 4)))
except RuntimeError as e:
    print(e)
p, (hp, cp) = m(pack_sequence([x[0], x[1, :2]]))
print(p.data.shape, hp[:, 1])
""",
    "trm_lstm_proj_size_errors": """
import torch.nn as nn
for kw in [dict(proj_size=-1), dict(proj_size=4), dict(proj_size=6)]:
    try:
        nn.LSTM(3, 4, **kw)
    except ValueError as e:
        print(e)
try:
    nn.GRU(3, 4, proj_size=2)
except ValueError as e:
    print(e)
print(nn.LSTM(3, 4, proj_size=3))
""",
    "trm_unpad_unpack_sequences": """
import torch
from torch.nn.utils.rnn import unpad_sequence, unpack_sequence, pack_sequence, pad_sequence
from torch.nn.utils.rnn import pad_packed_sequence
a, b = torch.tensor([1, 2, 3]), torch.tensor([4, 5])
p = pad_sequence([a, b], batch_first=True)
print(unpad_sequence(p, torch.tensor([3, 2]), batch_first=True))
print(unpad_sequence(p.T, torch.tensor([3, 2])))
print(unpack_sequence(pack_sequence([a, b])))
print(unpack_sequence(pack_sequence([b, a], enforce_sorted=False)))
print(pad_packed_sequence(pack_sequence([b, a], enforce_sorted=False), padding_value=-1))
print(pad_sequence([a, b], padding_value=9, padding_side="left"))
""",
}
