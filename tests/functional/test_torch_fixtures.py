"""Functional autodiff against torch 2.13: snippets recorded by tools/record_functional_fixtures.py.

Each snippet runs here with ``torch`` bound to chainrule; every observation (values, shapes,
reprs, error messages) must match torch's. Floats agree to float64 rounding.
"""

import json
import math
import textwrap
from pathlib import Path

import pytest

import chainrule
import chainrule.nn  # noqa: F401  (snippets use torch.nn)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "functional_torch.json"
DATA = json.loads(FIXTURE.read_text(encoding="utf-8"))


def _same(got, want):
    """Equal, with floats allowed to differ by float64 rounding of a different summation order."""
    if isinstance(want, float) and isinstance(got, (float, int)) and not isinstance(got, bool):
        return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(want, list) and isinstance(got, (list, tuple)):
        return len(got) == len(want) and all(_same(g, w) for g, w in zip(got, want))
    if isinstance(want, dict) and isinstance(got, dict):
        return got.keys() == want.keys() and all(_same(got[k], want[k]) for k in want)
    return got == want


def _run(code):
    env = {"torch": chainrule}
    exec(DATA["prelude"], env)
    exec(textwrap.dedent(code), env)
    return env["out"]


@pytest.mark.parametrize("name", sorted(DATA["cases"]))
def test_functional_matches_torch(name):
    case = DATA["cases"][name]
    got = _run(case["code"])
    assert len(got) == len(case["out"])
    for i, (g, w) in enumerate(zip(got, case["out"])):
        assert _same(g, w), f"{name}[{i}]:\n got {g!r}\nwant {w!r}"
