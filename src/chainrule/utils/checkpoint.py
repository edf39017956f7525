"""Activation checkpointing: keep a block's inputs only and rerun it during backward.

Both of torch's variants: reentrant (a custom Function whose backward reruns the block and
backpropagates through it) and non-reentrant (saved-tensor hooks that drop what the block
saves and recompute it on first use). Gradients equal those of the plain computation.
"""

import contextlib
import warnings

from .. import random
from .._tensor import Tensor
from ..autograd import backward as _backward
from ..autograd.engine import current_task
from ..autograd.function import Function
from ..autograd.grad_mode import enable_grad, no_grad
from ..autograd.grad_mode import state as _grad_state
from ..autograd.graph import saved_tensors_hooks

_USE_REENTRANT_WARNING = (
    "torch.utils.checkpoint: the use_reentrant parameter should be passed explicitly. "
    "Starting in PyTorch 2.9, calling checkpoint without use_reentrant will raise an exception. "
    "use_reentrant=False is recommended, but if you need to preserve the current default "
    "behavior, you can pass use_reentrant=True. Refer to docs for more details on the "
    "differences between the two variants.")
_SEQUENTIAL_WARNING = (
    "torch.utils.checkpoint.checkpoint_sequential: the use_reentrant parameter should be "
    "passed explicitly. In version 2.9 we will raise an exception if use_reentrant is not "
    "passed. use_reentrant=False is recommended, but if you need to preserve the current "
    "default behavior, you can pass use_reentrant=True. Refer to docs for more details on the "
    "differences between the two variants.")
_REENTRANT_INVALID = (
    "When use_reentrant=True, torch.utils.checkpoint is incompatible with .grad() or passing "
    "an `inputs` parameter to .backward(). To resolve this error, you can either set "
    "use_reentrant=False, or call .backward() without passing the `inputs` argument.")


class CheckpointError(RuntimeError):
    """The recomputation did not save what the original forward saved."""


_RERUN_TIP = (
    "\nTip: the checkpointed function is run again during backward and must do the same work "
    "(same branches, same shapes); pass determinism_check=\"none\" to skip the metadata check.")


def noop_context_fn():
    """Default ``context_fn``: no extra context around forward or recomputation."""
    return contextlib.nullcontext(), contextlib.nullcontext()


def _detached(args):
    """Inputs for a recomputation: cut from the outer graph, same requires_grad."""
    out = []
    for a in args:
        if isinstance(a, Tensor):
            d = a.detach()
            d.requires_grad = a.requires_grad
            a = d
        out.append(a)
    return tuple(out)


@contextlib.contextmanager
def _rng_as_in_forward(state):
    """Run a recomputation with the RNG state the forward saw, then restore the current one."""
    if state is None:
        yield
        return
    current = random.get_rng_state()
    random.set_rng_state(state)
    try:
        yield
    finally:
        random.set_rng_state(current)


class CheckpointFunction(Function):
    """The reentrant variant: forward without a graph, backward reruns and backpropagates."""

    @staticmethod
    def forward(ctx, run_function, preserve_rng_state, *args):
        if not any(isinstance(a, Tensor) and a.requires_grad for a in args):
            warnings.warn("None of the inputs have requires_grad=True. Gradients will be None",
                          stacklevel=4)
        ctx.run_function = run_function
        ctx.fwd_rng_state = random.get_rng_state() if preserve_rng_state else None
        ctx.inputs = [None if isinstance(a, Tensor) else a for a in args]
        ctx.tensor_indices = [i for i, a in enumerate(args) if isinstance(a, Tensor)]
        ctx.save_for_backward(*(a for a in args if isinstance(a, Tensor)))
        with no_grad():
            return run_function(*args)

    @staticmethod
    def backward(ctx, *grads):
        task = current_task()
        if task is not None and task.needed is not None:
            raise RuntimeError(_REENTRANT_INVALID)
        inputs = list(ctx.inputs)
        for i, t in zip(ctx.tensor_indices, ctx.saved_tensors):
            inputs[i] = t
        inputs = _detached(inputs)
        with _rng_as_in_forward(ctx.fwd_rng_state), enable_grad():
            outputs = ctx.run_function(*inputs)
        outputs = outputs if isinstance(outputs, tuple) else (outputs,)
        pairs = [(o, g) for o, g in zip(outputs, grads)
                 if isinstance(o, Tensor) and o.requires_grad]
        if not pairs:
            raise RuntimeError("none of output has requires_grad=True, this checkpoint() is not "
                               "necessary")
        _backward([o for o, _ in pairs], [g for _, g in pairs])
        return (None, None) + tuple(a._grad if isinstance(a, Tensor) else None for a in inputs)


