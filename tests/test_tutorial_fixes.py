"""Regressions found running the PyTorch tutorials under chainrule (compat/corpus_tutorials*)."""

import numpy as np
import pytest

import chainrule as torch
from chainrule import nn


def test_range_indexes_like_a_list():
    """``input[range(n), target]`` (the nn-really tutorial's nll) is advanced indexing."""
    a = np.arange(12.0).reshape(3, 4)
    x = torch.tensor(a, requires_grad=True)
    picked = x[range(3), torch.tensor([0, 1, 3])]
    np.testing.assert_array_equal(picked.detach().numpy(), a[[0, 1, 2], [0, 1, 3]])
    assert picked.grad_fn.name() == "IndexBackward0"
    picked.sum().backward()
    expected = np.zeros((3, 4))
    expected[[0, 1, 2], [0, 1, 3]] = 1
    np.testing.assert_array_equal(x.grad.numpy(), expected)
    y = torch.tensor(a)
    y[range(2)] = 0
    np.testing.assert_array_equal(y.numpy()[:2], 0)
    np.testing.assert_array_equal(y.numpy()[2], a[2])


def _names(node):
    return [None if e[0] is None else (e[0].name(), e[1]) for e in node.next_functions]


@pytest.mark.parametrize("kwargs,out_node", [
    ({}, "MkldnnRnnLayerBackward0"), ({"num_layers": 2}, "MkldnnRnnLayerBackward0"),
    ({"batch_first": True}, "TransposeBackward0"), ({"bidirectional": True}, "CatBackward0"),
    ({"proj_size": 2}, "StackBackward0")])
def test_lstm_output_nodes_follow_torch_cpu(kwargs, out_node):
    """torch's CPU LSTM runs one oneDNN op per layer and direction (not with projections)."""
    lstm = nn.LSTM(3, 4, **kwargs)
    out, (h, c) = lstm(torch.randn(5, 2, 3))
    assert out.grad_fn.name() == out_node
    assert h.grad_fn.name() == c.grad_fn.name() == "StackBackward0"
    if not kwargs:
        assert _names(h.grad_fn) == [("MkldnnRnnLayerBackward0", 1)]
        assert _names(c.grad_fn) == [("MkldnnRnnLayerBackward0", 2)]
        leaf = ("torch::autograd::AccumulateGrad", 0)
        assert _names(out.grad_fn) == [None, leaf, leaf, leaf, leaf, None, None]


def test_lstm_without_bias_and_unbatched():
    out, (h, _) = nn.LSTM(3, 4, bias=False)(torch.randn(5, 2, 3))
    assert _names(out.grad_fn)[3:] == [None] * 4
    for mod in (nn.LSTM(3, 4), nn.GRU(3, 4), nn.RNN(3, 4)):
        out, h = mod(torch.randn(5, 3))
        h = h[0] if isinstance(h, tuple) else h
        assert out.grad_fn.name() == h.grad_fn.name() == "SqueezeBackward1"


def _grads(lstm, x, h0, create=False):
    out, (h, c) = lstm(x, (h0, torch.zeros_like(h0)))
    loss = (out ** 2).sum() + (h ** 3).sum() + c.sum()
    params = [x, h0] + list(lstm.parameters())
    return torch.autograd.grad(loss, params, create_graph=create)


def test_lstm_layer_gradients_match_float64_cells():
    """The one-node float32 layer gives the gradients of the composed float64 cells."""
    torch.manual_seed(0)
    lstm = nn.LSTM(3, 4, num_layers=2, bidirectional=True)
    x = torch.randn(6, 2, 3, requires_grad=True)
    h0 = torch.randn(4, 2, 4, requires_grad=True)
    fast = _grads(lstm, x, h0)
    ref = _grads(lstm.double(), x.detach().double().requires_grad_(),
                 h0.detach().double().requires_grad_())
    for a, b in zip(fast, ref):
        np.testing.assert_allclose(a.numpy(), b.numpy(), rtol=1e-4, atol=1e-5)


def test_lstm_layer_double_backward_matches_float64_cells():
    torch.manual_seed(1)
    lstm = nn.LSTM(2, 3)
    x = torch.randn(4, 1, 2, requires_grad=True)
    h0 = torch.randn(1, 1, 3, requires_grad=True)

    def second(mod, x, h0):
        gx = _grads(mod, x, h0, create=True)[0]
        return torch.autograd.grad(gx.pow(2).sum(), [x, h0, mod.weight_hh_l0])

    fast = second(lstm, x, h0)
    ref = second(lstm.double(), x.detach().double().requires_grad_(),
                 h0.detach().double().requires_grad_())
    for a, b in zip(fast, ref):
        np.testing.assert_allclose(a.numpy(), b.numpy(), rtol=1e-4, atol=1e-5)


