"""Compat corpus, training part 1: module printing, bookkeeping and state_dict as tutorials show."""

SNIPPETS = {
    "tr_repr_common_layers_nondefault": """
import torch.nn as nn
layers = [
    nn.Linear(3, 4, bias=False),
    nn.Conv1d(2, 4, 3, stride=2, padding=1, dilation=2, groups=2, bias=False),
    nn.Conv2d(3, 6, (3, 5), stride=(2, 1), padding=(1, 2), padding_mode="reflect"),
    nn.Conv2d(1, 8, kernel_size=3, padding="same"),
    nn.ConvTranspose2d(8, 4, 4, stride=2, padding=1, output_padding=0),
    nn.MaxPool2d(3, stride=2, padding=1),
    nn.MaxPool2d(2, return_indices=True, ceil_mode=True),
    nn.AvgPool2d(2, stride=1, count_include_pad=False),
    nn.AdaptiveAvgPool2d((1, 1)),
    nn.AdaptiveMaxPool1d(4),
    nn.BatchNorm1d(10, momentum=0.2, affine=False),
    nn.BatchNorm2d(16, eps=1e-3, track_running_stats=False),
    nn.LayerNorm([4, 5], elementwise_affine=False),
    nn.GroupNorm(2, 8),
    nn.Dropout(p=0.25),
    nn.Dropout2d(0.1, inplace=True),
    nn.Embedding(100, 16, padding_idx=0),
    nn.LeakyReLU(0.2, inplace=True),
    nn.ELU(alpha=0.5),
    nn.Softmax(dim=-1),
    nn.LogSoftmax(dim=1),
    nn.Hardtanh(-2.0, 2.0),
    nn.Flatten(start_dim=2),
    nn.Unflatten(1, (2, 3)),
    nn.Upsample(scale_factor=2, mode="nearest"),
    nn.Upsample(size=(8, 8), mode="bilinear", align_corners=False),
    nn.PReLU(num_parameters=3),
    nn.GELU(approximate="tanh"),
    nn.Softplus(beta=2, threshold=10),
    nn.Threshold(0.1, 20.0),
]
for layer in layers:
    print(layer)
""",
    "tr_repr_nested_containers": """
import torch.nn as nn
class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([
            nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU()),
            nn.Sequential(nn.Conv2d(4, 8, 3), nn.ReLU(), nn.MaxPool2d(2)),
        ])
        self.heads = nn.ModuleDict({"cls": nn.Linear(8, 10), "reg": nn.Linear(8, 1)})
        self.empty = nn.Sequential()
        self.act = nn.Identity()
net = Encoder()
print(net)
print(net.heads)
print(net.blocks[1])
print(net.empty)
""",
    "tr_repr_extra_repr_custom": """
import torch
import torch.nn as nn
class Scale(nn.Module):
    def __init__(self, factor, learnable=True):
        super().__init__()
        self.factor = factor
        self.learnable = learnable
        self.weight = nn.Parameter(torch.ones(1) * factor)
    def extra_repr(self):
        return f"factor={self.factor}, learnable={self.learnable}"
    def forward(self, x):
        return x * self.weight
class Wrap(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = Scale(2.0)
        self.lin = nn.Linear(2, 2)
    def extra_repr(self):
        return "multi\\nline"
print(Scale(3.5, learnable=False))
print(Wrap())
print(Scale(2.0)(torch.tensor([1., 2.])))
""",
    "tr_repr_sequential_ordereddict": """
from collections import OrderedDict
import torch.nn as nn
model = nn.Sequential(OrderedDict([
    ("conv1", nn.Conv2d(1, 20, 5)),
    ("relu1", nn.ReLU()),
    ("conv2", nn.Conv2d(20, 64, 5)),
    ("relu2", nn.ReLU()),
]))
print(model)
print(model.conv1)
print(model[2])
print([name for name, _ in model.named_children()])
print(list(model.state_dict().keys()))
""",
    "tr_repr_repeated_modules_collapse": """
import torch.nn as nn
model = nn.Sequential(*[nn.Linear(4, 4) for _ in range(5)], nn.ReLU(), nn.ReLU())
print(model)
layers = nn.ModuleList([nn.Sequential(nn.Linear(2, 2), nn.ReLU()) for _ in range(3)])
print(layers)
""",
    "tr_named_modules_children": """
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.ReLU())
        self.classifier = nn.Sequential(nn.Flatten(), nn.Linear(4, 2))
net = Net()
for name, m in net.named_modules():
    print(repr(name), type(m).__name__)
print([type(c).__name__ for c in net.children()])
print(len(list(net.modules())))
for name, m in net.named_modules(prefix="model"):
    if isinstance(m, nn.Conv2d):
        print(name, m.weight.shape)
""",
    "tr_named_parameters_shapes_table": """
import torch.nn as nn
model = nn.Sequential(
    nn.Conv2d(3, 8, 3, padding=1),
    nn.BatchNorm2d(8),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(8 * 4 * 4, 10),
)
total = 0
for name, p in model.named_parameters():
    print(f"{name:<12} {str(tuple(p.shape)):<16} {p.numel():>6}")
    total += p.numel()
print("total", total)
print([name for name, _ in model.named_buffers()])
print(model[1].num_batches_tracked)
""",
    "tr_state_dict_values_and_dtypes": """
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3))
nn.init.constant_(m[0].weight, 0.5)
nn.init.zeros_(m[0].bias)
sd = m.state_dict()
print(type(sd).__name__)
for k, v in sd.items():
    print(k, v.dtype, tuple(v.shape), v.requires_grad)
print(sd["0.weight"])
print(sd["1.running_var"])
print(sd["1.num_batches_tracked"])
""",
    "tr_load_state_dict_strict_error": """
import torch
import torch.nn as nn
a = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
b = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
try:
    b.load_state_dict(a.state_dict())
except RuntimeError as e:
    print(type(e).__name__)
    print(e)
""",
    "tr_load_state_dict_nonstrict_result": """
import torch
import torch.nn as nn
src = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
dst = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1), nn.Tanh(), nn.Linear(1, 1))
result = dst.load_state_dict(src.state_dict(), strict=False)
print(result)
print(result.missing_keys)
print(result.unexpected_keys)
ok = src.load_state_dict(src.state_dict())
print(ok)
""",
    "tr_load_state_dict_size_mismatch": """
import torch
import torch.nn as nn
a = nn.Linear(3, 2)
b = nn.Linear(4, 2)
try:
    b.load_state_dict(a.state_dict())
except RuntimeError as e:
    print(e)
""",
    "tr_load_state_dict_copies_values": """
import torch
import torch.nn as nn
a = nn.Linear(2, 1)
b = nn.Linear(2, 1)
with torch.no_grad():
    a.weight.copy_(torch.tensor([[3., -1.]]))
    a.bias.fill_(0.25)
b.load_state_dict(a.state_dict())
print(b.weight, b.bias)
print(b.weight is a.weight, torch.equal(b.weight, a.weight))
x = torch.tensor([[1., 2.]])
print(a(x), b(x))
""",
    "tr_state_dict_prefix_strip": """
import torch
import torch.nn as nn
model = nn.Linear(2, 2)
nn.init.eye_(model.weight)
nn.init.zeros_(model.bias)
wrapped = {"module." + k: v for k, v in model.state_dict().items()}
print(list(wrapped))
clean = nn.Linear(2, 2)
clean.load_state_dict({k.replace("module.", ""): v for k, v in wrapped.items()})
print(clean.weight)
""",
    "tr_parameters_count_by_layer": """
import torch.nn as nn
def count(m):
    return sum(p.numel() for p in m.parameters() if p.requires_grad)
model = nn.Sequential(nn.Embedding(50, 8), nn.LSTM(8, 16, batch_first=True))
print(count(model))
for name, child in model.named_children():
    print(name, type(child).__name__, count(child))
cnn = nn.Sequential(nn.Conv2d(3, 16, 3), nn.Conv2d(16, 32, 3, bias=False), nn.BatchNorm2d(32))
print(count(cnn), len(list(cnn.parameters())))
""",
    "tr_freeze_backbone": """
import torch
import torch.nn as nn
backbone = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8))
head = nn.Linear(8, 2)
model = nn.Sequential(backbone, head)
backbone.requires_grad_(False)
for name, p in model.named_parameters():
    print(name, p.requires_grad)
trainable = [p for p in model.parameters() if p.requires_grad]
print(len(trainable), sum(p.numel() for p in trainable))
out = model(torch.ones(1, 4)).sum()
out.backward()
print(model[0][0].weight.grad, model[1].weight.grad.shape)
""",
    "tr_freeze_by_param_loop": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.Linear(2, 1))
