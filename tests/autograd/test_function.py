"""Custom autograd Functions: ctx API, node classes, errors, higher order, against torch 2.13."""

import doctest
import re
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

import chainrule as torch
from chainrule.autograd import Function
from chainrule.autograd.function import once_differentiable

RECORDED = "function"


def test_function_matches_torch(recorded_key, check_recorded):
    check_recorded(RECORDED, recorded_key)


class Softplus(Function):
    """log(1 + e^x) with a backward written in chainrule ops, so it is twice differentiable."""

    @staticmethod
    def forward(ctx, x, beta):
        ctx.save_for_backward(x)
        ctx.beta = beta
        return (1 + (beta * x).exp()).log() / beta

    @staticmethod
    def backward(ctx, grad):
        x, = ctx.saved_tensors
        return grad * (ctx.beta * x).sigmoid(), None


class MulAdd(Function):
    """Two inputs, two outputs, using setup_context and needs_input_grad."""

    @staticmethod
    def forward(a, b):
        return a * b, a + b

    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(*inputs)

    @staticmethod
    def backward(ctx, g_prod, g_sum):
        a, b = ctx.saved_tensors
        ga = g_prod * b + g_sum if ctx.needs_input_grad[0] else None
        gb = g_prod * a + g_sum if ctx.needs_input_grad[1] else None
        return ga, gb


def _numeric_grad(f, x, eps=1e-6):
    """Central differences of the scalar f(x) for a float64 NumPy array x."""
    g = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        up, down = x.copy(), x.copy()
        up[i] += eps
        down[i] -= eps
        g[i] = (f(up) - f(down)) / (2 * eps)
    return g


def test_custom_function_gradient_matches_finite_differences():
    data = np.array([-1.5, 0.2, 2.0])
    x = torch.tensor(data, requires_grad=True)
    Softplus.apply(x, 2.0).sum().backward()
    numeric = _numeric_grad(lambda a: (np.log1p(np.exp(2 * a)) / 2).sum(), data)
    np.testing.assert_allclose(x.grad.numpy(), numeric, rtol=1e-7)


def test_custom_function_passes_gradcheck_and_gradgradcheck():
    x = torch.tensor([-1.5, 0.2, 2.0], dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(lambda t: Softplus.apply(t, 2.0), (x,))
    assert torch.autograd.gradgradcheck(lambda t: Softplus.apply(t, 2.0), (x,))
    a = torch.tensor([[1.0, -2.0], [0.5, 3.0]], dtype=torch.float64, requires_grad=True)
    b = torch.tensor([[0.3, 0.7], [-1.0, 2.0]], dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(MulAdd.apply, (a, b))
    assert torch.autograd.gradgradcheck(MulAdd.apply, (a, b))


def test_custom_backward_composes_with_create_graph_to_third_order():
    data = np.array([0.3, -0.8])
    x = torch.tensor(data, requires_grad=True)
    g1, = torch.autograd.grad(Softplus.apply(x, 1.0).sum(), x, create_graph=True)
    g2, = torch.autograd.grad(g1.sum(), x, create_graph=True)
    g3, = torch.autograd.grad(g2.sum(), x)
    s = 1 / (1 + np.exp(-data))
    np.testing.assert_allclose(g1.detach().numpy(), s)
    np.testing.assert_allclose(g2.detach().numpy(), s * (1 - s))
    np.testing.assert_allclose(g3.numpy(), s * (1 - s) * (1 - 2 * s))


def test_needs_input_grad_skips_unneeded_gradients():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = torch.tensor([3.0, 4.0])
    prod, total = MulAdd.apply(a, b)
    assert prod.grad_fn.needs_input_grad == (True, False)
    assert [name is None for name, _ in prod.grad_fn.next_functions] == [False, True]
    (prod + total).sum().backward()
    np.testing.assert_allclose(a.grad.numpy(), b.numpy() + 1)


def test_each_subclass_gets_its_own_node_class():
    x = torch.tensor([1.0], requires_grad=True)
    node = Softplus.apply(x, 1.0).grad_fn
    assert type(node).__name__ == "SoftplusBackward" and node.name() == "SoftplusBackward"
    assert type(node) is Softplus._backward_cls
    assert type(node) is not MulAdd._backward_cls
    assert isinstance(node, torch.autograd.function.BackwardCFunction)
    assert type(node)._forward_cls is Softplus


def test_ctx_state_is_released_after_backward():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = Softplus.apply(x, 1.0)
    y.sum().backward(retain_graph=True)
    saved, = y.grad_fn.saved_tensors
    assert saved is x
    y.sum().backward()
    with pytest.raises(RuntimeError, match="backward through the graph a second time"):
        _ = y.grad_fn.saved_tensors


def test_once_differentiable_backward_runs_without_recording():
    seen = []

    class Square(Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x * x

        @staticmethod
        @once_differentiable
        def backward(ctx, grad):
            x, = ctx.saved_tensors
            seen.append(torch.is_grad_enabled())
            return 2 * x * grad

    x = torch.tensor([3.0], requires_grad=True)
    g, = torch.autograd.grad(Square.apply(x), x, torch.ones(1, requires_grad=True),
                             create_graph=True)
    assert seen == [False]
    assert g.item() == 6.0 and type(g.grad_fn).__name__ == "Error"
    with pytest.raises(RuntimeError, match="marked with @once_differentiable"):
        g.sum().backward()


def test_extending_docs_run_as_printed(monkeypatch):
    """docs/extending.md's examples (which pass under torch 2.13 too) run as printed."""
    docs = Path(__file__).resolve().parents[2] / "docs" / "extending.md"
    blocks = re.findall(r"```python\n(.*?)```", docs.read_text(encoding="utf-8"), re.S)
    for module_name, module in list(sys.modules.items()):  # `from torch.x import y` too
        if module_name == "chainrule" or module_name.startswith("chainrule."):
            monkeypatch.setitem(sys.modules, "torch" + module_name[len("chainrule"):], module)
    test = doctest.DocTestParser().get_doctest("".join(blocks), {}, "extending.md", str(docs), 0)
    runner = doctest.DocTestRunner()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        runner.run(test, out=print)
    examples = sum(line.startswith(">>> ") for b in blocks for line in b.splitlines())
    assert runner.summarize(verbose=False) == (0, examples) and examples > 60
