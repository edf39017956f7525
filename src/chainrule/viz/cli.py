"""``chainrule grad``: the value and gradients of a formula, with its derivation or drawing."""

import sys

from .expression import Expression, ExpressionError, parse_value


def add_arguments(parser):
    """Declare the arguments of ``chainrule grad`` on its subparser."""
    parser.add_argument("expression", help='a formula such as "3*x**2 + 4*x + 2"')
    parser.add_argument("--at", action="append", default=[], metavar="NAME=VALUE",
                        help="a point to evaluate at, e.g. x=3 or 'x=[1, 2]' (repeatable)")
    parser.add_argument("--explain", action="store_true",
                        help="spell out the chain rule for each gradient")
    parser.add_argument("--draw", metavar="FILE",
                        help="save a picture of the graph (.svg, .png, .pdf or .dot)")


def run(args):
    """Evaluate, differentiate and report; returns the exit status."""
    import chainrule
    try:
        formula = Expression(args.expression)
        values = {}
        for item in args.at:
            name, sep, text = item.partition("=")
            if not sep or not name.strip().isidentifier():
                raise ExpressionError(f"--at expects NAME=VALUE, got {item!r}")
            values[name.strip()] = chainrule.tensor(parse_value(text), dtype=chainrule.float32,
                                                    requires_grad=True)
        result = formula.evaluate(values)
    except (ExpressionError, RuntimeError, TypeError) as err:
        print(f"chainrule grad: error: {err}", file=sys.stderr)
        return 2
    if not isinstance(result, chainrule.Tensor) or not result.requires_grad:
        print(f"f = {result}: the formula does not depend on any variable given with --at",
              file=sys.stderr)
        return 2
    used = {n: values[n] for n in formula.variables}
    point = ", ".join(f"{n} = {_plain(t)}" for n, t in used.items())
    print(f"f = {formula.text}   at {point}")
    print(f"f = {_plain(result)}")
    seed = None
    if result.numel() != 1:
        seed = chainrule.ones_like(result)
        print("f has several elements: gradients are of f.sum(), i.e. backward(gradient=ones)")
    grads = chainrule.autograd.grad(result, list(used.values()), seed, retain_graph=True,
                                    allow_unused=True)
    for (name, _), g in zip(used.items(), grads):
        print(f"df/d{name} = {_plain(g) if g is not None else 'None (f does not use it)'}")
    if args.explain:
        for t in used.values():
            print()
            print(chainrule.explain(result, t, seed, names={"f": result, **used}))
    if args.draw:
        try:
            chainrule.viz.draw(result, params={"f": result, **used}).save(args.draw)
        except (RuntimeError, ValueError) as err:
            print(f"chainrule grad: error: {err}", file=sys.stderr)
            return 1
        print(f"graph saved to {args.draw}")
    return 0


def _plain(t):
    """A tensor's values as torch prints them, without the ``tensor(...)`` wrapper."""
    from ._format import values
    return values(t.detach()._data)
