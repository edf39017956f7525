"""DataLoader: iterate a dataset in (shuffled) batches, collated into tensors.

Loading runs in the calling process; ``num_workers > 0`` is emulated there (``_workers``): each
worker's random streams, dataset copy and batch order are torch's, without pickling datasets.
"""

import warnings

from ..._object_repr import torch_object_repr
from . import _workers
from ._collate import default_collate, default_convert, fetch_batch
from .dataset import IterableDataset
from .sampler import BatchSampler, RandomSampler, SequentialSampler

_NO_PINNING = ("'pin_memory' argument is set as true but no accelerator is found, then device "
               "pinned memory won't be used.")


class DataLoader:
    """Combine a dataset and a sampler into an iterable over batches."""

    __repr__ = torch_object_repr

    def __init__(self, dataset, batch_size=1, shuffle=None, sampler=None, batch_sampler=None,
                 num_workers=0, collate_fn=None, pin_memory=False, drop_last=False, timeout=0,
                 worker_init_fn=None, multiprocessing_context=None, generator=None, *,
                 prefetch_factor=None, persistent_workers=False, pin_memory_device="",
                 in_order=True):
        if num_workers < 0:
            raise ValueError(
                "num_workers option should be non-negative; use num_workers=0 to disable "
                "multiprocessing.")
        if timeout < 0:
            raise ValueError("timeout option should be non-negative")
        if num_workers == 0 and prefetch_factor is not None:
            raise ValueError(
                "prefetch_factor option could only be specified in multiprocessing.let "
                "num_workers > 0 to enable multiprocessing, otherwise set prefetch_factor to None.")
        if num_workers > 0 and prefetch_factor is None:
            prefetch_factor = 2
        elif prefetch_factor is not None and prefetch_factor < 0:
            raise ValueError("prefetch_factor option should be non-negative")
        if persistent_workers and num_workers == 0:
            raise ValueError("persistent_workers option needs num_workers > 0")
        self.dataset = dataset
        self.num_workers = num_workers
        self.prefetch_factor = prefetch_factor
        self.persistent_workers = persistent_workers
        self._started = False  # persistent workers: the base seed is drawn for the first epoch
        self.worker_init_fn = worker_init_fn
        self._workers = None
        self.pin_memory = pin_memory
        self.timeout = timeout
        self.generator = generator
        iterable = isinstance(dataset, IterableDataset)
        if iterable:
            if shuffle not in (None, False):
                raise ValueError(
                    f"DataLoader with IterableDataset: expected unspecified shuffle option, but "
                    f"got shuffle={shuffle}")
            if sampler is not None or batch_sampler is not None:
                raise ValueError(
                    "DataLoader with IterableDataset: expected unspecified sampler option, but "
                    f"got sampler={sampler}")
        elif shuffle not in (None, False) and sampler is not None:
            raise ValueError("sampler option is mutually exclusive with shuffle")
        if batch_sampler is not None:
            if batch_size != 1 or shuffle or sampler is not None or drop_last:
                raise ValueError(
                    "batch_sampler option is mutually exclusive with batch_size, shuffle, "
                    "sampler, and drop_last")
            batch_size, drop_last = None, False
        elif batch_size is None and drop_last:
            raise ValueError(
                "batch_size=None option disables auto-batching and is mutually exclusive with "
                "drop_last")
        if sampler is None and not iterable:
            sampler = RandomSampler(dataset, generator=generator) if shuffle else \
                SequentialSampler(dataset)
        if batch_size is not None and batch_sampler is None and not iterable:
            batch_sampler = BatchSampler(sampler, batch_size, drop_last)
        self.batch_size = batch_size
        self.drop_last = drop_last
        self.sampler = sampler
        self.batch_sampler = batch_sampler
        self._iterable = iterable
        if collate_fn is None:
            collate_fn = default_collate if self._auto_collation or iterable and \
                batch_size is not None else default_convert
        self.collate_fn = collate_fn

    @property
    def _auto_collation(self):
        return self.batch_sampler is not None

    def __iter__(self):
        """Start an epoch: draw the workers' base seed first, as torch's iterator does (once
        for persistent workers, whose iterator torch keeps across epochs)."""
        if not (self.persistent_workers and self._started):
            from ...random import draw_seed
            if self.pin_memory:
                warnings.warn(_NO_PINNING, UserWarning, stacklevel=2)
            base_seed = draw_seed(self.generator)
            self._started = True
            if self.num_workers > 0:
                self._workers = _workers.start(self, base_seed)
        if self.num_workers > 0:
            batches = _workers.stream_batches if self._iterable else _workers.map_batches
            return batches(self, self._workers)
        return self._iter_stream() if self._iterable else self._iter_batches()

    def _iter_batches(self):
        if self._auto_collation:
            for indices in self.batch_sampler:
                yield fetch_batch(self.dataset, indices, self.collate_fn)
        else:
            for i in self.sampler:
                yield self.collate_fn(self.dataset[i])

    def _iter_stream(self):
        if self.batch_size is None:
            for item in self.dataset:
                yield self.collate_fn(item)
            return
        batch = []
        for item in self.dataset:
            batch.append(item)
            if len(batch) == self.batch_size:
                yield self.collate_fn(batch)
                batch = []
        if batch and not self.drop_last:
            yield self.collate_fn(batch)

    def __len__(self):
        if self._iterable:
            n = len(self.dataset)
            if self.batch_size is None:
                return n
            return n // self.batch_size if self.drop_last else -(-n // self.batch_size)
        return len(self.batch_sampler) if self._auto_collation else len(self.sampler)
