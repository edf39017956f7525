"""instance_norm: batch norm of each (sample, channel) slice, as torch computes it."""

from ..autograd.grad_mode import no_grad


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None,
                  use_input_stats=True, momentum=0.1, eps=1e-5):
    """Normalise every channel of every sample over its positions.

    As torch, the batch is folded into the channels (1, N*C, ...) and batch-normalised; running
    estimates, when given, take the mean of the per-sample updates.
    """
    from .._ops.nn_norm import batch_norm
    n, c = input.shape[0], input.shape[1]
    folded = input.reshape(1, n * c, *input.shape[2:])
    rm = None if running_mean is None else running_mean.repeat(n)
    rv = None if running_var is None else running_var.repeat(n)
    out = batch_norm(folded, rm, rv, None if weight is None else weight.repeat(n),
                     None if bias is None else bias.repeat(n), use_input_stats, momentum, eps)
    if running_mean is not None and use_input_stats:
        with no_grad():
            running_mean.copy_(rm.view(n, c).mean(0))
            running_var.copy_(rv.view(n, c).mean(0))
    return out.view_as(input)
