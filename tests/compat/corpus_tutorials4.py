"""Compat corpus, tutorials part 4: the neural-networks blitz, autograd mechanics notes, transfer
learning freezing, saving and loading, hooks, and a policy-gradient loop."""

SNIPPETS = {
    "tu4_blitz_net_params_and_loss": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
class Net(nn.Module):
    def __init__(self):
        super(Net, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, 5)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)
    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = torch.flatten(x, 1)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x
net = Net()
params = list(net.parameters())
print(len(params))
print([p.size() for p in params])
input = torch.randn(1, 1, 32, 32)
out = net(input)
print(out.shape, out.grad_fn)
net.zero_grad()
out.backward(torch.randn(1, 10))
print(net.conv1.bias.grad.shape, net.fc3.weight.grad.shape)
output = net(input)
target = torch.randn(10)
target = target.view(1, -1)
criterion = nn.MSELoss()
loss = criterion(output, target)
print(round(loss.item(), 4))
print(loss.grad_fn)
print(loss.grad_fn.next_functions[0][0])
print(loss.grad_fn.next_functions[0][0].next_functions[0][0])
net.zero_grad()
print('conv1.bias.grad before backward')
print(net.conv1.bias.grad)
loss.backward()
print('conv1.bias.grad after backward')
print(net.conv1.bias.grad.shape, net.conv1.bias.grad.abs().sum() > 0)
learning_rate = 0.01
for f in net.parameters():
    f.data.sub_(f.grad.data * learning_rate)
import torch.optim as optim
optimizer = optim.SGD(net.parameters(), lr=0.01)
optimizer.zero_grad()
output = net(input)
loss = criterion(output, target)
loss.backward()
optimizer.step()
print(type(optimizer).__name__, len(optimizer.param_groups[0]['params']))
""",
    "tu4_blitz_autograd_intro": """
import torch
torch.manual_seed(0)
a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)
Q = 3*a**3 - b**2
external_grad = torch.tensor([1., 1.])
Q.backward(gradient=external_grad)
print(9*a**2 == a.grad)
print(-2*b == b.grad)
print(Q)
x = torch.rand(5, 5)
y = torch.rand(5, 5)
z = torch.rand((5, 5), requires_grad=True)
a = x + y
print(f"Does `a` require gradients?: {a.requires_grad}")
b = x + z
print(f"Does `b` require gradients?: {b.requires_grad}")
""",
    "tu4_blitz_finetune_freeze_fc": """
import torch
from torch import nn, optim
torch.manual_seed(1)
class TinyResNetish(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(4)
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(4, 1000)
    def forward(self, x):
        x = self.pool(torch.relu(self.bn1(self.conv1(x))))
        return self.fc(torch.flatten(x, 1))
model = TinyResNetish()
for param in model.parameters():
    param.requires_grad = False
model.fc = nn.Linear(4, 10)
optimizer = optim.SGD(model.parameters(), lr=1e-2, momentum=0.9)
print([n for n, p in model.named_parameters() if p.requires_grad])
x = torch.rand(2, 3, 8, 8)
loss = model(x).sum()
loss.backward()
print(model.conv1.weight.grad, model.fc.weight.grad.shape)
optimizer.step()
print(sum(p.numel() for p in model.parameters() if p.requires_grad))
""",
    "tu4_transfer_param_groups": """
import torch
import torch.nn as nn
torch.manual_seed(2)
backbone = nn.Sequential(nn.Linear(6, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU())
head = nn.Linear(8, 3)
model = nn.Sequential(backbone, head)
for p in backbone[0].parameters():
    p.requires_grad_(False)
optimizer = torch.optim.SGD([
    {'params': backbone[2].parameters()},
    {'params': head.parameters(), 'lr': 1e-2}
], lr=1e-3, momentum=0.9)
print(optimizer)
print([g['lr'] for g in optimizer.param_groups])
exp_lr_scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.1)
x = torch.randn(10, 6)
y = torch.randint(0, 3, (10,))
criterion = nn.CrossEntropyLoss()
for epoch in range(4):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    exp_lr_scheduler.step()
    print(epoch, round(loss.item(), 4), [g['lr'] for g in optimizer.param_groups])
print(backbone[0].weight.grad, backbone[2].weight.grad is None)
print(exp_lr_scheduler.get_last_lr())
""",
    "tu4_transfer_feature_extractor_eval": """
import torch
import torch.nn as nn
torch.manual_seed(3)
model_conv = nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU(),
                           nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(4, 5))
