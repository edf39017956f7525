"""``chainrule fit``: fit a 1-D function with an MLP and check the network's derivative dy/dx.

The target is parsed from text with ``ast`` against a whitelist (never ``eval``); its true
derivative comes from differentiating the parsed expression with chainrule itself, and the
network's derivative from ``autograd.grad`` on its input, so the report tests autograd twice.
"""

import ast
import math
import time
from dataclasses import dataclass

import chainrule as torch
from chainrule import nn, optim

DEFAULT_FUNCTION = "sin(2*pi*x) * exp(-x)"
FUNCTIONS = {"sin": torch.sin, "cos": torch.cos, "tan": torch.tan, "exp": torch.exp,
             "log": torch.log, "sqrt": torch.sqrt, "tanh": torch.tanh,
             "sigmoid": torch.sigmoid, "abs": torch.abs}
CONSTANTS = {"pi": math.pi, "e": math.e}
ACTIVATIONS = {"tanh": nn.Tanh, "relu": nn.ReLU, "gelu": nn.GELU, "silu": nn.SiLU,
               "sigmoid": nn.Sigmoid, "softplus": nn.Softplus, "elu": nn.ELU}
OPTIMIZERS = {"adam": optim.Adam, "adamw": optim.AdamW, "sgd": optim.SGD,
              "rmsprop": optim.RMSprop}
_BINARY = {ast.Add: lambda a, b: a + b, ast.Sub: lambda a, b: a - b,
           ast.Mult: lambda a, b: a * b, ast.Div: lambda a, b: a / b,
           ast.Pow: lambda a, b: a ** b}
_UNARY = {ast.USub: lambda a: -a, ast.UAdd: lambda a: a}
_MAX_LENGTH = 400


class FunctionError(ValueError):
    """The --function text is not an expression this parser accepts."""


def parse_function(text):
    """Compile ``text`` (in x) into a callable on tensors, allowing only whitelisted syntax."""
    if len(text) > _MAX_LENGTH:
        raise FunctionError(f"expression longer than {_MAX_LENGTH} characters")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except (SyntaxError, RecursionError, MemoryError, ValueError) as exc:
        msg = exc.msg if isinstance(exc, SyntaxError) else "expression too complex"
        raise FunctionError(f"cannot parse {text!r}: {msg}") from None
    body = tree.body
    _check(body)
    return lambda x: _evaluate(body, x)


def _check(root):
    """Reject any node outside the whitelist before anything is evaluated."""
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.BinOp):
            if type(node.op) not in _BINARY:
                raise FunctionError(f"operator {type(node.op).__name__} is not allowed")
            stack += [node.left, node.right]
        elif isinstance(node, ast.UnaryOp):
            if type(node.op) not in _UNARY:
                raise FunctionError(f"operator {type(node.op).__name__} is not allowed")
            stack.append(node.operand)
        elif isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                name = node.func.id if isinstance(node.func, ast.Name) else "this call"
                raise FunctionError(
                    f"unknown function {name!r}; allowed: {', '.join(sorted(FUNCTIONS))}")
            if len(node.args) != 1 or node.keywords:
                raise FunctionError(f"{node.func.id}() takes exactly one argument")
            stack.append(node.args[0])
        elif isinstance(node, ast.Name):
            if node.id != "x" and node.id not in CONSTANTS:
                raise FunctionError(f"unknown name {node.id!r}; use x, pi or e")
        elif isinstance(node, ast.Constant):
            if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
                raise FunctionError(f"constant {node.value!r} is not a real number")
        else:
            raise FunctionError(f"{type(node).__name__} is not allowed in a function of x")


