"""Property-based tests (hypothesis): algebraic facts every correct reverse mode must satisfy.

References are independent of chainrule's autograd: NumPy for broadcast reductions and central
finite differences (float64) for gradients. Examples are bounded so the file runs in seconds.
"""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

import chainrule as torch

SETTINGS = settings(max_examples=25, deadline=None)
shapes = hnp.array_shapes(min_dims=0, max_dims=3, min_side=1, max_side=4)
seeds = st.integers(0, 2**31 - 1)


def _leaf(rng, shape, low=-2.0, high=2.0):
    return torch.tensor(rng.uniform(low, high, shape), dtype=torch.float64, requires_grad=True)


def _vjp(y, x, v):
    (g,) = torch.autograd.grad(y, x, grad_outputs=v, allow_unused=True)
    return np.zeros(x.shape) if g is None else g.detach().numpy()


# Each entry: an op of one float64 tensor and the open interval its inputs are drawn from
# (kept away from kinks and poles, as in HIPS autograd's test domains).
UNARY = {
    "exp": (torch.exp, (-2, 2)), "log": (torch.log, (0.5, 3)), "sqrt": (torch.sqrt, (0.5, 3)),
    "sin": (torch.sin, (-2, 2)), "cos": (torch.cos, (-2, 2)), "tan": (torch.tan, (-1, 1)),
    "tanh": (torch.tanh, (-2, 2)), "sigmoid": (torch.sigmoid, (-2, 2)),
    "relu": (torch.relu, (0.2, 2)), "abs": (torch.abs, (0.2, 2)),
    "pow": (lambda x: x ** 2.5, (0.5, 2)), "reciprocal": (torch.reciprocal, (0.5, 2)),
    "clamp": (lambda x: torch.clamp(x, -0.5, 0.5) * x, (-2, 2)),
    "square_sum_dim": (lambda x: (x * x).sum(-1, keepdim=True) if x.ndim else x * x, (-2, 2)),
    "mean": (lambda x: x.mean(), (-2, 2)), "norm": (lambda x: x.norm(), (0.5, 2)),
    "cumsum": (lambda x: x.cumsum(0) if x.ndim else x, (-2, 2)),
    "amax": (lambda x: torch.amax(x * torch.arange(x.numel(), dtype=torch.float64)
                                  .reshape(x.shape)), (0.5, 2)),
    "transpose": (lambda x: x.transpose(0, -1) if x.ndim else x, (-2, 2)),
    "reshape": (lambda x: x.reshape(-1), (-2, 2)),
    "getitem": (lambda x: x[..., ::2] if x.ndim else x, (-2, 2)),
    "cat": (lambda x: torch.cat([x.reshape(-1), x.reshape(-1) * 2]), (-2, 2)),
    "stack": (lambda x: torch.stack([x, x.exp()], -1), (-2, 2)),
    "matmul": (lambda x: x.reshape(-1) @ x.reshape(-1), (-2, 2)),
}
KINKS = {"clamp": (-0.5, 0.5)}  # points inside a domain where the derivative jumps
BINARY = {"add": torch.add, "sub": torch.sub, "mul": torch.mul, "div": torch.div,
          "maximum": torch.maximum}


@SETTINGS
@given(shape=shapes, seed=seeds, name=st.sampled_from(sorted(UNARY)),
       a=st.floats(-3, 3), b=st.floats(-3, 3))
def test_vjp_is_linear_in_the_upstream_gradient(shape, seed, name, a, b):
    rng = np.random.default_rng(seed)
    fn, (lo, hi) = UNARY[name]
    x = _leaf(rng, shape, lo, hi)
    y = fn(x)
    v1, v2 = (torch.tensor(rng.normal(size=y.shape), dtype=torch.float64) for _ in range(2))
    combined = _vjp(fn(x), x, v1 * a + v2 * b)
    np.testing.assert_allclose(combined, a * _vjp(fn(x), x, v1) + b * _vjp(fn(x), x, v2),
                               rtol=1e-9, atol=1e-9)


