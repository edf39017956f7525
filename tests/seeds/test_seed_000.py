"""Seed 000 is prose, not a notebook: it claims several ways of getting dy/dx agree.

Each claim is checked on a small two-layer network against its Jacobian worked out in NumPy.
"""

import numpy as np
import pytest

import chainrule as torch

RNG = np.random.default_rng(0)
W1, B1 = RNG.standard_normal((4, 3)), RNG.standard_normal(4)
W2, B2 = RNG.standard_normal((2, 4)), RNG.standard_normal(2)
X = np.array([[0.5, -1.0, 2.0]])


def _network():
    """Return (x, y) for y = tanh(x W1^T + b1) W2^T + b2, with x of shape (1, 3), y of (1, 2)."""
    x = torch.tensor(X, requires_grad=True)
    w1, b1, w2, b2 = (torch.tensor(a) for a in (W1, B1, W2, B2))
    return x, torch.tanh(x @ w1.T + b1) @ w2.T + b2


def _jacobian_rows():
    """d y[0][j] / d x for j = 0, 1, each of x's shape (1, 3)."""
    h = np.tanh(X @ W1.T + B1)
    return [((W2[j] * (1 - h[0] ** 2)) @ W1)[None, :] for j in range(2)]


def test_seed_000_grad_with_ones_is_the_sum_of_rows():
    x, y = _network()
    (dydx,) = torch.autograd.grad(outputs=y, inputs=x, grad_outputs=torch.ones_like(y))
    np.testing.assert_allclose(dydx.numpy(), sum(_jacobian_rows()), rtol=1e-12)


def test_seed_000_create_graph_result_is_differentiable():
    x, y = _network()
    (dydx,) = torch.autograd.grad(outputs=y, inputs=x, grad_outputs=torch.ones_like(y),
                                  create_graph=True, retain_graph=True)
    assert dydx.requires_grad
    np.testing.assert_allclose(dydx.detach().numpy(), sum(_jacobian_rows()), rtol=1e-12)


def test_seed_000_gradients_equal_gradients1_plus_gradients2():
    x, output = _network()
    gradients = torch.autograd.grad(output, x, grad_outputs=torch.tensor([[1, 1]]),
                                    retain_graph=True)
    gradients1 = torch.autograd.grad(output[0][0], x, grad_outputs=torch.tensor(1),
                                     retain_graph=True)
    gradients2 = torch.autograd.grad(output[0][1], x, grad_outputs=torch.tensor(1),
                                     retain_graph=True)
    rows = _jacobian_rows()
    np.testing.assert_allclose(gradients1[0].numpy(), rows[0], rtol=1e-12)
    np.testing.assert_allclose(gradients2[0].numpy(), rows[1], rtol=1e-12)
    np.testing.assert_allclose(gradients[0].numpy(), (gradients1[0] + gradients2[0]).numpy(),
                               rtol=1e-12)
    assert gradients[0].dtype == torch.float64


def test_seed_000_without_cloning_both_names_alias_the_accumulated_grad():
    x, y = _network()
    y[0][0].backward(retain_graph=True)
    dydx2 = x.grad
    y[0][1].backward(retain_graph=True)
    dydx3 = x.grad
    assert dydx2 is dydx3  # accumulation is in place, so the first result was overwritten
    np.testing.assert_allclose(dydx3[0].detach().numpy(), sum(_jacobian_rows())[0], rtol=1e-12)


def test_seed_000_with_cloning_the_parts_add_up():
    x, y = _network()
    y[0][0].backward(retain_graph=True)
    dydx2 = x.grad.clone().detach().numpy()
    x.grad.zero_()
    y[0][1].backward(retain_graph=True)
    dydx3 = x.grad.clone().detach().numpy()
    rows = _jacobian_rows()
    np.testing.assert_allclose(dydx2, rows[0], rtol=1e-12)
    np.testing.assert_allclose(dydx3, rows[1], rtol=1e-12)
    (total,) = torch.autograd.grad(outputs=y, inputs=x, grad_outputs=torch.ones_like(y))
    np.testing.assert_allclose(dydx2 + dydx3, total.numpy(), rtol=1e-12)


def test_seed_000_summary_two_backwards_equal_grad():
    x, y = _network()
    y[0][0].backward(retain_graph=True)
    y[0][1].backward(retain_graph=True)
    dydx = x.grad
    (expected,) = torch.autograd.grad(outputs=y, inputs=x, grad_outputs=torch.ones_like(y))
    np.testing.assert_allclose(dydx.numpy(), expected.numpy(), rtol=1e-12)


def test_seed_000_summary_third_snippet_raises_as_torch():
    """As written, the third snippet passes ones_like(y) for a scalar output: torch 2.13 raises
    this exact message (checked by running it). With a scalar grad_output the parts add up."""
    x, y = _network()
    with pytest.raises(RuntimeError, match=r"^Mismatch in shape: grad_output\[0\] has a shape of "
                       r"torch.Size\(\[1, 2\]\) and output\[0\] has a shape of "
                       r"torch.Size\(\[\]\).$"):
        torch.autograd.grad(outputs=y[0][0], inputs=x, grad_outputs=torch.ones_like(y),
                            create_graph=True, retain_graph=True)
    dydx1 = torch.autograd.grad(outputs=y[0][0], inputs=x, grad_outputs=torch.ones_like(y[0][0]),
                                create_graph=True, retain_graph=True)
    dydx2 = torch.autograd.grad(outputs=y[0][1], inputs=x, grad_outputs=torch.ones_like(y[0][1]),
                                create_graph=True, retain_graph=True)
    dydx = dydx1 + dydx2  # tuple concatenation, as in the seed: sum its parts
    np.testing.assert_allclose((dydx[0] + dydx[1]).detach().numpy(), sum(_jacobian_rows()),
                               rtol=1e-12)
