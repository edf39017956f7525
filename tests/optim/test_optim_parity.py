"""Optimizers and schedulers against trajectories recorded from torch with the same weights."""

import json
import pathlib

import numpy as np
import pytest

import chainrule as torch
import chainrule.nn as nn
import chainrule.nn.functional as F
from chainrule import optim

FIXTURE = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "nn_torch.json"
DATA = json.loads(FIXTURE.read_text())
OPT = DATA["optim"]


def _mlp():
    widths = OPT["widths"]
    layers = []
    for i, (a, b) in enumerate(zip(widths[:-1], widths[1:])):
        layers.append(nn.Linear(a, b))
        if i < len(widths) - 2:
            layers.append(nn.Tanh())
    model = nn.Sequential(*layers)
    with torch.no_grad():
        for name, p in model.named_parameters():
            p.copy_(torch.tensor(OPT["init"][name]))
    return model


def _case_id(case):
    return case["optimizer"] + "-" + "-".join(f"{k}={v}" for k, v in case["kwargs"].items())


@pytest.mark.parametrize("case", OPT["cases"], ids=_case_id)
def test_optimizer_trajectory_matches_torch(case):
    model = _mlp()
    kwargs = dict(case["kwargs"])
    if "betas" in kwargs:
        kwargs["betas"] = tuple(kwargs["betas"])
    opt = getattr(optim, case["optimizer"])(model.parameters(), **kwargs)
    x, y = torch.tensor(OPT["x"]), torch.tensor(OPT["y"])
    losses = []
    for _ in range(len(case["losses"])):
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    # float32 rounding differences (summation order in matmul) stay near 1e-7 relative.
    np.testing.assert_allclose(losses, case["losses"], rtol=1e-5)
    for name, value in model.state_dict().items():
        np.testing.assert_allclose(value.numpy(), np.asarray(case["final"][name], np.float32),
                                   rtol=1e-5, atol=1e-6)
    state = opt.state_dict()["state"].get(0, {})
    assert sorted(state) == case["state_keys"]
    if "step" in state:
        assert float(state["step"]) == case["step"]


@pytest.mark.parametrize("case", OPT["updates"], ids=_case_id)
def test_optimizer_update_matches_torch_bitwise(case):
    kwargs = dict(case["kwargs"])
    if "betas" in kwargs:
        kwargs["betas"] = tuple(kwargs["betas"])
    p = nn.Parameter(torch.tensor(OPT["p0"]))
    opt = getattr(optim, case["optimizer"])([p], **kwargs)
    for g, want in zip(OPT["grads"], case["params"]):
        p.grad = torch.tensor(g)
        opt.step()
        want = np.asarray(want, np.float32)
        ulps = np.abs(p.detach().numpy() - want) / np.spacing(np.abs(want))
        # torch's vectorised float32 sqrt is not always correctly rounded (NumPy's is), so
        # the sqrt-based optimizers may drift by an ulp or two; the rest match bit for bit.
        assert ulps.max() <= 2


@pytest.mark.parametrize("case", OPT["lbfgs"], ids=lambda c: str(c["line_search_fn"]))
def test_lbfgs_least_squares_matches_torch(case):
    a_mat = torch.tensor(OPT["lbfgs_problem"]["A"])
    b_vec = torch.tensor(OPT["lbfgs_problem"]["b"])
    w = torch.zeros(3, requires_grad=True)
    opt = optim.LBFGS([w], lr=0.8, max_iter=4, history_size=3,
                      line_search_fn=case["line_search_fn"])

    def closure():
        opt.zero_grad()
        r = a_mat @ w - b_vec
        loss = 0.5 * (r * r).sum() + 0.05 * (w * w).sum()
        loss.backward()
        return loss
    firsts = [opt.step(closure).item() for _ in range(3)]
    np.testing.assert_allclose(firsts, case["first_losses"], rtol=1e-5)
    np.testing.assert_allclose(w.detach().numpy(), case["final"], rtol=1e-5, atol=1e-6)
    assert opt.state_dict()["state"][0]["func_evals"] == case["func_evals"]


