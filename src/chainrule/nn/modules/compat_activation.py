"""PReLU: a leaky ReLU whose negative slope is learned (one shared or one per channel)."""

from ..._creation import full
from ..._ops.compat_nn import prelu
from ..parameter import Parameter
from .module import Module


class PReLU(Module):
    """Apply max(0, x) + a * min(0, x) with learned ``a`` (initialised to ``init``)."""

    def __init__(self, num_parameters=1, init=0.25, device=None, dtype=None):
        super().__init__()
        self.num_parameters = num_parameters
        self.init = init
        self.weight = Parameter(full((num_parameters,), float(init), dtype=dtype))

    def extra_repr(self):
        return f"num_parameters={self.num_parameters}"

    def forward(self, input):
        return prelu(input, self.weight)
