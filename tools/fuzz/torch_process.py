"""A torch interpreter in a child process, fed programs as JSON lines (see worker.py)."""

import importlib.util
import json
import os
import pathlib
import subprocess
import sys
import threading

ROOT = pathlib.Path(__file__).resolve().parents[2]


def find_torch_python():
    """Return an interpreter that can import torch: /work/torchenv's, this one, or None."""
    if os.path.exists("/work/torchenv/bin/python"):
        return "/work/torchenv/bin/python"
    if importlib.util.find_spec("torch") is not None:
        return sys.executable
    return None


class TorchProcess:
    """Run programs on torch in a long-lived child; restarted if it dies."""

    def __init__(self, python):
        self.python = python
        self.proc = None

    def _start(self):
        env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1")
        self.proc = subprocess.Popen([self.python, "-m", "tools.fuzz.worker", "torch"],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                     cwd=ROOT, env=env)

    def run_many(self, programs):
        """Return torch's records for ``programs`` (sent in one go, read back in order)."""
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        stdin = self.proc.stdin

        def feed():  # in a thread, so a full pipe on either side cannot deadlock us
            for p in programs:
                stdin.write(json.dumps(p) + "\n")
            stdin.flush()
        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        out = []
        for _ in programs:
            line = self.proc.stdout.readline()
            if not line:
                self.proc = None
                out.append({"steps": [], "crash": "torch worker died"})
                continue
            out.append(json.loads(line))
        writer.join()
        return out

    def run(self, program):
        return self.run_many([program])[0]

    def close(self):
        if self.proc is not None:
            self.proc.stdin.close()
            self.proc.wait()
