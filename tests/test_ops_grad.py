"""Every differentiable op in the table: float64 gradcheck and gradgradcheck on every sample."""

import numpy as np
import pytest
from op_db import OPS, is_float, make_leaves, run

import chainrule
from chainrule.autograd import gradcheck, gradgradcheck
from chainrule.autograd.gradcheck import GradcheckError

CASES = [pytest.param(spec, sample, id=f"{spec.name}-{sample.name}")
         for spec in OPS if spec.grad for sample in spec.make_samples()
         if any(is_float(a) for a in sample.args)]


def _checked(spec, sample):
    """The op as a function of its float leaves alone, plus those leaves (float64)."""
    leaves = make_leaves(chainrule, sample, "float64", True)
    slots = [i for i, a in enumerate(sample.args) if is_float(a)]

    def fn(*xs):
        args = list(leaves)
        for i, x in zip(slots, xs):
            args[i] = x
        return tuple(o for o in _tensors(run(chainrule, spec, sample, args))
                     if o.dtype.is_floating_point)
    return fn, tuple(leaves[i] for i in slots)


def _tensors(out):
    """Flatten nested op outputs into a list."""
    if isinstance(out, (tuple, list)):
        return [o for item in out for o in _tensors(item)]
    return [out]


@pytest.mark.parametrize("spec,sample", CASES)
def test_gradcheck(spec, sample):
    fn, inputs = _checked(spec, sample)
    assert gradcheck(fn, inputs)


GRADGRAD = [c for c in CASES if c.values[0].gradgrad]
FIRST = [c for i, c in enumerate(CASES) if i == 0 or CASES[i - 1].values[0] is not c.values[0]]


@pytest.mark.parametrize("spec,sample", GRADGRAD)
def test_gradgradcheck(spec, sample):
    # Every sample in fast mode (random projections); the full Jacobians in the next test.
    fn, inputs = _checked(spec, sample)
    assert gradgradcheck(fn, inputs, fast_mode=True)


@pytest.mark.parametrize("spec,sample", [c for c in FIRST if c.values[0].gradgrad])
def test_gradgradcheck_full_jacobian(spec, sample):
    fn, inputs = _checked(spec, sample)
    assert gradgradcheck(fn, inputs)


@pytest.mark.parametrize("spec,sample", FIRST)
def test_fast_gradcheck(spec, sample):
    fn, inputs = _checked(spec, sample)
    assert gradcheck(fn, inputs, fast_mode=True)


# --- gradcheck itself: it must catch wrong rules, and say where ----------------------------
def _op_with_rule(rule):
    """sin with a replaceable backward rule, to feed gradcheck wrong derivatives."""
    from chainrule._ops._registry import defop
    op = defop("sin", lambda xp, input: np.sin(input), node="SinBackward0",
               vjp={"input": rule})
    return lambda x: op.apply((x,), ())


def _x(*values):
    """A float64 leaf vector requiring grad."""
    return chainrule.tensor(values, dtype=chainrule.float64, requires_grad=True)


def test_gradcheck_error_names_output_input_and_element():
    wrong = _op_with_rule(lambda grad, input: grad * chainrule.cos(input) * (
        1 + (chainrule.arange(3) == 1)))
    with pytest.raises(GradcheckError) as info:
        gradcheck(wrong, (_x(0.1, 0.2, 0.3),))
    msg = str(info.value)
    assert msg.startswith("Jacobian mismatch for output 0 with respect to input 0,\nnumerical:")
    assert "input 0 element (1,) and output 0 element (1,)" in msg
    assert isinstance(info.value, RuntimeError)


def test_gradcheck_returns_false_without_raise_exception():
    wrong = _op_with_rule(lambda grad, input: grad * 2 * chainrule.cos(input))
    assert gradcheck(wrong, (_x(0.1, 0.2),), raise_exception=False) is False


def test_fast_gradcheck_catches_wrong_rule():
    wrong = _op_with_rule(lambda grad, input: grad * chainrule.cos(input) * 1.01)
    with pytest.raises(GradcheckError, match="Jacobian mismatch for output 0 with respect"):
        gradcheck(wrong, (_x(0.1, 0.2, 0.3),), fast_mode=True)


def test_gradgradcheck_catches_rule_not_written_in_ops():
    # First order right, but computed on raw arrays: the second derivative is lost.
    detached = _op_with_rule(lambda grad, input: grad * chainrule.from_numpy(
        np.cos(input.detach().numpy())))
    assert gradcheck(detached, (_x(0.1, 0.2),))
    with pytest.raises(GradcheckError, match="Jacobian mismatch"):
        gradgradcheck(detached, (_x(0.1, 0.2),))


def test_gradcheck_catches_rule_ignoring_grad_output():
    ignores = _op_with_rule(lambda grad, input: chainrule.cos(input))
    with pytest.raises(GradcheckError, match="backward not multiplied by grad_output"):
        gradcheck(ignores, (_x(0.3),))


def test_gradcheck_warns_for_single_precision_inputs():
    x = chainrule.tensor([0.5], requires_grad=True)
    with pytest.warns(UserWarning, match="Input #0 requires gradient and is not a double"):
        gradcheck(chainrule.sin, (x,), atol=1e-2, rtol=1e-2)


def test_gradcheck_needs_an_input_requiring_grad():
    with pytest.raises(ValueError, match="at least one input tensor to require gradient"):
        gradcheck(chainrule.sin, (chainrule.tensor([0.5], dtype=chainrule.float64),))


def test_gradcheck_rejects_overlapping_inputs():
    x = _x(0.5).expand(3).detach().requires_grad_()
    with pytest.raises(RuntimeError, match="The 0th input has a dimension with stride 0"):
        gradcheck(chainrule.sin, (x,))


def test_gradcheck_public_names():
    import sys
    module = sys.modules["chainrule.autograd.gradcheck"]  # the function shadows it, as in torch
    assert chainrule.autograd.gradcheck is gradcheck and module.gradcheck is gradcheck
    assert module.GradcheckError is GradcheckError and issubclass(GradcheckError, RuntimeError)


@pytest.mark.parametrize("spec,sample", CASES)
def test_forward_mode_matches_finite_differences(spec, sample):
    """J·t from forward-mode duals equals the central difference of the op along t."""
    import chainrule.autograd.forward_ad as fwAD
    fn, inputs = _checked(spec, sample)
    rng = np.random.default_rng(0)
    tangents = [chainrule.from_numpy(rng.uniform(-1, 1, tuple(x.shape))) for x in inputs]
    with fwAD.dual_level():
        outs = fn(*[fwAD.make_dual(x.detach(), t) for x, t in zip(inputs, tangents)])
        jvps = [fwAD.unpack_dual(o).tangent for o in outs]
    eps = 1e-6
    plus = fn(*[(x + eps * t).detach() for x, t in zip(inputs, tangents)])
    minus = fn(*[(x - eps * t).detach() for x, t in zip(inputs, tangents)])
    for jvp, p, m in zip(jvps, plus, minus):
        expected = (p - m) / (2 * eps)
        got = chainrule.zeros_like(expected) if jvp is None else jvp
        np.testing.assert_allclose(got.detach().numpy(), expected.numpy(), rtol=1e-3, atol=1e-5)
