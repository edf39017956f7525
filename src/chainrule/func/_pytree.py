"""Flatten nested tuples, lists and dicts of tensors to a list and back (torch.utils._pytree)."""


def tree_flatten(tree):
    """Return the leaves of ``tree`` in order and a spec that rebuilds it."""
    leaves = []
    return leaves, _flatten(tree, leaves)


def _flatten(tree, leaves):
    if isinstance(tree, (tuple, list)):
        return (type(tree), [_flatten(x, leaves) for x in tree])
    if isinstance(tree, dict):
        return (dict, [(k, _flatten(v, leaves)) for k, v in tree.items()])
    leaves.append(tree)
    return None


def tree_unflatten(leaves, spec):
    """Rebuild a tree from ``leaves`` and the spec ``tree_flatten`` returned."""
    it = iter(leaves)
    return _build(spec, it)


def _build(spec, it):
    if spec is None:
        return next(it)
    kind, children = spec
    if kind is dict:
        return {k: _build(c, it) for k, c in children}
    items = [_build(c, it) for c in children]
    if hasattr(kind, "_fields"):
        return kind(*items)
    return kind(items)


def tree_map(fn, tree):
    """Apply ``fn`` to every leaf of ``tree``."""
    leaves, spec = tree_flatten(tree)
    return tree_unflatten([fn(x) for x in leaves], spec)
