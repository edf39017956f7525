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


def spec_repr(spec, indent=0):
    """torch's ``TreeSpec`` repr of a spec, for messages that print a tree's structure."""
    if spec is None:
        return "*"
    kind, children = spec
    if kind is dict:
        context, children = repr([k for k, _ in children]), [c for _, c in children]
    elif hasattr(kind, "_fields"):
        context = repr(kind).replace("<class 'chainrule.", "<class 'torch.")
    else:
        context = "None"
    name = "namedtuple" if hasattr(kind, "_fields") else kind.__name__
    indent += 2
    body = ",".join(("\n" + " " * indent if i else "") + spec_repr(c, indent)
                    for i, c in enumerate(children))
    return f"TreeSpec({name}, {context}, [{body}])"


def spec_pprint(spec):
    """torch's ``treespec_pprint``: the tree drawn with ``*`` for each leaf."""
    if spec is None:
        return "*"
    kind, children = spec
    if kind is dict:
        return "{" + ", ".join(f"{k!r}: {spec_pprint(c)}" for k, c in children) + "}"
    if hasattr(kind, "_fields"):
        return kind.__name__ + "(" + ", ".join(
            f"{f}={spec_pprint(c)}" for f, c in zip(kind._fields, children)) + ")"
    body = ", ".join(spec_pprint(c) for c in children)
    if kind is list:
        return f"[{body}]"
    return f"({body},)" if len(children) == 1 else f"({body})"
