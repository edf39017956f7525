"""torch's argument-parser wording for a wrong argument type, shared by the ops that check."""

from .._tensor import Tensor


def type_name(value, detailed=False):
    """How torch's parser names a value's type: ``Parameter``, ``numpy.ndarray``, ``list``;
    in detail, a tuple by its items (``tuple of (int, int)``)."""
    if isinstance(value, Tensor):
        return type(value).__name__
    if detailed and isinstance(value, tuple):
        inner = ", ".join(type_name(v) for v in value)
        return f"tuple of ({inner}{',' if len(value) == 1 else ''})"
    kind = type(value)
    return kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"


def require_tensor(fn, arg, position, value):
    """Raise torch's TypeError unless ``value`` (argument ``arg`` of ``fn``) is a tensor."""
    if not isinstance(value, Tensor):
        raise TypeError(f"{fn}(): argument '{arg}' (position {position}) must be Tensor, not "
                        f"{type_name(value)}")
