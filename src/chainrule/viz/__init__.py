"""See why a gradient is what it is: graph pictures, chain-rule derivations, gradient history."""

from .draw import draw
from .explain import explain
from .history import explain_grad, is_tracking_grads, track_grads

__all__ = ["draw", "explain", "explain_grad", "is_tracking_grads", "track_grads"]
