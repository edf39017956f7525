"""chainrule.fft against torch 2.13 (recorded), central differences, and inverse pairs."""

import json
import pathlib

import numpy as np
import pytest
from fft_cases import CASES, ERRORS, NORMS, PRELUDE, VALUES, case_id
from hypothesis import given, settings
from hypothesis import strategies as st

import chainrule as torch
from chainrule.autograd import gradcheck, gradgradcheck

_RECORDED = json.loads((pathlib.Path(__file__).parent / "fixtures" / "fft_torch.json").read_text())
# float32 results: torch's MKL computes in single precision, NumPy in double rounded once, so
# they agree to a few 1e-7 of the largest magnitude
_TOL = {"float32": (1e-5, 1e-6), "complex64": (1e-5, 1e-6),
        "float64": (1e-10, 1e-13), "complex128": (1e-10, 1e-13)}


def decode(data):
    """The chainrule tensor a fixture entry encodes."""
    values = np.array(data["re"], dtype=np.float64)
    if "im" in data:
        values = values + 1j * np.array(data["im"])
    return torch.tensor(values.reshape(data["shape"]), dtype=getattr(torch, data["dtype"]))


def assert_matches(actual, expected):
    """Same dtype and shape; values within the dtype's tolerance of torch's largest value."""
    assert str(actual.dtype) == "torch." + expected["dtype"]
    assert list(actual.shape) == expected["shape"]
    ref = decode(expected).detach().numpy()
    rtol, atol = _TOL[expected["dtype"]]
    scale = max(np.abs(ref).max(initial=0.0), 1.0)
    np.testing.assert_allclose(actual.detach().numpy(), ref, rtol=rtol, atol=atol * scale)


def _chain(t):
    names, fn = [], t.grad_fn
    while fn is not None and type(fn).__name__ != "AccumulateGrad":
        names.append(type(fn).__name__)
        fn = fn.next_functions[0][0] if fn.next_functions else None
    return names


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_fft_values_grads_and_grad_fns_match_torch(case):
    fn, _, _, kwargs = case
    rec = _RECORDED["cases"][case_id(case)]
    x = decode(rec["input"]).requires_grad_()
    out = getattr(torch.fft, fn)(x, **kwargs)
    assert_matches(out, rec["output"])
    assert _chain(out) == rec["chain"]
    out.backward(decode(rec["grad_output"]))
    assert_matches(x.grad, rec["grad"])


def test_fft_fixture_covers_every_case():
    assert set(_RECORDED["cases"]) == {case_id(c) for c in CASES}


def _scope():
    scope = {"torch": torch}
    exec(PRELUDE, scope)
    return scope


@pytest.mark.parametrize("expr", ERRORS)
def test_fft_errors_match_torch(expr):
    rec = _RECORDED["errors"][expr]
    with pytest.raises(Exception) as info:
        eval(expr, _scope())
    assert (type(info.value).__name__, str(info.value)) == (rec["type"], rec["message"])


@pytest.mark.parametrize("expr", VALUES)
def test_fft_reprs_match_torch(expr):
    assert repr(eval(expr, _scope())) == _RECORDED["values"][expr]


# --- numerical gradients: every transform, every norm, in double precision -------------------
_REAL_IN = {"rfft", "ihfft", "rfft2", "ihfft2", "rfftn", "ihfftn"}
_SHAPES = {1: (5,), 2: (2, 3)}
_GRAD_CASES = [(fn, real, norm, extra)
               for fn, real_inputs in [("fft", (True, False)), ("ifft", (True, False)),
                                       ("rfft", (True,)), ("ihfft", (True,)),
                                       ("irfft", (False,)), ("hfft", (False,)),
                                       ("fft2", (True, False)), ("ifft2", (False,)),
                                       ("fftn", (False,)), ("ifftn", (True,)),
                                       ("rfft2", (True,)), ("rfftn", (True,)),
                                       ("ihfft2", (True,)), ("ihfftn", (True,)),
                                       ("irfft2", (False,)), ("irfftn", (False,)),
                                       ("hfft2", (False,)), ("hfftn", (False,))]
               for real in real_inputs for norm in NORMS for extra in ({}, {"odd": True})]


