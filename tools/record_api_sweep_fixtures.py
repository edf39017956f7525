"""Record torch 2.13's results, errors and warnings for tests/api_sweep_cases.py.

Run with the interpreter that has torch:
``/work/torchenv/bin/python tools/record_api_sweep_fixtures.py``.
Writes tests/fixtures/api_sweep.json; tests/test_api_sweep.py replays the cases under chainrule.
"""

import json
import pathlib
import sys
import warnings

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from api_sweep_cases import CASES, PRELUDE  # noqa: E402


def outcome(torch, code):
    """Run one case after the prelude; return its repr or error, and its warnings."""
    scope = {"torch": torch}
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        exec(PRELUDE, scope)
        try:
            exec(code, scope)
            result = {"repr": repr(scope["result"])}
        except Exception as e:  # noqa: BLE001  (the error is the recorded behaviour)
            result = {"error": [type(e).__name__, str(e)]}
    result["warnings"] = [[w.category.__name__, str(w.message)] for w in seen]
    return result


def main():
    """Record every case and write the fixture."""
    import torch
    cases = {name: outcome(torch, code) for name, code in CASES.items()}
    path = ROOT / "tests" / "fixtures" / "api_sweep.json"
    path.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=1) + "\n")
    print(f"recorded {len(cases)} cases with torch {torch.__version__}")


if __name__ == "__main__":
    main()
