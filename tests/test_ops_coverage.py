"""Every public op (chainrule.*, chainrule.linalg.*, op methods of Tensor) has an op_db record."""

import importlib
import pkgutil

from op_db import OPS, resolve

import chainrule
from chainrule import _ops


def _op_modules():
    """Every public family module of the op table."""
    return [importlib.import_module(f"chainrule._ops.{m.name}")
            for m in pkgutil.iter_modules(_ops.__path__) if not m.name.startswith("_")]


def _is_op(obj):
    """True for callables defined in the op table."""
    return callable(obj) and getattr(obj, "__module__", "").startswith("chainrule._ops")


def _public_ops():
    """Public names bound to functions defined in the op table, with their objects."""
    found = {}
    for prefix, space in [("", chainrule), ("linalg.", getattr(chainrule, "linalg", None))]:
        for name in dir(space) if space is not None else ():
            obj = getattr(space, name)
            if not name.startswith("_") and _is_op(obj):
                found[prefix + name] = obj
    for module in _op_modules():
        for name in (*getattr(module, "METHODS", ()), *getattr(module, "METHOD_ALIASES", ())):
            found["Tensor." + name] = getattr(chainrule.Tensor, name)
    return found


def test_every_public_op_is_in_op_db():
    covered_names = {spec.name.split("[")[0] for spec in OPS}  # "einsum[ij,jk->ik]" is einsum
    covered_objects = set()
    for name in covered_names:
        if not name.startswith("Tensor."):
            try:
                covered_objects.add(resolve(chainrule, name))
            except AttributeError:
                pass
    missing = []
    for name, obj in _public_ops().items():
        if name in covered_names or obj in covered_objects:
            continue
        if name.startswith("Tensor.") and name[7:] in covered_names:
            continue
        missing.append(name)
    assert not missing, f"public ops without an op_db record: {', '.join(sorted(missing))}"


def test_op_db_names_resolve():
    for spec in OPS:
        spec.make_samples()
        if spec.fn is None:
            assert resolve(chainrule, spec.name) is not None


def test_op_db_node_names_were_seen_in_torch():
    """Each record's documented grad_fn is one torch 2.13 produced for one of its samples."""
    import json
    import pathlib
    recorded = json.loads((pathlib.Path(__file__).parent / "fixtures" /
                           "ops_torch.json").read_text())
    wrong = []
    for spec in OPS:
        seen = {n for s in spec.make_samples() for d in spec.dtypes
                for n in recorded[f"{spec.name}|{s.name}|{d}"]["grad_fns"]}
        if spec.node is not None and spec.node not in seen or spec.node is None and seen - {None}:
            wrong.append(f"{spec.name}: {spec.node} not in {sorted(map(str, seen))}")
    assert not wrong, "\n".join(wrong)
