"""Record torch's nn/optim behaviour into tests/fixtures/nn_*.json (run with the torch venv).

Usage: /work/torchenv/bin/python tools/record_nn_fixtures.py

Inputs and initial weights are generated here with NumPy and stored in the fixtures, so the
tests rebuild identical models without torch's random stream. Floats are stored as Python
floats (float32 values convert exactly).
"""

import json
import pathlib

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

FIXTURES = pathlib.Path(__file__).resolve().parents[1] / "tests" / "fixtures"
RNG = np.random.default_rng(2026)


def arr(shape, low=-1.0, high=1.0):
    """A float32 array of reproducible uniform values."""
    return RNG.uniform(low, high, shape).astype(np.float32)


def dump(t):
    return t.detach().numpy().tolist()


def mlp(widths, act):
    layers = []
    for i, (a, b) in enumerate(zip(widths[:-1], widths[1:])):
        layers.append(nn.Linear(a, b))
        if i < len(widths) - 2:
            layers.append(act())
    return nn.Sequential(*layers)


def optimizer_cases():
    """Train a 1-8-8-1 tanh MLP a few steps with each optimizer configuration."""
    x = np.linspace(0, 1, 32, dtype=np.float32).reshape(-1, 1)
    y = (np.sin(2 * np.pi * x) * np.exp(-x)).astype(np.float32)
    widths = [1, 8, 8, 1]
    init = {}
    model = mlp(widths, nn.Tanh)
    for name, p in model.named_parameters():
        init[name] = arr(tuple(p.shape), -0.5, 0.5).tolist()
    configs = [
        ("SGD", {"lr": 0.1}),
        ("SGD", {"lr": 0.05, "momentum": 0.9}),
        ("SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 0.01}),
        ("SGD", {"lr": 0.05, "momentum": 0.5, "dampening": 0.3, "maximize": True}),
        ("Adam", {"lr": 0.01}),
        ("Adam", {"lr": 0.01, "weight_decay": 0.1, "amsgrad": True}),
        ("AdamW", {"lr": 0.01}),
        ("AdamW", {"lr": 0.02, "amsgrad": True, "betas": (0.8, 0.99)}),
        ("RMSprop", {"lr": 0.01}),
        ("RMSprop", {"lr": 0.01, "momentum": 0.9, "centered": True, "weight_decay": 0.01}),
        ("Adagrad", {"lr": 0.1, "lr_decay": 0.01, "initial_accumulator_value": 0.1}),
        ("Adadelta", {"lr": 1.0}),
        ("Adadelta", {"lr": 0.5, "rho": 0.8, "weight_decay": 0.01}),
    ]
    cases = []
    for name, kwargs in configs:
        model = mlp(widths, nn.Tanh)
        with torch.no_grad():
            for pname, p in model.named_parameters():
                p.copy_(torch.tensor(init[pname]))
        opt = getattr(torch.optim, name)(model.parameters(), **kwargs)
        xt, yt = torch.tensor(x), torch.tensor(y)
        losses = []
        for _ in range(6):
            opt.zero_grad()
            loss = F.mse_loss(model(xt), yt)
            loss.backward()
            opt.step()
            losses.append(loss.item())
        cases.append({"optimizer": name, "kwargs": kwargs, "losses": losses,
                      "final": {k: dump(v) for k, v in model.state_dict().items()},
                      "state_keys": sorted(opt.state_dict()["state"].get(0, {}).keys()),
                      "step": float(opt.state_dict()["state"].get(0, {}).get("step", -1))})
    updates = []
    p0 = arr((3, 4))
    grads = [arr((3, 4), -2, 2) for _ in range(5)]
    for name, kwargs in configs:
        p = torch.nn.Parameter(torch.tensor(p0))
        opt = getattr(torch.optim, name)([p], **kwargs)
        trail = []
        for g in grads:
            p.grad = torch.tensor(g)
            opt.step()
            trail.append(dump(p))
        updates.append({"optimizer": name, "kwargs": kwargs, "params": trail})
    lbfgs = []
    a_mat, b_vec = arr((6, 3)), arr(6)
    for ls in (None, "strong_wolfe"):
        w = torch.zeros(3, requires_grad=True)
        opt = torch.optim.LBFGS([w], lr=0.8, max_iter=4, history_size=3, line_search_fn=ls)

        def closure():
            opt.zero_grad()
            r = torch.tensor(a_mat) @ w - torch.tensor(b_vec)
            loss = 0.5 * (r * r).sum() + 0.05 * (w * w).sum()
            loss.backward()
            return loss
        firsts = [opt.step(closure).item() for _ in range(3)]
        lbfgs.append({"line_search_fn": ls, "first_losses": firsts, "final": dump(w),
                      "func_evals": opt.state_dict()["state"][0]["func_evals"]})
    return {"x": x.tolist(), "y": y.tolist(), "widths": widths, "init": init, "cases": cases,
            "lbfgs": lbfgs, "lbfgs_problem": {"A": a_mat.tolist(), "b": b_vec.tolist()},
            "p0": p0.tolist(), "grads": [g.tolist() for g in grads],
            "updates": updates}


def scheduler_cases():
    """Record the lr sequence of each scheduler over 12 steps."""
    def run(make, steps=12, metrics=None, opt_name="SGD", kwargs=None):
        p = torch.nn.Parameter(torch.zeros(1))
        opt = getattr(torch.optim, opt_name)([p], **(kwargs or {"lr": 0.1, "momentum": 0.9}))
        sched = make(opt)
        lrs, moms = [], []
        for i in range(steps):
            opt.step()
            if metrics is not None:
                sched.step(metrics[i])
            else:
                sched.step()
            lrs.append(opt.param_groups[0]["lr"])
            g = opt.param_groups[0]
            moms.append(g["betas"][0] if "betas" in g else g.get("momentum"))
        return {"lrs": lrs, "momentum": moms}
    S = torch.optim.lr_scheduler
    return {
        "StepLR": run(lambda o: S.StepLR(o, step_size=3, gamma=0.5)),
        "MultiStepLR": run(lambda o: S.MultiStepLR(o, milestones=[2, 5, 5, 9], gamma=0.3)),
        "ExponentialLR": run(lambda o: S.ExponentialLR(o, gamma=0.9)),
        "CosineAnnealingLR": run(lambda o: S.CosineAnnealingLR(o, T_max=5, eta_min=0.01),
                                 steps=16),
        "LambdaLR": run(lambda o: S.LambdaLR(o, lambda e: 1 / (1 + e))),
        "OneCycleLR": run(lambda o: S.OneCycleLR(o, max_lr=1.0, total_steps=12), steps=11),
        "OneCycleLR_adam_linear_3phase": run(
            lambda o: S.OneCycleLR(o, max_lr=0.5, total_steps=13, anneal_strategy="linear",
                                   three_phase=True), steps=12, opt_name="Adam",
            kwargs={"lr": 0.1}),
        "ReduceLROnPlateau": run(lambda o: S.ReduceLROnPlateau(o, patience=2, factor=0.5,
                                                               cooldown=1),
                                 metrics=[5, 4, 4, 4, 4, 3.9999, 4, 4, 4, 4, 4, 4]),
    }


def function_cases():
    """Values, input gradients and grad_fn names of nn.functional ops."""
    cases = []

    def add(name, fn, inputs, targets=()):
        ts = [torch.tensor(a, requires_grad=True) for a in inputs]
        out = fn(*ts, *[torch.tensor(t) for t in targets])
        weights = arr(tuple(out.shape))
        (out * torch.tensor(weights)).sum().backward()
        cases.append({"name": name, "inputs": [a.tolist() for a in inputs],
                      "targets": [np.asarray(t).tolist() for t in targets],
                      "target_dtypes": [str(np.asarray(t).dtype) for t in targets],
                      "out": dump(out), "weights": weights.tolist(),
                      "grads": [dump(t.grad) for t in ts], "grad_fn": type(out.grad_fn).__name__})
    x = arr((4, 5), -3, 3)
    for act in ("relu", "gelu", "silu", "elu", "selu", "celu", "leaky_relu", "softplus",
                "hardtanh", "relu6", "logsigmoid", "mish", "sigmoid", "tanh"):
        add(act, getattr(F, act), [x])
    add("gelu_tanh", lambda t: F.gelu(t, approximate="tanh"), [x])
    add("leaky_relu_0.2", lambda t: F.leaky_relu(t, 0.2), [x])
    add("softplus_beta", lambda t: F.softplus(t, beta=2.0, threshold=3.0), [x])
    add("softmax", lambda t: F.softmax(t, dim=1), [x])
    add("softmax0", lambda t: F.softmax(t, dim=0), [x])
    add("log_softmax", lambda t: F.log_softmax(t, dim=1), [x])
    add("softmin", lambda t: F.softmin(t, dim=-1), [x])
    tgt = np.array([0, 3, 4, 1])
    for red in ("mean", "sum", "none"):
        add(f"cross_entropy_{red}", lambda t, c, r=red: F.cross_entropy(t, c, reduction=r),
            [x], [tgt])
        add(f"mse_{red}", lambda a, b, r=red: F.mse_loss(a, b, reduction=r), [x, arr((4, 5))])
        add(f"l1_{red}", lambda a, b, r=red: F.l1_loss(a, b, reduction=r), [x, arr((4, 5))])
        add(f"smooth_l1_{red}", lambda a, b, r=red: F.smooth_l1_loss(a, b, reduction=r, beta=0.5),
            [x, arr((4, 5))])
        add(f"huber_{red}", lambda a, b, r=red: F.huber_loss(a, b, reduction=r, delta=2.0),
            [x, arr((4, 5))])
        add(f"bce_{red}", lambda a, b, r=red: F.binary_cross_entropy(a, b, reduction=r),
            [arr((3, 4), 0.05, 0.95), arr((3, 4), 0, 1)])
        add(f"bce_logits_{red}",
            lambda a, b, r=red: F.binary_cross_entropy_with_logits(a, b, reduction=r),
            [arr((3, 4), -4, 4), arr((3, 4), 0, 1)])
    cw = np.array([0.5, 1.0, 2.0, 1.5, 0.7], np.float32)
    add("cross_entropy_weight_ignore",
        lambda t, c: F.cross_entropy(t, c, weight=torch.tensor(cw), ignore_index=3), [x], [tgt])
    add("cross_entropy_smoothing",
        lambda t, c: F.cross_entropy(t, c, label_smoothing=0.2), [x], [tgt])
    add("cross_entropy_weight_smoothing",
        lambda t, c: F.cross_entropy(t, c, weight=torch.tensor(cw), label_smoothing=0.1,
                                     ignore_index=1), [x], [tgt])
    add("cross_entropy_probs", lambda t, p: F.cross_entropy(t, p),
        [x], [np.abs(arr((4, 5))) / 2.5])
    add("cross_entropy_4d", lambda t, c: F.cross_entropy(t, c),
        [arr((2, 3, 2, 2), -2, 2)], [np.array([[[0, 1], [2, 2]], [[1, 0], [0, 2]]])])
    add("nll_loss", lambda t, c: F.nll_loss(F.log_softmax(t, 1), c), [x], [tgt])
    add("nll_loss_1d", lambda t, c: F.nll_loss(t, c), [x[0]], [np.array(2)])
    add("bce_logits_pos_weight",
        lambda a, b: F.binary_cross_entropy_with_logits(
            a, b, pos_weight=torch.tensor([1.0, 2.0, 0.5, 3.0])), [arr((3, 4), -4, 4),
                                                                   arr((3, 4), 0, 1)])
    add("bce_weight", lambda a, b: F.binary_cross_entropy(
        a, b, weight=torch.tensor([1.0, 2.0, 0.5, 3.0])), [arr((3, 4), 0.05, 0.95),
                                                            arr((3, 4), 0, 1)])
    add("linear_2d", lambda a, w, b: F.linear(a, w, b), [arr((3, 4)), arr((2, 4)), arr(2)])
    add("linear_1d", lambda a, w, b: F.linear(a, w, b), [arr(4), arr((2, 4)), arr(2)])
    add("linear_3d", lambda a, w, b: F.linear(a, w, b), [arr((2, 3, 4)), arr((2, 4)), arr(2)])
    add("linear_nobias", lambda a, w: F.linear(a, w), [arr((3, 4)), arr((2, 4))])
    add("embedding", lambda w, i: F.embedding(i, w), [arr((5, 3))],
        [np.array([[0, 2, 2], [4, 0, 1]])])
    add("embedding_padding", lambda w, i: F.embedding(i, w, padding_idx=2), [arr((5, 3))],
        [np.array([[0, 2, 2], [4, 0, 1]])])
    img = arr((2, 4, 7, 6), -2, 2)
    add("conv2d", lambda x, w, b: F.conv2d(x, w, b), [img, arr((3, 4, 3, 3)), arr(3)])
    add("conv2d_strided", lambda x, w, b: F.conv2d(x, w, b, stride=(2, 1), padding=(1, 2),
                                                   dilation=(1, 2), groups=2),
        [img, arr((6, 2, 3, 2)), arr(6)])
    add("conv2d_same_nobias", lambda x, w: F.conv2d(x, w, padding="same"),
        [img, arr((2, 4, 3, 3))])
    add("conv1d", lambda x, w, b: F.conv1d(x, w, b, stride=2, padding=1),
        [arr((3, 2, 9)), arr((4, 2, 3)), arr(4)])
    add("conv1d_unbatched", lambda x, w: F.conv1d(x, w), [arr((2, 9)), arr((4, 2, 3))])
    add("conv_transpose2d", lambda x, w, b: F.conv_transpose2d(
        x, w, b, stride=2, padding=1, output_padding=1, groups=2, dilation=(1, 2)),
        [img, arr((4, 3, 3, 2)), arr(6)])
    add("conv_transpose1d", lambda x, w: F.conv_transpose1d(x, w, stride=3),
        [arr((2, 2, 5)), arr((2, 3, 4))])
    add("max_pool2d", lambda x: F.max_pool2d(x, 2), [img])
    add("max_pool2d_padded_ceil", lambda x: F.max_pool2d(x, 3, 2, 1, ceil_mode=True), [img])
    add("max_pool2d_dilated", lambda x: F.max_pool2d(x, (2, 3), (1, 2), dilation=(2, 1)), [img])
    add("max_pool1d", lambda x: F.max_pool1d(x, 3, 2), [arr((2, 3, 9))])
    add("avg_pool2d", lambda x: F.avg_pool2d(x, 2), [img])
    add("avg_pool2d_padded_ceil", lambda x: F.avg_pool2d(x, 3, 2, 1, ceil_mode=True), [img])
    add("avg_pool2d_exclude_pad", lambda x: F.avg_pool2d(x, 3, 2, 1, count_include_pad=False),
        [img])
    add("avg_pool1d", lambda x: F.avg_pool1d(x, 2), [arr((2, 3, 9))])
    add("adaptive_avg_pool2d_1", lambda x: F.adaptive_avg_pool2d(x, 1), [img])
    add("adaptive_avg_pool2d_grid", lambda x: F.adaptive_avg_pool2d(x, (7, 3)), [img])
    add("batch_norm_train", lambda x, w, b: F.batch_norm(
        x, torch.zeros(4), torch.ones(4), w, b, training=True), [img, arr(4), arr(4)])
    add("batch_norm_eval", lambda x, w, b: F.batch_norm(
        x, torch.tensor([0.1, -0.2, 0.3, 0.0]), torch.tensor([1.5, 0.5, 2.0, 1.0]), w, b,
        training=False), [img, arr(4), arr(4)])
    add("batch_norm_1d", lambda x: F.batch_norm(x, None, None, training=True),
        [arr((5, 3))])
    add("layer_norm", lambda x, w, b: F.layer_norm(x, (7, 6), w, b), [img, arr((7, 6)),
                                                                      arr((7, 6))])
    add("layer_norm_plain", lambda x: F.layer_norm(x, (6,)), [img])
    add("group_norm", lambda x, w, b: F.group_norm(x, 2, w, b), [img, arr(4), arr(4)])
    add("group_norm_plain", lambda x: F.group_norm(x, 4), [arr((3, 4, 5))])
    add("pad", lambda t: F.pad(t, (1, 2)), [x])
    add("pad_crop_value", lambda t: F.pad(t, (1, -2, 0, 3), value=3.0), [x])
    add("normalize", lambda t: F.normalize(t, p=3.0, dim=0), [x])
    add("cosine_similarity", lambda a, b: F.cosine_similarity(a, b), [x, arr((4, 5))])
    add("kl_div_batchmean", lambda a, b: F.kl_div(F.log_softmax(a, 1), b, reduction="batchmean"),
        [x], [np.abs(arr((4, 5))) / 2.5])
    add("kl_div_log_target_sum", lambda a, b: F.kl_div(a, b, reduction="sum", log_target=True),
        [x, arr((4, 5))])
    add("hardswish", F.hardswish, [x])
    add("hardsigmoid", F.hardsigmoid, [x])
    add("softsign", F.softsign, [x])
    return cases


def running_stats_case():
    """BatchNorm2d running statistics after three training batches, then one eval output."""
    bn = nn.BatchNorm2d(3, momentum=0.2)
    batches = [arr((4, 3, 2, 2), -3, 3) for _ in range(3)]
    for b in batches:
        bn(torch.tensor(b))
    bn.eval()
    out = bn(torch.tensor(batches[0]))
    return {"batches": [b.tolist() for b in batches], "running_mean": dump(bn.running_mean),
            "running_var": dump(bn.running_var),
            "num_batches_tracked": int(bn.num_batches_tracked), "eval_out": dump(out)}


def sequence_cases():
    """RNN/LSTM/GRU, attention and transformer outputs and gradients from stored weights."""
    configs = {
        "rnn_relu": (lambda: nn.RNN(3, 4, nonlinearity="relu"), (5, 2, 3)),
        "lstm_2layer_batch_first": (lambda: nn.LSTM(3, 4, num_layers=2, batch_first=True),
                                    (2, 5, 3)),
        "gru_bidirectional": (lambda: nn.GRU(3, 4, bidirectional=True), (5, 2, 3)),
        "lstm_unbatched": (lambda: nn.LSTM(3, 2), (4, 3)),
        "mha": (lambda: nn.MultiheadAttention(8, 2), (5, 2, 8)),
        "encoder_layer": (lambda: nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0,
                                                             batch_first=True), (2, 5, 8)),
        "encoder_layer_norm_first_gelu": (lambda: nn.TransformerEncoderLayer(
            8, 2, 16, dropout=0.0, activation="gelu", norm_first=True), (5, 2, 8)),
    }
    cases = {}
    for name, (make, shape) in configs.items():
        torch.manual_seed(0)
        module = make()
        weights = {k: arr(tuple(p.shape), -0.6, 0.6) for k, p in module.named_parameters()}
        with torch.no_grad():
            for k, p in module.named_parameters():
                p.copy_(torch.tensor(weights[k]))
        x = torch.tensor(arr(shape), requires_grad=True)
        if name == "mha":
            mask = torch.tensor([[False, True, False, False, False]] * 5)
            pad = torch.tensor([[False] * 4 + [True], [False] * 5])
            out, attn = module(x, x, x, attn_mask=mask, key_padding_mask=pad)
            extra = {"attn": dump(attn)}
        else:
            out = module(x)
            extra = {}
        if isinstance(out, tuple):
            out = out[0]
        w = arr(tuple(out.shape))
        (out * torch.tensor(w)).sum().backward()
        cases[name] = {"weights": {k: v.tolist() for k, v in weights.items()},
                       "input": x.detach().numpy().tolist(), "out": dump(out),
                       "out_weights": w.tolist(), "input_grad": dump(x.grad),
                       "param_grads": {k: dump(p.grad) for k, p in module.named_parameters()},
                       "repr": repr(module), **extra}
    return cases


