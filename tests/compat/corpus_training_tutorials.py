"""Compat corpus, training part 8: whole tutorial programs (blitz, CNN, autoencoder, seq models)
with weights fixed by hand so every printed number is reproducible."""

SNIPPETS = {
    "trt_blitz_lenet_shapes": """
import torch
import torch.nn as nn
import torch.nn.functional as F
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)
    def forward(self, input):
        c1 = F.relu(self.conv1(input))
        s2 = F.max_pool2d(c1, (2, 2))
        c3 = F.relu(self.conv2(s2))
        s4 = F.max_pool2d(c3, 2)
        s4 = torch.flatten(s4, 1)
        f5 = F.relu(self.fc1(s4))
        f6 = F.relu(self.fc2(f5))
        return self.fc3(f6)
net = Net()
print(net)
params = list(net.parameters())
print(len(params))
print(params[0].size())
out = net(torch.zeros(1, 1, 32, 32))
print(out.shape)
net.zero_grad()
out.backward(torch.ones(1, 10))
print(net.conv1.bias.grad.shape)
print(out.grad_fn)
print(out.grad_fn.next_functions[0][0])
""",
    "trt_blitz_loss_graph_walk": """
import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
out = lin(torch.ones(1, 3))
target = torch.zeros(1, 2)
loss = nn.MSELoss()(out, target)
print(loss.grad_fn)
print(loss.grad_fn.next_functions[0][0])
print(loss.grad_fn.next_functions[0][0].next_functions[0][0])
""",
    "trt_cnn_fixed_kernel_training": """
import torch
import torch.nn as nn
torch.set_printoptions(precision=4)
class TinyCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, kernel_size=2)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(2, 2)
    def forward(self, x):
        x = self.pool(torch.relu(self.conv(x)))
        return self.fc(x.flatten(1))
net = TinyCNN()
with torch.no_grad():
    net.conv.weight.copy_(torch.tensor([[[[1., -1.], [0., 0.]]], [[[0., 0.], [1., -1.]]]]))
    net.conv.bias.zero_()
    net.fc.weight.copy_(torch.tensor([[1., -1.], [-1., 1.]]))
    net.fc.bias.zero_()
X = torch.tensor([[[[1., 0., 1.], [0., 1., 0.], [1., 0., 1.]]],
                  [[[0., 1., 0.], [1., 0., 1.], [0., 1., 0.]]]])
y = torch.tensor([0, 1])
opt = torch.optim.SGD(net.parameters(), lr=0.5)
for epoch in range(4):
    opt.zero_grad()
    logits = net(X)
    loss = nn.functional.cross_entropy(logits, y)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4), logits.argmax(1).tolist())
print(net.conv.weight.grad)
""",
    "trt_autoencoder_fixed": """
import torch
import torch.nn as nn
class AE(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(4, 2), nn.Tanh())
        self.decoder = nn.Sequential(nn.Linear(2, 4), nn.Sigmoid())
    def forward(self, x):
        return self.decoder(self.encoder(x))
ae = AE()
with torch.no_grad():
    for i, p in enumerate(ae.parameters()):
        p.copy_(torch.linspace(-0.5, 0.5, p.numel()).reshape(p.shape) * (i + 1))
X = torch.tensor([[1., 0., 0., 1.], [0., 1., 1., 0.]])
opt = torch.optim.SGD(ae.parameters(), lr=1.0, momentum=0.5)
for step in range(30):
    opt.zero_grad()
    recon = ae(X)
    loss = nn.functional.binary_cross_entropy(recon, X)
    loss.backward()
    opt.step()
    if step % 10 == 0:
        print(step, f"{loss.item():.5f}")
with torch.no_grad():
    print(ae.encoder(X))
print(ae)
""",
    "trt_char_rnn_step_by_step": """
import torch
import torch.nn as nn
vocab = sorted(set("hello"))
stoi = {c: i for i, c in enumerate(vocab)}
print(vocab, stoi)
seq = torch.tensor([stoi[c] for c in "hell"])
target = torch.tensor([stoi[c] for c in "ello"])
emb = nn.Embedding(len(vocab), 3)
rnn = nn.RNN(3, 4, batch_first=True)
head = nn.Linear(4, len(vocab))
for m in (emb, rnn, head):
    for name, p in m.named_parameters():
        nn.init.constant_(p, 0.1 if "weight" in name else 0.0)
with torch.no_grad():
    emb.weight.copy_(torch.arange(12, dtype=torch.float32).reshape(4, 3) / 10)
params = list(emb.parameters()) + list(rnn.parameters()) + list(head.parameters())
opt = torch.optim.SGD(params, lr=0.5)
for it in range(3):
    out, h = rnn(emb(seq).unsqueeze(0))
    logits = head(out.squeeze(0))
    loss = nn.functional.cross_entropy(logits, target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(it, round(loss.item(), 5), logits.argmax(1).tolist())
print(h.shape)
""",
    "trt_multi_output_regression": """
import torch
import torch.nn as nn
X = torch.tensor([[1., 2.], [2., 1.], [0., 1.], [3., 3.]])
Y = torch.stack([X.sum(1), X[:, 0] - X[:, 1]], dim=1)
print(Y)
model = nn.Linear(2, 2)
nn.init.zeros_(model.weight)
nn.init.zeros_(model.bias)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(200):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), Y)
    loss.backward()
    opt.step()
print(f"{loss.item():.6f}")
print(model.weight.data.round(decimals=3), model.bias.data.round(decimals=3))
""",
    "trt_binary_classifier_metrics": """
import torch
import torch.nn as nn
logits = torch.tensor([2.0, -1.0, 0.5, -0.2, 1.2, -3.0])
labels = torch.tensor([1., 0., 0., 1., 1., 0.])
probs = torch.sigmoid(logits)
preds = (probs > 0.5).long()
tp = ((preds == 1) & (labels == 1)).sum().item()
fp = ((preds == 1) & (labels == 0)).sum().item()
fn = ((preds == 0) & (labels == 1)).sum().item()
precision = tp / (tp + fp)
recall = tp / (tp + fn)
print(probs)
print(preds, tp, fp, fn)
f1 = 2 * precision * recall / (precision + recall)
print(f"precision={precision:.3f} recall={recall:.3f} f1={f1:.3f}")
print(nn.BCEWithLogitsLoss()(logits, labels))
""",
    "trt_multiclass_confusion_matrix": """
import torch
preds = torch.tensor([0, 2, 1, 1, 0, 2, 2])
target = torch.tensor([0, 1, 1, 2, 0, 2, 1])
k = 3
cm = torch.zeros(k, k, dtype=torch.int64)
for t, p in zip(target, preds):
    cm[t, p] += 1
print(cm)
print(torch.bincount(target * k + preds, minlength=k * k).reshape(k, k))
print(cm.diag().sum().item() / cm.sum().item())
print((cm.diag().float() / cm.sum(1).float()))
""",
    "trt_topk_accuracy": """
import torch
logits = torch.tensor([[0.1, 0.5, 0.2, 0.9], [0.8, 0.1, 0.05, 0.3], [0.2, 0.2, 0.7, 0.1]])
target = torch.tensor([1, 0, 3])
top2 = logits.topk(2, dim=1)
print(top2.indices)
correct = top2.indices.eq(target.view(-1, 1))
print(correct)
print(correct.any(dim=1).float().mean().item())
values, idx = torch.max(logits, 1)
print(values, idx)
""",
    "trt_learning_rate_finder_style": """
import torch
import torch.nn as nn
X = torch.tensor([[1.], [2.], [3.]])
y = torch.tensor([[2.], [4.], [6.]])
results = []
for lr in [1e-3, 1e-2, 1e-1]:
    m = nn.Linear(1, 1)
    nn.init.zeros_(m.weight)
    nn.init.zeros_(m.bias)
    opt = torch.optim.SGD(m.parameters(), lr=lr)
    for _ in range(20):
        opt.zero_grad()
        loss = nn.functional.mse_loss(m(X), y)
        loss.backward()
        opt.step()
    results.append((lr, round(loss.item(), 5)))
print(results)
""",
    "trt_sequence_classifier_lstm": """
import torch
import torch.nn as nn
class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(input_size=2, hidden_size=3, batch_first=True)
        self.fc = nn.Linear(3, 2)
    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.fc(h[-1])
model = Classifier()
for name, p in model.named_parameters():
    nn.init.constant_(p, 0.2 if "weight" in name else 0.0)
X = torch.tensor([[[1., 0.], [0., 1.], [1., 1.]], [[0., 0.], [1., 0.], [0., 0.]]])
y = torch.tensor([1, 0])
opt = torch.optim.Adam(model.parameters(), lr=0.1)
for epoch in range(5):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(X), y)
    loss.backward()
    opt.step()
    print(epoch, f"{loss.item():.5f}")
print(model)
""",
    "trt_weighted_sampler_class_balance": """
import torch
from torch.utils.data import WeightedRandomSampler, DataLoader, TensorDataset
labels = torch.tensor([0, 0, 0, 0, 1])
counts = torch.bincount(labels)
weights = 1.0 / counts[labels].float()
print(counts, weights)
sampler = WeightedRandomSampler(weights, num_samples=10, replacement=True)
print(len(sampler))
loader = DataLoader(TensorDataset(labels), batch_size=5, sampler=sampler)
print(len(loader), [b[0].shape for b in loader])
""",
    "trt_transfer_learning_head_swap": """
import torch
import torch.nn as nn
backbone = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten())
model = nn.Sequential()
model.add_module("features", backbone)
model.add_module("fc", nn.Linear(4, 1000))
print(model.fc)
model.fc = nn.Linear(model.fc.in_features, 5)
for p in model.features.parameters():
    p.requires_grad = False
print(model)
opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.01)
print(sum(p.numel() for g in opt.param_groups for p in g["params"]))
print(model(torch.zeros(2, 3, 8, 8)).shape)
""",
    "trt_gradient_check_manual": """
import torch
def f(w, x):
    return torch.tanh(x @ w).sum()
w = torch.tensor([[0.3], [-0.2]], dtype=torch.float64, requires_grad=True)
x = torch.tensor([[1.0, 2.0], [0.5, -1.0]], dtype=torch.float64)
f(w, x).backward()
eps = 1e-6
numeric = torch.zeros_like(w)
for i in range(w.numel()):
    d = torch.zeros_like(w)
    d.view(-1)[i] = eps
    numeric.view(-1)[i] = (f(w.detach() + d, x) - f(w.detach() - d, x)) / (2 * eps)
print(w.grad)
print(torch.allclose(w.grad, numeric, atol=1e-8))
print(torch.autograd.gradcheck(lambda w: f(w, x), (w,)))
""",
    "trt_l1_regularization_term": """
import torch
import torch.nn as nn
model = nn.Linear(3, 1)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5, -1.0, 2.0]]))
    model.bias.fill_(0.1)
X = torch.tensor([[1., 0., 1.], [0., 1., 0.]])
y = torch.tensor([[2.], [-1.]])
mse = nn.functional.mse_loss(model(X), y)
l1 = sum(p.abs().sum() for p in model.parameters())
l2 = sum((p ** 2).sum() for name, p in model.named_parameters() if "weight" in name)
loss = mse + 0.01 * l1 + 0.001 * l2
loss.backward()
print(mse, l1, l2)
print(loss)
print(model.weight.grad)
""",
    "trt_model_summary_table": """
import torch
import torch.nn as nn
model = nn.Sequential(
    nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d((2, 2)),
    nn.Flatten(), nn.Dropout(0.25), nn.Linear(64, 10))
x = torch.zeros(1, 1, 28, 28)
print(f"{'Layer':<20}{'Output':<20}{'Params':>8}")
for layer in model:
    x = layer(x)
    n = sum(p.numel() for p in layer.parameters())
    print(f"{type(layer).__name__:<20}{str(list(x.shape)):<20}{n:>8}")
total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(f"Total: {total:,} | Trainable: {trainable:,}")
""",
    "trt_siamese_contrastive": """
import torch
import torch.nn as nn
import torch.nn.functional as F
enc = nn.Linear(3, 2, bias=False)
with torch.no_grad():
    enc.weight.copy_(torch.tensor([[1., 0., -1.], [0.5, 0.5, 0.5]]))
a = torch.tensor([[1., 2., 3.], [0., 1., 0.]])
b = torch.tensor([[1., 2., 2.], [3., 0., 1.]])
same = torch.tensor([1., 0.])
d = F.pairwise_distance(enc(a), enc(b))
margin = 2.0
loss = (same * d.pow(2) + (1 - same) * F.relu(margin - d).pow(2)).mean()
loss.backward()
print(d)
print(loss)
print(enc.weight.grad)
print(F.cosine_similarity(enc(a), enc(b)))
""",
    "trt_attention_from_scratch": """
import math
import torch
import torch.nn.functional as F
q = torch.tensor([[[1., 0.], [0., 1.], [1., 1.]]])
k = torch.tensor([[[1., 0.], [0., 1.], [0.5, 0.5]]])
v = torch.tensor([[[1., 2.], [3., 4.], [5., 6.]]])
scores = q @ k.transpose(-2, -1) / math.sqrt(q.size(-1))
mask = torch.tril(torch.ones(3, 3)).bool()
scores = scores.masked_fill(~mask, float("-inf"))
attn = F.softmax(scores, dim=-1)
print(attn)
print(attn @ v)
print(F.scaled_dot_product_attention(q, k, v, is_causal=True))
""",
}
