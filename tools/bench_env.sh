#!/bin/sh
# Create the benchmark environment: chainrule (editable) beside the peers it is compared with.
# Not part of the test suite. Usage: tools/bench_env.sh [VENV_DIR]   (default /work/benchenv)
set -eu
VENV="${1:-/work/benchenv}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
python3 -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet numpy threadpoolctl "torch==2.13.0" autograd mygrad "jax[cpu]"
"$VENV/bin/python" -m pip install --quiet -e "$ROOT"
echo "ready: $VENV/bin/python -m benchmarks   (run from $ROOT)"
