"""Compat corpus: rarer printing corners — info objects, containers of parameters, odd dtypes."""

SNIPPETS = {
    "pr3_finfo_errors": """
import torch
for f in (lambda: torch.finfo(torch.int32), lambda: torch.iinfo(torch.float32),
          lambda: torch.iinfo(torch.bool)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(torch.iinfo(torch.int8).bits, torch.finfo(torch.float64).bits)
print(torch.finfo(torch.float16).dtype)
""",
    "pr3_parameterlist_dict": """
import torch
import torch.nn as nn
pl = nn.ParameterList([nn.Parameter(torch.zeros(2)), nn.Parameter(torch.ones(3, 2))])
pd = nn.ParameterDict({'a': nn.Parameter(torch.zeros(1)), 'b': nn.Parameter(torch.ones(2, 2))})
print(pl)
print(pd)
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.ps = pl
        self.lin = nn.Linear(1, 1)
print(M())
""",
    "pr3_dict_named_parameters": """
import torch
import torch.nn as nn
torch.manual_seed(0)
m = nn.Linear(2, 1)
print(dict(m.named_parameters()))
print(list(m.parameters()))
""",
    "pr3_conv_state_dict": """
import torch
import torch.nn as nn
torch.manual_seed(0)
c = nn.Conv2d(1, 2, 2)
print(c.state_dict())
print(c.weight.shape, c.weight.grad)
""",
    "pr3_optimizer_state_after_step": """
import torch
import torch.nn as nn
torch.manual_seed(0)
m = nn.Linear(2, 1)
opt = torch.optim.Adam(m.parameters(), lr=0.1)
m(torch.ones(1, 2)).sum().backward()
opt.step()
sd = opt.state_dict()
print(sd['param_groups'])
print(sd['state'][1])
print(list(sd['state'].keys()))
""",
    "pr3_complex_precision_and_sci": """
import torch
torch.set_printoptions(precision=2)
print(torch.tensor([1.23456 + 2.34567j, -1e-3 + 5j]))
torch.set_printoptions(sci_mode=True)
print(torch.tensor([1 + 1j]))
""",
    "pr3_complex_large_summary": """
import torch
x = torch.arange(1100, dtype=torch.float32)
print(torch.complex(x, -x))
""",
    "pr3_half_summary_and_sci": """
import torch
print(torch.arange(1100, dtype=torch.float16))
print(torch.tensor([1e-4, 60000.0], dtype=torch.float16))
""",
    "pr3_int_summary_3d": """
import torch
print(torch.arange(2 * 40 * 30).view(2, 40, 30))
""",
    "pr3_linewidth_2d_wrap": """
import torch
torch.set_printoptions(linewidth=30)
print(torch.arange(20.).view(2, 10))
print(torch.arange(40).view(2, 20))
""",
    "pr3_sci_mode_false_huge": """
import torch
torch.set_printoptions(sci_mode=False)
print(torch.tensor([1e10, 1.5]))
print(torch.tensor([1e-10, 1.5]))
""",
    "pr3_uint_and_small_ints": """
import torch
print(torch.tensor([1, 2], dtype=torch.uint8) - 3)
print(torch.tensor([100], dtype=torch.int8) * 2)
print(torch.tensor([True]) + torch.tensor([True]))
print(torch.tensor([250], dtype=torch.uint8) + torch.tensor([10], dtype=torch.uint8))
""",
    "pr3_zero_dim_reprs": """
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
print(x.sum(), x.max(), x[1], x.norm(), x.dot(x), x.prod())
print(torch.tensor(5), torch.tensor(-0.5), torch.tensor(1e-8), torch.tensor(1e8))
print(torch.tensor(123456.7), torch.tensor(float('nan'), dtype=torch.float64))
""",
    "pr3_grad_printing": """
import torch
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
(w ** 2).sum().backward()
print(w.grad)
print(w.grad.requires_grad, w.grad.grad_fn)
print(w.grad.data, w.grad.dtype)
""",
    "pr3_nested_sequential_indices": """
import torch.nn as nn
inner = nn.Sequential(nn.Linear(2, 2), nn.Tanh())
outer = nn.Sequential(inner, inner, nn.Linear(2, 1))
print(outer)
print(len(list(outer.modules())), len(list(outer.parameters())))
""",
    "pr3_module_with_list_attr": """
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.plain = [nn.Linear(1, 1)]
        self.real = nn.ModuleList([nn.Linear(1, 1)])
        self.size = 3
print(Net())
print(len(list(Net().parameters())))
""",
    "pr3_shape_tuple_compare": """
import torch
x = torch.zeros(3, 4)
print(x.shape == (3, 4), x.shape == [3, 4], x.shape != (4, 3), x.shape[0] == 3)
print(x.shape > (2, 9), tuple(x.shape) + (1,), x.size() == torch.Size([3, 4]))
print(torch.Size([3, 4]) == torch.zeros(3, 4).size())
""",
    "pr3_print_in_training_loop": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(16, 2)
y = x.sum(1, keepdim=True)
for epoch in range(3):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print(f'Epoch [{epoch + 1}/3], Loss: {loss.item():.4f}', loss)
print(model(x[:2]))
""",
    "pr3_accuracy_print": """
import torch
torch.manual_seed(0)
logits = torch.randn(10, 3)
labels = torch.randint(0, 3, (10,))
pred = logits.argmax(dim=1)
correct = (pred == labels).sum()
print(pred, labels, correct, correct.item() / len(labels))
print(f'Accuracy: {100 * correct / len(labels):.2f}%', 100 * correct / len(labels))
print((pred == labels).float().mean())
""",
    "pr3_softmax_outputs_print": """
import torch
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 1.0]])
p = torch.softmax(logits, dim=1)
print(p, p.sum(1))
print(torch.topk(p, 2))
print(torch.sort(p, descending=True))
print(p.max(1), p.min(dim=0))
""",
    "pr3_namedtuple_returns": """
