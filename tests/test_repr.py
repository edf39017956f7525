"""Tensor repr against torch 2.13 strings recorded by tools/record_repr_fixtures.py."""

import base64
import json
import math
import pathlib
import zlib

import numpy as np
import pytest

from chainrule import _tensor_str
from chainrule._tensor_str import get_printoptions, printoptions, set_printoptions, tensor_repr

ALL_DTYPES = {"float16", "float32", "float64", "complex64", "complex128", "bool"}
ALL_DTYPES |= {"int8", "int16", "int32", "int64", "uint8"}
DEFAULT_OPTIONS = {
    "precision": 4,
    "threshold": 1000,
    "edgeitems": 3,
    "linewidth": 80,
    "sci_mode": None,
}
CASES = json.loads((pathlib.Path(__file__).parent / "fixtures" / "repr_cases.json").read_text())


class FakeDtype:
    """Stand-in for a chainrule dtype: name, kind flags and torch's repr."""

    def __init__(self, name):
        self.name = name
        self.is_floating_point = name.startswith("float")
        self.is_complex = name.startswith("complex")

    def __repr__(self):
        return f"torch.{self.name}"


class FakeDevice:
    """Stand-in for a chainrule device."""

    def __init__(self, type, index=None):
        self.type = type
        self.index = index


class FakeNode:
    """Stand-in for a grad_fn node."""

    def __init__(self, name):
        self._name = name

    def name(self):
        return self._name


class FakeTensor:
    """The attributes tensor_repr reads from a chainrule Tensor."""

    def __init__(self, data, grad_fn=None, requires_grad=False, tangent=None, device="cpu"):
        self._data = data
        self.dtype = FakeDtype(str(data.dtype))
        self.grad_fn = None if grad_fn is None else FakeNode(grad_fn)
        self.requires_grad = requires_grad
        self.device = FakeDevice(device, None if device == "cpu" else 0)
        self._fw_tangent = tangent


def _array(fields):
    """Rebuild the recorded NumPy array from its compressed bytes."""
    raw = zlib.decompress(base64.b64decode(fields["data"]))
    return np.frombuffer(raw, dtype=fields["dtype"]).reshape(fields["shape"])


def _tensor(case):
    """Rebuild the recorded tensor as a FakeTensor."""
    tangent = case["tangent"] and FakeTensor(_array(case["tangent"]))
    return FakeTensor(_array(case), case["grad_fn"], case["requires_grad"], tangent)


@pytest.fixture
def default_dtype(monkeypatch):
    """Let a case switch the default float dtype through the module's fallback setting."""

    def use(name):
        monkeypatch.setattr(_tensor_str, "_default_dtype_name", lambda: name)

    return use


def _case_id(case):
    options = case["options"] or {}
    extra = [f"{k}={v}" for k, v in options.items()]
    if case["default_dtype"]:
        extra.append(f"default={case['default_dtype']}")
    return case["expr"] + (f"[{','.join(extra)}]" if extra else "")


@pytest.mark.parametrize("case", CASES, ids=[_case_id(case) for case in CASES])
def test_repr_matches_torch(case, default_dtype):
    default_dtype(case["default_dtype"] or "float32")
    tensor = _tensor(case)
    with printoptions(**(case["options"] or {})):
        assert tensor_repr(tensor) == case["repr"]
    assert get_printoptions() == DEFAULT_OPTIONS


def test_repr_fixture_covers_every_dtype():
    dtypes = {case["dtype"] for case in CASES}
    assert dtypes >= ALL_DTYPES
    assert len(CASES) >= 120


def test_repr_device_suffix():
    t = FakeTensor(np.array([1.0, 2.0], dtype=np.float32), device="cuda")
    assert tensor_repr(t) == "tensor([1., 2.], device='cuda:0')"
    t = FakeTensor(np.array([1.0, 2.0]), requires_grad=True, device="cuda")
    assert tensor_repr(t) == (
        "tensor([1., 2.], device='cuda:0', dtype=torch.float64, requires_grad=True)"
    )


def test_repr_tensor_contents_replaces_values():
    t = FakeTensor(np.array([1.0, 2.0], dtype=np.float32), grad_fn="MulBackward0")
    assert tensor_repr(t, tensor_contents="[...]") == "tensor([...], grad_fn=<MulBackward0>)"


def test_printoptions_profiles_round_trip():
    default = get_printoptions()
    assert default == DEFAULT_OPTIONS
    try:
        set_printoptions(profile="short")
        assert get_printoptions() == dict(default, precision=2, edgeitems=2)
        set_printoptions(profile="full", sci_mode=True)
        assert get_printoptions() == dict(default, threshold=math.inf, sci_mode=True)
        set_printoptions(linewidth=120)  # sci_mode is reset, as torch does
        assert get_printoptions() == dict(default, threshold=math.inf, linewidth=120)
        set_printoptions(profile="default", precision=6)
        assert get_printoptions() == dict(default, precision=6)
        set_printoptions(**default)
        assert get_printoptions() == default
    finally:
        set_printoptions(profile="default")


def test_printoptions_context_restores_on_error():
    with pytest.raises(ValueError), printoptions(precision=1, threshold=5, sci_mode=False):
        assert get_printoptions()["precision"] == 1
        raise ValueError
    assert get_printoptions()["precision"] == 4
    assert get_printoptions()["sci_mode"] is None


def test_repr_of_non_contiguous_data_matches_contiguous():
    data = (np.arange(24, dtype=np.float32).reshape(2, 3, 4) / 7).transpose(2, 0, 1)
    expected = tensor_repr(FakeTensor(np.ascontiguousarray(data)))
    assert tensor_repr(FakeTensor(data)) == expected
    assert tensor_repr(FakeTensor(data[::2, :, ::-1])) == tensor_repr(
        FakeTensor(np.ascontiguousarray(data[::2, :, ::-1]))
    )
