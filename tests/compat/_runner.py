"""Run one compat snippet with ``torch`` bound to a given module and return what it printed."""

import contextlib
import io
import linecache
import re
import sys
import warnings

from corpus_api_sweep import SNIPPETS as _API_SWEEP
from corpus_attention_variants import SNIPPETS as _ATTENTION_VARIANTS
from corpus_autograd import SNIPPETS as _AUTOGRAD
from corpus_autograd_more import SNIPPETS as _AUTOGRAD_MORE
from corpus_autograd_more2 import SNIPPETS as _AUTOGRAD_MORE2
from corpus_autograd_more3 import SNIPPETS as _AUTOGRAD_MORE3
from corpus_autograd_more4 import SNIPPETS as _AUTOGRAD_MORE4
from corpus_autograd_more5 import SNIPPETS as _AUTOGRAD_MORE5
from corpus_autograd_more6 import SNIPPETS as _AUTOGRAD_MORE6
from corpus_autograd_more7 import SNIPPETS as _AUTOGRAD_MORE7
from corpus_autograd_more8 import SNIPPETS as _AUTOGRAD_MORE8
from corpus_autograd_more9 import SNIPPETS as _AUTOGRAD_MORE9
from corpus_autograd_more10 import SNIPPETS as _AUTOGRAD_MORE10
from corpus_autograd_more11 import SNIPPETS as _AUTOGRAD_MORE11
from corpus_autograd_more12 import SNIPPETS as _AUTOGRAD_MORE12
from corpus_autograd_more13 import SNIPPETS as _AUTOGRAD_MORE13
from corpus_autograd_more14 import SNIPPETS as _AUTOGRAD_MORE14
from corpus_autograd_more15 import SNIPPETS as _AUTOGRAD_MORE15
from corpus_autograd_more16 import SNIPPETS as _AUTOGRAD_MORE16
from corpus_autograd_more17 import SNIPPETS as _AUTOGRAD_MORE17
from corpus_autograd_more18 import SNIPPETS as _AUTOGRAD_MORE18
from corpus_autograd_more19 import SNIPPETS as _AUTOGRAD_MORE19
from corpus_autograd_more20 import SNIPPETS as _AUTOGRAD_MORE20
from corpus_autograd_more21 import SNIPPETS as _AUTOGRAD_MORE21
from corpus_autograd_more22 import SNIPPETS as _AUTOGRAD_MORE22
from corpus_basics import SNIPPETS as _BASICS
from corpus_complex import SNIPPETS as _COMPLEX
from corpus_course import SNIPPETS as _COURSE
from corpus_data_workers import SNIPPETS as _DATA_WORKERS
from corpus_data_workers2 import SNIPPETS as _DATA_WORKERS2
from corpus_distributions import SNIPPETS as _DISTRIBUTIONS
from corpus_empty_batches import SNIPPETS as _EMPTY_BATCHES
from corpus_errors import SNIPPETS as _ERRORS
from corpus_extra import SNIPPETS as _EXTRA
from corpus_fft import SNIPPETS as _FFT
from corpus_func import SNIPPETS as _FUNC
from corpus_func2 import SNIPPETS as _FUNC2
from corpus_func3 import SNIPPETS as _FUNC3
from corpus_func4 import SNIPPETS as _FUNC4
from corpus_func5 import SNIPPETS as _FUNC5
from corpus_function_undefined import SNIPPETS as _FUNCTION_UNDEFINED
from corpus_inplace_activations import SNIPPETS as _INPLACE_ACTIVATIONS
from corpus_missing_api import SNIPPETS as _MISSING_API
from corpus_mistakes import SNIPPETS as _MISTAKES
from corpus_mistakes2 import SNIPPETS as _MISTAKES2
from corpus_mistakes3 import SNIPPETS as _MISTAKES3
from corpus_mistakes4 import SNIPPETS as _MISTAKES4
from corpus_mistakes5 import SNIPPETS as _MISTAKES5
from corpus_mistakes6 import SNIPPETS as _MISTAKES6
from corpus_mistakes7 import SNIPPETS as _MISTAKES7
from corpus_mistakes8 import SNIPPETS as _MISTAKES8
from corpus_mistakes9 import SNIPPETS as _MISTAKES9
from corpus_mistakes10 import SNIPPETS as _MISTAKES10
from corpus_modules import SNIPPETS as _MODULES
from corpus_more import SNIPPETS as _MORE
from corpus_nn import SNIPPETS as _NN
from corpus_nn_gaps import SNIPPETS as _NN_GAPS
from corpus_numerics import SNIPPETS as _NUMERICS
from corpus_print import SNIPPETS as _PRINT
from corpus_print2 import SNIPPETS as _PRINT2
from corpus_print3 import SNIPPETS as _PRINT3
from corpus_print4 import SNIPPETS as _PRINT4
from corpus_print5 import SNIPPETS as _PRINT5
from corpus_print6 import SNIPPETS as _PRINT6
from corpus_print7 import SNIPPETS as _PRINT7
from corpus_qa import SNIPPETS as _QA
from corpus_random import SNIPPETS as _RANDOM
from corpus_runtime_info import SNIPPETS as _RUNTIME_INFO
from corpus_save_models import SNIPPETS as _SAVE_MODELS
from corpus_seeded import SNIPPETS as _SEEDED
from corpus_seeded2 import SNIPPETS as _SEEDED2
from corpus_seeded3 import SNIPPETS as _SEEDED3
from corpus_seeded4 import SNIPPETS as _SEEDED4
from corpus_seeded5 import SNIPPETS as _SEEDED5
from corpus_seeded6 import SNIPPETS as _SEEDED6
from corpus_seeded7 import SNIPPETS as _SEEDED7
from corpus_so import SNIPPETS as _SO
from corpus_tensor_api import SNIPPETS as _TENSOR_API1
from corpus_tensor_api2 import SNIPPETS as _TENSOR_API2
from corpus_tensor_api3 import SNIPPETS as _TENSOR_API3
from corpus_tensor_api4 import SNIPPETS as _TENSOR_API4
from corpus_tensor_api5 import SNIPPETS as _TENSOR_API5
from corpus_tensor_api6 import SNIPPETS as _TENSOR_API6
from corpus_tensor_api7 import SNIPPETS as _TENSOR_API7
from corpus_tensor_api8 import SNIPPETS as _TENSOR_API8
from corpus_tensor_api9 import SNIPPETS as _TENSOR_API9
from corpus_tensor_api10 import SNIPPETS as _TENSOR_API10
from corpus_tensor_api11 import SNIPPETS as _TENSOR_API11
from corpus_training import SNIPPETS as _TRAINING
from corpus_training_data import SNIPPETS as _TRAINING_DATA
from corpus_training_data2 import SNIPPETS as _TRAINING_DATA2
from corpus_training_errors import SNIPPETS as _TRAINING_ERRORS
from corpus_training_functional import SNIPPETS as _TRAINING_FUNCTIONAL
from corpus_training_layers3d import SNIPPETS as _TRAINING_LAYERS3D
from corpus_training_loops import SNIPPETS as _TRAINING_LOOPS
from corpus_training_module_api import SNIPPETS as _TRAINING_MODULE_API
from corpus_training_more import SNIPPETS as _TRAINING_MORE
from corpus_training_optim import SNIPPETS as _TRAINING_OPTIM
from corpus_training_optim2 import SNIPPETS as _TRAINING_OPTIM2
from corpus_training_parametrize import SNIPPETS as _TRAINING_PARAMETRIZE
from corpus_training_print import SNIPPETS as _TRAINING_PRINT
from corpus_training_transformer import SNIPPETS as _TRAINING_TRANSFORMER
from corpus_training_tutorials import SNIPPETS as _TRAINING_TUTORIALS
from corpus_tutorials2 import SNIPPETS as _TUTORIALS2
from corpus_tutorials3 import SNIPPETS as _TUTORIALS3
from corpus_tutorials4 import SNIPPETS as _TUTORIALS4
from corpus_tutorials5 import SNIPPETS as _TUTORIALS5
from corpus_tutorials6 import SNIPPETS as _TUTORIALS6
from corpus_tutorials7 import SNIPPETS as _TUTORIALS7
from corpus_tutorials8 import SNIPPETS as _TUTORIALS8
from corpus_tutorials9 import SNIPPETS as _TUTORIALS9
from corpus_tutorials10 import SNIPPETS as _TUTORIALS10
from corpus_tutorials11 import SNIPPETS as _TUTORIALS11
from corpus_tutorials12 import SNIPPETS as _TUTORIALS12
from corpus_tutorials13 import SNIPPETS as _TUTORIALS13
from corpus_tutorials14 import SNIPPETS as _TUTORIALS14
from corpus_tutorials15 import SNIPPETS as _TUTORIALS15
from corpus_tutorials16 import SNIPPETS as _TUTORIALS16
from corpus_tutorials17 import SNIPPETS as _TUTORIALS17
from corpus_tutorials18 import SNIPPETS as _TUTORIALS18
from corpus_tutorials19 import SNIPPETS as _TUTORIALS19
from corpus_tutorials20 import SNIPPETS as _TUTORIALS20
from corpus_tutorials21 import SNIPPETS as _TUTORIALS21
from corpus_warnings import SNIPPETS as _WARNINGS

