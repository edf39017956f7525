"""Compat corpus, tutorials part 15: course notebooks (Deep Learning with PyTorch's thermometer,
Udacity's classifier with checkpoints, CS231n's PyTorch parts, Jovian's Zero to GANs)."""

SNIPPETS = {
    "tu15_dlwpt_thermometer": """
import torch
import torch.optim as optim
t_c = [0.5, 14.0, 15.0, 28.0, 11.0, 8.0, 3.0, -4.0, 6.0, 13.0, 21.0]
t_u = [35.7, 55.9, 58.2, 81.9, 56.3, 48.9, 33.9, 21.8, 48.4, 60.4, 68.4]
t_c = torch.tensor(t_c)
t_u = torch.tensor(t_u)
def model(t_u, w, b):
    return w * t_u + b
def loss_fn(t_p, t_c):
    squared_diffs = (t_p - t_c)**2
    return squared_diffs.mean()
w = torch.ones(())
b = torch.zeros(())
t_p = model(t_u, w, b)
print(t_p)
loss = loss_fn(t_p, t_c)
print(loss)
delta = 0.1
learning_rate = 1e-2
loss_rate_of_change_w = (loss_fn(model(t_u, w + delta, b), t_c) -
                         loss_fn(model(t_u, w - delta, b), t_c)) / (2.0 * delta)
print(loss_rate_of_change_w)
def training_loop(n_epochs, learning_rate, params, t_u, t_c):
    for epoch in range(1, n_epochs + 1):
        if params.grad is not None:
            params.grad.zero_()
        t_p = model(t_u, *params)
        loss = loss_fn(t_p, t_c)
        loss.backward()
        with torch.no_grad():
            params -= learning_rate * params.grad
        if epoch % 100 == 0:
            print('Epoch %d, Loss %f' % (epoch, float(loss)))
    return params
t_un = 0.1 * t_u
params = training_loop(n_epochs=300, learning_rate=1e-2,
                       params=torch.tensor([1.0, 0.0], requires_grad=True), t_u=t_un, t_c=t_c)
print([round(v, 3) for v in params.tolist()])
print([n for n in ['SGD', 'Adam'] if hasattr(optim, n)])
def training_loop2(n_epochs, optimizer, params, train_t_u, val_t_u, train_t_c, val_t_c):
    for epoch in range(1, n_epochs + 1):
        train_t_p = model(train_t_u, *params)
        train_loss = loss_fn(train_t_p, train_t_c)
        with torch.no_grad():
            val_t_p = model(val_t_u, *params)
            val_loss = loss_fn(val_t_p, val_t_c)
            assert val_loss.requires_grad == False
        optimizer.zero_grad()
        train_loss.backward()
        optimizer.step()
        if epoch <= 3 or epoch % 100 == 0:
            print(f"Epoch {epoch}, Training loss {train_loss.item():.4f},"
                  f" Validation loss {val_loss.item():.4f}")
    return params
torch.manual_seed(0)
n_samples = t_u.shape[0]
n_val = int(0.2 * n_samples)
shuffled_indices = torch.randperm(n_samples)
train_indices = shuffled_indices[:-n_val]
val_indices = shuffled_indices[-n_val:]
print(train_indices, val_indices)
params = torch.tensor([1.0, 0.0], requires_grad=True)
optimizer = optim.SGD([params], lr=1e-2)
training_loop2(300, optimizer, params, 0.1 * t_u[train_indices], 0.1 * t_u[val_indices],
               t_c[train_indices], t_c[val_indices])
""",
    "tu15_dlwpt_ordereddict_seq_model": """
from collections import OrderedDict
import torch
import torch.nn as nn
import torch.optim as optim
torch.manual_seed(1)
t_c = torch.tensor([0.5, 14.0, 15.0, 28.0, 11.0, 8.0, 3.0, -4.0, 6.0, 13.0, 21.0]).unsqueeze(1)
t_u = torch.tensor([35.7, 55.9, 58.2, 81.9, 56.3, 48.9, 33.9, 21.8, 48.4, 60.4, 68.4]).unsqueeze(1)
t_un = 0.1 * t_u
linear_model = nn.Linear(1, 1)
print(linear_model(t_un[:3]))
print(linear_model.weight, linear_model.bias)
x = torch.ones(1)
print(linear_model(x))
x = torch.ones(10, 1)
print(linear_model(x).shape)
seq_model = nn.Sequential(nn.Linear(1, 13), nn.Tanh(), nn.Linear(13, 1))
print(seq_model)
print([param.shape for param in seq_model.parameters()])
for name, param in seq_model.named_parameters():
    print(name, param.shape)
seq_model = nn.Sequential(OrderedDict([
    ('hidden_linear', nn.Linear(1, 8)),
    ('hidden_activation', nn.Tanh()),
    ('output_linear', nn.Linear(8, 1))
]))
print(seq_model)
for name, param in seq_model.named_parameters():
    print(name, param.shape)
print(seq_model.output_linear.bias)
optimizer = optim.SGD(seq_model.parameters(), lr=1e-3)
for epoch in range(1, 301):
    t_p = seq_model(t_un)
    loss = nn.MSELoss()(t_p, t_c)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    if epoch % 100 == 0:
        print(f'Epoch {epoch}, Loss {loss.item():.3f}')
print('hidden', seq_model.hidden_linear.weight.grad.shape)
""",
    "tu15_udacity_network_checkpoint": """
import torch
from torch import nn
import torch.nn.functional as F
torch.manual_seed(2)
class Network(nn.Module):
    def __init__(self, input_size, output_size, hidden_layers, drop_p=0.5):
        super().__init__()
        self.hidden_layers = nn.ModuleList([nn.Linear(input_size, hidden_layers[0])])
        layer_sizes = zip(hidden_layers[:-1], hidden_layers[1:])
        self.hidden_layers.extend([nn.Linear(h1, h2) for h1, h2 in layer_sizes])
        self.output = nn.Linear(hidden_layers[-1], output_size)
        self.dropout = nn.Dropout(p=drop_p)
    def forward(self, x):
        for each in self.hidden_layers:
            x = F.relu(each(x))
            x = self.dropout(x)
        x = self.output(x)
        return F.log_softmax(x, dim=1)
model = Network(16, 4, [12, 8, 6])
print(model)
images = torch.randn(20, 16)
labels = torch.randint(0, 4, (20,))
criterion = nn.NLLLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
def validation(model, images, labels, criterion):
    test_loss = criterion(model(images), labels).item()
    ps = torch.exp(model(images))
    top_p, top_class = ps.topk(1, dim=1)
    equals = top_class == labels.view(*top_class.shape)
    accuracy = torch.mean(equals.type(torch.FloatTensor))
    return test_loss, accuracy
for e in range(3):
    model.train()
    optimizer.zero_grad()
    output = model.forward(images)
    loss = criterion(output, labels)
    loss.backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():
        test_loss, accuracy = validation(model, images, labels, criterion)
    print("Epoch: {}/{}.. ".format(e + 1, 3),
          "Training Loss: {:.3f}.. ".format(loss.item()),
          "Test Loss: {:.3f}.. ".format(test_loss),
          f'Accuracy: {accuracy.item()*100}%')
print("Our model: \\n\\n", model, '\\n')
print("The state dict keys: \\n\\n", model.state_dict().keys())
checkpoint = {'input_size': 16,
              'output_size': 4,
              'hidden_layers': [each.out_features for each in model.hidden_layers],
              'state_dict': model.state_dict()}
print(checkpoint['hidden_layers'])
def load_checkpoint(checkpoint):
    model = Network(checkpoint['input_size'], checkpoint['output_size'],
                    checkpoint['hidden_layers'])
    model.load_state_dict(checkpoint['state_dict'])
    return model
model2 = load_checkpoint(checkpoint)
model2.eval()
print(torch.equal(model2(images), model(images)))
try:
    Network(16, 4, [12, 6]).load_state_dict(checkpoint['state_dict'])
except RuntimeError as e:
    print(str(e).splitlines()[0])
""",
    "tu15_cs231n_pytorch_parts": """
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
torch.manual_seed(3)
dtype = torch.float32
def flatten(x):
    N = x.shape[0]
    return x.view(N, -1)
x = torch.arange(12).view(2, 1, 3, 2)
print('Before flattening: ', x)
print('After flattening: ', flatten(x))
def two_layer_fc(x, params):
    x = flatten(x)
    w1, w2 = params
    x = F.relu(x.mm(w1))
    x = x.mm(w2)
    return x
def two_layer_fc_test():
    hidden_layer_size = 42
    x = torch.zeros((64, 50), dtype=dtype)
    w1 = torch.zeros((50, hidden_layer_size), dtype=dtype)
    w2 = torch.zeros((hidden_layer_size, 10), dtype=dtype)
    scores = two_layer_fc(x, [w1, w2])
    print(scores.size())
two_layer_fc_test()
def three_layer_convnet(x, params):
    conv_w1, conv_b1, conv_w2, conv_b2, fc_w, fc_b = params
    x = F.relu(F.conv2d(x, conv_w1, conv_b1, padding=2))
    x = F.relu(F.conv2d(x, conv_w2, conv_b2, padding=1))
    x = flatten(x)
    return x.mm(fc_w) + fc_b
def random_weight(shape):
    if len(shape) == 2:
        fan_in = shape[0]
    else:
        fan_in = np.prod(shape[1:])
    w = torch.randn(shape, dtype=dtype) * np.sqrt(2. / fan_in)
    w.requires_grad = True
    return w
def zero_weight(shape):
    return torch.zeros(shape, dtype=dtype, requires_grad=True)
print(random_weight((3, 5)))
params = [random_weight((4, 3, 5, 5)), zero_weight((4,)), random_weight((2, 4, 3, 3)),
          zero_weight((2,)), random_weight((2 * 6 * 6, 10)), zero_weight((10,))]
x = torch.randn(5, 3, 6, 6)
y = torch.randint(0, 10, (5,))
scores = three_layer_convnet(x, params)
print(scores.size())
learning_rate = 3e-3
for t in range(3):
    scores = three_layer_convnet(x, params)
    loss = F.cross_entropy(scores, y)
    loss.backward()
    with torch.no_grad():
        for w in params:
            w -= learning_rate * w.grad
            w.grad.zero_()
    print('Iteration %d, loss = %.4f' % (t, loss.item()))
class ThreeLayerConvNet(nn.Module):
    def __init__(self, in_channel, channel_1, channel_2, num_classes):
        super().__init__()
        self.conv1 = nn.Conv2d(in_channel, channel_1, 5, padding=2)
        nn.init.kaiming_normal_(self.conv1.weight)
        self.conv2 = nn.Conv2d(channel_1, channel_2, 3, padding=1)
        nn.init.kaiming_normal_(self.conv2.weight)
        self.fc = nn.Linear(channel_2 * 6 * 6, num_classes)
        nn.init.kaiming_normal_(self.fc.weight)
    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        return self.fc(flatten(x))
model = ThreeLayerConvNet(3, 4, 2, 10)
optimizer = optim.SGD(model.parameters(), lr=learning_rate, momentum=0.9, nesterov=True)
def check_accuracy_part34(x, y, model):
    num_correct = 0
    num_samples = 0
    model.eval()
    with torch.no_grad():
        scores = model(x)
        _, preds = scores.max(1)
        num_correct += (preds == y).sum()
        num_samples += preds.size(0)
        acc = float(num_correct) / num_samples
        print('Got %d / %d correct (%.2f)' % (num_correct, num_samples, 100 * acc))
for t in range(3):
    model.train()
    scores = model(x)
    loss = F.cross_entropy(scores, y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print('Iteration %d, loss = %.4f' % (t, loss.item()))
    check_accuracy_part34(x, y, model)
class Flatten(nn.Module):
    def forward(self, x):
        return flatten(x)
seq = nn.Sequential(Flatten(), nn.Linear(3 * 6 * 6, 8), nn.ReLU(), nn.Linear(8, 10))
print(seq)
print(seq(x).shape)
""",
    "tu15_zero_to_gans_linear_regression": """
import numpy as np
import torch
torch.set_printoptions(precision=2)  # w.grad sums 5 products of size ~1e4: BLAS order shows at 1e-4
inputs = np.array([[73, 67, 43], [91, 88, 64], [87, 134, 58], [102, 43, 37], [69, 96, 70]],
                  dtype='float32')
targets = np.array([[56, 70], [81, 101], [119, 133], [22, 37], [103, 119]], dtype='float32')
inputs = torch.from_numpy(inputs)
targets = torch.from_numpy(targets)
print(inputs)
print(targets)
torch.manual_seed(4)
w = torch.randn(2, 3, requires_grad=True)
b = torch.randn(2, requires_grad=True)
print(w)
print(b)
def model(x):
    return x @ w.t() + b
preds = model(inputs)
print(preds)
def mse(t1, t2):
    diff = t1 - t2
    return torch.sum(diff * diff) / diff.numel()
loss = mse(preds, targets)
print(loss)
loss.backward()
print(w.grad)
print(b.grad)
w.grad.zero_()
b.grad.zero_()
print(w.grad)
for i in range(100):
    preds = model(inputs)
    loss = mse(preds, targets)
    loss.backward()
    with torch.no_grad():
        w -= w.grad * 1e-5
        b -= b.grad * 1e-5
        w.grad.zero_()
        b.grad.zero_()
preds = model(inputs)
loss = mse(preds, targets)
print(f'{loss.item():.2f}')
""",
    "tu15_zero_to_gans_classification_base": """
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.utils.data import TensorDataset, DataLoader, random_split
torch.manual_seed(5)
dataset = TensorDataset(torch.randn(60, 1, 4, 4), torch.randint(0, 3, (60,)))
train_ds, val_ds = random_split(dataset, [50, 10])
print(len(train_ds), len(val_ds))
train_loader = DataLoader(train_ds, 16, shuffle=True)
val_loader = DataLoader(val_ds, 16)
def accuracy(outputs, labels):
    _, preds = torch.max(outputs, dim=1)
    return torch.tensor(torch.sum(preds == labels).item() / len(preds))
class ImageClassificationBase(nn.Module):
    def training_step(self, batch):
        images, labels = batch
        out = self(images)
        loss = F.cross_entropy(out, labels)
        return loss
    def validation_step(self, batch):
        images, labels = batch
        out = self(images)
        loss = F.cross_entropy(out, labels)
        acc = accuracy(out, labels)
        return {'val_loss': loss.detach(), 'val_acc': acc}
    def validation_epoch_end(self, outputs):
        batch_losses = [x['val_loss'] for x in outputs]
        epoch_loss = torch.stack(batch_losses).mean()
        batch_accs = [x['val_acc'] for x in outputs]
        epoch_acc = torch.stack(batch_accs).mean()
        return {'val_loss': epoch_loss.item(), 'val_acc': epoch_acc.item()}
    def epoch_end(self, epoch, result):
        print("Epoch [{}], train_loss: {:.4f}, val_loss: {:.4f}, val_acc: {:.4f}".format(
            epoch, result['train_loss'], result['val_loss'], result['val_acc']))
class MnistModel(ImageClassificationBase):
    def __init__(self, in_size, hidden_size, out_size):
        super().__init__()
        self.linear1 = nn.Linear(in_size, hidden_size)
        self.linear2 = nn.Linear(hidden_size, out_size)
    def forward(self, xb):
        xb = xb.view(xb.size(0), -1)
        out = self.linear1(xb)
        out = F.relu(out)
        return self.linear2(out)
def get_default_device():
    if torch.cuda.is_available():
        return torch.device('cuda')
    else:
        return torch.device('cpu')
def to_device(data, device):
    if isinstance(data, (list, tuple)):
        return [to_device(x, device) for x in data]
    return data.to(device, non_blocking=True)
class DeviceDataLoader():
    def __init__(self, dl, device):
        self.dl = dl
        self.device = device
    def __iter__(self):
        for b in self.dl:
            yield to_device(b, self.device)
    def __len__(self):
        return len(self.dl)
device = torch.device('cpu')
train_loader = DeviceDataLoader(train_loader, device)
val_loader = DeviceDataLoader(val_loader, device)
@torch.no_grad()
def evaluate(model, val_loader):
    model.eval()
    outputs = [model.validation_step(batch) for batch in val_loader]
    return model.validation_epoch_end(outputs)
def fit(epochs, lr, model, train_loader, val_loader, opt_func=torch.optim.SGD):
    history = []
    optimizer = opt_func(model.parameters(), lr)
    for epoch in range(epochs):
        model.train()
        train_losses = []
        for batch in train_loader:
            loss = model.training_step(batch)
            train_losses.append(loss)
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
        result = evaluate(model, val_loader)
        result['train_loss'] = torch.stack(train_losses).mean().item()
        model.epoch_end(epoch, result)
        history.append(result)
    return history
model = to_device(MnistModel(16, 8, 3), device)
history = [evaluate(model, val_loader)]
print({k: round(v, 4) for k, v in history[0].items()})
history += fit(3, 0.5, model, train_loader, val_loader)
print(len(history), sorted(history[-1]))
print(accuracy(torch.tensor([[0.1, 0.9], [0.8, 0.2]]), torch.tensor([1, 1])))
""",
}
