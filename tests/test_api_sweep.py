"""The torch 2.13 names of tests/api_sweep_cases.py against what torch printed, raised and warned
(tools/record_api_sweep_fixtures.py), then gradients of the new differentiable paths."""

import json
import pathlib
import sys

import numpy as np
import pytest
import scipy.signal
from api_sweep_cases import CASES

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tools"))
from record_api_sweep_fixtures import outcome  # noqa: E402

import chainrule  # noqa: E402
from chainrule import linalg_legacy  # noqa: E402
from chainrule.autograd import gradcheck, gradgradcheck  # noqa: E402

RECORDED = json.loads((pathlib.Path(__file__).parent / "fixtures" / "api_sweep.json")
                      .read_text())


def test_every_case_is_recorded():
    assert set(RECORDED["cases"]) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_matches_torch(name):
    linalg_legacy._warned.clear()  # torch warns once per process; each case starts afresh
    try:
        got = outcome(chainrule, CASES[name])
    finally:
        chainrule.set_default_dtype(chainrule.float32)
    assert got == RECORDED["cases"][name]


def _leaf(*shape, seed=0):
    gen = chainrule.Generator().manual_seed(seed)
    return chainrule.randn(*shape, generator=gen, dtype=chainrule.float64).requires_grad_()


@pytest.mark.parametrize("fn", [
    lambda a: chainrule.max_pool1d(a, 2),
    lambda a: chainrule.kl_div(a, _leaf(2, 3, 8, seed=4).detach().sigmoid(), 1),
    lambda a: chainrule.cosine_embedding_loss(a[0], a[1], chainrule.tensor(
        [1.0, -1.0, 1.0], dtype=chainrule.float64), 0.1, 1),
    lambda a: chainrule.constant_pad_nd(a, (1, 2), 0.5),
    lambda a: chainrule.unsafe_split(a, 3, 2)[1],
    lambda a: chainrule.unsafe_chunk(a, 2, -1)[0],
    lambda a: chainrule.layer_norm(a, (8,)),
    lambda a: chainrule.embedding(a[0], chainrule.tensor([2, 0, 2])),
    lambda a: chainrule.nn.functional.elu_(a * 1, 0.5),
    lambda a: chainrule.nn.functional.celu_(a * 1, 2.0),
    lambda a: chainrule.nn.functional.leaky_relu_(a * 1, 0.2),
], ids=["max_pool1d", "kl_div", "cosine_embedding_loss", "constant_pad_nd", "unsafe_split",
        "unsafe_chunk", "layer_norm", "embedding", "elu_", "celu_", "leaky_relu_"])
def test_namespace_aliases_gradcheck(fn):
    a = _leaf(2, 3, 8)
    assert gradcheck(fn, (a,))
    assert gradgradcheck(fn, (a,))


def test_triplet_with_distance_gradcheck():
    a, p, n = _leaf(3, 4, seed=1), _leaf(3, 4, seed=2), _leaf(3, 4, seed=3)
    fn = chainrule.nn.functional.triplet_margin_with_distance_loss
    assert gradcheck(lambda *t: fn(*t, swap=True), (a, p, n))


def test_max_unpool3d_gradcheck():
    v, i = chainrule.nn.functional.max_pool3d_with_indices(_leaf(1, 2, 4, 4, 4).detach(), 2)
    v.requires_grad_()
    assert gradcheck(lambda t: chainrule.nn.functional.max_unpool3d(t, i, 2), (v,))


def _spd(n, seed):
    a = _leaf(n, n, seed=seed).detach()
    return (a @ a.mT + n * chainrule.eye(n, dtype=chainrule.float64)).requires_grad_()


def _sym(a):
    """A symmetric positive-definite function of an unconstrained ``a`` (Cholesky reads one
    triangle, so gradchecks go through a symmetric input as torch's own tests do)."""
    return a @ a.mT + 3 * chainrule.eye(a.shape[-1], dtype=a.dtype)


@pytest.mark.filterwarnings("ignore:torch.cholesky is deprecated")
def test_legacy_linalg_gradcheck():
    A = _leaf(3, 3, seed=5)
    for fn in (lambda a: chainrule.cholesky(_sym(a), upper=True),
               lambda a: chainrule.cholesky_inverse(chainrule.linalg.cholesky(_sym(a)))):
        assert gradcheck(fn, (A,))
        assert gradgradcheck(fn, (A,))
    L = chainrule.linalg.cholesky(_sym(A)).detach().requires_grad_()
    assert gradcheck(lambda t: chainrule.cholesky_inverse(t.mT, upper=True), (L,))


