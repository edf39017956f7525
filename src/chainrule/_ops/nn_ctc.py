"""Connectionist temporal classification loss (torch's _ctc_loss and its backward formula).

The forward runs the alpha recursion in log space over the blank-extended targets; the
backward is torch's: exp(log_probs) minus the per-class posteriors, which is the gradient with
respect to the logits under a log_softmax, not of the loss in ``log_probs`` alone. Like torch,
it has no derivative of its own.
"""

import numpy as np

from .._tensor import Tensor
from ._registry import defop
from .nn import _no_derivative

_NEG_INF = -np.inf


def _logsumexp(*terms):
    """log(sum(exp)) of arrays, with torch's guard: an all -inf max counts as 0."""
    top = terms[0]
    for t in terms[1:]:
        top = np.maximum(top, t)
    top = np.where(top == _NEG_INF, 0, top)
    with np.errstate(divide="ignore"):
        return np.log(sum(np.exp(t - top) for t in terms)) + top


def _extended(targets, offsets, target_lengths, blank):
    """Blank-interleaved label sequences (N, 2 * max_len + 1), blank-padded past each end."""
    n = len(target_lengths)
    width = 2 * max(target_lengths, default=0) + 1
    labels = np.full((n, width), blank, np.int64)
    for b, (start, length) in enumerate(zip(offsets, target_lengths)):
        labels[b, 1:2 * length:2] = targets[b, :length] if targets.ndim == 2 else \
            targets[start:start + length]
    return labels


def _skips(labels):
    """Where a state may be entered from two states back: a label differing from the last."""
    skip = np.zeros(labels.shape, bool)
    skip[:, 2:] = (labels[:, 2:] != labels[:, :-2]) & (np.arange(labels.shape[1])[2:] % 2 == 1)
    return skip


def _ctc_forward(xp, log_probs, labels, input_lengths, target_lengths):
    """(negative log likelihood (N,), log_alpha (N, T, 2 * max_len + 1))."""
    t_max, n, _ = log_probs.shape
    width = labels.shape[1]
    lp = np.take_along_axis(np.transpose(log_probs, (1, 0, 2)),
                            np.broadcast_to(labels[:, None, :], (n, t_max, width)), axis=2)
    skip = _skips(labels)
    states = np.arange(width)[None, :] < (2 * np.asarray(target_lengths) + 1)[:, None]
    alpha = np.full((n, t_max, width), _NEG_INF, log_probs.dtype)
    if t_max:
        alpha[:, 0, 0] = lp[:, 0, 0]
        if width > 1:
            first = np.where(np.asarray(target_lengths) > 0, lp[:, 0, 1], _NEG_INF)
            alpha[:, 0, 1] = first
    for t in range(1, t_max):
        prev = alpha[:, t - 1]
        one = np.concatenate([np.full((n, 1), _NEG_INF), prev[:, :-1]], 1)
        two = np.concatenate([np.full((n, 2), _NEG_INF), prev[:, :-2]], 1)[:, :width]
        two = np.where(skip, two, _NEG_INF)
        alpha[:, t] = np.where(states, _logsumexp(prev, one, two) + lp[:, t], _NEG_INF)
    nll = np.empty(n, log_probs.dtype)
    for b in range(n):
        last, end = alpha[b, input_lengths[b] - 1], 2 * target_lengths[b]
        if input_lengths[b] == 0:  # torch negates a likelihood of 0 or -inf: -0.0 or inf
            nll[b] = -0.0 if target_lengths[b] == 0 else np.inf
        elif target_lengths[b] == 0:
            nll[b] = -last[0]
        else:
            nll[b] = -_logsumexp(last[end], last[end - 1])
    return nll, alpha


def _ctc_backward_forward(xp, grad, log_probs, nll, log_alpha, labels, input_lengths,
                          target_lengths, zero_infinity):
    """torch's ctc_loss_backward: (exp(lp) - exp(log posterior + nll - lp)) * grad per sample."""
    t_max, n, c = log_probs.shape
    width = labels.shape[1]
    lp = np.take_along_axis(np.transpose(log_probs, (1, 0, 2)),
                            np.broadcast_to(labels[:, None, :], (n, t_max, width)), axis=2)
    skip = _skips(labels)
    beta = np.full((n, t_max, width), _NEG_INF, log_probs.dtype)
    out = np.zeros_like(log_probs)
    for b in range(n):
        length, end = input_lengths[b], 2 * target_lengths[b]
        if length == 0 or zero_infinity and nll[b] == np.inf:
            continue
        beta[b, length - 1, end] = lp[b, length - 1, end]
        if end:
            beta[b, length - 1, end - 1] = lp[b, length - 1, end - 1]
        for t in range(length - 2, -1, -1):
            nxt = beta[b, t + 1, :end + 1]
            padded = np.append(nxt, [_NEG_INF, _NEG_INF])
            one = padded[1:end + 2]
            two = np.where(np.append(skip[b], [False, False])[2:end + 3], padded[2:end + 3],
                           _NEG_INF)
            beta[b, t, :end + 1] = _logsumexp(nxt, one, two) + lp[b, t, :end + 1]
        both = log_alpha[b, :length, :end + 1] + beta[b, :length, :end + 1]
        post = np.full((length, c), _NEG_INF, log_probs.dtype)
        for s in range(end + 1):
            post[:, labels[b, s]] = _logsumexp(post[:, labels[b, s]], both[:, s])
        lpb = log_probs[:length, b]
        out[:length, b] = (np.exp(lpb) - np.exp(post + nll[b] - lpb)) * grad[b]
    return out


