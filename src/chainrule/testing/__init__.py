"""Test helpers mirroring ``torch.testing``: tolerant comparison and random tensor factories."""

from ._comparison import assert_close
from ._creation import make_tensor

__all__ = ["assert_close", "make_tensor"]
