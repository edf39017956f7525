"""conj, conj_physical, resolve_conj, is_conj and angle: complex conjugation and phase."""

from .._tensor import Tensor
from ._registry import LINEAR, NONE, defop
from .compat_complex import imag, real
from .pointwise import where

_conj = defop("conj", lambda xp, input: xp.conj(input), node="ConjBackward0", promote=NONE,
              vjp={"input": lambda grad: conj(grad)}, jvp=LINEAR)
_conj_physical = defop("conj_physical", lambda xp, input: xp.conj(input),
                       node="ConjPhysicalBackward0", promote=NONE,
                       vjp={"input": lambda grad: conj_physical(grad)}, jvp=LINEAR)


def _parts(z):
    """Real part, imaginary part and squared modulus of complex ``z``, as real tensors."""
    re, im = real(z), imag(z)
    return re, im, re * re + im * im


def _angle_rule(grad, input):
    """torch's angle_backward: grad · z / |z|² · i, 0 where z is 0 (chosen by ``where`` after
    the division, so its own derivative there is NaN, as torch's); 0 for real input."""
    if not input.dtype.is_complex:
        return grad * 0
    from .pointwise import abs
    return where(input == 0, 0, grad * input / abs(input) ** 2 * 1j)


def _angle_jvp(input_t, input):
    """Tangent of the phase: Im(conj(z) * z_t) / |z|^2 (0 for real input)."""
    if input_t is None or not input.dtype.is_complex:
        return None if input_t is None else input_t * 0
    re, im, r2 = _parts(input)
    return where(r2 == 0, 0, (re * imag(input_t) - im * real(input_t)) / where(r2 == 0, 1, r2))


_angle = defop("angle", lambda xp, input: xp.angle(input).astype(
    input.real.dtype if input.dtype.kind == "c" else input.dtype), node="AngleBackward0",
    promote=NONE, vjp={"input": _angle_rule}, jvp=_angle_jvp)


def conj(input):
    """Return the complex conjugate; a real tensor is returned as is."""
    if not input.dtype.is_complex:
        return input
    out = _conj.apply((input,), ())
    out.__dict__["_conj"] = True
    return out


def conj_physical(input, *, out=None):
    """Return the complex conjugate as a new tensor; a real tensor is returned as is."""
    return _conj_physical.apply((input,), ()) if input.dtype.is_complex else input


def adjoint(input):
    """Return the conjugate transpose of the last two dims (a transpose for real input)."""
    if input.ndim < 2:
        raise RuntimeError("tensor.adjoint() is only supported on matrices or batches of "
                           f"matrices. Got {input.ndim}-D tensor.")
    from .shape import transpose
    return conj(transpose(input, -2, -1))


def is_conj(input):
    """True for the result of ``conj`` on a complex tensor (torch's lazy-conjugate bit)."""
    return "_conj" in input.__dict__


def resolve_conj(input):
    """Materialise a conjugated tensor (a clone), else return ``input`` itself."""
    return input.clone() if is_conj(input) else input


def angle(input, *, out=None):
    """Return the phase of each element (0 or pi for real input)."""
    return _angle.apply((input,), ())


Tensor.conj = conj
Tensor.conj_physical = conj_physical
Tensor.is_conj = is_conj
Tensor.resolve_conj = resolve_conj
Tensor.angle = angle
Tensor.adjoint = adjoint
