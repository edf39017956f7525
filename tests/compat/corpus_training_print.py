"""Compat corpus, training part 12: printing whole optimizer/scheduler/module objects and dicts
the way notebooks dump them."""

SNIPPETS = {
    "trpr_optimizer_state_dict_full": """
import torch
w = torch.nn.Parameter(torch.tensor([1.0, -1.0]))
b = torch.nn.Parameter(torch.tensor(0.5))
opt = torch.optim.Adam([w, b], lr=0.1)
((w * 2).sum() + b ** 2).backward()
opt.step()
print(opt.state_dict())
""",
    "trpr_param_groups_full_print": """
import torch
w = torch.nn.Parameter(torch.tensor([1.0, 2.0]))
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
print(opt.param_groups)
print(opt.defaults)
""",
    "trpr_sgd_state_after_steps": """
import torch
w = torch.nn.Parameter(torch.tensor([[1.0, 2.0]]))
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9, weight_decay=0.1)
for _ in range(2):
    opt.zero_grad()
    (w ** 2).sum().backward()
    opt.step()
print(opt.state[w])
print(dict(opt.state))
""",
    "trpr_module_state_dict_print": """
import torch
import torch.nn as nn
m = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
nn.init.constant_(m[0].weight, 0.5)
nn.init.zeros_(m[0].bias)
print(m.state_dict())
""",
    "trpr_named_parameters_dict": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
nn.init.constant_(m.weight, 1.5)
nn.init.constant_(m.bias, -0.5)
print(dict(m.named_parameters()))
print(list(m.parameters()))
print({k: v.shape for k, v in m.state_dict().items()})
""",
    "trpr_scheduler_state_dicts": """
import torch
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
s = torch.optim.lr_scheduler.MultiStepLR(opt, milestones=[2, 4], gamma=0.5)
opt.step()
s.step()
print(s.state_dict())
opt2 = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
r = torch.optim.lr_scheduler.ReduceLROnPlateau(opt2)
r.step(1.0)
sd = r.state_dict()
print(sorted(sd.keys()))
print(sd["best"], sd["num_bad_epochs"], sd["mode"], sd["factor"], sd["patience"])
print(sd)
""",
    "trpr_all_activation_reprs": """
import torch.nn as nn
acts = [nn.ReLU(), nn.ReLU(inplace=True), nn.ReLU6(), nn.Sigmoid(), nn.Tanh(), nn.SiLU(),
        nn.Mish(), nn.GELU(), nn.ELU(), nn.CELU(alpha=2.0), nn.SELU(), nn.LeakyReLU(),
        nn.Softplus(), nn.Softsign(), nn.Hardswish(), nn.Hardsigmoid(), nn.LogSigmoid(),
        nn.Softmin(dim=0), nn.Softmax(), nn.Hardtanh(), nn.PReLU(), nn.Identity(54, unused="x"),
        nn.Tanhshrink(), nn.Softshrink(), nn.Hardshrink(0.1), nn.GLU(0), nn.Threshold(0.5, 0.0)]
for a in acts:
    print(repr(a))
""",
    "trpr_loss_module_reprs": """
import torch
import torch.nn as nn
for loss in [nn.MSELoss(), nn.L1Loss(reduction="sum"), nn.CrossEntropyLoss(label_smoothing=0.1),
             nn.CrossEntropyLoss(weight=torch.ones(3)), nn.NLLLoss(ignore_index=0),
             nn.BCELoss(), nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.0])),
             nn.HuberLoss(delta=2.0), nn.SmoothL1Loss(beta=0.5),
             nn.KLDivLoss(reduction="batchmean"),
             nn.MarginRankingLoss(), nn.TripletMarginLoss(margin=0.3), nn.CosineEmbeddingLoss()]:
    print(loss, loss.reduction)
ce = nn.CrossEntropyLoss(weight=torch.tensor([1., 2.]))
print(list(ce.state_dict().keys()), ce.weight)
print(ce.ignore_index, ce.label_smoothing)
""",
    "trpr_rnn_and_embedding_reprs": """
import torch.nn as nn
print(nn.LSTM(10, 20, num_layers=2, batch_first=True, dropout=0.1, bidirectional=True))
print(nn.GRU(4, 8, bias=False))
print(nn.RNN(3, 5, nonlinearity="relu"))
print(nn.LSTMCell(3, 4), nn.GRUCell(3, 4, bias=False), nn.RNNCell(2, 2))
print(nn.Embedding(10, 3, max_norm=1.0))
print(nn.Embedding(10, 3, scale_grad_by_freq=True, sparse=False))
""",
    "trpr_normalization_reprs": """
import torch.nn as nn
print(nn.BatchNorm1d(4))
print(nn.LayerNorm(8, eps=1e-6, bias=False))
print(nn.GroupNorm(4, 16, affine=False))
print(nn.InstanceNorm2d(3, affine=True, track_running_stats=True))
print(nn.LayerNorm((2, 3)))
print(nn.RMSNorm(5, eps=1e-6))
""",
    "trpr_conv_reprs": """
import torch.nn as nn
print(nn.Conv1d(16, 33, 3, stride=2))
print(nn.Conv2d(16, 33, (3, 5), stride=(2, 1), padding=(4, 2), dilation=(3, 1)))
print(nn.Conv3d(16, 33, (3, 5, 2), stride=(2, 1, 1), padding=(4, 2, 0)))
print(nn.ConvTranspose1d(4, 2, 3, output_padding=1, stride=2))
print(nn.ConvTranspose2d(16, 33, (3, 5), stride=(2, 1), padding=(4, 2), groups=1, dilation=2))
print(nn.Conv2d(2, 4, 3, padding="valid", bias=False))
""",
    "trpr_transformer_reprs": """
import torch.nn as nn
layer = nn.TransformerEncoderLayer(d_model=4, nhead=2, dim_feedforward=8)
print(layer)
print(nn.MultiheadAttention(4, 2, bias=False))
""",
    "trpr_deep_nesting_repr": """
import torch.nn as nn
class Inner(nn.Module):
    def __init__(self):
        super().__init__()
        self.seq = nn.Sequential(nn.Linear(1, 1), nn.ModuleDict({"a": nn.ReLU()}))
class Outer(nn.Module):
    def __init__(self):
        super().__init__()
        self.blocks = nn.ModuleList([Inner(), Inner()])
        self.head = nn.ModuleDict({"x": nn.Sequential(), "y": nn.ModuleList()})
print(Outer())
""",
}
