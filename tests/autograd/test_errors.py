"""User errors and warnings of the core: types and exact messages recorded from torch 2.13."""

import json
import textwrap
from pathlib import Path

import pytest

import chainrule as torch

FIXTURE = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "core_errors.json")
                     .read_text(encoding="utf-8"))


def run_case(key):
    """Run a recorded snippet with ``torch`` bound to chainrule; return what it observed."""
    namespace = {"torch": torch, "out": []}
    exec(FIXTURE["prelude"], namespace)
    with torch.enable_grad():  # restores grad mode even if the snippet fails halfway
        exec(textwrap.dedent(FIXTURE["cases"][key]["code"]), namespace)
    return namespace["out"]


@pytest.mark.parametrize("key", sorted(FIXTURE["cases"]))
def test_errors_match_torch(key):
    got = run_case(key)
    want = FIXTURE["cases"][key]["out"]
    for i, (g, w) in enumerate(zip(got, want)):
        assert g == w and type(g) is type(w), f"entry {i}:\n got: {g!r}\nwant: {w!r}"
    assert len(got) == len(want)
