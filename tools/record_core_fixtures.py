"""Record torch's core autograd behaviour into tests/fixtures/core_*.json (run with the torch venv).

Usage: /work/torchenv/bin/python tools/record_core_fixtures.py

Each case is a snippet that appends what it observes (reprs, values, messages) to ``out``. The
snippets and the helper prelude are stored with torch's observations, so the tests run the very
same code with ``torch`` bound to chainrule and compare ``out`` entry by entry.
"""

import json
import pathlib
import textwrap

import torch

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "tests" / "fixtures"

PRELUDE = '''
import warnings


def err(fn):
    """Return "<ExceptionType>: <message>" raised by fn(), or "no error"."""
    try:
        fn()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "no error"


def warns(fn):
    """Return the warnings fn() emits, without torch's build-specific "(Triggered ...)" tail."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fn()
    return [f"{w.category.__name__}: {str(w.message).split(' (Triggered internally')[0]}"
            for w in caught]


def quiet(fn):
    """Call fn() with warnings silenced (torch warns some things only once per process)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fn()


def name(fn):
    """Return a graph node's class name (None for no node)."""
    return None if fn is None else type(fn).__name__


def edges(t):
    """Return the grad_fn's next_functions as [node name, input_nr] pairs."""
    return [[name(f), nr] for f, nr in t.grad_fn.next_functions]
'''

ENGINE = {
    "diamond": """
x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
a = x * 2
b = x.sin()
y = (a * b).sum()
y.backward()
out += [repr(y), repr(x.grad)]
x2 = torch.tensor(1.5, requires_grad=True)
h = x2.exp()
out.append(repr(torch.autograd.grad(h * h + h.cos(), x2)))
""",
    "shared_input": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, -1.0], requires_grad=True)
y = x * x + x * w + x
y.sum().backward()
out += [repr(y), repr(x.grad), repr(w.grad), edges(y)]
z = x * x
out.append(edges(z))
""",
    "accumulation": """
x = torch.tensor([1.0, 3.0], requires_grad=True)
y = (x ** 2).sum()
y.backward(retain_graph=True)
first = x.grad
out.append(repr(x.grad))
y.backward(retain_graph=True)
out += [repr(x.grad), repr(first), first is x.grad]
(x * 5).sum().backward()
out.append(repr(x.grad))
x.grad = None
(x * 5).sum().backward()
out.append(repr(x.grad))
x.grad.zero_()
out.append(repr(x.grad))
""",
    "retain_graph_error": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x.exp() * x).sum()
y.backward()
out.append(err(lambda: y.backward()))
out.append(err(lambda: torch.autograd.grad(y, x)))
z = (x + 3).sum()
z.backward()
z.backward()
out.append(repr(x.grad))
s = x.sigmoid()
s.sum().backward()
out.append(err(lambda: s.grad_fn._saved_result))
""",
    "create_graph_orders": """
x = torch.tensor([0.3, 0.7, 1.2], dtype=torch.float64, requires_grad=True)
other = torch.tensor([1.5, -0.5, 2.0], dtype=torch.float64)
fns = {
    "mul": lambda t: t * t * other,
    "div": lambda t: other / (t + 2),
    "pow": lambda t: t ** 3,
    "pow_tensor": lambda t: (t + 1) ** t,
    "exp": lambda t: t.exp(),
    "log": lambda t: t.log(),
    "sin": lambda t: t.sin(),
    "cos": lambda t: t.cos(),
    "tan": lambda t: t.tan(),
    "tanh": lambda t: t.tanh(),
    "sigmoid": lambda t: t.sigmoid(),
    "sqrt": lambda t: t.sqrt(),
    "reciprocal": lambda t: t.reciprocal(),
    "sub_neg": lambda t: -(t - 2 * t * t),
    "sum": lambda t: t.sum() ** 2,
    "mean": lambda t: t.mean() ** 3,
    "matmul": lambda t: (t.reshape(3, 1) @ t.reshape(1, 3)).sum(0) ** 2,
    "prod": lambda t: t.prod() * t,
}
for key, f in fns.items():
    (g1,) = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    (g2,) = torch.autograd.grad(g1.sum(), x, create_graph=True)
    g3 = torch.autograd.grad(g2.sum(), x)[0].tolist() if g2.requires_grad else "constant"
    out.append([key, g1.tolist(), g2.tolist(), g3])
""",
    "create_graph_node_names": """
x = torch.tensor([0.3, 0.7, 1.2], requires_grad=True)
other = torch.tensor([1.5, -0.5, 2.0])
fns = {
    "mul": lambda t: t * t * other,
    "div": lambda t: other / (t + 2),
    "pow": lambda t: t ** 3,
    "exp": lambda t: t.exp(),
    "log": lambda t: t.log(),
    "sin": lambda t: t.sin(),
    "cos": lambda t: t.cos(),
    "tanh": lambda t: t.tanh(),
    "sigmoid": lambda t: t.sigmoid(),
    "sqrt": lambda t: t.sqrt(),
    "sum": lambda t: t.sum() ** 2,
    "mean": lambda t: t.mean() ** 3,
    "mean_dim": lambda t: t.reshape(3, 1).mean(1) ** 3,
    "matmul": lambda t: (t.reshape(3, 1) @ t.reshape(1, 3)).sum(0) ** 2,
}
for key, f in fns.items():
    (g1,) = torch.autograd.grad(f(x).sum(), x, create_graph=True)
    (g2,) = torch.autograd.grad(g1.sum(), x, create_graph=True)
    out.append([key, repr(g1), repr(g2)])
""",
    "backward_create_graph": """
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
out += warns(lambda: y.backward(create_graph=True))
out.append(repr(x.grad))
g = x.grad
x.grad = None
g.backward()
out.append(repr(x.grad))
""",
    "backward_inputs": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