for param in model_conv.parameters():
    param.requires_grad = False
num_ftrs = model_conv[5].in_features
model_conv[5] = nn.Linear(num_ftrs, 2)
print(num_ftrs, model_conv[5])
optimizer_conv = torch.optim.SGD(model_conv[5].parameters(), lr=0.001, momentum=0.9)
inputs = torch.randn(4, 3, 6, 6)
labels = torch.tensor([0, 1, 1, 0])
for phase in ['train', 'val']:
    if phase == 'train':
        model_conv.train()
    else:
        model_conv.eval()
    optimizer_conv.zero_grad()
    with torch.set_grad_enabled(phase == 'train'):
        outputs = model_conv(inputs)
        _, preds = torch.max(outputs, 1)
        loss = nn.CrossEntropyLoss()(outputs, labels)
        if phase == 'train':
            loss.backward()
            optimizer_conv.step()
    running_corrects = torch.sum(preds == labels.data)
    print(phase, loss.requires_grad, running_corrects, running_corrects.double() / 4)
print(model_conv[1].running_mean.shape, model_conv[1].num_batches_tracked)
""",
    "tu4_save_load_state_dict_print": """
import io
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
torch.manual_seed(4)
class TheModelClass(nn.Module):
    def __init__(self):
        super(TheModelClass, self).__init__()
        self.conv1 = nn.Conv2d(3, 6, 5)
        self.pool = nn.MaxPool2d(2, 2)
        self.conv2 = nn.Conv2d(6, 16, 5)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)
    def forward(self, x):
        x = self.pool(F.relu(self.conv1(x)))
        x = self.pool(F.relu(self.conv2(x)))
        x = x.view(-1, 16 * 5 * 5)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)
model = TheModelClass()
optimizer = optim.SGD(model.parameters(), lr=0.001, momentum=0.9)
print("Model's state_dict:")
for param_tensor in model.state_dict():
    print(param_tensor, "\\t", model.state_dict()[param_tensor].size())
print("Optimizer's state_dict:")
for var_name in optimizer.state_dict():
    print(var_name, "\\t", optimizer.state_dict()[var_name])
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
buf.seek(0)
model2 = TheModelClass()
print(model2.load_state_dict(torch.load(buf, weights_only=True)))
model2.eval()
x = torch.randn(1, 3, 32, 32)
print(torch.equal(model(x), model2(x)))
""",
    "tu4_save_load_checkpoint_resume": """
import io
import torch
import torch.nn as nn
torch.manual_seed(5)
net = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 1))
optimizer = torch.optim.Adam(net.parameters(), lr=0.01)
x = torch.randn(16, 4)
y = x.sum(1, keepdim=True)
for epoch in range(3):
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(net(x), y)
    loss.backward()
    optimizer.step()
buf = io.BytesIO()
torch.save({
    'epoch': epoch,
    'model_state_dict': net.state_dict(),
    'optimizer_state_dict': optimizer.state_dict(),
    'loss': loss,
}, buf)
buf.seek(0)
model = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.5)
checkpoint = torch.load(buf, weights_only=True)
model.load_state_dict(checkpoint['model_state_dict'])
opt.load_state_dict(checkpoint['optimizer_state_dict'])
print(checkpoint['epoch'], checkpoint['loss'])
print(opt.param_groups[0]['lr'], opt.state[opt.param_groups[0]['params'][0]]['step'])
print(sorted(checkpoint.keys()))
model.train()
for m, o in [(net, optimizer), (model, opt)]:
    o.zero_grad()
    l = nn.functional.mse_loss(m(x), y)
    l.backward()
    o.step()
print(torch.equal(net[0].weight, model[0].weight), torch.equal(net[2].bias, model[2].bias))
""",
    "tu4_load_state_dict_strict_false": """
