"""chainrule.func: composable transforms (grad, vjp, jvp, jacrev, jacfwd, hessian, vmap)."""

from ._batch_norm_replacement import replace_all_batch_norm_modules_
from ._functional_call import functional_call
from ._stack_module_state import stack_module_state
from ._transforms import grad, grad_and_value, hessian, jacfwd, jacrev, jvp, linearize, vjp
from ._vmap import vmap

__all__ = ["functional_call", "grad", "grad_and_value", "hessian", "jacfwd", "jacrev", "jvp",
           "linearize", "replace_all_batch_norm_modules_", "stack_module_state", "vjp", "vmap"]
