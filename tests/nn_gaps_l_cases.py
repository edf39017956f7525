"""Cases for grid_sample, affine_grid, ctc_loss, pdist, adaptive_max_pool3d indices and spectral
norm, run under torch by tools/record_nn_gaps_l_fixtures.py and under chainrule by
tests/nn/test_nn_gaps_l.py. Each case takes the module as ``torch`` and returns named results
(tensors, strings, lists); inputs come from NumPy's seeded generator so both sides share them."""

import itertools
import warnings

import numpy as np

CASES = {}


def case(name):
    def register(fn):
        CASES[name] = fn
        return fn
    return register


def _rng(seed):
    return np.random.default_rng(seed)


def _grid_case(d, mode, padding, align_corners, seed, dtype="float64"):
    def run(torch):
        rng = _rng(seed)
        shape = (2, 3, 4, 5) if d == 2 else (2, 2, 3, 4, 5)
        gshape = (2, 3, 4, 2) if d == 2 else (2, 2, 3, 2, 3)
        dt = getattr(torch, dtype)
        x = torch.tensor(rng.standard_normal(shape), dtype=dt, requires_grad=True)
        g = torch.tensor(rng.uniform(-1.2, 1.2, gshape), dtype=dt, requires_grad=True)
        out = torch.nn.functional.grid_sample(x, g, mode, padding, align_corners)
        out.backward(torch.tensor(rng.standard_normal(tuple(out.shape)), dtype=dt))
        return {"out": out, "grad_input": x.grad, "grad_grid": g.grad,
                "grad_fn": type(out.grad_fn).__name__}
    return run


for _d, _mode, _pad, _align in itertools.product(
        (2, 3), ("bilinear", "nearest", "bicubic"), ("zeros", "border", "reflection"),
        (False, True)):
    if _d == 3 and _mode == "bicubic":
        continue
    CASES[f"grid_sample_{_d}d_{_mode}_{_pad}_{int(_align)}"] = _grid_case(
        _d, _mode, _pad, _align, len(CASES))
CASES["grid_sample_2d_bilinear_float32"] = _grid_case(2, "bilinear", "zeros", False, 99,
                                                      "float32")
CASES["grid_sample_2d_bicubic_float32"] = _grid_case(2, "bicubic", "border", True, 98, "float32")


def _grid_on_lattice(mode, padding, align_corners):
    def run(torch):
        rng = _rng(7)
        x = torch.tensor(rng.standard_normal((1, 2, 3, 4)), requires_grad=True)
        ticks = [-1.5, -1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 1.5]
        pts = np.array(list(itertools.product(ticks, ticks)))[None, :, None, :]
        g = torch.tensor(pts, requires_grad=True)
        out = torch.nn.functional.grid_sample(x, g, mode, padding, align_corners)
        out.backward(torch.tensor(rng.standard_normal(tuple(out.shape))))
        return {"out": out, "grad_input": x.grad, "grad_grid": g.grad}
    return run


for _mode, _pad, _align in itertools.product(("bilinear", "nearest", "bicubic"),
                                             ("zeros", "border", "reflection"), (False, True)):
    CASES[f"grid_sample_lattice_{_mode}_{_pad}_{int(_align)}"] = _grid_on_lattice(
        _mode, _pad, _align)


def _affine_case(d, align_corners, dtype):
    def run(torch):
        rng = _rng(11 + d)
        dt = getattr(torch, dtype)
        theta = torch.tensor(rng.standard_normal((2, d, d + 1)), dtype=dt, requires_grad=True)
        size = (2, 3, 4, 5) if d == 2 else (2, 1, 3, 4, 2)
        grid = torch.nn.functional.affine_grid(theta, size, align_corners)
        grid.backward(torch.tensor(rng.standard_normal(tuple(grid.shape)), dtype=dt))
        return {"grid": grid, "grad_theta": theta.grad, "grad_fn": type(grid.grad_fn).__name__}
    return run


for _d, _align, _dtype in itertools.product((2, 3), (False, True), ("float32", "float64")):
    CASES[f"affine_grid_{_d}d_{int(_align)}_{_dtype}"] = _affine_case(_d, _align, _dtype)


