"""Record torch 2.13's results for tests/nn_gaps_l_cases.py (grid_sample, affine_grid,
ctc_loss, pdist, adaptive_max_pool3d indices, spectral norm).

Run with the interpreter that has torch:
``/work/torchenv/bin/python tools/record_nn_gaps_l_fixtures.py``.
Writes tests/fixtures/nn_gaps_l.json; tests/nn/test_nn_gaps_l.py replays the cases.
"""

import json
import pathlib
import sys

import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from nn_gaps_l_cases import CASES  # noqa: E402


def encode(value):
    """JSON form of a case result: tensors as values + dtype + shape, containers recursively."""
    if isinstance(value, torch.Tensor):
        return {"tensor": value.detach().tolist(), "dtype": str(value.dtype),
                "shape": list(value.shape)}
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    return value


def main():
    """Record every case and write the fixture."""
    cases = {name: encode(fn(torch)) for name, fn in CASES.items()}
    path = ROOT / "tests" / "fixtures" / "nn_gaps_l.json"
    path.write_text(json.dumps({"torch": torch.__version__, "cases": cases}) + "\n")
    print(f"recorded {len(cases)} cases with torch {torch.__version__}")


if __name__ == "__main__":
    main()
