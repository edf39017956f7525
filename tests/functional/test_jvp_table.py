"""Forward mode for every differentiable op in the table: the JVP must be the VJP's adjoint.

For random tangents t and cotangents u, <u, J·t> from forward mode must equal <Jᵀ·u, t> from the
op's reverse rules (gradchecked in test_ops_grad.py). Each op runs through its own JVP
(table entry or shortcut) and through the double-VJP fallback, so both paths are covered.
"""

import sys
from pathlib import Path

import numpy as np
import pytest

import chainrule
from chainrule.autograd import forward_ad as fwAD

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from op_db import OPS, is_float, make_leaves, run  # noqa: E402

CASES = [pytest.param(spec, sample, id=f"{spec.name}-{sample.name}")
         for spec in OPS if spec.grad for sample in spec.make_samples()
         if any(is_float(a) and a.size for a in sample.args)]


def _float_outputs(out):
    if isinstance(out, (tuple, list)):
        return [o for item in out for o in _float_outputs(item)]
    return [out] if isinstance(out, chainrule.Tensor) and out.dtype.is_floating_point else []


def _reverse(spec, sample, leaves, slots, rng):
    """Random cotangents and the op's reverse-mode <Jᵀ·u, ·> on the float leaves."""
    outs = _float_outputs(run(chainrule, spec, sample, leaves))
    us = [chainrule.from_numpy(rng.standard_normal(o.shape)) for o in outs]
    pairs = [(o, u) for o, u in zip(outs, us) if o.requires_grad]
    grads = chainrule.autograd.grad([o for o, _ in pairs], [leaves[i] for i in slots],
                                    [u for _, u in pairs], allow_unused=True) if pairs else ()
    return us, grads


def _adjoint_gap(spec, sample, force_fallback, monkeypatch):
    """Return (forward <u, J·t>, reverse <Jᵀ·u, t>) for one sample in float64."""
    rng = np.random.default_rng(7)
    leaves = make_leaves(chainrule, sample, "float64", True)
    slots = [i for i, a in enumerate(sample.args) if is_float(a)]
    tangents = {i: chainrule.from_numpy(rng.standard_normal(leaves[i].shape)) for i in slots}
    try:
        us, grads = _reverse(spec, sample, leaves, slots, rng)
    except Exception as e:  # the op's own forward/VJP is broken: test_ops*.py reports that
        pytest.skip(f"reverse mode of {spec.name} fails, see test_ops_grad.py: {e}")
    if force_fallback:
        monkeypatch.setattr(fwAD, "_SHORTCUTS", {})
        monkeypatch.setattr(fwAD, "jvp_of", lambda op, args, attrs, outs, tangents:
                            fwAD._double_vjp(op, args, attrs, outs, tangents))
    with fwAD.dual_level():
        duals = list(leaves)
        for i in slots:
            duals[i] = fwAD.make_dual(leaves[i], tangents[i])
        outs = _float_outputs(run(chainrule, spec, sample, duals))
        jvps = [fwAD.unpack_dual(o).tangent for o in outs]
    forward = sum(float((u * t).detach().sum()) for u, t in zip(us, jvps) if t is not None)
    reverse = sum(float((g * tangents[i]).detach().sum())
                  for g, i in zip(grads, slots) if g is not None)
    return forward, reverse


@pytest.mark.parametrize("spec,sample", CASES)
def test_jvp_is_adjoint_of_vjp(spec, sample, monkeypatch):
    forward, reverse = _adjoint_gap(spec, sample, False, monkeypatch)
    assert forward == pytest.approx(reverse, rel=1e-9, abs=1e-9)


@pytest.mark.parametrize("spec,sample", CASES)
def test_double_vjp_fallback_is_adjoint_of_vjp(spec, sample, monkeypatch):
    forward, reverse = _adjoint_gap(spec, sample, True, monkeypatch)
    assert forward == pytest.approx(reverse, rel=1e-9, abs=1e-9)
