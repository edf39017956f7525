"""Record torch's functional autodiff results into tests/fixtures/functional_torch.json.

Usage: /work/torchenv/bin/python tools/record_functional_fixtures.py

Each case is a snippet that appends observations (values as nested lists, shapes, reprs, error
messages) to ``out``. Snippets are stored with torch's observations; the tests run the same code
with ``torch`` bound to chainrule and compare entry by entry.
"""

import json
import pathlib
import textwrap

import torch

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "tests" / "fixtures"

PRELUDE = '''
def err(fn):
    """Return "<ExceptionType>: <message>" raised by fn(), or "no error"."""
    try:
        fn()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "no error"


def val(x):
    """Nested lists of floats for a tensor or a (nested) tuple/list/dict of tensors."""
    if isinstance(x, (tuple, list)):
        return [val(e) for e in x]
    if isinstance(x, dict):
        return {k: val(v) for k, v in sorted(x.items())}
    return x.detach().tolist()


def dbl(values):
    return torch.tensor(values, dtype=torch.float64)


F = torch.autograd.functional
fwAD = torch.autograd.forward_ad
X = dbl([0.3, -0.7, 1.1])
Z = dbl([0.8, 0.2, -0.5])
Y = dbl([[0.5, -0.2], [0.9, 0.4]])
W = dbl([[0.2, -0.5, 0.3], [0.7, 0.1, -0.4]])
B = dbl([0.1, -0.3])
XS = dbl([[0.3, -0.7, 1.1], [0.5, 0.2, -0.9], [-1.2, 0.4, 0.6], [0.05, 0.9, -0.3]])
'''

