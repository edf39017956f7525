"""Activation checkpointing: both variants give the plain gradients; torch 2.13 arguments."""

import weakref

import numpy as np
import pytest

import chainrule as torch
from chainrule.utils.checkpoint import checkpoint

RECORDED = "checkpoint"


def test_checkpoint_matches_torch(recorded_key, check_recorded):
    check_recorded(RECORDED, recorded_key)


def _block(x, w, kept=None):
    h = (x @ w).tanh()
    if kept is not None:
        kept.append(weakref.ref(h))
    return (h * h).sum(dim=1).exp()


def _data():
    rng = np.random.default_rng(0)
    return (torch.tensor(rng.normal(size=(5, 4)), requires_grad=True),
            torch.tensor(rng.normal(size=(4, 3)) / 2, requires_grad=True))


@pytest.mark.parametrize("use_reentrant", [True, False], ids=["reentrant", "non_reentrant"])
def test_checkpoint_gradients_equal_the_plain_computation(use_reentrant):
    x, w = _data()
    want = torch.autograd.grad(_block(x, w).sum(), (x, w))
    out = checkpoint(_block, x, w, use_reentrant=use_reentrant)
    x.grad = w.grad = None
    out.sum().backward()
    for got, ref in zip((x.grad, w.grad), want):
        np.testing.assert_allclose(got.numpy(), ref.numpy(), rtol=1e-12)


@pytest.mark.parametrize("use_reentrant", [True, False], ids=["reentrant", "non_reentrant"])
def test_checkpoint_keeps_no_intermediate_and_reruns_once(use_reentrant):
    x, w = _data()
    kept, calls = [], []

    def block(x, w):
        calls.append(1)
        return _block(x, w, kept)

    out = checkpoint(block, x, w, use_reentrant=use_reentrant)
    assert kept[0]() is None  # the forward's intermediate was not saved
    out.sum().backward()
    assert len(calls) == 2


def test_non_reentrant_checkpoint_supports_hessian_vector_products():
    x, w = _data()
    v = torch.ones(5, 4, dtype=torch.float64)

    def hvp(fn):
        g, = torch.autograd.grad(fn(x, w).sum(), x, create_graph=True)
        return torch.autograd.grad((g * v).sum(), x)[0]

    plain = hvp(_block)
    checked = hvp(lambda a, b: checkpoint(_block, a, b, use_reentrant=False))
    np.testing.assert_allclose(checked.numpy(), plain.numpy(), rtol=1e-10)


def test_checkpoint_under_no_grad_just_runs_the_function():
    x, w = _data()
    with torch.no_grad():
        out = checkpoint(_block, x, w, use_reentrant=False)
    assert not out.requires_grad
    np.testing.assert_allclose(out.numpy(), _block(x, w).detach().numpy())


def test_nested_checkpoints_give_plain_gradients():
    x, w = _data()
    want, = torch.autograd.grad(_block(x, w).sum(), w)
    inner = lambda a, b: checkpoint(_block, a, b, use_reentrant=False)  # noqa: E731
    out = checkpoint(lambda a, b: inner(a, b) * 2, x, w, use_reentrant=False)
    got, = torch.autograd.grad(out.sum(), w)
    np.testing.assert_allclose(got.numpy(), 2 * want.numpy(), rtol=1e-12)
