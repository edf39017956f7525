"""Record torch's tensor reprs into tests/fixtures/repr_cases.json (run with the torch venv).

Usage: /work/torchenv/bin/python tools/record_repr_fixtures.py

Each case stores the expression, the print options it ran under, torch's repr, and the data to
rebuild the tensor without torch: ``data`` is base64 of the zlib-compressed C-order raw bytes,
with ``shape`` and ``dtype`` (a NumPy dtype name); ``tangent`` holds the same for forward-AD duals.
"""

import base64
import json
import pathlib
import zlib

import torch
import torch.autograd.forward_ad as fwAD

OUT = pathlib.Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "repr_cases.json"

DTYPES = [
    "float16",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint8",
    "bool",
]

# (expression, print options or None, default dtype name or None)
CASES = [
    # floats: fixed, int_mode, sci, nan/inf, -0.
    ("torch.tensor([1., 2., 3.])", None, None),
    ("torch.tensor([1.5, 2.25, -3.125])", None, None),
    ("torch.arange(30.)", None, None),
    ("torch.arange(30.)/7", None, None),
    ("torch.arange(100.)", None, None),
    ("-torch.arange(40.)/3", None, None),
    ("torch.tensor([1e-5, 1.])", None, None),
    ("torch.tensor([1e-4, 1.])", None, None),
    ("torch.tensor([0.1, 100.])", None, None),
    ("torch.tensor([0.1, 100.1])", None, None),
    ("torch.tensor([1e8, 1.])", None, None),
    ("torch.tensor([1.1e8, 1.])", None, None),
    ("torch.tensor([1e10, -3e10, 5.])", None, None),
    ("torch.tensor([123456789.])", None, None),
    ("torch.tensor([1e-10, 2e-10])", None, None),
    ("torch.tensor([1e20, -1e-20, 0.])", None, None),
    ("torch.tensor([3.4e38, 1.2e-38])", None, None),
    ("torch.tensor([1.401298464324817e-45, 1.])", None, None),
    ("torch.tensor([0., 0., 0.])", None, None),
    ("torch.tensor([-0., 0.])", None, None),
    ("torch.tensor([-0., 1.5])", None, None),
    ("torch.tensor([-0., 2.])", None, None),
    ("torch.tensor([float('nan'), float('-inf'), 1.5])", None, None),
    ("torch.tensor([float('nan'), float('inf'), 1.])", None, None),
    ("torch.tensor([float('nan'), float('inf'), float('-inf')])", None, None),
    ("torch.tensor([float('nan'), 0.])", None, None),
    ("torch.tensor([float('inf'), 1e-6, 3.])", None, None),
    ("torch.tensor([-1., 10., -100., 1000.])", None, None),
    ("torch.tensor([-1., 10., -100., 1000.5])", None, None),
    ("torch.tensor([0.00012, 0.5, 99.99999])", None, None),
    ("torch.tensor([9.99996, 1.])", None, None),
    ("torch.tensor([0.99999, -0.00001])", None, None),
    ("torch.linspace(-1, 1, 11)", None, None),
    ("torch.tensor([100000000., 12345678.])", None, None),
    ("torch.tensor([100000000., 12345678.5])", None, None),
    ("torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64) * 3", None, None),
    ("torch.tensor([-1e-4, 1e-4, -0.5])", None, None),
    ("torch.tensor([0.00005, 0.1])", None, None),
    ("torch.tensor([2.5, 3.5, -2.5]).round()", None, None),
    # 0-d of each dtype
    ("torch.tensor(3.5)", None, None),
    ("torch.tensor(2.)", None, None),
    ("torch.tensor(-0.)", None, None),
    ("torch.tensor(0.)", None, None),
    ("torch.tensor(1e-5)", None, None),
    ("torch.tensor(123456789.)", None, None),
    ("torch.tensor(float('nan'))", None, None),
    ("torch.tensor(float('-inf'))", None, None),
    ("torch.tensor(7)", None, None),
    ("torch.tensor(-7)", None, None),
    ("torch.tensor(True)", None, None),
    ("torch.tensor(False)", None, None),
    ("torch.tensor(1.5, dtype=torch.float64)", None, None),
    ("torch.tensor(1.1, dtype=torch.float16)", None, None),
    ("torch.tensor(3, dtype=torch.int8)", None, None),
    ("torch.tensor(3, dtype=torch.int16)", None, None),
    ("torch.tensor(3, dtype=torch.int32)", None, None),
    ("torch.tensor(200, dtype=torch.uint8)", None, None),
    ("torch.tensor(1+2j)", None, None),
    ("torch.tensor(1.5-2j, dtype=torch.complex128)", None, None),
    ("torch.tensor(-1.5+0.25j)", None, None),
    ("torch.tensor(2., requires_grad=True)", None, None),
    ("torch.tensor(2., requires_grad=True)*3", None, None),
    ("torch.tensor([1., 2.], requires_grad=True).sum()", None, None),
    # all dtypes, 1-d
    ("torch.tensor([1.1, -2.2, 3.3], dtype=torch.float16)", None, None),
    ("torch.tensor([65504., 1.], dtype=torch.float16)", None, None),
    ("torch.tensor([6e-8, 1., float('inf')], dtype=torch.float16)", None, None),
    ("torch.tensor([1., 2.], dtype=torch.float16)", None, None),
    ("torch.tensor([1.1, -2.2, 3.3], dtype=torch.float64)", None, None),
    ("torch.tensor([1/3, 2/3], dtype=torch.float64)", None, None),
    ("torch.tensor([1e300, 1e-300], dtype=torch.float64)", None, None),
    ("torch.tensor([1, 20, -300])", None, None),
    ("torch.tensor([1, 2, 3], dtype=torch.int8)", None, None),
    ("torch.tensor([-128, 0, 127], dtype=torch.int8)", None, None),
    ("torch.tensor([-5, 300], dtype=torch.int16)", None, None),
    ("torch.tensor([-5, 70000], dtype=torch.int32)", None, None),
    ("torch.tensor([0, 255, 7], dtype=torch.uint8)", None, None),
    ("torch.tensor([2**62, -1, 0])", None, None),
    ("torch.tensor([True, False])", None, None),
    ("torch.tensor([True, True])", None, None),
    ("torch.tensor([False, False, True]).reshape(3, 1)", None, None),
    ("torch.arange(-20, 20)", None, None),
    ("torch.arange(100)", None, None),
    ("torch.arange(60).reshape(6, 10) - 30", None, None),
    # complex
    ("torch.tensor([1+2j, -3.5-1j])", None, None),
    ("torch.tensor([1+2j, 3-4j])", None, None),
    ("torch.tensor([1e-5+1j, 2+0j])", None, None),
    ("torch.tensor([0j, -0j])", None, None),
    ("torch.tensor([complex(0., -0.), complex(1., -0.)])", None, None),
    ("torch.tensor([complex(float('nan'), 1), complex(1, float('inf'))])", None, None),
    ("torch.tensor([1+1j, 2.5-100j], dtype=torch.complex128)", None, None),
    ("torch.arange(12.).reshape(3, 4) * (1 + 0.5j)", None, None),
    ("torch.arange(30.) * (1 - 2j) / 7", None, None),
    ("torch.arange(2000.) * 1j", None, None),
    ("torch.randn(10, 10, 12, dtype=torch.complex64)", None, None),
    ("torch.randn(3, 8, dtype=torch.complex128) * 100", None, None),
    ("torch.tensor([[1+1j]], requires_grad=True) * 2", None, None),
    ("torch.tensor([1+2j, 3-4j], requires_grad=True)", None, None),
    # n-d layouts
    ("torch.arange(6.).reshape(2, 3)", None, None),
    ("torch.arange(24.).reshape(2, 3, 4)", None, None),
    ("torch.arange(24.).reshape(2, 3, 4) / 7", None, None),
    ("torch.arange(48).reshape(2, 2, 3, 4)", None, None),
    ("torch.arange(32.).reshape(2, 2, 2, 2, 2) - 10", None, None),
    ("torch.ones(1, 1, 1)", None, None),
    ("torch.ones(3, 1)", None, None),
    ("torch.arange(60.).reshape(2, 30) / 7", None, None),
    ("torch.arange(90.).reshape(3, 30) - 45", None, None),
    ("torch.arange(120.).reshape(2, 3, 20) * 1.5", None, None),
    ("torch.eye(4)", None, None),
    ("torch.eye(3, dtype=torch.float64)", None, None),
    ("torch.eye(3, dtype=torch.int32)", None, None),
    ("torch.eye(3, dtype=torch.bool)", None, None),
    ("torch.randn(4, 5)", None, None),
    ("torch.randn(3, 4, dtype=torch.float64) * 1000", None, None),
    ("torch.randn(2, 3, 4) * 1e-3", None, None),
    ("torch.randn(5, 5) * 1e5", None, None),
    ("torch.randint(-1000, 1000, (5, 6))", None, None),
    # empty
    ("torch.tensor([])", None, None),
    ("torch.zeros(0)", None, None),
    ("torch.zeros(2, 0, 3)", None, None),
    ("torch.zeros(0, 3)", None, None),
    ("torch.zeros(0, dtype=torch.int64)", None, None),
    ("torch.zeros(0, dtype=torch.float64)", None, None),
    ("torch.zeros(0, dtype=torch.bool)", None, None),
    ("torch.zeros(0, dtype=torch.complex64)", None, None),
    ("torch.zeros(0, 2, dtype=torch.int32)", None, None),
    ("torch.zeros(0, requires_grad=True)", None, None),
    ("torch.zeros(3, 0, requires_grad=True)*2", None, None),
    # summarisation
    ("torch.arange(2000.)", None, None),
    ("torch.arange(1001.)", None, None),
    ("torch.arange(1000.)", None, None),
    ("torch.arange(2000)", None, None),
    ("torch.arange(2000) - 1000", None, None),
    ("torch.arange(2000.) / 7", None, None),
    ("torch.arange(2000.) / 3 - 300", None, None),
    ("torch.arange(10000.).reshape(100, 100)", None, None),
    ("torch.arange(10000).reshape(100, 100)", None, None),
    ("torch.randn(40, 50)", None, None),
    ("torch.arange(8000.).reshape(20, 20, 20) / 3", None, None),
    ("torch.arange(2000.).reshape(2, 1000)", None, None),
    ("torch.arange(2000.).reshape(1000, 2)", None, None),
    ("torch.arange(1002.).reshape(3, 334)", None, None),
    ("torch.arange(1008.).reshape(7, 144)", None, None),
    ("torch.arange(1080.).reshape(6, 6, 6, 5)", None, None),
    ("torch.arange(64.).reshape(2, 2, 2, 2, 2, 2) - 0.5", None, None),
    ("torch.arange(2000.).reshape(2, 10, 100) * 1e-5", None, None),
    ("(torch.arange(2000.) % 2 == 0)", None, None),
    ("torch.arange(2000, dtype=torch.uint8)", None, None),
    ("torch.arange(2000, dtype=torch.float16)", None, None),
    ("torch.cat([torch.full((999,), 1e9), torch.tensor([1., 2., 3.])])", None, None),
    ("torch.cat([torch.tensor([0.001]), torch.ones(1500)])", None, None),
    ("torch.arange(3000.).reshape(3000, 1)", None, None),
    # suffixes, grad_fn, requires_grad, wrapping
    ("torch.tensor([1., 2.], requires_grad=True)", None, None),
    ("torch.tensor([1., 2.], requires_grad=True) * 2", None, None),
    ("torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True)", None, None),
    ("torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True) + 1", None, None),
    (
        "(torch.arange(12., dtype=torch.float64).reshape(3, 4) * 1.5).requires_grad_() * 1",
        None,
        None,
    ),
    ("torch.arange(12., requires_grad=True).reshape(3, 4)", None, None),
    ("torch.arange(12., requires_grad=True).reshape(3, 4).detach()", None, None),
    ("torch.arange(20., dtype=torch.float64, requires_grad=True) / 7", None, None),
    ("torch.arange(9., dtype=torch.float64, requires_grad=True) / 7", None, None),
    ("torch.arange(10., dtype=torch.float64) / 7", None, None),
    ("torch.arange(11., dtype=torch.float64) / 7", None, None),
    ("torch.arange(12., dtype=torch.float16, requires_grad=True).exp()", None, None),
    ("torch.arange(14, dtype=torch.int32)", None, None),
    ("torch.arange(17, dtype=torch.int16)", None, None),
    ("torch.arange(2000., dtype=torch.float64, requires_grad=True) * 0.5", None, None),
    ("torch.zeros(2, 0, 3, dtype=torch.float64, requires_grad=True)", None, None),
    ("torch.nn.Parameter(torch.tensor([1., 2.])).data", None, None),
    ("torch.tensor([1., 2.], requires_grad=True).sigmoid()", None, None),
    ("torch.ones(3, 3, requires_grad=True).sum(0)", None, None),
    ("torch.ones(2, 2, requires_grad=True).t()", None, None),
    # forward-mode AD tangents
    ("fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([1., 1.])).sin()", None, None),
    (
        (
            "fwAD.make_dual(torch.tensor([1., 2.], dtype=torch.float64), "
            "torch.tensor([1e-5, 1.], dtype=torch.float64))"
        ),
        None,
        None,
    ),
    ("fwAD.make_dual(torch.tensor(3.), torch.tensor(0.5)) * 2", None, None),
    ("fwAD.make_dual(torch.arange(20.) / 7, torch.ones(20))", None, None),
    ("fwAD.make_dual(torch.tensor(1.), torch.tensor(0.1))", None, None),
    ("fwAD.make_dual(torch.tensor(1+1j), torch.tensor(0.5-2j))", None, None),
    ("fwAD.make_dual(torch.tensor([[1., 2.]]), torch.tensor([[0.1, -3.]])).exp()", None, None),
    # print options
    ("torch.tensor([1.12345])", {"precision": 2}, None),
    ("torch.tensor([1.12345, 1e-5])", {"precision": 2}, None),
    ("torch.tensor([1.12345, 100.])", {"precision": 8}, None),
    ("torch.arange(10)", {"threshold": 5}, None),
    ("torch.arange(10.)", {"threshold": 5}, None),
    ("torch.arange(100.).reshape(10, 10)", {"threshold": 5}, None),
    ("torch.arange(100.).reshape(10, 10)", {"threshold": 5, "edgeitems": 1}, None),
    ("torch.arange(100.).reshape(10, 10)", {"threshold": 5, "edgeitems": 0}, None),
    ("torch.arange(10.)", {"threshold": 5, "edgeitems": 0}, None),
    ("torch.tensor(3.)", {"threshold": 0, "edgeitems": 0}, None),
    ("torch.arange(4.)", {"edgeitems": 0}, None),
    ("torch.arange(6.).reshape(2, 3)", {"edgeitems": 0}, None),
    ("torch.arange(7.)", {"threshold": 0}, None),
    ("torch.arange(100.) / 3", {"linewidth": 40}, None),
    ("torch.arange(100.) / 3", {"linewidth": 120}, None),
    ("torch.arange(100.) / 3", {"linewidth": 5}, None),
    ("torch.arange(12., requires_grad=True) * 2", {"linewidth": 40}, None),
    (
        "torch.tensor([1., 2.], dtype=torch.float64, requires_grad=True) * 2",
        {"linewidth": 20},
        None,
    ),
    ("torch.tensor([1., 100.])", {"sci_mode": True}, None),
    ("torch.tensor([1., 2.])", {"sci_mode": True}, None),
    ("torch.tensor([0., 0.])", {"sci_mode": True}, None),
    ("torch.tensor([1e-5, 1.])", {"sci_mode": False}, None),
    ("torch.tensor([1e10, 1.])", {"sci_mode": False}, None),
    ("torch.tensor([1e-5, 1.5])", {"sci_mode": False, "precision": 6}, None),
    ("torch.tensor([1+2j, 3e-6-1j])", {"sci_mode": False}, None),
    ("torch.tensor([1.12345, 2.5])", {"profile": "short"}, None),
    ("torch.arange(2000.)", {"profile": "short"}, None),
    ("torch.arange(2000.)", {"profile": "full"}, None),
    ("torch.arange(1200).reshape(30, 40)", {"profile": "full"}, None),
    ("torch.tensor([1.12345])", {"profile": "short", "precision": 3}, None),
    (
        "torch.arange(100.).reshape(10, 10) / 3",
        {"precision": 1, "linewidth": 30, "edgeitems": 2, "threshold": 50},
        None,
    ),
    # a float64 default dtype changes which dtype= suffixes are printed
    ("torch.tensor([1.5, 2.])", None, "float64"),
    ("torch.tensor([1.5, 2.], dtype=torch.float32)", None, "float64"),
    ("torch.tensor([1+1j])", None, "float64"),
    ("torch.tensor([1+1j], dtype=torch.complex64)", None, "float64"),
    ("torch.zeros(0)", None, "float64"),
    ("torch.zeros(0, dtype=torch.float32)", None, "float64"),
]


