"""Batched Jacobians and Hessians: the row-by-row loop's values, from a constant number of
engine passes instead of one per output row (how fast that is lives in benchmarks/, workload 5:
timings on a shared machine are not test material)."""

import numpy as np
import pytest

import chainrule
from chainrule import func
from chainrule.autograd import engine
from chainrule.autograd import functional as F

N = 40
_rng = np.random.default_rng(0)
W = chainrule.from_numpy(_rng.standard_normal((N, N)) / 10)
B = chainrule.from_numpy(_rng.standard_normal(N))
X = chainrule.from_numpy(_rng.standard_normal(N))


def layer(x):
    return chainrule.tanh(W @ x + B)


def energy(x):
    return (chainrule.tanh(W @ x) ** 2).sum()


BATCHED = {
    "jacobian-vectorize": (layer, lambda: F.jacobian(layer, X, vectorize=True)),
    "jacobian-forward-mode": (layer, lambda: F.jacobian(layer, X, vectorize=True,
                                                        strategy="forward-mode")),
    "jacrev": (layer, lambda: func.jacrev(layer)(X)),
    "jacfwd": (layer, lambda: func.jacfwd(layer)(X)),
    "hessian-vectorize": (energy, lambda: F.hessian(energy, X, vectorize=True)),
    "hessian-forward-over-reverse": (energy, lambda: F.hessian(
        energy, X, vectorize=True, outer_jacobian_strategy="forward-mode")),
    "func.hessian": (energy, lambda: func.hessian(energy)(X)),
}


def _passes(fn, monkeypatch):
    """Run ``fn`` counting the backward passes the engine makes; return (result, count)."""
    calls = []
    real = engine.execute

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(engine, "execute", counting)
        result = fn()
    return np.asarray(result.detach()), len(calls)


@pytest.mark.parametrize("name", list(BATCHED))
def test_batched_derivative_matches_the_row_loop_in_a_few_passes(name, monkeypatch):
    f, batched = BATCHED[name]
    reference = F.jacobian(layer, X) if f is layer else F.hessian(energy, X)
    got, passes = _passes(batched, monkeypatch)
    np.testing.assert_allclose(got, np.asarray(reference.detach()), rtol=0, atol=1e-12)
    assert passes <= 2, f"{name}: {passes} engine passes for {N} output rows"


def test_the_row_loop_makes_one_pass_per_row(monkeypatch):
    _, passes = _passes(lambda: F.jacobian(layer, X), monkeypatch)
    assert passes == N
