"""Record torch 2.13's result reprs and errors for tests/gaps_h_cases.py.

Run with the interpreter that has torch:
``/work/torchenv/bin/python tools/record_gaps_h_fixtures.py``.
Writes tests/fixtures/gaps_h.json; tests/test_gaps_h.py replays the cases under chainrule.
"""

import json
import pathlib
import sys

import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from gaps_h_cases import CASES, PRELUDE  # noqa: E402


def outcome(module, code):
    """The repr of what ``code`` gives under ``module``, or its error's type and message."""
    scope = {"torch": module}
    exec(PRELUDE, scope)
    try:
        return {"repr": repr(eval(code, scope))}
    except Exception as e:  # noqa: BLE001  (the error is the recorded behaviour)
        return {"error": [type(e).__name__, str(e)]}


def main():
    """Record every case and write the fixture."""
    torch.set_printoptions(precision=6)
    cases = {name: outcome(torch, code) for name, code in CASES.items()}
    path = ROOT / "tests" / "fixtures" / "gaps_h.json"
    path.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=1) + "\n")
    print(f"recorded {len(cases)} cases with torch {torch.__version__}")


if __name__ == "__main__":
    main()
