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
from ._ops.linalg import addmm, bmm, dot, ger, matmul, mm, mv, outer
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

from .version import __version__  # noqa: E402


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
from .autograd import forward_ad, functional  # noqa: E402,F401
from ._ops.pointwise_more import (  # noqa: E402
    acos, acosh, addcdiv, addcmul, arctan2, asin, asinh, atan, atan2, atanh, ceil, cosh, digamma,
    erf, erfc, erfinv, exp2, expm1, fix, float_power, floor, fmax, fmin, fmod, frac, hypot,
    isfinite, isinf, isnan, isneginf, isposinf, lerp, lgamma, log1p, log2, log10, logaddexp, logit,
    nan_to_num, polygamma, round, rsqrt, sinh, trunc, xlogy)
from . import utils  # noqa: E402,F401
from .autograd.anomaly_mode import is_anomaly_check_nan_enabled, is_anomaly_enabled  # noqa: E402
from ._hints import are_hints_enabled, set_hints  # noqa: E402,F401
from . import func  # noqa: E402,F401
from ._ops.reduction_more import (  # noqa: E402
    all, any, argsort, count_nonzero, cummax, cummin, cumprod, kthvalue, logsumexp, median, msort,
    sort, std, std_mean, topk, var, var_mean)
from ._ops.shape_more import (  # noqa: E402
    diag, diag_embed, diagonal, index_add, index_put, kron, masked_select, meshgrid,
    repeat_interleave, roll, rot90, scatter, scatter_add, scatter_reduce, take, tile, trace, tril,
    tril_indices, triu, triu_indices)
from . import nn, optim  # noqa: E402,F401
from ._save import load, save  # noqa: E402,F401
from ._ops.nn import log_softmax, softmax  # noqa: E402,F401
from ._ops.linalg_more import (  # noqa: E402
    baddbmm, det, einsum, inner, logdet, matrix_power, pinverse, qr, slogdet, tensordot, vdot)
from ._ops.linalg_more import cross_legacy as cross  # noqa: E402
from ._ops.linalg_more import inv as inverse  # noqa: E402
from ._ops.linalg_more import svd_legacy as svd  # noqa: E402
from . import linalg  # noqa: E402,F401
from ._ops.linalg_more import addbmm, addmv, addr  # noqa: E402
from ._ops.pointwise_more import (  # noqa: E402
    copysign, deg2rad, logaddexp2, rad2deg, sgn, signbit, sinc)
from ._ops.reduction_more import dist, logcumsumexp, nanmean, nansum  # noqa: E402
from ._ops.shape_more import (  # noqa: E402
    atleast_1d, atleast_2d, atleast_3d, column_stack, diff, dstack, fliplr, flipud, ravel)
from ._ops.pointwise_more import allclose, equal, isclose  # noqa: E402
from ._ops.reduction_more import (  # noqa: E402
    aminmax, argwhere, bincount, bucketize, histc, searchsorted, unique)
from ._ops.shape_more import (  # noqa: E402
    block_diag, hsplit, index_copy, index_fill, masked_scatter, take_along_dim, tensor_split,
    vsplit)
from ._ops.reduction_more import quantile  # noqa: E402
from ._tensor_types import (  # noqa: E402
    BoolTensor, ByteTensor, CharTensor, DoubleTensor, FloatTensor, HalfTensor, IntTensor,
    LongTensor, ShortTensor)
from . import backends, cuda  # noqa: E402,F401
from ._ops.compat_distance import cdist  # noqa: E402
from ._numpy_names import (  # noqa: E402,F811  (the same functions, also taking axis=)
    all, amax, amin, aminmax, any, argmax, argmin, argsort, cat, chunk, concat, concatenate,
    count_nonzero, cummax, cummin, cumprod, cumsum, diff, gather, index_select, kthvalue,
    log_softmax, logsumexp, max, mean, median, min, nanmean, nansum, narrow, prod,
    repeat_interleave, select, softmax, sort, squeeze, stack, std, std_mean, sum, take_along_dim,
    topk, unbind, unsqueeze, var, var_mean)
from . import _tensor_compat  # noqa: E402,F401  (attaches nbytes, itemsize, real, imag)
from ._ops.compat_complex import complex, imag, real  # noqa: E402
from . import _numpy_interop  # noqa: E402  (np.* on tensors; needs the names above)
from ._ops.compat_bitwise import bitwise_left_shift, bitwise_right_shift  # noqa: E402
from ._random_like import rand_like, randint_like, randn_like  # noqa: E402
from . import _out_param  # noqa: E402,F401  (last: wraps the functions above that take out=)
from . import special, testing  # noqa: E402,F401
from ._runtime_info import (  # noqa: E402
    are_deterministic_algorithms_enabled, can_cast, get_num_threads, is_complex, is_nonzero,
    result_type, set_num_threads, use_deterministic_algorithms)
from ._type_info import finfo, iinfo  # noqa: E402
from . import distributions  # noqa: E402,F401
from ._compat_functions import cartesian_prod, isin, typename, unravel_index  # noqa: E402
from ._ops.compat_tensor_api import put  # noqa: E402
from ._tensor_api_compat import broadcast_shapes, broadcast_tensors  # noqa: E402
from ._ops.compat_tensor_api import (  # noqa: E402
    cumulative_trapezoid, gradient, histogram, mode, trapezoid, trapz, unique_consecutive)
from ._ops.compat_tensor_api import (  # noqa: E402
    combinations, corrcoef, cov, diagflat, dsplit, gcd, heaviside, lcm, nanmedian, nanquantile,
    vander)
