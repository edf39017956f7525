"""torch's TypeError when a binary function that takes only tensors gets a Python number
(``torch.maximum(t, 2.0)``, ``t.maximum(2.0)``) or when fmod/clamp get an argument mix no
overload accepts.

Importing this module wraps the listed public functions of the package and Tensor methods.
"""

import functools
import sys

from ._tensor import Tensor

_TENSOR_PAIR = ("atan2", "arctan2", "hypot", "logaddexp", "logaddexp2", "maximum", "minimum",
                "fmax", "fmin")
_OVERLOADS = {
    "fmod": (" * (Tensor input, Tensor other, *, Tensor out = None)\n"
             " * (Tensor input, Number other, *, Tensor out = None)\n"),
    "clamp": (" * (Tensor input, Tensor min = None, Tensor max = None, *, Tensor out = None)\n"
              " * (Tensor input, Number min = None, Number max = None, *, Tensor out = None)\n"),
}
_OVERLOADS["clip"] = _OVERLOADS["clamp"]


def _type_name(value):
    return "Tensor" if isinstance(value, Tensor) else type(value).__name__


def _pair_checked(fn, name):
    """``fn`` refusing an ``input`` or ``other`` that is not a tensor, with torch's message."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        for position, arg in enumerate(("input", "other")):
            if position < len(args):
                value, where = args[position], f" (position {position + 1})"
            elif arg in kwargs:
                value, where = kwargs[arg], ""
            else:
                continue
            if not isinstance(value, Tensor):
                raise TypeError(f"{name}(): argument '{arg}'{where} must be Tensor, not "
                                f"{_type_name(value)}")
        return fn(*args, **kwargs)
    return wrapper


def _method_checked(fn, name):
    """Tensor method ``fn`` refusing an ``other`` that is not a tensor, with torch's message."""
    @functools.wraps(fn)
    def method(self, *args, **kwargs):
        if args or "other" in kwargs:
            value, where = (args[0], " (position 1)") if args else (kwargs["other"], "")
            if not isinstance(value, Tensor):
                raise TypeError(f"{name}(): argument 'other'{where} must be Tensor, not "
                                f"{_type_name(value)}")
        return fn(self, *args, **kwargs)
    return method


def _invalid_combination(name, args, kwargs):
    """torch's "received an invalid combination of arguments" TypeError for ``name``."""
    shown = [_type_name(a) for a in args]
    shown += [f"{k}={_type_name(v)}" for k, v in reversed(kwargs.items()) if k != "out"]
    got = ", ".join(shown) + (", " if kwargs and not args else "")
    return TypeError(f"{name}() received an invalid combination of arguments - got ({got}), "
                     f"but expected one of:\n{_OVERLOADS[name]}")


def _bound(args, kwargs, names):
    """The values of ``names`` from positional or keyword arguments (None where absent)."""
    return [args[i] if i < len(args) else kwargs.get(n) for i, n in enumerate(names)]


def _fmod_checked(fn):
    """fmod taking (Tensor, Tensor) or (Tensor, Number) only."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        input, other = _bound(args, kwargs, ("input", "other"))
        number = isinstance(other, (int, float, bool, complex))
        if not isinstance(input, Tensor) or not (isinstance(other, Tensor) or number):
            raise _invalid_combination("fmod", args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


def _clamp_checked(fn, name):
    """clamp with both bounds tensors or both numbers (None fits either)."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        input, low, high = _bound(args, kwargs, ("input", "min", "max"))
        kinds = {isinstance(b, Tensor) for b in (low, high) if b is not None}
        if not isinstance(input, Tensor) or len(kinds) > 1:
            raise _invalid_combination(name, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper


_package = sys.modules[__name__.rpartition(".")[0]]
for _name in _TENSOR_PAIR:
    setattr(_package, _name, _pair_checked(getattr(_package, _name), _name))
    if hasattr(Tensor, _name):
        setattr(Tensor, _name, _method_checked(getattr(Tensor, _name), _name))
_package.fmod = _fmod_checked(_package.fmod)
_package.clamp = _clamp_checked(_package.clamp, "clamp")
_package.clip = _clamp_checked(_package.clip, "clip")
