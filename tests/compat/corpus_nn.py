"""Compat corpus, part 3: nn, optim and utils.data as course notebooks use them."""

SNIPPETS = {
    "linear_layer_shapes": """
import torch
import torch.nn as nn
layer = nn.Linear(4, 2)
print(layer)
print(layer.weight.shape, layer.bias.shape)
print(layer(torch.zeros(3, 4)).shape)
print(layer.in_features, layer.out_features)
""",
    "sequential_print": """
import torch
from torch import nn
model = nn.Sequential(nn.Linear(2, 8), nn.ReLU(), nn.Linear(8, 1), nn.Sigmoid())
print(model)
print(len(model), model[0])
""",
    "module_subclass_print": """
import torch
import torch.nn as nn
import torch.nn.functional as F
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(10, 5)
        self.fc2 = nn.Linear(5, 2)
        self.dropout = nn.Dropout(0.5)
    def forward(self, x):
        x = F.relu(self.fc1(x))
        return self.fc2(self.dropout(x))
net = Net()
print(net)
print(net(torch.zeros(3, 10)).shape)
""",
    "count_parameters": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(10, 20), nn.ReLU(), nn.Linear(20, 3))
total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(total, trainable)
print(f"Total params: {total:,}")
""",
    "named_parameters": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
for name, p in model.named_parameters():
    print(name, p.shape, p.requires_grad)
""",
    "state_dict_keys": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Linear(4, 1))
print(list(model.state_dict().keys()))
for k, v in model.state_dict().items():
    print(k, tuple(v.shape))
""",
    "parameter_repr": """
import torch
import torch.nn as nn
p = nn.Parameter(torch.tensor([1., 2.]))
print(p)
print(type(p).__name__, p.requires_grad, p.is_leaf)
print(isinstance(p, torch.Tensor))
""",
    "manual_weights_forward": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1., 2.]]))
    lin.bias.fill_(0.5)
out = lin(torch.tensor([[1., 1.], [2., 0.]]))
print(out)
print(lin.weight)
""",
    "init_constant": """
import torch
import torch.nn as nn
lin = nn.Linear(3, 2)
nn.init.constant_(lin.weight, 0.1)
nn.init.zeros_(lin.bias)
print(lin(torch.ones(1, 3)))
nn.init.ones_(lin.weight)
print(lin.weight)
""",
    "training_loop_sgd": """
import torch
import torch.nn as nn
X = torch.linspace(0, 1, 10).unsqueeze(1)
y = 3 * X + 2
model = nn.Linear(1, 1)
nn.init.zeros_(model.weight)
nn.init.zeros_(model.bias)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
loss_fn = nn.MSELoss()
for epoch in range(100):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    if epoch % 25 == 0:
        print(f"Epoch {epoch}, Loss: {loss.item():.4f}")
print(round(model.weight.item(), 2), round(model.bias.item(), 2))
""",
    "training_loop_adam": """
import torch
import torch.nn as nn
torch.manual_seed(0)
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
y = torch.tensor([[0.], [1.], [1.], [2.]])
model = nn.Linear(2, 1)
nn.init.constant_(model.weight, 0.0)
nn.init.constant_(model.bias, 0.0)
optimizer = torch.optim.Adam(model.parameters(), lr=0.1)
for step in range(300):
    optimizer.zero_grad()
    loss = ((model(X) - y) ** 2).mean()
    loss.backward()
    optimizer.step()
print(f"{loss.item():.6f}")
print(model.weight.detach().round(decimals=2))
""",
    "cross_entropy_values": """
import torch
import torch.nn as nn
import torch.nn.functional as F
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]])
target = torch.tensor([0, 1])
print(F.cross_entropy(logits, target))
print(nn.CrossEntropyLoss()(logits, target))
print(nn.CrossEntropyLoss(reduction='none')(logits, target))
print(F.nll_loss(F.log_softmax(logits, dim=1), target))
""",
    "loss_functions_values": """
import torch
import torch.nn as nn
pred = torch.tensor([0.2, 0.8, 0.6])
target = torch.tensor([0., 1., 1.])
print(nn.MSELoss()(pred, target))
print(nn.L1Loss()(pred, target))
print(nn.BCELoss()(pred, target))
print(nn.BCEWithLogitsLoss()(pred, target))
print(nn.SmoothL1Loss()(pred, target))
print(nn.MSELoss(reduction='sum')(pred, target))
""",
    "loss_with_grad_fn": """
import torch
import torch.nn.functional as F
w = torch.tensor([0.5, -0.5], requires_grad=True)
x = torch.tensor([[1., 2.], [3., 4.]])
loss = F.mse_loss(x @ w, torch.tensor([0., 1.]))
print(loss)
loss.backward()
print(w.grad)
""",
    "activations": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([-2., -0.5, 0., 0.5, 2.])