h = x * w
y = (h * h).sum()
y.backward(inputs=[w], retain_graph=True)
out += [repr(x.grad), repr(w.grad)]
y.backward(inputs=x, retain_graph=True)
out += [repr(x.grad), repr(w.grad)]
h.retain_grad()
y.backward(inputs=[h])
out += [repr(h.grad), repr(x.grad), repr(w.grad)]
out.append(err(lambda: (x * 2).sum().backward(inputs=[])))
""",
    "grad_inputs_and_unused": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([3.0, 4.0], requires_grad=True)
u = torch.tensor([5.0], requires_grad=True)
h = x * w
y = (h ** 2).sum()
out.append(repr(torch.autograd.grad(y, [x, h], retain_graph=True)))
out.append(repr(torch.autograd.grad(y, (w,), retain_graph=True)))
out.append(err(lambda: torch.autograd.grad(y, [x, u], retain_graph=True)))
out.append(repr(torch.autograd.grad(y, [x, u], retain_graph=True, allow_unused=True)))
out.append(repr(torch.autograd.grad(y, [u, x], retain_graph=True, allow_unused=True,
                                    materialize_grads=True)))
out.append(err(lambda: torch.autograd.grad(y, [torch.tensor(1.0)], retain_graph=True)))
out += [repr(x.grad), repr(w.grad)]
""",
    "grad_outputs": """
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * x
out.append(repr(torch.autograd.grad(y, x, grad_outputs=torch.tensor([1.0, 0.5, -1.0]),
                                    retain_graph=True)))
out.append(err(lambda: torch.autograd.grad(y, x, grad_outputs=torch.ones(4),
                                           retain_graph=True)))
out.append(err(lambda: y.backward(torch.ones(2, 2), retain_graph=True)))
out.append(err(lambda: y.backward()))
out.append(err(lambda: torch.autograd.grad(y, x)))
out.append(repr(torch.autograd.grad([y.sum(), y[0]], x, retain_graph=True)))
y.backward(torch.tensor([2, 1, 0]))
out.append(repr(x.grad))
""",
    "no_graph_error": """
a = torch.tensor([1.0, 2.0])
out.append(err(lambda: a.sum().backward()))
x = torch.tensor([1.0], requires_grad=True)
out.append(err(lambda: torch.autograd.backward([x.sum(), a.sum()])))
out.append(err(lambda: torch.autograd.grad(a.sum(), x)))
""",
    "grad_modes": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    a = x * 2
    with torch.enable_grad():
        b = x * 2
out += [repr(a), repr(b), torch.is_grad_enabled()]
with torch.set_grad_enabled(False):
    c = x * 2
out += [repr(c), torch.is_grad_enabled()]
torch.set_grad_enabled(False)
d = x * 2
torch.set_grad_enabled(True)
out += [repr(d), torch.is_grad_enabled()]
with torch.inference_mode():
    e = x * 2
    out.append(torch.is_inference_mode_enabled())
with torch.inference_mode(False):
    f = x * 2
out += [repr(e), repr(f), torch.is_inference_mode_enabled()]


@torch.no_grad()
def called_no_grad(t):
    return t * 3


@torch.no_grad
def bare_no_grad(t):
    return t * 3


@torch.enable_grad()
def called_enable_grad(t):
    return t * 3


@torch.enable_grad
def bare_enable_grad(t):
    return t * 3


@torch.set_grad_enabled(False)
def set_false(t):
    return t * 3


@torch.inference_mode()
def called_inference(t):
    return t * 3


@torch.inference_mode
def bare_inference(t):
    return t * 3


out += [repr(called_no_grad(x)), repr(bare_no_grad(x)), torch.is_grad_enabled()]
with torch.no_grad():
    out += [repr(called_enable_grad(x)), repr(bare_enable_grad(x)), torch.is_grad_enabled()]
out += [repr(set_false(x)), torch.is_grad_enabled()]
out += [repr(called_inference(x)), repr(bare_inference(x)), torch.is_inference_mode_enabled()]
out += [bare_no_grad.__name__, called_enable_grad.__name__]
""",
    "grad_mode_objects": """
out.append(repr(torch.set_grad_enabled(False)))
out.append(torch.is_grad_enabled())
out.append(repr(torch.set_grad_enabled(True)))
out.append(err(lambda: torch.set_grad_enabled(1)))
out.append(torch.is_grad_enabled())
""",
    "retain_grad": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
y.retain_grad()
z = (y * y).sum()
z.backward(retain_graph=True)
out += [repr(y.grad), y.retains_grad, x.retains_grad, y.is_leaf]
z.backward()
out.append(repr(y.grad))
w = x * 2
out += warns(lambda: w.grad)
out += warns(lambda: x.grad)
""",
    "detach": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
d = y.detach()
out += [repr(d), d.requires_grad, d.is_leaf, d._version]
d.zero_()
out += [repr(y), y._version]
z = x * 5
z.detach_()
out += [repr(z), z.requires_grad, z.is_leaf, z.grad_fn]
v = x[:1]
out.append(err(lambda: v.detach_()))
""",
    "inplace_non_leaf": """
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y += 1
out += [repr(y), y._version, edges(y)]
y.sum().backward()
out.append(repr(x.grad))
x.grad = None
y = x * 2
y[0] = 5
out += [repr(y), y._version, edges(y)]
y.sum().backward()
out.append(repr(x.grad))
x.grad = None
y = x * 2
y[0] += x[1]
out += [repr(y), y._version]
(y * y).sum().backward()
out.append(repr(x.grad))
x.grad = None
y = x.exp()
y.mul_(2)
out += [repr(y), edges(y), err(lambda: y.sum().backward())]
y = x.sin()
y.mul_(2)
y.sum().backward()
out += [repr(y), repr(x.grad)]
""",
    "saved_tensor_modified": """
