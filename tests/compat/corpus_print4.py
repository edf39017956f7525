"""Compat corpus: printing values people paste into questions — items, storage, None children."""

SNIPPETS = {
    "pr4_threshold_inf_full": """
import torch
torch.set_printoptions(threshold=float('inf'))
print(torch.arange(1005)[-8:], len(str(torch.arange(1005))))
x = torch.arange(1200.).view(2, 600)
s = str(x)
print('...' in s, s.count('\\n'))
""",
    "pr4_item_float_precision": """
import torch
print(torch.tensor(0.1).item(), torch.tensor([0.1, 0.2]).tolist())
print(torch.tensor(0.1, dtype=torch.float64).item(), torch.tensor(1 / 3).item())
print(torch.tensor(2.5).item() * 2, type(torch.tensor(3).item()).__name__)
print(torch.tensor(True).item(), torch.tensor([1, 2]).sum().item())
print(torch.tensor(1e20).item(), torch.tensor(-0.0).item())
""",
    "pr4_denormal_and_overflow": """
import torch
print(torch.tensor(1e-40), torch.tensor([1e-40, 1.0]))
print(torch.tensor([1e38, 3e38]) * 10)
print(torch.tensor([3.0e38, -3.0e38]), torch.tensor(1e300, dtype=torch.float64))
print(torch.finfo(torch.float32).tiny, torch.tensor(torch.finfo(torch.float32).max))
""",
    "pr4_none_child_module": """
import torch.nn as nn
class Block(nn.Module):
    def __init__(self, downsample=None):
        super().__init__()
        self.conv = nn.Conv2d(4, 4, 3, padding=1)
        self.downsample = downsample
        self.act = nn.ReLU()
print(Block())
print(Block(nn.Conv2d(4, 4, 1)))
b = Block()
print(b.downsample, 'downsample' in dict(b.named_children()))
""",
    "pr4_register_module_none": """
import torch.nn as nn
m = nn.Module()
m.register_module('head', None)
m.add_module('body', nn.Linear(1, 1))
print(m)
print(list(m.named_children()), m.head)
""",
    "pr4_custom_repr_module": """
import torch.nn as nn
class Tiny(nn.Module):
    def __repr__(self):
        return 'Tiny<custom>'
class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.t = Tiny()
        self.l = nn.Linear(1, 1)
print(Outer())
""",
    "pr4_module_with_only_params": """
import torch
import torch.nn as nn
class Affine(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Parameter(torch.ones(1))
        self.b = nn.Parameter(torch.zeros(1))
print(Affine(), list(Affine().state_dict().keys()))
""",
    "pr4_slices_and_flips": """
import torch
x = torch.arange(10)
print(x[::2], x[1::3], x.flip(0), x[-3:], x[[0, -1]])
m = torch.arange(12).view(3, 4)
print(m[:, ::2], m.flip(0), m[..., -1], m[None, 0].shape)
""",
    "pr4_nan_to_int_and_casts": """
import torch
print(torch.tensor([1.7, -1.7, 2.5]).int(), torch.tensor([1.7, -1.7]).long())
print(torch.tensor([300.0]).to(torch.uint8), torch.tensor([255.0]).byte())
print(torch.tensor([0.0, 1.0, 2.0]).bool(), torch.tensor([True, False]).float())
print(torch.tensor([1, 0]).bool().int(), torch.tensor(3.99).int())
""",
    "pr4_printing_inside_fstrings": """
import torch
x = torch.tensor([1.23456, 2.0])
print(f'x={x}')
print(f'{x!r}')
print('x: %s' % (x,))
print('shape: {}'.format(x.shape))
print(f'{x.shape=}', f'{x.dtype}')
""",
    "pr4_grad_fn_next_and_variable": """
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
y = (w * 3).sum()
acc = y.grad_fn.next_functions[0][0].next_functions[0][0]
print(type(acc).__name__, acc.variable is w)
print(acc.variable)
print(y.grad_fn.next_functions[0][0].next_functions)
""",
    "pr4_cat_stack_results_print": """
import torch
a = torch.tensor([[1, 2]])
b = torch.tensor([[3, 4]])
print(torch.cat([a, b]), torch.cat([a, b], 1), torch.stack([a, b]), torch.hstack([a, b]))
print(torch.vstack([a, b]), torch.dstack([a, b]).shape, torch.column_stack([a[0], b[0]]))
""",
    "pr4_model_output_prints": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.Softmax(dim=1))
out = model(torch.randn(2, 4))
print(out)
print(out.argmax(1), out.max(1).values, out.detach().numpy().round(3))
print(torch.round(out, decimals=2), out.sum(dim=1).round(decimals=4))
""",
    "pr4_round_and_decimals": """
import torch
x = torch.tensor([0.5, 1.5, 2.5, -0.5, 1.2345])
print(torch.round(x), x.round(decimals=2), x.floor(), x.ceil(), x.trunc(), x.frac())
print(torch.round(torch.tensor([1234.5678]), decimals=-2))
""",
    "pr4_bool_ops_print": """
import torch
a = torch.tensor([True, False, True])
b = torch.tensor([True, True, False])
print(a & b, a | b, a ^ b, ~a, a.sum(), a.any(), a.all(), a.float().mean())
print(torch.logical_and(a, b), torch.logical_not(a).int())
""",
    "pr4_int_overflow_wrap": """
import torch
print(torch.tensor([2 ** 62]) * 4, torch.tensor([127], dtype=torch.int8) + 1)
print(torch.tensor([0], dtype=torch.uint8) - 1, torch.iinfo(torch.int64).max)
""",
    "pr4_sci_mode_in_2d_rows": """
import torch
print(torch.tensor([[1e-6, 2e-6], [3e-6, 4e-6]]))
print(torch.tensor([[1e5, 2e5], [3e5, 4e5]]))
print(torch.tensor([[123456.0, 1.0]]))
print(torch.tensor([[0.0001, 1.0]]), torch.tensor([[0.00001, 1.0]]))
""",
    "pr4_width_alignment_negative": """
import torch
print(torch.tensor([[-1.5, 2.25], [10.0, -100.125]]))
print(torch.tensor([[-1, 2], [10, -100]]))
print(torch.tensor([-1e-5, 1e5]))
""",
    "pr4_linspace_prints": """
import torch
print(torch.linspace(-1, 1, 5), torch.linspace(0, 10, steps=3, dtype=torch.int64))
print(torch.logspace(0, 2, 3), torch.linspace(0, 1, 4, dtype=torch.float64))
""",
    "pr4_eye_diag_tril": """
import torch
print(torch.eye(3), torch.eye(2, 3, dtype=torch.int32))
print(torch.diag(torch.tensor([1.0, 2.0])), torch.tril(torch.ones(3, 3)))
print(torch.triu(torch.ones(2, 3), 1))
""",
}
