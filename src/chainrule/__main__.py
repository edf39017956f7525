"""Command line: ``chainrule tour`` prints a tour of autograd."""

import argparse
import sys


def main(argv=None):
    """Run a chainrule command; bad arguments print one line and exit with code 2."""
    parser = argparse.ArgumentParser(prog="chainrule")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("tour", help="print a short tour of autograd")
    args = parser.parse_args(argv)
    if args.command == "tour":
        from ._tour import main as tour
        tour()
    return 0


if __name__ == "__main__":
    sys.exit(main())
