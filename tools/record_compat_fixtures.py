"""Record what torch prints for each compat snippet into tests/fixtures/compat_corpus.json.

Run with the torch environment: ``/work/torchenv/bin/python tools/record_compat_fixtures.py``.
"""

import json
import pathlib
import sys

import torch
import torch.autograd.functional  # noqa: F401  (snippets import these submodules)
import torch.nn.functional  # noqa: F401
import torch.optim.lr_scheduler  # noqa: F401
import torch.utils.data  # noqa: F401

_ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(_ROOT / "tests" / "compat"))

from _runner import CORPUS, run_snippet  # noqa: E402


def main():
    """Run every snippet under torch and write sources with their stdout."""
    recorded = {}
    for name, src in sorted(CORPUS.items()):
        try:
            recorded[name] = {"source": src, "stdout": run_snippet(src, torch)}
        except Exception as e:
            raise SystemExit(f"snippet {name!r} raised under torch: {e!r}") from e
    out = _ROOT / "tests" / "fixtures" / "compat_corpus.json"
    out.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n")
    print(f"recorded {len(recorded)} snippets to {out}")


if __name__ == "__main__":
    main()
