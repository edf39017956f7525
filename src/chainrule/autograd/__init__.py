"""Reverse-mode entry points: backward() accumulates into leaves, grad() returns gradients."""

import warnings

import numpy as np

from .. import _hints
from .._tensor import Tensor
from .._ops import _registry  # partly initialised here (it imports this package): read late
from . import anomaly_mode, engine, grad_mode, graph
from .anomaly_mode import detect_anomaly, set_detect_anomaly
from .grad_mode import enable_grad, inference_mode, no_grad, set_grad_enabled

_CREATE_GRAPH_WARNING = (
    "Using backward() with create_graph=True will create a reference cycle between the "
    "parameter and its gradient which can cause a memory leak. We recommend using autograd.grad "
    "when creating the graph to avoid this. If you have to use this function, make sure to "
    "reset the .grad fields of your parameters to None after use to break the cycle and avoid "
    "the leak.")


def _as_tuple(x):
    """A tensor (or edge) as a 1-tuple; any other iterable (dict views, generators) as a tuple,
    as torch takes them."""
    if x is None:
        return ()
    if isinstance(x, (Tensor, graph.GradientEdge)) or not hasattr(x, "__iter__"):
        return (x,)
    return tuple(x)


def _shape_str(shape):
    return f"torch.Size([{', '.join(str(s) for s in shape)}])"


def _gradients_for(outputs, given):
    """One gradient (or None) per output; extra ones are ignored and too few raise, as torch."""
    grads = _as_tuple(given) or (None,) * len(outputs)
    if len(grads) < len(outputs):
        raise RuntimeError(f"got {len(outputs)} tensors and {len(grads)} gradients")
    return grads[:len(outputs)]


def _make_grads(outputs, grads):
    """Check given output gradients, or create ones for scalar outputs (torch's _make_grads)."""
    from .._creation import ones_like
    from .._tensor import Tensor
    new = []
    for i, (out, g) in enumerate(zip(outputs, grads)):
        if isinstance(g, Tensor):
            if g.shape != out.shape:
                raise RuntimeError(
                    f"Mismatch in shape: grad_output[{i}] has a shape of {_shape_str(g.shape)} "
                    f"and output[{i}] has a shape of {_shape_str(out.shape)}.")
            if out.is_complex() != g.is_complex():
                raise RuntimeError(
                    "For complex Tensors, both grad_output and output are required to have the "
                    f"same dtype. Mismatch in dtype: grad_output[{i}] has a dtype of {g.dtype} "
                    f"and output[{i}] has a dtype of {out.dtype}.")
            new.append(g)
        elif g is None:
            if out.requires_grad:
                if out.numel() != 1:
                    raise _hints.non_scalar_backward(RuntimeError(
                        "grad can be implicitly created only for scalar outputs"), out.shape)
                if not out.dtype.is_floating_point:
                    raise RuntimeError(
                        "grad can be implicitly created only for real scalar outputs but got "
                        f"{out.dtype}")
                new.append(ones_like(out))
            else:
                new.append(None)
        else:
            raise TypeError(
                f"gradients can be either Tensors or None, but got {type(g).__name__}")
    return new


def _roots(outputs):
    from .._ops._registry import edge_of
    roots = []
    for i, out in enumerate(outputs):
        if not out.requires_grad:
            raise _hints.no_grad_fn(RuntimeError(
                f"element {i} of tensors does not require grad and does not have a grad_fn"), i)
        roots.append(edge_of(out))
    return roots


def _seed(roots, grads):
    from .engine import _validate
    return [None if g is None else _validate(node, nr, g, node) for (node, nr), g
            in zip(roots, grads)]


def _is_real_scalar(t):
    """A one-element floating tensor that requires grad: the ``loss.backward()`` case."""
    return getattr(t, "_rg", False) and t._data.size == 1 and t._data.dtype.kind == "f"


def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False,
             grad_variables=None, inputs=None):
    """Accumulate gradients of ``tensors`` into the ``.grad`` of the leaves they depend on."""
    edge_of, execute = _registry.edge_of, engine.execute
    if grad_tensors is None and inputs is None and not create_graph and _is_real_scalar(tensors):
        arr = tensors._data  # np.array builds a 0-d seed four times faster than np.ones
        ones = np.array(1, arr.dtype) if arr.ndim == 0 else np.ones(arr.shape, arr.dtype)
        seed = tensors._make(ones)
        execute([edge_of(tensors)], [seed], bool(retain_graph), False, accumulate=True)
        return  # loss.backward(): the checks below cannot fail, so skip them
    outputs = _as_tuple(tensors)
    grads = _gradients_for(outputs, grad_tensors)
    if inputs is not None:
        inputs = _as_tuple(inputs)
        if len(inputs) == 0:
            raise RuntimeError("`inputs` argument to `backward()` cannot be empty.")
    if create_graph and inputs is None:
        warnings.warn(_CREATE_GRAPH_WARNING, UserWarning, stacklevel=3)
    grads = _make_grads(outputs, grads)
    if retain_graph is None:
        retain_graph = create_graph
    roots = _roots(outputs)
    targets = None
    if inputs is not None:
        targets = []
        for t in inputs:
            t.retain_grad()  # as torch: a non-leaf input keeps retaining its grad afterwards
            targets.append(edge_of(t))
    execute(roots, _seed(roots, grads), retain_graph, create_graph, targets=targets,
            accumulate=True)


