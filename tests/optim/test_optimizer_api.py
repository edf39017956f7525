"""Optimizer bookkeeping: param groups, errors, zero_grad, state_dict round trips."""

import numpy as np
import pytest

import chainrule as torch
import chainrule.nn as nn
from chainrule import optim


def _params():
    return [nn.Parameter(torch.tensor([1.0, -2.0])), nn.Parameter(torch.tensor([[0.5]]))]


@pytest.mark.parametrize("make, message", [
    (lambda p: optim.SGD(p, lr=-1), "Invalid learning rate: -1"),
    (lambda p: optim.SGD(p, lr=0.1, nesterov=True),
     "Nesterov momentum requires a momentum and zero dampening"),
    (lambda p: optim.Adam(p, betas=(1.0, 0.9)), "Invalid beta parameter at index 0: 1.0"),
    (lambda p: optim.Adam(p, eps=-1), "Invalid epsilon value: -1"),
    (lambda p: optim.SGD([], lr=0.1), "optimizer got an empty parameter list"),
    (lambda p: optim.SGD([{"params": p[:1]}, {"params": p[:1]}], lr=0.1),
     "some parameters appear in more than one parameter group"),
])
def test_constructor_errors_match_torch(make, message):
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(").replace(")", r"\)")
                       .replace(".", r"\.") + "$"):
        make(_params())


def test_non_leaf_and_non_tensor_params_are_rejected():
    p = nn.Parameter(torch.ones(2))
    with pytest.raises(ValueError, match="can't optimize a non-leaf Tensor"):
        optim.SGD([p * 2], lr=0.1)
    with pytest.raises(TypeError, match="optimizer can only optimize Tensors"):
        optim.SGD([1.0], lr=0.1)
    with pytest.raises(TypeError, match="params argument given to the optimizer should be an "
                                        "iterable of Tensors or dicts"):
        optim.SGD(p, lr=0.1)


def test_param_groups_take_their_own_options():
    a, b = _params()
    opt = optim.SGD([{"params": [a]}, {"params": [b], "lr": 1.0}], lr=0.1, momentum=0.5)
    a.grad, b.grad = torch.ones(2), torch.ones(1, 1)
    opt.step()
    np.testing.assert_allclose(a.detach().numpy(), [0.9, -2.1], rtol=1e-6)
    np.testing.assert_allclose(b.detach().numpy(), [[-0.5]], rtol=1e-6)
    assert opt.param_groups[1]["momentum"] == 0.5
    opt.add_param_group({"params": [nn.Parameter(torch.zeros(1))], "lr": 3.0})
    assert [g["lr"] for g in opt.param_groups] == [0.1, 1.0, 3.0]


def test_params_without_grad_are_skipped_and_zero_grad_modes():
    a, b = _params()
    opt = optim.Adam([a, b], lr=0.1)
    a.grad = torch.ones(2)
    opt.step()
    assert b not in opt.state and float(opt.state[a]["step"]) == 1.0
    np.testing.assert_array_equal(b.detach().numpy(), [[0.5]])
    opt.zero_grad(set_to_none=False)
    np.testing.assert_array_equal(a.grad.numpy(), [0.0, 0.0])
    opt.zero_grad()
    assert a.grad is None


def test_step_bumps_version_so_stale_saved_params_are_caught():
    w = nn.Parameter(torch.tensor([1.0, 2.0]))
    opt = optim.SGD([w], lr=0.1)
    y = (w * w).sum()
    w.grad = torch.ones(2)
    opt.step()
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        y.backward()


def test_state_dict_round_trip_continues_identically():
    def run(opt_a_steps, reload):
        torch.manual_seed(0)
        model = nn.Linear(3, 1)
        x, y = torch.randn(8, 3), torch.randn(8, 1)
        opt = optim.AdamW(model.parameters(), lr=0.05, amsgrad=True)
        for i in range(opt_a_steps):
            if reload and i == 2:
                saved = opt.state_dict()
                opt = optim.AdamW(model.parameters(), lr=0.5)
                opt.load_state_dict(saved)
            opt.zero_grad()
            nn.functional.mse_loss(model(x), y).backward()
            opt.step()
        return model.weight.detach().numpy().copy()
    np.testing.assert_array_equal(run(5, False), run(5, True))


def test_state_dict_layout_and_mismatch_errors():
    a, b = _params()
    opt = optim.SGD([a, b], lr=0.1, momentum=0.9)
    a.grad = torch.ones(2)
    opt.step()
    sd = opt.state_dict()
    assert list(sd["state"]) == [0] and list(sd["state"][0]) == ["momentum_buffer"]
    assert sd["param_groups"][0]["params"] == [0, 1]
    with pytest.raises(ValueError, match="loaded state dict contains a parameter group that "
                                         "doesn't match the size of optimizer's group"):
        optim.SGD([a], lr=0.1).load_state_dict(sd)


def test_maximize_ascends():
    w = nn.Parameter(torch.tensor([0.0]))
    opt = optim.SGD([w], lr=0.1, maximize=True)
    for _ in range(3):
        opt.zero_grad()
        (-(w - 1) ** 2).sum().backward()
        opt.step()
    assert 0 < w.item() < 1


def test_scheduler_state_dict_round_trip():
    p = nn.Parameter(torch.zeros(1))
    opt = optim.SGD([p], lr=1.0)
    sched = optim.lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)
    for _ in range(3):
        opt.step()
        sched.step()
    state = sched.state_dict()
    opt2 = optim.SGD([p], lr=1.0)
    sched2 = optim.lr_scheduler.StepLR(opt2, step_size=2, gamma=0.5)
    sched2.load_state_dict(state)
    assert sched2.last_epoch == 3 and sched.get_last_lr() == [0.5]
