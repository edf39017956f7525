"""Command line: ``chainrule fit`` fits a 1-D function with an MLP, ``chainrule grad`` evaluates a
formula's gradients, ``chainrule tour`` prints a tour of autograd."""

import argparse
import sys


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line on stderr and exit code 2."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message}\n")


def _positive(kind):
    def check(text):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid {kind.__name__} value: {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be positive, got {text}")
        return value
    return check


def _non_negative(text):
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid float value: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"must be >= 0, got {text}")
    return value


def _function(text):
    from .fit import FunctionError, parse_function
    try:
        parse_function(text)
    except FunctionError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _build_parser():
    from .fit import ACTIVATIONS, DEFAULT_FUNCTION, OPTIMIZERS
    parser = _Parser(prog="chainrule")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    sub.add_parser("tour", help="print a short tour of autograd")
    _add_grad_command(sub)
    fit = sub.add_parser(
        "fit", help="fit a 1-D function with an MLP and compare dy/dx with the exact derivative")
    fit.add_argument("--function", type=_function, default=DEFAULT_FUNCTION,
                     help="f(x) on [0, 1] using + - * / **, sin cos tan exp log sqrt tanh "
                          f"sigmoid abs, pi, e (default: {DEFAULT_FUNCTION!r})")
    fit.add_argument("--width", type=_positive(int), default=64, help="hidden width (64)")
    fit.add_argument("--depth", type=_positive(int), default=2, help="hidden layers (2)")
    fit.add_argument("--activation", choices=sorted(ACTIVATIONS), default="tanh")
    fit.add_argument("--optimizer", choices=sorted(OPTIMIZERS), default="adam")
    fit.add_argument("--steps", type=_positive(int), default=1500, help="training steps (1500)")
    fit.add_argument("--lr", type=_positive(float), default=1e-2, help="learning rate (0.01)")
    fit.add_argument("--derivative-weight", type=_non_negative, default=0.0,
                     help="weight of the dy/dx misfit in the loss (0: fit values only)")
    fit.add_argument("--seed", type=int, default=0, help="random seed (0)")
    fit.add_argument("--out", default="fit.png", help="PNG figure path ('' for none)")
    fit.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    return parser


def _add_grad_command(sub):
    """Register ``chainrule grad "3*x**2 + 4*x + 2" --at x=3 [--explain] [--draw FILE]``."""
    from .viz.cli import add_arguments
    add_arguments(sub.add_parser("grad", help="value and gradients of a formula at a point"))


def main(argv=None):
    """Run a chainrule command; bad arguments print one line and exit with code 2."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command == "grad":
        from .viz.cli import run
        return run(args)
    if args.command == "tour":
        from ._tour import main as tour
        tour()
    elif args.command == "fit":
        from .fit import FunctionError, fit, report
        try:
            result = fit(args.function, args.width, args.depth, args.activation, args.optimizer,
                         args.steps, args.lr, args.derivative_weight, args.seed, args.out,
                         progress=not args.no_progress)
        except FunctionError as exc:
            parser.exit(2, f"chainrule fit: error: argument --function: {exc}\n")
        report(result, args.function)
    return 0


if __name__ == "__main__":
    sys.exit(main())
