"""gradcheck and gradgradcheck: compare backward's Jacobians with central differences.

The slow mode builds both full Jacobians; the fast mode compares random projections v^T J u
(one backward per output and two forward evaluations per input), as torch's ``fast_mode``.
"""

import warnings

import numpy as np

__all__ = ["gradcheck", "gradgradcheck", "GradcheckError"]

_FAST_FAIL_SLOW_OK = (
    "\nFast gradcheck failed but element-wise differences are small. This means that the\n"
    "test might've passed in slow_mode!\n")


class GradcheckError(RuntimeError):
    """Raised by gradcheck and gradgradcheck when a gradient check fails."""


def _as_tuple(x):
    """Wrap a lone input in a tuple, as torch's _as_tuple."""
    return tuple(x) if isinstance(x, (tuple, list)) else (x,)


def _is_tensor(x):
    """True for chainrule tensors (imported lazily: autograd loads before Tensor)."""
    from .._tensor import Tensor
    return isinstance(x, Tensor)


def _check_inputs(inputs):
    """Warn, as torch, for inputs requiring grad in less than double precision."""
    found = False
    for idx, inp in enumerate(inputs):
        if _is_tensor(inp) and inp.requires_grad:
            found = True
            data = inp._data  # (NumPy may give size-0 arrays zero strides: nothing overlaps)
            if data.size and not all(st > 0 or sz <= 1 for st, sz in zip(data.strides,
                                                                           data.shape)):
                raise RuntimeError(
                    f"The {idx}th input has a dimension with stride 0. gradcheck only supports "
                    "inputs that are non-overlapping to be able to compute the numerical "
                    "gradients correctly. You should call .contiguous on the input before "
                    "passing it to gradcheck.")
            if inp._data.dtype not in (np.float64, np.complex128):
                warnings.warn(
                    f"Input #{idx} requires gradient and is not a double precision floating "
                    "point or complex. This check will likely fail if all the inputs are not of "
                    "double precision floating point or complex. ", stacklevel=4)
    if not found:
        raise ValueError(
            "gradcheck expects at least one input tensor to require gradient, but none of them "
            "have requires_grad=True.")


def _outputs(func, inputs):
    """Call func and return its tensor outputs as a tuple."""
    return tuple(o for o in _as_tuple(func(*inputs)) if _is_tensor(o))


def _wide(arr):
    """``arr`` as float64, or complex128 when complex."""
    return np.asarray(arr, dtype=np.complex128 if arr.dtype.kind == "c" else np.float64)


def _evaluate(func, inputs):
    """Evaluate func (recording, as gradgradcheck's func takes a grad); return float64 arrays."""
    return [_wide(o._data).copy() for o in _outputs(func, inputs)]


def _central(func, inputs, data, pos, step, out_idx):
    """Return (f(x + step) - f(x - step)) / 2 at position ``pos`` of ``data``, per output."""
    orig = data[pos].copy()
    data[pos] = orig + step
    plus = _evaluate(func, inputs)
    data[pos] = orig - step
    minus = _evaluate(func, inputs)
    data[pos] = orig
    return [(plus[k] - minus[k]).reshape(-1) / 2 for k in out_idx]


def _numerical(func, inputs, diff_idx, out_idx, eps):
    """Return [input][output] arrays of shape (input numel, output numel) by central differences.

    For a complex input (real outputs) an entry is ds/dx + i ds/dy, the steps taken along the
    real and the imaginary axis: the form of torch's gradient for complex inputs."""
    outs = _evaluate(func, inputs)
    jacobians = []
    for i in diff_idx:
        data = inputs[i]._data
        steps = (eps, 1j * eps) if data.dtype.kind == "c" else (eps,)
        per_out = [np.zeros((data.size, outs[k].size),
                            np.complex128 if len(steps) > 1 else outs[k].dtype) for k in out_idx]
        for flat, pos in enumerate(np.ndindex(data.shape)):
            for step, scale in zip(steps, (1, 1j)):
                for col, diff in zip(per_out, _central(func, inputs, data, pos, step, out_idx)):
                    col[flat] += scale * diff / eps
        jacobians.append(per_out)
    return jacobians


def _vjp(output, diff_inputs, grad_output, check_grad_dtypes):
    """Return backward's gradients for ``grad_output``, checking their sizes and dtypes."""
    from . import grad
    grads = grad(output, diff_inputs, grad_output, retain_graph=True, allow_unused=True)
    for g, x in zip(grads, diff_inputs):
        if g is None:
            continue
        if g.shape != x.shape:
            raise GradcheckError("Analytical gradient has incorrect size")
        if check_grad_dtypes and g.dtype != x.dtype:
            raise GradcheckError("Gradient has dtype mismatch")
    return grads


