"""Attention and transformer blocks: MultiheadAttention, TransformerEncoderLayer/Encoder."""

import copy
import math
import warnings

from ..._creation import empty, zeros
from ..._ops.linalg import bmm
from ..._ops.pointwise import where
from ..._ops.reduction import mean
from ..._ops.shape import cat, chunk, reshape, squeeze, transpose
from .. import functional as F
from .. import init
from ..parameter import Parameter
from .container import ModuleList
from .dropout import Dropout
from .linear import Linear
from .module import Module
from .normalization import LayerNorm


class NonDynamicallyQuantizableLinear(Linear):
    """Linear under the name torch gives MultiheadAttention's output projection."""


def _mask_to_additive(mask, dtype):
    """Turn a boolean 'masked out' mask into 0/-inf; float masks are already additive."""
    if mask is None or mask.dtype.is_floating_point:
        return mask
    from ..._creation import full_like
    return where(mask, full_like(mask, float("-inf"), dtype=dtype),
                 zeros(*mask.shape, dtype=dtype))


def _project(attention, query, key, value):
    """The q, k, v projections of MultiheadAttention state ``attention`` (a module, or the
    functional form's namespace): slices of the packed weight, or the separate weights."""
    bias = attention.in_proj_bias
    b_q, b_k, b_v = chunk(bias, 3) if bias is not None else (None, None, None)
    if attention._qkv_same_embed_dim:
        w_q, w_k, w_v = chunk(attention.in_proj_weight, 3)
    else:
        w_q, w_k, w_v = attention.q_proj_weight, attention.k_proj_weight, attention.v_proj_weight
    return F.linear(query, w_q, b_q), F.linear(key, w_k, b_k), F.linear(value, w_v, b_v)


def _open_column(mask):
    """An additive mask widened by one key position that nothing masks (torch pads with 0)."""
    return None if mask is None else F.pad(mask, (0, 1))


def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0,
                                 is_causal=False, scale=None):
    """Return softmax(q kᵀ · scale + mask) v over the last two dims."""
    from ..._ops.linalg import matmul
    scale = 1 / math.sqrt(query.shape[-1]) if scale is None else scale
    scores = matmul(query, transpose(key, -2, -1)) * scale
    if is_causal:
        import numpy as np

        from ..._tensor import Tensor
        causal = Tensor._make(np.triu(np.ones((query.shape[-2], key.shape[-2]), bool), 1))
        scores = scores + _mask_to_additive(causal, scores.dtype)
    if attn_mask is not None:
        if not attn_mask.dtype.is_floating_point:
            from ..._ops.pointwise import logical_not
            attn_mask = logical_not(attn_mask)  # here True marks positions that may attend
        scores = scores + _mask_to_additive(attn_mask, scores.dtype)
    weights = F.softmax(scores, -1)
    if dropout_p > 0:
        weights = F.dropout(weights, dropout_p)
    return matmul(weights, value)


