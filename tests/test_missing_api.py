"""API pieces old and tool-using scripts touch (DataParallel, set_default_tensor_type, frombuffer,
as_strided, empty_strided, jit, profiler, dirac_, ASGD, SparseAdam, matrix_exp, cholesky_ex,
lu_factor, lu_solve): the cases of tests/missing_api_cases.py against what torch 2.13 printed,
raised and warned (tools/record_missing_api_fixtures.py), then gradients and NumPy/SciPy checks."""

import contextlib
import json
import pathlib
import runpy
import sys
import warnings

import numpy as np
import pytest
import scipy.linalg
from missing_api_cases import CASES, PRELUDE

import chainrule
from chainrule import _buffer_creation, _default_tensor_type
from chainrule.autograd import gradcheck, gradgradcheck

RECORDED = json.loads((pathlib.Path(__file__).parent / "fixtures" / "missing_api.json")
                      .read_text())


@contextlib.contextmanager
def _as_torch():
    """Let ``import torch`` / ``from torch.x import y`` inside a case reach chainrule."""
    added = {"torch" + name[len("chainrule"):]: mod for name, mod in list(sys.modules.items())
             if name == "chainrule" or name.startswith("chainrule.")}
    added = {k: v for k, v in added.items() if k not in sys.modules}
    sys.modules.update(added)
    try:
        yield
    finally:
        for name in added:
            sys.modules.pop(name, None)


def _outcome(name, tmp_path):
    """Run a case from a file (as the recorder does), in a fresh once-per-process state."""
    _default_tensor_type._warned.clear()
    _buffer_creation._warned_readonly.clear()
    path = tmp_path / "case.py"
    path.write_text("import torch\n" + PRELUDE + "\nresult = None\n" + CASES[name] + "\n")
    with _as_torch(), warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        try:
            outcome = {"repr": repr(runpy.run_path(str(path), run_name="__case__")["result"])}
        except Exception as e:  # noqa: BLE001  (the error is the behaviour under test)
            outcome = {"error": [type(e).__name__, str(e)]}
        finally:
            chainrule.set_default_dtype(chainrule.float32)
    outcome["warnings"] = [[w.category.__name__, str(w.message)] for w in seen
                           if w.category is not DeprecationWarning or "torch.jit" in str(w.message)]
    return outcome


def test_every_case_is_recorded():
    assert set(RECORDED["cases"]) == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_case_matches_torch(name, tmp_path):
    got, want = _outcome(name, tmp_path), RECORDED["cases"][name]
    assert got.get("repr") == want.get("repr") and got.get("error") == want.get("error")
    # torch repeats some warnings (trace warns per traced method); compare the distinct ones
    assert sorted(set(map(tuple, got["warnings"]))) == sorted(set(map(tuple, want["warnings"])))


# --- gradients (float64) ------------------------------------------------------------------
def _leaf(*shape, seed=0):
    rng = np.random.default_rng(seed)
    return chainrule.tensor(rng.uniform(-1, 1, shape), requires_grad=True)


@pytest.mark.parametrize("view", [
    lambda a: a.as_strided((3, 3), (1, 1)),           # overlapping windows
    lambda a: a.as_strided((2, 2), (4, 1), 3),        # a sub-block with an offset
    lambda a: a.reshape(3, 4).t().as_strided((3, 3), (1, 2), 1),  # of a transposed view
], ids=["overlapping", "offset", "transposed"])
def test_as_strided_gradcheck(view):
    a = _leaf(12)
    assert gradcheck(view, (a,))
    assert gradgradcheck(view, (a,))


def test_matrix_exp_gradcheck_and_gradgradcheck():
    a = _leaf(2, 3, 3, seed=1)
    assert gradcheck(chainrule.linalg.matrix_exp, (a,))
    assert gradgradcheck(chainrule.linalg.matrix_exp, (a,))


def test_cholesky_ex_gradcheck():
    def factor(a):
        return chainrule.linalg.cholesky_ex(a @ a.mT + chainrule.eye(3, dtype=a.dtype)).L
    a = _leaf(3, 3, seed=2)
    assert gradcheck(factor, (a,))
    assert gradgradcheck(factor, (a,))


# --- values against NumPy / SciPy -----------------------------------------------------------
@pytest.mark.parametrize("scale", [0.01, 1.0, 5.0])
def test_matrix_exp_matches_scipy(scale):
    a = np.random.default_rng(3).normal(size=(3, 4, 4)) * scale
    got = chainrule.linalg.matrix_exp(chainrule.tensor(a)).numpy()
    want = np.stack([scipy.linalg.expm(m) for m in a])
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-13 * np.abs(want).max())