x = torch.tensor([[1.0, 2.0, 3.0]] * 3, requires_grad=True)
y = x.sigmoid()
z = y * 1
y.add_(1)
out.append(err(lambda: z.sum().backward()))
y2 = (x * 1).sigmoid()
y2.mul_(2)
out.append(err(lambda: y2.sum().backward()))
a = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64, requires_grad=True)
b = a * 1
c = b.exp()
b.add_(1)
out.append(repr(err(lambda: c.sum().backward())))
d = a * 1
e = d * d
d.add_(1)
out.append(err(lambda: e.sum().backward()))
""",
    "grad_fn_names": """
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
v = torch.tensor([1.0, -1.0], requires_grad=True)
cases = [x + 1, 2 + x, x + v, x - 1, 1 - x, x * 2, x * x, x / 2, 2 / x, x ** 2, x ** v, 2 ** x,
         -x, x.exp(), x.log(), x.sin(), x.cos(), x.tanh(), x.sigmoid(), x.sqrt(), x.abs(),
         x.relu(), x.sum(), x.sum(0), x.mean(), x.mean(1), x.max(), x.max(0).values,
         x.amax(1), x.prod(), x @ x, x @ v, v @ x, v @ v, x.t(), x.T, x.mT, x.transpose(0, 1),
         x.reshape(4), x.view(4), x.t().reshape(4), x.flatten(), x[0], x[:, 1], x[1:], x[None],
         x[[0, 1]], x.unsqueeze(0), x.squeeze(), x.expand(3, 2, 2), x.clone(), x.double(),
         torch.cat([x, x]), torch.stack([x, x]), x.cumsum(0), x.clamp(0, 2),
         torch.where(x > 2, x, v), torch.maximum(x, v), x.norm(), x.permute(1, 0)]
out.append([name(c.grad_fn) for c in cases])
out.append([edges(c) for c in (x + 1, x * v, 2 ** x, x @ v, torch.cat([x, x.detach()]))])
out.append([name(f) for f, _ in (x * 2).sum().grad_fn.next_functions])
leaf_edge = (x * 2).grad_fn.next_functions[0][0]
out += [name(leaf_edge), leaf_edge.variable is x, leaf_edge.next_functions]
out.append(repr(x.grad_fn))
""",
    "hooks": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
seen = []
hx = x.register_hook(lambda g: seen.append(["x", repr(g)]))
y = x * 3
hy = y.register_hook(lambda g: g * 10)
y.register_hook(lambda g: seen.append(["y", repr(g)]))
z = (y * y).sum()
z.backward(retain_graph=True)
out += [seen, repr(x.grad)]
hy.remove()
hx.remove()
seen.clear()
x.grad = None
z.backward()
out += [seen, repr(x.grad)]
w = torch.tensor([1.0, 2.0], requires_grad=True)
w.register_hook(lambda g: g + 1)
(w * w).sum().backward()
out.append(repr(w.grad))
out.append(err(lambda: torch.tensor([1.0]).register_hook(lambda g: g)))
""",
    "broadcast_and_dtypes": """
a = torch.tensor([[1.0, 2.0, 3.0]], requires_grad=True)
b = torch.tensor([[1.0], [2.0]], dtype=torch.float64, requires_grad=True)
s = torch.tensor(2.0, requires_grad=True)
y = a * b + s
out.append(repr(y))
y.sum().backward()
out += [repr(a.grad), repr(b.grad), repr(s.grad)]
e = torch.tensor([1.0, 2.0], requires_grad=True)
f = e.expand(3, 2)
(f * torch.tensor([[1.0], [2.0], [3.0]])).sum().backward()
out.append(repr(e.grad))
h = torch.tensor([1.0, 2.0], requires_grad=True)
(h.double() * 2).sum().backward()
out.append(repr(h.grad))
""",
    "creation": """
a = torch.tensor([1.0, 2.0], requires_grad=True)
out += [repr(torch.tensor([1, 2])), repr(torch.tensor([1, 2.0])), repr(torch.tensor([True])),
        repr(torch.tensor(3)), repr(torch.tensor([])), repr(torch.tensor([[1, 2], [3, 4]]))]
out += warns(lambda: torch.tensor(a))
copies = []
out += warns(lambda: copies.append(torch.tensor(a.detach())))
c = copies[0]
out += [repr(c), c.requires_grad]
out += [repr(torch.zeros(2, 3)), repr(torch.ones((2,), dtype=torch.int32)),
        repr(torch.arange(5)), repr(torch.arange(0, 1, 0.25)), repr(torch.full((2,), 7)),
        repr(torch.full((2,), 7.0)), repr(torch.linspace(0, 1, 5)), repr(torch.eye(2)),
        repr(torch.zeros_like(a)), repr(torch.ones_like(a, requires_grad=True)),
        repr(torch.empty(0, 3)), repr(torch.tensor([1.5, 2.5], dtype=torch.float64)),
        repr(torch.tensor(2.5, requires_grad=True)), repr(torch.tensor([[1.0], [2.0]]).shape)]
t = torch.tensor([1.0, 2.0]).requires_grad_()
out += [repr(t), t.is_leaf, repr(a.detach().requires_grad_(True))]
""",
    "sgd_step_pattern": """
w = torch.tensor([1.0, -2.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
xs = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
ys = torch.tensor([1.0, 2.0, 3.0])
for step in range(3):
    loss = ((xs @ w + b - ys) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= 0.01 * w.grad
        b -= 0.01 * b.grad
    w.grad.zero_()
    b.grad = None
    out.append([repr(loss), repr(w), repr(b), w._version])
""",
    "inplace_through_views": """
x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 1
v = y[1:3]
v.mul_(10)
out += [repr(y), repr(v), name(v.grad_fn)]
y.sum().backward()
out.append(repr(x.grad))
x.grad = None
y = x * 1
y[[0, 2]] = torch.tensor([7.0, 8.0])
out += [repr(y)]
y.sum().backward()
out.append(repr(x.grad))
x.grad = None
y = (x * 1).reshape(2, 2)
y[0, 1] = x[3] * 2
out.append(repr(y))
(y * y).sum().backward()
out.append(repr(x.grad))
x.grad = None
y = x * 1
y[y > 2] = 0
out.append(repr(y))
y.sum().backward()
out.append(repr(x.grad))
x.grad = None
y = x.clone()
y[1:] += x[:3]
out.append(repr(y))
y.sum().backward()
out.append(repr(x.grad))
""",
    "inplace_through_reshape_views": """
x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
b = x * 1
v = b.view(2, 2)
v.mul_(2)
out += [repr(b), repr(v), name(b.grad_fn), name(v.grad_fn), edges(v)]
(v * v).sum().backward()
out.append(repr(x.grad))
x.grad = None
b = x * 1
v = b.view(2, 2).t()
v[0] = 0
out += [repr(b), repr(v), name(b.grad_fn), name(v.grad_fn)]
(v * b.view(2, 2)).sum().backward()
out.append(repr(x.grad))
x.grad = None
z = torch.zeros(4)
w = z[1:3]
w.add_(x[:2] * 3)
out += [repr(z), repr(w), name(z.grad_fn), name(w.grad_fn), z.requires_grad]
z.sum().backward()
out.append(repr(x.grad))
x.grad = None
b = x * 1
s = b[1:]
s[0] = 10
out += [repr(b), repr(s), name(s.grad_fn), edges(s)]
(s * s).sum().backward()
out.append(repr(x.grad))
b = x * 1
u = b.unsqueeze(0)
u.add_(1)
out += [repr(b), repr(u), name(u.grad_fn)]
""",
    "backward_variants": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
