"""Compat corpus, training part 10: parametrizations and weight normalisation."""

SNIPPETS = {
    "trp_symmetric_parametrization": """
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as P
class Symmetric(nn.Module):
    def forward(self, X):
        return X.triu() + X.triu(1).transpose(-1, -2)
layer = nn.Linear(3, 3)
with torch.no_grad():
    layer.weight.copy_(torch.arange(9.).reshape(3, 3))
P.register_parametrization(layer, "weight", Symmetric())
print(layer)
print(layer.weight)
print(type(layer).__name__, isinstance(layer, nn.Linear))
print([n for n, _ in layer.named_parameters()])
print(list(layer.state_dict().keys()))
print(P.is_parametrized(layer), P.is_parametrized(layer, "bias"))
print(layer.parametrizations.weight.original)
""",
    "trp_parametrization_training_and_remove": """
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as P
class Positive(nn.Module):
    def forward(self, X):
        return X.exp()
    def right_inverse(self, Y):
        return Y.log()
lin = nn.Linear(2, 1, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, 2.0]]))
P.register_parametrization(lin, "weight", Positive())
print(lin.parametrizations.weight.original)
print(lin.weight)
opt = torch.optim.SGD(lin.parameters(), lr=0.1)
for _ in range(3):
    opt.zero_grad()
    loss = (lin(torch.tensor([[1.0, -1.0]])) - 3).pow(2).sum()
    loss.backward()
    opt.step()
    print(round(loss.item(), 5), lin.weight.data)
with P.cached():
    print(lin.weight is lin.weight)
P.remove_parametrizations(lin, "weight")
print(lin, type(lin).__name__, [n for n, _ in lin.named_parameters()])
print(lin.weight)
""",
    "trp_stacked_parametrizations": """
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as P
class Double(nn.Module):
    def forward(self, X):
        return 2 * X
class AddOne(nn.Module):
    def forward(self, X):
        return X + 1
m = nn.Linear(2, 2)
with torch.no_grad():
    m.weight.copy_(torch.eye(2))
P.register_parametrization(m, "weight", Double())
P.register_parametrization(m, "weight", AddOne())
print(m.weight)
print(m.parametrizations.weight)
""",
    "trp_weight_norm_parametrization": """
import torch
import torch.nn as nn
from torch.nn.utils.parametrizations import weight_norm
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[3.0, 4.0], [1.0, 0.0]]))
    lin.bias.zero_()
lin = weight_norm(lin)
print(lin)
for n, p in lin.named_parameters():
    print(n, p.data)
print(lin.weight)
out = lin(torch.tensor([[1.0, 1.0]])).sum()
out.backward()
print(lin.parametrizations.weight.original0.grad)
print(lin.parametrizations.weight.original1.grad)
""",
    "trp_weight_norm_legacy_hook": """
import torch
import torch.nn as nn
conv = nn.Conv1d(1, 2, 2, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.tensor([[[3.0, 4.0]], [[0.0, 2.0]]]))
conv = nn.utils.weight_norm(conv)
print([(n, tuple(p.shape)) for n, p in conv.named_parameters()])
print(conv.weight_g.squeeze())
print(conv(torch.tensor([[[1.0, 2.0, 3.0]]])))
with torch.no_grad():
    conv.weight_g.mul_(2)
print(conv(torch.tensor([[[1.0, 2.0, 3.0]]])))
nn.utils.remove_weight_norm(conv)
print([n for n, _ in conv.named_parameters()], conv.weight.squeeze())
""",
}
