"""F.multi_head_attention_forward: MultiheadAttention's computation with explicit weights."""

from types import SimpleNamespace


def multi_head_attention_forward(query, key, value, embed_dim_to_check, num_heads,
                                 in_proj_weight, in_proj_bias, bias_k, bias_v, add_zero_attn,
                                 dropout_p, out_proj_weight, out_proj_bias, training=True,
                                 key_padding_mask=None, need_weights=True, attn_mask=None,
                                 use_separate_proj_weight=False, q_proj_weight=None,
                                 k_proj_weight=None, v_proj_weight=None, static_k=None,
                                 static_v=None, average_attn_weights=True, is_causal=False):
    """Attention of (L, N, E) (or unbatched (L, E)) inputs over ``num_heads`` heads, with the
    module's options (separate projections, bias_k/bias_v, zero attention); static keys and
    values raise NotImplementedError."""
    if static_k is not None or static_v is not None:
        raise NotImplementedError("chainrule's multi_head_attention_forward does not support "
                                  "static keys/values")
    embed_dim = query.shape[-1]
    if embed_dim != embed_dim_to_check:
        raise AssertionError(f"was expecting embedding dimension of {embed_dim_to_check}, but "
                             f"got {embed_dim}")
    head_dim = embed_dim // num_heads
    if head_dim * num_heads != embed_dim:
        raise AssertionError(f"embed_dim {embed_dim} not divisible by num_heads {num_heads}")
    from .modules.transformer import MultiheadAttention  # the module imports functional
    attention = SimpleNamespace(  # the module's state, as its __init__ sets it
        embed_dim=embed_dim, _qkv_same_embed_dim=not use_separate_proj_weight,
        q_proj_weight=q_proj_weight, k_proj_weight=k_proj_weight, v_proj_weight=v_proj_weight,
        bias_k=bias_k, bias_v=bias_v, add_zero_attn=add_zero_attn,
        batch_first=False, num_heads=num_heads, head_dim=head_dim, dropout=dropout_p,
        training=training, in_proj_weight=in_proj_weight, in_proj_bias=in_proj_bias,
        out_proj=SimpleNamespace(weight=out_proj_weight, bias=out_proj_bias))
    return MultiheadAttention.forward(attention, query, key, value, key_padding_mask,
                                      need_weights, attn_mask, average_attn_weights, is_causal)
