"""Compat corpus: autograd tutorials, notebooks and Q&A programs (grad_fn, graphs, hooks)."""

SNIPPETS = {
    "agm_grad_fn_reductions": """
import torch
x = torch.arange(6.0).reshape(2, 3).requires_grad_()
print(x.sum())
print(x.sum(0))
print(x.mean())
print(x.mean(dim=1))
print(x.prod())
print(x.prod(1))
print(x.amax(1))
print(x.max())
print(x.max(dim=0))
print(x.min(1).values)
print(x.std())
print(x.var(0))
print(x.norm())
print(x.logsumexp(1))
print(x.cumsum(1))
""",
    "agm_grad_fn_pointwise": """
import torch
x = torch.tensor([0.5, 1.5], requires_grad=True)
for y in [x ** 2, 2 ** x, x ** x, x.pow(3), torch.sqrt(x), torch.rsqrt(x), x.log(),
          x.log2(), x.log10(), x.log1p(), x.expm1(), x.sin(), x.cos(), x.tan(), x.tanh(),
          x.sigmoid(), x.abs(), -x, x.reciprocal(), x / 2, 3 / x, x - 1, 1 - x,
          x.exp2(), x.asin(), x.acos(), x.atan(), x.sinh(), x.cosh(), x.erf()]:
    print(y.grad_fn.name(), y)
""",
    "agm_grad_fn_shapes": """
import torch
x = torch.arange(6.0).reshape(2, 3).requires_grad_()
print(x.t())
print(x.T.grad_fn)
print(x.transpose(0, 1).grad_fn)
print(x.permute(1, 0).grad_fn)
print(x.reshape(3, 2).grad_fn)
print(x.view(-1).grad_fn)
print(x.flatten().grad_fn)
print(x.unsqueeze(0).grad_fn)
print(x.unsqueeze(0).squeeze(0).grad_fn)
print(x[0].expand(4, 3).grad_fn)
print(x.repeat(2, 1).grad_fn)
print(x[:, 1].grad_fn, x[0, 1].grad_fn, x[:, :2].grad_fn)
print(x[[0, 1]].grad_fn)
print(x[x > 2].grad_fn)
print(x.clone().grad_fn)
print(x.contiguous().grad_fn)
print(x.narrow(1, 0, 2).grad_fn)
print(x.flip(0).grad_fn)
print(x.roll(1).grad_fn)
""",
    "agm_unbind_split_chunk": """
import torch
x = torch.arange(6.0).reshape(3, 2).requires_grad_()
a, b, c = x.unbind(0)
print(a, b.grad_fn, c.grad_fn.name())
p, q = x.split(2)
print(p)
print(q.grad_fn)
r = x.split([1, 2])
print(r[1])
s = x.chunk(2, dim=1)
print(s[0])
t = torch.unbind(x, 1)
print(t)
(a.sum() + q.sum() * 2 + s[1].sum() * 3).backward()
print(x.grad)
""",
    "agm_cat_stack_grad_fns": """
import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = torch.tensor([3., 4.], requires_grad=True)
c = torch.cat([a, b])
s = torch.stack([a, b])
print(c)
print(s)
print(torch.hstack([a, b]).grad_fn)
print(torch.vstack([a, b]).grad_fn)
w = torch.tensor([1., 2., 3., 4.])
(c * w).sum().backward()
print(a.grad, b.grad)
(s * torch.tensor([[1., 0.], [0., 1.]])).sum().backward()
print(a.grad, b.grad)
""",
    "agm_grad_fn_matmul_family": """
import torch
torch.manual_seed(0)
A = torch.randn(2, 3, requires_grad=True)
B = torch.randn(3, 2, requires_grad=True)
v = torch.randn(3, requires_grad=True)
print((A @ B).grad_fn)
print(A.mm(B).grad_fn)
print((A @ v).grad_fn)
print(A.mv(v).grad_fn)
print(v.dot(v).grad_fn)
print((v @ v).grad_fn)
print(torch.addmm(torch.zeros(2, 2), A, B).grad_fn)
print(torch.bmm(A.unsqueeze(0), B.unsqueeze(0)).grad_fn)
print(torch.outer(v, v).grad_fn)
print(torch.einsum('ij,jk->ik', A, B).grad_fn)
print(A @ B)
""",
    "agm_next_functions_walk": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
w = torch.tensor([3., 4.], requires_grad=True)
y = (x * w + 1).sum()
print(y.grad_fn)
print(y.grad_fn.next_functions)
add = y.grad_fn.next_functions[0][0]
print(add.next_functions)
mul = add.next_functions[0][0]
print(mul.next_functions[0][0].variable is x)
print(mul.next_functions[1][0].variable)
""",
    "agm_graph_traversal_print": """
import torch
def walk(fn, depth=0):
    if fn is None:
        return
    print('  ' * depth + type(fn).__name__)
    for nxt, _ in fn.next_functions:
        walk(nxt, depth + 1)
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
c = a * b
d = c.exp() + a.sin()
e = d / b
walk(e.grad_fn)
""",
    "agm_saved_tensors_access": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
w = torch.tensor([3., 4.], requires_grad=True)
y = x * w
print(y.grad_fn._saved_self)
print(y.grad_fn._saved_other)
print(y.grad_fn._saved_self is x)
z = x.exp()
print(z.grad_fn._saved_result)
print(z.grad_fn._saved_result.equal(z))
p = x.pow(3)
print(p.grad_fn._saved_self, p.grad_fn._saved_exponent)
s = x.sum()
print(s.grad_fn._saved_self_sym_sizes)
""",
    "agm_grad_fn_name_and_metadata": """
import torch
x = torch.tensor([1.0], requires_grad=True)
y = (x * 2).sin()
print(y.grad_fn.name())
print(type(y.grad_fn).__name__)
print(y.grad_fn.metadata)
print(isinstance(y.grad_fn, torch.autograd.graph.Node))
print(x.grad_fn)
acc = y.grad_fn.next_functions[0][0].next_functions[0][0]
print(acc.name())
print(acc.next_functions)
""",
    "agm_retain_grad_chain": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
h = x * 2
h.retain_grad()
z = h ** 2
z.retain_grad()
out = z.mean()
out.retain_grad()
out.backward()
print(out.grad)
print(z.grad)
print(h.grad)
print(x.grad)
print(h.retains_grad, x.retains_grad, out.retains_grad)
""",
    "agm_nonleaf_grad_none": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 3
y.sum().backward()
print(y.grad)
print(y.is_leaf)
print(x.grad)
""",
    "agm_grad_accumulates_three_times": """
import torch
w = torch.tensor([1.0, -1.0], requires_grad=True)
for i in range(3):
    loss = (w * torch.tensor([2.0, 3.0])).sum() * (i + 1)
    loss.backward()
    print(i, w.grad)
w.grad.zero_()
print(w.grad)
w.grad = None
print(w.grad)
""",
    "agm_backward_twice_retain": """
import torch
x = torch.tensor(3.0, requires_grad=True)
y = x ** 3
y.backward(retain_graph=True)
print(x.grad)
y.backward(retain_graph=True)
print(x.grad)
y.backward()
print(x.grad)
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "agm_backward_twice_error_shared": """
import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = a.exp()
c = b.sum()
c.backward()
try:
    (b * 2).sum().backward()
except RuntimeError as e:
    print(e)
print(a.grad)
""",
    "agm_nonscalar_backward_errors": """
import torch
x = torch.ones(2, 2, requires_grad=True)
y = x + 2
try:
    y.backward()
except RuntimeError as e:
    print(e)
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(e)
y.backward(torch.ones_like(y))
print(x.grad)
""",
    "agm_no_grad_fn_error": """
import torch
x = torch.tensor([1., 2.])
y = (x * 2).sum()
try:
    y.backward()
except RuntimeError as e:
    print(e)
w = torch.tensor([1.], requires_grad=True)
with torch.no_grad():
    z = (w * 2).sum()
try:
    z.backward()
except RuntimeError as e:
    print(e)
try:
    torch.autograd.grad(z, w)
except RuntimeError as e:
    print(e)
""",
    "agm_numpy_requires_grad_fix": """
import torch
w = torch.tensor([1.5, 2.5], requires_grad=True)
try:
    w.numpy()
except RuntimeError as e:
    print(e)
print(w.detach().numpy())
y = w * 2
try:
    y.numpy()
except RuntimeError as e:
    print(e)
print(y.detach().cpu().numpy())
print(y.tolist(), y[0].item())
""",
    "agm_unused_input_error": """
import torch
x = torch.tensor(1.0, requires_grad=True)
z = torch.tensor(2.0, requires_grad=True)
y = x * 3
try:
    torch.autograd.grad(y, [x, z])
except RuntimeError as e:
    print(e)
print(torch.autograd.grad(x * 3, [x, z], allow_unused=True))
print(torch.autograd.grad(x * 3, [x, z], allow_unused=True, materialize_grads=True))
""",
    "agm_leaf_inplace_errors": """
import torch
w = torch.tensor([1., 2.], requires_grad=True)
for op in [lambda: w.add_(1), lambda: w.mul_(2), lambda: w.zero_(), lambda: w.__setitem__(0, 5.)]:
    try:
        op()
    except RuntimeError as e:
        print(e)
with torch.no_grad():
    w.add_(1)
print(w)
""",
    "agm_saved_tensor_modified": """
import torch
a = torch.tensor([1., 2., 3.], requires_grad=True)
b = a * 2
c = b ** 2
b.add_(1)
try:
    c.sum().backward()
except RuntimeError as e:
    print(e)
x = torch.tensor([0.5, 1.0], requires_grad=True)
y = x.sigmoid()
y.mul_(2)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm_inplace_version_counter": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x.clone()
print(y._version)
y.add_(1)
y.mul_(3)
print(y._version)
y[0] = 0.
print(y._version, y)
print(y.grad_fn)
y.sum().backward()
print(x.grad)
""",
    "agm_inplace_grad_fn_names": """
import torch
x = torch.tensor([1., -2., 3.], requires_grad=True)
y = x * 1
y.add_(2)
print(y.grad_fn)
y.mul_(x)
print(y.grad_fn)
y.relu_()
print(y.grad_fn)
y.clamp_(max=5)
print(y.grad_fn)
y.div_(2)
print(y.grad_fn)
y.exp_()
print(y.grad_fn)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm_requires_grad_underscore": """
import torch
x = torch.randn(3)
print(x.requires_grad, x.is_leaf)
x.requires_grad_()
print(x.requires_grad, x.is_leaf)
y = x * 2
try:
    y.requires_grad_(False)
except RuntimeError as e:
    print(e)
z = torch.tensor([1, 2])
try:
    z.requires_grad_()
except RuntimeError as e:
    print(e)
print(torch.zeros(2).requires_grad_(True).requires_grad)
""",
    "agm_detach_inplace": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
y.detach_()
print(y, y.requires_grad, y.is_leaf, y.grad_fn)
z = x * 3
d = z.detach()
d[0] = 100.
print(z)
print(d.requires_grad)
""",
    "agm_detach_shares_storage_error": """
import torch
a = torch.tensor([1., 2., 3.], requires_grad=True)
out = a.sigmoid()
c = out.detach()
c.zero_()
print(out)
try:
    out.sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm_data_vs_detach": """
import torch
a = torch.tensor([1., 2., 3.], requires_grad=True)
out = a.sigmoid()
c = out.data
c.zero_()
print(out)
out.sum().backward()
print(a.grad)
""",
    "agm_grad_mode_contexts": """
import torch
x = torch.tensor([1.0], requires_grad=True)
with torch.no_grad():
    a = x * 2
    with torch.enable_grad():
        b = x * 2
print(a.requires_grad, b.requires_grad, b.grad_fn)
with torch.set_grad_enabled(False):
    c = x * 2
print(c.requires_grad)
torch.set_grad_enabled(False)
d = x * 2
torch.set_grad_enabled(True)
e = x * 2
print(d.requires_grad, e.requires_grad)
is_train = False
with torch.set_grad_enabled(is_train):
    f = x ** 2
print(f.requires_grad, torch.is_grad_enabled())
""",
    "agm_enable_grad_decorator": """
import torch
@torch.enable_grad()
def double(x):
    return x * 2
x = torch.tensor([1.], requires_grad=True)
with torch.no_grad():
    y = double(x)
print(y.requires_grad, y.grad_fn)
@torch.no_grad
def triple(x):
    return x * 3
print(triple(x).requires_grad)
""",
    "agm_inference_mode_tensors": """
import torch
x = torch.ones(2, requires_grad=True)
with torch.inference_mode():
    y = x * 2
print(y.requires_grad, y.is_inference(), x.is_inference())
print(torch.is_inference_mode_enabled())
with torch.inference_mode():
    print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
try:
    y.requires_grad_()
except RuntimeError as e:
    print(e)
try:
    (y * x).sum().backward()
except RuntimeError as e:
    print(e)
with torch.inference_mode(mode=False):
    z = x * 2
print(z.requires_grad)
""",
    "agm_inference_tensor_inplace": """
import torch
with torch.inference_mode():
    t = torch.zeros(3)
try:
    t.add_(1)
except RuntimeError as e:
    print(e)
with torch.inference_mode():
    base = torch.ones(3)
u = base.clone()
u.add_(1)
print(u, u.is_inference())
@torch.inference_mode()
def predict(x):
    return x.sum()
print(predict(torch.ones(3)))
""",
}
