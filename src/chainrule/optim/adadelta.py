"""Adadelta: steps scaled by the ratio of running RMS of past updates to that of gradients."""

import numpy as np

from .optimizer import Optimizer, addcmul_, check_value, fma, step_tensor, zeros_state


class Adadelta(Optimizer):
    """Adapt each coordinate's step from running averages of g² and of squared updates."""

    def __init__(self, params, lr=1.0, rho=0.9, eps=1e-6, weight_decay=0, foreach=None, *,
                 capturable=False, maximize=False, differentiable=False):
        check_value("learning rate", lr)
        if not 0.0 <= rho <= 1.0:
            raise ValueError(f"Invalid rho value: {rho}")
        check_value("epsilon value", eps)
        check_value("weight_decay value", weight_decay)
        super().__init__(params, dict(lr=lr, rho=rho, eps=eps, weight_decay=weight_decay,
                                      maximize=maximize, capturable=capturable, foreach=foreach,
                                      differentiable=differentiable))

    def _update(self, param, grad, state, group):
        p = param._data
        rho, eps = group["rho"], group["eps"]
        if not state:
            state["step"] = None
            state["square_avg"] = zeros_state(param)
            state["acc_delta"] = zeros_state(param)
        step_tensor(state)
        if group["weight_decay"] != 0:
            grad = fma(grad, group["weight_decay"], p)
        sq, acc = state["square_avg"]._data, state["acc_delta"]._data
        sq *= rho
        addcmul_(sq, 1 - rho, grad, grad)
        std = np.sqrt(sq + eps)
        delta = np.sqrt(acc + eps)
        delta /= std
        delta *= grad
        acc *= rho
        addcmul_(acc, 1 - rho, delta, delta)
        fma(p, -group["lr"], delta, out=p)
