"""Record torch's extensible-autograd behaviour into tests/fixtures/autograd_*.json.

Usage: /work/torchenv/bin/python tools/record_autograd_fixtures.py

Covers custom Functions, graph hooks, in-place/view semantics, anomaly mode and checkpointing.
Each case is a snippet that appends what it observes (reprs, node names, messages) to ``out``;
the snippets and the helper prelude are stored with torch's observations, so the tests run the
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
    """Return fn()'s warnings (category: first line), without torch's "(Triggered ...)" tail."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            fn()
        except Exception:
            pass
    return [f"{w.category.__name__}: {str(w.message).split(chr(10))[0]}" for w in caught]


def name(fn):
    """Return a graph node's class name (None for no node)."""
    return None if fn is None else type(fn).__name__


def edges(node):
    """Return a node's next_functions as [node name, input_nr] pairs."""
    return [[name(f), nr] for f, nr in node.next_functions]
'''

FUNCTION = {
    "save_and_backward": """
class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.save_for_backward(x)
        ctx.k = k
        return x * x * k

    @staticmethod
    def backward(ctx, grad):
        x, = ctx.saved_tensors
        return 2 * x * grad * ctx.k, None

x = torch.tensor([1., 2.], requires_grad=True)
y = Sq.apply(x, 3.0)
out += [repr(y), name(y.grad_fn), y.grad_fn.name(), edges(y.grad_fn)]
out += [list(y.grad_fn.needs_input_grad), y.is_leaf, y.requires_grad]
y.sum().backward()
out.append(repr(x.grad))
out.append(err(lambda: y.grad_fn.saved_tensors))
""",
    "wrong_gradient_count": """
class One(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        return x * k

    @staticmethod
    def backward(ctx, grad):
        return grad

class Two(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        return x * k

    @staticmethod
    def backward(ctx, grad):
        return grad, grad

class Extra(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad):
        return grad * 2, None, None

class Shape(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad):
        return grad[:1]

x = torch.tensor([1., 2.], requires_grad=True)
out.append(err(lambda: One.apply(x, 2.).sum().backward()))
out.append(err(lambda: Two.apply(x, 2.).sum().backward()))
Extra.apply(x).sum().backward()
out.append(repr(x.grad))
out.append(err(lambda: Shape.apply(x).sum().backward()))
""",
    "legacy_and_defaults": """
class Plain(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 1

class Both(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 1

    @staticmethod
    def backward(ctx, grad):
        return grad

    @staticmethod
    def vjp(ctx, grad):
        return grad

class SaveInt(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(3)
        return x * 1

x = torch.tensor([1., 2.], requires_grad=True)
out.append(warns(lambda: Plain()))
out.append(err(lambda: Plain()(x)))
out.append(err(lambda: Plain.apply(x).sum().backward()))
out.append(err(lambda: Both.apply(x).sum().backward()))
out.append(err(lambda: SaveInt.apply(x)))
out.append(err(lambda: Plain.jvp(None, None)))
""",
    "vjp_alias": """
class Double(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def vjp(ctx, grad):
        return grad * 2

x = torch.tensor([1., 2.], requires_grad=True)
Double.apply(x).sum().backward()
out.append(repr(x.grad))
""",
    "returned_input_and_dirty": """
class Ident(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x

    @staticmethod
    def backward(ctx, grad):
        return grad

class AddOne(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        x.add_(1)
        ctx.mark_dirty(x)
        return x

    @staticmethod
    def backward(ctx, grad):
        return grad

x = torch.tensor([1., 2.], requires_grad=True)
z = x * 1
o = Ident.apply(z)
out += [o is z, o._base is z, name(o.grad_fn), o._version]
z = x * 1
o = AddOne.apply(z)
out += [o is z, name(z.grad_fn), z._version, repr(z)]
(z * z).sum().backward()
out.append(repr(x.grad))
out.append(err(lambda: AddOne.apply(x)))
out.append(err(lambda: AddOne.apply(x[:1])))
""",
    "non_differentiable_outputs": """
class Split(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        a, b, c = x * 2, x.argmax(), x * 3
        ctx.mark_non_differentiable(c)
        return a, b, c

    @staticmethod
    def backward(ctx, ga, gb, gc):
        out.append([repr(ga), repr(gb), repr(gc)])
        return ga * 2

x = torch.tensor([1., 2.], requires_grad=True)
a, b, c = Split.apply(x)
out += [a.requires_grad, b.requires_grad, c.requires_grad, name(a.grad_fn), name(c.grad_fn)]
a.sum().backward()
out.append(repr(x.grad))
""",
    "materialize_grads": """
class Pair(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, materialize):
        ctx.set_materialize_grads(materialize)
        return x * 2, x * 3

    @staticmethod
    def backward(ctx, ga, gb):
        out.append([repr(ga), repr(gb)])
        return (gb * 3 if ga is None else ga * 2 + gb * 3), None

x = torch.tensor([1., 2.], requires_grad=True)
a, b = Pair.apply(x, False)
b.sum().backward()
a, b = Pair.apply(x, True)
b.sum().backward()
out.append(repr(x.grad))
""",
    "non_tensor_inputs_outputs": """
class Mixed(torch.autograd.Function):
    @staticmethod
    def forward(ctx, a, b, tag):
        out.append(["forward", list(ctx.needs_input_grad), torch.is_grad_enabled()])
        return a + b, 5

    @staticmethod
    def backward(ctx, grad, grad_int):
        out.append(["backward", list(ctx.needs_input_grad), grad_int])
        return grad, grad, None

x = torch.tensor([1., 2.], requires_grad=True)
y, k = Mixed.apply(x, torch.ones(2), "tag")
out += [k, edges(y.grad_fn)]
y.sum().backward()
out.append(repr(x.grad))
z, _ = Mixed.apply(torch.ones(2), torch.ones(2), 1)
out += [z.requires_grad, name(z.grad_fn)]
with torch.no_grad():
    z, _ = Mixed.apply(x, x, 1)
out += [z.requires_grad, name(z.grad_fn)]
""",
    "setup_context_style": """
class Scale(torch.autograd.Function):
    @staticmethod
    def forward(x, k):
        return x * k

    @staticmethod
    def setup_context(ctx, inputs, output):
        x, k = inputs
        ctx.k = k
        ctx.save_for_backward(x, output)

    @staticmethod
    def backward(ctx, grad):
        x, result = ctx.saved_tensors
        out.append([result.grad_fn is ctx, repr(result)])
        return grad * ctx.k, None

x = torch.tensor([1., 2.], requires_grad=True)
y = Scale.apply(x, 4.)
out.append(repr(y))
y.sum().backward()
out.append(repr(x.grad))
""",
    "create_graph_through_backward": """
class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    def backward(ctx, grad):
        x, = ctx.saved_tensors
        return 3 * x ** 2 * grad

x = torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad(Cube.apply(x).sum(), x, create_graph=True)
out.append(repr(g))
h, = torch.autograd.grad(g.sum(), x, create_graph=True)
out.append(repr(h))
out.append(repr(torch.autograd.grad(h.sum(), x)))
""",
    "once_differentiable": """
once_differentiable = torch.autograd.function.once_differentiable

class Cube(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 3

    @staticmethod
    @once_differentiable
    def backward(ctx, grad):
        x, = ctx.saved_tensors
        return 3 * x ** 2 * grad

x = torch.tensor([1., 2.], requires_grad=True)
v = torch.ones(2, requires_grad=True)
g, = torch.autograd.grad(Cube.apply(x), x, v, create_graph=True)
out += [repr(g), name(g.grad_fn)]
out.append(err(lambda: g.sum().backward()))
g2, = torch.autograd.grad(Cube.apply(x).sum(), x, create_graph=True)
out += [repr(g2), g2.requires_grad]
""",
    "forward_mode_jvp": """
fwAD = torch.autograd.forward_ad

class Sq(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        ctx.save_for_backward(x)
        ctx.save_for_forward(x, y)
        return x * x * y

    @staticmethod
    def backward(ctx, grad):
        x, = ctx.saved_tensors
        return 2 * x * grad, None

    @staticmethod
    def jvp(ctx, x_t, y_t):
        x, y = ctx.saved_tensors
        out.append(["jvp", repr(x_t), repr(y_t)])
        return 2 * x * y * x_t + x * x * y_t

class NoJvp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad):
        return grad * 2

with fwAD.dual_level():
    x = fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([1., 0.]))
    y = torch.tensor([3., 4.])
    primal, tangent = fwAD.unpack_dual(Sq.apply(x, y))
    out += [repr(primal), repr(tangent)]
    out.append(err(lambda: NoJvp.apply(x)))
    out.append(repr(fwAD.unpack_dual(NoJvp.apply(y)).tangent))
""",
    "saved_input_modified": """
class Keep(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x * 2

    @staticmethod
    def backward(ctx, grad):
        x, = ctx.saved_tensors
        return grad * 2

x = torch.tensor([1., 2.], requires_grad=True)
z = x * 1
y = Keep.apply(z)
z.mul_(2)
out.append(err(lambda: y.sum().backward()))
""",
}

HOOKS = {
    "saved_tensors_hooks": """
saved_tensors_hooks = torch.autograd.graph.saved_tensors_hooks

log = []

def pack(t):
    log.append(["pack", list(t.shape)])
    return t * 1

def unpack(t):
    log.append(["unpack", list(t.shape)])
    return t

x = torch.tensor([1., 2.], requires_grad=True)
with saved_tensors_hooks(pack, unpack):
    y = x.exp()
    z = (y * x).sum()
z.backward()
out += [repr(x.grad), len([e for e in log if e[0] == "pack"]), len(log)]
with saved_tensors_hooks(lambda t: t, lambda t: t):
    a = x * 1
    b = a.sin()
a.mul_(2)
out.append(err(lambda: b.sum().backward()))
""",
    "save_on_cpu": """
save_on_cpu = torch.autograd.graph.save_on_cpu

x = torch.tensor([1., 2.], requires_grad=True)
with save_on_cpu():
    y = (x.exp() * x).sum()
y.backward()
out.append(repr(x.grad))
""",
    "gradient_edge": """
get_gradient_edge = torch.autograd.graph.get_gradient_edge

x = torch.tensor([1., 2.], requires_grad=True)
out.append(err(lambda: get_gradient_edge(torch.ones(2))))
e = get_gradient_edge(x)
out += [type(e).__name__, name(e.node), e.output_nr, list(e._fields)]
y = x * 2
e = get_gradient_edge(y)
out += [name(e.node), e.output_nr]
out.append(repr(torch.autograd.grad((y ** 2).sum(), e)))
""",
    "multi_grad_hook": """
register_multi_grad_hook = torch.autograd.graph.register_multi_grad_hook

out.append(err(lambda: register_multi_grad_hook([torch.ones(1)], print, mode="foo")))
a = torch.tensor([1.], requires_grad=True)
b = torch.tensor([2.], requires_grad=True)
c = torch.tensor([3.], requires_grad=True)
seen = []
h = register_multi_grad_hook((a, b, c), lambda grads: seen.append([repr(g) for g in grads]))
(a * 2 + b * 3).sum().backward()
(a * c).sum().backward()
out.append(seen)
h.remove()
(a * c).sum().backward()
out.append(len(seen))
seen = []
h = register_multi_grad_hook((a, b, c), lambda g: seen.append(repr(g)), mode="any")
(a * 2 + b * 3).sum().backward()
out.append(seen)
""",
    "node_hooks": """
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
calls = []

def pre(grad_outputs):
    calls.append(["pre", [repr(g) for g in grad_outputs]])
    return (grad_outputs[0] * 10,)

def post(grad_inputs, grad_outputs):
    calls.append(["post", [repr(g) for g in grad_inputs], [repr(g) for g in grad_outputs]])

hp = y.grad_fn.register_prehook(pre)
hq = y.grad_fn.register_hook(post)
y.sum().backward(retain_graph=True)
out += [calls, repr(x.grad)]
hp.remove()
hq.remove()
x.grad = None
y.sum().backward()
out += [len(calls), repr(x.grad)]
y = x * 3
y.grad_fn.metadata["k"] = 1
out.append(y.grad_fn.metadata)
""",
    "tensor_hooks_order": """
x = torch.tensor([1., 2.], requires_grad=True)
y = x * 2
order = []
y.register_hook(lambda g: order.append(["y", repr(g)]))
x.register_hook(lambda g: order.append(["x", repr(g)]) or g * 2)
x.register_post_accumulate_grad_hook(lambda t: order.append(["acc", repr(t.grad)]))
(y * y).sum().backward()
out += [order, repr(x.grad)]
""",
    "saved_attributes": """
x = torch.tensor([1., 2.], requires_grad=True)
y = x * x
out += [repr(y.grad_fn._saved_self), y.grad_fn._saved_self is x, repr(y.grad_fn._saved_other)]
z = x * 2
out += [repr(z.grad_fn._saved_other), z.grad_fn._saved_self]
e = x.exp()
out += [repr(e.grad_fn._saved_result), e.grad_fn._saved_result is e]
out.append(list(x.exp().sum().grad_fn._saved_self_sym_sizes))
e.sum().backward(retain_graph=True)
out.append(repr(e.grad_fn._saved_result))
e.sum().backward()
out.append(err(lambda: e.grad_fn._saved_result))
y.sum().backward()
out.append(err(lambda: y.grad_fn._saved_self))
""",
    "hooks_off_the_grad_path": """
a = torch.tensor([1.], requires_grad=True)
b = torch.tensor([2.], requires_grad=True)
fired = []
b.register_hook(lambda g: fired.append(["b", repr(g)]))
c = a * b
c.register_hook(lambda g: fired.append(["c", repr(g)]))
out.append(repr(torch.autograd.grad(c.sum(), a)))
d = a * 3
e = d * b
d.register_hook(lambda g: fired.append(["d", repr(g)]))
out.append(repr(torch.autograd.grad(e.sum(), b)))
out.append(fired)
""",
    "increment_version": """
x = torch.tensor([1., 2.], requires_grad=True)
v = x * 1
w = v[:1]
out.append([v._version, w._version])
torch.autograd.graph.increment_version(v)
out.append([v._version, w._version])
""",
}

INPLACE = {
    "leaf_errors": """
a = torch.tensor([1., 2., 3.], requires_grad=True)
out.append(err(lambda: a.add_(1)))
out.append(err(lambda: a.zero_()))
out.append(err(lambda: a[:2].mul_(2)))
def setitem():
    a[0] = 1.
out.append(err(setitem))
with torch.no_grad():
    a.add_(1)
a.data.mul_(2)
out.append(repr(a))
""",
    "saved_output_modified": """
x = torch.tensor([1., 2., 3.], requires_grad=True)
y = x.exp()
y.add_(1)
out.append(err(lambda: y.sum().backward()))
s = (x * 1).sigmoid()
s.mul_(2)
out.append(err(lambda: s.sum().backward()))
m = torch.ones(3, 3, requires_grad=True) * 2
p = m ** 2
m.detach().zero_()
out.append(err(lambda: p.sum().backward()))
""",
    "saved_leaf_modified": """
x = torch.tensor([1., 2.], requires_grad=True)
y = x * x
with torch.no_grad():
    x.add_(1)
out.append(err(lambda: y.sum().backward()))
g = torch.ones(3)
h = x.sum() * g
g.add_(1)
out.append(err(lambda: h.sum().backward()))
w = torch.ones(2, 3, dtype=torch.float64, requires_grad=True)
c, d = (w * 2).unbind(0)
e = c.exp()
f = e * d
with torch.no_grad():
    e.zero_()
out.append(err(lambda: f.sum().backward()))
""",
    "version_counter_shared": """
x = torch.tensor([1., 2., 3.], requires_grad=True)
b = x * 2
v = b[:2]
d = b.detach()
out.append([b._version, v._version, d._version])
v.mul_(3)
out.append([b._version, v._version, d._version])
d.zero_()
out.append([b._version, v._version, d._version])
""",
    "inplace_on_non_leaf": """
x = torch.tensor([1., 2., 3.], requires_grad=True)
b = x * 2
b.add_(1)
b.mul_(2)
out += [repr(b), name(b.grad_fn)]
b.sum().backward()
out.append(repr(x.grad))
c = x * 2
c.mul_(c)
out += [repr(c), name(c.grad_fn)]
out.append(err(lambda: c.sum().backward()))
""",
    "copy_slices": """
x = torch.tensor([1., 2., 3.], requires_grad=True)
w = torch.tensor(5., requires_grad=True)
b = x * 2
b[0] = w * 2
b[1:] = b[1:] * 3
out += [repr(b), name(b.grad_fn), edges(b.grad_fn)]
b.sum().backward()
out += [repr(x.grad), repr(w.grad)]
""",
    "inplace_through_slice_view": """
x = torch.tensor([1., 2., 3.], requires_grad=True)
b = x * 2
v = b[:2]
v.mul_(3)
out += [repr(b), name(b.grad_fn), b._version, v._version]
b.sum().backward()
out.append(repr(x.grad))
m = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
c = m * 1
c[0].mul_(3)
(c * c).sum().backward()
out += [repr(c), repr(m.grad)]
""",
    "inplace_through_general_views": """
x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
b = x * 1
v = b.t()
v.mul_(torch.tensor([[1.], [10.]]))
out += [repr(b), name(v.grad_fn), name(b.grad_fn), b._version]
(b * b).sum().backward()
out.append(repr(x.grad))
x.grad = None
b = x * 1
v = b.view(4)
v[1:3] = 0
out += [repr(b), name(v.grad_fn)]
b.sum().backward()
out.append(repr(x.grad))
x.grad = None
b = x * 1
w = b.unsqueeze(0).squeeze(0)
w[0].exp_()
out += [repr(b), name(w.grad_fn)]
b.sum().backward()
out.append(repr(x.grad))
out.append(err(lambda: (x * 1).expand(2, 2, 2).add_(1)))
out.append(err(lambda: torch.zeros(3).expand(2, 3).mul_(2)))
""",
    "index_put": """
a = torch.tensor([1., 2., 3.], requires_grad=True)
def put_tensor():
    a[torch.tensor([0])] = 1.
def put_list():
    a[[0, 1]] = 1.
def put_mask():
    a[a > 1] = 0.
def put_ellipsis():
    a[...] = 0.
out += [err(put_tensor), err(put_list), err(put_mask), err(put_ellipsis)]
out.append(err(lambda: a.view(3).add_(1)))
x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
b = x * 1
b[torch.tensor([0, 1]), torch.tensor([1, 0])] = torch.tensor([7., 8.])
out += [repr(b), name(b.grad_fn)]
b.sum().backward()
out.append(repr(x.grad))
x.grad = None
b = x * 1
b[b > 2] = 0.
out += [repr(b), name(b.grad_fn)]
b.sum().backward()
out.append(repr(x.grad))
w = torch.tensor(2., requires_grad=True)
z = torch.zeros(3)
z[1:] = w * 3
out += [repr(z), name(z.grad_fn), z.is_leaf]
z.sum().backward()
out.append(repr(w.grad))
z = torch.zeros(2, 2)
z.t()[0] = w
out += [repr(z), name(z.grad_fn)]
z.sum().backward()
out.append(repr(w.grad))
""",
    "older_view_rereads_base": """
x = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
b = x * 1
c = b[0]
b.mul_(2)
out.append(repr(c.detach()))
c.sum().backward()
out.append(repr(x.grad))
x.grad = None
b = x * 1
c = b.t()
b[0, 1] = 10.
out.append(repr(c.detach()))
(c * c).sum().backward()
out.append(repr(x.grad))
""",
    "setitem_in_no_grad": """
x = torch.tensor([1., 2., 3.], requires_grad=True)
b = x * 2
with torch.no_grad():
    b[0] = 100.
out += [repr(b), b._version]
out.append(err(lambda: (b * b).sum().backward()))
""",
}

ANOMALY = {
    "switches": """
out.append(warns(lambda: torch.autograd.detect_anomaly()))
out.append(warns(lambda: torch.autograd.set_detect_anomaly(True)))
out.append([torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled()])
torch.autograd.set_detect_anomaly(True, check_nan=False)
out.append([torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled()])
torch.autograd.set_detect_anomaly(False)
out.append(torch.is_anomaly_enabled())
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    with torch.autograd.detect_anomaly():
        out.append(torch.is_anomaly_enabled())
out.append(torch.is_anomaly_enabled())
""",
    "nan_check": """
def nan_case(check_nan):
    x = torch.tensor([-1., 4.], requires_grad=True)
    with torch.autograd.detect_anomaly(check_nan=check_nan):
        x.sqrt().sum().backward()
    return x.grad

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    out.append(err(lambda: nan_case(True)))
    out.append(repr(nan_case(False)))
out.append(warns(lambda: nan_case(True)))
""",
    "error_in_backward": """
class Boom(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad):
        raise ValueError("boom")

def run():
    x = torch.tensor([1., 4.], requires_grad=True)
    with torch.autograd.detect_anomaly():
        y = Boom.apply(x)
        y.exp().sum().backward()

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    out.append(err(run))
out.append(warns(run))
""",
    "inplace_hint": """
def run():
    x = torch.tensor([1., 4.], requires_grad=True)
    with torch.autograd.detect_anomaly():
        y = x.exp()
        y.add_(1)
        y.sum().backward()

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    out.append(err(run))
out.append(warns(run))
""",
}

CHECKPOINT = {
    "variants": """
checkpoint = torch.utils.checkpoint.checkpoint

def f(x, w):
    return (x @ w).tanh().sin() * x.sum()

x = torch.tensor([[1., 2.], [3., 4.]], dtype=torch.float64, requires_grad=True)
w = torch.tensor([[0.5, -1.], [0.25, 2.]], dtype=torch.float64, requires_grad=True)
out.append(repr(torch.autograd.grad(f(x, w).sum(), (x, w))))
for use_reentrant in (None, True, False):
    caught = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        y = checkpoint(f, x, w, use_reentrant=use_reentrant)
    out.append([str(c.message) for c in caught])
    out += [repr(y), name(y.grad_fn)]
    x.grad = w.grad = None
    y.sum().backward()
    out += [repr(x.grad), repr(w.grad)]
""",
    "argument_errors": """
checkpoint = torch.utils.checkpoint.checkpoint

def f(x, w):
    return x * w

x = torch.tensor([1., 2.], requires_grad=True)
w = torch.tensor([3., 4.], requires_grad=True)
out.append(err(lambda: checkpoint(f, x, w=w, use_reentrant=True)))
out.append(name(checkpoint(f, x, w=w, use_reentrant=False).grad_fn))
out.append(err(lambda: checkpoint(f, x, w, use_reentrant=True, debug=True)))
out.append(err(lambda: checkpoint(f, x, w, use_reentrant=False, determinism_check="x")))
out.append(warns(lambda: checkpoint(f, torch.ones(2), w.detach(), use_reentrant=True)))
y = checkpoint(f, x, w, use_reentrant=True)
out.append(err(lambda: torch.autograd.grad(y.sum(), x)))
y = checkpoint(f, x, w, use_reentrant=False)
out.append(repr(torch.autograd.grad(y.sum(), x)))
""",
    "double_backward_non_reentrant": """
checkpoint = torch.utils.checkpoint.checkpoint

def f(x):
    return (x.sin() * x).exp()

x = torch.tensor([0.5, -1., 2.], dtype=torch.float64, requires_grad=True)
g, = torch.autograd.grad(checkpoint(f, x, use_reentrant=False).sum(), x, create_graph=True)
out += [repr(g), repr(torch.autograd.grad(g.sum(), x))]
""",
    "recomputation_differs": """
checkpoint = torch.utils.checkpoint.checkpoint
calls = []

def changing(x):
    calls.append(1)
    return (x[:len(calls) + 1] ** 2).sum() if len(calls) < 3 else x.sum()

def fewer(x):
    calls.append(1)
    return x.exp().sin() if len(calls) == 1 else x.exp()

x = torch.tensor([1., 2., 3.], requires_grad=True)
y = checkpoint(changing, x, use_reentrant=False)
out.append(err(lambda: y.backward()).split("\\n.\\n")[0])
y = checkpoint(changing, x, use_reentrant=False, determinism_check="none")
out.append(err(lambda: y.backward()))
calls.clear()
y = checkpoint(fewer, x, use_reentrant=False)
out.append(err(lambda: y.sum().backward()).split("\\n\\n")[0])
""",
    "rng_preserved": """
checkpoint = torch.utils.checkpoint.checkpoint

def noisy(x):
    return x * torch.rand(2, 2)

for use_reentrant in (True, False):
    a = torch.ones(2, 2, requires_grad=True)
    torch.manual_seed(3)
    y = checkpoint(noisy, a, use_reentrant=use_reentrant)
    torch.rand(5)
    y.sum().backward()
    out.append(bool((a.grad - y.detach()).abs().max() < 1e-7))
""",
    "sequential": """
checkpoint_sequential = torch.utils.checkpoint.checkpoint_sequential

fs = [lambda t: t * 2, lambda t: t.sin(), lambda t: t ** 2, lambda t: t.exp()]
a = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)
y = checkpoint_sequential(fs, 2, a, use_reentrant=False)
y.sum().backward()
out += [repr(y), name(y.grad_fn), repr(a.grad)]
out.append(warns(lambda: checkpoint_sequential(fs, 2, a)))
""",
}

GROUPS = {"function": FUNCTION, "hooks": HOOKS, "inplace": INPLACE, "anomaly": ANOMALY,
          "checkpoint": CHECKPOINT}


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
    for stem, cases in GROUPS.items():
        data = {"torch": torch.__version__, "prelude": PRELUDE, "cases": record(cases)}
        path = FIXTURES / f"autograd_{stem}.json"
        path.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {path} ({len(cases)} cases)")


if __name__ == "__main__":
    main()
