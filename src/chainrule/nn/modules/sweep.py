"""torch.nn names the other module files lacked: Buffer, RNNCellBase, MaxUnpool3d and
TripletMarginWithDistanceLoss."""

from ..._class_names import TorchNamed
from ..._creation import empty
from ..._tensor import Tensor
from .. import functional as F
from ..parameter import Parameter
from .extra import PairwiseDistance, _MaxUnpoolNd
from .instancenorm import _InstanceNorm
from .loss import NLLLoss, _Loss
from .module import Module
from .normalization import _BatchNorm
from .rnn import _CellBase


class _BufferMeta(TorchNamed):
    """``isinstance(t, Buffer)`` is true for tensors made by ``Buffer(...)``, as torch."""

    def __instancecheck__(cls, instance):
        return isinstance(instance, Tensor) and "_is_buffer" in getattr(instance, "__dict__", {})


class Buffer(Tensor, metaclass=_BufferMeta):
    """Mark a tensor as a module buffer: ``module.name = Buffer(t)`` registers it.

    Returns a plain Tensor (detached, keeping ``requires_grad``) tagged for Module, as torch.
    """

    def __new__(cls, data=None, *, persistent=True):
        if data is None:
            data = empty(0)
        t = data.detach().requires_grad_(data.requires_grad)
        t.persistent = persistent
        t._is_buffer = True
        return t


_module_setattr = Module.__setattr__


def _setattr(self, name, value):
    """Module.__setattr__ that registers a ``Buffer`` (with its persistence) like torch."""
    if type(value) is not Parameter and isinstance(value, Buffer) and "_buffers" in self.__dict__:
        for table in ("_parameters", "_modules"):
            self.__dict__[table].pop(name, None)
        self.__dict__.pop(name, None)
        self.register_buffer(name, value, persistent=value.persistent)
        return
    _module_setattr(self, name, value)


Module.__setattr__ = _setattr


class _CellBaseMeta(type):
    """``isinstance(nn.LSTMCell(...), nn.RNNCellBase)`` holds, as in torch: the built-in cells
    derive from the shared cell class that RNNCellBase extends with torch's constructor."""

    def __instancecheck__(cls, instance):
        return isinstance(instance, _CellBase) if cls is RNNCellBase else \
            type.__instancecheck__(cls, instance)

    def __subclasscheck__(cls, subclass):
        return issubclass(subclass, _CellBase) if cls is RNNCellBase else \
            type.__subclasscheck__(cls, subclass)


class RNNCellBase(_CellBase, metaclass=_CellBaseMeta):
    """The base of RNN cells with torch's constructor: ``num_chunks`` gates of ``hidden_size``."""

    def __init__(self, input_size, hidden_size, bias, num_chunks, device=None, dtype=None):
        self._gates = num_chunks
        super().__init__(input_size, hidden_size, bias, device, dtype)


class MaxUnpool3d(_MaxUnpoolNd):
    """Partial inverse of MaxPool3d: maxima back in place, zeros elsewhere."""

    _dims = 3

    def forward(self, input, indices, output_size=None):
        return F.max_unpool3d(input, indices, self.kernel_size, self.stride, self.padding,
                              output_size)


class TripletMarginWithDistanceLoss(_Loss):
    """Triplet margin loss under a user distance function (a PairwiseDistance by default)."""

    def __init__(self, *, distance_function=None, margin=1.0, swap=False, reduction="mean"):
        super().__init__(None, None, reduction)
        if margin <= 0:
            raise ValueError("TripletMarginWithDistanceLoss: expected margin to be greater than "
                             f"0, got {margin} instead")
        self.distance_function = (distance_function if distance_function is not None
                                  else PairwiseDistance())
        self.margin = margin
        self.swap = swap

    def forward(self, anchor, positive, negative):
        return F.triplet_margin_with_distance_loss(
            anchor, positive, negative, distance_function=self.distance_function,
            margin=self.margin, swap=self.swap, reduction=self.reduction)


class SyncBatchNorm(_BatchNorm):
    """Batch norm synchronised across processes; without a process group (one CPU process) it
    normalises like BatchNorm, as torch does there."""

    def __init__(self, num_features, eps=1e-5, momentum=0.1, affine=True,
                 track_running_stats=True, process_group=None, device=None, dtype=None, *,
                 bias=True):
        super().__init__(num_features, eps, momentum, affine, track_running_stats, device, dtype)
        if affine and not bias:
            self.register_parameter("bias", None)
        self.process_group = process_group

    _expected = range(2, 65)  # any rank >= 2; the check below words torch's message

    def forward(self, input):
        if input.ndim < 2:
            raise ValueError(f"expected at least 2D input (got {input.ndim}D input)")
        return super().forward(input)

    @classmethod
    def convert_sync_batchnorm(cls, module, process_group=None):
        """Replace every BatchNorm*d in ``module`` by a SyncBatchNorm sharing its tensors."""
        out = module
        if isinstance(module, _BatchNorm) and not isinstance(module, _InstanceNorm):
            out = cls(module.num_features, module.eps, module.momentum, module.affine,
                      module.track_running_stats, process_group, bias=module.bias is not None)
            if module.affine:
                out.weight = module.weight
                out.bias = module.bias
            out.running_mean = module.running_mean
            out.running_var = module.running_var
            out.num_batches_tracked = module.num_batches_tracked
            out.training = module.training
        for name, child in module.named_children():
            out.add_module(name, cls.convert_sync_batchnorm(child, process_group))
        return out


class NLLLoss2d(NLLLoss):
    """Deprecated alias of NLLLoss (warns as torch)."""

    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None,
                 reduction="mean"):
        import warnings
        warnings.warn("`NLLLoss2d` has been deprecated. Please use `NLLLoss` instead as a "
                      "drop-in replacement and see https://pytorch.org/docs/main/nn.html#torch.nn."
                      "NLLLoss for more details.", FutureWarning, stacklevel=2)
        super().__init__(weight, size_average, ignore_index, reduce, reduction)


class Container(Module):
    """Deprecated: a Module holding the given submodules (warns as torch)."""

    def __init__(self, **kwargs):
        import warnings
        super().__init__()
        warnings.warn("`nn.Container` is deprecated. All of its functionality is now "
                      "implemented in `nn.Module`. Subclass that instead.", FutureWarning,
                      stacklevel=2)
        for key, value in kwargs.items():
            self.add_module(key, value)

