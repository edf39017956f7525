"""Iterative walks over backward graphs, shared by drawing and explaining (no recursion)."""


def reachable(roots):
    """Return every node reachable from ``roots``, parents before their inputs in visit order."""
    order = []
    seen = set()
    stack = [n for n in reversed(roots) if n is not None]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        for nxt, _ in reversed(node.next_functions):
            if nxt is not None and nxt not in seen:
                stack.append(nxt)
    return order


def leads_to(nodes, target):
    """Return the subset of ``nodes`` (from ``reachable``) that have a path to ``target``."""
    inputs = {n: [m for m, _ in n.next_functions if m is not None] for n in nodes}
    parents = {}
    for node, nexts in inputs.items():
        for m in nexts:
            parents.setdefault(m, []).append(node)
    found = {target}
    stack = [target]
    while stack:
        for parent in parents.get(stack.pop(), ()):
            if parent not in found:
                found.add(parent)
                stack.append(parent)
    return found