import torch
import torch.nn as nn
torch.manual_seed(6)
class NetA(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.fc2 = nn.Linear(4, 2)
class NetB(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.fc3 = nn.Linear(4, 5)
        self.register_buffer('scale', torch.ones(1))
a = NetA()
b = NetB()
result = b.load_state_dict(a.state_dict(), strict=False)
print(result)
print(result.missing_keys, result.unexpected_keys)
print(torch.equal(a.fc1.weight, b.fc1.weight))
try:
    b.load_state_dict(a.state_dict())
except RuntimeError as e:
    print(str(e).splitlines()[0])
print(list(b.state_dict().keys()))
""",
    "tu4_save_tensors_lists_dicts": """
import io
import torch
from torch import nn
x = torch.arange(4)
buf = io.BytesIO()
torch.save(x, buf)
buf.seek(0)
x2 = torch.load(buf)
print(x2)
y = torch.zeros(4)
buf = io.BytesIO()
torch.save([x, y], buf)
buf.seek(0)
x2, y2 = torch.load(buf)
print((x2, y2))
mydict = {'x': x, 'y': y}
buf = io.BytesIO()
torch.save(mydict, buf)
buf.seek(0)
mydict2 = torch.load(buf)
print(mydict2)
class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.LazyLinear(256)
        self.output = nn.Linear(256, 10)
    def forward(self, x):
        return self.output(torch.relu(self.hidden(x)))
torch.manual_seed(7)
net = MLP()
X = torch.randn(size=(2, 20))
Y = net(X)
buf = io.BytesIO()
torch.save(net.state_dict(), buf)
buf.seek(0)
clone = MLP()
clone.load_state_dict(torch.load(buf))
print(clone.eval())
Y_clone = clone(X)
print(Y_clone == Y)
""",
    "tu4_forward_hooks_collect_activations": """
import torch
import torch.nn as nn
torch.manual_seed(8)
model = nn.Sequential(nn.Linear(4, 5), nn.ReLU(), nn.Linear(5, 3), nn.Softmax(dim=1))
activation = {}
def get_activation(name):
    def hook(model, input, output):
        activation[name] = output.detach()
    return hook
handles = []
for name, layer in model.named_children():
    handles.append(layer.register_forward_hook(get_activation(name)))
x = torch.randn(2, 4)
output = model(x)
for k, v in activation.items():
    print(k, tuple(v.shape), v.requires_grad)
print(torch.equal(activation['3'], output.detach()))
print(activation['1'].min() >= 0)
for h in handles:
    h.remove()
activation.clear()
model(x)
print(len(activation))
""",
    "tu4_forward_pre_hook_and_modify": """
import torch
import torch.nn as nn
torch.manual_seed(9)
lin = nn.Linear(3, 2)
def pre_hook(module, args):
    print('pre', type(module).__name__, [tuple(a.shape) for a in args])
    return (args[0] * 2,)
def fwd_hook(module, args, output):
    print('fwd', output.grad_fn)
    return output + 1
h1 = lin.register_forward_pre_hook(pre_hook)
h2 = lin.register_forward_hook(fwd_hook)
x = torch.ones(1, 3)
y = lin(x)
print(y.grad_fn)
with torch.no_grad():
    ref = lin.weight @ (2 * x[0]) + lin.bias + 1
print(torch.allclose(y[0], ref))
h1.remove()
h2.remove()
print(lin(x).grad_fn)
""",
    "tu4_full_backward_hook": """
import torch
import torch.nn as nn
torch.manual_seed(10)
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
grads = {}
def backward_hook(module, grad_input, grad_output):
    grads[type(module).__name__ + str(len(grads))] = (
        [None if g is None else tuple(g.shape) for g in grad_input],
        [tuple(g.shape) for g in grad_output])
for layer in model:
    layer.register_full_backward_hook(backward_hook)
x = torch.randn(5, 3, requires_grad=True)
model(x).sum().backward()
for k, v in grads.items():
    print(k, v)
def scale_hook(module, grad_input, grad_output):
    return (grad_input[0] * 0,)
lin = nn.Linear(2, 2)
lin.register_full_backward_hook(scale_hook)
z = torch.ones(1, 2, requires_grad=True)
lin(z).sum().backward()
print(z.grad, lin.weight.grad)
""",
    "tu4_tensor_hooks_grad_inspect": """
import torch
torch.manual_seed(11)
x = torch.randn(3, requires_grad=True)
y = x * 2
y.register_hook(lambda g: print('y grad', g))
z = y.pow(2).sum()
h = x.register_hook(lambda g: g * 10)
z.backward()
print(x.grad)
h.remove()
x.grad = None
(x * 3).sum().backward()
print(x.grad)
w = torch.ones(2, requires_grad=True)
v = w * 5
v.retain_grad()
v.sum().backward()
print(v.grad, v.is_leaf, v.retains_grad, w.grad)
""",
    "tu4_policy_gradient_categorical": """
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.distributions import Categorical
torch.manual_seed(12)
class Policy(nn.Module):
    def __init__(self):
        super(Policy, self).__init__()
        self.affine1 = nn.Linear(4, 16)
        self.dropout = nn.Dropout(p=0.6)
        self.affine2 = nn.Linear(16, 2)
        self.saved_log_probs = []
        self.rewards = []
    def forward(self, x):
        x = self.affine1(x)
        x = self.dropout(x)
        x = F.relu(x)
        action_scores = self.affine2(x)
        return F.softmax(action_scores, dim=1)
policy = Policy()
optimizer = optim.Adam(policy.parameters(), lr=1e-2)
eps = 1e-6
gamma = 0.99
def select_action(state):
    state = state.float().unsqueeze(0)
    probs = policy(state)
    m = Categorical(probs)
    action = m.sample()
    policy.saved_log_probs.append(m.log_prob(action))
    return action.item()
def finish_episode():
    R = 0
    policy_loss = []
    returns = []
    for r in policy.rewards[::-1]:
        R = r + gamma * R
        returns.insert(0, R)
    returns = torch.tensor(returns)
    returns = (returns - returns.mean()) / (returns.std() + eps)
    for log_prob, R in zip(policy.saved_log_probs, returns):
        policy_loss.append(-log_prob * R)
    optimizer.zero_grad()
    policy_loss = torch.cat(policy_loss).sum()
    policy_loss.backward()
    optimizer.step()
    del policy.rewards[:]
    del policy.saved_log_probs[:]
    return policy_loss
for i_episode in range(3):
    state = torch.randn(4)
    actions = []
    for t in range(6):
        action = select_action(state)
        actions.append(action)
        state = state + 0.1 * (2 * action - 1)
        policy.rewards.append(1.0 if action == (t % 2) else 0.0)
    loss = finish_episode()
    print(i_episode, actions, round(loss.item(), 3), loss.grad_fn)
""",
    "tu4_actor_critic_shared": """
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical
from collections import namedtuple
torch.manual_seed(13)
SavedAction = namedtuple('SavedAction', ['log_prob', 'value'])
class Policy(nn.Module):
    def __init__(self):
        super(Policy, self).__init__()
        self.affine1 = nn.Linear(4, 16)
        self.action_head = nn.Linear(16, 2)
        self.value_head = nn.Linear(16, 1)
        self.saved_actions = []
        self.rewards = []
    def forward(self, x):
        x = F.relu(self.affine1(x))
        action_prob = F.softmax(self.action_head(x), dim=-1)
        state_values = self.value_head(x)
        return action_prob, state_values
model = Policy()
optimizer = torch.optim.Adam(model.parameters(), lr=3e-2)
state = torch.randn(4)
for t in range(5):
    probs, state_value = model(state)
    m = Categorical(probs)
    action = m.sample()
    model.saved_actions.append(SavedAction(m.log_prob(action), state_value))
    model.rewards.append(float(action.item()))
R = 0
policy_losses = []
value_losses = []
returns = []
for r in model.rewards[::-1]:
    R = r + 0.99 * R
    returns.insert(0, R)
returns = torch.tensor(returns)
print(model.rewards, returns)
for (log_prob, value), R in zip(model.saved_actions, returns):
    advantage = R - value.item()
    policy_losses.append(-log_prob * advantage)
    value_losses.append(F.smooth_l1_loss(value, torch.tensor([R])))
optimizer.zero_grad()
loss = torch.stack(policy_losses).sum() + torch.stack(value_losses).sum()
loss.backward()
optimizer.step()
print(round(loss.item(), 4), loss.grad_fn, model.value_head.bias.grad.shape)
""",
}
