"""Compat corpus, training part 14: DataLoader options and attributes that scripts pass or read."""

SNIPPETS = {
    "trd2_loader_attributes": """
import torch
from torch.utils.data import DataLoader, TensorDataset, SequentialSampler, RandomSampler
ds = TensorDataset(torch.arange(10.))
loader = DataLoader(ds, batch_size=4, num_workers=0, pin_memory=False, drop_last=False)
print(loader.batch_size, loader.drop_last, loader.num_workers, len(loader.dataset))
print(type(loader.sampler).__name__, type(loader.batch_sampler).__name__)
shuffled = DataLoader(ds, batch_size=4, shuffle=True)
print(type(shuffled.sampler).__name__, len(shuffled))
print(isinstance(loader.dataset, TensorDataset))
it = iter(loader)
print(next(it)[0], len(loader))
""",
    "trd2_random_sampler_options": """
import torch
from torch.utils.data import RandomSampler, SubsetRandomSampler, DataLoader
rs = RandomSampler(range(10), replacement=True, num_samples=25)
print(len(rs), len(list(rs)), all(0 <= i < 10 for i in rs))
print(len(RandomSampler(range(7))), sorted(RandomSampler(range(7))))
srs = SubsetRandomSampler([3, 5, 7])
print(len(srs), sorted(srs))
loader = DataLoader(list(range(100, 110)), batch_size=2, sampler=SubsetRandomSampler([0, 2, 4]))
print(len(loader), sorted(x for b in loader for x in b.tolist()))
try:
    RandomSampler(range(3), num_samples=0)
except ValueError as e:
    print(e)
""",
    "trd2_random_split_remainders": """
import torch
from torch.utils.data import random_split
for fracs in ([0.5, 0.5], [0.33, 0.33, 0.34], [0.8, 0.1, 0.1], [0.25, 0.75]):
    parts = random_split(range(11), fracs, generator=torch.Generator().manual_seed(1))
    print(fracs, [len(p) for p in parts], sum(len(p) for p in parts))
try:
    random_split(range(10), [0.5, 0.6])
except ValueError as e:
    print(e)
""",
    "trd2_subset_of_subset_and_concat_index": """
import torch
from torch.utils.data import Subset, ConcatDataset, TensorDataset
base = TensorDataset(torch.arange(10) * 10)
s1 = Subset(base, range(2, 8))
s2 = Subset(s1, [0, 5, 3])
print([s2[i][0].item() for i in range(len(s2))])
cat = ConcatDataset([s1, s2])
print(len(cat), cat[-1], cat[6])
try:
    cat[20]
except IndexError as e:
    print("IndexError", e)
try:
    ConcatDataset([])
except AssertionError as e:
    print("AssertionError", e)
""",
    "trd2_collate_scalars_and_bools": """
import torch
from torch.utils.data import default_collate
print(default_collate([True, False, True]))
print(default_collate([1.5, 2.5]))
print(default_collate([torch.tensor(1.0), torch.tensor(2.0)]))
print(default_collate([[1, 2], [3, 4]]))
print(default_collate([("a", 1), ("b", 2)]))
print(default_collate([{"x": torch.ones(2), "y": {"z": 1}}, {"x": torch.zeros(2), "y": {"z": 2}}]))
""",
    "trd2_collate_namedtuple": """
from collections import namedtuple
import torch
from torch.utils.data import default_collate, DataLoader
Sample = namedtuple("Sample", ["image", "label"])
data = [Sample(torch.full((2,), float(i)), i) for i in range(4)]
batch = next(iter(DataLoader(data, batch_size=3)))
print(type(batch).__name__, batch.image, batch.label)
print(default_collate(data[:2]))
""",
    "trd2_generator_reproducible_shuffle": """
import torch
from torch.utils.data import DataLoader
g1 = torch.Generator().manual_seed(123)
g2 = torch.Generator().manual_seed(123)
a = [b.tolist() for b in DataLoader(list(range(8)), batch_size=3, shuffle=True, generator=g1)]
b = [b.tolist() for b in DataLoader(list(range(8)), batch_size=3, shuffle=True, generator=g2)]
print(a == b, sorted(sum(a, [])))
""",
    "trd2_dataset_transform_pipeline": """
import torch
from torch.utils.data import Dataset, DataLoader
class Normalized(Dataset):
    def __init__(self, data, targets, transform=None, target_transform=None):
        self.data, self.targets = data, targets
        self.transform, self.target_transform = transform, target_transform
    def __len__(self):
        return len(self.data)
    def __getitem__(self, idx):
        x, y = self.data[idx], self.targets[idx]
        if self.transform:
            x = self.transform(x)
        if self.target_transform:
            y = self.target_transform(y)
        return x, y
data = torch.arange(12, dtype=torch.float32).reshape(6, 2)
mean, std = data.mean(0), data.std(0)
ds = Normalized(data, torch.tensor([0, 1, 2, 0, 1, 2]), transform=lambda x: (x - mean) / std,
                target_transform=lambda y: torch.nn.functional.one_hot(y, 3).float())
x, y = ds[1]
print(x, y)
for xb, yb in DataLoader(ds, batch_size=4):
    print(xb.shape, yb.shape, yb.sum(0))
""",
}
