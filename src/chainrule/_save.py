"""chainrule.save / chainrule.load: checkpoints as a zip of .npy arrays plus a JSON manifest.

The format (version 1) is a ZIP archive holding:

* ``manifest.json``: ``{"format": "chainrule", "version": 1, "root": <node>}``, where a node is
  a JSON number, string, bool or null, or one object with a single tag:
  ``{"tensor": i, "requires_grad": b, "parameter": b}``, ``{"ndarray": i}``,
  ``{"dict": [[key, value], ...]}`` (keys are nodes too, so int keys survive; ``"odict"`` for
  an OrderedDict, so a loaded state dict prints as torch's),
  ``{"list": [...]}``, ``{"tuple": [...]}``, ``{"float": "nan" | "inf" | "-inf"}`` or
  ``{"dtype": "float32"}``;
* ``arrays/<i>.npy``: array ``i`` in NumPy's .npy format, read with ``allow_pickle=False``;
* ``objects/<k>.pkl``: other objects (a whole model, an optimizer), as the node
  ``{"pickled": k, "global": "<module.Class>"}``. They are pickled with their tensors taken out
  into ``arrays/`` (persistent ids), and unpickled only by ``load(..., weights_only=False)``:
  with torch's default ``weights_only=True`` loading raises torch's UnpicklingError, so loading
  an untrusted file cannot run code unless the caller asks for it, as in torch.

A file that is not in this format raises ``RuntimeError`` naming what is wrong. A tensor stored
twice (a shared weight) is written once and loaded as one tensor.
"""

import io
import json
import math
import pickle
import zipfile
from collections import OrderedDict

import numpy as np

from . import _dtype
from ._tensor import Size, Tensor

FORMAT, VERSION = "chainrule", 1
_MAX_DEPTH = 200


def save(obj, f, pickle_module=None, pickle_protocol=None, _use_new_zipfile_serialization=True):
    """Write tensors, Parameters and nested dicts/lists/tuples of them (state dicts) to ``f``;
    other objects (a whole model) are pickled, with their tensors stored as arrays.

    ``f`` is a path or a binary file object.
    """
    arrays, index, objects = [], {}, []
    root = _encode(obj, arrays, index, 0, objects)
    with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_STORED) as zf:
        manifest = {"format": FORMAT, "version": VERSION, "root": root}
        zf.writestr("manifest.json", json.dumps(manifest))
        for i, arr in enumerate(arrays):
            buf = io.BytesIO()
            np.save(buf, arr, allow_pickle=False)
            zf.writestr(f"arrays/{i}.npy", buf.getvalue())
        for k, data in enumerate(objects):
            zf.writestr(f"objects/{k}.pkl", data)


class _TensorsOut(pickle.Pickler):
    """Pickle an object with its tensors stored as checkpoint arrays (persistent ids)."""

    def __init__(self, file, arrays, index, objects):
        super().__init__(file, protocol=4)
        self.arrays, self.index, self.objects = arrays, index, objects

    def persistent_id(self, obj):
        if isinstance(obj, Tensor):
            return json.dumps(_encode(obj, self.arrays, self.index, 0, self.objects))
        return None


def _pickled(obj, arrays, index, objects):
    """Store ``obj`` as a pickle member; the node names its class as torch's error would."""
    buf = io.BytesIO()
    _TensorsOut(buf, arrays, index, objects).dump(obj)  # pickle's own errors, as torch.save's
    objects.append(buf.getvalue())
    cls = type(obj)
    module = cls.__module__
    if module == FORMAT or module.startswith(FORMAT + "."):
        module = "torch" + module[len(FORMAT):]  # torch's name for the class in its message
    return {"pickled": len(objects) - 1, "global": f"{module}.{cls.__qualname__}"}


