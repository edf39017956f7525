"""chainrule: a tensor library with PyTorch's autograd API, on NumPy.

``import chainrule as torch`` runs code written for torch's autograd unchanged.
"""

from . import _tensor_methods  # noqa: F401  (attaches operators and methods to Tensor)
from . import autograd, random
from ._creation import (arange, as_tensor, empty, empty_like, eye, from_numpy, full, full_like,
                        linspace, logspace, ones, ones_like, scalar_tensor, tensor, zeros,
                        zeros_like)
from ._device import device
from ._dtype import (bool_ as bool, complex64, complex128, dtype, float16, float32, float64,
                     get_default_dtype, int8, int16, int32, int64, promote_types,
                     set_default_dtype, uint8)
from ._ops.indexing import gather, index_select, masked_fill, nonzero, select
from ._ops.linalg import addmm, bmm, dot, ger, inner, matmul, mm, mv, outer
from ._ops.pointwise import (abs, absolute, add, bitwise_and, bitwise_not, bitwise_or,
                             bitwise_xor, clamp, clamp_max, clamp_min, clip, cos, div, divide,
                             eq, exp, floor_divide, ge, greater, greater_equal, gt, le, less,
                             less_equal, log, logical_and, logical_not, logical_or, logical_xor,
                             lt, maximum, minimum, mul, multiply, ne, neg, negative, not_equal,
                             pow, reciprocal, relu, remainder, rsub, sigmoid, sign, sin, sqrt,
                             square, sub, subtract, tan, tanh, true_divide, where)
from ._ops.reduction import (amax, amin, argmax, argmin, cumsum, max, mean, min, norm, prod,
                             sum)
from ._ops.shape import (broadcast_to, cat, chunk, clone, concat, concatenate, expand, flatten,
                         flip, hstack, movedim, moveaxis, narrow, permute, reshape, split,
                         squeeze, stack, swapaxes, swapdims, t, transpose, unbind, unflatten,
                         unsqueeze, vstack)
from ._tensor import Size, Tensor
from ._tensor_str import set_printoptions
from .autograd.grad_mode import (enable_grad, inference_mode, is_grad_enabled,
                                 is_inference_mode_enabled, no_grad, set_grad_enabled)
from .random import (Generator, bernoulli, default_generator, get_rng_state, initial_seed,
                     manual_seed, multinomial, normal, rand, randint, randn, randperm, seed,
                     set_rng_state)

half, float, double = float16, float32, float64
short, int, long = int16, int32, int64
cfloat, cdouble = complex64, complex128
autograd.Variable = Tensor
FloatTensor = DoubleTensor = LongTensor = Tensor

__version__ = "0.1.0"


def is_tensor(obj):
    """Return True if ``obj`` is a chainrule Tensor."""
    return isinstance(obj, Tensor)


def numel(input):
    """Return the number of elements of ``input``."""
    return input.numel()


def is_floating_point(input):
    """Return True if ``input`` has a floating dtype."""
    return input.is_floating_point()


def detach(input):
    """Return ``input.detach()``."""
    return input.detach()