def _grad_input(fn, real, odd):
    """A small double input; ``odd`` asks c2r transforms for an odd output length."""
    shape = _SHAPES[2 if fn.endswith(("2", "n")) else 1]
    gen = np.random.default_rng(7)
    values = gen.standard_normal(shape) + (0 if real else 1j * gen.standard_normal(shape))
    kwargs = {}
    if odd:
        key = "n" if shape == (5,) else "s"
        if fn in ("irfft", "hfft", "irfft2", "irfftn", "hfft2", "hfftn"):
            kwargs[key] = 7 if key == "n" else (2, 5)
        else:
            kwargs[key] = 4 if key == "n" else (3, 2)
    dtype = torch.float64 if real else torch.complex128
    return torch.tensor(values, dtype=dtype, requires_grad=True), kwargs


@pytest.mark.parametrize("fn,real,norm,extra", _GRAD_CASES,
                         ids=lambda v: str(v) if not isinstance(v, dict) else
                         ("odd" if v else "default"))
def test_fft_gradcheck_and_gradgradcheck(fn, real, norm, extra):
    x, kwargs = _grad_input(fn, real, bool(extra))

    def f(x):
        return getattr(torch.fft, fn)(x, norm=norm, **kwargs)

    assert gradcheck(f, (x,))
    assert gradgradcheck(f, (x,))


@pytest.mark.parametrize("fn", ["fft", "ifft", "rfft", "irfft", "hfft", "ihfft", "fftn", "ifftn",
                                "rfftn", "irfftn", "hfftn", "ihfftn"])
def test_fft_jvp_is_the_transform_of_the_tangent(fn):
    """Every transform is real-linear, so its forward-mode derivative is itself."""
    real = fn in _REAL_IN
    x, _ = _grad_input(fn, real, False)
    t, _ = _grad_input(fn, real, False)
    t = t.detach() * 0.5 - 1
    _, tangent = torch.func.jvp(getattr(torch.fft, fn), (x.detach(),), (t,))
    np.testing.assert_allclose(tangent.numpy(), getattr(torch.fft, fn)(t).numpy(), atol=1e-12)


# --- inverse pairs and NumPy -------------------------------------------------------------------
@pytest.mark.parametrize("norm", NORMS)
def test_fft_inverse_pairs_round_trip(norm):
    gen = np.random.default_rng(3)
    x = torch.tensor(gen.standard_normal((3, 8)))
    z = torch.complex(x, x.flip(0))
    pairs = [(torch.fft.ifft(torch.fft.fft(z, norm=norm), norm=norm), z),
             (torch.fft.irfft(torch.fft.rfft(x, norm=norm), n=8, norm=norm), x),
             (torch.fft.hfft(torch.fft.ihfft(x, norm=norm), n=8, norm=norm), x),
             (torch.fft.ifftn(torch.fft.fftn(z, norm=norm), norm=norm), z),
             (torch.fft.irfftn(torch.fft.rfftn(x, norm=norm), s=(3, 8), norm=norm), x),
             (torch.fft.hfftn(torch.fft.ihfftn(x, norm=norm), s=(3, 8), norm=norm), x)]
    for got, want in pairs:
        np.testing.assert_allclose(got.numpy(), want.numpy(), atol=1e-12)


