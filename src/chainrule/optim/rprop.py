"""Rprop: per-element step sizes grown or shrunk by the sign agreement of successive gradients."""

import numpy as np

from .._tensor import Tensor
from .optimizer import Optimizer, check_value, step_tensor, zeros_state


class Rprop(Optimizer):
    """Resilient backpropagation: step by sign(g) times an adapted per-element step size."""

    def __init__(self, params, lr=1e-2, etas=(0.5, 1.2), step_sizes=(1e-6, 50), *,
                 capturable=False, foreach=None, maximize=False, differentiable=False):
        check_value("learning rate", lr)
        if not 0.0 < etas[0] < 1.0 < etas[1]:
            raise ValueError(f"Invalid eta values: {etas[0]}, {etas[1]}")
        super().__init__(params, dict(lr=lr, etas=etas, step_sizes=step_sizes,
                                      foreach=foreach, maximize=maximize,
                                      differentiable=differentiable, capturable=capturable))

    def _update(self, param, grad, state, group):
        etaminus, etaplus = group["etas"]
        low, high = group["step_sizes"]
        if not state:
            state["step"] = None
            state["prev"] = zeros_state(param)
            state["step_size"] = Tensor._make(np.full_like(param._data, group["lr"]))
        step_tensor(state)
        prev, step_size = state["prev"]._data, state["step_size"]._data
        kind = param._data.dtype.type
        sign = np.sign(grad * prev)
        sign[sign > 0] = kind(etaplus)
        sign[sign < 0] = kind(etaminus)
        sign[sign == 0] = 1
        step_size *= sign
        np.clip(step_size, low, high, out=step_size)
        grad = np.array(grad, copy=True)
        grad[sign == kind(etaminus)] = 0
        param._data -= np.sign(grad) * step_size
        prev[...] = grad
