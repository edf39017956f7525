"""Describe the machine: CPU, Python, library versions and the BLAS each one uses."""

import importlib.metadata
import os
import platform


def _version(dist):
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _blas():
    """BLAS libraries loaded now (threadpoolctl), or NumPy's build configuration."""
    try:
        from threadpoolctl import threadpool_info
    except ImportError:
        import numpy as np
        config = np.show_config(mode="dicts")
        blas = config.get("Build Dependencies", {}).get("blas", {})
        return [f"numpy build: {blas.get('name', '?')} {blas.get('version', '')}".strip()]
    return [f"{i.get('internal_api')} {i.get('version')} ({i.get('num_threads')} threads, "
            f"{os.path.basename(i.get('filepath', ''))})" for i in threadpool_info()]


def describe(libraries):
    """Return ``(label, value)`` lines for the report header."""
    lines = [("machine", f"{_cpu_model()}, {os.cpu_count()} logical CPUs, "
                         f"{platform.system()} {platform.release()}"),
             ("python", platform.python_version())]
    if hasattr(os, "getloadavg"):  # other work on the machine skews every column alike
        lines.append(("load average at start", " ".join(f"{v:.2f}" for v in os.getloadavg())))
    for dist in ("numpy", "chainrule", "torch", "jax", "jaxlib", "autograd", "mygrad"):
        v = _version(dist)
        if v:
            lines.append((dist, v))
    if "torch" in libraries:
        torch = libraries["torch"]
        lines.append(("torch threads", str(torch.get_num_threads())))
    lines.extend(("blas", b) for b in _blas())
    return lines
