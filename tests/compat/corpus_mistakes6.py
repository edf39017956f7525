"""Compat corpus: index-op and linear-algebra misuse — scatter, gather, expand, flips, solves."""

SNIPPETS = {
    "mis6_scatter_onehot_mistakes": """
import torch
labels = torch.tensor([0, 2, 1])
onehot = torch.zeros(3, 3).scatter(1, labels.unsqueeze(1), 1.0)
print(onehot)
for f in (lambda: torch.zeros(3, 3).scatter(1, labels.unsqueeze(1).float(), 1.0),
          lambda: torch.zeros(3, 3).scatter(1, torch.tensor([[0], [3], [1]]), 1.0),
          lambda: torch.zeros(3, 3).scatter(1, labels, 1.0)):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis6_scatter_add_sizes": """
import torch
out = torch.zeros(3).scatter_add(0, torch.tensor([0, 0, 2]), torch.tensor([1.0, 2.0, 3.0]))
print(out)
try:
    torch.zeros(3).scatter_add(0, torch.tensor([0, 1]), torch.ones(1))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.zeros(2, 2).scatter_(1, torch.tensor([[0], [1], [0]]), 1.0)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis6_fancy_index_mismatch": """
import torch
x = torch.arange(12).view(3, 4)
print(x[[0, 2], [1, 3]], x[torch.tensor([[0], [2]]), torch.tensor([1, 3])])
try:
    x[[0, 1], [0, 1, 2]]
except IndexError as e:
    print(type(e).__name__, e)
rows = torch.arange(3)
cols = torch.tensor([3, 0, 1])
print(x[rows, cols])
""",
    "mis6_expand_last_dim_reported": """
import torch
x = torch.ones(2, 3)
for f in (lambda: x.expand_as(torch.ones(3, 2)), lambda: x.expand(3, 3),
          lambda: torch.ones(3, 1).expand(2, 4)):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
print(torch.ones(3, 1).expand(3, 4).shape, x.expand(2, -1, -1).shape)
""",
    "mis6_flip_forms": """
import torch
x = torch.arange(6).view(2, 3)
print(x.flip(0), x.flip(0, 1), x.flip([1]), torch.flip(x, (0,)), x.flip(dims=(1,)))
try:
    x.flip(1, -1)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis6_gather_wrong_dim_use": """
import torch
scores = torch.tensor([[0.1, 0.9], [0.8, 0.2], [0.5, 0.5]])
actions = torch.tensor([1, 0, 1])
print(scores.gather(1, actions.unsqueeze(1)).squeeze(1))
try:
    scores.gather(1, actions)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    scores.gather(0, torch.tensor([[3, 0]]))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis6_index_select_errors": """
import torch
x = torch.arange(6.).view(2, 3)
print(x.index_select(1, torch.tensor([2, 0])))
for f in (lambda: x.index_select(0, torch.tensor([0.0])),
          lambda: x.index_select(0, torch.tensor([[0]]))):
    try:
        f()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
""",
    "mis6_linalg_misuse": """
import torch
for f in (lambda: torch.linalg.inv(torch.ones(2, 3)), lambda: torch.linalg.inv(torch.zeros(2, 2)),
          lambda: torch.inverse(torch.eye(2, dtype=torch.long)),
          lambda: torch.linalg.cholesky(-torch.eye(2)),
          lambda: torch.linalg.solve(torch.eye(2), torch.ones(3))):
    try:
        print(f())
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis6_int_reductions": """
import torch
for f in (lambda: torch.tensor([3, 4]).norm(), lambda: torch.tensor([3, 4]).std(),
          lambda: torch.tensor([1, 2]).softmax(0), lambda: torch.log(torch.tensor([1, 2])),
          lambda: torch.sigmoid(torch.tensor([1, 2]))):
    try:
        print(f())
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis6_bool_arithmetic": """
import torch
t, f = torch.tensor([True]), torch.tensor([False])
for g in (lambda: t - f, lambda: -t, lambda: torch.abs(t), lambda: t + t, lambda: t * 3):
    try:
        print(g())
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis6_int_matmul_and_pow": """
import torch
a = torch.tensor([[1, 2]])
for f in (lambda: a @ torch.tensor([[1], [2]]), lambda: a @ torch.tensor([[1.0], [2.0]]),
          lambda: torch.tensor([2]) ** -1, lambda: torch.tensor([2.0]) ** -1,
          lambda: torch.tensor([1.0]) & torch.tensor([1.0])):
    try:
        print(f())
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis6_random_arg_errors": """
import torch
for f in (lambda: torch.multinomial(torch.tensor([-1.0, 1.0]), 1),
          lambda: torch.multinomial(torch.tensor([1.0, 1.0]), 3),
          lambda: torch.bernoulli(torch.tensor([1.5])),
          lambda: torch.normal(0.0, -1.0, (2,)), lambda: torch.randperm(-1)):
    try:
        print(f())
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "mis6_normalization_setup_errors": """
import torch
import torch.nn as nn
import torch.nn.functional as F
for f in (lambda: F.layer_norm(torch.ones(2, 3), (2,)), lambda: nn.GroupNorm(4, 6),
          lambda: F.pixel_shuffle(torch.ones(1, 3, 2, 2), 2),
          lambda: F.cosine_similarity(torch.ones(2, 3), torch.ones(2, 4))):
    try:
        print(f())
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
""",
    "mis6_setitem_with_wrong_values": """
import torch
x = torch.zeros(2, 3)
x[0] = torch.tensor([1, 2, 3])
print(x)
try:
    x[1] = torch.ones(2)
except RuntimeError as e:
    print(type(e).__name__, e)
x[:, 0] = 9
print(x)
""",
    "mis6_allclose_and_equal": """
import torch
print(torch.equal(torch.ones(2), torch.ones(3)), torch.isclose(torch.ones(1), torch.ones(1)))
try:
    torch.isclose(torch.tensor([1]), torch.tensor([1.0]))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.allclose(torch.ones(2), torch.ones(3))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.allclose(torch.ones(2), torch.ones(2, dtype=torch.float64))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "mis6_narrow_movedim_take": """
import torch
x = torch.arange(6).view(2, 3)
for f in (lambda: x.narrow(1, 2, 3), lambda: x.movedim(0, 5), lambda: x.take(torch.tensor([10])),
          lambda: torch.zeros(6).unflatten(0, (4, -1))):
    try:
        print(f())
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
print(x.narrow(1, 1, 2), x.movedim(0, 1), x.take(torch.tensor([0, 5])))
""",
}
