"""Compat corpus: old and tool-using scripts (set_default_tensor_type, DataParallel on CPU,
torch.jit script/trace/save/load, profiler ranges, as_strided windows, frombuffer, matrix_exp
rotations, lu_factor/lu_solve, cholesky_ex, ASGD, dirac_ init)."""

SNIPPETS = {
    "missing_api_old_script_double_default": """
import torch
torch.set_default_tensor_type(torch.DoubleTensor)
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 2).sum()
y.backward()
print(x.dtype, y, x.grad)
print(torch.zeros(2, 2).dtype, torch.randn(1).dtype, torch.get_default_dtype())
torch.set_default_tensor_type(torch.FloatTensor)
print(torch.get_default_dtype(), torch.ones(1).dtype)
""",
    "missing_api_old_script_string_type": """
import torch
torch.set_default_tensor_type('torch.DoubleTensor')
w = torch.nn.Linear(3, 2).weight
print(w.dtype, torch.arange(3.).dtype)
torch.set_default_tensor_type('torch.FloatTensor')
print(torch.nn.Linear(3, 2).weight.dtype)
""",
    "missing_api_old_script_cuda_fallback": """
import torch
use_cuda = torch.cuda.is_available()
try:
    torch.set_default_tensor_type(torch.cuda.FloatTensor)
except TypeError as e:
    print('fallback:', e)
    torch.set_default_tensor_type(torch.FloatTensor)
print(use_cuda, torch.get_default_dtype())
FloatTensor = torch.cuda.FloatTensor if use_cuda else torch.FloatTensor
print(FloatTensor([1, 2]))
""",
    "missing_api_set_default_tensor_type_errors": """
import torch
for t in [torch.LongTensor, torch.int32, 'torch.NoSuchTensor']:
    try:
        torch.set_default_tensor_type(t)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(torch.get_default_dtype())
""",
    "missing_api_data_parallel_training": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
if torch.cuda.device_count() > 1:
    print("Let's use", torch.cuda.device_count(), "GPUs!")
model = nn.DataParallel(model)
print(model)
opt = torch.optim.SGD(model.parameters(), lr=0.05)
x, y = torch.randn(16, 4), torch.randn(16, 1)
for epoch in range(4):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4))
""",
    "missing_api_data_parallel_checkpoint": """
import torch
import torch.nn as nn
torch.manual_seed(1)
net = nn.DataParallel(nn.Linear(3, 2))
sd = net.state_dict()
print(list(sd.keys()))
plain = nn.Linear(3, 2)
plain.load_state_dict({k.replace('module.', ''): v for k, v in sd.items()})
print(torch.equal(plain.weight, net.module.weight))
print(plain.load_state_dict(net.module.state_dict()))
x = torch.ones(1, 3)
print(torch.allclose(plain(x), net(x)))
""",
    "missing_api_data_parallel_attributes": """
import torch
import torch.nn as nn
m = nn.DataParallel(nn.Conv2d(1, 2, 3))
print(type(m.module).__name__, m.device_ids, isinstance(m, nn.Module))
print(sum(p.numel() for p in m.parameters()))
print([n for n, _ in m.named_parameters()])
m.eval()
print(m.training, m.module.training)
""",
    "missing_api_ddp_needs_process_group": """
import torch
import torch.nn as nn
from torch.nn.parallel import DistributedDataParallel as DDP
try:
    DDP(nn.Linear(2, 2))
except ValueError as e:
    print(e)
""",
    "missing_api_jit_script_function": """
import torch
@torch.jit.script
def fused_gelu(x):
    return x * 0.5 * (1.0 + torch.erf(x / 1.41421))
x = torch.tensor([-1.0, 0.0, 0.5, 2.0])
print(fused_gelu(x))
print(type(fused_gelu).__name__)
""",
    "missing_api_jit_script_function_grad": """
import torch
@torch.jit.script
def swish(x):
    return x * torch.sigmoid(x)
x = torch.tensor([0.5, -1.0], requires_grad=True)
swish(x).sum().backward()
print(x.grad)
""",
    "missing_api_jit_script_module": """
import torch
import torch.nn as nn
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.fc2 = nn.Linear(4, 2)
    def forward(self, x):
        return self.fc2(torch.tanh(self.fc1(x)))