for p in model[0].parameters():
    p.requires_grad = False
nn.init.constant_(model[0].weight, 1.0)
nn.init.constant_(model[0].bias, 0.0)
nn.init.constant_(model[1].weight, 2.0)
nn.init.constant_(model[1].bias, 0.0)
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
print(len(opt.param_groups[0]["params"]))
loss = model(torch.tensor([[1., 2.]])).sum()
loss.backward()
opt.step()
print(model[0].weight)
print(model[1].weight)
""",
    "tr_register_buffer_behaviour": """
import torch
import torch.nn as nn
class Normalizer(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("mean", torch.tensor([0.5, 1.0]))
        self.register_buffer("std", torch.tensor([2.0, 4.0]))
        self.register_buffer("cache", None)
    def forward(self, x):
        return (x - self.mean) / self.std
n = Normalizer()
print(n(torch.tensor([[1.5, 5.0]])))
print(list(n.state_dict().keys()))
print([name for name, _ in n.named_buffers()])
print(list(n.parameters()))
print(n.mean.requires_grad)
n.double()
print(n.mean.dtype)
print(n)
""",
    "tr_register_buffer_errors": """
import torch
import torch.nn as nn
m = nn.Module()
try:
    m.register_buffer("a.b", torch.zeros(1))
except KeyError as e:
    print("KeyError", e)
try:
    m.register_buffer("", torch.zeros(1))
except KeyError as e:
    print("KeyError", e)
try:
    m.register_buffer("x", [1, 2])
except TypeError as e:
    print("TypeError", e)
m.w = nn.Parameter(torch.zeros(1))
try:
    m.register_buffer("w", torch.zeros(1))
except KeyError as e:
    print("KeyError", e)
""",
    "tr_apply_init_fn": """
import torch
import torch.nn as nn
def init_weights(m):
    if isinstance(m, nn.Linear):
        nn.init.constant_(m.weight, 0.01)
        if m.bias is not None:
            nn.init.zeros_(m.bias)
    elif isinstance(m, nn.BatchNorm1d):
        nn.init.ones_(m.weight)
        nn.init.constant_(m.bias, 0.1)
model = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2), nn.Linear(2, 1, bias=False))
ret = model.apply(init_weights)
print(ret is model)
for name, p in model.named_parameters():
    print(name, p.data)
