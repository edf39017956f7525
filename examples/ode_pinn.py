"""A physics-informed network: solve y'' + y = 0, y(0) = 0, y'(0) = 1 without data.

The loss is the ODE residual at collocation points, with y' and y'' taken from the network by
autograd.grad(create_graph=True), plus the initial conditions; training differentiates through
those derivatives (third-order autograd). The exact solution is sin(x).

Run: python examples/ode_pinn.py
"""

import math

import chainrule as torch
from chainrule import nn


def main(steps=1500, seed=0):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(1, 32), nn.Tanh(), nn.Linear(32, 32), nn.Tanh(),
                          nn.Linear(32, 1))
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    x = torch.linspace(0, math.pi, 64).reshape(-1, 1).requires_grad_(True)
    x0 = torch.zeros(1, 1, requires_grad=True)
    for step in range(steps):
        opt.zero_grad()
        y = model(x)
        (dy,) = torch.autograd.grad(y, x, torch.ones_like(y), create_graph=True)
        (d2y,) = torch.autograd.grad(dy, x, torch.ones_like(dy), create_graph=True)
        y0 = model(x0)
        (dy0,) = torch.autograd.grad(y0, x0, torch.ones_like(y0), create_graph=True)
        loss = ((d2y + y) ** 2).mean() + (y0 ** 2).sum() + ((dy0 - 1) ** 2).sum()
        loss.backward()
        opt.step()
        if step % 300 == 0:
            print(f"step {step:5d}  physics loss {loss.item():.3e}")
    xt = torch.linspace(0, math.pi, 200).reshape(-1, 1)
    with torch.no_grad():
        err = (model(xt) - torch.sin(xt)).abs().max().item()
    print(f"max |y - sin(x)| on [0, pi] = {err:.3e}")
    return err


if __name__ == "__main__":
    main()
