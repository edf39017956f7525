"""defop(): one table entry per op builds its public function and its <Name>Backward node.

Forwards see arrays, rules see Tensors. Rule parameters bind by name at registration:
``grad``/``grads`` (incoming), ``result``/``result1``.. (outputs), input names (saved inputs),
``<input>_shape``/``<input>_dtype`` (metadata, no tensor kept alive), attribute names, and
``needs`` (which inputs want a gradient) for joint rules. Only the names a rule uses are saved.
"""

import inspect

import numpy as np

from .. import _dtype
from .._tensor import Tensor
from ..autograd import anomaly_mode
from ..autograd.grad_mode import state as _grad_state
from ..autograd.graph import (ERR_BACKWARD_TWICE, Node, SavedResult, SavedTensor,
                              make_accumulator, new_node)

NONE, SAME, FLOAT = "none", "same", "float"
_NO_EDGE = (None, 0)
_RELEASED = {}


class OpNode(Node):
    """Backward node of a table op; the class per op carries ``_op``."""

    __slots__ = ("_saved", "_attrs")

    def apply(self, grads):
        return self._op.run_rules(self, grads)

    def release(self):
        if self._saved:
            self._saved = _RELEASED

    def __getattr__(self, name):
        if name.startswith("_saved_"):
            return self._op.saved_attribute(self, name[7:])
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


class Op:
    """A registered op: forward on arrays, rules on Tensors, and the node class it records."""

    def __init__(self, name, forward, node, inputs, vjp, jvp, promote, view, outputs,
                 differentiable_outputs, attrs):
        self.name = name
        self.forward = forward
        params = list(inspect.signature(forward).parameters)[1:]
        self.star = inputs[0][1:] if inputs and inputs[0].startswith("*") else None
        if self.star:
            inputs = (self.star,)
        self.input_names = tuple(inputs)
        self.input_index = {n: i for i, n in enumerate(inputs)}
        self.attr_names = tuple(attrs if attrs is not None else params[len(inputs):])
        self.attr_index = {n: i for i, n in enumerate(self.attr_names)}
        self.promote = promote
        self.view = view
        self.n_out = outputs
        self.out_diff = differentiable_outputs or (True,) * outputs
        self.jvp = jvp
        self.node_cls = type(node, (OpNode,), {"__slots__": (), "_op": self}) if node else None
        self.joint = None
        self.rules = [None] * len(inputs)
        if callable(vjp):
            self.joint = (vjp, _param_names(vjp))
            names = set(self.joint[1])
            self.saves = [names] * len(inputs)
        else:
            vjp = vjp or {}
            unknown = set(vjp) - set(inputs)
            if unknown:
                raise ValueError(f"{name}: rules for unknown inputs {unknown}")
            self.saves = []
            for i, n in enumerate(inputs):
                rule = vjp.get(n)
                if rule is not None:
                    self.rules[i] = (rule, _param_names(rule))
                self.saves.append(set(self.rules[i][1]) if rule is not None else set())
        self.saves = [tuple(sorted(n for n in s if n not in ("grad", "grads", "needs")
                                   and n not in self.attr_index)) for s in self.saves]
        self.differentiable = node is not None and (self.joint is not None or any(self.rules))

    # --- forward ----------------------------------------------------------------------
    def __call__(self, *args):
        return self.apply(args, ())

    def apply(self, args, attrs):
        """Run the forward on promoted arrays and record a node if any input needs grad."""
        arrays = promote(args, self.promote) if self.promote is not NONE else \
            [a._data for a in args]
        out = self.forward(np, *arrays, *attrs)
        if self.n_out == 1:
            if type(out) is not np.ndarray:
                out = np.asarray(out)
            result = Tensor._make(out)
        else:
            result = tuple(Tensor._make(o if type(o) is np.ndarray else np.asarray(o))
                           for o in out)
        if self.view:
            base = args[0]
            for r in (result if self.n_out > 1 else (result,)):
                r._base = base if base._base is None else base._base
                r._vc = base._vc_cell()
        if _grad_state.enabled and self.node_cls is not None:
            for a in args:
                if isinstance(a, Tensor) and a._rg:
                    self.record(args, attrs, result)
                    break
        return result

    def record(self, args, attrs, result):
        """Attach a new node to ``result`` with edges to the inputs' histories."""
        node = new_node(self.node_cls)
        edges = []
        names = set()
        star = self.star
        for i, a in enumerate(args):
            if isinstance(a, Tensor) and a._rg:
                edges.append(edge_of(a))
                names.update(self.saves[0 if star else i])
            else:
                edges.append(_NO_EDGE)
        node.next_functions = tuple(edges)
        node._attrs = attrs
        outs = result if self.n_out > 1 else (result,)
        node._out_meta = tuple((o._data.shape, o._data.dtype) for o in outs)
        for k, o in enumerate(outs):
            if self.out_diff[k]:
                o._rg = True
                o.grad_fn = node
                o._output_nr = k
        saved = {}
        for n in names:
            i = self.input_index.get(n)
            if star:
                if n == star:
                    saved[n] = tuple(SavedTensor(a) for a in args)
                elif n == star + "_shape":
                    saved[n] = tuple(a._data.shape for a in args)
                else:
                    saved[n] = SavedResult(outs[0])
            elif i is not None:
                a = args[i]
                saved[n] = SavedTensor(a) if isinstance(a, Tensor) else a
            elif n.startswith("result"):
                saved[n] = SavedResult(outs[int(n[6:] or 0)])
            elif n.endswith("_shape"):
                a = args[self.input_index[n[:-6]]]
                saved[n] = a._data.shape if isinstance(a, Tensor) else ()
            elif n.endswith("_dtype"):
                a = args[self.input_index[n[:-6]]]
                saved[n] = a.dtype if isinstance(a, Tensor) else _dtype.scalar_dtype(a)
            else:
                raise ValueError(f"{self.name}: rule names unknown value {n!r}")
        node._saved = saved
        if anomaly_mode.state.enabled:
            import traceback
            node._anomaly_trace = "".join(traceback.format_stack()[:-3])
        return node

    # --- backward ---------------------------------------------------------------------
    def run_rules(self, node, grads):
        """Evaluate the rules of the inputs that have an edge; None means a zero gradient."""
        env = {"grad": grads[0], "grads": grads}
        edges = node.next_functions
        if self.joint is not None:
            fn, names = self.joint
            env["needs"] = tuple(e[0] is not None for e in edges)
            out = fn(*[self._value(node, env, n) for n in names])
            return tuple(out) if isinstance(out, (tuple, list)) else (out,)
        out = []
        for i, e in enumerate(edges):
            rule = self.rules[i]
            if e[0] is None or rule is None:
                out.append(None)
                continue
            fn, names = rule
            out.append(fn(*[self._value(node, env, n) for n in names]))
        return out

    def _value(self, node, env, name):
        v = env.get(name, env)
        if v is not env:
            return v
        i = self.attr_index.get(name)
        if i is not None:
            v = node._attrs[i]
        else:
            saved = node._saved
            if saved is _RELEASED:
                raise RuntimeError(ERR_BACKWARD_TWICE)
            v = saved[name]
            if isinstance(v, (SavedTensor, SavedResult)):
                v = v.unpack(node)
            elif type(v) is tuple and v and isinstance(v[0], SavedTensor):
                v = tuple(s.unpack(node) for s in v)
        env[name] = v
        return v

    def saved_attribute(self, node, name):
        """``grad_fn._saved_<name>``: torch calls the first input ``self``."""
        if name == "self":
            name = self.input_names[0]
        if name in self.attr_index:
            return node._attrs[self.attr_index[name]]
        if name == "self_sym_sizes":
            name = self.input_names[0] + "_shape"
        saved = node._saved
        if saved is _RELEASED:
            raise RuntimeError(ERR_BACKWARD_TWICE)
        if name not in saved:
            raise AttributeError(f"'{type(node).__name__}' object has no attribute '_saved_{name}'")
        v = saved[name]
        return v.unpack(node) if isinstance(v, (SavedTensor, SavedResult)) else v


