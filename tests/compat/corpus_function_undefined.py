"""Compat corpus: custom Functions whose outputs get no gradient (torch still runs their backward,
with zeros or None), and gradcheck's undefined-gradient check."""

SNIPPETS = {
    "fu_backward_runs_without_output_grads": """
import torch

class Double(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        print("Double.backward got", g)
        return g * 2

class FirstIgnored(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, y):
        return x + y
    @staticmethod
    def backward(ctx, g):
        return None, g

class Raw(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.set_materialize_grads(False)
        return x * 2
    @staticmethod
    def backward(ctx, g):
        print("Raw.backward got", g)
        return None if g is None else g * 2

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = torch.tensor([3.0, 4.0], requires_grad=True)
FirstIgnored.apply(Double.apply(x), y).sum().backward()
print(x.grad, y.grad)
x.grad = None
FirstIgnored.apply(Raw.apply(x), y).sum().backward()
print(x.grad, y.grad)
""",
    "fu_gradcheck_calls_backward_with_undefined_grads": """
import torch

class TwoOut(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2, x * 3
    @staticmethod
    def backward(ctx, a, b):
        print("backward", a.tolist(), b.tolist())
        return a * 2 + b * 3

class NoMaterialize(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.set_materialize_grads(False)
        return x * 2
    @staticmethod
    def backward(ctx, a):
        return a * 2

x = torch.tensor([1.0], dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(TwoOut.apply, (x,)))
try:
    torch.autograd.gradcheck(NoMaterialize.apply, (x,))
except TypeError as e:
    print("TypeError", e)
print(torch.autograd.gradcheck(NoMaterialize.apply, (x,), check_undefined_grad=False))
""",
}
