"""Compat corpus, tutorials part 7: "Learn the basics" (tensors, datasets, transforms, build
model, autograd, optimization loop), autograd mechanics notes, micrograd's checks against torch
and fast.ai-style loops without a Learner."""

SNIPPETS = {
    "tu7_basics_tensors_bridge": """
import numpy as np
import torch
data = [[1, 2], [3, 4]]
x_data = torch.tensor(data)
np_array = np.array(data)
x_np = torch.from_numpy(np_array)
x_ones = torch.ones_like(x_data)
print(f"Ones Tensor: \\n {x_ones} \\n")
torch.manual_seed(0)
x_rand = torch.rand_like(x_data, dtype=torch.float)
print(f"Random Tensor: \\n {x_rand} \\n")
shape = (2, 3,)
print(f"Zeros Tensor: \\n {torch.zeros(shape)}")
tensor = torch.rand(3, 4)
print(f"Shape of tensor: {tensor.shape}")
print(f"Datatype of tensor: {tensor.dtype}")
print(f"Device tensor is stored on: {tensor.device}")
tensor = torch.ones(4, 4)
print(f"First row: {tensor[0]}")
print(f"First column: {tensor[:, 0]}")
print(f"Last column: {tensor[..., -1]}")
tensor[:, 1] = 0
print(tensor)
t1 = torch.cat([tensor, tensor, tensor], dim=1)
print(t1)
y1 = tensor @ tensor.T
y2 = tensor.matmul(tensor.T)
y3 = torch.rand_like(y1)
torch.matmul(tensor, tensor.T, out=y3)
print(y1, torch.equal(y1, y3))
z1 = tensor * tensor
z3 = torch.rand_like(tensor)
torch.mul(tensor, tensor, out=z3)
agg = tensor.sum()
agg_item = agg.item()
print(agg_item, type(agg_item))
print(f"{tensor} \\n")
tensor.add_(5)
print(tensor)
t = torch.ones(5)
print(f"t: {t}")
n = t.numpy()
print(f"n: {n}")
t.add_(1)
print(f"t: {t}")
print(f"n: {n}")
n = np.ones(5)
t = torch.from_numpy(n)
np.add(n, 1, out=n)
print(f"t: {t}")
print(f"n: {n}")
""",
    "tu7_basics_custom_dataset_dataloader": """
import torch
from torch.utils.data import Dataset, DataLoader
torch.manual_seed(1)
class CustomImageDataset(Dataset):
    def __init__(self, n, transform=None, target_transform=None):
        self.images = torch.rand(n, 1, 4, 4)
        self.labels = torch.randint(0, 10, (n,))
        self.transform = transform
        self.target_transform = target_transform
    def __len__(self):
        return len(self.labels)
    def __getitem__(self, idx):
        image = self.images[idx]
        label = self.labels[idx].item()
        if self.transform:
            image = self.transform(image)
        if self.target_transform:
            label = self.target_transform(label)
        return image, label
target_transform = lambda y: torch.zeros(
    10, dtype=torch.float).scatter_(0, torch.tensor(y), value=1)
training_data = CustomImageDataset(10, transform=lambda x: x * 2 - 1,
                                   target_transform=target_transform)
img, label = training_data[0]
print(img.shape, label)
train_dataloader = DataLoader(training_data, batch_size=4, shuffle=True)
train_features, train_labels = next(iter(train_dataloader))
print(f"Feature batch shape: {train_features.size()}")
print(f"Labels batch shape: {train_labels.size()}")
print(train_labels.argmax(1), train_features.min() >= -1)
print(len(train_dataloader), [len(b[0]) for b in train_dataloader])
""",
    "tu7_basics_build_model": """
import torch
from torch import nn
torch.manual_seed(2)
device = "cpu"
print(f"Using {device} device")
class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(8*8, 32),
            nn.ReLU(),
            nn.Linear(32, 32),
            nn.ReLU(),
            nn.Linear(32, 10),
        )
    def forward(self, x):
        x = self.flatten(x)
        logits = self.linear_relu_stack(x)
        return logits
model = NeuralNetwork().to(device)
print(model)
X = torch.rand(1, 8, 8, device=device)
logits = model(X)
pred_probab = nn.Softmax(dim=1)(logits)
y_pred = pred_probab.argmax(1)
print(f"Predicted class: {y_pred}")
input_image = torch.rand(3, 8, 8)
print(input_image.size())
flatten = nn.Flatten()
flat_image = flatten(input_image)
print(flat_image.size())
layer1 = nn.Linear(in_features=8*8, out_features=5)
hidden1 = layer1(flat_image)
print(hidden1.size())
print(f"Before ReLU: {hidden1}\\n\\n")
hidden1 = nn.ReLU()(hidden1)
print(f"After ReLU: {hidden1}")
print(f"Model structure: {model}\\n\\n")
for name, param in model.named_parameters():
    print(f"Layer: {name} | Size: {param.size()} | Values : {param[:2].shape} \\n")
""",
    "tu7_basics_autograd_tutorial": """
import torch
torch.manual_seed(3)
x = torch.ones(5)
y = torch.zeros(3)
w = torch.randn(5, 3, requires_grad=True)
b = torch.randn(3, requires_grad=True)
z = torch.matmul(x, w)+b
loss = torch.nn.functional.binary_cross_entropy_with_logits(z, y)
print(f"Gradient function for z = {z.grad_fn}")
print(f"Gradient function for loss = {loss.grad_fn}")
loss.backward()
print(w.grad)
print(b.grad)
z = torch.matmul(x, w)+b
print(z.requires_grad)
with torch.no_grad():
    z = torch.matmul(x, w)+b
print(z.requires_grad)
z = torch.matmul(x, w)+b
z_det = z.detach()
print(z_det.requires_grad)
inp = torch.eye(4, 5, requires_grad=True)
out = (inp+1).pow(2).t()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"First call\\n{inp.grad}")
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\\nSecond call\\n{inp.grad}")
inp.grad.zero_()
out.backward(torch.ones_like(out), retain_graph=True)
print(f"\\nCall after zeroing gradients\\n{inp.grad}")
""",
    "tu7_basics_optimization_loops": """
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(4)
X = torch.randn(40, 6)
y = (X[:, 0] + X[:, 1] > 0).long()
train_dataloader = DataLoader(TensorDataset(X[:32], y[:32]), batch_size=8)
test_dataloader = DataLoader(TensorDataset(X[32:], y[32:]), batch_size=8)
model = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 2))
learning_rate = 1e-1
batch_size = 8
epochs = 2
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
def train_loop(dataloader, model, loss_fn, optimizer):
    size = len(dataloader.dataset)
    model.train()
    for batch, (X, y) in enumerate(dataloader):
        pred = model(X)
        loss = loss_fn(pred, y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if batch % 2 == 0:
            loss, current = loss.item(), batch * batch_size + len(X)
            print(f"loss: {loss:>7.4f}  [{current:>5d}/{size:>5d}]")
def test_loop(dataloader, model, loss_fn):
    model.eval()
    size = len(dataloader.dataset)
    num_batches = len(dataloader)
    test_loss, correct = 0, 0
    with torch.no_grad():
        for X, y in dataloader:
            pred = model(X)
            test_loss += loss_fn(pred, y).item()
            correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    test_loss /= num_batches
    correct /= size
    print(f"Test Error: \\n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8.4f} \\n")
for t in range(epochs):
    print(f"Epoch {t+1}\\n-------------------------------")
    train_loop(train_dataloader, model, loss_fn, optimizer)
    test_loop(test_dataloader, model, loss_fn)
print("Done!")
""",
    "tu7_mechanics_requires_grad_flags": """
import torch
import torch.nn as nn
torch.manual_seed(0)
x = torch.randn(5, 5)
y = torch.randn(5, 5)
z = torch.randn((5, 5), requires_grad=True)
a = x + y
print(a.requires_grad)
b = a + z
print(b.requires_grad, b.grad_fn)
model = nn.Linear(3, 2)
for param in model.parameters():
    param.requires_grad = False
model.weight.requires_grad_(True)
print([p.requires_grad for p in model.parameters()])
out = model(torch.ones(1, 3))
print(out.grad_fn, out.requires_grad)
with torch.no_grad():
    print(model(torch.ones(1, 3)).requires_grad)
with torch.inference_mode():
    t = model(torch.ones(1, 3))
print(t.requires_grad, t.is_inference())
model.eval()
print(model.training, model(torch.ones(1, 3)).requires_grad)
""",
    "tu7_mechanics_inplace_correctness": """
import torch
a = torch.tensor([1., 2., 3.], requires_grad=True)
b = a.sigmoid()
c = b * 2
b.mul_(3)
try:
    c.sum().backward()
    print('ok', a.grad)
except RuntimeError as e:
    print(type(e).__name__, str(e).split('.')[0])
x = torch.tensor([1., 2.], requires_grad=True)
y = x.exp()
y.add_(1)
try:
    y.sum().backward()
except RuntimeError as e:
    print(str(e)[:60])
w = torch.ones(2, requires_grad=True)
try:
    w.add_(1)
except RuntimeError as e:
    print(e)
v = torch.ones(2, requires_grad=True).clone()
v[0] = 5
print(v, v._version)
v.sum().backward()
""",
    "tu7_mechanics_saved_tensor_hooks": """
import torch
torch.manual_seed(0)
def pack_hook(x):
    print("Packing", x.shape)
    return x
def unpack_hook(x):
    print("Unpacking", x.shape)
    return x
a = torch.ones(5, requires_grad=True)
b = torch.ones(5, requires_grad=True) * 2
with torch.autograd.graph.saved_tensors_hooks(pack_hook, unpack_hook):
    y = a * b
y.sum().backward()
print(a.grad)
x = torch.randn(5, requires_grad=True)
y = x.pow(2)
print(y.grad_fn._saved_self is x)
print(y.grad_fn._saved_exponent)
y = x.exp()
print(y.grad_fn._saved_result.equal(y), y.grad_fn._saved_result is y)
class SelfDeletingTempFile():
    def __init__(self):
        self.name = 'never-used'
store = {}
def pack(t):
    key = len(store)
    store[key] = t.clone()
    return key
def unpack(key):
    return store[key]
x = torch.arange(3.0, requires_grad=True)
with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
    y = x * x
y.sum().backward()
print(x.grad, len(store))
""",
    "tu7_mechanics_no_grad_vs_detach": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
with torch.no_grad():
    y = x * 2
print(y.requires_grad, y.grad_fn)
z = x.detach()
z[0] = 10
print(x)
with torch.set_grad_enabled(False):
    w = x ** 2
print(w.requires_grad)
torch.set_grad_enabled(True)
w = x ** 2
print(w.requires_grad)
@torch.no_grad()
def doubler(t):
    return t * 2
print(doubler(x).requires_grad)
@torch.enable_grad()
def tripler(t):
    return t * 3
with torch.no_grad():
    print(tripler(x).requires_grad)
print(torch.is_grad_enabled())
""",
    "tu7_micrograd_sanity_check": """
import torch
x = torch.Tensor([-4.0]).double()
x.requires_grad = True
z = 2 * x + 2 + x
q = z.relu() + z * x
h = (z * z).relu()
y = h + q + q * x
y.backward()
xpt, ypt = x, y
print(ypt.data.item(), xpt.grad.item())
print(y.dtype, x.grad.dtype, z.grad_fn, q.grad_fn, h.grad_fn)
""",
    "tu7_micrograd_more_ops": """
import torch
a = torch.Tensor([-4.0]).double()
b = torch.Tensor([2.0]).double()
a.requires_grad = True
b.requires_grad = True
c = a + b
d = a * b + b**3
c = c + c + 1
c = c + 1 + c + (-a)
d = d + d * 2 + (b + a).relu()
d = d + 3 * d + (b - a).relu()
e = c - d
f = e**2
g = f / 2.0
g = g + 10.0 / f
g.backward()
apt, bpt, gpt = a, b, g
tol = 1e-6
print(gpt.data.item())
print(apt.grad.item(), bpt.grad.item())
print(abs(gpt.data.item() - 24.70408163265306) < tol)
""",
    "tu7_micrograd_mlp_moons_like": """
import torch
torch.manual_seed(5)
X = torch.randn(30, 2, dtype=torch.float64)
y = torch.where(X[:, 0] * X[:, 1] > 0, 1.0, -1.0).double()
W1 = torch.randn(2, 16, dtype=torch.float64, requires_grad=True)
b1 = torch.zeros(16, dtype=torch.float64, requires_grad=True)
W2 = torch.randn(16, 1, dtype=torch.float64, requires_grad=True)
b2 = torch.zeros(1, dtype=torch.float64, requires_grad=True)
params = [W1, b1, W2, b2]
print('number of parameters', sum(p.numel() for p in params))
def loss():
    scores = (torch.relu(X @ W1 + b1) @ W2 + b2).squeeze(1)
    losses = torch.relu(1 + -y * scores)
    data_loss = losses.sum() * (1.0 / len(losses))
    alpha = 1e-4
    reg_loss = alpha * sum((p * p).sum() for p in params)
    total_loss = data_loss + reg_loss
    accuracy = ((y > 0) == (scores > 0)).double().mean()
    return total_loss, accuracy
for k in range(20):
    total_loss, acc = loss()
    for p in params:
        p.grad = None
    total_loss.backward()
    learning_rate = 1.0 - 0.9 * k / 100
    with torch.no_grad():
        for p in params:
            p -= learning_rate * p.grad
    if k % 5 == 0:
        print(f"step {k} loss {total_loss.item():.6f}, accuracy {acc.item()*100}%")
""",
    "tu7_fastai_style_fit_one_cycle": """
import torch
from torch import nn
import torch.nn.functional as F
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(6)
x = torch.randn(48, 5)
y = (x @ torch.tensor([1., -2., 0.5, 0., 1.]) > 0).long()
dls = DataLoader(TensorDataset(x, y), batch_size=12, shuffle=True)
model = nn.Sequential(nn.Linear(5, 20), nn.ReLU(), nn.BatchNorm1d(20), nn.Linear(20, 2))
epochs = 3
opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-2)
sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=1e-2, total_steps=epochs * len(dls))
for epoch in range(epochs):
    model.train()
    tot = 0.0
    for xb, yb in dls:
        loss = F.cross_entropy(model(xb), yb)
        loss.backward()
        opt.step()
        opt.zero_grad()
        sched.step()
        tot += loss.item() * len(xb)
    model.eval()
    with torch.no_grad():
        acc = (model(x).argmax(1) == y).float().mean()
    print(epoch, f'{tot / len(x):.4f}', f'{acc.item():.4f}', f"{sched.get_last_lr()[0]:.6f}")
