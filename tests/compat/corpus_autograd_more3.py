"""Compat corpus: functional autograd, torch.func, forward-mode AD and higher derivatives."""

SNIPPETS = {
    "agm3_jacobian_tuple_inputs": """
import torch
from torch.autograd.functional import jacobian
def f(x, y):
    return x * y + y.exp()
x = torch.tensor([1., 2.])
y = torch.tensor([0.5, -1.])
J = jacobian(f, (x, y))
print(type(J).__name__, len(J))
print(J[0])
print(J[1])
""",
    "agm3_jacobian_tuple_outputs": """
import torch
from torch.autograd.functional import jacobian
def f(x):
    return x.sin(), (x ** 2).sum()
J = jacobian(f, torch.tensor([0., 1., 2.]))
print(J[0])
print(J[1])
""",
    "agm3_jacobian_create_graph_vectorize": """
import torch
from torch.autograd.functional import jacobian
f = lambda x: x ** 3
x = torch.tensor([1., 2.], requires_grad=True)
J = jacobian(f, x, create_graph=True)
print(J)
print(J.requires_grad)
print(jacobian(f, x, vectorize=True))
print(jacobian(f, x, strategy='forward-mode', vectorize=True))
""",
    "agm3_jacobian_strict_error": """
import torch
from torch.autograd.functional import jacobian
def f(x):
    return torch.ones(2)
try:
    jacobian(f, torch.tensor([1., 2.]), strict=True)
except RuntimeError as e:
    print(e)
print(jacobian(f, torch.tensor([1., 2.])))
""",
    "agm3_hessian_quadratic": """
import torch
from torch.autograd.functional import hessian
A = torch.tensor([[2., 1.], [1., 3.]])
f = lambda x: 0.5 * x @ A @ x
print(hessian(f, torch.tensor([1., -1.])))
g = lambda x, y: (x * y ** 2).sum()
H = hessian(g, (torch.tensor([1.]), torch.tensor([2.])))
print(H)
""",
    "agm3_vjp_jvp_functional": """
import torch
from torch.autograd.functional import vjp, jvp
def f(x):
    return x ** 2 + x.sum()
x = torch.tensor([1., 2., 3.])
v = torch.tensor([1., 0., 0.])
out, g = vjp(f, x, v)
print(out)
print(g)
out, t = jvp(f, x, v)
print(out)
print(t)
""",
    "agm3_hvp_vhp": """
import torch
from torch.autograd.functional import hvp, vhp
def f(x):
    return (x ** 3).sum()
x = torch.tensor([1., 2.])
v = torch.tensor([1., 1.])
print(hvp(f, x, v))
print(vhp(f, x, v))
""",
    "agm3_vjp_scalar_no_v": """
import torch
from torch.autograd.functional import vjp
f = lambda x: (x ** 2).sum()
print(vjp(f, torch.tensor([1., 2.])))
try:
    vjp(lambda x: x * 2, torch.tensor([1., 2.]))
except RuntimeError as e:
    print(e)
""",
    "agm3_func_grad_basic": """
import torch
from torch.func import grad
f = lambda x: torch.sin(x).sum()
x = torch.tensor([0., 1., 2.])
print(grad(f)(x))
print(grad(grad(lambda t: t ** 3))(torch.tensor(2.)))
g = grad(lambda a, b: (a * b).sum(), argnums=(0, 1))
print(g(torch.tensor([1., 2.]), torch.tensor([3., 4.])))
""",
    "agm3_func_grad_has_aux": """
import torch
from torch.func import grad, grad_and_value
def loss(w, x):
    pred = x @ w
    l = (pred ** 2).mean()
    return l, pred
w = torch.tensor([1., -1.])
x = torch.tensor([[1., 2.], [3., 4.]])
g, aux = grad(loss, has_aux=True)(w, x)
print(g, aux)
(g2, aux2), val = grad_and_value(loss, has_aux=True)(w, x)
print(g2, val, aux2)
""",
    "agm3_func_vmap_tutorial": """
import torch
from torch.func import vmap
torch.manual_seed(0)
batch = torch.randn(3, 4)
w = torch.randn(4)
print(vmap(torch.dot, in_dims=(0, None))(batch, w))
print(vmap(lambda r: r.sum() * 2)(batch))
print(vmap(torch.outer)(torch.arange(3.).reshape(3, 1), torch.ones(3, 2)).shape)
""",
    "agm3_func_jacrev_jacfwd": """
import torch
from torch.func import jacrev, jacfwd, hessian
def f(x):
    return x.sin() * x
x = torch.tensor([0.5, 1.0, 1.5])
print(jacrev(f)(x))
print(jacfwd(f)(x))
print(hessian(lambda t: (t ** 3).sum())(x))
print(torch.allclose(jacrev(f)(x), jacfwd(f)(x)))
""",
    "agm3_func_per_sample_grads": """
import torch
from torch.func import grad, vmap
torch.manual_seed(0)
w = torch.randn(3)
X = torch.randn(5, 3)
Y = torch.randn(5)
def loss(w, x, y):
    return (x @ w - y) ** 2
per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(w, X, Y)
print(per_sample)
print(per_sample.mean(0))
full = torch.func.grad(lambda w: loss(w, X, Y).mean())(w)
print(torch.allclose(full, per_sample.mean(0)))
""",
    "agm3_func_vjp_jvp": """
import torch
from torch.func import vjp, jvp
x = torch.tensor([1., 2.])
out, vjp_fn = vjp(torch.exp, x)
print(out)
print(vjp_fn(torch.ones(2)))
print(jvp(torch.sin, (x,), (torch.ones(2),)))
""",
    "agm3_functional_call_linear": """
import torch
from torch.func import functional_call, grad
torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
params = {k: v.detach() for k, v in model.named_parameters()}
x = torch.randn(4, 3)
print(functional_call(model, params, (x,)))
def loss(p):
    return functional_call(model, p, (x,)).pow(2).mean()
g = grad(loss)(params)
for k in g:
    print(k, g[k])
""",
    "agm3_forward_ad_dual": """
import torch
import torch.autograd.forward_ad as fwAD
primal = torch.tensor([1., 2., 3.])
tangent = torch.tensor([1., 0., 0.])
with fwAD.dual_level():
    dual = fwAD.make_dual(primal, tangent)
    out = dual.sin() * dual
    p, t = fwAD.unpack_dual(out)
    print(p)
    print(t)
    print(fwAD.unpack_dual(out).tangent)
    print(fwAD.unpack_dual(primal).tangent)
""",
    "agm3_forward_ad_matmul_jvp": """
import torch
import torch.autograd.forward_ad as fwAD
W = torch.tensor([[1., 2.], [3., 4.]])
x = torch.tensor([1., 1.])
with fwAD.dual_level():
    xd = fwAD.make_dual(x, torch.tensor([0., 1.]))
    y = torch.tanh(W @ xd)
    print(fwAD.unpack_dual(y).primal)
    print(fwAD.unpack_dual(y).tangent)
""",
    "agm3_third_derivative": """
import torch
x = torch.tensor(2.0, requires_grad=True)
y = x ** 4 + x.sin()
d1, = torch.autograd.grad(y, x, create_graph=True)
d2, = torch.autograd.grad(d1, x, create_graph=True)
d3, = torch.autograd.grad(d2, x)
print(d1)
print(d2)
print(d3)
""",
    "agm3_nth_derivative_loop": """
import torch
x = torch.tensor(0.5, requires_grad=True)
y = torch.exp(2 * x)
grads = []
g = y
for n in range(4):
    g, = torch.autograd.grad(g, x, create_graph=True)
    grads.append(g)
for n, g in enumerate(grads, 1):
    print(n, g)
""",
    "agm3_second_derivative_backward": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = (x ** 3).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
print(g)
g.sum().backward()
print(x.grad)
""",
    "agm3_newton_method_root": """
import torch
x = torch.tensor(1.0, requires_grad=True)
for i in range(5):
    f = x ** 3 - 2 * x - 5
    f.backward()
    with torch.no_grad():
        x -= f / x.grad
    x.grad.zero_()
    print(i, round(x.item(), 6))
""",
    "agm3_newton_minimize_hessian": """
import torch
def f(v):
    return (v[0] - 1) ** 2 + 10 * (v[1] + 2) ** 2 + v[0] * v[1]
v = torch.tensor([0., 0.], requires_grad=True)
for i in range(3):
    g, = torch.autograd.grad(f(v), v, create_graph=True)
    H = torch.stack([torch.autograd.grad(g[j], v, retain_graph=True)[0] for j in range(2)])
    with torch.no_grad():
        v -= torch.linalg.solve(H, g)
    print(i, v, f(v).item())
""",
    "agm3_gradient_descent_by_hand": """
import torch
torch.manual_seed(42)
X = torch.randn(20, 1)
y = 3 * X + 2 + 0.1 * torch.randn(20, 1)
w = torch.randn(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
lr = 0.1
for epoch in range(30):
    loss = ((X * w + b - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if epoch % 10 == 0:
        print(epoch, loss)
print(w, b)
""",
    "agm3_gd_forgot_no_grad": """
import torch
w = torch.tensor([1.0], requires_grad=True)
loss = (w * 2).sum()
loss.backward()
try:
    w -= 0.1 * w.grad
except RuntimeError as e:
    print(e)
w2 = w - 0.1 * w.grad
print(w2, w2.is_leaf)
""",
    "agm3_gd_zero_grad_forgotten": """
import torch
w = torch.tensor(0.0, requires_grad=True)
for step in range(3):
    loss = (w - 3) ** 2
    loss.backward()
    print(step, w.grad)
    with torch.no_grad():
        w -= 0.1 * w.grad
print(w)
""",
    "agm3_pinn_ode_residual": """
import torch
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(1, 8), torch.nn.Tanh(), torch.nn.Linear(8, 1))
t = torch.linspace(0, 1, 5).reshape(-1, 1).requires_grad_(True)
u = net(t)
du, = torch.autograd.grad(u, t, grad_outputs=torch.ones_like(u), create_graph=True)
residual = du + u
loss = (residual ** 2).mean() + (net(torch.zeros(1, 1)) - 1).pow(2).mean()
print(du.shape, du.grad_fn)
print(loss)
loss.backward()
print(net[0].weight.grad.shape, net[2].bias.grad)
""",
    "agm3_pinn_second_order": """
import torch
torch.manual_seed(1)
net = torch.nn.Sequential(torch.nn.Linear(1, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
x = torch.tensor([[0.0], [0.5], [1.0]], requires_grad=True)
u = net(x)
ux = torch.autograd.grad(u.sum(), x, create_graph=True)[0]
uxx = torch.autograd.grad(ux.sum(), x, create_graph=True)[0]
print(u)
print(ux)
print(uxx)
""",
    "agm3_seed_dydx_1d_net": """
import torch
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(1, 10), torch.nn.Sigmoid(), torch.nn.Linear(10, 1))
x = torch.linspace(-1, 1, 4).reshape(-1, 1)
x.requires_grad = True
y = model(x)
dydx = torch.autograd.grad(outputs=y, inputs=x, grad_outputs=torch.ones_like(y),
                           create_graph=True, retain_graph=True)
print(y)
print(dydx)
print(dydx[0].detach().numpy().round(4))
""",
    "agm3_seed_two_outputs_grad_sum": """
import torch
torch.manual_seed(3)
net = torch.nn.Linear(3, 2)
x = torch.randn(1, 3, requires_grad=True)
output = net(x)
g = torch.autograd.grad(output, x, grad_outputs=torch.tensor([[1., 1.]]), retain_graph=True)
g1 = torch.autograd.grad(output[0][0], x, grad_outputs=torch.tensor(1.), retain_graph=True)
g2 = torch.autograd.grad(output[0][1], x, grad_outputs=torch.tensor(1.), retain_graph=True)
print(g)
print(g1[0] + g2[0])
output[0][0].backward(retain_graph=True)
a = x.grad.clone()
x.grad.zero_()
output[0][1].backward(retain_graph=True)
print(a, x.grad, a + x.grad)
""",
    "agm3_jacobian_row_by_row": """
import torch
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = torch.stack([x[0] * x[1], x[1] ** 2, x.sum(), x.prod()])
rows = []
for i in range(y.numel()):
    v = torch.zeros_like(y)
    v[i] = 1
    g, = torch.autograd.grad(y, x, grad_outputs=v, retain_graph=True)
    rows.append(g)
print(torch.stack(rows))
""",
    "agm3_vjp_vector_backward": """
import torch
x = torch.randn(3, requires_grad=True, generator=torch.Generator().manual_seed(7))
y = x * 2
while y.data.norm() < 1000:
    y = y * 2
print(y)
v = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(v)
print(x.grad)
""",
    "agm3_anomaly_detection_nan": """
import torch
x = torch.tensor([0.0, 1.0], requires_grad=True)
with torch.autograd.detect_anomaly():
    y = x.sqrt() * 0
    try:
        y.sum().backward()
    except RuntimeError as e:
        print(e)
print(torch.is_anomaly_enabled())
torch.autograd.set_detect_anomaly(True)
print(torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled())
torch.autograd.set_detect_anomaly(False)
""",
    "agm3_dynamic_control_flow": """
import torch
def f(x):
    y = x
    steps = 0
    while y.norm() < 10:
        y = y * 2
        steps += 1
    if y.sum() > 0:
        return y.sum(), steps
    return -y.sum(), steps
x = torch.tensor([0.3, 0.4], requires_grad=True)
out, steps = f(x)
out.backward()
print(out, steps, x.grad)
""",
    "agm3_autograd_backward_fn_multi": """
import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = torch.tensor([3., 4.], requires_grad=True)
l1 = (a * b).sum()
l2 = (a ** 2).sum()
torch.autograd.backward([l1, l2])
print(a.grad, b.grad)
torch.autograd.backward(a * 2, grad_tensors=torch.tensor([1., -1.]))
print(a.grad)
""",
    "agm3_grad_inputs_kwarg": """
import torch
a = torch.tensor([1., 2.], requires_grad=True)
b = torch.tensor([3., 4.], requires_grad=True)
loss = (a * b).sum()
loss.backward(inputs=[a])
print(a.grad, b.grad)
loss2 = (a * b ** 2).sum()
loss2.backward(inputs=b)
print(a.grad, b.grad)
""",
}
