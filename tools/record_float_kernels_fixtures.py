"""Record torch's float32 exp/log/tanh/sigmoid of seeded short inputs into
tests/fixtures/float_kernels.json (short inputs take ATen's scalar path, glibc's correctly
rounded functions). Run with ``/work/torchenv/bin/python tools/record_float_kernels_fixtures.py``.
"""

import json
import pathlib

import numpy as np
import torch

_ROOT = pathlib.Path(__file__).resolve().parents[1]
FUNCTIONS = ("exp", "log", "tanh", "sigmoid")


def case_input(seed):
    """Fifteen float32 values spread over [-8, 8] from ``default_rng(seed)``."""
    return (np.random.default_rng(seed).standard_normal(15) * 4).astype(np.float32)


def main():
    """Evaluate each function on each seed's input (log on its absolute value) and write them."""
    recorded = []
    for seed in range(20):
        x = torch.from_numpy(case_input(seed))
        out = {name: getattr(torch, name)(x.abs() if name == "log" else x).tolist()
               for name in FUNCTIONS}
        recorded.append({"seed": seed, **out})
    path = _ROOT / "tests" / "fixtures" / "float_kernels.json"
    path.write_text(json.dumps(recorded) + "\n")
    print(f"recorded {len(recorded)} inputs to {path}")


if __name__ == "__main__":
    main()
