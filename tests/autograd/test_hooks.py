"""Graph hooks: saved-tensor hooks, gradient edges, multi-grad, node and tensor hooks, _saved_*."""

import weakref

import numpy as np
import pytest

import chainrule as torch
from chainrule.autograd.graph import disable_saved_tensors_hooks, saved_tensors_hooks

RECORDED = "hooks"


def test_hooks_matches_torch(recorded_key, check_recorded):
    check_recorded(RECORDED, recorded_key)


def test_saved_tensors_hooks_apply_to_custom_functions_and_keep_grads_exact():
    packed = []

    class Cube(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x ** 3

        @staticmethod
        def backward(ctx, grad):
            x, = ctx.saved_tensors
            return 3 * x ** 2 * grad

    def pack(t):
        packed.append(tuple(t.shape))
        return t.detach().numpy().copy()

    x = torch.tensor([1.0, -2.0], dtype=torch.float64, requires_grad=True)
    with saved_tensors_hooks(pack, lambda arr: torch.from_numpy(arr)):
        y = Cube.apply(x)
    assert packed == [(2,)]
    g, = torch.autograd.grad(y.sum(), x, create_graph=True)
    np.testing.assert_allclose(g.detach().numpy(), [3.0, 12.0])
    h, = torch.autograd.grad(g.sum(), x)
    np.testing.assert_allclose(h.numpy(), [6.0, -12.0])


def test_pack_hook_result_replaces_the_tensor_in_the_graph():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    with saved_tensors_hooks(lambda t: None, lambda _: torch.zeros(2)):
        y = x * x
    assert weakref.ref(x)() is x
    y.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), [0.0, 0.0])


def test_innermost_saved_tensors_hooks_win_and_contexts_nest():
    log = []
    x = torch.tensor([1.0], requires_grad=True)
    with saved_tensors_hooks(lambda t: log.append("outer") or t, lambda t: t):
        with saved_tensors_hooks(lambda t: log.append("inner") or t, lambda t: t):
            (x.exp()).sum().backward()
        (x.exp()).sum().backward()
    x.exp().sum().backward()
    assert log == ["inner", "outer"]


def test_disable_saved_tensors_hooks_raises_its_message():
    x = torch.tensor([1.0], requires_grad=True)
    with disable_saved_tensors_hooks("no hooks here"):
        y = x * x  # saving tensors still works (torch)
        with pytest.raises(RuntimeError, match="no hooks here"):
            with saved_tensors_hooks(lambda t: t, lambda t: t):
                pass
    with saved_tensors_hooks(lambda t: t, lambda t: t):
        with pytest.raises(RuntimeError, match="not while hooks are open"):
            with disable_saved_tensors_hooks("not while hooks are open"):
                pass
    y.sum().backward()
    assert x.grad.item() == 2.0


def test_node_hooks_can_replace_gradients_and_be_removed():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = x.exp()
    handle = y.grad_fn.register_hook(lambda grad_inputs, grad_outputs: (grad_inputs[0] * 0,))
    y.sum().backward(retain_graph=True)
    np.testing.assert_allclose(x.grad.numpy(), [0.0, 0.0])
    handle.remove()
    y.sum().backward()
    np.testing.assert_allclose(x.grad.numpy(), np.exp([1.0, 2.0]), rtol=1e-6)


def test_multi_grad_hook_sees_only_tensors_in_the_pass_through_grad():
    a = torch.tensor([1.0], requires_grad=True)
    b = torch.tensor([2.0], requires_grad=True)
    calls = []
    torch.autograd.graph.register_multi_grad_hook((a, b), lambda grads: calls.append(grads))
    torch.autograd.grad((a * b).sum(), a)
    assert len(calls) == 1
    assert calls[0][0].item() == 2.0 and calls[0][1] is None
