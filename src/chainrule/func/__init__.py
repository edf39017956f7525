"""chainrule.func: composable transforms (grad, vjp, jvp, jacrev, jacfwd, hessian, vmap)."""

from ._functional_call import functional_call
from ._stack_module_state import stack_module_state
from ._transforms import grad, grad_and_value, hessian, jacfwd, jacrev, jvp, linearize, vjp
from ._vmap import vmap

__all__ = ["functional_call", "grad", "grad_and_value", "hessian", "jacfwd", "jacrev", "jvp",
           "linearize", "stack_module_state", "vjp", "vmap"]