@case("affine_grid_unit_sizes")
def _affine_unit(torch):
    theta = torch.tensor([[[1.0, 0.5, 0.1], [-0.3, 0.8, 0.2]]])
    return {"false": torch.nn.functional.affine_grid(theta, (1, 1, 1, 3), False),
            "true": _warned(torch, lambda: torch.nn.functional.affine_grid(
                theta, (1, 1, 1, 3), True))}


@case("spatial_transformer_step")
def _stn(torch):
    rng = _rng(21)
    F = torch.nn.functional
    img = torch.tensor(rng.standard_normal((2, 1, 6, 6)))
    theta = torch.tensor(np.tile([[1.0, 0.1, 0.0], [-0.1, 0.9, 0.05]], (2, 1, 1)),
                         requires_grad=True)
    grid = F.affine_grid(theta, img.size(), align_corners=False)
    out = F.grid_sample(img, grid, align_corners=False)
    loss = (out ** 2).mean()
    loss.backward()
    return {"loss": loss, "grad_theta": theta.grad}


def _warned(torch, fn):
    """Run ``fn``, returning its result and the messages of the warnings it raised."""
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        out = fn()
    return [out, [str(w.message) for w in seen]]


@case("grid_sample_default_align_warns")
def _grid_warn(torch):
    x = torch.arange(4.0).reshape(1, 1, 2, 2)
    g = torch.zeros(1, 1, 1, 2)
    return {"sample": _warned(torch, lambda: torch.nn.functional.grid_sample(x, g)),
            "affine": _warned(torch, lambda: torch.nn.functional.affine_grid(
                torch.eye(2, 3).unsqueeze(0), (1, 1, 2, 2)))}


def _error_case(code):
    def run(torch):
        F = torch.nn.functional  # noqa: F841  (used by the code)
        x4 = torch.zeros(2, 3, 4, 5)  # noqa: F841
        x5 = torch.zeros(2, 3, 4, 5, 6)  # noqa: F841
        g4 = torch.zeros(2, 3, 3, 2)  # noqa: F841
        g5 = torch.zeros(2, 3, 3, 3, 3)  # noqa: F841
        lp = torch.zeros(5, 2, 4).log_softmax(2)  # noqa: F841
        tg = torch.tensor([[1, 2], [3, 3]])  # noqa: F841
        try:
            eval(code)
        except Exception as e:  # noqa: BLE001  (the error is the recorded behaviour)
            return {"error": [type(e).__name__, str(e)]}
        return {"error": None}
    return run


