"""Compat corpus: complex autograd as tutorials and Q&A threads use it (conjugate-Wirtinger
gradients, complex parameters, real losses of complex values, forward mode, gradcheck)."""

SNIPPETS = {
    "cx_grad_of_abs_squared": """
import torch
z = torch.tensor(1 + 2j, requires_grad=True)
loss = (z * z.conj()).real
loss.backward()
print(loss, z.grad)
""",
    "cx_why_is_grad_conjugated": """
import torch
# d|z^2|^2 / d conj(z): torch returns the conjugate Wirtinger derivative (times 2)
z = torch.tensor([0.5 + 1j, -1 + 0.25j], dtype=torch.complex128, requires_grad=True)
w = z ** 2
loss = (w.abs() ** 2).sum()
loss.backward()
print(z.grad)
print(4 * z.abs() ** 2 * z)
""",
    "cx_mul_backward_uses_conj": """
import torch
a = torch.tensor([1 + 1j, 2 - 1j], requires_grad=True)
b = torch.tensor([3 - 2j, 0.5 + 0.5j], requires_grad=True)
out = a * b
print(out.grad_fn)
out.backward(torch.ones_like(out))
print(a.grad, b.grad)
print(b.conj(), a.conj())
""",
    "cx_backward_requires_real_scalar": """
import torch
z = torch.tensor([1 + 1j, 2 + 0j], requires_grad=True)
y = (z * z).sum()
try:
    y.backward()
except RuntimeError as e:
    print(e)
y.real.backward()
print(z.grad)
""",
    "cx_exp_log_chain": """
import torch
z = torch.tensor([0.3 + 0.4j, -0.2 + 1.1j], dtype=torch.complex128, requires_grad=True)
y = torch.log(torch.exp(z) + 1)
y.abs().sum().backward()
print(y.grad_fn, y.grad_fn.next_functions[0][0])
print(z.grad)
""",
    "cx_complex_linear_regression": """
import torch
torch.manual_seed(0)
x = torch.randn(8, 2, dtype=torch.cfloat)
true_w = torch.tensor([[1 - 2j], [0.5 + 1j]])
y = x @ true_w
w = torch.zeros(2, 1, dtype=torch.cfloat, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for step in range(60):
    opt.zero_grad()
    loss = (x @ w - y).abs().pow(2).mean()
    loss.backward()
    opt.step()
print(round(loss.item(), 6))
print(w.detach())
""",
    "cx_sgd_momentum_on_complex_parameter": """
import torch
p = torch.nn.Parameter(torch.tensor([1 + 1j, -0.5 + 2j]))
opt = torch.optim.SGD([p], lr=0.1, momentum=0.9)
target = torch.tensor([0.2 - 0.3j, 1 + 0j])
for _ in range(5):
    opt.zero_grad()
    loss = (p - target).abs().square().sum()
    loss.backward()
    opt.step()
print(loss.item() > 0, p.grad)
print(p.data)
""",
    "cx_adam_on_complex_parameter": """
import torch
p = torch.nn.Parameter(torch.tensor([1 + 1j, -0.5 + 2j]))
opt = torch.optim.Adam([p], lr=0.1, amsgrad=True)
target = torch.tensor([0.2 - 0.3j, 1 + 0j])
for _ in range(5):
    opt.zero_grad()
    loss = (p - target).abs().square().sum()
    loss.backward()
    opt.step()
print(p.data)
print(opt.state[p]["exp_avg"], opt.state[p]["exp_avg_sq"])
""",
    "cx_optimizers_step_complex_as_real_pairs": """
import torch
O = torch.optim
for make in (lambda ps: O.RMSprop(ps, lr=0.01, centered=True, momentum=0.5),
             lambda ps: O.Adagrad(ps, lr=0.1), lambda ps: O.Adamax(ps, lr=0.1),
             lambda ps: O.NAdam(ps, lr=0.1), lambda ps: O.Adadelta(ps, lr=1.0),
             lambda ps: O.Rprop(ps, lr=0.1), lambda ps: O.AdamW(ps, lr=0.1)):
    p = torch.nn.Parameter(torch.tensor([1 + 1j, -0.5 + 2j], dtype=torch.complex128))
    opt = make([p])
    target = torch.tensor([0.2 - 0.3j, 1 + 0j], dtype=torch.complex128)
    for _ in range(4):
        opt.zero_grad()
        (p - target).abs().pow(2).sum().backward()
        opt.step()
    print(type(opt).__name__, p.data)
print({k: v.dtype for k, v in opt.state_dict()["state"][0].items()})
""",
    "cx_lbfgs_complex_least_squares": """
import torch
A = torch.tensor([[1 + 1j, 2], [0.5j, 1 - 1j], [2, 1j]], dtype=torch.complex128)
b = torch.tensor([1 + 0j, 2j, -1 + 1j], dtype=torch.complex128)
for search in (None, "strong_wolfe"):
    x = torch.zeros(2, dtype=torch.complex128, requires_grad=True)
    opt = torch.optim.LBFGS([x], lr=0.5 if search is None else 1, line_search_fn=search)
    def closure():
        opt.zero_grad()
        loss = (A @ x - b).abs().pow(2).sum()
        loss.backward()
        return loss
    for _ in range(3):
        loss = opt.step(closure)
    print(search, round(loss.item(), 6), x.detach())
""",
    "cx_view_as_real_loss": """
import torch
z = torch.tensor([1 + 2j, 3 - 1j], dtype=torch.complex128, requires_grad=True)
r = torch.view_as_real(z * (1 + 1j))
print(r)
(r ** 2).sum().backward()
print(z.grad)
""",
    "cx_view_as_complex_from_real_params": """
import torch
params = torch.tensor([[0.5, -1.0], [2.0, 0.25]], requires_grad=True)
z = torch.view_as_complex(params)
print(z, z.grad_fn)
loss = (z * z).real.sum() + z.imag.sum()
loss.backward()
print(params.grad)
""",
    "cx_polar_gradients": """
import torch
r = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
theta = torch.tensor([0.25, -1.0], dtype=torch.float64, requires_grad=True)
z = torch.polar(r, theta)
print(z.grad_fn)
(z.real * 3 + z.imag).sum().backward()
print(r.grad, theta.grad)
""",
    "cx_angle_and_abs_grads": """
import torch
z = torch.tensor([1 + 1j, -2 + 0.5j, 0j], dtype=torch.complex128, requires_grad=True)
(z.angle().sum() + z.abs().sum()).backward()
print(z.grad)
""",
    "cx_real_imag_parts_grads": """
import torch
z = torch.tensor([1 + 2j, -3 + 4j], requires_grad=True)
loss = (z.real ** 2 - 3 * z.imag).sum()
loss.backward()
print(z.real.grad_fn, z.grad)
""",
    "cx_complex_from_real_imag": """
import torch
a = torch.tensor([1.0, 2.0], requires_grad=True)
b = torch.tensor([0.5, -1.5], requires_grad=True)
z = torch.complex(a, b)
(z * z.conj()).real.sum().backward()
print(z.grad_fn, a.grad, b.grad)
""",
    "cx_autograd_grad_with_complex_grad_outputs": """
import torch
z = torch.tensor([1 + 1j, 2 - 1j], dtype=torch.complex128, requires_grad=True)
out = torch.sin(z)
v = torch.tensor([1 + 0j, 0 + 1j], dtype=torch.complex128)
g, = torch.autograd.grad(out, z, v)
print(g)
print(v * torch.cos(z).conj())
try:
    torch.autograd.grad(torch.sin(z), z, torch.ones(2, dtype=torch.float64))
except RuntimeError as e:
    print(e)
""",
    "cx_matmul_grads": """
import torch
A = torch.tensor([[1 + 1j, 2], [0, 1 - 1j]], requires_grad=True)
x = torch.tensor([[1j], [2 + 0j]], requires_grad=True)
y = A @ x
y.abs().pow(2).sum().backward()
print(y.grad_fn)
print(A.grad)
print(x.grad)
""",
    "cx_hermitian_inner_product": """
import torch
u = torch.tensor([1 + 1j, 2 - 1j, 0.5j], dtype=torch.complex128, requires_grad=True)
v = torch.tensor([0.5 + 0j, 1j, 1 - 1j], dtype=torch.complex128, requires_grad=True)
s = torch.vdot(u, v)
print(s, s.grad_fn)
s.abs().backward()
print(u.grad)
print(v.grad)
""",
    "cx_complex_linear_layer": """
import torch
torch.manual_seed(0)
layer = torch.nn.Linear(3, 2, dtype=torch.cfloat)
x = torch.randn(4, 3, dtype=torch.cfloat)
out = layer(x)
print(out.dtype, out.grad_fn)
out.abs().mean().backward()
print(layer.weight.grad.dtype, layer.weight.grad.shape, layer.bias.grad.dtype)
""",
    "cx_second_derivative": """
import torch
z = torch.tensor([0.5 + 0.5j, 1 - 0.25j], dtype=torch.complex128, requires_grad=True)
y = (torch.exp(z) * z).abs().pow(2).sum()
g, = torch.autograd.grad(y, z, create_graph=True)
print(g)
h, = torch.autograd.grad(g.abs().sum(), z)
print(h)
""",
    "cx_gradcheck_complex_function": """
import torch
z = torch.tensor([0.3 + 0.2j, -1 + 0.5j], dtype=torch.complex128, requires_grad=True)
w = torch.tensor([1 - 1j, 0.5 + 2j], dtype=torch.complex128, requires_grad=True)
print(torch.autograd.gradcheck(lambda a, b: torch.tanh(a * b) / b, (z, w)))
print(torch.autograd.gradcheck(torch.abs, (z,)))
print(torch.autograd.gradgradcheck(lambda a: a.exp() * a, (z,)))
""",
    "cx_gradcheck_wrong_convention": """
import torch
class Square(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * x
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return 2 * g * x  # should be 2 * g * x.conj()
z = torch.tensor([1 + 2j], dtype=torch.complex128, requires_grad=True)
try:
    torch.autograd.gradcheck(Square.apply, (z,))
except RuntimeError as e:
    print(str(e).splitlines()[0])
print(torch.autograd.gradcheck(Square.apply, (z,), raise_exception=False))
""",
    "cx_forward_mode_jvp": """
import torch
import torch.autograd.forward_ad as fwAD
z = torch.tensor([1 + 1j, 0.5 - 2j], dtype=torch.complex128)
t = torch.tensor([1 + 0j, 1j], dtype=torch.complex128)
with fwAD.dual_level():
    d = fwAD.make_dual(z, t)
    out = torch.sin(d) * d
    print(fwAD.unpack_dual(out).tangent)
    print(fwAD.unpack_dual(d.abs()).tangent)
""",
    "cx_real_param_complex_intermediate": """
import torch
phase = torch.tensor([0.1, 0.7, -0.4], requires_grad=True)
amp = torch.tensor([1.0, 0.5, 2.0])
signal = amp * torch.exp(1j * phase)
total = signal.sum()
loss = total.abs()
loss.backward()
print(signal.dtype, total)
print(phase.grad)
""",
    "cx_det_and_inverse_grads": """
import torch
A = torch.tensor([[2 + 1j, 1], [0.5j, 3 - 1j]], dtype=torch.complex128, requires_grad=True)
d = torch.linalg.det(A)
print(d, d.grad_fn)
d.abs().backward()
print(A.grad)
A.grad = None
torch.linalg.inv(A).abs().sum().backward()
print(A.grad)
""",
    "cx_sigmoid_tanh_complex": """
import torch
z = torch.tensor([0.5 + 0.5j, -1 + 0.2j], requires_grad=True)
s = torch.sigmoid(z)
t = torch.tanh(z)
print(s)
print(t)
(s.abs() + t.abs()).sum().backward()
print(z.grad)
""",
    "cx_cumprod_prod_grads": """
import torch
z = torch.tensor([1 + 1j, 0.5 - 1j, 2 + 0.5j], dtype=torch.complex128, requires_grad=True)
torch.cumprod(z, 0).abs().sum().backward()
print(z.grad)
z.grad = None
z.prod().real.backward()
print(z.grad)
""",
    "cx_is_conj_and_resolve": """
import torch
z = torch.tensor([1 + 2j, 3 - 4j], requires_grad=True)
c = z.conj()
print(c.is_conj(), c.resolve_conj().is_conj())
(c * torch.tensor([1j, 1 + 0j])).real.sum().backward()
print(z.grad)
try:
    torch.view_as_real(c)
except RuntimeError as e:
    print(str(e).split('.')[0])
""",
    "cx_functional_api_complex": """
import torch
from torch.autograd.functional import hvp, jvp, vjp
z = torch.tensor([0.8 + 0.6j, -1.1 + 0.4j], dtype=torch.complex128)
v = torch.tensor([1 + 0.5j, -0.3j], dtype=torch.complex128)
f = lambda a: torch.exp(a) * a.conj()
print(vjp(f, z, v)[1])
print(jvp(f, z, v)[1])
print(hvp(lambda a: (torch.sin(a) * a).abs().pow(2).sum(), z, v)[1])
""",
    "cx_torch_func_on_complex": """
import torch
z = torch.tensor([1 + 1j, 2 + 0j])
print(torch.func.grad(lambda a: a.abs().sum())(z))
out, pull = torch.func.vjp(torch.exp, z)
print(pull(torch.ones_like(out)))
print(torch.func.jvp(torch.sin, (z,), (torch.tensor([1j, 1 + 0j]),))[1])
for transform in (torch.func.jacrev, torch.func.jacfwd):
    try:
        transform(torch.abs)(z)
    except RuntimeError as e:
        print(e)
try:
    torch.func.grad(lambda a: a.sum())(z)
except RuntimeError as e:
    print(e)
""",
    "cx_mse_on_complex_outputs": """
import torch
pred = torch.tensor([1 + 1j, 2 - 0.5j], requires_grad=True)
target = torch.tensor([0.5 + 1j, 2 + 0j])
loss = torch.mean(torch.abs(pred - target) ** 2)
loss.backward()
print(loss, pred.grad)
""",
}
