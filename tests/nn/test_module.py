"""nn.Module registration, reprs (vs torch), state_dict, modes, hooks and default init."""

import json
import math
import pathlib

import numpy as np
import pytest

import chainrule as torch
import chainrule.nn as nn

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "nn_torch.json"
REPRS = json.loads(FIXTURE.read_text())["reprs"]


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(1, 64), nn.Tanh(), nn.Linear(64, 1))
        self.head = nn.ModuleList([nn.ReLU(), nn.ReLU(), nn.Sigmoid()])
        self.drop = nn.Dropout(0.25)

    def forward(self, x):
        return self.body(x)


MODULES = {
    "net": Net,
    "linear_nobias": lambda: nn.Linear(3, 2, bias=False),
    "activations": lambda: nn.Sequential(
        nn.ReLU(), nn.ReLU(inplace=True), nn.LeakyReLU(), nn.ELU(alpha=0.5),
        nn.GELU(approximate="tanh"), nn.Softplus(), nn.Softmax(dim=-1), nn.LogSoftmax(dim=1),
        nn.Hardtanh(), nn.SiLU(), nn.Flatten(), nn.Identity()),
    "losses": lambda: nn.Sequential(nn.MSELoss(), nn.CrossEntropyLoss(), nn.L1Loss(),
                                    nn.BCELoss(), nn.BCEWithLogitsLoss(), nn.NLLLoss()),
    "embedding": lambda: nn.Embedding(10, 3, padding_idx=0),
    "empty_sequential": nn.Sequential,
    "cnn": lambda: nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(), nn.MaxPool2d(2),
        nn.Conv2d(8, 16, (3, 5), stride=2, groups=8, bias=False, dilation=2), nn.AvgPool2d(2),
        nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(), nn.LayerNorm(16), nn.Linear(16, 10),
        nn.GroupNorm(2, 4)),
    "conv_transpose": lambda: nn.Sequential(
        nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1, output_padding=1),
        nn.ConvTranspose1d(2, 4, 3, groups=2, bias=False, dilation=2)),
    "conv1d": lambda: nn.Sequential(nn.Conv1d(2, 4, 3, dilation=2, padding="same"),
                                    nn.MaxPool1d(3), nn.AvgPool1d(2), nn.BatchNorm1d(4)),
}


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_repr_matches_torch(name):
    assert repr(MODULES[name]()) == REPRS[name]


def test_parameter_reprs_match_torch():
    p = nn.Parameter(torch.tensor([[1.0, -2.5], [0.125, 3.0]]))
    assert repr(p) == REPRS["parameter"]
    assert repr(nn.Parameter(torch.tensor([1.5, 2.0], dtype=torch.float64))) == \
        REPRS["parameter_double"]
    assert repr(nn.Parameter(torch.tensor([1.0, 2.0]), requires_grad=False)) == \
        REPRS["parameter_nograd"]
    assert repr(torch.optim.SGD([p], lr=0.1, momentum=0.9)) == REPRS["sgd"]
    assert repr(torch.optim.Adam([p])) == REPRS["adam"]


def test_parameter_shares_data_and_is_a_leaf():
    t = torch.tensor([1.0, 2.0])
    p = nn.Parameter(t)
    assert p.requires_grad and p.is_leaf and isinstance(p, torch.Tensor)
    with torch.no_grad():
        p.mul_(3)
    np.testing.assert_array_equal(t.numpy(), [3.0, 6.0])


def test_registration_order_names_and_sharing():
    net = Net()
    assert list(net.state_dict()) == REPRS["state_dict_keys"]
    assert [n for n, _ in net.named_parameters()] == REPRS["state_dict_keys"]
    assert [n for n, _ in net.named_modules()] == [
        "", "body", "body.0", "body.1", "body.2", "head", "head.0", "head.1", "head.2", "drop"]
    assert sum(p.numel() for p in net.parameters()) == 64 + 64 + 64 + 1
    shared = nn.Linear(2, 2)
    seq = nn.Sequential(shared, nn.Tanh(), shared)
    assert len(list(seq.parameters())) == 2
    assert len(seq.state_dict()) == 4


def test_setattr_rules():
    m = nn.Module()
    m.w = nn.Parameter(torch.zeros(2))
    m.register_buffer("running", torch.ones(2))
    m.sub = nn.Linear(1, 1)
    assert list(m._parameters) == ["w"] and list(m._buffers) == ["running"]
    with pytest.raises(TypeError, match=r"^cannot assign 'torch.FloatTensor' as parameter 'w' "
                                        r"\(torch.nn.Parameter or None expected\)$"):
        m.w = torch.zeros(2)
    m.w = None
    assert m.w is None and "w" in m._parameters
    with pytest.raises(AttributeError, match="'Module' object has no attribute 'missing'"):
        m.missing  # noqa: B018
    del m.sub
    assert "sub" not in m._modules


