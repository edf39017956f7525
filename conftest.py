"""Pytest setup shared by the tests and the doctests in src/chainrule."""

import pytest

# Load the package before doctest collection: pytest's importlib mode would otherwise load
# modules such as chainrule/autograd/gradcheck.py a second time, as separate copies.
import chainrule


@pytest.fixture(autouse=True)
def _chainrule_in_doctests(doctest_namespace):
    """Docstring examples refer to the package as ``chainrule``, as users write it."""
    doctest_namespace["chainrule"] = chainrule
    doctest_namespace["torch"] = chainrule
