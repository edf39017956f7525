"""Backward-graph objects: Node, AccumulateGrad, saved tensors and removable hook handles."""

import itertools
import re
import weakref

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
        self.hooks_dict_ref = weakref.ref(hooks_dict)
        self.id = next(RemovableHandle._ids)

    def remove(self):
        hooks = self.hooks_dict_ref()
        if hooks is not None:
            hooks.pop(self.id, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.remove()


class Node:
    """A backward function: maps gradients of its outputs to gradients of its inputs.

    ``next_functions`` lists, per input, the node its gradient goes to and that node's output
    number, in order and with duplicates (torch's edges). Saved state is freed by ``release``.
    """

    __slots__ = ("next_functions", "_seq", "_pre_hooks", "_post_hooks", "_tensor_pre_hooks",
                 "_retain_hooks", "_metadata", "_anomaly_trace", "_out_meta", "__weakref__")

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
        return self.apply(grads)

    def register_hook(self, fn):
        """Call ``fn(grad_inputs, grad_outputs)`` after the node runs; it may replace grad_inputs."""
        if self._post_hooks is None:
            self._post_hooks = {}
        handle = RemovableHandle(self._post_hooks)
        self._post_hooks[handle.id] = fn
        return handle

    def register_prehook(self, fn):
        """Call ``fn(grad_outputs)`` before the node runs; it may replace grad_outputs."""
        if self._pre_hooks is None:
            self._pre_hooks = {}
        handle = RemovableHandle(self._pre_hooks)
        self._pre_hooks[handle.id] = fn
        return handle

    def _register_tensor_hook(self, output_nr, fn):
        """Tensor.register_hook on a non-leaf: runs on this node's output_nr gradient."""
        if self._tensor_pre_hooks is None:
            self._tensor_pre_hooks = {}
        handle = RemovableHandle(self._tensor_pre_hooks)
        self._tensor_pre_hooks[handle.id] = (output_nr, fn)
        return handle

    def __repr__(self):
        return f"<{self.name()} object at {hex(id(self))}>"


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
    """An input saved for backward: the tensor itself plus its version at save time."""

    __slots__ = ("tensor", "version")

    def __init__(self, tensor):
        self.tensor = tensor
        self.version = tensor._version

    def unpack(self, node):
        t = self.tensor
        if t._version != self.version:
            raise _modified_error(t, self.version, t.grad_fn, output_nr=t._output_nr)
        return t


class SavedResult:
    """An op's own output saved for backward, without a strong link back to the node.

    Holding the array (not the output tensor) avoids the cycle node -> output -> node; unpack
    rebuilds a tensor whose grad_fn is the node, so rules stay differentiable.
    """

    __slots__ = ("data", "vc", "version", "output_nr", "requires_grad")

    def __init__(self, tensor):
        self.data = tensor._data
        self.vc = tensor._vc_cell()
        self.version = self.vc[0]
        self.output_nr = tensor._output_nr
        self.requires_grad = tensor._rg

    def unpack(self, node):
        from .._tensor import Tensor
        if self.vc[0] != self.version:
            t = Tensor._make(self.data)
            raise _modified_error(t, self.version, node, self.vc[0], self.output_nr)
        t = Tensor._make(self.data)
        t._vc = self.vc
        if self.requires_grad:
            t._rg = True
            t.grad_fn = node
            t._output_nr = self.output_nr
        return t


_TYPE_NAMES = {"float32": "FloatTensor", "float64": "DoubleTensor", "float16": "HalfTensor",
               "int64": "LongTensor", "int32": "IntTensor", "int16": "ShortTensor",
               "int8": "CharTensor", "uint8": "ByteTensor", "bool": "BoolTensor",
               "complex64": "ComplexFloatTensor", "complex128": "ComplexDoubleTensor"}


def tensor_type_name(t):
    """Return torch's legacy type name, e.g. ``torch.FloatTensor``."""
    return "torch." + _TYPE_NAMES[t.dtype.name]


def _modified_error(t, saved_version, owner, current=None, output_nr=0):
    """Torch's in-place error; ``owner`` is the node that made the tensor, if any."""
    from .anomaly_mode import is_anomaly_enabled
    current = t._version if current is None else current
    sizes = "[" + ", ".join(str(s) for s in t.shape) + "]"
    where = ","
    if owner is not None:
        op_name = re.sub(r"Backward\d*$", "", owner.name())
        where = f", which is output {output_nr} of {op_name},"
    hint = ("Hint: the backtrace further above shows the operation that failed to compute its "
            "gradient. The variable in question was changed in there or anywhere later. Good luck!"
            if is_anomaly_enabled() else
            "Hint: enable anomaly detection to find the operation that failed to compute its "
            "gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).")
    return RuntimeError(
        "one of the variables needed for gradient computation has been modified by an inplace "
        f"operation: [{tensor_type_name(t)} {sizes}]{where} is at version {current}; expected "
        f"version {saved_version} instead. {hint}")
