"""Tensor hooks, retain_grad and gradient accumulation into leaves."""

import sys
import weakref

from .graph import RemovableHandle


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
    node._retain_hooks[t._output_nr] = weakref.ref(t)
    if t._hooks is None:
        t._hooks = {}
    t._hooks["retain"] = True


def run_tensor_pre_hooks(node, grads):
    grads = list(grads)
    if node._tensor_pre_hooks is not None:
        for nr, fn in list(node._tensor_pre_hooks.values()):
            if grads[nr] is not None:
                res = fn(grads[nr])
                if res is not None:
                    grads[nr] = res
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
                g = res
        grads = [g]
    return grads


def _exclusively_ours(g):
    """True if nothing but the engine refers to gradient ``g`` or its array, so it may be kept.

    References: the engine's buffer list, our caller's argument, this argument, getrefcount's.
    """
    arr = g._data
    return (sys.getrefcount(g) <= 4 and sys.getrefcount(arr) <= 2 and arr.base is None
            and arr.flags.writeable and g.grad_fn is None and type(g).__name__ == "Tensor")


def run_accumulate(acc, g, create_graph):
    """Add ``g`` into the leaf's .grad: in place when possible, out of place under create_graph."""
    t = acc.variable
    old = t._grad
    if old is None:
        if create_graph:
            t._grad = g
        elif _exclusively_ours(g):
            t._grad = g
        else:
            t._grad = g.detach().clone()
    elif create_graph or old.grad_fn is not None or g.grad_fn is not None:
        t._grad = old + g
    else:
        data = old._data
        if data.shape == g._data.shape and data.flags.writeable:
            data += g._data
            old._bump_version()
        else:
            t._grad = old + g
    if t._hooks is not None and t._hooks.get("post"):
        for fn in list(t._hooks["post"].values()):
            fn(t)
