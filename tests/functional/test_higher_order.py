"""Higher derivatives, nesting of transforms and batching, checked against closed forms."""

import numpy as np
import pytest

import chainrule
from chainrule.autograd import forward_ad as fwAD
from chainrule.autograd import functional as F
from chainrule.func import functional_call, grad, hessian, jacfwd, jacrev, jvp, linearize, vjp, vmap


def dbl(values):
    return chainrule.tensor(values, dtype=chainrule.float64)


def close(a, b, tol=1e-10):
    np.testing.assert_allclose(np.asarray(a.detach()), np.asarray(b), rtol=tol, atol=tol)


X = dbl([0.3, -0.7, 1.1])


def f(x):
    return x.sin() * x.exp()


def test_third_and_fourth_derivatives_match_closed_forms():
    # d³/dx³ eˣ sin x = 2eˣ(cos x − sin x); d⁴/dx⁴ = −4eˣ sin x.
    x = dbl(0.4)
    ex, s, c = np.exp(0.4), np.sin(0.4), np.cos(0.4)
    close(grad(grad(grad(f)))(x), 2 * ex * (c - s))
    close(grad(grad(grad(grad(f))))(x), -4 * ex * s)
    close(jacfwd(jacfwd(jacrev(f)))(x), 2 * ex * (c - s))
    close(jacfwd(jacrev(jacfwd(jacrev(f))))(x), -4 * ex * s)


def test_third_derivative_tensor_is_diagonal_for_elementwise_maps():
    x = np.asarray(X)
    want = np.zeros((3, 3, 3, 3))
    for i in range(3):
        want[i, i, i, i] = 2 * np.exp(x[i]) * (np.cos(x[i]) - np.sin(x[i]))
    close(jacfwd(jacfwd(jacrev(f)))(X), want)
    close(jacrev(jacrev(jacrev(f)))(X), want)


def test_autograd_functional_third_derivative_via_create_graph():
    x = X.clone().requires_grad_()
    h = F.hessian(lambda a: f(a).sum(), x, create_graph=True)
    (g,) = chainrule.autograd.grad((h * chainrule.eye(3, dtype=chainrule.float64)).sum(), x)
    x0 = np.asarray(X)
    close(g, 2 * np.exp(x0) * (np.cos(x0) - np.sin(x0)))


def test_hessian_of_quadratic_form_is_symmetric_part():
    a = dbl([[1.0, 2.0, 0.5], [0.0, -1.0, 3.0], [4.0, 1.0, 2.0]])
    q = lambda x: x @ a @ x
    want = np.asarray(a) + np.asarray(a).T
    close(hessian(q)(X), want)
    close(F.hessian(q, X), want)
    close(F.hessian(q, X, vectorize=True), want)
    v = dbl([1.0, -2.0, 0.5])
    close(F.hvp(q, X, v)[1], want @ np.asarray(v))
    close(F.vhp(q, X, v)[1], np.asarray(v) @ want)


def test_hessian_matches_finite_differences_of_gradient():
    w = dbl([[0.2, -0.5, 0.3], [0.7, 0.1, -0.4]])
    loss = lambda x: (chainrule.tanh(w @ x) ** 2).sum()
    h = np.asarray(hessian(loss)(X))
    eps = 1e-6
    cols = []
    for i in range(3):
        e = np.zeros(3)
        e[i] = eps
        gp = np.asarray(grad(loss)(X + dbl(e)))
        gm = np.asarray(grad(loss)(X - dbl(e)))
        cols.append((gp - gm) / (2 * eps))
    np.testing.assert_allclose(h, np.stack(cols, 1), rtol=1e-6, atol=1e-8)


def test_nested_forward_levels_give_second_derivative():
    x, one = dbl(0.4), dbl(1.0)
    inner = lambda a: jvp(f, (a,), (one,))[1]
    _, second = jvp(inner, (x,), (one,))
    close(second, 2 * np.exp(0.4) * np.cos(0.4))


def test_reverse_over_forward_gradient_of_a_tangent():
    x = X.clone().requires_grad_()
    with fwAD.dual_level():
        d = fwAD.make_dual(x, chainrule.ones(3, dtype=chainrule.float64))
        tangent = fwAD.unpack_dual(f(d)).tangent
    (g,) = chainrule.autograd.grad(tangent.sum(), x)
    x0 = np.asarray(X)
    close(g, 2 * np.exp(x0) * np.cos(x0))


def test_forward_over_reverse_hvp_matches_double_backward():
    w = dbl([[0.2, -0.5, 0.3], [0.7, 0.1, -0.4]])
    loss = lambda x: (chainrule.tanh(w @ x) ** 2).sum() + x.pow(3).sum()
    v = dbl([0.8, 0.2, -0.5])
    fwd = jvp(grad(loss), (X,), (v,))[1]
    close(fwd, F.hvp(loss, X, v)[1])


