"""Lazy modules: LazyLinear takes in_features from its first input, then becomes a Linear (its
parameters start as UninitializedParameter placeholders, as torch)."""

import numpy as np

from ..parameter import Parameter
from .linear import Linear
from .module import Module

_SHAPE = ("Can't access the shape of an uninitialized parameter or buffer. This error usually "
          "happens in `load_state_dict` when trying to load an uninitialized parameter into an "
          "initialized one. Call `forward` to initialize the parameters before accessing their "
          "attributes.")


class UninitializedTensorMixin:
    """Shape-less placeholders: reading the shape raises torch's error until ``materialize``
    gives the tensor storage and turns it into ``cls_to_become``."""

    cls_to_become = None

    @property
    def shape(self):
        raise RuntimeError(_SHAPE)

    def size(self, dim=None):
        raise RuntimeError(_SHAPE)

    def numel(self):
        raise RuntimeError(_SHAPE)

    def __repr__(self):
        return f"<{type(self).__name__}>"

    __str__ = __repr__

    def materialize(self, shape):
        """Allocate storage of ``shape`` and become an ordinary tensor of the final class."""
        self._data = np.empty(shape, dtype=self._data.dtype)
        self.__class__ = self.cls_to_become


class UninitializedParameter(UninitializedTensorMixin, Parameter):
    """A parameter whose shape is not known yet; ``materialize`` gives it one."""

    cls_to_become = Parameter

    def __new__(cls, requires_grad=True, device=None, dtype=None):
        return object.__new__(cls)

    def __init__(self, requires_grad=True, device=None, dtype=None):
        from ..._creation import empty
        super().__init__(empty(0, dtype=dtype), requires_grad)


class LazyLinear(Linear):
    """A Linear whose in_features is inferred from the first input it sees."""

    cls_to_become = Linear

    def __init__(self, out_features, bias=True, device=None, dtype=None):
        Module.__init__(self)
        self.in_features = 0
        self.out_features = out_features
        self.weight = UninitializedParameter(dtype=dtype)
        if bias:
            self.bias = UninitializedParameter(dtype=dtype)
        else:
            self.register_parameter("bias", None)
        self._lazy_hook = self.register_forward_pre_hook(LazyLinear._infer)

    @staticmethod
    def _infer(module, args):
        module.in_features = args[0].shape[-1]
        module.weight.materialize((module.out_features, module.in_features))
        if module.bias is not None:
            module.bias.materialize((module.out_features,))
        module.reset_parameters()
        module._lazy_hook.remove()
        del module._lazy_hook
        module.__class__ = module.cls_to_become

    def has_uninitialized_params(self):
        """True until the first forward call."""
        return isinstance(self.weight, UninitializedParameter)


__all__ = ["LazyLinear", "UninitializedParameter"]
