"""Tensor repr/str reproducing torch's output: one formatter per tensor, summarisation, suffixes."""

import contextlib
import math

import numpy as np

from .autograd.forward_ad import state as _fw_state

__all__ = ["get_printoptions", "printoptions", "set_printoptions", "tensor_repr"]


class _PrintOptions:
    """The mutable print settings, torch's ``PRINT_OPTS``."""

    __slots__ = ("edgeitems", "linewidth", "precision", "sci_mode", "threshold")

    def __init__(self):
        self.precision = 4
        self.threshold = 1000
        self.edgeitems = 3
        self.linewidth = 80
        self.sci_mode = None


PRINT_OPTS = _PrintOptions()
_OPTION_NAMES = ("precision", "threshold", "edgeitems", "linewidth", "sci_mode")  # torch's order

# precision, threshold, edgeitems, linewidth; a profile leaves sci_mode to its own argument.
_PROFILES = {
    "default": (4, 1000, 3, 80),
    "short": (2, 1000, 2, 80),
    "full": (4, math.inf, 3, 80),
}


def set_printoptions(
    precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None
):
    """Set options for printing tensors; like torch, ``sci_mode`` is always overwritten."""
    if profile in _PROFILES:
        opts = PRINT_OPTS
        opts.precision, opts.threshold, opts.edgeitems, opts.linewidth = _PROFILES[profile]
    if precision is not None:
        PRINT_OPTS.precision = precision
    if threshold is not None:
        PRINT_OPTS.threshold = threshold
    if edgeitems is not None:
        PRINT_OPTS.edgeitems = edgeitems
    if linewidth is not None:
        PRINT_OPTS.linewidth = linewidth
    PRINT_OPTS.sci_mode = sci_mode


def get_printoptions():
    """Return the current print options as a dict that ``set_printoptions(**d)`` accepts."""
    return {name: getattr(PRINT_OPTS, name) for name in _OPTION_NAMES}


@contextlib.contextmanager
def printoptions(**kwargs):
    """Temporarily change the print options; arguments are those of ``set_printoptions``."""
    old = get_printoptions()
    set_printoptions(**kwargs)
    try:
        yield
    finally:
        set_printoptions(**old)


# Default float dtype name used when chainrule._dtype offers no get_default_dtype().
_default_dtype_setting = "float32"


def _default_dtype_name():
    """Name of the default float dtype, which decides whether ``dtype=`` is printed."""
    try:
        from chainrule._dtype import get_default_dtype
    except ImportError:
        return _default_dtype_setting
    return get_default_dtype().name


def _default_device_type():
    """Device type whose tensors print no ``device=`` suffix (torch's default device)."""
    return "cpu"


def _summarize(data, summarized_axes, edgeitems):
    """Keep the first and last ``edgeitems`` entries along each summarised axis."""
    for axis, cut in enumerate(summarized_axes):
        if cut:
            n = data.shape[axis]
            keep = list(range(edgeitems)) + list(range(n - edgeitems, n))
            data = data.take(keep, axis=axis)
    return data


def _float_strings(values):
    """Format float64 values as torch's ``_Formatter``; return right-aligned strings and width."""
    precision = PRINT_OPTS.precision
    finite = np.isfinite(values)
    shown = finite & (values != 0)
    nonzero_finite = values[shown]
    int_mode, sci_mode = True, False
    if nonzero_finite.size:
        magnitudes = np.abs(nonzero_finite)
        low, high = float(magnitudes.min()), float(magnitudes.max())
        int_mode = bool((nonzero_finite == np.ceil(nonzero_finite)).all())
        sci_mode = PRINT_OPTS.sci_mode
        if sci_mode is None:
            sci_mode = high / low > 1000.0 or high > 1.0e8 or low < 1.0e-4
    if sci_mode:
        fmt = f"{{:.{precision}e}}".format
    elif int_mode:
        fmt = "{:.0f}.".format  # the trailing "." marks a float dtype
    else:
        fmt = f"{{:.{precision}f}}".format
    strings = [fmt(v) for v in values.tolist()]
    if int_mode and not sci_mode and not finite.all():
        for i in np.flatnonzero(~finite).tolist():
            strings[i] = strings[i][:-1]
    if shown.all():
        width = max(map(len, strings))
    else:
        width = max([1] + [len(strings[i]) for i in np.flatnonzero(shown).tolist()])
    return [s.rjust(width) for s in strings], width


def _element_strings(data, dtype):
    """Format every shown element once; return the strings and the width used for wrapping."""
    if dtype.is_complex:
        data = data.astype(np.complex128).reshape(-1)
        reals, real_width = _float_strings(data.real.copy())
        imags, imag_width = _float_strings(data.imag.copy())
        strings = []
        for real, imag in zip(reals, imags, strict=True):
            imag = imag.lstrip()
            strings.append(real + imag + "j" if imag[0] in "+-" else real + "+" + imag + "j")
        return strings, real_width + 2 + imag_width + 1
    if dtype.is_floating_point:
        strings, width = _float_strings(data.astype(np.float64).reshape(-1))
        return strings, width + 2
    strings = [str(v) for v in data.reshape(-1).tolist()]
    width = max(1, max(map(len, strings)))
    return [s.rjust(width) for s in strings], width + 2


