"""The backward executor: dependency counts, a ready heap in creation order, per-node buffers.

Nothing here recurses, so graphs of any depth run. Each node runs once, after every node that
feeds it; its saved tensors are released right after unless the graph is retained.
"""

import heapq
import sys
import threading

from . import anomaly_mode
from .grad_mode import state as grad_state
from .graph import AccumulateGrad, node_hooks_registered
from .hooks import COUNTS_PROVE_OWNERSHIP, run_accumulate, run_leaf_hooks, run_tensor_pre_hooks


class _Task:
    """One running backward pass, as seen by hooks: which nodes it reaches (graph-task state)."""

    def __init__(self, reachable, needed):
        self.reachable = reachable
        self.needed = needed
        self.scratch = {}

    def will_run(self, tensor):
        """True if this pass computes a gradient for ``tensor`` (torch: will_engine_execute)."""
        from .._ops._registry import edge_of
        node = edge_of(tensor)[0]
        return node in self.reachable and (self.needed is None or node in self.needed)


class _Tasks(threading.local):
    stack = ()


_tasks = _Tasks()


def current_task():
    """Return the innermost backward pass running in this thread, or None."""
    return _tasks.stack[-1] if _tasks.stack else None


def _collect(roots):
    """Count, for every node reachable from ``roots``, how many edges point at it."""
    deps = {}
    if len(roots) == 1:  # backward() of one tensor: no duplicates to drop
        stack = [] if roots[0] is None else [roots[0]]
    else:
        stack = list(dict.fromkeys(n for n in roots if n is not None))  # outputs may share a node
    starts = set(stack)
    get = deps.get
    while stack:
        node = stack.pop()
        for nxt, _ in node.next_functions:
            if nxt is not None:
                count = get(nxt)
                if count is None:  # first edge into nxt: walk on from it
                    deps[nxt] = 1
                    if nxt not in starts:
                        stack.append(nxt)
                else:
                    deps[nxt] = count + 1
    return deps, starts.union(deps)


def _needed(nodes, targets):
    """Nodes on some path to a target (torch's init_to_execute), found without recursion."""
    needed = set(targets)
    order = []
    stack = [(n, False) for n in nodes]
    visited = set()
    while stack:
        node, done = stack.pop()
        if done:
            order.append(node)
            continue
        if node in visited:
            continue
        visited.add(node)
        stack.append((node, True))
        for nxt, _ in node.next_functions:
            if nxt is not None and nxt not in visited:
                stack.append((nxt, False))
    for node in order:  # children come before parents in this post-order
        if node not in needed and any(n in needed for n, _ in node.next_functions):
            needed.add(node)
    return needed


def execute(roots, root_grads, retain_graph, create_graph, targets=None, accumulate=True):
    """Run backward from ``roots`` (edges) seeded with ``root_grads``.

    ``targets`` maps edges whose incoming gradient should be captured (autograd.grad);
    captured edges stop there. Returns the captured gradients, keyed like ``targets``.
    """
    root_nodes = [e[0] for e in roots]
    deps, reachable = _collect(root_nodes)
    buffers = {}
    for (node, nr), g in zip(roots, root_grads):
        if node is None:
            continue
        buf = buffers.get(node)
        if buf is None:
            buf = buffers[node] = [None] * _n_outputs(node)
        if g is not None:  # an undefined seed (gradcheck's undefined-grad check) adds nothing
            buf[nr] = g if buf[nr] is None else buf[nr] + g
    captured = {}
    capture_nodes = {}
    if targets is not None:
        for node, nr in targets:
            if node is not None:  # a view made under no_grad: nothing flows into it
                capture_nodes.setdefault(node, set()).add(nr)
    runnable = needed = None
    if targets is not None:
        needed = _needed([n for n in root_nodes if n is not None], capture_nodes)
        runnable = {n for n in needed if any(c in needed for c, _ in n.next_functions)}
    _tasks.stack = _tasks.stack + (_Task(reachable, needed),)
    heap = [(-n._seq, n) for n in buffers if deps.get(n, 0) == 0]  # seqs are unique
    heapq.heapify(heap)
    prev_mode = grad_state.enabled
    grad_state.enabled = bool(create_graph)
    heappop, heappush = heapq.heappop, heapq.heappush
    selective = needed is not None or bool(capture_nodes)  # autograd.grad / backward(inputs=)
    anomaly = anomaly_mode.state.enabled
    hooked = node_hooks_registered
    try:
        while heap:
            node = heappop(heap)[1]
            grads = buffers.pop(node, None)
            if grads is None:
                continue
            if selective and needed is not None and node not in needed:
                continue  # off every path to an input of grad(): torch runs none of its hooks
            if type(node) is AccumulateGrad:
                if grads[0] is not None:
                    _accumulate(node, grads, capture_nodes, captured, accumulate, targets,
                                create_graph)
                continue
            if hooked[0] and (node._tensor_pre_hooks is not None
                              or node._retain_hooks is not None):
                grads = run_tensor_pre_hooks(node, grads)
            if selective:
                if capture_nodes and node in capture_nodes:
                    for nr in capture_nodes[node]:
                        captured[(node, nr)] = grads[nr]
                if runnable is not None and node not in runnable:
                    continue
            if hooked[0] and node._pre_hooks is not None:
                for hook in list(node._pre_hooks.values()):
                    res = hook(tuple(grads))
                    if res is not None:
                        grads = list(res)
            if grads[0] is None and all(g is None for g in grads) and not node.runs_ungraded:
                outs = [None] * len(node.next_functions)
            elif anomaly:
                outs = _call_with_anomaly(node, grads)
            else:
                outs = node.apply(grads)
            if hooked[0] and node._post_hooks is not None:
                for hook in list(node._post_hooks.values()):
                    res = hook(tuple(outs), tuple(grads))
                    if res is not None:
                        outs = list(res)
            if not retain_graph:
                node.release()
            for (nxt, nr), g in zip(node.next_functions, outs):
                if nxt is None:
                    continue
                if g is not None:
                    meta = nxt._out_meta  # (shape, dtype) per output; None for a leaf
                    gd = g._data
                    if meta is None:  # a leaf: compare with the tensor itself
                        vd = nxt.variable._data
                        if vd.dtype is not gd.dtype or vd.shape != gd.shape:
                            g = _validate(nxt, nr, g, node)
                    else:
                        expected = meta[nr]
                        if expected[1] is not gd.dtype or expected[0] != gd.shape:
                            g = _validate(nxt, nr, g, node)
                    buf = buffers.get(nxt)
                    if buf is None:
                        buf = buffers[nxt] = [None] * (1 if meta is None else len(meta))
                    old = buf[nr]
                    buf[nr] = g if old is None else _add(old, g, create_graph)
                elif nxt not in buffers:
                    buffers[nxt] = [None] * _n_outputs(nxt)
                left = deps[nxt] - 1
                deps[nxt] = left
                if left == 0:
                    heappush(heap, (-nxt._seq, nxt))
            # drop our references so a leaf may adopt its gradient uncopied
            outs = g = gd = vd = None
    finally:
        grad_state.enabled = prev_mode
        _tasks.stack = _tasks.stack[:-1]
    return captured


