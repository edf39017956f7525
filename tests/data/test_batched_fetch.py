"""DataLoader's batch fetch: a dataset's ``__getitems__`` is used as torch's fetcher uses it, and
a TensorDataset batch indexed once per tensor equals the stacked rows exactly."""

import numpy as np
import pytest

import chainrule as torch
from chainrule.utils.data import DataLoader, Dataset, Subset, TensorDataset
from chainrule.utils.data._collate import default_collate, fetch_batch


def _stacked(dataset, indices):
    return default_collate([dataset[i] for i in indices])


@pytest.mark.parametrize("indices", [[3, 0, 7, 7], [-1, 2], [9]])
def test_tensor_dataset_batch_equals_stacked_rows(indices):
    x = torch.arange(40.).view(10, 4)
    y = torch.arange(10, dtype=torch.int16)
    ds = TensorDataset(x, y)
    fast, slow = fetch_batch(ds, indices, default_collate), _stacked(ds, indices)
    assert isinstance(fast, list) and len(fast) == len(slow) == 2
    for a, b in zip(fast, slow):
        assert a.dtype == b.dtype and a.shape == b.shape and a.is_contiguous()
        np.testing.assert_array_equal(a.numpy(), b.numpy())
        assert a.grad_fn is None and not a.requires_grad


def test_out_of_range_and_grad_requiring_tensors_take_the_per_row_path():
    ds = TensorDataset(torch.zeros(3, 2))
    with pytest.raises(IndexError, match="index 3 is out of bounds for dimension 0 with size 3"):
        fetch_batch(ds, [0, 3], default_collate)
    w = torch.ones(3, 2, requires_grad=True)
    batch = fetch_batch(TensorDataset(w), [0, 1], default_collate)
    assert type(batch[0].grad_fn).__name__ == "StackBackward0"  # as torch's collate records


class _Batched(Dataset):
    """A dataset whose batch fetch differs from its item fetch, to see which one is used."""

    def __len__(self):
        return 6

    def __getitem__(self, i):
        return torch.tensor(-1)

    def __getitems__(self, indices):
        return [torch.tensor(i * 10) for i in indices]


def test_getitems_is_used_for_batches_and_through_subset():
    batches = [b.tolist() for b in DataLoader(_Batched(), batch_size=4)]
    assert batches == [[0, 10, 20, 30], [40, 50]]
    assert [b.tolist() for b in DataLoader(Subset(_Batched(), [5, 1]), batch_size=2)] == \
        [[50, 10]]
    assert [b.tolist() for b in DataLoader(_Batched(), batch_size=2, num_workers=2)] == \
        [[0, 10], [20, 30], [40, 50]]