def test_load_state_dict_roundtrip_and_errors():
    a, b = Net(), Net()
    result = b.load_state_dict(a.state_dict())
    assert repr(result) == "<All keys matched successfully>"
    for (_, pa), (_, pb) in zip(a.named_parameters(), b.named_parameters()):
        np.testing.assert_array_equal(pa.detach().numpy(), pb.detach().numpy())
    sd = a.state_dict()
    del sd["body.0.bias"]
    sd["extra"] = torch.zeros(1)
    with pytest.raises(RuntimeError) as exc:
        b.load_state_dict(sd)
    assert str(exc.value) == (
        'Error(s) in loading state_dict for Net:\n\tMissing key(s) in state_dict: '
        '"body.0.bias". \n\tUnexpected key(s) in state_dict: "extra". ')
    keys = b.load_state_dict(sd, strict=False)
    assert keys.missing_keys == ["body.0.bias"] and keys.unexpected_keys == ["extra"]
    assert repr(keys) == ("_IncompatibleKeys(missing_keys=['body.0.bias'], "
                          "unexpected_keys=['extra'])")
    sd = a.state_dict()
    sd["body.2.bias"] = torch.zeros(2)
    with pytest.raises(RuntimeError, match=r"size mismatch for body.2.bias: copying a param "
                                           r"with shape torch.Size\(\[2\]\) from checkpoint"):
        b.load_state_dict(sd)


def test_train_eval_and_dropout():
    net = Net()
    assert net.training and net.drop.training
    net.eval()
    assert not net.training and not net.drop.training
    x = torch.ones(1000)
    assert net.drop(x) is x
    net.train()
    torch.manual_seed(0)
    y = net.drop(x)
    kept = y.numpy() != 0
    assert 0.65 < kept.mean() < 0.85
    np.testing.assert_allclose(y.numpy()[kept], 1 / 0.75, rtol=1e-6)


def test_zero_grad_and_requires_grad():
    lin = nn.Linear(2, 1)
    lin(torch.ones(3, 2)).sum().backward()
    assert lin.weight.grad is not None
    lin.zero_grad(set_to_none=False)
    np.testing.assert_array_equal(lin.weight.grad.numpy(), 0)
    lin.zero_grad()
    assert lin.weight.grad is None
    lin.requires_grad_(False)
    assert not any(p.requires_grad for p in lin.parameters())


def test_forward_hooks_run_and_remove():
    lin = nn.Linear(2, 2)
    seen = []
    handle = lin.register_forward_hook(lambda m, args, out: seen.append(out.shape) or out * 0)
    out = lin(torch.ones(1, 2))
    assert seen == [torch.Size([1, 2])] and out.abs().sum().item() == 0
    handle.remove()
    assert lin(torch.ones(1, 2)).abs().sum().item() != 0


def test_linear_default_init_follows_torch_bounds():
    torch.manual_seed(1)
    for fan_in in (1, 7, 64):
        lin = nn.Linear(fan_in, 500)
        bound = 1 / math.sqrt(fan_in)  # kaiming_uniform_(a=sqrt(5)) gives 1/sqrt(fan_in)
        w, b = lin.weight.detach().numpy(), lin.bias.detach().numpy()
        assert np.abs(w).max() <= bound and np.abs(w).max() > 0.95 * bound
        assert np.abs(b).max() <= bound and np.abs(b).max() > 0.9 * bound
        assert abs(w.std() - bound / math.sqrt(3)) < 0.1 * bound


def test_init_functions():
    w = torch.empty(300, 200)
    nn.init.xavier_uniform_(w, gain=nn.init.calculate_gain("tanh"))
    a = 5 / 3 * math.sqrt(6 / 500)
    assert np.abs(w.numpy()).max() <= a
    nn.init.kaiming_normal_(w, nonlinearity="relu")
    assert abs(w.numpy().std() - math.sqrt(2 / 200)) < 0.01 * math.sqrt(2 / 200) * 10
    nn.init.zeros_(w)
    assert not w.numpy().any()
    nn.init.orthogonal_(w)
    np.testing.assert_allclose(w.numpy().T @ w.numpy(), np.eye(200), atol=1e-5)
    with pytest.raises(ValueError, match="Fan in and fan out can not be computed for tensor "
                                         "with fewer than 2 dimensions"):
        nn.init.xavier_uniform_(torch.empty(3))


def test_sequential_and_module_list_indexing():
    seq = nn.Sequential(nn.Linear(1, 2), nn.Tanh(), nn.Linear(2, 1))
    assert isinstance(seq[-1], nn.Linear) and len(seq[1:]) == 2
    assert repr(seq[1:]) == "Sequential(\n  (1): Tanh()\n  (2): Linear(in_features=2, " \
        "out_features=1, bias=True)\n)"
    ml = nn.ModuleList([nn.Tanh()])
    ml.append(nn.ReLU())
    assert len(ml) == 2 and isinstance(ml[-1], nn.ReLU)
    with pytest.raises(IndexError, match="index 5 is out of range"):
        seq[5]


