"""Compat corpus, part 11: nn.Module bookkeeping that notebooks print."""

SNIPPETS = {
    "mod_parameters_generator": """
import torch.nn as nn
m = nn.Linear(2, 2)
print(m.parameters())
print(type(m.named_parameters()).__name__)
print(next(m.parameters()).shape)
""",
    "mod_nested_state_dict_keys": """
import torch.nn as nn
class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2)])
        self.norm = nn.LayerNorm(2)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.Sequential(Block(), Block())
        self.head = nn.Linear(2, 1)
net = Net()
print(list(net.state_dict().keys()))
print([n for n, _ in net.named_modules()][:6])
print(net)
""",
    "mod_eval_returns_self": """
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(1, 1))
print(m.eval() is m, m.train(False) is m)
print(m.requires_grad_(False) is m)
print(nn.Linear(1, 1).double().weight.dtype)
print(nn.Linear(1, 1).to(dtype=torch.float64).bias.dtype)
""",
    "mod_register_parameter_and_tensor_attr": """
import torch
import torch.nn as nn
m = nn.Module()
m.register_parameter("alpha", nn.Parameter(torch.tensor(1.0)))
m.plain = torch.zeros(2)
print([n for n, _ in m.named_parameters()], list(m.state_dict().keys()))
m.register_buffer("steps", torch.tensor(0), persistent=False)
print(list(m.state_dict().keys()), [n for n, _ in m.named_buffers()])
""",
    "mod_sequential_insert_extend": """
import torch.nn as nn
s = nn.Sequential(nn.Linear(2, 2))
s.append(nn.ReLU())
s.insert(0, nn.Identity())
print(s)
ml = nn.ModuleList([nn.ReLU()])
ml.extend([nn.Tanh(), nn.Sigmoid()])
ml.append(nn.GELU())
print(ml)
print(len(ml), type(ml[1]).__name__)
""",
    "mod_maxpool_indices_unflatten": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([[[[1., 5.], [3., 2.]]]])
out, idx = F.max_pool2d(x, 2, return_indices=True)
print(out, idx)
print(nn.Unflatten(1, (2, 3))(torch.arange(12.).view(2, 6)).shape)
print(F.adaptive_avg_pool2d(torch.arange(16.).view(1, 1, 4, 4), 2))
""",
    "mod_conv_weight_shapes": """
import torch.nn as nn
c = nn.Conv2d(3, 16, kernel_size=5, stride=2, padding=2)
print(c.weight.shape, c.bias.shape, c.kernel_size, c.stride, c.padding)
print(nn.ConvTranspose2d(16, 3, 4, stride=2, padding=1).weight.shape)
print(nn.Conv1d(4, 8, 3, groups=2).weight.shape)
""",
    "mod_loss_modules_repr_reduction": """
import torch
import torch.nn as nn
print(nn.CrossEntropyLoss(ignore_index=0, label_smoothing=0.1))
print(nn.BCEWithLogitsLoss(reduction='sum'))
print(nn.NLLLoss(weight=torch.tensor([1., 2.])).weight)
print(nn.HuberLoss(delta=0.5))
print(nn.KLDivLoss(reduction='batchmean'))
""",
    "mod_forward_pre_hook_modify": """
import torch
import torch.nn as nn
m = nn.Identity()
m.register_forward_pre_hook(lambda mod, args: (args[0] * 10,))
m.register_forward_hook(lambda mod, args, out: out + 1)
print(m(torch.tensor([1., 2.])))
""",
    "mod_full_backward_hook": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
nn.init.ones_(m.weight)
grads = []
m.register_full_backward_hook(lambda mod, gin, gout: grads.append((gin[0], gout[0])))
x = torch.tensor([[1., 2.]], requires_grad=True)
m(x).sum().backward()
print(grads)
""",
    "mod_deepcopy_and_share": """
import copy
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
nn.init.zeros_(m.weight)
c = copy.deepcopy(m)
with torch.no_grad():
    c.weight.fill_(1.0)
print(m.weight, c.weight)
print(c.weight is m.weight, c.weight.requires_grad)
""",
    "mod_train_eval_dropout_batchnorm_flags": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2), nn.Dropout(0.1))
model.eval()
print([m.training for m in model.modules()])
model.train()
print(all(m.training for m in model.modules()))
""",
    "mod_sgd_on_parameter_subset": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(1, 1), nn.Linear(1, 1))
for p in model.parameters():
    nn.init.constant_(p, 1.0)
opt = torch.optim.SGD(model[1].parameters(), lr=0.5)
model(torch.ones(1, 1)).sum().backward()
opt.step()
print([round(p.item(), 3) for p in model.parameters()])
""",
    "mod_backward_hooks_gradcam_style": """
import torch
import torch.nn as nn
m2 = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
for p in m2.parameters():
    nn.init.constant_(p, 0.5)
seen = []
h = m2[0].register_full_backward_hook(lambda mod, gin, gout: seen.append((gin, gout)))
out = m2(torch.ones(1, 2, requires_grad=True))
print(out)
out.sum().backward()
print(seen)
h.remove()
m3 = nn.ReLU()
m3.register_full_backward_hook(lambda mod, gin, gout: (gin[0] * 0,))
z = torch.tensor([1., -1., 2.], requires_grad=True)
m3(z).sum().backward()
print(z.grad)
""",
}
