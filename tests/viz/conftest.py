"""Shared viz test setup: torch's recorded cases (run with chainrule as torch), clean state."""

import json
import pathlib

import pytest

import chainrule

CASES = json.loads((pathlib.Path(__file__).parent.parent / "fixtures" / "viz_graphs.json")
                   .read_text())


def pytest_generate_tests(metafunc):
    """A test taking ``case`` runs once per recorded case."""
    if "case" in metafunc.fixturenames:
        metafunc.parametrize("case", sorted(CASES))


@pytest.fixture
def recorded():
    """The cases recorded from torch by tools/record_viz_fixtures.py."""
    return CASES


@pytest.fixture
def run_case():
    """Execute a recorded case's code with ``torch`` bound to chainrule; return its namespace."""
    def run(name):
        env = {"torch": chainrule}
        exec(CASES[name]["code"], env)
        return env
    return run


@pytest.fixture(autouse=True)
def _viz_state_reset():
    """Every test starts with hints and gradient tracking off, and leaves them off."""
    chainrule.set_hints(False)
    chainrule.viz.track_grads(False)
    yield
    chainrule.set_hints(False)
    chainrule.viz.track_grads(False)
