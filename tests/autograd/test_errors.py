"""User errors and warnings of the core: types and exact messages recorded from torch 2.13."""

import pytest
import recorded

FIXTURE = recorded.load("core_errors")


@pytest.mark.parametrize("key", sorted(FIXTURE["cases"]))
def test_errors_match_torch(key):
    recorded.assert_matches(FIXTURE, key)