def _analytical(output, diff_inputs, nondet_tol, check_grad_dtypes):
    """Return per input the (input numel, output numel) Jacobian, one backward per column.

    Each column is computed twice: backward must be reentrant (same values both times).
    """
    from .._tensor import Tensor
    out = output._data
    jacobians = [np.zeros((x._data.size, out.size), _wide(x._data).dtype) for x in diff_inputs]
    for m in range(out.size):
        onehot = np.zeros(out.size, dtype=out.dtype)
        onehot[m] = 1
        go = Tensor._make(onehot.reshape(out.shape))
        first = _vjp(output, diff_inputs, go, check_grad_dtypes)
        second = _vjp(output, diff_inputs, go, check_grad_dtypes)
        for jac, g, g2 in zip(jacobians, first, second):
            if g is None:
                continue
            col = _wide(g._data).reshape(-1)
            again = _wide(g2._data).reshape(-1)
            if col.size and not np.max(np.abs(col - again)) <= nondet_tol:
                raise GradcheckError(
                    "Backward is not reentrant, i.e., running backward with same input and "
                    "grad_output multiple times gives different values, although analytical "
                    "gradient matches numerical gradient.The tolerance for nondeterminism was "
                    f"{nondet_tol}.")
            jac[:, m] = col
    return jacobians


def _mismatch(a, n, out_nr, in_nr, in_shape, out_shape, rtol, atol, prefix=""):
    """torch's mismatch message, then the input and output elements that differ most."""
    from .._tensor import Tensor
    msg = (f"{prefix}Jacobian mismatch for output {out_nr:d} with respect to input {in_nr:d},\n"
           f"numerical:{Tensor._make(n)}\nanalytical:{Tensor._make(a)}\n")
    with np.errstate(invalid="ignore"):
        excess = np.nan_to_num(np.abs(a - n) - (atol + rtol * np.abs(n)), nan=np.inf)
    r, c = np.unravel_index(int(np.argmax(excess)), a.shape)
    in_pos = tuple(int(i) for i in np.unravel_index(r, in_shape)) if in_shape else ()
    out_pos = tuple(int(i) for i in np.unravel_index(c, out_shape)) if out_shape else ()
    return msg + (f"The largest mismatch is at input {in_nr} element {in_pos} and output "
                  f"{out_nr} element {out_pos}: numerical {n[r, c].item()!r}, "
                  f"analytical {a[r, c].item()!r}.")


def _slow(func, inputs, outputs, diff_idx, out_idx, eps, rtol, atol, nondet_tol,
          check_grad_dtypes, complex_part=None):
    """Compare full numerical and analytical Jacobians for every (output, input) pair;
    ``complex_part`` names the part of complex outputs that ``func`` returns."""
    numerical = _numerical(func, inputs, diff_idx, out_idx, eps)
    diff_inputs = [inputs[i] for i in diff_idx]
    for o, k in enumerate(out_idx):
        analytical = _analytical(outputs[k], diff_inputs, nondet_tol, check_grad_dtypes)
        for j, a in enumerate(analytical):
            n = numerical[j][o]
            if not np.allclose(a, n, rtol=rtol, atol=atol):
                prefix = "" if k not in (complex_part or {}).get("outputs", ()) else (
                    f"While considering the {complex_part['part']} part of complex outputs "
                    "only, ")
                raise GradcheckError(_mismatch(a, n, o, j, diff_inputs[j]._data.shape,
                                               outputs[k]._data.shape, rtol, atol, prefix))


def _unit(rng, size):
    """A random non-negative unit vector (torch's fast-mode u and v)."""
    v = rng.random(size)
    norm = np.linalg.norm(v)
    return v / norm if norm else v


def _fast(func, inputs, outputs, diff_idx, out_idx, eps, rtol, atol, nondet_tol,
          check_grad_dtypes):
    """Compare v^T J u from central differences with backward's, per (output, input)."""
    from .._tensor import Tensor
    rng = np.random.default_rng(0)
    diff_inputs = [inputs[i] for i in diff_idx]
    us = [_unit(rng, x._data.size) for x in diff_inputs]
    vs = [_unit(rng, outputs[k]._data.size) for k in out_idx]
    numerical = []
    for x, u in zip(diff_inputs, us):
        data = x._data
        step = (eps * u).reshape(data.shape).astype(data.dtype)
        diffs = _central(func, inputs, data, Ellipsis, step, out_idx)
        numerical.append([float(v @ d) / eps for v, d in zip(vs, diffs)])
    for o, (k, v) in enumerate(zip(out_idx, vs)):
        out = outputs[k]._data
        go = Tensor._make(v.reshape(out.shape).astype(out.dtype))
        grads = _vjp(outputs[k], diff_inputs, go, check_grad_dtypes)
        for j, (g, u) in enumerate(zip(grads, us)):
            a = 0.0 if g is None else float(np.asarray(g._data, np.float64).reshape(-1) @ u)
            n = numerical[j][o]
            if not abs(a - n) <= atol * u.sum() * v.sum() + rtol * abs(n):
                msg = (f"Jacobian mismatch for output {o:d} with respect to input {j:d},\n"
                       f"numerical:{Tensor._make(np.float64(n))}\n"
                       f"analytical:{Tensor._make(np.float64(a))}\n")
                try:
                    _slow(func, inputs, outputs, diff_idx, out_idx, eps, rtol, atol, nondet_tol,
                          check_grad_dtypes)
                except GradcheckError as slow:
                    raise GradcheckError(msg + "\nThe full Jacobians:\n" + str(slow)) from None
                raise GradcheckError(msg + _FAST_FAIL_SLOW_OK)