class MultiheadAttention(Module):
    """Attention over ``num_heads`` heads: packed q/k/v projections (separate ones when keys or
    values have other widths), optional learned bias key/value and zero attention, as torch."""

    def __init__(self, embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False,
                 add_zero_attn=False, kdim=None, vdim=None, batch_first=False, device=None,
                 dtype=None):
        super().__init__()
        if embed_dim <= 0 or num_heads <= 0:
            raise ValueError(
                f"embed_dim and num_heads must be greater than 0, got embed_dim={embed_dim} "
                f"and num_heads={num_heads} instead")
        self.embed_dim = embed_dim
        self.kdim = kdim if kdim is not None else embed_dim
        self.vdim = vdim if vdim is not None else embed_dim
        self._qkv_same_embed_dim = self.kdim == embed_dim and self.vdim == embed_dim
        self.num_heads = num_heads
        self.dropout = dropout
        self.batch_first = batch_first
        self.head_dim = embed_dim // num_heads
        if self.head_dim * num_heads != embed_dim:
            raise AssertionError("embed_dim must be divisible by num_heads")
        if self._qkv_same_embed_dim:
            self.in_proj_weight = Parameter(empty((3 * embed_dim, embed_dim), dtype=dtype))
            for name in ("q_proj_weight", "k_proj_weight", "v_proj_weight"):
                self.register_parameter(name, None)
        else:  # keys and values of other widths: one projection each
            self.q_proj_weight = Parameter(empty((embed_dim, embed_dim), dtype=dtype))
            self.k_proj_weight = Parameter(empty((embed_dim, self.kdim), dtype=dtype))
            self.v_proj_weight = Parameter(empty((embed_dim, self.vdim), dtype=dtype))
            self.register_parameter("in_proj_weight", None)
        if bias:
            self.in_proj_bias = Parameter(empty(3 * embed_dim, dtype=dtype))
        else:
            self.register_parameter("in_proj_bias", None)
        self.out_proj = NonDynamicallyQuantizableLinear(embed_dim, embed_dim, bias=bias,
                                                        dtype=dtype)
        if add_bias_kv:  # a learned extra key/value position
            self.bias_k = Parameter(empty((1, 1, embed_dim), dtype=dtype))
            self.bias_v = Parameter(empty((1, 1, embed_dim), dtype=dtype))
        else:
            self.bias_k = self.bias_v = None
        self.add_zero_attn = add_zero_attn
        self._reset_parameters()

    def _reset_parameters(self):
        if self._qkv_same_embed_dim:
            init.xavier_uniform_(self.in_proj_weight)
        else:
            for weight in (self.q_proj_weight, self.k_proj_weight, self.v_proj_weight):
                init.xavier_uniform_(weight)
        if self.in_proj_bias is not None:
            init.constant_(self.in_proj_bias, 0.0)
            init.constant_(self.out_proj.bias, 0.0)
        if self.bias_k is not None:
            init.xavier_normal_(self.bias_k)
            init.xavier_normal_(self.bias_v)

    def forward(self, query, key, value, key_padding_mask=None, need_weights=True,
                attn_mask=None, average_attn_weights=True, is_causal=False):
        batched = query.ndim == 3
        if self.batch_first and batched:
            query, key, value = (transpose(t, 0, 1) for t in (query, key, value))
        if not batched:
            query, key, value = (reshape(t, (t.shape[0], 1, t.shape[1]))
                                 for t in (query, key, value))
            if key_padding_mask is not None:
                key_padding_mask = reshape(key_padding_mask, (1, -1))
        tgt, n, e = query.shape
        if e != self.embed_dim:
            raise AssertionError(f"was expecting embedding dimension of {self.embed_dim}, but got "
                                 f"{e}")
        h, hd = self.num_heads, self.head_dim
        q, k, v = _project(self, query, key, value)
        mask = _mask_to_additive(attn_mask, q.dtype)
        if is_causal and mask is None:
            import numpy as np

            from ..._tensor import Tensor
            mask = _mask_to_additive(
                Tensor._make(np.triu(np.ones((tgt, key.shape[0]), bool), 1)), q.dtype)
        pad = _mask_to_additive(key_padding_mask, q.dtype)
        if self.bias_k is not None:  # one more key position, open to every query
            k = cat([k, self.bias_k.repeat(1, n, 1)])
            v = cat([v, self.bias_v.repeat(1, n, 1)])
            mask, pad = _open_column(mask), _open_column(pad)
        q = transpose(reshape(q, (tgt, n * h, hd)), 0, 1)
        k = transpose(reshape(k, (k.shape[0], n * h, hd)), 0, 1)
        v = transpose(reshape(v, (v.shape[0], n * h, hd)), 0, 1)
        if self.add_zero_attn:  # a zero key and value every query may attend to
            k = cat([k, zeros(n * h, 1, hd, dtype=k.dtype)], 1)
            v = cat([v, zeros(n * h, 1, hd, dtype=v.dtype)], 1)
            mask, pad = _open_column(mask), _open_column(pad)
        src = k.shape[1]
        scores = bmm(q * (1 / math.sqrt(hd)), transpose(k, 1, 2))
        if mask is not None:
            scores = scores + (mask if mask.ndim == 2 else reshape(mask, (n * h, tgt, src)))
        if pad is not None:
            pad = reshape(pad, (n, 1, 1, src))
            scores = reshape(reshape(scores, (n, h, tgt, src)) + pad, (n * h, tgt, src))
        weights = F.softmax(scores, -1)
        if self.dropout > 0 and self.training:
            weights = F.dropout(weights, self.dropout)
        out = bmm(weights, v)
        out = reshape(transpose(out, 0, 1), (tgt * n, e))
        out = reshape(F.linear(out, self.out_proj.weight, self.out_proj.bias), (tgt, n, e))
        if not batched:
            out = squeeze(out, 1)
        elif self.batch_first:
            out = transpose(out, 0, 1)
        if not need_weights:
            return out, None
        weights = reshape(weights, (n, h, tgt, src))
        if average_attn_weights:
            weights = mean(weights, 1)
        if not batched:
            weights = squeeze(weights, 0)
        return out, weights


