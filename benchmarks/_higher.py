"""Workloads 5 and 6: Jacobian/Hessian helpers, and a physics-informed training step."""

import math

import numpy as np

from ._case import TORCHLIKE, Case
from ._mlp import BETAS, EPS, LR_ADAM, adam, adam_arrays, build_model, forward, init_weights


class Skip(Exception):
    """Raised by a builder when a library lacks what a workload needs."""


def _jac_inputs():
    rng = np.random.default_rng(2)
    w = (rng.standard_normal((100, 100)) / 10).astype(np.float32)
    return w, (rng.standard_normal(100) / 10).astype(np.float32), \
        rng.standard_normal(100).astype(np.float32)


def _jac_fns(ops, w, b):
    return (lambda x: ops.tanh(w @ x + b)), (lambda x: (ops.tanh(w @ x) ** 2).sum())


def _functional(lib):
    functional = getattr(lib.autograd, "functional", None)
    if functional is None or not hasattr(functional, "hessian"):
        raise Skip(f"{lib.__name__}.autograd.functional.jacobian/hessian not available yet")
    return functional


def _jac_torchlike(lib):
    """``autograd.functional`` with ``vectorize=True``: one batched pass, not one per row."""
    functional = _functional(lib)

    def make():
        w, b, x = (lib.tensor(a) for a in _jac_inputs())
        f, g = _jac_fns(lib, w, b)
        return lambda: (functional.jacobian(f, x, vectorize=True),
                        functional.hessian(g, x, vectorize=True))
    return make


def _jac_func(lib):
    """``func.jacrev`` and ``func.hessian`` (forward-over-reverse), as JAX users write it."""
    if not hasattr(getattr(lib, "func", None), "hessian"):
        raise Skip(f"{lib.__name__}.func.jacrev/hessian not available yet")

    def make():
        w, b, x = (lib.tensor(a) for a in _jac_inputs())
        f, g = _jac_fns(lib, w, b)
        jac, hess = lib.func.jacrev(f), lib.func.hessian(g)
        return lambda: (jac(x), hess(x))
    return make


def _jac_jax(jax):
    def make():
        w, b, x = (jax.numpy.asarray(a) for a in _jac_inputs())
        f, g = _jac_fns(jax.numpy, w, b)
        jac, hess = jax.jit(jax.jacrev(f)), jax.jit(jax.hessian(g))
        return lambda: jax.block_until_ready((jac(x), hess(x)))
    return make


def _jac_autograd(autograd):
    def make():
        w, b, x = _jac_inputs()
        f, g = _jac_fns(autograd.numpy, w, b)
        jac, hess = autograd.jacobian(f), autograd.hessian(g)
        return lambda: (jac(x), hess(x))
    return make


def _no_higher_order(lib):
    raise Skip("mygrad has no higher-order derivatives")


# --- workload 6: u'' = -sin x on [0, pi], u(0) = u(pi) = 0 -------------------------------
SIZES = (1, 32, 32, 1)


def _collocation():
    x = np.linspace(0, math.pi, 128, dtype=np.float32).reshape(-1, 1)
    return x, np.array([[0.0], [math.pi]], dtype=np.float32)


def _pinn_torchlike(lib):
    def make():
        model = build_model(lib, SIZES, seed=3)
        opt = adam(lib, model.parameters())
        xs, edges = _collocation()
        x, bc = lib.tensor(xs, requires_grad=True), lib.tensor(edges)

        def step():
            opt.zero_grad()
            u = model(x)
            du, = lib.autograd.grad(u.sum(), x, create_graph=True)
            d2u, = lib.autograd.grad(du.sum(), x, create_graph=True)
            loss = ((d2u + lib.sin(x)) ** 2).mean() + (model(bc) ** 2).mean()
            loss.backward()
            opt.step()
            return loss.detach()
        return step
    return make


def _pinn_jax(jax):
    jnp = jax.numpy

    def u_point(params, xi):
        return forward(params, xi.reshape(1, 1), jnp.tanh)[0, 0]

    def loss(params, x, bc):
        d2u = jax.vmap(jax.grad(jax.grad(u_point, 1), 1), (None, 0))(params, x[:, 0])
        ub = forward(params, bc, jnp.tanh)
        return ((d2u + jnp.sin(x[:, 0])) ** 2).mean() + (ub ** 2).mean()

    @jax.jit
    def train(params, state, t, x, bc):
        value, grads = jax.value_and_grad(loss)(params, x, bc)
        b1, b2 = BETAS
        state = [(b1 * m + (1 - b1) * g, b2 * v + (1 - b2) * g * g)
                 for (m, v), g in zip(state, grads)]
        new = [p - LR_ADAM * (m / (1 - b1 ** t)) / (jnp.sqrt(v / (1 - b2 ** t)) + EPS)
               for p, (m, v) in zip(params, state)]
        return value, new, state

    def make():
        params = [jnp.asarray(p) for p in init_weights(SIZES, seed=3)]
        box = {"params": params, "state": [(jnp.zeros_like(p), jnp.zeros_like(p))
                                           for p in params], "t": 0}
        x, bc = (jnp.asarray(a) for a in _collocation())

        def step():
            box["t"] += 1
            value, box["params"], box["state"] = train(
                box["params"], box["state"], jnp.float32(box["t"]), x, bc)
            return jax.block_until_ready(value)
        return step
    return make


def _pinn_autograd(autograd):
    anp = autograd.numpy
    egrad = autograd.elementwise_grad

    def make():
        params = init_weights(SIZES, seed=3)
        state = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
        x, bc = _collocation()
        d2u = egrad(egrad(lambda ps, xs: forward(ps, xs, anp.tanh), 1), 1)

        def loss(ps):
            ub = forward(ps, bc, anp.tanh)
            return ((d2u(ps, x) + anp.sin(x)) ** 2).mean() + (ub ** 2).mean()
        value_and_grad = autograd.value_and_grad(loss)
        t = [0]

        def step():
            value, grads = value_and_grad(params)
            t[0] += 1
            params[:] = adam_arrays(params, grads, state, t[0])
            return value
        return step
    return make


def cases():
    """Workloads 5 (Jacobian and Hessian) and 6 (physics-informed Adam step)."""
    jac = {lib: _jac_torchlike for lib in TORCHLIKE}
    jac.update(jax=_jac_jax, autograd=_jac_autograd, mygrad=_no_higher_order)
    jac_func = dict(jac, **{lib: _jac_func for lib in TORCHLIKE})
    pinn = {lib: _pinn_torchlike for lib in TORCHLIKE}
    pinn.update(jax=_pinn_jax, autograd=_pinn_autograd, mygrad=_no_higher_order)
    return [Case("5a jacobian tanh(Wx+b) + hessian sum(tanh(Wx)^2), x in R^100, "
                 "autograd.functional (vectorize=True)", jac),
            Case("5b the same by func.jacrev + func.hessian", jac_func),
            Case("6 physics-informed step 1-32-32-1, u'' by create_graph, Adam", pinn,
                 check_calls=10)]
