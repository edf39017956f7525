"""torch.profiler for scripts that profile: ``profile`` and ``record_function`` run the code and
time the ``record_function`` ranges (wall clock), so ``key_averages().table()`` lists those.

chainrule does not time individual ops (torch lists ``aten::mm`` and kin), has no device
activities, memory or FLOP counts; the table has torch's columns with chainrule's timings.
"""

import enum
import functools
import json
import time
import warnings

__all__ = ["ProfilerAction", "ProfilerActivity", "profile", "record_function", "schedule",
           "tensorboard_trace_handler"]

_active = []  # the profilers currently recording, innermost last


class ProfilerActivity(enum.Enum):
    """Kinds of activity torch can trace; chainrule records CPU ranges whichever is asked."""

    CPU = 0
    XPU = 1
    MTIA = 2
    CUDA = 3
    HPU = 4
    PrivateUse1 = 5

    def __repr__(self):
        return f"<ProfilerActivity.{self.name}: {self.value}>"


class ProfilerAction(enum.Enum):
    """What a scheduled profiler does at a step."""

    NONE = 0
    WARMUP = 1
    RECORD = 2
    RECORD_AND_SAVE = 3


def schedule(*, wait, warmup, active, repeat=0, skip_first=0, skip_first_wait=0):
    """Return torch's step -> ProfilerAction function: skip, then cycles of wait/warmup/active."""
    if wait < 0 or warmup < 0 or active <= 0 or repeat < 0 or skip_first < 0:
        raise AssertionError(
            f"Invalid profiler schedule arguments. Got wait={wait} (need >= 0), warmup={warmup} "
            f"(need >= 0), active={active} (need > 0), repeat={repeat} (need >= 0), "
            f"skip_first={skip_first} (need >= 0).")
    if warmup == 0:
        warnings.warn("Profiler won't be using warmup, this can skew profiler results",
                      stacklevel=2)

    def schedule_fn(step):
        if step < 0:
            raise AssertionError(f"Step must be non-negative. Got {step}.")
        if step < skip_first:
            return ProfilerAction.NONE
        step -= skip_first
        if skip_first_wait != 0:
            step += wait
        cycle = wait + warmup + active
        if repeat > 0 and step / cycle >= repeat:
            return ProfilerAction.NONE
        mod = step % cycle
        if mod < wait:
            return ProfilerAction.NONE
        if mod < wait + warmup:
            return ProfilerAction.WARMUP
        return ProfilerAction.RECORD if mod < cycle - 1 else ProfilerAction.RECORD_AND_SAVE
    return schedule_fn


def tensorboard_trace_handler(dir_name, worker_name=None, use_gzip=False):
    """Return an ``on_trace_ready`` callback writing a Chrome trace into ``dir_name``."""
    import os

    def handler(prof):
        os.makedirs(dir_name, exist_ok=True)
        name = f"{worker_name or os.getpid()}.{time.time_ns()}.pt.trace.json"
        prof.export_chrome_trace(os.path.join(dir_name, name))
    return handler


def _us(value):
    """Format microseconds as torch's tables do (us, ms or s, three decimals)."""
    if value >= 1e6:
        return f"{value / 1e6:.3f}s"
    if value >= 1e3:
        return f"{value / 1e3:.3f}ms"
    return f"{value:.3f}us"


class FunctionEvent:
    """One timed ``record_function`` range (times in microseconds)."""

    def __init__(self, name, start_us, end_us, parent):
        self.name = self.key = name
        self.time_range = (start_us, end_us)
        self.cpu_parent = parent
        self.cpu_children = []
        self.count = 1

    @property
    def cpu_time_total(self):
        return self.time_range[1] - self.time_range[0]

    @property
    def self_cpu_time_total(self):
        return self.cpu_time_total - sum(c.cpu_time_total for c in self.cpu_children)


class FunctionEventAvg:
    """Totals over the events sharing one name."""

    def __init__(self, key):
        self.key = key
        self.count = 0
        self.cpu_time_total = self.self_cpu_time_total = 0.0

    def add(self, event):
        self.count += event.count
        self.cpu_time_total += event.cpu_time_total
        self.self_cpu_time_total += event.self_cpu_time_total
        return self

    @property
    def cpu_time(self):
        return self.cpu_time_total / self.count if self.count else 0.0

    cpu_time_str = property(lambda self: _us(self.cpu_time))
    cpu_time_total_str = property(lambda self: _us(self.cpu_time_total))
    self_cpu_time_total_str = property(lambda self: _us(self.self_cpu_time_total))


