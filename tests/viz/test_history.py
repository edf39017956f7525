"""explain_grad() and track_grads(): how a leaf's .grad was built across backward calls."""

import gc

import numpy as np
import pytest

import chainrule as torch
from chainrule import viz
from chainrule.autograd import hooks
from chainrule.viz import history


def test_tracking_is_off_by_default_and_costs_nothing():
    assert not viz.is_tracking_grads() and hooks.accumulate_observer is None
    x = torch.tensor(3., requires_grad=True)
    (x * 2).backward()
    assert "Call chainrule.viz.track_grads(True)" in x.explain_grad().text


def test_accumulation_without_zeroing_is_spelled_out():
    viz.track_grads(True)
    x = torch.tensor(3., requires_grad=True)
    for _ in range(3):
        y = 3 * x**2 + 4 * x + 2
        y.backward()
    e = x.explain_grad()
    lines = e.text.splitlines()
    assert lines[0] == "x.grad = 66. = 22. from backward #1 + 22. from #2 + 22. from #3"
    assert "call x.grad.zero_() (or optimizer.zero_grad()) between steps" in lines[1]
    assert [(n, g.item()) for n, g in e.history] == [(1, 22.0), (2, 22.0), (3, 22.0)]


def test_zeroing_between_steps_restarts_the_history():
    viz.track_grads(True)
    x = torch.tensor(3., requires_grad=True)
    for _ in range(3):
        y = 3 * x**2 + 4 * x + 2
        y.backward()
        last = x.explain_grad()
        x.grad.zero_()
    assert last.text.splitlines() == [
        "x.grad = 22. = 22. from backward #3",
        "  .grad already held 0. before backward #3 (zeroed or set outside backward)."]


def test_history_sums_to_grad_over_many_calls():
    viz.track_grads(True)
    x1 = torch.tensor(2.0, requires_grad=True)
    y = torch.cos(x1) + torch.sin(x1)
    for _ in range(10):
        y.backward(retain_graph=True)
    e = x1.explain_grad()
    total = np.float32(0)
    for _, g in e.history:
        total = np.float32(total + g)
    assert total == x1.grad.item()
    assert len(e.history) == 10
    assert "… (3 more) +" in e.text and "from #10" in e.text


def test_set_to_none_restarts_without_a_start_value():
    viz.track_grads(True)
    w = torch.tensor([1., 2.], requires_grad=True)
    (w * 2).sum().backward()
    w.grad = None
    (w * 3).sum().backward()
    e = w.explain_grad()
    assert e.text == "w.grad = [3., 3.] = [3., 3.] from backward #2"
    assert e.start is None


def test_changes_outside_backward_are_reported():
    viz.track_grads(True)
    w = torch.tensor([1., 2.], requires_grad=True)
    (w * 2).sum().backward()
    with torch.no_grad():
        w.grad.add_(1)
    assert "then .grad was changed outside backward" in w.explain_grad().text


def test_create_graph_gradients_are_recorded_as_values():
    viz.track_grads(True)
    x = torch.tensor(2., requires_grad=True)
    (dy,) = torch.autograd.grad(x**3, x, create_graph=True)
    dy.backward()
    e = x.explain_grad()
    assert e.text == "x.grad = 12. = 12. from backward #1"


def test_explain_grad_of_non_leaf_and_of_missing_grad():
    x = torch.tensor(2., requires_grad=True)
    with pytest.raises(RuntimeError, match=r"explain_grad\(\) explains a leaf's .grad, but y was "
                                           r"computed by MulBackward0"):
        y = x * 2
        y.explain_grad()
    assert x.explain_grad().text.startswith("x.grad is None: no backward pass has reached x")


def test_records_die_with_their_tensors():
    viz.track_grads(True)
    x = torch.tensor(2., requires_grad=True)
    (x * 2).backward()
    key = id(x)
    assert key in history._records
    del x
    gc.collect()
    assert key not in history._records


def test_turning_tracking_off_stops_recording():
    viz.track_grads(True)
    x = torch.tensor(2., requires_grad=True)
    (x * 2).backward()
    viz.track_grads(False)
    (x * 2).backward()
    assert hooks.accumulate_observer is None
    assert "no backward call was recorded" in x.explain_grad().text