def test_scatter_with_zero_dim_index_one_hot():
    """The Transforms tutorial's one-hot target: ``zeros(10).scatter_(0, tensor(y), value=1)``."""
    for y in (0, 3, 9):
        hot = torch.zeros(10).scatter_(0, torch.tensor(y), value=1)
        np.testing.assert_array_equal(hot.numpy(), np.eye(10, dtype=np.float32)[y])
    src = torch.tensor(7.0, requires_grad=True)
    base = torch.zeros(5, requires_grad=True)
    out = base.scatter(0, torch.tensor(1), src)
    assert out.grad_fn.name() == "ScatterBackward0"
    (out * torch.arange(5.0)).sum().backward()
    np.testing.assert_array_equal(base.grad.numpy(), [0, 0, 2, 3, 4])
    assert src.grad.item() == 1.0
    np.testing.assert_array_equal(
        torch.zeros(4).scatter_add(0, torch.tensor(2), torch.ones(3)).numpy(), [0, 0, 1, 0])


def test_gather_with_zero_dim_index_and_rank_errors():
    x = torch.arange(5.0, requires_grad=True)
    picked = x.gather(0, torch.tensor(3))
    assert picked.shape == () and picked.item() == 3.0
    picked.backward()
    np.testing.assert_array_equal(x.grad.numpy(), [0, 0, 0, 1, 0])
    with pytest.raises(RuntimeError, match="same number of dimensions as self tensor"):
        torch.zeros(2, 3).scatter_(0, torch.tensor(1), 1.0)
    with pytest.raises(RuntimeError, match="same number of dimensions as input tensor"):
        torch.zeros(2, 3).gather(0, torch.tensor([1]))


class _Twice(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, grad):
        return grad * 2


def test_custom_function_node_prints_torch_path():
    """The double-backward tutorial prints ``out.grad_fn`` of a custom Function."""
    node = _Twice.apply(torch.ones(1, requires_grad=True)).grad_fn
    assert repr(node) == f"<torch.autograd.function._TwiceBackward object at {hex(id(node))}>"
    assert repr(type(node)) == "<class 'torch.autograd.function._TwiceBackward'>"
    assert node.name() == "_TwiceBackward"


def test_prune_l1_and_ln_structured_masks_match_numpy():
    from chainrule.nn.utils import prune
    torch.manual_seed(0)
    conv = nn.Conv2d(2, 6, 3)
    w = conv.weight.detach().numpy().copy()
    prune.l1_unstructured(conv, "weight", amount=10)
    expected = np.ones(w.size, np.float32)
    expected[np.argsort(np.abs(w).ravel(), kind="stable")[:10]] = 0
    np.testing.assert_array_equal(conv.weight_mask.numpy().ravel(), expected)
    np.testing.assert_array_equal(conv.weight.detach().numpy(), w * expected.reshape(w.shape))
    assert [n for n, _ in conv.named_parameters()] == ["bias", "weight_orig"]
    assert conv.weight.grad_fn.name() == "MulBackward0"
    prune.ln_structured(conv, "weight", amount=2, n=2, dim=0)  # acts on what is left
    left = w * expected.reshape(w.shape)
    dropped = np.argsort(np.sqrt((left ** 2).sum(axis=(1, 2, 3))))[:2]
    mask = conv.weight_mask.numpy()
    assert (mask[dropped] == 0).all()
    kept = np.setdiff1d(np.arange(6), dropped)
    np.testing.assert_array_equal(mask[kept], expected.reshape(w.shape)[kept])
    prune.remove(conv, "weight")
    assert [n for n, _ in conv.named_parameters()] == ["bias", "weight"]
    np.testing.assert_array_equal(conv.weight.detach().numpy(), left * mask)
    assert not prune.is_pruned(conv)


