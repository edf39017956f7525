"""Replay the committed fuzz corpus: chainrule must reproduce torch 2.13's recorded results.

Cases chainrule still got wrong when recorded carry their difference as ``open`` and are xfails
(listed in docs/correctness.md); a fix shows up as XPASS, and ``python -m tools.fuzz.record
--refresh-open`` then turns the case into a plain test. Every other case must pass.
"""

import json
import pathlib

import pytest
from tools.fuzz.compare import assert_matches_torch

CORPUS = pathlib.Path(__file__).parent / "corpus"


def _cases():
    for path in sorted(CORPUS.glob("programs_*.json")):
        for case in json.loads(path.read_text())["cases"]:
            marks = [pytest.mark.xfail(reason=case["open"])] if "open" in case \
                else []
            yield pytest.param(case["program"], case["torch"], id=f"seed{case['seed']}",
                               marks=marks)


@pytest.mark.parametrize("program, expected", list(_cases()))
def test_corpus_program_matches_torch(program, expected):
    assert_matches_torch(program, expected)
