"""Pytest setup shared by the tests and the doctests in src/chainrule."""

import os

import pytest
from hypothesis import settings

# Load the package before doctest collection: pytest's importlib mode would otherwise load
# modules such as chainrule/autograd/gradcheck.py a second time, as separate copies.
import chainrule

# CI runs the property tests on a fixed set of examples so that a red run is reproducible;
# set HYPOTHESIS_PROFILE=explore locally to draw new examples each run.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("explore", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(autouse=True)
def _chainrule_in_doctests(doctest_namespace):
    """Docstring examples refer to the package as ``chainrule``, as users write it."""
    doctest_namespace["chainrule"] = chainrule
    doctest_namespace["torch"] = chainrule
