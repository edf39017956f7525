"""Ops torch records under their own nodes: glu (GluBackward0) and pixel_shuffle /
pixel_unshuffle (each the other's adjoint), forward on arrays, rules in chainrule ops."""

from ._registry import FLOAT, defop
from .pointwise import sigmoid
from .shape import cat


def _glu_forward(xp, input, dim):
    a, b = xp.split(input, 2, axis=dim)
    return a * (1 / (1 + xp.exp(-b)))


def _glu_rule(grad, input, dim):
    a, b = input.chunk(2, dim)
    gate = sigmoid(b)
    return cat([grad * gate, grad * a * gate * (1 - gate)], dim)


_glu = defop("glu", _glu_forward, node="GluBackward0", promote=FLOAT,
             vjp={"input": _glu_rule})


def glu_op(input, dim):
    """a * sigmoid(b) for the two halves of ``input`` along ``dim``."""
    return _glu.apply((input,), (dim % input.ndim,))


def _shuffle_forward(xp, input, r):
    *lead, c, h, w = input.shape
    n = len(lead)
    x = input.reshape(*lead, c // (r * r), r, r, h, w)
    x = x.transpose(*range(n), n, n + 3, n + 1, n + 4, n + 2)
    return x.reshape(*lead, c // (r * r), h * r, w * r)


def _unshuffle_forward(xp, input, r):
    *lead, c, h, w = input.shape
    n = len(lead)
    x = input.reshape(*lead, c, h // r, r, w // r, r)
    x = x.transpose(*range(n), n, n + 2, n + 4, n + 1, n + 3)
    return x.reshape(*lead, c * r * r, h // r, w // r)


_shuffle = defop("pixel_shuffle", _shuffle_forward, node="PixelShuffleBackward0",
                 vjp={"input": lambda grad, r: _unshuffle.apply((grad,), (r,))})
_unshuffle = defop("pixel_unshuffle", _unshuffle_forward, node="PixelUnshuffleBackward0",
                   vjp={"input": lambda grad, r: _shuffle.apply((grad,), (r,))})


def pixel_shuffle_op(input, r):
    """(*, C*r*r, H, W) to (*, C, H*r, W*r)."""
    return _shuffle.apply((input,), (r,))


def pixel_unshuffle_op(input, r):
    """(*, C, H*r, W*r) to (*, C*r*r, H, W)."""
    return _unshuffle.apply((input,), (r,))


def _blocks(size, k, d, p, s):
    return (size + 2 * p - d * (k - 1) - 1) // s + 1


def _im2col_forward(xp, input, kernel, dilation, padding, stride):
    n, c, h, w = input.shape
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = kernel, dilation, padding, stride
    oh, ow = _blocks(h, kh, dh, ph, sh), _blocks(w, kw, dw, pw, sw)
    x = xp.pad(input, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    cols = [x[:, :, i * dh:i * dh + sh * (oh - 1) + 1:sh, j * dw:j * dw + sw * (ow - 1) + 1:sw]
            for i in range(kh) for j in range(kw)]
    return xp.stack(cols, 2).reshape(n, c * kh * kw, oh * ow)


def _col2im_forward(xp, input, output_size, kernel, dilation, padding, stride):
    n, ckk, _ = input.shape
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = kernel, dilation, padding, stride
    h, w = output_size
    oh, ow = _blocks(h, kh, dh, ph, sh), _blocks(w, kw, dw, pw, sw)
    c = ckk // (kh * kw)
    cols = input.reshape(n, c, kh, kw, oh, ow)
    out = xp.zeros((n, c, h + 2 * ph, w + 2 * pw), input.dtype)
    for i in range(kh):
        for j in range(kw):
            out[:, :, i * dh:i * dh + sh * (oh - 1) + 1:sh,
                j * dw:j * dw + sw * (ow - 1) + 1:sw] += cols[:, :, i, j]
    return out[:, :, ph:ph + h, pw:pw + w]


_im2col = defop("im2col", _im2col_forward, node="Im2ColBackward0",
                vjp={"input": lambda grad, input_shape, kernel, dilation, padding, stride:
                     _col2im.apply((grad,), (tuple(input_shape[-2:]), kernel, dilation, padding,
                                             stride))})
_col2im = defop("col2im", _col2im_forward, node="Col2ImBackward0",
                vjp={"input": lambda grad, kernel, dilation, padding, stride: _im2col.apply(
                    (grad,), (kernel, dilation, padding, stride))})


def im2col(input, kernel, dilation, padding, stride):
    """(N, C, H, W) to (N, C*kh*kw, L) sliding-patch columns."""
    return _im2col.apply((input,), (kernel, dilation, padding, stride))


def col2im(input, output_size, kernel, dilation, padding, stride):
    """Sum (N, C*kh*kw, L) columns back into (N, C, H, W)."""
    return _col2im.apply((input,), (tuple(output_size), kernel, dilation, padding, stride))
