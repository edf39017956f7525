"""Record torch 2.13's outputs, dtypes, grad_fn names and gradients for every op_db sample.

Run with the interpreter that has torch: ``/work/torchenv/bin/python tools/record_op_fixtures.py``.
Writes tests/fixtures/ops_torch.json and ops_torch.npz; the test suite reads them without torch.
"""

import json
import pathlib
import sys
import zlib

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from op_db import OPS, make_leaves, outputs_of, run  # noqa: E402


def cotangents(key, outs):
    """Fixed output gradients, drawn exactly as tests/test_ops.py draws them."""
    rng = np.random.default_rng(zlib.crc32(key.encode()))
    return [rng.uniform(-1, 1, tuple(o.shape)) for o in outs]


def record(spec, sample, dtype, meta, arrays):
    """Run one sample through torch and store what the parity test compares."""
    key = f"{spec.name}|{sample.name}|{dtype}"
    leaves = make_leaves(torch, sample, dtype, spec.grad)
    outs = outputs_of(run(torch, spec, sample, leaves))
    meta[key] = {"dtypes": [str(o.dtype) for o in outs],
                 "grad_fns": [type(o.grad_fn).__name__ if o.grad_fn is not None else None
                              for o in outs]}
    for k, o in enumerate(outs):
        arrays[f"{key}|out{k}"] = o.detach().numpy()
    diff = [o for o in outs if o.requires_grad]
    if not diff or dtype != "float64":
        return
    grad_leaves = [x for x in leaves if isinstance(x, torch.Tensor) and x.requires_grad]
    cts = [torch.from_numpy(c).to(o.dtype) for c, o in zip(cotangents(key, diff), diff)]
    grads = torch.autograd.grad(diff, grad_leaves, cts, allow_unused=True)
    for i, g in enumerate(grads):
        if g is not None:
            arrays[f"{key}|grad{i}"] = g.numpy(force=True)  # sgn's grad is a ZeroTensor


def main():
    """Record every op_db sample in both dtypes and write the fixtures."""
    meta, arrays = {}, {}
    for spec in OPS:
        for sample in spec.make_samples():
            for dtype in spec.dtypes:
                record(spec, sample, dtype, meta, arrays)
    out = ROOT / "tests" / "fixtures"
    out.mkdir(exist_ok=True)
    (out / "ops_torch.json").write_text(json.dumps(
        {"torch": torch.__version__, **meta}, indent=0, sort_keys=True) + "\n")
    np.savez_compressed(out / "ops_torch.npz", **arrays)
    print(f"recorded {len(meta)} samples with torch {torch.__version__}")


if __name__ == "__main__":
    main()
