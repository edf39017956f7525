"""Forward-mode AD: dual tensors carry a tangent per level, pushed through each op's JVP.

Every op with a VJP has a JVP: its table entry's ``jvp`` (a function or the ELEMENTWISE,
LINEAR, BILINEAR shortcuts), a shortcut listed in ``_SHORTCUTS`` below, or else the
double-VJP trick J·t = d/du [uᵀJ]·t run through the op's own rules. Tangents live in
``tensor._fw``, a dict from level id to tangent; ``Op.apply`` calls ``dispatch`` only while
``state.active`` is set, so code outside forward mode and vmap pays one attribute test.
"""

import functools
import inspect
import itertools
from collections import namedtuple

from .grad_mode import state as _grad_state

ELEMENTWISE, LINEAR, BILINEAR = "elementwise", "linear", "bilinear"


class _State:
    """Active forward levels (ids, innermost last), vmap depth, and the cached ``active`` flag."""

    __slots__ = ("levels", "public", "batch", "active", "batch_apply", "batch_level", "layers")

    def __init__(self):
        self.levels = ()
        self.public = []
        self.layers = []  # levels of the running torch.func transforms, outermost first
        self.batch = 0
        self.active = False
        self.batch_apply = self.batch_level = None

    def set_levels(self, levels):
        self.levels = levels
        self.active = bool(levels) or self.batch > 0


state = _State()
_ids = itertools.count(1)  # forward and vmap levels share one order: higher is inner


def new_level_id():
    """Return a level id above every level opened so far."""
    return next(_ids)

UnpackedDualTensor = namedtuple("UnpackedDualTensor", ["primal", "tangent"])


def push_level():
    """Open a new forward level (used by dual_level and func.jvp); return its id."""
    level = new_level_id()
    state.set_levels(state.levels + (level,))
    return level


def pop_level(level):
    """Close ``level``; tangents stored at it are ignored from now on."""
    state.set_levels(tuple(lv for lv in state.levels if lv != level))


def enter_dual_level():
    """Enter a new forward grad level and return its index (always 0: levels do not nest)."""
    if state.public:
        raise RuntimeError("Nested forward mode AD is not supported at the moment")
    state.public.append(push_level())
    return 0


def exit_dual_level(*, level=None):
    """Exit the current forward grad level; its tangents are dropped."""
    if not state.public or (level is not None and level != len(state.public) - 1):
        raise RuntimeError("Dual level must be a positive number.")
    pop_level(state.public.pop())


class dual_level:
    """Context manager for forward AD: ``with dual_level(): ...`` (PyTorch's API)."""

    def __enter__(self):
        return enter_dual_level()

    def __exit__(self, *exc):
        exit_dual_level()


def _public_level(level):
    if level is None:
        return state.public[-1] if state.public else None
    return state.public[level] if level < len(state.public) else None


def make_dual(tensor, tangent, *, level=None):
    """Return a view of ``tensor`` whose tangent at the current level is ``tangent``.

    >>> import chainrule
    >>> with dual_level():
    ...     d = make_dual(chainrule.tensor([1., 2.]), chainrule.tensor([1., 0.]))
    ...     unpack_dual(d * d).tangent
    tensor([2., 0.])
    """
    lv = _public_level(level)
    if lv is None:
        raise RuntimeError(
            "Trying to create a dual Tensor for forward AD but no level exists, make sure to "
            "enter_dual_level() first.")
    return attach(tensor, tangent, lv)


def attach(tensor, tangent, level):
    """Return an alias of ``tensor`` carrying ``tangent`` at ``level`` (checked as torch)."""
    if not (tensor.is_floating_point() or tensor.is_complex()):
        raise ValueError(
            f"Expected primal to be floating point or complex, but got: {tensor.dtype}")
    if not (tangent.is_floating_point() or tangent.is_complex()):
        raise ValueError(
            f"Expected tangent to be floating point or complex, but got: {tangent.dtype}")
    if tuple(tangent.shape) != tuple(tensor.shape):
        raise RuntimeError(
            "Trying to set a forward gradient that has a different size than that of the "
            f"original Tensor, this is not supported. Tensor is of size [{_dims(tensor)}] while "
            f"the given forward gradient is of size [{_dims(tangent)}].")
    from .._ops.shape import view
    saved = state.levels
    state.set_levels(tuple(lv for lv in saved if lv < level))
    try:
        out = view(tensor, tuple(tensor.shape))
    finally:
        state.set_levels(saved)
    _set_tangent(out, level, tangent)
    return out