def test_jacobian_of_tuple_inputs_and_outputs_has_nested_structure():
    fn = lambda a, b: (a * b, (a + b).sum())
    jac = F.jacobian(fn, (X, X * 2))
    assert isinstance(jac, tuple) and all(isinstance(row, tuple) for row in jac)
    assert [tuple(j.shape) for row in jac for j in row] == [(3, 3), (3, 3), (3,), (3,)]
    close(jac[0][0], np.diag(np.asarray(X * 2)))
    close(jac[1][1], np.ones(3))
    rev = jacrev(fn, argnums=(0, 1))(X, X * 2)
    fwd = jacfwd(fn, argnums=(0, 1))(X, X * 2)
    for r, w in zip((rev[0][0], rev[0][1], rev[1][0], fwd[0][1]), (jac[0][0], jac[0][1],
                                                                    jac[1][0], jac[0][1])):
        close(r, np.asarray(w))


def test_vjp_fn_can_be_called_repeatedly_and_linearize_reuses_point():
    out, fn = vjp(f, X)
    first = fn(chainrule.ones(3, dtype=chainrule.float64))[0]
    second = fn(chainrule.ones(3, dtype=chainrule.float64))[0]
    close(first, np.asarray(second))
    _, jfn = linearize(f, X)
    close(jfn(X), np.asarray(jvp(f, (X,), (X,))[1]))


def test_vmap_matches_a_python_loop():
    xs = dbl(np.linspace(-1, 1, 12).reshape(4, 3))
    w = dbl([[0.2, -0.5, 0.3], [0.7, 0.1, -0.4]])
    fn = lambda x: chainrule.tanh(w @ x).max() * x.sum() + x.norm()
    want = np.stack([np.asarray(fn(x)) for x in xs])
    close(vmap(fn)(xs), want)
    close(vmap(fn, chunk_size=3)(xs), want)
    close(vmap(vmap(lambda a: a * a.sum()))(xs.reshape(2, 2, 3)),
          np.stack([np.asarray(x * x.sum()) for x in xs]).reshape(2, 2, 3))


def test_per_sample_gradients_match_individual_gradients():
    w = dbl([[0.2, -0.5, 0.3], [0.7, 0.1, -0.4]])
    xs = dbl(np.linspace(-1, 1, 12).reshape(4, 3))
    loss = lambda w, x: (chainrule.tanh(w @ x) ** 2).sum()
    got = vmap(grad(loss), in_dims=(None, 0))(w, xs)
    want = np.stack([np.asarray(grad(loss)(w, x)) for x in xs])
    close(got, want)


def test_batched_grad_matches_row_by_row_gradients():
    x = X.clone().requires_grad_()
    w = dbl([[0.2, -0.5, 0.3], [0.7, 0.1, -0.4]])
    y = chainrule.tanh(w @ x) * x.sum()
    vs = dbl([[1.0, 0.0], [0.0, 1.0], [0.5, -2.0]])
    (batched,) = chainrule.autograd.grad(y, x, vs, retain_graph=True, is_grads_batched=True)
    rows = [chainrule.autograd.grad(y, x, v, retain_graph=True)[0] for v in vs]
    close(batched, np.stack([np.asarray(r) for r in rows]))


def test_vmap_randomness_argument_is_validated():
    with pytest.raises(RuntimeError, match="Only allowed values for randomness"):
        vmap(f, randomness="often")
    with pytest.raises(ValueError, match="chunk_size should be None or greater than 0"):
        vmap(f, chunk_size=0)


def test_functional_call_uses_and_restores_parameters():
    lin = chainrule.nn.Linear(3, 2).double()
    w = dbl([[0.2, -0.5, 0.3], [0.7, 0.1, -0.4]])
    b = dbl([0.1, -0.3])
    before = lin.weight.detach().clone()
    out = functional_call(lin, {"weight": w, "bias": b}, (X,))
    close(out, np.asarray(w) @ np.asarray(X) + np.asarray(b))
    close(lin.weight, np.asarray(before))
    g = grad(lambda p: functional_call(lin, p, (X,)).sum())({"weight": w, "bias": b})
    close(g["weight"], np.tile(np.asarray(X), (2, 1)))
    close(g["bias"], np.ones(2))


def test_no_dual_level_leaves_the_op_path_untouched():
    from chainrule._ops._registry import _fw_state
    assert not _fw_state.active
    with fwAD.dual_level():
        assert _fw_state.active
    assert not _fw_state.active
    vmap(f)(X.reshape(3, 1))
    assert not _fw_state.active
