"""Parse a formula with Python's ast against a whitelist and evaluate it on tensors (no eval)."""

import ast
import math
import operator

FUNCTIONS = ("sin", "cos", "tan", "exp", "log", "sqrt", "tanh", "sigmoid", "relu", "abs",
             "sum", "mean")
CONSTANTS = {"pi": math.pi, "e": math.e}
BINARY = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
          ast.Div: operator.truediv, ast.Pow: operator.pow, ast.MatMult: operator.matmul}
UNARY = {ast.USub: operator.neg, ast.UAdd: operator.pos}


class ExpressionError(ValueError):
    """The text is not a formula this parser accepts."""


class Expression:
    """A checked formula: its text, its syntax tree and the variable names it uses."""

    def __init__(self, text):
        try:
            tree = ast.parse(text.strip(), mode="eval")
        except SyntaxError as err:
            raise ExpressionError(f"cannot parse {text!r}: {err.msg}") from None
        self.text = text.strip()
        self.tree = tree.body
        names = []
        for node in ast.walk(self.tree):
            _check(node)
            if isinstance(node, ast.Name) and node.id not in CONSTANTS \
                    and node.id not in FUNCTIONS and node.id not in names:
                names.append(node.id)
        self.variables = tuple(names)

    def evaluate(self, values):
        """Compute the formula with ``values`` ({name: tensor}), without recursion."""
        import chainrule
        missing = [n for n in self.variables if n not in values]
        if missing:
            raise ExpressionError(f"no value given for {', '.join(missing)} (use --at "
                                  f"{missing[0]}=...)")
        stack = [(self.tree, False)]
        results = []
        while stack:
            node, ready = stack.pop()
            children = _children(node)
            if not ready:
                stack.append((node, True))
                stack.extend((c, False) for c in reversed(children))
                continue
            args = results[len(results) - len(children):]
            del results[len(results) - len(children):]
            if isinstance(node, ast.Constant):
                results.append(node.value)
            elif isinstance(node, ast.Name):
                results.append(values[node.id] if node.id in values else CONSTANTS[node.id])
            elif isinstance(node, ast.BinOp):
                results.append(BINARY[type(node.op)](*args))
            elif isinstance(node, ast.UnaryOp):
                results.append(UNARY[type(node.op)](*args))
            else:
                fn = getattr(chainrule, node.func.id)
                results.append(fn(_as_tensor(args[0])))
        return results[0]


def _as_tensor(value):
    import chainrule
    return value if isinstance(value, chainrule.Tensor) else chainrule.tensor(float(value))


def _children(node):
    if isinstance(node, ast.BinOp):
        return [node.left, node.right]
    if isinstance(node, ast.UnaryOp):
        return [node.operand]
    if isinstance(node, ast.Call):
        return list(node.args)
    return []


def _check(node):
    """Reject anything outside numbers, names, + - * / ** @, unary signs and known functions."""
    if isinstance(node, (ast.BinOp, ast.UnaryOp, ast.Load)) or type(node) in BINARY \
            or type(node) in UNARY:
        if isinstance(node, ast.BinOp) and type(node.op) not in BINARY or \
                isinstance(node, ast.UnaryOp) and type(node.op) not in UNARY:
            raise ExpressionError(f"operator {type(node.op).__name__} is not supported")
        return
    if isinstance(node, ast.Constant):
        if type(node.value) not in (int, float):
            raise ExpressionError(f"only numbers may appear as constants, not {node.value!r}")
        return
    if isinstance(node, ast.Name):
        if not node.id.isidentifier() or node.id.startswith("_"):
            raise ExpressionError(f"name {node.id!r} is not allowed")
        return
    if isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            raise ExpressionError(f"only these functions may be called: {', '.join(FUNCTIONS)}")
        if len(node.args) != 1 or node.keywords:
            raise ExpressionError(f"{node.func.id}() takes exactly one argument")
        return
    raise ExpressionError(f"{type(node).__name__} is not allowed in a formula")


def parse_value(text):
    """Read a ``--at`` value: a number or a (nested) list of numbers, via ast.literal_eval."""
    try:
        value = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError):
        raise ExpressionError(f"cannot read the value {text!r}: give a number or a list") from None
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif type(item) not in (int, float):
            raise ExpressionError(f"cannot read the value {text!r}: give a number or a list")
    return value
