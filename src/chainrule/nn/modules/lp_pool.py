"""LPPool1d/2d/3d: the module forms of nn.functional's power-average pooling."""

from .. import functional_lp_pool as lp
from .module import Module


class _LPPoolNd(Module):
    """Shared constructor and repr; subclasses name the functional they call."""

    _fn = None

    def __init__(self, norm_type, kernel_size, stride=None, ceil_mode=False):
        super().__init__()
        self.norm_type = norm_type
        self.kernel_size = kernel_size
        self.stride = stride
        self.ceil_mode = ceil_mode

    def extra_repr(self):
        return (f"norm_type={self.norm_type}, kernel_size={self.kernel_size}, "
                f"stride={self.stride}, ceil_mode={self.ceil_mode}")

    def forward(self, input):
        return type(self)._fn(input, float(self.norm_type), self.kernel_size, self.stride,
                              self.ceil_mode)


class LPPool1d(_LPPoolNd):
    """Power-average pooling over one dim."""

    _fn = staticmethod(lp.lp_pool1d)


class LPPool2d(_LPPoolNd):
    """Power-average pooling over two dims."""

    _fn = staticmethod(lp.lp_pool2d)


class LPPool3d(_LPPoolNd):
    """Power-average pooling over three dims."""

    _fn = staticmethod(lp.lp_pool3d)
