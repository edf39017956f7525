"""Compat corpus: DataLoader workers (emulated in process): per-worker random streams, sharded
IterableDatasets with get_worker_info(), worker_init_fn, and the torch docs' patterns."""

SNIPPETS = {
    "dw2_random_getitem_two_workers": """
import torch
from torch.utils.data import Dataset, DataLoader

class Noisy(Dataset):
    def __len__(self):
        return 8
    def __getitem__(self, i):
        return torch.tensor(float(i)) + torch.rand(1).item()

torch.manual_seed(0)
dl = DataLoader(Noisy(), batch_size=2, num_workers=2)
for epoch in range(2):
    for b in dl:
        print(epoch, [f"{v:.6f}" for v in b.tolist()])
print(torch.rand(1))
""",
    "dw2_iterable_duplicates_without_sharding": """
import torch
from torch.utils.data import IterableDataset, DataLoader

class Stream(IterableDataset):
    def __iter__(self):
        return iter(range(5))

print([b.tolist() for b in DataLoader(Stream(), batch_size=2, num_workers=2)])
print([b.tolist() for b in DataLoader(Stream(), batch_size=2, num_workers=2, drop_last=True)])
print(list(DataLoader(Stream(), batch_size=None, num_workers=3)))
""",
    "dw2_iterable_sharded_in_iter": """
import math
import torch
from torch.utils.data import IterableDataset, DataLoader, get_worker_info

class MyIterableDataset(IterableDataset):
    def __init__(self, start, end):
        super().__init__()
        self.start, self.end = start, end
    def __iter__(self):
        worker_info = get_worker_info()
        if worker_info is None:
            iter_start, iter_end = self.start, self.end
        else:
            per_worker = int(math.ceil((self.end - self.start) / float(worker_info.num_workers)))
            iter_start = self.start + worker_info.id * per_worker
            iter_end = min(iter_start + per_worker, self.end)
        return iter(range(iter_start, iter_end))

ds = MyIterableDataset(start=3, end=7)
print(list(DataLoader(ds, num_workers=0)))
print(list(DataLoader(ds, num_workers=2)))
print(list(DataLoader(ds, num_workers=12)))
print(get_worker_info())
""",
    "dw2_worker_init_fn_sharding": """
import math
import torch
from torch.utils.data import IterableDataset, DataLoader, get_worker_info

class MyIterableDataset(IterableDataset):
    def __init__(self, start, end):
        super().__init__()
        self.start, self.end = start, end
    def __iter__(self):
        return iter(range(self.start, self.end))

def worker_init_fn(worker_id):
    worker_info = get_worker_info()
    dataset = worker_info.dataset
    overall_start, overall_end = dataset.start, dataset.end
    per_worker = int(math.ceil((overall_end - overall_start) / float(worker_info.num_workers)))
    dataset.start = overall_start + worker_info.id * per_worker
    dataset.end = min(dataset.start + per_worker, overall_end)

ds = MyIterableDataset(start=3, end=7)
print(list(DataLoader(ds, num_workers=2, worker_init_fn=worker_init_fn)))
print(list(DataLoader(ds, num_workers=12, worker_init_fn=worker_init_fn)))
print(ds.start, ds.end)
""",
    "dw2_worker_seeds": """
import random
import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader, get_worker_info

class Seeds(Dataset):
    def __len__(self):
        return 4
    def __getitem__(self, i):
        info = get_worker_info()
        return (info.id, info.num_workers, info.seed - torch.initial_seed(),
                random.random(), float(np.random.rand()), torch.randint(0, 100, (1,)).item())

torch.manual_seed(1)
random.seed(5)
np.random.seed(5)
for row in DataLoader(Seeds(), batch_size=None, num_workers=2):
    print(row)
print(random.random(), float(np.random.rand()), torch.randint(0, 100, (1,)).item())
""",
    "dw2_numpy_augmentation_per_worker": """
import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader

class Aug(Dataset):
    def __len__(self):
        return 6
    def __getitem__(self, i):
        return torch.tensor([i + np.random.randint(0, 1000)])

torch.manual_seed(7)
print([b.view(-1).tolist() for b in DataLoader(Aug(), batch_size=3, num_workers=2)])
print([b.view(-1).tolist() for b in DataLoader(Aug(), batch_size=3, num_workers=2)])
""",
    "dw2_persistent_iterable_epochs": """
import torch
from torch.utils.data import IterableDataset, DataLoader

class Counting(IterableDataset):
    def __init__(self):
        self.epochs = 0
    def __iter__(self):
        self.epochs += 1
        return iter([self.epochs * 10 + k for k in range(3)])

ds = Counting()
dl = DataLoader(ds, batch_size=2, num_workers=2, persistent_workers=True)
for epoch in range(3):
    print(epoch, [b.tolist() for b in dl])
print(ds.epochs)
dl = DataLoader(ds, batch_size=2, num_workers=2)
for epoch in range(2):
    print(epoch, [b.tolist() for b in dl])
print(ds.epochs)
""",
    "dw2_shuffled_training_loop": """
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
x = torch.linspace(-1, 1, 32).unsqueeze(1)
y = 3 * x - 0.5 + 0.1 * torch.randn(32, 1)
loader = DataLoader(TensorDataset(x, y), batch_size=8, shuffle=True, num_workers=2)
model = nn.Linear(1, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(3):
    total = 0.0
    for xb, yb in loader:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item()
    print(epoch, f"{total:.4f}")
print(model.weight.data, model.bias.data)
""",
}
