"""Compat corpus, training part 11: 3-D layers, margin losses, LRN and channel shuffle."""

SNIPPETS = {
    "tr3_pool3d_values": """
import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.arange(2 * 4 * 4, dtype=torch.float32).reshape(1, 1, 2, 4, 4)
print(nn.MaxPool3d(2)(x))
print(nn.AvgPool3d((1, 2, 2))(x))
print(F.max_pool3d(x, (2, 3, 3), stride=1, padding=(0, 1, 1)).shape)
v, i = F.max_pool3d(x, 2, return_indices=True)
print(i)
print(nn.AdaptiveAvgPool3d((1, 2, 2))(x))
print(nn.AdaptiveMaxPool3d((1, 1, 3))(x))
print(nn.MaxPool3d(2))
""",
    "tr3_video_model_shapes": """
import torch
import torch.nn as nn
model = nn.Sequential(
    nn.Conv3d(3, 4, kernel_size=3, padding=1), nn.BatchNorm3d(4), nn.ReLU(),
    nn.MaxPool3d((1, 2, 2)), nn.Conv3d(4, 8, 3, padding=1), nn.AdaptiveAvgPool3d(1),
    nn.Flatten(), nn.Linear(8, 5))
x = torch.zeros(2, 3, 4, 8, 8)
for layer in model:
    x = layer(x)
    print(type(layer).__name__, tuple(x.shape))
up = nn.ConvTranspose3d(8, 2, kernel_size=2, stride=2)
print(up, up(torch.zeros(1, 8, 2, 3, 3)).shape)
""",
    "tr3_pool3d_backward": """
import torch
import torch.nn.functional as F
x = torch.tensor([[[[[1., 5.], [3., 2.]], [[0., 4.], [7., 6.]]]]], requires_grad=True)
y = F.max_pool3d(x, 2) * 2 + F.avg_pool3d(x, (2, 1, 1)).sum()
y.sum().backward()
print(y)
print(x.grad)
""",
    "tr3_multi_margin_losses": """
import torch
import torch.nn as nn
x = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.5, -0.3, 0.9, 0.0]], requires_grad=True)
y = torch.tensor([3, 0])
loss = nn.MultiMarginLoss()(x, y)
loss.backward()
print(loss.item(), x.grad)
with torch.no_grad():
    print(nn.MultiMarginLoss(p=2, margin=0.5, reduction="none")(x, y))
    print(nn.MultiMarginLoss(weight=torch.tensor([1., 2., 3., 4.]))(x, y))
    t = torch.tensor([[3, 0, -1, 1], [1, 2, -1, 0]])
    print(nn.MultiLabelMarginLoss()(x, t))
    print(nn.MultiLabelMarginLoss(reduction="none")(x, t))
x.grad = None
nn.MultiLabelMarginLoss()(x, t).backward()
print(x.grad)
""",
    "tr3_lrn_channel_shuffle": """
import torch
import torch.nn as nn
x = torch.arange(1., 1 + 2 * 4 * 2 * 2).reshape(2, 4, 2, 2)
lrn = nn.LocalResponseNorm(size=3, alpha=0.1, beta=0.75, k=1.0)
print(lrn)
print(lrn(x)[0])
print(nn.LocalResponseNorm(2)(torch.tensor([[1., 2., 3.], [4., 5., 6.]]).reshape(1, 3, 2)))
cs = nn.ChannelShuffle(2)
print(cs(torch.arange(4.).reshape(1, 4, 1, 1)).flatten())
print(cs)
""",
    "tr3_max_unpool": """
import torch
import torch.nn as nn
import torch.nn.functional as F
pool = nn.MaxPool2d(2, stride=2, return_indices=True)
unpool = nn.MaxUnpool2d(2, stride=2)
print(unpool, nn.MaxUnpool1d(3), nn.MaxUnpool2d((2, 3), stride=1, padding=1))
x = (torch.arange(16.).reshape(1, 1, 4, 4) % 5).requires_grad_()
o, i = pool(x)
print(o, i)
u = unpool(o, i)
print(u)
print(unpool(o, i, output_size=torch.Size([1, 1, 5, 5])))
print(F.max_unpool1d(torch.tensor([[[3., 5.]]]), torch.tensor([[[1, 2]]]), 2))
try:
    unpool(o, i, output_size=(9, 9))
except ValueError as e:
    print(type(e).__name__, e)
(u * torch.arange(16.).reshape(1, 1, 4, 4)).sum().backward()
print(x.grad)
""",
}