_ERRORS = {
    "grid_dims": "F.grid_sample(x4, g5, align_corners=False)",
    "grid_3d_input": "F.grid_sample(torch.zeros(2, 3, 4), torch.zeros(2, 3, 2), "
                     "align_corners=False)",
    "grid_last": "F.grid_sample(x4, torch.zeros(2, 3, 3, 3), align_corners=False)",
    "grid_last_5d": "F.grid_sample(x5, torch.zeros(2, 3, 3, 3, 2), align_corners=False)",
    "grid_batch": "F.grid_sample(x4, torch.zeros(1, 3, 3, 2), align_corners=False)",
    "grid_dtype": "F.grid_sample(x4, g4.double(), align_corners=False)",
    "grid_empty": "F.grid_sample(torch.zeros(2, 3, 0, 5), g4, align_corners=False)",
    "grid_bicubic_5d": "F.grid_sample(x5, g5, 'bicubic', align_corners=False)",
    "grid_mode": "F.grid_sample(x4, g4, 'linear', align_corners=False)",
    "grid_padding": "F.grid_sample(x4, g4, padding_mode='wrap', align_corners=False)",
    "affine_theta_2d": "F.affine_grid(torch.zeros(2, 3, 3), (2, 1, 4, 4), False)",
    "affine_theta_2d_size": "F.affine_grid(torch.zeros(2, 2, 3), torch.Size([2, 1, 4, 4, 4]), "
                            "False)",
    "affine_size_len": "F.affine_grid(torch.zeros(2, 2, 3), [2, 4, 4], False)",
    "affine_int_theta": "F.affine_grid(torch.zeros(2, 2, 3, dtype=torch.long), [2, 1, 4, 4], "
                        "False)",
    "affine_zero_size": "F.affine_grid(torch.zeros(2, 2, 3), [2, 1, 0, 4], False)",
    "affine_batch": "F.affine_grid(torch.zeros(2, 2, 3), (3, 1, 4, 4), False)",
    "affine_batch_3d": "F.affine_grid(torch.zeros(2, 3, 4), (1, 1, 2, 4, 4), False)",
    "grid_dtype_double_input": "F.grid_sample(x4.double(), g4, align_corners=False)",
    "ctc_input_lengths_size": "F.ctc_loss(lp, tg, [5, 5, 5], [2, 2])",
    "ctc_target_lengths_size": "F.ctc_loss(lp, tg, [5, 5], [2])",
    "ctc_input_too_long": "F.ctc_loss(lp, tg, [6, 5], [2, 2])",
    "ctc_target_too_long": "F.ctc_loss(lp, tg, [5, 5], [3, 2])",
    "ctc_concat_size": "F.ctc_loss(lp, torch.tensor([1, 2, 3]), [5, 5], [2, 2])",
    "ctc_float_lengths": "F.ctc_loss(lp, tg, torch.tensor([5., 5.]), torch.tensor([2, 2]))",
    "ctc_reduction": "F.ctc_loss(lp, tg, (5, 5), (2, 2), reduction='foo')",
    "ctc_negative_target_length": "F.ctc_loss(lp, tg, (5, 5), (-1, 2))",
    "ctc_blank": "F.ctc_loss(lp, tg, (5, 5), (2, 2), blank=7)",
    "pdist_dims": "torch.pdist(torch.zeros(3))",
    "pdist_negative_p": "torch.pdist(torch.zeros(3, 2), -1)",
    "spectral_norm_iterations": "torch.nn.utils.spectral_norm(torch.nn.Linear(2, 2), "
                                "n_power_iterations=0)",
    "spectral_norm_twice": "torch.nn.utils.spectral_norm(torch.nn.utils.spectral_norm("
                           "torch.nn.Linear(2, 2)))",
    "spectral_norm_missing": "torch.nn.utils.parametrizations.spectral_norm("
                             "torch.nn.Linear(2, 2), 'kernel')",
    "spectral_norm_dim": "torch.nn.utils.parametrizations.spectral_norm(torch.nn.Linear(2, 2), "
                         "dim=2)",
    "remove_spectral_norm_missing": "torch.nn.utils.remove_spectral_norm(torch.nn.Linear(2, 2))",
}
for _name, _code in _ERRORS.items():
    CASES[f"error_{_name}"] = _error_case(_code)


def _ctc_case(reduction, zero_infinity, layout, seed, dtype="float64", unbatched=False):
    """CTC on log_softmax outputs: loss, grad_fn and the gradient torch's formula gives."""
    def run(torch):
        rng = _rng(seed)
        dt = getattr(torch, dtype)
        t, n, c = (6, 1, 5) if unbatched else (6, 3, 5)
        lengths = [2, 3, 0][:n] if layout != "infeasible" else [3, 4, 1][:n]
        inputs = [6, 5, 6][:n] if layout != "infeasible" else [3, 4, 6][:n]
        labels = rng.integers(1, c, (n, max(lengths)))
        logits = torch.tensor(rng.standard_normal((t, n, c)), dtype=dt)
        lp = logits.log_softmax(2).detach().requires_grad_()
        targets = torch.tensor(labels)
        if layout == "concat":
            targets = torch.cat([targets[i, :lengths[i]] for i in range(n)])
        il, tl = inputs, lengths
        if layout == "tensor_lengths":
            il, tl = torch.tensor(inputs), torch.tensor(lengths)
        if layout == "tuple_lengths":
            il, tl = tuple(inputs), tuple(lengths)
        x = lp[:, 0] if unbatched else lp
        if unbatched:
            targets = targets[0]
        loss = torch.nn.functional.ctc_loss(x, targets, il, tl, reduction=reduction,
                                            zero_infinity=zero_infinity)
        loss.backward(torch.tensor(rng.standard_normal(tuple(loss.shape)), dtype=dt))
        return {"loss": loss, "grad": lp.grad, "grad_fn": type(loss.grad_fn).__name__}
    return run