def test_prune_global_unstructured_counts_and_hook_refresh():
    from chainrule.nn.utils import prune
    torch.manual_seed(1)
    a, b = nn.Linear(5, 4), nn.Linear(4, 3)
    prune.global_unstructured([(a, "weight"), (b, "weight")],
                              pruning_method=prune.L1Unstructured, amount=0.25)
    total = a.weight.numel() + b.weight.numel()
    zeros = int((a.weight == 0).sum()) + int((b.weight == 0).sum())
    assert zeros == round(0.25 * total)
    both = np.concatenate([a.weight_orig.detach().numpy().ravel(),
                           b.weight_orig.detach().numpy().ravel()])
    cut = np.sort(np.abs(both))[zeros - 1]
    assert np.abs(a.weight_orig.detach().numpy()[a.weight_mask.numpy() == 0]).max() <= cut
    with torch.no_grad():
        a.weight_orig.fill_(2.0)
    a(torch.ones(1, 5))  # the pre-hook recomputes weight from weight_orig and the mask
    np.testing.assert_array_equal(a.weight.detach().numpy(), 2.0 * a.weight_mask.numpy())


def test_compile_runs_functions_and_modules_eagerly():
    def f(x):
        return x.sin() + 1

    x = torch.linspace(0, 1, 5)
    compiled = torch.compile(f)
    assert compiled.__wrapped__ is f
    np.testing.assert_array_equal(compiled(x).numpy(), f(x).numpy())
    assert torch.compile(mode="max-autotune")(f)(x).equal(f(x))
    lin = nn.Linear(3, 2)
    opt = torch.compile(lin)
    assert opt._orig_mod is lin and opt.weight is lin.weight
    assert list(opt.state_dict()) == ["_orig_mod.weight", "_orig_mod.bias"]
    assert repr(opt).startswith("OptimizedModule(\n  (_orig_mod): Linear(")
    assert torch.compile(lin, disable=True) is lin
    with pytest.raises(RuntimeError, match="Unrecognized mode=fast, should be one of: default"):
        torch.compile(lin, mode="fast")
    with pytest.raises(RuntimeError, match="Either mode or options"):
        torch.compile(lin, mode="default", options={})


def test_float32_matmul_precision_setting():
    before = torch.get_float32_matmul_precision()  # a global setting, as in torch
    torch.set_float32_matmul_precision("medium")
    assert torch.get_float32_matmul_precision() == "medium"
    with pytest.warns(UserWarning, match="is not one of 'highest', 'high', or 'medium'"):
        torch.set_float32_matmul_precision("low")
    assert torch.get_float32_matmul_precision() == "medium"
    torch.set_float32_matmul_precision(before)


def test_grad_scaler_scales_unscales_and_backs_off():
    torch.manual_seed(0)
    lin = nn.Linear(3, 1)
    opt = torch.optim.SGD(lin.parameters(), lr=0.1)
    scaler = torch.amp.GradScaler("cpu", init_scale=16.0, growth_interval=2)
    x = torch.randn(4, 3)
    loss = lin(x).pow(2).mean()
    (ref,) = torch.autograd.grad(loss, [lin.bias], retain_graph=True)
    scaled = scaler.scale(loss)
    assert scaled.item() == pytest.approx(16 * loss.item())
    scaled.backward()
    scaler.unscale_(opt)
    np.testing.assert_allclose(lin.bias.grad.numpy(), ref.numpy(), rtol=1e-6)
    with pytest.raises(RuntimeError, match="unscale_\\(\\) has already been called"):
        scaler.unscale_(opt)
    scaler.step(opt)
    scaler.update()
    assert scaler.state_dict()["_growth_tracker"] == 1 and scaler.get_scale() == 16.0
    opt.zero_grad()
    scaler.scale(lin(x).sum()).backward()
    lin.bias.grad.fill_(float("inf"))
    before = lin.weight.detach().clone()
    assert scaler.step(opt) is None
    assert lin.weight.detach().equal(before)  # the step was skipped
    scaler.update()
    assert scaler.get_scale() == 8.0
    with pytest.raises(AssertionError, match="No inf checks were recorded"):
        scaler.update()


def test_autocast_disabled_regions_only():
    with torch.autocast(device_type="cpu", enabled=False):
        assert not torch.is_autocast_enabled()
        assert (torch.ones(2, 2) @ torch.ones(2, 2)).dtype == torch.float32
    with pytest.raises(NotImplementedError, match="autocast on 'cpu'"):
        torch.autocast(device_type="cpu", dtype=torch.float16)


@pytest.mark.skipif(torch.cuda.is_available(), reason="checks the fallback without a GPU")
def test_cuda_amp_spellings_warn_and_disable_without_gpu():
    with pytest.warns(FutureWarning, match="torch.cuda.amp.GradScaler\\(args...\\)` is deprecated"):
        with pytest.warns(UserWarning, match="GradScaler is enabled, but CUDA is not available"):
            scaler = torch.cuda.amp.GradScaler()
    assert not scaler.is_enabled() and scaler.get_scale() == 1.0
    with pytest.warns(UserWarning, match="CUDA is not available or torch_xla is imported"):
        with torch.autocast(device_type="cuda", dtype=torch.float16):
            assert not torch.is_autocast_enabled()


