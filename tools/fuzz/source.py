"""Render a fuzz program as the torch code it stands for, and a mismatch as a pytest test."""

import json

_SYMBOL = {"add": "+", "sub": "-", "mul": "*", "truediv": "/", "pow": "**", "matmul": "@",
           "gt": ">", "lt": "<", "eq": "==", "ge": ">=", "and": "&", "iadd": "+=",
           "isub": "-=", "imul": "*=", "itruediv": "/="}


def _arg(a, in_index=False):
    if isinstance(a, list):
        return "[" + ", ".join(_arg(x) for x in a) + "]"
    if not isinstance(a, dict):
        return repr(a)
    if "t" in a:
        return f"v{a['t']}" + (f"[{a['k']}]" if "k" in a else "")
    if "dtype" in a:
        return f"torch.{a['dtype']}"
    if "slice" in a:
        parts = ["" if x is None else str(x) for x in a["slice"]]
        text = ":".join(parts[:2]) + (f":{parts[2]}" if parts[2] else "")
        return text if in_index else f"slice({', '.join(map(repr, a['slice']))})"
    if "ellipsis" in a:
        return "..."
    items = [_arg(x, in_index) for x in a["tuple"]]
    if in_index:
        return ", ".join(items) + ("," if len(items) == 1 else "")
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def _call(args, kw):
    parts = [_arg(a) for a in args] + [f"{k}={_arg(v)}" for k, v in kw.items()]
    return ", ".join(parts)


def line(i, s):
    """One step as a line of torch code assigning slot ``v<i>``."""
    k, args, kw = s["k"], s.get("args", []), s.get("kw", {})
    if k == "tensor":
        text = f"torch.tensor({s['data']!r}, dtype=torch.{s['dtype']}).reshape({s['shape']})"
        text += ".requires_grad_()" if s.get("rg") else ""
    elif k == "fn":
        text = f"torch.{s['name']}({_call(args, kw)})"
    elif k == "method":
        text = f"{_arg(args[0])}.{s['name']}({_call(args[1:], kw)})"
    elif k == "op" and len(args) == 1:
        text = f"-{_arg(args[0])}"
    elif k == "op" and s["name"].startswith("i"):
        text = f"{_arg(args[0])}; v{i} {_SYMBOL[s['name']]} {_arg(args[1])}"
    elif k == "op":
        text = f"{_arg(args[0])} {_SYMBOL[s['name']]} {_arg(args[1])}"
    elif k == "getitem":
        text = f"{_arg(args[0])}[{_arg(args[1], True) or '()'}]"
    elif k == "setitem":
        text = f"{_arg(args[0])}; v{i}[{_arg(args[1], True) or '()'}] = {_arg(args[2])}"
    elif k == "inv":
        text = f"INVARIANTS[{s['name']!r}](torch, {_call(args, kw)})"
    else:
        text = f"{_arg(args[0])}.{s['name']}"
    if s.get("nograd"):
        return f"with torch.no_grad():\n    v{i} = {text}"
    return f"v{i} = {text}"


def source(program):
    """The whole program as torch code."""
    return "\n".join(line(i, s) for i, s in enumerate(program["steps"]))


def pytest_case(name, diff, program, expected):
    """A ready-to-paste regression test for tests/fuzz/test_regressions.py (imports json)."""
    code = "\n".join("    # " + ln for ln in source(program).split("\n"))
    text = (f"def test_{name}():\n"
            f"    \"\"\"Fuzz: {diff[:80]}.\"\"\"\n"
            f"{code}\n"
            f"    program = json.loads({json.dumps(program)!r})\n"
            f"    expected = json.loads({json.dumps(expected)!r})\n"
            f"    assert_matches_torch(program, expected)\n")
    return "\n".join(ln + "  # noqa: E501" if len(ln) > 100 else ln for ln in text.split("\n"))

