"""Shared by the autograd suites: run a snippet recorded from torch 2.13 and compare its output."""

import json
import math
import textwrap
from pathlib import Path

import pytest

import chainrule

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def pytest_generate_tests(metafunc):
    """A test taking ``recorded_key`` runs once per case of its module's ``RECORDED`` fixture."""
    if "recorded_key" in metafunc.fixturenames:
        stem = metafunc.module.RECORDED
        metafunc.parametrize("recorded_key", sorted(_load(stem)["cases"]))


def _load(stem):
    return json.loads((FIXTURES / f"autograd_{stem}.json").read_text(encoding="utf-8"))


def _same(got, want):
    """Equal, with floats allowed to differ in the last few bits."""
    if isinstance(want, float) and isinstance(got, float):
        return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)
    if isinstance(want, list) and isinstance(got, (list, tuple)):
        return len(got) == len(want) and all(_same(g, w) for g, w in zip(got, want))
    if isinstance(want, dict) and isinstance(got, dict):
        return got.keys() == want.keys() and all(_same(got[k], want[k]) for k in want)
    return got == want and type(got) is type(want)


@pytest.fixture
def check_recorded():
    """Return ``check(stem, key)``: run the case with ``torch`` = chainrule; assert torch's out."""
    def check(stem, key):
        fixture = _load(stem)
        namespace = {"torch": chainrule, "out": []}
        exec(fixture["prelude"], namespace)
        exec(textwrap.dedent(fixture["cases"][key]["code"]), namespace)
        got, want = namespace["out"], fixture["cases"][key]["out"]
        for i, (g, w) in enumerate(zip(got, want)):
            assert _same(g, w), f"entry {i}:\n got: {g!r}\nwant: {w!r}"
        assert len(got) == len(want)
    return check
