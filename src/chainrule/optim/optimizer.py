"""Optimizer base: param groups, per-parameter state, state_dict, zero_grad, the no_grad step."""

import copy
from collections import defaultdict

import numpy as np

from .._tensor import Tensor
from ..autograd.grad_mode import no_grad

required = object()


class Optimizer:
    """Hold parameter groups and state; subclasses implement ``_update`` for one parameter."""

    def __init__(self, params, defaults):
        self.defaults = defaults
        self.state = defaultdict(dict)
        self.param_groups = []
        if isinstance(params, Tensor):
            raise TypeError(
                "params argument given to the optimizer should be an iterable of Tensors or "
                f"dicts, but got {_type_name(params)}")
        groups = list(params)
        if not groups:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(groups[0], dict):
            groups = [{"params": groups}]
        for g in groups:
            self.add_param_group(g)

    def add_param_group(self, param_group):
        """Add a group of parameters with its own hyper-parameters (defaults fill the rest)."""
        params = param_group["params"]
        if isinstance(params, Tensor):
            params = [params]
        elif isinstance(params, set):
            raise TypeError(
                "optimizer parameters need to be organized in ordered collections, but the "
                "ordering of tensors in sets will change between runs. Please use a list instead.")
        params = list(params)
        if params and isinstance(params[0], tuple):
            params = [p for _, p in params]
        for p in params:
            if not isinstance(p, Tensor):
                raise TypeError(
                    f"optimizer can only optimize Tensors, but one of the params is "
                    f"{_type_name(p)}")
            if not p.is_leaf:
                raise ValueError("can't optimize a non-leaf Tensor")
        group = dict(param_group)
        group["params"] = params
        for k, v in self.defaults.items():
            if v is required and k not in group:
                raise ValueError(
                    f"parameter group didn't specify a value of required optimization "
                    f"parameter {k}")
            group.setdefault(k, v)
        seen = {id(p) for g in self.param_groups for p in g["params"]}
        if any(id(p) in seen for p in params):
            raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(group)

    def zero_grad(self, set_to_none=True):
        """Reset gradients: to None (default, saves memory) or to zeros in place."""
        for group in self.param_groups:
            for p in group["params"]:
                if p._grad is None:
                    continue
                if set_to_none:
                    p._grad = None
                else:
                    if p._grad.grad_fn is not None:
                        p._grad = p._grad.detach()
                    p._grad._data[...] = 0

    @no_grad()
    def step(self, closure=None):
        """Update every parameter that has a gradient; ``closure`` re-evaluates the loss."""
        loss = None
        if closure is not None:
            from ..autograd.grad_mode import enable_grad
            with enable_grad():
                loss = closure()
        for group in self.param_groups:
            for p in group["params"]:
                if p._grad is None:
                    continue
                grad = p._grad._data
                if group.get("maximize"):
                    grad = -grad
                if grad.dtype.kind == "c":
                    _update_as_real(self, p, grad, group)
                else:
                    self._update(p, grad, self.state[p], group)
                p._bump_version()
        return loss

    def _update(self, param, grad, state, group):
        raise NotImplementedError

    # --- state dict --------------------------------------------------------------------
    def state_dict(self):
        """Return {'state': {index: {...}}, 'param_groups': [...]} with params as indices."""
        index = {}
        groups = []
        for g in self.param_groups:
            packed = {k: v for k, v in g.items() if k != "params"}
            packed["params"] = [index.setdefault(id(p), len(index)) for p in g["params"]]
            groups.append(packed)
        state = {index[id(p)]: s for p, s in self.state.items() if id(p) in index and s}
        return {"state": state, "param_groups": groups}

    def load_state_dict(self, state_dict):
        """Restore hyper-parameters and per-parameter state saved by ``state_dict``; tensors are
        shared with ``state_dict``, not copied, as torch."""
        groups = state_dict["param_groups"]
        if len(groups) != len(self.param_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        if any(len(a["params"]) != len(b["params"]) for a, b in zip(self.param_groups, groups)):
            raise ValueError(
                "loaded state dict contains a parameter group that doesn't match the size of "
                "optimizer's group")
        by_index = {}
        for own, saved in zip(self.param_groups, groups):
            for p, i in zip(own["params"], saved["params"]):
                by_index[i] = p
        self.state = defaultdict(dict)
        for i, s in state_dict["state"].items():
            p = by_index[int(i)]
            self.state[p] = {k: _cast_like(v, p, k) for k, v in s.items()}
        for own, saved in zip(self.param_groups, groups):
            for k, v in saved.items():
                if k != "params":
                    own[k] = copy.deepcopy(v)

    def __getstate__(self):
        return {"defaults": self.defaults, "state": self.state, "param_groups": self.param_groups}

    def __setstate__(self, state):
        self.__dict__.update(state)

    def __repr__(self):
        lines = [type(self).__name__ + " ("]
        for i, g in enumerate(self.param_groups):
            lines += [""] * (i > 0) + [f"Parameter Group {i}"]  # torch: a blank line between groups
            for k in sorted(g):
                if k != "params":
                    lines.append(f"    {k}: {g[k]}")
        lines.append(")")
        return "\n".join(lines)


def _cast_like(value, param, key):
    """Move loaded state to the parameter's dtype, except the step counter; a tensor already of
    that dtype is kept, not copied, so the loaded state aliases the saved one (as torch)."""
    if isinstance(value, Tensor) and key != "step" and value.is_floating_point() \
            and value._data.dtype != param._data.dtype:
        return Tensor._make(value._data.astype(param._data.dtype))
    return value


def _type_name(x):
    if isinstance(x, Tensor):
        from ..autograd.graph import tensor_type_name
        return tensor_type_name(x)  # torch.typename: 'torch.FloatTensor'
    return type(x).__name__


def _as_real(arr):
    """A complex array's (..., 2) float view (torch's view_as_real): writes go through."""
    return arr[..., None].view(arr.real.dtype)


def _update_as_real(optimizer, param, grad, group):
    """Step a complex parameter as pairs of reals, as torch's optimizers do: the update runs on
    real views of the parameter, its gradient and its complex state, and state it creates is
    kept complex (so ``state_dict`` shows complex tensors, as torch's)."""
    state = optimizer.state[param]
    views = {k: Tensor._make(_as_real(v._data)) if isinstance(v, Tensor) and
             v._data.dtype.kind == "c" else v for k, v in state.items()}
    real_param = Tensor._make(_as_real(param._data))
    optimizer._update(real_param, _as_real(grad), views, group)
    for k, v in views.items():
        if k in state and v is not state[k] and _is_view_of(v, state[k]):
            continue
        if isinstance(v, Tensor) and v._data.shape == real_param._data.shape:
            v = Tensor._make(np.ascontiguousarray(v._data).view(param._data.dtype)[..., 0])
        state[k] = v


def _is_view_of(view, tensor):
    """True when ``view`` is the real view made of the complex state tensor ``tensor``."""
    return isinstance(tensor, Tensor) and tensor._data.dtype.kind == "c" and \
        np.shares_memory(view._data, tensor._data)


def zeros_state(param):
    """Return a zero tensor shaped like ``param`` for optimizer state."""
    return Tensor._make(np.zeros_like(param._data))


def step_tensor(state):
    """Increment and return the float32 step counter kept as a 0-d tensor, as torch."""
    step = state.get("step")
    if step is None:
        step = state["step"] = Tensor._make(np.zeros((), np.float32))
    step._data += 1
    return float(step._data)


def check_value(name, value, low=0.0):
    """Raise torch's 'Invalid ...' ValueError when ``value`` is below ``low``."""
    if not low <= value:
        raise ValueError(f"Invalid {name}: {value}")



_CHUNK = 1 << 14  # float64 elements per pass, so the buffer stays in cache


def _single_rounding(a, b, c, out):
    """Store a + b * c (b a scalar or array) rounded once for float32, like a CPU FMA."""
    if a.dtype == np.float32:
        if out is not None and a.size > _CHUNK and _flat_alike(a, b, c, out):
            return _single_rounding_chunked(a, b, c, out)
        # the product of two float32 values is exact in float64
        exact = np.asarray(np.multiply(c, b, dtype=np.float64))  # 0-d ufuncs return scalars
        np.add(exact, a, out=exact)
        if out is None:
            return exact.astype(np.float32)
        out[...] = exact
        return out
    if out is None:
        return a + b * c
    out += b * c
    return out


def _flat_alike(a, b, c, out):
    """True when every operand is C-contiguous with one shape (b may be a scalar)."""
    arrays = (a, c, out) if np.ndim(b) == 0 else (a, b, c, out)
    return all(x.shape == a.shape and x.flags.c_contiguous for x in arrays)


def _single_rounding_chunked(a, b, c, out):
    """``_single_rounding`` over flat chunks through one small float64 buffer (2x faster)."""
    flat_a, flat_c, flat_out = a.reshape(-1), c.reshape(-1), out.reshape(-1)
    flat_b = b if np.ndim(b) == 0 else b.reshape(-1)
    buf = np.empty(_CHUNK)
    for start in range(0, a.size, _CHUNK):
        stop = min(start + _CHUNK, a.size)
        exact = buf[:stop - start]
        np.multiply(flat_c[start:stop], flat_b if np.ndim(b) == 0 else flat_b[start:stop],
                    out=exact, dtype=np.float64)
        np.add(exact, flat_a[start:stop], out=exact)
        np.copyto(flat_out[start:stop], exact, casting="unsafe")
    return out


def fma(a, alpha, b, out=None):
    """Return a + alpha * b, as torch's ``add(b, alpha=alpha)`` (one rounding on float32)."""
    return _single_rounding(a, np.float32(alpha) if a.dtype == np.float32 else alpha, b, out)


def addcmul_(a, value, b, c):
    """Update a in place to a + (value * b) * c, as torch's ``addcmul_``."""
    return _single_rounding(a, value * b, c, a)


def lerp_(a, end, weight):
    """Update a in place towards ``end`` by ``weight``, as torch's ``lerp_`` (weight < 0.5)."""
    if a.dtype == np.float32:
        weight = np.float32(weight)  # torch's kernel holds the weight in float32 too
    return _single_rounding(a, weight, end - a, a)
