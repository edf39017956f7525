"""Seeded draws match torch's CPU generator bit for bit (tools/record_random_fixtures.py)."""

import json
import pathlib

import numpy as np
import pytest

import chainrule
import chainrule.nn
import chainrule.utils.data  # noqa: F401
from chainrule import _avx_mathfun
from chainrule._mt19937 import Engine

_FIXTURE = pathlib.Path(__file__).parent / "fixtures" / "random_torch.json"
_CASES = json.loads(_FIXTURE.read_text())


def _encode(value):
    """The recorder's encoding, applied to chainrule's outputs."""
    if isinstance(value, chainrule.Tensor):
        arr = np.asarray(value.detach().numpy())
        if arr.dtype.kind == "c":
            arr = arr.view(arr.real.dtype)
        if arr.dtype.kind == "f":
            flat = arr.ravel().view({2: np.uint16, 4: np.uint32, 8: np.uint64}[arr.itemsize])
        else:
            flat = arr.ravel()
        return {"dtype": str(value.dtype), "shape": list(arr.shape), "data": flat.tolist()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    return value


_DRAWS = sorted(n for n in _CASES if "out" in _CASES[n])
_ERRORS = sorted(n for n in _CASES if "error" in _CASES[n])
_CLOSE = sorted(n for n in _CASES if "close" in _CASES[n])


@pytest.mark.parametrize("name", _DRAWS)
def test_random_draws_match_torch_bits(name):
    case = _CASES[name]
    scope = {"torch": chainrule, "nn": chainrule.nn}
    exec(case["code"], scope)
    assert _encode(scope["out"]) == case["out"]


@pytest.mark.parametrize("name", _ERRORS)
def test_random_errors_and_stream_after_them_match_torch(name):
    case = _CASES[name]
    chainrule.manual_seed(0)
    kind, message = case["error"]
    with pytest.raises(Exception) as info:
        exec(case["code"], {"torch": chainrule})
    assert [type(info.value).__name__, str(info.value)] == [kind, message]
    assert _encode(chainrule.rand(3)) == case["after"]


@pytest.mark.parametrize("name", _CLOSE)
def test_random_draws_then_qr_match_torch_to_float32_rounding(name):
    case = _CASES[name]
    scope = {"torch": chainrule, "nn": chainrule.nn}
    exec(case["code"], scope)
    for got, want in zip(scope["out"], case["close"], strict=True):
        # Same normal draws; MKL's and NumPy's LAPACK QR differ only by float32 rounding.
        np.testing.assert_allclose(got.numpy(), np.array(want, np.float32), rtol=0, atol=2e-6)


def test_random_engine_words_are_mt19937():
    # Reference: the first outputs of MT19937 seeded with init_genrand(5489) (Matsumoto's table).
    words = Engine(5489).random(3).tolist()
    assert words == [3499211612, 581869302, 3890346734]


def test_random_state_roundtrip_restores_cached_normal():
    chainrule.manual_seed(3)
    chainrule.randn(1, dtype=chainrule.float64)  # leaves the second Box-Muller sample cached
    state = chainrule.get_rng_state()
    first = chainrule.randn(4, dtype=chainrule.float64)
    chainrule.set_rng_state(state)
    assert chainrule.equal(chainrule.randn(4, dtype=chainrule.float64), first)


def test_random_set_state_errors_as_torch():
    with pytest.raises(RuntimeError, match="Expected a CPUGeneratorImplState of size 5056 but "
                                           "found the input RNG state size to be 10"):
        chainrule.set_rng_state(chainrule.zeros(10, dtype=chainrule.uint8))
    with pytest.raises(TypeError, match="RNG state must be a torch.ByteTensor"):
        chainrule.set_rng_state(chainrule.zeros(5056))
    with pytest.raises(RuntimeError, match="Invalid mt19937 state"):
        chainrule.set_rng_state(chainrule.zeros(5056, dtype=chainrule.uint8))
    with pytest.raises(ValueError, match="Overflow when unpacking long long"):
        chainrule.manual_seed(2 ** 64)


def test_random_fork_rng_leaves_stream_untouched():
    chainrule.manual_seed(9)
    with chainrule.random.fork_rng():
        chainrule.rand(100)
    after = chainrule.rand(3)
    chainrule.manual_seed(9)
    assert chainrule.equal(after, chainrule.rand(3))


def test_random_orthogonal_init_is_orthogonal_with_torch_draws():
    w = chainrule.nn.init.orthogonal_(chainrule.empty(3, 5), gain=2.0)._data.astype(np.float64)
    np.testing.assert_allclose(w @ w.T, 4 * np.eye(3), atol=1e-5)


def test_random_avx_log_and_sincos_are_accurate():
    # The emulated polynomials are torch's, so they agree with libm to a few float32 ulps.
    x = np.linspace(1e-6, 1, 10001, dtype=np.float32)
    np.testing.assert_allclose(_avx_mathfun.log(x), np.log(x.astype(np.float64)), rtol=3e-7,
                               atol=2e-7)
    theta = np.linspace(0, 2 * np.pi, 10001, dtype=np.float32)
    sin, cos = _avx_mathfun.sincos(theta)
    np.testing.assert_allclose(sin, np.sin(theta.astype(np.float64)), atol=3e-7)
    np.testing.assert_allclose(cos, np.cos(theta.astype(np.float64)), atol=3e-7)


def test_random_fma_rounds_once():
    a, b = np.float32(1 + 2 ** -12), np.float32(1 + 2 ** -12)
    c = np.float32(-(1 + 2 ** -11))
    # Exact a*b + c is 2**-24: a fused multiply-add keeps it, separate rounding loses it.
    assert _avx_mathfun.fma(np.array([a]), b, c)[0] == np.float32(2 ** -24)
    assert a * b + c == 0


def test_random_fma_avoids_double_rounding_at_a_float32_tie():
    a = np.float32(2 ** -12 * (1 + 2 ** -23))
    b = np.float32(2 ** -12 * (1 - 2 ** -23))
    c = np.float32(1 + 2 ** -23)
    # a*b + c lies just below the tie between c and its upper neighbour; float64 rounds it onto
    # the tie, which float32 would then break upward to the even neighbour.
    assert np.float32(np.float64(a) * np.float64(b) + np.float64(c)) == np.float32(1 + 2 ** -22)
    assert _avx_mathfun.fma(np.array([a]), b, c)[0] == c


def test_generator_prints_as_torch():
    """``print(torch.manual_seed(0))`` in a notebook shows torch's class name."""
    assert repr(chainrule.manual_seed(0)).startswith("<torch._C.Generator object at 0x")