def _dims(t):
    return ", ".join(str(s) for s in t.shape)


def unpack_dual(tensor, *, level=None):
    """Return ``(primal, tangent)``: a view without the tangent, and the tangent or None."""
    lv = _public_level(level)
    tangent = tangent_of(tensor, lv)
    if lv is None:
        return UnpackedDualTensor(tensor, None)
    primal = _strip(tensor, lv)
    if primal.grad_fn is not None:  # torch's primal view records an Identity node
        primal.grad_fn.__class__ = _identity_node(type(primal.grad_fn))
    return UnpackedDualTensor(primal, tangent)


@functools.lru_cache(maxsize=None)
def _identity_node(alias_node):
    """The alias node under torch's name for it here: C++ ``torch::autograd::Identity``."""
    return type("CppFunction", (alias_node,), {
        "__slots__": (), "name": lambda self: "torch::autograd::Identity"})


def _strip(tensor, level):
    from .._ops.shape import alias
    saved = state.levels
    state.set_levels(tuple(lv for lv in saved if lv < level))
    try:
        return alias(tensor)
    finally:
        state.set_levels(saved)


def tangent_of(tensor, level):
    """Return the tangent of ``tensor`` at ``level`` (None when it has none or it is closed)."""
    fw = tensor._fw
    if not fw or level not in state.levels:
        return None
    return fw.get(level)


def _fw_tangent(self):
    """The tangent at the current public level; the repr prints it as ``tangent=``."""
    return tangent_of(self, state.public[-1]) if state.public else None


def _set_tangent(t, level, tangent):
    """Attach ``tangent`` to ``t`` at ``level`` (a fresh dict: views may share the old one)."""
    fw = t._fw
    t._fw = {**fw, level: tangent} if fw else {level: tangent}
    batch = getattr(t, "_level", None)
    if batch is not None and level > batch:  # vmapped: the graph lives on the batch value
        from ..func._batching import unwrap
        _set_tangent(t._value, level, unwrap(tangent, batch, t._value.shape[0]))
    node = t.grad_fn
    saved = getattr(node, "_saved", None)
    if type(saved) is dict:  # a saved output must keep its tangent (forward-over-reverse)
        for v in saved.values():
            if getattr(v, "data", None) is t._data and hasattr(v, "fw"):
                v.fw = t._fw


# --- dispatch from Op.apply -----------------------------------------------------------------
def dispatch(op, args, attrs):
    """Run ``op`` on duals or batched tensors; NotImplemented sends it down the plain path."""
    from .._tensor import Tensor
    levels = state.levels
    if levels:
        top = None
        for a in args:
            if isinstance(a, Tensor) and a._fw:
                for lv in a._fw:
                    if lv in levels and (top is None or lv > top):
                        top = lv
        if top is not None:
            if state.batch and state.batch_level(args, attrs) > top:
                return state.batch_apply(op, args, attrs)
            return _forward(op, args, attrs, top)
    if state.batch:
        return state.batch_apply(op, args, attrs)
    return NotImplemented


def _forward(op, args, attrs, level):
    """Compute the primal with ``level`` hidden, then the tangent of each output at ``level``."""
    saved = state.levels
    state.set_levels(tuple(lv for lv in saved if lv < level))
    try:
        out = op.apply(args, attrs)
        if op.differentiable:
            outs = out if op.n_out > 1 else (out,)
            tangents = [a._fw.get(level) if hasattr(a, "_fw") and a._fw else None for a in args]
            if any(t is not None for t in tangents):
                results = jvp_of(op, args, attrs, outs, tangents)
                for o, t in zip(outs, results):
                    if t is not None:
                        _set_tangent(o, level, _fit(t, o))
    finally:
        state.set_levels(saved)
    return out