y1 = x * 2
y2 = x ** 2
torch.autograd.backward([y1.sum(), y2], [None, torch.tensor([1.0, 1.0])], retain_graph=True)
out.append(repr(x.grad))
x.grad = None
torch.autograd.backward(y2, grad_tensors=torch.tensor([1.0, 0.0]), retain_graph=True)
out.append(repr(x.grad))
out.append(err(lambda: torch.autograd.backward([y1.sum(), y2])))
out.append(err(lambda: torch.autograd.grad([y1.sum()], [x], grad_outputs=[None, None])))
out.append(err(lambda: torch.autograd.grad([y1.sum(), y2.sum()], [x], grad_outputs=[None])))
z = x * 3
out.append(repr(torch.autograd.grad(z, x, torch.ones(2), retain_graph=True)))
out.append(repr(torch.autograd.grad(z.sum(), [x, x])))
""",
    "grad_of_grad_edges": """
x = torch.tensor(2.0, requires_grad=True)
y = x.sin() * x
(g,) = torch.autograd.grad(y, x, create_graph=True)
out += [repr(g), edges(g)]
(h,) = torch.autograd.grad(g, x)
out.append(repr(h))
""",
    "no_grad_results": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
out += [y.requires_grad, y.is_leaf, y.grad_fn]
z = y * x
out += [repr(z), edges(z)]
a = torch.tensor([1.0])
out += [a.is_leaf, (a * 2).is_leaf, (a*2).requires_grad]
out.append(repr(x.sum().grad_fn.next_functions[0][0].next_functions))
out.append(x.grad_fn)
out.append(repr(x.data))
out.append(x.data.is_leaf)
""",
    "integer_grad_outputs": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * x
out.append(repr(torch.autograd.grad(y, x, torch.tensor([1, 2]), retain_graph=True)))
out.append(repr(torch.autograd.grad(y.sum(), x, torch.tensor(2), retain_graph=True)))
out.append(repr(torch.autograd.grad(y.sum(), x, torch.tensor(2.0, dtype=torch.float64))))
""",
    "version_counter": """
x = torch.tensor([1.0, 2.0])
v = x[0]
out.append([x._version, v._version])
x.add_(1)
out.append([x._version, v._version])
v.mul_(2)
out.append([x._version, v._version, repr(x)])
x[1] = 5
out.append([x._version, v._version, repr(x)])
d = x.detach()
d.zero_()
out.append([x._version, d._version, repr(x)])
""",
    "core_op_grads": """
x = torch.tensor([[1.0, -2.0], [3.0, 0.5]], requires_grad=True)
outs = [x.relu(), x.abs(), x.clamp(min=0), x.max(), x.min(dim=1)[0], x.sum(dim=(0, 1)),
        x.mean(dim=0, keepdim=True), x.norm(dim=1), x.t() @ x, x.exp().log(), x.norm(), x.prod(1),
        torch.stack([x, x], 1).sum(1)]
for o in outs:
    out.append(repr(o))
    (g,) = torch.autograd.grad(o.sum(), x)
    out.append(repr(g))
