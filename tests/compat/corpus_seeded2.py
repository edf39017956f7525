"""Compat corpus, seeded part 2: seeded training programs that print whole parameters, gradients,
running statistics and hidden states after training, at the precision torch users print them."""

SNIPPETS = {
    "sd2_linreg_params_grads": """
import torch
import torch.nn as nn
torch.manual_seed(0)
X = torch.randn(50, 3)
y = X @ torch.tensor([[2.0], [-1.0], [0.5]]) + 1.0
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(20):
    opt.zero_grad()
    loss = nn.MSELoss()(model(X), y)
    loss.backward()
    opt.step()
    if epoch % 4 == 0:
        print(epoch, f"{loss.item():.4f}")
print(model.weight)
print(model.weight.grad)
print(model.bias.grad)
""",
    "sd2_mlp_print_params": """
import torch
import torch.nn as nn
torch.manual_seed(1)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
x = torch.randn(10, 4)
t = torch.randint(0, 3, (10,))
opt = torch.optim.SGD(net.parameters(), lr=0.1)
for _ in range(10):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(net(x), t)
    loss.backward()
    opt.step()
    print(f"{loss.item():.4f}")
for p in net.parameters():
    print(p)
""",
    "sd2_mlp_adam_tanh": """
import torch
import torch.nn as nn
torch.manual_seed(2)
net = nn.Sequential(nn.Linear(6, 16), nn.Tanh(), nn.Linear(16, 16), nn.Tanh(), nn.Linear(16, 1))
x = torch.randn(64, 6)
y = torch.sin(x[:, :1]) + x[:, 1:2] ** 2
opt = torch.optim.Adam(net.parameters(), lr=3e-3)
for step in range(25):
    opt.zero_grad()
    loss = ((net(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
    if step % 5 == 0:
        print(step, f"{loss.item():.4f}")
print(net[4].weight.grad)
print(net[4].bias)
""",
    "sd2_logreg_sigmoid_bce": """
import torch
import torch.nn as nn
torch.manual_seed(10)
X = torch.randn(80, 4)
w_true = torch.tensor([1.5, -2.0, 0.0, 0.7])
y = (X @ w_true + 0.2 * torch.randn(80) > 0).float()
class LogisticRegression(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.linear = nn.Linear(n, 1)
    def forward(self, x):
        return torch.sigmoid(self.linear(x))
model = LogisticRegression(4)
criterion = nn.BCELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1.0)
for epoch in range(100):
    y_pred = model(X).squeeze(1)
    loss = criterion(y_pred, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if (epoch + 1) % 25 == 0:
        print(f"epoch: {epoch + 1}, loss = {loss.item():.4f}")
with torch.no_grad():
    acc = (model(X).squeeze(1).round() == y).float().mean()
print(f"accuracy: {acc:.4f}")
print(f"{loss.item():.4f}")
print(model.linear.weight)
""",
    "sd2_dropout_train_eval": """
import torch
import torch.nn as nn
torch.manual_seed(6)
model = nn.Sequential(nn.Linear(5, 20), nn.ReLU(), nn.Dropout(0.5), nn.Linear(20, 2))
x = torch.randn(8, 5)
y = torch.randint(0, 2, (8,))
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True)
for i in range(6):
    model.train()
    opt.zero_grad()
    loss = nn.CrossEntropyLoss()(model(x), y)
    loss.backward()
    opt.step()
    model.eval()
    with torch.no_grad():
        val = nn.CrossEntropyLoss()(model(x), y)
    print(i, f"{loss.item():.4f}", f"{val.item():.4f}")
print(model(x))
""",
    "sd2_batchnorm1d_mlp": """
import torch
import torch.nn as nn
torch.manual_seed(8)
model = nn.Sequential(nn.Linear(3, 6), nn.BatchNorm1d(6), nn.ReLU(), nn.Linear(6, 1))
x = torch.randn(32, 3)
y = x.prod(dim=1, keepdim=True)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for i in range(15):
    opt.zero_grad()
    loss = nn.MSELoss()(model(x), y)
    loss.backward()
    opt.step()
print(f"{loss.item():.4f}")
bn = model[1]
print(bn.running_mean)
print(bn.running_var)
print(bn.num_batches_tracked)
print(bn.weight.grad)
model.eval()
print(model(x[:3]))
""",
    "sd2_conv_grads": """
import torch
import torch.nn as nn
torch.manual_seed(12)
conv = nn.Conv2d(1, 3, 3)
pool = nn.MaxPool2d(2)
fc = nn.Linear(3 * 3 * 3, 2)
img = torch.randn(4, 1, 8, 8)
lbl = torch.tensor([0, 1, 1, 0])
params = list(conv.parameters()) + list(fc.parameters())
opt = torch.optim.SGD(params, lr=0.1)
for s in range(4):
    opt.zero_grad()
    h = pool(torch.relu(conv(img)))
    out = fc(h.flatten(1))
    loss = nn.functional.cross_entropy(out, lbl)
    loss.backward()
    opt.step()
    print(s, f"{loss.item():.4f}")
print(conv.weight.grad)
print(conv.bias)
""",
    "sd2_loader_epoch_losses": """
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader
torch.manual_seed(17)
X = torch.randn(60, 2)
y = (X[:, 0] * X[:, 1] > 0).long()
loader = DataLoader(TensorDataset(X, y), batch_size=16, shuffle=True)
model = nn.Sequential(nn.Linear(2, 12), nn.ReLU(), nn.Linear(12, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.02)
crit = nn.CrossEntropyLoss()
for epoch in range(6):
    running, correct = 0.0, 0
    for xb, yb in loader:
        opt.zero_grad()
        out = model(xb)
        loss = crit(out, yb)
        loss.backward()
        opt.step()
        running += loss.item()
        correct += (out.argmax(1) == yb).sum().item()
    print(f"epoch {epoch}: loss {running / len(loader):.4f} acc {correct / len(X):.3f}")
print(f"{running:.3f}")
""",
    "sd2_rnn_hidden_print": """
import torch
import torch.nn as nn
torch.manual_seed(13)
rnn = nn.RNN(3, 4, num_layers=2)
x = torch.randn(5, 2, 3)
h0 = torch.zeros(2, 2, 4)
out, hn = rnn(x, h0)
print(out[-1])
print(hn)
print(out.grad_fn)
loss = out.pow(2).sum()
loss.backward()
print(f"{loss.item():.4f}")
print(rnn.weight_hh_l1.grad)
""",
    "sd2_lstm_bidirectional": """
import torch
import torch.nn as nn
torch.manual_seed(14)
lstm = nn.LSTM(input_size=2, hidden_size=3, bidirectional=True, batch_first=True)
x = torch.randn(2, 4, 2)
out, (h, c) = lstm(x)
print(out.shape, h.shape, c.shape)
print(out)
print(c)
out.sum().backward()
print(lstm.bias_ih_l0_reverse.grad)
""",
    "sd2_gru_cell_loop": """
import torch
import torch.nn as nn
torch.manual_seed(15)
cell = nn.GRUCell(2, 3)
x = torch.randn(6, 1, 2)
h = torch.zeros(1, 3)
for t in range(6):
    h = cell(x[t], h)
print(h)
h.sum().backward()
print(cell.weight_ih.grad)
print(h.grad_fn)
""",
    "sd2_lstmcell_training": """
import torch
import torch.nn as nn
torch.manual_seed(16)
cell = nn.LSTMCell(1, 5)
head = nn.Linear(5, 1)
seq = torch.randn(8, 4, 1)
target = seq.mean(0)
opt = torch.optim.Adam(list(cell.parameters()) + list(head.parameters()), lr=0.05)
for it in range(10):
    h = torch.zeros(4, 5)
    c = torch.zeros(4, 5)
    for t in range(8):
        h, c = cell(seq[t], (h, c))
    loss = nn.functional.mse_loss(head(h), target)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(it, f"{loss.item():.4f}")
""",
    "sd2_autoencoder_bce": """
import torch
import torch.nn as nn
torch.manual_seed(19)
enc = nn.Linear(10, 4)
dec = nn.Linear(4, 10)
x = torch.rand(20, 10)
opt = torch.optim.SGD(list(enc.parameters()) + list(dec.parameters()), lr=0.5)
for epoch in range(12):
    z = torch.relu(enc(x))
    xr = torch.sigmoid(dec(z))
    loss = nn.functional.binary_cross_entropy(xr, x)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, f"{loss.item():.4f}")
print(z[0])
print(dec.bias)
""",
    "sd2_embedding_bag_of_words": """
import torch
import torch.nn as nn
torch.manual_seed(20)
emb = nn.Embedding(10, 4)
lin = nn.Linear(4, 2)
docs = torch.randint(0, 10, (6, 5))
labels = torch.tensor([0, 1, 0, 1, 1, 0])
opt = torch.optim.Adagrad(list(emb.parameters()) + list(lin.parameters()), lr=0.1)
for ep in range(8):
    opt.zero_grad()
    logits = lin(emb(docs).mean(1))
    loss = nn.functional.cross_entropy(logits, labels)
    loss.backward()
    opt.step()
    print(ep, f"{loss.item():.4f}")
print(emb.weight.grad[docs[0]])
print(emb.weight[:3])
""",
    "sd2_scheduler_cosine_onecycle": """
import torch
import torch.nn as nn
torch.manual_seed(22)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.9)
sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=10)
x = torch.randn(12, 2)
y = x[:, :1] - x[:, 1:]
for epoch in range(10):
    opt.zero_grad()
    loss = nn.functional.l1_loss(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, round(loss.item(), 6), round(sched.get_last_lr()[0], 6))
print(model.weight)
""",
}
