"""chainrule.save/load: round trips of state dicts, sharing, and clear errors on bad files."""

import io
import json
import pickle
import zipfile

import numpy as np
import pytest

import chainrule as torch
import chainrule.nn as nn


def _roundtrip(obj):
    buf = io.BytesIO()
    torch.save(obj, buf)
    buf.seek(0)
    return torch.load(buf)


def test_model_and_optimizer_state_roundtrip(tmp_path):
    model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    model(torch.ones(3, 2)).sum().backward()
    opt.step()
    path = tmp_path / "ckpt.pt"
    torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "epoch": 3}, str(path))
    ckpt = torch.load(str(path))
    clone = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
    clone.load_state_dict(ckpt["model"])
    for a, b in zip(model.parameters(), clone.parameters()):
        np.testing.assert_array_equal(a.detach().numpy(), b.detach().numpy())
    opt2 = torch.optim.Adam(clone.parameters(), lr=0.5)
    opt2.load_state_dict(ckpt["opt"])
    assert opt2.param_groups[0]["lr"] == 0.01 and opt2.param_groups[0]["betas"] == (0.9, 0.999)
    assert float(opt2.state[clone[0].weight]["step"]) == 1.0
    assert ckpt["epoch"] == 3


def test_values_types_and_sharing_survive():
    p = nn.Parameter(torch.tensor([1.0, 2.0]))
    t = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32).t()
    obj = {1: [p, p, t], "f": (float("inf"), float("nan"), None, True, "s"),
           "dt": torch.float64, "g": torch.tensor(2.0, requires_grad=True),
           "scalar": torch.tensor(3)}
    out = _roundtrip(obj)
    assert out[1][0] is out[1][1] and isinstance(out[1][0], nn.Parameter)
    assert out[1][2].dtype == torch.int32 and out[1][2].tolist() == [[1, 3], [2, 4]]
    assert out["f"][0] == float("inf") and out["f"][1] != out["f"][1]
    assert out["f"][2:] == (None, True, "s") and out["dt"] is torch.float64
    assert out["g"].requires_grad and out["g"].is_leaf and out["g"].shape == torch.Size([])
    assert out["scalar"].shape == torch.Size([]) and out["scalar"].item() == 3


_WITH_LAMBDA = {"f": lambda: 0}  # a module-level lambda: pickle cannot look it up by name


def test_unpicklable_objects_raise_pickles_errors():
    # torch.save pickles and raises pickle's own errors (recorded from torch 2.13)
    with pytest.raises(pickle.PicklingError, match="Can't pickle <function <lambda> at 0x"):
        torch.save(_WITH_LAMBDA, io.BytesIO())

    def inner():
        pass
    with pytest.raises(AttributeError, match="Can't pickle local object"):
        torch.save(inner, io.BytesIO())


class _Holder:
    """A user object kept in a checkpoint next to tensors."""

    def __init__(self, weight):
        self.weight, self.tag = weight, "holder"


def test_whole_models_load_only_with_weights_only_false():
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(3, 2), torch.nn.ReLU())
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    buf = io.BytesIO()
    torch.save({"model": model, "opt": opt, "holder": _Holder(model[0].weight),
                "shape": model[0].weight.shape}, buf)
    buf.seek(0)
    with pytest.raises(pickle.UnpicklingError, match=r"GLOBAL torch\.nn\.modules\.container"
                       r"\.Sequential was not an allowed global by default"):
        torch.load(buf)
    buf.seek(0)
    got = torch.load(buf, weights_only=False)
    x = torch.ones(1, 3)
    assert torch.equal(got["model"](x), model(x))
    weight = got["model"][0].weight
    assert type(weight) is torch.nn.Parameter and weight is not model[0].weight
    assert got["holder"].weight is weight  # one tensor, stored once, loaded once
    assert got["opt"].param_groups[0]["params"][0] is weight
    assert type(got["shape"]) is torch.Size and got["shape"] == (2, 3)


def _crafted(manifest, arrays=()):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        if manifest is not None:
            zf.writestr("manifest.json", manifest if isinstance(manifest, str) else
                        json.dumps(manifest))
        for name, data in arrays:
            zf.writestr(name, data)
    buf.seek(0)
    return buf


def _npy(arr, allow_pickle=False):
    b = io.BytesIO()
    np.save(b, arr, allow_pickle=allow_pickle)
    return b.getvalue()


@pytest.mark.parametrize("make, message", [
    (lambda: io.BytesIO(b"\x80\x02not a zip"), "not a chainrule checkpoint (not a zip archive)"),
    (lambda: _crafted(None), "has no manifest.json"),
    (lambda: _crafted("{bad json"), "corrupt manifest"),
    (lambda: _crafted({"format": "other", "version": 1, "root": None}),
     "is not a chainrule checkpoint"),
    (lambda: _crafted({"format": "chainrule", "version": 9, "root": None}),
     "unsupported checkpoint version 9"),
    (lambda: _crafted({"format": "chainrule", "version": 1, "root": {"tensor": 0}}),
     "missing arrays/0.npy"),
    (lambda: _crafted({"format": "chainrule", "version": 1, "root": {"tensor": -1}}),
     "bad array reference -1"),
    (lambda: _crafted({"format": "chainrule", "version": 1, "root": {"eval": "x"}}),
     "unknown tag 'eval'"),
    (lambda: _crafted({"format": "chainrule", "version": 1, "root": {"ndarray": 0}},
                      [("arrays/0.npy", _npy(np.array([object()]), allow_pickle=True))]),
     "arrays/0.npy"),
    (lambda: _crafted({"format": "chainrule", "version": 1, "root": {"ndarray": 0}},
                      [("arrays/0.npy", b"\x93NUMPY garbage")]), "arrays/0.npy"),
    (lambda: _crafted({"format": "chainrule", "version": 1,
                       "root": json.loads("[" * 0 + "null")}), None),
])
def test_corrupt_or_crafted_files_raise_clear_errors(make, message):
    if message is None:
        assert torch.load(make()) is None
        return
    with pytest.raises(RuntimeError, match="chainrule.load: ") as exc:
        torch.load(make())
    assert message in str(exc.value)


@pytest.mark.parametrize("depth, message", [(300, "nesting too deep"),
                                             (100_000, "corrupt manifest")])
def test_deeply_nested_manifest_is_refused(depth, message):
    root = '{"list": [' * depth + "null" + "]}" * depth
    text = '{"format": "chainrule", "version": 1, "root": ' + root + "}"
    with pytest.raises(RuntimeError, match=message):
        torch.load(_crafted(text))
