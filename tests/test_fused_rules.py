"""Fused first-order rule paths (_ops/_fused.py) and quiet NumPy calls (_ops/_quiet.py)."""

import warnings

import numpy as np
import pytest

import chainrule as torch

RNG = np.random.default_rng(7)

CASES = {
    "sin": (lambda x, y: torch.sin(x), "MulBackward0"),
    "cos": (lambda x, y: torch.cos(x), "MulBackward0"),
    "pow3": (lambda x, y: x ** 3, "MulBackward0"),
    "pow_half": (lambda x, y: x ** 0.5, "MulBackward0"),
    "pow_neg2": (lambda x, y: x ** -2, "MulBackward0"),
    "div": (lambda x, y: x / y, "DivBackward0"),
    "div_other": (lambda x, y: y / x, "MulBackward0"),
}


def _inputs(shape, dtype):
    x = torch.tensor(RNG.uniform(0.5, 2.0, shape).astype(dtype), requires_grad=True)
    y = torch.tensor(RNG.uniform(0.5, 2.0, shape).astype(dtype), requires_grad=True)
    return x, y


@pytest.mark.parametrize("shape", [(), (3, 4)], ids=["0d", "3x4"])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("name", sorted(CASES))
def test_fused_rule_matches_composite_bitwise(name, dtype, shape):
    fn, node = CASES[name]
    x, y = _inputs(shape, dtype)
    g = torch.tensor(RNG.standard_normal(shape).astype(dtype))
    fused, = torch.autograd.grad(fn(x, y), x, g)
    composite, = torch.autograd.grad(fn(x, y), x, g, create_graph=True)
    assert fused.grad_fn is None and fused.dtype == composite.dtype
    assert composite.grad_fn.name() == node
    np.testing.assert_array_equal(fused.numpy(), composite.detach().numpy())


@pytest.mark.parametrize("name", sorted(CASES))
def test_fused_rule_matches_analytic_derivative(name):
    fn, _ = CASES[name]
    x, y = _inputs((5,), np.float64)
    xs, ys = x.detach().numpy(), y.detach().numpy()
    expected = {"sin": np.cos(xs), "cos": -np.sin(xs), "pow3": 3 * xs ** 2,
                "pow_half": 0.5 * xs ** -0.5, "pow_neg2": -2 * xs ** -3, "div": 1 / ys,
                "div_other": -ys / xs ** 2}[name]
    got, = torch.autograd.grad(fn(x, y).sum(), x)
    np.testing.assert_allclose(got.numpy(), expected, rtol=1e-12)


def test_fused_rule_second_order_through_create_graph():
    x = torch.tensor([0.3, 1.2], dtype=torch.float64, requires_grad=True)
    d1, = torch.autograd.grad((torch.sin(x) * x ** 3).sum(), x, create_graph=True)
    d2, = torch.autograd.grad(d1.sum(), x)
    xs = x.detach().numpy()
    expected = -np.sin(xs) * xs ** 3 + 6 * np.cos(xs) * xs ** 2 + 6 * xs * np.sin(xs)
    np.testing.assert_allclose(d2.numpy(), expected, rtol=1e-12)


def test_fused_rule_mixed_dtypes_fall_back_to_promotion():
    x = torch.tensor([1.5, 2.0], requires_grad=True)
    y = torch.tensor([2.0, 4.0], dtype=torch.float64, requires_grad=True)
    gx, gy = torch.autograd.grad((x / y).sum(), (x, y))
    assert gx.dtype == torch.float32 and gy.dtype == torch.float64
    np.testing.assert_allclose(gy.numpy(), [-1.5 / 4, -2.0 / 16])


def test_quiet_ops_leave_numpy_error_state_and_warn_nothing():
    before = np.geterr()
    x = torch.tensor([0.0, -1.0, 1e30], requires_grad=True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        outs = [torch.log(x), torch.exp(x), x ** -1.0, 1 / x, torch.cos(x), torch.sin(x)]
        for out in outs:
            torch.autograd.grad(out, x, torch.ones(3))
    assert np.geterr() == before
    assert np.isnan(outs[0].detach().numpy()[1]) and np.isinf(outs[1].detach().numpy()[2])
    with pytest.warns(RuntimeWarning):
        np.log(np.zeros(1))


@pytest.mark.parametrize("shape", [(), (4, 3), (200, 100)], ids=["0d", "4x3", "200x100"])
def test_sgd_step_rounds_once_for_any_shape(shape):
    p0 = RNG.standard_normal(shape).astype(np.float32)
    g = RNG.standard_normal(shape).astype(np.float32)
    p = torch.tensor(p0, requires_grad=True)
    p.grad = torch.tensor(g)
    torch.optim.SGD([p], lr=0.1).step()
    exact = p0.astype(np.float64) - np.float64(np.float32(0.1)) * g.astype(np.float64)
    np.testing.assert_array_equal(p.detach().numpy(), exact.astype(np.float32))


def test_linear_weight_grad_has_weight_layout_and_torch_nodes():
    w = torch.tensor(RNG.standard_normal((4, 3)), requires_grad=True)
    x = torch.tensor(RNG.standard_normal((5, 3)), requires_grad=True)
    b = torch.tensor(RNG.standard_normal(4), requires_grad=True)
    torch.nn.functional.linear(x, w, b).sum().backward()
    assert w.grad.stride() == (3, 1) and w.grad.grad_fn is None
    np.testing.assert_allclose(w.grad.numpy(), np.ones((5, 4)).T @ x.detach().numpy())
    gw, gx = torch.autograd.grad(torch.nn.functional.linear(x, w, b).sum(), (w, x),
                                 create_graph=True)
    assert gw.grad_fn.name() == "TBackward0"  # torch: (gradᵀ @ mat1)ᵀ for a transposed mat2
    assert gw.grad_fn.next_functions[0][0].name() == "TBackward0"
    assert gx.grad_fn.name() == "MmBackward0" and gw.stride() == (3, 1)
    np.testing.assert_array_equal(gw.detach().numpy(), w.grad.numpy())


def test_leaf_never_adopts_a_gradient_someone_else_holds():
    a = torch.randn(2, 3, requires_grad=True)
    kept = []
    y = (a * 1).t()
    y.register_hook(lambda g: kept.append(g))
    y.sum().backward()
    assert not np.shares_memory(a.grad.numpy(), kept[0].numpy())
    np.testing.assert_array_equal(a.grad.numpy(), np.ones((2, 3)))


@pytest.mark.parametrize("view", ["t", "transpose"])
def test_transposed_gradients_match_composite_and_keep_torch_nodes(view):
    x = torch.tensor(RNG.standard_normal((3, 4)), requires_grad=True)
    y = torch.tensor(RNG.standard_normal((3, 4)), requires_grad=True)

    def f():
        v = x.t() if view == "t" else x.transpose(0, 1)
        return (v * y.t()).sum()
    fused, = torch.autograd.grad(f(), x)
    composite, = torch.autograd.grad(f(), x, create_graph=True)
    assert composite.grad_fn.name() == ("TBackward0" if view == "t" else "TransposeBackward0")
    np.testing.assert_array_equal(fused.numpy(), composite.detach().numpy())
    np.testing.assert_array_equal(fused.numpy(), y.detach().numpy())
