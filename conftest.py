"""Pytest setup shared by the tests and the doctests in src/chainrule."""

import pytest


@pytest.fixture(autouse=True)
def _chainrule_in_doctests(doctest_namespace):
    """Docstring examples refer to the package as ``chainrule``, as users write it."""
    import chainrule
    doctest_namespace["chainrule"] = chainrule
    doctest_namespace["torch"] = chainrule
