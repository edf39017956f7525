"""Lazy convolutions and normalisations: the channel count comes from the first input, then the
module becomes its eager class. As torch, construction draws no random numbers; parameters are
drawn (reset_parameters) at the first forward, after the input exists."""

from ... import random as _random
from .conv import Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d
from .extra import BatchNorm3d, ConvTranspose3d
from .instancenorm import InstanceNorm1d, InstanceNorm2d, InstanceNorm3d
from .lazy import LazyModuleMixin as _LazyMixin
from .lazy import UninitializedBuffer, UninitializedTensorMixin
from .normalization import BatchNorm1d, BatchNorm2d


class _LazyConvNd(_LazyMixin):
    def __init__(self, out_channels, kernel_size, stride=1, padding=0, *args, dtype=None,
                 **kwargs):
        state = _random.get_rng_state()  # torch's lazy modules draw nothing when built
        self.cls_to_become.__init__(self, kwargs.get("groups", 1), out_channels, kernel_size,
                                    stride, padding, *args, dtype=dtype, **kwargs)
        _random.set_rng_state(state)
        self.in_channels = 0
        self._defer(("weight", "bias"), dtype)

    def _materialize(self, input):
        batched = input.ndim == self._dims + 2
        self.in_channels = input.shape[1 if batched else 0]
        rows, cols = ((self.in_channels, self.out_channels) if self.transposed
                      else (self.out_channels, self.in_channels))
        self.weight.materialize((rows, cols // self.groups) + self.kernel_size)
        if self.bias is not None:
            self.bias.materialize((self.out_channels,))
        self.reset_parameters()


def _lazy_conv(cls, transposed):
    """The lazy class of ``cls`` with torch's signature (in_channels dropped)."""
    def __init__(self, out_channels, kernel_size, stride=1, padding=0, *rest, **kwargs):
        if not transposed:
            names = ("dilation", "groups", "bias", "padding_mode", "device", "dtype")
        else:
            names = ("output_padding", "groups", "bias", "dilation", "padding_mode", "device",
                     "dtype")
        kwargs.update(zip(names, rest))
        _LazyConvNd.__init__(self, out_channels, kernel_size, stride, padding, **kwargs)
    body = {"__init__": __init__, "cls_to_become": cls, "__doc__":
            f"A {cls.__name__} whose in_channels is inferred from the first input."}
    lazy = type("Lazy" + cls.__name__, (_LazyConvNd, cls), body)
    lazy.__module__ = __name__
    return lazy


LazyConv1d, LazyConv2d, LazyConv3d = (_lazy_conv(c, False) for c in (Conv1d, Conv2d, Conv3d))
LazyConvTranspose1d, LazyConvTranspose2d, LazyConvTranspose3d = (
    _lazy_conv(c, True) for c in (ConvTranspose1d, ConvTranspose2d, ConvTranspose3d))


class _LazyNorm(_LazyMixin):
    def __init__(self, eps=1e-5, momentum=0.1, affine=True, track_running_stats=True,
                 device=None, dtype=None):
        self.cls_to_become.__init__(self, 0, eps, momentum, affine, track_running_stats,
                                    device, dtype)
        self._defer(("weight", "bias", "running_mean", "running_var"), dtype)

    def _materialize(self, input):
        self.num_features = input.shape[1]  # torch reads dim 1 even for an unbatched input
        for name in ("weight", "bias", "running_mean", "running_var"):
            t = getattr(self, name)
            if isinstance(t, UninitializedTensorMixin):
                t.materialize((self.num_features,))
        self.reset_parameters()


def _lazy_norm(cls):
    """The lazy class of a batch or instance norm (num_features dropped)."""
    body = {"cls_to_become": cls, "__doc__":
            f"A {cls.__name__} whose num_features is inferred from the first input."}
    lazy = type("Lazy" + cls.__name__, (_LazyNorm, cls), body)
    lazy.__module__ = __name__
    return lazy


LazyBatchNorm1d, LazyBatchNorm2d, LazyBatchNorm3d = (
    _lazy_norm(c) for c in (BatchNorm1d, BatchNorm2d, BatchNorm3d))
LazyInstanceNorm1d, LazyInstanceNorm2d, LazyInstanceNorm3d = (
    _lazy_norm(c) for c in (InstanceNorm1d, InstanceNorm2d, InstanceNorm3d))

__all__ = ["LazyBatchNorm1d", "LazyBatchNorm2d", "LazyBatchNorm3d", "LazyConv1d", "LazyConv2d",
           "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d", "LazyConvTranspose3d",
           "LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d",
           "UninitializedBuffer"]
