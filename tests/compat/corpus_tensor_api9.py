"""Compat corpus, tensor API part 9: types of things, torch.Size, dtypes and indexing forms."""

SNIPPETS = {
    "ta_print_types": """
import torch
x = torch.zeros(2, 3)
print(type(x), type(x.shape), type(x.dtype), type(x.device))
print(type(torch.finfo(torch.float32)), type(torch.iinfo(torch.int8)))
print(type(x.tolist()), type(x[0, 0].item()), type(x.numpy()))
print(isinstance(x, torch.Tensor), isinstance(x.shape, tuple), isinstance(x.dtype, torch.dtype))
print(torch.is_tensor(x), torch.is_tensor(x.numpy()))
""",
    "ta_dtype_identity": """
import torch
print(torch.float32 == torch.float, torch.float64 is torch.double, torch.int64 is torch.long)
print(torch.int32 is torch.int, torch.float16 is torch.half, torch.int16 is torch.short)
print(str(torch.int64), repr(torch.bool), f"{torch.float32}")
print(torch.zeros(1).dtype in (torch.float16, torch.float32), {torch.float32: 'f'}[torch.float])
print(torch.float32.is_signed, torch.uint8.is_signed, torch.bool.is_floating_point)
print(getattr(torch, 'float64'), getattr(torch, 'int8'))
""",
    "ta_size_tuple_behaviour": """
import torch
s = torch.Size([2, 3, 4])
print(s.count(3), s.index(4), s[1:], s[::-1], s[-1], s + (5,), (1,) + s)
print(torch.Size([]), torch.Size([2]) + torch.Size([3]), torch.Size((1,)) * 2)
print(hash(torch.Size([2])) == hash((2,)), s == (2, 3, 4), s == [2, 3, 4], s.numel())
a, b, c = s
print(a * b * c, list(s), tuple(s), len(s), max(s), sum(s))
print(torch.zeros(s).shape == s, torch.ones(*s[1:]).shape)
""",
    "ta_return_type_tuples": """
import torch
r = torch.sort(torch.tensor([3, 1, 2]))
print(type(r).__name__, r[0], r.indices, len(r))
values, indices = r
print(values, indices, tuple(r))
m = torch.max(torch.tensor([[1, 2], [4, 3]]), 1)
print(m.values, m[1])
print(torch.topk(torch.tensor([1., 3., 2.]), 2).values)
print(torch.linalg.slogdet(torch.eye(2)).logabsdet, torch.svd(torch.eye(2)).S)
""",
    "ta_index_forms_catalogue": """
import torch
t = torch.tensor([[1, 2], [3, 4]])
print(t[[0, 1]], t[(0, 1)], t[[0, 1],], t[torch.tensor([[True, False], [False, True]])])
v = torch.tensor([1, 2, 3])
print(v[[True, False, True]], v[torch.tensor(1)], v[torch.tensor([[0, 1]])])
print(v[None, :, None].shape, torch.tensor(5)[None], torch.tensor(5)[...], torch.tensor(5)[()])
print(v[1:1], v[5:], v[-10:2], v[::2], v[-1:], v[:-1])
try:
    v[torch.tensor([True, False])]
except IndexError as e:
    print(e)
for f in (lambda: v[::-1], lambda: v[::0], lambda: v[3]):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_advanced_index_shapes": """
import torch
m = torch.arange(12).reshape(3, 4)
print(m[[0, 2]][:, [1, 3]], m[[[0], [2]], [1, 3]], m[1:, [0, 0, 3]])
c = torch.arange(24).reshape(2, 3, 4)
print(c[:, [0, 1], [1, 2]], c[[0, 1], :, [1, 2]])
print(c[0, :, [1, 2]].shape, c[[1], ..., [2]], c[:, None, [0, 2]].shape)
print(c[c > 20], c[:, c[0, :, 0] > 3].shape)
""",
    "ta_unique_nan_and_sorted": """
import torch
print(torch.unique(torch.tensor([float('nan'), 1., float('nan')])))
print(torch.unique(torch.tensor([3, 1, 3]), sorted=True))
print(torch.tensor([2, 2, 1]).unique(return_counts=True))
print(torch.unique(torch.tensor([[2, 1], [1, 2]])))
u, c = torch.unique(torch.tensor([1.5, -0.5, 1.5, 1.5]), return_counts=True)
print(u, c, c.dtype)
""",
}
