"""Run the benchmark suite and print one table per workload (``python -m benchmarks -h``)."""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time

from . import _env, _fresh, _higher, _libs, _mlp, _scalar
from ._timing import checksum, interleaved

WARMUP_CALLS = 3


def _fmt_time(seconds):
    for unit, scale in (("s", 1), ("ms", 1e-3), ("µs", 1e-6)):
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def _agrees(value, reference):
    return math.isclose(value, reference, rel_tol=2e-3, abs_tol=1e-5)


def _table(title, rows, unit_fmt=_fmt_time, extra=None):
    """Print a markdown table of (library, seconds, checksum[, extra]) with ratios to torch."""
    ref = next((r for r in rows if r[0] == _libs.REFERENCE), None) or (rows[0] if rows else None)
    print(f"\n### {title}\n")
    head = "| library | time | vs torch | checksum | same numbers |"
    print(head + (f" {extra} |" if extra else ""))
    print("|---" * (5 + bool(extra)) + "|")
    results = []
    for row in rows:
        name, seconds, check = row[:3]
        ratio = (f"{seconds / ref[1]:.2f}" if ref and ref[0] == _libs.REFERENCE and ref[1]
                 else "n/a")
        same = "ref" if row is ref else "yes" if _agrees(check, ref[2]) else "NO"
        cells = [name, unit_fmt(seconds), ratio, f"{check:.7g}", same]
        if extra:
            cells.append(row[3])
        print("| " + " | ".join(cells) + " |")
        results.append({"library": name, "seconds": seconds, "ratio": ratio,
                        "checksum": check, "same": same})
    return results


def _run_case(case, libraries, args):
    makes, skipped = {}, {}
    for name, module in libraries.items():
        builder = case.builders.get(name)
        if builder is None:
            continue
        try:
            makes[name] = builder(module)
        except _higher.Skip as exc:
            skipped[name] = str(exc)
    steps, checks = {}, {}
    for name, make in makes.items():
        try:
            checks[name] = checksum(make, case.check_calls)
            step = make()
            for _ in range(WARMUP_CALLS):
                step()
            steps[name] = step
        except Exception as exc:  # a peer failing is a result to report, not a crash
            skipped[name] = f"failed: {type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
    times = interleaved(steps, args.repeats, args.target) if steps else {}
    rows = [(name, times[name], checks[name]) for name in steps]
    results = _table(case.name, rows)
    for name, reason in skipped.items():
        print(f"- {name}: skipped ({reason})")
    return results


def _subprocess(code_args, timeout, env=None):
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, *code_args], capture_output=True, text=True,
                          timeout=timeout, env=env)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        raise RuntimeError(last[:160])
    return elapsed, (proc.stdout.strip().splitlines() or [""])[-1]


def _fresh_runs(libraries, runs, command, timeout, env=None):
    """Run ``command(name)`` in fresh interpreters, libraries in turns; outputs per library."""
    outputs, failed = {name: [] for name in libraries}, {}
    for _ in range(runs):
        for name in libraries:
            if name in failed:
                continue
            try:
                outputs[name].append(_subprocess(command(name), timeout, env))
            except (RuntimeError, subprocess.TimeoutExpired) as exc:
                failed[name] = f"failed: {exc}"
    return {n: o for n, o in outputs.items() if n not in failed}, failed


def _report_failures(failed):
    for name, reason in failed.items():
        print(f"- {name}: {reason}")


def _deep_chain(libraries, args):
    outputs, failed = _fresh_runs(libraries, args.chain_runs,
                                  lambda name: ["-m", "benchmarks._fresh", "chain", name],
                                  args.timeout)
    rows = []
    for name, runs in outputs.items():
        results = [json.loads(line) for _, line in runs]
        rows.append((name, statistics.median(r["seconds"] for r in results),
                     results[0]["checksum"],
                     f"{statistics.median(r['peak_mb'] for r in results):.0f} MB"))
    results = _table(f"7 deep chain, {_fresh.STEPS} steps on R^16, fwd+bwd in a fresh process",
                     rows, extra="peak RSS over start")
    _report_failures(failed)
    return results


def _cold_start(libraries, args):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    baseline = statistics.median(_subprocess(["-c", "pass"], 60, env)[0] for _ in range(3))
    # one untimed round first writes bytecode caches, as any installed package has them
    outputs, failed = _fresh_runs(libraries, args.cold_runs + 1,
                                  lambda name: ["-c", _fresh.COLD[name]], args.timeout, env)
    rows = [(name, statistics.median(r[0] for r in runs[1:]), float(runs[0][1]))
            for name, runs in outputs.items()]
    results = _table(f"8 cold start: python -c 'import; grad of 3x^2+4x+2 at 3' "
                     f"(bare interpreter: {_fmt_time(baseline)})", rows)
    _report_failures(failed)
    return results


def _parse(argv):
    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("--only", default="1,2,3,4,5,6,7,8",
                   help="comma-separated workload numbers (default: all)")
    p.add_argument("--libs", default=",".join(_libs.NAMES), help="libraries to compare")
    p.add_argument("--repeats", type=int, default=7, help="timed samples per library")
    p.add_argument("--target", type=float, default=0.1, help="seconds per timed sample")
    p.add_argument("--chain-runs", type=int, default=3,
                   help="fresh processes per library for the deep chain")
    p.add_argument("--cold-runs", type=int, default=5, help="fresh processes per library")
    p.add_argument("--timeout", type=float, default=300, help="seconds per fresh process")
    p.add_argument("--threads", type=int, default=1,
                   help="threads for every library's kernels (default 1: compares the libraries, "
                        "not the scheduler)")
    p.add_argument("--json", help="also write the results to this file")
    return p.parse_args(argv)


def main(argv=None):
    args = _parse(argv)
    libraries, missing = _libs.load(args.libs.split(","), args.threads)
    print("## chainrule benchmarks\n")
    for label, value in _env.describe(libraries):
        print(f"- {label}: {value}")
    for name, reason in missing.items():
        print(f"- {name}: skipped everywhere, {reason}")
    only = set(args.only.split(","))
    report = {"environment": _env.describe(libraries), "workloads": {}}
    for case in _scalar.cases() + _mlp.cases() + _higher.cases():
        if case.name.split()[0][0] in only:
            report["workloads"][case.name] = _run_case(case, libraries, args)
    if "7" in only:
        report["workloads"]["7 deep chain"] = _deep_chain(libraries, args)
    if "8" in only:
        report["workloads"]["8 cold start"] = _cold_start(libraries, args)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(report, f, indent=1)


if __name__ == "__main__":
    main()
