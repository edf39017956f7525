"""Float sum/mean/var/std and mean-reduced losses follow torch's CPU order: bit-equal to torch."""

import json
import pathlib

import numpy as np
import pytest

import chainrule
from chainrule._ops._sum_order import EXACT_LIMIT, torch_sum

_FIXTURE = pathlib.Path(__file__).parent / "fixtures" / "sum_order.json"
_CASES = json.loads(_FIXTURE.read_text())


def _input(case):
    """The recorder's input for ``case`` (tools/record_sum_order_fixtures.py: case_input)."""
    rng = np.random.default_rng(case["index"])
    return rng.standard_normal(case["shape"]).astype(case["dtype"])


def _same(tensor, recorded, exact=True):
    """Exactly the recorded values (NaN where torch gave NaN); past ``EXACT_LIMIT`` elements
    NumPy's pairwise sum runs instead, equal up to float rounding."""
    ours, theirs = np.asarray(tensor.reshape(-1).tolist()), np.asarray(recorded)
    if exact:
        np.testing.assert_array_equal(ours, theirs)
    else:
        np.testing.assert_allclose(ours, theirs, rtol=1e-5, atol=1e-5)


def _id(case):
    return f"{case['dtype']}-{'x'.join(map(str, case['shape']))}-{case['dims']}"


@pytest.mark.parametrize("case", _CASES, ids=_id)
def test_reductions_match_torch_bits(case):
    x = chainrule.from_numpy(_input(case))
    dims = None if case["dims"] is None else tuple(case["dims"])
    s = x.sum() if dims is None else x.sum(dims)
    m = x.mean() if dims is None else x.mean(dims)
    exact = x.numel() <= EXACT_LIMIT
    _same(s, case["sum"], exact)
    _same(m, case["mean"], exact)
    v = x.var() if dims is None else x.var(dims)
    sd = x.std() if dims is None else x.std(dims)
    if case["dtype"] == "float32" or dims is None:  # float64 along dims: Welford, not replayed
        _same(v, case["var"])
        _same(sd, case["std"])
    else:
        np.testing.assert_allclose(v.reshape(-1).tolist(), case["var"], rtol=1e-13)
    mse = chainrule.nn.functional.mse_loss(x, chainrule.zeros_like(x)).item()
    assert mse == case["mse"] if exact else mse == pytest.approx(case["mse"], rel=1e-5)


def test_torch_sum_agrees_with_numpy_up_to_rounding():
    a = np.random.default_rng(0).standard_normal((6, 40, 9)).astype(np.float32)
    for axis in (None, 0, 1, 2, (0, 1), (1, 2)):
        np.testing.assert_allclose(torch_sum(a, axis), a.sum(axis), rtol=1e-5, atol=1e-5)
        assert torch_sum(a, axis, keepdims=True).shape == a.sum(axis, keepdims=True).shape


def test_unsupported_layouts_fall_back_to_numpy():
    a = np.random.default_rng(1).standard_normal((8, 12)).astype(np.float32)
    assert np.array_equal(torch_sum(a.T, 0), a.T.sum(0))  # not C-contiguous
    big = np.random.default_rng(2).standard_normal(40000).astype(np.float32)
    assert torch_sum(big) == big.sum()  # torch splits this across threads: no fixed order
    ints = np.arange(10)
    assert torch_sum(ints) == 45


def test_results_are_fresh_c_contiguous_with_torch_shapes():
    a = np.random.default_rng(3).standard_normal((3, 2, 8, 8)).astype(np.float32)
    assert torch_sum(a).shape == ()
    out = torch_sum(a, (0, 2))
    assert out.shape == (2, 8) and out.flags.c_contiguous
    x = chainrule.from_numpy(a)
    assert x.sum((0, 2)).is_contiguous() and x.mean().dim() == 0
