"""Compat corpus, seeded part 4: generative and sequence programs (VAE, GAN, char-RNN sampling,
attention, transformer layers) whose noise, dropout and sampling all come from the seeded stream."""

SNIPPETS = {
    "sd4_vae_reparameterization": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
class VAE(nn.Module):
    def __init__(self, d=12, z=2):
        super().__init__()
        self.enc = nn.Linear(d, 8)
        self.mu = nn.Linear(8, z)
        self.logvar = nn.Linear(8, z)
        self.dec = nn.Sequential(nn.Linear(z, 8), nn.ReLU(), nn.Linear(8, d))
    def forward(self, x):
        h = F.relu(self.enc(x))
        mu, logvar = self.mu(h), self.logvar(h)
        std = torch.exp(0.5 * logvar)
        z = mu + std * torch.randn_like(std)
        return torch.sigmoid(self.dec(z)), mu, logvar
vae = VAE()
data = (torch.rand(32, 12) > 0.5).float()
opt = torch.optim.Adam(vae.parameters(), lr=1e-2)
for epoch in range(20):
    recon, mu, logvar = vae(data)
    bce = F.binary_cross_entropy(recon, data, reduction="sum")
    kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    loss = (bce + kld) / len(data)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        b, k = bce.item() / 32, kld.item() / 32
        print(f"epoch {epoch}: loss {loss.item():.3f} (bce {b:.3f}, kld {k:.3f})")
with torch.no_grad():
    sample = torch.sigmoid(vae.dec(torch.randn(2, 2)))
print(sample.round())
""",
    "sd4_gan_1d_gaussian": """
import torch
import torch.nn as nn
torch.manual_seed(1)
G = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1))
D = nn.Sequential(nn.Linear(1, 8), nn.LeakyReLU(0.2), nn.Linear(8, 1))
opt_g = torch.optim.Adam(G.parameters(), lr=1e-2, betas=(0.5, 0.999))
opt_d = torch.optim.Adam(D.parameters(), lr=1e-2, betas=(0.5, 0.999))
bce = nn.BCEWithLogitsLoss()
for step in range(30):
    real = 4 + 1.25 * torch.randn(16, 1)
    fake = G(torch.randn(16, 2))
    d_loss = bce(D(real), torch.ones(16, 1)) + bce(D(fake.detach()), torch.zeros(16, 1))
    opt_d.zero_grad()
    d_loss.backward()
    opt_d.step()
    g_loss = bce(D(fake), torch.ones(16, 1))
    opt_g.zero_grad()
    g_loss.backward()
    opt_g.step()
    if step % 10 == 0:
        print(f"step {step}: D {d_loss.item():.3f} G {g_loss.item():.3f}")
with torch.no_grad():
    samples = G(torch.randn(100, 2))
print(f"mean {samples.mean().item():.3f} std {samples.std().item():.3f}")
""",
    "sd4_char_rnn_sampling": """
import torch
import torch.nn as nn
torch.manual_seed(2)
text = "hello world, hello torch"
chars = sorted(set(text))
stoi = {c: i for i, c in enumerate(chars)}
data = torch.tensor([stoi[c] for c in text])
class CharRNN(nn.Module):
    def __init__(self, v, h=16):
        super().__init__()
        self.emb = nn.Embedding(v, 8)
        self.rnn = nn.GRU(8, h, batch_first=True)
        self.out = nn.Linear(h, v)
    def forward(self, x, h=None):
        y, h = self.rnn(self.emb(x), h)
        return self.out(y), h