def test_lbfgs_strong_wolfe_solves_rosenbrock():
    w = torch.tensor([-1.2, 1.0], requires_grad=True)
    opt = optim.LBFGS([w], lr=1, max_iter=50, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = (1 - w[0]) ** 2 + 100 * (w[1] - w[0] ** 2) ** 2
        loss.backward()
        return loss
    for _ in range(3):
        opt.step(closure)
    np.testing.assert_allclose(w.detach().numpy(), [1.0, 1.0], atol=1e-4)


def _schedule(name, make, steps, metrics=None, opt_name="SGD", kwargs=None):
    p = nn.Parameter(torch.zeros(1))
    opt = getattr(optim, opt_name)([p], **(kwargs or {"lr": 0.1, "momentum": 0.9}))
    sched = make(opt)
    lrs, moms = [], []
    for i in range(steps):
        opt.step()
        sched.step(metrics[i]) if metrics is not None else sched.step()
        g = opt.param_groups[0]
        lrs.append(g["lr"])
        moms.append(g["betas"][0] if "betas" in g else g.get("momentum"))
    return {"lrs": lrs, "momentum": moms}


S = optim.lr_scheduler
SCHEDULES = {
    "StepLR": lambda: _schedule("StepLR", lambda o: S.StepLR(o, step_size=3, gamma=0.5), 12),
    "MultiStepLR": lambda: _schedule(
        "MultiStepLR", lambda o: S.MultiStepLR(o, milestones=[2, 5, 5, 9], gamma=0.3), 12),
    "ExponentialLR": lambda: _schedule(
        "ExponentialLR", lambda o: S.ExponentialLR(o, gamma=0.9), 12),
    "CosineAnnealingLR": lambda: _schedule(
        "CosineAnnealingLR", lambda o: S.CosineAnnealingLR(o, T_max=5, eta_min=0.01), 16),
    "LambdaLR": lambda: _schedule("LambdaLR", lambda o: S.LambdaLR(o, lambda e: 1 / (1 + e)),
                                  12),
    "OneCycleLR": lambda: _schedule(
        "OneCycleLR", lambda o: S.OneCycleLR(o, max_lr=1.0, total_steps=12), 11),
    "OneCycleLR_adam_linear_3phase": lambda: _schedule(
        "OneCycleLR", lambda o: S.OneCycleLR(o, max_lr=0.5, total_steps=13,
                                             anneal_strategy="linear", three_phase=True),
        12, opt_name="Adam", kwargs={"lr": 0.1}),
    "ReduceLROnPlateau": lambda: _schedule(
        "ReduceLROnPlateau", lambda o: S.ReduceLROnPlateau(o, patience=2, factor=0.5, cooldown=1),
        12, metrics=[5, 4, 4, 4, 4, 3.9999, 4, 4, 4, 4, 4, 4]),
}


@pytest.mark.parametrize("name", sorted(SCHEDULES))
def test_scheduler_matches_torch(name):
    got = SCHEDULES[name]()
    want = DATA["schedulers"][name]
    np.testing.assert_allclose(got["lrs"], want["lrs"], rtol=1e-12)
    assert [m is None for m in got["momentum"]] == [m is None for m in want["momentum"]]
    np.testing.assert_allclose([m or 0 for m in got["momentum"]],
                               [m or 0 for m in want["momentum"]], rtol=1e-12)


def test_onecycle_too_many_steps_raises():
    opt = optim.SGD([nn.Parameter(torch.zeros(1))], lr=0.1, momentum=0.9)
    sched = S.OneCycleLR(opt, max_lr=1.0, total_steps=2)
    sched.step()
    sched.step()
    with pytest.raises(ValueError, match="Tried to step 3 times. The specified number of total "
                                         "steps is 2"):
        sched.step()