torch.manual_seed(0)
net = Net()
scripted = torch.jit.script(net)
print(scripted)
print(scripted.original_name, type(scripted).__name__)
x = torch.randn(2, 3)
print(torch.equal(scripted(x), net(x)))
print(list(scripted.state_dict().keys()))
""",
    "missing_api_jit_trace_module": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
traced = torch.jit.trace(model, torch.randn(1, 2))
print(traced)
x = torch.randn(4, 2)
print(torch.equal(traced(x), model(x)))
print(type(traced).__name__)
""",
    "missing_api_jit_trace_function": """
import torch
def f(x, y):
    return 2 * x + y
traced = torch.jit.trace(f, (torch.rand(3), torch.rand(3)))
print(traced(torch.ones(3), torch.arange(3.)))
""",
    "missing_api_jit_save_load": """
import io
import torch
import torch.nn as nn
class Tiny(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 1)
    def forward(self, x):
        return self.lin(x).squeeze(-1)
torch.manual_seed(0)
m = torch.jit.script(Tiny())
buffer = io.BytesIO()
torch.jit.save(m, buffer)
buffer.seek(0)
loaded = torch.jit.load(buffer)
print(loaded)
x = torch.tensor([[1.0, 2.0]])
print(torch.equal(loaded(x), m(x)))
print(loaded.training, loaded.eval().training)
""",
    "missing_api_jit_decorators": """
import torch
import torch.nn as nn
class M(nn.Module):
    def __init__(self):
        super().__init__()
        self.scale = 3.0
    @torch.jit.ignore
    def debug(self, x: torch.Tensor) -> torch.Tensor:
        return x
    @torch.jit.export
    def half(self, x: torch.Tensor) -> torch.Tensor:
        return x / 2
    def forward(self, x):
        return self.debug(x) * self.scale
s = torch.jit.script(M())
print(s(torch.ones(2)), s.half(torch.ones(2)))
print(torch.jit.is_scripting())
""",
    "missing_api_profiler_ranges": """
import torch
from torch.profiler import profile, record_function, ProfilerActivity
model = torch.nn.Linear(8, 4)
inputs = torch.randn(5, 8)
with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
    with record_function("model_inference"):
        out = model(inputs)
print(out.shape)
names = [evt.key for evt in prof.key_averages()]
print("model_inference" in names)
table = prof.key_averages().table(sort_by="cpu_time_total", row_limit=10)
print(table.splitlines()[1].split())
""",
    "missing_api_profiler_training_steps": """
import torch
from torch.profiler import profile, record_function, schedule
torch.manual_seed(0)
w = torch.randn(3, requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
with profile(schedule=schedule(wait=1, warmup=1, active=2)) as prof:
    for step in range(4):
        with record_function("train_step"):
            opt.zero_grad()
            loss = (w ** 2).sum()
            loss.backward()
            opt.step()
        prof.step()
print(w)
print(type(prof.key_averages()).__name__)
""",
    "missing_api_autograd_profiler": """
import torch
x = torch.randn(3, 3, requires_grad=True)
with torch.autograd.profiler.profile() as prof:
    with torch.autograd.profiler.record_function("my_block"):
        y = (x @ x).sum()
    y.backward()
print(x.grad.shape)
print([e.key for e in prof.key_averages() if e.key == "my_block"])
""",
    "missing_api_as_strided_sliding_window": """
import torch
x = torch.arange(10.)
windows = x.as_strided((4, 4), (2, 1))
print(windows)
print(windows.mean(1))
""",
    "missing_api_as_strided_unfold_grad": """
import torch
signal = torch.tensor([1., 2., 3., 4., 5.], requires_grad=True)
frames = torch.as_strided(signal, (3, 3), (1, 1))
print(frames)
(frames * torch.tensor([1., 0., -1.])).sum().backward()
print(signal.grad)
""",
    "missing_api_as_strided_errors": """
import torch
x = torch.arange(6.)
try:
    x.as_strided((3, 3), (2, 1))
except RuntimeError as e:
    print(e)
try:
    x.as_strided((2,), (-1,))
except RuntimeError as e:
    print(e)
""",
    "missing_api_empty_strided": """
import torch
t = torch.empty_strided((2, 3), (1, 2))
print(t.shape, t.stride(), t.is_contiguous())
t.copy_(torch.tensor([[1., 2., 3.], [4., 5., 6.]]))
print(t, t.t().is_contiguous())
""",
    "missing_api_frombuffer": """
import array
import torch
raw = bytearray(b'\\x00\\x00\\x80\\x3f\\x00\\x00\\x00\\x40')
t = torch.frombuffer(raw, dtype=torch.float32)
print(t)
t[0] = 3.0
print(raw[:4])
a = array.array('i', [1, 2, 3, 4])
print(torch.frombuffer(a, dtype=torch.int32, count=2, offset=4))
print(torch.is_storage(t))
""",
    "missing_api_matrix_exp_rotation": """
import math
import torch
def rotation(axis, angle):
    x, y, z = axis / axis.norm()
    K = torch.tensor([[0., -z, y], [z, 0., -x], [-y, x, 0.]])
    return torch.linalg.matrix_exp(angle * K)
R = rotation(torch.tensor([0., 0., 1.]), math.pi / 3)
print(R)
print(torch.allclose(R @ R.T, torch.eye(3), atol=1e-6))
print(R @ torch.tensor([1., 0., 0.]))
""",
    "missing_api_matrix_exp_grad": """
import torch
theta = torch.tensor(0.3, requires_grad=True)
K = torch.tensor([[0., -1.], [1., 0.]])
R = torch.matrix_exp(theta * K)
print(R)
R[1, 0].backward()
print(theta.grad, torch.cos(theta.detach()))
A = torch.tensor([[0.1, 0.2], [0.0, -0.3]], dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(torch.linalg.matrix_exp, (A,)))
""",
    "missing_api_lu_factor_solve": """
import torch
A = torch.tensor([[4., 3., 2.], [2., 1., 3.], [3., 2., 1.]])
B = torch.tensor([[1.], [2.], [3.]])
LU, pivots = torch.linalg.lu_factor(A)
print(LU)
print(pivots)
X = torch.linalg.lu_solve(LU, pivots, B)
print(X)
print(torch.allclose(A @ X, B, atol=1e-5))
""",
    "missing_api_cholesky_ex_check": """
import torch
A = torch.tensor([[2., 1.], [1., 2.]])
L, info = torch.linalg.cholesky_ex(A)
print(L, info)
bad = torch.tensor([[1., 2.], [2., 1.]])
print(torch.linalg.cholesky_ex(bad).info)
if torch.linalg.cholesky_ex(bad).info.item() > 0:
    print("not positive definite, adding jitter")
    print(torch.linalg.cholesky_ex(bad + 2 * torch.eye(2)))
""",
    "missing_api_asgd_training": """
import torch
import torch.nn as nn
torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = torch.optim.ASGD(model.parameters(), lr=0.05, t0=3)
x, y = torch.randn(20, 2), torch.randn(20, 1)
for step in range(6):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
print(round(loss.item(), 5))
print(model.weight)
state = opt.state[model.weight]
print(sorted(state), state['step'], state['eta'], state['mu'])
print(state['ax'])
""",
    "missing_api_sparse_adam_dense": """
import torch
import torch.nn as nn
emb = nn.Embedding(10, 3)
opt = torch.optim.SparseAdam(emb.parameters(), lr=0.01)
print(opt)
emb(torch.tensor([1, 2])).sum().backward()
try:
    opt.step()
except RuntimeError as e:
    print(e)
""",
    "missing_api_dirac_init": """
import torch
import torch.nn as nn
conv = nn.Conv2d(3, 3, 3, padding=1, bias=False)
nn.init.dirac_(conv.weight)
x = torch.arange(27.).reshape(1, 3, 3, 3)
print(torch.equal(conv(x), x))
w = torch.empty(4, 2, 3)
print(nn.init.dirac_(w, groups=2).sum((1, 2)))
""",
    "missing_api_von_mises_angles": """
import math
import torch
from torch.distributions import VonMises
torch.manual_seed(0)
wind = VonMises(torch.tensor([0.0, math.pi / 2]), torch.tensor([2.0, 8.0]))
print(wind)
angles = wind.sample((4,))
print(angles)
print(wind.log_prob(angles))
print(wind.mean, wind.variance)
""",
    "missing_api_von_mises_fit": """
import torch
from torch.distributions import VonMises
torch.manual_seed(1)
data = VonMises(torch.tensor(1.0), torch.tensor(3.0)).sample((200,))
loc = torch.zeros((), requires_grad=True)
log_k = torch.zeros((), requires_grad=True)
opt = torch.optim.Adam([loc, log_k], lr=0.1)
for step in range(50):
    opt.zero_grad()
    nll = -VonMises(loc, log_k.exp()).log_prob(data).mean()
    nll.backward()
    opt.step()
print(round(loc.item(), 2), round(log_k.exp().item(), 1))
""",
    "missing_api_low_rank_mvn": """
import torch
from torch.distributions import LowRankMultivariateNormal
torch.manual_seed(0)
loc = torch.zeros(3)
cov_factor = torch.tensor([[1.0], [0.5], [-0.5]])
cov_diag = torch.tensor([0.1, 0.2, 0.3])
dist = LowRankMultivariateNormal(loc, cov_factor, cov_diag)
print(dist)
x = dist.rsample((2,))
print(x)
print(dist.log_prob(x))
print(dist.covariance_matrix)
print(dist.entropy())
""",
    "missing_api_low_rank_mvn_vae_prior": """
import torch
from torch.distributions import LowRankMultivariateNormal
torch.manual_seed(2)
mu = torch.randn(4, 2, requires_grad=True)
factor = torch.randn(4, 2, 1, requires_grad=True)
diag = torch.rand(4, 2) + 0.5
q = LowRankMultivariateNormal(mu, factor, diag)
z = q.rsample()
loss = -q.log_prob(z).mean() + z.pow(2).sum(-1).mean()
loss.backward()
print(q.batch_shape, q.event_shape, z.shape)
print(mu.grad)
print(factor.grad.shape)
""",
    "missing_api_adaptive_log_softmax_lm": """
import torch
import torch.nn as nn
torch.manual_seed(0)
vocab, hidden = 20, 16
emb = nn.Embedding(vocab, hidden)
asm = nn.AdaptiveLogSoftmaxWithLoss(hidden, vocab, cutoffs=[4, 10], div_value=2.0)
print(asm)
opt = torch.optim.SGD(list(emb.parameters()) + list(asm.parameters()), lr=0.5)
tokens = torch.randint(0, vocab, (12,))
targets = torch.randint(0, vocab, (12,))
for step in range(3):
    opt.zero_grad()
    out, loss = asm(emb(tokens), targets)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(out)
print(asm.log_prob(emb(tokens[:2])))
print(asm.predict(emb(tokens)))
""",
    "missing_api_adaptive_log_softmax_errors": """
import torch
import torch.nn as nn
asm = nn.AdaptiveLogSoftmaxWithLoss(4, 6, cutoffs=[2])
x = torch.randn(3, 4)
try:
    asm(x, torch.tensor([0, 6, 1]))
except RuntimeError as e:
    print(e)
try:
    asm(x, torch.tensor([0, 1]))
except RuntimeError as e:
    print(e)
try:
    nn.AdaptiveLogSoftmaxWithLoss(4, 6, cutoffs=[2, 2])
except ValueError as e:
    print(e)
print(asm(x[0], torch.tensor(5)).output.shape, asm.head_size, asm.cutoffs)
""",
    "missing_api_distributed_guards": """
import torch
import torch.distributed as dist
import torch.nn as nn
def get_rank():
    if not dist.is_available() or not dist.is_initialized():
        return 0
    return dist.get_rank()
def is_main_process():
    return get_rank() == 0
torch.manual_seed(0)
model = nn.Linear(3, 1)
if dist.is_available() and dist.is_initialized():
    model = nn.parallel.DistributedDataParallel(model)
elif torch.cuda.device_count() > 1:
    model = nn.DataParallel(model)
if is_main_process():
    print("rank", get_rank(), type(model).__name__)
try:
    dist.all_reduce(torch.ones(1))
except ValueError as e:
    print(e)
try:
    dist.get_world_size()
except ValueError as e:
    print(e)
""",
    "missing_api_jit_fork_wait_and_script_method": """
import torch
import torch.nn as nn
class Old(torch.jit.ScriptModule):
    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.tensor([1.0, -1.0]))
    @torch.jit.script_method
    def forward(self, x):
        return x * self.w
m = Old()
print(m(torch.ones(2)), isinstance(m, torch.jit.ScriptModule))
def branch(x):
    return x.sum() * 2
futures = [torch.jit.fork(branch, torch.arange(3.) + i) for i in range(3)]
print([torch.jit.wait(f) for f in futures])
print(type(futures[0]).__name__, futures[0].done())
""",
    "missing_api_legacy_tensor_constructor_follows_default": """
import torch
torch.set_default_tensor_type('torch.DoubleTensor')
w = torch.Tensor(2, 3).uniform_(-1, 1)
b = torch.Tensor([0.5, -0.5])
print(w.dtype, b, torch.Tensor().type())
torch.set_default_tensor_type('torch.FloatTensor')
print(torch.Tensor([1, 2]), torch.Tensor(1).dtype)
torch.set_default_dtype(torch.float64)
print(torch.Tensor([3]).dtype)
""",
}
