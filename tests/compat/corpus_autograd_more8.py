"""Compat corpus: the autograd errors users hit, with the messages torch prints."""

SNIPPETS = {
    "agm8_err_grad_outputs_len": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
try:
    torch.autograd.grad([y, y.sum()], x, grad_outputs=[torch.ones(2)])
except RuntimeError as e:
    print(e)
""",
    "agm8_err_grad_inputs_empty": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
try:
    torch.autograd.grad((x * 2).sum(), [])
except RuntimeError as e:
    print(e)
try:
    (x * 2).sum().backward(inputs=[])
except RuntimeError as e:
    print(e)
""",
    "agm8_err_grad_outputs_type": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = (x * 2).sum()
try:
    torch.autograd.grad(y, x, grad_outputs=[1.0])
except TypeError as e:
    print(type(e).__name__, e)
print(torch.autograd.grad(y, x, grad_outputs=torch.tensor(2.0)))
""",
    "agm8_err_backward_on_int_tensor": """
import torch
x = torch.tensor([1, 2, 3])
try:
    x.sum().backward()
except RuntimeError as e:
    print(e)
try:
    x.float().requires_grad_().long().sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm8_err_view_inplace_multiple_outputs": """
import torch
x = torch.ones(4, requires_grad=True)
a, b = (x * 1).split(2)
try:
    a.mul_(2)
except RuntimeError as e:
    print(e)
c, d = (x * 1).unbind(0)[:2]
try:
    c.add_(1)
except RuntimeError as e:
    print(e)
""",
    "agm8_err_inplace_view_no_grad": """
import torch
x = torch.ones(3, requires_grad=True)
y = x * 2
with torch.no_grad():
    v = y[:2]
try:
    v.mul_(3)
except RuntimeError as e:
    print(e)
""",
    "agm8_err_detach_view_inplace_base": """
import torch
x = torch.ones(3, requires_grad=True)
y = x.exp()
z = y.detach()
y.add_(1)
print(z)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm8_err_leaf_view_set_data": """
import torch
w = torch.ones(2, 2, requires_grad=True)
try:
    w[0, 0] = 3.
except RuntimeError as e:
    print(e)
try:
    w.fill_(0.)
except RuntimeError as e:
    print(e)
w.data.fill_(2.)
print(w)
with torch.no_grad():
    w[0, 0] = 5.
print(w)
""",
    "agm8_err_set_grad_wrong_type": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
try:
    x.grad = [1., 2.]
except TypeError as e:
    print(type(e).__name__, e)
""",
    "agm8_err_retain_grad_no_requires": """
import torch
x = torch.ones(2)
try:
    x.retain_grad()
except RuntimeError as e:
    print(e)
y = torch.ones(2, requires_grad=True)
y.retain_grad()
print(y.retains_grad)
""",
    "agm8_err_hook_wrong_shape": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
x.register_hook(lambda g: torch.ones(3))
try:
    (x * 2).sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm8_err_jacobian_non_tensor": """
import torch
from torch.autograd.functional import jacobian
try:
    jacobian(lambda x: 3, torch.ones(2))
except TypeError as e:
    print(e)
try:
    jacobian(lambda x: x * 2, [1., 2.])
except TypeError as e:
    print(e)
""",
    "agm8_err_func_grad_nonscalar": """
import torch
from torch.func import grad
try:
    grad(lambda x: x * 2)(torch.ones(3))
except RuntimeError as e:
    print(e)
try:
    grad(lambda x: x.sum(), argnums=2)(torch.ones(3))
except RuntimeError as e:
    print(e)
""",
    "agm8_err_func_grad_has_aux_bad": """
import torch
from torch.func import grad
try:
    grad(lambda x: x.sum(), has_aux=True)(torch.ones(3))
except RuntimeError as e:
    print(e)
""",
    "agm8_err_vmap_item": """
import torch
from torch.func import vmap
try:
    vmap(lambda x: x.item())(torch.ones(3))
except RuntimeError as e:
    print(str(e).splitlines()[0])
""",
    "agm8_err_gradcheck_requires_grad": """
import torch
from torch.autograd import gradcheck
x = torch.ones(2, dtype=torch.float64)
try:
    gradcheck(torch.sin, (x,))
except ValueError as e:
    print(type(e).__name__, e)
""",
    "agm8_err_function_forward_not_impl": """
import torch
class NoForward(torch.autograd.Function):
    @staticmethod
    def backward(ctx, g):
        return g
try:
    NoForward.apply(torch.ones(1, requires_grad=True))
except NotImplementedError as e:
    print(type(e).__name__, e)
""",
    "agm8_err_function_backward_not_impl": """
import torch
class NoBackward(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
x = torch.ones(1, requires_grad=True)
y = NoBackward.apply(x)
try:
    y.sum().backward()
except NotImplementedError as e:
    print(type(e).__name__, e)
""",
    "agm8_err_save_non_tensor": """
import torch
class SaveInt(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x, 3)
        return x * 1
    @staticmethod
    def backward(ctx, g):
        return g
try:
    SaveInt.apply(torch.ones(1, requires_grad=True))
except TypeError as e:
    print(type(e).__name__, e)
""",
    "agm8_err_mark_dirty_missing": """
import torch
class Inplace(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(2)
        return x
    @staticmethod
    def backward(ctx, g):
        return g * 2
a = torch.ones(2, requires_grad=True)
b = a * 1
try:
    out = Inplace.apply(b)
    print(out)
except RuntimeError as e:
    print(e)
""",
    "agm8_err_forward_ad_no_level": """
import torch
import torch.autograd.forward_ad as fwAD
with fwAD.dual_level():
    d = fwAD.make_dual(torch.ones(2), torch.ones(2))
print(fwAD.unpack_dual(d).tangent)
try:
    with fwAD.dual_level():
        with fwAD.dual_level():
            pass
except RuntimeError as e:
    print(e)
""",
    "agm8_err_double_backward_detached": """
import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 2
g, = torch.autograd.grad(y, x)
try:
    torch.autograd.grad(g, x)
except RuntimeError as e:
    print(e)
""",
    "agm8_err_nonscalar_autograd_backward": """
import torch
x = torch.ones(2, requires_grad=True)
try:
    torch.autograd.backward(x * 2)
except RuntimeError as e:
    print(e)
try:
    torch.autograd.backward([x.sum(), x.sum()], grad_tensors=[torch.tensor(1.)])
except RuntimeError as e:
    print(e)
""",
    "agm8_err_model_param_inplace_forward": """
import torch
torch.manual_seed(0)
lin = torch.nn.Linear(2, 2)
out = lin(torch.ones(1, 2))
try:
    lin.weight += 1
except RuntimeError as e:
    print(e)
with torch.no_grad():
    lin.weight += 1
try:
    out.sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm8_err_relu_inplace_in_sequential": """
import torch
torch.manual_seed(0)
x = torch.randn(2, 3, requires_grad=True)
y = torch.sigmoid(x)
z = torch.nn.ReLU(inplace=True)(y)
try:
    z.sum().backward()
except RuntimeError as e:
    print(e)
a = torch.randn(2, 3, requires_grad=True)
b = torch.nn.ReLU(inplace=True)(a * 2)
b.sum().backward()
print(a.grad.shape, b.grad_fn)
""",
}