def _evaluate(node, x):
    """Evaluate a checked tree on tensor ``x`` with chainrule ops."""
    if isinstance(node, ast.BinOp):
        return _BINARY[type(node.op)](_evaluate(node.left, x), _evaluate(node.right, x))
    if isinstance(node, ast.UnaryOp):
        return _UNARY[type(node.op)](_evaluate(node.operand, x))
    if isinstance(node, ast.Call):
        arg = _evaluate(node.args[0], x)
        if not isinstance(arg, torch.Tensor):
            arg = torch.full_like(x, float(arg))
        return FUNCTIONS[node.func.id](arg)
    if isinstance(node, ast.Name):
        return x if node.id == "x" else CONSTANTS[node.id]
    return float(node.value)


def target_and_derivative(fn, x):
    """Return f(x) and df/dx at the points ``x``, differentiating the expression itself."""
    x = x.detach().requires_grad_(True)
    y = fn(x)
    if not isinstance(y, torch.Tensor):
        y = torch.full_like(x, float(y))
    if not y.requires_grad:
        return y.detach(), torch.zeros_like(x)
    (dy,) = torch.autograd.grad(y, x, torch.ones_like(y))
    return y.detach(), dy.detach()


def build_mlp(width, depth, activation):
    """Return a 1 → width (× depth hidden layers) → 1 MLP with the named activation."""
    layers, size = [], 1
    for _ in range(depth):
        layers += [nn.Linear(size, width), ACTIVATIONS[activation]()]
        size = width
    layers.append(nn.Linear(size, 1))
    return nn.Sequential(*layers)


def network_derivative(model, x, create_graph=False):
    """Return the model output and dy/dx at ``x`` via ``autograd.grad`` on the input."""
    x = x.detach().requires_grad_(True)
    y = model(x)
    (dy,) = torch.autograd.grad(y, x, torch.ones_like(y), create_graph=create_graph)
    return y, dy


@dataclass
class FitResult:
    """What ``fit`` returns: the model, its errors and where the figure went."""

    model: nn.Module
    train_mse: float
    test_mse: float
    derivative_rmse: float
    derivative_relative: float
    seconds: float
    figure: str = None


def fit(function=DEFAULT_FUNCTION, width=64, depth=2, activation="tanh", optimizer="adam",
        steps=1500, lr=1e-2, derivative_weight=0.0, seed=0, out="fit.png", n_train=256,
        progress=True, log=print):
    """Train an MLP on ``function`` over [0, 1]; return a FitResult, writing a PNG to ``out``."""
    fn = parse_function(function) if isinstance(function, str) else function
    torch.manual_seed(seed)
    gen = torch.Generator().manual_seed(seed)
    x_train = torch.rand(n_train, 1, generator=gen)
    x_test = torch.linspace(0, 1, 1001).reshape(-1, 1)
    y_train, dy_train = target_and_derivative(fn, x_train)
    y_test, dy_test = target_and_derivative(fn, x_test)
    _check_finite(function, y_test, dy_test)
    model = build_mlp(width, depth, activation)
    opt = OPTIMIZERS[optimizer](model.parameters(), lr=lr)
    sched = optim.lr_scheduler.CosineAnnealingLR(opt, T_max=steps, eta_min=lr / 100)
    bar = _progress(steps, progress)
    start = time.perf_counter()
    previous_threads = _set_blas_threads(1)
    try:
        _train(model, opt, sched, x_train, y_train, dy_train, steps, derivative_weight, bar)
    finally:
        _set_blas_threads(previous_threads)
    seconds = time.perf_counter() - start
    with torch.no_grad():
        train_mse = nn.functional.mse_loss(model(x_train), y_train).item()
    pred, dpred = network_derivative(model, x_test)
    pred, dpred = pred.detach(), dpred.detach()
    test_mse = nn.functional.mse_loss(pred, y_test).item()
    d_rmse = nn.functional.mse_loss(dpred, dy_test).item() ** 0.5
    d_scale = max((dy_test ** 2).mean().item() ** 0.5, 1e-12)
    result = FitResult(model, train_mse, test_mse, d_rmse, d_rmse / d_scale, seconds)
    if out:
        result.figure = _plot(out, function, x_train, y_train, x_test, y_test, dy_test, pred,
                              dpred, log)
    return result