print(F.relu(x))
print(nn.LeakyReLU(0.1)(x))
print(torch.sigmoid(x))
print(torch.tanh(x))
print(F.softplus(x))
print(F.gelu(x))
print(F.elu(x))
print(nn.Softmax(dim=0)(x))
""",
    "softmax_dims": """
import torch
import torch.nn.functional as F
x = torch.tensor([[1., 2., 3.], [1., 1., 1.]])
print(F.softmax(x, dim=1))
print(F.softmax(x, dim=1).sum(dim=1))
print(F.log_softmax(x, dim=-1))
print(x.softmax(0))
""",
    "dataset_dataloader": """
import torch
from torch.utils.data import TensorDataset, DataLoader
X = torch.arange(10.).view(5, 2)
y = torch.arange(5)
ds = TensorDataset(X, y)
print(len(ds))
print(ds[0])
loader = DataLoader(ds, batch_size=2, shuffle=False)
for xb, yb in loader:
    print(xb.shape, yb)
print(len(loader))
""",
    "custom_dataset": """
import torch
from torch.utils.data import Dataset, DataLoader
class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return torch.tensor([float(i)]), torch.tensor(i * i)
loader = DataLoader(Squares(5), batch_size=3)
for x, y in loader:
    print(x, y)
""",
    "dataloader_drop_last": """
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.arange(7))
print([b[0].tolist() for b in DataLoader(ds, batch_size=3)])
print([b[0].tolist() for b in DataLoader(ds, batch_size=3, drop_last=True)])
""",
    "dataloader_dict_collate": """
import torch
from torch.utils.data import DataLoader
data = [{"x": torch.tensor([i, i]), "y": i} for i in range(4)]
for batch in DataLoader(data, batch_size=2):
    print(batch)
""",
    "random_split_lengths": """
import torch
from torch.utils.data import random_split, TensorDataset
ds = TensorDataset(torch.arange(10))
train, val = random_split(ds, [8, 2])
print(len(train), len(val))
""",
    "model_train_eval": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.3))
print(model.training)
model.eval()
print(model.training, model[1].training)
model.train()
print(model.training)
""",
    "dropout_eval_identity": """
import torch
import torch.nn as nn
d = nn.Dropout(0.5)
d.eval()
x = torch.ones(4)
print(d(x))
""",
    "batchnorm_eval": """
import torch
import torch.nn as nn
bn = nn.BatchNorm1d(2)
x = torch.tensor([[1., 2.], [3., 6.]])
print(bn(x))
print(bn.running_mean, bn.running_var)
bn.eval()
print(bn(x))
print(bn)
""",
    "layernorm_values": """
import torch
import torch.nn as nn
ln = nn.LayerNorm(3)
print(ln(torch.tensor([[1., 2., 3.], [2., 2., 5.]])))
print(ln)
""",
    "conv2d_shapes": """
import torch
import torch.nn as nn
conv = nn.Conv2d(1, 4, kernel_size=3, padding=1)
x = torch.zeros(2, 1, 8, 8)
print(conv(x).shape)
print(conv)
pool = nn.MaxPool2d(2)
print(pool(conv(x)).shape)
print(nn.Flatten()(pool(conv(x))).shape)
""",
    "conv_manual_kernel": """
import torch
import torch.nn.functional as F
img = torch.arange(16.).view(1, 1, 4, 4)
k = torch.ones(1, 1, 2, 2)
print(F.conv2d(img, k))
print(F.max_pool2d(img, 2))
print(F.avg_pool2d(img, 2))
""",
    "embedding_lookup": """
import torch
import torch.nn as nn
emb = nn.Embedding(5, 3)
with torch.no_grad():
    emb.weight.copy_(torch.arange(15.).view(5, 3))
print(emb(torch.tensor([0, 4, 2])))
print(emb)
""",
    "optimizer_state": """
import torch
import torch.nn as nn
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
print(opt.param_groups[0]['lr'], opt.param_groups[0]['momentum'])
print(len(opt.param_groups[0]['params']))
print(list(opt.state_dict().keys()))
for g in opt.param_groups:
    g['lr'] = 0.001
print(opt.param_groups[0]['lr'])
""",
    "optimizer_repr": """
import torch
w = torch.zeros(2, requires_grad=True)
print(torch.optim.SGD([w], lr=0.1))
""",
    "lr_scheduler_steplr": """
import torch
w = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(6):
    opt.step()
    sched.step()
    print(epoch, sched.get_last_lr())
""",
    "zero_grad_sets_none": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
m(torch.ones(1, 2)).sum().backward()
print(m.weight.grad)
opt = torch.optim.SGD(m.parameters(), lr=0.1)
opt.zero_grad()
print(m.weight.grad)
m.zero_grad()
print(m.bias.grad)
""",
    "sgd_step_values": """
