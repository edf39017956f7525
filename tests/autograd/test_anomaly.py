"""Anomaly mode: the switches, the NaN check, forward tracebacks and the in-place hint."""

import warnings

import pytest

import chainrule as torch

RECORDED = "anomaly"


def test_anomaly_matches_torch(recorded_key, check_recorded):
    check_recorded(RECORDED, recorded_key)


def _backward_warnings(fn):
    """Run fn, which must raise RuntimeError; return the messages of the warnings it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(RuntimeError) as info:
            fn()
    return [str(w.message) for w in caught], str(info.value)


def test_forward_traceback_names_the_line_that_built_the_failing_node():
    def run():
        x = torch.tensor([-1.0, 4.0], requires_grad=True)
        with torch.autograd.detect_anomaly():
            y = x.sqrt()  # the NaN comes from here
            y.sum().backward()

    messages, error = _backward_warnings(run)
    assert error == "Function 'SqrtBackward0' returned nan values in its 0th output."
    trace = [m for m in messages if m.startswith("Error detected in SqrtBackward0.")]
    assert len(trace) == 1
    assert "Traceback of forward call that caused the error:\n" in trace[0]
    assert __file__ in trace[0] and "y = x.sqrt()  # the NaN comes from here" in trace[0]
    assert "chainrule" not in trace[0].split("the NaN comes from here")[1]


def test_custom_function_nodes_carry_their_forward_traceback():
    class Fail(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x.clone()

        @staticmethod
        def backward(ctx, grad):
            raise RuntimeError("backward failed")

    def run():
        x = torch.tensor([1.0], requires_grad=True)
        with torch.autograd.detect_anomaly():
            Fail.apply(x).sum().backward()

    messages, error = _backward_warnings(run)
    assert error == "backward failed"
    assert any(m.startswith("Error detected in FailBackward.") and
               "Fail.apply(x).sum().backward()" in m for m in messages)


def test_no_traceback_and_no_nan_check_when_anomaly_mode_is_off():
    x = torch.tensor([-1.0, 4.0], requires_grad=True)
    assert not torch.is_anomaly_enabled()
    y = x.sqrt()
    assert y.grad_fn._anomaly_trace is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        y.sum().backward()
    assert x.grad[0].item() != x.grad[0].item()  # NaN passes through unchecked


def test_detect_anomaly_works_as_a_decorator_and_restores_state():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")

        @torch.autograd.detect_anomaly(check_nan=False)
        def inside():
            return torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled()

        assert inside() == (True, False)
    assert (torch.is_anomaly_enabled(), torch.is_anomaly_check_nan_enabled()) == (False, True)
