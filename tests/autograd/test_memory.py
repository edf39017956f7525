"""Memory and concurrency: graphs freed by refcounting alone, bounded training loops, deep
chains, and thread-local grad mode with independent backward passes in two threads."""

import gc
import threading
import weakref

import numpy as np
import pytest

import chainrule as torch
from chainrule import Tensor
from chainrule.autograd.graph import Node


@pytest.fixture
def no_gc():
    """Run with the cycle collector off, so anything freed was freed by refcounting."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def live(kind):
    """Count live gc-tracked objects that are instances of ``kind``."""
    return sum(isinstance(o, kind) for o in gc.get_objects())


def test_graph_freed_by_refcount_after_backward(no_gc):
    x = torch.tensor([0.5, -1.0, 2.0], requires_grad=True)
    h = (x * 2).exp()
    y = (h.sin() * h).sum()
    nodes = [weakref.ref(y.grad_fn), weakref.ref(h.grad_fn)]
    saved = weakref.ref(h)
    y.backward()
    del y, h
    assert all(r() is None for r in nodes)
    assert saved() is None
    assert x.grad is not None


def test_graph_freed_without_backward(no_gc):
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = (x.exp() * x).sum()
    node = weakref.ref(y.grad_fn)
    del y
    assert node() is None


def test_custom_function_saving_its_output_makes_no_cycle(no_gc):
    class Exp(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            result = x.exp()
            ctx.save_for_backward(result)
            return result

        @staticmethod
        def backward(ctx, grad):
            result, = ctx.saved_tensors
            return grad * result

    x = torch.tensor([0.0, 1.0], requires_grad=True)
    y = Exp.apply(x)
    node = weakref.ref(y.grad_fn)
    out = weakref.ref(y)
    del y
    assert node() is None and out() is None


def _train(steps, create_graph):
    """A small regression loop; with create_graph it adds a gradient penalty (double backward)."""
    torch.manual_seed(0)
    w = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
    b = torch.zeros(3, dtype=torch.float64, requires_grad=True)
    x = torch.randn(8, 4, dtype=torch.float64)
    target = torch.randn(8, 3, dtype=torch.float64)
    counts = []
    for step in range(steps):
        loss = (((x @ w + b).tanh() - target) ** 2).mean()
        if create_graph:
            gw, = torch.autograd.grad(loss, w, create_graph=True)
            loss = loss + (gw * gw).sum()
        w.grad = b.grad = None
        loss.backward()
        with torch.no_grad():
            w -= 0.01 * w.grad
            b -= 0.01 * b.grad
        if step in (steps // 4, steps - 1):
            counts.append((live(Tensor), live(Node)))
    return counts, loss.item()


@pytest.mark.parametrize("create_graph", [False, True], ids=["plain", "create_graph"])
def test_training_loop_memory_is_bounded(no_gc, create_graph):
    counts, loss = _train(2000, create_graph)
    (tensors_early, nodes_early), (tensors_late, nodes_late) = counts
    assert tensors_late <= tensors_early
    assert nodes_late <= nodes_early
    assert np.isfinite(loss)


def test_chain_of_100000_ops_backpropagates_and_frees(no_gc):
    c = 1.00001
    x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
    y = x
    for _ in range(100_000):
        y = y * c
    last = weakref.ref(y.grad_fn)
    y.backward()
    np.testing.assert_allclose(x.grad.item(), c ** 100_000, rtol=1e-9)
    del y
    assert last() is None


def test_chain_of_100000_ops_freed_without_backward(no_gc):
    x = torch.tensor(1.0, requires_grad=True)
    y = x + 1
    last = weakref.ref(y.grad_fn)
    for _ in range(100_000):
        y = y + 1
    del y
    assert last() is None


def test_grad_mode_is_thread_local():
    seen = {}
    inside = threading.Event()
    release = threading.Event()

    def other():
        with torch.no_grad():
            inside.set()
            release.wait(5)
            seen["other"] = torch.is_grad_enabled()

    t = threading.Thread(target=other)
    t.start()
    inside.wait(5)
    x = torch.ones(2, requires_grad=True)
    seen["main"] = torch.is_grad_enabled()
    y = x * 2
    release.set()
    t.join()
    assert seen == {"main": True, "other": False}
    assert y.requires_grad


def test_independent_backward_in_two_threads():
    results, errors = {}, []

    def work(k):
        try:
            for i in range(200):
                x = torch.tensor([float(k), float(i)], dtype=torch.float64, requires_grad=True)
                if i % 2:
                    with torch.no_grad():
                        assert not (x * 2).requires_grad
                y = (x ** 3).sum()
                g, = torch.autograd.grad(y, x)
                np.testing.assert_allclose(g.numpy(), 3 * x.detach().numpy() ** 2)
            results[k] = True
        except Exception as e:  # surfaced in the main thread below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in (1, 2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert results == {1: True, 2: True}


def test_two_threads_differentiate_one_retained_graph():
    x = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float64, requires_grad=True)
    y = (x.sin() * x.exp()).sum()
    want = (np.cos(x.detach().numpy()) + np.sin(x.detach().numpy())) * np.exp(x.detach().numpy())
    errors = []

    def work():
        try:
            for _ in range(100):
                g, = torch.autograd.grad(y, x, retain_graph=True)
                np.testing.assert_allclose(g.numpy(), want, rtol=1e-12)
        except Exception as e:  # surfaced in the main thread below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
