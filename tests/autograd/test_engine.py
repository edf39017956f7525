"""Reverse-mode engine: graph walks, accumulation, retain/create_graph, inputs=, grad modes, hooks
on non-leaves, in-place rebasing and freeing, against behaviour recorded from torch 2.13."""

import doctest
import gc
import math
import re
import sys
import weakref
from pathlib import Path

import numpy as np
import pytest
import recorded

import chainrule as torch

FIXTURE = recorded.load("core_engine")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "autograd.md"


@pytest.mark.parametrize("key", sorted(FIXTURE["cases"]))
def test_engine_matches_torch(key):
    recorded.assert_matches(FIXTURE, key, rel=1e-9)


def test_engine_long_chain_runs_without_recursion():
    x = torch.tensor(0.5, requires_grad=True)
    y = x
    for _ in range(100_000):
        y = y + 1
    (y * y).backward()
    assert x.grad.item() == 2 * (0.5 + 100_000)
    del y  # freeing the 100,000-node graph must not recurse either


def test_engine_long_chain_grad_with_saved_tensors():
    x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
    y = x
    for _ in range(100_000):
        y = y * 1.00001
    (g,) = torch.autograd.grad(y, x)
    assert math.isclose(g.item(), 1.00001 ** 100_000, rel_tol=1e-9)


def _graph():
    """Return (x, y, weakref to a saved intermediate's array, weakref to y's node)."""
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    h = x.exp()
    y = (h * h).sum()
    return x, y, weakref.ref(h.detach().numpy()), weakref.ref(y.grad_fn)


def test_engine_backward_frees_saved_arrays():
    x, y, saved, _ = _graph()
    assert saved() is not None  # only the graph holds it now
    y.backward()
    assert saved() is None
    np.testing.assert_allclose(x.grad.numpy(), 2 * np.exp([2.0, 4.0]), rtol=1e-6)


def test_engine_retain_graph_keeps_saved_arrays_until_the_graph_goes():
    x, y, saved, node = _graph()
    y.backward(retain_graph=True)
    assert saved() is not None
    y.backward()
    assert saved() is None
    np.testing.assert_allclose(x.grad.numpy(), 4 * np.exp([2.0, 4.0]), rtol=1e-6)


def test_engine_graph_has_no_reference_cycles():
    gc.collect()
    gc.disable()
    try:
        x, y, saved, node = _graph()
        leaf_node = weakref.ref(y.grad_fn.next_functions[0][0])
        del y
        assert saved() is None and node() is None and leaf_node() is None
        _, y, saved, node = _graph()
        y.backward(retain_graph=True)
        del y
        assert saved() is None and node() is None
        result = x.sigmoid()  # an op saving its own output
        node = weakref.ref(result.grad_fn)
        array = weakref.ref(result.detach().numpy())
        del result
        assert node() is None and array() is None
    finally:
        gc.enable()


def test_engine_views_inplace_and_higher_order_graphs_free_without_gc():
    gc.collect()
    gc.disable()
    try:
        x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
        y = x * 2
        y.retain_grad()
        v = y[1:]
        v.mul_(2)
        r = y.view(3, 1)
        r[0, 0] = x[2]
        (g,) = torch.autograd.grad((y * y).sum(), x, create_graph=True)
        nodes = [weakref.ref(t.grad_fn) for t in (y, v, r, g)]
        arrays = [weakref.ref(t.detach().numpy()) for t in (y, g)]
        del y, v, r, g
        assert all(ref() is None for ref in nodes + arrays)
    finally:
        gc.enable()


def test_engine_diamond_matches_finite_differences():
    def f(t):
        a = t * 2
        b = t.sin()
        return (a * b + a.exp() * b).sum()

    x = torch.tensor([0.3, -0.8, 1.1], dtype=torch.float64, requires_grad=True)
    f(x).backward()
    eps = 1e-6
    base = x.detach().numpy()
    for i in range(3):
        step = np.zeros(3)
        step[i] = eps
        plus = f(torch.tensor(base + step)).item()
        minus = f(torch.tensor(base - step)).item()
        assert math.isclose(x.grad[i].item(), (plus - minus) / (2 * eps), rel_tol=1e-7)


def test_engine_docs_page_prints_what_it_shows(monkeypatch):
    """docs/autograd.md's examples (which pass under torch 2.13 too) run as printed."""
    blocks = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    monkeypatch.setitem(sys.modules, "torch", torch)
    test = doctest.DocTestParser().get_doctest("".join(blocks), {}, "autograd.md", str(DOCS), 0)
    runner = doctest.DocTestRunner()
    runner.run(test, out=print)
    examples = sum(line.startswith(">>> ") for b in blocks for line in b.splitlines())
    assert runner.summarize(verbose=False) == (0, examples) and examples > 20


# Recorded from torch 2.13: a second backward fails exactly when the graph saved a tensor, and a
# Python number in a tensor argument's place is saved as one (torch wraps it).
SECOND_BACKWARD = {"add": (lambda x: x + 3, [2.0, 2.0]), "mul": (lambda x: x * 2, None),
                   "rmul": (lambda x: 2 * x, None), "div": (lambda x: x / 2, None),
                   "pow": (lambda x: x ** 2, None), "sub": (lambda x: x - 1, [2.0, 2.0]),
                   "rsub": (lambda x: 1 - x, [-2.0, -2.0])}


@pytest.mark.parametrize("name", sorted(SECOND_BACKWARD))
def test_engine_second_backward_fails_only_when_tensors_were_saved(name):
    fn, grad_after_two = SECOND_BACKWARD[name]
    x = torch.ones(2, requires_grad=True)
    y = fn(x).sum()
    y.backward()
    if grad_after_two is None:
        with pytest.raises(RuntimeError, match="Trying to backward through the graph a second"):
            y.backward()
    else:
        y.backward()
        assert x.grad.tolist() == grad_after_two
