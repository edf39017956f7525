"""torch.jit without a compiler: ``script`` and ``trace`` return objects that run the original
Python code (same values, same grad_fns), ``save``/``load`` round-trip them, and the decorators
(``ignore``, ``export``, ``unused``) leave functions as they are.

Differences from torch, on purpose: no TorchScript is produced, so type annotations are not
checked, ``.code`` is the Python source of ``forward`` (torch prints TorchScript), there is no
``.graph``, and a traced module is not frozen to the path taken on the example inputs.
"""

import functools
import inspect
import io
import pickle
import sys
import textwrap
import types
import warnings
import zipfile

from .nn.modules.module import Module

__all__ = ["Final", "Future", "RecursiveScriptModule", "ScriptFunction", "ScriptModule",
           "TopLevelTracedModule", "TracedModule", "annotate", "export", "fork", "freeze",
           "ignore", "is_scripting", "is_tracing", "load", "save", "script", "script_if_tracing",
           "script_method", "trace", "unused", "wait"]

_FORMAT = "chainrule-jit"
_SHARED = ("_parameters", "_buffers", "_non_persistent_buffers_set")


def _deprecated(name, instead="`torch.compile` or `torch.export`"):
    warnings.warn(f"`torch.jit.{name}` is deprecated. Please switch to {instead}.",
                  DeprecationWarning, stacklevel=3)


def _source(fn):
    return textwrap.dedent(inspect.getsource(fn))


class ScriptModule(Module):
    """Base class of scripted and traced modules (for ``isinstance`` checks)."""

    def save(self, f, _extra_files=None):
        """``torch.jit.save(self, f)``, the spelling most scripts use."""
        save(self, f, _extra_files)


class RecursiveScriptModule(ScriptModule):
    """A module as ``torch.jit.script`` returns it: the original's parameters and buffers
    (shared, not copied), scripted children, and the original class's methods run on it."""

    def forward(self, *args, **kwargs):
        return self.__dict__["_original_cls"].forward(self, *args, **kwargs)

    def __getattr__(self, name):
        try:
            return super().__getattr__(name)
        except AttributeError:
            pass
        cls = self.__dict__.get("_original_cls")
        for klass in cls.__mro__ if cls is not None else ():
            if name in vars(klass):  # bind as the original class would (static, property…)
                attr = vars(klass)[name]
                return attr.__get__(self, cls) if hasattr(attr, "__get__") else attr
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    @property
    def original_name(self):
        return self.__dict__["_original_cls"].__name__

    @property
    def code(self):
        """The Python source of ``forward`` (torch shows TorchScript here)."""
        return _source(self.__dict__["_original_cls"].forward)

    def extra_repr(self):
        return f"original_name={self.original_name}"

    def _container(self, name, message):
        """The original class's container method ``name`` (Sequential, ModuleList…) on self."""
        fn = getattr(self.__dict__["_original_cls"], name, None)
        if fn is None:
            raise TypeError(message.format(type(self).__name__))
        return types.MethodType(fn, self)

    def __len__(self):
        return self._container("__len__", "object of type '{}' has no len()")()

    def __iter__(self):
        return self._container("__iter__", "'{}' object is not iterable")()

    def __getitem__(self, idx):
        return self._container("__getitem__", "'{}' object is not subscriptable")(idx)

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if not isinstance(v, types.MethodType)}

    def __setstate__(self, state):
        self.__dict__.update(state)
        _bind_methods(self)


class TracedModule(RecursiveScriptModule):
    """A submodule of a traced module; printed under its original class name."""

    def _get_name(self):
        return self.original_name


class TopLevelTracedModule(TracedModule):
    """What ``torch.jit.trace(module, example_inputs)`` returns."""


def _wrap(module, cls):
    """A ``cls`` sharing ``module``'s parameters and state, with children wrapped the same."""
    if isinstance(module, ScriptModule):
        return module
    new = cls.__new__(cls)
    Module.__init__(new)
    d = new.__dict__
    for key, value in module.__dict__.items():
        if key == "_modules":
            child_cls = TracedModule if issubclass(cls, TracedModule) else cls
            d[key].update((k, None if m is None else _wrap(m, child_cls))
                          for k, m in value.items())
        elif key in _SHARED:
            d[key] = value
        else:
            d[key] = value
    d["_original_cls"] = type(module)
    _bind_methods(new)
    return new


def _bind_methods(script_module):
    """Put the original class's own methods on the instance, so they win over Module's
    (a user ``half`` or ``to`` beats ``Module.half``)."""
    d = script_module.__dict__
    for klass in reversed(d["_original_cls"].__mro__):
        if issubclass(klass, Module) and klass.__module__.startswith(("chainrule.", "torch.")):
            continue
        for name, value in vars(klass).items():
            if isinstance(value, types.FunctionType) and not name.startswith("__"):
                d[name] = types.MethodType(value, script_module)


class ScriptFunction:
    """A scripted or traced function: calls the original function."""

    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self._fn = fn

    def __call__(self, *args, **kwargs):
        return self._fn(*args, **kwargs)

    @property
    def name(self):
        return self._fn.__name__

    @property
    def code(self):
        """The Python source of the function (torch shows TorchScript here)."""
        return _source(self._fn)


ScriptFunction.__module__ = "torch.jit.torch.jit"  # how torch's pybind class prints its repr


