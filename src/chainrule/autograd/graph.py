"""Backward-graph objects: Node, AccumulateGrad, saved tensors and removable hook handles."""

import itertools
import re
import threading
import weakref
from typing import NamedTuple

from .. import _hints
from .._tensor import Tensor

ERR_BACKWARD_TWICE = (
    "Trying to backward through the graph a second time (or directly access saved tensors "
    "after they have already been freed). Saved intermediate values of the graph are freed "
    "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to "
    "backward through the graph a second time or if you need to access saved tensors after "
    "calling backward.")

_sequence = itertools.count()


class RemovableHandle:
    """Handle returned by ``register_*hook``; ``remove()`` unregisters the hook."""

    _ids = itertools.count()

    def __init__(self, hooks_dict):
        self.hooks_dict = hooks_dict  # plain dicts cannot be weakly referenced
        self.id = next(RemovableHandle._ids)

    def remove(self):
        self.hooks_dict.pop(self.id, None)

    def __repr__(self):
        return f"<torch.utils.hooks.RemovableHandle object at {id(self):#x}>"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


# [True] once any node hook (pre, post, tensor or retain_grad) was registered: until then the
# engine skips reading the four hook slots of every node it runs
node_hooks_registered = [False]


class Node:
    """A backward function: maps gradients of its outputs to gradients of its inputs.

    ``next_functions`` lists, per input, the node its gradient goes to and that node's output
    number, in order and with duplicates (torch's edges). Saved state is freed by ``release``.
    """

    __slots__ = ("next_functions", "_seq", "_pre_hooks", "_post_hooks", "_tensor_pre_hooks",
                 "_retain_hooks", "_metadata", "_anomaly_trace", "_out_meta", "__weakref__")
    runs_ungraded = False  # True: run even when no output gradient is defined (custom Functions)

    def name(self):
        """Return the node's class name, as PyTorch's ``grad_fn.name()``."""
        return type(self).__name__

    @property
    def metadata(self):
        if self._metadata is None:
            self._metadata = {}
        return self._metadata

    def apply(self, grads):
        """Return one gradient (or None) per entry of ``next_functions``."""
        raise NotImplementedError(f"{self.name()} has no backward")

    def release(self):
        """Free saved tensors after a backward pass that does not retain the graph."""

    def __call__(self, *grads):
        """Apply the node: a tuple of input gradients, or the gradient itself for one input."""
        out = tuple(self.apply(grads))
        return out[0] if len(out) == 1 else out

    def register_hook(self, fn):
        """Call ``fn(grad_inputs, grad_outputs)`` after the node runs; it may replace them."""
        if self._post_hooks is None:
            self._post_hooks = {}
            node_hooks_registered[0] = True
        handle = RemovableHandle(self._post_hooks)
        self._post_hooks[handle.id] = fn
        return handle

    def register_prehook(self, fn):
        """Call ``fn(grad_outputs)`` before the node runs; it may replace grad_outputs."""
        if self._pre_hooks is None:
            self._pre_hooks = {}
            node_hooks_registered[0] = True
        handle = RemovableHandle(self._pre_hooks)
        self._pre_hooks[handle.id] = fn
        return handle

    def _register_tensor_hook(self, output_nr, fn):
        """Tensor.register_hook on a non-leaf: runs on this node's output_nr gradient."""
        if self._tensor_pre_hooks is None:
            self._tensor_pre_hooks = {}
            node_hooks_registered[0] = True
        handle = RemovableHandle(self._tensor_pre_hooks)
        self._tensor_pre_hooks[handle.id] = (output_nr, fn)
        return handle

    def __repr__(self):
        return f"<{type(self).__name__} object at {hex(id(self))}>"


def new_node(cls):
    """Create a node with all bookkeeping slots empty (cheaper than __init__ chains)."""
    node = object.__new__(cls)
    node._seq = next(_sequence)
    node._pre_hooks = node._post_hooks = node._tensor_pre_hooks = None
    node._retain_hooks = node._metadata = node._anomaly_trace = None
    return node


