"""draw(): a picture of the backward graph with values, gradients and saved tensors."""

from .._ops._registry import _RELEASED, edge_of
from .._tensor import Tensor
from ..autograd.graph import AccumulateGrad, SavedResult, SavedTensor
from . import _format
from ._collapse import fold_chains
from ._names import merged
from ._picture import Box, Graph
from ._walk import reachable


def draw(*outputs, params=None, show_values=True, show_grads=True, show_saved=False,
         max_nodes=300):
    """Draw the graph that backward would walk from ``outputs``, one box per node and leaf.

    Leaves are named from ``params`` ({name: tensor}, e.g. ``dict(model.named_parameters())``)
    or from the caller's variables. Graphs with more than ``max_nodes`` nodes fold repeated
    chains of ops into one box each.

    >>> x = chainrule.tensor(3., requires_grad=True)
    >>> print(chainrule.viz.draw(x * 2).boxes[1].label)
    MulBackward0
    [] float32
    """
    names = merged(params)
    builder = _Builder(names, show_values, show_grads, show_saved)
    roots = []
    for k, out in enumerate(outputs):
        if not isinstance(out, Tensor):
            raise TypeError(f"draw() expects Tensors, but got {type(out).__name__}")
        roots.append(builder.output(out, k))
    nodes = reachable([r for r in roots if r is not None])
    member, groups = fold_chains(nodes) if len(nodes) > max_nodes else ({}, [])
    ids = {}
    for k, (motif, repeats, members) in enumerate(groups):
        builder.collapsed(f"g{k}", motif, repeats, members)
    for node in nodes:
        group = member.get(node)
        if group is not None:
            ids[node] = f"g{group}"
        else:
            ids[node] = builder.node(node)
    builder.connect(nodes, ids, roots)
    return Graph(builder.boxes, builder.edges)


class _Builder:
    """Collects boxes and edges while the graph is walked."""

    def __init__(self, names, show_values, show_grads, show_saved):
        self.names = names
        self.show_values = show_values
        self.show_grads = show_grads
        self.show_saved = show_saved
        self.boxes = []
        self.edges = []
        self.output_ids = []

    def _add(self, lines, kind):
        box = Box(f"n{len(self.boxes)}", lines, kind)
        self.boxes.append(box)
        return box.id

    def _tensor_lines(self, t, name):
        lines = [name, f"{_format.shape_text(t.shape)} {_format.dtype_name(t._data.dtype)}"]
        if self.show_values:
            lines.insert(1, _format.values(t._data))
        if self.show_grads and t._grad is not None:
            lines.append("grad: " + _format.values(t._grad._data))
        return lines

    def output(self, t, k):
        """Add a box for an output tensor; return the node its gradient enters (or None)."""
        name = self.names.get(id(t), f"output {k}" if k else "output")
        if t.grad_fn is None:
            self.output_ids.append(None)
            if t.requires_grad:
                return edge_of(t)[0]
            self._add(self._tensor_lines(t, name) + ["(no grad_fn: nothing to draw)"], "output")
            return None
        self.output_ids.append(self._add(self._tensor_lines(t, name), "output"))
        return t.grad_fn

    def node(self, node):
        """Add a box for one backward node (a leaf box for AccumulateGrad)."""
        if isinstance(node, AccumulateGrad):
            t = node.variable
            return self._add(self._tensor_lines(t, self.names.get(id(t), "(leaf)")), "leaf")
        lines = [node.name()]
        for shape, dtype in getattr(node, "_out_meta", None) or ():
            lines.append(f"{_format.shape_text(shape)} {_format.dtype_name(dtype)}")
        box = self._add(lines, "node")
        if self.show_saved:
            self._saved(node, box)
        return box

    def collapsed(self, id, motif, repeats, members):
        """Add one box standing for ``repeats`` copies of a chain of ops."""
        lines = [f"{' → '.join(motif)}", f"× {repeats:,} ({len(members):,} nodes folded)"]
        self.boxes.append(Box(id, lines, "collapsed"))

    def _saved(self, node, box):
        saved = getattr(node, "_saved", None)
        if saved is _RELEASED:
            self.edges.append((self._add(["saved tensors freed by backward"], "saved"), box,
                               {"style": "dashed"}))
            return
        if not isinstance(saved, dict):
            return
        for name, value in sorted(saved.items()):
            lines = [f"saved {name}"] + _saved_lines(value, self.show_values)
            self.edges.append((self._add(lines, "saved"), box, {"style": "dashed"}))

    def connect(self, nodes, ids, roots):
        """Add output→node and node→input edges, merging repeats from folded groups."""
        for box, root in zip(self.output_ids, roots):
            if box is not None:
                self.edges.append((box, ids[root], {}))
        counts = {}
        order = []
        for node in nodes:
            src = ids[node]
            for nxt, nr in node.next_functions:
                if nxt is None:
                    continue
                dst = ids[nxt]
                if src == dst and src.startswith("g"):
                    continue
                outputs = getattr(nxt, "_out_meta", None)
                label = f"output {nr}" if outputs and len(outputs) > 1 else ""
                # Edges out of a folded group merge; any other edge is drawn, duplicates too.
                key = (src, dst, label) if src.startswith("g") else (src, dst, label, len(order))
                if key not in counts:
                    order.append(key)
                counts[key] = counts.get(key, 0) + 1
        for key in order:
            attrs = {"label": key[2]} if key[2] else {}
            if counts[key] > 1:
                attrs["label"] = (key[2] + " " if key[2] else "") + f"× {counts[key]:,}"
            self.edges.append((key[0], key[1], attrs))


def _saved_lines(value, show_values):
    """Describe a saved value without unpacking it (no version check, works on any graph)."""
    if isinstance(value, tuple) and value and isinstance(value[0], SavedTensor):
        return [f"{len(value)} tensors"]
    if isinstance(value, SavedTensor):
        array = value.tensor._data
    elif hasattr(value, "_data"):  # a tensor saved bare (version 0, no hooks)
        array = value._data
    elif isinstance(value, SavedResult):
        array = value.data
    else:
        return [repr(value)]
    lines = [f"{_format.shape_text(array.shape)} {_format.dtype_name(array.dtype)}"]
    if show_values:
        lines.insert(0, _format.values(array))
    return lines
