"""Every op in the table: values against NumPy, and values, dtypes, grads and grad_fn names
against fixtures recorded from torch 2.13 (tools/record_op_fixtures.py)."""

import json
import pathlib

import numpy as np
import pytest
from op_db import OPS, is_float, make_leaves, outputs_of, reference, run

import chainrule
from chainrule.testing import assert_close

FIXTURES = pathlib.Path(__file__).parent / "fixtures"
TORCH_JSON = json.loads((FIXTURES / "ops_torch.json").read_text())
TORCH_ARRAYS = np.load(FIXTURES / "ops_torch.npz")

CASES = [pytest.param(spec, sample, dtype, id=f"{spec.name}-{sample.name}-{dtype}")
         for spec in OPS for sample in spec.make_samples() for dtype in spec.dtypes]


def _key(spec, sample, dtype):
    """The fixture key of one (op, sample, dtype)."""
    return f"{spec.name}|{sample.name}|{dtype}"


def cotangents(key, outs):
    """Fixed output gradients for the grad comparison, the same here and in the recorder."""
    import zlib
    rng = np.random.default_rng(zlib.crc32(key.encode()))
    return [rng.uniform(-1, 1, tuple(o.shape)) for o in outs]


@pytest.mark.parametrize("spec,sample,dtype", CASES)
def test_values_match_numpy(spec, sample, dtype):
    leaves = make_leaves(chainrule, sample, dtype, False)
    outs = outputs_of(run(chainrule, spec, sample, leaves))
    expected = reference(spec, sample, dtype)
    assert len(outs) == len(expected)
    for out, ref in zip(outs, expected):
        assert tuple(out.shape) == ref.shape
        if ref.dtype.kind in "fc":
            # a reference like np.flip has negative strides, which from_numpy refuses as torch
            assert_close(out, chainrule.from_numpy(np.array(ref, order="C")), equal_nan=True,
                         check_dtype=False)
        else:
            np.testing.assert_array_equal(out.numpy(), ref)


@pytest.mark.parametrize("spec,sample,dtype", CASES)
def test_matches_torch(spec, sample, dtype):
    key = _key(spec, sample, dtype)
    record = TORCH_JSON[key]
    leaves = make_leaves(chainrule, sample, dtype, spec.grad)
    outs = outputs_of(run(chainrule, spec, sample, leaves))
    assert [str(o.dtype) for o in outs] == record["dtypes"]
    for k, out in enumerate(outs):
        assert_close(out.detach(), chainrule.from_numpy(TORCH_ARRAYS[f"{key}|out{k}"]),
                     equal_nan=True, check_dtype=False)
    names = [type(o.grad_fn).__name__ if o.grad_fn is not None else None for o in outs]
    assert names == record["grad_fns"]
    diff = [o for o in outs if o.requires_grad]
    if not diff or dtype != "float64":
        # Gradients are compared in float64: in float32 they differ from torch's by rounding
        # that the rule chain amplifies (factorizations), not by a wrong rule.
        return
    grad_leaves = [x for x in leaves if isinstance(x, chainrule.Tensor) and x.requires_grad]
    cts = [chainrule.from_numpy(c).to(o.dtype) for c, o in zip(cotangents(key, diff), diff)]
    grads = chainrule.autograd.grad(diff, grad_leaves, cts, allow_unused=True)
    for i, g in enumerate(grads):
        name = f"{key}|grad{i}"
        if name not in TORCH_ARRAYS.files:
            assert g is None or not g.numpy().any()
            continue
        assert_close(g, chainrule.from_numpy(TORCH_ARRAYS[name]), check_dtype=False)


def _inplace_cases():
    """Samples whose result fits the first argument, for x.op_()."""
    for spec in OPS:
        method = spec.name + "_"
        if spec.fn is not None or "." in spec.name or not hasattr(chainrule.Tensor, method):
            continue
        for sample in spec.make_samples():
            if not sample.args or not is_float(sample.args[0]) or sample.transpose:
                continue
            ref = reference(spec, sample, "float64")
            # Only results that fit the first argument can be written into it (torch errors).
            if len(ref) == 1 and ref[0].shape == sample.args[0].shape and ref[0].dtype.kind == "f":
                yield pytest.param(spec, sample, id=f"{spec.name}_-{sample.name}")


@pytest.mark.parametrize("spec,sample", list(_inplace_cases()))
def test_inplace_variant_matches_out_of_place(spec, sample):
    leaves = make_leaves(chainrule, sample, "float64", True)
    expected = run(chainrule, spec, sample, leaves)
    target = leaves[0] * 1
    out = getattr(target, spec.name + "_")(*leaves[1:], **sample.kwargs)
    assert out is target
    assert_close(target, expected)
    if expected.grad_fn is not None:
        assert type(target.grad_fn).__name__ == type(expected.grad_fn).__name__
        x = [t for t in leaves if isinstance(t, chainrule.Tensor) and t.requires_grad]
        ct = chainrule.ones_like(expected)
        want = chainrule.autograd.grad(expected, x, ct, allow_unused=True)
        got = chainrule.autograd.grad(target, x, ct, allow_unused=True)
        for g, w in zip(got, want):
            assert (g is None) == (w is None)
            if g is not None:
                assert_close(g, w)


# --- chainrule.testing, which these tests lean on -----------------------------------------
def test_assert_close_reports_like_torch():
    with pytest.raises(AssertionError) as info:
        assert_close(chainrule.tensor([1.0, 2.0, 3.0]), chainrule.tensor([1.0, 2.5, 3.0]))
    assert str(info.value) == (
        "Tensor-likes are not close!\n\nMismatched elements: 1 / 3 (33.3%)\n"
        "Greatest absolute difference: 0.5 at index (1,) (up to 1e-05 allowed)\n"
        "Greatest relative difference: 0.20000000298023224 at index (1,) (up to 1.3e-06 allowed)")
    with pytest.raises(AssertionError, match="attribute 'dtype' do not match: torch.float32 !="):
        assert_close(chainrule.tensor([1.0]), chainrule.tensor([1.0], dtype=chainrule.float64))
    with pytest.raises(AssertionError, match=r"The failure occurred for item \[0\]"):
        assert_close([chainrule.tensor(1.0)], [chainrule.tensor(2.0)])
    assert_close(chainrule.tensor([1.0, 2.0]), chainrule.tensor([1.0, 2.0 + 1e-6]))


def test_make_tensor_ranges_and_layout():
    from chainrule.testing import make_tensor
    t = make_tensor((4, 5), dtype=chainrule.float64, low=-1, high=1, noncontiguous=True)
    assert t.shape == (4, 5) and not t.is_contiguous()
    assert ((t >= -1) & (t < 1)).all()
    i = make_tensor(50, dtype=chainrule.int64, low=0, high=3)
    assert i.dtype is chainrule.int64 and ((i >= 0) & (i < 3)).all()
    assert make_tensor(3, dtype=chainrule.float32, requires_grad=True).requires_grad