@pytest.mark.filterwarnings("ignore:torch.triangular_solve is deprecated")
@pytest.mark.parametrize("upper,transpose,unit", [(True, False, False), (False, True, False),
                                                   (True, True, True)])
def test_triangular_solve_gradcheck(upper, transpose, unit):
    A, b = _spd(3, 6), _leaf(3, 2, seed=7)
    assert gradcheck(lambda a, c: tuple(chainrule.triangular_solve(c, a, upper, transpose, unit)),
                     (A, b))


def test_lu_unpack_gradcheck():
    for shape in ((3, 3), (4, 2), (2, 4)):
        with chainrule.no_grad():
            LU, piv = chainrule.linalg.lu_factor(_leaf(*shape, seed=8))
        LU.requires_grad_()
        assert gradcheck(lambda t: chainrule.lu_unpack(t, piv)[1:], (LU,))
        P, L, U = chainrule.lu_unpack(LU, piv)
        np.testing.assert_allclose((P @ L @ U).detach().numpy(),
                                   _leaf(*shape, seed=8).detach().numpy(), atol=1e-12)


def test_float_decomposition_gradcheck():
    x, e = _leaf(5, seed=9), _leaf(5, seed=10)
    assert gradcheck(lambda t: chainrule.frexp(t).mantissa, (x,))
    assert gradcheck(chainrule.ldexp, (x, e))
    assert gradgradcheck(chainrule.ldexp, (x, e))


def test_linalg_compositions_gradcheck():
    assert gradcheck(lambda v: chainrule.linalg.vander(v, N=4), (_leaf(3, seed=11),))
    A = (_spd(4, 12).detach().reshape(4, 2, 2)).requires_grad_()
    assert gradcheck(lambda a: chainrule.linalg.tensorinv(a, ind=1), (A,))
    B = _leaf(2, 2, seed=13)
    assert gradcheck(lambda a, b: chainrule.linalg.tensorsolve(a.reshape(2, 2, 4), b), (A, B))


def test_channels_last_clone_gradcheck():
    x = _leaf(2, 3, 2, 2, seed=14)
    fn = lambda t: t.contiguous(memory_format=chainrule.channels_last) * t
    assert gradcheck(fn, (x,))
    assert gradgradcheck(fn, (x,))


_SCIPY_WINDOWS = {"hann_window": "hann", "hamming_window": "hamming",
                  "blackman_window": "blackman", "bartlett_window": "bartlett"}


@pytest.mark.parametrize("name", sorted(_SCIPY_WINDOWS))
@pytest.mark.parametrize("periodic", [True, False])
def test_windows_match_scipy(name, periodic):
    for n in (2, 3, 8, 33, 100):
        got = getattr(chainrule, name)(n, periodic, dtype=chainrule.float64).numpy()
        want = scipy.signal.get_window(_SCIPY_WINDOWS[name], n, fftbins=periodic)
        np.testing.assert_allclose(got, want, rtol=0, atol=1e-15)


def test_kaiser_window_matches_scipy():
    for n, beta in ((5, 12.0), (16, 8.0), (33, 0.5)):
        got = chainrule.kaiser_window(n, False, beta, dtype=chainrule.float64).numpy()
        np.testing.assert_allclose(got, scipy.signal.get_window(("kaiser", beta), n,
                                                                fftbins=False), rtol=1e-13)


def test_incomplete_gamma_gradcheck_in_other():
    a = _leaf(4, seed=15).detach().abs() + 0.5
    x = (_leaf(4, seed=16).detach().abs() + 0.2).requires_grad_()
    assert gradcheck(lambda t: chainrule.special.gammainc(a, t), (x,))
    assert gradcheck(lambda t: chainrule.special.gammaincc(a, t), (x,))


@pytest.mark.parametrize("name,basis", [
    ("chebyshev_polynomial_t", np.polynomial.chebyshev.Chebyshev),
    ("hermite_polynomial_h", np.polynomial.hermite.Hermite),
    ("hermite_polynomial_he", np.polynomial.hermite_e.HermiteE),
    ("laguerre_polynomial_l", np.polynomial.laguerre.Laguerre),
    ("legendre_polynomial_p", np.polynomial.legendre.Legendre)])
def test_polynomials_match_numpy(name, basis):
    x = np.linspace(-0.95, 0.95, 7)
    for n in range(12):
        got = getattr(chainrule.special, name)(chainrule.tensor(x), n).numpy()
        np.testing.assert_allclose(got, basis.basis(n)(x), rtol=1e-10, atol=1e-12)
