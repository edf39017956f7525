"""ATen's CPU ``torch.binomial``: inversion for small means, BTRS rejection otherwise.

One double uniform at a time from the shared generator, in torch's order, so seeded Binomial
samples equal torch's.
"""

import math

import numpy as np

from .. import _random_kernels as _kernels
from .._tensor import Tensor
from ..random import _engine

_TAIL = (0.0810614667953272, 0.0413406959554092, 0.0276779256849983, 0.02079067210376509,
         0.0166446911898211, 0.0138761288230707, 0.0118967099458917, 0.0104112652619720,
         0.00925546218271273, 0.00833056343336287)


def _stirling_tail(k):
    """log(k!) minus its Stirling approximation."""
    if k < len(_TAIL):
        return _TAIL[int(k)]
    kp1sq = (k + 1) * (k + 1)
    return (1.0 / 12 - (1.0 / 360 - 1.0 / 1260 / kp1sq) / kp1sq) / (k + 1)


def _inversion(uniform, count, prob):
    """Count geometric waiting times until they pass ``count``."""
    geom_sum, num_geom = 0.0, 0.0
    logprob = math.log1p(-prob)
    while True:
        geom_sum += math.ceil(math.log(uniform()) / logprob)
        if geom_sum > count:
            return num_geom
        num_geom += 1


def _btrs(uniform, count, prob):
    """Hormann's transformed rejection with squeeze (as ATen writes it)."""
    stddev = math.sqrt(count * prob * (1 - prob))
    b = 1.15 + 2.53 * stddev
    a = -0.0873 + 0.0248 * b + 0.01 * prob
    c = count * prob + 0.5
    v_r = 0.92 - 4.2 / b
    r = prob / (1 - prob)
    alpha = (2.83 + 5.1 / b) * stddev
    m = math.floor((count + 1) * prob)
    while True:
        u = uniform() - 0.5
        v = uniform()
        us = 0.5 - abs(u)
        k = math.floor((2 * a / us + b) * u + c)
        if k < 0 or k > count:
            continue
        if us >= 0.07 and v <= v_r:
            return k
        v = math.log(v * alpha / (a / (us * us) + b))
        bound = ((m + 0.5) * math.log((m + 1) / (r * (count - m + 1)))
                 + (count + 1) * math.log((count - m + 1) / (count - k + 1))
                 + (k + 0.5) * math.log(r * (count - k + 1) / (k + 1))
                 + _stirling_tail(m) + _stirling_tail(count - m)
                 - _stirling_tail(k) - _stirling_tail(count - k))
        if v <= bound:
            return k


def _one(uniform, count, prob):
    if count <= 0.0 or prob <= 0.0:
        return 0.0
    if prob >= 1.0:
        return count
    if prob <= 0.5:
        return (_btrs if count * prob >= 10.0 else _inversion)(uniform, count, prob)
    if prob > 0.5:
        q = 1.0 - prob
        return count - (_btrs if count * q >= 10.0 else _inversion)(uniform, count, q)
    return math.nan


def binomial(count, prob, generator=None):
    """``torch.binomial(count, prob)``: one draw per element of the broadcast pair."""
    engine = _engine(generator)

    def uniform():
        return float(_kernels.unit_uniform(engine, 1, np.float64)[0])

    n, p = np.broadcast_arrays(count.detach()._data, prob.detach()._data)
    flat = [_one(uniform, float(ni), float(pi)) for ni, pi in zip(n.ravel(), p.ravel())]
    return Tensor._make(np.array(flat, np.float64).astype(count._data.dtype).reshape(n.shape))