def _fit(t, out):
    """Broadcast a tangent to its output's shape and dtype (shortcut rules skip sum_to)."""
    if t.shape != out.shape:
        from .._ops.shape import expand
        t = expand(t, tuple(out.shape))
    if t._data.dtype != out._data.dtype:
        t = t.to(out.dtype)
    return t


def jvp_of(op, args, attrs, outs, tangents):
    """Return one tangent (or None) per output of ``op`` for input ``tangents``."""
    rule = op.jvp if op.jvp is not None else _SHORTCUTS.get(op.node_cls.__name__)
    if rule is ELEMENTWISE:
        return [_elementwise(op, args, attrs, outs, tangents)]
    if rule is LINEAR:
        return _linear(op, args, attrs, tangents)
    if rule is BILINEAR:
        a, b = args
        ta, tb = _materialized(args, tangents)
        terms = ([op.apply((ta, b), attrs)] if ta is not None else []) + \
            ([op.apply((a, tb), attrs)] if tb is not None else [])
        return [terms[0] if len(terms) == 1 else terms[0] + terms[1]]
    if callable(rule):
        env = {n + "_t": t for n, t in zip(op.input_names, tangents)}
        out = rule(*[_value(op, n, args, attrs, outs, env) for n in _names(rule)])
        return list(out) if isinstance(out, (tuple, list)) else [out]
    return _double_vjp(op, args, attrs, outs, tangents)


@functools.lru_cache(maxsize=None)
def _names(fn):
    return tuple(inspect.signature(fn).parameters)


def _value(op, name, args, attrs, outs, env):
    """Bind a rule parameter from the forward call, as the registry does from saved values."""
    if name in env:
        return env[name]
    i = op.attr_index.get(name)
    if i is not None:
        return attrs[i]
    if op.star:
        if name == op.star:
            return tuple(args)
        if name == op.star + "_shape":
            return tuple(a._data.shape for a in args)
    i = op.input_index.get(name)
    if i is not None:
        return args[i]
    if name.startswith("result"):
        return outs[int(name[6:] or 0)]
    a = args[op.input_index[name[:-6]]]
    if name.endswith("_shape"):
        return a._data.shape if hasattr(a, "_data") else ()
    from .. import _dtype
    return a.dtype if hasattr(a, "_data") else _dtype.scalar_dtype(a)


def _elementwise(op, args, attrs, outs, tangents):
    """Diagonal Jacobians are symmetric, so each input's VJP applied to its tangent is its JVP.
    A complex VJP multiplies by the conjugate derivative (torch's convention), so there the JVP
    is conj(VJP(conj(t))), and its real part for a real output (abs)."""
    if outs[0]._data.dtype.kind == "c" or any(
            t is not None and t._data.dtype.kind == "c" for t in tangents):
        from .._ops.compat_complex import real
        from .._ops.complex_conj import conj
        out = _vjps_of_tangents(op, args, attrs, outs, [None if t is None else conj(t)
                                                          for t in tangents])
        if out is None:
            return None
        return conj(out) if outs[0]._data.dtype.kind == "c" else real(out)
    return _vjps_of_tangents(op, args, attrs, outs, tangents)


def _vjps_of_tangents(op, args, attrs, outs, tangents):
    """The sum over inputs of each input's VJP applied to its tangent."""
    total = None
    n = len(tangents)
    for i, t in enumerate(tangents):
        if t is None:
            continue
        env = {"grad": t, "grads": (t,)}
        if op.joint is not None:
            fn, names = op.joint
            env["needs"] = tuple(k == i for k in range(n))
            term = fn(*[_value(op, p, args, attrs, outs, env) for p in names])[i]
        elif op.rules[i] is not None:
            fn, names = op.rules[i]
            term = fn(*[_value(op, p, args, attrs, outs, env) for p in names])
        else:
            continue
        if term is not None:
            total = term if total is None else total + term
    return total