import torch
x = torch.tensor([[1.0, 3.0], [2.0, 0.5]])
print(torch.median(x, 0))
print(torch.mode(torch.tensor([1, 2, 2, 3])))
print(torch.var_mean(x, 1))
print(torch.std_mean(x))
print(torch.aminmax(x))
print(torch.linalg.slogdet(x))
print(torch.kthvalue(torch.tensor([3., 1., 2.]), 2))
print(torch.cummax(torch.tensor([1, 3, 2]), 0))
""",
    "pr3_unique_outputs": """
import torch
x = torch.tensor([3, 1, 3, 2, 1])
print(torch.unique(x), torch.unique(x, return_counts=True))
print(torch.unique(x, sorted=True, return_inverse=True))
print(x.unique_consecutive(), torch.bincount(x))
""",
    "pr3_where_nonzero_print": """
import torch
x = torch.tensor([[0, 1], [2, 0]])
print(torch.nonzero(x), torch.where(x > 0), x.nonzero(as_tuple=True))
print(torch.argwhere(x), torch.count_nonzero(x))
""",
    "pr3_chunk_split_print": """
import torch
x = torch.arange(7)
print(x.chunk(3), x.split(3), torch.split(x, [2, 5]))
print(torch.tensor_split(x, 3), x.unbind())
""",
    "pr3_print_dtype_promotion_results": """
import torch
i = torch.tensor([1, 2])
f = torch.tensor([0.5, 0.5])
print(i + f, i * 2.5, i / 2, i // 2, i + True, i.float() + 1)
print(torch.tensor([1], dtype=torch.int32) + torch.tensor([1]), torch.tensor(1.0) + i)
print((i + f).dtype, (i * 1.0).dtype, (i / i).dtype, (i ** 2).dtype, (i ** 0.5).dtype)
""",
    "pr3_hooks_repr": """
import torch
import torch.nn as nn
m = nn.Linear(1, 1)
h = m.register_forward_hook(lambda mod, inp, out: None)
print(type(h).__name__, len(m._forward_hooks))
h.remove()
print(len(m._forward_hooks))
""",
    "pr3_repr_of_module_class_and_instance": """
import torch.nn as nn
print(nn.modules.linear.Linear is nn.Linear, type(nn.Linear(1, 1)).__name__)
print(isinstance(nn.ReLU(), nn.Module), nn.ReLU().__class__.__name__)
""",
}