CASES = {
    # --- torch.autograd.functional ------------------------------------------------------------
    "af_vjp": """
out, v = F.vjp(lambda a: (a.sin() * 2).sum(), X)
res = [val(out), val(v)]
o, g = F.vjp(lambda a, b: (a * b, (a ** 2).sum()), (X, Z), (Z, dbl(1.5)))
res += [val(o), val(g), type(g).__name__]
out = res
""",
    "af_jvp": """
o, t = F.jvp(lambda a: torch.tanh(W @ a + B), X, Z)
o2, t2 = F.jvp(lambda a, b: (a * b, a.exp() / b.cosh()), (X, Z), (Z, X))
out = [val(o), val(t), val(o2), val(t2)]
""",
    "af_jacobian_structures": """
f1 = lambda a: torch.tanh(W @ a + B)
f2 = lambda a, b: a * b.exp()
f3 = lambda a: (a.sin(), (a * a).sum())
f4 = lambda a, b: (a @ b, a.outer(b))
out = []
for vec in (False, True):
    out.append(val(F.jacobian(f1, X, vectorize=vec)))
    out.append(val(F.jacobian(f2, (X, Z), vectorize=vec)))
    out.append(val(F.jacobian(f3, X, vectorize=vec)))
    out.append(val(F.jacobian(f4, (X, Z), vectorize=vec)))
    out.append([type(F.jacobian(f2, (X, Z), vectorize=vec)).__name__,
                type(F.jacobian(f4, (X, Z), vectorize=vec)[1]).__name__])
out.append(val(F.jacobian(f1, X, vectorize=True, strategy="forward-mode")))
out.append(val(F.jacobian(f4, (X, Z), vectorize=True, strategy="forward-mode")))
out.append(val(F.jacobian(lambda y: (y @ y).sum(1), Y)))
""",
    "af_jacobian_create_graph": """
x = X.clone().requires_grad_()
j = F.jacobian(lambda a: a.sin() * a.sum(), x, create_graph=True)
out = [j.requires_grad, val(j)]
(g,) = torch.autograd.grad(j.sum(), x)
out.append(val(g))
j2 = F.jacobian(lambda a: a.sin() * a.sum(), x, create_graph=True, vectorize=True)
(g2,) = torch.autograd.grad((j2 ** 2).sum(), x)
out += [val(j2), val(g2), F.jacobian(lambda a: a.exp(), x).requires_grad]
""",
    "af_hessian": """
f = lambda a: (torch.tanh(W @ a) ** 2).sum()
g = lambda a, b: (a.sin() * b.exp()).sum() + (a * a * b).sum()
out = [val(F.hessian(f, X)), val(F.hessian(f, X, vectorize=True)),
       val(F.hessian(f, X, vectorize=True, outer_jacobian_strategy="forward-mode")),
       val(F.hessian(g, (X, Z))), val(F.hessian(g, (X, Z), vectorize=True)),
       val(F.hessian(lambda y: (y.exp() * y).sum(), Y))]
""",
    "af_hvp_vhp": """
f = lambda a: (torch.tanh(W @ a) ** 2).sum() + a.pow(3).sum()
g = lambda a, b: (a.sin() * b.exp()).sum()
out = [val(F.hvp(f, X, Z)), val(F.vhp(f, X, Z)), val(F.hvp(g, (X, Z), (Z, X))),
       val(F.vhp(g, (X, Z), (Z, X))), val(F.hvp(lambda a: a.exp().sum(), dbl(0.5)))]
x = X.clone().requires_grad_()
o, h = F.hvp(f, x, Z, create_graph=True)
(gx,) = torch.autograd.grad(h.sum(), x)
out += [h.requires_grad, val(gx)]
""",
    "af_strict": """
lin = lambda a: a * 2
const = lambda a: torch.ones(3, dtype=torch.float64)
ind = lambda a, b: a.exp()
out = [
    err(lambda: F.vjp(const, X, torch.ones(3, dtype=torch.float64), strict=True)),
    err(lambda: F.vjp(ind, (X, Z), torch.ones(3, dtype=torch.float64), strict=True)),
    err(lambda: F.jvp(ind, (X, Z), (Z, X), strict=True)),
    err(lambda: F.jacobian(ind, (X, Z), strict=True)),
    err(lambda: F.jacobian(const, X, strict=True)),
    err(lambda: F.jacobian(lin, X, strict=True, vectorize=True)),
    err(lambda: F.jacobian(lin, X, strict=True, strategy="forward-mode", vectorize=True)),
    err(lambda: F.hessian(lambda a: (a * 2).sum(), X, strict=True)),
    err(lambda: F.hvp(lambda a: (a * 2).sum(), X, Z, strict=True)),
    err(lambda: F.vhp(lambda a: (a * 2).sum(), X, Z, strict=True)),
    err(lambda: F.vhp(lambda a, b: (a * a).sum(), (X, Z), (Z, X), strict=True)),
    err(lambda: F.jacobian(lin, X, strict=True, create_graph=True)),
    err(lambda: F.vjp(lin, X, Z, strict=True, create_graph=True)),
    val(F.jacobian(ind, (X, Z))),
    val(F.vjp(ind, (X, Z), Z)[1]),
]
""",
    "af_errors": """
f = lambda a: a.exp()
out = [
    err(lambda: F.vjp(f, X)),
    err(lambda: F.jvp(f, X)),
    err(lambda: F.vjp(f, X, torch.ones(2, dtype=torch.float64))),
    err(lambda: F.vjp(lambda a, b: (a, b), (X, Z), (X,))),
    err(lambda: F.vjp(lambda a, b: (a, b), (X, Z), (X, B))),
    err(lambda: F.vjp(f, [X])),
    err(lambda: F.vjp(f, (X, 3))),
    err(lambda: F.vjp(lambda a: 3, X)),
    err(lambda: F.jacobian(f, X, strategy="middle")),
    err(lambda: F.jacobian(f, X, strategy="forward-mode")),
    err(lambda: F.jacobian(f, X, strategy="forward-mode", vectorize=True, create_graph=True)),
    err(lambda: F.hessian(lambda a: a * a, X)),
    err(lambda: F.hessian(lambda a: (a.sum(), a.sum()), X)),
    err(lambda: F.hvp(lambda a: a * a, X, Z)),
    err(lambda: F.vhp(lambda a: (a.sum(), a.sum()), X, Z)),
    err(lambda: F.hvp(lambda a: a.sum(), X)),
    val(F.vjp(lambda a: a.exp().sum(), X)[1]),
]
""",
    "af_batched_grad": """
x = X.clone().requires_grad_()
y = torch.tanh(W @ x + B)
vs = dbl([[1.0, 0.0], [0.0, 1.0], [0.5, -2.0]])
(g,) = torch.autograd.grad(y, x, vs, is_grads_batched=True, retain_graph=True)
z = (x.unsqueeze(0) * Y.sum(0).unsqueeze(1)).exp()
(g2,) = torch.autograd.grad(z, x, dbl([[[1.0, 2.0, 3.0], [0.5, 0.1, 0.2]]] * 2),
                            is_grads_batched=True)
out = [val(g), val(g2), err(lambda: torch.autograd.grad(
    torch.tanh(W @ x), x, dbl([1.0, 2.0]), is_grads_batched=True))]
""",
    # --- forward-mode AD ----------------------------------------------------------------------
    "fw_dual_api": """
x = X.clone().requires_grad_()
out = [err(lambda: fwAD.make_dual(X, Z))]
with fwAD.dual_level() as lvl:
    d = fwAD.make_dual(X, Z)
    y = d.sin() * 2
    p, t = fwAD.unpack_dual(y)
    out += [lvl, repr(d), val(p), val(t), fwAD.unpack_dual(X).tangent is None,
            type(fwAD.unpack_dual(y)).__name__, repr(fwAD.make_dual(dbl(2.0), dbl(3.0)) ** 2),
            err(lambda: fwAD.make_dual(X, torch.ones(2))),
            err(lambda: fwAD.make_dual(X, torch.ones(3, dtype=torch.long))),
            err(lambda: fwAD.dual_level().__enter__()), repr(d.detach())]
out.append(repr(y))
""",
    "fw_op_tangents": """
res = []
unary = ["exp", "log", "sqrt", "sin", "cos", "tan", "tanh", "sigmoid", "abs", "relu", "neg",
         "reciprocal", "square"]
P = dbl([0.3, 0.7, 1.1])
with fwAD.dual_level():
    d = fwAD.make_dual(P, Z)
    e = fwAD.make_dual(Y, Y.flip(0))
    for name in unary:
        res.append(val(fwAD.unpack_dual(getattr(torch, name)(d)).tangent))
    ops = [
        lambda: d * Z + d / (Z + 2) - 3 * d,
        lambda: d ** 3 + 2 ** d + d ** d,
        lambda: torch.where(d > 0.5, d, d * d),
        lambda: torch.clamp(d, 0.4, 1.0),
        lambda: torch.maximum(d, Z),
        lambda: W @ d,
        lambda: e @ e,
        lambda: torch.mm(e, e.t()),
        lambda: torch.addmm(B, e, e, beta=0.5, alpha=2.0),
        lambda: d.sum() + d.mean(),
        lambda: e.sum(0) + e.mean(1, keepdim=True),
        lambda: torch.cat([d, d * 2]),
        lambda: torch.stack([d, d.exp()], 1),
        lambda: e.t().reshape(4)[1:3],
        lambda: e.permute(1, 0).unsqueeze(0).squeeze().flip(0),
        lambda: e.expand(3, 2, 2).sum(0),
        lambda: d.cumsum(0),
        lambda: d.prod(),
        lambda: e.amax(1),
        lambda: d.max(),
        lambda: e.max(1).values,
        lambda: d.norm(),
        lambda: d[[0, 2]] + d[1],
        lambda: d.unbind(0)[2],
        lambda: torch.dot(d, d) + d.dot(Z),
        lambda: e.split(1, 1)[0].sum(),
        lambda: torch.nn.functional.softmax(e, 1),
        lambda: torch.logsumexp(e, 1),
    ]
    for op in ops:
        res.append(val(fwAD.unpack_dual(op()).tangent))
out = res
""",
    "fw_inplace": """
out = []
with fwAD.dual_level():
    d = fwAD.make_dual(dbl([1.0, 2.0]), dbl([1.0, 1.0]))
    y = d.clone()
    y.mul_(3)
    out.append(repr(y))
    z = torch.zeros(2, dtype=torch.float64)
    z[0] = d[1]
    out.append(repr(z))
    y.exp_()
    out.append(val(fwAD.unpack_dual(y).tangent))
    y += d
    out.append(val(fwAD.unpack_dual(y).tangent))
""",
    "fw_over_reverse": """
x = X.clone().requires_grad_()
with fwAD.dual_level():
    d = fwAD.make_dual(x, Z)
    loss = (torch.tanh(W @ d) ** 2).sum() + (d.exp() * d).sum()
    (g,) = torch.autograd.grad(loss, d, create_graph=True)
    p, hv = fwAD.unpack_dual(g)
out = [val(p), val(hv)]
""",
    # --- torch.func -------------------------------------------------------------------------
    "func_grad": """
grad, grad_and_value = torch.func.grad, torch.func.grad_and_value
f = lambda a, b: (a.sin() * b).sum()
out = [val(grad(f)(X, Z)), val(grad(f, argnums=1)(X, Z)), val(grad(f, argnums=(0, 1))(X, Z)),
       val(grad_and_value(f)(X, Z))]
g, aux = grad(lambda a: ((a * a).sum(), a.exp()), has_aux=True)(X)
out += [val(g), val(aux)]
gv = grad_and_value(lambda a: ((a * a).sum(), {"m": a.mean()}), has_aux=True)(X)
out += [val(gv[0]), val(gv[1][0]), val(gv[1][1])]
out.append(val(grad(lambda p: (p["w"] @ p["x"]).sum())({"w": W, "x": X})))
out.append(val(grad(grad(lambda a: a.sin() * a.exp()))(dbl(0.4))))
out.append(val(grad(grad(grad(grad(lambda a: a.sin() * a.exp()))))(dbl(0.4))))
out += [err(lambda: grad(lambda a: a * 2)(X)), err(lambda: grad(f, argnums=3)(X, Z)),
        err(lambda: grad(lambda a: a.sum(), has_aux=True)(X))]
""",
    "func_vjp_jvp": """
vjp, jvp, linearize = torch.func.vjp, torch.func.jvp, torch.func.linearize
o, fn = vjp(lambda a, b: (a * b, a.exp()), X, Z)
out = [val(o), val(fn((Z, X)))]
o, fn, aux = vjp(lambda a: (a.sin(), a.cos()), X, has_aux=True)
out += [val(o), val(fn(Z)), val(aux)]
p, t = jvp(lambda a, b: torch.tanh(W @ a) * b.sum(), (X, Z), (Z, X))
out += [val(p), val(t)]
p, t = jvp(lambda a: (a.exp(), a.sum()), (X,), (Z,))
out += [val(p), val(t)]
o, jfn = linearize(lambda a: a.sin() * a, X)
out += [val(o), val(jfn(Z)), val(jfn(X))]
out += [err(lambda: jvp(lambda a: a, X, Z)),
        err(lambda: jvp(lambda a: a, (X,), (Z, Z))).split(" Got primals")[0]]
""",
    "func_jacobians": """
jacrev, jacfwd, hessian = torch.func.jacrev, torch.func.jacfwd, torch.func.hessian
f = lambda a, b: torch.tanh(W @ a + b)
out = [val(jacrev(f)(X, B)), val(jacfwd(f)(X, B)), val(jacrev(f, argnums=(0, 1))(X, B)),
       val(jacfwd(f, argnums=(0, 1))(X, B)), val(jacrev(f, chunk_size=1)(X, B))]
g = lambda a: (a.sin(), a.outer(a))
out += [val(jacrev(g)(X)), val(jacfwd(g)(X))]
h = lambda a: (torch.tanh(W @ a) ** 2).sum() + (a.exp() * a).sum()
out += [val(hessian(h)(X)), val(jacrev(jacrev(h))(X)), val(jacfwd(jacfwd(h))(X)),
        val(jacrev(jacfwd(h))(X))]
k = lambda a: (a.sin() * a.exp()).sum()
out += [val(jacfwd(hessian(k))(X)), val(jacrev(jacrev(jacrev(k)))(X)),
        val(jacfwd(jacfwd(jacrev(jacrev(k))))(dbl([0.3, -0.4])))]
j, aux = jacrev(lambda a: (a.sin(), a.sum()), has_aux=True)(X)
out += [val(j), val(aux)]
j, aux = jacfwd(lambda a: (a.sin(), a.sum()), has_aux=True)(X)
out += [val(j), val(aux)]
out.append(val(jacrev(lambda y: y @ y)(Y)))
out.append(val(hessian(lambda a, b: (a * a * b).sum(), argnums=(0, 1))(X, Z)))
""",
    "func_vmap": """
vmap, grad, jacrev = torch.func.vmap, torch.func.grad, torch.func.jacrev
out = [val(vmap(lambda a: W @ a)(XS)), val(vmap(torch.dot)(XS, XS.flip(0))),
       val(vmap(lambda a, b: a * b, in_dims=(0, None))(XS, Z)),
       val(vmap(lambda a: a.sum(0), in_dims=1)(XS)),
       val(vmap(lambda a: (a.sin(), a.sum()), out_dims=(1, 0))(XS)),
       val(vmap(vmap(lambda a: a * a + 1))(XS)),
       val(vmap(vmap(torch.dot, in_dims=(0, None)), in_dims=(None, 0))(XS, XS[:2])),
       val(vmap(lambda a: torch.tanh(W @ a + B).max(), chunk_size=3)(XS)),
       val(vmap(lambda d: d["x"].exp() * d["s"])({"x": XS, "s": XS[:, 0]})),
       val(vmap(lambda a: a.t() @ a)(XS.reshape(4, 3, 1))),
       val(vmap(lambda a: torch.nn.functional.softmax(a, 0))(XS)),
       val(vmap(lambda a: a.reshape(3, 1).expand(3, 2).transpose(0, 1).sum(1))(XS)),
       val(vmap(lambda a: torch.where(a > 0, a, -a * 2))(XS)),
       val(vmap(lambda a: torch.clamp(a, -0.5, 0.5) + torch.relu(a))(XS)),
       val(vmap(lambda a: torch.cat([a, a[:1]]).cumsum(0))(XS)),
       val(vmap(lambda a: torch.stack([a, a * 2]).mean(1))(XS)),
       val(vmap(lambda a: a[1:].unsqueeze(1) @ a[:2].unsqueeze(0))(XS))]
w = W.clone()
loss = lambda w, x: (torch.tanh(w @ x) ** 2).sum()
out.append(val(vmap(grad(loss), in_dims=(None, 0))(w, XS)))
out.append(val(vmap(grad(loss, argnums=1), in_dims=(None, 0))(w, XS)))
out.append(val(vmap(jacrev(lambda x: x.sin() * x.sum()))(XS)))
out += [err(lambda: vmap(lambda a: a)(XS, XS[:2])),
        err(lambda: vmap(lambda a, b: a + b)(XS, XS[:2])),
        err(lambda: vmap(lambda a: a, in_dims=None)(XS)),
        err(lambda: vmap(lambda a: a, in_dims=3)(XS)),
        err(lambda: vmap(lambda a: a, randomness="sometimes")(XS)),
        err(lambda: vmap(lambda a: 3)(XS)),
        err(lambda: vmap(lambda a: a.item())(XS))]
""",
    "func_vmap_randomness": """
vmap, jacfwd = torch.func.vmap, torch.func.jacfwd
x = torch.ones(3, 2, dtype=torch.float64)
noisy = lambda a: a * 0 + torch.randn(2, dtype=torch.float64)
out = [err(lambda: vmap(noisy)(x)),
       err(lambda: vmap(lambda a: torch.nn.functional.dropout(a, 0.5))(x)),
       err(lambda: jacfwd(lambda a: a * torch.rand(2, dtype=torch.float64))(x[0])),
       list(vmap(noisy, randomness="same")(x).shape)]
same = vmap(noisy, randomness="same")(x)
different = vmap(noisy, randomness="different")(x)
out += [bool(same[0].eq(same[1]).all()), bool(different[0].ne(different[1]).all()),
        bool(vmap(vmap(noisy, randomness="different"), randomness="different")(
            x.expand(2, 3, 2))[0, 0].ne(different[1]).all())]
""",
    "func_vmap_inplace": """
vmap = torch.func.vmap
x = torch.ones(3, 2, dtype=torch.float64)
y = torch.arange(6.0, dtype=torch.float64).reshape(3, 2)


def f(a, b):
    a.mul_(b)
    a += 1
    return a


out = [val(vmap(f)(x, y)), val(x)]
z = torch.ones(2, 3, dtype=torch.float64)
out += [val(vmap(lambda a: a.add_(dbl([1.0, 2.0])), in_dims=1)(z)), val(z)]
w = torch.ones(2, dtype=torch.float64)
out.append(err(lambda: vmap(lambda b: w.mul_(b))(y)))
out.append(val(vmap(lambda a: a.clone().exp_().sum())(y)))
""",
    "func_functional_call": """
functional_call, grad, vmap = torch.func.functional_call, torch.func.grad, torch.func.vmap
torch.manual_seed(0)
lin = torch.nn.Linear(3, 2).double()
params = {"weight": W, "bias": B}
out = [val(functional_call(lin, params, (X,))), val(functional_call(lin, params, X))]
out.append(val(grad(lambda p, x: functional_call(lin, p, (x,)).pow(2).sum())(params, X)))
out.append(val(vmap(grad(lambda p, x: functional_call(lin, p, (x,)).pow(2).sum()),
                    in_dims=(None, 0))(params, XS)))
out.append(err(lambda: functional_call(lin, {"weight": W}, (X,), strict=True)))
out.append(list(lin.weight.shape))
""",
}


def run(code):
    env = {"torch": torch}
    exec(PRELUDE, env)
    exec(textwrap.dedent(code), env)
    return env["out"]


def main():
    cases = {name: {"code": code, "out": run(code)} for name, code in CASES.items()}
    data = {"torch_version": torch.__version__, "prelude": PRELUDE, "cases": cases}
    path = FIXTURES / "functional_torch.json"
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(cases)} cases)")


if __name__ == "__main__":
    main()
