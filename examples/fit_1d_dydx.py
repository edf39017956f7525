"""Fit y = x³ − x with a small MLP and read dy/dx off the network with autograd (seed 000).

Shows the three equivalent ways the seed notebook computes an input derivative: autograd.grad
with grad_outputs, backward() into x.grad, and per-output backward with cloning.

Run: python examples/fit_1d_dydx.py
"""

import chainrule as torch
from chainrule import nn


def main(steps=2000, seed=0):
    torch.manual_seed(seed)
    x = torch.linspace(-1.5, 1.5, 200).reshape(-1, 1)
    y = x ** 3 - x
    model = nn.Sequential(nn.Linear(1, 32), nn.Tanh(), nn.Linear(32, 32), nn.Tanh(),
                          nn.Linear(32, 1))
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    loss_fn = nn.MSELoss()
    for step in range(steps):
        opt.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        opt.step()
        if step % 500 == 0:
            print(f"step {step:5d}  loss {loss.item():.3e}")

    # 1. autograd.grad with a vector of ones: one call gives dy_i/dx_i for every point.
    xs = x.clone().requires_grad_(True)
    out = model(xs)
    (dydx,) = torch.autograd.grad(outputs=out, inputs=xs, grad_outputs=torch.ones_like(out),
                                  create_graph=True, retain_graph=True)
    exact = 3 * x ** 2 - 1
    rms = ((dydx - exact) ** 2).mean().sqrt().item()
    print(f"RMS of dy/dx - (3x^2 - 1): {rms:.3e}  (RMS of 3x^2 - 1: "
          f"{(exact ** 2).mean().sqrt().item():.3f})")

    # 2. backward() accumulates the same numbers into xs.grad.
    out.sum().backward(retain_graph=True)
    print("x.grad matches autograd.grad:", (xs.grad - dydx).abs().max().item() < 1e-6)

    # 3. Per-output backward: clone .grad before zeroing, or the values are lost.
    xs.grad.zero_()
    out[0, 0].backward(retain_graph=True)
    first = xs.grad.clone()
    xs.grad.zero_()
    out[1, 0].backward(retain_graph=True)
    print("per-output grads:", first[0].item(), xs.grad[1].item())
    return loss.item(), rms


if __name__ == "__main__":
    main()
