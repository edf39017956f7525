"""Activation modules: each wraps one nn.functional call and prints its arguments as torch."""

from ..._ops.pointwise import sigmoid, tanh
from .. import functional as F
from .module import Module


class _Simple(Module):
    def forward(self, input):
        return self._fn(input)


def _simple(name, fn, doc):
    cls = type(name, (_Simple,), {"_fn": staticmethod(fn), "__doc__": doc})
    cls.__module__ = __name__
    return cls


Tanh = _simple("Tanh", tanh, "Apply tanh element-wise.")
Sigmoid = _simple("Sigmoid", sigmoid, "Apply the logistic sigmoid element-wise.")
LogSigmoid = _simple("LogSigmoid", F.logsigmoid, "Apply log(sigmoid(x)) element-wise.")
Softsign = _simple("Softsign", F.softsign, "Apply x / (1 + |x|) element-wise.")


class _Inplace(Module):
    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace

    def forward(self, input):
        return self._fn(input, inplace=self.inplace)

    def extra_repr(self):
        return "inplace=True" if self.inplace else ""


def _inplace_simple(name, fn, doc, shows_inplace=True):
    """A module over ``fn(input, inplace)``; torch's Hardswish/Hardsigmoid print no inplace."""
    body = {"_fn": staticmethod(fn), "__doc__": doc}
    if not shows_inplace:
        body["extra_repr"] = Module.extra_repr
    cls = type(name, (_Inplace,), body)
    cls.__module__ = __name__
    return cls


SiLU = _inplace_simple("SiLU", F.silu, "Apply x * sigmoid(x) element-wise.")
Mish = _inplace_simple("Mish", F.mish, "Apply x * tanh(softplus(x)) element-wise.")
SELU = _inplace_simple("SELU", F.selu, "Apply the self-normalising ELU.")


ReLU = _inplace_simple("ReLU", F.relu, "Apply max(x, 0) element-wise.")
Hardswish = _inplace_simple("Hardswish", F.hardswish, "Apply x * relu6(x + 3) / 6 element-wise.",
                            shows_inplace=False)
Hardsigmoid = _inplace_simple("Hardsigmoid", F.hardsigmoid, "Apply relu6(x + 3) / 6 element-wise.",
                              shows_inplace=False)
ReLU6 = _inplace_simple("ReLU6", F.relu6, "Apply min(max(x, 0), 6) element-wise.")


class LeakyReLU(Module):
    """Apply x for x > 0, else negative_slope * x."""

    def __init__(self, negative_slope=0.01, inplace=False):
        super().__init__()
        self.negative_slope = negative_slope
        self.inplace = inplace

    def forward(self, input):
        return F.leaky_relu(input, self.negative_slope, self.inplace)

    def extra_repr(self):
        return f"negative_slope={self.negative_slope}" + (", inplace=True" if self.inplace else "")


class ELU(Module):
    """Apply x for x > 0, else alpha * (exp(x) - 1)."""

    def __init__(self, alpha=1.0, inplace=False):
        super().__init__()
        self.alpha = alpha
        self.inplace = inplace

    def forward(self, input):
        return F.elu(input, self.alpha, self.inplace)

    def extra_repr(self):
        return f"alpha={self.alpha}" + (", inplace=True" if self.inplace else "")


class CELU(ELU):
    """Apply max(0, x) + min(0, alpha * (exp(x / alpha) - 1))."""

    def forward(self, input):
        return F.celu(input, self.alpha, self.inplace)


class GELU(Module):
    """Apply x * Phi(x) (``approximate='tanh'`` for the tanh form)."""

    def __init__(self, approximate="none"):
        super().__init__()
        self.approximate = approximate

    def forward(self, input):
        return F.gelu(input, approximate=self.approximate)

    def extra_repr(self):
        return f"approximate={self.approximate!r}"


class Softplus(Module):
    """Apply log(1 + exp(beta x)) / beta element-wise."""

    def __init__(self, beta=1.0, threshold=20.0):
        super().__init__()
        self.beta = beta
        self.threshold = threshold

    def forward(self, input):
        return F.softplus(input, self.beta, self.threshold)

    def extra_repr(self):
        return f"beta={self.beta}, threshold={self.threshold}"


class Hardtanh(Module):
    """Clamp to [min_val, max_val]."""

    def __init__(self, min_val=-1.0, max_val=1.0, inplace=False):
        super().__init__()
        self.min_val = min_val
        self.max_val = max_val
        self.inplace = inplace

    def forward(self, input):
        return F.hardtanh(input, self.min_val, self.max_val, self.inplace)

    def extra_repr(self):
        return f"min_val={self.min_val}, max_val={self.max_val}" + \
            (", inplace=True" if self.inplace else "")


class _DimModule(Module):
    def __init__(self, dim=None):
        super().__init__()
        self.dim = dim

    def extra_repr(self):
        return f"dim={self.dim}"


class Softmax(_DimModule):
    """Apply softmax along ``dim``."""

    def forward(self, input):
        return F.softmax(input, self.dim, _stacklevel=5)


class LogSoftmax(_DimModule):
    """Apply log_softmax along ``dim``."""

    def forward(self, input):
        return F.log_softmax(input, self.dim, _stacklevel=5)


class Softmin(_DimModule):
    """Apply softmax(-x) along ``dim``."""

    def forward(self, input):
        return F.softmin(input, self.dim, _stacklevel=5)
