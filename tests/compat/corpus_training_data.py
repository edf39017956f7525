"""Compat corpus, training part 4: datasets, samplers and DataLoader batching, as tutorials do."""

SNIPPETS = {
    "trd_tensordataset_basics": """
import torch
from torch.utils.data import TensorDataset
X = torch.arange(12, dtype=torch.float32).reshape(6, 2)
y = torch.tensor([0, 1, 0, 1, 1, 0])
ds = TensorDataset(X, y)
print(len(ds))
print(ds[0])
print(ds[-1])
xb, yb = ds[1:3]
print(xb, yb)
print(ds.tensors[1].dtype)
try:
    TensorDataset(X, y[:4])
except AssertionError as e:
    print("AssertionError", e)
""",
    "trd_dataloader_batches_no_shuffle": """
import torch
from torch.utils.data import TensorDataset, DataLoader
X = torch.arange(20, dtype=torch.float32).reshape(10, 2)
y = torch.arange(10)
loader = DataLoader(TensorDataset(X, y), batch_size=4)
print(len(loader))
for i, (xb, yb) in enumerate(loader):
    print(i, xb.shape, yb.tolist())
loader = DataLoader(TensorDataset(X, y), batch_size=4, drop_last=True)
print(len(loader), [yb.tolist() for _, yb in loader])
""",
    "trd_dataloader_batch_size_none": """
import torch
from torch.utils.data import TensorDataset, DataLoader
ds = TensorDataset(torch.arange(3.), torch.tensor([5, 6, 7]))
loader = DataLoader(ds, batch_size=None)
for x, y in loader:
    print(x, y)
print(len(loader))
""",
    "trd_dataset_subclass_dict_samples": """
import torch
from torch.utils.data import Dataset, DataLoader
class Squares(Dataset):
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return {"x": torch.tensor([float(i)]), "y": torch.tensor(i * i), "name": f"item{i}"}
ds = Squares(5)
print(len(ds), ds[3])
loader = DataLoader(ds, batch_size=2)
for batch in loader:
    print(batch["x"].shape, batch["y"], batch["name"])
""",
    "trd_collate_tuples_numbers_numpy": """
import numpy as np
import torch
from torch.utils.data import DataLoader
data = [(np.array([1.0, 2.0]), 3, 0.5, "a"), (np.array([4.0, 5.0]), 6, 1.5, "b")]
batch = next(iter(DataLoader(data, batch_size=2)))
for item in batch:
    print(type(item).__name__, item)
print(batch[0].dtype, batch[1].dtype, batch[2].dtype)
""",
    "trd_collate_nested_and_lists": """
import torch
from torch.utils.data import DataLoader
data = [{"a": (torch.tensor(1), torch.tensor([1., 2.])), "b": [1, 2]},
        {"a": (torch.tensor(2), torch.tensor([3., 4.])), "b": [3, 4]}]
batch = next(iter(DataLoader(data, batch_size=2)))
print(batch)
""",
    "trd_default_collate_direct": """
import torch
from torch.utils.data import default_collate
print(default_collate([torch.tensor([1, 2]), torch.tensor([3, 4])]))
print(default_collate([(1, 2.0), (3, 4.0)]))
print(default_collate([{"k": 1}, {"k": 2}]))
""",
    "trd_custom_collate_fn_padding": """
import torch
from torch.utils.data import DataLoader
from torch.nn.utils.rnn import pad_sequence
seqs = [torch.tensor([1, 2, 3]), torch.tensor([4]), torch.tensor([5, 6])]
def collate(batch):
    lengths = torch.tensor([len(s) for s in batch])
    return pad_sequence(batch, batch_first=True, padding_value=0), lengths
for padded, lengths in DataLoader(seqs, batch_size=3, collate_fn=collate):
    print(padded)
    print(lengths)
""",
    "trd_random_split_lengths": """
import torch
from torch.utils.data import TensorDataset, random_split, Subset
ds = TensorDataset(torch.arange(10.))
g = torch.Generator().manual_seed(42)
train, val = random_split(ds, [8, 2], generator=g)
print(len(train), len(val), type(train).__name__)
parts = random_split(ds, [0.7, 0.3], generator=torch.Generator().manual_seed(0))
print([len(p) for p in parts])
parts = random_split(range(7), [0.5, 0.5])
print([len(p) for p in parts])
try:
    random_split(ds, [5, 6])
except ValueError as e:
    print(e)
sub = Subset(ds, [0, 2, 4])
print(len(sub), sub[1])
""",
    "trd_sequential_and_batch_sampler": """
import torch
from torch.utils.data import SequentialSampler, BatchSampler, DataLoader
s = SequentialSampler(range(5))
print(list(s), len(s))
print(list(BatchSampler(s, batch_size=2, drop_last=False)))
print(list(BatchSampler(s, batch_size=2, drop_last=True)))
sampler = BatchSampler(SequentialSampler(range(6)), 4, False)
loader = DataLoader(list(range(10, 16)), batch_sampler=sampler)
print([b.tolist() for b in loader])
""",
    "trd_shuffle_shapes_and_coverage": """
import torch
from torch.utils.data import TensorDataset, DataLoader
X = torch.arange(10)
loader = DataLoader(TensorDataset(X), batch_size=3, shuffle=True)
seen = []
for (xb,) in loader:
    seen += xb.tolist()
print(sorted(seen), len(loader))
print([len(b[0]) for b in loader])
""",
    "trd_concat_dataset": """
import torch
from torch.utils.data import TensorDataset, ConcatDataset, DataLoader
a = TensorDataset(torch.zeros(3, 1), torch.zeros(3))
b = TensorDataset(torch.ones(2, 1), torch.ones(2))
c = ConcatDataset([a, b])
print(len(c), c[3], c.cumulative_sizes)
print([yb.tolist() for _, yb in DataLoader(c, batch_size=2)])
print(len(a + b))
""",
    "trd_iterable_dataset": """
import torch
from torch.utils.data import IterableDataset, DataLoader
class Stream(IterableDataset):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield torch.tensor([i, i * 2])
for batch in DataLoader(Stream(5), batch_size=2):
    print(batch)
""",
    "trd_dataloader_errors": """
import torch
from torch.utils.data import DataLoader, TensorDataset
ds = TensorDataset(torch.zeros(4))
try:
    DataLoader(ds, batch_size=2, shuffle=True, sampler=range(4))
except ValueError as e:
    print(e)
try:
    DataLoader(ds, batch_size=0)
except ValueError as e:
    print(e)
""",
    "trd_map_dataset_getitem_error": """
import torch
from torch.utils.data import Dataset
class Broken(Dataset):
    pass
d = Broken()
try:
    d[0]
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    len(d)
except TypeError as e:
    print("TypeError", e)
""",
    "trd_epoch_loop_accumulate_metrics": """
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.], [2., 1.], [1., 2.]])
y = torch.tensor([0, 1, 1, 1, 1, 1])
loader = DataLoader(TensorDataset(X, y), batch_size=4)
model = nn.Linear(2, 2)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[-1., -1.], [1., 1.]]))
    model.bias.copy_(torch.tensor([0.5, -0.5]))
criterion = nn.CrossEntropyLoss(reduction="sum")
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(3):
    total, correct, running = 0, 0, 0.0
    for xb, yb in loader:
        opt.zero_grad()
        out = model(xb)
        loss = criterion(out, yb)
        loss.backward()
        opt.step()
        running += loss.item()
        correct += (out.argmax(1) == yb).sum().item()
        total += yb.size(0)
    print(f"epoch {epoch}: loss={running / total:.4f} acc={correct / total:.2%}")
""",
    "trd_eval_loop_no_grad_predictions": """
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader
model = nn.Sequential(nn.Linear(2, 3))
nn.init.constant_(model[0].weight, 0.5)
with torch.no_grad():
    model[0].bias.copy_(torch.tensor([0., 1., -1.]))
X = torch.tensor([[1., 0.], [0., 2.], [-1., -1.], [3., 1.], [0., 0.]])
preds = []
model.eval()
with torch.no_grad():
    for (xb,) in DataLoader(TensorDataset(X), batch_size=2):
        logits = model(xb)
        preds.append(logits.softmax(dim=1))
probs = torch.cat(preds)
print(probs)
print(probs.requires_grad, probs.argmax(dim=1))
""",
}
