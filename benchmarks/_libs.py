"""Import each library under test; a missing peer becomes a clear skip line, not an error."""

import importlib
import os

NAMES = ("chainrule", "torch", "jax", "autograd", "mygrad")
REFERENCE = "torch"


def _load(name):
    module = importlib.import_module(name)
    if name == "jax":
        module.config.update("jax_platforms", "cpu")
        importlib.import_module("jax.numpy")
    if name == "autograd":
        importlib.import_module("autograd.numpy")
    return module


def limit_threads(threads):
    """Give every library (and child process) the same thread count, before they are imported."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[var] = str(threads)
    os.environ["XLA_FLAGS"] = (os.environ.get("XLA_FLAGS", "") + " --xla_cpu_multi_thread_eigen="
                               f"{'true' if threads > 1 else 'false'} "
                               f"intra_op_parallelism_threads={threads}").strip()
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(threads)  # NumPy's BLAS is loaded already; this limit stays in force


def load(wanted=NAMES, threads=1):
    """Return ``({name: module}, {name: reason})``: libraries that import, and why others don't."""
    limit_threads(threads)
    found, missing = {}, {}
    for name in wanted:
        try:
            found[name] = _load(name)
            if name == "torch":
                found[name].set_num_threads(threads)
        except ImportError as exc:
            missing[name] = f"not installed ({exc.name or exc})"
    return found, missing
