"""Serve interpreter runs over stdin/stdout (JSON lines), so torch runs in its own interpreter.

``python -m tools.fuzz.worker torch`` imports torch; the fuzzer starts it with --torch-python.
"""

import json
import sys
import warnings

from .interp import run


def main(module):
    ns = __import__(module)
    if module == "torch":
        ns.set_num_threads(1)
    warnings.simplefilter("ignore")
    for line in sys.stdin:
        program = json.loads(line)
        try:
            out = run(program, ns)
        except Exception as exc:  # noqa: BLE001  (report interpreter failures as data)
            out = {"steps": [], "crash": repr(exc)}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "torch")
