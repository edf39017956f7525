"""Record torch's backward graphs and gradients for the viz tests (run with the torch venv).

    /work/torchenv/bin/python tools/record_viz_fixtures.py

Each case is code run with ``torch`` bound to PyTorch here and to chainrule in the tests; the
graph is walked from the output in next_functions order (first visit), as draw() lists it.
"""

import json
import pathlib

import torch

CASES = {
    "quadratic": ("x = torch.tensor(3., requires_grad=True)\ny = 3*x**2 + 4*x + 2",
                  "y", ["x"], None),
    "seed004_scalar": ("x = torch.tensor(2., requires_grad=True)\n"
                       "y = torch.tensor(3., requires_grad=True)\nf = 3*x**3 - y**2",
                       "f", ["x", "y"], None),
    "seed003_vector": ("a = torch.tensor([2., 3.], requires_grad=True)\n"
                       "b = torch.tensor([6., 4.], requires_grad=True)\nQ = 3*a**3 - b**2",
                       "Q", ["a", "b"], "torch.tensor([1., 1.])"),
    "seed003_weighted": ("a = torch.tensor([2., 3.], requires_grad=True)\n"
                         "b = torch.tensor([6., 4.], requires_grad=True)\nQ = 3*a**3 - b**2",
                         "Q", ["a", "b"], "torch.tensor([1., 0.5])"),
    "seed002_dot": ("x = torch.arange(4.0).requires_grad_(True)\ny = 2 * torch.dot(x, x)",
                    "y", ["x"], None),
    "seed001_cos_sin": ("x1 = torch.tensor(2.0, requires_grad=True)\n"
                        "y = torch.cos(x1) + torch.sin(x1)", "y", ["x1"], None),
    "seed003_mean": ("x = torch.tensor([1., 2., 3.], requires_grad=True)\ny = x * 2 + 3\n"
                     "z = y ** 2\nout = z.mean()", "out", ["x"], None),
    "square_by_mul": ("x = torch.tensor([1., 2., -2.], requires_grad=True)\ny = (x * x).sum()",
                      "y", ["x"], None),
    "seed001_cumsum": ("x = torch.tensor([2.0, 2.0, 2.0], requires_grad=True)\n"
                       "val = torch.cumsum(2*x, dim=0)\ny = val[-1]", "y", ["x"], None),
    "seed001_indexing": ("x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)\n"
                         "y = 2*x[0] + 3*x[1] - 3*x[2]", "y", ["x"], None),
    "seed004_trig": ("x = torch.tensor(2., requires_grad=True)\n"
                     "y = torch.tensor(3., requires_grad=True)\n"
                     "f = 3*torch.cos(x) - torch.sin(y)**2", "f", ["x", "y"], None),
    "seed001_products": ("x1 = torch.tensor([1.2, 2.4, 3.3], requires_grad=True)\n"
                         "x2 = torch.tensor([4.4, 5.2, 5.5], requires_grad=True)\n"
                         "f = x1*x2 + torch.sin(x2) + torch.log(x1)", "f", ["x1", "x2"],
                         "torch.tensor([1., 1., 1.])"),
}


def walk(root, leaves):
    """List nodes from ``root`` in first-visit order: [name, [child index per edge]], and the
    index of each leaf's AccumulateGrad."""
    order, index, stack = [], {}, [root]
    while stack:
        node = stack.pop()
        if node in index:
            continue
        index[node] = len(order)
        order.append(node)
        stack.extend(n for n, _ in reversed(node.next_functions) if n is not None)
    graph = [[n.name(), [index[m] for m, _ in n.next_functions if m is not None]] for n in order]
    where = [next(index[n] for n in order if getattr(n, "variable", None) is t) for t in leaves]
    return graph, where


def record():
    out = {}
    for name, (code, output, wrt, gradient) in CASES.items():
        env = {"torch": torch}
        exec(code, env)
        y = env[output]
        v = eval(gradient, env) if gradient else None
        grads = torch.autograd.grad(y, [env[w] for w in wrt], v, retain_graph=True)
        graph, leaf_index = walk(y.grad_fn, [env[w] for w in wrt])
        out[name] = {"code": code, "output": output, "wrt": wrt, "gradient": gradient,
                     "graph": graph, "leaf_index": leaf_index, "value": y.detach().tolist(),
                     "grads": [g.tolist() for g in grads], "torch": torch.__version__}
    path = pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "viz_graphs.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {len(out)} cases to {path}")


if __name__ == "__main__":
    record()
