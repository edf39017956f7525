"""Compat corpus: small autograd probes from Q&A threads (edge shapes, dtypes and modes)."""

SNIPPETS = {
    "agm17_grad_of_empty_and_zero_dim": """
import torch
x = torch.zeros(0, 3, requires_grad=True)
x.sum().backward()
print(x.grad, x.grad.shape)
s = torch.tensor(5., requires_grad=True)
(s * s).backward()
print(s.grad, s.grad.shape)
""",
    "agm17_float16_and_bfloat16_grads": """
import torch
h = torch.tensor([1., 2.], dtype=torch.float16, requires_grad=True)
(h * h).sum().backward()
print(h.grad)
h.grad = None
(h.float() * 3).sum().backward()
print(h.grad)
""",
    "agm17_mixed_precision_grad_dtype": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
w = torch.tensor([0.5, 0.5], dtype=torch.float64, requires_grad=True)
y = (x * w).sum()
print(y.dtype)
y.backward()
print(x.grad.dtype, w.grad.dtype, x.grad, w.grad)
""",
    "agm17_integer_input_float_param": """
import torch
w = torch.tensor([0.1, 0.2, 0.3], requires_grad=True)
counts = torch.tensor([1, 2, 3])
loss = (w * counts).sum()
loss.backward()
print(loss, w.grad)
idx = torch.tensor([2, 0])
w[idx].sum().backward()
print(w.grad)
""",
    "agm17_abs_max_min_subgradients": """
import torch
x = torch.tensor([-1., 0., 0., 2.], requires_grad=True)
torch.max(x, torch.zeros(4)).sum().backward()
print(x.grad)
x.grad = None
x.clamp(min=0).sum().backward()
print(x.grad)
x.grad = None
torch.nn.functional.leaky_relu(x, 0.1).sum().backward()
print(x.grad)
x.grad = None
torch.nn.functional.elu(x).sum().backward()
print(x.grad)
""",
    "agm17_sqrt_pow_half_at_zero": """
import torch
x = torch.tensor([0., 1.], requires_grad=True)
x.sqrt().sum().backward()
print(x.grad)
x.grad = None
(x ** 0.5).sum().backward()
print(x.grad)
x.grad = None
(x ** 2).sqrt().sum().backward()
print(x.grad)
x.grad = None
torch.linalg.norm(x - torch.tensor([0., 1.])).backward()
print(x.grad)
""",
    "agm17_division_by_zero_grads": """
import torch
x = torch.tensor([0., 2.], requires_grad=True)
y = 1 / x
print(y)
y.sum().backward()
print(x.grad)
a = torch.tensor([1., 0.], requires_grad=True)
(a / a).sum().backward()
print(a.grad)
""",
    "agm17_log_softmax_extreme_values": """
import torch
x = torch.tensor([[1000., 0., -1000.]], requires_grad=True)
y = x.log_softmax(1)
print(y)
y[0, 1].backward()
print(x.grad)
x.grad = None
x.softmax(1)[0, 0].backward()
print(x.grad)
""",
    "agm17_grad_through_sort_topk": """
import torch
x = torch.tensor([3., 1., 2., 5.], requires_grad=True)
v, i = x.sort(descending=True)
(v * torch.tensor([4., 3., 2., 1.])).sum().backward()
print(v, i, x.grad)
x.grad = None
t = x.topk(2)
t.values.sum().backward()
print(t, x.grad)
""",
    "agm17_grad_through_gather_scatter": """
import torch
x = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
idx = torch.tensor([[2, 2], [0, 1]])
g = x.gather(1, idx)
g.sum().backward()
print(g, x.grad)
src = torch.tensor([[10., 20.]], requires_grad=True)
out = torch.zeros(2, 3).scatter(1, torch.tensor([[0, 2]]), src)
(out * torch.arange(6.).reshape(2, 3)).sum().backward()
print(out, src.grad)
""",
    "agm17_repeat_tile_expand_grads": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
for y in [x.repeat(3), x.tile(2), x.expand(3, 2), x.repeat_interleave(2),
          x.unsqueeze(0).expand(2, -1)]:
    g, = torch.autograd.grad(y.sum(), x)
    print(type(y.grad_fn).__name__, y.shape, g)
""",
    "agm17_std_var_unbiased_grads": """
import torch
x = torch.tensor([1., 2., 4., 7.], requires_grad=True)
for f in [lambda t: t.std(), lambda t: t.std(unbiased=False), lambda t: t.var(correction=0),
          lambda t: torch.std_mean(t)[0], lambda t: torch.var_mean(t)[1]]:
    out = f(x)
    g, = torch.autograd.grad(out, x)
    print(type(out.grad_fn).__name__, out, g)
""",
    "agm17_prod_with_zero_grad": """
import torch
x = torch.tensor([2., 0., 3.], requires_grad=True)
x.prod().backward()
print(x.grad)
y = torch.tensor([0., 0., 3.], requires_grad=True)
y.prod().backward()
print(y.grad)
z = torch.tensor([[1., 0.], [2., 3.]], requires_grad=True)
z.prod(1).sum().backward()
print(z.grad)
""",
    "agm17_min_max_dim_grads": """
import torch
x = torch.tensor([[1., 5., 5.], [7., 2., 7.]], requires_grad=True)
x.max(dim=1).values.sum().backward()
print(x.grad)
x.grad = None
x.amax(dim=1).sum().backward()
print(x.grad)
x.grad = None
x.min(dim=0, keepdim=True)[0].sum().backward()
print(x.grad)
""",
}
