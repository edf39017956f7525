"""Weight normalisation w = g * v / ||v||: the parametrization (torch.nn.utils.parametrizations
.weight_norm) and the older hook form (torch.nn.utils.weight_norm, weight_g / weight_v)."""

import warnings

from ..._ops._registry import defop
from ...autograd.grad_mode import no_grad
from ..modules.module import Module
from ..parameter import Parameter
from . import parametrize


def norm_except_dim(v, pow=2, dim=0):
    """The p-norm of ``v`` over every dim but ``dim`` (kept with size 1); all dims for -1."""
    if dim == -1:
        return v.norm(pow)
    dims = tuple(d for d in range(v.ndim) if d != dim % v.ndim)
    return v.norm(pow, dim=dims, keepdim=True)


def _other_axes(ndim, dim):
    return tuple(range(ndim)) if dim == -1 else tuple(d for d in range(ndim) if d != dim % ndim)


def _weight_norm_forward(xp, v, g, dim):
    axes = _other_axes(v.ndim, dim)
    norm = xp.sqrt(xp.sum(v * v, axis=axes, keepdims=dim != -1))
    return v * (g / norm)


def _weight_norm_rule(grad, v, g, dim, needs):
    """w = v g / |v|: dg = sum(grad v) / |v|; dv = g / |v| (grad - v sum(grad v) / |v|²)."""
    axes = _other_axes(v.ndim, dim)
    norm = norm_except_dim(v, 2, dim)
    dot = (grad * v).sum(axes, keepdim=dim != -1)
    grad_v = g / norm * (grad - v * (dot / (norm * norm))) if needs[0] else None
    grad_g = (dot / norm).reshape(g.shape) if needs[1] else None
    return grad_v, grad_g


_weight_norm_op = defop("_weight_norm", _weight_norm_forward,
                        node="WeightNormInterfaceBackward0", inputs=("v", "g"),
                        vjp=_weight_norm_rule)


def _weight_norm(v, g, dim=0):
    """torch._weight_norm: v * (g / ||v||) with the norm over every dim but ``dim``."""
    return _weight_norm_op.apply((v, g), (dim,))


class _WeightNorm(Module):
    """The parametrization: (g, v) to g * v / ||v||."""

    def __init__(self, dim=0):
        super().__init__()
        self.dim = -1 if dim is None else dim

    def forward(self, weight_g, weight_v):
        return _weight_norm(weight_v, weight_g, self.dim)

    def right_inverse(self, weight):
        return norm_except_dim(weight, 2, self.dim), weight


def weight_norm(module, name="weight", dim=0):
    """Parametrize ``module.<name>`` as g * v / ||v|| (originals original0 = g, original1 = v)."""
    parametrize.register_parametrization(module, name, _WeightNorm(dim), unsafe=True)
    return module


_DEPRECATED = ("`torch.nn.utils.weight_norm` is deprecated in favor of "
               "`torch.nn.utils.parametrizations.weight_norm`.")


class _WeightNormHook:
    """Recompute ``module.<name>`` from <name>_g and <name>_v before each forward."""

    def __init__(self, name, dim):
        self.name = name
        self.dim = dim

    def compute(self, module):
        g = getattr(module, self.name + "_g")
        v = getattr(module, self.name + "_v")
        return _weight_norm(v, g, self.dim)

    def __call__(self, module, inputs):
        setattr(module, self.name, self.compute(module))


def legacy_weight_norm(module, name="weight", dim=0):
    """The hook form: replace ``name`` by parameters ``name_g`` and ``name_v``."""
    warnings.warn(_DEPRECATED, FutureWarning, stacklevel=2)
    dim = -1 if dim is None else dim
    for hook in module._forward_pre_hooks.values():
        if isinstance(hook, _WeightNormHook) and hook.name == name:
            raise RuntimeError(f"Cannot register two weight_norm hooks on the same parameter "
                               f"{name}")
    weight = getattr(module, name)
    del module._parameters[name]
    module.register_parameter(name + "_g", Parameter(norm_except_dim(weight, 2, dim).data))
    module.register_parameter(name + "_v", Parameter(weight.data))
    hook = _WeightNormHook(name, dim)
    setattr(module, name, hook.compute(module))
    module.register_forward_pre_hook(hook)
    return module


def remove_weight_norm(module, name="weight"):
    """Fold the hook form back into a plain parameter ``name``."""
    for key, hook in list(module._forward_pre_hooks.items()):
        if isinstance(hook, _WeightNormHook) and hook.name == name:
            with no_grad():
                weight = hook.compute(module)
            delattr(module, name)
            del module._parameters[name + "_g"]
            del module._parameters[name + "_v"]
            setattr(module, name, Parameter(weight.data))
            del module._forward_pre_hooks[key]
            return module
    raise ValueError(f"weight_norm of '{name}' not found in {module}")
