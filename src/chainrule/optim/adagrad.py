"""Adagrad: per-coordinate steps shrink with the running sum of squared gradients."""

import numpy as np

from .._tensor import Tensor
from .optimizer import Optimizer, addcmul_, check_value, fma, step_tensor


class Adagrad(Optimizer):
    """Scale each step by 1 / sqrt(sum of past g²); state is created at construction, as torch."""

    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0,
                 eps=1e-10, foreach=None, *, maximize=False, differentiable=False, fused=None):
        check_value("learning rate", lr)
        check_value("lr_decay value", lr_decay)
        check_value("weight_decay value", weight_decay)
        check_value("initial_accumulator_value value", initial_accumulator_value)
        check_value("epsilon value", eps)
        super().__init__(params, dict(lr=lr, lr_decay=lr_decay, eps=eps,
                                      weight_decay=weight_decay,
                                      initial_accumulator_value=initial_accumulator_value,
                                      foreach=foreach, maximize=maximize,
                                      differentiable=differentiable, fused=fused))
        for group in self.param_groups:
            for p in group["params"]:
                state = self.state[p]
                state["step"] = Tensor._make(np.zeros((), np.float32))
                state["sum"] = Tensor._make(
                    np.full_like(p._data, group["initial_accumulator_value"]))

    def _update(self, param, grad, state, group):
        p = param._data
        step = step_tensor(state)
        if group["weight_decay"] != 0:
            grad = fma(grad, group["weight_decay"], p)
        clr = group["lr"] / (1 + (step - 1) * group["lr_decay"])
        acc = state["sum"]._data
        addcmul_(acc, 1, grad, grad)
        std = np.sqrt(acc) + group["eps"]
        p += (-clr * grad) / std