class AccumulateGrad(Node):
    """The sink for a leaf tensor: adds arriving gradients into ``variable.grad``."""

    __slots__ = ("variable", "_post_acc_hooks")

    def __init__(self, variable):
        Node.__init__(self)
        self.next_functions = ()
        self.variable = variable
        self._post_acc_hooks = None
        self._out_meta = None

    def name(self):
        return "torch::autograd::AccumulateGrad"

    def apply(self, grads):
        raise RuntimeError("AccumulateGrad is applied by the engine")


def make_accumulator(tensor):
    node = new_node(AccumulateGrad)
    node.next_functions = ()
    node.variable = tensor
    node._post_acc_hooks = None
    node._out_meta = None
    return node


class SavedTensor:
    """An input saved for backward: the tensor itself plus its version at save time.

    Inside ``saved_tensors_hooks`` only the packed value is kept, with the tensor's graph links
    (grad_fn, or the leaf's accumulator) so the unpacked tensor is still differentiable.
    """

    __slots__ = ("tensor", "version", "packed")

    def __init__(self, tensor):
        if _hooks_in_use[0]:
            hooks = _hooks_state.stack
            if hooks:
                self.packed = _pack(hooks[-1], tensor)
                self.tensor = _GraphLinks(tensor)
                return
        self.tensor = tensor
        vc = tensor._vc  # tensor._version, without the property call
        self.version = 0 if vc is None else vc[0]
        self.packed = None

    def unpack(self, node):
        t = self.tensor
        if self.packed is not None:
            return t.attach(_unpack(self.packed))
        if t._version != self.version:
            owner = t.grad_fn
            if owner is not None and t._base is not None:  # torch re-reads a written view's
                from .._ops._registry import edge_of  # history: AsStridedBackward0
                owner = edge_of(t)[0]
            raise _hints.modified_inplace(
                _modified_error(t, self.version, owner), node.name())  # torch: always output 0
        return t


def check_unmodified(t, node):
    """Unpack a tensor saved bare at version 0: torch's error if it was modified in place."""
    vc = t._vc
    if vc is not None and vc[0]:
        raise _hints.modified_inplace(
            _modified_error(t, 0, t.grad_fn, output_nr=t._output_nr), node.name())
    return t


class SavedResult:
    """An op's own output saved for backward, without a strong link back to the node.

    Holding the array (not the output tensor) avoids the cycle node -> output -> node; unpack
    rebuilds a tensor whose grad_fn is the node, so rules stay differentiable.
    """

    __slots__ = ("data", "vc", "version", "output_nr", "requires_grad", "packed", "fw")

    def __init__(self, tensor):
        hooks = _hooks_state.stack if _hooks_in_use[0] else ()
        self.packed = _pack(hooks[-1], tensor) if hooks else None
        self.data = None if hooks else tensor._data
        self.vc = tensor._vc_cell()
        self.version = self.vc[0]
        self.output_nr = tensor._output_nr
        self.requires_grad = tensor._rg
        self.fw = tensor._fw  # forward-mode tangents, so rules see them (forward-over-reverse)

    def unpack(self, node):
        if self.packed is not None:
            data = _unpack(self.packed)._data
        elif self.vc[0] != self.version:
            t = Tensor._make(self.data)
            raise _hints.modified_inplace(
                _modified_error(t, self.version, node if self.requires_grad else None,
                                self.vc[0], self.output_nr), node.name())  # indices: no owner
        else:
            data = self.data
        t = Tensor._make(data)
        t._vc = self.vc
        t._fw = self.fw
        if self.requires_grad:
            t._rg = True
            t.grad_fn = node
            t._output_nr = self.output_nr
        return t


