"""Compat corpus: the build facts scripts print or test before choosing a device, and the storage
and shared-memory queries of tensors."""

SNIPPETS = {
    "rt_version_build_facts": """
import torch
print(torch.version.cuda, torch.version.hip, torch.version.debug)
print(torch.backends.cudnn.version(), torch.backends.cudnn.is_available())
print(torch.cuda.is_available(), torch.backends.mps.is_available())
if torch.version.cuda is None and not torch.cuda.is_available():
    device = torch.device("cpu")
print(device, torch.zeros(2, device=device).device)
""",
    "rt_storage_sharing_checks": """
import warnings
import torch
x = torch.tensor([1.0, 2.0, 3.0])
u = x.untyped_storage()
print(u)
print(u.nbytes(), len(u), u.size(), u.element_size(), u.device, u.data_ptr() == x.data_ptr())
y = x[1:]
print(y.untyped_storage().data_ptr() == x.untyped_storage().data_ptr())
print(y.data_ptr() == x.data_ptr())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    s = x.storage()
print([str(m.message) for m in w], [m.category.__name__ for m in w])
print(s)
print(s.size(), len(s), s.dtype, s.tolist(), s.data_ptr() == x.data_ptr(), s.element_size())
print(type(s).__name__, type(u).__name__)
print(torch.tensor([1, 2], dtype=torch.int64).untyped_storage())
a = torch.arange(6.).view(2, 3)
b, c = a.t(), a.clone()
print(a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr())
print(a.untyped_storage().data_ptr() == c.untyped_storage().data_ptr())
print(a.view(-1)[2:].untyped_storage().nbytes())
""",
    "rt_share_memory": """
import torch
x = torch.zeros(3)
print(x.is_shared())
x.share_memory_()
print(x.is_shared(), x[1:].is_shared(), (x + 1).is_shared())
m = torch.nn.Linear(2, 2)
print(m.share_memory() is m, m.weight.is_shared(), m.bias.is_shared())
""",
}