def _train(model, opt, sched, x_train, y_train, dy_train, steps, derivative_weight, bar):
    """Run the optimisation loop, adding the derivative misfit when its weight is positive."""
    for step in range(steps):
        opt.zero_grad()
        if derivative_weight > 0:
            pred, dpred = network_derivative(model, x_train, create_graph=True)
            loss = nn.functional.mse_loss(pred, y_train) + derivative_weight * \
                nn.functional.mse_loss(dpred, dy_train)
        else:
            loss = nn.functional.mse_loss(model(x_train), y_train)
        loss.backward()
        opt.step()
        sched.step()
        if bar is not None and (step % 25 == 0 or step == steps - 1):
            bar.set_postfix(loss=f"{loss.item():.3e}", refresh=False)
            bar.update(step + 1 - bar.n)
    if bar is not None:
        bar.close()


def _set_blas_threads(n):
    """Set OpenBLAS's thread count, returning the old one (None if OpenBLAS is not found).

    The matrices here are tiny (256 x 64); a threaded BLAS spends more time waking threads than
    multiplying, and on a busy machine runs 10-20 times slower than one thread.
    """
    if n is None:
        return None
    import ctypes
    try:
        with open("/proc/self/maps") as maps:
            paths = {line.split()[-1] for line in maps if "openblas" in line.lower()}
    except OSError:
        return None
    for path in paths:
        lib = ctypes.CDLL(path)
        for prefix in ("scipy_openblas", "openblas"):
            for suffix in ("64_", ""):
                setter = getattr(lib, f"{prefix}_set_num_threads{suffix}", None)
                getter = getattr(lib, f"{prefix}_get_num_threads{suffix}", None)
                if setter is not None and getter is not None:
                    old = getter()
                    setter(n)
                    return old
    return None


def _check_finite(function, *tensors):
    import numpy as np
    for t in tensors:
        if not np.isfinite(t.numpy()).all():
            raise FunctionError(f"{function!r} or its derivative is not finite on [0, 1]")


def _progress(steps, enabled):
    """Return a tqdm bar, or None when disabled or tqdm is not installed."""
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=steps, desc="fit", unit="step", leave=False)


def _plot(out, title, x_train, y_train, x_test, y_test, dy_test, pred, dpred, log):
    """Draw f and the fit, and dy/dx against the true derivative, into a PNG."""
    try:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        log("matplotlib is not installed (pip install 'chainrule[fit]'); no figure written")
        return None
    import os
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    xs = x_test.numpy().ravel()
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 6), sharex=True)
    top.plot(xs, y_test.numpy().ravel(), "k-", lw=2, label="f(x)")
    top.plot(xs, pred.numpy().ravel(), "r--", lw=1.5, label="network")
    top.plot(x_train.numpy().ravel(), y_train.numpy().ravel(), ".", ms=3, alpha=0.4,
             label="training points")
    top.set_title(f"f(x) = {title}" if isinstance(title, str) else "fit")
    top.legend()
    bottom.plot(xs, dy_test.numpy().ravel(), "k-", lw=2, label="df/dx (exact, autograd)")
    bottom.plot(xs, dpred.numpy().ravel(), "r--", lw=1.5, label="dy/dx (network, autograd)")
    bottom.set_xlabel("x")
    bottom.legend()
    fig.tight_layout()
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def report(result, function, log=print):
    """Print the final report of a fit."""
    log(f"f(x) = {function}")
    log(f"model: {sum(p.numel() for p in result.model.parameters())} parameters, "
        f"trained in {result.seconds:.2f} s")
    log(f"train MSE      {result.train_mse:.3e}")
    log(f"test MSE       {result.test_mse:.3e}")
    log(f"dy/dx RMSE     {result.derivative_rmse:.3e} "
        f"({100 * result.derivative_relative:.2f}% of the RMS of df/dx)")
    if result.figure:
        log(f"figure         {result.figure}")