def test_linear_grad_fn_names_follow_torch_decomposition():
    lin = nn.Linear(4, 2)
    assert type(lin(torch.ones(3, 4)).grad_fn).__name__ == "AddmmBackward0"
    assert type(lin(torch.ones(4)).grad_fn).__name__ == "ViewBackward0"
    assert type(lin(torch.ones(2, 3, 4)).grad_fn).__name__ == "ViewBackward0"
    assert type(nn.Linear(4, 2, bias=False)(torch.ones(3, 4)).grad_fn).__name__ == \
        "MmBackward0"


def test_clip_grad_norm():
    p = nn.Parameter(torch.tensor([3.0, 4.0]))
    p.grad = torch.tensor([3.0, 4.0])
    total = nn.utils.clip_grad_norm_([p], max_norm=1.0)
    assert abs(total.item() - 5.0) < 1e-6
    np.testing.assert_allclose(p.grad.numpy(), [0.6, 0.8], rtol=1e-5)
    vec = nn.utils.parameters_to_vector([p, nn.Parameter(torch.ones(2, 2))])
    assert vec.shape == torch.Size([6])


def test_batch_norm_running_stats_match_torch():
    case = json.loads(FIXTURE.read_text())["running_stats"]
    bn = nn.BatchNorm2d(3, momentum=0.2)
    for b in case["batches"]:
        bn(torch.tensor(b))
    np.testing.assert_allclose(bn.running_mean.numpy(), case["running_mean"], rtol=1e-5,
                               atol=1e-7)
    np.testing.assert_allclose(bn.running_var.numpy(), case["running_var"], rtol=1e-5)
    assert bn.num_batches_tracked.item() == case["num_batches_tracked"]
    bn.eval()
    out = bn(torch.tensor(case["batches"][0]))
    np.testing.assert_allclose(out.detach().numpy(), case["eval_out"], rtol=1e-5, atol=1e-6)
    assert set(bn.state_dict()) == {"weight", "bias", "running_mean", "running_var",
                                    "num_batches_tracked"}


def test_batch_norm_cumulative_average_and_untracked_eval():
    x = np.arange(24.0, dtype=np.float32).reshape(4, 3, 2)
    bn = nn.BatchNorm1d(3, momentum=None)
    bn(torch.tensor(x))
    bn(torch.tensor(2 * x))
    batches = [x, 2 * x]
    means = np.mean([b.mean(axis=(0, 2)) for b in batches], axis=0)
    variances = np.mean([b.var(axis=(0, 2), ddof=1) for b in batches], axis=0)
    np.testing.assert_allclose(bn.running_mean.numpy(), means, rtol=1e-6)
    np.testing.assert_allclose(bn.running_var.numpy(), variances, rtol=1e-6)
    untracked = nn.BatchNorm1d(3, track_running_stats=False).eval()
    expect = (x - x.mean(axis=(0, 2), keepdims=True)) / np.sqrt(
        x.var(axis=(0, 2), keepdims=True) + 1e-5)
    np.testing.assert_allclose(untracked(torch.tensor(x)).detach().numpy(), expect, rtol=1e-5)
    with pytest.raises(ValueError, match=r"^Expected more than 1 value per channel when "
                                         r"training, got input size torch.Size\(\[1, 3\]\)$"):
        nn.BatchNorm1d(3)(torch.randn(1, 3))
    with pytest.raises(ValueError, match=r"^expected 4D input \(got 2D input\)$"):
        nn.BatchNorm2d(3)(torch.randn(2, 3))


@pytest.mark.parametrize("loss", [nn.functional.mse_loss, nn.functional.l1_loss,
                                  nn.functional.smooth_l1_loss])
def test_regression_losses_warn_about_broadcast_targets(loss):
    msg = (r"^Using a target size \(torch.Size\(\[3, 1\]\)\) that is different to the input "
           r"size \(torch.Size\(\[3\]\)\). This will likely lead to incorrect results due to "
           r"broadcasting. Please ensure they have the same size.$")
    with pytest.warns(UserWarning, match=msg):
        loss(torch.zeros(3), torch.zeros(3, 1))


def test_classification_loss_errors_match_torch():
    with pytest.raises(IndexError, match=r"^Target 5 is out of bounds.$"):
        nn.functional.cross_entropy(torch.zeros(2, 3), torch.tensor([0, 5]))
    with pytest.raises(ValueError, match=r"^Using a target size \(torch.Size\(\[3, 1\]\)\) that "
                                         r"is different to the input size \(torch.Size\(\[3\]\)\)"
                                         r" is deprecated. Please ensure they have the same "
                                         r"size.$"):
        nn.functional.binary_cross_entropy(torch.zeros(3), torch.zeros(3, 1))


def test_broadcast_warning_hint_when_hints_are_enabled():
    before = torch.are_hints_enabled()
    torch.set_hints(True)
    try:
        with pytest.warns(UserWarning, match=r"Please ensure they have the same size.\n"
                                             r"chainrule hint: an \(N, 1\) output"):
            nn.functional.mse_loss(torch.zeros(3, 1), torch.zeros(3))
    finally:
        torch.set_hints(before)
