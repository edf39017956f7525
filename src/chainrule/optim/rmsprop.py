"""RMSprop (centered, momentum, weight decay), as torch's single-tensor update."""

import numpy as np

from .optimizer import Optimizer, addcmul_, check_value, fma, lerp_, step_tensor, zeros_state


class RMSprop(Optimizer):
    """Divide each step by a running root-mean-square of recent gradients."""

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0,
                 centered=False, capturable=False, foreach=None, maximize=False,
                 differentiable=False):
        check_value("learning rate", lr)
        check_value("epsilon value", eps)
        check_value("momentum value", momentum)
        check_value("weight_decay value", weight_decay)
        check_value("alpha value", alpha)
        super().__init__(params, dict(lr=lr, momentum=momentum, alpha=alpha, eps=eps,
                                      centered=centered, weight_decay=weight_decay,
                                      capturable=capturable, foreach=foreach, maximize=maximize,
                                      differentiable=differentiable))

    def _update(self, param, grad, state, group):
        p = param._data
        alpha, eps, wd = group["alpha"], group["eps"], group["weight_decay"]
        momentum, lr = group["momentum"], group["lr"]
        if not state:
            state["step"] = None
            state["square_avg"] = zeros_state(param)
            if momentum > 0:
                state["momentum_buffer"] = zeros_state(param)
            if group["centered"]:
                state["grad_avg"] = zeros_state(param)
        step_tensor(state)
        if wd != 0:
            grad = fma(grad, wd, p)
        sq = state["square_avg"]._data
        sq *= alpha
        addcmul_(sq, 1 - alpha, grad, grad)
        if group["centered"]:
            ga = state["grad_avg"]._data
            lerp_(ga, grad, 1 - alpha)
            avg = np.sqrt(addcmul_(sq.copy(), -1, ga, ga))
        else:
            avg = np.sqrt(sq)
        avg += eps
        if momentum > 0:
            buf = state["momentum_buffer"]._data
            buf *= momentum
            buf += grad / avg
            fma(p, -lr, buf, out=p)
        else:
            p += (-lr * grad) / avg
