"""Fold long chains of repeated ops into one box each, so big graphs stay readable."""

from ..autograd.graph import AccumulateGrad

MAX_MOTIF = 8


def fold_chains(nodes, min_repeats=3):
    """Return {node: group} for nodes inside repeated chain segments, and the groups.

    A chain is a run of ops each feeding exactly one op and fed by exactly one (edges to leaves
    are ignored); a group is ``(motif names, repeats, members)`` for a motif seen ``min_repeats``
    times or more in a row.
    """
    ops = [n for n in nodes if not isinstance(n, AccumulateGrad)]
    succ = {n: [m for m, _ in n.next_functions if m is not None
                and not isinstance(m, AccumulateGrad)] for n in ops}
    preds = {}
    for n in ops:
        for m in succ[n]:
            preds.setdefault(m, []).append(n)
    member = {}
    groups = []
    for head in ops:
        feeders = preds.get(head, ())
        if len(feeders) == 1 and len(succ[feeders[0]]) == 1:
            continue  # inside a chain that starts further up
        chain = [head]
        while len(succ[chain[-1]]) == 1 and len(preds[succ[chain[-1]][0]]) == 1:
            chain.append(succ[chain[-1]][0])
        for start, period, repeats in _segments([n.name() for n in chain], min_repeats):
            members = chain[start:start + period * repeats]
            group = (tuple(n.name() for n in members[:period]), repeats, members)
            for n in members:
                member[n] = len(groups)
            groups.append(group)
    return member, groups


def _segments(names, min_repeats):
    """Yield (start, period, repeats) for runs of a repeated motif of up to MAX_MOTIF names."""
    i = 0
    n = len(names)
    while i < n:
        best = None
        for period in range(1, MAX_MOTIF + 1):
            repeats = 1
            while (i + (repeats + 1) * period <= n
                   and names[i + repeats * period:i + (repeats + 1) * period]
                   == names[i:i + period]):
                repeats += 1
            if repeats >= min_repeats and (best is None or period * repeats > best[0] * best[1]):
                best = (period, repeats)
        if best is None:
            i += 1
            continue
        yield i, best[0], best[1]
        i += best[0] * best[1]
