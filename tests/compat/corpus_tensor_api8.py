"""Compat corpus, tensor API part 8: factory edge cases, NumPy interop and operator mistakes."""

SNIPPETS = {
    "ta_arange_edge_cases": """
import torch
print(torch.arange(0, 1, 0.3), torch.arange(5.5), torch.arange(torch.tensor(3)))
print(torch.arange(-3, 3, 1.5, dtype=torch.int64), torch.arange(0, 10, 2.5, dtype=torch.int32))
print(torch.arange(3, 3), torch.arange(0, -3, -1))
for f in (lambda: torch.arange(1, 0, 0.3), lambda: torch.arange(0, 10, 0),
          lambda: torch.arange(0, 5, 1, dtype=torch.bool),
          lambda: torch.arange(0, 3, 0.5, dtype=torch.long)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_linspace_edge_cases": """
import torch
print(torch.linspace(0, 10, 5, dtype=torch.int64), torch.linspace(0, 1, 0), torch.linspace(1, 0, 4))
print(torch.linspace(torch.tensor(0.), torch.tensor(1.), 3), torch.linspace(-1, 1, 2))
print(torch.logspace(-2, 2, 5), torch.logspace(0, 1, 3, base=2.0, dtype=torch.float64))
try:
    torch.linspace(0, 1, -1)
except RuntimeError as e:
    print(e)
""",
    "ta_factory_size_errors": """
import torch
for f in (lambda: torch.full(2, 3), lambda: torch.ones(2, 3.0), lambda: torch.zeros(-1),
          lambda: torch.zeros(2, 1.5), lambda: torch.empty(2, -3)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(torch.zeros([2, 3]).shape, torch.zeros(torch.Size([2, 1])).shape, torch.ones(()).shape)
print(torch.full((2,), 1), torch.full([2, 2], float('nan')))
print(torch.full((2,), 3, dtype=torch.float32))
print(torch.eye(3, 2), torch.eye(0), torch.eye(2, dtype=torch.bool))
""",
    "ta_like_factories_dtypes": """
import torch
print(torch.empty_like(torch.ones(2), dtype=torch.int32).dtype)
print(torch.zeros_like(torch.ones(2, 3), dtype=torch.bool))
print(torch.ones_like(torch.tensor([1, 2]), dtype=torch.float64, requires_grad=True))
print(torch.full_like(torch.ones(2), 7, dtype=torch.long))
print(torch.full_like(torch.tensor([1, 2]), 2.9))
print(torch.scalar_tensor(3), torch.tensor([]).reshape(0, 3).shape, torch.empty(2, 0).sum(1))
print(torch.ones(3).new_zeros(2, dtype=torch.int64), torch.tril_indices(3, 2, 1))
""",
    "ta_numpy_negative_strides": """
import numpy as np
import torch
a = np.arange(6)
for f in (lambda: torch.from_numpy(a[::-1]), lambda: torch.tensor(a[::-1]),
          lambda: torch.as_tensor(a.reshape(2, 3)[:, ::-1])):
    try:
        f()
    except ValueError as e:
        print(e)
print(torch.from_numpy(a[::-1].copy()), torch.tensor(np.flip(a).copy()))
print(torch.from_numpy(a.reshape(2, 3)[:, ::2]))
try:
    torch.from_numpy(np.array(['a']))
except TypeError as e:
    print(e)
try:
    torch.from_numpy([1, 2])
except TypeError as e:
    print(e)
""",
    "ta_numpy_scalars_mixing": """
import numpy as np
import torch
x = torch.tensor([1., 2., 3.])
print(np.float64(2.0) * x, x * np.float64(2.0), (x * np.float32(2.0)).dtype)
print(x + np.int64(1), (torch.tensor([1, 2]) * np.int32(3)).dtype)
print(torch.tensor(np.float64(1.5)).dtype, torch.tensor([np.int32(1), np.int32(2)]).dtype)
print(torch.tensor(np.array(3.0)).dtype, torch.tensor(np.array([1.0], dtype=np.float16)))
print(x.numpy(force=True), np.asarray(x).dtype, np.exp(x.numpy()))
""",
    "ta_operator_with_lists": """
import torch
x = torch.tensor([1., 2., 3.])
for f in (lambda: x + [1, 2, 3], lambda: [1, 2, 3] + x, lambda: x * (1, 2, 3), lambda: x - [1]):
    try:
        f()
    except TypeError as e:
        print(e)
print(x + torch.tensor([1, 2, 3]), torch.add(x, torch.tensor([1., 1., 1.])))
print(x * 2, 2 * x, x / 2, 2 / x, x ** 2, 2 ** x)
""",
    "ta_argmax_edge_cases": """
import torch
for f in (lambda: torch.tensor([True, False]).argmax(), lambda: torch.tensor([True]).argmin(0),
          lambda: torch.zeros(0).argmin(), lambda: torch.zeros(0, 3).argmax(0),
          lambda: torch.zeros(2, 0).argmax(1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(torch.zeros(0, 3).argmax(1), torch.tensor([True, False]).int().argmax())
print(torch.tensor([[1, 5], [5, 1]]).argmax(dim=0), torch.tensor([2., 2., 1.]).argmax())
""",
    "ta_division_by_zero": """
import torch
print(torch.tensor([1., -1., 0.]) / 0, torch.tensor([1, 2]) / torch.tensor([0, 0]))
print(torch.tensor([1., -1.]) // 0, torch.tensor([5.]) % 0)
for f in (lambda: torch.tensor([1, 2]) // 0, lambda: torch.tensor([1, 2]) % 0,
          lambda: torch.tensor(5) // torch.tensor(0)):
    try:
        print(f())
    except RuntimeError as e:
        print(e)
""",
    "ta_empty_reductions": """
import torch
e = torch.tensor([])
print(e.sum(), e.prod(), e.mean(), torch.zeros(0, 3).sum(0), torch.zeros(0, 3).mean(0))
for f in (lambda: e.max(), lambda: torch.zeros(0, 2).max(0), lambda: e.amax(), lambda: e.min()):
    try:
        print(f())
    except Exception as e2:
        print(type(e2).__name__, e2)
print(torch.zeros(3, 0).max(0), torch.zeros(3, 0).sum(1))
""",
    "ta_python_builtins_on_tensors": """
import torch
print(round(torch.tensor(2.567).item(), 2), abs(torch.tensor(-2)), divmod(7, 2))
print(torch.tensor(7) // 2.0, int(torch.tensor(2.9)) + float(torch.tensor(1)))
print(max(torch.tensor([1, 5, 3])), min(torch.tensor([4., 2.])), sum(torch.tensor([1, 2, 3])))
print(sorted(torch.tensor([3, 1, 2])), list(reversed(torch.arange(3))))
print(any(torch.tensor([0, 1])), all(torch.tensor([1, 1])), len(torch.zeros(4, 2)))
print(torch.arange(6).reshape(2, 3).flip(1), torch.tensor([1, 2, 3]).tolist()[::-1])
""",
    "ta_round_half_even": """
import torch
print(torch.tensor([0.5, 1.5, 2.5, -0.5, -1.5]).round())
print(torch.round(torch.tensor([2.675, 1.005]), decimals=2))
print(torch.tensor([1234.5678]).round(decimals=-1), torch.tensor([15, 25]).round())
print(torch.tensor([0.125, 0.375], dtype=torch.float64).round(decimals=2))
""",
}
