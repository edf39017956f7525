"""Compat corpus: printing corners users ask about — print options, dtypes, modules, state."""

SNIPPETS = {
    "pr2_precision_option": """
import torch
x = torch.tensor([3.14159265, 2.71828182, 1.0])
torch.set_printoptions(precision=2)
print(x)
torch.set_printoptions(precision=8)
print(x, x.double())
torch.set_printoptions(precision=0)
print(x)
""",
    "pr2_linewidth_option": """
import torch
x = torch.arange(30.)
torch.set_printoptions(linewidth=40)
print(x)
torch.set_printoptions(linewidth=200)
print(x)
""",
    "pr2_threshold_edgeitems": """
import torch
x = torch.arange(20)
torch.set_printoptions(threshold=5)
print(x)
torch.set_printoptions(edgeitems=1)
print(x, torch.arange(12).view(3, 4))
torch.set_printoptions(threshold=1000, edgeitems=3)
print(x)
""",
    "pr2_profile_full_short": """
import torch
x = torch.arange(1200.)
torch.set_printoptions(profile='short')
print(x)
print(torch.tensor([1.123456, 2.5]))
torch.set_printoptions(profile='full')
s = str(x)
print(len(s), s[:40], s[-30:])
torch.set_printoptions(profile='default')
print(x)
""",
    "pr2_sci_mode_auto_choice": """
import torch
for vals in ([1e-4, 1.0], [1e-5, 1.0], [1.0, 1000.0], [1.0, 1e8], [12345.678, 0.5],
             [1e9, 2e9], [0.001, 0.01], [123456789.0]):
    print(torch.tensor(vals))
""",
    "pr2_integral_floats": """
import torch
print(torch.tensor([1.0, 2.0, 100.0]))
print(torch.tensor([1.0, 2.0, 1e10]))
print(torch.tensor([-5.0, 0.0, 3.0]))
print(torch.tensor([1e-10, 0.0]))
print(torch.tensor([0.0, 0.0]), torch.tensor([-0.0, 1.5]))
""",
    "pr2_nan_inf_mix": """
import torch
print(torch.tensor([float('nan'), 1.0, float('inf')]))
print(torch.tensor([float('nan'), 1.5e-7, float('-inf')]))
print(torch.tensor([float('nan')] * 3))
print(torch.tensor([float('inf'), -float('inf')]))
print(torch.tensor([[float('nan'), 2.0], [3.25, 1e6]]))
""",
    "pr2_negative_zero": """
import torch
print(torch.tensor(-0.0), torch.tensor([-0.0]), -torch.zeros(2))
print(torch.tensor([-0.0, -1e-9]), torch.tensor([0.5, -0.0]).double())
print(torch.zeros(2) * -1, torch.tensor([-0.]).half())
""",
    "pr2_dtype_suffixes": """
import torch
for dt in (torch.float16, torch.float32, torch.float64, torch.int8, torch.uint8, torch.int16,
           torch.int32, torch.int64, torch.bool, torch.complex64, torch.complex128):
    print(torch.ones(2, dtype=dt))
""",
    "pr2_dtype_suffix_scalars": """
import torch
for dt in (torch.float16, torch.float64, torch.int32, torch.int64, torch.bool, torch.complex64):
    print(torch.tensor(1, dtype=dt), repr(torch.tensor(0, dtype=dt)))
""",
    "pr2_empty_tensors": """
import torch
print(torch.tensor([]), torch.zeros(0, 3), torch.zeros(2, 0), torch.zeros(0, dtype=torch.long))
print(torch.empty(0, dtype=torch.float64), torch.zeros(0, 2, dtype=torch.int32))
print(torch.zeros(0, requires_grad=True))
""",
    "pr2_float16_values": """
import torch
x = torch.tensor([0.1, 1 / 3, 65504.0, 1e-4], dtype=torch.float16)
print(x)
print(torch.tensor([1.5, 2.5], dtype=torch.float16) * 3)
print(torch.tensor(1 / 3).half(), torch.tensor([70000.0]).half())
""",
    "pr2_float64_values": """
import torch
print(torch.tensor([1 / 3, 2 / 3], dtype=torch.float64))
print(torch.tensor([1e-20, 1.0], dtype=torch.float64))
print(torch.tensor(3.0, dtype=torch.float64), torch.arange(3, dtype=torch.float64))
print(torch.tensor([123456789.123], dtype=torch.float64))
""",
    "pr2_complex_reprs": """
import torch
print(torch.tensor([1 + 2j, -3.5 - 0.25j]))
print(torch.tensor([1e-5 + 1j, 100 + 0j]))
print(torch.tensor(2j), torch.tensor([0j]), torch.complex(torch.tensor([1.0]), torch.tensor([2.0])))
print(torch.tensor([[1 + 1j, 2], [3, 4 - 1j]], dtype=torch.complex128))
print(torch.tensor([float('nan') + 1j]))
""",
    "pr2_int_reprs": """
import torch
print(torch.tensor([1, -20, 300]))
print(torch.tensor([[1, 22], [333, -4444]]))
print(torch.tensor([2 ** 40, -1]))
print(torch.tensor([255, 0], dtype=torch.uint8), torch.tensor([-128, 127], dtype=torch.int8))
print(torch.arange(6).view(2, 1, 3))
""",
    "pr2_bool_reprs": """
import torch
x = torch.tensor([1, 2, 3])
print(x > 1, x == 2, (x > 1).any(), (x > 5).all())
print(torch.zeros(2, 2, dtype=torch.bool), torch.tensor(True))
print((x > 1).sum(), (x > 1).float().mean(), (x > 1).int())
""",
    "pr2_str_vs_repr": """
import torch
x = torch.tensor([1.5, 2.0], requires_grad=True)
y = x * 2
print(str(x) == repr(x), str(y) == repr(y))
print(f"{x}")
print('value: ' + str(y.detach()))
print([x.detach(), torch.tensor(3)])
print((torch.tensor(1.0), torch.tensor([2])))
print({'a': torch.ones(1)})
""",
    "pr2_format_scalars": """
import torch
t = torch.tensor(3.14159)
print(f"{t:.2f}", f"{t.item():.3f}", '{:>8.1f}'.format(t), f"{torch.tensor(7):d}")
print(f"{torch.tensor(2.5)}", "%s" % torch.tensor([1, 2]), "%.1f" % torch.tensor(0.25))
print(round(t.item(), 2), int(torch.tensor(9.9)), float(torch.tensor(2)))
""",
    "pr2_torch_size_ops": """
import torch
s = torch.zeros(2, 3, 4).shape
print(s, repr(s), str(s), len(s), s[1], s[-1], s[1:], list(s), tuple(s))
print(s == (2, 3, 4), s == torch.Size([2, 3, 4]), s.numel(), torch.Size([]), torch.Size([5]))
print(s + (5,), type(s + (5,)).__name__, s * 1, torch.Size((1, 2)), sum(s), max(s))
print(torch.zeros(()).shape, torch.zeros(()).size(), torch.zeros(0).shape)
print(s.index(3), s.count(2), *s)
""",
    "pr2_size_unpack_and_view": """
import torch
x = torch.zeros(4, 3, 8, 8)
b, c, h, w = x.shape
print(b, c, h, w, x.view(b, -1).shape, x.shape[2:], x.flatten(2).shape)
print(torch.Size([b, c * h * w]), x.new_zeros(x.shape[:2]).shape, torch.zeros(x.shape[1:]).shape)
""",
    "pr2_module_tree_nested": """
import torch.nn as nn
model = nn.Sequential(
    nn.Conv2d(3, 16, 3, padding=1),
    nn.Sequential(nn.BatchNorm2d(16), nn.ReLU(inplace=True)),
    nn.ModuleList([nn.Linear(4, 4), nn.Dropout(0.25)]),
    nn.ModuleDict({'head': nn.Linear(4, 2), 'act': nn.Softmax(dim=1)}),
)
print(model)
""",
    "pr2_module_extra_repr": """
import torch
import torch.nn as nn
class Scale(nn.Module):
    def __init__(self, factor, learnable=False):
        super().__init__()
        self.factor = factor
        self.learnable = learnable
    def extra_repr(self):
        return f'factor={self.factor}, learnable={self.learnable}'
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(2, 3), Scale(0.5))
        self.tail = Scale(2.0, learnable=True)
        self.multi = Multi()
    def forward(self, x):
        return self.tail(self.body(x))
class Multi(nn.Module):
    def extra_repr(self):
        return 'line one\\nline two'
print(Net())
print(Scale(3))
""",
    "pr2_module_empty_containers": """
import torch.nn as nn
print(nn.Sequential(), nn.ModuleList(), nn.ModuleDict())
print(nn.Sequential(nn.Identity()))
print(nn.ModuleList([nn.Sequential()]))
class Empty(nn.Module):
    pass
print(Empty())
""",
    "pr2_modulelist_repeated": """
import torch.nn as nn
layers = nn.ModuleList([nn.Linear(8, 8) for _ in range(5)])
print(layers)
seq = nn.Sequential(*[nn.Sequential(nn.Linear(4, 4), nn.ReLU()) for _ in range(3)])
print(seq)
""",
    "pr2_module_tree_named_children": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.Sequential(nn.ReLU(), nn.Linear(3, 1)))
