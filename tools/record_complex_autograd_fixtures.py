"""Record torch 2.13's complex gradients for tests/complex_autograd_cases.py.

Run with the interpreter that has torch:
``/work/torchenv/bin/python tools/record_complex_autograd_fixtures.py``.
Writes tests/fixtures/complex_autograd.json (outputs, first- and second-order VJPs, JVPs and
the errors torch raises); tests/test_complex_autograd.py replays the cases under chainrule.
"""

import json
import pathlib
import sys

import torch
from torch.autograd import forward_ad

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from complex_autograd_cases import CASES, FORWARD, PRELUDE, SECOND_ORDER  # noqa: E402

ERRORS = {
    "backward_complex_scalar": "torch.exp(z).sum().backward()",
    "backward_complex_vector": "torch.exp(z).backward()",
    "grad_real_cotangent_for_complex": "torch.autograd.grad(z * w, z, torch.ones(3, dtype=f64))",
    "grad_complex_cotangent_for_real": "torch.autograd.grad(x * 2, x, torch.ones(3, dtype=c128))",
    "view_as_real_conj": "torch.view_as_real(z.conj())",
    "view_as_real_real": "torch.view_as_real(x)",
    "view_as_complex_size": "torch.view_as_complex(x)",
    "polar_dtypes": "torch.polar(x, x.float())",
    "func_grad_complex_output": "torch.func.grad(lambda a: a.sum())(z)",
    "jacrev_complex_input": "torch.func.jacrev(torch.abs)(z)",
    "jacrev_complex_output": "torch.func.jacrev(lambda a: a * 1j)(x)",
    "jacfwd_complex_input": "torch.func.jacfwd(torch.abs)(z)",
    "jacfwd_complex_output": "torch.func.jacfwd(lambda a: a * 1j)(x)",
}


def encode(t):
    """A tensor as JSON: shape, dtype and its real and imaginary parts flattened."""
    if t is None:
        return None
    t = t.detach()
    data = {"shape": list(t.shape), "dtype": str(t.dtype).removeprefix("torch.")}
    if t.is_complex():
        data["re"] = t.real.reshape(-1).tolist()
        data["im"] = t.imag.reshape(-1).tolist()
    else:
        data["re"] = t.reshape(-1).tolist()
    return data


def setup(module, source, names):
    """The case's function and fresh leaves, built by the shared prelude."""
    scope = {"torch": module}
    exec(PRELUDE, scope)
    return eval(source, scope), [scope[n] for n in names], scope


def differentiable(out):
    """The outputs of a case as a tuple, without the ones that carry no gradient."""
    outs = out if isinstance(out, tuple) else (out,)
    return tuple(o for o in outs if o.requires_grad)


def record(source, names, second, forward):
    """Outputs, VJPs (and second-order VJPs, JVPs where asked) of one case under torch."""
    fn, leaves, scope = setup(torch, source, names)
    outs = differentiable(fn(*leaves))
    cotangents = [scope["cotangent"](o, k) for k, o in enumerate(outs)]
    grads = torch.autograd.grad(outs, leaves, cotangents, allow_unused=True,
                                create_graph=second)
    entry = {"outputs": [encode(o) for o in outs], "grads": [encode(g) for g in grads]}
    if second:
        kept = [g for g in grads if g is not None and g.requires_grad]
        vs = [scope["cotangent"](g, 5 + k) for k, g in enumerate(kept)]
        entry["second"] = [encode(g) for g in torch.autograd.grad(kept, leaves, vs,
                                                                  allow_unused=True)]
    if forward:
        with forward_ad.dual_level():
            duals = [forward_ad.make_dual(leaf.detach(), scope["cotangent"](leaf, 3 + k))
                     for k, leaf in enumerate(leaves)]
            out = fn(*duals)
            outs = out if isinstance(out, tuple) else (out,)
            entry["jvp"] = [encode(forward_ad.unpack_dual(o).tangent) for o in outs]
    return entry


def error_of(code):
    """torch's error type and message for ``code``."""
    scope = {"torch": torch}
    exec(PRELUDE, scope)
    try:
        eval(code, scope)
    except Exception as e:  # noqa: BLE001  (the error is the recorded behaviour)
        return [type(e).__name__, str(e)]
    raise AssertionError(f"no error from {code}")


def main():
    """Record every case and write the fixture."""
    cases = {name: record(source, names, name in SECOND_ORDER, name in FORWARD)
             for name, (source, names) in CASES.items()}
    errors = {name: error_of(code) for name, code in ERRORS.items()}
    path = ROOT / "tests" / "fixtures" / "complex_autograd.json"
    path.write_text(json.dumps({"torch": torch.__version__, "cases": cases, "errors": errors,
                                "error_code": ERRORS}, indent=1) + "\n")
    print(f"recorded {len(cases)} cases and {len(errors)} errors with torch {torch.__version__}")


if __name__ == "__main__":
    main()
