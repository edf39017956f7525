"""Compat corpus, seeded part 3: course-style training programs (schedulers, checkpoints, custom
datasets, initialisation, freezing, accumulation) seeded with ``torch.manual_seed``."""

SNIPPETS = {
    "sd3_polynomial_features": """
import torch
import torch.nn as nn
torch.manual_seed(0)
x = torch.linspace(-1, 1, 40).unsqueeze(1)
y = 0.5 * x ** 3 - x ** 2 + 0.3 * x + 0.1 * torch.randn(40, 1)
features = torch.cat([x, x ** 2, x ** 3], dim=1)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.3)
for epoch in range(200):
    loss = nn.functional.mse_loss(model(features), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 50 == 0:
        print(f"epoch {epoch:3d}  loss {loss.item():.5f}")
print("coefficients:", [round(c, 2) for c in model.weight.squeeze().tolist()])
print("intercept:", round(model.bias.item(), 2))
""",
    "sd3_softmax_regression_blobs": """
import torch
import torch.nn as nn
torch.manual_seed(42)
centers = torch.tensor([[0.0, 3.0], [3.0, -1.0], [-3.0, -1.0]])
X = torch.cat([c + torch.randn(30, 2) for c in centers])
y = torch.arange(3).repeat_interleave(30)
perm = torch.randperm(90)
X, y = X[perm], y[perm]
model = nn.Linear(2, 3)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(1, 31):
    logits = model(X)
    loss = nn.functional.cross_entropy(logits, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 10 == 0:
        acc = (logits.argmax(1) == y).float().mean()
        print(f"[{epoch}] loss={loss:.4f} acc={acc:.2f}")
probs = torch.softmax(model(centers), dim=1)
print(probs)
print(probs.argmax(dim=1))
""",
    "sd3_custom_parameter_module": """
import torch
import torch.nn as nn
torch.manual_seed(1)
class Affine(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.randn(1))
        self.shift = nn.Parameter(torch.zeros(1))
    def forward(self, x):
        return self.scale * x + self.shift
m = Affine()
for name, p in m.named_parameters():
    print(name, p.shape, p.requires_grad)
x = torch.rand(25)
y = -1.5 * x + 0.7
opt = torch.optim.Adam(m.parameters(), lr=0.1)
for i in range(100):
    opt.zero_grad()
    loss = ((m(x) - y) ** 2).mean()
    loss.backward()
    opt.step()
print(f"scale={m.scale.item():.3f} shift={m.shift.item():.3f} loss={loss.item():.6f}")
print(m.state_dict())
""",
    "sd3_sequential_ordereddict": """
from collections import OrderedDict
import torch
import torch.nn as nn
torch.manual_seed(2)
model = nn.Sequential(OrderedDict([
    ("fc1", nn.Linear(4, 6)),
    ("act", nn.ReLU()),
    ("fc2", nn.Linear(6, 2)),
]))
print(model)
print(model.fc1.weight.shape, model.fc2.bias)
total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(f"Total params: {total}, trainable: {trainable}")
x = torch.randn(3, 4)
print(model(x))
print(model[:2](x).shape)
""",
    "sd3_random_split_train_val": """
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader, random_split
torch.manual_seed(5)
X = torch.randn(100, 4)
y = (X[:, 0] + X[:, 1] - X[:, 2] > 0).long()
train_ds, val_ds = random_split(TensorDataset(X, y), [80, 20])
print(len(train_ds), len(val_ds), train_ds.indices[:5])
train_loader = DataLoader(train_ds, batch_size=16, shuffle=True)
val_loader = DataLoader(val_ds, batch_size=10)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
crit = nn.CrossEntropyLoss()
for epoch in range(4):
    model.train()
    for xb, yb in train_loader:
        opt.zero_grad()
        crit(model(xb), yb).backward()
        opt.step()
    model.eval()
    correct, val_loss = 0, 0.0
    with torch.no_grad():
        for xb, yb in val_loader:
            out = model(xb)
            val_loss += crit(out, yb).item() * len(yb)
            correct += (out.argmax(1) == yb).sum().item()
    n = len(val_ds)
    print(f"epoch {epoch}: val_loss={val_loss / n:.4f} val_acc={correct / n:.2f}")
""",
    "sd3_early_stopping_deepcopy": """
import copy
import torch
import torch.nn as nn
torch.manual_seed(6)
Xtr, Xva = torch.randn(40, 3), torch.randn(20, 3)
w = torch.tensor([[1.0], [2.0], [-1.0]])
ytr, yva = Xtr @ w + 0.5 * torch.randn(40, 1), Xva @ w + 0.5 * torch.randn(20, 1)
model = nn.Sequential(nn.Linear(3, 16), nn.ReLU(), nn.Linear(16, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
best, best_state, patience, bad = float("inf"), None, 3, 0
for epoch in range(40):
    opt.zero_grad()
    nn.functional.mse_loss(model(Xtr), ytr).backward()
    opt.step()
    with torch.no_grad():
        val = nn.functional.mse_loss(model(Xva), yva).item()
    if val < best - 1e-4:
        best, best_state, bad = val, copy.deepcopy(model.state_dict()), 0
    else:
        bad += 1
        if bad >= patience:
            print(f"early stop at epoch {epoch}")
            break
print(f"best val {best:.4f}")
model.load_state_dict(best_state)
with torch.no_grad():
    print(f"{nn.functional.mse_loss(model(Xva), yva).item():.4f}")
""",
    "sd3_reduce_lr_on_plateau": """
import torch
import torch.nn as nn
torch.manual_seed(7)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1)
x = torch.randn(10, 2)
y = torch.randn(10, 1)
for epoch in range(10):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    sched.step(loss.item())
    print(epoch, f"{loss.item():.4f}", opt.param_groups[0]["lr"])
""",
    "sd3_multistep_and_exponential_lr": """
import torch
import torch.nn as nn
torch.manual_seed(8)
net = nn.Linear(3, 3)
opt1 = torch.optim.SGD(net.parameters(), lr=1.0)
s1 = torch.optim.lr_scheduler.MultiStepLR(opt1, milestones=[2, 5], gamma=0.1)
opt2 = torch.optim.Adam(net.parameters(), lr=0.01)
s2 = torch.optim.lr_scheduler.ExponentialLR(opt2, gamma=0.9)
x = torch.randn(4, 3)
for epoch in range(7):
    for opt in (opt1, opt2):
        opt.zero_grad()
        net(x).pow(2).mean().backward()
        opt.step()
    s1.step()
    s2.step()
    print(epoch, s1.get_last_lr(), [round(v, 6) for v in s2.get_last_lr()])
print(net.weight)
""",
    "sd3_lambda_lr_warmup": """
import torch
import torch.nn as nn
torch.manual_seed(9)
model = nn.Linear(5, 1)
opt = torch.optim.AdamW(model.parameters(), lr=1e-2)
warmup = 4
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda step: min(1.0, (step + 1) / warmup))
x, y = torch.randn(32, 5), torch.randn(32, 1)
for step in range(8):
    opt.zero_grad()
    loss = nn.functional.smooth_l1_loss(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    print(f"step {step}: lr={sched.get_last_lr()[0]:.5f} loss={loss.item():.4f}")
""",
    "sd3_gradient_accumulation": """
import torch
import torch.nn as nn
torch.manual_seed(10)
model = nn.Linear(6, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
X = torch.randn(32, 6)
y = torch.randint(0, 2, (32,))
accum = 4
opt.zero_grad()
for i, (xb, yb) in enumerate(zip(X.split(8), y.split(8))):
    loss = nn.functional.cross_entropy(model(xb), yb) / accum
    loss.backward()
    print(i, f"{loss.item():.4f}", f"{model.weight.grad.abs().sum().item():.4f}")
    if (i + 1) % accum == 0:
        opt.step()
        opt.zero_grad()
print(model.weight.grad)
print(model.bias)
""",
    "sd3_freeze_feature_extractor": """
import torch
import torch.nn as nn
torch.manual_seed(11)
backbone = nn.Sequential(nn.Linear(8, 8), nn.ReLU())
head = nn.Linear(8, 3)
model = nn.Sequential(backbone, head)
for p in backbone.parameters():
    p.requires_grad = False
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
x, y = torch.randn(12, 8), torch.randint(0, 3, (12,))
before = backbone[0].weight.clone()
for _ in range(3):
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
print(backbone[0].weight.grad, head.weight.grad is not None)
print(torch.equal(before, backbone[0].weight))
print([n for n, p in model.named_parameters() if p.requires_grad])
print(f"{loss.item():.4f}")
""",
    "sd3_apply_xavier_init": """
import torch
import torch.nn as nn
torch.manual_seed(12)
def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.xavier_uniform_(m.weight)
        nn.init.zeros_(m.bias)
        print("init", m)
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
model.apply(init_weights)
print(model[0].weight)
print(model[2].bias)
x = torch.randn(2, 3)
print(model(x))
""",
    "sd3_kaiming_normal_cnn": """
import torch
import torch.nn as nn
torch.manual_seed(13)
conv = nn.Conv2d(2, 3, 3)
nn.init.kaiming_normal_(conv.weight, mode="fan_out", nonlinearity="relu")
nn.init.constant_(conv.bias, 0.1)
print(conv.weight[0])
print(conv.bias)
lin = nn.Linear(4, 4)
nn.init.normal_(lin.weight, mean=0.0, std=0.02)
nn.init.uniform_(lin.bias, -0.1, 0.1)
print(lin.weight)
print(lin.bias)
nn.init.orthogonal_(lin.weight)
print(lin.weight)
print(torch.allclose(lin.weight @ lin.weight.T, torch.eye(4), atol=1e-5))
""",
    "sd3_clip_grad_value": """
import torch
import torch.nn as nn
torch.manual_seed(14)
model = nn.Linear(3, 2)
x = torch.randn(5, 3) * 10
loss = model(x).pow(2).sum()
loss.backward()
print(model.weight.grad)
torch.nn.utils.clip_grad_value_(model.parameters(), clip_value=5.0)
print(model.weight.grad)
print(model.bias.grad)
""",
    "sd3_sgd_momentum_weight_decay": """
import torch
import torch.nn as nn
torch.manual_seed(15)
model = nn.Sequential(nn.Linear(4, 8), nn.LeakyReLU(0.1), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=1e-3)
x = torch.randn(24, 4)
y = (x ** 2).sum(1, keepdim=True)
for epoch in range(12):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    if epoch % 3 == 2:
        print(f"epoch {epoch}: {loss.item():.4f}")
state = opt.state_dict()
print(list(state.keys()), state["param_groups"][0]["momentum"], len(state["state"]))
print(state["state"][3]["momentum_buffer"])
""",
    "sd3_gelu_layernorm_mlp": """
import torch
import torch.nn as nn
torch.manual_seed(16)
class Block(nn.Module):
    def __init__(self, d):
        super().__init__()
        self.norm = nn.LayerNorm(d)
        self.ff = nn.Sequential(nn.Linear(d, 2 * d), nn.GELU(), nn.Linear(2 * d, d))
    def forward(self, x):
        return x + self.ff(self.norm(x))
model = nn.Sequential(Block(6), Block(6), nn.Linear(6, 1))
print(model)
x = torch.randn(16, 6)
y = x.mean(1, keepdim=True)
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
for i in range(20):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    if i % 5 == 0:
        print(i, f"{loss.item():.4f}")
print(model[0].norm.weight)
""",
    "sd3_conv1d_signal_classifier": """
import torch
import torch.nn as nn
torch.manual_seed(17)
t = torch.linspace(0, 1, 32)
sig_a = torch.sin(2 * 3.14159 * 3 * t) + 0.3 * torch.randn(20, 32)
sig_b = torch.sign(torch.sin(2 * 3.14159 * 3 * t)) + 0.3 * torch.randn(20, 32)
X = torch.cat([sig_a, sig_b]).unsqueeze(1)
y = torch.cat([torch.zeros(20), torch.ones(20)]).long()
model = nn.Sequential(
    nn.Conv1d(1, 4, kernel_size=5, padding=2), nn.ReLU(), nn.MaxPool1d(2),
    nn.Conv1d(4, 8, kernel_size=3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool1d(1),
    nn.Flatten(), nn.Linear(8, 2))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for epoch in range(10):
    opt.zero_grad()
    out = model(X)
    loss = nn.functional.cross_entropy(out, y)
    loss.backward()
    opt.step()
    if epoch % 3 == 0:
        acc = (out.argmax(1) == y).float().mean().item()
        print(f"epoch {epoch} loss {loss.item():.4f} acc {acc:.3f}")
print(model(X[:2]).shape)
""",
    "sd3_cnn_loader_eval": """
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader
torch.manual_seed(18)
images = torch.randn(48, 1, 8, 8)
labels = (images.mean(dim=(1, 2, 3)) > 0).long()
loader = DataLoader(TensorDataset(images, labels), batch_size=12, shuffle=True)
model = nn.Sequential(
    nn.Conv2d(1, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.MaxPool2d(2),
    nn.Conv2d(4, 8, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d((1, 1)),
    nn.Flatten(), nn.Dropout(0.2), nn.Linear(8, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
for epoch in range(3):
    model.train()
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item()
    model.eval()
    with torch.no_grad():
        acc = (model(images).argmax(1) == labels).float().mean().item()
    print(f"epoch {epoch + 1}: train loss {total / len(loader):.3f}, accuracy {acc * 100:.1f}%")
print(model[1].running_var)
""",
    "sd3_checkpoint_resume": """
import io
import torch
import torch.nn as nn
torch.manual_seed(19)
def make():
    return nn.Sequential(nn.Linear(3, 5), nn.Tanh(), nn.Linear(5, 1))
model = make()
opt = torch.optim.Adam(model.parameters(), lr=0.01)
x, y = torch.randn(20, 3), torch.randn(20, 1)
def train(model, opt, steps):
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()
print(f"{train(model, opt, 5):.4f}")
buf = io.BytesIO()
torch.save({"epoch": 5, "model": model.state_dict(), "optimizer": opt.state_dict()}, buf)
print(f"{train(model, opt, 5):.4f}")
buf.seek(0)
ckpt = torch.load(buf)
model2 = make()
opt2 = torch.optim.Adam(model2.parameters(), lr=0.01)
model2.load_state_dict(ckpt["model"])
opt2.load_state_dict(ckpt["optimizer"])
print(ckpt["epoch"], opt2.state_dict()["state"][0]["step"])
print(f"{train(model2, opt2, 5):.4f}")
print(all(torch.equal(a, b) for a, b in zip(model.parameters(), model2.parameters())))
""",
    "sd3_nll_log_softmax_net": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(20)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(10, 16)
        self.fc2 = nn.Linear(16, 4)
    def forward(self, x):
        return F.log_softmax(self.fc2(F.relu(self.fc1(x))), dim=1)
net = Net()
x = torch.randn(30, 10)
target = torch.randint(0, 4, (30,))
opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.5)
for epoch in range(1, 6):
    opt.zero_grad()
    output = net(x)
    loss = F.nll_loss(output, target)
    loss.backward()
    opt.step()
    pred = output.argmax(dim=1, keepdim=True)
    correct = pred.eq(target.view_as(pred)).sum().item()
    print(f"Train Epoch: {epoch} Loss: {loss.item():.4f} Accuracy: {correct}/{len(x)}")