class _Recomputation:
    """Shared by one non-reentrant checkpoint call: its inputs and, once rerun, its saves."""

    def __init__(self, function, args, kwargs, rng_state, check_metadata):
        self.function = function
        self.args = args
        self.kwargs = kwargs
        self.rng_state = rng_state
        self.metadata = [] if check_metadata else None
        self.count = 0
        self.recomputed = None

    def pack(self, tensor):
        if self.metadata is not None:
            self.metadata.append(_metadata(tensor))
        self.count += 1
        return (self, self.count - 1)

    def saved(self, index):
        if self.recomputed is None:
            self._recompute()
        return self.recomputed[index]

    def _recompute(self):
        """Rerun the block once, keeping what it saves, and check it saved the same things."""
        self.recomputed = []

        def keep(tensor):
            self.recomputed.append(tensor.detach())

        with _rng_as_in_forward(self.rng_state), enable_grad(), \
                saved_tensors_hooks(keep, _unused_unpack):
            self.function(*_detached(self.args), **self.kwargs)
        self.args = self.kwargs = None
        if len(self.recomputed) < self.count:
            raise CheckpointError(
                "torch.utils.checkpoint: A different number of tensors was saved during the "
                "original forward and recomputation.\nNumber of tensors saved during forward: "
                f"{self.count}\nNumber of tensors saved during recomputation: "
                f"{len(self.recomputed)}.\n{_RERUN_TIP}")
        if self.metadata is not None:
            changed = "".join(
                f"tensor at position {i}:\nsaved metadata: {meta}\n"
                f"recomputed metadata: {_metadata(self.recomputed[i])}\n"
                for i, meta in enumerate(self.metadata) if meta != _metadata(self.recomputed[i]))
            if changed:
                raise CheckpointError(
                    "torch.utils.checkpoint: Recomputed values for the following tensors have "
                    f"different metadata than during the forward pass.\n{changed}.\n{_RERUN_TIP}")


def _metadata(tensor):
    """What the default determinism check compares (torch's metadata extractor)."""
    return {"shape": tensor.shape, "dtype": tensor.dtype, "device": tensor.device}


def _unpack(packed):
    frame, index = packed
    return frame.saved(index)


def _unused_unpack(value):
    raise RuntimeError("recomputed tensors are read directly, never unpacked")


def checkpoint(function, *args, use_reentrant=None, context_fn=noop_context_fn,
               determinism_check="default", debug=False, early_stop=True, **kwargs):
    """Run ``function(*args)`` without keeping its intermediate values; rerun it in backward.

    As torch 2.13: without ``use_reentrant`` a warning is given and the reentrant variant runs;
    ``use_reentrant=False`` (recommended) also accepts keyword arguments for ``function``.
    """
    if use_reentrant is None:
        warnings.warn(_USE_REENTRANT_WARNING, stacklevel=2)
        use_reentrant = True
    preserve = kwargs.pop("preserve_rng_state", True)
    if kwargs and use_reentrant:
        raise ValueError("Unexpected keyword arguments: " + ",".join(arg for arg in kwargs))
    if use_reentrant:
        if context_fn is not noop_context_fn or debug is not False:
            raise ValueError("Passing `context_fn` or `debug` is only supported when "
                             "use_reentrant=False.")
        return CheckpointFunction.apply(function, preserve, *args)
    if determinism_check not in ("default", "none"):
        raise ValueError(
            f"determinism_check should be one of ['default', 'none'], but got {determinism_check}")
    forward_context, recompute_context = context_fn()
    rng_state = random.get_rng_state() if preserve else None
    frame = _Recomputation(_in_context(function, recompute_context), args, kwargs, rng_state,
                           determinism_check == "default")
    if not _grad_state.enabled:
        with forward_context:
            return function(*args, **kwargs)
    with forward_context, saved_tensors_hooks(frame.pack, _unpack):
        return function(*args, **kwargs)


def _in_context(function, context):
    """Wrap ``function`` so that its recomputation runs inside ``context`` (used once)."""
    def run(*args, **kwargs):
        with context:
            return function(*args, **kwargs)
    return run


def checkpoint_sequential(functions, segments, input, use_reentrant=None, **kwargs):
    """Checkpoint ``functions`` applied in turn, in ``segments`` chunks; the last runs plainly."""
    if use_reentrant is None:
        warnings.warn(_SEQUENTIAL_WARNING, stacklevel=2)
        use_reentrant = True
    preserve = kwargs.pop("preserve_rng_state", True)
    if kwargs:
        raise ValueError("Unexpected keyword arguments: " + ",".join(arg for arg in kwargs))
    if hasattr(functions, "children"):
        functions = list(functions.children())
    size = len(functions) // segments
    bounds = [(k * size, (k + 1) * size) for k in range(segments - 1)]
    for lo, hi in bounds:
        input = checkpoint(_chain(functions[lo:hi]), input, use_reentrant=use_reentrant,
                           preserve_rng_state=preserve)
    return _chain(functions[size * (segments - 1):])(input)


def _chain(functions):
    """One segment as a function: apply each of ``functions`` in order."""
    def run(input):
        for fn in functions:
            input = fn(input)
        return input
    return run
