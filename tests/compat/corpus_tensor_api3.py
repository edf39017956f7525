"""Compat corpus, tensor API part 3: reshaping, joining, splitting and broadcasting."""

SNIPPETS = {
    "ta_view_reshape": """
import torch
x = torch.arange(12)
print(x.view(3, 4))
print(x.view(-1, 6).shape, x.reshape(2, -1, 3).shape)
print(x.view(3, 4).view(-1).shape)
print(torch.reshape(x, (4, 3)))
y = x.view(3, 4)
y[0, 0] = 100
print(x[0])
print(x.view_as(torch.zeros(6, 2)).shape, x.reshape_as(torch.zeros(2, 6)).shape)
""",
    "ta_view_errors": """
import torch
x = torch.arange(12)
for shape in [(5, 3), (-1, 5), (-1, -1)]:
    try:
        x.view(*shape)
    except Exception as e:
        print(type(e).__name__, e)
t = torch.arange(6).view(2, 3).t()
print(t.is_contiguous())
try:
    t.view(6)
except Exception as e:
    print(type(e).__name__, e)
print(t.reshape(6), t.contiguous().view(6))
try:
    x.reshape(7, 2)
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_permute_transpose": """
import torch
x = torch.arange(24).reshape(2, 3, 4)
print(x.permute(2, 0, 1).shape, x.permute(0, 2, 1).is_contiguous())
print(x.transpose(0, 2).shape, torch.transpose(x, 1, 2)[0])
print(x.mT.shape, x[0].T)
print(torch.swapaxes(x, 0, 1).shape, x.swapdims(1, 2).shape, x.moveaxis(0, -1).shape)
print(torch.movedim(x, (0, 1), (2, 0)).shape)
print(x.t() if x.dim() <= 2 else x[0].t())
try:
    x.permute(0, 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    x.t()
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_squeeze_unsqueeze": """
import torch
x = torch.zeros(1, 3, 1, 2)
print(x.squeeze().shape, x.squeeze(0).shape, x.squeeze(1).shape)
print(x.squeeze((0, 2)).shape, x.squeeze(-2).shape)
y = torch.tensor([1, 2, 3])
print(y.unsqueeze(0), y.unsqueeze(1))
print(y.unsqueeze(-1).shape, y[None, :, None].shape)
print(torch.tensor(5).unsqueeze(0), torch.tensor([5]).squeeze())
try:
    y.unsqueeze(3)
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_flatten_unflatten": """
import torch
x = torch.arange(24).reshape(2, 3, 4)
print(x.flatten().shape, x.flatten(1).shape, x.flatten(0, 1).shape)
print(torch.flatten(x, start_dim=1, end_dim=-1).shape)
print(x.flatten(1).unflatten(1, (3, 4)).shape)
print(x.unflatten(2, (2, -1)).shape)
print(torch.tensor(3).flatten())
print(torch.nn.Flatten()(x).shape)
print(x.ravel()[:5])
""",
    "ta_chunk_split": """
import torch
x = torch.arange(10)
print(x.chunk(3))
print(torch.chunk(x, 4))
print(x.split(4))
print(x.split([2, 3, 5]))
print(torch.split(torch.arange(12).reshape(4, 3), 2, dim=0))
print(len(torch.arange(5).chunk(6)))
try:
    x.split([2, 3])
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_tensor_split": """
import torch
x = torch.arange(8)
print(torch.tensor_split(x, 3))
print(torch.tensor_split(x, (1, 6)))
print(x.tensor_split([2, 5]))
y = torch.arange(14).reshape(2, 7)
print(torch.tensor_split(y, 3, dim=1))
print(torch.hsplit(torch.arange(16.).reshape(4, 4), 2))
print(torch.vsplit(torch.arange(16.).reshape(4, 4), [3]))
""",
    "ta_cat_stack": """
import torch
a = torch.tensor([[1, 2], [3, 4]])
b = torch.tensor([[5, 6]])
print(torch.cat([a, b]))
print(torch.cat((a, a), dim=1))
print(torch.stack([a, a]).shape, torch.stack([a, a], dim=2).shape)
print(torch.stack([torch.tensor(1), torch.tensor(2)]))
print(torch.cat([torch.tensor([1.0]), torch.tensor([2])]))
print(torch.cat([a, torch.tensor([])]))
print(torch.concat([b, b]), torch.concatenate([b, b], dim=1))
""",
    "ta_cat_stack_errors": """
import torch
a = torch.zeros(2, 3)
b = torch.zeros(2, 4)
try:
    torch.cat([a, b])
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.stack([a, b])
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.cat([])
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.cat([a, torch.zeros(3)])
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.cat([a, a], dim=2)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.cat(a, b)
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_hvd_stack": """
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
print(torch.hstack((a, b)))
print(torch.vstack((a, b)))
print(torch.dstack((a, b)))
print(torch.column_stack((a, b)))
print(torch.row_stack((a, b)) if hasattr(torch, "row_stack") else torch.vstack((a, b)))
c = torch.tensor([[1], [2]])
print(torch.hstack((c, c)), torch.vstack((c, c)).shape, torch.dstack((c, c)).shape)
""",
    "ta_repeat_tile": """
import torch
x = torch.tensor([1, 2, 3])
print(x.repeat(2), x.repeat(2, 2), x.repeat(1, 2, 1).shape)
print(torch.tile(x, (2,)), x.tile((2, 1)))
y = torch.tensor([[1, 2], [3, 4]])
print(y.repeat(2, 1))
print(torch.tile(y, (2,)))
try:
    y.repeat(2)
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_repeat_interleave": """
import torch
x = torch.tensor([1, 2, 3])
print(x.repeat_interleave(2))
print(torch.repeat_interleave(x, torch.tensor([1, 0, 2])))
y = torch.tensor([[1, 2], [3, 4]])
print(torch.repeat_interleave(y, 2))
print(torch.repeat_interleave(y, 3, dim=1))
print(torch.repeat_interleave(y, torch.tensor([1, 2]), dim=0))
print(torch.repeat_interleave(torch.tensor([2, 1])))
""",
    "ta_expand_broadcast": """
import torch
x = torch.tensor([[1], [2], [3]])
print(x.expand(3, 4))
print(x.expand(-1, 2))
print(x.expand(2, 3, 2).shape)
print(torch.broadcast_to(torch.tensor([1, 2]), (3, 2)))
print(x.expand_as(torch.zeros(3, 5)).shape)
print(torch.broadcast_shapes((2, 1), (1, 3)), torch.broadcast_shapes((5,), (3, 1)))
a, b = torch.broadcast_tensors(torch.tensor([1, 2]), torch.tensor([[1], [2], [3]]))
print(a.shape, b.shape)
try:
    x.expand(4, 4)
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_broadcast_errors": """
import torch
a = torch.ones(2, 3)
b = torch.ones(3, 2)
try:
    a + b
except Exception as e:
    print(type(e).__name__, e)
try:
    a * torch.ones(4)
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.broadcast_shapes((2, 3), (4,))
except Exception as e:
    print(type(e).__name__, e)
print((a + torch.ones(3)).shape, (a + torch.ones(2, 1)).shape)
""",
    "ta_meshgrid": """
import torch
x = torch.tensor([1, 2, 3])
y = torch.tensor([4, 5])
gx, gy = torch.meshgrid(x, y, indexing='ij')
print(gx, gy)
gx, gy = torch.meshgrid(x, y, indexing='xy')
print(gx, gy)
print(torch.cartesian_prod(x, y))
grid = torch.stack(torch.meshgrid(torch.arange(2), torch.arange(2), indexing='ij'), dim=-1)
print(grid.reshape(-1, 2))
""",
    "ta_flip_roll_rot": """
import torch
x = torch.arange(6).reshape(2, 3)
print(torch.flip(x, [0]), x.flip(1), x.flip((0, 1)))
print(torch.fliplr(x), torch.flipud(x))
print(torch.roll(x, 1), torch.roll(x, 1, 1), x.roll(-1, 0))
print(torch.roll(x, shifts=(1, 1), dims=(0, 1)))
print(torch.rot90(x), torch.rot90(x, 2), torch.rot90(x, -1, [0, 1]))
""",
    "ta_contiguous_strides": """
import torch
x = torch.arange(12).reshape(3, 4)
print(x.stride(), x.t().stride(), x.stride(0))
print(x.t().is_contiguous(), x.t().contiguous().is_contiguous())
print(x[:, ::2].stride(), x[1:].storage_offset())
print(x.unsqueeze(0).stride(), x.expand(2, 3, 4).stride())
print(x.view(2, 6).data_ptr() == x.data_ptr())
""",
    "ta_unfold": """
import torch
x = torch.arange(1., 8)
print(x.unfold(0, 2, 1))
print(x.unfold(0, 2, 2))
y = torch.arange(16.).reshape(4, 4)
print(y.unfold(0, 2, 2).unfold(1, 2, 2).shape)
""",
    "ta_atleast_and_ravel": """
import torch
print(torch.atleast_1d(torch.tensor(1.)), torch.atleast_2d(torch.tensor([1, 2])))
print(torch.atleast_3d(torch.tensor([[1, 2]])).shape)
print(torch.atleast_2d(torch.tensor(1.), torch.tensor([2., 3.])))
print(torch.ravel(torch.tensor([[1, 2], [3, 4]]).t()))
""",
    "ta_image_batch_reshapes": """
import torch
imgs = torch.arange(2 * 3 * 4 * 4.).reshape(2, 3, 4, 4)
print(imgs.permute(0, 2, 3, 1).shape)
patches = imgs.unfold(2, 2, 2).unfold(3, 2, 2)
print(patches.shape)
print(patches.contiguous().view(2, 3, -1, 2, 2).shape)
print(imgs.mean(dim=(2, 3)))
print(imgs.view(2, -1).shape, imgs.flatten(2).transpose(1, 2).shape)
print(imgs[:, [2, 1, 0]].shape, imgs.sum(dim=[0, 2, 3]))
""",
    "ta_stack_list_of_scalars": """
import torch
losses = [torch.tensor(0.5), torch.tensor(0.25), torch.tensor(0.125)]
print(torch.stack(losses))
print(torch.stack(losses).mean())
print(torch.tensor([l.item() for l in losses]))
rows = [torch.arange(3) * i for i in range(3)]
print(torch.stack(rows), torch.cat(rows))
print(torch.stack(rows, dim=1))
""",
    "ta_dim_errors": """
import torch
x = torch.zeros(2, 3)
for f in (lambda: x.sum(2), lambda: x.squeeze(5), lambda: x.transpose(0, 3), lambda: x.softmax(-3),
          lambda: x.mean(dim=-3), lambda: x.flatten(3), lambda: x.size(2), lambda: x.chunk(2, 4)):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
""",
}
