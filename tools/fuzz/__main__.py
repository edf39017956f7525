"""Fuzz chainrule against torch: ``python -m tools.fuzz --n 1000 --seed 0``.

Draws programs, runs each on chainrule here and on torch in --torch-python, shrinks each new
kind of mismatch and prints it as a ready-to-paste pytest test. Needs ``src`` and the repo root
on PYTHONPATH (the Makefile's ``fuzz`` target sets both).
"""

import argparse
import collections
import hashlib
import json
import pathlib
import sys
import time
import warnings

import chainrule

from . import compare, generate, generate_nn, interp, shrink, source
from .torch_process import TorchProcess, find_torch_python


def _ours(program):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return interp.run(program, chainrule)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--max-steps", type=int, default=6)
    ap.add_argument("--torch-python", default=None)
    ap.add_argument("--batch", type=int, default=200)
    ap.add_argument("--ops", choices=("core", *generate_nn.TABLES), default="core",
                    help="op table: core tensor ops, nn.functional or linalg")
    ap.add_argument("--report", default=None, help="write every mismatch as JSON lines here")
    ap.add_argument("--seeds", default=None, help="comma-separated seeds to run instead of --n")
    ap.add_argument("--case", default=None,
                    help="print a JSON program file as a regression test with torch's record")
    args = ap.parse_args(argv)
    python = args.torch_python or find_torch_python()
    if python is None:
        print("fuzz: no torch interpreter found; nothing to run live", file=sys.stderr)
        return 0
    torch = TorchProcess(python)
    if args.case:
        with open(args.case) as f:
            program = json.load(f)
        name = pathlib.Path(args.case).stem
        print(source.pytest_case(name, name.replace("_", " "), program, torch.run(program)))
        return 0
    buckets = collections.Counter()
    report = open(args.report, "w") if args.report else None
    start, seeds = time.time(), range(args.seed, args.seed + args.n)
    if args.seeds:
        seeds = [int(s) for s in args.seeds.split(",")]
        args.n = len(seeds)
    for lo in range(0, len(seeds), args.batch):
        batch = seeds[lo:lo + args.batch]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            gen = generate_nn.TABLES.get(args.ops, generate.Gen)
            programs = [generate.program(s, chainrule, args.max_steps, gen) for s in batch]
        for seed, program, theirs in zip(batch, programs, torch.run_many(programs)):
            diff = compare.differences(_ours(program), theirs, program)
            if diff is None:
                continue
            key = compare.signature(diff)
            buckets[key] += 1
            if report:
                report.write(json.dumps({"seed": seed, "diff": diff, "program": program}) + "\n")
            if buckets[key] == 1:
                _print_case(seed, key, program, torch)
    torch.close()
    total = sum(buckets.values())
    print(f"fuzz: {args.n} programs (seeds {seeds[0]}..{seeds[-1]}) in "
          f"{time.time() - start:.0f}s: {total} mismatches in {len(buckets)} kinds")
    for key, n in buckets.most_common():
        print(f"  {n:5d}  {key}")
    return 1 if total else 0


def _print_case(seed, key, program, torch):
    """Shrink the program keeping the same kind of difference, then print it as a test."""
    def still_fails(p):
        d = compare.differences(_ours(p), torch.run(p), p)
        return d is not None and compare.signature(d) == key
    small = shrink.shrink(program, still_fails)
    theirs = torch.run(small)
    diff = compare.differences(_ours(small), theirs, small)
    name = "fuzz_" + hashlib.sha1(json.dumps(small).encode()).hexdigest()[:10]
    print(f"\n# seed {seed}: {diff}")
    print(source.pytest_case(name, diff, small, theirs))


if __name__ == "__main__":
    sys.exit(main())
