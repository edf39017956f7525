"""Bit shifts (``<<``, ``>>``) on integer tensors; not differentiable."""

from ._registry import defop


def _shift(name, fn, kernel):
    def forward(xp, input, other):
        kind = xp.result_type(input, other).kind
        if kind not in "biu":
            raise NotImplementedError(
                f'"{kernel}_cpu" not implemented for '
                f"'{'Double' if xp.result_type(input, other).itemsize == 8 else 'Float'}'")
        return fn(xp, input, other)
    op = defop(name, forward, inputs=("input", "other"))

    def shift(input, other, *, out=None):
        return op.apply((input, other), ())
    shift.__name__ = name
    shift.__doc__ = f"Return ``input {'<<' if kernel == 'lshift' else '>>'} other`` element-wise."
    return shift


bitwise_left_shift = _shift("bitwise_left_shift", lambda xp, a, b: xp.left_shift(a, b), "lshift")
bitwise_right_shift = _shift("bitwise_right_shift", lambda xp, a, b: xp.right_shift(a, b),
                             "rshift")
METHODS = ("bitwise_left_shift", "bitwise_right_shift")
