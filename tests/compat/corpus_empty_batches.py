"""Compat corpus: layers and losses on an empty batch (a last partial batch of size 0, a filtered
selection that came out empty)."""

SNIPPETS = {
    "eb_layers_on_empty_batch": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.zeros(0, 3, 8, 8, requires_grad=True)
lstm = nn.LSTM(3, 4, batch_first=True)
outs = [nn.MaxPool2d(2)(x), F.avg_pool2d(x, 2), nn.Conv2d(3, 4, 3)(x),
        F.adaptive_avg_pool2d(x, 1), F.interpolate(x, scale_factor=2), nn.Linear(8, 2)(x),
        F.max_pool1d(torch.zeros(0, 2, 6), 2), lstm(torch.zeros(0, 5, 3))[0]]
for o in outs:
    print(o.shape, type(o.grad_fn).__name__ if o.grad_fn is not None else None)
F.max_pool2d(x, 2).sum().backward()
print(x.grad.shape, x.grad.sum())
""",
    "eb_losses_on_empty_batch": """
import torch
import torch.nn.functional as F
logits = torch.zeros(0, 3, requires_grad=True)
target = torch.zeros(0, dtype=torch.long)
print(F.cross_entropy(logits, target), F.cross_entropy(logits, target, reduction="sum"))
print(F.nll_loss(F.log_softmax(logits, 1), target, reduction="none"))
print(F.mse_loss(torch.zeros(0), torch.zeros(0), reduction="sum"))
print(logits.argmax(1), logits.softmax(1).shape, (logits.argmax(1) == target).float().mean())
""",
}
