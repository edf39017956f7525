"""What each backward node computed and its local derivative, written symbolically.

``{0}``, ``{1}`` stand for the node's inputs, other braces for its attributes. Ops marked
elementwise have a diagonal Jacobian, so their local derivative is one number per element.
"""

import re

ELEMENTWISE = {
    "AddBackward0": ("{0} + {1}", ("1", "1")),
    "SubBackward0": ("{0} - {1}", ("1", "-1")),
    "RsubBackward1": ("{1} - {0}", ("-1",)),
    "MulBackward0": ("{0} * {1}", ("{1}", "{0}")),
    "DivBackward0": ("{0} / {1}", ("1 / {1}", "-{0} / {1}**2")),
    "NegBackward0": ("-{0}", ("-1",)),
    "ReciprocalBackward0": ("1 / {0}", ("-1 / {0}**2",)),
    "PowBackward0": ("{0}**{exponent}", ("{exponent} * {0}**{exponent_1}",)),
    "PowBackward1": ("{0}**{1}", ("{1} * {0}**({1} - 1)", "{0}**{1} * log({0})")),
    "PowBackward2": ("{base}**{0}", ("{base}**{0} * log({base})",)),
    "ExpBackward0": ("exp({0})", ("exp({0})",)),
    "LogBackward0": ("log({0})", ("1 / {0}",)),
    "SqrtBackward0": ("sqrt({0})", ("1 / (2 * sqrt({0}))",)),
    "SinBackward0": ("sin({0})", ("cos({0})",)),
    "CosBackward0": ("cos({0})", ("-sin({0})",)),
    "TanBackward0": ("tan({0})", ("1 + tan({0})**2",)),
    "TanhBackward0": ("tanh({0})", ("1 - tanh({0})**2",)),
    "SigmoidBackward0": ("sigmoid({0})", ("sigmoid({0}) * (1 - sigmoid({0}))",)),
    "ReluBackward0": ("relu({0})", ("1 where {0} > 0, else 0",)),
    "AbsBackward0": ("|{0}|", ("sign({0})",)),
    "ClampBackward1": ("clamp({0}, {min}, {max})", ("1 where {min} <= {0} <= {max}, else 0",)),
    "MaximumBackward0": ("maximum({0}, {1})", ("1 where {0} > {1} (1/2 on ties)",
                                               "1 where {1} > {0} (1/2 on ties)")),
    "MinimumBackward0": ("minimum({0}, {1})", ("1 where {0} < {1} (1/2 on ties)",
                                               "1 where {1} < {0} (1/2 on ties)")),
    "WhereBackward0": ("where(cond, {0}, {1})", ("1 where cond, else 0",
                                                 "0 where cond, else 1")),
}

OTHERS = {
    "SumBackward0": ("sum({0})", ("1 for every element",)),
    "SumBackward1": ("sum({0}, dim={dims})", ("1 for every element summed",)),
    "MeanBackward0": ("mean({0})", ("1/n for every element (n = {0}.numel())",)),
    "MeanBackward1": ("mean({0}, dim={dims})", ("1/n for every element averaged",)),
    "DotBackward0": ("{0} · {1}", ("{1}", "{0}")),
    "MvBackward0": ("{0} @ {1}", ("grad ⊗ {1} (outer product)", "{0}ᵀ @ grad")),
    "MmBackward0": ("{0} @ {1}", ("grad @ {1}ᵀ", "{0}ᵀ @ grad")),
    "AddmmBackward0": ("{0} + {1} @ {2}", ("grad (summed to {0}'s shape)", "grad @ {2}ᵀ",
                                           "{1}ᵀ @ grad")),
    "SelectBackward0": ("{0}[{index}]", ("1 at the selected element, 0 elsewhere",)),
    "SliceBackward0": ("{0}[slice]", ("1 at the sliced elements, 0 elsewhere",)),
    "IndexBackward0": ("{0}[index]", ("1 at each indexed element (added up for repeats)",)),
    "CumsumBackward0": ("cumsum({0}, dim={dim})", ("grad summed from each position to the end",)),
    "ViewBackward0": ("{0}.view(...)", ("reshape grad back",)),
    "ExpandBackward0": ("{0}.expand(...)", ("sum grad over the expanded dims",)),
    "TBackward0": ("{0}.t()", ("grad transposed back",)),
    "TransposeBackward0": ("{0}.transpose(...)", ("grad transposed back",)),
    "PermuteBackward0": ("{0}.permute(...)", ("grad permuted back",)),
}


def describe(node, names):
    """Return (forward text, [local derivative text per input], elementwise?) for ``node``."""
    name = node.name()
    entry = ELEMENTWISE.get(name) or OTHERS.get(name)
    if entry is None:
        op = re.sub(r"Backward\d*$", "", name)
        return (f"{op}({', '.join(names)})",
                [f"vector-Jacobian product of {name}"] * len(names), False)
    forward, derivatives = entry
    values = _attributes(node)
    forward = _fill(forward, names, values)
    rules = [_fill(d, names, values) for d in derivatives]
    return forward, rules, name in ELEMENTWISE


def _attributes(node):
    """Attribute values of a table op by name, plus ``exponent_1`` for power rules."""
    op = getattr(type(node), "_op", None)
    if op is None:
        return {}
    values = dict(zip(op.attr_names, node._attrs))
    if "exponent" in values:
        values["exponent_1"] = _number(values["exponent"] - 1)
        values["exponent"] = _number(values["exponent"])
    if "base" in values:
        values["base"] = _number(values["base"])
    return values


def _number(value):
    """An exponent as written: ``2`` rather than ``2.0``."""
    return str(int(value)) if float(value).is_integer() else repr(value)


def _fill(template, names, values):
    """Substitute inputs and attributes; a power of 1 is dropped (``2 * x**1`` → ``2 * x``)."""
    text = template.format(*names, **values)
    return text.replace("**1)", ")").removesuffix("**1") if "**1" in text else text