@SETTINGS
@given(shape=shapes, seed=seeds, f=st.sampled_from(sorted(UNARY)),
       g=st.sampled_from(sorted(UNARY)))
def test_grad_of_a_sum_is_the_sum_of_grads(shape, seed, f, g):
    rng = np.random.default_rng(seed)
    (fa, (lo1, hi1)), (fb, (lo2, hi2)) = UNARY[f], UNARY[g]
    lo, hi = max(lo1, lo2), min(hi1, hi2)
    if lo >= hi:
        lo, hi = 0.5, 1.0
    x = _leaf(rng, shape, lo, hi)
    (both,) = torch.autograd.grad(fa(x).sum() + fb(x).sum(), x)
    (ga,) = torch.autograd.grad(fa(x).sum(), x)
    (gb,) = torch.autograd.grad(fb(x).sum(), x)
    np.testing.assert_allclose(both.numpy(), ga.numpy() + gb.numpy(), rtol=1e-9, atol=1e-12)


@st.composite
def broadcast_pairs(draw):
    """Two shapes that broadcast: some dims set to 1 or dropped on either side."""
    out = draw(hnp.array_shapes(min_dims=0, max_dims=3, min_side=1, max_side=3))
    a = tuple(d if draw(st.booleans()) else 1 for d in out)
    b = tuple(d if draw(st.booleans()) else 1 for d in out)
    return a[draw(st.integers(0, len(a))):], b[draw(st.integers(0, len(b))):]


def _numpy_sum_to(g, shape):
    """Reference reduction of a broadcast gradient back to ``shape``, in NumPy."""
    g = g.sum(axis=tuple(range(g.ndim - len(shape)))) if g.ndim > len(shape) else g
    return g.sum(axis=tuple(i for i, n in enumerate(shape) if n == 1), keepdims=True) \
        .reshape(shape)


