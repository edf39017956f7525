"""Compat corpus, training part 9: the error messages nn layers, losses, optimizers and loaders
raise on common mistakes."""

SNIPPETS = {
    "tre_layer_constructor_errors": """
import torch.nn as nn
for make in [lambda: nn.Conv2d(3, 4, 3, groups=2), lambda: nn.Conv2d(4, 6, 3, groups=4),
             lambda: nn.Conv2d(1, 1, 3, groups=0), lambda: nn.Dropout(-0.1),
             lambda: nn.LeakyReLU(0.1, True, 3),
             lambda: nn.Conv2d(1, 1, 3, stride=2, padding="same"),
             lambda: nn.Linear(2)]:
    try:
        make()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
""",
    "tre_batchnorm_input_errors": """
import torch
import torch.nn as nn
try:
    nn.BatchNorm1d(3)(torch.zeros(2, 4))
except RuntimeError as e:
    print(e)
try:
    nn.BatchNorm1d(3)(torch.zeros(1, 3))
except ValueError as e:
    print(e)
try:
    nn.BatchNorm2d(3)(torch.zeros(2, 3, 4))
except ValueError as e:
    print(e)
bn = nn.BatchNorm1d(3).eval()
print(bn(torch.ones(1, 3)))
""",
    "tre_layernorm_groupnorm_errors": """
import torch
import torch.nn as nn
try:
    nn.LayerNorm(4)(torch.zeros(2, 3))
except RuntimeError as e:
    print(e)
try:
    nn.GroupNorm(3, 4)
except ValueError as e:
    print(e)
try:
    nn.GroupNorm(2, 4)(torch.zeros(2, 6))
except RuntimeError as e:
    print(e)
""",
    "tre_embedding_errors": """
import torch
import torch.nn as nn
emb = nn.Embedding(3, 2)
try:
    emb(torch.tensor([3]))
except IndexError as e:
    print("IndexError", e)
try:
    emb(torch.tensor([-1]))
except IndexError as e:
    print("IndexError", e)
try:
    nn.Embedding(3, 2, padding_idx=5)
except AssertionError as e:
    print("AssertionError", e)
""",
    "tre_loss_shape_errors": """
import torch
import torch.nn as nn
ce = nn.CrossEntropyLoss()
try:
    ce(torch.zeros(4, 3), torch.zeros(4, 3, dtype=torch.long))
except RuntimeError as e:
    print(e)
try:
    ce(torch.zeros(4, 3), torch.tensor([0, 1, 2]))
except ValueError as e:
    print(e)
try:
    nn.NLLLoss()(torch.zeros(2, 3), torch.tensor([0, 1]).float())
except RuntimeError as e:
    print(e)
try:
    nn.CrossEntropyLoss(weight=torch.ones(2))(torch.zeros(2, 3), torch.tensor([0, 1]))
except RuntimeError as e:
    print(e)
""",
    "tre_pool_errors": """
import torch
import torch.nn as nn
import torch.nn.functional as F
try:
    nn.MaxPool2d(3)(torch.zeros(1, 1, 2, 2))
except RuntimeError as e:
    print(e)
try:
    F.max_pool2d(torch.zeros(1, 1, 4, 4), 2, padding=2)
except RuntimeError as e:
    print(e)
try:
    F.avg_pool2d(torch.zeros(1, 1, 4, 4), 0)
except RuntimeError as e:
    print(e)
""",
    "tre_rnn_input_errors": """
import torch
import torch.nn as nn
lstm = nn.LSTM(3, 4)
try:
    lstm(torch.zeros(5, 2, 2))
except RuntimeError as e:
    print(e)
try:
    nn.GRU(3, 4)(torch.zeros(5, 2, 3), torch.zeros(2, 2, 4))
except RuntimeError as e:
    print(e)
""",
    "tre_optimizer_misuse": """
import torch
import torch.nn as nn
m = nn.Linear(2, 1)
try:
    torch.optim.SGD(m.parameters())
except TypeError as e:
    print(type(e).__name__, e)
try:
    torch.optim.Adam(m.parameters(), lr=0.1).step(closure=None) or print("ok")
except Exception as e:
    print(e)
try:
    torch.optim.SGD([{"params": m.weight}, {"params": m.weight}], lr=0.1)
except ValueError as e:
    print(e)
try:
    torch.optim.SGD({"params": m.parameters()}, lr=0.1)
except TypeError as e:
    print(e)
""",
    "tre_scheduler_misuse": """
import torch
opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
try:
    torch.optim.lr_scheduler.StepLR(opt, step_size=2, last_epoch=3)
except KeyError as e:
    print("KeyError", e)
try:
    torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode="middle")
except ValueError as e:
    print(e)
try:
    torch.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=1.5)
except ValueError as e:
    print(e)
try:
    torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1)
except ValueError as e:
    print(e)
try:
    torch.optim.lr_scheduler.LambdaLR(opt, lr_lambda=[lambda e: 1.0, lambda e: 2.0])
except ValueError as e:
    print(e)
""",
    "tre_dataloader_collate_mismatch": """
import torch
from torch.utils.data import DataLoader
data = [torch.zeros(2), torch.zeros(3)]
try:
    next(iter(DataLoader(data, batch_size=2)))
except RuntimeError as e:
    print(e)
ok = next(iter(DataLoader(data, batch_size=2, collate_fn=lambda b: b)))
print([t.shape for t in ok])
try:
    next(iter(DataLoader([object(), object()], batch_size=2)))
except TypeError as e:
    print(str(e).split(";")[0][:60])
""",
    "tre_tensor_dataset_index_errors": """
import torch
from torch.utils.data import TensorDataset, Subset
ds = TensorDataset(torch.arange(3))
try:
    ds[5]
except IndexError as e:
    print("IndexError", e)
sub = Subset(ds, [2, 0])
print(sub[0], len(sub), sub.indices)
""",
    "tre_grad_of_non_leaf_warning_value": """
import warnings
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
out = lin(torch.ones(1, 2))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g = out.grad
print(g, len(w) > 0)
print(str(w[0].message)[:70] if w else None)
""",
    "tre_module_state_dict_unexpected_strict": """
import torch
import torch.nn as nn
m = nn.Linear(2, 2)
sd = m.state_dict()
sd["extra.weight"] = torch.zeros(1)
del sd["bias"]
try:
    m.load_state_dict(sd)
except RuntimeError as e:
    print(e)
res = m.load_state_dict(sd, strict=False)
print(res.missing_keys, res.unexpected_keys)
""",
    "tre_load_state_dict_not_a_mapping": """
import torch
import torch.nn as nn
m = nn.Linear(1, 1)
try:
    m.load_state_dict([("weight", torch.zeros(1, 1))])
except TypeError as e:
    print(e)
""",
    "tre_cross_entropy_float_target_wrong_shape": """
import torch
import torch.nn.functional as F
logits = torch.zeros(2, 3)
try:
    F.cross_entropy(logits, torch.tensor([0.0, 1.0]))
except RuntimeError as e:
    print(e)
print(F.cross_entropy(logits, torch.tensor([[1.0, 0.0, 0.0], [0.0, 0.5, 0.5]])))
""",
}