""",
    "grad_aliasing": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
v = torch.tensor([1.0, 1.0])
x.backward(v)
v.add_(1)
out.append(repr(x.grad))
x.grad = None
v = torch.tensor([1.0, 1.0])
(x + 0).backward(v)
v.add_(1)
out.append(repr(x.grad))
x.grad = None
v = torch.tensor([1.0, 1.0])
(x * 1).backward(v)
out.append(repr(x.grad))
g = x.grad
(x * 1).backward(v)
out += [repr(x.grad), g is x.grad, repr(g)]
x.grad = None
y = x.sum()
y.backward()
g1 = x.grad
x.grad = None
(x + 0).backward(g1)
g1.add_(5)
out.append(repr(x.grad))
""",
    "detach_shares": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
d = x.detach()
d[0] = 10
out += [repr(x), x._version, d._version]
n = x.detach().numpy()
n[1] = 20
out.append(repr(x))
t = torch.from_numpy(n)
t[0] = -1
out.append(repr(x))
""",
    "requires_grad_prop": """
a = torch.tensor([1.0], requires_grad=True)
b = torch.tensor([2.0])
out += [(a + b).requires_grad, (b + b).requires_grad, (a.detach() + b).requires_grad,
        (a > 0).requires_grad, a.argmax().requires_grad, (a * 0).requires_grad,
        a.int().requires_grad, repr(a.int()), (a.floor()).requires_grad, repr(a.round()),
        repr(a.sign()), repr(torch.where(a > 0, a, b))]
""",
    "clone_semantics": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
c = x.clone()
out += [repr(c), c.is_leaf, c._version]
c.mul_(2)
out += [repr(x), repr(c)]
c.sum().backward()
out.append(repr(x.grad))
""",
    "zero_grad_patterns": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
(x * 3).sum().backward()
x.grad.data.zero_()
out.append(repr(x.grad))
(x * 3).sum().backward()
x.grad.detach_()
x.grad.zero_()
out.append(repr(x.grad))
(x * x).sum().backward()
out.append(repr(x.grad))
""",
    "grad_mode_threads": """
import threading
results = []
def worker():
    results.append(torch.is_grad_enabled())
with torch.no_grad():
    t = threading.Thread(target=worker)
    t.start(); t.join()
    results.append(torch.is_grad_enabled())
out.append(results)
with torch.no_grad():
    with torch.set_grad_enabled(True):
        out.append(torch.is_grad_enabled())
    out.append(torch.is_grad_enabled())
out.append(torch.is_grad_enabled())
def raising():
    with torch.no_grad():
        raise ValueError("boom")
out.append(err(raising))
out.append(torch.is_grad_enabled())
x = torch.tensor(1.0, requires_grad=True)
with torch.inference_mode():
    y = x * 2
out += [y.requires_grad, repr(y)]
""",
    "node_api": """
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
acc = y.grad_fn.next_functions[0][0]
out += [y.grad_fn.name(), acc.name(), type(acc).__name__, repr(acc)[:16]]
y2 = x * 1
y2[0] = 3
out += [y2.grad_fn.name(), type(y2.grad_fn).__name__, repr(y2)]
a, b = x.split(2)
out += [a.grad_fn is b.grad_fn, repr(b), edges((a * b[0]))]
u = x.unbind()
out += [[t.grad_fn is u[0].grad_fn for t in u], repr(u[2])]
g = y.grad_fn(torch.ones(3))
out.append(repr(g))
out.append(repr(x.sum().grad_fn(torch.tensor(2.0))))
out.append(err(lambda: x.retain_grad() or torch.tensor([1.0]).retain_grad()))
z = x.exp()
out += [repr(z.grad_fn._saved_result), repr((x * y).grad_fn._saved_other),
        repr(x.sum(0).grad_fn._saved_self_sym_sizes), repr((x ** 2).grad_fn._saved_exponent)]
out.append(isinstance(y.grad_fn, torch.autograd.graph.Node))
out.append(repr(torch.autograd.graph.Node)[:8])
""",
    "subgradients_at_ties_and_kinks": """
x = torch.tensor([1.0, 3.0, 3.0, 2.0], requires_grad=True)
x.max().backward()
out.append(repr(x.grad))
x.grad = None
x.max(0).values.backward()
out.append(repr(x.grad))
x.grad = None
x.amax().backward()
out.append(repr(x.grad))
x.grad = None
torch.maximum(x, torch.tensor(3.0)).sum().backward()
out.append(repr(x.grad))
x.grad = None
x.abs().sum().backward()
y = torch.tensor([0.0, -1.0], requires_grad=True)
y.abs().sum().backward()
out.append(repr(y.grad))
y.grad = None
y.relu().sum().backward()
out.append(repr(y.grad))
y.grad = None
y.clamp(min=0.0).sum().backward()
out.append(repr(y.grad))
y.grad = None
y.sqrt().sum().backward()
out.append(repr(y.grad))
""",
    "accumulate_semantics": """
x = torch.tensor(2.0, requires_grad=True)
y = x ** 3
quiet(lambda: y.backward(create_graph=True))
g = x.grad
(x * 1).backward()
out += [repr(x.grad), x.grad is g]
quiet(lambda: (x * x).backward(create_graph=True))
out += [repr(x.grad), x.grad is g]
w = torch.tensor([1.0, 2.0], requires_grad=True)
w.grad = torch.tensor([10.0, 10.0])
h = w.grad
(w * 2).sum().backward()
out += [repr(w.grad), w.grad is h]
e = w.expand(3, 2)
(e * 1).sum().backward()
out += [repr(w.grad), w.grad is h]
v = torch.tensor([1.0, 2.0], requires_grad=True)
gv = torch.tensor([3.0, 4.0])
v.backward(gv)
out += [repr(v.grad), v.grad is gv]
v.grad = None
s = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
s[1:].sum().backward()
out.append(repr(s.grad))
""",
    "post_accumulate_hook": """
