"""ATen's CPU ``_standard_gamma`` and ``_sample_dirichlet``: Marsaglia-Tsang on the shared stream.

Each draw takes double uniforms and cached Box-Muller normals from the generator one at a time, in
the order torch does, so seeded Gamma, Beta and Dirichlet samples equal torch's.
"""

import math

import numpy as np

from .. import _random_kernels as _kernels
from .._ops._registry import SAME, defop
from .._tensor import Tensor
from ..random import _engine
from ._dirichlet_grad import dirichlet_grad
from ._gamma_grad import standard_gamma_grad

_THIRD = float(np.float32(1.0) / np.float32(3.0))  # ATen writes 1.0f / 3.0f
_SQUEEZE = float(np.float32(0.0331))


def _sample_gamma(engine, alpha, single):
    """One draw of Gamma(alpha, 1); ``single`` mirrors ATen's float arithmetic on a float alpha."""
    def uniform():
        return float(_kernels.unit_uniform(engine, 1, np.float64)[0])

    scale = 1.0
    if alpha < 1.0:
        if alpha == 0.0:
            return 0.0
        power = float(np.float32(1.0) / np.float32(alpha)) if single else 1.0 / alpha
        scale *= math.pow(1 - uniform(), power)
        alpha = float(np.float32(alpha) + np.float32(1.0)) if single else alpha + 1.0
    d = float(np.float32(alpha) - np.float32(_THIRD)) if single else alpha - _THIRD
    c = 1.0 / math.sqrt(9.0 * d)
    while True:
        while True:
            x = float(_kernels._normal_serial(engine, 1, 0.0, 1.0)[0])
            y = 1.0 + c * x
            if y > 0:
                break
        v = y * y * y
        u = 1 - uniform()
        xx = x * x
        if u < 1.0 - _SQUEEZE * xx * xx:
            return scale * d * v
        if math.log(u) < 0.5 * xx + d * (1.0 - v + math.log(v)):
            return scale * d * v


def _standard_gamma_forward(xp, input):
    engine = _engine(None)
    a = np.ascontiguousarray(input)
    single = a.dtype != np.float64
    flat = [_sample_gamma(engine, float(v), single) for v in a.ravel()]
    out = np.array(flat, np.float64).astype(a.dtype)
    return np.maximum(out, np.finfo(a.dtype).tiny).reshape(a.shape)


_standard_gamma = defop("_standard_gamma", _standard_gamma_forward,
                        node="StandardGammaBackward0", promote=SAME,
                        vjp={"input": lambda grad, input, result:
                             grad * standard_gamma_grad(input, result)})


def standard_gamma(alpha):
    """``torch._standard_gamma``: a Gamma(alpha, 1) draw per element of ``alpha``, whose
    gradient in ``alpha`` is the reparameterised one."""
    return _standard_gamma.apply((alpha,), ())


def _sample_dirichlet_forward(xp, input):
    engine = _engine(None)
    a = np.ascontiguousarray(input)
    flat = [_sample_gamma(engine, float(v), False) for v in a.ravel()]
    gamma = np.maximum(np.array(flat, np.float64), np.finfo(np.float64).tiny).reshape(a.shape)
    ratio = (gamma / gamma.sum(-1, keepdims=True)).astype(a.dtype)
    top = np.nextafter(a.dtype.type(1.0), a.dtype.type(0.0))
    return np.minimum(top, np.maximum(np.finfo(a.dtype).tiny, ratio))


def _dirichlet_rule(grad, input, result):
    x, alpha = result.detach()._data, input.detach()._data
    total = np.broadcast_to(alpha.sum(-1, keepdims=True), alpha.shape)
    g = Tensor._make(dirichlet_grad(x, alpha, total))
    return g * (grad - (result * grad).sum(-1, True))


_sample_dirichlet = defop("_sample_dirichlet", _sample_dirichlet_forward,
                          node="_DirichletBackward", promote=SAME,
                          vjp={"input": _dirichlet_rule})


def sample_dirichlet(alpha):
    """Dirichlet draws as torch's ``_Dirichlet``: double gammas normalised over the last dim,
    differentiable in ``alpha`` through the reparameterised gradient."""
    return _sample_dirichlet.apply((alpha,), ())