def _encode(obj, arrays, index, depth, objects):
    if depth > _MAX_DEPTH:
        raise ValueError("chainrule.save: object nested too deeply")
    if obj is None or isinstance(obj, (bool, str)):
        return obj
    if isinstance(obj, int):
        return int(obj)
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else {"float": repr(obj)}
    if isinstance(obj, Tensor):
        from .nn.parameter import Parameter
        key = id(obj)
        if key not in index:
            index[key] = len(arrays)
            arrays.append(obj.detach().numpy(force=True))
        return {"tensor": index[key], "requires_grad": obj.requires_grad,
                "parameter": isinstance(obj, Parameter)}
    if isinstance(obj, np.ndarray):
        if obj.dtype.kind not in "biufc":
            raise TypeError(f"chainrule.save: cannot store arrays of dtype {obj.dtype}")
        arrays.append(obj)
        return {"ndarray": len(arrays) - 1}
    if isinstance(obj, np.generic):
        return _encode(obj.item(), arrays, index, depth, objects)
    if isinstance(obj, _dtype.dtype):
        return {"dtype": obj.name}
    if isinstance(obj, dict):
        tag = "odict" if isinstance(obj, OrderedDict) else "dict"
        return {tag: [[_encode(k, arrays, index, depth + 1, objects),
                       _encode(v, arrays, index, depth + 1, objects)] for k, v in obj.items()]}
    if isinstance(obj, Size):
        return {"size": list(obj)}
    if isinstance(obj, (list, tuple)):
        tag = "list" if isinstance(obj, list) else "tuple"
        return {tag: [_encode(v, arrays, index, depth + 1, objects) for v in obj]}
    return _pickled(obj, arrays, index, objects)


def load(f, map_location=None, pickle_module=None, *, weights_only=True, mmap=None,
         **pickle_load_args):
    """Read an object written by ``chainrule.save`` from a path or binary file object.

    Raises:
        RuntimeError: the file is not a chainrule checkpoint or is corrupt.
    """
    try:
        zf = zipfile.ZipFile(f, "r")
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        if isinstance(exc, FileNotFoundError):
            raise
        raise RuntimeError(
            f"chainrule.load: {_name(f)} is not a chainrule checkpoint (not a zip archive); "
            "files written by torch.save cannot be read") from None
    with zf:
        try:
            manifest = json.loads(zf.read("manifest.json"))
        except KeyError:
            raise RuntimeError(
                f"chainrule.load: {_name(f)} has no manifest.json; not a chainrule "
                "checkpoint") from None
        except (ValueError, RecursionError, zipfile.BadZipFile) as exc:
            raise RuntimeError(f"chainrule.load: corrupt manifest in {_name(f)}: {exc}") from None
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise RuntimeError(f"chainrule.load: {_name(f)} is not a chainrule checkpoint")
        if manifest.get("version") != VERSION:
            raise RuntimeError(
                f"chainrule.load: unsupported checkpoint version {manifest.get('version')!r} "
                f"(this chainrule reads version {VERSION})")
        reader = _Reader(zf, _name(f), weights_only)
        return reader.decode(manifest.get("root"), 0)


