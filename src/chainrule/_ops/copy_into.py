"""copy_'s out-of-place half: ``src`` broadcast and cast to ``input``; torch's CopyBackwards."""

from ._registry import NONE, defop
from .shape import sum_to, to_dtype

_copy_into = defop(
    "copy_", lambda xp, input, src: xp.broadcast_to(src.astype(input.dtype), input.shape).copy(),
    node="CopyBackwards", inputs=("input", "src"), promote=NONE,
    vjp={"input": lambda grad: grad * 0,  # the overwritten values get zeros, as torch
         "src": lambda grad, src_shape, src_dtype: to_dtype(sum_to(grad, src_shape), src_dtype)},
    jvp=lambda src_t, input: None if src_t is None else copy_into(input.detach(), src_t))


def copy_into(input, src):
    """The values ``input.copy_(src)`` writes: src broadcast to input's shape and dtype."""
    return _copy_into.apply((input, src), ())
