"""defop(): one table entry per op builds its public function and its <Name>Backward node.

Forwards see arrays, rules see Tensors. Rule parameters bind by name at registration:
``grad``/``grads`` (incoming), ``result``/``result1``.. (outputs), input names (saved inputs),
``<input>_shape``/``<input>_dtype``/``<input>_strides`` (metadata, no tensor kept alive),
attribute names, and ``needs`` (which inputs want a gradient) for joint rules. Only the names a
rule uses are saved.
"""

import inspect
import os
import types
import weakref

import numpy as np

from .. import _dtype, _hints
from .. import _tensor as _tensor_state
from .._tensor import Tensor
from ..autograd import anomaly_mode
from ..autograd.forward_ad import BILINEAR, ELEMENTWISE, LINEAR  # noqa: F401  (jvp shortcuts)
from ..autograd.forward_ad import dispatch as _fw_dispatch
from ..autograd.forward_ad import state as _fw_state
from ..autograd.grad_mode import state as _grad_state
from ..autograd.graph import (
    ERR_BACKWARD_TWICE,
    Node,
    SavedResult,
    SavedTensor,
    _hooks_in_use,
    _sequence,
    check_unmodified,
    make_accumulator,
)
from ._kernel_dtypes import NOT_ELEMENTWISE, REFUSED, refusal
from ._quiet import QUIET as _QUIET
from ._quiet import enter as _set_quiet
from ._quiet import leave as _reset_quiet
from ._quiet import with_quiet

NONE, SAME, FLOAT = "none", "same", "float"
_NO_EDGE = (None, 0)
GUARDS = "__guards__"  # node._saved key: tensors passed as attributes whose version is checked
_NO_GRAD_VIEW_ADVICE = (
    " with grad mode enabled. Given that this use case is ambiguous and error-prone, it is "
    "forbidden. You can clarify your code by moving both the view and the inplace either both "
    "inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if "
    "you want the inplace to be tracked).")
NO_GRAD_VIEW_REBASED = ("A view was created in no_grad mode and its base or another view of its "
                        "base has been modified inplace" + _NO_GRAD_VIEW_ADVICE)
_RELEASED = {}
# how record() saves a value
_INPUT, _RESULT, _SHAPE, _DTYPE, _STAR_INPUTS, _STAR_SHAPES, _UNKNOWN, _STRIDES = range(8)
_WEAK_FOR_FLOAT = (float, int)


_make = Tensor._make
_new_object = object.__new__


def _compile_on_first_call(node, grads):
    """A node class's first ``apply``: compile the op's rules into it (compiling all ~400 ops
    at import would cost cold start 20 ms), then run them."""
    op = node._op
    type(node).apply = compiled = op._compile_rules(op._shared)
    return compiled(node, grads)


class OpNode(Node):
    """Backward node of a table op; the class per op carries ``_op``."""

    __slots__ = ("_saved", "_attrs")

    def apply(self, grads):
        return self._op.run_rules(self, grads)

    def release(self):
        """Free saved tensors; metadata-only nodes (shapes, dtypes) stay usable, as torch's.

        A Python number saved in an input's place counts as a tensor: torch wraps it into one.
        """
        saved = self._saved
        if saved and saved is not _RELEASED:
            inputs = self._op.input_index
            for k, v in saved.items():
                if k in inputs or type(v) is SavedTensor or _holds_tensor(v):
                    self._saved = _RELEASED
                    return

    def __getattr__(self, name):
        if name.startswith("_saved_"):
            return self._op.saved_attribute(self, name[7:])
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


