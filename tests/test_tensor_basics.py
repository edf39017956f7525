"""Tensor basics: dtype promotion, Size and return-type reprs, printing of tensor containers,
0-d tensors; each compared with what torch 2.13 printed."""

import pytest
import recorded

FIXTURE = recorded.load("core_basics")


@pytest.mark.parametrize("key", sorted(FIXTURE["cases"]))
def test_basics_match_torch(key):
    recorded.assert_matches(FIXTURE, key)