def _check_complex(func, inputs, diff_idx, out_idx, complex_out, eps, rtol, atol, nondet_tol,
                   check_grad_dtypes):
    """torch's complex gradcheck, always in the slow mode: the imaginary, then the real part of
    complex outputs is checked as a real function, and complex inputs are stepped along both
    axes (their gradient is ds/dx + i ds/dy, torch's conjugate-Wirtinger convention)."""
    from .._ops.compat_complex import imag, real
    for part, take in (("imaginary", imag), ("real", real)) if complex_out else ((None, None),):
        def part_of(*args, take=take):
            outs = _as_tuple(func(*args))
            return tuple(take(o) if take and _is_tensor(o) and o.is_complex() else o
                         for o in outs)
        outputs = _outputs(part_of, inputs)
        _slow(part_of, inputs, outputs, diff_idx, out_idx, eps, rtol, atol, nondet_tol,
              check_grad_dtypes, {"outputs": complex_out, "part": part})


def _check_zero_grad_output(outputs, diff_inputs):
    """Backward of a zero grad_output must give zeros of the inputs' dtype and size."""
    from .._creation import zeros_like
    from . import grad
    grads = grad(outputs, diff_inputs, [zeros_like(o) for o in outputs], allow_unused=True)
    for g, x in zip(grads, diff_inputs):
        if g is None:
            continue
        if (g._data != 0).any():
            raise GradcheckError("backward not multiplied by grad_output")
        if g.dtype != x.dtype:
            raise GradcheckError("grad is incorrect type")
        if g.shape != x.shape:
            raise GradcheckError("grad is incorrect size")


_UNDEFINED_BC = (
    "Backwards compatibility: New undefined gradient support checking feature is enabled by "
    "default, but it may break existing callers of this function. If this is true for you, you "
    'can call this function with "check_undefined_grad=False" to disable the feature')
_UNDEFINED_NOTES = 'Please look at "Notes about undefined output gradients" in ' \
    '"tools/autograd/derivatives.yaml"'


def _check_undefined_grad(func, inputs, diff_inputs):
    """torch's check_undefined_grad: backward of fresh outputs whose gradients are undefined
    (all at once, then one at a time with zeros for the rest) gives None or zeros."""
    from .._creation import zeros_like
    from .._ops._registry import edge_of
    from . import engine

    def run(undefined):
        outputs = [o for o in _outputs(func, inputs) if o.requires_grad]
        seeds = [None if k in undefined else zeros_like(o) for k, o in enumerate(outputs)]
        targets = [edge_of(x) for x in diff_inputs]
        try:
            captured = engine.execute([edge_of(o) for o in outputs], seeds, False, False,
                                      targets=targets, accumulate=False)
        except RuntimeError as exc:
            warnings.warn(_UNDEFINED_BC, stacklevel=4)
            raise GradcheckError("Expected backward function to handle undefined output "
                                 "grads. " + _UNDEFINED_NOTES) from exc
        for edge in targets:
            g = captured.get(edge)
            if g is not None and (g._data != 0).any():
                warnings.warn(_UNDEFINED_BC, stacklevel=4)
                raise GradcheckError("Expected all input grads to be undefined or zero when all "
                                     "output grads are undefined or zero. " + _UNDEFINED_NOTES)
        return len(outputs)

    n = run(range(1 << 30))
    if n > 1:
        for k in range(n):
            run((k,))