def test_linalg_multi_dot_vecdot_diagonal_matmul():
    rng = np.random.default_rng(0)
    shapes = [(3,), (3, 4), (4, 5), (5, 2), (2, 6), (6,)]
    arrays = [rng.standard_normal(s) for s in shapes]
    ts = [torch.tensor(a, requires_grad=True) for a in arrays]
    out = torch.linalg.multi_dot(ts)
    np.testing.assert_allclose(out.item(), np.linalg.multi_dot(arrays), rtol=1e-12)
    assert out.grad_fn.name() == "ViewBackward0"
    assert out.grad_fn.next_functions[0][0].name() == "MmBackward0"
    out.backward()
    rest = np.linalg.multi_dot(arrays[1:])
    np.testing.assert_allclose(ts[0].grad.numpy(), rest, rtol=1e-12)
    with pytest.raises(RuntimeError, match=r"multi_dot\(\): tensor 1 must be 2D but got 1D"):
        torch.linalg.multi_dot([torch.ones(2, 2), torch.ones(2), torch.ones(2, 2)])
    with pytest.raises(RuntimeError, match="tensors 0 and 1 with shapes \\[3, 4\\] and \\[2, 2\\]"):
        torch.linalg.multi_dot([torch.ones(3, 4), torch.ones(2, 2)])
    x, y = rng.standard_normal((2, 3)), rng.standard_normal(3)
    np.testing.assert_allclose(torch.linalg.vecdot(torch.tensor(x), torch.tensor(y)).numpy(),
                               x @ y, rtol=1e-12)
    m = np.arange(24.0).reshape(2, 3, 4)
    np.testing.assert_array_equal(torch.linalg.diagonal(torch.tensor(m), offset=1).numpy(),
                                  np.diagonal(m, 1, -2, -1))
    assert torch.linalg.matmul(torch.ones(2, 3), torch.ones(3)).tolist() == [3.0, 3.0]


def test_autograd_grad_takes_any_iterable_of_inputs():
    """MAML-style ``torch.autograd.grad(loss, params.values(), create_graph=True)``."""
    lin = nn.Linear(2, 1)
    params = dict(lin.named_parameters())
    loss = lin(torch.ones(3, 2)).sum()
    grads = torch.autograd.grad(loss, params.values(), create_graph=True)
    np.testing.assert_array_equal(grads[0].detach().numpy(), [[3.0, 3.0]])
    np.testing.assert_array_equal(grads[1].detach().numpy(), [3.0])
    (g,) = torch.autograd.grad((t.sum() for t in [lin.bias * 2]), iter([lin.bias]))
    assert g.tolist() == [2.0]


@pytest.mark.parametrize("upper", [False, True])
@pytest.mark.parametrize("left", [True, False])
@pytest.mark.parametrize("unit", [False, True])
def test_solve_triangular_values_and_gradcheck(upper, left, unit):
    rng = np.random.default_rng(1)
    a = rng.standard_normal((3, 3)) + 3 * np.eye(3)
    b = rng.standard_normal((3, 2) if left else (2, 3))
    tri = np.triu(a) if upper else np.tril(a)
    if unit:
        np.fill_diagonal(tri, 1.0)
    expected = np.linalg.solve(tri, b) if left else np.linalg.solve(tri.T, b.T).T
    A = torch.tensor(a, requires_grad=True)
    B = torch.tensor(b, requires_grad=True)
    X = torch.linalg.solve_triangular(A, B, upper=upper, left=left, unitriangular=unit)
    np.testing.assert_allclose(X.detach().numpy(), expected, rtol=1e-12)
    assert X.grad_fn.name() == "LinalgSolveTriangularBackward0"

    def fn(a_, b_):  # reads only the triangle, so perturb only through it
        a_ = a_.triu() if upper else a_.tril()
        return torch.linalg.solve_triangular(a_, b_, upper=upper, left=left, unitriangular=unit)
    assert torch.autograd.gradcheck(fn, (A, B))
    assert torch.autograd.gradgradcheck(fn, (A, B))


