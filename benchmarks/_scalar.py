"""Workloads 1 and 2: the tutorial scalar graph, and ``a*b`` on 0-d and 1000x1000 tensors."""

import numpy as np

from ._case import TORCHLIKE, Case

X0, Y0 = 2.0, 3.0


def _tutorial(ops, x, y):
    """The tutorial expression, written once over a namespace of sin/cos/exp/tanh/log."""
    f = (3 * x ** 3 - y ** 2 + ops.sin(x) * ops.cos(y) + ops.exp(x / 10) + ops.tanh(x * y)
         - ops.log(x + y))
    return f * (y / x) + 1


def _tutorial_torchlike(lib):
    def make():
        x = lib.tensor(X0, requires_grad=True)
        y = lib.tensor(Y0, requires_grad=True)

        def step():
            x.grad = None
            y.grad = None
            _tutorial(lib, x, y).backward()
            return x.grad, y.grad
        return step
    return make


def _tutorial_jax(jax):
    jnp = jax.numpy
    grad = jax.jit(jax.grad(lambda x, y: _tutorial(jnp, x, y), argnums=(0, 1)))

    def make():
        x, y = jnp.float32(X0), jnp.float32(Y0)
        return lambda: jax.block_until_ready(grad(x, y))
    return make


def _tutorial_autograd(autograd):
    grad = autograd.grad(lambda x, y: _tutorial(autograd.numpy, x, y), argnum=(0, 1))

    def make():
        x, y = np.float32(X0), np.float32(Y0)
        return lambda: grad(x, y)
    return make


def _tutorial_mygrad(mg):
    def make():
        x = mg.tensor(X0, dtype=np.float32)
        y = mg.tensor(Y0, dtype=np.float32)

        def step():
            _tutorial(mg, x, y).backward()
            return x.grad, y.grad
        return step
    return make


def _inputs(shape):
    rng = np.random.default_rng(0)
    return (rng.standard_normal(shape).astype(np.float32),
            rng.standard_normal(shape).astype(np.float32))


def _mul_torchlike(shape, backward):
    def build(lib):
        def make():
            a, b = (lib.tensor(v, requires_grad=True) for v in _inputs(shape))
            if not backward:
                return lambda: a * b if not shape else (a * b).sum()

            def step():
                a.grad = None
                b.grad = None
                out = a * b if not shape else (a * b).sum()
                out.backward()
                return a.grad, b.grad
            return step
        return make
    return build


def _mul_jax(shape, backward):
    def build(jax):
        jnp = jax.numpy
        f = (lambda a, b: a * b) if not shape else (lambda a, b: (a * b).sum())
        fn = jax.jit(jax.grad(f, argnums=(0, 1)) if backward else f)

        def make():
            a, b = (jnp.asarray(v) for v in _inputs(shape))
            return lambda: jax.block_until_ready(fn(a, b))
        return make
    return build


def _mul_autograd(shape, backward):
    def build(autograd):
        f = (lambda a, b: a * b) if not shape else (lambda a, b: (a * b).sum())
        fn = autograd.grad(f, argnum=(0, 1)) if backward else f

        def make():
            a, b = _inputs(shape)
            return lambda: fn(a, b)
        return make
    return build


def _mul_mygrad(shape, backward):
    def build(mg):
        def make():
            a, b = (mg.tensor(v) for v in _inputs(shape))
            if not backward:
                return lambda: a * b if not shape else (a * b).sum()

            def step():
                out = a * b if not shape else (a * b).sum()
                out.backward()
                return a.grad, b.grad
            return step
        return make
    return build


def _mul_case(name, shape, backward):
    builders = {lib: _mul_torchlike(shape, backward) for lib in TORCHLIKE}
    builders.update(jax=_mul_jax(shape, backward), autograd=_mul_autograd(shape, backward),
                    mygrad=_mul_mygrad(shape, backward))
    return Case(name, builders)


def cases():
    """Workload 1 and the four variants of workload 2."""
    tutorial = {lib: _tutorial_torchlike for lib in TORCHLIKE}
    tutorial.update(jax=_tutorial_jax, autograd=_tutorial_autograd, mygrad=_tutorial_mygrad)
    return [Case("1 tutorial scalar graph, fwd+bwd", tutorial),
            _mul_case("2a a*b 0-d, forward", (), False),
            _mul_case("2b a*b 0-d, fwd+bwd", (), True),
            _mul_case("2c (a*b).sum() 1000x1000, forward", (1000, 1000), False),
            _mul_case("2d (a*b).sum() 1000x1000, fwd+bwd", (1000, 1000), True)]
