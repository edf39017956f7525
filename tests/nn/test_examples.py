"""The examples run and reach their stated results (with reduced budgets to stay fast)."""

import importlib.util
import pathlib

import pytest

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"


def _load(name):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fit_1d_dydx_derivative_tracks_exact(capsys):
    loss, rms = _load("fit_1d_dydx").main(steps=1500)
    assert loss < 1e-3 and rms < 0.25
    assert "x.grad matches autograd.grad: True" in capsys.readouterr().out


def test_manual_gradient_descent_equals_sgd():
    w, b, w2, b2 = _load("manual_gradient_descent").main(steps=300)
    assert w == pytest.approx(w2, abs=1e-6) and b == pytest.approx(b2, abs=1e-6)
    assert w == pytest.approx(3.0, abs=0.15) and b == pytest.approx(-0.5, abs=0.1)


def test_digits_classifier_learns_and_saves(tmp_path):
    import chainrule as torch
    module = _load("digits_classifier")
    acc = module.main(n=1500, epochs=3, save_to=str(tmp_path / "digits.pt"))
    assert acc > 0.8
    model = module.DigitNet()
    model.load_state_dict(torch.load(str(tmp_path / "digits.pt")))


def test_ode_pinn_recovers_sine():
    assert _load("ode_pinn").main(steps=600) < 0.05