def test_matrix_exp_rotation_is_orthogonal_with_det_one():
    theta = 0.7
    k = chainrule.tensor([[0., -theta, 0.], [theta, 0., 0.], [0., 0., 0.]], dtype=chainrule.float64)
    r = chainrule.linalg.matrix_exp(k).numpy()
    np.testing.assert_allclose(r[:2, :2], [[np.cos(theta), -np.sin(theta)],
                                           [np.sin(theta), np.cos(theta)]], rtol=1e-14)
    np.testing.assert_allclose(r @ r.T, np.eye(3), atol=1e-15)


def test_lu_factor_matches_scipy_and_lu_solve_solves():
    rng = np.random.default_rng(4)
    a, b = rng.normal(size=(3, 5, 5)), rng.normal(size=(3, 5, 2))
    LU, piv = chainrule.linalg.lu_factor(chainrule.tensor(a))
    for k in range(3):
        lu, p = scipy.linalg.lu_factor(a[k])
        np.testing.assert_allclose(LU.numpy()[k], lu, rtol=1e-12, atol=1e-14)
        np.testing.assert_array_equal(piv.numpy()[k], p + 1)
    x = chainrule.linalg.lu_solve(LU, piv, chainrule.tensor(b)).numpy()
    np.testing.assert_allclose(x, np.linalg.solve(a, b), rtol=1e-10, atol=1e-12)
    y = chainrule.linalg.lu_solve(LU, piv, chainrule.tensor(b.swapaxes(-1, -2)), left=False)
    np.testing.assert_allclose(y.numpy() @ a, b.swapaxes(-1, -2), atol=1e-12)


def test_lu_factor_and_lu_solve_gradcheck():
    a = (_leaf(2, 4, 4, seed=6) + 3 * chainrule.eye(4, dtype=chainrule.float64)).detach()
    a.requires_grad_()
    b = _leaf(4, 2, seed=7)
    assert gradcheck(lambda t: chainrule.linalg.lu_factor(t).LU, (a,))
    assert gradgradcheck(lambda t: chainrule.linalg.lu_factor(t).LU, (a,))

    def solve(t, rhs):
        return chainrule.linalg.lu_solve(*chainrule.linalg.lu_factor(t), rhs)
    assert gradcheck(solve, (a, b))
    assert gradgradcheck(solve, (a, b))
    LU, piv = chainrule.linalg.lu_factor(a)
    with pytest.raises(RuntimeError, match="differentiable only with left=True"):
        chainrule.linalg.lu_solve(LU, piv, b.mT, left=False).sum().backward()


def test_cholesky_ex_not_positive_definite_matches_lapack_partial_factor():
    a = np.array([[4., 2., 1.], [2., 1., 3.], [1., 3., 6.]])
    L, info = chainrule.linalg.cholesky_ex(chainrule.tensor(a, dtype=chainrule.float64))
    assert int(info) == 2
    assert L.numpy()[0, 0] == 2.0 and L.numpy()[1, 0] == 1.0 and L.numpy()[1, 1] == 0.0


def test_frombuffer_shares_memory_both_ways():
    buf = bytearray(np.arange(4, dtype=np.float32).tobytes())
    t = chainrule.frombuffer(buf, dtype=chainrule.float32)
    t[1] = 7.0
    assert np.frombuffer(bytes(buf), np.float32)[1] == 7.0
    buf[8:12] = np.float32(-3.0).tobytes()
    assert t[2].item() == -3.0


def test_as_strided_returns_a_copy_not_a_view():
    """A documented difference from torch: writes to the result do not reach the input."""
    x = chainrule.arange(6.)
    y = x.as_strided((2,), (1,))
    y[0] = 100.0
    assert x[0].item() == 0.0


# --- modules, jit, profiler ------------------------------------------------------------------
def _train(wrap):
    chainrule.manual_seed(0)
    net = chainrule.nn.Sequential(chainrule.nn.Linear(3, 4), chainrule.nn.Tanh(),
                                  chainrule.nn.Linear(4, 1))
    model = wrap(net)
    opt = chainrule.optim.SGD(model.parameters(), lr=0.1)
    x, y = chainrule.randn(8, 3), chainrule.randn(8, 1)
    for _ in range(5):
        opt.zero_grad()
        chainrule.nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    return [p.detach().numpy() for p in net.parameters()]


@pytest.mark.parametrize("wrap", [chainrule.nn.DataParallel, chainrule.jit.script,
                                  lambda m: chainrule.jit.trace(m, chainrule.ones(2, 3))],
                         ids=["DataParallel", "script", "trace"])
def test_wrapped_training_equals_plain_training(wrap):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        wrapped = _train(wrap)
    for a, b in zip(wrapped, _train(lambda m: m)):
        np.testing.assert_array_equal(a, b)


