"""Compat corpus, tutorials part 17: architectures and techniques from popular courses and blog
tutorials (U-Net, ResNet blocks, squeeze-excitation, GCN, physics-informed nets, WGAN-GP,
MAML, SimCLR's NT-Xent, skip-gram with negative sampling, Gaussian processes, RealNVP)."""

SNIPPETS = {
    "tu17_unet_mini": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
class DoubleConv(nn.Module):
    def __init__(self, in_channels, out_channels, mid_channels=None):
        super().__init__()
        if not mid_channels:
            mid_channels = out_channels
        self.double_conv = nn.Sequential(
            nn.Conv2d(in_channels, mid_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(mid_channels),
            nn.ReLU(inplace=True),
            nn.Conv2d(mid_channels, out_channels, kernel_size=3, padding=1, bias=False),
            nn.BatchNorm2d(out_channels),
            nn.ReLU(inplace=True))
    def forward(self, x):
        return self.double_conv(x)
class Down(nn.Module):
    def __init__(self, in_channels, out_channels):
        super().__init__()
        self.maxpool_conv = nn.Sequential(nn.MaxPool2d(2), DoubleConv(in_channels, out_channels))
    def forward(self, x):
        return self.maxpool_conv(x)
class Up(nn.Module):
    def __init__(self, in_channels, out_channels, bilinear=True):
        super().__init__()
        if bilinear:
            self.up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)
            self.conv = DoubleConv(in_channels, out_channels, in_channels // 2)
        else:
            self.up = nn.ConvTranspose2d(in_channels, in_channels // 2, kernel_size=2, stride=2)
            self.conv = DoubleConv(in_channels, out_channels)
    def forward(self, x1, x2):
        x1 = self.up(x1)
        diffY = x2.size()[2] - x1.size()[2]
        diffX = x2.size()[3] - x1.size()[3]
        x1 = F.pad(x1, [diffX // 2, diffX - diffX // 2, diffY // 2, diffY - diffY // 2])
        x = torch.cat([x2, x1], dim=1)
        return self.conv(x)
class UNet(nn.Module):
    def __init__(self, n_channels, n_classes, bilinear=False):
        super(UNet, self).__init__()
        self.inc = DoubleConv(n_channels, 4)
        self.down1 = Down(4, 8)
        factor = 2 if bilinear else 1
        self.down2 = Down(8, 16 // factor)
        self.up1 = Up(16, 8 // factor, bilinear)
        self.up2 = Up(8, 4, bilinear)
        self.outc = nn.Conv2d(4, n_classes, kernel_size=1)
    def forward(self, x):
        x1 = self.inc(x)
        x2 = self.down1(x1)
        x3 = self.down2(x2)
        x = self.up1(x3, x2)
        x = self.up2(x, x1)
        return self.outc(x)
for bilinear in (False, True):
    net = UNet(n_channels=1, n_classes=2, bilinear=bilinear)
    x = torch.randn(2, 1, 9, 9)
    out = net(x)
    target = torch.randint(0, 2, (2, 9, 9))
    loss = F.cross_entropy(out, target)
    loss.backward()
    print(bilinear, out.shape, f'{loss.item():.4f}', out.grad_fn)
    print(sum(p.numel() for p in net.parameters()), net.inc.double_conv[0].weight.grad.shape)
""",
    "tu17_resnet_basic_block_init": """
import torch
import torch.nn as nn
torch.manual_seed(1)
def conv3x3(in_planes, out_planes, stride=1):
    return nn.Conv2d(in_planes, out_planes, kernel_size=3, stride=stride, padding=1, bias=False)
class BasicBlock(nn.Module):
    expansion = 1
    def __init__(self, inplanes, planes, stride=1, downsample=None):
        super().__init__()
        self.conv1 = conv3x3(inplanes, planes, stride)
        self.bn1 = nn.BatchNorm2d(planes)
        self.relu = nn.ReLU(inplace=True)
        self.conv2 = conv3x3(planes, planes)
        self.bn2 = nn.BatchNorm2d(planes)
        self.downsample = downsample
        self.stride = stride
    def forward(self, x):
        identity = x
        out = self.conv1(x)
        out = self.bn1(out)
        out = self.relu(out)
        out = self.conv2(out)
        out = self.bn2(out)
        if self.downsample is not None:
            identity = self.downsample(x)
        out += identity
        out = self.relu(out)
        return out
class TinyResNet(nn.Module):
    def __init__(self, num_classes=5, zero_init_residual=True):
        super().__init__()
        self.inplanes = 4
        self.conv1 = nn.Conv2d(3, 4, kernel_size=3, stride=1, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(4)
        self.relu = nn.ReLU(inplace=True)
        self.layer1 = self._make_layer(4, 1)
        self.layer2 = self._make_layer(8, 1, stride=2)
        self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(8, num_classes)
        for m in self.modules():
            if isinstance(m, nn.Conv2d):
                nn.init.kaiming_normal_(m.weight, mode='fan_out', nonlinearity='relu')
            elif isinstance(m, (nn.BatchNorm2d, nn.GroupNorm)):
                nn.init.constant_(m.weight, 1)
                nn.init.constant_(m.bias, 0)
        if zero_init_residual:
            for m in self.modules():
                if isinstance(m, BasicBlock):
                    nn.init.constant_(m.bn2.weight, 0)
    def _make_layer(self, planes, blocks, stride=1):
        downsample = None
        if stride != 1 or self.inplanes != planes:
            downsample = nn.Sequential(
                nn.Conv2d(self.inplanes, planes, kernel_size=1, stride=stride, bias=False),
                nn.BatchNorm2d(planes))
        layers = [BasicBlock(self.inplanes, planes, stride, downsample)]
        self.inplanes = planes
        for _ in range(1, blocks):
            layers.append(BasicBlock(self.inplanes, planes))
        return nn.Sequential(*layers)
    def forward(self, x):
        x = self.relu(self.bn1(self.conv1(x)))
        x = self.layer2(self.layer1(x))
        x = torch.flatten(self.avgpool(x), 1)
        return self.fc(x)
model = TinyResNet()
print(model.layer2)
x = torch.randn(4, 3, 8, 8)
out = model(x)
print(out.shape, out.grad_fn)
out.logsumexp(1).sum().backward()
print(model.layer1[0].bn2.weight.grad.shape, model.fc.in_features)
print(model.layer1[0].bn2.weight, model.layer2[0].downsample[1].running_mean.shape)
model.fc = nn.Linear(model.fc.in_features, 2)
print(model.fc)
""",
    "tu17_squeeze_excitation_block": """
import torch
from torch import nn
torch.manual_seed(2)
class SELayer(nn.Module):
    def __init__(self, channel, reduction=4):
        super(SELayer, self).__init__()
        self.avg_pool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Sequential(
            nn.Linear(channel, channel // reduction, bias=False),
            nn.ReLU(inplace=True),
            nn.Linear(channel // reduction, channel, bias=False),
            nn.Sigmoid())
    def forward(self, x):
        b, c, _, _ = x.size()
        y = self.avg_pool(x).view(b, c)
        y = self.fc(y).view(b, c, 1, 1)
        return x * y.expand_as(x)
se = SELayer(8)
x = torch.randn(2, 8, 5, 5, requires_grad=True)
out = se(x)
print(out.shape, out.grad_fn)
print(torch.allclose(se.avg_pool(x).view(2, 8), x.mean((2, 3))))
out.pow(2).mean().backward()
print(x.grad.shape, se.fc[0].weight.grad.shape)
dw = nn.Conv2d(8, 8, 3, padding=1, groups=8, bias=False)
pw = nn.Conv2d(8, 16, 1)
y = pw(nn.ReLU6()(dw(x)))
print(y.shape, dw.weight.shape, dw)
""",
    "tu17_gcn_from_scratch": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(3)
edge_index = torch.tensor([[0, 1, 1, 2, 2, 3, 3, 4, 0, 4],
                           [1, 0, 2, 1, 3, 2, 4, 3, 4, 0]])
num_nodes = 5
A = torch.zeros(num_nodes, num_nodes)
A[edge_index[0], edge_index[1]] = 1
A_hat = A + torch.eye(num_nodes)
degree = A_hat.sum(1)
D_inv_sqrt = torch.diag(torch.pow(degree, -0.5))
A_norm = D_inv_sqrt @ A_hat @ D_inv_sqrt
print(A_norm)
class GCNLayer(nn.Module):
    def __init__(self, in_features, out_features):
        super().__init__()
        self.linear = nn.Linear(in_features, out_features)
    def forward(self, x, adj):
        return adj @ self.linear(x)
class GCN(nn.Module):
    def __init__(self, nfeat, nhid, nclass):
        super().__init__()
        self.gc1 = GCNLayer(nfeat, nhid)
        self.gc2 = GCNLayer(nhid, nclass)
    def forward(self, x, adj):
        x = F.relu(self.gc1(x, adj))
        x = F.dropout(x, 0.5, training=self.training)
        return F.log_softmax(self.gc2(x, adj), dim=1)
x = torch.randn(num_nodes, 3)
y = torch.tensor([0, 1, 1, 0, 1])
train_mask = torch.tensor([True, True, False, True, False])
model = GCN(3, 8, 2)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01, weight_decay=5e-4)
for epoch in range(5):
    model.train()
    optimizer.zero_grad()
    out = model(x, A_norm)
    loss = F.nll_loss(out[train_mask], y[train_mask])
    loss.backward()
    optimizer.step()
    print(epoch, f'{loss.item():.4f}')
model.eval()
pred = model(x, A_norm).argmax(dim=1)
print(pred, int((pred[~train_mask] == y[~train_mask]).sum()))
src, dst = edge_index
messages = x[src]
agg = torch.zeros(num_nodes, 3).index_add_(0, dst, messages)
agg2 = torch.zeros(num_nodes, 3).scatter_add_(0, dst.unsqueeze(1).expand(-1, 3), messages)
print(torch.allclose(agg, agg2), torch.allclose(agg, A.t() @ x))
deg = torch.bincount(dst, minlength=num_nodes)
print(deg, (agg / deg.unsqueeze(1)).shape)
""",
    "tu17_physics_informed_derivatives": """
import torch
import torch.nn as nn
torch.manual_seed(4)
net = nn.Sequential(nn.Linear(1, 16), nn.Tanh(), nn.Linear(16, 16), nn.Tanh(), nn.Linear(16, 1))
x = torch.linspace(0, 1, 11).unsqueeze(1).requires_grad_(True)
def derivatives(u, x):
    u_x = torch.autograd.grad(u, x, grad_outputs=torch.ones_like(u), create_graph=True)[0]
    u_xx = torch.autograd.grad(u_x, x, grad_outputs=torch.ones_like(u_x), create_graph=True)[0]
    return u_x, u_xx
optimizer = torch.optim.Adam(net.parameters(), lr=1e-2)
for it in range(6):
    optimizer.zero_grad()
    u = net(x)
    u_x, u_xx = derivatives(u, x)
    residual = u_xx + (torch.pi ** 2) * torch.sin(torch.pi * x)
    bc = net(torch.tensor([[0.0], [1.0]]))
    loss = residual.pow(2).mean() + bc.pow(2).mean()
    loss.backward()
    optimizer.step()
    print(it, f'{loss.item():.4f}', u_xx.grad_fn.name(), u_x.requires_grad)
xs = torch.tensor([[0.3]], requires_grad=True)
f = xs ** 3
d1, = torch.autograd.grad(f, xs, create_graph=True)
d2, = torch.autograd.grad(d1, xs, create_graph=True)
d3, = torch.autograd.grad(d2, xs)
print(d1, d2, d3)
""",
    "tu17_wgan_gp_gradient_penalty": """
import torch
import torch.nn as nn
torch.manual_seed(5)
critic = nn.Sequential(nn.Linear(4, 16), nn.LeakyReLU(0.2), nn.Linear(16, 1))
generator = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 4))
opt_c = torch.optim.Adam(critic.parameters(), lr=1e-4, betas=(0.0, 0.9))
opt_g = torch.optim.Adam(generator.parameters(), lr=1e-4, betas=(0.0, 0.9))
def compute_gradient_penalty(D, real_samples, fake_samples):
    alpha = torch.rand((real_samples.size(0), 1))
    interpolates = (alpha * real_samples + ((1 - alpha) * fake_samples)).requires_grad_(True)
    d_interpolates = D(interpolates)
    fake = torch.ones(real_samples.shape[0], 1, requires_grad=False)
    gradients = torch.autograd.grad(
        outputs=d_interpolates, inputs=interpolates, grad_outputs=fake,
        create_graph=True, retain_graph=True, only_inputs=True)[0]
    gradients = gradients.view(gradients.size(0), -1)
    return ((gradients.norm(2, dim=1) - 1) ** 2).mean()
real = torch.randn(8, 4) + 2
for i in range(4):
    z = torch.randn(8, 2)
    fake = generator(z)
    opt_c.zero_grad()
    gp = compute_gradient_penalty(critic, real, fake.detach())
    d_loss = -torch.mean(critic(real)) + torch.mean(critic(fake.detach())) + 10 * gp
    d_loss.backward()
    opt_c.step()
    if i % 2 == 1:
        opt_g.zero_grad()
        g_loss = -torch.mean(critic(generator(z)))
        g_loss.backward()
        opt_g.step()
        print(i, f'{d_loss.item():.4f}', f'{gp.item():.4f}', f'{g_loss.item():.4f}')
for p in critic.parameters():
    p.data.clamp_(-0.01, 0.01)
print(critic[0].weight.abs().max() <= 0.01)
""",
    "tu17_maml_second_order": """
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call
torch.manual_seed(6)
model = nn.Sequential(nn.Linear(1, 16), nn.ReLU(), nn.Linear(16, 1))
meta_opt = torch.optim.Adam(model.parameters(), lr=1e-3)
def sample_task():
    amp = torch.rand(1) * 4 + 1
    phase = torch.rand(1) * 3
    def data(n):
        x = torch.rand(n, 1) * 10 - 5
        return x, amp * torch.sin(x + phase)
    return data
inner_lr = 0.01
for step in range(3):
    meta_opt.zero_grad()
    meta_loss = 0.0
    for _ in range(2):
        task = sample_task()
        xs, ys = task(5)
        xq, yq = task(5)
        params = dict(model.named_parameters())
        loss = F.mse_loss(functional_call(model, params, (xs,)), ys)
        grads = torch.autograd.grad(loss, params.values(), create_graph=True)
        fast = {n: p - inner_lr * g for (n, p), g in zip(params.items(), grads)}
        meta_loss = meta_loss + F.mse_loss(functional_call(model, fast, (xq,)), yq)
    meta_loss = meta_loss / 2
    meta_loss.backward()
    meta_opt.step()
    print(step, f'{meta_loss.item():.4f}', model[0].weight.grad.shape, meta_loss.grad_fn)
""",
    "tu17_simclr_nt_xent": """
import torch
import torch.nn.functional as F
torch.manual_seed(7)
def nt_xent(z_i, z_j, temperature=0.5):
    batch_size = z_i.shape[0]
    z = torch.cat([z_i, z_j], dim=0)
    z = F.normalize(z, dim=1)
    sim = torch.mm(z, z.t()) / temperature
    mask = torch.eye(2 * batch_size, dtype=torch.bool)
    sim = sim.masked_fill(mask, -9e15)
    targets = torch.cat([torch.arange(batch_size, 2 * batch_size), torch.arange(0, batch_size)])
    return F.cross_entropy(sim, targets)
proj = torch.nn.Sequential(torch.nn.Linear(6, 8), torch.nn.ReLU(), torch.nn.Linear(8, 4))
x = torch.randn(5, 6)
x_i = x + 0.1 * torch.randn_like(x)
x_j = x + 0.1 * torch.randn_like(x)
loss = nt_xent(proj(x_i), proj(x_j))
print(f'{loss.item():.4f}', loss.grad_fn)
loss.backward()
print(proj[0].weight.grad.shape)
z = F.normalize(torch.randn(3, 4), dim=1)
print(z.norm(dim=1), F.cosine_similarity(z[0:1], z[1:2]).shape)
print(torch.eye(4, dtype=torch.bool))
""",
    "tu17_skipgram_negative_sampling": """
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(8)
vocab_size, embed = 12, 6
word_freqs = torch.tensor([50., 30, 20, 10, 8, 6, 5, 4, 3, 2, 1, 1])
unigram_dist = word_freqs / word_freqs.sum()
noise_dist = unigram_dist ** 0.75 / torch.sum(unigram_dist ** 0.75)
print(noise_dist)
class SkipGramNeg(nn.Module):
    def __init__(self, n_vocab, n_embed, noise_dist=None):
        super().__init__()
        self.n_vocab = n_vocab
        self.n_embed = n_embed
        self.noise_dist = noise_dist
        self.in_embed = nn.Embedding(n_vocab, n_embed)
        self.out_embed = nn.Embedding(n_vocab, n_embed)
        self.in_embed.weight.data.uniform_(-1, 1)
        self.out_embed.weight.data.uniform_(-1, 1)
    def forward_input(self, input_words):
        return self.in_embed(input_words)
    def forward_output(self, output_words):
        return self.out_embed(output_words)
    def forward_noise(self, batch_size, n_samples):
        noise_words = torch.multinomial(self.noise_dist, batch_size * n_samples, replacement=True)
        return self.out_embed(noise_words).view(batch_size, n_samples, self.n_embed)
class NegativeSamplingLoss(nn.Module):
    def forward(self, input_vectors, output_vectors, noise_vectors):
        batch_size, embed_size = input_vectors.shape
        input_vectors = input_vectors.view(batch_size, embed_size, 1)
        output_vectors = output_vectors.view(batch_size, 1, embed_size)
        out_loss = torch.bmm(output_vectors, input_vectors).sigmoid().log()
        out_loss = out_loss.squeeze()
        noise_loss = torch.bmm(noise_vectors.neg(), input_vectors).sigmoid().log()
        noise_loss = noise_loss.squeeze().sum(1)
        return -(out_loss + noise_loss).mean()
model = SkipGramNeg(vocab_size, embed, noise_dist=noise_dist)
criterion = NegativeSamplingLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
inputs = torch.randint(0, vocab_size, (8,))
targets = torch.randint(0, vocab_size, (8,))
for step in range(4):
    input_vectors = model.forward_input(inputs)
    output_vectors = model.forward_output(targets)
    noise_vectors = model.forward_noise(inputs.shape[0], 3)
    loss = criterion(input_vectors, output_vectors, noise_vectors)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(step, f'{loss.item():.4f}')
embeds = model.in_embed.weight
magnitudes = embeds.pow(2).sum(dim=1).sqrt().unsqueeze(0)
valid = torch.tensor([0, 3])
similarities = torch.mm(model.in_embed(valid), embeds.t()) / magnitudes
_, closest = similarities.topk(3)
print(closest.shape, (closest[:, 0] == valid).all())
""",
    "tu17_gaussian_process_cholesky": """
import math
import torch
from torch.distributions import MultivariateNormal
torch.set_default_dtype(torch.float64)
torch.manual_seed(9)
def rbf(x1, x2, lengthscale=1.0, variance=1.0):
    d = (x1.unsqueeze(1) - x2.unsqueeze(0)).pow(2).sum(-1)
    return variance * torch.exp(-0.5 * d / lengthscale ** 2)
X = torch.linspace(-3, 3, 8).unsqueeze(1)
y = torch.sin(X).squeeze(1) + 0.1 * torch.randn(8)
Xs = torch.linspace(-3, 3, 5).unsqueeze(1)
noise = 0.1 ** 2
K = rbf(X, X) + noise * torch.eye(8)
L = torch.linalg.cholesky(K)
alpha = torch.cholesky_solve(y.unsqueeze(1), L)
Ks = rbf(X, Xs)
mu = Ks.t() @ alpha
v = torch.linalg.solve_triangular(L, Ks, upper=False)
var = rbf(Xs, Xs).diagonal() - v.pow(2).sum(0)
print(mu.squeeze(1))
print(var)
print(torch.allclose(L @ L.t(), K))
mvn = MultivariateNormal(torch.zeros(8), scale_tril=L)
print(f'{mvn.log_prob(y).item():.6f}')
nll = (0.5 * y @ torch.cholesky_solve(y.unsqueeze(1), L).squeeze(1) + L.diagonal().log().sum()
       + 4 * math.log(2 * math.pi))
print(f'{nll.item():.6f}')
log_ls = torch.zeros(1, requires_grad=True)
opt = torch.optim.Adam([log_ls], lr=0.1)
for i in range(3):
    opt.zero_grad()
    K = rbf(X, X, lengthscale=log_ls.exp()) + noise * torch.eye(8)
    loss = -MultivariateNormal(torch.zeros(8), covariance_matrix=K).log_prob(y)
    loss.backward()
    opt.step()
    print(i, f'{loss.item():.5f}', f'{log_ls.grad.item():.5f}')
""",
    "tu17_realnvp_coupling": """
import torch
import torch.nn as nn
from torch.distributions import Normal
torch.manual_seed(10)
class Coupling(nn.Module):
    def __init__(self, dim, mask):
        super().__init__()
        self.register_buffer('mask', mask)
        self.s = nn.Sequential(nn.Linear(dim, 8), nn.Tanh(), nn.Linear(8, dim))
        self.t = nn.Sequential(nn.Linear(dim, 8), nn.ReLU(), nn.Linear(8, dim))
    def forward(self, x):
        x_masked = x * self.mask
        s = self.s(x_masked) * (1 - self.mask)
        t = self.t(x_masked) * (1 - self.mask)
        y = x_masked + (1 - self.mask) * (x * torch.exp(s) + t)
        log_det = s.sum(dim=1)
        return y, log_det
    def inverse(self, y):
        y_masked = y * self.mask
        s = self.s(y_masked) * (1 - self.mask)
        t = self.t(y_masked) * (1 - self.mask)
        return y_masked + (1 - self.mask) * ((y - t) * torch.exp(-s))
masks = [torch.tensor([1., 0.]), torch.tensor([0., 1.])] * 2
flows = nn.ModuleList([Coupling(2, m) for m in masks])
prior = Normal(torch.zeros(2), torch.ones(2))
x = torch.randn(16, 2) * torch.tensor([2.0, 0.5]) + torch.tensor([1.0, -1.0])
opt = torch.optim.Adam(flows.parameters(), lr=1e-2)
for step in range(4):
    z, total = x, torch.zeros(16)
    for f in flows:
        z, ld = f(z)
        total = total + ld
    loss = -(prior.log_prob(z).sum(1) + total).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, f'{loss.item():.4f}')
with torch.no_grad():
    z = x
    for f in flows:
        z, _ = f(z)
    back = z
    for f in reversed(flows):
        back = f.inverse(back)
print(torch.allclose(back, x, atol=1e-5), [n for n, _ in flows.named_buffers()][:2])
""",
}
