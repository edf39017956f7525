"""Record torch's CPU float sum/mean/var/std of seeded arrays into tests/fixtures/sum_order.json.

Run with the torch environment: ``/work/torchenv/bin/python tools/record_sum_order_fixtures.py``.
The test replays the same cases through chainrule and expects every bit to agree.
"""

import json
import pathlib

import numpy as np
import torch

_ROOT = pathlib.Path(__file__).resolve().parents[1]

# (shape, dims) cases; dims None means a full reduction. Inputs come from default_rng(index).
CASES = [((n,), None) for n in (1, 5, 7, 8, 9, 15, 16, 17, 31, 33, 64, 100, 129, 257, 1000, 4099,
                               10000, 32767)]
CASES += [((a, b), d) for a, b in ((10, 3), (3, 10), (64, 10), (7, 40), (100, 33), (16, 64), (5, 9))
          for d in (None, (0,), (1,))]
CASES += [((4, 6, 8), (1,)), ((3, 10, 17), (0, 1)), ((3, 10, 17), (1, 2)),
          ((16, 4, 8, 8), (0, 2, 3)), ((16, 4, 8, 8), (2, 3)), ((5, 6, 7, 9), (0,))]


def case_input(index, shape, dtype):
    """The input array of case ``index``: standard normals in ``dtype`` (float32 or float64)."""
    return np.random.default_rng(index).standard_normal(shape).astype(dtype)


def main():
    """Reduce each case's input with torch (sum, mean, var, std, mse_loss; float32, float64)."""
    recorded = []
    for i, (shape, dims) in enumerate(CASES):
        for dtype in ("float32", "float64"):
            x = torch.from_numpy(case_input(i, shape, dtype))
            s = x.sum() if dims is None else x.sum(dims)
            m = x.mean() if dims is None else x.mean(dims)
            v = x.var() if dims is None else x.var(dims)
            sd = x.std() if dims is None else x.std(dims)
            mse = torch.nn.functional.mse_loss(x, torch.zeros_like(x)).item()
            recorded.append({"index": i, "shape": list(shape), "dims": dims, "dtype": dtype,
                             "sum": s.reshape(-1).tolist(), "mean": m.reshape(-1).tolist(),
                             "var": v.reshape(-1).tolist(), "std": sd.reshape(-1).tolist(),
                             "mse": mse})
    out = _ROOT / "tests" / "fixtures" / "sum_order.json"
    out.write_text(json.dumps(recorded) + "\n")
    print(f"recorded {len(recorded)} cases to {out}")


if __name__ == "__main__":
    main()
