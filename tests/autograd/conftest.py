"""Shared by the autograd suites: run a snippet recorded from torch 2.13 and compare its output."""

import pytest
import recorded


def pytest_generate_tests(metafunc):
    """A test taking ``recorded_key`` runs once per case of its module's ``RECORDED`` fixture."""
    if "recorded_key" in metafunc.fixturenames:
        stem = metafunc.module.RECORDED
        metafunc.parametrize("recorded_key", sorted(recorded.load(f"autograd_{stem}")["cases"]))


@pytest.fixture
def check_recorded():
    """Return ``check(stem, key)``: run the case with ``torch`` = chainrule; assert torch's out."""
    def check(stem, key):
        recorded.assert_matches(recorded.load(f"autograd_{stem}"), key, rel=1e-9)
    return check
