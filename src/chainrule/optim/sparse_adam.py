"""SparseAdam: Adam on the rows a sparse gradient touches. chainrule has no sparse layouts, so
every gradient is dense and ``step`` raises torch's dense-gradient error."""

from .optimizer import Optimizer


class SparseAdam(Optimizer):
    """Adam for sparse gradients; torch's argument checks and dense-gradient RuntimeError."""

    def __init__(self, params, lr=1e-3, betas=(0.9, 0.999), eps=1e-8, maximize=False):
        if not 0.0 < lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if not 0.0 < eps:
            raise ValueError(f"Invalid epsilon value: {eps}")
        if not 0.0 <= betas[0] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 0: {betas[0]}")
        if not 0.0 <= betas[1] < 1.0:
            raise ValueError(f"Invalid beta parameter at index 1: {betas[1]}")
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, maximize=maximize))

    def _update(self, param, grad, state, group):
        raise RuntimeError(
            "SparseAdam does not support dense gradients, please consider Adam instead")