class Op:
    """A registered op: forward on arrays, rules on Tensors, and the node class it records."""

    def __init__(self, name, forward, node, inputs, vjp, jvp, promote, view, outputs,
                 differentiable_outputs, attrs):
        self.name = name
        self.forward = with_quiet(forward)  # torch returns inf/nan without warnings
        self._forward = self.forward.raw  # apply() sets the quiet state itself
        params = list(_param_names(forward))[1:]
        self.star = inputs[0][1:] if inputs and inputs[0].startswith("*") else None
        if self.star:
            inputs = (self.star,)
        self.input_names = tuple(inputs)
        self.input_index = {n: i for i, n in enumerate(inputs)}
        self.attr_names = tuple(attrs if attrs is not None else params[len(inputs):])
        self.attr_index = {n: i for i, n in enumerate(self.attr_names)}
        self.promote = promote
        self.refuse = REFUSED.get(name)
        self.view = view
        self.n_out = outputs
        self.out_diff = differentiable_outputs or (True,) * outputs
        self.jvp = jvp
        self.node_cls = None
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
        used = [n for r in self.rules if r is not None for n in r[1]]
        shared = {n for n in used if used.count(n) > 1}
        self._bind_joint = None  # a joint rule's compiled argument binding, made on first use
        self._shared = shared
        self._plans = {}
        self._save_all = None  # the save plan when every input has an edge (set by _plan)
        if node:
            body = {"__slots__": (), "_op": self}
            if self.joint is None:
                body["apply"] = _compile_on_first_call
            self.node_cls = type(node, (OpNode,), body)

    def _binder(self, names, shared):
        """Compile a rule's argument binding once; values several rules share go via ``cache``."""
        namespace = self._rule_namespace()
        exprs = ", ".join(self._arg_exprs(names, shared))
        exec(f"def bind(node, grads, cache):\n    saved = node._saved\n    return ({exprs},)",
             namespace)
        return namespace["bind"]

    def _rule_namespace(self):
        return {"unpack": self._unpack_saved, "cached": self._cached, "GUARDS": GUARDS,
                "RELEASED": _RELEASED, "T": Tensor, "SR": SavedResult}

    def _compile_rules(self, shared):
        """Compile ``node.apply`` for per-input rules: each rule called with its arguments
        bound inline, and only for inputs that have an edge (None means a zero gradient)."""
        namespace = self._rule_namespace()
        items = []
        for i, r in enumerate(self.rules):
            if r is None:
                items.append("None")
                continue
            namespace[f"rule{i}"] = r[0]
            args = ", ".join(self._arg_exprs(r[1], shared))
            items.append(f"None if nf[{i}][0] is None else rule{i}({args})")
        lines = ["def apply(node, grads):",
                 "    saved = node._saved",
                 "    if GUARDS in saved:  # masks/indices taken as arrays: version checks",
                 "        for guard in saved[GUARDS]:",
                 "            guard.unpack(node)",
                 "    nf = node.next_functions"]
        if shared:
            lines.append("    cache = {}")
        lines.append(f"    return [{', '.join(items)}]")
        exec("\n".join(lines), namespace)
        return namespace["apply"]

    def _arg_exprs(self, names, shared):
        """Python expressions that fetch a rule's arguments from ``node`` and ``grads``.

        An input saved bare and never written in place, a saved result and plain metadata are
        read inline; everything else (hooks, version checks, a freed graph) goes via unpack.
        """
        exprs = []
        for n in names:
            if n in ("grad", "grads"):
                exprs.append("grads[0]" if n == "grad" else "grads")
            elif n == "needs":
                exprs.append("tuple([e[0] is not None for e in node.next_functions])")
            elif n in self.attr_index:
                exprs.append(f"node._attrs[{self.attr_index[n]}]")
            else:
                kind = self._source(n)[0]
                if kind == _INPUT:
                    exprs.append(f"(_v if type(_v := saved.get({n!r})) is T and _v._vc is None "
                                 f"else unpack(node, {n!r}))")
                elif kind in (_SHAPE, _DTYPE, _STRIDES, _STAR_SHAPES):
                    exprs.append(f"(saved[{n!r}] if saved is not RELEASED "
                                 f"else unpack(node, {n!r}))")
                elif n in shared:
                    exprs.append(f"cached(node, {n!r}, cache)")
                elif kind == _RESULT:
                    exprs.append(f"(_v.unpack(node) if type(_v := saved.get({n!r})) is SR "
                                 f"else unpack(node, {n!r}))")
                else:
                    exprs.append(f"unpack(node, {n!r})")
        return exprs

    # --- forward ----------------------------------------------------------------------
    def __call__(self, *args):
        return self.apply(args, ())

    def apply(self, args, attrs):
        """Run the forward on promoted arrays and record a node if any input needs grad.

        This is the path every op and every backward rule takes, so the common cases
        (one float tensor, two tensors of one float dtype, a float tensor and a Python
        number) are decided inline, and NumPy's quiet error state is set here rather than
        through a wrapper.
        """
        if _fw_state.active:  # forward-mode duals or vmap batches are about
            out = _fw_dispatch(self, args, attrs)
            if out is not NotImplemented:
                return out
        n_args = len(args)
        arrays = None
        if n_args == 2:
            a, b = args
            if isinstance(a, Tensor):
                x = a._data
                if x.dtype.kind == "f":
                    if isinstance(b, Tensor):
                        if b._data.dtype is x.dtype:
                            arrays = (x, b._data)
                    elif type(b) in _WEAK_FOR_FLOAT and self.promote is not NONE:
                        arrays = (x, b)
        elif n_args == 1:
            x = args[0]._data
            if x.dtype.kind == "f":
                arrays = (x,)
        if arrays is None:  # kernels refuse only bool/integer dtypes: floats skip the check
            arrays = promote(args, self.promote) if self.promote is not NONE else \
                [a._data for a in args]
            if self.refuse is not None:
                self._check_kernel_dtype(args, arrays, attrs)
        token = _set_quiet(_QUIET)
        try:
            out = self._forward(np, *arrays, *attrs)
        except ValueError:
            _check_broadcast(args)
            raise
        finally:
            _reset_quiet(token)
        if self.n_out == 1:
            if type(out) is not np.ndarray:
                if type(out) is tuple:  # split/unbind into a single piece
                    out = out[0]
                if type(out) is not np.ndarray:
                    out = np.asarray(out)
            result = _make(out)
        else:
            result = tuple(_make(o if type(o) is np.ndarray else np.asarray(o)) for o in out)
        if self.view:
            self._link_views(args[0], result)
        if _grad_state.enabled and self.node_cls is not None:
            for a in args:
                if isinstance(a, Tensor) and a._rg:
                    self.record(args, attrs, result)
                    if self.view:
                        for r in (result if self.n_out > 1 else (result,)):
                            r.__dict__["_view_version"] = r._vc[0]
                    break
        return result

    def _link_views(self, base, result):
        """Tie view results to their base: shared version counter, no-grad and multi-view
        marks torch's in-place checks read."""
        results = result if self.n_out > 1 else (result,)
        root = base if base._base is None else base._base
        for r in results:
            r._base = root
            r._vc = base._vc_cell()
        if not _grad_state.enabled or "_no_grad_view" in base.__dict__:
            _mark_no_grad_view(base, results)
        if _grad_state.enabled and base._rg and (self.n_out > 1 or "_multi_view" in base.__dict__):
            for r in results:
                r.__dict__["_multi_view"] = True  # torch forbids writing into these
        if not root._rg:
            _remember_views(root, results)

    def _check_kernel_dtype(self, args, arrays, attrs):
        """Raise torch's error where its kernel refuses the computation dtype (``abs(bool)``)."""
        if (self.name in ("mv", "mm", "bmm") or self.name == "median" and not attrs) and any(
                a.size == 0 for a in arrays):
            return  # torch returns an empty (or zero) result before dispatching on dtype
        if self.promote is FLOAT:  # the dtype before the cast to float
            tensors = [a._data for a in args if isinstance(a, Tensor)]
            arr = tensors[0] if len(tensors) == 1 else np.empty(0, np.result_type(*tensors))
        else:
            arr = next(a for a in arrays if isinstance(a, np.ndarray))
        err = refusal(arr, attrs, self.refuse)
        if err is not None:
            if self.name not in NOT_ELEMENTWISE:  # torch reports a broadcast failure first
                _check_broadcast(args)
            raise err

    def record(self, args, attrs, result):
        """Attach a new node to ``result`` with edges to the inputs' histories."""
        node = _new_object(self.node_cls)  # new_node inlined: the hottest allocation
        node._seq = next(_sequence)
        node._pre_hooks = node._post_hooks = node._tensor_pre_hooks = None
        node._retain_hooks = node._metadata = node._anomaly_trace = None
        if len(args) == 2:  # binary ops, without building a list
            a, b = args
            if isinstance(a, Tensor) and a._rg:  # a non-view result's edge inline, else edge_of
                fn = a.grad_fn
                ea = (fn, a._output_nr) if fn is not None and a._base is None else edge_of(a)
            else:
                ea = _NO_EDGE
            if isinstance(b, Tensor) and b._rg:
                fn = b.grad_fn
                eb = (fn, b._output_nr) if fn is not None and b._base is None else edge_of(b)
            else:
                eb = _NO_EDGE
            edges = (ea, eb)
            full = ea is not _NO_EDGE and eb is not _NO_EDGE
        elif len(args) == 1:
            a = args[0]
            fn = a.grad_fn
            edges = ((fn, a._output_nr) if fn is not None and a._base is None else edge_of(a),)
            full = edges[0] is not _NO_EDGE
        else:
            edges = tuple([edge_of(a) if isinstance(a, Tensor) and a._rg else _NO_EDGE
                           for a in args])
            full = _NO_EDGE not in edges
        node.next_functions = edges
        node._attrs = attrs
        if self.n_out == 1:
            outs = (result,)
            arr = result._data
            node._out_meta = ((arr.shape, arr.dtype),)
            if self.out_diff[0]:
                result._rg = True
                result.grad_fn = node
                result._output_nr = 0
        else:
            outs = result
            node._out_meta = tuple((o._data.shape, o._data.dtype) for o in outs)
            for k, o in enumerate(outs):
                if self.out_diff[k]:
                    o._rg = True
                    o.grad_fn = node
                    o._output_nr = k
        saver = self._save_all if full else None
        node._saved = (saver or self._plan(edges))(args, outs)
        if _tensor_state._inference_made and not self.star and any(
                isinstance(a, Tensor) and "_inference" in a.__dict__ and n in node._saved
                for a, n in zip(args, self.input_names)):
            raise RuntimeError(_INFERENCE_SAVED)
        if anomaly_mode.state.enabled:
            node._anomaly_trace = _user_stack()
        return node

    def _plan(self, edges):
        """The values to save, with their sources, for the inputs that have an edge (cached)."""
        # key: the input count when every input has an edge (the usual case), else the mask
        key = len(edges) if _NO_EDGE not in edges else tuple(map(_NO_EDGE.__ne__, edges))
        plan = self._plans.get(key)
        if plan is None:
            needs = (True,) * key if type(key) is int else key
            if self.star:
                needs = (any(needs),)
            names = set()
            for i, need in enumerate(needs):
                if need:
                    names.update(self.saves[i])
            plan = self._plans[key] = self._saver([(n, *self._source(n)) for n in sorted(names)])
            if type(key) is int:
                self._save_all = plan
        return plan

    def _saver(self, plan):
        """Compile a save plan to one dict display: ``saver(args, outs)`` -> the node's saved."""
        exprs = {
            # a tensor at version 0 is saved bare: its version cell, if one appears, must
            # still read 0 at unpack (no SavedTensor object for the common case)
            _INPUT: "(args[{i}] if args[{i}]._vc is None and not hooks[0] else st(args[{i}])) "
                    "if isinstance(args[{i}], T) else args[{i}]",
            _RESULT: "sr(outs[{i}])",
            _SHAPE: "args[{i}]._data.shape if isinstance(args[{i}], T) else ()",
            _DTYPE: "args[{i}].dtype if isinstance(args[{i}], T) else scalar_dtype(args[{i}])",
            _STAR_INPUTS: "tuple([st(a) for a in args])",
            _STRIDES: "tuple([s // args[{i}]._data.itemsize for s in args[{i}]._data.strides])",
            _STAR_SHAPES: "tuple([a._data.shape for a in args])",
            _UNKNOWN: "unknown({n!r})"}
        items = ", ".join(f"{n!r}: " + exprs[kind].format(i=i, n=n) for n, kind, i in plan)
        namespace = {"st": SavedTensor, "sr": SavedResult, "T": Tensor, "hooks": _hooks_in_use,
                     "scalar_dtype": _dtype.scalar_dtype, "unknown": self._unknown_saved}
        exec(f"def saver(args, outs):\n    return {{{items}}}", namespace)
        return namespace["saver"]

    def _unknown_saved(self, n):
        raise ValueError(f"{self.name}: rule names unknown value {n!r}")

    def _source(self, n):
        star, index = self.star, self.input_index
        if star:
            return ((_STAR_INPUTS, None) if n == star else
                    (_STAR_SHAPES, None) if n == star + "_shape" else (_RESULT, 0))
        if n in index:
            return _INPUT, index[n]
        if n.startswith("result"):
            return _RESULT, int(n[6:] or 0)
        if n.endswith("_shape"):
            return _SHAPE, index[n[:-6]]
        if n.endswith("_dtype"):
            return _DTYPE, index[n[:-6]]
        if n.endswith("_strides"):
            return _STRIDES, index[n[:-8]]
        return _UNKNOWN, None

    # --- backward ---------------------------------------------------------------------
    def run_rules(self, node, grads):
        """Evaluate a joint rule (per-input rules are compiled into the node's ``apply``)."""
        if GUARDS in node._saved:  # masks/indices the rules take as arrays: version checks
            for saved in node._saved[GUARDS]:
                saved.unpack(node)
        if all(e[0] is None for e in node.next_functions):  # inputs are no-grad views
            return [None] * len(node.next_functions)
        if self._bind_joint is None:
            self._bind_joint = self._binder(self.joint[1], ())
        out = self.joint[0](*self._bind_joint(node, grads, {}))
        return tuple(out) if isinstance(out, (tuple, list)) else (out,)

    def _cached(self, node, name, cache):
        """A saved value several rules use, unpacked once per node run."""
        v = cache.get(name, cache)
        if v is cache:
            v = cache[name] = self._unpack_saved(node, name)
        return v

    def _unpack_saved(self, node, name):
        saved = node._saved
        if saved is _RELEASED:
            raise _hints.freed_graph(RuntimeError(ERR_BACKWARD_TWICE), node.name(),
                                     sorted(set().union(*self.saves)))
        v = saved[name]
        if type(v) is Tensor:
            return check_unmodified(v, node)
        if type(v) is SavedTensor or isinstance(v, (SavedTensor, SavedResult)):
            return v.unpack(node)
        if type(v) is tuple and v and isinstance(v[0], SavedTensor):
            return tuple(s.unpack(node) for s in v)
        return v

    def saved_attribute(self, node, name):
        """``grad_fn._saved_<name>``: torch calls the first input ``self``."""
        if name == "self":
            name = self.input_names[0]
        if name == "dim" and "dims" in self.attr_index:  # torch's reductions save ``dim``
            name = "dims"
        if name in self.attr_index:
            return node._attrs[self.attr_index[name]]
        if name == "self_sym_sizes":
            name = self.input_names[0] + "_shape"
        saved = node._saved
        if saved is _RELEASED:
            raise _hints.freed_graph(RuntimeError(ERR_BACKWARD_TWICE), node.name(), [name])
        if name not in saved:
            if name in self.input_index:  # an input this node's rules did not need: torch's None
                return None
            raise AttributeError(f"'{type(node).__name__}' object has no attribute '_saved_{name}'")
        v = saved[name]
        if isinstance(v, (bool, int, float, complex)):  # torch wraps saved scalars as 0-d tensors
            return Tensor._make(np.asarray(v))
        return v.unpack(node) if isinstance(v, (SavedTensor, SavedResult)) else v


