"""Op tables for ``--ops nn`` and ``--ops linalg``: the functional and linalg ops training uses.

Opt-in, so the default core run and the committed corpus draw exactly what they always did.
Each drawer builds its own well-formed inputs (targets, weights, SPD or symmetric matrices);
errors torch raises for the odd shapes it still draws are compared like any other step.
"""

from .generate import FLOAT, Gen

F = "nn.functional."
ACTIVATIONS = (("relu", {}), ("gelu", {"approximate": "none"}), ("gelu", {"approximate": "tanh"}),
               ("silu", {}), ("mish", {}), ("softplus", {"beta": 2.0, "threshold": 1.0}),
               ("softplus", {}), ("elu", {"alpha": 0.5}), ("selu", {}), ("celu", {"alpha": 1.5}),
               ("leaky_relu", {"negative_slope": 0.2}), ("hardtanh", {"min_val": -0.5}),
               ("hardswish", {}), ("hardsigmoid", {}), ("logsigmoid", {}), ("softsign", {}),
               ("tanhshrink", {}), ("sigmoid", {}), ("tanh", {}), ("relu6", {}),
               ("softshrink", {"lambd": 0.5}), ("hardshrink", {}), ("glu", {}))
REDUCTIONS = ("mean", "sum", "none")


class NnGen(Gen):
    """Programs over ``torch.nn.functional``: activations, losses, norms, convs, pools, ..."""

    def dtype(self):
        return self.rng.choices(("float32", "float64", "int64"), (12, 8, 1))[0]

    def floats(self, shape, dtype, rg=None, lo=-2.5, hi=2.5):
        """A float input with values in [lo, hi] (``rg`` as in ``input``)."""
        n = 1
        for d in shape:
            n *= d
        step = {"k": "tensor", "data": [round(self.rng.uniform(lo, hi), 4) for _ in range(n)],
                "dtype": dtype, "shape": list(shape)}
        if self.rng.random() < 0.6 if rg is None else rg:
            step["rg"] = True
        return self.add(step)

    def ints(self, shape, lo, hi):
        n = 1
        for d in shape:
            n *= d
        return self.add({"k": "tensor", "data": [self.rng.randint(lo, hi) for _ in range(n)],
                         "dtype": "int64", "shape": list(shape)})

    def fdt(self, t):
        """The dtype name of ``t`` when float, else a random float dtype."""
        name = str(t.dtype)[6:]
        return name if name in FLOAT else self.rng.choice(FLOAT)

    def fn(self, name, *args, **kw):
        return {"k": "fn", "name": F + name, "args": list(args), "kw": kw}

    def op_activation(self, x, t):
        name, kw = self.rng.choice(ACTIVATIONS)
        return self.fn(name, x, **kw)

    def op_softmax(self, x, t):
        name = self.rng.choice(("softmax", "log_softmax", "softmin"))
        kw = {"dtype": {"dtype": "float64"}} if self.rng.random() < 0.15 else {}
        return self.fn(name, x, self.dim(t), **kw)

    def op_pointwise_loss(self, x, t):
        r = self.rng
        name = r.choice(("mse_loss", "l1_loss", "smooth_l1_loss", "huber_loss"))
        y = self.floats(t.shape, self.fdt(t), rg=r.random() < 0.3)
        kw = {"reduction": r.choice(REDUCTIONS)}
        if name == "smooth_l1_loss":
            kw["beta"] = r.choice((1.0, 0.5, 0.0))
        if name == "huber_loss":
            kw["delta"] = r.choice((1.0, 0.3))
        return self.fn(name, x, y, **kw)

    def op_bce(self, x, t):
        r = self.rng
        dt, shape = self.fdt(t), list(t.shape)
        y = self.floats(shape, dt, rg=False, lo=0.0, hi=1.0)
        kw = {"reduction": r.choice(REDUCTIONS)}
        if r.random() < 0.3:
            kw["weight"] = self.floats(self.partner_shape(shape), dt, rg=False, lo=0, hi=2)
        if r.random() < 0.5:
            if shape and r.random() < 0.5:
                kw["pos_weight"] = self.floats(shape[-1:], dt, rg=False, lo=0.5, hi=3)
            return self.fn("binary_cross_entropy_with_logits", x, y, **kw)
        p = self.add(self.fn("sigmoid", x))
        return self.fn("binary_cross_entropy", p, y, **kw)

    def op_class_loss(self, x, t):
        """cross_entropy / nll_loss with class indices or probabilities, weights, ignore_index."""
        r = self.rng
        dt = self.fdt(t)
        shape = r.choice(([3], [2, 3], [4, 2], [2, 3, 2]))
        x = self.floats(shape, dt, rg=True)
        c = shape[0] if len(shape) == 1 else shape[1]
        tshape = [] if len(shape) == 1 else [shape[0]] + shape[2:]
        name = r.choice(("cross_entropy", "cross_entropy", "nll_loss"))
        kw = {"reduction": r.choice(REDUCTIONS)}
        if r.random() < 0.3:
            kw["weight"] = self.floats([c], dt, rg=False, lo=0.1, hi=2)
        if name == "cross_entropy" and r.random() < 0.3:
            kw["label_smoothing"] = r.choice((0.1, 0.5))
        if name == "cross_entropy" and r.random() < 0.3:
            z = self.floats(shape, dt, rg=False)
            y = self.add(self.fn("softmax", z, 0 if len(shape) == 1 else 1))
            return self.fn(name, x, y, **kw)
        if r.random() < 0.3:
            kw["ignore_index"] = r.choice((1, -100))
            y = self.ints(tshape, -1 if kw["ignore_index"] == 1 else 0, c - 1)
            y = self.add({"k": "fn", "name": "where", "args": [
                self.add({"k": "op", "name": "lt", "args": [y, 0]}), -100, y]})
        else:
            y = self.ints(tshape, 0, c - 1)
        if name == "nll_loss":
            x = self.add(self.fn("log_softmax", x, 0 if len(shape) == 1 else 1))
        return self.fn(name, x, y, **kw)

    def op_kl_div(self, x, t):
        r = self.rng
        dt, shape = self.fdt(t), list(t.shape)
        logp = self.add(self.fn("log_softmax", x, self.dim(t)))
        log_target = r.random() < 0.5
        y = self.floats(shape, dt, rg=r.random() < 0.3, lo=0.0 if not log_target else -3.0,
                        hi=1.0 if not log_target else 0.0)
        red = r.choice(("mean", "sum", "none", "batchmean"))
        return self.fn("kl_div", logp, y, reduction=red, log_target=log_target)

    def op_pair_loss(self, x, t):
        """Losses of two inputs and a +-1 label: cosine_embedding, margin_ranking, hinge."""
        r = self.rng
        dt = self.fdt(t)
        name = r.choice(("cosine_embedding_loss", "margin_ranking_loss", "hinge_embedding_loss"))
        kw = {"reduction": r.choice(REDUCTIONS), "margin": r.choice((0.0, 0.5, 1.0))}
        if name == "cosine_embedding_loss":
            shape = r.choice(([2, 3], [3], [1, 4]))
            a, b = self.floats(shape, dt, rg=True), self.floats(shape, dt)
            y = self.ints(shape[:-1], 0, 1)
            y = self.add({"k": "op", "name": "sub", "args": [
                self.add({"k": "op", "name": "mul", "args": [y, 2]}), 1]})
            return self.fn(name, a, b, y, **kw)
        shape = list(t.shape)
        y = self.ints(shape, 0, 1)
        y = self.add({"k": "op", "name": "sub", "args": [
            self.add({"k": "op", "name": "mul", "args": [y, 2]}), 1]})
        if name == "hinge_embedding_loss":
            return self.fn(name, x, y, **kw)
        return self.fn(name, x, self.floats(shape, dt), y, **kw)

    def op_stat_loss(self, x, t):
        """poisson_nll_loss, gaussian_nll_loss and triplet_margin_loss."""
        r = self.rng
        dt, shape = self.fdt(t), list(t.shape)
        name = r.choice(("poisson_nll_loss", "gaussian_nll_loss", "triplet_margin_loss"))
        red = r.choice(REDUCTIONS)
        if name == "poisson_nll_loss":
            log_input = r.random() < 0.6
            if not log_input:
                x = self.add({"k": "fn", "name": "exp", "args": [x]})
            y = self.floats(shape, dt, rg=False, lo=0.0, hi=3.0)
            return self.fn(name, x, y, log_input=log_input, full=r.random() < 0.5,
                           reduction=red)
        if name == "gaussian_nll_loss":
            y = self.floats(shape, dt, rg=False)
            vshape = shape if r.random() < 0.7 or not shape else shape[:-1] + [1]
            var = self.floats(vshape, dt, lo=0.1, hi=2.0)
            return self.fn(name, x, y, var, full=r.random() < 0.5, reduction=red)
        shape = r.choice(([2, 3], [3], [1, 4]))
        a, p, n = (self.floats(shape, dt, rg=k == 0 or None) for k in range(3))
        return self.fn(name, a, p, n, margin=r.choice((1.0, 0.5)), p=r.choice((2, 1)),
                       swap=r.random() < 0.3, reduction=red)

    def op_distance(self, x, t):
        r = self.rng
        name = r.choice(("normalize", "cosine_similarity", "pairwise_distance"))
        if name == "normalize":
            return self.fn(name, x, p=r.choice((2.0, 1.0, 3.0)), dim=self.dim(t))
        y = self.floats(self.partner_shape(list(t.shape)), self.fdt(t))
        if name == "cosine_similarity":
            return self.fn(name, x, y, dim=self.dim(t) if t.ndim else 0)
        return self.fn(name, x, y, p=r.choice((2.0, 1.0)), keepdim=r.random() < 0.5)

    def op_norm(self, x, t):
        """layer_norm, group_norm and batch_norm (training or eval, affine or not)."""
        r = self.rng
        dt = self.fdt(t)
        name = r.choice(("layer_norm", "group_norm", "batch_norm", "batch_norm"))
        if name == "layer_norm":
            if t.ndim == 0:
                return None
            ns = list(t.shape[t.ndim - r.randint(1, min(2, t.ndim)):])
            kw = {}
            if r.random() < 0.6:
                kw = {"weight": self.floats(ns, dt), "bias": self.floats(ns, dt)}
            return self.fn(name, x, ns, **kw)
        shape = r.choice(([2, 4], [3, 2, 3], [2, 4, 2, 2], [1, 2, 3]))
        c = shape[1]
        x = self.floats(shape, dt, rg=True)
        if name == "group_norm":
            g = r.choice([k for k in (1, 2, 4) if c % k == 0])
            kw = {"weight": self.floats([c], dt), "bias": self.floats([c], dt)} \
                if r.random() < 0.6 else {}
            return self.fn(name, x, g, **kw, eps=1e-5)
        training = r.random() < 0.6
        kw = {"training": training, "momentum": r.choice((0.1, 0.5))}
        stats = r.random() < 0.7 or not training
        rm = self.floats([c], dt, rg=False) if stats else None
        rv = self.floats([c], dt, rg=False, lo=0.2, hi=2.0) if stats else None
        if r.random() < 0.6:
            kw.update(weight=self.floats([c], dt), bias=self.floats([c], dt))
        return self.fn(name, x, rm, rv, **kw)

    def op_linear(self, x, t):
        r = self.rng
        dt = self.fdt(t)
        if t.ndim == 0:
            return None
        n, k = t.shape[-1], r.choice((1, 2, 3))
        if r.random() < 0.7:
            b = [self.floats([k], dt)] if r.random() < 0.6 else []
            return self.fn("linear", x, self.floats([k, n], dt), *b)
        m = r.choice((1, 2))
        y = self.floats(list(t.shape[:-1]) + [m], dt)
        b = [self.floats([k], dt)] if r.random() < 0.6 else []
        return self.fn("bilinear", x, y, self.floats([k, n, m], dt), *b)

    def op_conv(self, x, t):
        r = self.rng
        dt = self.fdt(t)
        two = r.random() < 0.5
        groups = r.choice((1, 1, 2))
        cin, cout = groups * r.choice((1, 2)), groups * r.choice((1, 2))
        sp = [r.choice((3, 4, 5))] * (2 if two else 1)
        if two:
            sp[1] = r.choice((3, 4))
        ks = [r.choice((1, 2, 3)) for _ in sp]
        x = self.floats([r.choice((1, 2)), cin] + sp, dt, rg=True)
        w = self.floats([cout, cin // groups] + ks, dt)
        kw = {"stride": r.choice((1, 2)), "padding": r.choice((0, 1, "same", "valid")),
              "dilation": r.choice((1, 1, 2)), "groups": groups}
        if kw["padding"] == "same":
            kw["stride"] = 1
        if r.random() < 0.5:
            kw["bias"] = self.floats([cout], dt)
        return self.fn("conv2d" if two else "conv1d", x, w, **kw)

    def op_pool(self, x, t):
        r = self.rng
        dt = self.fdt(t)
        two = r.random() < 0.5
        sp = [r.choice((2, 3, 4, 5)) for _ in range(2 if two else 1)]
        x = self.floats([r.choice((1, 2)), r.choice((1, 2))] + sp, dt, rg=True)
        d = "2d" if two else "1d"
        kind = r.choice(("avg", "max", "adaptive_avg", "adaptive_max"))
        if kind.startswith("adaptive"):
            out = [r.choice((1, 2, 3)) for _ in sp]
            return self.fn(f"{kind}_pool{d}", x, out if two else out[0])
        k = r.choice((1, 2, 3))
        kw = {"stride": r.choice((None, 1, 2)), "padding": r.choice((0, 0, 1)) if k > 1 else 0,
              "ceil_mode": r.random() < 0.4}
        if kind == "avg":
            kw["count_include_pad"] = r.random() < 0.5
        elif r.random() < 0.3:
            kw["dilation"] = 2
        return self.fn(f"{kind}_pool{d}", x, k, **kw)

    def op_pad(self, x, t):
        r = self.rng
        mode = r.choice(("constant", "reflect", "replicate", "circular"))
        if mode != "constant" and not 2 <= t.ndim <= 4:
            return None
        n = r.choice((1, 2)) if mode != "constant" or t.ndim < 2 else r.choice((1, 2, 3))
        n = min(n, max(t.ndim - (1 if mode != "constant" else 0), 1))
        pad = [r.choice((0, 1, 2, -1 if mode == "constant" else 1)) for _ in range(2 * n)]
        kw = {"value": 1.5} if mode == "constant" and r.random() < 0.5 else {}
        return self.fn("pad", x, {"tuple": pad}, mode=mode, **kw)

    def op_interpolate(self, x, t):
        r = self.rng
        two = r.random() < 0.5
        sp = [r.choice((1, 2, 3, 4)) for _ in range(2 if two else 1)]
        x = self.floats([1, r.choice((1, 2))] + sp, self.fdt(t), rg=True)
        mode = r.choice(("nearest", "bilinear" if two else "linear"))
        kw = {"mode": mode}
        if r.random() < 0.5:
            kw["size"] = [r.choice((1, 2, 3, 5)) for _ in sp]
        else:
            kw["scale_factor"] = r.choice((2, 0.5, 1.5, 3))
        if mode != "nearest" and r.random() < 0.5:
            kw["align_corners"] = r.random() < 0.5
        return self.fn("interpolate", x, **kw)

    def op_embedding(self, x, t):
        r = self.rng
        n, d = r.choice((3, 4, 5)), r.choice((1, 2, 3))
        idx = self.ints(r.choice(([2], [2, 3], [4])), 0, n - 1)
        if r.random() < 0.3:
            return self.fn("one_hot", idx, r.choice((-1, n)))
        w = self.floats([n, d], self.fdt(t), rg=True)
        kw = {}
        if r.random() < 0.4:
            kw["padding_idx"] = r.choice((0, -1))
        if r.random() < 0.3:
            w = self.add({"k": "op", "name": "mul", "args": [w, 1.0]})
            kw["max_norm"] = r.choice((1.0, 0.5))
        return self.fn("embedding", idx, w, **kw)

    def op_dropout(self, x, t):
        r = self.rng
        name = r.choice(("dropout", "dropout", "alpha_dropout", "dropout1d", "dropout2d"))
        if r.random() < 0.5:
            return self.fn(name, x, p=0.0)
        return self.fn(name, x, p=0.5, training=False)

    OPS = (("op_activation", 6), ("op_softmax", 2), ("op_pointwise_loss", 2), ("op_bce", 2),
           ("op_class_loss", 3), ("op_kl_div", 1), ("op_pair_loss", 2), ("op_stat_loss", 2),
           ("op_distance", 2), ("op_norm", 3), ("op_linear", 2), ("op_conv", 3), ("op_pool", 3),
           ("op_pad", 2), ("op_interpolate", 2), ("op_embedding", 2), ("op_dropout", 1),
           ("op_binary", 3), ("op_reduce", 2), ("op_shape", 2))


class LinalgGen(NnGen):
    """Programs over ``torch.linalg``: small square, tall, batched, SPD and symmetric inputs."""

    def matrix(self, dt, square=True, batch=None, rg=True):
        """A matrix input, diagonally shifted by 3 so square ones are well conditioned."""
        r = self.rng
        n = r.choice((1, 2, 3))
        m = n if square else r.choice((1, 2, 3, 4))
        b = ([r.choice((1, 2))] if r.random() < 0.3 else []) if batch is None else batch
        shape = b + [m, n]
        count = 1
        for d in shape:
            count *= d
        data = [round(r.uniform(-2.5, 2.5), 4) for _ in range(count)]
        if square and r.random() < 0.8:
            for i in range(0, count, n * n):
                for j in range(n):
                    data[i + j * n + j] += 3.0
        step = {"k": "tensor", "data": data, "dtype": dt, "shape": shape}
        if rg:
            step["rg"] = True
        return self.add(step), shape

    def spd(self, dt):
        """A symmetric positive definite input: ``A Aᵀ + n I``."""
        a, shape = self.matrix(dt)
        n = shape[-1]
        at = self.add({"k": "attr", "name": "mT", "args": [a]})
        p = self.add({"k": "op", "name": "matmul", "args": [a, at]})
        eye = self.add({"k": "fn", "name": "eye", "args": [n], "kw": {"dtype": {"dtype": dt}}})
        return self.add({"k": "fn", "name": "add", "args": [p, eye], "kw": {"alpha": n}})

    def symmetric(self, dt):
        """A symmetric input: ``A + Aᵀ``."""
        a, _ = self.matrix(dt)
        at = self.add({"k": "attr", "name": "mT", "args": [a]})
        return self.add({"k": "op", "name": "add", "args": [a, at]})

    def op_linalg(self, x, t):
        r = self.rng
        dt = self.fdt(t)
        la = "linalg."
        name = r.choice(("inv", "det", "slogdet", "solve", "cholesky", "qr", "svd", "svdvals",
                         "eigh", "pinv", "matrix_norm", "vector_norm", "lstsq", "matrix_exp",
                         "cross", "solve_triangular"))
        if not self.has(la + name):
            return None
        if name in ("inv", "det", "slogdet", "matrix_exp"):
            return {"k": "fn", "name": la + name, "args": [self.matrix(dt)[0]]}
        if name == "solve":
            a, shape = self.matrix(dt)
            bshape = shape[:-1] if r.random() < 0.3 else shape[:-1] + [r.choice((1, 2))]
            return {"k": "fn", "name": la + name, "args": [a, self.floats(bshape, dt)]}
        if name == "solve_triangular":
            a, shape = self.matrix(dt)
            upper = r.random() < 0.5
            b = self.floats(shape[:-1] + [r.choice((1, 2))], dt)
            return {"k": "fn", "name": la + name, "args": [a, b],
                    "kw": {"upper": upper, "unitriangular": r.random() < 0.2}}
        if name == "cholesky":
            return {"k": "fn", "name": la + name, "args": [self.spd(dt)],
                    "kw": {"upper": r.random() < 0.3}}
        if name == "qr":
            a, shape = self.matrix(dt, square=r.random() < 0.5)
            mode = "reduced" if shape[-2] < shape[-1] else r.choice(("reduced", "complete"))
            return {"k": "inv", "name": name, "args": [a], "kw": {"mode": mode}}
        if name == "svd":
            a, _ = self.matrix(dt, square=r.random() < 0.5)
            return {"k": "inv", "name": name, "args": [a], "kw": {"full_matrices": False}}
        if name == "eigh":
            return {"k": "inv", "name": name, "args": [self.symmetric(dt)],
                    "kw": {"UPLO": r.choice(("L", "U"))}}
        if name in ("svdvals", "pinv"):
            return {"k": "fn", "name": la + name,
                    "args": [self.matrix(dt, square=r.random() < 0.5)[0]]}
        if name == "matrix_norm":
            a, _ = self.matrix(dt, square=r.random() < 0.5)
            return {"k": "fn", "name": la + name, "args": [a],
                    "kw": {"ord": r.choice(("fro", "nuc", 1, -1, float("inf"), 2, -2)),
                           "keepdim": r.random() < 0.3}}
        if name == "vector_norm":
            kw = {"ord": r.choice((2, 1, 3, 0, float("inf"), -float("inf"), 0.5)),
                  "keepdim": r.random() < 0.3}
            if t.ndim and r.random() < 0.6:
                kw["dim"] = self.dim(t)
            return {"k": "fn", "name": la + name, "args": [x], "kw": kw}
        if name == "lstsq":
            a, shape = self.matrix(dt, square=False)
            if shape[-2] < shape[-1]:
                return None
            b = self.floats(shape[:-1] + [r.choice((1, 2))], dt)
            return {"k": "fn", "name": la + name, "args": [a, b]}
        shape = r.choice(([3], [2, 3], [3, 2]))
        a, b = self.floats(shape, dt, rg=True), self.floats(shape, dt)
        return {"k": "fn", "name": la + name, "args": [a, b],
                "kw": {"dim": -1 if shape[-1] == 3 else 0}}

    OPS = (("op_linalg", 10), ("op_binary", 2), ("op_reduce", 1), ("op_shape", 1),
           ("op_unary", 1))


TABLES = {"nn": NnGen, "linalg": LinalgGen}
