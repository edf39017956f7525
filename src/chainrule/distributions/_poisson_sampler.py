"""ATen's CPU ``torch.poisson``: multiplication of uniforms for small rates, PTRS otherwise.

One double uniform at a time from the shared generator, in torch's order, so seeded Poisson
samples equal torch's.
"""

import math

import numpy as np

from .. import _random_kernels as _kernels
from .._tensor import Tensor
from ..random import _engine


def _ptrs(uniform, lam):
    """Hormann's transformed rejection for ``lam >= 10``."""
    slam, loglam = math.sqrt(lam), math.log(lam)
    b = 0.931 + 2.53 * slam
    a = -0.059 + 0.02483 * b
    invalpha = 1.1239 + 1.1328 / (b - 3.4)
    vr = 0.9277 - 3.6224 / (b - 2)
    while True:
        u = uniform() - 0.5
        v = uniform()
        us = 0.5 - abs(u)
        k = math.floor((2 * a / us + b) * u + lam + 0.43)
        if us >= 0.07 and v <= vr:
            return k
        if k < 0 or (us < 0.013 and v > us):
            continue
        if (math.log(v) + math.log(invalpha) - math.log(a / (us * us) + b)
                <= -lam + k * loglam - math.lgamma(k + 1.0)):
            return k


def _one(uniform, lam):
    if lam >= 10:
        return _ptrs(uniform, lam)
    if lam == 0:
        return 0
    enlam, x, prod = math.exp(-lam), 0, 1.0
    while True:
        prod *= uniform()
        if prod <= enlam:
            return x
        x += 1


def poisson(input, generator=None):
    """``torch.poisson(input)``: one count per element of the rates ``input``, in its dtype."""
    rate = input
    if bool((rate < 0).any()):
        raise RuntimeError("invalid Poisson rate, expected rate to be non-negative")
    engine = _engine(generator)

    def uniform():
        return float(_kernels.unit_uniform(engine, 1, np.float64)[0])

    lam = np.ascontiguousarray(rate.detach()._data)
    flat = [_one(uniform, float(v)) for v in lam.ravel()]
    return Tensor._make(np.array(flat, np.float64).astype(lam.dtype).reshape(lam.shape))