class _GraphLinks:
    """The autograd identity of a packed tensor: enough to rebuild it around unpacked data."""

    __slots__ = ("grad_fn", "output_nr", "requires_grad", "accumulator")

    def __init__(self, tensor):
        self.grad_fn = tensor.grad_fn
        self.output_nr = tensor._output_nr
        self.requires_grad = tensor._rg
        self.accumulator = None
        if tensor._rg and tensor.grad_fn is None:
            from .._ops._registry import edge_of
            self.accumulator = edge_of(tensor)[0]

    def attach(self, value):
        t = Tensor._make(value._data)
        t._vc = value._vc
        if self.requires_grad:
            t._rg = True
            t.grad_fn = self.grad_fn
            t._output_nr = self.output_nr
            if self.accumulator is not None:
                t._acc = weakref.ref(self.accumulator)
        return t


class _HooksState(threading.local):
    """This thread's saved-tensor hook pairs (innermost last) and any message forbidding them."""

    stack = ()
    disabled_message = None


_hooks_state = _HooksState()
# how many hook contexts are open in any thread: while 0, saving skips the thread-local read
_hooks_in_use = [0]
_hooks_lock = threading.Lock()


def _count_hooks(delta):
    """Open (1) or close (-1) a hook context in the count that SavedTensor checks first."""
    with _hooks_lock:
        _hooks_in_use[0] += delta


def _pack(hooks, tensor):
    pack_hook, _ = hooks
    return (pack_hook(tensor), hooks[1])


def _unpack(packed):
    value, unpack_hook = packed
    out = unpack_hook(value)
    if not isinstance(out, Tensor):
        raise TypeError("Output of saved tensor unpack_hook expected to be a Tensor but got "
                        f"result of type {type(out).__name__}")
    return out


class saved_tensors_hooks:
    """Inside this context, tensors saved for backward go through ``pack_hook`` and come back
    through ``unpack_hook`` (offloading, recomputation, logging)."""

    def __init__(self, pack_hook, unpack_hook):
        self.pack_hook = pack_hook
        self.unpack_hook = unpack_hook

    def __enter__(self):
        if _hooks_state.disabled_message is not None:
            raise RuntimeError(_hooks_state.disabled_message)
        _count_hooks(1)
        _hooks_state.stack = _hooks_state.stack + ((self.pack_hook, self.unpack_hook),)
        return self

    def __exit__(self, *exc):
        _hooks_state.stack = _hooks_state.stack[:-1]
        _count_hooks(-1)


class allow_mutation_on_saved_tensors(saved_tensors_hooks):
    """Let tensors saved for backward be modified in place afterwards: each is saved as a copy
    (torch copies lazily, on the first write; the gradients are the same)."""

    def __init__(self):
        super().__init__(lambda t: t.detach().clone(), lambda t: t)


class save_on_cpu(saved_tensors_hooks):
    """Keep saved tensors in host memory and move them back to their device when needed."""

    def __init__(self, pin_memory=False, device_type="cuda"):
        def pack(tensor):
            return tensor.device, tensor.cpu()

        def unpack(packed):
            device, tensor = packed
            return tensor.to(device)

        super().__init__(pack, unpack)


class disable_saved_tensors_hooks:
    """Forbid saved-tensor hooks inside this context: opening ``saved_tensors_hooks`` (or this
    context while hooks are open) raises ``error_message``; saving tensors works as usual."""

    def __init__(self, error_message):
        self.error_message = error_message

    def __enter__(self):
        if _hooks_state.stack:
            raise RuntimeError(self.error_message)
        self.prev = _hooks_state.disabled_message
        _hooks_state.disabled_message = self.error_message
        return self

    def __exit__(self, *exc):
        _hooks_state.disabled_message = self.prev


class GradientEdge(NamedTuple):
    """Where a tensor's gradient enters the graph: a node and which of its outputs."""

    node: Node
    output_nr: int
    ownership_token: object = None


def get_gradient_edge(tensor):
    """Return the GradientEdge that backward uses for ``tensor`` (leaves: their AccumulateGrad)."""
    if not tensor.requires_grad:
        raise RuntimeError("It is not possible to get the gradient edge for a Tensor that does "
                           "not require gradients")
    from .._ops._registry import edge_of
    node, output_nr = edge_of(tensor)
    return GradientEdge(node, output_nr)