for _i, (_red, _zi, _layout) in enumerate(itertools.product(
        ("none", "mean", "sum"), (False, True),
        ("padded", "concat", "tensor_lengths", "tuple_lengths", "infeasible"))):
    CASES[f"ctc_{_red}_{int(_zi)}_{_layout}"] = _ctc_case(_red, _zi, _layout, 100 + _i)
for _red in ("none", "mean", "sum"):
    CASES[f"ctc_unbatched_{_red}"] = _ctc_case(_red, False, "padded", 200, unbatched=True)
CASES["ctc_float32"] = _ctc_case("mean", False, "padded", 300, "float32")


@case("ctc_blank_last")
def _ctc_blank(torch):
    rng = _rng(301)
    lp = torch.tensor(rng.standard_normal((7, 2, 4))).log_softmax(2).detach().requires_grad_()
    targets = torch.tensor([[0, 1, 1], [2, 0, 0]])
    loss = torch.nn.CTCLoss(blank=3)(lp, targets, [7, 6], [3, 1])
    loss.backward()
    return {"loss": loss, "grad": lp.grad, "repr": repr(torch.nn.CTCLoss(blank=3))}


@case("ctc_double_backward_error")
def _ctc_gradgrad(torch):
    lp = torch.zeros(4, 1, 3, requires_grad=True)
    loss = torch.nn.functional.ctc_loss(lp.log_softmax(2), torch.tensor([[1, 2]]), [4], [2])
    (g,) = torch.autograd.grad(loss, lp, create_graph=True)
    try:
        g.sum().backward()
    except RuntimeError as e:
        return {"error": str(e)}
    return {"error": None}


def _pdist_case(p, seed):
    def run(torch):
        rng = _rng(seed)
        x = torch.tensor(rng.standard_normal((5, 3)), requires_grad=True)
        out = torch.pdist(x, p)
        out.backward(torch.tensor(rng.standard_normal(tuple(out.shape))))
        return {"out": out, "grad": x.grad, "grad_fn": type(out.grad_fn).__name__,
                "functional": torch.nn.functional.pdist(x.detach(), p)}
    return run


for _i, _p in enumerate((0, 0.5, 1, 1.5, 2, 3, float("inf"))):
    CASES[f"pdist_p{_p}"] = _pdist_case(_p, 400 + _i)


@case("pdist_small")
def _pdist_small(torch):
    return {"one": torch.pdist(torch.ones(1, 3)), "empty": torch.pdist(torch.ones(0, 3)),
            "ties": torch.pdist(torch.tensor([[0.0, 0.0], [0.0, 0.0], [3.0, 4.0]]))}


def _adaptive_max_case(shape, output_size, seed):
    def run(torch):
        rng = _rng(seed)
        x = torch.tensor(rng.standard_normal(shape), requires_grad=True)
        out, idx = torch.nn.functional.adaptive_max_pool3d(x, output_size, return_indices=True)
        out.backward(torch.tensor(rng.standard_normal(tuple(out.shape))))
        return {"out": out, "indices": idx, "grad": x.grad,
                "grad_fn": type(out.grad_fn).__name__,
                "module": torch.nn.AdaptiveMaxPool3d(output_size, True)(x.detach())[1]}
    return run


CASES["adaptive_max_pool3d_batched"] = _adaptive_max_case((2, 2, 5, 6, 7), (2, 3, 4), 500)
CASES["adaptive_max_pool3d_unbatched"] = _adaptive_max_case((2, 4, 5, 3), 2, 501)
CASES["adaptive_max_pool3d_none"] = _adaptive_max_case((1, 2, 4, 5, 6), (None, 2, None), 502)


