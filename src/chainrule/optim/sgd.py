"""SGD with momentum, dampening, Nesterov, weight decay and maximize (torch's update order)."""

import numpy as np

from .._tensor import Tensor
from .optimizer import Optimizer, check_value, fma


class SGD(Optimizer):
    """Stochastic gradient descent: p -= lr * (g + wd·p), with an optional momentum buffer."""

    def __init__(self, params, lr=1e-3, momentum=0, dampening=0, weight_decay=0, nesterov=False,
                 *, maximize=False, foreach=None, differentiable=False, fused=None):
        check_value("learning rate", lr)
        check_value("momentum value", momentum)
        check_value("weight_decay value", weight_decay)
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening,
                                      weight_decay=weight_decay, nesterov=nesterov,
                                      maximize=maximize, foreach=foreach,
                                      differentiable=differentiable, fused=fused))

    def _update(self, param, grad, state, group):
        p = param._data
        wd, momentum = group["weight_decay"], group["momentum"]
        if wd != 0:
            grad = fma(grad, wd, p)
        if momentum != 0:
            buf = state.get("momentum_buffer")
            if buf is None:
                buf = state["momentum_buffer"] = Tensor._make(np.array(grad, copy=True))
            else:
                b = buf._data
                b *= momentum
                fma(b, 1 - group["dampening"], grad, out=b)
            grad = fma(grad, momentum, buf._data) if group["nesterov"] else buf._data
        fma(p, -group["lr"], grad, out=p)