visited = []
model.apply(lambda m: visited.append(type(m).__name__))
print(visited)
""",
    "tr_zero_grad_set_to_none": """
import torch
import torch.nn as nn
model = nn.Linear(2, 1)
nn.init.ones_(model.weight)
nn.init.zeros_(model.bias)
model(torch.tensor([[1., 2.]])).sum().backward()
print(model.weight.grad)
model.zero_grad()
print(model.weight.grad)
model(torch.tensor([[1., 2.]])).sum().backward()
model.zero_grad(set_to_none=False)
print(model.weight.grad, model.bias.grad)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model(torch.tensor([[3., 4.]])).sum().backward()
opt.zero_grad(set_to_none=False)
print(model.weight.grad)
opt.zero_grad()
print(model.weight.grad)
""",
    "tr_grad_accumulation_without_zero_grad": """
import torch
import torch.nn as nn
lin = nn.Linear(1, 1)
nn.init.constant_(lin.weight, 2.0)
nn.init.constant_(lin.bias, 0.0)
x = torch.tensor([[3.0]])
for i in range(3):
    lin(x).sum().backward()
    print(i, lin.weight.grad.item(), lin.bias.grad.item())
lin.zero_grad()
lin(x).sum().backward()
print(lin.weight.grad)
""",
    "tr_train_eval_flags": """
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5), nn.Sequential(nn.BatchNorm1d(2)))
print(model.training, [m.training for m in model.modules()])
model.eval()
print(model.training, [m.training for m in model.modules()])
model[2].train()
print([m.training for m in model.modules()])
model.train()
print(all(m.training for m in model.modules()))
""",
    "tr_dropout_train_vs_eval": """