import torch
w = torch.tensor([1.0, -1.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
loss = (w ** 2).sum()
loss.backward()
opt.step()
print(w)
print(w.grad)
""",
    "adam_step_values": """
import torch
w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
for _ in range(3):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
print(w)
""",
    "clip_grad_norm": """
import torch
import torch.nn as nn
w = nn.Parameter(torch.tensor([3., 4.]))
(w * w).sum().backward()
n = nn.utils.clip_grad_norm_([w], max_norm=1.0)
print(n)
print(w.grad)
""",
    "save_load_state_dict": """
import io
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
nn.init.constant_(m.weight, 0.25)
buf = io.BytesIO()
torch.save(m.state_dict(), buf)
buf.seek(0)
m2 = nn.Linear(2, 2)
print(m2.load_state_dict(torch.load(buf)))
print(m2.weight)
""",
    "modules_children": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Sequential(nn.Linear(3, 1)))
print([type(m).__name__ for m in model.children()])
print([name for name, _ in model.named_modules()])
""",
    "module_list_dict": """
import torch
import torch.nn as nn
layers = nn.ModuleList([nn.Linear(2, 2) for _ in range(3)])
print(len(layers))
d = nn.ModuleDict({"a": nn.ReLU(), "b": nn.Tanh()})
print(d)
print(d["a"](torch.tensor([-1., 1.])))
""",
    "register_buffer": """
import torch
import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("scale", torch.tensor([2.0]))
        self.w = nn.Parameter(torch.ones(1))
    def forward(self, x):
        return x * self.w * self.scale
m = M()
print(list(m.state_dict().keys()))
print(len(list(m.parameters())), len(list(m.buffers())))
print(m(torch.tensor([3.])))
""",
    "freeze_layers": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
for p in model[0].parameters():
    p.requires_grad = False
print([p.requires_grad for p in model.parameters()])
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
""",
    "xor_training_deterministic": """
import torch
import torch.nn as nn
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
Y = torch.tensor([[0.], [1.], [1.], [0.]])
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1), nn.Sigmoid())
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1., 1.], [-1., -1.], [1., -1.], [-1., 1.]]))
    model[0].bias.copy_(torch.tensor([-0.5, 1.5, 0.1, -0.1]))
    model[2].weight.fill_(0.5)
    model[2].bias.zero_()
opt = torch.optim.SGD(model.parameters(), lr=1.0)
crit = nn.BCELoss()
for epoch in range(500):
    opt.zero_grad()
    loss = crit(model(X), Y)
    loss.backward()
    opt.step()
print((model(X) > 0.5).float().view(-1))
print(loss.item() < 0.2)
""",
    "classifier_eval_loop": """
import torch
import torch.nn as nn
model = nn.Linear(2, 3)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[1., 0.], [0., 1.], [-1., -1.]]))
    model.bias.zero_()
X = torch.tensor([[2., 1.], [0., 3.], [-1., -2.], [1., 1.5]])
y = torch.tensor([0, 1, 2, 0])
model.eval()
correct = 0
with torch.no_grad():
    out = model(X)
    _, predicted = torch.max(out.data, 1)
    correct += (predicted == y).sum().item()
print(predicted)
print(f"Accuracy: {100 * correct / len(y)}%")
""",
    "functional_linear": """
import torch
import torch.nn.functional as F
x = torch.tensor([[1., 2.]])
w = torch.tensor([[1., 0.], [0., 1.], [1., 1.]])
b = torch.tensor([0., 0., 1.])
print(F.linear(x, w, b))
print(F.pad(x, (1, 1)))
print(F.normalize(torch.tensor([[3., 4.]]), dim=1))
""",
    "parameters_grad_after_backward": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
nn.init.ones_(m.weight)
nn.init.zeros_(m.bias)
out = m(torch.tensor([[1., 2.], [3., 4.]]))
print(out)
out.mean().backward()
print(m.weight.grad, m.bias.grad)
""",
    "rnn_shapes": """
import torch
import torch.nn as nn
rnn = nn.LSTM(input_size=3, hidden_size=5, batch_first=True)
out, (h, c) = rnn(torch.zeros(2, 4, 3))
print(out.shape, h.shape, c.shape)
gru = nn.GRU(3, 4)
o, h = gru(torch.zeros(6, 2, 3))
print(o.shape, h.shape)
""",
    "identity_and_flatten": """
import torch
import torch.nn as nn
x = torch.arange(24.).view(2, 3, 4)
print(nn.Identity()(x).shape)
print(nn.Flatten()(x).shape)
print(nn.Flatten(0)(x).shape)
print(x.flatten(start_dim=1).shape)
""",
    "module_to_device_dtype": """
import torch
import torch.nn as nn
m = nn.Linear(2, 2).to(torch.device('cpu'))
print(next(m.parameters()).device)
m = m.double()
print(m.weight.dtype)
print(m(torch.ones(1, 2, dtype=torch.float64)).dtype)
""",
    "cross_entropy_grad": """
import torch
import torch.nn.functional as F
logits = torch.tensor([[1., 2., 3.]], requires_grad=True)
loss = F.cross_entropy(logits, torch.tensor([2]))
loss.backward()
print(loss)
print(logits.grad)
""",
}
