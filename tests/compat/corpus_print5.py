"""Compat corpus: setup boilerplate and summaries printed at the top of training scripts."""

SNIPPETS = {
    "pr5_device_selection_boilerplate": """
import torch
if torch.cuda.is_available():
    device = 'cuda'
elif torch.backends.mps.is_available():
    device = 'mps'
else:
    device = 'cpu'
print(f'Using {device} device')
print(torch.device(device), torch.cuda.device_count())
x = torch.ones(2, device=device)
print(x, x.device.type)
""",
    "pr5_determinism_flags": """
import torch
torch.manual_seed(42)
torch.backends.cudnn.deterministic = True
torch.backends.cudnn.benchmark = False
print(torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark)
torch.use_deterministic_algorithms(True)
print(torch.are_deterministic_algorithms_enabled())
torch.use_deterministic_algorithms(False)
print(torch.are_deterministic_algorithms_enabled(), torch.rand(2))
""",
    "pr5_parameter_count_summary": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Conv2d(3, 16, 3), nn.ReLU(), nn.Flatten(), nn.Linear(16 * 30 * 30, 10))
total = sum(p.numel() for p in model.parameters())
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(f'Total params: {total:,}', f'Trainable: {trainable:,}')
for name, p in model.named_parameters():
    print(f'{name:<10} {str(tuple(p.shape)):<16} {p.numel():>8}')
print(model.__class__.__name__, len(list(model.children())), len(list(model.modules())))
""",
    "pr5_freeze_layers_summary": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))
for p in model[0].parameters():
    p.requires_grad = False
print([n for n, p in model.named_parameters() if p.requires_grad])
opt = torch.optim.SGD(filter(lambda p: p.requires_grad, model.parameters()), lr=0.1)
print(len(opt.param_groups[0]['params']))
print(model[0].weight.requires_grad, model[2].weight.requires_grad)
""",
    "pr5_buffers_persistent": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer('mean', torch.zeros(2))
        self.register_buffer('cache', torch.ones(1), persistent=False)
        self.fc = nn.Linear(2, 1)
net = Net()
print(list(net.state_dict().keys()))
print([n for n, _ in net.named_buffers()])
print(net.cache, net.mean)
""",
    "pr5_rng_state_shapes": """
import torch
state = torch.get_rng_state()
print(state.shape, state.dtype)
torch.manual_seed(1)
a = torch.rand(2)
torch.set_rng_state(state)
torch.manual_seed(1)
print(torch.equal(a, torch.rand(2)))
""",
    "pr5_epoch_progress_print": """
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(0)
X = torch.randn(20, 3)
y = (X.sum(1) > 0).long()
loader = DataLoader(TensorDataset(X, y), batch_size=8, shuffle=True)
model = nn.Linear(3, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for epoch in range(2):
    running, correct = 0.0, 0
    for i, (xb, yb) in enumerate(loader):
        opt.zero_grad()
        out = model(xb)
        loss = nn.functional.cross_entropy(out, yb)
        loss.backward()
        opt.step()
        running += loss.item() * xb.size(0)
        correct += (out.argmax(1) == yb).sum().item()
        print(f'[{epoch + 1}, {i + 1:3d}] batch loss: {loss.item():.3f}')
    print(f'epoch {epoch + 1}: loss {running / len(loader.dataset):.4f} '
          f'acc {100.0 * correct / len(loader.dataset):.1f}%')
""",
    "pr5_eval_no_grad_print": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5))
model.eval()
with torch.no_grad():
    out = model(torch.ones(3, 2))
print(out, out.requires_grad, out.grad_fn)
with torch.inference_mode():
    out2 = model(torch.ones(1, 2))
print(out2.requires_grad, out2.is_inference())
""",
    "pr5_checkpoint_dict_print": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
model(torch.ones(1, 2)).sum().backward()
opt.step()
ckpt = {'epoch': 3, 'model_state_dict': model.state_dict(),
        'optimizer_state_dict': opt.state_dict(), 'loss': 0.25}
print(ckpt.keys())
print(ckpt['optimizer_state_dict']['param_groups'])
print({k: v.shape for k, v in ckpt['model_state_dict'].items()})
""",
    "pr5_save_load_roundtrip_print": """
import io
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Linear(2, 1)
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
buf.seek(0)
sd = torch.load(buf)
print(sd)
m2 = nn.Linear(2, 1)
print(m2.load_state_dict(sd))
print(torch.equal(m2.weight, model.weight))
""",
    "pr5_tensor_info_helpers": """
import torch
x = torch.arange(12.).view(3, 4)
print(x.dtype, x.device, x.layout, x.requires_grad, x.is_sparse, x.is_quantized)
print(x.dim(), x.ndimension(), x.nelement(), x.element_size() * x.nelement())
print(torch.is_floating_point(x), torch.is_complex(x), torch.numel(x))
""",
}