def test_cholesky_solve_matches_numpy_and_gradients():
    rng = np.random.default_rng(2)
    m = rng.standard_normal((4, 4))
    s = m @ m.T + 4 * np.eye(4)
    b = rng.standard_normal((4, 2))
    low = np.linalg.cholesky(s)
    B = torch.tensor(b, requires_grad=True)
    L = torch.tensor(low, requires_grad=True)
    X = torch.cholesky_solve(B, L)
    np.testing.assert_allclose(X.detach().numpy(), np.linalg.solve(s, b), rtol=1e-10)
    U = torch.tensor(low.T.copy())
    np.testing.assert_allclose(torch.cholesky_solve(B, U, upper=True).detach().numpy(),
                               np.linalg.solve(s, b), rtol=1e-10)
    assert X.grad_fn.name() == "CholeskySolveBackward0"
    # the solve reads only the lower triangle: perturb L through it
    assert torch.autograd.gradcheck(lambda b_, l_: torch.cholesky_solve(b_, l_.tril()), (B, L))


def test_packed_rnn_dropout_draws_one_mask_over_the_packed_rows():
    """torch drops out the packed data between layers, so a seeded run draws rows x features
    Bernoulli numbers (not steps x batch x features) and later draws follow on from there."""
    gru = nn.GRU(3, 4, 2, dropout=0.5, bidirectional=True)
    x = torch.randn(5, 3, 3)
    packed = nn.utils.rnn.pack_padded_sequence(x, torch.tensor([5, 4, 2]))
    torch.manual_seed(1)
    out, _ = gru(packed)
    after_run = torch.rand(1)
    torch.manual_seed(1)
    torch.empty(11, 8).bernoulli_(0.5)  # 11 packed rows, 2 directions x 4 features
    assert after_run.item() == torch.rand(1).item()
    assert out.data.shape == (11, 8)


def test_lp_pool_is_the_p_norm_of_each_window():
    rng = np.random.default_rng(3)
    a = rng.uniform(0.1, 2.0, (1, 2, 4, 6))
    x = torch.tensor(a, requires_grad=True)
    y = nn.LPPool2d(3, (2, 3))(x)
    windows = a.reshape(1, 2, 2, 2, 2, 3).transpose(0, 1, 2, 4, 3, 5)
    expected = (windows ** 3).sum(axis=(-2, -1)) ** (1 / 3)
    np.testing.assert_allclose(y.detach().numpy(), expected, rtol=1e-12)
    assert repr(nn.LPPool2d(3, (2, 3))) == (
        "LPPool2d(norm_type=3, kernel_size=(2, 3), stride=None, ceil_mode=False)")
    assert torch.autograd.gradcheck(lambda t: torch.nn.functional.lp_pool1d(t, 2.0, 2), (
        torch.tensor(rng.uniform(0.5, 2.0, (1, 1, 6)), requires_grad=True),))


def test_margin_losses_are_single_nodes_with_hinge_gradients():
    rng = np.random.default_rng(4)
    a = rng.standard_normal((3, 5))
    y = np.array([1, 0, 4])
    x = torch.tensor(a, requires_grad=True)
    loss = torch.nn.functional.multi_margin_loss(x, torch.tensor(y), margin=0.7)
    assert loss.grad_fn.name() == "MultiMarginLossBackward0"
    assert loss.grad_fn._saved_reduction == 1 and loss.grad_fn._saved_margin == 0.7
    hinge = np.maximum(0, 0.7 - a[np.arange(3), y][:, None] + a)
    hinge[np.arange(3), y] = 0
    np.testing.assert_allclose(loss.item(), hinge.sum() / 15, rtol=1e-12)
    loss.backward()
    expected = (hinge > 0) / 15.0
    expected[np.arange(3), y] = -(hinge > 0).sum(1) / 15.0
    np.testing.assert_allclose(x.grad.numpy(), expected, rtol=1e-12)
    with pytest.raises(RuntimeError, match="not differentiable with respect to argument 'weight'"):
        torch.nn.functional.multi_margin_loss(x, torch.tensor(y),
                                              weight=torch.ones(5, requires_grad=True))
    multi = torch.nn.functional.multilabel_margin_loss(x, torch.tensor([[3, 0, -1, 1, 2]] * 3))
    assert multi.grad_fn.name() == "MultilabelMarginLossBackward0"
    assert torch.autograd.gradcheck(
        lambda t: torch.nn.functional.multilabel_margin_loss(t, torch.tensor([[3, 0, -1, 1, 2]])),
        (torch.tensor(a[:1] * 0.1, requires_grad=True),))
