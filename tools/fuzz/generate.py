"""Draw random fuzz programs: inputs of varied shapes and dtypes, then steps from an op table.

Each drawn step is run on chainrule at once, so later draws see real shapes and dtypes; a step
that raises ends the program (its error is then compared with torch's).
"""

import random

from .interp import Machine

FLOAT = ("float32", "float64")
UNARY = ("exp", "log", "sqrt", "sin", "cos", "tan", "tanh", "sigmoid", "relu", "abs", "neg",
         "reciprocal", "square", "sign")
BINARY = ("add", "sub", "mul", "truediv")
# Ops added after the core set; each is drawn only when the namespace has it.
UNARY_MORE = ("log1p", "expm1", "rsqrt", "floor", "ceil", "round", "trunc", "erf", "erfc", "exp2",
              "log2", "log10", "sinh", "cosh", "asinh", "atan", "asin", "acos", "atanh", "frac",
              "logit", "sinc", "deg2rad", "sgn", "nan_to_num", "nn.functional.gelu",
              "nn.functional.silu", "nn.functional.elu", "nn.functional.softplus",
              "nn.functional.leaky_relu", "nn.functional.hardtanh")
BINARY_MORE = ("atan2", "hypot", "logaddexp", "fmod", "remainder", "copysign", "xlogy")
DIM_MORE = ("logsumexp", "var", "std", "softmax", "log_softmax", "cumprod", "logcumsumexp",
            "cummax", "cummin", "sort", "topk", "kthvalue", "median", "flip", "roll", "diff",
            "var_mean", "std_mean", "aminmax")
INPLACE_UNARY = ("exp_", "sigmoid_", "relu_", "tanh_", "neg_", "sin_", "abs_", "square_")