CORPUS = {**_BASICS, **_AUTOGRAD, **_NN, **_MORE, **_EXTRA, **_QA, **_NUMERICS, **_COURSE,
          **_ERRORS, **_SO, **_MODULES, **_PRINT, **_RANDOM,
          **_TENSOR_API1, **_TENSOR_API2, **_TENSOR_API3, **_TENSOR_API4, **_TENSOR_API5,
          **_TENSOR_API6, **_TENSOR_API7, **_TENSOR_API8, **_TENSOR_API9, **_TENSOR_API10,
          **_TENSOR_API11,
          **_TRAINING, **_TRAINING_DATA, **_TRAINING_ERRORS, **_TRAINING_FUNCTIONAL,
          **_TRAINING_LOOPS, **_TRAINING_MORE, **_TRAINING_OPTIM, **_TRAINING_OPTIM2,
          **_TRAINING_PARAMETRIZE, **_TRAINING_TUTORIALS, **_TRAINING_LAYERS3D,
          **_TRAINING_PRINT, **_TRAINING_TRANSFORMER, **_TRAINING_DATA2, **_DATA_WORKERS,
          **_DATA_WORKERS2, **_ATTENTION_VARIANTS, **_SAVE_MODELS,
          **_INPLACE_ACTIVATIONS, **_FUNCTION_UNDEFINED,
          **_EMPTY_BATCHES, **_RUNTIME_INFO,
          **_TRAINING_MODULE_API}
