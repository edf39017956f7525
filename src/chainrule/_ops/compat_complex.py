"""real, imag, complex, polar, view_as_real and view_as_complex: move between a complex tensor
and its two real parts."""

import numpy as np

from .._creation import zeros_like
from ._registry import LINEAR, NONE, defop


def _real_part(xp, input):
    return xp.real(input).copy()


def _imag_part(xp, input):
    return xp.imag(input).copy()


# torch views the parts through view_as_real(z).select(-1, k), hence its SelectBackward0 node.
_real = defop("real", _real_part, node="SelectBackward0", promote=NONE,
              vjp={"input": lambda grad: complex(grad, zeros_like(grad))})
_imag = defop("imag", _imag_part, node="SelectBackward0", promote=NONE,
              vjp={"input": lambda grad: complex(zeros_like(grad), grad)})
def _complex_forward(xp, real, imag):
    """Set both parts directly: ``real + 1j * imag`` loses -0.0 and turns an inf part to nan."""
    real, imag = xp.broadcast_arrays(real, imag)
    out = xp.empty(real.shape, xp.result_type(real.dtype, xp.complex64))
    out.real, out.imag = real, imag
    return out


_complex = defop("complex", _complex_forward, node="ComplexBackward0",
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
    _check_parts(real, imag)
    return _complex.apply((real, imag), ())


def _check_parts(real, imag):
    """torch's dtype checks on the two real inputs of complex and polar."""
    if real.dtype is not imag.dtype:
        raise RuntimeError(
            f"Expected object of scalar type {_NAMES[real.dtype.name]} but got scalar type "
            f"{_NAMES[imag.dtype.name]} for second argument")
    if real.dtype.name not in ("float32", "float64", "float16"):
        raise RuntimeError(
            "Expected both inputs to be Half, Float or Double tensors but got "
            f"{_NAMES[real.dtype.name]} and {_NAMES[imag.dtype.name]}")


def _as_real_view(xp, input):
    """The (..., 2) float view of a complex array (it shares the memory, as torch's)."""
    return input[..., None].view(input.real.dtype)


def _as_complex_view(xp, input):
    """The complex view of a (..., 2) float array whose last dim is contiguous."""
    return input.view(np.complex64 if input.dtype == np.float32 else np.complex128)[..., 0]


_view_as_real = defop("view_as_real", _as_real_view, node="ViewAsRealBackward0", promote=NONE,
                      view=True, jvp=LINEAR,
                      vjp={"input": lambda grad: view_as_complex(grad.contiguous())})
_view_as_complex = defop("view_as_complex", _as_complex_view, node="ViewAsComplexBackward0",
                         promote=NONE, view=True, jvp=LINEAR,
                         vjp={"input": lambda grad: view_as_real(
                             grad.contiguous().resolve_conj())})


def view_as_real(input):
    """Return a real view of a complex tensor, its last dim of size 2 holding (re, im)."""
    if not input.dtype.is_complex:
        raise RuntimeError("view_as_real is only supported for complex tensors")
    if "_conj" in input.__dict__:
        raise RuntimeError(
            "view_as_real doesn't work on unresolved conjugated tensors.  To resolve the "
            "conjugate tensor so you can view it as real, use self.resolve_conj(); however, be "
            "warned that the resulting tensor will NOT alias the original.")
    return _view_as_real.apply((input,), ())


def view_as_complex(input):
    """Return a complex view of a float tensor whose last dim, of size 2, holds (re, im)."""
    if input.dtype.name not in ("float32", "float64", "float16"):
        raise RuntimeError("view_as_complex is only supported for half, float and double "
                           f"tensors, but got a tensor of scalar type: {_NAMES[input.dtype.name]}")
    if input.ndim == 0 or input.shape[-1] != 2:
        raise RuntimeError("Tensor must have a last dimension of size 2")
    arr = input._data
    if arr.strides[-1] != arr.itemsize:
        raise RuntimeError("Tensor must have a last dimension with stride 1")
    if any(s % (2 * arr.itemsize) for s in arr.strides[:-1]):
        raise RuntimeError("Tensor must have a stride divisible by 2 for all but last dimension")
    return _view_as_complex.apply((input,), ())


def _polar_rule(grad, result, needs):
    """torch's polar_backward: with dz = e^{iθ} d|z| + i z dθ, each real input takes the real
    part of conj(grad) times its derivative (sgn(result) is 0 where the modulus is 0)."""
    from .pointwise import conj_in_rule, sgn_in_rule
    grad_conj = conj_in_rule(grad)
    return (real(grad_conj * sgn_in_rule(result)) if needs[0] else None,
            real(grad_conj * (result * 1j)) if needs[1] else None)


def _polar_jvp(abs_t, angle_t, abs, angle):
    """Tangent of abs · e^{i angle}: e^{i angle} (abs_t + i abs angle_t)."""
    from .pointwise import cos, sin
    c, s = cos(angle), sin(angle)
    re = im = None
    if abs_t is not None:
        re, im = abs_t * c, abs_t * s
    if angle_t is not None:
        dre, dim = -(angle_t * abs * s), angle_t * abs * c
        re, im = (dre, dim) if re is None else (re + dre, im + dim)
    return complex(re, im)


_polar = defop("polar", lambda xp, abs, angle: abs * xp.cos(angle) + 1j * (abs * xp.sin(angle)),
               node="PolarBackward0", inputs=("abs", "angle"), promote=NONE, vjp=_polar_rule,
               jvp=_polar_jvp)


def polar(abs, angle, *, out=None):
    """Return the complex tensor abs · (cos(angle) + i sin(angle))."""
    _check_parts(abs, angle)
    return _polar.apply((abs, angle), ())


_NAMES = {"float32": "Float", "float64": "Double", "float16": "Half", "int64": "Long",
          "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool",
          "complex64": "ComplexFloat", "complex128": "ComplexDouble"}