_INFERENCE_SAVED = (
    "Inference tensors cannot be saved for backward. Please do not use Tensors created in "
    "inference mode in computation tracked by autograd. To work around this, you can make a "
    "clone to get a normal tensor and use it in autograd, or use `torch.no_grad()` instead of "
    "`torch.inference_mode()`.")


def _check_broadcast(args):
    """Raise torch's message when the tensor arguments do not broadcast (TensorIterator folds
    them left to right: ``a`` is the shape so far, ``b`` the next tensor's)."""
    shapes = [a._data.shape for a in args if isinstance(a, Tensor)]
    if len(shapes) < 2:
        return
    a = shapes[0]
    for b in shapes[1:]:
        ndim = max(len(a), len(b))
        out = []
        for i in range(ndim - 1, -1, -1):
            size_a = a[i - ndim + len(a)] if i - ndim + len(a) >= 0 else 1
            size_b = b[i - ndim + len(b)] if i - ndim + len(b) >= 0 else 1
            if size_a != size_b and size_a != 1 and size_b != 1:
                raise RuntimeError(f"The size of tensor a ({size_a}) must match the size of "
                                   f"tensor b ({size_b}) at non-singleton dimension {i}")
            out.append(size_a if size_b == 1 else size_b)
        a = tuple(reversed(out))


