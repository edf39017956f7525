"""Compat corpus, seeded part 5: intermediate-course programs (residual nets, distillation,
policy gradients, gradient penalties, PINNs, L-BFGS, SWA, norm layers, cyclic schedules)."""

SNIPPETS = {
    "sd5_resnet_block_training": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
class ResidualBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.conv1 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(c)
        self.conv2 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(c)
    def forward(self, x):
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + x)
class TinyResNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(1, 4, 3, padding=1)
        self.block = ResidualBlock(4)
        self.fc = nn.Linear(4, 2)
    def forward(self, x):
        x = self.block(F.relu(self.stem(x)))
        x = F.adaptive_avg_pool2d(x, 1).view(x.size(0), -1)
        return self.fc(x)
model = TinyResNet()
x = torch.randn(8, 1, 8, 8)
y = torch.randint(0, 2, (8,))
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=5e-4)
for step in range(5):
    opt.zero_grad()
    loss = F.cross_entropy(model(x), y)
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.4f}")
print(sum(p.numel() for p in model.parameters()))
print([name for name, _ in model.named_modules()])
""",
    "sd5_knowledge_distillation": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(1)
teacher = nn.Sequential(nn.Linear(6, 32), nn.ReLU(), nn.Linear(32, 3))
student = nn.Sequential(nn.Linear(6, 4), nn.ReLU(), nn.Linear(4, 3))
x = torch.randn(40, 6)
y = torch.randint(0, 3, (40,))
T = 2.0
opt = torch.optim.Adam(student.parameters(), lr=0.01)
teacher.eval()
for epoch in range(15):
    with torch.no_grad():
        t_logits = teacher(x)
    s_logits = student(x)
    kd = F.kl_div(F.log_softmax(s_logits / T, dim=1), F.softmax(t_logits / T, dim=1),
                  reduction="batchmean") * T * T
    ce = F.cross_entropy(s_logits, y)
    loss = 0.7 * kd + 0.3 * ce
    opt.zero_grad()
    loss.backward()
    opt.step()
    if epoch % 5 == 0:
        print(f"epoch {epoch}: kd={kd.item():.4f} ce={ce.item():.4f}")
agree = (student(x).argmax(1) == teacher(x).argmax(1)).float().mean()
print(f"agreement {agree.item():.3f}")
""",
    "sd5_reinforce_bandit": """
import torch
import torch.nn as nn
from torch.distributions import Categorical
torch.manual_seed(2)
true_rewards = torch.tensor([0.1, 0.5, 0.9])
logits = nn.Parameter(torch.zeros(3))
opt = torch.optim.Adam([logits], lr=0.1)
for episode in range(60):
    dist = Categorical(logits=logits)
    actions = dist.sample((8,))
    rewards = torch.bernoulli(true_rewards[actions])
    loss = -(dist.log_prob(actions) * (rewards - rewards.mean())).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if episode % 20 == 0:
        print(episode, actions.tolist(), rewards.sum().item())
print(torch.softmax(logits, 0))
""",
    "sd5_gaussian_policy_rsample": """
import torch
from torch.distributions import Normal
torch.manual_seed(3)
mu = torch.zeros(2, requires_grad=True)
log_std = torch.zeros(2, requires_grad=True)
target = torch.tensor([1.0, -2.0])
opt = torch.optim.SGD([mu, log_std], lr=0.1)
for step in range(50):
    dist = Normal(mu, log_std.exp())
    a = dist.rsample((16,))
    loss = ((a - target) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 10 == 0:
        print(step, f"{loss.item():.3f}")
print(mu)
print(log_std.exp())
print(Normal(mu, 1.0).log_prob(target))
""",
    "sd5_wgan_gradient_penalty": """
import torch
import torch.nn as nn
torch.manual_seed(4)
critic = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
real = torch.randn(8, 2) + 2
fake = torch.randn(8, 2)
alpha = torch.rand(8, 1)
interp = (alpha * real + (1 - alpha) * fake).requires_grad_(True)
score = critic(interp)
grads = torch.autograd.grad(score.sum(), interp, create_graph=True)[0]
gp = ((grads.norm(2, dim=1) - 1) ** 2).mean()
loss = critic(fake).mean() - critic(real).mean() + 10 * gp
loss.backward()
print(f"gp={gp.item():.4f} loss={loss.item():.4f}")
print(critic[0].weight.grad)
""",
    "sd5_pinn_ode": """
import torch
import torch.nn as nn
torch.manual_seed(5)
# solve u'(t) = -u(t), u(0) = 1 on [0, 2]
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 1))
opt = torch.optim.Adam(net.parameters(), lr=0.01)
t = torch.linspace(0, 2, 20).unsqueeze(1).requires_grad_(True)
for it in range(100):
    u = net(t)
    du = torch.autograd.grad(u, t, torch.ones_like(u), create_graph=True)[0]
    residual = ((du + u) ** 2).mean()
    ic = (net(torch.zeros(1, 1)) - 1).pow(2).mean()
    loss = residual + ic
    opt.zero_grad()
    loss.backward()
    opt.step()
    if it % 25 == 0:
        print(f"iter {it}: residual {residual.item():.5f} ic {ic.item():.5f}")
with torch.no_grad():
    print(net(torch.tensor([[0.0], [1.0], [2.0]])).squeeze())
""",
    "sd5_lbfgs_closure": """
import torch
import torch.nn as nn
torch.manual_seed(6)
x = torch.randn(30, 2)
y = x @ torch.tensor([[3.0], [-1.0]]) + 0.5
model = nn.Linear(2, 1)
opt = torch.optim.LBFGS(model.parameters(), lr=1, max_iter=20)
def closure():
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    return loss
for i in range(3):
    loss = opt.step(closure)
    print(i, f"{loss.item():.6f}")
print(model.weight.data, model.bias.data)
""",
    "sd5_swa_averaged_model": """
import torch
import torch.nn as nn
from torch.optim.swa_utils import AveragedModel, SWALR
torch.manual_seed(7)
model = nn.Linear(3, 1)
swa_model = AveragedModel(model)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
swa_sched = SWALR(opt, swa_lr=0.05, anneal_epochs=2)
x, y = torch.randn(20, 3), torch.randn(20, 1)
for epoch in range(6):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
    if epoch >= 2:
        swa_model.update_parameters(model)
        swa_sched.step()
    print(epoch, round(opt.param_groups[0]["lr"], 5))
print(swa_model.n_averaged)
print(swa_model.module.weight)
""",
    "sd5_groupnorm_instancenorm": """
import torch
import torch.nn as nn
torch.manual_seed(8)
x = torch.randn(2, 4, 3, 3)
gn = nn.GroupNorm(2, 4)
inn = nn.InstanceNorm2d(4, affine=True)
ln = nn.LayerNorm([4, 3, 3])
for m in (gn, inn, ln):
    out = m(x)
    print(type(m).__name__, tuple(out.shape), f"{out[0, 0, 0, 0].item():.4f}")
    out.pow(2).sum().backward()
print(gn.weight.grad)
print(inn.weight.grad)
""",
    "sd5_onecycle_poly_warm_restarts": """
import torch
import torch.nn as nn
torch.manual_seed(9)
model = nn.Linear(2, 2)
schedules = {
    "onecycle": lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.1, total_steps=10),
    "poly": lambda o: torch.optim.lr_scheduler.PolynomialLR(o, total_iters=6, power=2.0),
    "warm": lambda o: torch.optim.lr_scheduler.CosineAnnealingWarmRestarts(o, T_0=3, T_mult=2),
}
x = torch.randn(4, 2)
for name, make in schedules.items():
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    sched = make(opt)
    lrs = []
    for _ in range(9):
        opt.zero_grad()
        model(x).sum().backward()
        opt.step()
        sched.step()
        lrs.append(round(sched.get_last_lr()[0], 5))
    print(name, lrs)
""",
    "sd5_triplet_and_cosine_embedding": """
import torch
import torch.nn as nn
torch.manual_seed(10)
encoder = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Linear(8, 3))
anchor, positive, negative = torch.randn(6, 5), torch.randn(6, 5), torch.randn(6, 5)
positive = anchor + 0.1 * positive
opt = torch.optim.SGD(encoder.parameters(), lr=0.05)
triplet = nn.TripletMarginLoss(margin=1.0)
for step in range(10):
    loss = triplet(encoder(anchor), encoder(positive), encoder(negative))
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 3 == 0:
        print(step, f"{loss.item():.4f}")
cos = nn.CosineEmbeddingLoss()
flags = torch.tensor([1, -1, 1, -1, 1, -1])
print(f"{cos(encoder(anchor), encoder(negative), flags).item():.4f}")
print(nn.functional.cosine_similarity(encoder(anchor), encoder(positive)))
""",
    "sd5_seq2seq_teacher_forcing": """
import torch
import torch.nn as nn
torch.manual_seed(11)
V, H = 7, 12
class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 6)
        self.enc = nn.GRU(6, H, batch_first=True)
        self.dec = nn.GRU(6, H, batch_first=True)
        self.out = nn.Linear(H, V)
    def forward(self, src, tgt_in):
        _, h = self.enc(self.emb(src))
        y, _ = self.dec(self.emb(tgt_in), h)
        return self.out(y)
model = Seq2Seq()
src = torch.randint(1, V, (10, 5))
tgt = src.flip(1)
bos = torch.zeros(10, 1, dtype=torch.long)
tgt_in = torch.cat([bos, tgt[:, :-1]], dim=1)
opt = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(30):
    logits = model(src, tgt_in)
    loss = nn.functional.cross_entropy(logits.reshape(-1, V), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    if epoch % 10 == 9:
        acc = (logits.argmax(-1) == tgt).float().mean().item()
        print(f"epoch {epoch + 1}: loss {loss.item():.4f} token acc {acc:.2f}")
""",
    "sd5_weight_norm_parametrization": """
import torch
import torch.nn as nn
torch.manual_seed(12)
x = torch.randn(5, 4)
wn = nn.utils.parametrizations.weight_norm(nn.Linear(4, 2))
print(wn.parametrizations.weight.original0)
print(wn(x))
""",
    "sd5_double_precision_training": """
import torch
import torch.nn as nn
torch.manual_seed(13)
model = nn.Linear(3, 1).double()
x = torch.randn(20, 3, dtype=torch.float64)
y = x.sum(1, keepdim=True) ** 2
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for epoch in range(20):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
print(loss.dtype, f"{loss.item():.8f}")
print(model.weight)
""",
    "sd5_random_augmentation": """
import torch
torch.manual_seed(14)
images = torch.arange(2 * 3 * 3, dtype=torch.float32).reshape(2, 1, 3, 3)
def augment(batch):
    flip = torch.rand(batch.size(0)) < 0.5
    batch = torch.where(flip[:, None, None, None], batch.flip(-1), batch)
    noise = 0.1 * torch.randn_like(batch)
    shift = torch.randint(-1, 2, (1,)).item()
    return torch.roll(batch + noise, shifts=shift, dims=-2), flip, shift
for epoch in range(2):
    out, flip, shift = augment(images)
    print(flip.tolist(), shift)
    print(out[0, 0])
perm = torch.randperm(6)
print(perm, torch.multinomial(torch.tensor([0.2, 0.3, 0.5]), 4, replacement=True))
""",
    "sd5_state_dict_print_and_vector": """
import torch
import torch.nn as nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters
torch.manual_seed(15)
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
print(model.state_dict())
vec = parameters_to_vector(model.parameters())
print(vec.shape, vec)
vector_to_parameters(torch.zeros_like(vec), model.parameters())
print(model(torch.ones(1, 2)))
sd = model.state_dict()
sd["2.bias"].fill_(0.5)
print(model(torch.ones(1, 2)))
""",
    "sd5_amsgrad_dampening": """
import torch
import torch.nn as nn
torch.manual_seed(16)
x, y = torch.randn(16, 4), torch.randn(16, 2)
for kwargs in ({"amsgrad": True}, {"amsgrad": False, "weight_decay": 0.01}):
    torch.manual_seed(0)
    m = nn.Linear(4, 2)
    opt = torch.optim.Adam(m.parameters(), lr=0.05, **kwargs)
    for _ in range(10):
        opt.zero_grad()
        nn.functional.mse_loss(m(x), y).backward()
        opt.step()
    print(kwargs, m.bias)
torch.manual_seed(0)
m = nn.Linear(4, 2)
opt = torch.optim.SGD(m.parameters(), lr=0.05, momentum=0.9, dampening=0.5)
for _ in range(10):
    opt.zero_grad()
    nn.functional.mse_loss(m(x), y).backward()
    opt.step()
print(m.weight)
""",
    "sd5_poisson_gaussian_nll": """
import torch
import torch.nn as nn
torch.manual_seed(17)
x = torch.rand(30, 1) * 3
counts = torch.round(torch.exp(0.8 * x) + 0.5 * torch.randn(30, 1)).clamp(min=0)
print(counts[:8].squeeze())
model = nn.Linear(1, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.05)
for step in range(60):
    loss = nn.PoissonNLLLoss()(model(x), counts)
    opt.zero_grad()
    loss.backward()
    opt.step()
print(f"{loss.item():.4f}", f"{model.weight.item():.2f}")
mean, var = torch.randn(4, 2), torch.rand(4, 2) + 0.1
print(f"{nn.GaussianNLLLoss()(mean, torch.randn(4, 2), var).item():.4f}")
""",
}