@case("spectral_norm_hook")
def _spectral_hook(torch):
    torch.manual_seed(0)
    m = torch.nn.utils.spectral_norm(torch.nn.Linear(5, 4).double())
    before = m.weight_u.clone()
    x = torch.randn(3, 5, dtype=torch.float64)
    y = m(x)
    y.sum().backward()
    out = {"keys": list(m.state_dict()), "u0": before, "y": y, "grad": m.weight_orig.grad,
           "u1": m.weight_u, "v1": m.weight_v, "grad_fn": type(m.weight.grad_fn).__name__}
    m.eval()
    out["y_eval"] = m(x)
    out["u_eval"] = m.weight_u
    torch.nn.utils.remove_spectral_norm(m)
    out["removed_keys"] = list(m.state_dict())
    out["removed_weight"] = m.weight
    return out


@case("spectral_norm_conv_transpose")
def _spectral_conv_t(torch):
    torch.manual_seed(1)
    m = torch.nn.utils.spectral_norm(torch.nn.ConvTranspose2d(3, 2, 3).double(),
                                     n_power_iterations=3)
    y = m(torch.randn(1, 3, 4, 4, dtype=torch.float64))
    return {"u": m.weight_u, "v": m.weight_v, "y_sum": y.sum(), "weight": m.weight}


@case("spectral_norm_parametrization")
def _spectral_param(torch):
    torch.manual_seed(2)
    m = torch.nn.utils.parametrizations.spectral_norm(torch.nn.Linear(6, 3).double())
    u0 = m.parametrizations.weight[0]._u.clone()
    y = m(torch.randn(2, 6, dtype=torch.float64))
    y.sum().backward()
    return {"keys": list(m.state_dict()), "class": type(m).__name__, "u0": u0, "y": y,
            "grad": m.parametrizations.weight.original.grad,
            "v": m.parametrizations.weight[0]._v}


@case("spectral_norm_parametrization_conv")
def _spectral_param_conv(torch):
    torch.manual_seed(3)
    m = torch.nn.utils.parametrizations.spectral_norm(torch.nn.Conv2d(2, 3, 3).double(), dim=1,
                                                      n_power_iterations=2)
    m.eval()
    w = m.weight
    m.train()
    return {"eval_weight": w, "train_weight": m.weight, "u": m.parametrizations.weight[0]._u}


@case("spectral_norm_parametrization_vector")
def _spectral_param_vector(torch):
    torch.manual_seed(4)
    m = torch.nn.Linear(3, 4).double()
    torch.nn.utils.parametrizations.spectral_norm(m, "bias")
    return {"bias": m.bias, "buffers": [n for n, _ in m.named_buffers()]}


def _orthogonal_case(shape, seed, **kwargs):
    def run(torch):
        torch.manual_seed(seed)
        m = torch.nn.Linear(shape[1], shape[0]).double()
        torch.nn.utils.parametrizations.orthogonal(m, **kwargs)
        first = m.weight
        opt = torch.optim.SGD(m.parameters(), lr=0.1)
        x = torch.randn(2, shape[1], dtype=torch.float64)
        opt.zero_grad()
        loss = m(x).pow(2).sum() + 3 * m.weight[0, 0]
        loss.backward()
        grad = m.parametrizations.weight.original.grad
        opt.step()
        return {"keys": list(m.state_dict()), "weight": first, "loss": loss, "grad": grad,
                "stepped": m.weight}
    return run


for _i, (_shape, _kwargs) in enumerate([
        ((4, 4), {}), ((5, 3), {}), ((3, 5), {}), ((4, 4), {"orthogonal_map": "cayley"}),
        ((3, 3), {"orthogonal_map": "householder"}), ((6, 4), {"orthogonal_map": "matrix_exp"}),
        ((5, 3), {"orthogonal_map": "householder", "use_trivialization": False})]):
    CASES[f"orthogonal_{_shape[0]}x{_shape[1]}_{'_'.join(map(str, _kwargs.values())) or 'default'}"
          ] = _orthogonal_case(_shape, 600 + _i, **_kwargs)