def _holds_tensor(value):
    return isinstance(value, (SavedTensor, SavedResult)) or (
        type(value) is tuple and bool(value) and isinstance(value[0], SavedTensor))


_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _user_stack():
    """The forward stack without the library frames on top (wrappers vary their number)."""
    import traceback
    frames = traceback.extract_stack()[:-2]
    while frames and frames[-1].filename.startswith(_PACKAGE_DIR):
        frames.pop()
    return "".join(traceback.format_list(frames))


def _param_names(fn):
    """Parameter names in order; read off the code object of plain functions (faster import)."""
    code = getattr(fn, "__code__", None)
    if (type(fn) is not types.FunctionType or hasattr(fn, "__wrapped__")
            or code.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS)
            or code.co_kwonlyargcount):
        return tuple(inspect.signature(fn).parameters)
    return code.co_varnames[:code.co_argcount]


def _remember_views(root, views):
    """Keep weak links from a base that does not require grad to its views, so an in-place
    write that gives the base a history gives them one too (indexing.adopt_views)."""
    links = root.__dict__.get("_views")
    if links is None:
        links = root.__dict__["_views"] = []
    elif len(links) % 256 == 0:  # drop the links to views that are gone
        links[:] = [ref for ref in links if ref() is not None]
    links.extend(weakref.ref(r) for r in views)


