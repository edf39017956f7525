"""grid_sample, affine_grid, ctc_loss, pdist, adaptive_max_pool3d indices and spectral norm:
values, gradients, grad_fn names, warnings and errors against torch's recorded results
(tools/record_nn_gaps_l_fixtures.py), plus gradcheck and gradgradcheck in float64."""

import json
import pathlib

import numpy as np
import pytest
from nn_gaps_l_cases import CASES

import chainrule
import chainrule.nn.functional as F
from chainrule.autograd import gradcheck, gradgradcheck

RECORDED = json.loads(
    (pathlib.Path(__file__).parent.parent / "fixtures" / "nn_gaps_l.json").read_text())["cases"]
TOLERANCE = {"torch.float64": (1e-7, 1e-7), "torch.float32": (1.3e-6, 1e-5)}  # assert_close's


def _assert_same(got, want, where):
    """Compare a chainrule result with its recorded torch form (tensors by value and dtype)."""
    if isinstance(want, dict) and "tensor" in want:
        assert isinstance(got, chainrule.Tensor), where
        assert str(got.dtype) == want["dtype"], where
        assert list(got.shape) == want["shape"], where
        expected = np.array(want["tensor"], dtype=float).reshape(want["shape"])
        rtol, atol = TOLERANCE.get(want["dtype"], (0, 0))
        np.testing.assert_allclose(got.detach().numpy().astype(float), expected, rtol=rtol,
                                   atol=atol, equal_nan=True, err_msg=where)
    elif isinstance(want, dict):
        assert set(got) == set(want), where
        for k in want:
            _assert_same(got[k], want[k], f"{where}.{k}")
    elif isinstance(want, list):
        assert len(got) == len(want), where
        for i, (g, w) in enumerate(zip(got, want)):
            _assert_same(g, w, f"{where}[{i}]")
    else:
        assert got == want, where


def test_every_case_is_recorded():
    assert set(RECORDED) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_matches_torch(name):
    _assert_same(CASES[name](chainrule), RECORDED[name], name)


def _rand(*shape, low=-1.0, high=1.0):
    return (chainrule.rand(*shape, dtype=chainrule.float64) * (high - low) + low).requires_grad_()


GRID_SAMPLES = [(2, m, p, a) for m in ("bilinear", "nearest", "bicubic")
                for p in ("zeros", "border", "reflection") for a in (False, True)] + \
               [(3, m, p, a) for m in ("bilinear", "nearest")
                for p in ("zeros", "border", "reflection") for a in (False, True)]


@pytest.mark.parametrize("d,mode,padding,align_corners", GRID_SAMPLES)
def test_grid_sample_gradcheck_and_gradgradcheck(d, mode, padding, align_corners):
    chainrule.manual_seed(len(mode) + len(padding) + d)
    x = _rand(*((1, 2, 3, 4) if d == 2 else (1, 1, 2, 3, 3)))
    grid = _rand(*((1, 2, 2, 2) if d == 2 else (1, 2, 1, 2, 3)), low=-1.1, high=1.1)

    def fn(x, grid):
        return F.grid_sample(x, grid, mode, padding, align_corners)
    assert gradcheck(fn, (x, grid))
    assert gradgradcheck(fn, (x, grid))


@pytest.mark.parametrize("size", [(2, 1, 3, 4), (2, 1, 2, 3, 2)])
@pytest.mark.parametrize("align_corners", [False, True])
def test_affine_grid_gradcheck_and_gradgradcheck(size, align_corners):
    d = len(size) - 2
    theta = _rand(2, d, d + 1)
    assert gradcheck(lambda t: F.affine_grid(t, size, align_corners), (theta,))
    assert gradgradcheck(lambda t: F.affine_grid(t, size, align_corners), (theta,))


def test_spatial_transformer_gradgradcheck():
    img = _rand(1, 1, 4, 4)
    # entries chosen so that no sampling point lands on a pixel (a kink of the interpolation)
    theta = chainrule.tensor([[[0.8312, 0.1723, 0.0711], [-0.2137, 1.0929, 0.0317]]],
                             dtype=chainrule.float64, requires_grad=True)

    def fn(img, theta):
        return F.grid_sample(img, F.affine_grid(theta, img.shape, False), align_corners=False)
    assert gradcheck(fn, (img, theta))
    assert gradgradcheck(fn, (img, theta))


@pytest.mark.parametrize("reduction", ["none", "mean", "sum"])
def test_ctc_loss_gradcheck_through_log_softmax(reduction):
    """torch's CTC gradient is the logits' gradient under log_softmax (it adds exp(log_probs)),
    so the numerical check runs through log_softmax, as torch's own tests do."""
    chainrule.manual_seed(0)
    logits = _rand(6, 2, 4)
    targets = chainrule.tensor([[1, 2, 2], [3, 1, 0]])

    def fn(x):
        return F.ctc_loss(x.log_softmax(2), targets, [6, 5], [3, 2], reduction=reduction)
    assert gradcheck(fn, (logits,))


