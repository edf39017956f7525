"""Compat corpus: inference tensors, in-place namespace functions and copy_ in autograd code."""

SNIPPETS = {
    "agm22_torch_inplace_functions": """
import torch
x = torch.tensor([-1.5, 0.5, 2.0])
print(torch.relu_(x.clone()), torch.sigmoid_(x.clone()), torch.tanh_(x.clone()))
print(torch.clamp_(x.clone(), -1, 1), torch.exp_(x.clone()), torch.abs_(x.clone()))
y = x.clone()
out = torch.neg_(y)
print(out is y, y)
w = torch.tensor([1., 2.], requires_grad=True)
h = w * 1
torch.sigmoid_(h)
print(h.grad_fn)
h.sum().backward()
print(w.grad)
""",
    "agm22_inference_tensor_in_training_error": """
import torch
torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
with torch.inference_mode():
    feats = torch.randn(3, 2)
print(feats.is_inference())
try:
    out = model(feats)
except RuntimeError as e:
    print(e)
w = torch.ones(2, 1, requires_grad=True)
try:
    (feats @ w).sum().backward()
except RuntimeError as e:
    print(e)
(feats.clone() @ w).sum().backward()
print(w.grad)
""",
    "agm22_copy_grad_fn_and_grads": """
import torch
src = torch.tensor([1., 2., 3.], requires_grad=True)
dst = torch.zeros(2, 3)
dst.copy_(src)
print(dst.grad_fn)
dst.sum().backward()
print(src.grad)
a = torch.ones(3, requires_grad=True)
b = a * 2
b.copy_(torch.tensor([7., 8., 9.]))
b.sum().backward()
print(b, a.grad)
""",
    "agm22_split_views_inplace_errors": """
import torch
x = torch.arange(6.).requires_grad_()
y = x * 1
first, second = y.chunk(2)
try:
    first.zero_()
except RuntimeError as e:
    print(e)
with torch.no_grad():
    first.zero_()
print(y)
a, b = torch.arange(4.).split(2)
a.add_(10)
print(a, b)
""",
    "agm22_angle_conj_grads": """
import torch
x = torch.tensor([1., -2.], requires_grad=True)
y = torch.tensor([1., 0.5], requires_grad=True)
z = torch.complex(x, y)
ang = z.angle()
print(ang)
ang.sum().backward()
print(x.grad, y.grad)
c = z.conj()
print(c, c.is_conj(), z.is_conj())
print(torch.angle(torch.tensor([-1., 2.])))
""",
}
