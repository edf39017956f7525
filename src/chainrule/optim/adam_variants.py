"""Adamax, NAdam and RAdam, following torch's single-tensor updates operation by operation."""

import numpy as np

from .._tensor import Tensor
from .adam import _check
from .optimizer import Optimizer, addcmul_, fma, lerp_, step_tensor, zeros_state


def _decay(param, grad, group, decoupled=False):
    """Apply weight decay: shrink the parameter (decoupled) or add wd * p to the gradient."""
    wd = group["weight_decay"]
    if wd == 0:
        return grad
    if decoupled:
        param._data *= 1 - group["lr"] * wd
        return grad
    return fma(grad, wd, param._data)


def _moments(state, grad, beta1, beta2):
    """Update the running mean (lerp) and uncentred variance of the gradient, as Adam."""
    m, v = state["exp_avg"]._data, state["exp_avg_sq"]._data
    lerp_(m, grad, 1 - beta1)
    v *= beta2
    addcmul_(v, 1 - beta2, grad, grad)
    return m, v


class Adamax(Optimizer):
    """Adam with the infinity norm: the step divides by a running max of |g|."""

    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0,
                 foreach=None, *, maximize=False, differentiable=False, capturable=False):
        _check(lr, betas, eps, weight_decay)
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                      foreach=foreach, maximize=maximize,
                                      differentiable=differentiable, capturable=capturable))

    def _update(self, param, grad, state, group):
        beta1, beta2 = group["betas"]
        if not state:
            state["step"] = None
            state["exp_avg"] = zeros_state(param)
            state["exp_inf"] = zeros_state(param)
        step = step_tensor(state)
        grad = _decay(param, grad, group)
        m, u = state["exp_avg"]._data, state["exp_inf"]._data
        lerp_(m, grad, 1 - beta1)
        u *= beta2
        np.maximum(u, np.abs(grad) + group["eps"], out=u)
        clr = group["lr"] / (1 - beta1 ** step)
        param._data += (-clr * m) / u


class NAdam(Optimizer):
    """Adam with Nesterov momentum and a momentum-decay schedule (Dozat, 2016)."""

    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0,
                 momentum_decay=4e-3, decoupled_weight_decay=False, *, foreach=None,
                 maximize=False, capturable=False, differentiable=False):
        _check(lr, betas, eps, weight_decay)
        if not 0.0 <= momentum_decay:
            raise ValueError(f"Invalid momentum_decay value: {momentum_decay}")
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                      momentum_decay=momentum_decay,
                                      decoupled_weight_decay=decoupled_weight_decay,
                                      foreach=foreach, maximize=maximize,
                                      capturable=capturable, differentiable=differentiable))

    def _update(self, param, grad, state, group):
        lr, eps, psi = group["lr"], group["eps"], group["momentum_decay"]
        beta1, beta2 = group["betas"]
        if not state:
            state["step"] = None
            state["mu_product"] = Tensor._make(np.ones((), np.float32))
            state["exp_avg"] = zeros_state(param)
            state["exp_avg_sq"] = zeros_state(param)
        step = step_tensor(state)
        bias_correction2 = 1 - beta2 ** step
        grad = _decay(param, grad, group, group["decoupled_weight_decay"])
        mu = beta1 * (1.0 - 0.5 * (0.96 ** (step * psi)))
        mu_next = beta1 * (1.0 - 0.5 * (0.96 ** ((step + 1) * psi)))
        mu_product = state["mu_product"]._data
        mu_product *= mu
        m, v = _moments(state, grad, beta1, beta2)
        denom = np.sqrt(v / bias_correction2)
        denom += eps
        product = float(mu_product)
        product_next = product * mu_next
        p = param._data
        p += ((-lr * (1.0 - mu) / (1.0 - product)) * grad) / denom
        p += (((-lr * mu_next) / (1.0 - product_next)) * m) / denom


class RAdam(Optimizer):
    """Adam whose adaptive step is rectified until the variance estimate is reliable."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0,
                 decoupled_weight_decay=False, *, foreach=None, maximize=False,
                 capturable=False, differentiable=False):
        _check(lr, betas, eps, weight_decay)
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                      decoupled_weight_decay=decoupled_weight_decay,
                                      foreach=foreach, maximize=maximize,
                                      capturable=capturable, differentiable=differentiable))

    def _update(self, param, grad, state, group):
        lr, eps = group["lr"], group["eps"]
        beta1, beta2 = group["betas"]
        if not state:
            state["step"] = None
            state["exp_avg"] = zeros_state(param)
            state["exp_avg_sq"] = zeros_state(param)
        step = step_tensor(state)
        grad = _decay(param, grad, group, group["decoupled_weight_decay"])
        m, v = _moments(state, grad, beta1, beta2)
        bias_correction1 = 1 - beta1 ** step
        bias_correction2 = 1 - beta2 ** step
        corrected = m / bias_correction1
        rho_inf = 2 / (1 - beta2) - 1
        rho_t = rho_inf - 2 * step * (beta2 ** step) / bias_correction2
        if rho_t > 5.0:
            rect = ((rho_t - 4) * (rho_t - 2) * rho_inf
                    / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
            adaptive = (bias_correction2 ** 0.5) / (np.sqrt(v) + eps)
            param._data -= corrected * lr * adaptive * rect
        else:
            param._data -= corrected * lr
