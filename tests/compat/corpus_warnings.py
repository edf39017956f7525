"""Compat corpus: the warnings torch emits for deprecated or suspicious calls, as users see them."""

SNIPPETS = {
    "warn_size_average_reduce": """
import warnings
import torch
import torch.nn as nn
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    loss = nn.MSELoss(size_average=False)
print(loss.reduction, [str(m.message) for m in w], [m.category.__name__ for m in w])
""",
    "warn_init_without_underscore": """
import warnings
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    nn.init.xavier_uniform(lin.weight)
    nn.init.constant(lin.bias, 0.0)
print(lin.bias)
for m in w:
    print(m.category.__name__, m.message)
""",
    "warn_torch_range": """
import warnings
import torch
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = torch.range(0, 3)
print(r)
for m in w:
    print(m.category.__name__, m.message)
""",
    "warn_clip_grad_norm_deprecated": """
import warnings
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
m(torch.ones(1, 2)).sum().backward()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    n = nn.utils.clip_grad_norm(m.parameters(), 1.0)
print(n)
for x in w:
    print(x.category.__name__, x.message)
""",
    "warn_dropout2d_3d_input": """
import warnings
import torch
import torch.nn.functional as F
torch.manual_seed(0)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    out = F.dropout2d(torch.ones(2, 3, 4), 0.5, training=False)
print(out.shape)
for x in w:
    print(x.category.__name__, x.message)
""",
    "warn_non_leaf_grad_message": """
import warnings
import torch
x = torch.ones(2, requires_grad=True)
y = x * 2
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g = y.grad
print(g)
print(w[0].category.__name__)
print(str(w[0].message).split('. ')[0])
""",
    "warn_implicit_dim_functions": """
import warnings
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0], [0.5, 0.5]])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    a = F.log_softmax(x)
    b = F.softmin(x)
    c = torch.nn.Softmax()(x)
print(a, b, c, sep='\\n')
for m in w:
    print(m.category.__name__, m.message)
""",
    "warn_tensor_construct_from_tensor": """
import warnings
import torch
a = torch.ones(2, requires_grad=True)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    b = torch.tensor(a)
    c = torch.as_tensor(a)
print(b, b.requires_grad, c is a, len(w))
print(w[0].message)
""",
    "warn_scheduler_get_lr": """
import warnings
import torch
w0 = torch.ones(1, requires_grad=True)
opt = torch.optim.SGD([w0], lr=0.1)
s = torch.optim.lr_scheduler.StepLR(opt, 1, gamma=0.5)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    lr = s.get_lr()
print(lr)
for m in w:
    print(m.category.__name__, m.message)
""",
    "warn_scheduler_epoch_arg": """
import warnings
import torch
w0 = torch.ones(1, requires_grad=True)
opt = torch.optim.SGD([w0], lr=0.1)
s = torch.optim.lr_scheduler.StepLR(opt, 1, gamma=0.5)
opt.step()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    s.step(3)
print(s.get_last_lr())
for m in w:
    print(m.category.__name__, m.message)
""",
    "warn_none_grad_optimizer_step": """
import warnings
import torch
w0 = torch.ones(1, requires_grad=True)
opt = torch.optim.SGD([w0], lr=0.1)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    opt.step()
print(w0, len(w))
""",
    "warn_upsample_align_corners": """
import warnings
import torch
import torch.nn.functional as F
x = torch.arange(4.).view(1, 1, 2, 2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    y = F.interpolate(x, scale_factor=2, mode='bilinear')
print(y[0, 0, 0], len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    y = F.upsample(x, scale_factor=2)
print(y.shape)
for m in w:
    print(m.category.__name__, m.message)
""",
    "warn_sigmoid_tanh_functional": """
import warnings
import torch
import torch.nn.functional as F
x = torch.tensor([0.0, 1.0])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(F.sigmoid(x), F.tanh(x))
for m in w:
    print(m.category.__name__, m.message)
""",
}
