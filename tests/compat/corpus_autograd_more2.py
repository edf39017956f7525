"""Compat corpus: hooks and custom autograd Functions as tutorials and Q&A answers use them."""

SNIPPETS = {
    "agm2_hook_double_grad": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
h = x.register_hook(lambda g: g * 2)
(x ** 2).sum().backward()
print(x.grad)
h.remove()
x.grad = None
(x ** 2).sum().backward()
print(x.grad)
""",
    "agm2_hook_print_intermediate": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 3
y.register_hook(lambda g: print('grad of y:', g))
z = y.pow(2).sum()
z.backward()
print(x.grad)
""",
    "agm2_hook_clip_and_order": """
import torch
w = torch.tensor([0.5, -4.0, 10.0], requires_grad=True)
w.register_hook(lambda g: print('first', g))
w.register_hook(lambda g: g.clamp(-1, 1))
w.register_hook(lambda g: print('third', g))
(w * torch.tensor([3., -2., 5.])).sum().backward()
print(w.grad)
""",
    "agm2_hook_returns_none_and_list": """
import torch
grads = []
a = torch.tensor([1., 2.], requires_grad=True)
b = a * a
b.register_hook(grads.append)
c = b * 2
c.register_hook(grads.append)
c.sum().backward()
for g in grads:
    print(g)
print(a.grad)
""",
    "agm2_hook_on_no_grad_tensor_error": """
import torch
t = torch.ones(2)
try:
    t.register_hook(lambda g: g)
except RuntimeError as e:
    print(e)
""",
    "agm2_post_accumulate_hook": """
import torch
p = torch.tensor([1., 2.], requires_grad=True)
def hook(param):
    print('accumulated', param.grad)
    with torch.no_grad():
        param -= 0.1 * param.grad
    param.grad = None
p.register_post_accumulate_grad_hook(hook)
for _ in range(2):
    (p ** 2).sum().backward()
    print(p, p.grad)
""",
    "agm2_node_hooks": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x.exp()
z = y.sum()
def pre(grad_outputs):
    print('pre', grad_outputs)
def post(grad_inputs, grad_outputs):
    print('post', grad_inputs, grad_outputs)
y.grad_fn.register_prehook(pre)
y.grad_fn.register_hook(post)
z.backward()
print(x.grad)
""",
    "agm2_node_prehook_replace": """
import torch
x = torch.tensor([2.0, 3.0], requires_grad=True)
y = x * x
y.grad_fn.register_prehook(lambda gos: (gos[0] * 10,))
y.sum().backward()
print(x.grad)
""",
    "agm2_retain_grad_and_hook": """
import torch
x = torch.tensor([1., 1.], requires_grad=True)
y = x * 2
y.retain_grad()
y.register_hook(lambda g: g + 1)
y.sum().backward()
print(y.grad)
print(x.grad)
""",
    "agm2_function_exp": """
import torch
class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, i):
        result = i.exp()
        ctx.save_for_backward(result)
        return result
    @staticmethod
    def backward(ctx, grad_output):
        result, = ctx.saved_tensors
        return grad_output * result
x = torch.tensor([0., 1., 2.], requires_grad=True)
y = Exp.apply(x)
print(y)
print(y.grad_fn.name() if hasattr(y.grad_fn, 'name') else None)
y.sum().backward()
print(x.grad)
""",
    "agm2_function_needs_input_grad": """
import torch
class LinearFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input, weight, bias=None):
        ctx.save_for_backward(input, weight, bias)
        out = input.mm(weight.t())
        if bias is not None:
            out += bias.unsqueeze(0).expand_as(out)
        return out
    @staticmethod
    def backward(ctx, grad_output):
        input, weight, bias = ctx.saved_tensors
        print('needs', ctx.needs_input_grad)
        gi = gw = gb = None
        if ctx.needs_input_grad[0]:
            gi = grad_output.mm(weight)
        if ctx.needs_input_grad[1]:
            gw = grad_output.t().mm(input)
        if bias is not None and ctx.needs_input_grad[2]:
            gb = grad_output.sum(0)
        return gi, gw, gb
torch.manual_seed(0)
x = torch.randn(4, 3)
w = torch.randn(2, 3, requires_grad=True)
b = torch.randn(2, requires_grad=True)
out = LinearFn.apply(x, w, b)
out.sum().backward()
print(w.grad)
print(b.grad)
print(x.grad)
""",
    "agm2_function_setup_context": """
import torch
class MulConst(torch.autograd.Function):
    @staticmethod
    def forward(x, k):
        return x * k
    @staticmethod
    def setup_context(ctx, inputs, output):
        x, k = inputs
        ctx.k = k
    @staticmethod
    def backward(ctx, g):
        return g * ctx.k, None
x = torch.tensor([1., 2.], requires_grad=True)
y = MulConst.apply(x, 5.0)
y.sum().backward()
print(y, x.grad)
""",
    "agm2_function_mark_non_differentiable": """
import torch
class SortFn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        vals, idx = x.sort()
        ctx.mark_non_differentiable(idx)
        ctx.save_for_backward(x, idx)
        return vals, idx
    @staticmethod
    def backward(ctx, g, _g_idx):
        x, idx = ctx.saved_tensors
        grad = torch.zeros_like(x)
        grad.index_add_(0, idx, g)
        return grad
x = torch.tensor([3., 1., 2.], requires_grad=True)
v, i = SortFn.apply(x)
print(v.requires_grad, i.requires_grad, i)
(v * torch.tensor([1., 10., 100.])).sum().backward()
print(x.grad)
""",
    "agm2_function_mark_dirty": """
