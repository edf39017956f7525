"""explain(): paths, local derivatives and their sum against torch's recorded gradients."""

import math
import sys

import numpy as np
import pytest

import chainrule as torch
from chainrule import viz


def torch_path_count(graph, leaf):
    """Paths from the root to ``leaf`` in torch's recorded graph (edges counted with repeats)."""
    counts = {leaf: 1}
    for _ in range(len(graph)):  # relax until stable: enough rounds for any DAG of this size
        for i in range(len(graph)):
            if i != leaf:
                counts[i] = sum(counts.get(c, 0) for c in graph[i][1])
    return counts[0]


def test_explain_matches_torch_gradients(case, recorded, run_case):
    env = run_case(case)
    rec = recorded[case]
    out = env[rec["output"]]
    gradient = eval(rec["gradient"], env) if rec["gradient"] else None
    for k, name in enumerate(rec["wrt"]):
        e = viz.explain(out, env[name], gradient, names={name: env[name]})
        np.testing.assert_allclose(e.grad.numpy(), rec["grads"][k], rtol=1e-6)
        np.testing.assert_allclose(e.total.numpy(), rec["grads"][k], rtol=1e-6)
        summed = np.sum([c.numpy() for c in e.contributions], axis=0, dtype=np.float64)
        np.testing.assert_allclose(e.total.numpy(), summed, rtol=1e-6)
        assert len(e.contributions) == torch_path_count(rec["graph"], rec["leaf_index"][k])
        assert e.text.count("\npath ") + e.text.startswith("path ") == len(e.contributions)


def test_explain_quadratic_spells_out_each_path():
    x = torch.tensor(3., requires_grad=True)
    y = 3 * x**2 + 4 * x + 2
    e = torch.explain(y, x)
    lines = e.text.splitlines()
    assert lines[0] == "dy/dx at x = 3. (where y = 41.)"
    assert lines[1] == "path 1 of 2: y ← u4 ← u2 ← u1 ← x"
    assert "  du1/dx = d/dx (x**2) = 2 * x = 6.   (PowBackward0)" in lines
    assert "  du2/du1 = d/du1 (u1 * 3) = 3 = 3.   (MulBackward0)" in lines
    assert "  product: 1. × 1. × 3. × 6. = 18." in lines
    assert "  du3/dx = d/dx (x * 4) = 4 = 4.   (MulBackward0)" in lines
    assert "  product: 1. × 1. × 4. = 4." in lines
    assert "sum over 2 paths: 18. + 4. = 22." in lines
    assert lines[-1] == "autograd's gradient: 22. (equal)"
    assert [c.item() for c in e.contributions] == [6 * 3, 4]  # d(3x²)/dx = 6x and d(4x)/dx
    assert e.total.item() == e.grad.item() == 22.0
    assert x.grad is None  # explain leaves .grad alone ...
    y.backward()  # ... and the graph intact
    assert x.grad.item() == 22.0


def test_explain_local_derivatives_are_the_symbolic_ones():
    x1 = torch.tensor(2.0, requires_grad=True)
    y = torch.cos(x1) + torch.sin(x1)
    e = torch.explain(y, x1)
    assert "  du1/dx1 = d/dx1 (cos(x1)) = -sin(x1) = -0.9093   (CosBackward0)" in e.text
    assert "  du2/dx1 = d/dx1 (sin(x1)) = cos(x1) = -0.4161   (SinBackward0)" in e.text
    two = np.float32(2.0)
    np.testing.assert_allclose([c.item() for c in e.contributions],
                               [-np.sin(two), np.cos(two)], rtol=1e-6)


def test_explain_vector_output_shows_the_vjp_and_small_jacobian():
    a = torch.tensor([2., 3.], requires_grad=True)
    b = torch.tensor([6., 4.], requires_grad=True)
    Q = 3 * a**3 - b**2
    e = torch.explain(Q, a, gradient=torch.tensor([1., 0.5]))
    assert ("Q has shape [2], so backward(gradient=v) computes the vector-Jacobian product vᵀJ "
            "with v = [1.0000, 0.5000]") in e.text
    assert "Here J (2×2) =\n    [[36.,  0.],\n     [ 0., 81.]]\nand vᵀJ = [36.0000, 40.5000]." \
        in e.text
    assert "  du1/da = d/da (a**3) = 3 * a**2 = [12., 27.]   (PowBackward0)" in e.text
    np.testing.assert_array_equal(e.total.numpy(), 9 * np.array([4., 9.]) * [1., 0.5])


def test_explain_non_scalar_without_gradient_raises_torchs_error():
    x = torch.tensor([1., 2.], requires_grad=True)
    with pytest.raises(RuntimeError, match="^grad can be implicitly created only for scalar "
                                           "outputs$"):
        torch.explain(x * 2, x)


def test_explain_after_backward_says_the_graph_was_freed():
    x = torch.tensor(3., requires_grad=True)
    y = x**2
    y.backward()
    with pytest.raises(RuntimeError, match=r"explain\(\) needs the graph of y, but backward\(\) "
                                           r"already freed its saved tensors.*retain_graph=True"):
        torch.explain(y, x)


def test_explain_unused_input():
    x = torch.tensor(3., requires_grad=True)
    z = torch.tensor(1., requires_grad=True)
    e = torch.explain(x * 2, z)
    assert "does not depend on z" in e.text and e.grad is None and e.contributions == []


