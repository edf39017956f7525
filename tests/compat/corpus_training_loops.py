"""Compat corpus, training part 5: training loops on fixed data and the errors beginners hit."""

SNIPPETS = {
    "trl_linear_regression_manual_gd": """
import torch
X = torch.tensor([[1.], [2.], [3.], [4.]])
y = torch.tensor([[2.], [4.], [6.], [8.]])
w = torch.tensor([[0.0]], requires_grad=True)
b = torch.tensor([0.0], requires_grad=True)
lr = 0.01
for epoch in range(60):
    pred = X @ w + b
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad():
        w -= lr * w.grad
        b -= lr * b.grad
        w.grad.zero_()
        b.grad.zero_()
    if epoch % 10 == 0:
        print(f"epoch {epoch:2d} loss {loss.item():.6f} w {w.item():.4f} b {b.item():.4f}")
print(w, b)
""",
    "trl_logistic_regression_bce": """
import torch
import torch.nn as nn
X = torch.tensor([[0.5, 1.0], [1.5, 2.0], [3.0, 0.5], [4.0, 1.5], [0.2, 0.1], [3.5, 3.0]])
y = torch.tensor([[0.], [0.], [1.], [1.], [0.], [1.]])
model = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
nn.init.zeros_(model[0].weight)
nn.init.zeros_(model[0].bias)
loss_fn = nn.BCELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for step in range(200):
    opt.zero_grad()
    loss = loss_fn(model(X), y)
    loss.backward()
    opt.step()
    if step % 50 == 49:
        print(step + 1, round(loss.item(), 5))
with torch.no_grad():
    probs = model(X)
print((probs > 0.5).float().squeeze(), ((probs > 0.5).float() == y).float().mean().item())
""",
    "trl_mlp_classifier_cross_entropy": """
import torch
import torch.nn as nn
X = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
y = torch.tensor([0, 1, 1, 0])
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 2))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1.1, 0.9], [-1.2, -0.8], [0.7, -1.3], [-0.6, 1.4]]))
    model[0].bias.copy_(torch.tensor([-0.5, 1.5, 0.1, -0.2]))
    model[2].weight.copy_(torch.tensor([[0.5, 0.3, -0.6, -0.4], [-0.2, -0.7, 0.4, 0.6]]))
    model[2].bias.copy_(torch.tensor([0.1, -0.1]))
opt = torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.5)
crit = nn.CrossEntropyLoss()
for epoch in range(101):
    opt.zero_grad()
    logits = model(X)
    loss = crit(logits, y)
    loss.backward()
    opt.step()
    if epoch % 20 == 0:
        acc = (logits.argmax(1) == y).float().mean()
        print(f"{epoch:3d} {loss.item():.4f} {acc.item():.2f}")
print(model(X).argmax(1))
""",
    "trl_training_with_scheduler_and_clip": """
import torch
import torch.nn as nn
torch.set_printoptions(precision=5)
X = torch.linspace(-1, 1, 8).unsqueeze(1)
y = 2 * X ** 2 - 0.5
model = nn.Sequential(nn.Linear(1, 3), nn.ReLU(), nn.Linear(3, 1))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1.0], [-1.0], [0.5]]))
    model[0].bias.copy_(torch.tensor([0.0, 0.0, 0.1]))
    model[2].weight.copy_(torch.tensor([[0.3, 0.3, -0.2]]))
    model[2].bias.zero_()
opt = torch.optim.SGD(model.parameters(), lr=0.2, momentum=0.8)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=10, gamma=0.5)
for epoch in range(30):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    norm = nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    opt.step()
    sched.step()
    if epoch % 10 == 9:
        print(epoch, f"{loss.item():.5f}", f"{norm.item():.4f}", sched.get_last_lr())
print(model[2].weight)
""",
    "trl_batchnorm_dropout_model_train_eval": """
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3), nn.ReLU(), nn.Dropout(0.0),
                      nn.Linear(3, 1))
with torch.no_grad():
    model[0].weight.copy_(torch.tensor([[1., 0.], [0., 1.], [1., -1.]]))
    model[0].bias.zero_()
    model[4].weight.fill_(0.5)
    model[4].bias.zero_()
X = torch.tensor([[1., 2.], [3., 4.], [0., -1.], [2., 2.]])
y = torch.tensor([[1.], [2.], [0.], [1.5]])
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for step in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 5))
print(model[1].running_mean, model[1].running_var, model[1].num_batches_tracked)
model.eval()
with torch.no_grad():
    print(model(X))
""",
    "trl_linear_shape_mismatch_error": """
import torch
import torch.nn as nn
layer = nn.Linear(2, 5)
try:
    layer(torch.zeros(4, 3))
except RuntimeError as e:
    print(e)
try:
    layer(torch.zeros(3))
except RuntimeError as e:
    print(e)
model = nn.Sequential(nn.Flatten(), nn.Linear(10, 2))
try:
    model(torch.zeros(2, 3, 3))
except RuntimeError as e:
    print(e)
try:
    torch.zeros(2, 3) @ torch.zeros(2, 3)
except RuntimeError as e:
    print(e)
""",
    "trl_conv_input_shape_errors": """
import torch
import torch.nn as nn
conv = nn.Conv2d(3, 8, 3)
try:
    conv(torch.zeros(1, 1, 8, 8))
except RuntimeError as e:
    print(e)
try:
    conv(torch.zeros(8, 8))
except RuntimeError as e:
    print(e)
print(conv(torch.zeros(3, 5, 5)).shape)
""",
    "trl_backward_twice_error": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
x = torch.ones(1, 2)
loss = (lin(x) ** 2).sum()
loss.backward()
try:
    loss.backward()
except RuntimeError as e:
    print(str(e).split(".")[0])
loss2 = (lin(x) ** 2).sum()
loss2.backward(retain_graph=True)
loss2.backward()
print(lin.bias.grad.shape)
""",
    "trl_backward_non_scalar_error": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 3)
out = lin(torch.ones(4, 2))
try:
    out.backward()
except RuntimeError as e:
    print(e)
out.backward(torch.ones_like(out))
print(lin.bias.grad)
""",
    "trl_inplace_relu_error_and_fix": """
import torch
x = torch.tensor([1., -2., 3.], requires_grad=True)
y = torch.sigmoid(x)
y.mul_(2)
try:
    y.sum().backward()
except RuntimeError as e:
    print(str(e)[:120])
x.grad = None
z = torch.sigmoid(x) * 2
z.sum().backward()
print(x.grad)
""",
    "trl_item_on_multi_element_error": """
import torch
import torch.nn as nn
out = nn.Linear(2, 2)(torch.ones(1, 2))
try:
    out.item()
except RuntimeError as e:
    print(e)
try:
    float(out)
except (RuntimeError, TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(out.sum().item() == float(out.sum()))
""",
    "trl_numpy_on_requires_grad_error": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
nn.init.ones_(lin.weight)
nn.init.zeros_(lin.bias)
out = lin(torch.tensor([[1., 2.]]))
try:
    out.numpy()
except RuntimeError as e:
    print(e)
print(out.detach().numpy())
print(lin.weight.data.numpy().tolist())
""",
    "trl_dtype_mismatch_double_input": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
try:
    lin(torch.tensor([[1.0, 2.0]], dtype=torch.float64))
except RuntimeError as e:
    print(e)
print(lin.double()(torch.tensor([[1.0, 2.0]], dtype=torch.float64)).dtype)
try:
    nn.Linear(2, 1)(torch.tensor([[1, 2]]))
except RuntimeError as e:
    print(e)
""",
    "trl_embedding_wrong_index_dtype": """
import torch
import torch.nn as nn
emb = nn.Embedding(10, 3)
try:
    emb(torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print(e)
print(emb(torch.tensor([1, 2], dtype=torch.int32)).shape)
""",
    "trl_mse_integer_target_error": """
import torch
import torch.nn as nn
pred = torch.tensor([0.5, 1.5], requires_grad=True)
try:
    nn.MSELoss()(pred, torch.tensor([1, 2]))
except RuntimeError as e:
    print(e)
print(nn.MSELoss()(pred, torch.tensor([1, 2]).float()))
""",
    "trl_leaf_inplace_error": """
import torch
import torch.nn as nn
lin = nn.Linear(1, 1)
try:
    lin.weight += 1
except RuntimeError as e:
    print(e)
with torch.no_grad():
    lin.weight.fill_(3.0)
print(lin.weight)
try:
    lin.weight.data = torch.zeros(2, 2)
    print(lin.weight.shape)
except RuntimeError as e:
    print(e)
""",
    "trl_grad_none_for_unused_param": """
import torch
import torch.nn as nn
class TwoHeads(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = nn.Linear(2, 1)
        self.b = nn.Linear(2, 1)
    def forward(self, x):
        return self.a(x)
m = TwoHeads()
m(torch.ones(1, 2)).sum().backward()
print([(n, p.grad is None) for n, p in m.named_parameters()])
""",
    "trl_detach_target_network": """
import torch
import torch.nn as nn
online = nn.Linear(2, 1)
target = nn.Linear(2, 1)
nn.init.constant_(online.weight, 1.0)
nn.init.zeros_(online.bias)
target.load_state_dict(online.state_dict())
for p in target.parameters():
    p.requires_grad_(False)
x = torch.tensor([[1., 2.]])
loss = (online(x) - (target(x) * 0.9 + 1).detach()).pow(2).mean()
loss.backward()
print(loss, online.weight.grad, target.weight.grad)
tau = 0.5
with torch.no_grad():
    for tp, op in zip(target.parameters(), online.parameters()):
        tp.mul_(1 - tau).add_(op, alpha=tau)
print(target.weight)
""",
    "trl_gradient_accumulation_steps": """
import torch
import torch.nn as nn
model = nn.Linear(1, 1)
nn.init.constant_(model.weight, 1.0)
nn.init.zeros_(model.bias)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
data = [(torch.tensor([[1.]]), torch.tensor([[3.]])), (torch.tensor([[2.]]), torch.tensor([[5.]])),
        (torch.tensor([[3.]]), torch.tensor([[7.]])), (torch.tensor([[4.]]), torch.tensor([[9.]]))]
accum = 2
opt.zero_grad()
for i, (x, y) in enumerate(data):
    loss = nn.functional.mse_loss(model(x), y) / accum
    loss.backward()
    if (i + 1) % accum == 0:
        opt.step()
        opt.zero_grad()
        print(i, model.weight.item(), model.bias.item())
""",
    "trl_custom_loss_function_module": """
import torch
import torch.nn as nn
class RMSELoss(nn.Module):
    def __init__(self, eps=1e-8):
        super().__init__()
        self.mse = nn.MSELoss()
        self.eps = eps
    def forward(self, pred, target):
        return torch.sqrt(self.mse(pred, target) + self.eps)
crit = RMSELoss()
print(crit)
p = torch.tensor([1., 2., 3.], requires_grad=True)
loss = crit(p, torch.tensor([1., 1., 1.]))
loss.backward()
print(loss, p.grad)
""",
    "trl_early_stopping_loop": """
import torch
import torch.nn as nn
val_losses = [0.9, 0.7, 0.65, 0.66, 0.64, 0.645, 0.65, 0.7]
best, patience, bad = float("inf"), 2, 0
model = nn.Linear(1, 1)
nn.init.ones_(model.weight)
best_state = None
for epoch, vl in enumerate(val_losses):
    with torch.no_grad():
        model.weight.add_(1.0)
    if vl < best:
        best, bad = vl, 0
        best_state = {k: v.clone() for k, v in model.state_dict().items()}
        print(f"epoch {epoch}: improved to {vl}")
    else:
        bad += 1
        if bad >= patience:
            print(f"epoch {epoch}: early stop")
            break
model.load_state_dict(best_state)
print(model.weight.item(), best)
""",
    "trl_autograd_grad_penalty": """
import torch
import torch.nn as nn
critic = nn.Sequential(nn.Linear(2, 2), nn.Tanh(), nn.Linear(2, 1))
with torch.no_grad():
    critic[0].weight.copy_(torch.tensor([[1., -1.], [0.5, 2.]]))
    critic[0].bias.zero_()
    critic[2].weight.copy_(torch.tensor([[1., 1.]]))
    critic[2].bias.zero_()
x = torch.tensor([[0.5, -0.5], [1.0, 0.2]], requires_grad=True)
out = critic(x)
grads, = torch.autograd.grad(out.sum(), x, create_graph=True)
penalty = ((grads.norm(2, dim=1) - 1) ** 2).mean()
print(grads)
print(penalty)
penalty.backward()
print(critic[0].weight.grad)
""",
    "trl_autograd_functional_in_model": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1., 2.], [3., 4.]]))
    lin.bias.zero_()
