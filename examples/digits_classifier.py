"""Classify synthetic 8x8 digit images with a small CNN (an MNIST-style loop, no downloads).

The data set is generated: each digit is a 5x7 bitmap glyph placed at a random offset in an
8x8 frame, with random stroke intensity and Gaussian noise. The loop uses TensorDataset,
DataLoader(shuffle=True), Conv2d/BatchNorm2d/MaxPool2d, CrossEntropyLoss, Adam and a StepLR
schedule, then reports test accuracy and saves the weights with chainrule.save.

Run: python examples/digits_classifier.py
"""

import numpy as np

import chainrule as torch
from chainrule import nn
from chainrule.utils.data import DataLoader, TensorDataset, random_split

GLYPHS = [
    "01110 10001 10011 10101 11001 10001 01110",  # 0
    "00100 01100 00100 00100 00100 00100 01110",  # 1
    "01110 10001 00001 00010 00100 01000 11111",  # 2
    "11111 00010 00100 00010 00001 10001 01110",  # 3
    "00010 00110 01010 10010 11111 00010 00010",  # 4
    "11111 10000 11110 00001 00001 10001 01110",  # 5
    "00110 01000 10000 11110 10001 10001 01110",  # 6
    "11111 00001 00010 00100 01000 01000 01000",  # 7
    "01110 10001 10001 01110 10001 10001 01110",  # 8
    "01110 10001 10001 01111 00001 00010 01100",  # 9
]


def make_digits(n, seed=0, noise=0.2):
    """Return (images (n, 1, 8, 8) float32, labels (n,) int64) drawn from the glyphs."""
    rng = np.random.default_rng(seed)
    glyphs = np.array([[[c == "1" for c in row] for row in g.split()] for g in GLYPHS],
                      np.float32)
    labels = rng.integers(0, 10, n)
    images = np.zeros((n, 1, 8, 8), np.float32)
    for i, label in enumerate(labels):
        dy, dx = rng.integers(0, 2), rng.integers(0, 4)
        images[i, 0, dy:dy + 7, dx:dx + 5] = glyphs[label] * rng.uniform(0.6, 1.0)
    images += noise * rng.standard_normal(images.shape).astype(np.float32)
    return torch.from_numpy(images), torch.from_numpy(labels)


class DigitNet(nn.Module):
    """conv → batch-norm → relu → pool → linear head."""

    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16),
                                      nn.ReLU(), nn.MaxPool2d(2))
        self.head = nn.Sequential(nn.Flatten(), nn.Dropout(0.1), nn.Linear(16 * 4 * 4, 10))

    def forward(self, x):
        return self.head(self.features(x))


def accuracy(model, loader):
    model.eval()
    correct = total = 0
    with torch.no_grad():
        for images, labels in loader:
            correct += (model(images).argmax(1) == labels).sum().item()
            total += len(labels)
    model.train()
    return correct / total


def main(n=3000, epochs=8, seed=0, save_to=None):
    torch.manual_seed(seed)
    images, labels = make_digits(n, seed)
    train, test = random_split(TensorDataset(images, labels), [0.8, 0.2],
                               generator=torch.Generator().manual_seed(seed))
    train_loader = DataLoader(train, batch_size=64, shuffle=True,
                              generator=torch.Generator().manual_seed(seed))
    test_loader = DataLoader(test, batch_size=256)
    model = DigitNet()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)
    loss_fn = nn.CrossEntropyLoss()
    for epoch in range(epochs):
        total = 0.0
        for xb, yb in train_loader:
            opt.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
            total += loss.item() * len(yb)
        sched.step()
        print(f"epoch {epoch}  loss {total / len(train):.4f}  "
              f"test accuracy {accuracy(model, test_loader):.3f}")
    if save_to:
        torch.save(model.state_dict(), save_to)
    return accuracy(model, test_loader)


if __name__ == "__main__":
    main()
