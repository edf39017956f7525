"""Compat corpus: hooks and retain_grad meeting in-place ops, views and repeated backward."""

SNIPPETS = {
    "agm18_retain_grad_then_inplace": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
y.retain_grad()
y.mul_(3)
y.sum().backward()
print(y.grad, x.grad)
""",
    "agm18_hook_then_inplace": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
y.register_hook(lambda g: print('hook on y sees', g))
y.add_(1)
(y * 3).sum().backward()
print(x.grad)
""",
    "agm18_hook_on_view_and_base": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x * 1
v = y[1:]
v.register_hook(lambda g: print('view grad', g))
y.register_hook(lambda g: print('base grad', g))
(v * 10).sum().backward()
print(x.grad)
""",
    "agm18_retain_grad_accumulates": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x ** 2
y.retain_grad()
for _ in range(3):
    y.sum().backward(retain_graph=True)
print(y.grad, x.grad)
""",
    "agm18_hook_count_with_retain_graph": """
import torch
calls = []
x = torch.tensor(1., requires_grad=True)
y = x * 3
y.register_hook(lambda g: calls.append(g.item()))
y.backward(retain_graph=True)
y.backward(retain_graph=True)
torch.autograd.grad(y, x)
print(calls, x.grad)
""",
    "agm18_hook_on_leaf_with_autograd_grad": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
x.register_hook(lambda g: g * 100)
g, = torch.autograd.grad((x * 2).sum(), x)
print(g, x.grad)
""",
    "agm18_post_accumulate_hook_sees_final_grad": """
import torch
w = torch.tensor([1., 1.], requires_grad=True)
w.register_hook(lambda g: g * 2)
w.register_post_accumulate_grad_hook(lambda p: print('post', p.grad))
(w * torch.tensor([1., 2.])).sum().backward()
(w * torch.tensor([1., 2.])).sum().backward()
print(w.grad)
""",
    "agm18_hooks_in_module_backward_order": """
import torch
torch.manual_seed(0)
a = torch.nn.Linear(2, 2)
b = torch.nn.Linear(2, 1)
order = []
a.weight.register_hook(lambda g: order.append('a.weight'))
b.weight.register_hook(lambda g: order.append('b.weight'))
a.bias.register_hook(lambda g: order.append('a.bias'))
b(a(torch.ones(1, 2))).sum().backward()
print(order)
""",
    "agm18_grad_clipping_hook_on_params": """
import torch
torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
for p in model.parameters():
    p.register_hook(lambda g: g.clamp(-0.1, 0.1))
x = torch.randn(4, 3) * 10
model(x).pow(2).mean().backward()
print(model.weight.grad, model.bias.grad)
""",
    "agm18_retain_grad_on_leaf_noop": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
x.retain_grad()
print(x.retains_grad)
(x * 2).sum().backward()
print(x.grad)
""",
}
