"""Compat corpus: MultiheadAttention variants (cross-attention with other key/value widths,
learned bias key/value, zero attention) with masks, batch_first and gradients."""

SNIPPETS = {
    "mha_kdim_vdim_cross_attention": """
import torch
from torch import nn
torch.manual_seed(0)
mha = nn.MultiheadAttention(8, 2, kdim=6, vdim=5)
print(mha)
print([(n, tuple(p.shape)) for n, p in mha.named_parameters()])
print(list(mha.state_dict().keys()))
print(mha.in_proj_weight, mha._qkv_same_embed_dim, mha.kdim, mha.vdim)
q, k, v = torch.randn(3, 2, 8), torch.randn(4, 2, 6), torch.randn(4, 2, 5)
out, w = mha(q, k, v)
print(out.shape, w.shape)
print(out[0])
print(w[1])
out.sum().backward()
print(mha.k_proj_weight.grad.norm(), mha.v_proj_weight.grad.norm())
print(mha.in_proj_bias.grad[:8], mha.in_proj_bias.grad[16:])
""",
    "mha_bias_kv_and_zero_attn": """
import torch
from torch import nn
torch.manual_seed(1)
mha = nn.MultiheadAttention(4, 2, add_bias_kv=True, add_zero_attn=True)
print(mha.bias_k, mha.bias_v)
print([n for n, _ in mha.named_parameters()])
x = torch.randn(3, 2, 4)
out, w = mha(x, x, x)
print(w.shape)
print(out)
print(w)
""",
    "mha_bias_kv_with_masks": """
import torch
from torch import nn
torch.manual_seed(2)
mha = nn.MultiheadAttention(6, 3, add_bias_kv=True, batch_first=True)
x = torch.randn(2, 4, 6)
causal = torch.triu(torch.ones(4, 4, dtype=torch.bool), diagonal=1)
pad = torch.tensor([[False, False, False, True], [False, False, True, True]])
out, w = mha(x, x, x, attn_mask=causal, key_padding_mask=pad)
print(w.shape)
print(w[0])
print(out[1])
out2, w2 = mha(x, x, x, attn_mask=causal.float() * -1e9, need_weights=True,
               average_attn_weights=False)
print(w2.shape, w2[1, 2])
""",
    "mha_zero_attn_cross_batch_first_grad": """
import torch
from torch import nn
torch.manual_seed(3)
mha = nn.MultiheadAttention(4, 1, kdim=3, vdim=3, add_zero_attn=True, batch_first=True, bias=False)
print([n for n, _ in mha.named_parameters()], mha.in_proj_bias)
q = torch.randn(2, 2, 4, requires_grad=True)
kv = torch.randn(2, 5, 3, requires_grad=True)
pad = torch.tensor([[False] * 5, [False, False, False, True, True]])
out, w = mha(q, kv, kv, key_padding_mask=pad)
print(w)
(out ** 2).mean().backward()
print(q.grad)
print(kv.grad)
""",
    "mha_unbatched_bias_kv": """
import torch
from torch import nn
torch.manual_seed(4)
mha = nn.MultiheadAttention(4, 2, add_bias_kv=True, add_zero_attn=True, kdim=2, vdim=3)
q, k, v = torch.randn(3, 4), torch.randn(5, 2), torch.randn(5, 3)
out, w = mha(q, k, v)
print(out.shape, w.shape)
print(out)
print(w.sum(-1))
""",
    "mha_functional_forward_options": """
import torch
import torch.nn.functional as F
from torch import nn
torch.manual_seed(5)
mha = nn.MultiheadAttention(4, 2, kdim=3, vdim=2, add_bias_kv=True, add_zero_attn=True)
q, k, v = torch.randn(3, 2, 4), torch.randn(5, 2, 3), torch.randn(5, 2, 2)
ref, ref_w = mha(q, k, v)
out, w = F.multi_head_attention_forward(
    q, k, v, 4, 2, None, mha.in_proj_bias, mha.bias_k, mha.bias_v, True, 0.0,
    mha.out_proj.weight, mha.out_proj.bias, training=False, use_separate_proj_weight=True,
    q_proj_weight=mha.q_proj_weight, k_proj_weight=mha.k_proj_weight,
    v_proj_weight=mha.v_proj_weight)
print(torch.equal(out, ref), torch.equal(w, ref_w))
print(out[:, 0])
""",
}