def _linear(op, args, attrs, tangents):
    """A linear op's JVP is the op itself applied to the tangents (zeros for missing ones)."""
    from .._creation import zeros_like
    ts = [t if t is not None else zeros_like(a) if hasattr(a, "_data") else a
          for a, t in zip(args, tangents)]
    out = op.apply(tuple(ts), attrs)
    return list(out) if op.n_out > 1 else [out]


def _double_vjp(op, args, attrs, outs, tangents):
    """J·t as the derivative of uᵀJ with respect to u, from the op's own VJP rules."""
    from .._creation import ones_like
    from .._ops.shape import alias
    # keep a graph on the tangent only if the caller's inputs or tangents have one
    create = _grad_state.enabled and any(getattr(t, "_rg", False) for t in (*tangents, *args))
    prev = _grad_state.enabled
    _grad_state.enabled = True
    try:
        new_args, xs, ts = list(args), [], []
        for i, (a, t) in enumerate(zip(args, tangents)):
            if t is None:
                continue
            x = alias(a) if a._rg else a.detach().requires_grad_()
            for lv, tan in (a._fw or {}).items():
                _set_tangent(x, lv, tan)
            new_args[i] = x
            xs.append(x)
            ts.append(t)
        res = op.apply(tuple(new_args), attrs)
        res = res if op.n_out > 1 else (res,)
        keep = [k for k, o in enumerate(res) if op.out_diff[k] and o._rg]
        if not keep:
            return [None] * len(outs)
        us = [ones_like(res[k]).requires_grad_() for k in keep]  # any u: uᵀJ is linear in u
        gs = _reverse([res[k] for k in keep], xs, us, True)
        pairs = [(g, t) for g, t in zip(gs, ts) if g is not None and g._rg]
        if not pairs:
            return [None] * len(outs)
        jt = _reverse([g for g, _ in pairs], us, [t for _, t in pairs], create)
    finally:
        _grad_state.enabled = prev
    result = [None] * len(outs)
    for k, t in zip(keep, jt):
        result[k] = t if create or t is None else t.detach()
    return result


def _reverse(outputs, inputs, cotangents, create):
    """autograd.grad, or inside vmap the batch-aware pass that batched outputs need."""
    if state.batch:
        from ..func._transforms import vjp_core
        return vjp_core(outputs, inputs, cotangents, create)
    from . import grad
    return grad(outputs, inputs, cotangents, create_graph=create, allow_unused=True)


_ELEMENTWISE_NODES = (
    "AddBackward0 SubBackward0 RsubBackward1 MulBackward0 DivBackward0 NegBackward0 "
    "ReciprocalBackward0 PowBackward0 PowBackward1 PowBackward2 ExpBackward0 LogBackward0 "
    "SqrtBackward0 SinBackward0 CosBackward0 TanBackward0 TanhBackward0 SigmoidBackward0 "
    "AbsBackward0 ReluBackward0 SignBackward0 TanhBackwardBackward0 SigmoidBackwardBackward0 "
    "ThresholdBackwardBackward0 ClampBackward0 ClampBackward1 MaximumBackward0 "
    "MinimumBackward0 WhereBackward0 RemainderBackward0 MaskedFillBackward0 GeluBackward0 "
    "SiluBackward0 SoftplusBackward0 EluBackward0 CeluBackward0 LeakyReluBackward0 "
    "HardtanhBackward0 LogSigmoidBackward0 MishBackward0 SpecialNdtrBackward0 "
    # softmax's Jacobian diag(s) - s sᵀ is symmetric, so its VJP is its JVP too
    "SoftmaxBackward0")
