"""Compat corpus: saving whole models and optimizers (pickled), loading them back with
weights_only=False, and torch's refusal under the default weights_only=True."""

SNIPPETS = {
    "sv_whole_model_roundtrip": """
import io
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
buf = io.BytesIO()
torch.save(model, buf)
buf.seek(0)
try:
    torch.load(buf)
except Exception as e:
    print(type(e).__name__)
    print(str(e).splitlines()[-3])
buf.seek(0)
m2 = torch.load(buf, weights_only=False)
print(m2)
print(m2[0].weight)
print(m2(torch.ones(1, 3)))
""",
    "sv_custom_class_and_optimizer": """
import io
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(1)
net = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.Adam(net.parameters(), lr=0.01)
x, y = torch.randn(6, 4), torch.randint(0, 2, (6,))
for _ in range(3):
    opt.zero_grad()
    loss = F.cross_entropy(net(x), y)
    loss.backward()
    opt.step()
buf = io.BytesIO()
torch.save({"epoch": 3, "model": net, "optimizer": opt, "loss": loss.item()}, buf)
buf.seek(0)
try:
    torch.load(buf)
except Exception as e:
    print(type(e).__name__, "Sequential" in str(e))
buf.seek(0)
ck = torch.load(buf, weights_only=False)
print(ck["epoch"], round(ck["loss"], 5), type(ck["model"]).__name__, type(ck["optimizer"]).__name__)
net2, opt2 = ck["model"], ck["optimizer"]
print(opt2.param_groups[0]["params"][0] is net2[0].weight)
print(torch.equal(net2(x), net(x)))
opt2.zero_grad()
F.cross_entropy(net2(x), y).backward()
opt2.step()
print(net2[2].bias)
print(opt2.state[net2[2].bias]["step"])
""",
    "sv_state_dict_file_and_size": """
import os
import tempfile
import torch
import torch.nn as nn
torch.manual_seed(2)
model = nn.Linear(2, 3)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "model.pth")
    torch.save(model.state_dict(), path)
    sd = torch.load(path)
    print(list(sd.keys()), sd["bias"])
    torch.save({"shape": model.weight.shape, "sizes": [torch.Size([1, 2])]}, path)
    meta = torch.load(path)
    print(meta, type(meta["shape"]).__name__)
    torch.save(model, path)
    print(torch.load(path, weights_only=False))
""",
}
