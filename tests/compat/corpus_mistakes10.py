"""Compat corpus: what default_collate makes of odd batches, and autograd calls gone wrong."""

SNIPPETS = {
    "mis10_default_collate_odd_batches": """
import collections
import numpy as np
import torch
from torch.utils.data import DataLoader
from torch.utils.data.dataloader import default_collate
Point = collections.namedtuple('Point', ['x', 'y'])
cases = [
    [Point(1, 2.0), Point(3, 4.0)],
    [{'a': {'b': np.float64(1.5)}}, {'a': {'b': np.float64(2.5)}}],
    [(b'ab', 1), (b'cd', 2)],
    [np.array(1), np.array(2)],
    [[1, 2], [3, 4]],
    [[1, 2], [3]],
    [(torch.tensor(1.0), 'a', None)],
    [{'x': torch.zeros(2)}, {'y': torch.zeros(2)}],
    [np.array(['a', 'b']), np.array(['c', 'd'])],
    [3 + 1j, 2j],
    [True, False],
    [np.bool_(True), np.bool_(False)],
]
for batch in cases:
    try:
        print(default_collate(batch))
    except Exception as e:
        print(type(e).__name__, e)
""",
    "mis10_autograd_api_misuse": """
import torch
x = torch.ones(2, requires_grad=True)
def run(name, f):
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
run('grad_outputs_shape', lambda: torch.autograd.grad(x * 2, x, torch.ones(3)))
run('grad_outputs_missing', lambda: torch.autograd.grad(x * 2, x))
run('grad_of_leaf_itself', lambda: torch.autograd.grad(x.sum(), x.sum()))
run('backward_inputs_nonleaf', lambda: (x * 2).sum().backward(inputs=[x * 3]))
run('backward_grad_dtype',
    lambda: (x * 2).backward(torch.ones(2, dtype=torch.float64)))
run('backward_grad_int', lambda: (x * 2).backward(torch.ones(2, dtype=torch.int64)))
run('detach_inplace_leaf', lambda: x.detach_())
run('requires_grad_false_leaf',
    lambda: torch.ones(1, requires_grad=True).requires_grad_(False))
run('set_grad_wrong_shape', lambda: setattr(x, 'grad', torch.ones(3)))
run('set_grad_wrong_dtype', lambda: setattr(x, 'grad', torch.ones(2, dtype=torch.float64)))
run('set_grad_non_tensor', lambda: setattr(x, 'grad', [1.0, 2.0]))
run('data_assign_shape', lambda: setattr(x, 'data', torch.ones(3)) or x)
run('retain_grad_leaf', lambda: x.retain_grad())
run('jacobian', lambda: torch.autograd.functional.jacobian(lambda t: t ** 2,
                                                         torch.tensor([1.0, 2.0])))
run('hessian', lambda: torch.autograd.functional.hessian(lambda t: (t ** 3).sum(),
                                                       torch.tensor([1.0, 2.0])))
run('no_grad_backward', lambda: torch.no_grad().__enter__() or
    (torch.ones(1, requires_grad=True) * 2).sum().backward())
torch.set_grad_enabled(True)
""",
}
