"""Record torch's seeded random draws bit for bit into tests/fixtures/random_torch.json.

Run with the torch environment: ``/work/torchenv/bin/python tools/record_random_fixtures.py``.
Each case is a snippet that sets ``out`` to a tensor or a list of tensors and plain values; floats
are stored as their IEEE bit patterns so the test compares exact bits, not printed digits.
"""

import json
import pathlib

import numpy as np
import torch
import torch.nn as nn  # noqa: F401  (snippets use nn)
import torch.utils.data  # noqa: F401

_OUT = pathlib.Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "random_torch.json"

_SEEDED = "torch.manual_seed({seed})\n"

CASES = {
    # uniform: 24 bits of one word for float32, 53 bits of two for float64, fused scaling
    "rand_f32": "out = [torch.rand(5), torch.rand(2, 3), torch.rand(300)]",
    "rand_f64": "out = [torch.rand(7, dtype=torch.float64), torch.rand(3, 2, dtype=torch.float64)]",
    "rand_f16": "out = [torch.rand(9, dtype=torch.float16), torch.randn(5, dtype=torch.float16),"
                " torch.randn(35, dtype=torch.float16), torch.randn(32, dtype=torch.float16),"
                " torch.empty(20, dtype=torch.float16).normal_(2, 3),"
                " torch.empty(4, dtype=torch.float16).uniform_(-2, 2),"
                " torch.empty(4, dtype=torch.float16).random_()]",
    "uniform_bounds_f32": "out = [torch.empty(500).uniform_(-0.3, 0.7), "
                          "torch.empty(500).uniform_(2.5, 7.1), torch.empty(3).uniform_()]",
    "uniform_bounds_f64": "out = [torch.empty(500, dtype=torch.float64).uniform_(-0.3, 0.7), "
                          "torch.empty(500, dtype=torch.float64).uniform_(-1e3, 1e-3)]",
    "uniform_transposed": "t = torch.zeros(4, 3).t()\nt.uniform_()\nout = t",
    # normal: Box-Muller in blocks of 16 (float32: AVX2 polynomials), serial below 16
    "randn_small": "out = [torch.randn(1), torch.randn(7), torch.randn(15), torch.randn(3, 5)]",
    "randn_blocks": "out = [torch.randn(16), torch.randn(17), torch.randn(31), torch.randn(100)]",
    "randn_large": "out = torch.randn(48, 67)",
    "randn_f64": "out = [torch.randn(5, dtype=torch.float64), torch.randn(16, dtype=torch.float64),"
                 " torch.randn(45, dtype=torch.float64)]",
    "randn_cache": "a = torch.randn(3, dtype=torch.float64)\nb = torch.randn(20)\n"
                   "c = torch.randn(3, dtype=torch.float64)\nout = [a, b, c]",
    "normal_mean_std": "out = [torch.empty(40).normal_(1.5, 0.3), torch.empty(5).normal_(-2, 4),"
                       " torch.empty(40, dtype=torch.float64).normal_(1.5, 0.3),"
                       " torch.normal(2.0, 3.0, (20,))]",
    "normal_tensor_args": "m = torch.arange(20.)\ns = torch.linspace(0.1, 2, 20)\n"
                          "out = [torch.normal(m, s), torch.normal(m, 0.5), torch.normal(1.0, s),"
                          " torch.normal(m[:4], s[:4])]",
    "normal_transposed": "t = torch.zeros(5, 4).t()\nt.normal_()\nout = t",
    "randn_like_rand_like": "x = torch.zeros(3, 6)\nout = [torch.rand_like(x), torch.randn_like(x),"
                            " torch.randint_like(x, 10)]",
    # integers
    "randint": "out = [torch.randint(10, (6,)), torch.randint(-5, 5, (2, 4)),"
               " torch.randint(0, 2 ** 40, (4,)), torch.randint(3, 9, (5,), dtype=torch.int32),"
               " torch.randint(0, 100, (4,), dtype=torch.float32), torch.randint(7, size=(3,)),"
               " torch.randint(high=4, size=(2, 2)), torch.randint(low=2, high=9, size=(3,))]",
    "random_": "out = [torch.empty(4, dtype=torch.int64).random_(),"
               " torch.empty(4, dtype=torch.int32).random_(), torch.empty(3).random_(),"
               " torch.empty(3, dtype=torch.float64).random_(), torch.empty(5).random_(10),"
               " torch.empty(5, dtype=torch.int64).random_(3, 9),"
               " torch.empty(6, dtype=torch.bool).random_()]",
    "randperm": "out = [torch.randperm(1), torch.randperm(2), torch.randperm(10),"
                " torch.randperm(300), torch.randperm(5, dtype=torch.int32)]",
    # bernoulli, dropout, exponential, multinomial
    "bernoulli": "out = [torch.bernoulli(torch.full((50,), 0.3)), torch.bernoulli(torch.rand(50)),"
                 " torch.bernoulli(torch.rand(20, dtype=torch.float64)),"
                 " torch.empty(40).bernoulli_(0.7), torch.bernoulli(torch.zeros(8), 0.5),"
                 " torch.empty(6, dtype=torch.int64).bernoulli_(0.5)]",
    "dropout": "x = torch.arange(1., 41.).reshape(5, 8).requires_grad_()\n"
               "y = torch.nn.functional.dropout(x, 0.2)\ny.sum().backward()\n"
               "out = [y.detach(), x.grad, y.grad_fn.name(),"
               " torch.nn.functional.dropout(torch.ones(30, dtype=torch.float64), 0.5),"
               " torch.nn.functional.dropout(torch.ones(7), 0.9)]",
    "dropout_modules": "x = torch.ones(2, 3, 2, 2)\nd2 = nn.Dropout2d(0.5)\nd = nn.Dropout(0.25)\n"
                       "out = [d2(x), d(x), d.eval()(x)]",
    "exponential": "out = [torch.empty(30).exponential_(), torch.empty(30).exponential_(2.5),"
                   " torch.empty(30, dtype=torch.float64).exponential_(0.5)]",
    "cauchy_geometric": "out = [torch.empty(20).cauchy_(), torch.empty(20).cauchy_(1.5, 0.5),"
                        " torch.empty(20, dtype=torch.float64).cauchy_(-1, 3),"
                        " torch.empty(20).geometric_(0.3),"
                        " torch.empty(9, dtype=torch.float64).geometric_(0.8)]",
    "log_normal": "out = [torch.empty(20).log_normal_(), torch.empty(5).log_normal_(0, 0.25),"
                  " torch.empty(7, dtype=torch.float64).log_normal_()]",
    "multinomial": "p = torch.tensor([0.1, 0.2, 0.3, 0.4])\n"
                   "out = [torch.multinomial(p, 2), torch.multinomial(p, 1),"
                   " torch.multinomial(p, 4), torch.multinomial(p, 50, replacement=True),"
                   " torch.multinomial(torch.rand(3, 6), 3),"
                   " torch.multinomial(torch.rand(3, 6, dtype=torch.float64), 7, True)]",
    # generators and state
    "generator_objects": "g = torch.Generator().manual_seed(42)\nh = torch.Generator()\n"
                         "out = [torch.rand(3, generator=g), torch.randn(20, generator=g),"
                         " torch.randperm(6, generator=g), torch.randint(9, (4,), generator=g),"
                         " torch.rand(2, generator=h), h.initial_seed(), g.initial_seed(),"
                         " torch.rand(2)]",
    "state_bytes": "torch.randn(3, dtype=torch.float64)\na = torch.get_rng_state()\n"
                   "torch.rand(700)\nb = torch.get_rng_state()\n"
                   "c = torch.Generator().manual_seed(2 ** 40 + 5).get_state()\nout = [a, b, c]",
    "state_roundtrip": "torch.randn(5, dtype=torch.float64)\ns = torch.get_rng_state()\n"
                       "a = torch.randn(3, dtype=torch.float64)\ntorch.set_rng_state(s)\n"
                       "out = [a, torch.randn(3, dtype=torch.float64), torch.rand(4)]",
    "seeds": "out = []\nfor s in (0, 1, 2 ** 32 + 7, -1, 2 ** 64 - 2):\n"
             "    torch.manual_seed(s)\n    out += [torch.initial_seed(), torch.rand(2)]",
    # nn initialisation order
    "init_linear_conv": "out = list(nn.Linear(5, 3).parameters())"
                        " + list(nn.Conv2d(2, 4, 3).parameters())"
                        " + list(nn.Conv1d(3, 2, 2, bias=False).parameters())"
                        " + list(nn.ConvTranspose2d(2, 3, 2).parameters())"
                        " + list(nn.Bilinear(2, 3, 4).parameters())",
    "init_embedding_norms": "out = list(nn.Embedding(6, 4).parameters())"
                            " + list(nn.BatchNorm1d(3).parameters())"
                            " + list(nn.LayerNorm(3).parameters()) + [torch.rand(2)]",
    "init_recurrent": "out = list(nn.RNN(3, 4).parameters()) + list(nn.LSTM(2, 3, 2).parameters())"
                      " + list(nn.GRU(3, 2, bidirectional=True).parameters())",
    "init_attention": "out = list(nn.MultiheadAttention(8, 2).parameters())"
                      " + list(nn.TransformerEncoderLayer(8, 2, 16).parameters())",
    "init_functions": "w = torch.empty(4, 6)\nout = [nn.init.xavier_uniform_(w).clone(),"
                      " nn.init.xavier_normal_(w).clone(),"
                      " nn.init.kaiming_normal_(w, mode='fan_out').clone(),"
                      " nn.init.kaiming_uniform_(w, nonlinearity='relu').clone(),"
                      " nn.init.normal_(w, 0.5, 2).clone(), nn.init.uniform_(w, -1, 3).clone()]",
    "init_sparse": "out = [nn.init.sparse_(torch.empty(5, 4), 0.4),"
                   " nn.init.sparse_(torch.empty(3, 2), 0.1, std=1.0)]",
    "complex_draws": "out = [torch.randn(3, dtype=torch.complex64),"
                     " torch.rand(2, dtype=torch.complex64),"
                     " torch.randn(10, dtype=torch.complex128),"
                     " torch.empty(9, dtype=torch.complex64).normal_(0, 2),"
                     " torch.empty(2, dtype=torch.complex64).uniform_(-1, 1)]",
    "init_trunc_normal": "out = [nn.init.trunc_normal_(torch.empty(40)),"
                         " nn.init.trunc_normal_(torch.empty(40), std=0.02),"
                         " nn.init.trunc_normal_(torch.empty(30), mean=1.0, a=0.9, b=1.1),"
                         " nn.init.trunc_normal_(torch.empty(4, 5), a=-0.5, b=0.5)]",
    # data utilities: a seed drawn per epoch, then a fresh generator's randperm
    "dataloader_shuffle": "ds = torch.utils.data.TensorDataset(torch.arange(10))\n"
                          "dl = torch.utils.data.DataLoader(ds, batch_size=4, shuffle=True)\n"
                          "out = [b[0] for _ in range(2) for b in dl] + [torch.rand(2)]",
    "dataloader_generator": "ds = torch.utils.data.TensorDataset(torch.arange(7))\n"
                            "g = torch.Generator().manual_seed(3)\n"
                            "dl = torch.utils.data.DataLoader(ds, batch_size=3, shuffle=True,"
                            " generator=g)\nout = [b[0] for b in dl] + [torch.rand(2)]",
    "samplers": "U = torch.utils.data\n"
                "out = [list(U.RandomSampler(range(6))), list(U.RandomSampler(range(5),"
                " replacement=True, num_samples=40)), list(U.SubsetRandomSampler([5, 7, 9])),"
                " list(U.WeightedRandomSampler([0.1, 0.9, 0.4], 6)),"
                " [list(s) for s in U.random_split(range(10), [0.3, 0.7])],"
                " [list(s) for s in U.random_split(range(6), [2, 4],"
                " generator=torch.Generator().manual_seed(1))]]",
}