from ._ops.pointwise_more import (  # noqa: E402
    acos as arccos, acosh as arccosh, asin as arcsin, asinh as arcsinh, atan as arctan,
    atanh as arctanh)
from ._ops.shape import vstack as row_stack  # noqa: E402
from ._tensor_api_compat import (  # noqa: E402
    asarray, is_same_size, is_signed, isreal, positive)
from ._ops.compat_nn import pairwise_distance  # noqa: E402
from ._ops.nn import cosine_similarity  # noqa: E402
from math import e, inf, nan, pi  # noqa: E402
from ._tensor_api_compat import layout, strided  # noqa: E402
from ._inplace_functions import *  # noqa: E402,F401,F403  (torch.relu_(x) and kin)
from ._ops.complex_conj import angle, conj, conj_physical, is_conj, resolve_conj  # noqa: E402
from . import _tensor_args  # noqa: E402,F401  (after the names it wraps: tensor-first checks)
from . import _tensor_pair_args  # noqa: E402,F401  (binary tensor-only and fmod/clamp checks)
from ._ops.special_more import i0, mvlgamma  # noqa: E402
from ._ops.shape_scatter import diagonal_scatter, select_scatter, slice_scatter  # noqa: E402
from ._ops.renorm import renorm  # noqa: E402
from . import _tensor_methods_h  # noqa: E402,F401  (methods of the ops imported above)
from .distributions._binomial_sampler import binomial  # noqa: E402
from .distributions._poisson_sampler import poisson  # noqa: E402
from .func import vmap  # noqa: E402
from ._ops.compat_complex import polar, view_as_complex, view_as_real  # noqa: E402
from ._ops.nn_grid import affine_grid_generator, grid_sampler  # noqa: E402
from ._ops.nn_pdist import pdist  # noqa: E402
from ._ops.complex_conj import adjoint  # noqa: E402
from ._compile import compile  # noqa: E402
from ._compile import get_float32_matmul_precision, set_float32_matmul_precision  # noqa: E402
from ._deprecated import range  # noqa: E402,A004
from . import amp  # noqa: E402
from .amp import autocast  # noqa: E402
from .amp.autocast_mode import is_autocast_enabled  # noqa: E402
from ._default_tensor_type import set_default_tensor_type  # noqa: E402
from ._buffer_creation import empty_strided, frombuffer, is_storage  # noqa: E402
from ._ops.as_strided import as_strided  # noqa: E402
from ._ops.linalg_extra import matrix_exp  # noqa: E402
from ._ops.linalg_extra import householder_product as orgqr  # noqa: E402
from . import _tensor_methods_s  # noqa: E402,F401  (x.as_strided, A.matrix_exp)
from . import fft  # noqa: E402,F401
from . import jit  # noqa: E402
from ._ops.linalg_triangular import cholesky_solve  # noqa: E402
from . import profiler  # noqa: E402
from .autograd import profiler as _autograd_profiler  # noqa: E402,F401  (torch.autograd.profiler)
from ._torch_namespace_nn import (  # noqa: E402
    adaptive_avg_pool1d, adaptive_max_pool1d, alpha_dropout, avg_pool1d, batch_norm, bilinear,
    binary_cross_entropy_with_logits, celu, channel_shuffle, constant_pad_nd, conv1d, conv2d,
    conv3d, conv_transpose1d, conv_transpose2d, conv_transpose3d, cosine_embedding_loss, dropout,
    embedding, feature_alpha_dropout, feature_dropout, group_norm, hardshrink,
    hinge_embedding_loss, instance_norm, kl_div, layer_norm, margin_ranking_loss, max_pool1d,
    max_pool1d_with_indices, max_pool2d, max_pool3d, pixel_shuffle, pixel_unshuffle,
    poisson_nll_loss, prelu, rms_norm, rrelu, rrelu_, selu, split_with_sizes, threshold,
    triplet_margin_loss, unsafe_chunk, unsafe_split, unsafe_split_with_sizes)
from .signal_windows import (  # noqa: E402
    bartlett_window, blackman_window, hamming_window, hann_window, kaiser_window)
from . import _tensor_methods_t  # noqa: E402,F401  (B.cholesky_solve(L))
from ._memory_format import (  # noqa: E402,F811  (clone and *_like taking memory_format)
    channels_last, channels_last_3d, clone, contiguous_format, empty_like, full_like,
    memory_format, ones_like, preserve_format, zeros_like)
from ._runtime_more import (  # noqa: E402
    frexp, get_default_device, get_device, get_num_interop_threads, has_lapack, has_mkl,
    has_openmp, has_spectral, init_num_threads, is_inference, is_neg, is_warn_always_enabled,
    ldexp, newaxis, nextafter, resolve_neg, set_default_device, set_flush_denormal,
    set_num_interop_threads, set_warn_always)
from .linalg_legacy import (  # noqa: E402
    cholesky, cholesky_inverse, eig, lstsq, lu, lu_unpack, matrix_rank, solve, symeig,
    triangular_solve)
from . import distributed  # noqa: E402
from . import accelerator, cpu  # noqa: E402
from ._torch_namespace_nn import (  # noqa: E402
    alpha_dropout_, ctc_loss, feature_alpha_dropout_, feature_dropout_, gru_cell, lstm_cell,
    rnn_relu_cell, rnn_tanh_cell)

from . import storage  # noqa: E402,F401  (Tensor.untyped_storage and Tensor.storage)

def __getattr__(name):
    """Load ``viz`` (pictures and explanations; nothing computes with it) on first use, which
    keeps it out of the import time."""
    if name in ("viz", "explain"):
        import importlib
        viz = importlib.import_module(__name__ + ".viz")  # binds chainrule.viz as well
        return viz if name == "viz" else viz.explain
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