""",
    "sd3_multilabel_pos_weight": """
import torch
import torch.nn as nn
torch.manual_seed(21)
X = torch.randn(40, 5)
Y = torch.stack([X[:, 0] > 0, X[:, 1] + X[:, 2] > 1, X[:, 3] < -0.5], dim=1).float()
print(Y.sum(0))
model = nn.Linear(5, 3)
crit = nn.BCEWithLogitsLoss(pos_weight=torch.tensor([1.0, 2.0, 3.0]))
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for epoch in range(25):
    opt.zero_grad()
    logits = model(X)
    loss = crit(logits, Y)
    loss.backward()
    opt.step()
    if epoch % 8 == 0:
        print(epoch, f"{loss.item():.4f}")
pred = (torch.sigmoid(model(X)) > 0.5).float()
print("exact match:", (pred == Y).all(dim=1).float().mean().item())
print("per label acc:", (pred == Y).float().mean(0))
""",
    "sd3_huber_regression_outliers": """
import torch
import torch.nn as nn
torch.manual_seed(22)
x = torch.rand(50, 1) * 4
y = 1.5 * x + 0.5 + 0.1 * torch.randn(50, 1)
y[::10] += 8.0
for loss_fn in (nn.MSELoss(), nn.HuberLoss(delta=1.0), nn.L1Loss()):
    model = nn.Linear(1, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(300):
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
    print(type(loss_fn).__name__, f"w={model.weight.item():.2f} b={model.bias.item():.2f}")
""",
    "sd3_label_smoothing_class_weights": """
import torch
import torch.nn as nn
torch.manual_seed(23)
logits = torch.randn(8, 4, requires_grad=True)
target = torch.randint(0, 4, (8,))
for crit in (nn.CrossEntropyLoss(), nn.CrossEntropyLoss(label_smoothing=0.1),
             nn.CrossEntropyLoss(weight=torch.tensor([1.0, 2.0, 0.5, 1.0])),
             nn.CrossEntropyLoss(reduction="sum"), nn.CrossEntropyLoss(ignore_index=2)):
    loss = crit(logits, target)
    logits.grad = None
    loss.backward()
    print(f"{loss.item():.4f}", f"{logits.grad.abs().sum().item():.4f}")
print(target)
""",
}
