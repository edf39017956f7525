"""stack_module_state: stack the parameters and buffers of same-class models for ensembling."""

from .._ops.shape import stack


def _stacked(name, tensors):
    """Stack one entry across models; a fresh leaf that requires grad iff every source does."""
    flags = {t.requires_grad for t in tensors}
    if len(flags) > 1:
        raise RuntimeError(f"Expected {name} from each model to have the same .requires_grad")
    out = stack(tensors).detach()
    return out.requires_grad_() if flags == {True} else out


def stack_module_state(models):
    """Return ``(params, buffers)`` dicts whose tensors stack the models' along a new dim 0."""
    models = list(models)
    if not models:
        raise RuntimeError("stack_module_state: Expected at least one model, got 0.")
    if len({m.training for m in models}) > 1:
        raise RuntimeError(
            "stack_module_state: Expected all models to have the same training/eval mode.")
    if len({type(m) for m in models}) > 1:
        raise RuntimeError("stack_module_state: Expected all models to be of the same class.")
    per_model = [dict(m.named_parameters()) for m in models]
    params = {k: _stacked(k, [p[k] for p in per_model]) for k in per_model[0]}
    per_model = [dict(m.named_buffers()) for m in models]
    buffers = {k: _stacked(k, [b[k] for b in per_model]) for k in per_model[0]}
    return params, buffers