model = CharRNN(len(chars))
opt = torch.optim.Adam(model.parameters(), lr=0.02)
x, y = data[:-1].unsqueeze(0), data[1:].unsqueeze(0)
for it in range(40):
    logits, _ = model(x)
    loss = nn.functional.cross_entropy(logits.view(-1, len(chars)), y.view(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    if it % 10 == 0:
        print(it, f"{loss.item():.4f}")
idx, h, out = torch.tensor([[stoi["h"]]]), None, "h"
with torch.no_grad():
    for _ in range(12):
        logits, h = model(idx, h)
        probs = torch.softmax(logits[0, -1] / 0.8, dim=0)
        idx = torch.multinomial(probs, 1).view(1, 1)
        out += chars[idx.item()]
print(repr(out))
""",
    "sd4_manual_attention": """
import math
import torch
import torch.nn.functional as F
torch.manual_seed(3)
B, T, C = 2, 4, 8
x = torch.randn(B, T, C)
Wq, Wk, Wv = (torch.randn(C, C) / math.sqrt(C) for _ in range(3))
q, k, v = x @ Wq, x @ Wk, x @ Wv
att = q @ k.transpose(-2, -1) / math.sqrt(C)
mask = torch.tril(torch.ones(T, T))
att = att.masked_fill(mask == 0, float("-inf"))
att = F.softmax(att, dim=-1)
print(att[0])
out = att @ v
print(out.shape)
print(out[1, -1])
ref = F.scaled_dot_product_attention(q, k, v, is_causal=True)
print(torch.allclose(out, ref, atol=1e-6))
""",
    "sd4_multihead_attention_module": """
import torch
import torch.nn as nn
torch.manual_seed(4)
mha = nn.MultiheadAttention(embed_dim=8, num_heads=2, batch_first=True)
x = torch.randn(2, 5, 8)
out, weights = mha(x, x, x)
print(out.shape, weights.shape)
print(weights[0])
print(out[0, 0])
out.sum().backward()
print(mha.in_proj_weight.grad.shape)
print(mha.out_proj.bias.grad)
""",
    "sd4_transformer_encoder_train": """
import torch
import torch.nn as nn
torch.manual_seed(5)
layer = nn.TransformerEncoderLayer(d_model=8, nhead=2, dim_feedforward=16, dropout=0.1,
                                   batch_first=True)
encoder = nn.TransformerEncoder(layer, num_layers=2)
head = nn.Linear(8, 3)
x = torch.randn(4, 6, 8)
y = torch.randint(0, 3, (4,))
params = list(encoder.parameters()) + list(head.parameters())
opt = torch.optim.Adam(params, lr=1e-3)
for step in range(5):
    opt.zero_grad()
    logits = head(encoder(x).mean(dim=1))
    loss = nn.functional.cross_entropy(logits, y)
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.4f}")
encoder.eval()
with torch.no_grad():
    print(head(encoder(x).mean(dim=1)))
""",
    "sd4_dropout_mask_values": """
import torch
import torch.nn as nn
torch.manual_seed(6)
drop = nn.Dropout(p=0.3)
x = torch.ones(2, 8)
print(drop(x))
print(drop(x))
drop.eval()
print(drop(x))
print(nn.functional.dropout(torch.arange(6.0), p=0.5, training=True))
d2 = nn.Dropout2d(0.5)
print(d2(torch.ones(1, 4, 2, 2)).sum(dim=(2, 3)))
print(torch.bernoulli(torch.full((6,), 0.5)))
""",
    "sd4_custom_dataset_drop_last": """
import torch
from torch.utils.data import Dataset, DataLoader
torch.manual_seed(7)
class SquaresDataset(Dataset):
    def __init__(self, n):
        self.x = torch.arange(n, dtype=torch.float32)
    def __len__(self):
        return len(self.x)
    def __getitem__(self, i):
        return {"x": self.x[i], "y": self.x[i] ** 2}
ds = SquaresDataset(11)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=4, shuffle=True, drop_last=True)
print(len(loader))
for epoch in range(2):
    for batch in loader:
        print(epoch, batch["x"].tolist(), batch["y"].sum().item())
""",
    "sd4_weighted_random_sampler": """
import torch
from torch.utils.data import TensorDataset, DataLoader, WeightedRandomSampler
torch.manual_seed(8)
labels = torch.tensor([0] * 8 + [1] * 2)
counts = torch.bincount(labels)
weights = 1.0 / counts[labels].float()
print(weights)
sampler = WeightedRandomSampler(weights, num_samples=10, replacement=True)
loader = DataLoader(TensorDataset(torch.arange(10), labels), batch_size=5, sampler=sampler)
for xb, yb in loader:
    print(xb.tolist(), yb.tolist())
print(list(torch.utils.data.RandomSampler(range(6))))
""",
    "sd4_kmeans_cdist": """
import torch
torch.manual_seed(9)
pts = torch.cat([torch.randn(20, 2) + torch.tensor([4.0, 0.0]),
                 torch.randn(20, 2) + torch.tensor([-4.0, 0.0]),
                 torch.randn(20, 2) + torch.tensor([0.0, 5.0])])
k = 3
centroids = pts[torch.randperm(len(pts))[:k]]
for it in range(10):
    assign = torch.cdist(pts, centroids).argmin(dim=1)
    new = torch.stack([pts[assign == j].mean(0) for j in range(k)])
    if torch.allclose(new, centroids):
        print("converged after", it, "iterations")
        break
    centroids = new
print(centroids)
print(torch.bincount(assign, minlength=k))
""",
    "sd4_functional_params_training": """
import torch
import torch.nn.functional as F
torch.manual_seed(10)
W1 = torch.randn(4, 3, requires_grad=True)
b1 = torch.zeros(4, requires_grad=True)
W2 = torch.randn(1, 4, requires_grad=True)
b2 = torch.zeros(1, requires_grad=True)
params = [W1, b1, W2, b2]
x = torch.randn(16, 3)
y = (x[:, :1] > 0).float()
opt = torch.optim.SGD(params, lr=0.5)
for step in range(15):
    h = torch.tanh(F.linear(x, W1, b1))
    logits = F.linear(h, W2, b2)
    loss = F.binary_cross_entropy_with_logits(logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(step, f"{loss.item():.4f}", loss.grad_fn)
print(W2)
print(b1.grad)
""",
    "sd4_module_list_hooks": """
import torch
import torch.nn as nn
torch.manual_seed(11)
class Deep(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(4, 4) for _ in range(3)])
        self.gains = nn.ParameterList([nn.Parameter(torch.ones(1)) for _ in range(3)])
    def forward(self, x):
        for layer, g in zip(self.layers, self.gains):
            x = torch.relu(layer(x)) * g
        return x
