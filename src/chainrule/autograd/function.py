"""Custom autograd Functions: a user's forward/backward pair recorded as one graph node.

``ctx`` is the node itself (as in torch): what forward stores on it is what backward reads,
and each subclass ``MyFn`` gets its own node class ``MyFnBackward``.
"""

import functools
import traceback
import warnings

from .._class_names import TorchNamed
from . import anomaly_mode
from .grad_mode import no_grad
from .grad_mode import state as grad_state
from .graph import ERR_BACKWARD_TWICE, Node, SavedResult, SavedTensor, new_node

_LEGACY = (
    "Legacy autograd function with non-static forward method is deprecated. Please use "
    "new-style autograd function with static forward method. (Example: "
    "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)")
_ONCE = "trying to differentiate twice a function that was marked with @once_differentiable"
_DIRTY_LEAF = "a leaf Variable that requires grad has been used in an in-place operation."
_RELEASED = object()


class FunctionCtx:
    """What ``forward``/``setup_context`` may call on ``ctx`` to prepare the backward pass."""

    def save_for_backward(self, *tensors):
        """Keep tensors for backward; version checks catch later in-place changes."""
        from .._tensor import Tensor
        for i, t in enumerate(tensors):
            if t is not None and not isinstance(t, Tensor):
                raise TypeError(f"save_for_backward can only save variables, but argument {i} "
                                f"is of type {type(t).__name__}")
        self._to_save = tensors

    def save_for_forward(self, *tensors):
        """Keep tensors for ``jvp``; they are stored as given."""
        self.saved_for_forward = tensors

    def mark_dirty(self, *args):
        """Declare inputs that forward modified in place; they become this node's outputs."""
        self._dirty = args

    def mark_non_differentiable(self, *args):
        """Declare outputs that never receive a gradient (indices, masks)."""
        self._non_differentiable = args

    def set_materialize_grads(self, value):
        """With False, backward sees None (not zeros) for outputs that got no gradient."""
        self.materialize_grads = bool(value)


class BackwardCFunction(Node, FunctionCtx, metaclass=TorchNamed):
    """Node base of every ``<Name>Backward`` class; runs the user's backward (or vjp)."""

    _forward_cls = None
    runs_ungraded = True  # torch calls a Python backward even when every output grad is undefined

    def apply(self, grads):
        cls = self._forward_cls
        if self.materialize_grads:
            grads = [_zeros(meta) if g is None and meta is not None else g
                     for g, meta in zip(grads, self._out_meta)]
        user_fn = cls.vjp if cls.vjp is not Function.vjp else cls.backward
        if cls.backward is not Function.backward and cls.vjp is not Function.vjp:
            raise RuntimeError("Implementing both 'backward' and 'vjp' for a custom Function is "
                               "not allowed. You should only implement one of them.")
        out = user_fn(self, *grads)
        out = out if isinstance(out, tuple) else (out,)
        n = len(self._is_tensor_input)
        if len(out) != n:
            if len(out) < n or any(g is not None for g in out[n:]):
                raise RuntimeError(f"function {self.name()} returned an incorrect number of "
                                   f"gradients (expected {n}, got {len(out)})")
            out = out[:n]
        result = []
        for i, (g, is_tensor) in enumerate(zip(out, self._is_tensor_input)):
            if not is_tensor:
                if g is not None:
                    raise RuntimeError(
                        f"function {self.name()} returned a gradient different than None at "
                        f"position {i + 1}, but the corresponding forward input was not a "
                        "Variable")
                continue
            result.append(g if self.needs_input_grad[i] else None)
        return result

    @property
    def saved_tensors(self):
        """The tensors given to ``save_for_backward`` (in jvp: to ``save_for_forward``)."""
        if self.__dict__.get("_in_jvp"):
            return self.saved_for_forward
        saved = self._saved
        if saved is _RELEASED:
            raise RuntimeError(ERR_BACKWARD_TWICE)
        return tuple(None if s is None else s.unpack(self) for s in saved)

    def release(self):
        if self._saved:
            self._saved = _RELEASED

    def __repr__(self):  # torch's path, as object.__repr__ would print it under torch
        return f"<torch.autograd.function.{type(self).__name__} object at {hex(id(self))}>"


def _zeros(meta):
    import numpy as np

    from .._tensor import Tensor
    shape, dtype = meta
    return Tensor._make(np.zeros(shape, dtype))


class _DelayedError(Node):
    """Node put behind a once_differentiable backward's outputs: differentiating it raises."""

    def apply(self, grads):
        raise RuntimeError(_ONCE)