def script(obj, optimize=None, _frames_up=0, _rcb=None, example_inputs=None):
    """Return ``obj`` (a module or function) as a scripted object that runs its Python code."""
    _deprecated("script")
    if isinstance(obj, (ScriptModule, ScriptFunction)):
        return obj
    if isinstance(obj, Module):
        return _wrap(obj, RecursiveScriptModule)
    if isinstance(obj, type):  # @torch.jit.script on a class: keep the class
        return obj
    return ScriptFunction(obj)


def trace(func, example_inputs=None, optimize=None, check_trace=True, check_inputs=None,
          check_tolerance=1e-5, strict=True, _force_outplace=False, _module_class=None,
          _compilation_unit=None, example_kwarg_inputs=None, _store_inputs=True):
    """Run ``func`` once on ``example_inputs`` and return it as a traced object."""
    _deprecated("trace")
    if isinstance(func, ScriptModule):
        return func
    if example_inputs is not None or example_kwarg_inputs is not None:
        args = example_inputs if isinstance(example_inputs, tuple) else (
            () if example_inputs is None else (example_inputs,))
        func(*args, **(example_kwarg_inputs or {}))
    if isinstance(func, Module):
        _deprecated("trace_method")  # torch traces a module through trace_method
        return _wrap(func, TopLevelTracedModule)
    return ScriptFunction(func)


_LOCAL_CLASSES = {}  # classes pickle cannot find by name, kept for loads in this process


def _importable(cls):
    module = sys.modules.get(cls.__module__)
    return getattr(module, cls.__qualname__, None) is cls


class _Pickler(pickle.Pickler):
    """Pickle classes defined in unimportable code (a notebook cell, exec) by a local key."""

    def persistent_id(self, obj):
        if isinstance(obj, type) and not _importable(obj):
            key = f"{obj.__module__}.{obj.__qualname__}@{id(obj)}"
            _LOCAL_CLASSES[key] = obj
            return key
        return None


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, key):
        if key not in _LOCAL_CLASSES:
            raise RuntimeError(f"chainrule.jit.load: class {key.split('@')[0]} was defined in "
                               "code that cannot be imported; load the file in the process that "
                               "saved it, or define the class in a module")
        return _LOCAL_CLASSES[key]


def save(m, f, _extra_files=None):
    """Write a scripted module to ``f`` (a path or binary file): a zip holding its pickle, so
    loading needs its classes importable (torch's archive carries TorchScript instead)."""
    _deprecated("save", "`torch.export`")
    data = io.BytesIO()
    _Pickler(data).dump(m)
    with zipfile.ZipFile(f, "w", compression=zipfile.ZIP_STORED) as zf:
        zf.writestr("format", _FORMAT)
        zf.writestr("module.pkl", data.getvalue())
        for name, content in (_extra_files or {}).items():
            zf.writestr(f"extra/{name}", content)


def load(f, map_location=None, _extra_files=None, _restore_shapes=False):
    """Read a module written by ``chainrule.jit.save`` from a path or binary file."""
    _deprecated("load", "`torch.export`")
    if isinstance(f, (bytes, bytearray)):
        f = io.BytesIO(f)
    try:
        zf = zipfile.ZipFile(f, "r")
    except zipfile.BadZipFile:
        raise RuntimeError("PytorchStreamReader failed reading zip archive: failed finding "
                           "central directory") from None
    with zf:
        if "format" not in zf.namelist() or zf.read("format").decode() != _FORMAT:
            raise RuntimeError("chainrule.jit.load: not a file written by chainrule.jit.save")
        module = _Unpickler(io.BytesIO(zf.read("module.pkl"))).load()
        if _extra_files is not None:
            for name in _extra_files:
                _extra_files[name] = zf.read(f"extra/{name}")
    return module


def ignore(drop=False, **kwargs):
    """Leave a function as Python (what chainrule does with every function)."""
    if callable(drop):
        return drop
    return lambda fn: fn


def unused(fn):
    """Mark a method as not compiled; it stays callable, as everything in chainrule."""
    return fn


def export(fn):
    """Mark a method as a compilation entry point; it is kept as it is."""
    return fn


def is_scripting():
    """Return False: chainrule code never runs as TorchScript."""
    return False


def is_tracing():
    """Return False: chainrule never traces."""
    return False


def annotate(the_type, the_value):
    """Return ``the_value``; a type hint for the TorchScript compiler."""
    return the_value


def freeze(mod, preserved_attrs=None, optimize_numerics=True):
    """Return ``mod``: with no compiler there is nothing to fold."""
    return mod


def script_method(fn):
    """Mark a method of an old-style ``ScriptModule`` subclass; it runs as written."""
    return fn


def script_if_tracing(fn):
    """Return ``fn``: chainrule never traces, so there is nothing to script."""
    return fn


class Future:
    """The result of ``fork``: chainrule runs the call at once, so it is always done."""

    def __init__(self, value):
        self._value = value

    def wait(self):
        return self._value

    def done(self):
        return True


def fork(func, *args, **kwargs):
    """Run ``func(*args, **kwargs)`` now (torch may run it in parallel) and return a Future."""
    return Future(func(*args, **kwargs))


def wait(future):
    """Return the value of a ``fork``."""
    return future.wait()


class Final:
    """Marker for constant module attributes (``x: torch.jit.Final[int]``); no effect here."""

    def __class_getitem__(cls, item):
        return item