def _tensor_backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
    """Accumulate d(self)/d(leaf) into each leaf's ``.grad`` (a VJP with ``gradient``)."""
    backward(self, gradient, retain_graph, create_graph, inputs=inputs)


_tensor_backward.__name__ = _tensor_backward.__qualname__ = "backward"
Tensor.backward = _tensor_backward  # defined here, so the method calls without an import


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
         only_inputs=True, allow_unused=None, is_grads_batched=False, materialize_grads=False):
    """Return the gradients of ``outputs`` with respect to ``inputs`` without touching ``.grad``.

    With ``grad_outputs`` = v this is the vector-Jacobian product vᵀJ, as PyTorch.
    """
    edge_of, execute = _registry.edge_of, engine.execute
    if allow_unused is None:
        allow_unused = materialize_grads
    if materialize_grads and allow_unused is False:
        raise ValueError(
            "Expected allow_unused to be True or not passed when materialize_grads=True, but "
            "got: allow_unused=False.")
    outputs = _as_tuple(outputs)
    inputs = _as_tuple(inputs)
    grads = _gradients_for(outputs, grad_outputs)
    if is_grads_batched:
        from .functional import _batched_grad
        return _batched_grad(outputs, inputs, grads, retain_graph, create_graph, allow_unused,
                             materialize_grads)
    grads = _make_grads(outputs, grads)
    if not inputs:
        raise RuntimeError("`inputs` argument to `grad()` cannot be empty.")
    if retain_graph is None:
        retain_graph = create_graph
    roots = _roots(outputs)
    targets = []
    for t in inputs:
        if isinstance(t, graph.GradientEdge):
            targets.append((t.node, t.output_nr))
            continue
        if not t.requires_grad:
            raise RuntimeError("One of the differentiated Tensors does not require grad")
        targets.append(edge_of(t))
    captured = execute(roots, _seed(roots, grads), retain_graph, create_graph, targets=targets,
                       accumulate=False)
    result = []
    for i, (t, e) in enumerate(zip(inputs, targets)):
        g = captured.get(e)
        if g is None:
            if not allow_unused:
                raise _hints.unused_input(RuntimeError(
                    f"The differentiated Tensor at index {i} appears to not have been used in "
                    "the graph. Set allow_unused=True if this is the desired behavior."), i,
                    t.shape)
            if materialize_grads:
                from .._creation import zeros_like
                g = zeros_like(t)
        result.append(g)
    return tuple(result)


from .gradcheck import GradcheckError, gradcheck, gradgradcheck  # noqa: E402


class _VariableMeta(type):
    def __instancecheck__(cls, other):
        from .._tensor import Tensor
        return isinstance(other, Tensor)


class Variable(metaclass=_VariableMeta):
    """Legacy wrapper: ``Variable(t, requires_grad=True)`` is a new leaf sharing ``t``'s data.

    As in torch, every Tensor is an instance of Variable.
    """

    def __new__(cls, data, requires_grad=False, volatile=False, **kwargs):
        from .._tensor import Tensor
        if kwargs:
            raise TypeError(f"'{next(iter(kwargs))}' is an invalid keyword argument for this "
                            "function")
        if not isinstance(data, Tensor):
            raise TypeError(f"Variable data has to be a tensor, but got {type(data).__name__}")
        if volatile:
            warnings.warn("volatile was removed and now has no effect. Use `with "
                          "torch.no_grad():` instead.", UserWarning, stacklevel=2)
            if requires_grad:
                raise ValueError("Variable can't be volatile and require_grad at the same time!")
        t = data.detach()
        t.requires_grad = requires_grad
        return t



__all__ = ["backward", "grad", "no_grad", "enable_grad", "set_grad_enabled", "inference_mode",
           "detect_anomaly", "set_detect_anomaly", "gradcheck", "gradgradcheck", "graph",
           "grad_mode", "anomaly_mode"]

from . import function  # noqa: E402
from .function import Function  # noqa: E402

__all__ += ["Function", "function"]