def _accumulate(node, grads, capture_nodes, captured, accumulate, targets, create_graph):
    """Run a leaf's AccumulateGrad: its hooks, capture for grad(), and the sum into .grad."""
    grads = run_leaf_hooks(node, grads)
    if capture_nodes and node in capture_nodes:
        captured[(node, 0)] = grads[0]
    if accumulate and (targets is None or node in capture_nodes):
        if node._pre_hooks is not None:  # node hooks on the leaf's AccumulateGrad
            for hook in list(node._pre_hooks.values()):
                res = hook(tuple(grads))
                if res is not None:
                    grads = list(res)
        run_accumulate(node, grads[0], create_graph)
        if node._post_hooks is not None:
            for hook in list(node._post_hooks.values()):
                hook((), tuple(grads))


def _n_outputs(node):
    meta = node._out_meta
    return 1 if meta is None else len(meta)


def _call_with_anomaly(node, grads):
    """Run a node; on error or NaN, warn with the forward stack that created it (torch's text)."""
    import warnings
    try:
        outs = node.apply(grads)
        if anomaly_mode.state.check_nan:
            import numpy as np
            for i, g in enumerate(outs):
                if g is not None and np.isnan(g._data).any():
                    raise RuntimeError(
                        f"Function '{node.name()}' returned nan values in its {i}th output.")
    except Exception:
        trace = node._anomaly_trace or "(no forward trace recorded)\n"
        warnings.warn(f"Error detected in {node.name()}. Traceback of forward call that caused "
                      f"the error:\n{trace}", UserWarning, stacklevel=2)
        raise
    return outs


def _add(a, b, create_graph):
    """Sum two gradients for one input; in place only into a buffer the engine made.

    ``a`` is ours when only the buffer, the caller's ``old``, this argument and getrefcount
    hold it, and its array is held only by ``a``, the local ``arr`` and getrefcount.
    """
    arr = a._data
    if (not create_graph and COUNTS_PROVE_OWNERSHIP and sys.getrefcount(a) <= 4
            and sys.getrefcount(arr) <= 3
            and arr.base is None and arr.flags.writeable and type(a).__name__ == "Tensor"
            and a.grad_fn is None and arr.shape == b._data.shape and arr.dtype == b._data.dtype
            and not a._fw and not b._fw):  # an array add would drop forward-mode tangents
        arr += b._data
        return a
    return a + b


def _validate(nxt, nr, g, node):
    """Reduce a broadcast gradient to the input's shape and cast it to the input's dtype."""
    meta = nxt._out_meta
    if meta is None:
        var = nxt.variable
        shape, dtype = var._data.shape, var._data.dtype
    else:
        shape, dtype = meta[nr]
    gd = g._data
    if gd.shape != shape:
        from .._ops.shape import sum_to
        try:
            g = sum_to(g, shape)
        except RuntimeError:
            raise RuntimeError(
                f"Function {node.name()} returned an invalid gradient at index {nr} - got "
                f"[{', '.join(map(str, gd.shape))}] but expected shape compatible with "
                f"[{', '.join(map(str, shape))}]") from None
    if g._data.dtype != dtype:
        if g._data.dtype.kind == "c" and dtype.kind != "c":  # a real input takes the real part
            from .._ops.compat_complex import real
            g = real(g)
        g = g.to(_dtype_of(dtype))
    return g


def _dtype_of(np_dtype):
    from .._dtype import FROM_NUMPY
    return FROM_NUMPY[np_dtype]