class _Reader:
    """Decode manifest nodes, reading each array once and checking every reference."""

    def __init__(self, zf, name, weights_only=True):
        self.zf = zf
        self.name = name
        self.weights_only = weights_only
        self.arrays = {}
        self.tensors = {}

    def fail(self, what):
        raise RuntimeError(f"chainrule.load: corrupt checkpoint {self.name}: {what}")

    def array(self, i):
        if not isinstance(i, int) or isinstance(i, bool) or i < 0:
            self.fail(f"bad array reference {i!r}")
        if i not in self.arrays:
            try:
                data = self.zf.read(f"arrays/{i}.npy")
            except KeyError:
                self.fail(f"missing arrays/{i}.npy")
            except zipfile.BadZipFile as exc:
                self.fail(str(exc))
            try:
                arr = np.load(io.BytesIO(data), allow_pickle=False)
            except ValueError as exc:
                self.fail(f"arrays/{i}.npy: {exc}")
            if arr.dtype.kind not in "biufc" or arr.dtype.byteorder == ">":
                self.fail(f"arrays/{i}.npy has unsupported dtype {arr.dtype}")
            self.arrays[i] = arr
        return self.arrays[i]

    def decode(self, node, depth):
        if depth > _MAX_DEPTH:
            self.fail("nesting too deep")
        if node is None or isinstance(node, (bool, int, float, str)):
            return node
        if isinstance(node, dict) and len(node) >= 1:
            if "tensor" in node:
                return self.tensor(node)
            if "pickled" in node:
                return self.unpickle(node)
            if len(node) == 1:
                (tag, value), = node.items()
                return self.tagged(tag, value, depth)
        self.fail(f"unknown node {str(node)[:60]}")

    def tagged(self, tag, value, depth):
        if tag == "ndarray":
            return self.array(value).copy()
        if tag in ("list", "tuple") and isinstance(value, list):
            items = [self.decode(v, depth + 1) for v in value]
            return items if tag == "list" else tuple(items)
        if tag in ("dict", "odict") and isinstance(value, list):
            out = {} if tag == "dict" else OrderedDict()
            for pair in value:
                if not isinstance(pair, list) or len(pair) != 2:
                    self.fail("dict entries must be [key, value] pairs")
                key = self.decode(pair[0], depth + 1)
                try:
                    out[key] = self.decode(pair[1], depth + 1)
                except TypeError:
                    self.fail(f"unhashable dict key {key!r}")
            return out
        if tag == "size" and isinstance(value, list) and all(type(v) is int for v in value):
            return Size(value)
        if tag == "float" and value in ("nan", "inf", "-inf"):
            return float(value)
        if tag == "dtype" and isinstance(value, str):
            dt = getattr(_dtype, "bool_" if value == "bool" else value, None)
            if not isinstance(dt, _dtype.dtype):
                self.fail(f"unknown dtype {value!r}")
            return dt
        self.fail(f"unknown tag {tag!r}")

    def unpickle(self, node):
        """A pickled object: refused under weights_only, as torch refuses it."""
        if self.weights_only:
            raise pickle.UnpicklingError(_WEIGHTS_ONLY.format(name=node.get("global")))
        k = node["pickled"]
        try:
            data = self.zf.read(f"objects/{k}.pkl")
        except KeyError:
            self.fail(f"missing objects/{k}.pkl")
        unpickler = pickle.Unpickler(io.BytesIO(data))
        unpickler.persistent_load = lambda pid: self.decode(json.loads(pid), 0)
        return unpickler.load()

    def tensor(self, node):
        i = node["tensor"]
        if i in self.tensors:
            return self.tensors[i]
        t = Tensor._make(self.array(i).copy())
        if node.get("parameter"):
            from .nn.parameter import Parameter
            t = Parameter(t, bool(node.get("requires_grad", True)))
        elif node.get("requires_grad"):
            if t._data.dtype.kind not in "fc":
                self.fail("requires_grad on a non-floating tensor")
            t._rg = True
        self.tensors[i] = t
        return t


_WEIGHTS_ONLY = (
    "Weights only load failed. This file can still be loaded, to do so you have two options, "
    "\x1b[1mdo those steps only if you trust the source of the checkpoint\x1b[0m. \n\t(1) In "
    "PyTorch 2.6, we changed the default value of the `weights_only` argument in `torch.load` "
    "from `False` to `True`. Re-running `torch.load` with `weights_only` set to `False` will "
    "likely succeed, but it can result in arbitrary code execution. Do it only if you got the "
    "file from a trusted source.\n\t(2) Alternatively, to load with `weights_only=True` please "
    "check the recommended steps in the following error message.\n\tWeightsUnpickler error: "
    "Unsupported global: GLOBAL {name} was not an allowed global by default. Please use "
    "`torch.serialization.add_safe_globals([{name}])` or the "
    "`torch.serialization.safe_globals([{name}])` context manager to allowlist this global if "
    "you trust this class/function.\n\nCheck the documentation of torch.load to learn more "
    "about types accepted by default with weights_only "
    "https://pytorch.org/docs/stable/generated/torch.load.html.")


def _name(f):
    return repr(f) if isinstance(f, str) else type(f).__name__
