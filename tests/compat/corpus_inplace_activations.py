"""Compat corpus: activations with inplace=True (functional and modules): the input is
written, the result is the input, and the node names are torch's in-place ones."""

SNIPPETS = {
    "ia_functional_inplace_activations": """
import torch
import torch.nn.functional as F
for name in ("elu", "selu", "celu", "leaky_relu", "hardtanh", "relu6", "silu", "mish",
             "hardswish", "hardsigmoid", "relu"):
    x = torch.tensor([-2.0, -0.5, 0.5, 4.0], requires_grad=True).clone()
    y = getattr(F, name)(x, inplace=True)
    print(name, y is x, x, type(y.grad_fn).__name__)
    y.sum().backward()
""",
    "ia_modules_inplace": """
import torch
import torch.nn as nn
torch.manual_seed(0)
for cls in (nn.ReLU, nn.ReLU6, nn.LeakyReLU, nn.ELU, nn.CELU, nn.SELU, nn.SiLU, nn.Mish,
            nn.Hardswish, nn.Hardsigmoid, nn.Hardtanh):
    m = cls(inplace=True)
    x = torch.randn(3)
    before = x.clone()
    y = m(x)
    print(m, y is x, torch.equal(x, before))
net = nn.Sequential(nn.Linear(3, 4), nn.LeakyReLU(0.1, inplace=True), nn.Linear(4, 1))
inp = torch.randn(2, 3, requires_grad=True)
out = net(inp)
print(out.grad_fn.next_functions[1][0].next_functions[0][0].next_functions[0][0])
out.sum().backward()
print(inp.grad)
""",
    "ia_inplace_on_leaf_errors": """
import torch
import torch.nn.functional as F
w = torch.tensor([-1.0, 2.0], requires_grad=True)
for name in ("elu", "silu", "hardtanh"):
    try:
        getattr(F, name)(w, inplace=True)
    except RuntimeError as e:
        print(name, e)
""",
}
