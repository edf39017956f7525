"""Compat corpus, tensor API part 10: arguments of the wrong kind and Python types as dtypes."""

SNIPPETS = {
    "ta_python_types_as_dtype": """
import torch
print(torch.tensor([1, 2], dtype=float), torch.tensor([1.7, 2.2], dtype=int))
print(torch.tensor([0, 2], dtype=bool), torch.zeros(2, dtype=float), torch.ones(2, dtype=int))
print(torch.arange(3, dtype=float), torch.full((2,), 1, dtype=float), torch.eye(2, dtype=int))
x = torch.tensor([1.5, 2.5])
print(x.to(int), x.to(float), x.to(bool), x.to(dtype=float).dtype)
print(torch.zeros_like(x, dtype=int), torch.ones_like(x, dtype=bool))
print(torch.linspace(0, 1, 3, dtype=float))
""",
    "ta_device_strings": """
import torch
for s in ('cpu', 'cuda:0', 'cuda:1', 'mps', 'float32', 'gpu', 'cuda:x', 'CUDA', ''):
    try:
        print(repr(torch.device(s)))
    except RuntimeError as e:
        print(e)
try:
    torch.zeros(1).to('float32')
except RuntimeError as e:
    print(e)
print(torch.device('cpu') == 'cpu', str(torch.device('cuda', 1)))
""",
    "ta_tensor_expected_errors": """
import torch
x = torch.ones(2)
for f in (lambda: torch.cat([[1, 2], x]), lambda: torch.cat([x, [1, 2]]),
          lambda: torch.stack([x, 3]),
          lambda: torch.stack([[1, 2], [3, 4]]), lambda: torch.sum([1, 2]), lambda: torch.exp(2),
          lambda: torch.max([1, 2]), lambda: torch.mean([1., 2.]), lambda: torch.sqrt(4.0),
          lambda: torch.matmul([1, 2], x), lambda: torch.softmax([1., 2.], 0)):
    try:
        print(f())
    except TypeError as e:
        print(e)
print(torch.sum(torch.stack([x, x])), torch.stack([torch.tensor(1.), torch.tensor(2.)]).mean())
""",
    "ta_operand_kinds": """
import torch
x = torch.ones(2)
for f in (lambda: x + 'a', lambda: x + None, lambda: None * x, lambda: 'a' - x):
    try:
        print(f())
    except TypeError as e:
        print(e)
print(x == 'a', x != 'a', x == None, x != None, x is None)
print(x + True, x * False, x + 1j, x + 1)
""",
    "ta_common_beginner_mistakes": """
import torch
data = [torch.tensor([1., 2.]), torch.tensor([3., 4.])]
try:
    torch.tensor(data)
    print(torch.tensor(data))
except Exception as e:
    print(type(e).__name__, e)
print(torch.stack(data), torch.cat(data))
try:
    torch.sum(data)
except TypeError as e:
    print(e)
x = torch.tensor([[1, 2], [3, 4]])
try:
    x.mean()
except RuntimeError as e:
    print(e)
print(x.float().mean(), x.sum() / x.numel())
try:
    x.view(3)
except RuntimeError as e:
    print(e)
try:
    x @ torch.tensor([1., 1.])
except RuntimeError as e:
    print(e)
""",
    "ta_integer_overflow_errors": """
import torch
for v, dt in [(100000, torch.int16), ([300], torch.uint8), ([-1], torch.uint8), (-255, torch.uint8),
              (-256, torch.uint8), ([128], torch.int8), (2 ** 31, torch.int32),
              (300.0, torch.uint8)]:
    try:
        print(torch.tensor(v, dtype=dt))
    except RuntimeError as e:
        print(e)
for d in ([2 ** 63], 2 ** 64, [2 ** 63 - 1, 1.5]):
    try:
        print(torch.tensor(d))
    except Exception as e:
        print(type(e).__name__, e)
""",
    "ta_copy_shape_errors": """
import torch
for dst, src in ((torch.zeros(2), torch.zeros(3)), (torch.zeros(2), torch.zeros(3, 2)),
                 (torch.zeros(2, 3), torch.zeros(4, 1, 3)), (torch.zeros(2, 3), torch.zeros(3, 3))):
    try:
        dst.copy_(src)
    except RuntimeError as e:
        print(e)
d = torch.zeros(2, 3)
d.copy_(torch.tensor([1, 2, 3]))
print(d)
d.copy_(torch.tensor([[7.], [8.]]))
print(d)
""",
    "ta_ragged_nested_lists": """
import torch
for d in ([[1], 2], [2, [1]], [[1, 2], [3, [4]]], [[[1]], [2]], [1., [2.]], [True, [False]],
          [1, (2,)], [[1], [2, 3]], [[1, 2], [3]], [[[1, 2]], [[3]]]):
    try:
        print(torch.tensor(d))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(torch.tensor([range(2), range(2)]), torch.tensor(((1, 2), [3, 4])))
""",
    "ta_tile_broadcast_to_forms": """
import torch
x = torch.arange(1., 4.).requires_grad_()
print(x.tile(2), x.tile((2, 1)), torch.tile(x, (2,)))
print(x.broadcast_to(2, 3), x.broadcast_to((2, 3)), torch.broadcast_to(x, (1, 3)))
print(x.expand(2, -1), x.expand((2, 3)).shape)
""",
}
