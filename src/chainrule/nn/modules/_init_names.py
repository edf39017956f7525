"""Inherited ``__init__`` copies named for each class, so that a call missing an argument is
reported as torch reports it (``Conv2d.__init__() missing 1 required positional argument:
'kernel_size'``): torch's layer classes define their own ``__init__`` where ours share one."""

import types


def own_init(*classes):
    """Give each class a copy of the ``__init__`` it inherits, under its own qualified name."""
    for cls in classes:
        base = cls.__init__
        init = types.FunctionType(base.__code__, base.__globals__, base.__name__,
                                  base.__defaults__, base.__closure__)
        init.__kwdefaults__ = base.__kwdefaults__
        init.__qualname__ = f"{cls.__qualname__}.__init__"
        init.__doc__ = base.__doc__
        cls.__init__ = init
