"""Compat corpus, tutorials part 9: the pruning tutorial (torch.nn.utils.prune) end to end."""

SNIPPETS = {
    "tu9_prune_random_unstructured_lenet": """
import torch
from torch import nn
import torch.nn.utils.prune as prune
import torch.nn.functional as F
torch.manual_seed(0)
class LeNet(nn.Module):
    def __init__(self):
        super(LeNet, self).__init__()
        self.conv1 = nn.Conv2d(1, 6, 3)
        self.conv2 = nn.Conv2d(6, 16, 3)
        self.fc1 = nn.Linear(16 * 5 * 5, 120)
        self.fc2 = nn.Linear(120, 84)
        self.fc3 = nn.Linear(84, 10)
    def forward(self, x):
        x = F.max_pool2d(F.relu(self.conv1(x)), (2, 2))
        x = F.max_pool2d(F.relu(self.conv2(x)), 2)
        x = x.view(-1, int(x.nelement() / x.shape[0]))
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        x = self.fc3(x)
        return x
model = LeNet()
module = model.conv1
print(list(module.named_parameters()))
print(list(module.named_buffers()))
prune.random_unstructured(module, name="weight", amount=0.3)
print(list(module.named_parameters()))
print(list(module.named_buffers()))
print(module.weight)
print(list(module._forward_pre_hooks.values()))
prune.l1_unstructured(module, name="bias", amount=3)
print(list(module.named_parameters()))
print(list(module.named_buffers()))
print(module.bias)
print(list(module._forward_pre_hooks.values()))
""",
    "tu9_prune_iterative_ln_structured": """
import torch
from torch import nn
import torch.nn.utils.prune as prune
torch.manual_seed(1)
module = nn.Conv2d(1, 6, 3)
prune.random_unstructured(module, name="weight", amount=0.3)
prune.ln_structured(module, name="weight", amount=0.5, n=2, dim=0)
print(module.weight)
for hook in module._forward_pre_hooks.values():
    if hook._tensor_name == "weight":
        break
print(list(hook))
print(type(hook).__name__, len(hook), hook[0].amount, hook[1].n, hook[1].dim)
print((module.weight_mask.sum(dim=(1, 2, 3)) == 0).sum())
print(module.state_dict().keys())
print(prune.is_pruned(module))
prune.remove(module, 'weight')
print(list(module.named_parameters())[0][0], list(module.named_parameters())[1][0])
print(list(module.named_buffers()))
print(module.weight.grad_fn, type(module.weight).__name__, prune.is_pruned(module))
""",
    "tu9_prune_multiple_params_and_global": """
import torch
from torch import nn
import torch.nn.utils.prune as prune
torch.manual_seed(2)
class Small(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, 3)
        self.conv2 = nn.Conv2d(4, 8, 3)
        self.fc1 = nn.Linear(32, 16)
        self.fc2 = nn.Linear(16, 10)
new_model = Small()
for name, module in new_model.named_modules():
    if isinstance(module, torch.nn.Conv2d):
        prune.l1_unstructured(module, name='weight', amount=0.2)
    elif isinstance(module, torch.nn.Linear):
        prune.l1_unstructured(module, name='weight', amount=0.4)
print(dict(new_model.named_buffers()).keys())
model = Small()
parameters_to_prune = (
    (model.conv1, 'weight'),
    (model.conv2, 'weight'),
    (model.fc1, 'weight'),
    (model.fc2, 'weight'),
)
prune.global_unstructured(
    parameters_to_prune,
    pruning_method=prune.L1Unstructured,
    amount=0.2,
)
for name, m in [('conv1', model.conv1), ('conv2', model.conv2), ('fc1', model.fc1),
                ('fc2', model.fc2)]:
    print(
        "Sparsity in {}.weight: {:.2f}%".format(name,
            100. * float(torch.sum(m.weight == 0))
            / float(m.weight.nelement())
        )
    )
total = sum(float(torch.sum(m.weight == 0)) for m, _ in parameters_to_prune)
n = sum(float(m.weight.nelement()) for m, _ in parameters_to_prune)
print("Global sparsity: {:.2f}%".format(100. * total / n))
""",
    "tu9_prune_custom_method_and_training": """
import torch
from torch import nn
import torch.nn.utils.prune as prune
torch.manual_seed(3)
class FooBarPruningMethod(prune.BasePruningMethod):
    PRUNING_TYPE = 'unstructured'
    def compute_mask(self, t, default_mask):
        mask = default_mask.clone()
        mask.view(-1)[::2] = 0
        return mask
def foobar_unstructured(module, name):
    FooBarPruningMethod.apply(module, name)
    return module
model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 2))
foobar_unstructured(model[2], name='bias')
print(model[2].bias_mask)
print(model[2].bias)
prune.l1_unstructured(model[0], 'weight', amount=10)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(8, 4)
y = torch.randn(8, 2)
for step in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4), int((model[0].weight == 0).sum()))
print(model[0].weight_orig.grad.eq(0).sum(), model[0].weight_mask.dtype)
print([n for n, _ in model.named_parameters()])
prune.identity(model[0], 'bias')
print(model[0].bias_mask, prune.is_pruned(model))
try:
    prune.remove(model[2], 'weight')
except ValueError as e:
    print(str(e).splitlines()[0])
try:
    prune.random_unstructured(nn.Linear(2, 2), 'bias', amount=1.5)
except ValueError as e:
    print(e)
try:
    prune.random_unstructured(nn.Linear(2, 2), 'bias', amount=100)
except ValueError as e:
    print(e)
lin = nn.Linear(2, 2)
try:
    prune.random_structured(lin, 'bias', amount=1, dim=0)
except ValueError as e:
    print(e)
print([n for n, _ in lin.named_parameters()], prune.is_pruned(lin))
try:
    prune.l1_unstructured(lin, 'weight', amount='a')
except TypeError as e:
    print(e)
print(prune.RandomUnstructured(amount=0.5).prune(torch.ones(6)).sum())
""",
}