def test_explain_requires_grad_errors_are_torchs():
    x = torch.tensor(3.)
    with pytest.raises(RuntimeError, match="^element 0 of tensors does not require grad"):
        torch.explain(x * 2, x)
    w = torch.tensor(3., requires_grad=True)
    with pytest.raises(RuntimeError, match="^One of the differentiated Tensors does not require"):
        torch.explain(w * 2, x)


def test_explain_dot_names_both_arguments():
    x = torch.arange(4.0).requires_grad_(True)
    e = torch.explain(2 * torch.dot(x, x), x)
    assert e.text.count("(as argument 1)") == 1 and e.text.count("(as argument 2)") == 1
    np.testing.assert_array_equal(e.total.numpy(), 4 * np.arange(4.0))


def test_explain_wrt_an_intermediate_result():
    x = torch.tensor([1., 2.], requires_grad=True)
    h = x * 3
    out = (h**2).sum()
    e = torch.explain(out, h)
    np.testing.assert_array_equal(e.total.numpy(), 2 * np.array([3., 6.]))
    assert "path 1 of 1: out ← u2 ← h" in e.text


def test_explain_many_paths_splits_by_use_and_still_sums():
    x = torch.tensor(0.3, dtype=torch.float64, requires_grad=True)
    y = x
    for _ in range(8):
        y = y * y + y  # doubles the number of paths each time
    e = torch.explain(y, x, max_paths=16)
    assert "paths lead from y to x; too many to list" in e.text
    f = lambda v: _iterate(v, 8)
    numeric = (f(0.3 + 1e-7) - f(0.3 - 1e-7)) / 2e-7
    np.testing.assert_allclose(e.total.item(), numeric, rtol=1e-6)
    np.testing.assert_allclose(e.total.item(), e.grad.item(), rtol=1e-12)


def _iterate(v, n):
    for _ in range(n):
        v = v * v + v
    return v


def test_explain_long_chain_shortens_the_steps():
    x = torch.tensor(1., dtype=torch.float64, requires_grad=True)
    y = x
    for _ in range(500):
        y = torch.sin(y)
    e = torch.explain(y, x)
    assert "  … 460 more steps …" in e.text
    np.testing.assert_allclose(e.total.item(), e.grad.item(), rtol=1e-12)


def test_explain_deep_chain_without_recursion():
    x = torch.tensor(1., dtype=torch.float64, requires_grad=True)
    y = x
    for _ in range(20_000):
        y = y * 1.00001
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        e = torch.explain(y, x)
    finally:
        sys.setrecursionlimit(limit)
    np.testing.assert_allclose(e.total.item(), 1.00001 ** 20_000, rtol=1e-9)
    assert "  contribution: 1.2214" in e.text and "  … 19,960 more steps …" in e.text


def test_explain_several_inputs_and_html():
    x = torch.tensor(2., requires_grad=True)
    y = torch.tensor(3., requires_grad=True)
    f = 3 * torch.cos(x) - torch.sin(y)**2
    e = torch.explain(f, [x, y])
    assert [p.total.item() for p in e.parts] == pytest.approx(
        [-3 * math.sin(2.0), -2 * math.sin(3.0) * math.cos(3.0)], rel=1e-6)
    html = e._repr_html_()
    assert html.startswith("<pre") and "d/dx (cos(x)) = -sin(x)" in html
    assert str(e) == e.text


UNARY = {
    "sin": (np.sin, "cos(x)"), "cos": (np.cos, "-sin(x)"), "tan": (np.tan, "1 + tan(x)**2"),
    "exp": (np.exp, "exp(x)"), "log": (np.log, "1 / x"), "sqrt": (np.sqrt, "1 / (2 * sqrt(x))"),
    "tanh": (np.tanh, "1 - tanh(x)**2"), "reciprocal": (lambda v: 1 / v, "-1 / x**2"),
    "sigmoid": (lambda v: 1 / (1 + np.exp(-v)), "sigmoid(x) * (1 - sigmoid(x))"),
    "relu": (lambda v: np.maximum(v, 0), "1 where x > 0, else 0"),
    "abs": (np.abs, "sign(x)"), "neg": (np.negative, "-1"),
}


@pytest.mark.parametrize("name", sorted(UNARY))
def test_explain_unary_rules_match_finite_differences(name):
    fn, rule = UNARY[name]
    x = torch.tensor([0.7, 1.3], dtype=torch.float64, requires_grad=True)
    e = torch.explain(getattr(torch, name)(x), x, gradient=torch.ones(2, dtype=torch.float64))
    h = 1e-6
    numeric = (fn(x.detach().numpy() + h) - fn(x.detach().numpy() - h)) / (2 * h)
    np.testing.assert_allclose(e.total.numpy(), numeric, rtol=1e-7)
    assert f" = {rule} = " in e.text


def test_explain_reports_hooks_it_leaves_out():
    x = torch.tensor(2., requires_grad=True)
    h = x * 3
    h.register_hook(lambda g: g * 10)
    e = torch.explain(h * h, x)
    assert e.text.endswith("(DIFFERENT: autograd also ran hooks, which this derivation leaves "
                           "out)")
    assert e.total.item() == 36.0 and e.grad.item() == 360.0
