"""The module classes of torch.nn."""

from .activation import (
    CELU,
    ELU,
    GELU,
    SELU,
    Hardsigmoid,
    Hardswish,
    Hardtanh,
    LeakyReLU,
    LogSigmoid,
    LogSoftmax,
    Mish,
    ReLU,
    ReLU6,
    Sigmoid,
    SiLU,
    Softmax,
    Softmin,
    Softplus,
    Softsign,
    Tanh,
)
from .container import ModuleDict, ModuleList, ParameterDict, ParameterList, Sequential
from .conv import Conv1d, Conv2d, Conv3d, ConvTranspose1d, ConvTranspose2d
from .dropout import Dropout
from .linear import Flatten, Identity, Linear, Unflatten
from .loss import (
    BCELoss,
    BCEWithLogitsLoss,
    CosineSimilarity,
    CrossEntropyLoss,
    HuberLoss,
    KLDivLoss,
    L1Loss,
    MSELoss,
    NLLLoss,
    SmoothL1Loss,
)
from .module import Module
from .normalization import BatchNorm1d, BatchNorm2d, GroupNorm, LayerNorm
from .pooling import AdaptiveAvgPool2d, AvgPool1d, AvgPool2d, MaxPool1d, MaxPool2d
from .rnn import GRU, LSTM, RNN, GRUCell, LSTMCell, RNNBase, RNNCell
from .sparse import Embedding
from .transformer import MultiheadAttention, TransformerEncoder, TransformerEncoderLayer

__all__ = ["AdaptiveAvgPool2d", "AvgPool1d", "AvgPool2d", "BatchNorm1d", "BatchNorm2d", "BCELoss",
           "BCEWithLogitsLoss", "CELU", "Conv1d", "Conv2d", "Conv3d", "ConvTranspose1d",
           "ConvTranspose2d", "CosineSimilarity", "CrossEntropyLoss", "Dropout", "ELU",
           "Embedding", "Flatten", "GELU", "GroupNorm", "GRU", "GRUCell", "Hardsigmoid",
           "Hardswish", "Hardtanh", "HuberLoss", "Identity", "KLDivLoss", "L1Loss", "LayerNorm",
           "LeakyReLU", "Linear", "LogSigmoid", "LogSoftmax", "LSTM", "LSTMCell", "MaxPool1d",
           "MaxPool2d", "Mish", "Module", "ModuleDict", "ModuleList", "MSELoss",
           "MultiheadAttention", "NLLLoss", "ParameterDict", "ParameterList", "ReLU", "ReLU6",
           "RNN", "RNNBase", "RNNCell", "SELU", "Sequential", "Sigmoid", "SiLU", "SmoothL1Loss",
           "Softmax", "Softmin", "Softplus", "Softsign", "Tanh", "TransformerEncoder",
           "TransformerEncoderLayer", "Unflatten"]
from .instancenorm import InstanceNorm1d, InstanceNorm2d, InstanceNorm3d  # noqa: E402

__all__ += ["InstanceNorm1d", "InstanceNorm2d", "InstanceNorm3d"]
from .upsampling import Upsample  # noqa: E402

__all__ += ["Upsample"]
from .compat_activation import PReLU  # noqa: E402

__all__ += ["PReLU"]
from .extra import *  # noqa: E402,F401,F403
from .extra import __all__ as _extra_all  # noqa: E402

__all__ += _extra_all
from .transformer_decoder import *  # noqa: E402,F401,F403
from .transformer_decoder import __all__ as _decoder_all  # noqa: E402

__all__ += _decoder_all
from .lazy import *  # noqa: E402,F401,F403
from .lazy import __all__ as _lazy_all  # noqa: E402

__all__ += _lazy_all
