"""What each backward call added to each leaf's .grad, recorded only while tracking is on."""

import weakref

import numpy as np

from ..autograd import hooks
from . import _format
from ._names import caller_names
from ._text import Explanation

# id(leaf) -> (weakref to the leaf, _Record): keyed by id because Tensor.__eq__ is elementwise.
_records = {}
MAX_TERMS = 8


class _Record:
    """One leaf's history since its .grad last started afresh."""

    __slots__ = ("calls", "start", "total", "count")

    def __init__(self):
        self.calls, self.start, self.total, self.count = [], None, None, 0


def track_grads(mode=True):
    """Record what every backward call adds to each leaf's ``.grad`` (for ``explain_grad``).

    Off by default: then accumulation does one None check and nothing else.
    """
    hooks.accumulate_observer = _observe if mode else None
    if not mode:
        _records.clear()


def is_tracking_grads():
    """Return True if ``track_grads`` is on."""
    return hooks.accumulate_observer is _observe


def _record_for(t):
    entry = _records.get(id(t))
    if entry is not None and entry[0]() is t:
        return entry[1]
    key = id(t)
    record = _Record()
    _records[key] = (weakref.ref(t, lambda _, key=key: _records.pop(key, None)), record)
    return record


def _observe(t, g):
    """Called with a leaf and its incoming gradient just before the engine adds it."""
    record = _record_for(t)
    old = t._grad
    if old is None or record.total is None or old._data.shape != record.total.shape \
            or not np.array_equal(old._data, record.total):
        record.calls = []
        record.start = None if old is None else old._data.copy()
    record.count += 1
    record.calls.append((record.count, g._data.copy()))
    record.total = g._data.copy() if old is None else old._data + g._data


def explain_grad(t, name=None):
    """Describe how leaf ``t``'s ``.grad`` was built up by successive backward calls."""
    name = name or caller_names().get(id(t), "x")
    if t.grad_fn is not None:
        raise RuntimeError(
            f"explain_grad() explains a leaf's .grad, but {name} was computed by "
            f"{t.grad_fn.name()}; use chainrule.explain(output, {name}) for the chain rule "
            "through it.")
    grad = t._grad
    if grad is None:
        return Explanation(f"{name}.grad is None: no backward pass has reached {name} yet "
                           "(or .grad was reset to None, e.g. by optimizer.zero_grad()).",
                           history=[])
    now = _format.inline(grad._data)
    entry = _records.get(id(t))
    record = entry[1] if entry is not None and entry[0]() is t else None
    if record is None or not record.calls:
        tip = ("" if is_tracking_grads() else
               " Call chainrule.viz.track_grads(True) before the backward calls to see what "
               "each one added.")
        return Explanation(f"{name}.grad = {now}: no backward call was recorded for {name}."
                           + tip, history=[])
    lines = [f"{name}.grad = {now} = " + _sum_text(record)]
    if not np.array_equal(grad._data, record.total):
        lines.append(f"  then .grad was changed outside backward (an optimizer step, zero_() or "
                     f"an assignment): the recorded sum is {_format.inline(record.total)}.")
    if record.start is not None:
        lines.append(f"  .grad already held {_format.inline(record.start)} before backward "
                     f"#{record.calls[0][0]} (zeroed or set outside backward).")
    if len(record.calls) > 1:
        lines.append(f"Gradients add up across backward calls. To get one step's gradient, call "
                     f"{name}.grad.zero_() (or optimizer.zero_grad()) between steps.")
    return Explanation("\n".join(lines), history=list(record.calls), start=record.start)


def _sum_text(record):
    """``22. from backward #1 + 22. from #2 …``, shortened in the middle for long histories."""
    terms = []
    if record.start is not None and np.any(record.start):
        terms.append(f"{_format.inline(record.start)} already there")
    for k, (n, g) in enumerate(record.calls):
        label = f"backward #{n}" if k == 0 else f"#{n}"
        terms.append(f"{_format.inline(g)} from {label}")
    if len(terms) > MAX_TERMS:
        hidden = len(terms) - MAX_TERMS + 1
        terms = terms[:MAX_TERMS // 2] + [f"… ({hidden} more)"] + terms[-(MAX_TERMS // 2 - 1):]
    return " + ".join(terms)