def _param_names(fn):
    return tuple(inspect.signature(fn).parameters)


def edge_of(t):
    """Return the (node, output_nr) a gradient for tensor ``t`` flows into."""
    fn = t.grad_fn
    if fn is not None:
        return (fn, t._output_nr)
    acc = t._acc
    node = acc() if acc is not None else None
    if node is None:
        import weakref
        node = make_accumulator(t)
        t._acc = weakref.ref(node)
    return (node, 0)


def promote(args, mode):
    """Cast tensor arguments to torch's result dtype; Python scalars stay weak for NumPy."""
    first = args[0]
    if len(args) == 1:
        arr = first._data
        if mode is FLOAT and arr.dtype.kind in "biu":
            return [arr.astype(_dtype.get_default_dtype().np)]
        return [arr]
    rt = None
    if isinstance(first, Tensor):
        dt = first._data.dtype
        for a in args:
            if not (isinstance(a, Tensor) and a._data.dtype == dt) and a is not None:
                break
        else:
            rt = dt
    if rt is None:
        rt = _dtype.result_type([a for a in args if a is not None]).np
    if mode is FLOAT and rt.kind in "biu":
        rt = _dtype.get_default_dtype().np
    out = []
    for a in args:
        if isinstance(a, Tensor):
            arr = a._data
            out.append(arr if arr.dtype == rt else arr.astype(rt))
        elif a is None or rt.kind in "fc" or isinstance(a, (bool, int)) and rt.kind in "iu":
            out.append(a)
        else:
            out.append(np.asarray(a, dtype=rt))
    return out


def defop(name, forward, *, node=None, inputs=("input",), vjp=None, jvp=None, promote=SAME,
          view=False, outputs=1, differentiable_outputs=None, attrs=None):
    """Register an op; see the module docstring for how rules bind their arguments.

    ``inputs=("*tensors",)`` takes a variable number of tensors (cat, stack); such ops name
    their attributes with ``attrs`` and use a joint rule.
    """
    return Op(name, forward, node, inputs, vjp, jvp, promote, view, outputs,
              differentiable_outputs, attrs)
