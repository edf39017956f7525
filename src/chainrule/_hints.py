"""Opt-in friendlier autograd errors: torch's message first, then one line on the fix.

``set_hints(True)`` or ``CHAINRULE_HINTS=1`` turns them on. Raise sites wrap their error with
one of the functions below, which leave it untouched while hints are off.
"""

import os

_state = {"on": os.environ.get("CHAINRULE_HINTS", "") not in ("", "0")}


def set_hints(mode):
    """Add a hint line to common autograd errors (torch's own text stays the first line)."""
    _state["on"] = bool(mode)


def are_hints_enabled():
    """Return True if hint lines are added to autograd errors."""
    return _state["on"]


def _hinted(error, text):
    if _state["on"]:
        error.args = (f"{error.args[0]}\nchainrule hint: {text}",) + error.args[1:]
    return error


def non_scalar_backward(error, shape):
    """backward() without gradient= on an output with several elements."""
    dims = "[" + ", ".join(str(s) for s in shape) + "]"
    n = 1
    for s in shape:
        n *= s
    return _hinted(error, (
        f"the output has shape {dims} ({n} elements), and backward() only picks gradient=1 for "
        f"a single number. Reduce it first, e.g. y.sum().backward(), or pass a tensor of shape "
        f"{dims}, e.g. y.backward(gradient=torch.ones_like(y)), to get the vector-Jacobian "
        "product."))


def freed_graph(error, node_name, saved_names):
    """Backward (or a _saved_ access) after the graph's saved tensors were freed."""
    saved = f" ({', '.join(saved_names)})" if saved_names else ""
    return _hinted(error, (
        f"{node_name} already freed its saved tensors{saved} in an earlier backward through "
        "this graph. Pass retain_graph=True to that earlier backward() to keep them, or "
        "recompute the forward pass (y = f(x)) before each backward()."))


def unused_input(error, index, shape):
    """autograd.grad() asked for an input that no output depends on."""
    dims = "[" + ", ".join(str(s) for s in shape) + "]"
    return _hinted(error, (
        f"input {index} (shape {dims}) is not in the outputs' graph: it was not used, used only "
        "through .detach(), .data or under no_grad(), or replaced by a new tensor (x = x + 1 "
        "makes a new x). Pass allow_unused=True to get None for it (materialize_grads=True for "
        "zeros)."))


def no_grad_fn(error, index):
    """backward() on a tensor that has no graph."""
    return _hinted(error, (
        f"tensor {index} was computed only from tensors with requires_grad=False, under "
        "torch.no_grad(), or from .detach()/.data. Create the inputs with requires_grad=True "
        "and compute outside no_grad()."))


def modified_inplace(error, node_name):
    """A tensor saved for backward was changed in place afterwards."""
    return _hinted(error, (
        f"{node_name} saved this tensor for backward, and it was changed in place afterwards "
        "(an op ending in _, +=, x[i] = ..., or a write to .data). Use the out-of-place form "
        "(x = x + 1), or change a .clone() instead."))


def leaf_inplace(error):
    """An in-place op on a leaf (or a view of one) that requires grad."""
    return _hinted(error, (
        "changing a leaf that requires grad in place would corrupt the graph built from it. "
        "Update parameters under `with torch.no_grad():` (as optimizers do); to compute, use "
        "the out-of-place form (y = x + 1)."))
