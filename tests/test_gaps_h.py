"""Replay tests/gaps_h_cases.py under chainrule against the reprs and errors torch recorded
(tools/record_gaps_h_fixtures.py): tensor-only binary ops, shrink ops, loss argument checks."""

import json
import pathlib
import warnings

import numpy as np
import pytest
from gaps_h_cases import CASES, PRELUDE

import chainrule

RECORDED = json.loads((pathlib.Path(__file__).parent / "fixtures" / "gaps_h.json").read_text())


def _outcome(code):
    scope = {"torch": chainrule}
    exec(PRELUDE, scope)
    try:
        return {"repr": repr(eval(code, scope))}
    except Exception as e:  # noqa: BLE001  (the error is the behaviour under test)
        return {"error": [type(e).__name__, str(e)]}


@pytest.fixture(autouse=True)
def _six_digits():
    chainrule.set_printoptions(precision=6)
    yield
    chainrule.set_printoptions(profile="default")


def test_every_case_is_recorded():
    assert set(RECORDED["cases"]) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_matches_torch(name):
    assert _outcome(CASES[name]) == RECORDED["cases"][name]


def test_ops_on_inf_and_nan_warn_nothing_and_leave_numpy_state():
    """torch returns inf/nan silently; every table op runs with NumPy's warnings off."""
    before = np.geterr()
    a = chainrule.tensor([float("inf"), 0.0, -1.0, 1e38, float("nan")], requires_grad=True)
    b = chainrule.tensor([0.0, float("inf"), 0.0, 1e38, 2.0])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        outs = [a * b, a - a, chainrule.logaddexp(a, b), a.prod(), a.norm(), a @ b,
                a.logsumexp(0), chainrule.lerp(a, b, 0.5), chainrule.logit(a)]
        for out in outs:
            chainrule.autograd.grad(out.sum(), a, retain_graph=True)
    with np.errstate(all="ignore"):
        a_np, b_np = a.detach().numpy(), b.numpy()
        expected = [a_np * b_np, a_np - a_np, np.logaddexp(a_np, b_np)]
    for out, ref in zip(outs, expected):
        np.testing.assert_array_equal(out.detach().numpy(), ref.astype(np.float32))
    assert np.geterr() == before
