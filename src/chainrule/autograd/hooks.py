"""Tensor hooks, retain_grad and gradient accumulation into leaves."""

import sys
import weakref

from .._ops._registry import NONE, defop
from .graph import RemovableHandle, node_hooks_registered

# Set by chainrule.viz.track_grads to see each gradient before it is added to a leaf's .grad;
# None (one check per accumulation) when tracking is off.
accumulate_observer = None

# Under create_graph a leaf's first gradient is stored as a copy: torch's CopyBackwards node.
_copy = defop("copy", lambda xp, input: input.copy(), node="CopyBackwards", promote=NONE,
              vjp={"input": lambda grad: grad})


def _leaf_hooks(t, kind):
    if t._hooks is None:
        t._hooks = {}
    return t._hooks.setdefault(kind, {})


def register_tensor_hook(t, hook):
    """Leaf: run before accumulation. Non-leaf: run on the grad_fn's matching output."""
    if t.grad_fn is None:
        hooks = _leaf_hooks(t, "pre")
        handle = RemovableHandle(hooks)
        hooks[handle.id] = hook
        return handle
    return t.grad_fn._register_tensor_hook(t._output_nr, hook)


def register_post_accumulate_hook(t, hook):
    hooks = _leaf_hooks(t, "post")
    handle = RemovableHandle(hooks)
    hooks[handle.id] = hook
    return handle


def install_retain_grad(t):
    """Store the gradient reaching this non-leaf in its ``.grad`` (accumulating across calls)."""
    node = t.grad_fn
    if node._retain_hooks is None:
        node._retain_hooks = {}
        node_hooks_registered[0] = True
    node._retain_hooks[t._output_nr] = weakref.ref(t)
    if t._hooks is None:
        t._hooks = {}
    t._hooks["retain"] = True


def _checked(fn, grad, res):
    """A tensor hook's replacement gradient, refused as torch does if it is not like ``grad``."""
    from .._tensor import Tensor
    name = getattr(fn, "__name__", repr(fn))
    if not isinstance(res, Tensor):
        raise TypeError(f"expected Variable, but hook returned '{type(res).__name__}'")
    if res._data.dtype != grad._data.dtype:
        raise RuntimeError(f"hook '{name}' has changed the type of value (was {grad.type()} "
                           f"got {res.type()})")
    if res._data.shape != grad._data.shape:
        raise RuntimeError(f"hook '{name}' has changed the size of value")
    return res


def run_tensor_pre_hooks(node, grads):
    grads = list(grads)
    if node._tensor_pre_hooks is not None:
        for nr, fn in list(node._tensor_pre_hooks.values()):
            if grads[nr] is not None:
                res = fn(grads[nr])
                if res is not None:
                    grads[nr] = _checked(fn, grads[nr], res)
    if node._retain_hooks is not None:
        for nr, ref in node._retain_hooks.items():
            t = ref()
            g = grads[nr]
            if t is not None and g is not None and t.grad_fn is node:
                if t._grad is None:
                    t._grad = g.detach().clone() if not g.requires_grad else g.clone()
                else:
                    t._grad = t._grad + g
    return grads


def run_leaf_hooks(acc, grads):
    t = acc.variable
    if t._hooks is not None and t._hooks.get("pre"):
        g = grads[0]
        for fn in list(t._hooks["pre"].values()):
            res = fn(g)
            if res is not None:
                g = _checked(fn, g, res)
        grads = [g]
    return grads


# CPython up to 3.13 with the GIL counts every reference, so a low count proves only the engine
# holds a gradient; 3.14 borrows stack references and free-threaded builds defer counting.
COUNTS_PROVE_OWNERSHIP = (sys.version_info < (3, 14)
                          and getattr(sys, "_is_gil_enabled", lambda: True)())


def _exclusively_ours(g):
    """True if nothing but the engine refers to gradient ``g`` or its array, so it may be kept.

    References to ``g``: the engine's buffer list, our caller's argument, this argument,
    getrefcount's; to its array: ``g``, the local ``arr``, getrefcount's. A view covering all of
    its base (a transposed-back matmul gradient) qualifies when only the view holds the base.
    """
    arr = g._data
    return (COUNTS_PROVE_OWNERSHIP and sys.getrefcount(g) <= 4 and sys.getrefcount(arr) <= 3
            and (arr.base is None or _whole_private_view(g, arr)) and arr.flags.writeable
            and g.grad_fn is None and type(g).__name__ == "Tensor")


def _whole_private_view(g, arr):
    """True for a C-contiguous view of all of an array that only ``g`` reaches.

    References to the base array: ``arr``'s, this local, getrefcount's, and those through the
    view op's input tensor ``g._base``, which only ``g`` may hold: its array is the base (two
    with the local ``held``) or a view of it that only that tensor holds (one).
    """
    base, owner, through = arr.base, g._base, 0
    if owner is not None:
        if sys.getrefcount(owner) > 3:  # g's link, this local, getrefcount's
            return False
        held = owner._data
        if held is base:
            through = 2
        elif held.base is base and sys.getrefcount(held) <= 3:
            through = 1
        else:
            return False
    return (type(base) is type(arr) and arr.flags.c_contiguous and base.flags.c_contiguous
            and arr.size == base.size and arr.dtype == base.dtype
            and sys.getrefcount(base) <= 3 + through)


def run_accumulate(acc, g, create_graph):
    """Add ``g`` into the leaf's .grad: in place when possible, out of place under create_graph."""
    t = acc.variable
    old = t._grad
    if accumulate_observer is not None:
        accumulate_observer(t, g)
    if old is None:
        if create_graph:
            t._grad = _copy(g)
        elif _exclusively_ours(g):
            t._grad = g if g._base is None else g._make(g._data)  # .grad is never a view
        else:  # a detached copy: g.detach().clone() without going through the op table
            t._grad = g._make(g._data.copy())
    elif create_graph:
        t._grad = old + g
    else:  # grad mode is off: torch adds in place, even into a .grad that has a grad_fn
        data = old._data
        if data.shape == g._data.shape and data.flags.writeable:
            data += g._data
            old._bump_version()
        else:
            t._grad = old + g
    if t._hooks is not None and t._hooks.get("post"):
        for fn in list(t._hooks["post"].values()):
            fn(t)
