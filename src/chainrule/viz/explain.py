"""explain(): the chain rule for one gradient, path by path, with the numbers at this point."""

import numpy as np

from .._ops._registry import edge_of
from .._tensor import Tensor
from ..autograd import _make_grads, grad
from ..autograd.engine import _validate, execute
from ..autograd.grad_mode import no_grad
from ..autograd.graph import AccumulateGrad
from . import _format
from ._names import merged
from ._symbols import ELEMENTWISE, describe
from ._text import Explanation
from ._walk import leads_to, reachable

MAX_STEPS_SHOWN = 40
FREED = ("explain() needs the graph of {out}, but backward() already freed its saved tensors. "
         "Call chainrule.explain({out}, {wrt}) before {out}.backward(), or pass "
         "retain_graph=True to backward(); {wrt}.explain_grad() shows how {wrt}.grad was "
         "accumulated.")


def explain(output, wrt, gradient=None, *, names=None, max_paths=16):
    """Spell out d(output)/d(wrt): every path, its local derivatives, and their sum.

    The sum over paths equals what autograd computes. For a non-scalar output pass
    ``gradient=v``, as for ``backward``: the result is the vector-Jacobian product vᵀJ.
    ``wrt`` may be one tensor or a sequence; ``names`` ({name: tensor}) labels tensors,
    otherwise the caller's variable names are used. The graph is left intact.

    >>> x = chainrule.tensor(3., requires_grad=True)
    >>> e = chainrule.explain(3 * x**2 + 4 * x + 2, x)
    >>> e.grad, e.total
    (tensor(22.), tensor(22.))
    """
    label = merged(names)
    targets = list(wrt) if isinstance(wrt, (list, tuple)) else [wrt]
    parts = [_Derivation(output, w, gradient, label, max_paths).run() for w in targets]
    if len(parts) == 1:
        return parts[0]
    return Explanation("\n\n".join(p.text for p in parts), parts=parts)