def test_fft_matches_numpy_and_shift_round_trips():
    gen = np.random.default_rng(5)
    a = gen.standard_normal((4, 6))
    np.testing.assert_allclose(torch.fft.fft2(torch.tensor(a)).numpy(), np.fft.fft2(a),
                               atol=1e-12)
    np.testing.assert_allclose(torch.fft.fftfreq(7, d=0.3, dtype=torch.float64).numpy(),
                               np.fft.fftfreq(7, d=0.3), atol=1e-15)
    np.testing.assert_allclose(torch.fft.rfftfreq(7, d=0.3, dtype=torch.float64).numpy(),
                               np.fft.rfftfreq(7, d=0.3), atol=1e-15)
    t = torch.tensor(a)
    assert torch.equal(torch.fft.ifftshift(torch.fft.fftshift(t)), t)
    np.testing.assert_array_equal(torch.fft.fftshift(t, dim=1).numpy(), np.fft.fftshift(a, 1))


def test_fft_float32_input_computes_in_single_precision():
    x = torch.randn(64)
    assert torch.fft.rfft(x).dtype is torch.complex64
    assert torch.fft.irfft(torch.fft.rfft(x)).dtype is torch.float32
    assert torch.fft.fft(torch.arange(4)).dtype is torch.complex64


def test_fft_docs_page_examples_run_as_printed():
    import doctest
    page = pathlib.Path(__file__).resolve().parents[1] / "docs" / "fft.md"
    result = doctest.testfile(str(page), module_relative=False)
    assert result.failed == 0 and result.attempted > 0


def test_fft_r2c_primitive_fills_the_full_nd_spectrum():
    """torch's _fft_r2c with onesided=False over several dims is NumPy's fftn of real input."""
    from chainrule._ops.fft_ops import NORM_NONE, fft_r2c
    a = np.random.default_rng(9).standard_normal((3, 4, 5))
    for dims in [(0, 2), (2, 1, 0), (1,)]:
        x = torch.tensor(a, requires_grad=True)
        np.testing.assert_allclose(fft_r2c(x, dims, NORM_NONE, False).detach().numpy(),
                                   np.fft.fftn(a, axes=dims), atol=1e-12)
        assert gradcheck(lambda t, dims=dims: fft_r2c(t, dims, NORM_NONE, False), (x,))


@st.composite
def _nd_request(draw):
    """A shape, a subset of its dims in any order, lengths for them (some -1), and a norm."""
    shape = draw(st.lists(st.integers(1, 5), min_size=1, max_size=3))
    dims = draw(st.permutations(range(len(shape))))[:draw(st.integers(1, len(shape)))]
    sizes = draw(st.lists(st.sampled_from([-1, 1, 2, 3, 4, 6]), min_size=len(dims),
                          max_size=len(dims)))
    return shape, list(dims), sizes, draw(st.sampled_from(NORMS))


@settings(max_examples=40, deadline=None, derandomize=True)
@given(_nd_request())
def test_fft_nd_transforms_match_numpy(request):
    """fftn, ifftn, rfftn and irfftn with any dims, orders and lengths: NumPy's values."""
    shape, dims, sizes, norm = request
    a = np.random.default_rng(len(shape)).standard_normal(shape)
    s = [a.shape[d] if n == -1 else n for d, n in zip(dims, sizes)]
    x = torch.tensor(a)
    for fn in ("fftn", "ifftn", "rfftn"):
        np.testing.assert_allclose(getattr(torch.fft, fn)(x, s=sizes, dim=dims, norm=norm).numpy(),
                                   getattr(np.fft, fn)(a, s=s, axes=dims, norm=norm), atol=1e-12)
    spectrum = np.fft.rfftn(a, axes=dims)
    z = torch.tensor(spectrum)
    s_out = [2 * (spectrum.shape[d] - 1) if n == -1 and k == len(dims) - 1 else
             spectrum.shape[d] if n == -1 else n for k, (d, n) in enumerate(zip(dims, sizes))]
    if s_out[-1] >= 1:
        np.testing.assert_allclose(torch.fft.irfftn(z, s=sizes, dim=dims, norm=norm).numpy(),
                                   np.fft.irfftn(spectrum, s=s_out, axes=dims, norm=norm),
                                   atol=1e-12)
