"""Shrink a mismatching program to a minimal one that still shows the same difference."""


def _refs(a):
    if isinstance(a, list):
        for x in a:
            yield from _refs(x)
    elif isinstance(a, dict):
        if "t" in a:
            yield a["t"]
        for x in a.get("tuple", ()):
            yield from _refs(x)


def _renumber(a, gone):
    if isinstance(a, list):
        return [_renumber(x, gone) for x in a]
    if isinstance(a, dict):
        if "t" in a:
            return {**a, "t": a["t"] - (a["t"] > gone)}
        if "tuple" in a:
            return {"tuple": _renumber(a["tuple"], gone)}
    return a


def without(program, i):
    """``program`` without step ``i``, or None when a later step uses its slot."""
    steps = program["steps"]
    later = steps[i + 1:]
    for s in later:
        if i in _refs(s.get("args", [])) or i in _refs(list(s.get("kw", {}).values())):
            return None
    out = []
    for s in later:
        s = dict(s)
        if "args" in s:
            s["args"] = _renumber(s["args"], i)
        if "kw" in s:
            s["kw"] = {k: _renumber(v, i) for k, v in s["kw"].items()}
        out.append(s)
    return {"steps": steps[:i] + out}


def _smaller_steps(program):
    steps = program["steps"]
    for i in range(len(steps) - 1, -1, -1):
        yield {"steps": steps[:i]}
    for i in range(len(steps) - 1, -1, -1):
        yield without(program, i)
    for i, s in enumerate(steps):
        if s.get("nograd"):
            yield {"steps": steps[:i] + [{k: v for k, v in s.items() if k != "nograd"}]
                   + steps[i + 1:]}
        if s["k"] == "tensor" and s.get("rg"):
            yield {"steps": steps[:i] + [{k: v for k, v in s.items() if k != "rg"}]
                   + steps[i + 1:]}


def shrink(program, still_fails):
    """Greedily drop steps (and flags) while ``still_fails(program)`` holds."""
    improved = True
    while improved:
        improved = False
        for cand in _smaller_steps(program):
            if cand is not None and cand["steps"] and still_fails(cand):
                program, improved = cand, True
                break
    return program