# Draws followed by LAPACK's QR, whose last bits differ between MKL (torch) and NumPy's LAPACK.
CLOSE_CASES = {
    "init_orthogonal": "out = [nn.init.orthogonal_(torch.empty(3, 5), gain=1.5),"
                       " nn.init.orthogonal_(torch.empty(6, 4)), torch.rand(2)]",
}

# Calls torch rejects: the error type and message, then a draw showing what the stream consumed.
ERROR_CASES = {
    "randint_empty_range": "torch.randint(5, 5, (2,))",
    "randint_bool_bound": "torch.randint(0, 3, (2,), dtype=torch.bool)",
    "randint_int8_bound": "torch.randint(-1000, 2, (2,), dtype=torch.int8)",
    "uniform_reversed": "torch.empty(3).uniform_(1, 0)",
    "normal_negative_std": "torch.empty(3).normal_(0, -1)",
    "normal_tensor_negative_std": "torch.normal(torch.zeros(2), -1.0)",
    "bernoulli_scalar_p": "torch.empty(3).bernoulli_(1.5)",
    "bernoulli_tensor_p": "torch.bernoulli(torch.tensor([0.5, 0.2, 2.0]))",
    "multinomial_too_many": "torch.multinomial(torch.tensor([0.5, 0.5]), 3)",
    "multinomial_negative": "torch.multinomial(torch.tensor([-1., 2.]), 1)",
    "randperm_negative": "torch.randperm(-1)",
    "randn_long": "torch.randn(2, 3, dtype=torch.int64)",
    "rand_int": "torch.rand(2, dtype=torch.int32)",
    "exponential_negative": "torch.empty(3).exponential_(-1)",
    "geometric_zero": "torch.empty(2).geometric_(0)",
    "uniform_long": "torch.zeros(3, dtype=torch.int64).uniform_()",
    "normal_bool": "torch.zeros(3, dtype=torch.bool).normal_()",
    "exponential_long": "torch.zeros(3, dtype=torch.int64).exponential_()",
    "cauchy_long": "torch.zeros(3, dtype=torch.int64).cauchy_()",
}


