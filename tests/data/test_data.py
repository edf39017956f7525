"""utils.data: datasets, samplers, DataLoader batching/shuffling/collation, random_split."""

from collections import namedtuple

import numpy as np
import pytest

import chainrule as torch
from chainrule.utils.data import (
    BatchSampler,
    ConcatDataset,
    DataLoader,
    Dataset,
    IterableDataset,
    RandomSampler,
    SequentialSampler,
    Subset,
    TensorDataset,
    WeightedRandomSampler,
    default_collate,
    random_split,
)


def _dataset(n=10):
    return TensorDataset(torch.arange(2.0 * n).reshape(n, 2), torch.arange(n))


def test_tensor_dataset_and_size_check():
    ds = _dataset()
    x, y = ds[3]
    np.testing.assert_array_equal(x.numpy(), [6.0, 7.0])
    assert y.item() == 3 and len(ds) == 10
    with pytest.raises(AssertionError, match="Size mismatch between tensors"):
        TensorDataset(torch.zeros(3), torch.zeros(4))


@pytest.mark.parametrize("drop_last, sizes", [(False, [4, 4, 2]), (True, [4, 4])])
def test_dataloader_batches_in_order(drop_last, sizes):
    loader = DataLoader(_dataset(), batch_size=4, drop_last=drop_last)
    batches = list(loader)
    assert len(loader) == len(sizes) == len(batches)
    assert [len(b[1]) for b in batches] == sizes
    assert isinstance(batches[0], list)  # torch collates tuples into lists
    np.testing.assert_array_equal(torch.cat([b[1] for b in batches]).numpy(),
                                  np.arange(sum(sizes)))
    assert batches[0][0].shape == torch.Size([4, 2]) and batches[0][1].dtype == torch.int64


def test_dataloader_shuffle_is_a_seeded_permutation():
    def order(seed):
        loader = DataLoader(_dataset(), batch_size=3, shuffle=True,
                            generator=torch.Generator().manual_seed(seed))
        return torch.cat([y for _, y in loader]).tolist()
    a, b, c = order(0), order(0), order(1)
    assert sorted(a) == list(range(10)) and a == b and a != c
    loader = DataLoader(_dataset(), batch_size=10, shuffle=True,
                        generator=torch.Generator().manual_seed(0))
    epochs = [torch.cat([y for _, y in loader]).tolist() for _ in range(3)]
    assert len({tuple(e) for e in epochs}) > 1  # each epoch draws a new order


def test_collate_dicts_namedtuples_numbers_and_strings():
    Point = namedtuple("Point", "x y")
    batch = [{"a": torch.tensor([1.0]), "b": 2, "c": "s", "d": 0.5, "p": Point(1, 2.0)},
             {"a": torch.tensor([3.0]), "b": 4, "c": "t", "d": 1.5, "p": Point(3, 4.0)}]
    out = default_collate(batch)
    np.testing.assert_array_equal(out["a"].numpy(), [[1.0], [3.0]])
    assert out["b"].tolist() == [2, 4] and out["b"].dtype == torch.int64
    assert out["c"] == ["s", "t"]
    assert out["d"].dtype == torch.float64
    assert isinstance(out["p"], Point) and out["p"].x.tolist() == [1, 3]
    arrays = default_collate([np.ones(2, np.float32), np.zeros(2, np.float32)])
    assert arrays.shape == torch.Size([2, 2]) and arrays.dtype == torch.float32
    with pytest.raises(RuntimeError, match="each element in list of batch should be of equal "
                                           "size"):
        default_collate([[1, 2], [3]])


def test_dataloader_over_dict_dataset_and_batch_size_none():
    class Squares(Dataset):
        def __len__(self):
            return 5

        def __getitem__(self, i):
            return {"x": float(i), "y": i * i}
    batches = list(DataLoader(Squares(), batch_size=2))
    assert batches[0]["y"].tolist() == [0, 1] and len(batches) == 3
    single = list(DataLoader(Squares(), batch_size=None))
    assert single[2] == {"x": 2.0, "y": 4}


def test_iterable_dataset_batches():
    class Stream(IterableDataset):
        def __iter__(self):
            return iter(range(7))
    assert [b.tolist() for b in DataLoader(Stream(), batch_size=3)] == \
        [[0, 1, 2], [3, 4, 5], [6]]


def test_dataloader_argument_errors():
    ds = _dataset()
    with pytest.raises(ValueError, match="sampler option is mutually exclusive with shuffle"):
        DataLoader(ds, shuffle=True, sampler=SequentialSampler(ds))
    with pytest.raises(ValueError, match="batch_sampler option is mutually exclusive with "
                                         "batch_size, shuffle, sampler, and drop_last"):
        DataLoader(ds, batch_size=2, batch_sampler=BatchSampler(SequentialSampler(ds), 2, False))


def test_samplers():
    ds = _dataset()
    assert list(BatchSampler(SequentialSampler(ds), 4, False)) == \
        [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    draws = list(RandomSampler(ds, replacement=True, num_samples=50,
                               generator=torch.Generator().manual_seed(0)))
    assert len(draws) == 50 and all(0 <= d < 10 for d in draws)
    w = list(WeightedRandomSampler([0.0, 0.0, 1.0], 20,
                                   generator=torch.Generator().manual_seed(0)))
    assert w == [2] * 20
    loader = DataLoader(ds, batch_sampler=BatchSampler(SequentialSampler(ds), 5, True))
    assert len(loader) == 2


def test_random_split_lengths_and_fractions():
    ds = _dataset()
    a, b = random_split(ds, [7, 3], generator=torch.Generator().manual_seed(0))
    assert isinstance(a, Subset) and len(a) == 7 and len(b) == 3
    assert sorted(a.indices + b.indices) == list(range(10))
    parts = random_split(ds, [0.5, 0.3, 0.2], generator=torch.Generator().manual_seed(0))
    assert [len(p) for p in parts] == [5, 3, 2]
    with pytest.raises(ValueError, match="Sum of input lengths does not equal the length of "
                                         "the input dataset!"):
        random_split(ds, [3, 3])
    both = ConcatDataset([a, b])
    assert len(both) == 10 and both[-1][1].item() == b[2][1].item()


def test_training_loop_with_dataloader_reduces_loss():
    torch.manual_seed(0)
    x = torch.linspace(-1, 1, 64).reshape(-1, 1)
    ds = TensorDataset(x, 3 * x - 1)
    model = torch.nn.Linear(1, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    loader = DataLoader(ds, batch_size=16, shuffle=True, generator=torch.Generator().manual_seed(0))
    for _ in range(40):
        for xb, yb in loader:
            opt.zero_grad()
            torch.nn.functional.mse_loss(model(xb), yb).backward()
            opt.step()
    np.testing.assert_allclose(model.weight.item(), 3.0, atol=1e-3)
    np.testing.assert_allclose(model.bias.item(), -1.0, atol=1e-3)
