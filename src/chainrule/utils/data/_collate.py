"""default_collate: stack samples into batch tensors, recursing into tuples, lists and dicts."""

import collections.abc
import copy
import numbers

import numpy as np

from ..._tensor import Tensor
from .dataset import TensorDataset


def default_convert(data):
    """Turn NumPy arrays and scalars into tensors, recursing into mappings and sequences;
    plain tuples come back as lists, as in torch."""
    from ..._creation import as_tensor
    if isinstance(data, Tensor):
        return data
    if type(data).__module__ == "numpy" and type(data).__name__ not in ("str_", "string_"):
        if isinstance(data, np.ndarray) and data.dtype.kind in "SaUO":
            return data
        return as_tensor(data)
    if isinstance(data, collections.abc.Mapping):
        converted = {k: default_convert(data[k]) for k in data}
        try:
            if isinstance(data, collections.abc.MutableMapping):
                clone = copy.copy(data)  # keeps the mapping type's extra attributes
                clone.update(converted)
                return clone
            return type(data)(converted)
        except TypeError:
            return converted
    if isinstance(data, tuple) and hasattr(data, "_fields"):
        return type(data)(*(default_convert(d) for d in data))
    if isinstance(data, tuple):
        return [default_convert(d) for d in data]
    if isinstance(data, collections.abc.Sequence) and not isinstance(data, (str, bytes)):
        converted = [default_convert(d) for d in data]
        try:
            if isinstance(data, collections.abc.MutableSequence):
                clone = copy.copy(data)
                for i, d in enumerate(converted):
                    clone[i] = d
                return clone
            return type(data)(converted)
        except TypeError:
            return converted
    return data


def default_collate(batch):
    """Combine a list of samples into a batch, as torch's default_collate."""
    from ..._creation import as_tensor, tensor
    from ..._ops.shape import stack
    elem = batch[0]
    if isinstance(elem, Tensor):
        return stack(batch, 0)
    if isinstance(elem, np.ndarray):
        if elem.dtype.kind not in "biufc":
            raise TypeError(
                "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or "
                f"lists; found {elem.dtype}")
        return stack([as_tensor(b) for b in batch], 0)
    if isinstance(elem, np.generic):
        return as_tensor(np.asarray(batch))
    if isinstance(elem, bool):
        return tensor(batch)
    if isinstance(elem, numbers.Integral):
        return tensor(batch)
    if isinstance(elem, float):
        from ... import _dtype
        return tensor(batch, dtype=_dtype.float64)
    if isinstance(elem, (str, bytes)):
        return batch
    if isinstance(elem, collections.abc.Mapping):
        return type(elem)({k: default_collate([d[k] for d in batch]) for k in elem})
    if isinstance(elem, tuple) and hasattr(elem, "_fields"):
        return type(elem)(*(default_collate(s) for s in zip(*batch)))
    if isinstance(elem, collections.abc.Sequence):
        size = len(elem)
        if any(len(e) != size for e in batch):
            raise RuntimeError("each element in list of batch should be of equal size")
        columns = [default_collate(s) for s in zip(*batch)]  # tuples: strings batch as tuples
        if isinstance(elem, tuple):
            return columns
        try:
            return type(elem)(columns)
        except TypeError:
            return columns
    raise TypeError(
        "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; "
        f"found {type(elem)}")


def fetch_batch(dataset, indices, collate_fn):
    """Collate the samples at ``indices``: the dataset's ``__getitems__`` when it has one, as
    torch's fetcher calls it, else ``dataset[i]`` each. A TensorDataset collated by
    ``default_collate`` (no tensor requiring grad) is indexed once per tensor instead: the
    same values, dtypes and layout as stacking its rows, without a tensor per sample."""
    if type(dataset) is TensorDataset and collate_fn is default_collate and indices:
        rows = np.asarray(indices)
        size = len(dataset)
        if rows.dtype.kind in "iu" and -size <= rows.min() and rows.max() < size and not any(
                t.requires_grad for t in dataset.tensors):
            return [Tensor._make(t._data[rows]) for t in dataset.tensors]
    getitems = getattr(dataset, "__getitems__", None)
    if getitems:
        return collate_fn(getitems(indices))
    return collate_fn([dataset[i] for i in indices])