model = Deep()
shapes = []
for i, layer in enumerate(model.layers):
    layer.register_forward_hook(lambda m, inp, out, i=i: shapes.append((i, tuple(out.shape))))
x = torch.randn(2, 4)
out = model(x)
print(shapes)
print(out)
out.sum().backward()
print([g.grad for g in model.gains])
print(model)
""",
    "sd4_conv_transpose_decoder": """
import torch
import torch.nn as nn
torch.manual_seed(12)
enc = nn.Sequential(nn.Conv2d(1, 4, 3, stride=2, padding=1), nn.ReLU(),
                    nn.Conv2d(4, 8, 3, stride=2, padding=1), nn.ReLU())
dec = nn.Sequential(nn.ConvTranspose2d(8, 4, 2, stride=2), nn.ReLU(),
                    nn.ConvTranspose2d(4, 1, 2, stride=2), nn.Sigmoid())
imgs = torch.rand(6, 1, 8, 8)
opt = torch.optim.Adam(list(enc.parameters()) + list(dec.parameters()), lr=5e-3)
for epoch in range(8):
    z = enc(imgs)
    out = dec(z)
    loss = nn.functional.mse_loss(out, imgs)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 2 == 0:
        print(epoch, tuple(z.shape), tuple(out.shape), f"{loss.item():.4f}")
print(dec[0].weight.grad.shape)
""",
    "sd4_pack_padded_lstm": """
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pad_sequence, pack_padded_sequence, pad_packed_sequence
torch.manual_seed(13)
seqs = [torch.randn(5, 3), torch.randn(3, 3), torch.randn(2, 3)]
lengths = torch.tensor([len(s) for s in seqs])
padded = pad_sequence(seqs, batch_first=True)
print(padded.shape)
lstm = nn.LSTM(3, 4, batch_first=True)
packed = pack_padded_sequence(padded, lengths, batch_first=True)
out, (h, c) = lstm(packed)
unpacked, lens = pad_packed_sequence(out, batch_first=True)
print(unpacked.shape, lens)
print(h)
print(unpacked[2])
""",
    "sd4_embedding_padding_idx": """
import torch
import torch.nn as nn
torch.manual_seed(14)
emb = nn.Embedding(6, 3, padding_idx=0)
print(emb.weight)
batch = torch.tensor([[1, 2, 0, 0], [3, 4, 5, 0]])
vecs = emb(batch)
mask = (batch != 0).unsqueeze(-1).float()
pooled = (vecs * mask).sum(1) / mask.sum(1)
print(pooled)
pooled.sum().backward()
print(emb.weight.grad)
""",
    "sd4_optimizer_zoo": """
import torch
import torch.nn as nn
x = None
for name in ["SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam"]:
    torch.manual_seed(15)
    model = nn.Linear(3, 1)
    if x is None:
        x, y = torch.randn(20, 3), torch.randn(20, 1)
    lr = 1.0 if name == "Adadelta" else 0.05
    opt = getattr(torch.optim, name)(model.parameters(), lr=lr)
    for _ in range(10):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    print(f"{name:8s} {loss.item():.4f} {model.bias.item():+.4f}")
""",
    "sd4_torch_generator_loader": """
import torch
from torch.utils.data import DataLoader, TensorDataset
g = torch.Generator()
g.manual_seed(123)
print(torch.randn(3, generator=g))
print(torch.randint(0, 10, (5,), generator=g))
ds = TensorDataset(torch.arange(8))
loader = DataLoader(ds, batch_size=3, shuffle=True, generator=torch.Generator().manual_seed(0))
print([b[0].tolist() for b in loader])
print([b[0].tolist() for b in loader])
torch.manual_seed(0)
print(torch.randperm(8))
""",
    "sd4_batchnorm_train_vs_eval": """
import torch
import torch.nn as nn
torch.manual_seed(16)
bn = nn.BatchNorm1d(3, momentum=0.5)
for _ in range(3):
    batch = torch.randn(8, 3) * 2 + 1
    out = bn(batch)
print(out.mean(0).abs().max() < 1e-6, out.std(0, unbiased=False))
print(bn.running_mean, bn.running_var)
bn.eval()
test = torch.randn(4, 3)
print(bn(test))
print(bn.state_dict().keys())
""",
    "sd4_bilinear_pixelshuffle": """
import torch
import torch.nn as nn
torch.manual_seed(17)
bil = nn.Bilinear(3, 4, 2)
a, b = torch.randn(5, 3), torch.randn(5, 4)
print(bil(a, b))
ps = nn.PixelShuffle(2)
conv = nn.Conv2d(1, 4, 3, padding=1)
img = torch.randn(1, 1, 3, 3)
up = ps(conv(img))
print(up.shape)
print(up[0, 0])
print(nn.Upsample(scale_factor=2, mode="nearest")(img).shape)
""",
}