_LINEAR_NODES = (
    "ViewBackward0 UnsafeViewBackward0 CloneBackward0 AliasBackward0 TransposeBackward0 "
    "TBackward0 PermuteBackward0 SqueezeBackward0 SqueezeBackward1 SqueezeBackward2 "
    "SqueezeBackward4 UnsqueezeBackward0 ExpandBackward0 CatBackward0 StackBackward0 "
    "UnbindBackward0 SplitBackward0 SliceBackward0 SliceBackwardBackward0 FlipBackward0 "
    "ToCopyBackward0 SumBackward0 SumBackward1 MeanBackward0 MeanBackward1 CumsumBackward0 "
    "SelectBackward0 SelectBackwardBackward0 IndexBackward0 IndexPutBackward0 "
    "IndexSelectBackward0 GatherBackward0 ScatterAddBackward0 ReshapeAliasBackward0 "
    "TrilBackward0 TriuBackward0 DiagonalBackward0 DiagEmbedBackward0 TraceBackward0 "
    "RepeatBackward0 RollBackward0 Rot90Backward0 UnfoldBackward0 PixelShuffleBackward0 "
    "PixelUnshuffleBackward0 AdaptiveAvgPool2DBackward0")
_BILINEAR_NODES = "DotBackward0 MvBackward0 MmBackward0 BmmBackward0"


def _materialized(args, tangents):
    """Missing tangents as zeros when a primal requires grad: torch's formulas then record the
    tangent's dependence on the primals, so the tangent itself is differentiable."""
    if not (_grad_state.enabled and any(getattr(a, "_rg", False) for a in args)):
        return tangents
    from .._creation import zeros_like
    return [zeros_like(a) if t is None and hasattr(a, "_data") else t
            for a, t in zip(args, tangents)]


def _addmm_jvp(input_t, mat1_t, mat2_t, input, mat1, mat2, beta, alpha):
    """torch's formula: input_t·beta + (mat1_t @ mat2)·alpha + (mat1 @ mat2_t)·alpha."""
    from .._ops.linalg import mm
    input_t, mat1_t, mat2_t = _materialized((input, mat1, mat2), (input_t, mat1_t, mat2_t))
    terms = [None if input_t is None or beta == 0 else input_t if beta == 1 else input_t * beta]
    for t in (mm(mat1_t, mat2) if mat1_t is not None else None,
              mm(mat1, mat2_t) if mat2_t is not None else None):
        terms.append(t if t is None or alpha == 1 else t * alpha)
    out = None
    for t in terms:
        if t is not None:
            out = t if out is None else out + t
    return out


def _log_softmax_jvp(input_t, result, dim):
    return input_t - (result.exp() * input_t).sum(dim, keepdim=True)


def _select_jvp(input_t, dim, keepdim, result1):
    """max/min along a dim: the tangent at the picked index (values), none for the indices."""
    index = result1 if keepdim else result1.unsqueeze(dim)
    picked = input_t.gather(dim, index)
    return picked if keepdim else picked.squeeze(dim), None


def _extreme_jvp(input_t, input, result):
    """Full max/min: the mean tangent over tied extremes, as the VJP shares the gradient."""
    from .._ops.pointwise import where
    hit = input == result
    return where(hit, input_t, 0).sum() / hit.sum()


# Shortcuts for ops whose entries carry no ``jvp`` yet; an entry's own ``jvp`` always wins.
_SHORTCUTS = {**dict.fromkeys(_ELEMENTWISE_NODES.split(), ELEMENTWISE),
              **dict.fromkeys(_LINEAR_NODES.split(), LINEAR),
              **dict.fromkeys(_BILINEAR_NODES.split(), BILINEAR),
              "AddmmBackward0": _addmm_jvp, "LogSoftmaxBackward0": _log_softmax_jvp,
              "MaxBackward0": _select_jvp, "MinBackward0": _select_jvp,
              "MaxBackward1": _extreme_jvp, "MinBackward1": _extreme_jvp}

__all__ = ["dual_level", "make_dual", "unpack_dual", "enter_dual_level", "exit_dual_level",
           "UnpackedDualTensor"]


def _install_repr_hook():
    """Expose the current tangent as ``Tensor._fw_tangent``, which the repr prints."""
    from .._tensor import Tensor
    Tensor._fw_tangent = property(_fw_tangent)


_install_repr_hook()
