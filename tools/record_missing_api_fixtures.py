"""Record torch 2.13's results, errors and warnings for tests/missing_api_cases.py.

Run with the interpreter that has torch:
``/work/torchenv/bin/python tools/record_missing_api_fixtures.py``.
Each case runs in a fresh process, so warnings torch gives once per process are seen.
Writes tests/fixtures/missing_api.json; tests/test_missing_api.py replays the cases.
"""

import concurrent.futures
import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from missing_api_cases import CASES, PRELUDE  # noqa: E402

# The case runs from a real file: torch.jit.script needs the source of what it compiles.
_CHILD = """
import json, runpy, sys, tempfile, warnings
sys.path.insert(0, {tests!r})
from missing_api_cases import CASES, PRELUDE
path = tempfile.mktemp(suffix="_case.py")
with open(path, "w") as f:
    f.write("import torch\\n" + PRELUDE + "\\nresult = None\\n" + CASES[{name!r}] + "\\n")
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    try:
        scope = runpy.run_path(path, run_name="__case__")
        outcome = {{"repr": repr(scope["result"])}}
    except Exception as e:
        outcome = {{"error": [type(e).__name__, str(e)]}}
outcome["warnings"] = [[w.category.__name__, str(w.message)] for w in seen
                       if w.category is not DeprecationWarning or "torch.jit" in str(w.message)]
print(json.dumps(outcome))
"""


def outcome(name):
    """Run case ``name`` in a fresh torch process; return its repr or error, and warnings."""
    code = _CHILD.format(tests=str(ROOT / "tests"), name=name)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main():
    """Record every case and write the fixture."""
    import torch
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        cases = dict(zip(CASES, pool.map(outcome, CASES)))
    path = ROOT / "tests" / "fixtures" / "missing_api.json"
    path.write_text(json.dumps({"torch": torch.__version__, "prelude": PRELUDE, "cases": cases},
                               indent=1) + "\n")
    print(f"recorded {len(cases)} cases with torch {torch.__version__}")


if __name__ == "__main__":
    main()