print(opt.param_groups[0]['betas'], sched.state_dict()['total_steps'])
""",
    "tu7_fastai_style_callbacks_loop": """
import torch
from torch import nn
torch.manual_seed(7)
class Recorder:
    def __init__(self):
        self.losses, self.lrs = [], []
    def after_batch(self, loss, opt):
        self.losses.append(round(loss.item(), 4))
        self.lrs.append(opt.param_groups[0]['lr'])
class Learner:
    def __init__(self, model, data, loss_func, opt_func, lr, cbs):
        self.model, self.data, self.loss_func = model, data, loss_func
        self.opt = opt_func(model.parameters(), lr=lr)
        self.cbs = cbs
    def one_batch(self, xb, yb):
        self.pred = self.model(xb)
        self.loss = self.loss_func(self.pred, yb)
        self.loss.backward()
        self.opt.step()
        self.opt.zero_grad()
        for cb in self.cbs:
            cb.after_batch(self.loss, self.opt)
    def fit(self, n_epochs):
        for epoch in range(n_epochs):
            for xb, yb in self.data:
                self.one_batch(xb, yb)
x = torch.linspace(-1, 1, 24).unsqueeze(1)
y = 3 * x - 1
data = [(x[i:i + 8], y[i:i + 8]) for i in range(0, 24, 8)]
rec = Recorder()
learn = Learner(nn.Linear(1, 1), data, nn.MSELoss(), torch.optim.SGD, 0.3, [rec])
learn.fit(3)
print(rec.losses)
print(rec.lrs[:3], len(rec.losses))
print(learn.model.weight.data, learn.model.bias.data)
""",
    "tu7_cifar_blitz_training_print": """
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
torch.manual_seed(8)
classes = ('plane', 'car', 'bird', 'cat')
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3)
        self.pool = nn.MaxPool2d(2, 2)
        self.fc1 = nn.Linear(4 * 3 * 3, 12)
        self.fc2 = nn.Linear(12, 4)
    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = torch.flatten(x, 1)
        x = F.relu(self.fc1(x))
        return self.fc2(x)
