"""Compat corpus: DataLoader worker options (num_workers, persistent_workers, prefetch_factor,
pin_memory) as scripts pass them; chainrule loads in process and draws torch's seeds."""

SNIPPETS = {
    "dw_persistent_workers_two_epochs": """
import torch
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(0)
ds = TensorDataset(torch.arange(10.).view(10, 1), torch.arange(10))
dl = DataLoader(ds, batch_size=4, shuffle=True, num_workers=2, persistent_workers=True)
for epoch in range(3):
    print(epoch, [y.tolist() for _, y in dl])
print(torch.rand(2))
""",
    "dw_workers_without_persistence": """
import torch
from torch.utils.data import DataLoader
torch.manual_seed(3)
dl = DataLoader(list(range(8)), batch_size=3, shuffle=True, num_workers=2)
for epoch in range(2):
    print(epoch, [b.tolist() for b in dl])
print(dl.prefetch_factor, dl.persistent_workers, dl.num_workers)
""",
    "dw_option_errors": """
import torch
from torch.utils.data import DataLoader
for kwargs in ({"persistent_workers": True}, {"prefetch_factor": 4}, {"timeout": -1},
               {"num_workers": -1}, {"num_workers": 2, "prefetch_factor": -1}):
    try:
        DataLoader(list(range(4)), **kwargs)
        print("ok", kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
print(DataLoader([1]).prefetch_factor, DataLoader([1], num_workers=1).prefetch_factor)
""",
    "dw_pin_memory_warning": """
import warnings
import torch
from torch.utils.data import DataLoader
dl = DataLoader(torch.arange(6.), batch_size=2, pin_memory=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    batches = [b.tolist() for b in dl]
print(batches)
print([(w.category.__name__, str(w.message)) for w in caught])
""",
    "dw_default_convert_containers": """
import collections
import numpy as np
import torch
from torch.utils.data import DataLoader, default_convert
Point = collections.namedtuple("Point", ["x", "y"])
print(default_convert((1, 2.0, "a")))
print(default_convert(Point(np.array(0), np.array([1, 2]))))
print(default_convert({"a": (np.float32(1.5), [np.int64(2)]), "b": "text"}))
print(default_convert([np.array(["x", "y"]), np.array([1.5])]))
print(default_convert(range(3)), default_convert(np.float64(2.5)))
print(list(DataLoader([(1, 2.0), (3, 4.0)], batch_size=None)))
print(list(DataLoader([{"k": (1, np.arange(2))}], batch_size=None)))
""",
    "dw_getitems_batches": """
import torch
from torch.utils.data import DataLoader, Dataset, Subset, StackDataset, TensorDataset

class Batched(Dataset):
    def __len__(self):
        return 6
    def __getitem__(self, i):
        return torch.tensor(-1)
    def __getitems__(self, indices):
        return [torch.tensor(i * 10) for i in indices]

print([b.tolist() for b in DataLoader(Batched(), batch_size=4)])
print([b.tolist() for b in DataLoader(Subset(Batched(), [5, 1, 2]), batch_size=2)])
print([b.tolist() for b in DataLoader(Batched(), batch_size=None)])
stack = StackDataset(Batched(), TensorDataset(torch.arange(6.)))
print(stack.__getitems__([1, 3]))
print(list(DataLoader(stack, batch_size=3)))
named = StackDataset(a=Batched(), b=torch.arange(6) * 2)
print(named.__getitems__([0, 5]), list(DataLoader(named, batch_size=4)))
torch.manual_seed(0)
x, y = torch.randn(10, 3), torch.arange(10)
for xb, yb in DataLoader(TensorDataset(x, y), batch_size=4, shuffle=True):
    print(yb, xb[:, 0], xb.is_contiguous(), xb.dtype, yb.dtype)
""",
}
