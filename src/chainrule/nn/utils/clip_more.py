"""get_total_norm and clip_grads_with_norm_: the two halves of clip_grad_norm_ (torch 2.6+)."""

import numpy as np

from ..._tensor import Tensor


def get_total_norm(tensors, norm_type=2.0, error_if_nonfinite=False, foreach=None):
    """Return the norm of the per-tensor norms (a 0-d tensor in the tensors' dtype)."""
    tensors = [tensors] if isinstance(tensors, Tensor) else list(tensors)
    norm_type = float(norm_type)
    if not tensors:
        return Tensor._make(np.asarray(0.0, np.float32))
    kind = tensors[0]._data.dtype
    if norm_type == np.inf:
        per = [np.max(np.abs(t._data)) if t._data.size else kind.type(0) for t in tensors]
        total = np.max(np.asarray(per, kind))
    else:
        per = [np.linalg.norm(t._data.ravel(), norm_type) for t in tensors]
        total = np.linalg.norm(np.asarray(per, kind), norm_type)
    if error_if_nonfinite and not np.isfinite(total):
        raise RuntimeError(
            f"The total norm of order {norm_type} for gradients from `parameters` is "
            "non-finite, so it cannot be clipped. To disable this error and scale the gradients "
            "by the non-finite norm anyway, set `error_if_nonfinite=False`")
    return Tensor._make(np.asarray(total, kind))


def clip_grads_with_norm_(parameters, max_norm, total_norm, foreach=None):
    """Scale the gradients in place by min(1, max_norm / (total_norm + 1e-6))."""
    params = [parameters] if isinstance(parameters, Tensor) else list(parameters)
    grads = [p.grad for p in params if p.grad is not None]
    if not grads:
        return
    kind = grads[0]._data.dtype.type
    coef = min(kind(max_norm) / (kind(float(total_norm)) + kind(1e-6)), kind(1.0))
    for g in grads:
        g._data *= g._data.dtype.type(coef)
        g._bump_version()
