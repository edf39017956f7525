"""Compat corpus: grad_fn names, saved attributes and graph printing across many ops."""

SNIPPETS = {
    "agm4_nn_functional_grad_fns": """
import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
t = torch.tensor([0, 2])
for y in [F.relu(x), F.leaky_relu(x), F.gelu(x), F.silu(x), F.elu(x), F.softplus(x),
          F.softmax(x, 1), F.log_softmax(x, 1), F.cross_entropy(x, t),
          F.mse_loss(x, x.detach() * 0),
          F.l1_loss(x, torch.zeros(2, 3)), F.smooth_l1_loss(x, torch.zeros(2, 3)),
          F.binary_cross_entropy(x.sigmoid(), torch.ones(2, 3)),
          F.binary_cross_entropy_with_logits(x, torch.ones(2, 3)), F.nll_loss(x, t),
          F.normalize(x), F.hardtanh(x), F.logsigmoid(x), F.tanh(x), F.sigmoid(x)]:
    print(y.grad_fn)
""",
    "agm4_linear_grad_fns": """
import torch
torch.manual_seed(0)
lin = torch.nn.Linear(3, 2)
print(lin(torch.randn(4, 3)).grad_fn)
print(lin(torch.randn(3)).grad_fn)
print(lin(torch.randn(2, 4, 3)).grad_fn)
print(lin.weight.grad_fn, lin.weight.is_leaf)
nobias = torch.nn.Linear(3, 2, bias=False)
print(nobias(torch.randn(4, 3)).grad_fn)
""",
    "agm4_indexing_grad_fns": """
import torch
x = torch.arange(12.).reshape(3, 4).requires_grad_()
idx = torch.tensor([0, 2])
print(x.gather(1, torch.tensor([[0], [1], [2]])).grad_fn)
print(x.index_select(0, idx).grad_fn)
print(x.masked_fill(x > 5, 0.).grad_fn)
print(torch.where(x > 5, x, x * 2).grad_fn)
print(x.masked_select(x > 5).grad_fn)
print(x.take(idx).grad_fn)
print(x.diagonal().grad_fn)
print(x.diag().grad_fn if x.dim() == 1 else x[0].diag().grad_fn)
print(x.trace().grad_fn)
print(x.triu().grad_fn, x.tril(1).grad_fn)
print(x.topk(2).values.grad_fn)
print(x.sort(1).values.grad_fn)
print(x.kthvalue(2, 1).values.grad_fn)
print(x.median().grad_fn)
print(x.cummax(1).values.grad_fn)
print(x.scatter(1, torch.tensor([[0], [1], [2]]), 5.).grad_fn)
""",
    "agm4_mean_sum_variants": """
import torch
x = torch.ones(2, 3, requires_grad=True)
print(x.sum().grad_fn, x.sum(1).grad_fn, x.sum((0, 1)).grad_fn, x.sum(dim=0, keepdim=True).grad_fn)
print(x.mean().grad_fn, x.mean(0).grad_fn, torch.mean(x, dim=(0, 1)).grad_fn)
print(x.max().grad_fn, x.max(1)[0].grad_fn, x.amax(0).grad_fn, torch.max(x, x * 2).grad_fn)
print(x.min().grad_fn, torch.minimum(x, x).grad_fn, x.amin().grad_fn)
print(x.std().grad_fn, x.var(1).grad_fn, x.norm(dim=1).grad_fn, x.norm(p=1).grad_fn)
print(torch.linalg.norm(x).grad_fn, torch.linalg.vector_norm(x).grad_fn)
print(x.nansum().grad_fn, x.logsumexp(0).grad_fn, x.cumprod(1).grad_fn)
print(x.pow(2).grad_fn, x.pow(x).grad_fn, torch.pow(2, x).grad_fn, x.square().grad_fn)
""",
    "agm4_dtype_in_grad_repr": """
import torch
x = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)
print(x)
print(x * 2)
print(x.sum())
print(x.float() * 2)
print(x.to(torch.float32).grad_fn)
print(x.half().grad_fn)
h = torch.tensor([1., 2.], dtype=torch.float16, requires_grad=True)
print(h * 3)
""",
    "agm4_parameter_print": """
import torch
p = torch.nn.Parameter(torch.tensor([1., 2.]))
print(p)
print(p * 2)
print(p.requires_grad, p.is_leaf, type(p).__name__)
q = torch.nn.Parameter(torch.zeros(2), requires_grad=False)
print(q)
print(repr(p.data))
print(p.detach())
""",
    "agm4_clone_detach_idioms": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
a = x.clone()
b = x.detach().clone()
c = x.clone().detach()
d = torch.tensor(x.tolist())
print(a, b, c, d, sep='\\n')
print(a.is_leaf, b.is_leaf, b.requires_grad)
e = x.detach().requires_grad_(True)
print(e, e.is_leaf)
""",
    "agm4_torch_tensor_of_tensor_warning": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = torch.tensor(x)
print(y, y.requires_grad)
z = torch.as_tensor(x)
print(z is x)
w = torch.tensor(x * 2)
print(w)
""",
    "agm4_scalar_ops_next_functions": """
import torch
x = torch.tensor(1.0, requires_grad=True)
for y in [x + 1, 1 + x, x * 2, x / 3, x ** 2, x.add(1, alpha=2)]:
    nxt = [type(f).__name__ if f is not None else None for f, _ in y.grad_fn.next_functions]
    print(type(y.grad_fn).__name__, nxt)
a = torch.tensor(2.0)
z = x * a
print(z.grad_fn.next_functions)
""",
    "agm4_shared_input_next_functions": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * x
print(y.grad_fn.next_functions[0][0] is y.grad_fn.next_functions[1][0])
y.sum().backward()
print(x.grad)
z = x + x + x
z.sum().backward()
print(x.grad)
""",
    "agm4_grad_fn_of_views_output_nr": """
import torch
x = torch.arange(6.).requires_grad_()
parts = x.split(2)
print([p.grad_fn.name() for p in parts])
print([n[1] for n in (parts[0] + parts[2]).grad_fn.next_functions])
vals, idx = x.reshape(2, 3).max(1)
print(vals.grad_fn, idx.grad_fn, idx.requires_grad)
u, s, v = x.reshape(2, 3).svd()
print(u.grad_fn, s.grad_fn)
""",
    "agm4_saved_attributes_more": """
import torch
x = torch.arange(6.).reshape(2, 3).requires_grad_()
s = x.sum(1, keepdim=True)
print(s.grad_fn._saved_dim, s.grad_fn._saved_keepdim)
t = x.transpose(0, 1)
print(t.grad_fn._saved_dim0, t.grad_fn._saved_dim1)
v = x.view(3, 2)
print(v.grad_fn._saved_self_sym_sizes)
sel = x[1]
print(sel.grad_fn._saved_dim, sel.grad_fn._saved_index)
m = x.mean(0)
print(m.grad_fn._saved_dim, m.grad_fn._saved_keepdim)
""",
    "agm4_saved_after_backward_error": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * x
y.sum().backward()
try:
    print(y.grad_fn._saved_self)
except RuntimeError as e:
    print(e)
z = x.exp()
z.sum().backward(retain_graph=True)
print(z.grad_fn._saved_result)
""",
    "agm4_integer_dtype_requires_grad": """
import torch
for dt in [torch.int64, torch.int32, torch.bool, torch.uint8]:
    try:
        torch.ones(2, dtype=dt, requires_grad=True)
    except RuntimeError as e:
        print(e)
x = torch.tensor([1., 2.], requires_grad=True)
i = x.long()
print(i, i.requires_grad, i.grad_fn)
print((x > 1).requires_grad, x.argmax().requires_grad)
print(x.round().grad_fn, x.floor().grad_fn, x.sign().grad_fn)
""",
    "agm4_grad_of_round_floor": """
import torch
x = torch.tensor([0.3, 1.7, -2.5], requires_grad=True)
(x.round() + x.floor() + x.ceil() + x.trunc() + x.sign()).sum().backward()
print(x.grad)
y = torch.tensor([-1., 0., 2.], requires_grad=True)
y.abs().sum().backward()
print(y.grad)
z = torch.tensor([0., 1.], requires_grad=True)
z.relu().sum().backward()
print(z.grad)
w = torch.tensor([0., 4.], requires_grad=True)
w.sqrt().sum().backward()
print(w.grad)
""",
    "agm4_grad_of_max_ties": """
import torch
x = torch.tensor([1., 3., 3., 2.], requires_grad=True)
x.max().backward()
print(x.grad)
x.grad = None
x.amax().backward()
print(x.grad)
x.grad = None
torch.max(x, dim=0).values.backward()
print(x.grad)
x.grad = None
x.norm().backward()
print(x.grad)
y = torch.zeros(3, requires_grad=True)
y.norm().backward()
print(y.grad)
""",
    "agm4_clamp_grad_boundaries": """
import torch
x = torch.tensor([-1., 0., 0.5, 1., 2.], requires_grad=True)
x.clamp(0, 1).sum().backward()
print(x.grad)
x.grad = None
x.clamp(min=0.5).sum().backward()
print(x.grad)
x.grad = None
torch.nn.functional.hardtanh(x).sum().backward()
print(x.grad)
""",
    "agm4_expand_broadcast_grads": """
import torch
b = torch.tensor([1., 2., 3.], requires_grad=True)
m = torch.ones(4, 3)
(m + b).sum().backward()
print(b.grad)
s = torch.tensor(2.0, requires_grad=True)
(m * s).sum().backward()
print(s.grad)
c = torch.ones(4, 1, requires_grad=True)
y = c.expand(4, 3)
print(y.grad_fn)
(y * torch.arange(3.)).sum().backward()
print(c.grad)
""",
    "agm4_mul_int_tensor_promote": """
import torch
x = torch.tensor([1.5, 2.5], requires_grad=True)
k = torch.tensor([2, 3])
y = x * k
print(y, y.dtype)
y.sum().backward()
print(x.grad)
z = x.double() * 2
z.sum().backward()
print(x.grad, x.grad.dtype)
""",
    "agm4_grad_dtype_mismatch_assign": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
try:
    x.grad = torch.tensor([1., 2.], dtype=torch.float64)
except RuntimeError as e:
    print(e)
try:
    x.grad = torch.tensor([1., 2., 3.])
except RuntimeError as e:
    print(e)
x.grad = torch.tensor([0.5, 0.5])
(x * 2).sum().backward()
print(x.grad)
""",
    "agm4_backward_gradient_shape_error": """
import torch
x = torch.ones(3, requires_grad=True)
y = x * 2
try:
    y.backward(torch.ones(2))
except RuntimeError as e:
    print(e)
try:
    torch.autograd.grad(y, x, grad_outputs=torch.ones(4))
except RuntimeError as e:
    print(e)
try:
    torch.autograd.grad(y.sum(), x, grad_outputs=torch.ones(2, dtype=torch.float64).sum())
except RuntimeError as e:
    print(e)
""",
    "agm4_grad_wrt_nonleaf": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
h = x ** 2
y = (h * 3).sum()
print(torch.autograd.grad(y, h, retain_graph=True))
print(torch.autograd.grad(y, [h, x]))
""",
    "agm4_grad_wrt_no_requires_grad_error": """
import torch
x = torch.tensor([1., 2.])
w = torch.tensor([1., 2.], requires_grad=True)
y = (x * w).sum()
try:
    torch.autograd.grad(y, x)
except RuntimeError as e:
    print(e)
""",
    "agm4_zero_grad_set_to_none": """
import torch
torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.ones(1, 2)).sum().backward()
print(model.weight.grad)
opt.zero_grad()
print(model.weight.grad)
model(torch.ones(1, 2)).sum().backward()
model.zero_grad(set_to_none=False)
print(model.weight.grad)
""",
    "agm4_module_requires_grad_freeze": """
import torch
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.Linear(2, 1))
net[0].requires_grad_(False)
out = net(torch.ones(1, 2))
print(out.grad_fn)
out.sum().backward()
print(net[0].weight.grad, net[1].weight.grad)
print([p.requires_grad for p in net.parameters()])
""",
    "agm4_no_grad_then_backward_error": """
import torch
torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
with torch.no_grad():
    out = model(torch.ones(1, 2))
print(out.requires_grad, out.grad_fn)
try:
    out.sum().backward()
except RuntimeError as e:
    print(e)
""",
}
