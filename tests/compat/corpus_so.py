"""Compat corpus, part 10: answers to frequent Stack Overflow questions."""

SNIPPETS = {
    "so_index_of_value": """
import torch
x = torch.tensor([5, 3, 7, 3])
print((x == 3).nonzero(as_tuple=True)[0])
print((x == 3).nonzero().flatten().tolist())
print(torch.where(x == 7)[0].item())
""",
    "so_remove_element": """
import torch
x = torch.arange(5)
i = 2
print(torch.cat([x[:i], x[i + 1:]]))
print(x[torch.arange(x.size(0)) != i])
""",
    "so_pad_sequence": """
import torch
from torch.nn.utils.rnn import pad_sequence
seqs = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6])]
print(pad_sequence(seqs, batch_first=True))
print(pad_sequence(seqs, padding_value=-1).shape)
""",
    "so_arange_float_step": """
import torch
print(torch.arange(0, 1, 0.1))
print(torch.arange(0, 1, 0.1).tolist())
print(torch.arange(-1, 1, 0.25, dtype=torch.float64).tolist())
print(len(torch.arange(1, 2.5, 0.5)))
""",
    "so_amax_multiple_dims": """
import torch
x = torch.arange(24.).view(2, 3, 4)
print(x.amax(dim=(1, 2)), x.amin(dim=(0, 2)))
print(torch.amax(x, dim=-1, keepdim=True).shape)
""",
    "so_unique_rows": """
import torch
x = torch.tensor([[1, 2], [3, 4], [1, 2]])
print(torch.unique(x, dim=0))
u, inv = torch.unique(torch.tensor([3, 1, 3, 2]), return_inverse=True)
print(u, inv)
""",
    "so_inplace_shape_methods": """
import torch
x = torch.zeros(1, 3)
x.squeeze_()
print(x.shape)
x.unsqueeze_(1)
print(x.shape)
y = torch.arange(6.).view(2, 3)
y.t_()
print(y.shape, y)
""",
    "so_fill_diagonal": """
import torch
m = torch.zeros(3, 3)
m.fill_diagonal_(5)
print(m)
print(torch.eye(3) * 2 + torch.ones(3, 3))
""",
    "so_clip_grad_value": """
import torch
import torch.nn as nn
w = nn.Parameter(torch.tensor([1., -2., 3.]))
(w * torch.tensor([10., 10., 0.1])).sum().backward()
nn.utils.clip_grad_value_([w], clip_value=1.0)
print(w.grad)
""",
    "so_isin_cartesian": """
import torch
print(torch.isin(torch.tensor([1, 2, 3, 4]), torch.tensor([2, 4])))
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4])))
""",
    "so_count_params_by_layer": """
import torch.nn as nn
model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 26 * 26, 10))
for name, module in model.named_children():
    n = sum(p.numel() for p in module.parameters())
    print(name, type(module).__name__, n)
""",
    "so_weights_copy_between_models": """
import torch
import torch.nn as nn
a = nn.Linear(2, 2)
b = nn.Linear(2, 2)
nn.init.constant_(a.weight, 1.5)
b.load_state_dict(a.state_dict())
print(torch.equal(a.weight, b.weight))
b.weight.data.fill_(0)
print(a.weight.sum().item(), b.weight.sum().item())
""",
    "so_tensor_to_int_list_of_str": """
import torch
labels = torch.tensor([2, 0, 1])
classes = ["cat", "dog", "bird"]
print([classes[i] for i in labels])
print([classes[i.item()] for i in labels])
print(", ".join(str(v) for v in labels.tolist()))
""",
    "so_expand_dims_like_numpy": """
import torch
x = torch.tensor([1., 2., 3.])
print(x[None, :].shape, x[:, None].shape, x.unsqueeze(-1).shape)
print(x.reshape(1, -1), x.view(-1, 1).T)
""",
    "so_nonzero_count_and_mean_mask": """
import torch
x = torch.tensor([[0., 2., 0.], [4., 0., 6.]])
mask = x != 0
print(mask.sum(dim=1))
print((x * mask).sum(dim=1) / mask.sum(dim=1))
print(x[mask].mean())
""",
    "so_requires_grad_after_ops": """
import torch
a = torch.ones(2)
b = torch.ones(2, requires_grad=True)
print((a + b).requires_grad, (a * 2).requires_grad, b.detach().requires_grad)
print(torch.cat([a, b]).requires_grad, torch.stack([a, a]).requires_grad)
""",
    "so_argmax_2d_unravel": """
import torch
x = torch.tensor([[1, 9, 3], [4, 5, 8]])
idx = x.argmax()
print(idx, idx // x.shape[1], idx % x.shape[1])
print(torch.unravel_index(idx, x.shape))
""",
}