def test_data_parallel_load_state_dict_round_trip():
    src = chainrule.nn.DataParallel(chainrule.nn.Linear(2, 2))
    dst = chainrule.nn.DataParallel(chainrule.nn.Linear(2, 2))
    dst.load_state_dict(src.state_dict())
    np.testing.assert_array_equal(dst.module.weight.detach().numpy(),
                                  src.module.weight.detach().numpy())


def test_jit_save_load_file_round_trip(tmp_path):
    chainrule.manual_seed(0)
    model = chainrule.nn.Sequential(chainrule.nn.Linear(2, 3), chainrule.nn.ReLU())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        scripted = chainrule.jit.script(model)
        chainrule.jit.save(scripted, tmp_path / "m.pt", _extra_files={"meta.txt": "v1"})
        extra = {"meta.txt": ""}
        loaded = chainrule.jit.load(tmp_path / "m.pt", _extra_files=extra)
    x = chainrule.randn(4, 2)
    np.testing.assert_array_equal(loaded(x).detach().numpy(), model(x).detach().numpy())
    assert extra["meta.txt"] == b"v1"
    assert repr(loaded) == repr(scripted)


def test_jit_load_rejects_other_files(tmp_path):
    chainrule.save({"w": chainrule.ones(1)}, tmp_path / "w.pt")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(RuntimeError, match="not a file written by chainrule.jit.save"):
            chainrule.jit.load(tmp_path / "w.pt")


def test_script_function_code_is_the_python_source():
    def double(x):
        return x * 2
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        f = chainrule.jit.script(double)
    assert f.code.startswith("def double(x):") and f.name == "double"


def test_profiler_nests_counts_and_schedules(tmp_path):
    from chainrule.profiler import profile, record_function, schedule
    with profile() as prof:
        for _ in range(3):
            with record_function("outer"):
                with record_function("inner"):
                    chainrule.ones(10).sum()
    rows = {e.key: e for e in prof.key_averages()}
    assert [e.key for e in prof.key_averages()] == ["outer", "inner"]
    assert rows["outer"].count == rows["inner"].count == 3
    assert rows["outer"].cpu_time_total >= rows["inner"].cpu_time_total
    assert rows["outer"].self_cpu_time_total == pytest.approx(
        rows["outer"].cpu_time_total - rows["inner"].cpu_time_total)
    seen = []
    with profile(schedule=schedule(wait=1, warmup=1, active=1),
                 on_trace_ready=lambda p: seen.append(len(p.events()))) as prof:
        for step in range(3):
            with record_function(f"step{step}"):
                pass
            prof.step()
    assert [e.key for e in prof.events()] == ["step2"] and seen == [1]
    path = prof.export_chrome_trace(str(tmp_path / "trace.json"))
    assert json.loads(pathlib.Path(path).read_text())["traceEvents"][0]["name"] == "step2"


def test_record_function_outside_a_profiler_only_runs_the_code():
    with chainrule.profiler.record_function("alone"):
        y = chainrule.ones(2) * 3
    assert y.tolist() == [3.0, 3.0]


# --- distributions ----------------------------------------------------------------------------
def test_von_mises_log_prob_matches_scipy_and_gradchecks():
    import scipy.stats

    from chainrule.distributions import VonMises
    loc = chainrule.tensor([0.3, -2.0, 1.0], dtype=chainrule.float64, requires_grad=True)
    kappa = chainrule.tensor([0.5, 4.0, 40.0], dtype=chainrule.float64, requires_grad=True)
    x = chainrule.tensor([1.0, 2.5, 0.9], dtype=chainrule.float64)
    want = scipy.stats.vonmises.logpdf(x.numpy(), kappa.detach().numpy(), loc.detach().numpy())
    np.testing.assert_allclose(VonMises(loc, kappa).log_prob(x).detach().numpy(), want,
                               rtol=1e-12)
    assert gradcheck(lambda m, k: VonMises(m, k).log_prob(x), (loc, kappa))
    var = VonMises(loc, kappa).variance.detach().numpy()
    np.testing.assert_allclose(var, 1 - scipy.special.i1(kappa.detach().numpy())
                               / scipy.special.i0(kappa.detach().numpy()), rtol=1e-12)


def test_von_mises_samples_have_the_circular_moments():
    from chainrule.distributions import VonMises
    chainrule.manual_seed(0)
    s = VonMises(chainrule.tensor(1.0), chainrule.tensor(2.0)).sample((20000,)).numpy()
    assert np.all((s >= -np.pi) & (s < np.pi))
    resultant = np.mean(np.exp(1j * s))
    assert abs(np.angle(resultant) - 1.0) < 0.02
    expected = scipy.special.i1(2.0) / scipy.special.i0(2.0)
    assert abs(abs(resultant) - expected) < 0.01  # ~4 standard errors at 20000 samples


