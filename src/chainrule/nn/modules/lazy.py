"""Lazy modules: LazyLinear takes in_features from its first input, then becomes a Linear (its
parameters start as UninitializedParameter placeholders, as torch)."""

import numpy as np

from ..._creation import empty
from ..._tensor import Tensor
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


class UninitializedBuffer(UninitializedTensorMixin, Tensor):
    """A buffer whose shape is not known yet; ``materialize`` gives it one."""

    cls_to_become = Tensor


def _uninitialized_buffer(dtype):
    out = empty(0, dtype=dtype)
    out.__class__ = UninitializedBuffer
    return out


class LazyModuleMixin:
    """Shared lazy behaviour: a pre-hook infers the channels once, then the class changes."""

    cls_to_become = None

    def _defer(self, names, dtype):
        """Swap the named parameters (and running buffers) for shape-less placeholders."""
        for name in names:
            if getattr(self, name, None) is None:
                continue
            if name in self._parameters:
                setattr(self, name, UninitializedParameter(dtype=dtype))
            else:
                self._buffers[name] = _uninitialized_buffer(dtype)
        self._lazy_hook = self.register_forward_pre_hook(type(self)._initialize)

    @staticmethod
    def _initialize(module, args):
        if module.has_uninitialized_params():  # torch infers nothing when nothing is deferred
            module._materialize(args[0])
        module._lazy_hook.remove()
        del module._lazy_hook
        module.__class__ = module.cls_to_become

    def has_uninitialized_params(self):
        """True until the first forward call."""
        return any(isinstance(t, UninitializedTensorMixin)
                   for t in (*self._parameters.values(), *self._buffers.values()))


class LazyLinear(LazyModuleMixin, Linear):
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
        self._lazy_hook = self.register_forward_pre_hook(type(self)._initialize)

    def _materialize(self, input):
        self.in_features = input.shape[-1]
        self.weight.materialize((self.out_features, self.in_features))
        if self.bias is not None:
            self.bias.materialize((self.out_features,))
        self.reset_parameters()


__all__ = ["LazyLinear", "LazyModuleMixin", "UninitializedBuffer", "UninitializedParameter"]
