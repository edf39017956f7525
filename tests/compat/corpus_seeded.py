"""Compat corpus, seeded part 1: whole tutorial training programs driven by ``torch.manual_seed``
(regression, classification, data loaders), so every printed number comes from the shared stream."""

SNIPPETS = {
    "sd_linreg_sgd": """
import torch
import torch.nn as nn
torch.manual_seed(0)
X = torch.randn(100, 1)
y = 3 * X + 2 + 0.1 * torch.randn(100, 1)
model = nn.Linear(1, 1)
print(model.weight, model.bias)
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(50):
    optimizer.zero_grad()
    loss = criterion(model(X), y)
    loss.backward()
    optimizer.step()
    if (epoch + 1) % 10 == 0:
        print(f"Epoch [{epoch + 1}/50], Loss: {loss.item():.4f}")
print(f"w = {model.weight.item():.3f}, b = {model.bias.item():.3f}")
""",
    "sd_linreg_manual_grad": """
import torch
torch.manual_seed(42)
x = torch.rand(20, 1) * 10
y = 2.5 * x - 1.0 + torch.randn(20, 1)
w = torch.randn(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
print(w, b)
lr = 0.01
for step in range(30):
    pred = x * w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if step % 10 == 0:
        print(step, round(loss.item(), 3))
print(f"{w.item():.2f} {b.item():.2f}")
""",
    "sd_logreg_bcewithlogits": """
import torch
import torch.nn as nn
torch.manual_seed(1)
n = 64
x0 = torch.randn(n, 2) + torch.tensor([2.0, 2.0])
x1 = torch.randn(n, 2) + torch.tensor([-2.0, -2.0])
X = torch.cat([x0, x1])
y = torch.cat([torch.zeros(n), torch.ones(n)]).unsqueeze(1)
model = nn.Linear(2, 1)
loss_fn = nn.BCEWithLogitsLoss()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(40):
    logits = model(X)
    loss = loss_fn(logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 10 == 9:
        with torch.no_grad():
            acc = ((logits > 0).float() == y).float().mean()
        print(f"epoch {epoch + 1}: loss={loss.item():.4f} acc={acc.item():.3f}")
print(model)
""",
    "sd_mlp_moons_adam": """
import math
import torch
import torch.nn as nn
torch.manual_seed(0)
def make_moons(n, noise=0.1):
    t = torch.rand(n) * math.pi
    outer = torch.stack([torch.cos(t), torch.sin(t)], dim=1)
    inner = torch.stack([1 - torch.cos(t), 0.5 - torch.sin(t)], dim=1)
    X = torch.cat([outer, inner]) + noise * torch.randn(2 * n, 2)
    y = torch.cat([torch.zeros(n, dtype=torch.long), torch.ones(n, dtype=torch.long)])
    return X, y
X, y = make_moons(100)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 2))
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(60):
    optimizer.zero_grad()
    out = model(X)
    loss = criterion(out, y)
    loss.backward()
    optimizer.step()
    if epoch % 15 == 0:
        acc = (out.argmax(dim=1) == y).float().mean().item()
        print(f"Epoch {epoch:3d} | loss {loss.item():.4f} | acc {acc:.2%}")
model.eval()
with torch.no_grad():
    pred = model(X).argmax(1)
print("final accuracy:", (pred == y).sum().item(), "/", len(y))
""",
    "sd_dataloader_shuffle_loop": """
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader
torch.manual_seed(3)
X = torch.randn(40, 3)
true_w = torch.tensor([[1.0], [-2.0], [0.5]])
y = X @ true_w + 0.3
ds = TensorDataset(X, y)
loader = DataLoader(ds, batch_size=8, shuffle=True)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
loss_fn = nn.MSELoss()
for epoch in range(5):
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    print(f"epoch {epoch}: avg loss {total / len(ds):.4f}")
print(model.weight.data)
print(model.bias.data)
""",
    "sd_dataloader_batches_print": """
import torch
from torch.utils.data import TensorDataset, DataLoader
torch.manual_seed(7)
data = torch.arange(10).float().unsqueeze(1)
labels = torch.arange(10) % 3
loader = DataLoader(TensorDataset(data, labels), batch_size=4, shuffle=True)
for epoch in range(2):
    for i, (xb, yb) in enumerate(loader):
        print(epoch, i, xb.squeeze(1).tolist(), yb)
""",
    "sd_cnn_small_images": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
class SmallCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, kernel_size=3, padding=1)
        self.bn1 = nn.BatchNorm2d(4)
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(4, 8, kernel_size=3, padding=1)
        self.dropout = nn.Dropout(0.25)
        self.fc = nn.Linear(8 * 2 * 2, 3)
    def forward(self, x):
        x = self.pool(F.relu(self.bn1(self.conv1(x))))
        x = self.pool(F.relu(self.conv2(x)))
        x = self.dropout(torch.flatten(x, 1))
        return self.fc(x)
model = SmallCNN()
print(model)
images = torch.randn(16, 1, 8, 8)
labels = torch.randint(0, 3, (16,))
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
crit = nn.CrossEntropyLoss()
for step in range(5):
    opt.zero_grad()
    loss = crit(model(images), labels)
    loss.backward()
    opt.step()
    print(f"step {step}: {loss.item():.4f}")
