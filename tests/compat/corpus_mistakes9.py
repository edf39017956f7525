"""Compat corpus: sizes computed with ``/``, dtypes given as strings, and other argument slips."""

SNIPPETS = {
    "mis9_view_with_float_sizes": """
import torch
x = torch.arange(12.).view(3, 4)
n = x.numel()
for f in (lambda: x.view(n / 4, 4), lambda: x.view(3, n / 3), lambda: x.view(n / 1),
          lambda: x.view((n / 4, 4)), lambda: x.reshape(n / 2, 2), lambda: x.reshape(2, n / 2),
          lambda: x.reshape((n / 2, 2))):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(x.view(n // 4, 4).shape, x.reshape(int(n / 2), 2).shape)
""",
    "mis9_dtype_as_string_or_numpy": """
import numpy as np
import torch
for f in (lambda: torch.tensor([1, 2], dtype='float32'),
          lambda: torch.zeros(2, dtype=np.float32),
          lambda: torch.ones(2, dtype='int64'),
          lambda: torch.full((2,), 1.0, dtype='float')):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(torch.tensor([1, 2], dtype=torch.float32), torch.zeros(2, dtype=float).dtype)
print(torch.ones(1, dtype=getattr(torch, 'float64')).dtype)
""",
    "mis9_like_factories_on_non_tensors": """
import numpy as np
import torch
for f in (lambda: torch.zeros_like([1, 2]), lambda: torch.ones_like(np.zeros(2)),
          lambda: torch.empty_like((1.0,)).shape):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(torch.zeros_like(torch.from_numpy(np.zeros(2))))
""",
    "mis9_permute_repeat_mistakes": """
import torch
x = torch.zeros(2, 3)
for f in (lambda: x.permute(1, -1), lambda: x.permute(0, 0), lambda: x.repeat(-1, 1),
          lambda: x.repeat(2, 1, -1)):
    try:
        f()
    except RuntimeError as e:
        print(type(e).__name__, e)
print(x.permute(1, 0).shape, x.repeat(1, 0).shape, x.repeat(2, 1, 1).shape)
""",
    "mis9_eye_full_with_floats": """
import torch
for f in (lambda: torch.eye(2.5), lambda: torch.full((2.0,), 1),
          lambda: torch.full((2, 1.5), 0.0)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
print(torch.eye(2, 3), torch.full((2,), 7))
""",
    "mis9_mean_with_int_dtype": """
import torch
x = torch.tensor([1, 2, 4])
for f in (lambda: x.mean(), lambda: x.float().mean(dtype=torch.int64),
          lambda: torch.mean(x, dtype=torch.int32)):
    try:
        print(f())
    except RuntimeError as e:
        print(type(e).__name__, e)
print(x.mean(dtype=torch.float64), x.sum(dtype=torch.float32) / 3)
""",
    "mis9_layer_missing_arguments": """
import torch.nn as nn
for make in (lambda: nn.Conv2d(3, 8), lambda: nn.Conv1d(16), lambda: nn.ConvTranspose2d(8, 3),
             lambda: nn.AvgPool2d(), lambda: nn.ZeroPad2d(), lambda: nn.ConstantPad1d(2),
             lambda: nn.LSTMCell(4), lambda: nn.MaxPool2d(), lambda: nn.BatchNorm2d(),
             lambda: nn.Embedding(10), lambda: nn.Linear(3)):
    try:
        make()
    except TypeError as e:
        print(type(e).__name__, e)
""",
}
