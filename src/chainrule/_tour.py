"""A printed tour of autograd, following the questions the seed tutorials ask."""

import chainrule as torch


def main():
    print("1. y = 3x^2 + 4x + 2 at x = 3: dy/dx = 6x + 4")
    x = torch.tensor(3., requires_grad=True)
    y = 3 * x**2 + 4 * x + 2
    y.backward()
    print("   y =", y, "  x.grad =", x.grad)

    print("2. Gradients accumulate across backward calls until you zero them")
    for step in range(3):
        y = 3 * x**2 + 4 * x + 2
        y.backward()
        print(f"   after backward #{step + 2}: x.grad =", x.grad)
    x.grad.zero_()
    print("   after x.grad.zero_():", x.grad)

    print("3. A vector output needs `gradient`: backward computes v^T J")
    a = torch.tensor([2., 3.], requires_grad=True)
    q = 3 * a**3
    q.backward(gradient=torch.tensor([1., 1.]))
    print("   Q =", q, "  dQ/da =", a.grad)

    print("4. create_graph=True makes the gradient differentiable: second derivatives")
    x = torch.tensor(2., requires_grad=True)
    y = torch.sin(x) * x
    (dy,) = torch.autograd.grad(y, x, create_graph=True)
    (d2y,) = torch.autograd.grad(dy, x)
    print("   dy/dx =", dy, "  d2y/dx2 =", d2y)

    print("5. no_grad and detach stop recording")
    with torch.no_grad():
        z = x * 2
    print("   under no_grad:", z, "  detached:", (x * 2).detach())


if __name__ == "__main__":
    main()
