"""torch.cuda's legacy typed constructors (``torch.cuda.FloatTensor``…): named, but unusable
without a GPU build, with torch's CPU-build message."""

_NAMES = ("FloatTensor", "DoubleTensor", "HalfTensor", "LongTensor", "IntTensor", "ShortTensor",
          "CharTensor", "ByteTensor", "BoolTensor")


class _CudaTensorType(type):
    """Metaclass: calling raises torch's CPU-build TypeError; no CPU tensor is an instance."""

    def __call__(cls, *args, **kwargs):
        raise TypeError(f"type torch.cuda.{cls.__name__} not available. Torch not compiled "
                        "with CUDA enabled.")

    def __instancecheck__(cls, obj):
        return False


def _typed(name):
    return _CudaTensorType(name, (), {"__module__": "torch.cuda"})


(FloatTensor, DoubleTensor, HalfTensor, LongTensor, IntTensor, ShortTensor, CharTensor,
 ByteTensor, BoolTensor) = map(_typed, _NAMES)
