"""torch.distributed as a single process sees it before ``init_process_group``: the queries
scripts guard with work, and collectives raise torch's missing-process-group error.

chainrule has no communication backend yet, so ``init_process_group`` cannot succeed.
"""

import enum
import os

__all__ = ["ReduceOp", "all_gather", "all_reduce", "barrier", "broadcast", "destroy_process_group",
           "get_rank", "get_world_size", "init_process_group", "is_available",
           "is_gloo_available", "is_initialized", "is_mpi_available", "is_nccl_available",
           "is_torchelastic_launched", "reduce"]

_NO_GROUP = ("Default process group has not been initialized, please make sure to call "
             "init_process_group.")


class ReduceOp(enum.Enum):
    """Reduction kinds of the collectives."""

    SUM = 0
    AVG = 1
    PRODUCT = 2
    MIN = 3
    MAX = 4

    def __str__(self):
        return f"RedOpType.{self.name}"


def is_available():
    """Return True, as torch's CPU build: the package imports and answers queries."""
    return True


def is_initialized():
    """Return False: no process group is ever initialised in chainrule."""
    return False


def is_nccl_available():
    return False


def is_gloo_available():
    """Return False: chainrule has no communication backend (torch's CPU build has gloo)."""
    return False


def is_mpi_available():
    return False


def is_torchelastic_launched():
    """Return True when started by torchrun (it sets TORCHELASTIC_RUN_ID), as torch."""
    return os.getenv("TORCHELASTIC_RUN_ID") is not None


def init_process_group(backend=None, init_method=None, timeout=None, world_size=-1, rank=-1,
                       store=None, group_name="", pg_options=None, device_id=None):
    """Raise: torch's rendezvous error without RANK, else that chainrule cannot communicate."""
    if init_method in (None, "env://") and rank == -1 and "RANK" not in os.environ:
        raise ValueError("Error initializing torch.distributed using env:// rendezvous: "
                         "environment variable RANK expected, but not set")
    raise RuntimeError("chainrule: torch.distributed process groups are not supported yet "
                       "(no communication backend)")


def _no_group(*args, **kwargs):
    raise ValueError(_NO_GROUP)


get_rank = get_world_size = barrier = all_reduce = all_gather = broadcast = reduce = _no_group
destroy_process_group = _no_group
