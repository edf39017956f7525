"""DataLoader workers emulated in process: each worker keeps the random streams, dataset copy
and iterator position a torch worker process would have, so ``num_workers > 0`` yields the
same batches in the same order (random augmentation and sharded IterableDatasets included).

torch seeds worker ``i`` with ``base_seed + i`` (its torch generator and Python's ``random``)
and NumPy's legacy global generator with a SeedSequence hash of (base_seed, i); batches go to
the workers round robin, skipping those whose iterable dataset is exhausted.
"""

import copy
import random as _py_random
from contextlib import contextmanager

import numpy as np

from ... import random as _random
from ..._mt19937 import Engine
from ._collate import fetch_batch

_current = None  # the WorkerInfo of the worker whose code runs now, else None


class WorkerInfo:
    """What ``get_worker_info()`` returns inside a worker: its id, the worker count, its seed
    and its own copy of the dataset."""

    __slots__ = ("id", "num_workers", "seed", "dataset", "rng", "worker_method")

    def __init__(self, id, num_workers, seed, dataset, rng=None,
                 worker_method="multiprocessing"):
        self.id, self.num_workers, self.seed, self.dataset = id, num_workers, seed, dataset
        self.rng, self.worker_method = rng, worker_method

    def __repr__(self):
        return (f"WorkerInfo(id={self.id}, num_workers={self.num_workers}, seed={self.seed}, "
                f"dataset={self.dataset!r}, rng={self.rng!r}, "
                f"worker_method={self.worker_method!r})")


def get_worker_info():
    """The current worker's WorkerInfo inside a DataLoader worker; None in the main process."""
    return _current


class Worker:
    """One emulated worker process: its random streams and its copy of the dataset."""

    def __init__(self, worker_id, num_workers, base_seed, dataset, init_fn):
        seed = base_seed + worker_id
        self.engine = Engine(seed)
        py_random = _py_random.Random(seed)
        self.py_state = py_random.getstate()
        legacy = np.random.RandomState(
            np.random.SeedSequence(worker_id + (base_seed << 32)).generate_state(4))
        self.np_state = legacy.get_state()
        # a process of its own: attributes set in the worker do not reach the main process
        self.info = WorkerInfo(worker_id, num_workers, seed, copy.copy(dataset))
        self.stream = None  # the iterable dataset's iterator, once made
        self.ended = False
        if init_fn is not None:
            with self.active():
                init_fn(worker_id)

    @contextmanager
    def active(self):
        """Run the enclosed code as this worker: its streams in, the main process's out."""
        global _current
        generator = _random.default_generator
        main_engine, main_py, main_np = generator._engine, _py_random.getstate(), \
            np.random.get_state()
        generator._engine = self.engine
        _py_random.setstate(self.py_state)
        np.random.set_state(self.np_state)
        _current = self.info
        try:
            yield self.info.dataset
        finally:
            _current = None
            self.engine = generator._engine  # a manual_seed in the worker replaces it
            self.py_state, self.np_state = _py_random.getstate(), np.random.get_state()
            generator._engine = main_engine
            _py_random.setstate(main_py)
            np.random.set_state(main_np)


def start(loader, base_seed):
    """The workers a fresh torch iterator would start, each run through ``worker_init_fn``."""
    return [Worker(i, loader.num_workers, base_seed, loader.dataset, loader.worker_init_fn)
            for i in range(loader.num_workers)]


def map_batches(loader, workers):
    """Batches of a map-style dataset: batch k is fetched by worker k mod num_workers."""
    indices = loader.batch_sampler if loader._auto_collation else loader.sampler
    for k, index in enumerate(indices):
        with workers[k % len(workers)].active() as dataset:
            if loader._auto_collation:
                batch = fetch_batch(dataset, index, loader.collate_fn)
            else:
                batch = loader.collate_fn(dataset[index])
        yield batch


def stream_batches(loader, workers):
    """Batches of an iterable dataset: every worker iterates its own copy (shard it with
    get_worker_info()), and batches alternate among the workers that are not yet exhausted."""
    for worker in workers:
        with worker.active() as dataset:
            worker.stream, worker.ended = iter(dataset), False
    while any(not w.ended for w in workers):
        for worker in workers:
            if worker.ended:
                continue
            with worker.active():
                batch = _next_batch(loader, worker)
            if batch is not None:
                yield batch


def _next_batch(loader, worker):
    """The worker's next batch, or None once its stream ends (a short last batch is kept
    unless drop_last)."""
    if loader.batch_size is None:
        try:
            return loader.collate_fn(next(worker.stream))
        except StopIteration:
            worker.ended = True
            return None
    items = []
    for _ in range(loader.batch_size):
        try:
            items.append(next(worker.stream))
        except StopIteration:
            worker.ended = True
            break
    if not items or loader.drop_last and len(items) < loader.batch_size:
        worker.ended = True
        return None
    return loader.collate_fn(items)
