"""Saved-tensor hooks stay scoped to their context and their thread."""
import threading

import pytest

import chainrule as torch
from chainrule.autograd.graph import disable_saved_tensors_hooks, saved_tensors_hooks


def _grad_of_square(x):
    x.grad = None
    (x * x).backward()
    return x.grad


def test_hooks_stop_after_an_exception_leaves_the_context():
    packed = []
    x = torch.tensor(3.0, requires_grad=True)
    with pytest.raises(ValueError):
        with saved_tensors_hooks(lambda t: packed.append(1) or t, lambda t: t):
            raise ValueError
    assert _grad_of_square(x).item() == 6.0
    assert packed == []
    with pytest.raises(RuntimeError, match="no hooks"):
        with disable_saved_tensors_hooks("no hooks"):
            with saved_tensors_hooks(lambda t: t, lambda t: t):
                pass
    assert _grad_of_square(x).item() == 6.0


def test_hooks_open_in_another_thread_do_not_apply_here():
    packed, opened, done = [], threading.Event(), threading.Event()

    def worker():
        with saved_tensors_hooks(lambda t: packed.append(1) or t, lambda t: t):
            y = torch.tensor(2.0, requires_grad=True)
            (y * y).backward()
            opened.set()
            done.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    opened.wait(10)
    x = torch.tensor(3.0, requires_grad=True)
    grad = _grad_of_square(x)
    done.set()
    thread.join()
    assert grad.item() == 6.0
    assert packed == [1, 1]  # the worker's two saved inputs only
    with saved_tensors_hooks(lambda t: packed.append(2) or t, lambda t: t):
        _grad_of_square(x)
    assert packed == [1, 1, 2, 2]
