"""Compat corpus: torch.func tutorials (per-sample grads, ensembles, NTK), forward AD."""

SNIPPETS = {
    "func_per_sample_grads_tutorial": """
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call, vmap, grad

torch.manual_seed(0)

class SimpleCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(8, 6)
        self.fc2 = nn.Linear(6, 3)

    def forward(self, x):
        x = F.relu(self.fc1(x))
        return F.log_softmax(self.fc2(x), dim=-1)

def loss_fn(predictions, targets):
    return F.nll_loss(predictions, targets)

model = SimpleCNN()
batch_size = 4
data = torch.randn(batch_size, 8)
targets = torch.randint(3, (batch_size,))

def compute_grad(sample, target):
    sample = sample.unsqueeze(0)
    target = target.unsqueeze(0)
    prediction = model(sample)
    loss = loss_fn(prediction, target)
    return torch.autograd.grad(loss, list(model.parameters()))

per_sample_grads = [compute_grad(data[i], targets[i]) for i in range(batch_size)]
per_sample_grads = zip(*per_sample_grads)
per_sample_grads = [torch.stack(shards) for shards in per_sample_grads]

params = {k: v.detach() for k, v in model.named_parameters()}
buffers = {k: v.detach() for k, v in model.named_buffers()}

def compute_loss(params, buffers, sample, target):
    batch = sample.unsqueeze(0)
    targets = target.unsqueeze(0)
    predictions = functional_call(model, (params, buffers), (batch,))
    loss = loss_fn(predictions, targets)
    return loss

ft_compute_grad = grad(compute_loss)
ft_compute_sample_grad = vmap(ft_compute_grad, in_dims=(None, None, 0, 0))
ft_per_sample_grads = ft_compute_sample_grad(params, buffers, data, targets)
for per_sample_grad, (name, ft_per_sample_grad) in zip(per_sample_grads,
                                                       ft_per_sample_grads.items()):
    print(name, ft_per_sample_grad.shape,
          torch.allclose(per_sample_grad, ft_per_sample_grad, atol=3e-3, rtol=1e-5))
print(ft_per_sample_grads['fc2.bias'])
""",
    "func_ensembling_tutorial": """
import copy
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import stack_module_state, functional_call

torch.manual_seed(0)

class SimpleMLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(10, 16)
        self.fc2 = nn.Linear(16, 8)
        self.fc3 = nn.Linear(8, 4)

    def forward(self, x):
        x = x.flatten(1)
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.fc3(x)

num_models = 5
data = torch.randn(5, 3, 10)
targets = torch.randint(4, (5,))
models = [SimpleMLP() for _ in range(num_models)]
minibatches = data[:num_models]
predictions_diff_minibatch_loop = [model(minibatch)
                                   for model, minibatch in zip(models, minibatches)]
minibatch = data[0]
predictions2 = [model(minibatch) for model in models]

params, buffers = stack_module_state(models)
print({k: tuple(v.shape) for k, v in params.items()}, buffers)

base_model = copy.deepcopy(models[0])
base_model = base_model.to('meta')

def fmodel(params, buffers, x):
    return functional_call(base_model, (params, buffers), (x,))

print([p.device for p in base_model.parameters()][:2])
predictions1_vmap = torch.vmap(fmodel)(params, buffers, minibatches)
print(predictions1_vmap.shape)
print(torch.allclose(predictions1_vmap, torch.stack(predictions_diff_minibatch_loop),
                     atol=1e-3, rtol=1e-5))
predictions2_vmap = torch.vmap(fmodel, in_dims=(0, 0, None))(params, buffers, minibatch)
print(torch.allclose(predictions2_vmap, torch.stack(predictions2), atol=1e-3, rtol=1e-5))
print(predictions2_vmap[0, 0])
""",
    "func_jacobians_tutorial": """
import torch
import torch.nn.functional as F
from functools import partial
from torch.func import vmap, vjp, jacrev, jacfwd
torch.manual_seed(0)

def predict(weight, bias, x):
    return F.linear(x, weight, bias).tanh()

D = 4
weight = torch.randn(D, D)
bias = torch.randn(D)
x = torch.randn(D)

def compute_jac(xp):
    jacobian_rows = [torch.autograd.grad(predict(weight, bias, xp), xp, vec)[0]
                     for vec in unit_vectors]
    return torch.stack(jacobian_rows)

xp = x.clone().requires_grad_()
unit_vectors = torch.eye(D)
jacobian = compute_jac(xp)
print(jacobian.shape)
print(jacobian[0])

_, vjp_fn = vjp(partial(predict, weight, bias), x)
ft_jacobian, = vmap(vjp_fn)(unit_vectors)
print(torch.allclose(ft_jacobian, jacobian))
ft_jacobian = jacrev(predict, argnums=2)(weight, bias, x)
print(torch.allclose(ft_jacobian, jacobian))
ft_jac_weight, ft_jac_bias = jacrev(predict, argnums=(0, 1))(weight, bias, x)
print(ft_jac_weight.shape, ft_jac_bias.shape)
print(torch.allclose(ft_jac_bias, jacfwd(predict, argnums=1)(weight, bias, x), atol=1e-6))
print(ft_jac_bias)
""",
    "func_hessian_tutorial": """
import torch
import torch.nn.functional as F
from torch.func import hessian, jacfwd, jacrev, vmap
torch.manual_seed(0)

def predict(weight, bias, x):
    return F.linear(x, weight, bias).tanh()

Din, Dout = 3, 2
weight = torch.randn(Dout, Din)
bias = torch.randn(Dout)
x = torch.randn(Din)
hess_api = hessian(predict, argnums=2)(weight, bias, x)
hess_fwdfwd = jacfwd(jacfwd(predict, argnums=2), argnums=2)(weight, bias, x)
hess_revrev = jacrev(jacrev(predict, argnums=2), argnums=2)(weight, bias, x)
print(hess_api.shape)
print(torch.allclose(hess_api, hess_fwdfwd, atol=1e-6),
      torch.allclose(hess_api, hess_revrev, atol=1e-6))
print(hess_api)

batch_size = 4
x = torch.randn(batch_size, Din)
compute_batch_jacobian = vmap(jacrev(predict, argnums=2), in_dims=(None, None, 0))
batch_jacobian0 = compute_batch_jacobian(weight, bias, x)
print(batch_jacobian0.shape)

def predict_with_output_summed(weight, bias, x):
    return predict(weight, bias, x).sum(0)

batch_jacobian1 = jacrev(predict_with_output_summed, argnums=2)(weight, bias, x).movedim(1, 0)
print(torch.allclose(batch_jacobian0, batch_jacobian1))
compute_batch_hessian = vmap(hessian(predict, argnums=2), in_dims=(None, None, 0))
batch_hess = compute_batch_hessian(weight, bias, x)
print(batch_hess.shape)
print(batch_hess[1, 0])
""",
    "func_hvp_forward_over_reverse": """
import torch
from torch.func import jvp, grad, vjp

def hvp(f, primals, tangents):
    return jvp(grad(f), primals, tangents)[1]

def hvp_revrev(f, primals, tangents):
    _, vjp_fn = vjp(grad(f), *primals)
    return vjp_fn(*tangents)

def f(x):
    return x.sin().sum()

x = torch.tensor([0.5, 1.0, -2.0])
tangent = torch.tensor([1.0, 2.0, 3.0])
print(hvp(f, (x,), (tangent,)))
print(hvp_revrev(f, (x,), (tangent,)))
print(-x.sin() * tangent)
""",
    "func_ntk_jacobian_contraction": """
import torch
import torch.nn as nn
from torch.func import functional_call, vmap, jacrev
torch.manual_seed(0)

class CNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 5)
        self.fc2 = nn.Linear(5, 3)

    def forward(self, x):
        return self.fc2(torch.tanh(self.fc1(x)))

net = CNN()
x_train = torch.randn(5, 4)
x_test = torch.randn(2, 4)
params = {k: v.detach() for k, v in net.named_parameters()}

def fnet_single(params, x):
    return functional_call(net, params, (x.unsqueeze(0),)).squeeze(0)

def empirical_ntk_jacobian_contraction(fnet_single, params, x1, x2):
    jac1 = vmap(jacrev(fnet_single), (None, 0))(params, x1)
    jac1 = jac1.values()
    jac1 = [j.flatten(2) for j in jac1]
    jac2 = vmap(jacrev(fnet_single), (None, 0))(params, x2)
    jac2 = jac2.values()
    jac2 = [j.flatten(2) for j in jac2]
    result = torch.stack([torch.einsum('Naf,Mbf->NMab', j1, j2) for j1, j2 in zip(jac1, jac2)])
    result = result.sum(0)
    return result

result = empirical_ntk_jacobian_contraction(fnet_single, params, x_train, x_test)
print(result.shape)
print(result[0, 0].round(decimals=3))

def empirical_ntk_jacobian_contraction_trace(fnet_single, params, x1, x2):
    jac1 = [j.flatten(2) for j in vmap(jacrev(fnet_single), (None, 0))(params, x1).values()]
    jac2 = [j.flatten(2) for j in vmap(jacrev(fnet_single), (None, 0))(params, x2).values()]
    return torch.stack([torch.einsum('Naf,Maf->NM', j1, j2) for j1, j2 in zip(jac1, jac2)]).sum(0)

tr = empirical_ntk_jacobian_contraction_trace(fnet_single, params, x_train, x_test)
print(tr.shape, torch.allclose(tr, result.diagonal(dim1=-2, dim2=-1).sum(-1), atol=1e-4))
""",
    "func_ntk_ntk_vps": """
import torch
import torch.nn as nn
from torch.func import functional_call, vmap, vjp, jvp
torch.manual_seed(1)
net = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2))
params = {k: v.detach() for k, v in net.named_parameters()}

def fnet_single(params, x):
    return functional_call(net, params, (x.unsqueeze(0),)).squeeze(0)

def empirical_ntk_ntk_vps(func, params, x1, x2, compute='full'):
    def get_ntk(x1, x2):
        def func_x1(params):
            return func(params, x1)
        def func_x2(params):
            return func(params, x2)
        output, vjp_fn = vjp(func_x1, params)
        def get_ntk_slice(vec):
            vjps = vjp_fn(vec)
            _, jvps = jvp(func_x2, (params,), vjps)
            return jvps
        basis = torch.eye(output.numel(), dtype=output.dtype,
                          device=output.device).view(output.numel(), -1)
        return vmap(get_ntk_slice)(basis)
    result = vmap(vmap(get_ntk, (None, 0)), (0, None))(x1, x2)
    if compute == 'trace':
        return torch.einsum('NMKK->NM', result)
    return result

x1 = torch.randn(3, 3)
x2 = torch.randn(2, 3)
r = empirical_ntk_ntk_vps(fnet_single, params, x1, x2)
print(r.shape)
print(r[2, 1].round(decimals=4))
print(empirical_ntk_ntk_vps(fnet_single, params, x1, x2, 'trace').round(decimals=4))
""",
    "func_vmap_in_out_dims": """
import torch
from torch.func import vmap
x = torch.arange(6.).reshape(2, 3)
y = torch.arange(3.)
print(vmap(torch.mul, in_dims=(1, 0))(x, y))
print(vmap(torch.add, in_dims=(0, None))(x, y))
print(vmap(lambda a: a * 2, out_dims=1)(x))
print(vmap(lambda a: (a.sum(), a * 0), out_dims=(0, 1))(x))
def f(d):
    return d['a'] + d['b']
print(vmap(f, in_dims=({'a': 0, 'b': 1},))({'a': x, 'b': x.t()}))
print(vmap(lambda a, b: a @ b, in_dims=(0, None))(torch.ones(4, 2, 3), torch.ones(3)))
print(vmap(torch.outer)(torch.tensor([[1., 2.], [3., 4.]]), torch.tensor([[1., 0.], [0., 1.]])))
print(vmap(lambda t: t.sum(-1), in_dims=-1)(torch.ones(2, 3, 4)).shape)
""",
    "func_vmap_nested_and_out_none": """
import torch
from torch.func import vmap
x = torch.arange(12.).reshape(3, 4)
y = torch.arange(5.)
print(vmap(vmap(torch.mul, in_dims=(None, 0)), in_dims=(0, None))(x[:, 0], y))
batched_dot = vmap(vmap(torch.dot))
a = torch.ones(2, 3, 4)
print(batched_dot(a, a))
def f(t, c):
    return t * 2, c
out, c = vmap(f, in_dims=(0, None), out_dims=(0, None))(x, torch.tensor(3.))
print(out.shape, c)
print(vmap(torch.trace)(torch.eye(3).expand(4, 3, 3)))
""",
    "func_vmap_randomness_modes": """
import torch
from torch.func import vmap
torch.manual_seed(0)
x = torch.zeros(3, 2)
try:
    vmap(lambda t: t + torch.rand(2))(x)
except RuntimeError as e:
    print(e)
try:
    vmap(lambda t: torch.nn.functional.dropout(t, 0.5))(x)
except RuntimeError as e:
    print(e)
same = vmap(lambda t: t + torch.rand(2), randomness='same')(x)
print(same.shape, torch.equal(same[0], same[1]))
diff = vmap(lambda t: t + torch.rand(2), randomness='different')(x)
print(diff.shape, torch.equal(diff[0], diff[1]))
try:
    vmap(lambda t: t, randomness='sometimes')(x)
except RuntimeError as e:
    print(e)
""",
    "func_forward_ad_dual_basics": """
import torch
import torch.autograd.forward_ad as fwAD
primal = torch.tensor([1.0, 2.0, 3.0])
tangent = torch.tensor([1.0, 0.0, 0.5])

def fn(x, y):
    return x ** 2 + y ** 2

with fwAD.dual_level():
    dual_input = fwAD.make_dual(primal, tangent)
    print(dual_input)
    plain_tensor = torch.ones(3)
    dual_output = fn(dual_input, plain_tensor)
    print(dual_output)
    jvp = fwAD.unpack_dual(dual_output).tangent
    print(jvp)
    print(fwAD.unpack_dual(dual_output))
    print(fwAD.unpack_dual(plain_tensor))
    p, t = fwAD.unpack_dual(dual_output)
    print(p, t)
print(fwAD.unpack_dual(dual_output).tangent)
""",
    "func_forward_ad_module": """
import torch
import torch.nn as nn
import torch.autograd.forward_ad as fwAD
torch.manual_seed(0)
model = nn.Linear(5, 5)
input = torch.randn(16, 5)
params = {name: p for name, p in model.named_parameters()}
tangents = {name: torch.rand_like(p) for name, p in params.items()}

with fwAD.dual_level():
    for name, p in params.items():
        delattr(model, name)
        setattr(model, name, fwAD.make_dual(p, tangents[name]))
    out = model(input)
    jvp = fwAD.unpack_dual(out).tangent
print(jvp.shape)
print(jvp[0])
""",
    "func_forward_ad_functional_call": """
import torch
import torch.nn as nn
import torch.autograd.forward_ad as fwAD
from torch.func import functional_call
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 2))
input = torch.randn(6, 4)
params = {name: p for name, p in model.named_parameters()}
tangents = {name: torch.rand_like(p) for name, p in params.items()}
with fwAD.dual_level():
    dual_params = {name: fwAD.make_dual(p, tangents[name]) for name, p in params.items()}
    out = functional_call(model, dual_params, input)
    jvp = fwAD.unpack_dual(out).tangent
print(jvp)
from torch.func import jvp as fjvp
def f(p):
    return functional_call(model, p, (input,))
_, jvp_out = fjvp(f, (params,), (tangents,))
print(torch.allclose(jvp, jvp_out, atol=1e-6))
""",
    "func_forward_ad_custom_function": """
import torch
import torch.autograd.forward_ad as fwAD

class Fn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, foo):
        result = torch.exp(foo)
        ctx.result = result
        return result

    @staticmethod
    def jvp(ctx, gI):
        gO = gI * ctx.result
        del ctx.result
        return gO

fn = Fn.apply
primal = torch.tensor([0.1, -0.2, 0.3], dtype=torch.double, requires_grad=True)
tangent = torch.tensor([1.0, 2.0, 3.0], dtype=torch.double)
with fwAD.dual_level():
    dual_input = fwAD.make_dual(primal, tangent)
    dual_output = fn(dual_input)
    jvp = fwAD.unpack_dual(dual_output).tangent
print(jvp)
""",
    "func_forward_ad_errors": """
import torch
import torch.autograd.forward_ad as fwAD
x = torch.ones(3)
try:
    fwAD.make_dual(x, torch.ones(3))
except RuntimeError as e:
    print(e)
with fwAD.dual_level():
    try:
        fwAD.make_dual(x, torch.ones(2))
    except RuntimeError as e:
        print(e)
    try:
        fwAD.make_dual(x, torch.ones(3, dtype=torch.long))
    except ValueError as e:
        print(e)
    d = fwAD.make_dual(x, torch.ones(3))
    print(fwAD.unpack_dual(d.sum()).tangent, fwAD.unpack_dual(d.exp()).tangent)
""",
    "func_forward_ad_jacobian_columns": """
import torch
import torch.autograd.forward_ad as fwAD
def f(x):
    return torch.stack([x[0] * x[1], x[1].sin(), x.sum()])
x = torch.tensor([1.0, 2.0])
cols = []
for i in range(2):
    with fwAD.dual_level():
        d = fwAD.make_dual(x, torch.eye(2)[i])
        cols.append(fwAD.unpack_dual(f(d)).tangent)
J = torch.stack(cols, dim=1)
print(J)
print(torch.autograd.functional.jacobian(f, x))
print(torch.func.jacfwd(f)(x))
""",
    "func_autograd_functional_jacobian": """
import torch
from torch.autograd.functional import jacobian
def exp_reducer(x):
    return x.exp().sum(dim=1)
inputs = torch.tensor([[0.1, 0.2], [0.3, 0.4]])
print(jacobian(exp_reducer, inputs))
print(jacobian(exp_reducer, inputs, create_graph=True))
def exp_adder(x, y):
    return 2 * x.exp() + 3 * y
inputs = (torch.tensor([0.5, 1.0]), torch.tensor([1.0, 2.0]))
print(jacobian(exp_adder, inputs))
print(jacobian(exp_adder, inputs, vectorize=True))
print(jacobian(exp_adder, inputs, vectorize=True, strategy='forward-mode'))
""",
    "func_autograd_functional_hessian": """
import torch
from torch.autograd.functional import hessian
def pow_reducer(x):
    return x.pow(3).sum()
inputs = torch.tensor([[0.5, 1.0], [1.5, 2.0]])
print(hessian(pow_reducer, inputs))
print(hessian(pow_reducer, inputs, create_graph=True).grad_fn is not None)
def pow_adder_reducer(x, y):
    return (2 * x.pow(2) + 3 * y.pow(2)).sum()
inputs = (torch.tensor([1., 2.]), torch.tensor([3., 4.]))
h = hessian(pow_adder_reducer, inputs)
print(h)
print(hessian(pow_adder_reducer, inputs, vectorize=True)[1][1])
""",
    "func_autograd_functional_vjp_jvp": """
import torch
from torch.autograd.functional import vjp, jvp
def exp_reducer(x):
    return x.exp().sum(dim=1)
inputs = torch.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6]])
v = torch.ones(2)
print(vjp(exp_reducer, inputs, v))
print(vjp(exp_reducer, inputs, v, create_graph=True))
def adder(x, y):
    return 2 * x + 3 * y
inputs = (torch.tensor([1., 2.]), torch.tensor([3., 4.]))
v = torch.ones(2)
print(vjp(adder, inputs, v))
v = (torch.ones(2), torch.ones(2))
print(jvp(adder, inputs, v))
print(jvp(exp_reducer, torch.tensor([[0.1, 0.2], [0.3, 0.4]]), torch.ones(2, 2)))
""",
    "func_autograd_functional_hvp_vhp": """
import torch
from torch.autograd.functional import hvp, vhp
def pow_reducer(x):
    return x.pow(3).sum()
inputs = torch.tensor([[0.5, 1.0], [1.5, 2.0]])
v = torch.ones(2, 2)
print(vhp(pow_reducer, inputs, v))
print(hvp(pow_reducer, inputs, v))
def pow_adder_reducer(x, y):
    return (2 * x.pow(2) + 3 * y.pow(2)).sum()
inputs = (torch.tensor([1., 2.]), torch.tensor([3., 4.]))
v = (torch.zeros(2), torch.ones(2))
print(vhp(pow_adder_reducer, inputs, v))
print(hvp(pow_adder_reducer, inputs, v, create_graph=True))
""",
    "func_autograd_functional_strict": """
import torch
from torch.autograd.functional import jacobian, vjp, hessian, jvp
def f(x, y):
    return x * 2
x, y = torch.ones(2), torch.ones(2)
print(jacobian(f, (x, y)))
try:
    jacobian(f, (x, y), strict=True)
except RuntimeError as e:
    print(e)
def g(x):
    return torch.ones(2)
try:
    vjp(g, x, torch.ones(2), strict=True)
except RuntimeError as e:
    print(e)
print(vjp(g, x, torch.ones(2)))
try:
    jacobian(f, (x, y), strict=True, vectorize=True)
except RuntimeError as e:
    print(e)
try:
    hessian(lambda x: x.sum(), x, strict=True)
except RuntimeError as e:
    print(e)
try:
    jvp(f, (x, y), (x, y), strict=True)
except RuntimeError as e:
    print(e)
""",
    "func_autograd_functional_errors": """
import torch
from torch.autograd.functional import jacobian, vjp, hessian, hvp
try:
    jacobian(lambda x: x, [1.0, 2.0])
except TypeError as e:
    print(e)
try:
    vjp(lambda x: x.sum(), torch.ones(2), torch.ones(3))
except RuntimeError as e:
    print(e)
try:
    hessian(lambda x: x * 2, torch.ones(2))
except RuntimeError as e:
    print(e)
try:
    hvp(lambda x: (x ** 2).sum(), torch.ones(2), torch.ones(3))
except RuntimeError as e:
    print(e)
try:
    vjp(lambda x: x * 2, torch.ones(2))
except RuntimeError as e:
    print(e)
try:
    jacobian(lambda x: x, torch.ones(2), strategy='forward-mode')
except NotImplementedError as e:
    print(e)
""",
    "func_grad_errors": """
import torch
from torch.func import grad, grad_and_value, vjp, jacrev
x = torch.randn(3)
try:
    grad(lambda x: x * 2)(x)
except RuntimeError as e:
    print(e)
try:
    grad(lambda x: 3.0)(x)
except RuntimeError as e:
    print(e)
try:
    grad_and_value(lambda x: x.sum(), argnums=2)(x)
except RuntimeError as e:
    print(e)
try:
    grad(lambda x: x.sum(), argnums=())(x)
except RuntimeError as e:
    print(e)
try:
    grad(lambda x: x.sum(), has_aux=True)(x)
except RuntimeError as e:
    print(e)
try:
    jacrev(lambda x: (x, 1.0))(x)
except RuntimeError as e:
    print(e)
try:
    vjp(lambda x: 2.0, x)
except RuntimeError as e:
    print(e)
""",
    "func_vmap_errors": """
import torch
from torch.func import vmap
x = torch.randn(3, 2)
try:
    vmap(lambda t: 1.0)(x)
except ValueError as e:
    print(e)
try:
    vmap(torch.add, in_dims=(0, 0))(x, torch.randn(4, 2))
except ValueError as e:
    print(e)
try:
    vmap(torch.add, in_dims=(0,))(x, x)
except ValueError as e:
    print(e)
try:
    vmap(torch.sum, in_dims=2)(x)
except ValueError as e:
    print(e)
try:
    vmap(lambda t: t.sum(), in_dims=[0])(x)
except ValueError as e:
    print(e)
try:
    vmap(lambda t, n: t * n)(x, 3)
except ValueError as e:
    print(e)
try:
    vmap(lambda t: t)(3.0)
except ValueError as e:
    print(e)
try:
    vmap(lambda t: t.item())(x)
except RuntimeError as e:
    print(e)
""",
    "func_vmap_inplace_captured": """
import torch
from torch.func import vmap
x = torch.randn(3)
y = torch.zeros(3)
def f(t):
    y.add_(t)
    return y
try:
    vmap(f)(torch.randn(4, 3))
except RuntimeError as e:
    print(e)
def g(t):
    t.mul_(2)
    return t
b = torch.arange(6.).reshape(2, 3)
print(vmap(g)(b))
print(b)
def h(t):
    out = torch.zeros(3)
    out.copy_(t)
    return out
try:
    print(vmap(h)(b))
except RuntimeError as e:
    print(e)
def k(t):
    z = t.clone()
    z[0] = 5.0
    return z
print(vmap(k)(b))
""",
    "func_grad_has_aux_argnums": """
import torch
from torch.func import grad, grad_and_value
def f(x, y):
    loss = (x * y).sum()
    return loss, {'x_norm': x.norm(), 'pred': x * y}
x = torch.tensor([1., 2., 3.])
y = torch.tensor([4., 5., 6.])
g, aux = grad(f, has_aux=True)(x, y)
print(g, aux)
(gx, gy), aux = grad(f, argnums=(0, 1), has_aux=True)(x, y)
print(gx, gy)
g, (val, aux) = grad_and_value(f, argnums=1, has_aux=True)(x, y)
print(g, val, aux['pred'])
gd = grad(lambda d: (d['a'] ** 2).sum() + d['b'].sum())({'a': x, 'b': y})
print(gd)
print(grad(lambda x, y: (x * y).sum(), argnums=-1)(x, y))
""",
    "func_jacrev_jacfwd_argnums_aux": """
import torch
from torch.func import jacrev, jacfwd
def f(x, y):
    out = x.sin() * y
    return out, out.sum()
x = torch.tensor([0.1, 0.2, 0.3])
y = torch.tensor([1., 2., 3.])
j, aux = jacrev(f, has_aux=True)(x, y)
print(j, aux)
j, aux = jacfwd(f, argnums=(0, 1), has_aux=True)(x, y)
print(j[0].shape, j[1], aux)
print(jacrev(lambda x: x.cos(), chunk_size=1)(x))
print(jacrev(lambda x: (x.exp(), x.sum()), chunk_size=2)(x))
def g(d):
    return {'s': d['a'] * d['b'], 't': d['a'].sum()}
print(jacrev(g)({'a': x, 'b': y}))
""",
    "func_hessian_argnums_tuple": """
import torch
from torch.func import hessian
def f(x, y):
    return (x ** 2 * y).sum() + (x * y.exp()).sum()
x = torch.tensor([1., 2.])
y = torch.tensor([0.5, -0.5])
H = hessian(f, argnums=(0, 1))(x, y)
print(H[0][0])
print(H[0][1])
print(H[1][0])
print(H[1][1])
print(hessian(lambda x: x.prod())(torch.tensor([1., 2., 3.])))
""",
    "func_jvp_vjp_linearize": """
import torch
from torch.func import jvp, vjp, linearize
x = torch.tensor([0.5, 1.5, -1.0])
out, jvp_out = jvp(torch.sin, (x,), (torch.ones(3),))
print(out, jvp_out)
f = lambda x, y: x * y + y.exp()
y = torch.tensor([1., 2., 3.])
out, tang = jvp(f, (x, y), (torch.ones(3), torch.zeros(3)))
print(tang)
out, vjp_fn = vjp(f, x, y)
print(vjp_fn(torch.ones(3)))
out, jvp_fn = linearize(torch.sin, x)
print(out, jvp_fn(torch.ones(3)), jvp_fn(torch.tensor([2., 0., 1.])))
out, tang, aux = jvp(lambda x: (x ** 2, x.sum()), (x,), (torch.ones(3),), has_aux=True)
print(out, tang, aux)
out, vjp_fn, aux = vjp(lambda x: (x ** 2, {'m': x.mean()}), x, has_aux=True)
print(vjp_fn(torch.ones(3)), aux)
""",
    "func_jvp_errors": """
import torch
from torch.func import jvp, vjp
x = torch.ones(3)
try:
    jvp(torch.sin, x, (x,))
except RuntimeError as e:
    print(e)
try:
    jvp(torch.sin, (x,), (x, x))
except RuntimeError as e:
    print(e)
try:
    jvp(torch.sin, (x,), (torch.ones(2),))
except RuntimeError as e:
    print(e)
out, fn = vjp(torch.sin, x)
print(fn(torch.ones(3)))
""",
}
