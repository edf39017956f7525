"""Workloads 7 and 8, each in a fresh interpreter: a 20,000-step chain, and a cold start.

Run as ``python -m benchmarks._fresh chain <library>``; the parent reads one JSON line. The
checksum adds the output to the gradient, which vanishes through 10,000 tanh steps.
"""

import json
import sys
import time

import numpy as np

STEPS = 20_000

COLD = {
    "chainrule": "import chainrule as torch\nx = torch.tensor(3.0, requires_grad=True)\n"
                 "(3 * x ** 2 + 4 * x + 2).backward()\nprint(x.grad.item())",
    "torch": "import torch\nx = torch.tensor(3.0, requires_grad=True)\n"
             "(3 * x ** 2 + 4 * x + 2).backward()\nprint(x.grad.item())",
    "jax": "import jax\nprint(float(jax.grad(lambda x: 3 * x ** 2 + 4 * x + 2)(3.0)))",
    "autograd": "import autograd\nprint(autograd.grad(lambda x: 3 * x ** 2 + 4 * x + 2)(3.0))",
    "mygrad": "import mygrad as mg\nx = mg.tensor(3.0)\n(3 * x ** 2 + 4 * x + 2).backward()\n"
              "print(float(x.grad))",
}


def _chain(ops, h):
    for i in range(STEPS):
        h = h * 1.0001 + 0.001 if i % 2 == 0 else ops.tanh(h)
    return h.sum()


def _status_mb(field):
    """Read VmRSS or VmHWM (peak) from /proc: unlike ru_maxrss, VmHWM restarts at exec."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _run_chain(name):
    x0 = np.linspace(-1, 1, 16, dtype=np.float32)
    if name in ("chainrule", "torch"):
        lib = __import__(name)
        before, t0 = _status_mb("VmRSS"), time.perf_counter()
        x = lib.tensor(x0, requires_grad=True)
        out = _chain(lib, x)
        out.backward()
        value, grad = out.item(), x.grad.numpy()
    elif name == "jax":
        import jax
        before, t0 = _status_mb("VmRSS"), time.perf_counter()
        value, grad = jax.value_and_grad(lambda x: _chain(jax.numpy, x))(jax.numpy.asarray(x0))
    elif name == "autograd":
        import autograd
        before, t0 = _status_mb("VmRSS"), time.perf_counter()
        value, grad = autograd.value_and_grad(lambda x: _chain(autograd.numpy, x))(x0)
    else:
        import mygrad as mg
        before, t0 = _status_mb("VmRSS"), time.perf_counter()
        x = mg.tensor(x0)
        out = _chain(mg, x)
        out.backward()
        value, grad = out.item(), x.grad
    elapsed = time.perf_counter() - t0
    peak = _status_mb("VmHWM")
    return {"seconds": elapsed, "peak_mb": peak - before,
            "checksum": float(value) + float(np.sum(grad))}


def main(argv):
    kind, name = argv
    if kind == "chain":
        print(json.dumps(_run_chain(name)))


if __name__ == "__main__":
    main(sys.argv[1:])