p = torch.tensor([1.0, 2.0], requires_grad=True)
log = []
p.register_post_accumulate_grad_hook(lambda t: log.append(repr(t.grad)))
(p * 3).sum().backward()
(p * 3).sum().backward()
out.append(log)
out.append(err(lambda: (p * 2).register_post_accumulate_grad_hook(lambda t: None)))
""",
    "inputs_edge_cases": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
u = torch.tensor([3.0], requires_grad=True)
y = (x * 2).sum()
y.backward(inputs=[x, u], retain_graph=True)
out += [repr(x.grad), repr(u.grad)]
out.append(err(lambda: y.backward(inputs=[torch.tensor([1.0])], retain_graph=True)))
h = x * 3
z = (h * h).sum()
z.backward(inputs=[h])
out += [repr(h.grad), repr(x.grad)]
v = torch.tensor([1.0, 2.0])
g = torch.autograd.grad(x + 0, x, v)[0]
out += [g is v, repr(g)]
g2 = torch.autograd.grad(x * 1, x, v)[0]
out += [g2 is v, repr(g2)]
(a,) = torch.autograd.grad(x.sum(), x, retain_graph=False)
out.append(repr(a))
""",
    "grad_none_paths": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor([3.0, 4.0], requires_grad=True)
z = x.detach() * y
out.append(repr(torch.autograd.grad(z.sum(), [x, y], allow_unused=True)))
w = torch.where(x > 1.5, x, y)
w.sum().backward()
out += [repr(x.grad), repr(y.grad)]
m = torch.stack([x, y]).max(0)
out.append(repr(m))
m.values.sum().backward()
out += [repr(x.grad), repr(y.grad)]
q = (x > 0).float() * x
q.sum().backward()
out.append(repr(x.grad))
""",
    "hook_order": """
log = []
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x * 2
b = x * 3
y = (a * b).sum()
x.register_hook(lambda g: log.append(["x", repr(g)]))
a.register_hook(lambda g: log.append(["a", repr(g)]))
b.register_hook(lambda g: log.append(["b", repr(g)]))
y.grad_fn.register_hook(lambda gi, go: log.append(["y-post", repr(gi), repr(go)]))
y.grad_fn.register_prehook(lambda go: log.append(["y-pre", repr(go)]))
a.grad_fn.register_hook(lambda gi, go: log.append(["a-post", repr(gi), repr(go)]))
x.register_post_accumulate_grad_hook(lambda t: log.append(["x-acc", repr(t.grad)]))
a.retain_grad()
y.backward()
out += log
out.append(repr(a.grad))
log.clear()
z = x * 1
z.register_hook(lambda g: g * 2)
z.retain_grad()
z.register_hook(lambda g: g * 3)
z.sum().backward()
out += [repr(z.grad), repr(x.grad)]
""",
    "freeing_saved": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp()
z = y * x
out.append(repr(z.grad_fn._saved_self))
z.sum().backward()
out.append(err(lambda: z.grad_fn._saved_self))
out.append(err(lambda: y.grad_fn._saved_result))
""",
}