def test_ctc_loss_matches_a_brute_force_sum_over_alignments():
    """The loss is -log of the summed probability of every path that collapses to the target."""
    rng = np.random.default_rng(0)
    t, c = 4, 3
    lp = np.log(rng.dirichlet(np.ones(c), size=t))
    target = (1, 2)
    total = 0.0
    for path in np.ndindex(*(c,) * t):
        collapsed = [k for i, k in enumerate(path) if k != 0 and (i == 0 or k != path[i - 1])]
        if tuple(collapsed) == target:
            total += np.exp(sum(lp[i, k] for i, k in enumerate(path)))
    loss = F.ctc_loss(chainrule.tensor(lp), chainrule.tensor([1, 2]), [t], [2], reduction="sum")
    np.testing.assert_allclose(loss.item(), -np.log(total), rtol=1e-12)


@pytest.mark.parametrize("p", [0, 0.5, 1, 1.5, 2, 3, float("inf")])
def test_pdist_gradcheck_and_gradgradcheck(p):
    chainrule.manual_seed(1)
    x = _rand(5, 3)
    assert gradcheck(lambda x: chainrule.pdist(x, p), (x,))
    assert gradgradcheck(lambda x: chainrule.pdist(x, p), (x,))


def test_pdist_matches_cdist_upper_triangle():
    x = _rand(6, 4)
    rows, cols = np.triu_indices(6, 1)
    full = chainrule.cdist(x, x, 1.5).detach().numpy()
    np.testing.assert_allclose(chainrule.pdist(x, 1.5).detach().numpy(), full[rows, cols],
                               rtol=1e-12)


@pytest.mark.parametrize("shape,size", [((1, 2, 4, 5, 6), (2, 3, 2)), ((2, 3, 4, 5), 2)])
def test_adaptive_max_pool3d_gradcheck_and_gradgradcheck(shape, size):
    x = _rand(*shape)
    assert gradcheck(lambda x: F.adaptive_max_pool3d(x, size), (x,))
    assert gradgradcheck(lambda x: F.adaptive_max_pool3d(x, size), (x,))


def test_adaptive_max_pool3d_indices_point_at_the_maxima():
    x = _rand(2, 3, 5, 6, 7)
    out, idx = F.adaptive_max_pool3d(x, (2, 3, 4), return_indices=True)
    flat = x.detach().numpy().reshape(2, 3, -1)
    picked = np.take_along_axis(flat, idx.numpy().reshape(2, 3, -1), axis=2)
    np.testing.assert_array_equal(picked, out.detach().numpy().reshape(2, 3, -1))


def test_spectral_norm_weight_has_unit_spectral_norm_after_converging():
    chainrule.manual_seed(0)
    m = chainrule.nn.utils.spectral_norm(chainrule.nn.Linear(6, 4).double(),
                                         n_power_iterations=50)
    m(chainrule.zeros(1, 6, dtype=chainrule.float64))
    top = np.linalg.svd(m.weight.detach().numpy(), compute_uv=False)[0]
    np.testing.assert_allclose(top, 1.0, rtol=1e-10)


def test_spectral_norm_gradcheck_in_eval_mode():
    """With the power iteration frozen (eval), w / (u . W v) is a smooth function of W."""
    chainrule.manual_seed(0)
    m = chainrule.nn.utils.parametrizations.spectral_norm(chainrule.nn.Linear(4, 3).double())
    m.eval()
    sn = m.parametrizations.weight[0]
    w = _rand(3, 4)
    assert gradcheck(sn, (w,))
    assert gradgradcheck(sn, (w,))


@pytest.mark.parametrize("shape,orthogonal_map", [((3, 3), "matrix_exp"), ((4, 2), "matrix_exp"),
                                                  ((3, 3), "cayley"), ((4, 3), "householder"),
                                                  ((2, 4), "householder")])
def test_orthogonal_gradcheck_and_gradgradcheck(shape, orthogonal_map):
    chainrule.manual_seed(0)
    m = chainrule.nn.Linear(shape[1], shape[0]).double()
    chainrule.nn.utils.parametrizations.orthogonal(m, orthogonal_map=orthogonal_map)
    orth = m.parametrizations.weight[0]
    x = _rand(*shape).detach()
    if orthogonal_map == "householder":  # the diagonal only gives signs, through int(): keep
        x.diagonal().fill_(-1.5)  # it off the integers, where finite differences would jump
    x.requires_grad_()
    assert gradcheck(orth, (x,))
    assert gradgradcheck(orth, (x,))
    q = orth(x).detach().numpy()
    small = q.T @ q if shape[0] >= shape[1] else q @ q.T
    np.testing.assert_allclose(small, np.eye(min(shape)), atol=1e-12)


@pytest.mark.parametrize("mode", ["bilinear", "bicubic"])
def test_grid_sample_third_order_gradgradcheck(mode):
    """The backward op's own rule (GridSampler2DBackwardBackward0) differentiates again."""
    chainrule.manual_seed(5)
    x = _rand(1, 1, 3, 3)
    grid = _rand(1, 2, 1, 2, low=-0.9, high=0.9)
    v = chainrule.randn(1, 1, 2, 1, dtype=chainrule.float64)

    def first(x, grid):
        out = F.grid_sample(x, grid, mode, "zeros", False)
        return chainrule.autograd.grad(out, (x, grid), v, create_graph=True)
    assert gradgradcheck(first, (x, grid))
