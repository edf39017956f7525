"""docs/viz.md runs as printed, and the pictures it shows exist."""

import doctest
import re
import sys
from pathlib import Path

import chainrule as torch

DOCS = Path(__file__).resolve().parents[2] / "docs" / "viz.md"


def test_viz_docs_examples_run_as_printed(monkeypatch):
    blocks = re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.S)
    monkeypatch.setitem(sys.modules, "torch", torch)
    test = doctest.DocTestParser().get_doctest("".join(blocks), {}, "viz.md", str(DOCS), 0)
    runner = doctest.DocTestRunner()
    runner.run(test, out=print)
    examples = sum(line.startswith(">>> ") for b in blocks for line in b.splitlines())
    assert runner.summarize(verbose=False) == (0, examples) and examples >= 15


def test_viz_docs_pictures_exist():
    text = DOCS.read_text(encoding="utf-8")
    pictures = re.findall(r"!\[[^\]]*\]\((img/[^)]+)\)", text)
    assert len(pictures) == 4
    for picture in pictures:
        svg = (DOCS.parent / picture).read_text(encoding="utf-8")
        assert svg.lstrip().startswith("<?xml") and "</svg>" in svg