def repr_cases():
    """Module and optimizer reprs."""
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(nn.Linear(1, 64), nn.Tanh(), nn.Linear(64, 1))
            self.head = nn.ModuleList([nn.ReLU(), nn.ReLU(), nn.Sigmoid()])
            self.drop = nn.Dropout(0.25)

        def forward(self, x):
            return self.body(x)
    p = nn.Parameter(torch.tensor([[1.0, -2.5], [0.125, 3.0]]))
    mods = {
        "net": Net(),
        "linear_nobias": nn.Linear(3, 2, bias=False),
        "activations": nn.Sequential(nn.ReLU(), nn.ReLU(inplace=True), nn.LeakyReLU(),
                                     nn.ELU(alpha=0.5), nn.GELU(approximate="tanh"),
                                     nn.Softplus(), nn.Softmax(dim=-1), nn.LogSoftmax(dim=1),
                                     nn.Hardtanh(), nn.SiLU(), nn.Flatten(), nn.Identity()),
        "losses": nn.Sequential(nn.MSELoss(), nn.CrossEntropyLoss(), nn.L1Loss(),
                                nn.BCELoss(), nn.BCEWithLogitsLoss(), nn.NLLLoss()),
        "embedding": nn.Embedding(10, 3, padding_idx=0),
        "empty_sequential": nn.Sequential(),
        "cnn": nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(),
                             nn.MaxPool2d(2), nn.Conv2d(8, 16, (3, 5), stride=2, groups=8,
                                                        bias=False, dilation=2),
                             nn.AvgPool2d(2), nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(),
                             nn.LayerNorm(16), nn.Linear(16, 10), nn.GroupNorm(2, 4)),
        "conv_transpose": nn.Sequential(nn.ConvTranspose2d(4, 2, 3, stride=2, padding=1,
                                                           output_padding=1),
                                        nn.ConvTranspose1d(2, 4, 3, groups=2, bias=False,
                                                           dilation=2)),
        "conv1d": nn.Sequential(nn.Conv1d(2, 4, 3, dilation=2, padding="same"),
                                nn.MaxPool1d(3), nn.AvgPool1d(2), nn.BatchNorm1d(4)),
    }
    out = {k: repr(m) for k, m in mods.items()}
    out["parameter"] = repr(p)
    out["parameter_double"] = repr(nn.Parameter(torch.tensor([1.5, 2.0], dtype=torch.float64)))
    out["parameter_nograd"] = repr(nn.Parameter(torch.tensor([1.0, 2.0]), requires_grad=False))
    out["sgd"] = repr(torch.optim.SGD([p], lr=0.1, momentum=0.9))
    out["adam"] = repr(torch.optim.Adam([p]))
    out["state_dict_keys"] = list(Net().state_dict().keys())
    return out


def main():
    FIXTURES.mkdir(parents=True, exist_ok=True)
    data = {"torch_version": torch.__version__, "optim": optimizer_cases(),
            "schedulers": scheduler_cases(), "functions": function_cases(),
            "reprs": repr_cases(), "running_stats": running_stats_case(),
            "sequences": sequence_cases()}
    (FIXTURES / "nn_torch.json").write_text(json.dumps(data, indent=1))
    print(f"wrote {FIXTURES / 'nn_torch.json'}")


if __name__ == "__main__":
    main()
