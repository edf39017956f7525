"""Utilities, as ``torch.utils``: activation checkpointing and data loading."""

from . import checkpoint, data, hooks  # noqa: F401
