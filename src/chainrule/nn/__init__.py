"""torch.nn: modules, parameters, functional ops, initialisers and utilities."""

from . import functional, init, utils
from .modules import *  # noqa: F401,F403
from .modules import __all__ as _modules_all
from .parameter import Parameter

__all__ = ["Parameter", "functional", "init", "utils", *_modules_all]
from .modules.ctc import CTCLoss  # noqa: E402

__all__ += ["CTCLoss"]
from . import parallel  # noqa: E402
from .parallel import DataParallel  # noqa: E402

__all__ += ["DataParallel", "parallel"]
from .modules.lp_pool import LPPool1d, LPPool2d, LPPool3d  # noqa: E402

__all__ += ["LPPool1d", "LPPool2d", "LPPool3d"]
from .modules.sweep import (  # noqa: E402
    Buffer, MaxUnpool3d, RNNCellBase, TripletMarginWithDistanceLoss)

__all__ += ["Buffer", "MaxUnpool3d", "RNNCellBase", "TripletMarginWithDistanceLoss"]
from .modules.adaptive import AdaptiveLogSoftmaxWithLoss  # noqa: E402

__all__ += ["AdaptiveLogSoftmaxWithLoss"]
from .modules.lazy_more import (  # noqa: E402
    LazyBatchNorm1d, LazyBatchNorm2d, LazyBatchNorm3d, LazyConv1d, LazyConv2d, LazyConv3d,
    LazyConvTranspose1d, LazyConvTranspose2d, LazyConvTranspose3d, LazyInstanceNorm1d,
    LazyInstanceNorm2d, LazyInstanceNorm3d, UninitializedBuffer)

__all__ += ["LazyBatchNorm1d", "LazyBatchNorm2d", "LazyBatchNorm3d", "LazyConv1d", "LazyConv2d",
            "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d", "LazyConvTranspose3d",
            "LazyInstanceNorm1d", "LazyInstanceNorm2d", "LazyInstanceNorm3d",
            "UninitializedBuffer"]
from .modules.sweep import Container, NLLLoss2d, SyncBatchNorm  # noqa: E402

__all__ += ["Container", "NLLLoss2d", "SyncBatchNorm"]
