"""functional_call: run a module with some parameters and buffers swapped for given tensors."""



def functional_call(module, parameter_and_buffer_dicts, args=None, kwargs=None, *,
                    tie_weights=True, strict=False):
    """Call ``module(*args, **kwargs)`` using the given tensors in place of its own state."""
    dicts = parameter_and_buffer_dicts
    if isinstance(dicts, dict):
        dicts = (dicts,)
    if not all(isinstance(d, dict) for d in dicts):
        raise ValueError("Expected all elements of parameter_and_buffer_dicts to be dictionaries")
    counts = {}
    for d in dicts:
        for k in d:
            counts[k] = counts.get(k, 0) + 1
    repeated = [k for k, n in counts.items() if n > 1]
    if repeated:
        raise ValueError(f"{repeated} appeared in multiple dictionaries; behavior of functional "
                         "call is ambiguous")
    merged = {k: v for d in dicts for k, v in d.items()}
    known = dict(module.named_parameters(remove_duplicate=False))
    known.update(module.named_buffers(remove_duplicate=False))
    if tie_weights:
        merged = _tie(module, known, merged)
    if strict:
        missing = [k for k in known if k not in merged]
        unexpected = [k for k in merged if k not in known]
        if missing or unexpected:
            lines = []
            if unexpected:
                lines.append("Unexpected key(s): " + ", ".join(f"'{k}'" for k in unexpected))
            if missing:
                lines.append("Missing key(s): " + ", ".join(f"'{k}'" for k in missing))
            raise RuntimeError(f"Error(s) in reparametrizing for {type(module).__name__}:\n\t"
                               + ".\n\t".join(lines) + ".")
    saved = []
    try:
        for name, value in merged.items():
            owner, attr = _owner(module, name)
            table = _table(owner, attr)
            saved.append((owner, attr, table, table.get(attr) if table is not None else
                          getattr(owner, attr)))
            if table is not None:
                table[attr] = value
            else:
                object.__setattr__(owner, attr, value)
        if args is None:
            args = ()
        elif not isinstance(args, tuple):
            args = (args,)
        return module(*args, **(kwargs or {}))
    finally:
        for owner, attr, table, old in reversed(saved):
            if table is not None:
                table[attr] = old
            else:
                object.__setattr__(owner, attr, old)


def _tie(module, known, merged):
    """Give every name sharing a tensor with a replaced one the same replacement."""
    by_id = {}
    for k, v in known.items():
        by_id.setdefault(id(v), []).append(k)
    out = dict(merged)
    for names in by_id.values():
        given = [n for n in names if n in merged]
        if len(given) > 1 and len({id(merged[n]) for n in given}) > 1:
            raise ValueError(f"functional_call got multiple values for keys {sorted(names)}, "
                             "which are tied. Consider using tie_weights=False")
        for n in names:
            if given and n not in out:
                out[n] = merged[given[0]]
    return out


def _owner(module, name):
    *path, attr = name.split(".")
    owner = module
    for p in path:
        owner = getattr(owner, p)
    return owner, attr


def _table(owner, attr):
    for key in ("_parameters", "_buffers"):
        table = owner.__dict__.get(key)
        if table is not None and attr in table:
            return table
    return None