import torch
import torch.nn as nn
drop = nn.Dropout(p=0.5)
x = torch.ones(2, 4)
drop.eval()
print(drop(x))
drop.train()
y = drop(x)
print(y.shape, sorted(set(y.flatten().tolist())) in ([0.0, 2.0], [0.0], [2.0]))
print(nn.Dropout(p=0.0)(x))
print(nn.Dropout(p=1.0)(x))
""",
    "tr_batchnorm_running_stats_steps": """
import torch
import torch.nn as nn
bn = nn.BatchNorm1d(2)
batches = [torch.tensor([[1., 2.], [3., 6.]]), torch.tensor([[0., 0.], [2., 4.]]),
           torch.tensor([[5., 1.], [1., 1.]])]
for i, b in enumerate(batches):
    out = bn(b)
    print(i, bn.running_mean, bn.running_var, bn.num_batches_tracked)
print(out)
bn.eval()
print(bn(torch.tensor([[1., 1.]])))
""",
    "tr_batchnorm_momentum_none": """
import torch
import torch.nn as nn
bn = nn.BatchNorm1d(3, momentum=None)
data = torch.arange(12, dtype=torch.float32).reshape(4, 3)
for k in range(3):
    bn(data * (k + 1))
print(bn.running_mean)
print(bn.running_var)
print(bn.num_batches_tracked)
print(bn)
""",
    "tr_batchnorm2d_train_output": """
import torch
import torch.nn as nn
bn = nn.BatchNorm2d(2)
x = torch.arange(16, dtype=torch.float32).reshape(2, 2, 2, 2)
y = bn(x)
print(y)
print(y.mean(dim=(0, 2, 3)).abs().max() < 1e-6)
print(bn.running_mean, bn.running_var)
print(y.grad_fn.name())
""",
    "tr_layernorm_manual_weights": """
import torch
import torch.nn as nn
ln = nn.LayerNorm(3)
with torch.no_grad():
    ln.weight.copy_(torch.tensor([1., 2., 3.]))
    ln.bias.copy_(torch.tensor([0., 0.5, -0.5]))
x = torch.tensor([[1., 2., 3.], [2., 2., 5.]])
print(ln(x))
print(ln.normalized_shape, ln.eps)
y = ln(x).sum()
y.backward()
print(ln.weight.grad, ln.bias.grad)
""",
    "tr_forward_hooks_capture_activations": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
nn.init.constant_(model[0].weight, 1.0)
nn.init.constant_(model[0].bias, -1.0)
nn.init.constant_(model[2].weight, 0.5)
nn.init.zeros_(model[2].bias)
activations = {}
def save(name):
    def hook(module, inp, out):
        activations[name] = out.detach()
    return hook
handles = [model[i].register_forward_hook(save(f"layer{i}")) for i in range(3)]
model(torch.tensor([[0.5, 1.0]]))
for k, v in activations.items():
    print(k, v)
for h in handles:
    h.remove()
activations.clear()
model(torch.tensor([[0.5, 1.0]]))
print(activations)
""",
    "tr_forward_hook_modifies_output": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
nn.init.eye_(lin.weight)
nn.init.zeros_(lin.bias)
h = lin.register_forward_hook(lambda m, i, o: o * 10)
print(lin(torch.tensor([[1., 2.]])))
h.remove()
print(lin(torch.tensor([[1., 2.]])))
pre = lin.register_forward_pre_hook(lambda m, args: (args[0] + 1,))
print(lin(torch.tensor([[1., 2.]])))
pre.remove()
""",
    "tr_forward_hook_with_kwargs": """
import torch
import torch.nn as nn
class Add(nn.Module):
    def forward(self, x, y=0):
        return x + y
m = Add()
def pre(module, args, kwargs):
    print("pre", args, kwargs)
    return args, {"y": torch.tensor(100.)}
def post(module, args, kwargs, output):
    print("post", kwargs, output)
