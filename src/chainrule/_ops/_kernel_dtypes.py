"""The dtypes torch's CPU kernels refuse, with torch's exact errors, checked once in the registry.

NumPy computes ``abs(bool)`` or ``softmax(int)`` happily; torch raises from the kernel's dtype
dispatch. Each entry: the NumPy dtype kinds refused, and the error to raise for one of them.
"""

_TORCH_NAMES = {"b": "Bool", "int8": "Char", "uint8": "Byte", "int16": "Short",
                "int32": "Int", "int64": "Long", "uint16": "UInt16", "uint32": "UInt32",
                "uint64": "UInt64"}
_INTS = "biu"
_FLOAT_ONLY = "only support floating point and complex dtypes"
ADDCDIV_INTEGER_DIVISION = (  # raised by addcdiv itself, before broadcasting
    "Integer division with addcdiv is no longer supported, and in a future  release addcdiv will "
    "perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be "
    "implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer "
    "inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv "
    "behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all "
    "dtypes.")


def _softmax_kernel(prefix):
    """torch picks the last-dim kernel when reducing over the last dim."""
    return lambda arr, attrs: (f"{prefix}_lastdim_kernel_impl" if attrs[0] in (-1, arr.ndim - 1)
                               or arr.ndim <= 1 else f"{prefix}_kernel_impl")


def _lerp_kernel(arr, attrs):
    """lerp's scalar-weight overload carries the weight as an attribute."""
    return "lerp_kernel_scalar" if attrs else "lerp_kernel_tensor"


def _pow_kernel(arr, attrs):
    """Only tensor ** tensor refuses bool; a Python number exponent or base promotes first."""
    return None if attrs else "pow"


# op name -> (refused kinds, NotImplementedError kernel name (or a function of the array and the
# op's attributes giving it, None where accepted) | (exception type, message))
REFUSED = {
    "abs": ("b", "abs_cpu"), "ceil": ("b", "ceil_vml_cpu"), "floor": ("b", "floor_vml_cpu"),
    "round": ("b", "round_vml_cpu"), "trunc": ("b", "trunc_vml_cpu"),
    "frac": (_INTS, "frac_cpu"), "hypot": (_INTS, "hypot_cpu"),
    "logaddexp": (_INTS, "logaddexp_cpu"), "lerp": (_INTS, _lerp_kernel),
    "addcmul": ("b", "addcmul_cpu_out"),
    "median": ("b", lambda arr, attrs: "median_out" if attrs else "median_cpu"),
    "logcumsumexp": (_INTS, "logcumsumexp_out_cpu"),
    "softmax": (_INTS, _softmax_kernel("softmax")),
    "log_softmax": (_INTS, _softmax_kernel("log_softmax")),
    "elu": (_INTS, "elu_cpu"), "celu": (_INTS, "elu_cpu"), "gelu": (_INTS, "GeluKernelImpl"),
    "silu": (_INTS, "silu_cpu"),
    "softplus": (_INTS, "softplus_cpu"), "leaky_relu": (_INTS, "leaky_relu_cpu"),
    "mish": (_INTS, "mish_cpu"), "hardswish": (_INTS, "hardswish_cpu"),
    "hardsigmoid": (_INTS, "hardsigmoid_cpu"), "log_sigmoid": (_INTS, "log_sigmoid_cpu"),
    "hardtanh": ("b", (RuntimeError, "Bool inputs not supported for hardtanh")),
    "var": (_INTS, (RuntimeError, "std and var " + _FLOAT_ONLY)),
    "std": (_INTS, (RuntimeError, "std and var " + _FLOAT_ONLY)),
    "var_mean": (_INTS, (RuntimeError, "var_mean " + _FLOAT_ONLY)),
    "std_mean": (_INTS, (RuntimeError, "std_mean " + _FLOAT_ONLY)),
    "topk": ("b", (RuntimeError, "topk does not support bool dtypes on CPU")),
    "fmod": ("b", "fmod_cpu"), "remainder": ("b", "remainder_cpu"),
    "floor_divide": ("b", "div_floor_cpu"), "trace": ("b", "trace"),
    "dot": ("b", "dot"), "mv": ("b", "addmv_impl_cpu"), "mm": ("b", "addmm_impl_cpu_"),
    "bmm": ("b", "bmm"), "pow": ("b", _pow_kernel),
}

# ops whose inputs do not broadcast against each other (torch checks their shapes elsewhere)
NOT_ELEMENTWISE = frozenset(("dot", "mv", "mm", "bmm", "trace"))


def refusal(arr, attrs, entry):
    """torch's error for running a kernel on ``arr``'s dtype, or None if the kernel takes it."""
    kinds, err = entry
    if arr.dtype.kind not in kinds:
        return None
    if isinstance(err, tuple):
        return err[0](err[1])
    kernel = err(arr, attrs) if callable(err) else err
    if kernel is None:
        return None
    name = _TORCH_NAMES["b"] if arr.dtype.kind == "b" else _TORCH_NAMES.get(arr.dtype.name, "")
    return NotImplementedError(f'"{kernel}" not implemented for \'{name}\'')
