"""Compat corpus: creating tensors that require grad, and the first ops users apply to them."""

SNIPPETS = {
    "agm20_factories_requires_grad": """
import torch
print(torch.arange(3., requires_grad=True))
print(torch.full((2,), 1.5, requires_grad=True))
print(torch.zeros(2, requires_grad=True).view(2, 1))
print(torch.ones(2, 2, requires_grad=True).t())
print(torch.linspace(0, 1, 3, requires_grad=True))
print(torch.eye(2, requires_grad=True))
print(torch.rand(2, requires_grad=True, generator=torch.Generator().manual_seed(0)))
print(torch.empty(0, requires_grad=True))
""",
    "agm20_factories_int_requires_grad_errors": """
import torch
for make in [lambda: torch.arange(3, requires_grad=True),
             lambda: torch.full((2,), 1, requires_grad=True),
             lambda: torch.tensor([1, 2], requires_grad=True),
             lambda: torch.randint(0, 3, (2,), requires_grad=True)]:
    try:
        make()
    except RuntimeError as e:
        print(e)
""",
    "agm20_variable_volatile_legacy": """
import torch
from torch.autograd import Variable
v = Variable(torch.ones(2), volatile=True)
print(v.requires_grad, v)
w = Variable(torch.ones(2), requires_grad=True)
print(w, w.is_leaf)
print(Variable(torch.ones(2)) is not None)
for bad in [lambda: Variable([1.]), lambda: Variable(torch.ones(1), foo=1),
            lambda: Variable(torch.ones(1), requires_grad=True, volatile=True)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
""",
    "agm20_one_hot_matmul_grads": """
import torch
import torch.nn.functional as F
W = torch.arange(6.).reshape(3, 2).requires_grad_()
idx = torch.tensor([2, 0, 2])
oh = F.one_hot(idx, 3).float()
out = oh @ W
print(oh, out.grad_fn)
out.sum().backward()
print(W.grad)
""",
    "agm20_cat_mixed_requires_and_dtype": """
import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = torch.tensor([3, 4])
c = torch.cat([a, b])
print(c, c.dtype)
c.sum().backward()
print(a.grad)
d = torch.cat([a.double(), torch.zeros(1)])
print(d.dtype, d.grad_fn)
""",
    "agm20_where_scalar_branch_grads": """
import torch
x = torch.tensor([-1., 2., -3.], requires_grad=True)
y = torch.where(x > 0, x, 0.)
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
x.grad = None
z = torch.where(x > 0, 1., x ** 2)
z.sum().backward()
print(z, x.grad)
""",
    "agm20_bool_mask_assign_grads": """
import torch
x = torch.tensor([1., -2., 3., -4.], requires_grad=True)
y = x.clone()
y[y < 0] = 0
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
w = torch.tensor([1., 2., 3.], requires_grad=True)
z = w * 1
z[torch.tensor([True, False, True])] *= 10
z.sum().backward()
print(z, w.grad)
""",
    "agm20_add_zero_and_mul_one_grad_fns": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
print((x + 0).grad_fn, (x * 1).grad_fn, (x - 0).grad_fn, (x / 1).grad_fn)
print((-x).grad_fn, abs(x).grad_fn, (x ** 1).grad_fn, (1 * x).grad_fn)
""",
    "agm20_python_builtins_on_grad_tensors": """
import torch
x = torch.tensor([3., 1., 2.], requires_grad=True)
print(sum(x), max(x), min(x))
print(sorted(x.tolist()))
print(len(x), list(x)[0])
print(abs(x - 2))
s = sum(xi ** 2 for xi in x)
s.backward()
print(s, x.grad)
""",
    "agm20_numpy_scalar_interop_grad": """
import numpy as np
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * np.float32(2.0)
print(y, y.dtype)
z = x * np.float64(3.0)
print(z, z.dtype)
(y + z).sum().backward()
print(x.grad)
""",
}
