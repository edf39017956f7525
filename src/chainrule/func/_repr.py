"""How tensors print inside torch.func transforms: torch's BatchedTensor/GradTrackingTensor.

torch wraps a tensor once per transform layer; chainrule keeps only vmap's wrapper, so the
grad and jvp layers a tensor belongs to are found from its history and tangents. ``lvl`` is
the layer's depth among the running transforms, counted from 1, as torch numbers them.
"""

from ..autograd.forward_ad import state

grad_layers = {}  # id of a grad/vjp stand-in (leaf tensor or alias node) -> its layer's level
jvp_layers = set()  # forward levels opened by func.jvp (dual_level's are not layers)


def wrapped_repr(t, below=None):
    """torch's repr of ``t`` inside transforms, or None when no running layer holds it."""
    from ._batching import BatchedTensor
    batch = t._level if isinstance(t, BatchedTensor) and (below is None or t._level < below) \
        else None
    level = _tracking_level(t, below)
    if level is not None and (batch is None or level > batch):
        return (f"GradTrackingTensor(lvl={_depth(level)}, value=\n    "
                + _indent(_inner_repr(t, level)) + "\n)")
    if batch is None:
        return None
    bdim = getattr(t, "_bdim", 0)
    value = t._value
    if bdim:
        from .._ops.shape import movedim
        value = _plain(movedim(value, 0, bdim)) if not isinstance(value, BatchedTensor) \
            else value
    return (f"BatchedTensor(lvl={_depth(batch)}, bdim={bdim}, value=\n    "
            + _indent(_inner_repr(value, batch)) + "\n)")


def _inner_repr(t, below):
    text = wrapped_repr(t, below)
    if text is not None:
        return text
    from .._tensor_str import tensor_repr
    return tensor_repr(_plain(t), wrapped=False)


def _plain(t):
    """``t`` without the history that belongs to transform layers (their wrappers hold it)."""
    from .._tensor import Tensor
    from ._batching import BatchedTensor
    if isinstance(t, BatchedTensor) or not (t._rg or t._fw):
        return t
    if _tracking_level(t, None) is None:
        return t
    return Tensor._make(t._data)


def _tracking_level(t, below):
    """The innermost grad/jvp layer (below ``below``) whose inputs ``t`` depends on."""
    from ._batching import BatchedTensor
    found = [lv for lv in (t._fw or {}) if lv in jvp_layers and lv in state.layers]
    if grad_layers:
        while isinstance(t, BatchedTensor):
            t = t._value
        found.append(grad_layers.get(id(t)))
        stack, seen = [t.grad_fn], set()
        while stack:  # the whole history: printing is rare, layers may sit anywhere in it
            node = stack.pop()
            if node is None or id(node) in seen:
                continue
            seen.add(id(node))
            var = getattr(node, "variable", None)
            found.append(grad_layers.get(id(node) if var is None else id(var)))
            stack.extend(n for n, _ in node.next_functions)
    found = [lv for lv in found if lv is not None and (below is None or lv < below)]
    return max(found) if found else None


def _depth(level):
    return state.layers.index(level) + 1 if level in state.layers else level


def _indent(text):
    return text.replace("\n", "\n    ")