for name, m in model.named_modules():
    print(repr(name), type(m).__name__)
for name, m in model.named_children():
    print(name, m)
""",
    "pr2_named_parameters_listing": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2), nn.Linear(2, 1, bias=False))
for name, p in model.named_parameters():
    print(name, tuple(p.shape), p.requires_grad, p.dtype)
for name, b in model.named_buffers():
    print(name, b)
print(sum(p.numel() for p in model.parameters()))
print(model[0].weight)
""",
    "pr2_state_dict_print": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
sd = model.state_dict()
print(type(sd).__name__, list(sd.keys()))
print(sd)
""",
    "pr2_state_dict_values_only": """
import torch
import torch.nn as nn
torch.manual_seed(1)
lin = nn.Linear(3, 1)
for k, v in lin.state_dict().items():
    print(k, v.shape, v.requires_grad)
print(lin.state_dict()['bias'])
print(lin.state_dict(keep_vars=True)['bias'])
""",
    "pr2_optimizer_reprs": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
print(torch.optim.SGD(m.parameters(), lr=0.1, momentum=0.9))
print(torch.optim.Adam(m.parameters(), lr=1e-3, weight_decay=1e-4))
print(torch.optim.AdamW(m.parameters()))
print(torch.optim.RMSprop(m.parameters(), lr=0.01))
""",
    "pr2_optimizer_param_groups_repr": """
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
opt = torch.optim.SGD([{'params': m[0].parameters()},
                       {'params': m[1].parameters(), 'lr': 0.01}], lr=0.1)
print(opt)
print(len(opt.param_groups), [g['lr'] for g in opt.param_groups])
""",
    "pr2_finfo_iinfo": """
import torch
print(torch.finfo(torch.float32))
print(torch.finfo(torch.float64))
print(torch.finfo(torch.float16))
print(torch.iinfo(torch.int32))
print(torch.iinfo(torch.uint8))
print(torch.finfo(torch.float32).eps, torch.finfo().max, torch.iinfo(torch.int64).min)
print(torch.finfo(torch.float16).tiny, torch.finfo(torch.float32).resolution)
""",
    "pr2_dtype_reprs": """
import torch
print(torch.float32, torch.float, torch.double, torch.half, torch.long, torch.int, torch.bool)
print(repr(torch.int64), str(torch.uint8), torch.cfloat, torch.cdouble)
print(torch.get_default_dtype(), torch.float32 == torch.float, torch.float64 is torch.double)
print(torch.zeros(1).dtype, torch.zeros(1, dtype=torch.int16).dtype)
print(torch.float32.is_floating_point, torch.int32.is_signed, torch.complex64.is_complex)
print(torch.float16.itemsize, torch.int64.itemsize)
""",
    "pr2_default_dtype_switch": """
import torch
torch.set_default_dtype(torch.float64)
print(torch.get_default_dtype(), torch.tensor([1.5]), torch.zeros(2), torch.arange(2.))
print(torch.tensor([1.5], dtype=torch.float32))
torch.set_default_dtype(torch.float32)
print(torch.get_default_dtype(), torch.tensor([1.5]))
""",
    "pr2_requires_grad_reprs": """
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
print(x, x * 1, x.sum(), x.mean(), x[0], x.view(2, 1))
print(x.detach(), x.data, x.clone())
with torch.no_grad():
    print(x * 2)
""",
    "pr2_grad_fn_reprs": """
import torch
x = torch.ones(2, requires_grad=True)
y = (x * 2).exp().sum()
print(y.grad_fn)
print(y.grad_fn.next_functions)
print(x.grad_fn, x.is_leaf, y.is_leaf)
print(type(y.grad_fn).__name__, y.grad_fn.name())
""",
    "pr2_large_tensor_summaries": """
import torch
print(torch.arange(1001))
print(torch.ones(2000).view(2, 1000))
print(torch.arange(1500.).view(3, 5, 100))
print(torch.zeros(1001, dtype=torch.bool))
""",
    "pr2_summary_with_grad": """
import torch
x = torch.arange(2000.).requires_grad_()
print(x * 2)
print(torch.linspace(0, 1, 1200, dtype=torch.float64))
""",
    "pr2_mixed_magnitudes_2d": """
import torch
print(torch.tensor([[1e-3, 5.0], [200.0, 0.25]]))
print(torch.tensor([[1e-6, 1.0], [1e3, 0.0]]))
print(torch.tensor([[100000.0, 1.0]]))
print(torch.tensor([[1.0, -1e-3], [-2.5, 42.0]]))
""",
    "pr2_printoptions_sci_precision": """
import torch
torch.set_printoptions(precision=3, sci_mode=True)
print(torch.tensor([0.1234567, 123.45]))
print(torch.tensor([[1.0, 2.0]]))
torch.set_printoptions(precision=4, sci_mode=None)
print(torch.tensor([0.1234567, 1e-7]))
""",
    "pr2_printoptions_edge_2d": """
import torch
torch.set_printoptions(threshold=10, edgeitems=2)
print(torch.arange(36).view(6, 6))
print(torch.arange(24.).view(2, 3, 4))
print(torch.arange(8))
""",
    "pr2_numpy_like_outputs": """
import torch
x = torch.tensor([[1.5, 2.25], [3.0, 4.0]])
print(x.tolist(), x.numpy(), x[0].tolist(), x.sum().tolist())
print(x.numpy().dtype, torch.tensor([1, 2]).numpy())
print(list(x), list(x[0]))
""",
    "pr2_tensor_items_in_containers": """
import torch
x = torch.tensor([3, 1, 2])
print(sorted(x.tolist()), [int(v) for v in x], list(map(float, x)))
print(max(x), min(x.tolist()), sum(x))
print({int(v): v for v in x})
""",
    "pr2_parameter_repr": """
import torch
import torch.nn as nn
p = nn.Parameter(torch.tensor([1.0, 2.0]))
print(p)
print(nn.Parameter(torch.zeros(2), requires_grad=False))
print(p * 2, p.data, p.detach())
print(nn.Parameter(torch.tensor(0.5)))
print(type(p).__name__, isinstance(p, torch.Tensor))
""",
    "pr2_loss_print_patterns": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Linear(3, 1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
loss = nn.MSELoss()(model(x), y)
print(loss)
print(f'loss: {loss.item():.4f}')
print('loss:', loss.item())
print('loss: {:.3e}'.format(loss))
print(loss.detach(), loss.data)
""",
    "pr2_device_reprs": """
import torch
x = torch.ones(2)
print(x.device, repr(x.device), torch.device('cpu'), torch.device('cuda:0'))
print(torch.device('cpu').type, torch.device('cuda', 1).index, str(torch.device('cuda', 1)))
print(x.to('cpu'), x.cpu() is x, x.to('cpu') is x)
print({torch.device('cpu'): 1})
""",
    "pr2_generator_state_print": """
import torch
g = torch.Generator().manual_seed(42)
print(g.initial_seed(), torch.randn(2, generator=g))
print(torch.initial_seed() >= 0, torch.manual_seed(3).initial_seed())
""",
    "pr2_module_repr_parameters": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(1))
        self.register_buffer('steps', torch.zeros(1))
        self.fc = nn.Linear(2, 2)
print(Net())
print([n for n, _ in Net().named_parameters()], [n for n, _ in Net().named_buffers()])
""",
    "pr2_module_train_eval_print": """
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.3), nn.BatchNorm1d(2))
print(m.training, m.eval().training)
print(m)
print(m[1], m[-1], m[:2])
""",
    "pr2_tensor_attrs_print": """
import torch
x = torch.arange(12.).view(3, 4)
print(x.dtype, x.shape, x.ndim, x.is_leaf, x.requires_grad, x.grad, x.grad_fn)
print(x.stride(), x.storage_offset(), x.is_contiguous(), x.t().is_contiguous())
print(x.element_size(), x.nelement(), x.numel(), x.T.stride())
""",
    "pr2_tensor_type_strings": """
import torch
print(torch.ones(1).type(), torch.ones(1, dtype=torch.long).type(), torch.ones(1).double().type())
print(type(torch.ones(1)), torch.is_tensor(torch.ones(1)), torch.is_tensor([1]))
print(torch.ones(1).is_floating_point(), torch.ones(1, dtype=torch.int32).is_floating_point())
""",
    "pr2_printoptions_reset_between": """
import torch
torch.set_printoptions(precision=1)
a = str(torch.tensor([1.25, 2.75]))
torch.set_printoptions(profile='default')
b = str(torch.tensor([1.25, 2.75]))
print(a, b)
""",
    "pr2_high_dim_print": """
import torch
print(torch.arange(16).view(2, 2, 2, 2))
print(torch.zeros(1, 1, 1, 3))
print(torch.ones(2, 1, 2, dtype=torch.float64))
""",
    "pr2_repr_with_names_of_views": """
import torch
x = torch.arange(6.).requires_grad_()
print(x.view(2, 3), x[1:], x.t() if x.dim() < 2 else None, x.unsqueeze(0))
print(x.reshape(3, 2).T, x.expand(2, 6).shape, x.narrow(0, 1, 2))
""",
    "pr2_sequential_ordered_dict": """
from collections import OrderedDict
import torch.nn as nn
m = nn.Sequential(OrderedDict([('conv', nn.Conv2d(1, 4, 3)), ('relu', nn.ReLU()),
                               ('pool', nn.MaxPool2d(2)), ('flat', nn.Flatten())]))
print(m)
print(m.conv, m.pool)
""",
    "pr2_activation_module_reprs": """
import torch.nn as nn
for m in (nn.LeakyReLU(0.2), nn.ELU(), nn.GELU(approximate='tanh'), nn.Softplus(beta=2),
          nn.Hardtanh(-2, 2), nn.PReLU(3), nn.Threshold(0.1, 20), nn.LogSoftmax(dim=-1),
          nn.Softmax2d(), nn.SiLU(), nn.Mish(), nn.Tanhshrink()):
    print(m)
""",
    "pr2_layer_reprs_with_options": """
import torch.nn as nn
print(nn.Conv2d(3, 8, (3, 5), stride=2, padding=(1, 2), dilation=2, groups=1, bias=False))
print(nn.Conv1d(4, 4, 3, groups=4, padding='same', padding_mode='reflect'))
print(nn.ConvTranspose2d(8, 3, 4, stride=2, padding=1, output_padding=1))
print(nn.MaxPool2d(3, stride=2, padding=1, ceil_mode=True), nn.AvgPool1d(2))
print(nn.AdaptiveAvgPool2d((1, 1)), nn.Upsample(scale_factor=2, mode='nearest'))
print(nn.Embedding(100, 16, padding_idx=0), nn.LSTM(10, 20, num_layers=2, batch_first=True))
print(nn.GRU(4, 8, bidirectional=True), nn.LayerNorm([4, 4], eps=1e-6))
print(nn.BatchNorm2d(8, momentum=0.01, affine=False), nn.Dropout2d(0.1), nn.Flatten(0, -1))
""",
}