def _gradcheck(func, inputs, eps, atol, rtol, nondet_tol, check_grad_dtypes, fast_mode,
               check_undefined_grad=False):
    """gradcheck's body: checks inputs, picks the mode, then the zero-grad check."""
    inputs = _as_tuple(inputs)
    _check_inputs(inputs)
    outputs = _outputs(func, inputs)
    diff_idx = [i for i, x in enumerate(inputs) if _is_tensor(x) and x.requires_grad]
    out_idx = [k for k, o in enumerate(outputs) if o.requires_grad]
    if not out_idx:
        for per_out in _numerical(func, inputs, diff_idx, range(len(outputs)), eps):
            if any(np.any(n != 0) for n in per_out):
                raise GradcheckError("Numerical gradient for function expected to be zero")
        return True
    complex_out = [k for k in out_idx if outputs[k]._data.dtype.kind == "c"]
    if complex_out or any(inputs[i]._data.dtype.kind == "c" for i in diff_idx):
        _check_complex(func, inputs, diff_idx, out_idx, complex_out, eps, rtol, atol,
                       nondet_tol, check_grad_dtypes)
    else:
        check = _fast if fast_mode else _slow
        check(func, inputs, outputs, diff_idx, out_idx, eps, rtol, atol, nondet_tol,
              check_grad_dtypes)
    _check_zero_grad_output([outputs[k] for k in out_idx], [inputs[i] for i in diff_idx])
    if check_undefined_grad:
        _check_undefined_grad(func, inputs, [inputs[i] for i in diff_idx])
    return True


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True,
              nondet_tol=0.0, check_undefined_grad=True, check_grad_dtypes=False,
              check_batched_grad=False, check_batched_forward_grad=False,
              check_forward_ad=False, check_backward_ad=True, fast_mode=False, masked=None):
    """Check backward's gradients of ``func`` against central differences, in float64.

    Inputs that require grad are perturbed one element at a time (or, in ``fast_mode``, along a
    random direction); a mismatch raises GradcheckError naming the output, the input and the
    element, or returns False when ``raise_exception=False``. Complex inputs and outputs are
    checked as torch does (real and imaginary parts apart), in the slow mode; backward with
    undefined output gradients must give None or zeros (``check_undefined_grad``). The batched
    and forward-AD checks of torch are accepted for signature compatibility and not run.

    >>> x = chainrule.tensor([1., 2.], dtype=chainrule.float64, requires_grad=True)
    >>> chainrule.autograd.gradcheck(chainrule.exp, (x,))
    True
    """
    try:
        return _gradcheck(func, inputs, eps, atol, rtol, nondet_tol, check_grad_dtypes,
                          fast_mode, check_undefined_grad and check_backward_ad)
    except GradcheckError:
        if raise_exception:
            raise
        return False


def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-6, atol=1e-5, rtol=1e-3,
                  gen_non_contig_grad_outputs=False, raise_exception=True, nondet_tol=0.0,
                  check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
                  check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=False,
                  masked=False):
    """Check second derivatives: gradcheck of the map (inputs, v) -> vᵀJ built with create_graph.

    Without ``grad_outputs``, v is drawn uniformly from [-1, 1) with the outputs' shapes.

    >>> x = chainrule.tensor([1., 2.], dtype=chainrule.float64, requires_grad=True)
    >>> chainrule.autograd.gradgradcheck(chainrule.sin, (x,))
    True
    """
    from ..testing import make_tensor
    from . import grad
    inputs = _as_tuple(inputs)
    if grad_outputs is None:
        from .. import _dtype
        outs = [o for o in _outputs(func, inputs) if o.requires_grad]
        grad_outputs = tuple(
            make_tensor(o.shape, dtype=o.dtype if o._data.dtype.kind in "fc" else _dtype.float64,
                        low=-1, high=1, requires_grad=True,
                        noncontiguous=gen_non_contig_grad_outputs) for o in outs)
    else:
        grad_outputs = _as_tuple(grad_outputs)
    n_out = len(grad_outputs)
    diff_inputs = {i for i, x in enumerate(inputs) if _is_tensor(x) and x.requires_grad}
    diff_grads = {i for i, g in enumerate(grad_outputs) if g.requires_grad}

    def first_derivatives(*args):
        xs = tuple(x.requires_grad_() if i in diff_inputs else x
                   for i, x in enumerate(args[:-n_out]))
        outs = [o for o in _outputs(func, xs) if o.requires_grad]
        vs = tuple(v.requires_grad_() if i in diff_grads else v
                   for i, v in enumerate(args[-n_out:]))
        grads = grad(outs, [x for i, x in enumerate(xs) if i in diff_inputs], vs,
                     create_graph=True, allow_unused=True)
        return tuple(g for g in grads if g is not None)

    return gradcheck(first_derivatives, inputs + grad_outputs, eps=eps, atol=atol, rtol=rtol,
                     raise_exception=raise_exception, nondet_tol=nondet_tol,
                     check_grad_dtypes=check_grad_dtypes, fast_mode=fast_mode)

