"""Compat corpus, part 9: the error messages beginners hit, printed as type and text."""

SNIPPETS = {
    "err_view_invalid_shape": """
import torch
try:
    torch.arange(4).view(-1, 3)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.arange(6).reshape(4, -1)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.arange(6).view(-1, -1)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "err_index_out_of_bounds": """
import torch
x = torch.zeros(2, 3)
for f in (lambda: x[2], lambda: x[:, 3], lambda: x[0, 0, 0], lambda: x[torch.tensor([5])]):
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
""",
    "err_dim_out_of_range": """
import torch
x = torch.zeros(2, 3)
for f in (lambda: x.unsqueeze(3), lambda: x.sum(2), lambda: x.softmax(-3),
          lambda: x.transpose(0, 2), lambda: torch.cat([x, x], dim=2), lambda: x.squeeze(5),
          lambda: x.argmax(dim=4)):
    try:
        f()
    except IndexError as e:
        print(type(e).__name__, e)
""",
    "err_expand_and_broadcast": """
import torch
try:
    torch.zeros(2, 3).expand(3, 3)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.zeros(2, 3) * torch.zeros(3, 2)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    torch.zeros(3).expand(2)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "err_cat_empty_and_stack_dims": """
import torch
try:
    torch.cat([])
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    torch.stack([])
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    torch.cat([torch.zeros(2), torch.tensor(1.)])
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "err_module_constructor_args": """
import torch.nn as nn
try:
    nn.Linear(2)
except TypeError as e:
    print(type(e).__name__, e)
""",
    "err_conv_input_shape": """
import torch
import torch.nn as nn
conv = nn.Conv2d(3, 8, 3)
try:
    conv(torch.zeros(1, 1, 5, 5))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    conv(torch.zeros(1, 3, 2, 2))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "err_format_non_scalar": """
import torch
print(f"{torch.tensor(1.5):.2f}")
print(f"{torch.tensor([1.5])}")
try:
    print(f"{torch.tensor([1.5, 2.5]):.2f}")
except TypeError as e:
    print(type(e).__name__, e)
print(format(torch.tensor(3), "d"))
""",
    "err_float_index": """
import torch
x = torch.arange(5)
try:
    x[torch.tensor([1.0])]
except IndexError as e:
    print(type(e).__name__, e)
try:
    x[1.5]
except IndexError as e:
    print(type(e).__name__, e)
""",
    "err_embedding_out_of_range": """
import torch
import torch.nn as nn
emb = nn.Embedding(3, 2)
try:
    emb(torch.tensor([3]))
except IndexError as e:
    print(type(e).__name__, e)
try:
    emb(torch.tensor([1.0]))
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "err_bce_range_and_shape": """
import torch
import torch.nn.functional as F
try:
    F.binary_cross_entropy(torch.tensor([1.5]), torch.tensor([1.]))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    F.binary_cross_entropy(torch.tensor([0.5, 0.5]), torch.tensor([[1.], [0.]]))
except ValueError as e:
    print(type(e).__name__, e)
""",
    "err_optimizer_bad_lr": """
import torch
w = torch.zeros(1, requires_grad=True)
try:
    torch.optim.SGD([w], lr=-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    torch.optim.Adam([w], betas=(1.5, 0.9))
except ValueError as e:
    print(type(e).__name__, e)
""",
    "err_grad_of_nonscalar_autograd_grad": """
import torch
x = torch.ones(2, requires_grad=True)
try:
    torch.autograd.grad(x * 2, x)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "err_to_numpy_nonleaf": """
import torch
x = torch.ones(2, requires_grad=True)
try:
    (x * 2).numpy()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    (x * 2).tolist()
    print("tolist ok", (x * 2).tolist())
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "err_bool_ambiguous_in_if": """
import torch
x = torch.tensor([1, 0])
try:
    if x == 1:
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    while torch.tensor([]):
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "err_mm_shapes": """
import torch
for a, b in [((2, 3), (4, 5)), ((3,), (4,)), ((2, 3), (2,))]:
    try:
        torch.ones(*a) @ torch.ones(*b)
    except RuntimeError as e:
        print(type(e).__name__, e)
""",
    "err_set_item_shape": """
import torch
x = torch.zeros(2, 3)
try:
    x[0] = torch.ones(4)
except RuntimeError as e:
    print(type(e).__name__, e)
""",
    "err_inplace_on_leaf_view": """
import torch
w = torch.ones(3, requires_grad=True)
try:
    w[0] = 5
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    w.zero_()
except RuntimeError as e:
    print(type(e).__name__, e)
""",
}