import torch
class AddOneInplace(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.add_(1)
        ctx.mark_dirty(x)
        return x
    @staticmethod
    def backward(ctx, g):
        return g
a = torch.tensor([1., 2.], requires_grad=True)
b = a.clone()
c = AddOneInplace.apply(b)
print(c is b, c)
(c * 3).sum().backward()
print(a.grad)
""",
    "agm2_function_materialize_grads": """
import torch
class TwoOut(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.set_materialize_grads(False)
        return x.clone(), x.clone()
    @staticmethod
    def backward(ctx, g1, g2):
        print('g1', g1, 'g2', g2)
        out = torch.zeros(2)
        if g1 is not None:
            out = out + g1
        if g2 is not None:
            out = out + 2 * g2
        return out
x = torch.tensor([1., 2.], requires_grad=True)
a, b = TwoOut.apply(x)
a.sum().backward()
print(x.grad)
""",
    "agm2_function_materialized_zero": """
import torch
class TwoOut(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, x * 3
    @staticmethod
    def backward(ctx, g1, g2):
        print('g1', g1, 'g2', g2)
        return 2 * g1 + 3 * g2
x = torch.tensor([1., 2.], requires_grad=True)
a, b = TwoOut.apply(x)
b.sum().backward()
print(x.grad)
""",
    "agm2_function_once_differentiable": """
import torch
from torch.autograd.function import once_differentiable
class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2
    @staticmethod
    @once_differentiable
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g
x = torch.tensor([3.0], requires_grad=True)
y = Square.apply(x)
g, = torch.autograd.grad(y, x, create_graph=True)
print(g, g.requires_grad)
try:
    g.backward()
except RuntimeError as e:
    print(e)
""",
    "agm2_function_double_backward": """
import torch
class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 3 * x ** 2 * g
x = torch.tensor(2.0, requires_grad=True)
y = Cube.apply(x)
d1, = torch.autograd.grad(y, x, create_graph=True)
d2, = torch.autograd.grad(d1, x)
print(d1, d2)
""",
    "agm2_function_wrong_grad_count": """
import torch
class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        return x + y
    @staticmethod
    def backward(ctx, g):
        return g
a = torch.tensor([1.], requires_grad=True)
b = torch.tensor([2.], requires_grad=True)
try:
    Bad.apply(a, b).sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm2_function_wrong_grad_shape": """
import torch
class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return torch.ones(3)
a = torch.tensor([1., 2.], requires_grad=True)
try:
    Bad.apply(a).sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm2_function_apply_kwargs_error": """
import torch
class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k=2.0):
        return x * k
    @staticmethod
    def backward(ctx, g):
        return g * 2.0, None
x = torch.ones(2, requires_grad=True)
print(Scale.apply(x))
try:
    Scale.apply(x, k=3.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    Scale(x)
except Exception as e:
    print(type(e).__name__)
""",
    "agm2_function_ctx_attributes": """
import torch
class Clamp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, lo, hi):
        ctx.lo, ctx.hi = lo, hi
        ctx.save_for_backward(x)
        return x.clamp(lo, hi)
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        mask = (x >= ctx.lo) & (x <= ctx.hi)
        return g * mask, None, None
x = torch.tensor([-2., 0.5, 3.], requires_grad=True)
y = Clamp.apply(x, -1., 1.)
print(y)
y.sum().backward()
print(x.grad)
""",
    "agm2_function_straight_through": """
import torch
class RoundSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.round()
    @staticmethod
    def backward(ctx, g):
        return g
x = torch.tensor([0.2, 1.7, -0.6], requires_grad=True)
y = RoundSTE.apply(x)
loss = ((y - torch.tensor([1., 1., 1.])) ** 2).sum()
loss.backward()
print(y, loss)
print(x.grad)
""",
    "agm2_function_no_requires_grad_input": """
import torch
class Id(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.clone()
    @staticmethod
    def backward(ctx, g):
        return g
y = Id.apply(torch.ones(2))
print(y.requires_grad, y.grad_fn)
with torch.no_grad():
    z = Id.apply(torch.ones(2, requires_grad=True))
print(z.requires_grad)
""",
    "agm2_function_saved_tensors_twice": """
import torch
class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * x * g
x = torch.tensor([1., 2.], requires_grad=True)
y = Sq.apply(x)
y.sum().backward()
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
""",
    "agm2_function_gradcheck": """
import torch
from torch.autograd import gradcheck
class Sinc(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return torch.sin(x) / x
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * (torch.cos(x) / x - torch.sin(x) / x ** 2)
inp = torch.tensor([0.5, 1.0, 2.0], dtype=torch.double, requires_grad=True)
print(gradcheck(Sinc.apply, (inp,), eps=1e-6, atol=1e-4))
""",
    "agm2_gradcheck_failure_message": """
import torch
from torch.autograd import gradcheck
class BadSquare(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * 3 * x
inp = torch.tensor([1.0, 2.0], dtype=torch.double, requires_grad=True)
print(gradcheck(BadSquare.apply, (inp,), raise_exception=False))
try:
    gradcheck(BadSquare.apply, (inp,))
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[0])
""",
    "agm2_gradgradcheck_builtin": """
import torch
from torch.autograd import gradcheck, gradgradcheck
x = torch.tensor([[0.3, -0.7], [1.1, 0.2]], dtype=torch.float64, requires_grad=True)
f = lambda t: (t.tanh() * t.exp()).sum(1)
print(gradcheck(f, (x,)))
print(gradgradcheck(f, (x,)))
print(gradcheck(torch.matmul, (x, x.detach().clone().requires_grad_())))
""",
    "agm2_gradcheck_float32_warning": """
import torch
from torch.autograd import gradcheck
x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    print(gradcheck(torch.sin, (x,)))
except Exception as e:
    print(type(e).__name__)
print(gradcheck(torch.sin, (x.double(),)))
""",
}
