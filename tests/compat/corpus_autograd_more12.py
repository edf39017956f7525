"""Compat corpus: .data, copy_, views of leaves and other autograd state questions."""

SNIPPETS = {
    "agm12_copy_into_buffer_grad": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
buf = torch.zeros(2)
buf.copy_(x * 3)
print(buf, buf.grad_fn, buf.requires_grad)
buf.sum().backward()
print(x.grad)
""",
    "agm12_data_assignment_shape": """
import torch
w = torch.ones(2, requires_grad=True)
w.data = torch.zeros(3)
print(w, w.shape, w.requires_grad)
(w * 2).sum().backward()
print(w.grad)
""",
    "agm12_view_of_leaf_grad_none": """
import torch
x = torch.ones(3, requires_grad=True)
v = x[:2]
(v * 2).sum().backward()
print(v.is_leaf, v.grad, x.grad)
""",
    "agm12_parameter_ops_type": """
import torch
p = torch.nn.Parameter(torch.ones(2))
q = p * 2
print(type(q).__name__, type(p.detach()).__name__, type(p.data).__name__, type(p.clone()).__name__)
print(isinstance(p, torch.Tensor), p.grad_fn, q.grad_fn)
""",
    "agm12_clone_keeps_graph": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
c = x.clone()
c[0] = 10.
print(c)
(c * c).sum().backward()
print(x.grad)
""",
    "agm12_requires_grad_after_creation_in_func": """
import torch
def make(n):
    t = torch.linspace(0, 1, n)
    t.requires_grad = True
    return t
t = make(3)
(t.exp()).sum().backward()
print(t.grad)
""",
    "agm12_grad_zero_vs_none_opt": """
import torch
w = torch.tensor([1.], requires_grad=True)
opt = torch.optim.SGD([w], lr=1.0, momentum=0.9)
(w * 2).sum().backward()
opt.step()
opt.zero_grad(set_to_none=False)
print(w, w.grad)
opt.step()
print(w)
opt.zero_grad()
print(w.grad)
opt.step()
print(w)
""",
    "agm12_tensor_detach_shares_version": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
d = y.detach()
print(d._version, y._version)
d.add_(1)
print(d._version, y._version, y)
""",
    "agm12_torch_tensor_from_list_of_grad_tensors": """
import torch
a = torch.tensor(1., requires_grad=True)
b = a * 2
try:
    t = torch.tensor([a, b])
    print(t, t.requires_grad)
except Exception as e:
    print(type(e).__name__, e)
s = torch.stack([a, b])
print(s)
""",
    "agm12_float_of_grad_tensor": """
import torch
x = torch.tensor(1.5, requires_grad=True)
y = x * 2
print(float(y), int(y), y.item(), bool(y > 1))
print(round(y.item(), 2), '%.3f' % y)
""",
    "agm12_list_of_losses_mean": """
import torch
w = torch.tensor([1., 2.], requires_grad=True)
losses = [(w * i).sum() for i in range(1, 4)]
m = torch.stack(losses).mean()
print(m, m.grad_fn)
m.backward()
print(w.grad)
t = torch.tensor([l.item() for l in losses])
print(t, t.mean())
""",
    "agm12_retain_grad_twice_and_after_backward": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
y.retain_grad()
y.retain_grad()
z = (y ** 2).sum()
z.backward(retain_graph=True)
print(y.grad)
z.backward()
print(y.grad, x.grad)
""",
    "agm12_leaf_grad_inplace_ops": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
(x * 3).sum().backward()
x.grad.mul_(0.5)
print(x.grad)
x.grad.data.zero_()
print(x.grad)
x.grad += 1
print(x.grad)
x.grad = x.grad * 2
print(x.grad)
""",
    "agm12_nested_no_grad_enable_grad": """
import torch
x = torch.tensor(1., requires_grad=True)
with torch.no_grad():
    with torch.enable_grad():
        with torch.no_grad():
            a = x * 2
        b = x * 2
    c = x * 2
print(a.requires_grad, b.requires_grad, c.requires_grad, torch.is_grad_enabled())
""",
    "agm12_no_grad_inside_function_class": """
import torch
class Evaluator:
    @torch.no_grad()
    def __call__(self, model, x):
        return model(x)
torch.manual_seed(0)
m = torch.nn.Linear(2, 1)
out = Evaluator()(m, torch.ones(1, 2))
print(out, out.requires_grad)
""",
    "agm12_set_grad_enabled_function_form": """
import torch
x = torch.tensor([1.], requires_grad=True)
prev = torch.is_grad_enabled()
torch.set_grad_enabled(False)
y = x * 2
torch.set_grad_enabled(prev)
print(y.requires_grad, torch.is_grad_enabled())
print(torch.set_grad_enabled(True))
try:
    torch.set_grad_enabled('yes')
except TypeError as e:
    print(e)
""",
    "agm12_inference_mode_vs_no_grad_speedrun": """
import torch
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(3, 3), torch.nn.ReLU())
x = torch.randn(2, 3)
with torch.no_grad():
    a = model(x)
with torch.inference_mode():
    b = model(x)
print(torch.equal(a, b), a.is_inference(), b.is_inference())
print(b.requires_grad, b.grad_fn)
c = b.clone()
print(c.is_inference())
with torch.inference_mode():
    d = b + 1
print(d.is_inference())
""",
}