m.register_forward_pre_hook(pre, with_kwargs=True)
m.register_forward_hook(post, with_kwargs=True)
print(m(torch.tensor(1.), y=torch.tensor(2.)))
""",
    "tr_full_backward_hook_grads": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
nn.init.constant_(lin.weight, 3.0)
nn.init.zeros_(lin.bias)
def bhook(module, grad_input, grad_output):
    print(type(module).__name__, [g if g is None else g.shape for g in grad_input], grad_output)
lin.register_full_backward_hook(bhook)
x = torch.tensor([[1., 2.]], requires_grad=True)
lin(x).sum().backward()
print(x.grad)
""",
    "tr_backward_hook_clip_grad_input": """
import torch
import torch.nn as nn
relu = nn.ReLU()
relu.register_full_backward_hook(lambda m, gi, go: (gi[0].clamp(max=0.5),))
x = torch.tensor([1., -1., 2.], requires_grad=True)
(relu(x) * torch.tensor([1., 1., 3.])).sum().backward()
print(x.grad)
pre = nn.Identity()
pre.register_full_backward_pre_hook(lambda m, go: (go[0] * 2,))
y = torch.tensor([1., 2.], requires_grad=True)
pre(y).sum().backward()
print(y.grad)
""",
    "tr_tensor_register_hook_in_model": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
nn.init.ones_(lin.weight)
nn.init.zeros_(lin.bias)
grads = []
lin.weight.register_hook(lambda g: grads.append(g.clone()))
h = lin.bias.register_hook(lambda g: g * 0)
lin(torch.tensor([[1., 2.], [3., 4.]])).sum().backward()
print(grads[0])
print(lin.bias.grad)
h.remove()
""",
    "tr_module_to_and_half_dtype": """
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
m.double()
print({n: p.dtype for n, p in m.state_dict().items()})
m.float()
print(m[1].num_batches_tracked.dtype, m[0].weight.dtype)
m.to(torch.float16)
print(m[0].weight.dtype, m[1].running_mean.dtype)
print(m.half() is m)
""",
    "tr_module_attribute_errors": """
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
try:
    m.nonexistent
except AttributeError as e:
    print(e)
try:
    m.weight = torch.zeros(2, 2)
except TypeError as e:
    print(e)
m.weight = nn.Parameter(torch.zeros(2, 2))
print(m.weight.sum())
del m.bias
print([n for n, _ in m.named_parameters()])
""",
    "tr_sequential_slicing_and_indexing": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2), nn.Softmax(dim=1))
print(model[:2])
print(model[-1])
print(type(model[1:]).__name__, len(model[1:]))
feature_extractor = nn.Sequential(*list(model.children())[:-1])
print(feature_extractor)
del model[3]
print(len(model), model[-1])
try:
    model[10]
except IndexError as e:
    print(e)
""",
    "tr_moduledict_iteration": """
import torch
import torch.nn as nn
d = nn.ModuleDict({"act": nn.ReLU(), "lin": nn.Linear(2, 2)})
d["norm"] = nn.LayerNorm(2)
print(list(d.keys()))
print([type(v).__name__ for v in d.values()])
for k, v in d.items():
    print(k, v)
print("lin" in d, len(d))
d.pop("act")
print(d)
d.update({"out": nn.Sigmoid()})
print(list(d))
""",
    "tr_modulelist_forward_loop": """
import torch
import torch.nn as nn
class MLP(nn.Module):
    def __init__(self, sizes):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        for l in self.layers:
            nn.init.constant_(l.weight, 0.1)
            nn.init.constant_(l.bias, 0.0)
    def forward(self, x):
        for i, layer in enumerate(self.layers):
            x = layer(x)
            if i < len(self.layers) - 1:
                x = torch.relu(x)
        return x
mlp = MLP([3, 4, 4, 2])
print(mlp)
print(mlp(torch.ones(2, 3)))
print(len(mlp.layers), mlp.layers[-1].out_features)
""",
    "tr_parameterlist_dict": """
import torch
import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.ws = nn.ParameterList([nn.Parameter(torch.ones(2)) for _ in range(3)])
        self.pd = nn.ParameterDict({"a": nn.Parameter(torch.zeros(1)),
                                    "b": nn.Parameter(torch.ones(2, 2))})
m = M()
print(m)
print([n for n, _ in m.named_parameters()])
print(sum(p.numel() for p in m.parameters()))
""",
    "tr_get_submodule_and_parameter": """
import torch.nn as nn
model = nn.Sequential(nn.Sequential(nn.Linear(2, 3), nn.ReLU()), nn.Linear(3, 1))
print(model.get_submodule("0.0"))
print(model.get_parameter("1.weight").shape)
try:
    model.get_submodule("0.5")
except AttributeError as e:
    print(e)
""",
}
