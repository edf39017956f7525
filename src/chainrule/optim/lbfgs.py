"""L-BFGS with an optional strong-Wolfe line search, on the parameters flattened into one vector.

The update follows torch's algorithm step for step (two-loop recursion, first step scaled by
1/|g|₁, cubic interpolation in the zoom phase), computed in NumPy on the flat vector.
"""

import numpy as np

from .._tensor import Tensor
from .optimizer import Optimizer


def _cubic_interpolate(x1, f1, g1, x2, f2, g2, bounds=None):
    """Return the minimiser of the cubic through two points with slopes, clipped to bounds."""
    lo, hi = bounds if bounds is not None else ((x1, x2) if x1 <= x2 else (x2, x1))
    d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2)
    d2_square = d1 ** 2 - g1 * g2
    if d2_square >= 0:
        d2 = d2_square ** 0.5
        if x1 <= x2:
            pos = x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
        else:
            pos = x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2))
        return min(max(pos, lo), hi)
    return (lo + hi) / 2.0


def _strong_wolfe(obj_func, x, t, d, f, g, gtd, c1=1e-4, c2=0.9, tolerance_change=1e-9,
                  max_ls=25):
    """Find a step t along d meeting the strong Wolfe conditions; return f, g, t, evals."""
    d_norm = float(np.max(np.abs(d)))
    g = g.copy()
    f_new, g_new = obj_func(x, t, d)
    evals = 1
    gtd_new = float(g_new @ d)
    t_prev, f_prev, g_prev, gtd_prev = 0, f, g, gtd
    done = False
    ls_iter = 0
    while ls_iter < max_ls:
        if f_new > (f + c1 * t * gtd) or (ls_iter > 1 and f_new >= f_prev):
            bracket = [t_prev, t]
            bracket_f = [f_prev, f_new]
            bracket_g = [g_prev, g_new.copy()]
            bracket_gtd = [gtd_prev, gtd_new]
            break
        if abs(gtd_new) <= -c2 * gtd:
            bracket, bracket_f, bracket_g = [t], [f_new], [g_new]
            done = True
            break
        if gtd_new >= 0:
            bracket = [t_prev, t]
            bracket_f = [f_prev, f_new]
            bracket_g = [g_prev, g_new.copy()]
            bracket_gtd = [gtd_prev, gtd_new]
            break
        min_step = t + 0.01 * (t - t_prev)
        max_step = t * 10
        tmp = t
        t = _cubic_interpolate(t_prev, f_prev, gtd_prev, t, f_new, gtd_new,
                               bounds=(min_step, max_step))
        t_prev, f_prev, g_prev, gtd_prev = tmp, f_new, g_new.copy(), gtd_new
        f_new, g_new = obj_func(x, t, d)
        evals += 1
        gtd_new = float(g_new @ d)
        ls_iter += 1
    if ls_iter == max_ls:
        bracket = [0, t]
        bracket_f = [f, f_new]
        bracket_g = [g, g_new]
    insuf_progress = False
    low_pos, high_pos = (0, 1) if bracket_f[0] <= bracket_f[-1] else (1, 0)
    while not done and ls_iter < max_ls:
        if abs(bracket[1] - bracket[0]) * d_norm < tolerance_change:
            break
        t = _cubic_interpolate(bracket[0], bracket_f[0], bracket_gtd[0],
                               bracket[1], bracket_f[1], bracket_gtd[1])
        eps = 0.1 * (max(bracket) - min(bracket))
        if min(max(bracket) - t, t - min(bracket)) < eps:
            if insuf_progress or t >= max(bracket) or t <= min(bracket):
                t = max(bracket) - eps if abs(t - max(bracket)) < abs(t - min(bracket)) \
                    else min(bracket) + eps
                insuf_progress = False
            else:
                insuf_progress = True
        else:
            insuf_progress = False
        f_new, g_new = obj_func(x, t, d)
        evals += 1
        gtd_new = float(g_new @ d)
        ls_iter += 1
        if f_new > (f + c1 * t * gtd) or f_new >= bracket_f[low_pos]:
            bracket[high_pos], bracket_f[high_pos] = t, f_new
            bracket_g[high_pos], bracket_gtd[high_pos] = g_new.copy(), gtd_new
            low_pos, high_pos = (0, 1) if bracket_f[0] <= bracket_f[1] else (1, 0)
        else:
            if abs(gtd_new) <= -c2 * gtd:
                done = True
            elif gtd_new * (bracket[high_pos] - bracket[low_pos]) >= 0:
                bracket[high_pos], bracket_f[high_pos] = bracket[low_pos], bracket_f[low_pos]
                bracket_g[high_pos] = bracket_g[low_pos]
                bracket_gtd[high_pos] = bracket_gtd[low_pos]
            bracket[low_pos], bracket_f[low_pos] = t, f_new
            bracket_g[low_pos], bracket_gtd[low_pos] = g_new.copy(), gtd_new
    t = bracket[low_pos]
    return bracket_f[low_pos], bracket_g[low_pos], t, evals