model.eval()
with torch.no_grad():
    print(model(images[:2]))
print(model.bn1.running_mean)
""",
    "sd_rnn_sequence_sum": """
import torch
import torch.nn as nn
torch.manual_seed(5)
class SeqModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(input_size=1, hidden_size=8, batch_first=True)
        self.head = nn.Linear(8, 1)
    def forward(self, x):
        out, h = self.rnn(x)
        return self.head(out[:, -1])
model = SeqModel()
x = torch.rand(32, 5, 1)
y = x.sum(dim=1)
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for it in range(40):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    if it % 10 == 0:
        print(it, f"{loss.item():.4f}")
print(model(torch.ones(1, 5, 1)))
""",
    "sd_lstm_classifier": """
import torch
import torch.nn as nn
torch.manual_seed(11)
class LSTMClassifier(nn.Module):
    def __init__(self, vocab, emb, hidden, classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)
    def forward(self, tokens):
        e = self.embedding(tokens)
        _, (h, c) = self.lstm(e)
        return self.fc(h[-1])
model = LSTMClassifier(20, 6, 10, 2)
print(model)
tokens = torch.randint(0, 20, (12, 7))
labels = (tokens.sum(1) > 70).long()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for ep in range(15):
    opt.zero_grad()
    logits = model(tokens)
    loss = nn.CrossEntropyLoss()(logits, labels)
    loss.backward()
    opt.step()
    if ep % 5 == 4:
        print(f"ep {ep + 1} loss {loss.item():.4f}")
print(labels)
print(logits.argmax(1))
""",
    "sd_gru_next_value": """
import torch
import torch.nn as nn
torch.manual_seed(2)
t = torch.linspace(0, 6.28, 30)
series = torch.sin(t)
X = torch.stack([series[i:i + 5] for i in range(24)]).unsqueeze(-1)
Y = torch.stack([series[i + 5] for i in range(24)]).unsqueeze(-1)
gru = nn.GRU(1, 12, batch_first=True)
head = nn.Linear(12, 1)
params = list(gru.parameters()) + list(head.parameters())
opt = torch.optim.RMSprop(params, lr=0.01)
for epoch in range(30):
    opt.zero_grad()
    out, _ = gru(X)
    pred = head(out[:, -1, :])
    loss = nn.MSELoss()(pred, Y)
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        print(f"{epoch}: {loss.item():.5f}")
print(sum(p.numel() for p in params))
""",
    "sd_autoencoder": """
import torch
import torch.nn as nn
torch.manual_seed(123)
class AutoEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(16, 8), nn.ReLU(), nn.Linear(8, 3))
        self.decoder = nn.Sequential(nn.Linear(3, 8), nn.ReLU(), nn.Linear(8, 16), nn.Sigmoid())
    def forward(self, x):
        return self.decoder(self.encoder(x))
ae = AutoEncoder()
data = torch.rand(50, 16)
opt = torch.optim.Adam(ae.parameters(), lr=1e-2)
for epoch in range(30):
    recon = ae(data)
    loss = nn.functional.mse_loss(recon, data)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        print("epoch", epoch, "loss", round(loss.item(), 4))
with torch.no_grad():
    code = ae.encoder(data[:3])
print(code.shape)
print(ae)
""",
    "sd_scheduler_steplr": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)
x = torch.randn(16, 4)
y = torch.randn(16, 2)
for epoch in range(8):
    opt.zero_grad()
    loss = nn.MSELoss()(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, f"{loss.item():.4f}", sched.get_last_lr())
""",
    "sd_grad_clip": """
import torch
import torch.nn as nn
torch.manual_seed(9)
model = nn.Sequential(nn.Linear(5, 10), nn.Tanh(), nn.Linear(10, 1))
x = torch.randn(20, 5) * 5
y = torch.randn(20, 1) * 5
opt = torch.optim.SGD(model.parameters(), lr=0.01)
for i in range(5):
    opt.zero_grad()
    loss = ((model(x) - y) ** 2).mean()
    loss.backward()
    norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    opt.step()
    print(f"iter {i}: loss {loss.item():.3f}, grad norm {norm.item():.3f}")
""",
    "sd_weight_decay_adamw": """
import torch
import torch.nn as nn
torch.manual_seed(4)
model = nn.Linear(3, 1)
x = torch.randn(30, 3)
y = x.sum(1, keepdim=True)
opt = torch.optim.AdamW(model.parameters(), lr=0.05, weight_decay=0.1)
for i in range(20):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
print(f"{loss.item():.4f}")
for name, p in model.named_parameters():
    print(name, p)
""",
    "sd_state_dict_bytesio": """
import io
import torch
import torch.nn as nn
torch.manual_seed(21)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
buf.seek(0)
clone = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.randn(2, 3)
print(torch.equal(model(x), clone(x)))
print(clone.load_state_dict(torch.load(buf)))
print(torch.equal(model(x), clone(x)))
print(list(clone.state_dict().keys()))
print(clone.state_dict()["2.bias"])
""",
}