CORPUS.update({**_AUTOGRAD_MORE, **_AUTOGRAD_MORE2, **_AUTOGRAD_MORE3, **_AUTOGRAD_MORE4,
               **_AUTOGRAD_MORE5, **_AUTOGRAD_MORE6, **_AUTOGRAD_MORE7, **_AUTOGRAD_MORE8,
               **_AUTOGRAD_MORE9, **_AUTOGRAD_MORE10, **_AUTOGRAD_MORE11,
               **_AUTOGRAD_MORE12, **_AUTOGRAD_MORE13, **_AUTOGRAD_MORE14,
               **_AUTOGRAD_MORE15, **_AUTOGRAD_MORE16, **_AUTOGRAD_MORE17,
               **_AUTOGRAD_MORE18, **_AUTOGRAD_MORE19, **_AUTOGRAD_MORE20,
               **_AUTOGRAD_MORE21, **_AUTOGRAD_MORE22})
CORPUS.update({**_SEEDED, **_SEEDED2, **_SEEDED3, **_SEEDED4, **_SEEDED5, **_SEEDED6,
               **_SEEDED7})
CORPUS.update(_DISTRIBUTIONS)
CORPUS.update({**_MISTAKES, **_MISTAKES2, **_MISTAKES3, **_MISTAKES4, **_MISTAKES5,
               **_MISTAKES9, **_MISTAKES10,
               **_MISTAKES6, **_MISTAKES7, **_MISTAKES8, **_PRINT2, **_PRINT3, **_PRINT4, **_PRINT5,
               **_PRINT6, **_PRINT7, **_WARNINGS})
CORPUS.update(_COMPLEX)
CORPUS.update(_NN_GAPS)
CORPUS.update({**_TUTORIALS2, **_TUTORIALS3, **_TUTORIALS4, **_TUTORIALS5, **_TUTORIALS6,
               **_TUTORIALS7, **_TUTORIALS8, **_TUTORIALS9, **_TUTORIALS10,
               **_TUTORIALS11, **_TUTORIALS12, **_TUTORIALS13, **_TUTORIALS14,
               **_TUTORIALS15, **_TUTORIALS16, **_TUTORIALS17, **_TUTORIALS18,
               **_TUTORIALS19, **_TUTORIALS20, **_TUTORIALS21})
CORPUS.update({**_FUNC, **_FUNC2, **_FUNC3, **_FUNC4, **_FUNC5})
CORPUS.update(_MISSING_API)
CORPUS.update(_FFT)
CORPUS.update(_API_SWEEP)
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
            # inspect (torch.jit.script) reads a function's source through linecache
            linecache.cache["<snippet>"] = (len(source), None, source.splitlines(True),
                                            "<snippet>")
            exec(compile(source, "<snippet>", "exec"), {"__name__": "__snippet__"})
        finally:
            _reset(torch)
    return _ADDRESS.sub(" at 0x...", out.getvalue())
