"""Record torch 2.13's torch.fft results for tests/fft_cases.py.

Run with the interpreter that has torch: ``/work/torchenv/bin/python tools/record_fft_fixtures.py``.
Writes tests/fixtures/fft_torch.json: per case the input, grad_output, output, input gradient and
grad_fn chain; the errors torch raises; the reprs of non-differentiable results.
"""

import json
import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fft_cases import CASES, ERRORS, PRELUDE, VALUES, case_id  # noqa: E402


def encode(t):
    """A tensor as JSON: shape, dtype and its real and imaginary parts flattened."""
    t = t.detach()
    data = {"shape": list(t.shape), "dtype": str(t.dtype).removeprefix("torch.")}
    data["re"] = (t.real if t.is_complex() else t).reshape(-1).tolist()
    if t.is_complex():
        data["im"] = t.imag.reshape(-1).tolist()
    return data


def draw(rng, shape, dtype):
    """A tensor of standard normal parts with the given dtype."""
    values = rng.standard_normal(shape)
    if "complex" in dtype:
        values = values + 1j * rng.standard_normal(shape)
    return torch.tensor(values, dtype=getattr(torch, dtype))


def chain(t):
    """grad_fn names from the output along first edges, as torch prints them."""
    names, fn = [], t.grad_fn
    while fn is not None and type(fn).__name__ != "AccumulateGrad":
        names.append(type(fn).__name__)
        fn = fn.next_functions[0][0] if fn.next_functions else None
    return names


def record_case(rng, case):
    fn, dtype, shape, kwargs = case
    x = draw(rng, shape, dtype).requires_grad_()
    out = getattr(torch.fft, fn)(x, **kwargs)
    go = draw(rng, tuple(out.shape), str(out.dtype).removeprefix("torch."))
    out.backward(go)
    return {"input": encode(x), "grad_output": encode(go), "output": encode(out),
            "grad": encode(x.grad), "chain": chain(out)}


def main():
    rng = np.random.default_rng(2013)
    recorded = {"cases": {case_id(c): record_case(rng, c) for c in CASES},
                "errors": {}, "values": {}}
    for expr in ERRORS:
        scope = {"torch": torch}
        exec(PRELUDE, scope)
        try:
            eval(expr, scope)
        except Exception as e:  # noqa: BLE001  (recording whichever error torch raises)
            recorded["errors"][expr] = {"type": type(e).__name__, "message": str(e)}
        else:
            raise SystemExit(f"torch raised nothing for {expr}")
    for expr in VALUES:
        scope = {"torch": torch}
        exec(PRELUDE, scope)
        recorded["values"][expr] = repr(eval(expr, scope))
    out = ROOT / "tests" / "fixtures" / "fft_torch.json"
    out.write_text(json.dumps(recorded, indent=0, sort_keys=True) + "\n")
    print(f"recorded {len(recorded['cases'])} cases, {len(ERRORS)} errors, {len(VALUES)} values")


if __name__ == "__main__":
    main()