class Gen:
    """One program being drawn; ``ns`` is chainrule, used to learn shapes as steps are added."""

    def __init__(self, seed, ns, max_steps=6):
        self.rng = random.Random(seed)
        self.ns = ns
        self.m = Machine(ns)
        self.steps = []
        self.max_steps = max_steps

    # --- bookkeeping --------------------------------------------------------------------
    def add(self, step):
        """Append ``step`` and run it on chainrule; return its slot reference."""
        self.steps.append(step)
        self.m.step(step)
        return {"t": len(self.steps) - 1}

    def tensors(self):
        """Every tensor result so far, with its slot reference (tuple elements included)."""
        out = []
        for i, v in enumerate(self.m.slots):
            if isinstance(v, tuple):
                out.extend(({"t": i, "k": k}, x) for k, x in enumerate(v)
                           if hasattr(x, "grad_fn"))
            elif hasattr(v, "grad_fn"):
                out.append(({"t": i}, v))
        return out

    def pick(self, pred=lambda t: True):
        """A random tensor slot satisfying ``pred``, biased to recent ones (deeper graphs)."""
        cands = [c for c in self.tensors() if pred(c[1])]
        if not cands:
            return None
        if self.rng.random() < 0.7:
            cands = cands[-3:]
        return self.rng.choice(cands)

    # --- values and shapes --------------------------------------------------------------
    def shape(self, ndim=None):
        """A random shape of 0-3 dims, sizes 1-4 and now and then 0."""
        r = self.rng
        ndim = r.choice((0, 1, 1, 2, 2, 2, 3, 3)) if ndim is None else ndim
        return [0 if r.random() < 0.04 else r.choice((1, 2, 3, 4)) for _ in range(ndim)]

    def dtype(self):
        return self.rng.choices(("float32", "float64", "int64", "bool"), (12, 6, 2, 1))[0]

    def values(self, n, dtype):
        """``n`` values; some float inputs are small integers so ties and kinks occur."""
        r = self.rng
        if dtype == "bool":
            return [r.random() < 0.5 for _ in range(n)]
        if dtype == "int64":
            return [r.randint(-3, 5) for _ in range(n)]
        if r.random() < 0.15:
            return [float(r.randint(-3, 3)) for _ in range(n)]
        return [round(r.uniform(-2.5, 2.5), 4) for _ in range(n)]

    def input(self, shape=None, dtype=None, rg=None):
        """Add a constant input step; most float inputs require grad."""
        shape = self.shape() if shape is None else list(shape)
        dtype = dtype or self.dtype()
        n = 1
        for d in shape:
            n *= d
        step = {"k": "tensor", "data": self.values(n, dtype), "dtype": dtype, "shape": shape}
        if dtype in FLOAT and (self.rng.random() < 0.75 if rg is None else rg):
            step["rg"] = True
        return self.add(step)

    def partner_shape(self, shape):
        """A shape that broadcasts with ``shape`` (dims kept, set to 1, dropped or added)."""
        r = self.rng
        out = [d if r.random() < 0.7 else 1 for d in shape]
        if out and r.random() < 0.3:
            out = out[r.randint(0, len(out)):]
        if len(out) < 3 and r.random() < 0.2:
            out = [r.choice((1, 2))] + out
        return out

    def dim(self, t):
        """A valid dim of ``t``, negative half of the time (0-d tensors accept 0 and -1)."""
        n = max(t.ndim, 1)
        return self.rng.randint(-n, n - 1)

    def other(self, t):
        """A second operand for ``t``: a Python scalar, an existing tensor or a new one."""
        r = self.rng
        u = r.random()
        if u < 0.3:
            return r.choice((2, -1, 0.5, 3.0, 1.5, True)) if r.random() < 0.1 else \
                r.choice((2, -1, 0.5, 3.0, 1.5))
        if u < 0.5:
            c = self.pick(lambda x: _broadcasts(x.shape, t.shape))
            if c is not None:
                return c[0]
        return self.input(self.partner_shape(list(t.shape)))

    # --- the op table -------------------------------------------------------------------
    def op_unary(self, x, t):
        name = self.rng.choice(UNARY)
        if self.rng.random() < 0.5:
            return {"k": "fn", "name": name, "args": [x]}
        return {"k": "method", "name": name, "args": [x]}

    def op_binary(self, x, t):
        r = self.rng
        name = r.choice(BINARY)
        y = self.other(t)
        form = r.random()
        if form < 0.5:
            args = [y, x] if r.random() < 0.3 else [x, y]
            return {"k": "op", "name": name, "args": args}
        fn = {"truediv": "div"}.get(name, name)
        kw = {"alpha": 2} if fn in ("add", "sub") and r.random() < 0.2 else {}
        if form < 0.75:
            return {"k": "fn", "name": fn, "args": [x, y], "kw": kw}
        return {"k": "method", "name": fn, "args": [x, y], "kw": kw}

    def op_pow(self, x, t):
        r = self.rng
        u = r.random()
        if u < 0.6:
            return {"k": "op", "name": "pow", "args": [x, r.choice((2, 3, 0.5, -1, 2.5, 0))]}
        if u < 0.8:
            return {"k": "op", "name": "pow", "args": [r.choice((2, 0.5, 3.0)), x]}
        return {"k": "fn", "name": "pow", "args": [x, self.other(t)]}

    def op_maxmin(self, x, t):
        r = self.rng
        c = self.pick(lambda u: _broadcasts(u.shape, t.shape) and u.dtype == t.dtype)
        y = c[0] if c and r.random() < 0.5 else self.input(self.partner_shape(list(t.shape)),
                                                          str(t.dtype)[6:])
        return {"k": "fn", "name": r.choice(("maximum", "minimum")), "args": [x, y]}

    def op_where(self, x, t):
        cond = self.add({"k": "op", "name": "gt", "args": [x, 0]})
        return {"k": "fn", "name": "where", "args": [cond, x, self.other(t)]}

    def op_clamp(self, x, t):
        r = self.rng
        lo, hi = r.choice(((-1, 1), (0, None), (None, 0.5), (-0.5, 2.0), (0.0, None)))
        if r.random() < 0.3:
            return {"k": "method", "name": "clamp", "args": [x], "kw": {"min": lo, "max": hi}}
        return {"k": "fn", "name": "clamp", "args": [x, lo, hi]}

    def op_compare(self, x, t):
        name = self.rng.choice(("gt", "lt", "eq", "ge"))
        return {"k": "op", "name": name, "args": [x, self.rng.choice((0, 0.5, 1))]}

    def op_reduce(self, x, t):
        r = self.rng
        name = r.choice(("sum", "sum", "mean", "max", "min", "amax", "norm", "cumsum", "prod"))
        if name == "cumsum":
            return {"k": "method", "name": name, "args": [x, self.dim(t)]}
        if name == "norm" and r.random() < 0.5:
            return {"k": "method", "name": name, "args": [x]}
        if name == "norm":
            return {"k": "fn", "name": name, "args": [x],
                    "kw": {"p": r.choice((1, 2, 3)), "dim": self.dim(t),
                           "keepdim": r.random() < 0.5}}
        if name in ("max", "min", "prod") and r.random() < 0.5:
            return {"k": "method", "name": name, "args": [x]}
        if name in ("max", "min", "prod"):
            return {"k": "method", "name": name, "args": [x, self.dim(t)],
                    "kw": {"keepdim": r.random() < 0.5}}
        if name != "amax" and r.random() < 0.3:
            return {"k": "method", "name": name, "args": [x]}
        dims = self.dim(t)
        if t.ndim >= 2 and r.random() < 0.3:
            dims = {"tuple": r.sample(range(t.ndim), 2)}
        return {"k": "fn", "name": name, "args": [x, dims], "kw": {"keepdim": r.random() < 0.5}}

    def op_matmul(self, x, t):
        """matmul with a fresh partner on either side: every 1-D/2-D/batched pairing."""
        r = self.rng
        if t.ndim == 0 or t.ndim > 3:
            return None
        n = t.shape[-1]
        left = r.random() < 0.3
        k = r.choice((1, 2, 3))
        if left:
            n = t.shape[0] if t.ndim == 1 else t.shape[-2]
            shape = r.choice(([n], [k, n], [2, k, n] if t.ndim < 3 else [t.shape[0], k, n]))
        else:
            shape = r.choice(([n], [n, k], [r.choice((1, 2)), n, k] if t.ndim < 3 else
                              [t.shape[0], n, k]))
        y = self.input(shape, str(t.dtype)[6:])
        args = [y, x] if left else [x, y]
        if r.random() < 0.7:
            return {"k": "op", "name": "matmul", "args": args}
        return {"k": "fn", "name": "matmul", "args": args}

    def op_shape(self, x, t):
        r = self.rng
        name = r.choice(("reshape", "view", "transpose", "t", "permute", "squeeze", "unsqueeze",
                         "expand", "flatten", "T", "mT"))
        nd = t.ndim
        if name in ("reshape", "view"):
            shape = _factor(r, t.numel())
            if shape and r.random() < 0.3:
                shape[r.randrange(len(shape))] = -1
            return {"k": "method", "name": name, "args": [x, *shape]}
        if name == "transpose":
            return {"k": "fn", "name": name, "args": [x, self.dim(t), self.dim(t)]}
        if name == "t":
            return {"k": "method", "name": "t", "args": [x]}
        if name == "permute":
            return {"k": "method", "name": name, "args": [x, *r.sample(range(nd), nd)]}
        if name == "squeeze":
            return {"k": "method", "name": name, "args": [x] + ([self.dim(t)] if
                                                                 r.random() < 0.6 else [])}
        if name == "unsqueeze":
            return {"k": "fn", "name": name, "args": [x, r.randint(-nd - 1, nd)]}
        if name == "expand":
            shape = [r.choice((2, 3)) if d == 1 else (-1 if r.random() < 0.3 else d)
                     for d in t.shape]
            if r.random() < 0.4:
                shape = [2] + shape
            return {"k": "method", "name": name, "args": [x, *shape]}
        if name == "flatten":
            return {"k": "fn", "name": name, "args": [x]}
        if name == "mT" and nd < 2:
            return None
        return {"k": "attr", "name": name, "args": [x]}

    def op_join(self, x, t):
        r = self.rng
        name = r.choice(("cat", "stack"))
        dim = self.dim(t) if name == "cat" else r.randint(-t.ndim - 1, t.ndim)
        shape = list(t.shape)
        if name == "cat" and shape:
            shape[dim] = r.choice((1, 2, 0))
        c = self.pick(lambda u: list(u.shape) == shape)
        y = c[0] if c and r.random() < 0.5 else self.input(shape)
        args = [x, y, x] if r.random() < 0.2 else [x, y]
        return {"k": "fn", "name": name, "args": [args, dim]}

    def index(self, t):
        """A random index for ``t``: ints, slices, None, Ellipsis, lists and int tensors."""
        r = self.rng
        items, dim, advanced = [], 0, False
        while dim < t.ndim and r.random() < 0.8:
            n = t.shape[dim]
            u = r.random()
            if u < 0.3 and n:
                items.append(r.randint(-n, n - 1))
            elif u < 0.7:
                a, b = r.choice((None, 0, 1, -1)), r.choice((None, 2, -1, n))
                items.append({"slice": [a, b, r.choice((None, 1, 2))]})
            elif u < 0.78:
                items.append(None)
                continue
            elif u < 0.84 and Ellipsis not in items:
                items.append({"ellipsis": 1})
                break
            elif n and not advanced:
                advanced = True
                idx = [r.randint(-n, n - 1) for _ in range(r.randint(1, 3))]
                if r.random() < 0.5:
                    items.append(idx)
                else:
                    items.append(self.add({"k": "tensor", "data": [i % n for i in idx],
                                           "dtype": "int64", "shape": [len(idx)]}))
            else:
                items.append({"slice": [None, None, None]})
            dim += 1
        if len(items) == 1 and r.random() < 0.5:
            return items[0]
        return {"tuple": items}

    def op_getitem(self, x, t):
        if self.rng.random() < 0.2:
            mask = self.add({"k": "op", "name": "gt", "args": [x, 0]})
            return {"k": "getitem", "args": [x, mask]}
        return {"k": "getitem", "args": [x, self.index(t)]}

    def op_setitem(self, x, t):
        """``x[index] = value``, on a clone when ``x`` is a leaf (mostly: leaves must raise)."""
        r = self.rng
        if t.is_leaf and t.requires_grad and r.random() < 0.9:
            x = self.add({"k": "method", "name": "clone", "args": [x]})
        idx = self.index(t)
        if r.random() < 0.3:
            return {"k": "setitem", "args": [x, idx, r.choice((0.0, 1.5, -2))]}
        target = self.m.decode(x)[self.m.decode(idx)]
        v = self.input(self.partner_shape(list(target.shape)), str(t.dtype)[6:])
        return {"k": "setitem", "args": [x, idx, v]}

    def op_inplace(self, x, t):
        """An in-place op on a non-leaf (rarely on a leaf, to check torch's error)."""
        r = self.rng
        if t.is_leaf and t.requires_grad and r.random() < 0.9:
            x = self.add({"k": "op", "name": "mul", "args": [x, 1.0]})
        u = r.random()
        if u < 0.4:
            return {"k": "method", "name": r.choice(INPLACE_UNARY), "args": [x]}
        if u < 0.6:
            name = r.choice(("iadd", "isub", "imul", "itruediv"))
            return {"k": "op", "name": name, "args": [x, self.other(t)]}
        if u < 0.8:
            return {"k": "method", "name": r.choice(("add_", "mul_", "sub_", "div_")),
                    "args": [x, self.other(t)]}
        return {"k": "method", "name": "clamp_", "args": [x], "kw": {"min": -0.5, "max": 1}}

    def op_detach(self, x, t):
        return {"k": "method", "name": self.rng.choice(("detach", "clone")), "args": [x]}

    def op_convert(self, x, t):
        r = self.rng
        if r.random() < 0.5:
            return {"k": "method", "name": r.choice(("double", "float", "long")), "args": [x]}
        return {"k": "method", "name": "to", "args": [x, {"dtype": r.choice(FLOAT)}]}

    def has(self, name):
        """True if the namespace has ``name`` (dotted): newer ops are drawn only when present."""
        obj = self.ns
        for part in name.split("."):
            obj = getattr(obj, part, None)
        return obj is not None

    def op_unary_more(self, x, t):
        names = [n for n in UNARY_MORE if self.has(n)]
        return {"k": "fn", "name": self.rng.choice(names), "args": [x]} if names else None

    def op_binary_more(self, x, t):
        names = [n for n in BINARY_MORE if self.has(n)]
        if not names:
            return None
        name = self.rng.choice(names)
        y = self.other(t) if name in ("fmod", "remainder", "xlogy") else \
            self.input(self.partner_shape(list(t.shape)))
        return {"k": "fn", "name": name, "args": [x, y]}

    def op_ternary_more(self, x, t):
        r = self.rng
        names = [n for n in ("lerp", "addcmul", "addcdiv", "masked_fill") if self.has(n)]
        if not names:
            return None
        name = r.choice(names)
        if name == "masked_fill":
            mask = self.add({"k": "op", "name": "gt", "args": [x, 0]})
            return {"k": "fn", "name": name, "args": [x, mask, r.choice((0.0, -1.5))]}
        y = self.input(self.partner_shape(list(t.shape)), str(t.dtype)[6:])
        if name == "lerp":
            return {"k": "fn", "name": name, "args": [x, y, r.choice((0.3, 1.0))]}
        z = self.input(self.partner_shape(list(t.shape)), str(t.dtype)[6:])
        return {"k": "fn", "name": name, "args": [x, y, z], "kw": {"value": 0.5}}

    def op_dim_more(self, x, t):
        r = self.rng
        names = [n for n in DIM_MORE if self.has(n)]
        if not names:
            return None
        name, dim = r.choice(names), self.dim(t)
        if name == "flip":
            return {"k": "fn", "name": name, "args": [x, {"tuple": [dim]}]}
        if name == "roll":
            return {"k": "fn", "name": name, "args": [x, r.choice((1, -2)), dim]}
        if name == "topk" or name == "kthvalue":
            return {"k": "fn", "name": name, "args": [x, 1, dim]}
        if name in ("var", "std", "var_mean", "std_mean", "median", "aminmax") and \
                r.random() < 0.3:
            return {"k": "fn", "name": name, "args": [x]}
        if name in ("var", "std", "var_mean", "std_mean", "logsumexp"):
            return {"k": "fn", "name": name, "args": [x, dim], "kw": {"keepdim": r.random() < 0.5}}
        if name in ("aminmax", "diff"):
            return {"k": "fn", "name": name, "args": [x], "kw": {"dim": dim}}
        return {"k": "fn", "name": name, "args": [x, dim]}

    def op_matrix_more(self, x, t):
        r = self.rng
        if t.ndim == 1 and self.has("outer"):
            return {"k": "fn", "name": "outer", "args": [x, self.input([r.choice((1, 2, 3))],
                                                                       str(t.dtype)[6:])]}
        names = [n for n in ("tril", "triu", "trace", "diag", "diagonal") if self.has(n)]
        if t.ndim != 2 or not names:
            return None
        name = r.choice(names)
        args = [x, r.choice((0, 1, -1))] if name in ("tril", "triu", "diag") else [x]
        return {"k": "fn", "name": name, "args": args}

    def op_gather(self, x, t):
        r = self.rng
        if t.ndim == 0 or 0 in t.shape or not self.has("gather"):
            return None
        dim = self.dim(t)
        n = t.shape[dim]
        if r.random() < 0.5 and self.has("index_select"):
            idx = [r.randrange(n) for _ in range(r.randint(1, 3))]
            ref = self.add({"k": "tensor", "data": idx, "dtype": "int64", "shape": [len(idx)]})
            return {"k": "fn", "name": "index_select", "args": [x, dim, ref]}
        shape = list(t.shape)
        count = 1
        for d in shape:
            count *= d
        ref = self.add({"k": "tensor", "data": [r.randrange(n) for _ in range(count)],
                        "dtype": "int64", "shape": shape})
        return {"k": "fn", "name": "gather", "args": [x, dim, ref]}

    OPS = (("op_unary", 6), ("op_binary", 8), ("op_pow", 2), ("op_maxmin", 1), ("op_where", 1),
           ("op_clamp", 1), ("op_compare", 1), ("op_reduce", 5), ("op_matmul", 3),
           ("op_shape", 5), ("op_join", 2), ("op_getitem", 4), ("op_setitem", 2),
           ("op_inplace", 3), ("op_detach", 1), ("op_convert", 1), ("op_unary_more", 3),
           ("op_binary_more", 2), ("op_ternary_more", 1), ("op_dim_more", 3),
           ("op_matrix_more", 1), ("op_gather", 1))

    def draw(self):
        """Draw the whole program; chainrule errors end it early."""
        r = self.rng
        names, w = zip(*self.OPS)
        try:
            self.input()
            for _ in range(r.randint(1, self.max_steps)):
                x, t = self.pick() or (None, None)
                step = getattr(self, r.choices(names, w)[0])(x, t)
                if step is None:
                    continue
                if r.random() < 0.08:
                    step["nograd"] = True
                self.add(step)
        except Exception:  # noqa: BLE001  (an erroring step is a valid program: compare errors)
            pass
        return {"steps": self.steps}


def _broadcasts(a, b):
    return all(x == y or x == 1 or y == 1 for x, y in zip(reversed(a), reversed(b)))


def _factor(r, n):
    """A random shape with ``n`` elements."""
    if n == 0:
        return r.choice(([0], [0, 3], [2, 0]))
    shape = []
    while n > 1:
        d = r.choice([k for k in range(2, n + 1) if n % k == 0])
        shape.append(d)
        n //= d
    r.shuffle(shape)
    if r.random() < 0.3:
        shape.insert(r.randint(0, len(shape)), 1)
    return shape


def program(seed, ns, max_steps=6, gen=Gen):
    """Return the program drawn from ``seed`` (``gen``: the op table's generator class)."""
    return gen(seed, ns, max_steps).draw()
