"""Run a fuzz program on a torch-like namespace; one interpreter serves chainrule and torch.

A program is a list of JSON steps; step ``i`` stores its result in slot ``i``. Arguments are
literals or encoded values: ``{"t": i}`` (slot), ``{"t": i, "k": n}`` (element of a tuple
slot), ``{"dtype": name}``, ``{"slice": [a, b, c]}``, ``{"ellipsis": 1}``, ``{"tuple": [...]}``.
Step kinds: ``tensor`` (flat ``data`` reshaped to ``shape``), ``fn`` (``ns.<dotted name>``),
``method``, ``op`` (operator module), ``getitem``, ``setitem``, ``attr``, ``inv`` (a
decomposition reduced to its sign/rotation-invariant quantities, see ``INVARIANTS``);
``"nograd": true`` runs a step under ``no_grad``.
"""

import operator

OPERATORS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul,
             "truediv": operator.truediv, "pow": operator.pow, "matmul": operator.matmul,
             "neg": operator.neg, "gt": operator.gt, "lt": operator.lt, "eq": operator.eq,
             "ge": operator.ge, "and": operator.and_, "iadd": operator.iadd,
             "isub": operator.isub, "imul": operator.imul, "itruediv": operator.itruediv}


def _qr(ns, a, **kw):
    q, r = ns.linalg.qr(a, **kw)
    return q @ r, q @ q.mT


def _svd(ns, a, **kw):
    u, s, vh = ns.linalg.svd(a, **kw)
    k = s.shape[-1]
    u, vh = u[..., :k], vh[..., :k, :]
    return s, (u * s.unsqueeze(-2)) @ vh, u @ u.mT, vh.mT @ vh


def _eigh(ns, a, **kw):
    lam, v = ns.linalg.eigh(a, **kw)
    return lam, (v * lam.unsqueeze(-2)) @ v.mT


# Decompositions whose factors are unique only up to signs/rotations: compare what is unique.
INVARIANTS = {"qr": _qr, "svd": _svd, "eigh": _eigh}


def weights(n):
    """Return ``n`` fixed, varied upstream-gradient values (exactly representable in float32)."""
    return [((i * 7919) % 13 - 6) / 4 for i in range(n)]


class Machine:
    """Execute steps one at a time against ``ns`` and keep every slot."""

    def __init__(self, ns):
        self.ns = ns
        self.slots = []

    def decode(self, a):
        """Turn an encoded argument into the value it stands for (slots, dtypes, slices)."""
        if isinstance(a, list):
            return [self.decode(x) for x in a]
        if not isinstance(a, dict):
            return a
        if "t" in a:
            v = self.slots[a["t"]]
            return v[a["k"]] if "k" in a else v
        if "dtype" in a:
            return getattr(self.ns, a["dtype"])
        if "slice" in a:
            return slice(*a["slice"])
        if "ellipsis" in a:
            return Ellipsis
        return tuple(self.decode(x) for x in a["tuple"])

    def step(self, s):
        """Run step ``s``, store its result in a new slot and return that result."""
        ns = self.ns
        if s.get("nograd"):
            with ns.no_grad():
                out = self._run(s)
        else:
            out = self._run(s)
        self.slots.append(out)
        return out

    def _run(self, s):
        ns, kind = self.ns, s["k"]
        if kind == "tensor":
            t = ns.tensor(s["data"], dtype=getattr(ns, s["dtype"])).reshape(s["shape"]).clone()
            return t.requires_grad_() if s.get("rg") else t
        args = self.decode(s.get("args", []))
        kw = {k: self.decode(v) for k, v in s.get("kw", {}).items()}
        if kind == "fn":
            fn = ns
            for part in s["name"].split("."):  # "nn.functional.gelu"
                fn = getattr(fn, part)
            return fn(*args, **kw)
        if kind == "method":
            return getattr(args[0], s["name"])(*args[1:], **kw)
        if kind == "op":
            return OPERATORS[s["name"]](*args)
        if kind == "getitem":
            return args[0][args[1]]
        if kind == "setitem":
            args[0][args[1]] = args[2]
            return args[0]
        if kind == "attr":
            return getattr(args[0], s["name"])
        if kind == "inv":
            return INVARIANTS[s["name"]](ns, *args, **kw)
        raise ValueError(f"unknown step kind {kind!r}")


def error_of(exc):
    """Summarise an exception as its type name and the first line of its message."""
    text = str(exc).strip().split("\n")[0]
    return [type(exc).__name__, text]


def _fn_name(t):
    fn = t.grad_fn
    return None if fn is None else type(fn).__name__


def summary(v):
    """Describe a step result as plain data: tensors by shape, dtype, values and graph facts."""
    if isinstance(v, (tuple, list)):
        return {"seq": [summary(x) for x in v]}
    if not hasattr(v, "grad_fn"):
        return {"py": repr(v)}
    return {"shape": list(v.shape), "dtype": str(v.dtype), "value": values(v),
            "rg": v.requires_grad, "fn": _fn_name(v), "leaf": v.is_leaf}


def values(t):
    """``t.tolist()``, also for torch's storage-less zero tensors (efficient zeros)."""
    if getattr(t, "_is_zerotensor", lambda: False)():
        return t.new_zeros(t.shape).tolist()
    return t.detach().tolist()


def _grads(ns, gs):
    return [None if g is None else {"dtype": str(g.dtype), "shape": list(g.shape),
                                    "value": values(g)} for g in gs]


def _weighted(ns, t):
    """``(t * w).sum()`` with fixed varied weights, so gradients are not all ones."""
    w = ns.tensor(weights(t.numel()), dtype=t.dtype).reshape(t.shape)
    return (t * w).sum()


def run(program, ns):
    """Run ``program`` on ``ns`` and return the JSON-serialisable record of everything seen."""
    m = Machine(ns)
    record = {"steps": []}
    for s in program["steps"]:
        try:
            record["steps"].append(summary(m.step(s)))
        except Exception as exc:  # noqa: BLE001  (the error itself is the observation)
            record["error"] = error_of(exc)
            return record
    tensors = [v for v in m.slots if hasattr(v, "grad_fn")]
    try:
        record["final"] = [values(v) for v in tensors]
    except Exception as exc:  # noqa: BLE001
        record["final_error"] = error_of(exc)
        return record
    leaves = [t for t in tensors if t.requires_grad and t.is_leaf]
    outs = []
    for t in reversed(tensors):
        if t.requires_grad and not t.is_leaf and all(t is not o for o in outs):
            outs.append(t)
    outs = outs[:3] or [t for t in leaves[-1:]]
    if not leaves:
        return record
    try:
        loss = sum(_weighted(ns, t) for t in outs)
        gs = ns.autograd.grad(loss, leaves, create_graph=True, retain_graph=True,
                              allow_unused=True)
        record["grad"] = _grads(ns, gs)
        second = [_weighted(ns, g) for g in gs if g is not None and g.requires_grad]
        if second:
            g2 = ns.autograd.grad(sum(second), leaves, retain_graph=True, allow_unused=True)
            record["grad2"] = _grads(ns, g2)
        loss.backward()
        record["backward"] = _grads(ns, [t.grad for t in leaves])
    except Exception as exc:  # noqa: BLE001
        record["grad_error"] = error_of(exc)
    return record