def test_low_rank_mvn_matches_full_gaussian_and_gradchecks():
    import scipy.stats

    from chainrule.distributions import LowRankMultivariateNormal
    rng = np.random.default_rng(5)
    loc = chainrule.tensor(rng.normal(size=(2, 4)), requires_grad=True)
    W = chainrule.tensor(rng.normal(size=(2, 4, 2)), requires_grad=True)
    D = chainrule.tensor(rng.uniform(0.5, 1.5, (2, 4)), requires_grad=True)
    x = chainrule.tensor(rng.normal(size=(2, 4)))
    d = LowRankMultivariateNormal(loc, W, D)
    for b in range(2):
        cov = W.detach().numpy()[b] @ W.detach().numpy()[b].T + np.diag(D.detach().numpy()[b])
        ref = scipy.stats.multivariate_normal(loc.detach().numpy()[b], cov)
        np.testing.assert_allclose(d.log_prob(x)[b].item(), ref.logpdf(x.numpy()[b]), rtol=1e-12)
        np.testing.assert_allclose(d.entropy()[b].item(), ref.entropy(), rtol=1e-12)
        np.testing.assert_allclose(d.precision_matrix[b].detach().numpy(), np.linalg.inv(cov),
                                   rtol=1e-10)
        np.testing.assert_allclose(d.scale_tril[b].detach().numpy(), np.linalg.cholesky(cov),
                                   rtol=1e-10)
    assert gradcheck(lambda m, w, s: LowRankMultivariateNormal(m, w, s).log_prob(x),
                     (loc, W, D))


def test_adaptive_log_softmax_is_a_normalised_distribution_and_gradchecks():
    chainrule.manual_seed(0)
    asm = chainrule.nn.AdaptiveLogSoftmaxWithLoss(6, 9, cutoffs=[2, 5], div_value=2.0).double()
    x = chainrule.randn(7, 6, dtype=chainrule.float64, requires_grad=True)
    y = chainrule.tensor([0, 1, 2, 4, 5, 8, 3])
    full = asm.log_prob(x)
    np.testing.assert_allclose(full.exp().sum(1).detach().numpy(), np.ones(7), rtol=1e-14)
    out, loss = asm(x, y)
    np.testing.assert_allclose(out.detach().numpy(),
                               full.detach().numpy()[np.arange(7), y.numpy()], rtol=1e-14)
    np.testing.assert_allclose(loss.item(), -out.detach().numpy().mean(), rtol=1e-14)
    np.testing.assert_array_equal(asm.predict(x).numpy(), full.detach().numpy().argmax(1))
    assert gradcheck(lambda t: asm(t, y).loss, (x,))


def test_scripted_containers_iterate_index_and_run():
    chainrule.manual_seed(0)
    seq = chainrule.nn.Sequential(chainrule.nn.Linear(2, 3), chainrule.nn.ReLU(),
                                  chainrule.nn.Linear(3, 1))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        s = chainrule.jit.script(seq)
    x = chainrule.randn(4, 2)
    np.testing.assert_array_equal(s(x).detach().numpy(), seq(x).detach().numpy())
    assert len(s) == 3 and [type(m).__name__ for m in s] == ["RecursiveScriptModule"] * 3
    with pytest.raises(TypeError, match="has no len"):
        len(s[0])


def test_script_module_save_method_and_old_style_script_module(tmp_path):
    class Old(chainrule.jit.ScriptModule):
        def __init__(self):
            super().__init__()
            self.w = chainrule.nn.Parameter(chainrule.tensor([2.0]))

        @chainrule.jit.script_method
        def forward(self, x):
            return x * self.w
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        scripted = chainrule.jit.script(chainrule.nn.Linear(2, 1))
        scripted.save(str(tmp_path / "lin.pt"))
        loaded = chainrule.jit.load(str(tmp_path / "lin.pt"))
    x = chainrule.ones(1, 2)
    assert loaded(x).item() == scripted(x).item()
    assert Old()(chainrule.tensor([3.0])).item() == 6.0
    with chainrule.autograd.profiler.emit_nvtx():
        assert chainrule.ones(1).item() == 1.0


def test_lu_without_pivoting_raises_torchs_cpu_error():
    # recorded from torch 2.13 (CPU): the same error for lu_factor, lu_factor_ex and lu
    for fn in (chainrule.linalg.lu_factor_ex, chainrule.linalg.lu_factor, chainrule.linalg.lu):
        with pytest.raises(RuntimeError, match="^linalg.lu_factor: LU without pivoting is not "
                                               "implemented on the CPU$"):
            fn(chainrule.eye(2), pivot=False)