def _mark_no_grad_view(base, views):
    """Views made under no_grad remember it for torch's in-place errors; those of a tensor
    requiring grad require grad but let none flow (torch: leaves without an accumulator)."""
    if not _grad_state.enabled:
        for r in views:
            r._rg = base._rg
            r.__dict__["_no_grad_view"] = (1, r._version)
    elif "_no_grad_view" in base.__dict__:  # torch propagates the creation meta to views
        for r in views:
            r.__dict__["_no_grad_view"] = (2, r._version)


def guard_saved(result, tensors):
    """Check at backward that ``tensors`` (a mask or index passed as an array attribute) were
    not modified in place, as torch checks the saved tensor."""
    node = result.grad_fn
    if node is not None:
        node._saved[GUARDS] = tuple(SavedTensor(t) for t in tensors if isinstance(t, Tensor))


def edge_of(t):
    """Return the (node, output_nr) a gradient for tensor ``t`` flows into."""
    fn = t.grad_fn
    if fn is not None:
        if t._base is not None and t.__dict__.get("_view_version", t._version) != t._version:
            fn = _reread_base(t)
        return (fn, t._output_nr)
    if t._base is not None and t._base._rg and "_no_grad_view" in t.__dict__:
        if t.__dict__["_no_grad_view"][1] != t._version:
            raise RuntimeError(NO_GRAD_VIEW_REBASED)
        return _NO_EDGE
    acc = t._acc
    node = acc() if acc is not None else None
    if node is None:
        node = make_accumulator(t)
        t._acc = weakref.ref(node)
    return (node, 0)