def increment_version(tensor):
    """Bump the version counter of ``tensor`` (and its views), as an in-place write does."""
    for t in tensor if isinstance(tensor, (tuple, list)) else (tensor,):
        t._vc_cell()[0] += 1


def register_multi_grad_hook(tensors, fn, *, mode="all"):
    """Call ``fn`` once per backward pass over several tensors.

    ``mode="all"``: after every tensor that takes part in the pass has its gradient, with the
    list of gradients (None for the rest). ``mode="any"``: on the first gradient, with it.
    """
    if mode not in ("all", "any"):
        raise ValueError(f"Expects mode to be one of ('all', 'any') but got {mode}")
    from .engine import current_task
    tensors = tuple(tensors)
    key = object()

    def make_hook(i):
        def hook(grad):
            task = current_task()
            seen = task.scratch.get(key)
            if seen is None:
                seen = task.scratch[key] = [0, [None] * len(tensors)]
            seen[0] += 1
            seen[1][i] = grad
            if mode == "any":
                if seen[0] == 1:
                    fn(grad)
            elif seen[0] == sum(task.will_run(t) for t in tensors):
                fn(seen[1])
        return hook

    handles = [t.register_hook(make_hook(i)) for i, t in enumerate(tensors) if t.requires_grad]
    return _MultiHandle(handles)


class _MultiHandle(RemovableHandle):
    """Handle of a multi-grad hook: removing it removes the per-tensor hooks."""

    def __init__(self, handles):
        self.handles = handles
        self.id = next(RemovableHandle._ids)

    def remove(self):
        for h in self.handles:
            h.remove()


_TYPE_NAMES = {"float32": "FloatTensor", "float64": "DoubleTensor", "float16": "HalfTensor",
               "int64": "LongTensor", "int32": "IntTensor", "int16": "ShortTensor",
               "int8": "CharTensor", "uint8": "ByteTensor", "bool": "BoolTensor",
               "complex64": "ComplexFloatTensor", "complex128": "ComplexDoubleTensor"}


def tensor_type_name(t):
    """Return torch's legacy type name, e.g. ``torch.FloatTensor``."""
    return "torch." + _TYPE_NAMES[t.dtype.name]


def _owner_name(name):
    """How torch's in-place error names a node: PowBackward0 -> Pow, PowBackward1 -> Pow1, and
    its hand-written C++ nodes with their namespace."""
    if name in ("CopyBackwards", "CopySlices"):
        return "torch::autograd::" + name
    m = re.fullmatch(r"(.*)Backward(\d+)", name)
    return name if m is None else m[1] + ("" if m[2] == "0" else m[2])


def _saved_type_name(t):
    """The tensor type torch's in-place error names (``CPUBoolType`` for bools, as torch)."""
    return "CPUBoolType" if t.dtype.name == "bool" else tensor_type_name(t)


def _modified_error(t, saved_version, owner, current=None, output_nr=0):
    """Torch's in-place error; ``owner`` is the node that made the tensor, if any."""
    from .anomaly_mode import is_anomaly_enabled
    current = t._version if current is None else current
    sizes = "[" + ", ".join(str(s) for s in t.shape) + "]"
    where = ""
    if owner is not None:
        op_name = _owner_name(owner.name())
        where = f", which is output {output_nr} of {op_name},"
    hint = ("Hint: the backtrace further above shows the operation that failed to compute its "
            "gradient. The variable in question was changed in there or anywhere later. Good luck!"
            if is_anomaly_enabled() else
            "Hint: enable anomaly detection to find the operation that failed to compute its "
            "gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).")
    return RuntimeError(
        "one of the variables needed for gradient computation has been modified by an inplace "
        f"operation: [{_saved_type_name(t)} {sizes}]{where} is at version {current}; expected "
        f"version {saved_version} instead. {hint}")
