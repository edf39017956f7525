"""Compat corpus: Stack Overflow style autograd questions and their answers."""

SNIPPETS = {
    "agm5_so_why_grad_none_after_to": """
import torch
w = torch.tensor([1., 2.], requires_grad=True).double()
(w * 2).sum().backward()
print(w.is_leaf, w.grad)
w2 = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)
(w2 * 2).sum().backward()
print(w2.is_leaf, w2.grad)
""",
    "agm5_so_grad_none_after_reassign": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
x = x * 2
y = (x ** 2).sum()
y.backward()
print(x.grad, x.is_leaf)
""",
    "agm5_so_rand_requires_grad_then_mul": """
import torch
torch.manual_seed(0)
w = torch.randn(2, 2, requires_grad=True) * 0.01
print(w.is_leaf, w.grad_fn)
w = (torch.randn(2, 2) * 0.01).requires_grad_()
print(w.is_leaf, w.grad_fn, w)
""",
    "agm5_so_gradient_of_each_output": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x ** 2
grads = [torch.autograd.grad(yi, x, retain_graph=True)[0] for yi in y]
for g in grads:
    print(g)
""",
    "agm5_so_is_grads_batched": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x.sin()
eye = torch.eye(3)
J, = torch.autograd.grad(y, x, grad_outputs=eye, is_grads_batched=True)
print(J)
""",
    "agm5_so_gradient_wrt_input_image": """
import torch
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU(), torch.nn.Linear(3, 2))
img = torch.rand(1, 4, requires_grad=True)
score = model(img)[0, 1]
score.backward()
print(img.grad)
print(img.grad.abs().argmax().item())
fgsm = img + 0.1 * img.grad.sign()
print(fgsm)
""",
    "agm5_so_l2_reg_manual": """
import torch
torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
x = torch.randn(5, 3)
y = torch.randn(5, 1)
mse = torch.nn.functional.mse_loss(model(x), y)
l2 = sum(p.pow(2).sum() for p in model.parameters())
loss = mse + 0.01 * l2
print(l2.grad_fn, loss)
loss.backward()
print(model.weight.grad)
""",
    "agm5_so_grad_penalty_wgan": """
import torch
torch.manual_seed(0)
D = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
real = torch.randn(3, 2)
fake = torch.randn(3, 2)
alpha = torch.rand(3, 1)
interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
out = D(interp)
g, = torch.autograd.grad(out, interp, grad_outputs=torch.ones_like(out), create_graph=True)
gp = ((g.norm(2, dim=1) - 1) ** 2).mean()
print(gp)
gp.backward()
print(D[0].weight.grad)
""",
    "agm5_so_freeze_part_of_tensor": """
import torch
w = torch.tensor([1., 2., 3., 4.], requires_grad=True)
mask = torch.tensor([1., 0., 1., 0.])
w.register_hook(lambda g: g * mask)
opt = torch.optim.SGD([w], lr=0.5)
(w ** 2).sum().backward()
opt.step()
print(w)
""",
    "agm5_so_custom_loss_with_argmax_no_grad": """
import torch
logits = torch.tensor([[1., 2., 0.5]], requires_grad=True)
pred = logits.argmax(1).float()
loss = (pred - 1.0) ** 2
print(loss.requires_grad)
try:
    loss.backward()
except RuntimeError as e:
    print(e)
soft = (logits.softmax(1) * torch.arange(3.)).sum(1)
l2 = ((soft - 1.0) ** 2).sum()
l2.backward()
print(logits.grad)
""",
    "agm5_so_item_breaks_graph": """
import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 2
z = torch.tensor(y.item()) * 3
print(z.requires_grad)
total = 0
for i in range(3):
    loss = (x * i) ** 2
    total += loss.item()
print(total, type(total).__name__)
""",
    "agm5_so_inplace_relu_error": """
import torch
x = torch.tensor([-1., 2.], requires_grad=True)
y = x.sigmoid()
y.relu_()
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
a = torch.tensor([-1., 2.], requires_grad=True)
b = a * 2
torch.relu_(b)
b.sum().backward()
print(a.grad)
""",
    "agm5_so_inplace_view_of_leaf": """
import torch
w = torch.ones(3, requires_grad=True)
v = w[:2]
try:
    v.mul_(2)
except RuntimeError as e:
    print(e)
try:
    w.data[0] = 5.
    print(w)
except RuntimeError as e:
    print(e)
""",
    "agm5_so_modify_tensor_in_loop": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
out = torch.zeros(3)
for i in range(3):
    out[i] = x[i] ** 2
print(out.grad_fn)
out.sum().backward()
print(x.grad)
""",
    "agm5_so_index_put_grad_fn": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x.clone()
y[1] = 0.
print(y.grad_fn)
y[[0, 2]] = torch.tensor([5., 6.])
print(y.grad_fn)
y[y > 5] = 1.
print(y.grad_fn)
y.sum().backward()
print(x.grad)
""",
    "agm5_so_expand_inplace_error": """
import torch
a = torch.zeros(1, 3)
b = a.expand(2, 3)
try:
    b.add_(1)
except RuntimeError as e:
    print(e)
""",
    "agm5_so_sum_of_losses_backward": """
