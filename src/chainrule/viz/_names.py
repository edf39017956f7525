"""Names for tensors in pictures and derivations: given ones first, then the caller's variables."""

import sys


def caller_names():
    """Map id(tensor) -> variable name in the nearest frame outside chainrule.

    Users write ``explain(y, x)``; reading their locals lets the text say ``x`` and ``y``.
    """
    from .._tensor import Tensor
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith("chainrule"):
        frame = frame.f_back
    if frame is None:
        return {}
    names = {}
    for name, value in frame.f_locals.items():
        if isinstance(value, Tensor) and not name.startswith("_"):
            names.setdefault(id(value), name)
    return names


def merged(params):
    """Return id -> name from ``params`` ({name: tensor}), filled in from the caller's frame."""
    names = caller_names()
    for name, tensor in (params or {}).items():
        names[id(tensor)] = name
    return names