J = torch.autograd.functional.jacobian(lambda x: torch.tanh(lin(x)), torch.tensor([0.1, -0.1]))
print(J)
H = torch.autograd.functional.hessian(lambda x: (lin(x) ** 2).sum(), torch.tensor([1., 1.]))
print(H)
""",
    "trl_custom_autograd_function_in_model": """
import torch
import torch.nn as nn
class ClampGrad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x.clone()
    @staticmethod
    def backward(ctx, g):
        return g.clamp(-0.1, 0.1)
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 1)
    def forward(self, x):
        return self.lin(ClampGrad.apply(x))
net = Net()
nn.init.constant_(net.lin.weight, 2.0)
nn.init.zeros_(net.lin.bias)
x = torch.tensor([[1., -1.]], requires_grad=True)
out = net(x)
out.backward()
print(out, out.grad_fn)
print(x.grad)
""",
    "trl_no_grad_vs_inference_mode": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
with torch.no_grad():
    a = lin(torch.ones(1, 2))
with torch.inference_mode():
    b = lin(torch.ones(1, 2))
print(a.requires_grad, a.grad_fn, b.requires_grad)
print(torch.is_grad_enabled())
@torch.no_grad()
def predict(x):
    return lin(x)
print(predict(torch.ones(1, 2)).requires_grad)
""",
    "trl_requires_grad_on_nonleaf_error": """
import torch
import torch.nn as nn
out = nn.Linear(2, 1)(torch.ones(1, 2))
try:
    out.requires_grad = False
except RuntimeError as e:
    print(e)
d = out.detach()
d.requires_grad_(True)
print(d.is_leaf, d.requires_grad)
try:
    torch.tensor([1, 2]).requires_grad_()
except RuntimeError as e:
    print(e)
""",
    "trl_retain_grad_intermediate": """
import torch
import torch.nn as nn
lin = nn.Linear(2, 2)
with torch.no_grad():
    lin.weight.copy_(torch.eye(2))
    lin.bias.zero_()
x = torch.tensor([[2., 1.]])
h = lin(x - torch.tensor([[0., 3.]]))
h.retain_grad()
out = torch.relu(h).sum()
out.backward()
print(h.grad, lin.weight.grad)
print(x.grad)
""",
    "trl_checkpoint_dict_roundtrip": """
import io
import torch
import torch.nn as nn
model = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
for p in model.parameters():
    nn.init.constant_(p, 0.25)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
model(torch.ones(3, 2)).sum().backward()
opt.step()
buf = io.BytesIO()
torch.save({"epoch": 3, "model_state_dict": model.state_dict(),
            "optimizer_state_dict": opt.state_dict(), "loss": 0.123}, buf)
buf.seek(0)
ckpt = torch.load(buf)
print(sorted(ckpt.keys()), ckpt["epoch"], ckpt["loss"])
m2 = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
print(m2.load_state_dict(ckpt["model_state_dict"]))
o2 = torch.optim.SGD(m2.parameters(), lr=0.1, momentum=0.9)
o2.load_state_dict(ckpt["optimizer_state_dict"])
print(o2.state_dict()["state"][0]["momentum_buffer"])
print(m2[0].weight)
""",
    "trl_weight_tying": """
import torch
import torch.nn as nn
class LM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(5, 3)
        self.out = nn.Linear(3, 5, bias=False)
        self.out.weight = self.emb.weight
lm = LM()
print(lm.out.weight is lm.emb.weight)
print(len(list(lm.parameters())), [n for n, _ in lm.named_parameters()])
print(list(lm.state_dict().keys()))
print(sum(p.numel() for p in lm.parameters()))
""",
    "trl_shared_module_twice": """
import torch
import torch.nn as nn
shared = nn.Linear(2, 2)
model = nn.Sequential(shared, nn.ReLU(), shared)
print(len(list(model.parameters())), len(list(model.modules())))
print([n for n, _ in model.named_modules()])
print(list(model.state_dict().keys()))
""",
}
