"""Regenerate the pictures in docs/img/ that docs/viz.md shows, with chainrule.viz itself.

    python3 tools/make_viz_docs.py      (needs the graphviz package and Graphviz's dot)
"""

import pathlib

import chainrule as torch
from chainrule import viz

IMG = pathlib.Path(__file__).resolve().parent.parent / "docs" / "img"


def quadratic():
    """y = 3x² + 4x + 2 at x = 3, after backward: values and the gradient 22 on the leaf."""
    x = torch.tensor(3., requires_grad=True)
    y = 3 * x**2 + 4 * x + 2
    y.backward(retain_graph=True)
    return viz.draw(y, params={"x": x, "y": y}, show_saved=True)


def vector():
    """Q = 3a³ - b² with gradient=[1, 1]: the vector case of the seed notebooks."""
    a = torch.tensor([2., 3.], requires_grad=True)
    b = torch.tensor([6., 4.], requires_grad=True)
    Q = 3 * a**3 - b**2
    Q.backward(gradient=torch.tensor([1., 1.]))
    return viz.draw(Q, params={"a": a, "b": b, "Q": Q})


def linear():
    """A small model: leaves named from named_parameters(), as torchviz users expect."""
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1))
    loss = model(torch.randn(8, 3)).pow(2).mean()
    loss.backward()
    return viz.draw(loss, params={"loss": loss, **dict(model.named_parameters())},
                    show_values=False)


def folded():
    """A 100,000-op recurrence folds into one box instead of a wall of nodes."""
    w = torch.tensor(0.9, requires_grad=True)
    h0 = torch.tensor(1., requires_grad=True)
    h = h0
    for _ in range(50_000):
        h = torch.tanh(h * w)
    out = h.exp()
    return viz.draw(out, params={"w": w, "h0": h0, "out": out})


def main():
    IMG.mkdir(parents=True, exist_ok=True)
    for make in (quadratic, vector, linear, folded):
        path = make().save(IMG / f"viz_{make.__name__}.svg")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