def _layout(strings, shape, summarized_axes, indent, element_width):
    """Nest element strings into torch's bracketed, wrapped layout, innermost dimension first."""
    ndim = len(shape)
    edgeitems = PRINT_OPTS.edgeitems
    row_indent = indent + ndim - 1
    per_line = max(1, math.floor((PRINT_OPTS.linewidth - row_indent) / element_width))
    line_sep = ",\n" + " " * (row_indent + 1)
    n = shape[-1]
    blocks = []
    for start in range(0, len(strings), n):
        row = strings[start : start + n]
        if summarized_axes[-1]:
            row[edgeitems:edgeitems] = [" ..."]
        lines = [", ".join(row[i : i + per_line]) for i in range(0, len(row), per_line)]
        blocks.append("[" + line_sep.join(lines) + "]")
    for axis in range(ndim - 2, -1, -1):
        n = shape[axis]
        sep = "," + "\n" * (ndim - axis - 1) + " " * (indent + axis + 1)
        grouped = []
        for start in range(0, len(blocks), n):
            group = blocks[start : start + n]
            if summarized_axes[axis]:
                group[edgeitems:edgeitems] = ["..."]
            grouped.append("[" + sep.join(group) + "]")
        blocks = grouped
    return blocks[0]


def _tensor_str(data, dtype, indent):
    """Format the values of a non-empty array as torch's ``_tensor_str`` does."""
    edgeitems = PRINT_OPTS.edgeitems
    summarize = data.size > PRINT_OPTS.threshold
    if summarize and not edgeitems and data.ndim:
        return "[...]"
    summarized_axes = [summarize and n > 2 * edgeitems for n in data.shape]
    data = _summarize(data, summarized_axes, edgeitems)
    if not isinstance(data, np.ndarray):
        data = data.get()  # a CuPy array: only the summarised part crosses to the host
    strings, element_width = _element_strings(data, dtype)
    if data.ndim == 0:
        return strings[0]
    return _layout(strings, data.shape, summarized_axes, indent, element_width)


def _add_suffixes(tensor_str, suffixes, indent):
    """Append ``, suffix`` pieces, moving one to a new line when it would pass the line width."""
    parts = [tensor_str]
    last_line_len = len(tensor_str) - tensor_str.rfind("\n") + 1
    for suffix in suffixes:
        if last_line_len + len(suffix) + 2 > PRINT_OPTS.linewidth:
            parts.append(",\n" + " " * indent + suffix)
            last_line_len = indent + len(suffix)
        else:
            parts.append(", " + suffix)
            last_line_len += len(suffix) + 2
    parts.append(")")
    return "".join(parts)


def _prefix(t):
    """``tensor(`` for Tensor and Parameter, else the subclass name, as torch prints it."""
    cls = type(t)
    if cls.__name__ in ("Tensor", "Parameter"):
        return "tensor("
    if any(base.__name__ == "Tensor" for base in cls.__mro__[1:]):
        return cls.__name__ + "("
    return "tensor("


def _device_str(device):
    """``cuda:0``-style device text, as ``str(torch.device)``."""
    index = getattr(device, "index", None)
    return device.type if index is None else f"{device.type}:{index}"


def tensor_repr(t, *, tensor_contents=None, wrapped=True):
    """Return torch's repr of ``t``; ``tensor_contents`` replaces the formatted values."""
    if wrapped and _fw_state.layers:  # inside torch.func transforms: torch's wrapper reprs
        from .func._repr import wrapped_repr
        text = wrapped_repr(t)
        if text is not None:
            return text
    prefix = _prefix(t)
    indent = len(prefix)
    data = t._data
    dtype = t.dtype
    default_name = _default_dtype_name()
    suffixes = []
    device = t.device
    if device.type != _default_device_type():
        suffixes.append(f"device='{_device_str(device)}'")
    if device.type == "meta":  # no values to show, so no dtype to infer from them either
        suffixes.append("size=" + str(tuple(data.shape)))
        if dtype.name != default_name:
            suffixes.append("dtype=" + repr(dtype))
    elif data.size == 0:
        if data.ndim != 1:
            suffixes.append("size=" + str(tuple(data.shape)))
        if dtype.name != default_name:
            suffixes.append("dtype=" + repr(dtype))
    else:
        if not PRINT_OPTS.edgeitems:
            suffixes.append("size=" + str(tuple(data.shape)))
        default_complex = "complex128" if default_name == "float64" else "complex64"
        if dtype.name not in (default_name, default_complex, "int64", "bool"):
            suffixes.append("dtype=" + repr(dtype))
    if tensor_contents is not None:
        tensor_str = tensor_contents
    elif device.type == "meta":
        tensor_str = "..."
    elif data.size == 0:
        tensor_str = "[]"
    else:
        tensor_str = _tensor_str(data, dtype, indent)
    grad_fn = t.grad_fn
    if grad_fn is not None:
        name = grad_fn.name() if hasattr(grad_fn, "name") else type(grad_fn).__name__
        name = name.rsplit("::", 1)[-1]  # C++ nodes print without their namespace, as torch
        suffixes.append(f"grad_fn=<{name}>")
    elif t.requires_grad:
        suffixes.append("requires_grad=True")
    tangent = getattr(t, "_fw_tangent", None)
    if tangent is not None:
        # torch formats the tangent with f"{tangent}": a 0-d one prints as its Python scalar.
        if tangent._data.ndim == 0:
            suffixes.append(f"tangent={tangent._data.item()}")
        else:
            suffixes.append("tangent=" + tensor_repr(tangent))
    return _add_suffixes(prefix + tensor_str, suffixes, indent)
