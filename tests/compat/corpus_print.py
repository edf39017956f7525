"""Compat corpus, part 12: printing edge cases and grad_fn names of everyday layers."""

SNIPPETS = {
    "print_summarized_2d": """
import torch
print(torch.arange(2000.).view(40, 50))
print(torch.arange(3000).view(3, 1000))
""",
    "print_sci_mode_forced": """
import torch
torch.set_printoptions(sci_mode=True)
print(torch.tensor([1.5, 200.0]))
torch.set_printoptions(sci_mode=False)
print(torch.tensor([1e-8, 12345.678]))
""",
    "print_special_scalars": """
import torch
print(torch.tensor(float('inf')), torch.tensor(float('-inf')), torch.tensor(float('nan')))
print(torch.tensor([1e-5]), torch.tensor(1e-5), torch.tensor([0.0, -0.0]))
print(torch.tensor([[True, False], [False, True]]))
print(torch.tensor([-1, 10, -100]))
""",
    "print_complex_more": """
import torch
print(torch.tensor([1.5 + 0j, -2j]))
print(torch.zeros(2, dtype=torch.complex128))
print(torch.tensor([[1 + 1j, 2 - 3.5j]]))
""",
    "layer_grad_fn_names": """
import torch
import torch.nn as nn
import torch.nn.functional as F
lin = nn.Linear(3, 2)
print(lin(torch.ones(4, 3)).grad_fn, lin(torch.ones(3)).grad_fn, lin(torch.ones(2, 4, 3)).grad_fn)
print(nn.Linear(3, 2, bias=False)(torch.ones(4, 3)).grad_fn)
x = torch.ones(1, 1, 4, 4, requires_grad=True)
print(F.max_pool2d(x, 2).grad_fn, F.avg_pool2d(x, 2).grad_fn)
print(nn.Conv2d(1, 1, 3)(x).grad_fn, nn.BatchNorm2d(1)(x).grad_fn)
print(F.dropout(x, 0.5, training=False).grad_fn)
print(nn.LayerNorm(4)(x).grad_fn, nn.Embedding(3, 2)(torch.tensor([1])).grad_fn)
print(F.cross_entropy(torch.ones(2, 3, requires_grad=True), torch.tensor([0, 1])).grad_fn)
print(F.mse_loss(x, x.detach()).grad_fn, F.l1_loss(x, x.detach()).grad_fn)
print(torch.flatten(x, 1).grad_fn, x.view(-1).grad_fn, x.permute(0, 2, 3, 1).grad_fn)
""",
    "grad_fn_more_ops": """
import torch
a = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
print(torch.clamp(a, 0, 1).grad_fn, a.clamp(min=0).grad_fn, torch.where(a > 2, a, 0.).grad_fn)
print(a.softmax(-1).grad_fn, a.log_softmax(1).grad_fn, a.max(1).values.grad_fn, a.max().grad_fn)
print(a.std().grad_fn, a.var(0).grad_fn, a.norm().grad_fn, a.abs().grad_fn, a.sqrt().grad_fn)
print(a.t().grad_fn, a.T.grad_fn, (a @ a).grad_fn, a.sum(0).grad_fn, a.mean(1).grad_fn)
print(a.exp().grad_fn, a.log().grad_fn, a.sigmoid().grad_fn, a.tanh().grad_fn, a.relu().grad_fn)
print(a[0].grad_fn, a[:, 1:].grad_fn, a[a > 1].grad_fn, a.reshape(4).grad_fn, a.flip(0).grad_fn)
print(torch.cat([a, a]).grad_fn, torch.stack([a, a]).grad_fn, a.repeat(2, 1).grad_fn)
print(a.unsqueeze(0).expand(2, 2, 2).grad_fn, a.clone().grad_fn, a.double().grad_fn)
print(a.cumsum(0).grad_fn, a.prod().grad_fn, a.logsumexp(1).grad_fn)
print(torch.outer(a[0], a[1]).grad_fn)
""",
}
