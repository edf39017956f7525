"""Compat corpus, tutorials part 21: "Extending PyTorch" (custom Functions with needs_input_grad,
non-tensor arguments, mark_non_differentiable, set_materialize_grads, custom Linear module) and
"Extending torch.func with autograd.Function" (setup_context, vmap rules)."""

SNIPPETS = {
    "tu21_extending_linear_function": """
import torch
import torch.nn as nn
from torch.autograd import Function
class LinearFunction(Function):
    @staticmethod
    def forward(input, weight, bias):
        output = input.mm(weight.t())
        if bias is not None:
            output += bias.unsqueeze(0).expand_as(output)
        return output
    @staticmethod
    def setup_context(ctx, inputs, output):
        input, weight, bias = inputs
        ctx.save_for_backward(input, weight, bias)
    @staticmethod
    def backward(ctx, grad_output):
        input, weight, bias = ctx.saved_tensors
        grad_input = grad_weight = grad_bias = None
        if ctx.needs_input_grad[0]:
            grad_input = grad_output.mm(weight)
        if ctx.needs_input_grad[1]:
            grad_weight = grad_output.t().mm(input)
        if bias is not None and ctx.needs_input_grad[2]:
            grad_bias = grad_output.sum(0)
        return grad_input, grad_weight, grad_bias
linear = LinearFunction.apply
from torch.autograd import gradcheck
input = (torch.randn(20, 20, dtype=torch.double, requires_grad=True),
         torch.randn(30, 20, dtype=torch.double, requires_grad=True))
test = gradcheck(linear, input + (None,), eps=1e-6, atol=1e-4)
print(test)
class MulConstant(Function):
    @staticmethod
    def forward(tensor, constant):
        return tensor * constant
    @staticmethod
    def setup_context(ctx, inputs, output):
        tensor, constant = inputs
        ctx.constant = constant
    @staticmethod
    def backward(ctx, grad_output):
        return grad_output * ctx.constant, None
x = torch.ones(3, requires_grad=True)
y = MulConstant.apply(x, 4.0)
y.sum().backward()
print(y, x.grad)
class Linear(nn.Module):
    def __init__(self, input_features, output_features, bias=True):
        super().__init__()
        self.input_features = input_features
        self.output_features = output_features
        self.weight = nn.Parameter(torch.empty(output_features, input_features))
        if bias:
            self.bias = nn.Parameter(torch.empty(output_features))
        else:
            self.register_parameter('bias', None)
        nn.init.uniform_(self.weight, -0.1, 0.1)
        if self.bias is not None:
            nn.init.uniform_(self.bias, -0.1, 0.1)
    def forward(self, input):
        return LinearFunction.apply(input, self.weight, self.bias)
    def extra_repr(self):
        return 'input_features={}, output_features={}, bias={}'.format(
            self.input_features, self.output_features, self.bias is not None)
torch.manual_seed(0)
m = Linear(3, 2)
print(m)
print(Linear(3, 2, bias=False))
out = m(torch.ones(4, 3))
print(out.grad_fn.name(), out.shape)
out.sum().backward()
print(m.weight.grad, m.bias.grad)
print([n for n, _ in Linear(2, 2, bias=False).named_parameters()])
""",
    "tu21_extending_ctx_features": """
import torch
from torch.autograd import Function
class Sort(Function):
    @staticmethod
    def forward(ctx, x):
        sorted, idx = x.sort()
        ctx.mark_non_differentiable(idx)
        ctx.save_for_backward(x, idx)
        return sorted, idx
    @staticmethod
    def backward(ctx, g1, g2):
        x, idx = ctx.saved_tensors
        grad_input = torch.zeros_like(x)
        grad_input.index_add_(0, idx, g1)
        return grad_input
x = torch.tensor([3., 1., 2.], requires_grad=True)
s, idx = Sort.apply(x)
print(s, idx, idx.requires_grad)
(s * torch.tensor([1., 10., 100.])).sum().backward()
print(x.grad)
class SimpleFunc(Function):
    @staticmethod
    def forward(ctx, x):
        ctx.set_materialize_grads(False)
        ctx.save_for_backward(x)
        return x.clone(), x.clone()
    @staticmethod
    def backward(ctx, g1, g2):
        x, = ctx.saved_tensors
        grad_input = torch.zeros_like(x)
        if g1 is not None:
            grad_input += g1
        if g2 is not None:
            grad_input += g2
        return grad_input
a = torch.tensor(1., requires_grad=True)
out1, out2 = SimpleFunc.apply(a)
out1.backward()
print(a.grad)
class Exp(Function):
    @staticmethod
    def forward(i):
        return i.exp()
    @staticmethod
    def setup_context(ctx, inputs, output):
        ctx.save_for_backward(output)
    @staticmethod
    def backward(ctx, grad_output):
        result, = ctx.saved_tensors
        return grad_output * result
    @staticmethod
    def vmap(info, in_dims, x):
        x_bdim, = in_dims
        return Exp.apply(x), x_bdim
x = torch.tensor([0., 1., 2.], requires_grad=True)
y = Exp.apply(x)
print(y, y.grad_fn)
print(torch.func.vmap(Exp.apply)(torch.zeros(2, 3)))
print(torch.func.grad(lambda t: Exp.apply(t).sum())(torch.tensor([0., 1.])))
class NumpySort(Function):
    generate_vmap_rule = True
    @staticmethod
    def forward(x, dim):
        result = x.sort(dim)
        return result.values, result.indices
    @staticmethod
    def setup_context(ctx, inputs, output):
        x, dim = inputs
        _, ind = output
        ctx.mark_non_differentiable(ind)
        ctx.save_for_backward(ind)
        ctx.dim = dim
    @staticmethod
    def backward(ctx, grad_output, _0):
        ind, = ctx.saved_tensors
        return torch.zeros_like(grad_output).scatter(ctx.dim, ind, grad_output), None
x = torch.tensor([[3., 1., 2.], [0., 5., 4.]], requires_grad=True)
v, i = NumpySort.apply(x, 1)
print(v, i)
(v * torch.arange(3.)).sum().backward()
print(x.grad)
batch = torch.tensor([[3., 1., 2.], [0., 5., 4.]])
print(torch.func.vmap(lambda t: NumpySort.apply(t, 0)[0])(batch))
""",
}
