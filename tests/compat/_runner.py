"""Run one compat snippet with ``torch`` bound to a given module and return what it printed."""

import contextlib
import io
import re
import sys
import warnings

from corpus_autograd import SNIPPETS as _AUTOGRAD
from corpus_basics import SNIPPETS as _BASICS
from corpus_course import SNIPPETS as _COURSE
from corpus_errors import SNIPPETS as _ERRORS
from corpus_extra import SNIPPETS as _EXTRA
from corpus_modules import SNIPPETS as _MODULES
from corpus_more import SNIPPETS as _MORE
from corpus_nn import SNIPPETS as _NN
from corpus_numerics import SNIPPETS as _NUMERICS
from corpus_print import SNIPPETS as _PRINT
from corpus_qa import SNIPPETS as _QA
from corpus_so import SNIPPETS as _SO

CORPUS = {**_BASICS, **_AUTOGRAD, **_NN, **_MORE, **_EXTRA, **_QA, **_NUMERICS, **_COURSE,
          **_ERRORS, **_SO, **_MODULES, **_PRINT}
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")  # object addresses differ between any two runs


@contextlib.contextmanager
def _torch_bound_to(root):
    """Alias ``torch`` and its loaded submodules to ``root``'s while the snippet runs."""
    prefix = root.__name__
    added = {}
    for name, mod in list(sys.modules.items()):
        if name == prefix or name.startswith(prefix + "."):
            alias = "torch" + name[len(prefix):]
            if alias not in sys.modules:
                added[alias] = mod
    sys.modules.update(added)
    try:
        yield
    finally:
        for alias in added:
            sys.modules.pop(alias, None)


def _reset(torch):
    """Undo the global settings a snippet may change, so snippets stay independent."""
    torch.set_printoptions(profile="default")
    torch.set_default_dtype(torch.float32)


def run_snippet(source, torch):
    """Execute ``source`` with ``import torch`` meaning ``torch``; return its stdout."""
    out = io.StringIO()
    with _torch_bound_to(torch), contextlib.redirect_stdout(out), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(compile(source, "<snippet>", "exec"), {"__name__": "__snippet__"})
        finally:
            _reset(torch)
    return _ADDRESS.sub(" at 0x...", out.getvalue())
