"""Legacy typed constructors (``torch.FloatTensor``, ``torch.LongTensor``…): dtype-fixed factories.

Each is a class whose instances are ordinary Tensors of its dtype, so ``isinstance`` and
``x.type(torch.LongTensor)`` behave as in torch.
"""

from . import _dtype
from ._tensor import Size, Tensor


class _TensorType(type):
    """Metaclass: calling builds a Tensor of ``cls.dtype``; isinstance checks that dtype."""

    def __call__(cls, *args, device=None):
        from ._creation import tensor, zeros
        if len(args) == 1 and not isinstance(args[0], (int, Size)):
            return tensor(args[0], dtype=cls.dtype)
        shape = args[0] if len(args) == 1 and isinstance(args[0], Size) else args
        return zeros(*(shape or (0,)), dtype=cls.dtype)  # no sizes: an empty 1-D tensor

    def __instancecheck__(cls, obj):
        return isinstance(obj, Tensor) and obj.dtype is cls.dtype


def _typed(name, dtype):
    return _TensorType(name, (), {"dtype": dtype, "__module__": "torch"})


FloatTensor = _typed("FloatTensor", _dtype.float32)
DoubleTensor = _typed("DoubleTensor", _dtype.float64)
HalfTensor = _typed("HalfTensor", _dtype.float16)
LongTensor = _typed("LongTensor", _dtype.int64)
IntTensor = _typed("IntTensor", _dtype.int32)
ShortTensor = _typed("ShortTensor", _dtype.int16)
CharTensor = _typed("CharTensor", _dtype.int8)
ByteTensor = _typed("ByteTensor", _dtype.uint8)
BoolTensor = _typed("BoolTensor", _dtype.bool_)
