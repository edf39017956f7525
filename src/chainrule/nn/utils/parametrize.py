"""torch.nn.utils.parametrize: a module tensor computed on access from learnable originals, by
swapping the module's class for a subclass with a property (torch's Parametrized<Class>)."""

import contextlib

from ..._tensor import Tensor
from ...autograd.grad_mode import no_grad
from ..modules.container import ModuleDict, ModuleList
from ..parameter import Parameter

_cache = {"enabled": 0, "values": {}}


class ParametrizationList(ModuleList):
    """The parametrizations of one tensor, applied in order to its ``original`` tensor(s)."""

    def __init__(self, modules, original, unsafe=False):
        super().__init__(modules)
        self.unsafe = unsafe
        first = modules[0]
        with no_grad():
            new = first.right_inverse(original) if hasattr(first, "right_inverse") else original
        if isinstance(new, Tensor):
            if new is not original:
                with no_grad():
                    original.copy_(new)
            self.is_tensor = True
            self.ntensors = 1
            self._register(original, "original")
        else:
            self.is_tensor = False
            self.ntensors = len(new)
            for i, t in enumerate(new):
                self._register(Parameter(t.detach().clone(), original.requires_grad)
                               if isinstance(original, Parameter) else t, f"original{i}")
        if not unsafe:
            self._check_consistent(original.dtype, original.shape)

    def _check_consistent(self, dtype, shape):
        """torch's registration check: one forward (it runs, side effects included), whose
        output must keep the original's dtype and shape."""
        value = self()
        if not isinstance(value, Tensor):
            raise ValueError(f"A parametrization must return a tensor. Got {type(value).__name__}.")
        if value.dtype != dtype:
            raise ValueError("Registering a parametrization may not change the dtype of the "
                             "tensor, unless `unsafe` flag is enabled.\n"
                             f"unparametrized dtype: {dtype}\nparametrized dtype: {value.dtype}")
        if value.shape != shape:
            raise ValueError("Registering a parametrization may not change the shape of the "
                             "tensor, unless `unsafe` flag is enabled.\n"
                             f"unparametrized shape: {shape}\nparametrized shape: {value.shape}")

    def _register(self, tensor, name):
        if isinstance(tensor, Parameter):
            self.register_parameter(name, tensor)
        else:
            self.register_buffer(name, tensor)

    def right_inverse(self, value):
        """Write ``value`` back into the originals through each right_inverse, last first."""
        with no_grad():
            for module in reversed(list(self)):
                if hasattr(module, "right_inverse"):
                    value = module.right_inverse(value)
            if self.is_tensor:
                self.original.copy_(value)
            else:
                for i, t in enumerate(value):
                    getattr(self, f"original{i}").copy_(t)

    def forward(self):
        if self.is_tensor:
            x = self[0](self.original)
        else:
            x = self[0](*(getattr(self, f"original{i}") for i in range(self.ntensors)))
        for module in list(self)[1:]:
            x = module(x)
        return x


def _property(name):
    def get(module):
        key = (id(module), name)
        if _cache["enabled"]:
            if key not in _cache["values"]:
                _cache["values"][key] = module.parametrizations[name]()
            return _cache["values"][key]
        return module.parametrizations[name]()

    def put(module, value):
        module.parametrizations[name].right_inverse(value)

    return property(get, put)


def _swap_class(module):
    cls = type(module)
    module.__class__ = type(f"Parametrized{cls.__name__}", (cls,), {})


def register_parametrization(module, tensor_name, parametrization, *, unsafe=False):
    """Make ``module.<tensor_name>`` the output of ``parametrization`` on a learnable original."""
    parametrization.train(module.training)
    if is_parametrized(module, tensor_name):
        module.parametrizations[tensor_name].append(parametrization)
        return module
    if tensor_name not in module._parameters and tensor_name not in module._buffers:
        raise ValueError(f"Module '{module}' does not have a parameter, a buffer, or a "
                         f"parametrized element with name '{tensor_name}'")
    original = getattr(module, tensor_name)
    delattr(module, tensor_name)
    plist = ParametrizationList([parametrization], original, unsafe=unsafe)
    if not is_parametrized(module):
        module.parametrizations = ModuleDict()
        _swap_class(module)
    module.parametrizations[tensor_name] = plist
    setattr(type(module), tensor_name, _property(tensor_name))
    return module


def is_parametrized(module, tensor_name=None):
    """True if ``module`` (or its ``tensor_name``) has parametrizations."""
    plist = module._modules.get("parametrizations")
    if not isinstance(plist, ModuleDict):
        return False
    return tensor_name is None or tensor_name in plist


def remove_parametrizations(module, tensor_name, leave_parametrized=True):
    """Undo ``register_parametrization``, keeping the current value (or the original)."""
    if not is_parametrized(module, tensor_name):
        raise ValueError(f"Module {module} does not have a parametrization on {tensor_name}")
    plist = module.parametrizations[tensor_name]
    if plist.is_tensor:
        original = plist.original
        if leave_parametrized:
            with no_grad():
                original.copy_(getattr(module, tensor_name))
    else:
        if not leave_parametrized:
            raise ValueError("Cannot leave unparametrized (`leave_parametrized=False`) a tensor "
                             "that is parametrized in terms of a sequence of tensors.")
        with no_grad():
            value = getattr(module, tensor_name)
        original = Parameter(value.detach().clone(), value.requires_grad) \
            if isinstance(plist.original0, Parameter) else value.detach().clone()
    delattr(type(module), tensor_name)
    del module.parametrizations[tensor_name]
    if isinstance(original, Parameter):
        module.register_parameter(tensor_name, original)
    else:
        module.register_buffer(tensor_name, original)
    if not module.parametrizations._modules:
        delattr(module, "parametrizations")
        module.__class__ = type(module).__bases__[0]
    return module


@contextlib.contextmanager
def cached():
    """Compute each parametrized tensor once inside the block."""
    _cache["enabled"] += 1
    try:
        yield
    finally:
        _cache["enabled"] -= 1
        if not _cache["enabled"]:
            _cache["values"].clear()