_DelayedError.__name__ = _DelayedError.__qualname__ = "Error"


def once_differentiable(fn):
    """Mark a backward as not differentiable: double backward through it raises."""
    @functools.wraps(fn)
    def wrapper(ctx, *args):
        from .._ops._registry import edge_of
        from .._tensor import Tensor
        with no_grad():
            outputs = fn(ctx, *args)
        if not grad_state.enabled:
            return outputs
        if not any(isinstance(a, Tensor) and a._rg for a in args):
            return outputs
        single = not isinstance(outputs, tuple)
        outs = (outputs,) if single else outputs
        node = new_node(_DelayedError)
        node.next_functions = tuple(edge_of(a) if isinstance(a, Tensor) and a._rg
                                    else (None, 0) for a in args)
        node._out_meta = tuple((o._data.shape, o._data.dtype) if isinstance(o, Tensor)
                               else None for o in outs)
        wrapped = []
        for k, o in enumerate(outs):
            if isinstance(o, Tensor):
                o = Tensor._make(o._data)
                o._rg, o.grad_fn, o._output_nr = True, node, k
            wrapped.append(o)
        return wrapped[0] if single else tuple(wrapped)
    return wrapper


class Function:
    """Base class for ops whose forward and backward the user writes.

    Subclass with static ``forward(ctx, *args)`` (or ``forward(*args)`` plus
    ``setup_context(ctx, inputs, output)``) and ``backward(ctx, *grads)``; call ``apply``.
    A backward written in chainrule ops is itself differentiable (``create_graph=True``).

    >>> class Cube(chainrule.autograd.Function):
    ...     @staticmethod
    ...     def forward(ctx, x):
    ...         ctx.save_for_backward(x)
    ...         return x ** 3
    ...     @staticmethod
    ...     def backward(ctx, grad):
    ...         x, = ctx.saved_tensors
    ...         return 3 * x ** 2 * grad
    >>> Cube.apply(chainrule.tensor([1., 2.], requires_grad=True))
    tensor([1., 8.], grad_fn=<CubeBackward>)
    """

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._backward_cls = type(cls.__name__ + "Backward", (BackwardCFunction,),
                                 {"_forward_cls": cls, "__module__": __name__})

    def __init__(self, *args, **kwargs):
        warnings.warn(f"{type(self)} should not be instantiated. Methods on autograd functions "
                      "are all static, so you should invoke them on the class itself. "
                      "Instantiating an autograd function will raise an error in a future "
                      "version of PyTorch.", DeprecationWarning, stacklevel=2)

    def __call__(self, *args, **kwargs):
        raise RuntimeError(_LEGACY)

    @staticmethod
    def forward(*args, **kwargs):
        """Compute the outputs; runs with grad mode off."""
        raise NotImplementedError("You must implement the forward function for custom "
                                  "autograd.Function.")

    @staticmethod
    def setup_context(ctx, inputs, output):
        """Save what backward needs, when forward does not take ``ctx``."""
        raise NotImplementedError("setup_context is not implemented.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        """Return one gradient (or None) per forward input."""
        raise NotImplementedError("You must implement either the backward or vjp method for "
                                  "your custom autograd.Function to use it with backward mode AD.")

    vjp = backward

    @staticmethod
    def jvp(ctx, *grad_inputs):
        """Return one tangent per output (forward-mode AD)."""
        raise NotImplementedError("You must implement the jvp function for custom "
                                  "autograd.Function to use it with forward mode AD.")

    @classmethod
    def apply(cls, *args, **kwargs):
        """Run forward and, if any input requires grad, record a ``<Name>Backward`` node."""
        from . import forward_ad
        if forward_ad.state.batch and any(hasattr(a, "_assign_batch") for a in args):
            from ..func._batching import function_under_vmap
            function_under_vmap(cls, Function)  # torch's checks; then vmap runs per example
        ctx = _new_ctx(cls, args)
        levels = [lv for lv in forward_ad.state.levels if _tangents(args, lv) is not None]
        with no_grad(), _forward_ad_off():
            if cls.setup_context is not Function.setup_context:
                outputs = cls.forward(*args, **kwargs)
                cls.setup_context(ctx, args, outputs)
            else:
                outputs = cls.forward(ctx, *args, **kwargs)
        single = not isinstance(outputs, tuple)
        if not (grad_state.enabled and any(ctx.needs_input_grad)):
            for t in ctx._dirty:
                t._vc_cell()[0] += 1
            outs = list((outputs,) if single else outputs)
        else:
            ctx.next_functions = _edges(args)
            if anomaly_mode.state.enabled:
                ctx._anomaly_trace = "".join(traceback.format_stack()[:-1])
            outs = _wrap_outputs(ctx, args, (outputs,) if single else outputs)
            ctx._saved = tuple(_save(ctx, t, outs) for t in ctx._to_save)
        del ctx._to_save
        ctx._dirty = ctx._non_differentiable = ()
        for level in levels:
            _push_tangents(cls, ctx, args, outs, level)
        return outs[0] if single else tuple(outs)


class _forward_ad_off:
    """Forward and jvp of a custom Function see no dual levels (torch runs them without)."""

    def __enter__(self):
        from .forward_ad import state
        self.levels = state.levels
        if self.levels:
            state.set_levels(())

    def __exit__(self, *exc):
        from .forward_ad import state
        if self.levels:
            state.set_levels(self.levels)


def _tangents(args, level):
    """Tangents of the tensor args at ``level`` (zeros where one has none), or None if none has."""
    from .._creation import zeros_like
    from .._tensor import Tensor
    from .forward_ad import tangent_of
    found = [tangent_of(a, level) if isinstance(a, Tensor) else None for a in args]
    if all(t is None for t in found):
        return None
    return [zeros_like(a) if t is None and isinstance(a, Tensor) else t
            for a, t in zip(args, found)]


def _push_tangents(cls, ctx, args, outs, level):
    """Run the user's jvp for one forward level and attach its tangents to the outputs."""
    from .._tensor import Tensor
    from .forward_ad import _set_tangent
    tangents = _tangents(args, level)
    ctx._in_jvp = True
    try:
        with _forward_ad_off():
            result = cls.jvp(ctx, *tangents)
    finally:
        ctx._in_jvp = False
    result = result if isinstance(result, tuple) else (result,)
    for o, t in zip(outs, result):
        if isinstance(o, Tensor) and t is not None:
            _set_tangent(o, level, t)


def _new_ctx(cls, args):
    from .._tensor import Tensor
    ctx = new_node(cls._backward_cls)
    ctx._is_tensor_input = tuple(isinstance(a, Tensor) for a in args)
    ctx.needs_input_grad = tuple(isinstance(a, Tensor) and a._rg for a in args)
    ctx._to_save = ()
    ctx._saved = ()
    ctx._dirty = ctx._non_differentiable = ()
    ctx.materialize_grads = True
    ctx._out_meta = None
    return ctx


def _edges(args):
    from .._ops._registry import edge_of
    from .._tensor import Tensor
    return tuple(edge_of(a) if a._rg else (None, 0) for a in args if isinstance(a, Tensor))


def _wrap_outputs(ctx, args, outputs):
    """Attach tensor outputs to ``ctx``: dirty inputs are rebased, returned inputs aliased."""
    from .._ops.indexing import VIEW_LEAF_INPLACE
    from .._tensor import Tensor
    dirty = {id(t) for t in ctx._dirty}
    non_diff = {id(t) for t in ctx._non_differentiable}
    inputs = {id(a) for a in args if isinstance(a, Tensor)}
    wrapped, meta = [], []
    for k, o in enumerate(outputs):
        if not isinstance(o, Tensor):
            wrapped.append(o)
            meta.append(None)
            continue
        if id(o) in dirty:
            if o._rg and o.grad_fn is None:
                raise RuntimeError(_DIRTY_LEAF)
            base = o._base
            if base is not None and base._rg and base.grad_fn is None:
                raise RuntimeError(VIEW_LEAF_INPLACE)
            o._vc_cell()[0] += 1
        elif id(o) in inputs:
            alias = Tensor._make(o._data)
            alias._vc = o._vc_cell()
            alias._base = o if o._base is None else o._base
            o = alias
        meta.append((o._data.shape, o._data.dtype))
        if id(o) in non_diff or o._data.dtype.kind not in "fc":
            o._rg, o.grad_fn = False, None
        else:
            o._rg, o.grad_fn, o._output_nr = True, ctx, k
        wrapped.append(o)
    ctx._out_meta = tuple(meta)
    return wrapped


def _save(ctx, t, outs):
    """Save an output without a strong link back to ``ctx``; anything else as a SavedTensor."""
    if t is None:
        return None
    if any(t is o for o in outs) and t.grad_fn is ctx:
        return SavedResult(t)
    return SavedTensor(t)


class InplaceFunction(Function):
    """A Function that may work in place when built with ``inplace=True``."""

    def __init__(self, inplace=False):
        super().__init__()
        self.inplace = inplace