ERRORS = {
    "requires_grad_int": """
out.append(err(lambda: torch.tensor([1, 2], requires_grad=True)))
out.append(err(lambda: torch.ones(2, dtype=torch.long, requires_grad=True)))
t = torch.tensor([1, 2])
def set_attr():
    t.requires_grad = True
out.append(err(set_attr))
out.append(err(lambda: t.requires_grad_()))
out.append(err(lambda: torch.tensor([True], requires_grad=True)))
out.append(repr(t.requires_grad_(False)))
y = torch.tensor([1.0], requires_grad=True) * 2
def unset():
    y.requires_grad = False
out.append(err(unset))
""",
    "conversions": """
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
out.append(err(lambda: x.numpy()))
out.append(repr(x.detach().numpy()))
out.append(err(lambda: x.item()))
out.append(err(lambda: bool(x)))
out.append(err(lambda: bool(torch.tensor([]))))
out.append(err(lambda: torch.tensor([]).item()))
out += [x[0].item(), bool(torch.tensor([0.0])), bool(torch.tensor(2)), float(x[1].detach()),
        int(torch.tensor([7])), type(x.sum().item()).__name__]
out += warns(lambda: float(x[1]))
out += warns(lambda: x[1].item())
""",
    "leaf_inplace": """
a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
def add_():
    a.add_(1)
def iadd():
    global a
    a += 1
def setitem():
    a[0] = 5
def slice_mul():
    a[:2].mul_(2)
def view_inplace():
    a.view(3).zero_()
for fn in (add_, iadd, a.zero_, setitem, slice_mul, view_inplace):
    out.append(err(fn))
out.append(repr(a))
with torch.no_grad():
    a.add_(1)
    a[0] = 10
out += [repr(a), a._version]
a.data.add_(1)
out += [repr(a), a._version]
""",
    "grad_assignment": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
def set_bad():
    x.grad = torch.tensor([1.0, 2.0, 3.0])
out.append(err(set_bad))
def set_int():
    x.grad = torch.tensor([1, 2])
out.append(err(set_int))
def set_list():
    x.grad = [1.0, 2.0]
out.append(err(set_list))
x.grad = torch.tensor([5.0, 5.0])
(x * 2).sum().backward()
out.append(repr(x.grad))
""",
    "inplace_dtype_rules": """
i = torch.tensor([1, 2])
out.append(err(lambda: i.add_(1.5)))
def iadd():
    global i
    i += 1.5
out.append(err(iadd))
j = torch.tensor([1, 2])
j += 1
out.append(repr(j))
f = torch.tensor([1.0, 2.0])
f += torch.tensor([1, 2])
out.append(repr(f))
f.mul_(torch.tensor(2, dtype=torch.float64))
out.append(repr(f))
out.append(err(lambda: f.add_(torch.ones(3))))
out.append(err(lambda: f.add_(torch.ones(2, 2))))
b = torch.tensor([True, False])
out.append(err(lambda: b.add_(1)))
""",
    "index_errors": """
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
out.append(err(lambda: x[2]))
out.append(err(lambda: x[0, 0, 0]))
out.append(err(lambda: x[:, 5]))
out.append(err(lambda: x[torch.tensor([0, 3])]))
out.append(err(lambda: x[torch.tensor([0.0])]))
out.append(err(lambda: torch.tensor(1.0)[0]))
out += [repr(x[-1]), repr(x[..., 0]), repr(x[x > 2]), repr(x[:, None, 1]), repr(x[1:, :1])]
out.append(repr(x[torch.tensor([True, False])]))
out.append(repr(x[[1, 0], [0, 1]]))
""",
    "data_updates": """
w = torch.tensor([1.0, 2.0], requires_grad=True)
y = (w * w).sum()
w.data -= 0.5 * torch.tensor([1.0, 1.0])
out += [repr(w), repr(w.data), w.data.requires_grad, w._version]
y.backward()
out.append(repr(w.grad))
w.data = torch.tensor([7.0, 8.0])
out += [repr(w), w.is_leaf, w.requires_grad]
d = w.data
d[0] = -1
out.append(repr(w))
""",
}

BASICS = {
    "promotion": """
i = torch.tensor([1, 2])
f = torch.tensor([1.0, 2.0])
d = torch.tensor([1.0, 2.0], dtype=torch.float64)
b = torch.tensor([True, False])
i32 = torch.tensor([1, 2], dtype=torch.int32)
u8 = torch.tensor([1, 2], dtype=torch.uint8)
h = torch.tensor([1.0, 2.0], dtype=torch.float16)
exprs = [i + 1, i + 1.5, i * True, f + 1, f + 2.5, d + 1.0, i + f, i + d, b + b, b + 1,
         b + 1.5, b * i, i32 + 1, i32 + i, i32 + 1.5, u8 + 1, u8 + i32, h + 1.0, h + f,
         f + torch.tensor(1.0, dtype=torch.float64), i32 + torch.tensor(5),
         u8 + torch.tensor(300), f + torch.tensor(2, dtype=torch.int64), i / 2, i / i,
         i // 2, i ** 2, i ** 0.5, 2 ** i, i % 2, -i, f > 1, i == 1, h * d,
         torch.tensor(1.0) + torch.tensor(1, dtype=torch.int32), b & b, i & 3]
out.append([[str(e.dtype), repr(e)] for e in exprs])
out.append([str(torch.promote_types(a, c)) for a, c in (
    (torch.int32, torch.float16), (torch.uint8, torch.int8), (torch.bool, torch.int16),
    (torch.float32, torch.float64), (torch.int64, torch.float32))])
""",
    "size_and_return_types": """
x = torch.tensor([[1.0, 5.0, 2.0], [3.0, 2.0, 4.0]], requires_grad=True)
out += [repr(x.shape), str(x.size()), repr(x.size(1)), repr(torch.Size([])), repr(x[0].shape),
        repr(x.shape[1:]), repr(x.shape + (4,)), x.shape == (2, 3), x.shape.numel(),
        type(x.shape[0]).__name__]
m = torch.max(x, 1)
out += [repr(m), str(m), repr(m.values), repr(m[1]), type(m).__name__, len(m)]
values, indices = x.min(dim=0, keepdim=True)
out += [repr(values), repr(indices)]
out.append(repr(torch.max(torch.tensor([[1.0, 5.0], [3.0, 2.0]]), 0)))
""",
    "item_and_format": """
x = torch.tensor([1.5, 2.5])
out += [f"{x[0]:.3f}", str(x[0].item()), repr(x.sum().item()), repr(torch.tensor(3).item()),
        repr(torch.tensor(True).item()), x.tolist(), torch.tensor(2.5).tolist(),
        int(torch.tensor(3.7)),
        err(lambda: f"{x:.2f}"), len(x), err(lambda: len(torch.tensor(1.0)))]
""",
    "creation": """
out += [repr(torch.tensor([[1, 2], [3, 4]], dtype=torch.float32)), repr(torch.tensor(1e10)),
        repr(torch.tensor([1e-5, 1.0])), repr(torch.tensor([0.1, 0.2], dtype=torch.float64)),
        repr(torch.arange(1, 4, dtype=torch.float32)), repr(torch.arange(3.0).dtype),
        repr(torch.tensor([torch.tensor(1.0), torch.tensor(2.0)])),
        repr(torch.as_tensor([1, 2])), repr(torch.zeros(2, dtype=torch.bool)),
        repr(torch.full((2, 2), True)), repr(torch.ones(0)), repr(torch.tensor([[]])),
        repr(torch.empty(2, 0).shape), err(lambda: torch.tensor([[1, 2], [3]])),
        err(lambda: torch.zeros(-1)), repr(torch.tensor(float('nan'))),
        repr(torch.tensor([float('inf'), -1.5])), repr(torch.randn(2, 3).shape),
        repr(torch.rand(size=(2,)).shape), repr(torch.randint(0, 5, (3,)).dtype)]
""",
    "methods": """
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
out += [repr(x.size()), x.dim(), x.numel(), repr(x.dtype), repr(x.device), x.is_leaf,
        x.requires_grad, repr(x.float()), repr(x.double()), repr(x.long()),
        repr(x.to(torch.float64)),
        repr(x.type()), repr(x.t().is_contiguous()), repr(x.view(-1)), repr(x.reshape(4, 1).shape),
        repr(x.sum(dim=1, keepdim=True)), repr(x.mean()), repr(x.argmax()), repr(x.max(dim=0)),
        repr(x.T.contiguous()), repr(x.flatten()), repr(x.squeeze()), repr(x.unsqueeze(-1).shape)]
out.append(err(lambda: x.view(3)))
out.append(err(lambda: x.t().view(4)))
out.append(err(lambda: x @ torch.ones(3)))
out.append(err(lambda: x + torch.ones(3)))
""",
    "legacy_variable": """
Variable = torch.autograd.Variable
v = Variable(torch.ones(2, 2), requires_grad=True)
out += [repr(v), v.is_leaf, type(v).__name__]
w = Variable(torch.tensor([1.0, 2.0]))
out += [repr(w), w.requires_grad]
y = (v * 3).sum()
y.backward()
out.append(repr(v.grad))
out += [repr(torch.Tensor([1, 2])), repr(torch.Tensor(2, 3).shape), repr(torch.FloatTensor([1, 2]))]
out.append(isinstance(v, torch.Tensor))
""",
    "creation_inference": """
import numpy as np
vals = [np.float64(1.5), np.float32(1.5), np.int32(3), np.array([1, 2], dtype=np.int32),
        np.array([1.0, 2.0]), [True, 2], [1, 2.5, True], [[1], [2]], 3 + 4j, [1.0, 2j],
        (1, 2), [np.float32(1.0), 2.0], np.array(5), [], [[], []]]
for v in vals:
    t = torch.tensor(v)
    out.append([repr(t), str(t.dtype), repr(t.shape)])
a = np.array([1.0, 2.0])
f = torch.from_numpy(a)
s = torch.as_tensor(a)
c = torch.tensor(a)
a[0] = 9
out += [repr(f), repr(s), repr(c)]
out.append(repr(torch.as_tensor([1, 2], dtype=torch.float32)))
out.append(repr(torch.tensor([1, 2], dtype=torch.float64, requires_grad=True)))
out.append(repr(torch.zeros(2, 2, requires_grad=True)))
out.append(repr(torch.arange(3, requires_grad=False)))
out.append(err(lambda: torch.arange(3, requires_grad=True)))
out.append(repr(torch.arange(3.0, requires_grad=True)))
out.append(repr(torch.linspace(0, 1, steps=3, requires_grad=True)))
out.append(repr(torch.full((2,), 1.5, requires_grad=True)))
out.append(repr(torch.empty(2).shape))
out.append(repr(torch.eye(2, 3)))
out.append(repr(torch.ones_like(torch.tensor([1, 2]), dtype=torch.float32)))
""",
    "numpy_scalars": """
import numpy as np
for v in [[np.float64(1.0), 2.0], [np.float64(1.0)], [np.int32(1)], [np.int32(1), 2], np.float64(2),
          [np.float16(1.0)], np.bool_(True), [np.bool_(True)], np.float64(1.5), np.int32(3)]:
    out.append(repr(torch.tensor(v)))
""",
    "python_operators": """
x = torch.tensor([1.0, 2.0, 4.0], requires_grad=True)
i = torch.tensor([5, -7, 9])
exprs = [1 - x, 2 / x, 2 ** x, x ** 0, x ** 1, 3 // i, -7 // i, i // 2, i % 3, -i % 4, 7 % i,
         i / 2, 1 / i, abs(-x), -x, +x, x > 1, 1 < x, x == 2, x != 2, i & 1, i | 2, ~i, i ^ 3,
         x @ x, x.pow(2), round(torch.tensor(2.5).item()),
         x.neg(), x.reciprocal(), x.square(), x.sqrt().sum(), x.mul(2).div(4)]
for e in exprs:
    out.append(repr(e))
out.append(err(lambda: x == None))
out.append(2.0 in x)
out.append(repr(torch.tensor(3) / torch.tensor(2)))
out.append(repr(torch.tensor([1, 2]) * 1.5))
out.append(err(lambda: torch.tensor([3, 4]) ** -1))
out.append(repr(torch.tensor([3.0, 4.0]) // 0))
out.append(err(lambda: divmod(torch.tensor(7), 2)))
out += [repr(7.5 % i), repr(7.5 // i), repr(3 // torch.tensor([1.5, 2.0]))]
""",
    "tuple_printing": """
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
out += [repr((x, y)), str((x, y)), repr([y, x.detach()]), repr({"a": y}), repr((x.sum(),)),
        repr(torch.autograd.grad(y.sum(), x)), str(x.split(1)), repr(x.unbind())]
""",
    "scalars_and_0d": """
s = torch.tensor(3.5)
out += [repr(s), repr(s.shape), s.dim(), repr(s * 2), repr(torch.tensor(7)),
        repr(torch.tensor(True))]
x = torch.tensor(2.0, requires_grad=True)
y = 3 * x ** 2 + 4 * x + 2
out += [repr(y), y.item(), f"{y:.2f}", repr(y.grad_fn)[:15]]
y.backward()
out.append(repr(x.grad))
""",
}


def record(cases):
    """Run each snippet under torch; return {name: {"code": ..., "out": [...]}}."""
    recorded = {}
    for key, code in cases.items():
        namespace = {"torch": torch, "out": []}
        exec(PRELUDE, namespace)
        exec(textwrap.dedent(code), namespace)
        recorded[key] = {"code": code, "out": namespace["out"]}
    return recorded


def main():
    for stem, cases in (("engine", ENGINE), ("errors", ERRORS), ("basics", BASICS)):
        data = {"torch": torch.__version__, "prelude": PRELUDE, "cases": record(cases)}
        path = FIXTURES / f"core_{stem}.json"
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path} ({len(cases)} cases)")


if __name__ == "__main__":
    main()
