"""Compat corpus, random streams: seeded programs whose printed draws must equal torch's."""

SNIPPETS = {
    "random_seeded_factories": """
import torch
torch.manual_seed(0)
print(torch.rand(2, 3))
print(torch.randn(4))
print(torch.randn(2, 10))
print(torch.randint(0, 10, (3, 3)))
print(torch.randperm(10))
x = torch.randn(3, requires_grad=True)
print(x)
""",
    "random_seed_42_tutorial": """
import torch
torch.manual_seed(42)
a = torch.randn(3, 4)
b = torch.rand(4, 2)
print(a @ b)
print(torch.randn(5, dtype=torch.float64))
print(torch.empty(3).uniform_(-1, 1), torch.empty(2, 2).normal_(mean=10, std=0.1))
print(torch.normal(torch.zeros(4), torch.ones(4)))
""",
    "random_linear_init": """
import torch
import torch.nn as nn
torch.manual_seed(0)
layer = nn.Linear(3, 2)
print(layer.weight)
print(layer.bias)
print(layer(torch.ones(1, 3)))
""",
    "random_conv_lstm_init": """
import torch
import torch.nn as nn
torch.manual_seed(1)
conv = nn.Conv2d(1, 2, 2)
print(conv.weight)
lstm = nn.LSTM(2, 2)
for name, p in lstm.named_parameters():
    print(name, p)
emb = nn.Embedding(4, 3)
print(emb.weight)
""",
    "random_training_loop": """
import torch
import torch.nn as nn
torch.manual_seed(0)
X = torch.randn(32, 4)
y = X @ torch.tensor([[1.0], [-2.0], [0.5], [3.0]]) + 0.1 * torch.randn(32, 1)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.05)
for step in range(5):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
""",
    "random_dataloader_shuffle": """
import torch
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(0)
ds = TensorDataset(torch.arange(10.), torch.arange(10) % 3)
loader = DataLoader(ds, batch_size=4, shuffle=True)
for epoch in range(2):
    for xb, yb in loader:
        print(epoch, xb, yb)
""",
    "random_dropout_train_eval": """
import torch
import torch.nn as nn
torch.manual_seed(0)
drop = nn.Dropout(p=0.5)
x = torch.ones(2, 6)
print(drop(x))
drop.eval()
print(drop(x))
y = torch.nn.functional.dropout(torch.arange(1., 9.), 0.25)
print(y)
""",
    "random_generator_state": """
import torch
g = torch.Generator().manual_seed(123)
print(torch.rand(3, generator=g))
state = torch.get_rng_state()
a = torch.randn(2)
torch.set_rng_state(state)
print(torch.equal(a, torch.randn(2)))
torch.manual_seed(7)
print(torch.bernoulli(torch.full((8,), 0.5)))
print(torch.multinomial(torch.tensor([0.2, 0.3, 0.5]), 5, replacement=True))
print(torch.initial_seed())
""",
}
