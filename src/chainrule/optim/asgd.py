"""ASGD: SGD with weight decay by ``lambd``, a decaying step size and a running average ``ax``."""

import numpy as np

from .._tensor import Tensor
from .optimizer import Optimizer, check_value, fma, step_tensor, zeros_state


def _scalar(value):
    """A 0-d float32 tensor, as torch's ``as_tensor(value, dtype=_get_scalar_dtype())``."""
    return Tensor._make(np.array(value, np.float32))


class ASGD(Optimizer):
    """Averaged SGD (Polyak and Juditsky); torch's single-tensor update, float32 state."""

    def __init__(self, params, lr=1e-2, lambd=1e-4, alpha=0.75, t0=1e6, weight_decay=0,
                 foreach=None, maximize=False, differentiable=False, capturable=False):
        check_value("learning rate", lr)
        check_value("weight_decay value", weight_decay)
        super().__init__(params, dict(lr=lr, lambd=lambd, alpha=alpha, t0=t0,
                                      weight_decay=weight_decay, foreach=foreach,
                                      maximize=maximize, differentiable=differentiable,
                                      capturable=capturable))

    def _update(self, param, grad, state, group):
        if not state:
            state["step"] = _scalar(0.0)
            state["eta"] = _scalar(group["lr"])
            state["mu"] = _scalar(1.0)
            state["ax"] = zeros_state(param)
        p = param._data
        kind = p.dtype.type
        step = step_tensor(state)
        if group["weight_decay"] != 0:
            grad = fma(grad, group["weight_decay"], p)
        eta = float(state["eta"]._data)
        lr, lambd = group["lr"], group["lambd"]
        p *= kind(1 - lambd * eta)
        fma(p, -eta, grad, out=p)
        ax, mu = state["ax"]._data, state["mu"]._data
        if float(mu) != 1:
            ax += (p - ax) * mu.astype(p.dtype)
        else:
            ax[...] = p
        state["eta"]._data[...] = lr / ((1 + lambd * lr * step) ** group["alpha"])
        state["mu"]._data[...] = 1 / max(1, step - group["t0"])
