"""Each corpus snippet, run with ``torch`` bound to chainrule, prints exactly what torch printed."""

import json
import pathlib

import pytest
from _runner import CORPUS, run_snippet

import chainrule
import chainrule.autograd.functional  # noqa: F401  (snippets import these torch submodules)
import chainrule.nn.functional  # noqa: F401
import chainrule.optim.lr_scheduler  # noqa: F401
import chainrule.utils.data  # noqa: F401

_FIXTURE = pathlib.Path(__file__).parents[1] / "fixtures" / "compat_corpus.json"
_RECORDED = json.loads(_FIXTURE.read_text())


def test_compat_fixture_matches_corpus():
    assert {n: c["source"] for n, c in _RECORDED.items()} == CORPUS


@pytest.mark.parametrize("name", sorted(_RECORDED))
def test_compat_snippet_prints_like_torch(name):
    case = _RECORDED[name]
    assert run_snippet(case["source"], chainrule) == case["stdout"]