class EventList(list):
    """A list of events with torch's ``table`` and ``key_averages``."""

    def key_averages(self, group_by_input_shape=False, group_by_stack_n=0):
        averages = {}
        for event in self:
            averages.setdefault(event.key, FunctionEventAvg(event.key)).add(event)
        return EventList(averages.values())

    @property
    def self_cpu_time_total(self):
        return sum(e.self_cpu_time_total for e in self)

    def table(self, sort_by=None, row_limit=100, max_src_column_width=75, max_name_column_width=55,
              max_shapes_column_width=80, header=None, top_level_events_only=False):
        """Render torch's CPU columns for these events (chainrule's timings)."""
        rows = list(self)
        if sort_by is not None:
            rows.sort(key=lambda e: getattr(e, sort_by, 0), reverse=True)
        if row_limit and row_limit > 0:
            rows = rows[:row_limit]
        total = self.self_cpu_time_total or 1.0
        width = min(max([len(e.key) for e in rows] + [4]), max_name_column_width)
        heads = ["Self CPU %", "Self CPU", "CPU total %", "CPU total", "CPU time avg",
                 "# of Calls"]
        rule = "-" * width + "  " + "  ".join("-" * 12 for _ in heads) + "  "
        lines = [rule, "Name".rjust(width) + "  " + "  ".join(h.rjust(12) for h in heads) + "  ",
                 rule]
        for e in rows:
            cells = [f"{100 * e.self_cpu_time_total / total:.2f}%", _us(e.self_cpu_time_total),
                     f"{100 * e.cpu_time_total / total:.2f}%", _us(e.cpu_time_total),
                     _us(e.cpu_time_total / max(e.count, 1)), str(e.count)]
            lines.append(e.key[:width].rjust(width) + "  "
                         + "  ".join(c.rjust(12) for c in cells) + "  ")
        lines += [rule, f"Self CPU time total: {_us(self.self_cpu_time_total)}", ""]
        return "\n".join(lines)

    def __str__(self):
        return self.table()


class profile:
    """Record ``record_function`` ranges between ``__enter__`` and ``__exit__`` (or start/stop);
    a ``schedule`` limits recording to its RECORD steps, as in torch."""

    def __init__(self, activities=None, *, schedule=None, on_trace_ready=None,
                 record_shapes=False, profile_memory=False, with_stack=False, with_flops=False,
                 with_modules=False, experimental_config=None, execution_trace_observer=None,
                 acc_events=False, use_cuda=None, enabled=True, **kwargs):
        self.enabled = enabled
        self.schedule = schedule
        self.on_trace_ready = on_trace_ready
        self.step_num = 0
        self._events = EventList()
        self._open = []

    def start(self):
        if self.enabled:
            _active.append(self)
        return self

    def stop(self):
        if self in _active:
            _active.remove(self)
        if self.on_trace_ready is not None and self.schedule is None:
            self.on_trace_ready(self)

    __enter__ = start

    def __exit__(self, *exc):
        self.stop()
        return False

    def step(self):
        """Advance the schedule; hand the trace to ``on_trace_ready`` after a save step."""
        if self.schedule is not None and self.on_trace_ready is not None and \
                self.schedule(self.step_num) is ProfilerAction.RECORD_AND_SAVE:
            self.on_trace_ready(self)
        self.step_num += 1

    def _recording(self):
        return self.schedule is None or self.schedule(self.step_num) in (
            ProfilerAction.RECORD, ProfilerAction.RECORD_AND_SAVE)

    def events(self):
        return self._events

    def key_averages(self, group_by_input_shape=False, group_by_stack_n=0,
                     group_by_overload_name=False):
        return self._events.key_averages()

    def table(self, **kwargs):
        return self._events.table(**kwargs)

    def export_chrome_trace(self, path):
        """Write the ranges as a Chrome trace (``chrome://tracing``, Perfetto)."""
        trace = [{"name": e.name, "ph": "X", "ts": e.time_range[0], "dur": e.cpu_time_total,
                  "pid": 0, "tid": 0, "cat": "user_annotation"} for e in self._events]
        with open(path, "w") as f:
            json.dump({"traceEvents": trace}, f)
        return path


class record_function:
    """Time the enclosed code under ``name`` in every active profiler; a decorator too."""

    def __init__(self, name, args=None):
        self.name = name
        self.args = args
        self._marks = []

    def __enter__(self):
        start = time.perf_counter_ns() / 1e3
        self._marks.append([(p, len(p._open)) for p in _active if p._recording()])
        for p, _ in self._marks[-1]:
            parent = p._open[-1] if p._open else None
            event = FunctionEvent(self.name, start, start, parent)
            if parent is not None:
                parent.cpu_children.append(event)
            p._open.append(event)
            p._events.append(event)  # in start order, as torch lists them
        return self

    def __exit__(self, *exc):
        end = time.perf_counter_ns() / 1e3
        for p, depth in self._marks.pop():
            event = p._open.pop(depth)
            event.time_range = (event.time_range[0], end)
        return False

    def __call__(self, fn):
        @functools.wraps(fn)
        def wrapped(*args, **kwargs):
            with record_function(self.name, self.args):
                return fn(*args, **kwargs)
        return wrapped