_ctc_backward = defop(
    "_ctc_loss_backward", _ctc_backward_forward, node="NotImplemented",
    inputs=("grad", "log_probs", "nll", "log_alpha"),
    vjp={"grad": _no_derivative("_ctc_loss_backward"),
         "log_probs": _no_derivative("_ctc_loss_backward")})
_ctc_backward.node_cls.name = lambda self: "torch::autograd::NotImplemented"


def _ctc_rule(grad, log_probs, result, result1, labels, input_lengths, target_lengths,
              zero_infinity):
    return _ctc_backward.apply((grad, log_probs, result.detach(), result1),
                               (labels, input_lengths, target_lengths, zero_infinity))


_ctc = defop("_ctc_loss", lambda xp, log_probs, labels, input_lengths, target_lengths,
             zero_infinity: _ctc_forward(xp, log_probs, labels, input_lengths, target_lengths),
             node="CtcLossBackward0", inputs=("log_probs",), outputs=2,
             differentiable_outputs=(True, False), vjp={"log_probs": _ctc_rule})

_REDUCTIONS = ("none", "mean", "sum")


_SIGNATURES = (
    " * (Tensor log_probs, Tensor targets, tuple of ints input_lengths, tuple of ints "
    "target_lengths, int blank = 0, int reduction = at::Reduction::Mean, bool zero_infinity = "
    "False)\n"
    " * (Tensor log_probs, Tensor targets, Tensor input_lengths, Tensor target_lengths, int blank "
    "= 0, int reduction = at::Reduction::Mean, bool zero_infinity = False)\n")


def _lengths(input_lengths, target_lengths):
    """Both lengths as tuples of ints: both tensors (integral) or both sequences, as torch's
    two overloads accept."""
    tensors = [isinstance(v, Tensor) for v in (input_lengths, target_lengths)]
    if tensors[0] != tensors[1] or not tensors[0] and not all(
            isinstance(v, (list, tuple)) for v in (input_lengths, target_lengths)):
        kinds = ", ".join(type(v).__name__ if not isinstance(v, Tensor) else "Tensor"
                          for v in (input_lengths, target_lengths))
        raise TypeError("ctc_loss() received an invalid combination of arguments - got (Tensor, "
                        f"Tensor, {kinds}, int, int, bool), but expected one of:\n"
                        + _SIGNATURES)
    out = []
    for value, name in ((input_lengths, "input_lengths"), (target_lengths, "target_lengths")):
        if isinstance(value, Tensor):
            if value.is_floating_point() or value.is_complex():
                raise RuntimeError(f"{name} must be integral")
            value = value.reshape(-1).tolist()
        out.append(tuple(int(v) for v in value))
    return out


def _check(log_probs, targets, input_lengths, target_lengths, blank):
    """torch's ctc_loss argument checks, in its order and with its messages."""
    t_max, n, c = log_probs.shape
    where = " (while checking arguments for ctc_loss_allocate_outputs)"
    if not 0 <= blank < c:
        raise RuntimeError("blank must be in label range")
    if len(input_lengths) != n:
        raise RuntimeError("input_lengths must be of size batch_size")
    if len(target_lengths) != n:
        raise RuntimeError("target_lengths must be of size batch_size")
    for length in target_lengths:
        if length < 0:
            raise RuntimeError(f"Expected target_lengths to have value at least 0, but got value "
                               f"{length}{where}")
    if targets.ndim == 1:
        total = sum(target_lengths)
        if targets.shape[0] != total:
            raise RuntimeError(f"Expected tensor to have size {total} at dimension 0, but got "
                               f"size {targets.shape[0]} for argument #2 'targets'{where}")
    else:
        longest = max(target_lengths, default=0)
        if targets.shape[1] < longest:
            raise RuntimeError(f"Expected tensor to have size at least {longest} at dimension 1, "
                               f"but got size {targets.shape[1]} for argument #2 'targets'{where}")
    for length in input_lengths:
        if length > t_max:
            raise RuntimeError(f"Expected input_lengths to have value at most {t_max}, but got "
                               f"value {length}{where}")


def ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction="mean",
             zero_infinity=False):
    """Return the CTC loss of (T, N, C) (or unbatched (T, C)) log-probabilities.

    ``targets`` are padded (N, S) or concatenated 1-D labels. ``mean`` divides each sample's
    loss by its target length (at least 1) before averaging over the batch, as torch.
    """
    if reduction not in _REDUCTIONS:
        if reduction != "elementwise_mean":
            raise ValueError(f"{reduction} is not a valid value for reduction")
        import warnings
        warnings.warn("reduction='elementwise_mean' is deprecated. Please use reduction='mean' "
                      "instead.", stacklevel=2)
        reduction = "mean"
    input_lengths, target_lengths = _lengths(input_lengths, target_lengths)
    batched = log_probs.ndim == 3
    if not batched:
        log_probs = log_probs.unsqueeze(1)
        targets = targets.unsqueeze(0)
    _check(log_probs, targets, input_lengths, target_lengths, blank)
    flat = targets.detach().numpy().astype(np.int64)
    offsets = np.concatenate([[0], np.cumsum(target_lengths)[:-1]]).astype(np.int64)
    labels = _extended(flat, offsets, target_lengths, blank)
    res = _ctc.apply((log_probs,), (labels, input_lengths, target_lengths, bool(zero_infinity)))[0]
    if zero_infinity:
        from .pointwise import where
        res = where(res == np.inf, Tensor._make(np.zeros((), res.dtype.np)), res)
    if reduction == "mean":
        divisor = Tensor._make(np.maximum(np.asarray(target_lengths, res.dtype.np), 1))
        res = (res / divisor).mean()
    elif reduction == "sum":
        res = res.sum()
    return res if batched or reduction != "none" else res.squeeze(0)
