"""Compat corpus, tutorials part 13: the data loading and processing tutorial (a dict-returning
Dataset with callable transforms), samplers, subsets, iterable datasets and collate functions."""

SNIPPETS = {
    "tu13_data_face_landmarks_style": """
import numpy as np
import torch
from torch.utils.data import Dataset, DataLoader
rng = np.random.RandomState(0)
class FaceLandmarksDataset(Dataset):
    def __init__(self, n, transform=None):
        self.images = [rng.randint(0, 255, size=(6 + i % 3, 5, 3)).astype(np.uint8)
                       for i in range(n)]
        self.landmarks = [rng.rand(4, 2) * 5 for i in range(n)]
        self.transform = transform
    def __len__(self):
        return len(self.images)
    def __getitem__(self, idx):
        if torch.is_tensor(idx):
            idx = idx.tolist()
        sample = {'image': self.images[idx], 'landmarks': self.landmarks[idx].astype('float')}
        if self.transform:
            sample = self.transform(sample)
        return sample
class Rescale(object):
    def __init__(self, output_size):
        assert isinstance(output_size, (int, tuple))
        self.output_size = output_size
    def __call__(self, sample):
        image, landmarks = sample['image'], sample['landmarks']
        h, w = image.shape[:2]
        new_h, new_w = self.output_size
        rows = (np.arange(new_h) * h // new_h)
        cols = (np.arange(new_w) * w // new_w)
        img = image[rows][:, cols]
        landmarks = landmarks * [new_w / w, new_h / h]
        return {'image': img, 'landmarks': landmarks}
class ToTensor(object):
    def __call__(self, sample):
        image, landmarks = sample['image'], sample['landmarks']
        image = image.transpose((2, 0, 1))
        return {'image': torch.from_numpy(image),
                'landmarks': torch.from_numpy(landmarks)}
class Compose:
    def __init__(self, transforms):
        self.transforms = transforms
    def __call__(self, x):
        for t in self.transforms:
            x = t(x)
        return x
face_dataset = FaceLandmarksDataset(5)
for i, sample in enumerate(face_dataset):
    print(i, sample['image'].shape, sample['landmarks'].shape)
    if i == 2:
        break
transformed_dataset = FaceLandmarksDataset(6, transform=Compose([Rescale((4, 4)), ToTensor()]))
s = transformed_dataset[0]
print(s['image'].shape, s['image'].dtype, s['landmarks'].dtype)
print(transformed_dataset[torch.tensor(1)]['landmarks'].shape)
torch.manual_seed(0)
dataloader = DataLoader(transformed_dataset, batch_size=4, shuffle=True, num_workers=0)
for i_batch, sample_batched in enumerate(dataloader):
    print(i_batch, sample_batched['image'].size(), sample_batched['landmarks'].size(),
          sample_batched['landmarks'].dtype)
batch = next(iter(DataLoader(transformed_dataset, batch_size=2)))
print(type(batch).__name__, sorted(batch), batch['image'].float().mean())
""",
    "tu13_samplers_subsets_concat": """
import torch
from torch.utils.data import (TensorDataset, DataLoader, Subset, ConcatDataset, random_split,
                              SubsetRandomSampler, WeightedRandomSampler, BatchSampler,
                              SequentialSampler, RandomSampler)
torch.manual_seed(3)
ds = TensorDataset(torch.arange(10).float(), torch.arange(10) % 3)
print(len(ds), ds[4])
sub = Subset(ds, [0, 2, 4])
print(len(sub), sub[1], sub.indices)
cat = ConcatDataset([ds, sub])
print(len(cat), cat[11], cat.cumulative_sizes)
train, val = random_split(ds, [7, 3], generator=torch.Generator().manual_seed(42))
print(train.indices, val.indices)
a, b, c = random_split(range(10), [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(1))
print(list(a), list(b), list(c))
print(list(SubsetRandomSampler([1, 3, 5, 7], generator=torch.Generator().manual_seed(0))))
weights = [0.1, 0.1, 0.8]
print(list(WeightedRandomSampler(weights, 8, replacement=True,
                                 generator=torch.Generator().manual_seed(5))))
print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=False)))
print(list(BatchSampler(SequentialSampler(range(10)), batch_size=3, drop_last=True)))
print(list(RandomSampler(range(5), generator=torch.Generator().manual_seed(2))))
print(list(RandomSampler(range(5), replacement=True, num_samples=7,
                         generator=torch.Generator().manual_seed(2))))
loader = DataLoader(ds, batch_size=4, sampler=SubsetRandomSampler(range(8)), drop_last=True)
for x, y in loader:
    print(x, y)
class_counts = torch.bincount(ds.tensors[1])
sample_weights = 1.0 / class_counts[ds.tensors[1]].float()
print(class_counts, sample_weights)
sampler = WeightedRandomSampler(sample_weights, num_samples=len(sample_weights), replacement=True)
print(len(list(sampler)))
""",
    "tu13_collate_fn_and_iterable_dataset": """
import math
import torch
from torch.utils.data import DataLoader, Dataset, IterableDataset, get_worker_info
from torch.utils.data.dataloader import default_collate
from torch.nn.utils.rnn import pad_sequence
seqs = [torch.tensor([1, 2, 3]), torch.tensor([4, 5]), torch.tensor([6]),
        torch.tensor([7, 8, 9, 10])]
labels = [0, 1, 0, 1]
class SeqDS(Dataset):
    def __len__(self):
        return len(seqs)
    def __getitem__(self, i):
        return seqs[i], labels[i]
def collate_batch(batch):
    xs, ys = zip(*batch)
    lengths = torch.tensor([len(x) for x in xs])
    return pad_sequence(xs, batch_first=True, padding_value=0), torch.tensor(ys), lengths
for x, y, l in DataLoader(SeqDS(), batch_size=2, collate_fn=collate_batch):
    print(x, y, l)
print(default_collate([(1, 2.0, 'a'), (3, 4.0, 'b')]))
print(default_collate([{'x': torch.ones(2), 'y': 1}, {'x': torch.zeros(2), 'y': 2}]))
print(default_collate([[1, 2], [3, 4]]))
class MyIterableDataset(IterableDataset):
    def __init__(self, start, end):
        super(MyIterableDataset).__init__()
        assert end > start
        self.start = start
        self.end = end
    def __iter__(self):
        worker_info = get_worker_info()
        if worker_info is None:
            iter_start = self.start
            iter_end = self.end
        else:
            per_worker = int(math.ceil((self.end - self.start) / float(worker_info.num_workers)))
            worker_id = worker_info.id
            iter_start = self.start + worker_id * per_worker
            iter_end = min(iter_start + per_worker, self.end)
        return iter(range(iter_start, iter_end))
ds = MyIterableDataset(start=3, end=7)
print(list(DataLoader(ds, num_workers=0)))
print(list(DataLoader(ds, batch_size=3)))
print(get_worker_info())
""",
}