def _array_fields(tensor):
    """Raw data of a tensor, enough to rebuild it with NumPy alone."""
    array = tensor.detach().resolve_conj().resolve_neg().contiguous().numpy()
    return {
        "data": base64.b64encode(zlib.compress(array.tobytes(), 9)).decode("ascii"),
        "shape": list(array.shape),
        "dtype": str(array.dtype),
    }


def record(expr, options, default_dtype):
    """Evaluate one case under its options and return its fixture record."""
    torch.manual_seed(0)
    old_default = torch.get_default_dtype()
    if default_dtype is not None:
        torch.set_default_dtype(getattr(torch, default_dtype))
    try:
        with fwAD.dual_level(), torch._tensor_str.printoptions(**(options or {})):
            value = eval(expr, {"torch": torch, "fwAD": fwAD})
            text = repr(value)
            if str(value) != text:
                raise AssertionError(f"str != repr for {expr}")
            primal, tangent = fwAD.unpack_dual(value)
            grad_fn = value.grad_fn
            case = {
                "expr": expr,
                "options": options,
                "default_dtype": default_dtype,
                "repr": text,
                **_array_fields(primal),
                "grad_fn": None if grad_fn is None else type(grad_fn).__name__,
                "requires_grad": value.requires_grad,
                "tangent": None if tangent is None else _array_fields(tangent),
            }
    finally:
        torch.set_default_dtype(old_default)
    return case


def main():
    """Record every case and write the JSON fixture."""
    cases = [record(*case) for case in CASES]
    recorded = {case["dtype"] for case in cases}
    missing = set(DTYPES) - recorded
    if missing:
        raise AssertionError(f"no case for dtypes {sorted(missing)}")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(cases, indent=1) + "\n")
    print(f"wrote {len(cases)} cases (torch {torch.__version__}) to {OUT}")


if __name__ == "__main__":
    main()