net = Net()
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(net.parameters(), lr=0.01, momentum=0.9)
images = torch.randn(16, 3, 8, 8)
labels = torch.randint(0, 4, (16,))
trainloader = [(images[i:i + 4], labels[i:i + 4]) for i in range(0, 16, 4)]
for epoch in range(2):
    running_loss = 0.0
    for i, data in enumerate(trainloader, 0):
        inputs, labels_b = data
        optimizer.zero_grad()
        outputs = net(inputs)
        loss = criterion(outputs, labels_b)
        loss.backward()
        optimizer.step()
        running_loss += loss.item()
        if i % 2 == 1:
            print(f'[{epoch + 1}, {i + 1:5d}] loss: {running_loss / 2:.3f}')
            running_loss = 0.0
print('Finished Training')
print('GroundTruth: ', ' '.join(f'{classes[labels[j]]:5s}' for j in range(4)))
outputs = net(images[:4])
_, predicted = torch.max(outputs, 1)
print('Predicted: ', ' '.join(f'{classes[predicted[j]]:5s}' for j in range(4)))
correct_pred = {classname: 0 for classname in classes}
total_pred = {classname: 0 for classname in classes}
with torch.no_grad():
    outputs = net(images)
    _, predictions = torch.max(outputs, 1)
    for label, prediction in zip(labels, predictions):
        if label == prediction:
            correct_pred[classes[label]] += 1
        total_pred[classes[label]] += 1
print(total_pred)
""",
    "tu7_jacobian_vector_product_notes": """
import torch
from torch.autograd.functional import jacobian, hessian, vjp, jvp
def exp_reducer(x):
    return x.exp().sum(dim=1)
inputs = torch.tensor([[0.5, 1.0], [0.0, -1.0]])
print(jacobian(exp_reducer, inputs).shape)
def pow_reducer(x):
    return x.pow(3).sum()
print(hessian(pow_reducer, torch.tensor([1.0, 2.0])))
v = torch.ones(2)
print(vjp(exp_reducer, inputs, v))
def adder(x, y):
    return 2 * x + 3 * y
print(jvp(adder, (torch.ones(2), torch.ones(2)), (torch.ones(2), torch.ones(2))))
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
while y.data.norm() < 100:
    y = y * 2
print(y)
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
print(x.grad)
""",
}