_ERRORS_MORE = {
    "orthogonal_map": "torch.nn.utils.parametrizations.orthogonal(torch.nn.Linear(3, 3), "
                      "orthogonal_map='foo')",
    "orthogonal_vector": "torch.nn.utils.parametrizations.orthogonal(torch.nn.Linear(3, 3), "
                         "'bias')",
    "orthogonal_assign_exp": "setattr(torch.nn.utils.parametrizations.orthogonal(torch.nn.Linear("
                             "3, 3), use_trivialization=False), 'weight', torch.eye(3))",
}
for _name, _code in _ERRORS_MORE.items():
    CASES[f"error_{_name}"] = _error_case(_code)


@case("ctc_zero_lengths")
def _ctc_zero_lengths(torch):
    """Empty inputs and targets: torch's -0.0, inf and all-blank paths."""
    rng = _rng(700)
    lp = torch.tensor(rng.standard_normal((4, 3, 3))).log_softmax(2).detach().requires_grad_()
    targets = torch.tensor([[1, 2], [2, 2], [1, 1]])
    out = {}
    for i, (il, tl) in enumerate([([0, 3, 4], [0, 1, 2]), ([0, 4, 1], [1, 0, 1]),
                                  ([4, 4, 4], [0, 0, 0])]):
        lp.grad = None
        none = torch.nn.functional.ctc_loss(lp, targets, il, tl, reduction="none")
        mean = torch.nn.functional.ctc_loss(lp, targets, il, tl, zero_infinity=True)
        mean.backward()
        out[f"none{i}"], out[f"mean{i}"], out[f"grad{i}"] = none, mean, lp.grad
        out[f"signs{i}"] = [str(float(v)) for v in none.tolist()]
    return out


def _grid_double_case(d, mode, padding, align_corners, seed):
    """Second derivatives: the gradients of a weighted sum of grid_sample's gradients."""
    def run(torch):
        rng = _rng(seed)
        shape = (1, 2, 3, 4) if d == 2 else (1, 2, 2, 3, 3)
        gshape = (1, 2, 3, 2) if d == 2 else (1, 2, 1, 2, 3)
        x = torch.tensor(rng.standard_normal(shape), requires_grad=True)
        g = torch.tensor(rng.uniform(-1.2, 1.2, gshape), requires_grad=True)
        out = torch.nn.functional.grid_sample(x, g, mode, padding, align_corners)
        v = torch.tensor(rng.standard_normal(tuple(out.shape)), requires_grad=True)
        gx, gg = torch.autograd.grad(out, (x, g), v, create_graph=True)
        loss = (gx * torch.tensor(rng.standard_normal(shape))).sum() + \
            (gg * torch.tensor(rng.standard_normal(gshape))).sum()
        loss.backward()
        return {"grad_fns": [type(gx.grad_fn).__name__, type(gg.grad_fn).__name__],
                "x": x.grad, "grid": g.grad, "v": v.grad}
    return run


for _i, (_d, _mode, _pad, _align) in enumerate([
        (2, "bilinear", "zeros", False), (2, "bilinear", "reflection", True),
        (2, "bicubic", "border", False), (2, "bicubic", "zeros", True),
        (2, "nearest", "zeros", False), (3, "bilinear", "border", True)]):
    CASES[f"grid_sample_double_{_d}d_{_mode}_{_pad}_{int(_align)}"] = _grid_double_case(
        _d, _mode, _pad, _align, 800 + _i)


@case("parametrize_registration_checks")
def _parametrize_checks(torch):
    """register_parametrization runs the parametrization once unless unsafe (torch's check)."""
    class Calls(torch.nn.Module):
        def __init__(self, fn):
            super().__init__()
            self.fn, self.calls = fn, 0

        def forward(self, x):
            self.calls += 1
            return self.fn(x)

    out = {}
    for name, fn in [("shape", lambda x: x.T), ("dtype", lambda x: x.double()),
                     ("kind", lambda x: x.tolist()), ("fine", lambda x: x * 2)]:
        for unsafe in (False, True):
            p = Calls(fn)
            try:
                torch.nn.utils.parametrize.register_parametrization(
                    torch.nn.Linear(3, 2), "weight", p, unsafe=unsafe)
                out[f"{name}_{unsafe}"] = ["ok", p.calls]
            except ValueError as e:
                out[f"{name}_{unsafe}"] = [str(e), p.calls]
    return out