class _Derivation:
    """The state of one explanation: names, graph, paths and the text being written."""

    def __init__(self, output, wrt, gradient, label, max_paths):
        if not isinstance(output, Tensor) or not isinstance(wrt, Tensor):
            raise TypeError("explain() expects Tensors for output and wrt")
        self.output, self.wrt, self.max_paths = output, wrt, max_paths
        self.out_name = label.get(id(output), "y")
        self.wrt_name = label.get(id(wrt), "x")
        self.label = label
        if not output.requires_grad:
            raise RuntimeError(
                "element 0 of tensors does not require grad and does not have a grad_fn")
        if not wrt.requires_grad:
            raise RuntimeError("One of the differentiated Tensors does not require grad")
        self.seed = _make_grads([output], [gradient])[0]
        self.lines = []
        self.constants = False
        self.mode = "paths"

    def run(self):
        """Compute autograd's answer, then the paths, and write the text."""
        out, wrt = self.output, self.wrt
        try:
            (auto,) = grad(out, wrt, self.seed, retain_graph=True, allow_unused=True)
        except RuntimeError as err:
            if "backward through the graph a second time" not in str(err):
                raise
            raise RuntimeError(FREED.format(out=self.out_name, wrt=self.wrt_name)) from err
        self._header(auto)
        root = edge_of(out)
        target = edge_of(wrt)
        nodes = reachable([root[0]])
        on_path = leads_to(nodes, target[0]) if target[0] in set(nodes) else set()
        if not on_path:
            self.lines.append(f"{self.out_name} does not depend on {self.wrt_name}: no path of "
                              f"its graph reaches {self.wrt_name}, so the gradient is None.")
            return self._finish(auto, None, [])
        self._name_nodes(nodes)
        counts = _count_paths(nodes, on_path, target[0])
        if counts[root[0]] <= self.max_paths:
            contributions = self._paths(root, target, on_path)
        else:
            contributions = self._uses(root, target, on_path, counts[root[0]])
        total = contributions[0]
        for c in contributions[1:]:
            total = total + c
        return self._finish(auto, total, contributions)

    # --- text -------------------------------------------------------------------------
    def _header(self, auto):
        out, wrt, o, w = self.output, self.wrt, self.out_name, self.wrt_name
        at = _format.inline(wrt._data)
        self.lines.append(f"d{o}/d{w} at {w} = {at} (where {o} = {_format.inline(out._data)})")
        if out.numel() != 1 or self.seed._data.shape != ():
            v = _format.inline(self.seed._data)
            self.lines.append(
                f"{o} has shape {_format.shape_text(out.shape)}, so backward(gradient=v) "
                f"computes the vector-Jacobian product vᵀJ with v = {v}; J = d{o}/d{w} itself "
                "is never built.")
            if out.numel() * wrt.numel() <= 36 and auto is not None:
                jac = self._jacobian()
                rows = _format.values(jac, limit=36).replace("\n", "\n    ")
                self.lines.append(f"Here J ({out.numel()}×{wrt.numel()}) =\n    {rows}\n"
                                  f"and vᵀJ = {_format.inline(auto._data)}.")

    def _jacobian(self):
        """Rows of J by one backward pass per output element (small cases only)."""
        out, wrt = self.output, self.wrt
        rows = []
        for k in range(out.numel()):
            onehot = np.zeros(out.numel(), dtype=out._data.dtype)
            onehot[k] = 1
            v = Tensor._make(onehot.reshape(out._data.shape))
            (g,) = grad(out, wrt, v, retain_graph=True, allow_unused=True, materialize_grads=True)
            rows.append(g._data.reshape(-1))
        return np.stack(rows)

    def _finish(self, auto, total, contributions):
        if self.constants:
            self.lines.append("(c stands for an input that needs no gradient: a constant.)")
        word = "path" if self.mode == "paths" else "use"
        if len(contributions) == 1:
            self.lines.append(f"one {word}, so its contribution is the whole gradient")
        elif contributions:
            terms = " + ".join(_format.inline(c._data) for c in contributions)
            self.lines.append(f"sum over {len(contributions)} {word}s: {terms} = "
                              f"{_format.inline(total._data)}")
        if total is not None:
            if np.array_equal(total._data, auto._data):
                agree = "equal"
            elif np.allclose(total._data, auto._data, rtol=1e-5, atol=1e-6):
                agree = "equal up to rounding: autograd adds before multiplying"
            else:
                agree = "DIFFERENT: autograd also ran hooks, which this derivation leaves out"
            self.lines.append(f"autograd's gradient: {_format.inline(auto._data)} ({agree})")
        else:
            self.lines.append("autograd's gradient: None")
        return Explanation("\n".join(self.lines), grad=auto, total=total,
                           contributions=contributions)

    # --- names ------------------------------------------------------------------------
    def _name_nodes(self, nodes):
        """Name intermediate results u1, u2, … in the order they were computed."""
        self.names = {}
        ops = sorted((n for n in nodes if not isinstance(n, AccumulateGrad)), key=lambda n: n._seq)
        for k, node in enumerate(ops):
            self.names[node] = f"u{k + 1}"
        self.names[self.output.grad_fn] = self.out_name
        leaves = 0
        for node in nodes:
            if isinstance(node, AccumulateGrad):
                t = node.variable
                if t is self.wrt:
                    self.names[node] = self.wrt_name
                elif id(t) in self.label:
                    self.names[node] = self.label[id(t)]
                else:
                    leaves += 1
                    self.names[node] = f"leaf{leaves}"
        if self.wrt.grad_fn is not None:
            self.names[self.wrt.grad_fn] = self.wrt_name

    def _input_names(self, node):
        """Names of a node's inputs: results, leaves, or saved constants when known."""
        op = getattr(type(node), "_op", None)
        saved = getattr(node, "_saved", None) or {}
        out = []
        for i, (nxt, nr) in enumerate(node.next_functions):
            if nxt is not None:
                meta = getattr(nxt, "_out_meta", None)
                suffix = f"[{nr}]" if meta is not None and len(meta) > 1 else ""
                out.append(self.names.get(nxt, "?") + suffix)
                continue
            value = saved.get(op.input_names[i]) if op is not None and \
                i < len(op.input_names) else None
            if isinstance(value, (int, float)):
                out.append(_format.number(value))
            elif hasattr(value, "tensor") and value.tensor._data.size <= 4:
                out.append(_format.inline(value.tensor._data))
            elif hasattr(value, "_data") and value._data.size <= 4:  # a tensor saved bare
                out.append(_format.inline(value._data))
            else:
                out.append("c")
        return out

    # --- computing --------------------------------------------------------------------
    def _paths(self, root, target, on_path):
        """Push the seed down every path separately; each path's result is its contribution."""
        # Steps are kept as linked (step, earlier) pairs so each push is O(1), whatever the depth.
        stack = [(root[0], root[1], self.seed, None)]
        found = []
        with no_grad():
            while stack:
                node, nr, v, steps = stack.pop()
                if node is target[0]:
                    found.append((_unlink(steps), v))
                    continue
                outs = self._apply(node, nr, v)
                local = None
                for j in reversed(range(len(node.next_functions))):
                    nxt, nxt_nr = node.next_functions[j]
                    if nxt is None or nxt not in on_path or outs[j] is None:
                        continue
                    if local is None:
                        local = self._local(node, nr)
                    g = _validate(nxt, nxt_nr, outs[j], node)
                    stack.append((nxt, nxt_nr, g, ((node, j, local[j], g), steps)))
        contributions = []
        for k, (steps, v) in enumerate(found):
            chain = " ← ".join([self.out_name] + [self._name_of(s[0].next_functions[s[1]][0])
                                                   for s in steps])
            self.lines.append(f"path {k + 1} of {len(found)}: {chain}")
            self._steps(steps)
            if 1 < len(steps) <= MAX_STEPS_SHOWN and self.seed._data.shape == () and \
                    all(s[2] is not None and s[2]._data.size == 1 for s in steps):
                factors = " × ".join(_format.inline(s[2]._data) for s in steps)
                self.lines.append(f"  product: {factors} = {_format.inline(v._data)}")
            else:
                self.lines.append(f"  contribution: {_format.inline(v._data)}")
            contributions.append(v)
        return contributions

    def _steps(self, steps):
        shown = steps
        if len(steps) > MAX_STEPS_SHOWN:
            half = MAX_STEPS_SHOWN // 2
            shown = steps[:half] + [None] + steps[-half:]
        for step in shown:
            if step is None:
                self.lines.append(f"  … {len(steps) - MAX_STEPS_SHOWN:,} more steps …")
                continue
            node, j, local, carried = step
            names = self._input_names(node)
            forward, rules, elementwise = describe(node, names)
            o, a = self._name_of(node), names[j]
            text = f"  d{o}/d{a} = d/d{a} ({forward}) = {rules[j]}"
            if names.count(a) > 1:
                text = f"  d{o}/d{a} (as argument {j + 1}) = d/d{a} ({forward}) = {rules[j]}"
            self.constants |= "c" in names
            if elementwise and local is not None:
                text += f" = {_format.inline(local._data)}"
            else:
                text += f"; carries {_format.inline(carried._data)}"
            self.lines.append(f"{text}   ({node.name()})")

    def _uses(self, root, target, on_path, n_paths):
        """Too many paths: split the gradient by each use of wrt instead (same total)."""
        self.mode = "uses"
        self.lines.append(f"{n_paths:,} paths lead from {self.out_name} to {self.wrt_name}; too "
                          f"many to list, so here is what each op that uses {self.wrt_name} "
                          "passes back to it.")
        users = [n for n in on_path if any(m is target[0] for m, _ in n.next_functions)]
        users.sort(key=lambda n: n._seq)
        edges = [(u, nr) for u in users for nr in range(len(u._out_meta or (None,)))]
        captured = execute([root], [self.seed], True, False, targets=edges, accumulate=False)
        contributions = []
        with no_grad():
            for u in users:
                grads = [captured.get((u, nr)) for nr in range(len(u._out_meta or (None,)))]
                outs = u.apply(grads)
                forward = describe(u, self._input_names(u))[0]
                for j, (m, m_nr) in enumerate(u.next_functions):
                    if m is target[0] and outs[j] is not None:
                        g = _validate(m, m_nr, outs[j], u)
                        self.lines.append(f"  {self._name_of(u)} = {forward} ({u.name()}) "
                                          f"passes back {_format.inline(g._data)}")
                        contributions.append(g)
        return contributions

    def _apply(self, node, nr, v):
        grads = [None] * len(getattr(node, "_out_meta", None) or (None,))
        grads[nr] = v
        return node.apply(grads)

    def _local(self, node, nr):
        """Local derivative per input of an element-wise op: its rule applied to ones."""
        meta = getattr(node, "_out_meta", None)
        if meta is None or node.name() not in ELEMENTWISE:
            return [None] * len(node.next_functions)
        shape, dtype = meta[nr]
        ones = Tensor._make(np.ones(shape, dtype=dtype))
        return list(self._apply(node, nr, ones))

    def _name_of(self, node):
        return self.names.get(node, "?")


def _unlink(steps):
    """Turn linked (step, earlier) pairs into the list of steps from the output down."""
    out = []
    while steps is not None:
        step, steps = steps
        out.append(step)
    out.reverse()
    return out


def _count_paths(nodes, on_path, target):
    """Number of distinct paths from each node to ``target`` (dynamic programming, no recursion)."""
    counts = {target: 1}
    pending = [n for n in nodes if n in on_path and n is not target]
    order = _postorder(pending, on_path, target)
    for node in order:
        counts[node] = sum(counts.get(m, 0) for m, _ in node.next_functions if m in on_path)
    return counts


def _postorder(nodes, on_path, target):
    """Nodes on the paths, each after all the nodes it feeds gradients into."""
    done = {target}
    order = []
    for start in nodes:
        if start in done:
            continue
        stack = [(start, False)]
        while stack:
            node, expanded = stack.pop()
            if expanded:
                if node not in done:
                    done.add(node)
                    order.append(node)
                continue
            if node in done:
                continue
            stack.append((node, True))
            for m, _ in node.next_functions:
                if m is not None and m in on_path and m not in done:
                    stack.append((m, False))
    return order
