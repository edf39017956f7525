"""Complex autograd against torch 2.13: gradients follow torch's conjugate-Wirtinger convention
(a holomorphic op's backward multiplies by the conjugate derivative), checked on the recorded
outputs, first- and second-order VJPs and JVPs of tests/complex_autograd_cases.py, plus
numerical gradchecks on complex inputs."""

import json
import pathlib

import numpy as np
import pytest
from complex_autograd_cases import CASES, FORWARD, PRELUDE, SECOND_ORDER

import chainrule as torch
from chainrule.autograd import forward_ad
from chainrule.autograd.gradcheck import GradcheckError

FIXTURE = json.loads((pathlib.Path(__file__).parent / "fixtures" / "complex_autograd.json")
                     .read_text())
TOL = 1e-10


def decode(data):
    """The array a fixture entry holds."""
    re = np.asarray(data["re"], dtype=np.float64)
    arr = re + 1j * np.asarray(data["im"]) if "im" in data else re
    return arr.reshape(data["shape"])


def assert_matches(got, expected, what):
    """``got`` (a tensor or None) equals the recorded tensor in dtype, shape and values."""
    if expected is None:
        assert got is None, f"{what}: expected no gradient"
        return
    assert got is not None, f"{what}: gradient missing"
    assert str(got.dtype).removeprefix("torch.") == expected["dtype"], what
    np.testing.assert_allclose(got.detach().numpy(), decode(expected), rtol=TOL, atol=TOL,
                               err_msg=what)


def setup(source, names):
    """The case's function and fresh leaves, built by the shared prelude."""
    scope = {"torch": torch}
    exec(PRELUDE, scope)
    return eval(source, scope), [scope[n] for n in names], scope


def differentiable(out):
    outs = out if isinstance(out, tuple) else (out,)
    return tuple(o for o in outs if o.requires_grad)


@pytest.mark.parametrize("name", sorted(CASES))
def test_complex_grad_matches_torch(name):
    source, names = CASES[name]
    expected = FIXTURE["cases"][name]
    fn, leaves, scope = setup(source, names)
    outs = differentiable(fn(*leaves))
    assert len(outs) == len(expected["outputs"])
    for k, (o, e) in enumerate(zip(outs, expected["outputs"])):
        assert_matches(o, e, f"{name} output {k}")
    cotangents = [scope["cotangent"](o, k) for k, o in enumerate(outs)]
    second = name in SECOND_ORDER
    grads = torch.autograd.grad(outs, leaves, cotangents, allow_unused=True,
                                create_graph=second)
    for leaf_name, g, e in zip(names, grads, expected["grads"]):
        assert_matches(g, e, f"{name} grad of {leaf_name}")
    if second:
        kept = [g for g in grads if g is not None and g.requires_grad]
        vs = [scope["cotangent"](g, 5 + k) for k, g in enumerate(kept)]
        again = torch.autograd.grad(kept, leaves, vs, allow_unused=True)
        for leaf_name, g, e in zip(names, again, expected["second"]):
            assert_matches(g, e, f"{name} second-order grad of {leaf_name}")


@pytest.mark.parametrize("name", FORWARD)
def test_complex_jvp_matches_torch(name):
    source, names = CASES[name]
    fn, leaves, scope = setup(source, names)
    with forward_ad.dual_level():
        duals = [forward_ad.make_dual(leaf.detach(), scope["cotangent"](leaf, 3 + k))
                 for k, leaf in enumerate(leaves)]
        out = fn(*duals)
        outs = out if isinstance(out, tuple) else (out,)
        for k, (o, e) in enumerate(zip(outs, FIXTURE["cases"][name]["jvp"])):
            assert_matches(forward_ad.unpack_dual(o).tangent, e, f"{name} jvp {k}")


@pytest.mark.parametrize("name", sorted(FIXTURE["errors"]))
def test_complex_autograd_error_matches_torch(name):
    scope = {"torch": torch}
    exec(PRELUDE, scope)
    kind, message = FIXTURE["errors"][name]
    with pytest.raises(Exception) as info:
        eval(FIXTURE["error_code"][name], scope)
    assert type(info.value).__name__ == kind
    assert str(info.value).split("\n")[0] == message.split("\n")[0]


GRADCHECK = ("exp", "log", "sqrt", "tanh", "sigmoid", "pow_tensor", "mul", "div", "abs",
             "angle", "sgn", "polar", "complex", "view_as_real", "view_as_complex", "prod",
             "cumprod", "mm", "vdot", "addmm", "inv", "det", "slogdet", "solve", "cholesky",
             "qr", "svd_invariant", "eigh", "mul_real_complex", "lerp", "acosh", "conv1d",
             "conv_transpose1d", "logcumsumexp", "fft", "rfft_irfft", "hfft", "ifft_ortho")


@pytest.mark.parametrize("name", GRADCHECK)
def test_complex_gradcheck(name):
    source, names = CASES[name]
    fn, leaves, _ = setup(source, names)
    assert torch.autograd.gradcheck(fn, tuple(leaves))


@pytest.mark.parametrize("name", ("exp", "mul", "div", "abs", "sgn", "tanh", "mm", "conv1d"))
def test_complex_gradgradcheck(name):
    source, names = CASES[name]
    fn, leaves, _ = setup(source, names)
    assert torch.autograd.gradgradcheck(fn, tuple(leaves))


def test_complex_gradcheck_names_the_part_that_fails():
    class Holomorphic(torch.autograd.Function):
        """z² with the unconjugated derivative: the convention torch does not use."""

        @staticmethod
        def forward(ctx, a):
            ctx.save_for_backward(a)
            return a * a

        @staticmethod
        def backward(ctx, grad):
            (a,) = ctx.saved_tensors
            return 2 * grad * a

    z = torch.tensor([1 + 2j, 0.3 - 0.5j], dtype=torch.complex128, requires_grad=True)
    with pytest.raises(GradcheckError, match="While considering the imaginary "
                       "part of complex outputs only, Jacobian mismatch for output 0"):
        torch.autograd.gradcheck(Holomorphic.apply, (z,))
    assert not torch.autograd.gradcheck(Holomorphic.apply, (z,), raise_exception=False)


def test_real_leaf_takes_real_part_of_complex_gradient():
    x = torch.tensor([0.5, -2.0], dtype=torch.float64, requires_grad=True)
    w = torch.tensor([1 + 1j, 2 - 3j], dtype=torch.complex128)
    (x * w).abs().sum().backward()
    assert x.grad.dtype is torch.float64
    np.testing.assert_allclose(x.grad.numpy(), np.sign([0.5, -2.0]) * np.abs(w.numpy()),
                               rtol=TOL)


def test_real_dtype_rules_return_inputs_uncopied():
    from chainrule._ops.pointwise import conj_in_rule
    t = torch.tensor([1.0, 2.0])
    assert conj_in_rule(t) is t
    assert conj_in_rule(2.5) == 2.5
    assert conj_in_rule(1 + 2j) == 1 - 2j


def test_inplace_abs_of_a_complex_tensor_is_refused():
    z = torch.tensor([3 + 4j])
    for call in (z.abs_, lambda: torch.abs_(z)):
        with pytest.raises(RuntimeError, match="^In-place abs is not supported for complex "
                                               r"tensors\.$"):
            call()
    assert z.tolist() == [3 + 4j]  # untouched