@SETTINGS
@given(pair=broadcast_pairs(), seed=seeds, name=st.sampled_from(sorted(BINARY)))
def test_broadcast_gradients_reduce_to_the_input_shape(pair, seed, name):
    rng = np.random.default_rng(seed)
    x, y = _leaf(rng, pair[0], 0.5, 2), _leaf(rng, pair[1], -2, -0.5)
    out = BINARY[name](x, y)
    v = rng.normal(size=out.shape)
    gx, gy = torch.autograd.grad(out, (x, y), grad_outputs=torch.tensor(v, dtype=torch.float64))
    assert gx.shape == x.shape and gy.shape == y.shape
    xb, yb = np.broadcast_arrays(x.detach().numpy(), y.detach().numpy())
    local = {"add": (1.0, 1.0), "sub": (1.0, -1.0), "mul": (yb, xb),
             "div": (1 / yb, -xb / yb ** 2), "maximum": (1.0, 0.0)}[name]
    np.testing.assert_allclose(gx.numpy(), _numpy_sum_to(v * local[0] * np.ones(out.shape),
                                                         x.shape), rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(gy.numpy(), _numpy_sum_to(v * local[1] * np.ones(out.shape),
                                                         y.shape), rtol=1e-12, atol=1e-12)


def _permutation_pairs(x):
    dims = list(range(x.ndim))
    perm = dims[1:] + dims[:1]
    inverse = [int(i) for i in np.argsort(perm)]
    return {
        "exp_log": lambda t: torch.log(torch.exp(t)),
        "log_exp": lambda t: torch.exp(torch.log(t + 3.0)) - 3.0,
        "reshape_back": lambda t: t.reshape(-1).reshape(t.shape),
        "transpose_twice": lambda t: t.transpose(0, -1).transpose(0, -1) if t.ndim else t,
        "permute_inverse": lambda t: t.permute(tuple(perm)).permute(tuple(inverse)),
        "unsqueeze_squeeze": lambda t: t.unsqueeze(0).squeeze(0),
        "sqrt_square": lambda t: torch.sqrt(t + 2.0) ** 2 - 2.0,
    }


@SETTINGS
@given(shape=shapes, seed=seeds, name=st.sampled_from(["exp_log", "log_exp", "reshape_back",
                                                       "transpose_twice", "permute_inverse",
                                                       "unsqueeze_squeeze", "sqrt_square"]))
def test_inverse_pairs_have_an_identity_jacobian(shape, seed, name):
    rng = np.random.default_rng(seed)
    x = _leaf(rng, shape, -1, 1)
    y = _permutation_pairs(x)[name](x)
    np.testing.assert_allclose(y.detach().numpy(), x.detach().numpy(), rtol=1e-12, atol=1e-12)
    v = rng.normal(size=shape)
    np.testing.assert_allclose(_vjp(y, x, torch.tensor(v, dtype=torch.float64)), v,
                               rtol=1e-9, atol=1e-12)


def _projected_fd(fn, x0, u, v, eps=1e-6):
    """v . J u by central differences on forward values only (no autograd involved)."""
    with torch.no_grad():
        plus = fn(torch.tensor(x0 + eps * u, dtype=torch.float64)).numpy()
        minus = fn(torch.tensor(x0 - eps * u, dtype=torch.float64)).numpy()
    return float(np.sum(v * (plus - minus) / (2 * eps)))


@settings(max_examples=10, deadline=None)
@given(shape=shapes, seed=seeds)
@pytest.mark.parametrize("name", sorted(UNARY))
def test_float64_gradient_matches_finite_differences(name, shape, seed):
    rng = np.random.default_rng(seed)
    fn, (lo, hi) = UNARY[name]
    x = _leaf(rng, shape, lo, hi)
    for kink in KINKS.get(name, ()):  # central differences must not straddle a kink
        near = np.abs(x.detach().numpy() - kink) < 1e-3
        x = torch.tensor(np.where(near, kink + 1e-2, x.detach().numpy()), requires_grad=True)
    y = fn(x)
    for _ in range(3):
        u, v = rng.normal(size=shape), rng.normal(size=y.shape)
        analytic = float(np.sum(_vjp(fn(x), x, torch.tensor(v, dtype=torch.float64)) * u))
        numeric = _projected_fd(fn, x.detach().numpy(), u, v)
        assert analytic == pytest.approx(numeric, rel=1e-6, abs=1e-6)


@settings(max_examples=10, deadline=None)
@given(shape=shapes, seed=seeds)
@pytest.mark.parametrize("name", ["exp", "sin", "tanh", "sigmoid", "pow", "log", "norm",
                                  "stack", "matmul"])
def test_float64_second_derivative_matches_finite_differences(name, shape, seed):
    rng = np.random.default_rng(seed)
    fn, (lo, hi) = UNARY[name]
    x0 = rng.uniform(lo, hi, shape)
    v = rng.normal(size=fn(torch.tensor(x0, dtype=torch.float64)).shape)

    def vjp_at(x_np):
        x = torch.tensor(x_np, dtype=torch.float64, requires_grad=True)
        return _vjp(fn(x), x, torch.tensor(v, dtype=torch.float64))

    x = torch.tensor(x0, dtype=torch.float64, requires_grad=True)
    (g,) = torch.autograd.grad(fn(x), x, grad_outputs=torch.tensor(v, dtype=torch.float64),
                               create_graph=True)
    u, w = rng.normal(size=shape), rng.normal(size=shape)
    (h,) = torch.autograd.grad(g, x, grad_outputs=torch.tensor(w, dtype=torch.float64),
                               allow_unused=True)
    analytic = 0.0 if h is None else float(np.sum(h.detach().numpy() * u))
    eps = 1e-6
    numeric = float(np.sum(w * (vjp_at(x0 + eps * u) - vjp_at(x0 - eps * u)) / (2 * eps)))
    assert analytic == pytest.approx(numeric, rel=1e-5, abs=1e-6)
