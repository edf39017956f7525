"""Compat corpus, seeded part 6: data preparation and evaluation code around training (dataset
statistics printed raw, normalisation, optimizer/scheduler reprs, top-k accuracy, confusion)."""

SNIPPETS = {
    "sd6_dataset_stats_raw": """
import torch
torch.manual_seed(0)
data = torch.randn(200, 3) * torch.tensor([1.0, 5.0, 0.1]) + torch.tensor([0.0, 10.0, -1.0])
mean = data.mean(dim=0)
std = data.std(dim=0)
print(mean)
print(std)
print(mean.tolist())
print(std.tolist())
print(data.sum().item(), data.mean().item(), data.std().item(), data.var().item())
normed = (data - mean) / std
print(normed.mean(0).abs().max() < 1e-5, normed.std(0))
print(data.min(0), data.max(0).values)
""",
    "sd6_minmax_scaling_split": """
import torch
torch.manual_seed(1)
X = torch.rand(50, 4) * 100
lo, hi = X.min(dim=0).values, X.max(dim=0).values
scaled = (X - lo) / (hi - lo)
print(lo, hi)
print(scaled.mean(dim=0).tolist())
idx = torch.randperm(50)
train_idx, test_idx = idx[:40], idx[40:]
print(test_idx)
print(X[test_idx].mean().item(), X[train_idx].sum(1)[:5].tolist())
""",
    "sd6_optimizer_and_scheduler_repr": """
import torch
import torch.nn as nn
torch.manual_seed(2)
model = nn.Linear(3, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, weight_decay=1e-4)
print(opt)
adam = torch.optim.Adam([{"params": model.weight}, {"params": model.bias, "lr": 1e-2}], lr=1e-3)
print(adam)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
print(sched.state_dict())
print(len(opt.param_groups), opt.param_groups[0]["lr"], [g["lr"] for g in adam.param_groups])
model(torch.randn(4, 3)).sum().backward()
opt.step()
print(opt.state_dict()["state"][1])
""",
    "sd6_topk_accuracy_confusion": """
import torch
import torch.nn as nn
torch.manual_seed(3)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 5))
x = torch.randn(64, 8)
y = torch.randint(0, 5, (64,))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
for _ in range(30):
    opt.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()
    opt.step()
model.eval()
with torch.no_grad():
    logits = model(x)
    top1 = (logits.argmax(1) == y).float().mean().item()
    top3 = (logits.topk(3, dim=1).indices == y.unsqueeze(1)).any(1).float().mean().item()
    pred = logits.argmax(1)
print(f"top1 {top1:.3f} top3 {top3:.3f}")
conf = torch.bincount(y * 5 + pred, minlength=25).reshape(5, 5)
print(conf)
print(conf.diag().sum().item(), conf.sum(1))
print(model.training, model[0].training)
""",
    "sd6_zero_grad_set_to_none": """
import torch
import torch.nn as nn
torch.manual_seed(4)
model = nn.Linear(2, 1)
x = torch.randn(3, 2)
model(x).sum().backward()
print(model.weight.grad)
model.zero_grad()
print(model.weight.grad)
model(x).sum().backward()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
opt.zero_grad(set_to_none=False)
print(model.weight.grad)
model(x).sum().backward()
model(x).sum().backward()
print(model.bias.grad)
print(model.weight.detach().numpy().shape, model.weight.requires_grad)
""",
    "sd6_softmax_module_predict": """
import torch
import torch.nn as nn
torch.manual_seed(5)
clf = nn.Sequential(nn.Linear(4, 3), nn.Softmax(dim=1))
print(clf)
x = torch.randn(5, 4)
probs = clf(x)
print(torch.allclose(probs.sum(1), torch.ones(5)))
print(probs.argmax(1), probs.max(1).values)
conf, pred = torch.max(probs, dim=1)
print(conf, pred)
print(torch.softmax(torch.tensor([1.0, 2.0, 3.0]), 0))
print(torch.log_softmax(torch.tensor([[1.0, 2.0], [3.0, 5.0]]), 1))
""",
    "sd6_loss_tracking_lists": """
import torch
import torch.nn as nn
torch.manual_seed(6)
X = torch.randn(30, 2)
y = (X[:, 0] - X[:, 1] > 0).float().unsqueeze(1)
model = nn.Sequential(nn.Linear(2, 4), nn.Sigmoid(), nn.Linear(4, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.5)
history = {"loss": [], "acc": []}
for epoch in range(20):
    out = model(X)
    loss = nn.BCEWithLogitsLoss()(out, y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    history["loss"].append(round(loss.item(), 3))
    history["acc"].append(((out > 0).float() == y).float().mean().item())
print(history["loss"])
print(history["acc"])
print(min(history["loss"]), history["loss"].index(min(history["loss"])))
""",
    "sd6_per_class_weights_sampling": """
import torch
torch.manual_seed(7)
labels = torch.randint(0, 3, (30,))
counts = torch.bincount(labels, minlength=3)
print(counts)
class_weights = counts.sum() / (3 * counts.float())
print(class_weights)
print(torch.multinomial(class_weights[labels], 5, replacement=False))
print(torch.unique(labels, return_counts=True))
print(labels.float().mean().item(), labels.float().std().item())
""",
}
