"""Run snippets recorded from torch 2.13 with ``torch`` bound to chainrule; compare what they saw.

The recorders in tools/ store each snippet, a helper prelude and torch's observations (``out``)
in tests/fixtures/*.json, so these tests run the very same code without importing torch.
"""

import json
import math
import textwrap
from pathlib import Path

import chainrule

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def load(name):
    """Return the recorded fixture ``tests/fixtures/<name>.json``."""
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def run(fixture, key):
    """Run one recorded snippet; return the list it appended its observations to."""
    namespace = {"torch": chainrule, "out": []}
    exec(fixture["prelude"], namespace)
    with chainrule.enable_grad():  # restores grad mode even if the snippet fails halfway
        exec(textwrap.dedent(fixture["cases"][key]["code"]), namespace)
    return namespace["out"]


def same(got, want, rel=0.0, strict_types=True):
    """Equal entry by entry; floats may differ by ``rel`` (float64 rounding where asked)."""
    if isinstance(want, float) and isinstance(got, (float, int)) and not isinstance(got, bool):
        if strict_types and not isinstance(got, float):
            return False
        return math.isclose(got, want, rel_tol=rel, abs_tol=rel * 1e-3)
    if isinstance(want, list) and isinstance(got, (list, tuple)):
        return len(got) == len(want) and all(same(g, w, rel, strict_types)
                                             for g, w in zip(got, want))
    if isinstance(want, dict) and isinstance(got, dict):
        return got.keys() == want.keys() and all(same(got[k], want[k], rel, strict_types)
                                                 for k in want)
    return got == want and (type(got) is type(want) or not strict_types)


def assert_matches(fixture, key, rel=0.0, strict_types=True):
    """Run case ``key`` and assert each observation equals torch's."""
    got = run(fixture, key)
    want = fixture["cases"][key]["out"]
    for i, (g, w) in enumerate(zip(got, want)):
        assert same(g, w, rel, strict_types), f"{key}[{i}]:\n got: {g!r}\nwant: {w!r}"
    assert len(got) == len(want)
