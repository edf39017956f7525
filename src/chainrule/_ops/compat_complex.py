"""real, imag and complex: move between a complex tensor and its two real parts."""

from ._registry import NONE, defop


def _real_part(xp, input):
    return xp.real(input).copy()


def _imag_part(xp, input):
    return xp.imag(input).copy()


# torch views the parts through view_as_real(z).select(-1, k), hence its SelectBackward0 node.
_real = defop("real", _real_part, node="SelectBackward0", promote=NONE,
              vjp={"input": lambda grad: complex(grad, grad * 0)})
_imag = defop("imag", _imag_part, node="SelectBackward0", promote=NONE,
              vjp={"input": lambda grad: complex(grad * 0, grad)})
_complex = defop("complex", lambda xp, real, imag: real + 1j * imag, node="ComplexBackward0",
                 inputs=("real", "imag"), promote=NONE,
                 vjp={"real": lambda grad: real(grad), "imag": lambda grad: imag(grad)})


def real(input):
    """Return the real part of a complex tensor; a real tensor is returned as is."""
    return _real.apply((input,), ()) if input.dtype.is_complex else input


def imag(input):
    """Return the imaginary part of a complex tensor."""
    if not input.dtype.is_complex:
        raise RuntimeError("imag is not implemented for tensors with non-complex dtypes.")
    return _imag.apply((input,), ())


def complex(real, imag, *, out=None):
    """Return the complex tensor ``real + i * imag`` (both float32 or both float64)."""
    if real.dtype is not imag.dtype:
        raise RuntimeError(
            f"Expected object of scalar type {_NAMES[real.dtype.name]} but got scalar type "
            f"{_NAMES[imag.dtype.name]} for second argument")
    if real.dtype.name not in ("float32", "float64", "float16"):
        raise RuntimeError(
            "Expected both inputs to be Half, Float or Double tensors but got "
            f"{_NAMES[real.dtype.name]} and {_NAMES[imag.dtype.name]}")
    return _complex.apply((real, imag), ())


_NAMES = {"float32": "Float", "float64": "Double", "float16": "Half", "int64": "Long",
          "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool",
          "complex64": "ComplexFloat", "complex128": "ComplexDouble"}
