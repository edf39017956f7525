"""Compat corpus, tutorials part 12: torch.compile's introduction, the automatic mixed precision
recipe on CPU (GradScaler, autocast disabled) and nanoGPT's training-loop scaffolding."""

SNIPPETS = {
    "tu12_compile_intro": """
import torch
from torch import nn
def foo(x, y):
    a = torch.sin(x)
    b = torch.cos(y)
    return a + b
opt_foo1 = torch.compile(foo)
x = torch.linspace(0, 1, 6).view(2, 3)
print(opt_foo1(x, x * 2))
print(opt_foo1.__name__)
@torch.compile
def opt_foo2(x, y):
    a = torch.sin(x)
    b = torch.cos(y)
    return a + b
print(opt_foo2(x, x))
class MyModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(3, 3)
    def forward(self, x):
        return torch.nn.functional.relu(self.lin(x))
torch.manual_seed(0)
mod = MyModule()
opt_mod = torch.compile(mod)
print(opt_mod)
print(opt_mod(x).shape, torch.equal(opt_mod(x), mod(x)))
print(list(opt_mod.state_dict().keys()))
print(opt_mod._orig_mod is mod, opt_mod.lin is mod.lin, isinstance(opt_mod, nn.Module))
opt_mod.eval()
print(mod.training)
try:
    torch.compile(mod, mode='fastest')
except RuntimeError as e:
    print(e)
print(torch.compile(mod, disable=True) is mod)
""",
    "tu12_amp_recipe_grad_scaler": """
import torch
from torch import nn
torch.manual_seed(1)
def make_model(in_size, out_size, num_layers):
    layers = []
    for _ in range(num_layers - 1):
        layers.append(torch.nn.Linear(in_size, in_size))
        layers.append(torch.nn.ReLU())
    layers.append(torch.nn.Linear(in_size, out_size))
    return torch.nn.Sequential(*tuple(layers))
batch_size, in_size, out_size, num_layers, num_batches, epochs = 8, 16, 4, 3, 2, 2
data = [torch.randn(batch_size, in_size) for _ in range(num_batches)]
targets = [torch.randn(batch_size, out_size) for _ in range(num_batches)]
loss_fn = torch.nn.MSELoss()
use_amp = False
net = make_model(in_size, out_size, num_layers)
opt = torch.optim.SGD(net.parameters(), lr=0.001)
scaler = torch.amp.GradScaler("cpu")
print(scaler.is_enabled(), scaler.get_scale())
for epoch in range(epochs):
    for input, target in zip(data, targets):
        with torch.autocast(device_type='cpu', dtype=torch.float16, enabled=use_amp):
            output = net(input)
            loss = loss_fn(output, target)
        scaled = scaler.scale(loss)
        print(f'{loss.item():.4f}', f'{scaled.item() / loss.item():.1f}', scaled.grad_fn)
        scaled.backward()
        scaler.unscale_(opt)
        torch.nn.utils.clip_grad_norm_(net.parameters(), max_norm=0.1)
        scaler.step(opt)
        scaler.update()
        opt.zero_grad()
print(scaler.state_dict())
checkpoint = {"model": net.state_dict(), "optimizer": opt.state_dict(),
              "scaler": scaler.state_dict()}
scaler2 = torch.amp.GradScaler("cpu")
scaler2.load_state_dict(checkpoint["scaler"])
print(scaler2.get_scale(), scaler2._get_growth_tracker())
""",
    "tu12_grad_scaler_skips_inf_steps": """
import torch
from torch import nn
torch.manual_seed(2)
model = nn.Linear(2, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler('cpu', init_scale=8.0, growth_factor=2.0, backoff_factor=0.25,
                              growth_interval=2)
x = torch.randn(4, 2)
for step in range(6):
    opt.zero_grad()
    loss = model(x).pow(2).mean()
    scaler.scale(loss).backward()
    if step == 2:
        model.weight.grad[0, 0] = float('nan')
    before = model.weight.detach().clone()
    scaler.step(opt)
    scaler.update()
    print(step, scaler.get_scale(), torch.equal(before, model.weight.detach()),
          len(opt.state))
try:
    scaler.update()
except AssertionError as e:
    print(e)
off = torch.amp.GradScaler('cpu', enabled=False)
print(off.scale(torch.tensor(3.)), off.get_scale(), off.state_dict())
""",
    "tu12_nanogpt_train_scaffolding": """
import math
import inspect
from contextlib import nullcontext
import torch
import torch.nn as nn
from torch.nn import functional as F
torch.manual_seed(1337 + 0)
torch.backends.cuda.matmul.allow_tf32 = True if hasattr(torch.backends, 'cuda') else None
torch.set_float32_matmul_precision('high')
print(torch.get_float32_matmul_precision())
device = 'cpu'
device_type = 'cuda' if 'cuda' in device else 'cpu'
dtype = 'float32'
ptdtype = {'float32': torch.float32, 'float16': torch.float16}[dtype]
ctx = nullcontext() if device_type == 'cpu' else torch.amp.autocast(device_type=device_type,
                                                                    dtype=ptdtype)
block_size, vocab_size, batch_size = 8, 16, 4
train_data = torch.randint(0, vocab_size, (300,))
val_data = torch.randint(0, vocab_size, (100,))
def get_batch(split):
    data = train_data if split == 'train' else val_data
    ix = torch.randint(len(data) - block_size, (batch_size,))
    x = torch.stack([data[i:i+block_size] for i in ix])
    y = torch.stack([data[i+1:i+1+block_size] for i in ix])
    return x, y
class TinyLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.wte = nn.Embedding(vocab_size, 16)
        self.ln = nn.LayerNorm(16)
        self.fc = nn.Linear(16, 16)
        self.lm_head = nn.Linear(16, vocab_size, bias=False)
        self.wte.weight = self.lm_head.weight
    def forward(self, idx, targets=None):
        x = self.fc(self.ln(self.wte(idx))).relu()
        logits = self.lm_head(x)
        loss = None
        if targets is not None:
            loss = F.cross_entropy(logits.view(-1, logits.size(-1)), targets.view(-1),
                                   ignore_index=-1)
        return logits, loss
    def configure_optimizers(self, weight_decay, learning_rate, betas, device_type):
        param_dict = {pn: p for pn, p in self.named_parameters()}
        param_dict = {pn: p for pn, p in param_dict.items() if p.requires_grad}
        decay_params = [p for n, p in param_dict.items() if p.dim() >= 2]
        nodecay_params = [p for n, p in param_dict.items() if p.dim() < 2]
        optim_groups = [
            {'params': decay_params, 'weight_decay': weight_decay},
            {'params': nodecay_params, 'weight_decay': 0.0}
        ]
        num_decay_params = sum(p.numel() for p in decay_params)
        num_nodecay_params = sum(p.numel() for p in nodecay_params)
        print(f"num decayed parameter tensors: {len(decay_params)}, "
              f"with {num_decay_params:,} parameters")
        print(f"num non-decayed parameter tensors: {len(nodecay_params)}, "
              f"with {num_nodecay_params:,} parameters")
        fused_available = 'fused' in inspect.signature(torch.optim.AdamW).parameters
        use_fused = fused_available and device_type == 'cuda'
        extra_args = dict(fused=True) if use_fused else dict()
        optimizer = torch.optim.AdamW(optim_groups, lr=learning_rate, betas=betas, **extra_args)
        print(f"using fused AdamW: {use_fused}")
        return optimizer
model = TinyLM()
print([n for n, _ in model.named_parameters()])
optimizer = model.configure_optimizers(0.1, 6e-4, (0.9, 0.95), device_type)
warmup_iters, lr_decay_iters, learning_rate, min_lr = 2, 8, 6e-4, 6e-5
def get_lr(it):
    if it < warmup_iters:
        return learning_rate * (it + 1) / (warmup_iters + 1)
    if it > lr_decay_iters:
        return min_lr
    decay_ratio = (it - warmup_iters) / (lr_decay_iters - warmup_iters)
    assert 0 <= decay_ratio <= 1
    coeff = 0.5 * (1.0 + math.cos(math.pi * decay_ratio))
    return min_lr + coeff * (learning_rate - min_lr)
@torch.no_grad()
def estimate_loss():
    out = {}
    model.eval()
    for split in ['train', 'val']:
        losses = torch.zeros(3)
        for k in range(3):
            X, Y = get_batch(split)
            with ctx:
                logits, loss = model(X, Y)
            losses[k] = loss.item()
        out[split] = losses.mean()
    model.train()
    return out
scaler = torch.amp.GradScaler('cpu', enabled=(dtype == 'float16'))
X, Y = get_batch('train')
for iter_num in range(10):
    lr = get_lr(iter_num)
    for param_group in optimizer.param_groups:
        param_group['lr'] = lr
    if iter_num % 5 == 0:
        losses = estimate_loss()
        print(f"step {iter_num}: train loss {losses['train']:.4f}, val loss {losses['val']:.4f}")
    for micro_step in range(2):
        with ctx:
            logits, loss = model(X, Y)
            loss = loss / 2
        X, Y = get_batch('train')
        scaler.scale(loss).backward()
    scaler.unscale_(optimizer)
    norm = torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    scaler.step(optimizer)
    scaler.update()
    optimizer.zero_grad(set_to_none=True)
    print(f"iter {iter_num}: loss {loss.item() * 2:.4f}, lr {lr:.2e}")
torch.set_float32_matmul_precision('highest')
""",
}
