"""Functional autodiff against torch 2.13: snippets recorded by tools/record_functional_fixtures.py.

Each snippet runs here with ``torch`` bound to chainrule; every observation (values, shapes,
reprs, error messages) must match torch's. Floats agree to float64 rounding.
"""


import pytest
import recorded

import chainrule
import chainrule.nn  # noqa: F401  (snippets use torch.nn)

DATA = recorded.load("functional_torch")


@pytest.mark.parametrize("name", sorted(DATA["cases"]))
def test_functional_matches_torch(name):
    recorded.assert_matches(DATA, name, rel=1e-9, strict_types=False)
