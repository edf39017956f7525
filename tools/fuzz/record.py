"""Record the replay corpus: drawn programs with torch's results, for tests/fuzz (no torch there).

``python -m tools.fuzz.record --n 1000 --seed 1000000`` writes tests/fuzz/corpus/*.json;
``--refresh-open`` only re-marks which cases chainrule still gets wrong (no torch needed).
"""

import argparse
import json
import subprocess
import warnings

import chainrule

from . import compare, generate, interp
from .torch_process import ROOT, TorchProcess, find_torch_python

CORPUS = ROOT / "tests" / "fuzz" / "corpus"
CHUNK = 250


def _open_diff(case):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compare.differences(interp.run(case["program"], chainrule), case["torch"],
                                   case["program"])


def _write(path, cases, meta):
    for case in cases:
        diff = _open_diff(case)
        case.pop("open", None)
        if diff:
            case["open"] = diff
    text = json.dumps({**meta, "cases": cases}, separators=(",", ":"))
    path.write_text(text.replace('},{"seed"', '},\n{"seed"') + "\n")


def record(n, seed, max_steps, python):
    torch = TorchProcess(python)
    version = subprocess.run([python, "-c", "import torch; print(torch.__version__)"],
                             capture_output=True, text=True, check=True).stdout.strip()
    for lo in range(seed, seed + n, CHUNK):
        seeds = range(lo, min(lo + CHUNK, seed + n))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            programs = [generate.program(s, chainrule, max_steps) for s in seeds]
        cases = [{"seed": s, "program": p, "torch": t}
                 for s, p, t in zip(seeds, programs, torch.run_many(programs))]
        meta = {"recorded_with": f"torch {version}", "max_steps": max_steps}
        _write(CORPUS / f"programs_{lo}.json", cases, meta)
    torch.close()


def refresh_open():
    for path in sorted(CORPUS.glob("programs_*.json")):
        data = json.loads(path.read_text())
        cases = data.pop("cases")
        _write(path, cases, data)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1_000_000)
    ap.add_argument("--max-steps", type=int, default=6)
    ap.add_argument("--torch-python", default=None)
    ap.add_argument("--refresh-open", action="store_true")
    args = ap.parse_args(argv)
    CORPUS.mkdir(parents=True, exist_ok=True)
    if args.refresh_open:
        refresh_open()
    elif args.torch_python or find_torch_python():
        record(args.n, args.seed, args.max_steps, args.torch_python or find_torch_python())
    else:
        raise SystemExit("record: no torch interpreter found (use --torch-python)")


if __name__ == "__main__":
    main()
