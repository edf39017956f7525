"""torch.nn.functional: thin wrappers over the nn op table in ``_ops/nn.py``."""

from .._ops._argcheck import require_tensor
from .._ops.linalg import addmm, matmul
from .._ops.nn import (
    binary_cross_entropy,
    binary_cross_entropy_with_logits,
    celu,
    cosine_similarity,
    cross_entropy,
    dropout,
    elu,
    embedding,
    gelu,
    hardsigmoid,
    hardswish,
    hardtanh,
    huber_loss,
    kl_div,
    l1_loss,
    leaky_relu,
    log_softmax,
    logsigmoid,
    mish,
    mse_loss,
    nll_loss,
    normalize,
    one_hot,
    pad,
    relu6,
    selu,
    silu,
    smooth_l1_loss,
    softmax,
    softplus,
    softsign,
)
from .._ops.nn_conv import (
    adaptive_avg_pool2d,
    avg_pool1d,
    avg_pool2d,
    conv1d,
    conv2d,
    conv3d,
    conv_transpose1d,
    conv_transpose2d,
    max_pool1d,
    max_pool2d,
)
from .._ops.nn_norm import batch_norm, group_norm, layer_norm
from .._ops.pointwise import relu, sigmoid, tanh
from .._ops.shape import reshape, t

__all__ = ["adaptive_avg_pool2d", "avg_pool1d", "avg_pool2d", "batch_norm", "binary_cross_entropy",
           "binary_cross_entropy_with_logits", "celu", "conv1d", "conv2d", "conv3d",
           "conv_transpose1d", "conv_transpose2d", "cosine_similarity", "cross_entropy", "dropout",
           "elu", "embedding", "gelu", "group_norm", "hardsigmoid", "hardswish", "hardtanh",
           "huber_loss", "kl_div", "l1_loss", "layer_norm", "leaky_relu", "linear", "log_softmax",
           "logsigmoid", "max_pool1d", "max_pool2d", "mish", "mse_loss", "nll_loss", "normalize",
           "one_hot", "pad", "relu", "relu6", "scaled_dot_product_attention", "selu", "sigmoid",
           "silu", "smooth_l1_loss", "softmax", "softmin", "softplus", "softsign", "tanh"]


def linear(input, weight, bias=None):
    """Return input @ weight.T + bias, as torch decomposes it (addmm on 2-D input, else a view)."""
    require_tensor("linear", "input", 1, input)
    wt = t(weight)
    if input.ndim == 2:
        return addmm(bias, input, wt) if bias is not None else matmul(input, wt)
    if bias is None:
        return matmul(input, wt)
    lead = tuple(input.shape[:-1])
    out = addmm(bias, reshape(input, (-1, input.shape[-1])), wt)
    return reshape(out, lead + (weight.shape[0],))


def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0,
                                 is_causal=False, scale=None, enable_gqa=False):
    """Return softmax(q kᵀ · scale + mask) v (boolean masks mark allowed positions, as torch)."""
    from .modules.transformer import scaled_dot_product_attention as attention
    return attention(query, key, value, attn_mask, dropout_p, is_causal, scale)


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    """Return softmax(-input)."""
    if dim is None:  # warn under softmin's own name before delegating
        from .._ops.nn import _prepare
        dim = _prepare(input, None, None, "softmin")[1]
    return softmax(-input, dim, dtype=dtype)


def upsample(input, size=None, scale_factor=None, mode="nearest", align_corners=None):
    """Deprecated alias of ``interpolate``; warns as torch."""
    import warnings
    warnings.warn("`nn.functional.upsample` is deprecated. Use `nn.functional.interpolate` "
                  "instead.", stacklevel=2)
    return interpolate(input, size, scale_factor, mode, align_corners)
from .._ops.compat_nn import pairwise_distance, prelu  # noqa: E402,F401
from .._ops.compat_upsample import interpolate  # noqa: E402,F401
from .._ops.nn_ctc import ctc_loss  # noqa: E402,F401
from .._ops.nn_embedding_bag import embedding_bag  # noqa: E402,F401
from .._ops.nn_grid import affine_grid, grid_sample  # noqa: E402,F401
from .._ops.nn_loss_more import soft_margin_loss  # noqa: E402,F401
from .._ops.nn_pdist import pdist  # noqa: E402,F401
from .._ops.nn_rrelu import rrelu  # noqa: E402,F401
from .._ops.nn_shrink import hardshrink, softshrink, threshold  # noqa: E402,F401
from ._functional_inplace import (  # noqa: E402,F401
    celu_,
    elu_,
    hardtanh_,
    leaky_relu_,
    relu_,
    rrelu_,
    selu_,
    threshold_,
)
from ._functional_sweep import (  # noqa: E402,F401
    adaptive_max_pool1d_with_indices,
    adaptive_max_pool2d_with_indices,
    adaptive_max_pool3d_with_indices,
    max_pool3d_with_indices,
    max_unpool3d,
    triplet_margin_with_distance_loss,
    upsample_bilinear,
    upsample_nearest,
)
from ._instance_norm import instance_norm  # noqa: E402,F401
from ._mha_functional import multi_head_attention_forward  # noqa: E402,F401
from .functional_extra import (  # noqa: E402,F401
    adaptive_avg_pool1d,
    adaptive_avg_pool3d,
    adaptive_max_pool1d,
    adaptive_max_pool2d,
    adaptive_max_pool3d,
    alpha_dropout,
    avg_pool3d,
    bilinear,
    channel_shuffle,
    conv_transpose3d,
    cosine_embedding_loss,
    dropout1d,
    dropout2d,
    dropout3d,
    feature_alpha_dropout,
    fold,
    gaussian_nll_loss,
    glu,
    gumbel_softmax,
    hinge_embedding_loss,
    local_response_norm,
    margin_ranking_loss,
    max_pool1d_with_indices,
    max_pool2d_with_indices,
    max_pool3d,
    max_unpool1d,
    max_unpool2d,
    multi_margin_loss,
    multilabel_margin_loss,
    multilabel_soft_margin_loss,
    pixel_shuffle,
    pixel_unshuffle,
    poisson_nll_loss,
    rms_norm,
    tanhshrink,
    triplet_margin_loss,
    unfold,
)
from .functional_lp_pool import lp_pool1d, lp_pool2d, lp_pool3d  # noqa: E402,F401