def record_error(body):
    """Run a rejected call under seed 0; return its error and the next three uniforms."""
    torch.manual_seed(0)
    try:
        exec(body, {"torch": torch})
    except Exception as e:  # recording whatever torch raises
        error = [type(e).__name__, str(e)]
    else:
        raise SystemExit(f"torch accepted {body!r}")
    return {"code": body, "error": error, "after": encode(torch.rand(3))}


def encode(value):
    """JSON form of an output: tensors as dtype, shape and exact bits (floats) or values."""
    if isinstance(value, torch.Tensor):
        arr = value.detach().numpy()
        if arr.dtype.kind == "c":  # complex as interleaved real and imaginary parts
            arr = arr.view(arr.real.dtype)
        if arr.dtype.kind == "f":
            flat = arr.ravel().view({2: np.uint16, 4: np.uint32, 8: np.uint64}[arr.itemsize])
        else:
            flat = arr.ravel()
        return {"dtype": str(value.dtype), "shape": list(arr.shape), "data": flat.tolist()}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    return value


def main():
    """Record every case under seeds 0 and 1234, then the rejected calls, into the fixture."""
    recorded = {}
    for name, body in sorted(CASES.items()):
        for seed in (0, 1234):
            code = _SEEDED.format(seed=seed) + body
            scope = {"torch": torch, "nn": torch.nn}
            exec(code, scope)
            recorded[f"{name}_seed{seed}"] = {"code": code, "out": encode(scope["out"])}
    for name, body in sorted(CLOSE_CASES.items()):
        scope = {"torch": torch, "nn": torch.nn}
        exec(_SEEDED.format(seed=0) + body, scope)
        values = [t.tolist() for t in scope["out"]]
        recorded[f"close_{name}"] = {"code": _SEEDED.format(seed=0) + body, "close": values}
    for name, body in sorted(ERROR_CASES.items()):
        recorded[f"error_{name}"] = record_error(body)
    lines = [f" {json.dumps(name)}: {json.dumps(case, sort_keys=True)}"
             for name, case in sorted(recorded.items())]
    _OUT.write_text("{\n" + ",\n".join(lines) + "\n}\n")  # one case per line
    print(f"recorded {len(recorded)} cases to {_OUT}")


if __name__ == "__main__":
    main()
