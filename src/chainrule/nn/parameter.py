"""Parameter: a leaf tensor that a Module registers as learnable when assigned as an attribute."""

from .._tensor import Tensor, _init


class Parameter(Tensor):
    """A tensor that is a module parameter; it shares ``data`` and requires grad by default.

    >>> chainrule.nn.Parameter(chainrule.tensor([1., 2.]))
    Parameter containing:
    tensor([1., 2.], requires_grad=True)
    """

    def __new__(cls, data=None, requires_grad=True):
        return object.__new__(cls)

    def __init__(self, data=None, requires_grad=True):
        from .._creation import empty
        if data is None:
            data = empty(0)
        if requires_grad and not (data.is_floating_point() or data.is_complex()):
            raise RuntimeError(
                "Only Tensors of floating point and complex dtype can require gradients")
        _init(self, data._data)
        self._vc = data._vc_cell()
        self.requires_grad_(requires_grad)

    def __repr__(self):
        return "Parameter containing:\n" + Tensor.__repr__(self)

    __str__ = __repr__

    def __reduce_ex__(self, protocol):
        import numpy as np
        return _rebuild_parameter, (np.array(self._data), self._rg)

    def __deepcopy__(self, memo):
        if id(self) in memo:
            return memo[id(self)]
        new = Parameter(Tensor._make(self._data.copy()), self._rg)  # no .grad, as torch
        memo[id(self)] = new
        return new


def _rebuild_parameter(array, requires_grad):
    """Recreate a Parameter from the pieces pickle stores."""
    return Parameter(Tensor._make(array), requires_grad)