def _reread_base(t):
    """A view whose memory was written in place since its grad_fn was set takes its history
    from the base instead (torch regenerates it as AsStridedBackward0)."""
    from .indexing import _as_strided, _positions
    if "_no_grad_view" in t.__dict__:
        name = type(t.grad_fn).__name__.removesuffix("Backward0").removesuffix("Backward1")
        raise RuntimeError(f"Output {t._output_nr} of {name} is a view of a view which"
                           + NO_GRAD_VIEW_REBASED[len("A view"):])
    base = t._base
    positions = _positions(base, t) if base._rg else None
    if positions is not None:
        _as_strided.record((base,), (positions,), t)
    t.__dict__["_view_version"] = t._version
    return t.grad_fn


def promote(args, mode):
    """Cast tensor arguments to torch's result dtype; Python scalars stay weak for NumPy."""
    first = args[0]
    if len(args) == 1:
        arr = first._data
        if mode is FLOAT and arr.dtype.kind in "biu":
            return [arr.astype(_dtype.get_default_dtype().np)]
        return [arr]
    if len(args) == 2 and isinstance(first, Tensor):  # the common cases, decided without lists
        arr, other = first._data, args[1]
        if arr.dtype.kind == "f":
            if isinstance(other, Tensor):
                if other._data.dtype is arr.dtype:
                    return [arr, other._data]
            elif type(other) in _WEAK_FOR_FLOAT:
                return [arr, other]
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
            continue
        if isinstance(a, np.generic):  # NumPy scalars are weak numbers, as in torch
            a = a.item()
        if a is None or rt.kind in "fc" or isinstance(a, (bool, int)) and rt.kind in "iu":
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