def _array(value):
    """Unwrap a tensor kept in the optimizer state (numbers and None pass through)."""
    return value._data if isinstance(value, Tensor) else value


def _real(arr):
    """A complex array as its (..., 2) float view, as torch's LBFGS flattens complex
    parameters; a real array as is."""
    return arr[..., None].view(arr.real.dtype) if arr.dtype.kind == "c" else arr


def _tensor(value):
    """Wrap a NumPy array or NumPy scalar for the optimizer state; Python numbers stay."""
    return Tensor._make(np.asarray(value)) if isinstance(value, (np.ndarray, np.generic)) \
        else value


class LBFGS(Optimizer):
    """Limited-memory BFGS over all parameters of a single group; ``step`` needs a closure."""

    def __init__(self, params, lr=1, max_iter=20, max_eval=None, tolerance_grad=1e-7,
                 tolerance_change=1e-9, history_size=100, line_search_fn=None):
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if max_eval is None:
            max_eval = max_iter * 5 // 4
        super().__init__(params, dict(lr=lr, max_iter=max_iter, max_eval=max_eval,
                                      tolerance_grad=tolerance_grad,
                                      tolerance_change=tolerance_change,
                                      history_size=history_size, line_search_fn=line_search_fn))
        if len(self.param_groups) != 1:
            raise ValueError(
                "LBFGS doesn't support per-parameter options (parameter groups)")
        self._params = self.param_groups[0]["params"]

    def _flat_grad(self):
        return np.concatenate([
            _real(p._grad._data if p._grad is not None else np.zeros_like(p._data)).ravel()
            for p in self._params])

    def _add_to_params(self, step_size, direction):
        offset = 0
        for p in self._params:
            view = _real(p._data)
            n = view.size
            view += (step_size * direction[offset:offset + n]).reshape(view.shape).astype(
                view.dtype, copy=False)
            p._bump_version()
            offset += n

    def _evaluate(self, closure):
        from ..autograd.grad_mode import enable_grad
        with enable_grad():
            return closure()

    def _directional_evaluate(self, closure, x, t, d):
        self._add_to_params(t, d)
        loss = float(self._evaluate(closure).detach())
        g = self._flat_grad()
        self._set_params(x)
        return loss, g

    def _set_params(self, flat):
        offset = 0
        for p in self._params:
            view = _real(p._data)
            n = view.size
            view[...] = flat[offset:offset + n].reshape(view.shape)
            offset += n

    def step(self, closure):
        """Run up to ``max_iter`` L-BFGS iterations; return the loss of the first evaluation."""
        from ..autograd.grad_mode import no_grad
        with no_grad():
            return self._step(closure)

    def _step(self, closure):
        group = self.param_groups[0]
        lr, max_iter, max_eval = group["lr"], group["max_iter"], group["max_eval"]
        tol_grad, tol_change = group["tolerance_grad"], group["tolerance_change"]
        line_search_fn, history_size = group["line_search_fn"], group["history_size"]
        state = self.state[self._params[0]]
        state.setdefault("func_evals", 0)
        state.setdefault("n_iter", 0)
        orig_loss = self._evaluate(closure)
        loss = float(orig_loss.detach())
        current_evals = 1
        state["func_evals"] += 1
        flat_grad = self._flat_grad()
        if float(np.max(np.abs(flat_grad))) <= tol_grad:
            return orig_loss
        d, t = _array(state.get("d")), _array(state.get("t"))
        old_dirs = [_array(v) for v in state.get("old_dirs", [])]
        old_stps = [_array(v) for v in state.get("old_stps", [])]
        ro, H_diag = [_array(v) for v in state.get("ro", [])], _array(state.get("H_diag"))
        prev_flat_grad, prev_loss = _array(state.get("prev_flat_grad")), state.get("prev_loss")
        al = [_array(v) for v in state.get("al") or [None] * history_size]
        n_iter = 0
        while n_iter < max_iter:
            n_iter += 1
            state["n_iter"] += 1
            if state["n_iter"] == 1:
                d = -flat_grad
                old_dirs, old_stps, ro = [], [], []
                H_diag = 1
            else:
                y = flat_grad - prev_flat_grad
                s = d * t
                ys = y @ s
                if ys > 1e-10:
                    if len(old_dirs) == history_size:
                        old_dirs.pop(0)
                        old_stps.pop(0)
                        ro.pop(0)
                    old_dirs.append(y)
                    old_stps.append(s)
                    ro.append(1.0 / ys)
                    H_diag = ys / (y @ y)
                q = -flat_grad
                for i in range(len(old_dirs) - 1, -1, -1):
                    al[i] = (old_stps[i] @ q) * ro[i]
                    q = q - al[i] * old_dirs[i]
                d = q * H_diag
                for i in range(len(old_dirs)):
                    be_i = (old_dirs[i] @ d) * ro[i]
                    d = d + old_stps[i] * (al[i] - be_i)
            prev_flat_grad = flat_grad.copy()
            prev_loss = loss
            if state["n_iter"] == 1:
                t = min(1.0, 1.0 / np.sum(np.abs(flat_grad))) * lr
            else:
                t = lr
            gtd = flat_grad @ d
            if gtd > -tol_change:
                break
            ls_evals = 0
            if line_search_fn is not None:
                if line_search_fn != "strong_wolfe":
                    raise RuntimeError("only 'strong_wolfe' is supported")
                x_init = np.concatenate([_real(p._data).ravel() for p in self._params])
                loss, flat_grad, t, ls_evals = _strong_wolfe(
                    lambda x, step, direction: self._directional_evaluate(
                        closure, x, step, direction),
                    x_init, t, d, loss, flat_grad, gtd)
                self._add_to_params(t, d)
                opt_cond = float(np.max(np.abs(flat_grad))) <= tol_grad
            else:
                self._add_to_params(t, d)
                if n_iter != max_iter:
                    loss = float(self._evaluate(closure).detach())
                    flat_grad = self._flat_grad()
                    opt_cond = float(np.max(np.abs(flat_grad))) <= tol_grad
                    ls_evals = 1
            current_evals += ls_evals
            state["func_evals"] += ls_evals
            if n_iter == max_iter or current_evals >= max_eval or opt_cond:
                break
            if float(np.max(np.abs(d * t))) <= tol_change or abs(loss - prev_loss) < tol_change:
                break
        # Kept as tensors, as torch keeps them, so state_dict() holds the same kinds of values.
        state.update(d=_tensor(d), t=_tensor(t), old_dirs=[_tensor(v) for v in old_dirs],
                     old_stps=[_tensor(v) for v in old_stps], ro=[_tensor(v) for v in ro],
                     H_diag=_tensor(H_diag), prev_flat_grad=_tensor(prev_flat_grad),
                     prev_loss=prev_loss, al=[_tensor(v) for v in al])
        return orig_loss
