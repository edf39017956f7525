"""Gradient descent by hand: update tensors under no_grad and zero .grad each step (seed 003).

Fits y = w·x + b to noisy data with nothing but requires_grad, backward() and in-place updates,
then does the same with torch.optim.SGD to show the two agree.

Run: python examples/manual_gradient_descent.py
"""

import chainrule as torch


def main(steps=200, lr=0.1, seed=0):
    torch.manual_seed(seed)
    x = torch.linspace(0, 1, 50)
    y = 3.0 * x - 0.5 + 0.05 * torch.randn(50)

    w = torch.tensor(0.0, requires_grad=True)
    b = torch.tensor(0.0, requires_grad=True)
    for step in range(steps):
        loss = ((w * x + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        w.grad.zero_()  # gradients accumulate; forget this and the steps grow every iteration
        b.grad.zero_()
        if step % 50 == 0:
            print(f"step {step:3d}  loss {loss.item():.4f}  w {w.item():.3f}  b {b.item():.3f}")

    w2 = torch.tensor(0.0, requires_grad=True)
    b2 = torch.tensor(0.0, requires_grad=True)
    opt = torch.optim.SGD([w2, b2], lr=lr)
    for _ in range(steps):
        opt.zero_grad()
        ((w2 * x + b2 - y) ** 2).mean().backward()
        opt.step()
    print(f"by hand: w={w.item():.4f} b={b.item():.4f}   optim.SGD: w={w2.item():.4f} "
          f"b={b2.item():.4f}")
    return w.item(), b.item(), w2.item(), b2.item()


if __name__ == "__main__":
    main()