import torch
w = torch.tensor([0.5, -0.5], requires_grad=True)
losses = []
for x in [torch.tensor([1., 2.]), torch.tensor([3., 1.])]:
    losses.append(((w * x).sum() - 1) ** 2)
total = torch.stack(losses).sum()
print(total.grad_fn, total)
total.backward(retain_graph=True)
print(w.grad)
w.grad = None
sum(losses).backward()
print(w.grad)
""",
    "agm5_so_backward_on_list_error": """
import torch
w = torch.tensor([1.], requires_grad=True)
losses = [(w * 2).sum(), (w * 3).sum()]
try:
    losses.backward()
except AttributeError as e:
    print(e)
torch.autograd.backward(losses)
print(w.grad)
""",
    "agm5_so_loss_requires_grad_false_model": """
import torch
torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
for p in model.parameters():
    p.requires_grad = False
loss = model(torch.ones(1, 2)).sum()
try:
    loss.backward()
except RuntimeError as e:
    print(e)
""",
    "agm5_so_gradient_of_norm_at_zero": """
import torch
x = torch.zeros(2, requires_grad=True)
y = torch.sqrt((x ** 2).sum())
y.backward()
print(x.grad)
x.grad = None
torch.linalg.vector_norm(x).backward()
print(x.grad)
""",
    "agm5_so_nan_grad_where": """
import torch
x = torch.tensor([-1., 4.], requires_grad=True)
y = torch.where(x > 0, x.sqrt(), torch.zeros_like(x))
y.sum().backward()
print(y, x.grad)
x.grad = None
safe = torch.where(x > 0, x, torch.ones_like(x))
y2 = torch.where(x > 0, safe.sqrt(), torch.zeros_like(x))
y2.sum().backward()
print(x.grad)
""",
    "agm5_so_log_zero_grad": """
import torch
p = torch.tensor([0., 0.5, 1.], requires_grad=True)
loss = -(p * p.log()).sum()
print(loss)
loss.backward()
print(p.grad)
q = torch.tensor([0., 0.5, 1.], requires_grad=True)
(q * torch.log(q + 1e-8)).sum().backward()
print(q.grad)
""",
    "agm5_so_softmax_jacobian": """
import torch
from torch.autograd.functional import jacobian
x = torch.tensor([1., 2., 3.])
J = jacobian(lambda z: z.softmax(0), x)
print(J)
s = x.softmax(0)
print(torch.allclose(J, torch.diag(s) - torch.outer(s, s)))
""",
    "agm5_so_hessian_of_model_params": """
import torch
from torch.func import functional_call, hessian
torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
x = torch.randn(4, 2)
y = torch.randn(4, 1)
params = {k: v.detach() for k, v in model.named_parameters()}
def loss(p):
    return ((functional_call(model, p, (x,)) - y) ** 2).mean()
H = hessian(loss)(params)
print(H['weight']['weight'])
print(H['bias']['bias'])
""",
    "agm5_so_jacobian_of_model_output": """
import torch
from torch.autograd.functional import jacobian
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.Tanh())
x = torch.randn(3)
J = jacobian(net, x)
print(J.shape)
print(J)
""",
    "agm5_so_retain_graph_two_losses": """
import torch
torch.manual_seed(0)
shared = torch.nn.Linear(2, 2)
x = torch.randn(3, 2)
h = shared(x)
l1 = h.pow(2).mean()
l2 = h.abs().mean()
l1.backward(retain_graph=True)
g1 = shared.weight.grad.clone()
l2.backward()
print(g1)
print(shared.weight.grad - g1)
""",
    "agm5_so_autograd_grad_sum_vs_loop": """
import torch
x = torch.linspace(0, 1, 4, requires_grad=True)
y = x ** 3
g_sum, = torch.autograd.grad(y.sum(), x, retain_graph=True)
g_ones, = torch.autograd.grad(y, x, torch.ones_like(y))
print(g_sum)
print(torch.equal(g_sum, g_ones))
""",
    "agm5_so_requires_grad_false_param_in_opt": """
import torch
a = torch.tensor([1.], requires_grad=True)
b = torch.tensor([1.], requires_grad=False)
opt = torch.optim.SGD([a, b], lr=0.1)
(a * b * 3).sum().backward()
opt.step()
print(a, b, b.grad)
""",
    "agm5_so_variable_legacy": """
import torch
from torch.autograd import Variable
v = Variable(torch.tensor([1., 2.]), requires_grad=True)
y = (v * v).sum()
y.backward()
print(v.grad, v.data, type(v).__name__)
print(Variable(torch.ones(1)).requires_grad)
""",
    "agm5_so_set_requires_grad_nonleaf_error": """
import torch
x = torch.tensor([1.], requires_grad=True)
y = x * 2
try:
    y.requires_grad = False
except RuntimeError as e:
    print(e)
y2 = y.detach()
y2.requires_grad = True
print(y2.is_leaf, y2.requires_grad)
""",
    "agm5_so_grad_of_complex_abs": """
import torch
z = torch.tensor([3. + 4.j], requires_grad=True)
a = z.abs()
print(a)
a.sum().backward()
print(z.grad)
""",
}