_ACTIVATIONS = {"relu": F.relu, "gelu": F.gelu}


class TransformerEncoderLayer(Module):
    """Self-attention then a feed-forward block, each with a residual and LayerNorm."""

    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu",
                 layer_norm_eps=1e-5, batch_first=False, norm_first=False, bias=True,
                 device=None, dtype=None):
        super().__init__()
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, bias=bias,
                                            batch_first=batch_first, dtype=dtype)
        self.linear1 = Linear(d_model, dim_feedforward, bias=bias, dtype=dtype)
        self.dropout = Dropout(dropout)
        self.linear2 = Linear(dim_feedforward, d_model, bias=bias, dtype=dtype)
        self.norm_first = norm_first
        self.norm1 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias, dtype=dtype)
        self.norm2 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias, dtype=dtype)
        self.dropout1 = Dropout(dropout)
        self.dropout2 = Dropout(dropout)
        if isinstance(activation, str):
            if activation not in _ACTIVATIONS:
                raise RuntimeError(f"activation should be relu/gelu, not {activation}")
            activation = _ACTIVATIONS[activation]
        self.activation = activation

    def _sa_block(self, x, attn_mask, key_padding_mask, is_causal):
        x = self.self_attn(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding_mask,
                           need_weights=False, is_causal=is_causal)[0]
        return self.dropout1(x)

    def _ff_block(self, x):
        return self.dropout2(self.linear2(self.dropout(self.activation(self.linear1(x)))))

    def forward(self, src, src_mask=None, src_key_padding_mask=None, is_causal=False):
        x = src
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), src_mask, src_key_padding_mask, is_causal)
            return x + self._ff_block(self.norm2(x))
        x = self.norm1(x + self._sa_block(x, src_mask, src_key_padding_mask, is_causal))
        return self.norm2(x + self._ff_block(x))


def _why_no_nested_tensor(layer):
    """torch's reason (or "") why an encoder built from ``layer`` skips its nested fast path."""
    name = "encoder_layer"
    if not isinstance(layer, TransformerEncoderLayer):
        return f"{name} was not TransformerEncoderLayer"
    attn = layer.self_attn
    checks = ((layer.norm_first, f"{name}.norm_first was True"),
              (not attn.batch_first, f"{name}.self_attn.batch_first was not True(use batch_first "
                                     "for better inference performance)"),
              (attn.in_proj_bias is None, f"{name}.self_attn was passed bias=False"),
              (layer.activation not in _ACTIVATIONS.values(),
               f"{name}.activation_relu_or_gelu was not True"),
              (layer.norm1.eps != layer.norm2.eps,
               f"{name}.norm1.eps was not equal to {name}.norm2.eps"),
              (attn.num_heads % 2 == 1, f"{name}.self_attn.num_heads is odd"))
    return next((why for failed, why in checks if failed), "")


class TransformerEncoder(Module):
    """A stack of ``num_layers`` deep copies of ``encoder_layer`` (and an optional norm)."""

    def __init__(self, encoder_layer, num_layers, norm=None, enable_nested_tensor=True,
                 mask_check=True):
        super().__init__()
        self.layers = ModuleList([copy.deepcopy(encoder_layer) for _ in range(num_layers)])
        self.num_layers = num_layers
        self.norm = norm
        why_not = _why_no_nested_tensor(encoder_layer)
        if enable_nested_tensor and why_not:  # torch's notice; chainrule has no fast path
            warnings.warn("enable_nested_tensor is True, but self.use_nested_tensor is False "
                          f"because {why_not}", stacklevel=2)

    def forward(self, src, mask=None, src_key_padding_mask=None, is_causal=None):
        out = src
        for layer in self.layers:
            out = layer(out, src_mask=mask, src_key_padding_mask=src_key_padding_mask,
                        is_causal=bool(is_causal))
        return self.norm(out) if self.norm is not None else out
