"""Parse the seed notebooks' text dumps into cells and run them like Jupyter, with torch=chainrule.

A dump holds ``In [N]:`` headers, each followed by the cell's code, its recorded output, then any
markdown. Code is the longest run of leading paragraphs that compiles, stopping at the first one
that reads as an output (``tensor(...)`` calls, literals); the rest is the output, then markdown.
"""

import ast
import contextlib
import io
import re
import sys
import tokenize
import types
from dataclasses import dataclass, field
from pathlib import Path

HEADER = re.compile(r"^In \[[^\]]*\]:\s*$")
ERROR = re.compile(r"^([A-Za-z_]\w*(?:Error|Exception)): ")


def seeds_dir():
    """Return the shared seeds folder, which CI checks out beside the repository."""
    return Path(__file__).resolve().parents[3] / "shared" / "seeds"


@dataclass
class Cell:
    """One notebook cell: its header, code, and the paragraphs recorded after the code."""

    label: str
    code: str
    after: list = field(default_factory=list)

    @property
    def recorded_error(self):
        """The exception type name of a recorded traceback line, if the cell recorded one."""
        match = ERROR.match(self.after[0][0]) if self.after else None
        return match.group(1) if match else None


def paragraphs(lines):
    """Split lines into paragraphs (runs of non-blank lines), trailing spaces stripped."""
    out, cur = [], []
    for line in lines:
        line = line.rstrip()
        if line:
            cur.append(line)
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def _output_like(node):
    """True for a printed value: ``tensor(...)``, a literal, or a tuple or list of them."""
    if isinstance(node, ast.Call):
        return isinstance(node.func, ast.Name) and node.func.id == "tensor"
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, (ast.Tuple, ast.List)):
        return all(_output_like(e) for e in node.elts)
    if isinstance(node, ast.UnaryOp):
        return _output_like(node.operand)
    return False


def _reads_as_output(text):
    """True if a paragraph parses only into printed values (``x: tensor(3.)`` parses too)."""
    try:
        body = ast.parse(text).body
    except SyntaxError:
        return False
    if not body:
        return False
    return all(isinstance(s, ast.Expr) and _output_like(s.value)
               or isinstance(s, ast.AnnAssign) and s.value is None
               and _output_like(s.annotation) for s in body)


def _compiles(text):
    try:
        ast.parse(text)
    except SyntaxError:
        return False
    return True


def _split_cell(label, body):
    """Take the longest compiling prefix of paragraphs before any output-like one as the code."""
    blocks = []  # (first line index, last line index) of each paragraph in body
    start = None
    for i, line in enumerate(body + [""]):
        if line.strip() and start is None:
            start = i
        elif not line.strip() and start is not None:
            blocks.append((start, i))
            start = None
    end = 0
    for first, last in blocks:
        if ERROR.match(body[first]) or _reads_as_output("\n".join(body[first:last])):
            break
        if _compiles("\n".join(body[:last])):
            end = last
    return Cell(label, "\n".join(body[:end]), paragraphs(body[end:]))


def parse_notebook(path):
    """Return the cells of a notebook text dump, in file order."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    heads = [i for i, line in enumerate(lines) if HEADER.match(line)]
    cells = []
    for k, h in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(lines)
        cells.append(_split_cell(lines[h].strip(), lines[h + 1:stop]))
    return cells


def looks_like_output(paragraph):
    """True if recorded text reads as program output rather than markdown prose."""
    text = "\n".join(paragraph)
    return "tensor(" in text or "grad_fn=" in text or _reads_as_output(text)


def _last_token(code):
    """The cell's last token other than comments and line ends ("" for an empty cell)."""
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.ENDMARKER,
            tokenize.INDENT, tokenize.DEDENT}
    tokens = [t.string for t in tokenize.generate_tokens(io.StringIO(code).readline)
              if t.type not in skip]
    return tokens[-1] if tokens else ""


def run_cell(code, namespace):
    """Execute a cell like Jupyter: stdout, then the repr of a trailing expression if not None
    (a trailing semicolon hides it)."""
    tree = ast.parse(code)
    tail = None
    shown = _last_token(code) != ";"
    if shown and tree.body and isinstance(tree.body[-1], ast.Expr):
        tail = ast.Expression(tree.body.pop().value)
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(compile(tree, "<cell>", "exec"), namespace)
        if tail is not None:
            value = eval(compile(tail, "<cell>", "eval"), namespace)
            if value is not None:
                print(repr(value))
    return buf.getvalue()


@contextlib.contextmanager
def torch_is(module, stubs=()):
    """Make ``import torch`` (and its submodules) give ``module``, restoring sys.modules after."""
    names = {"torch": module, "torch.autograd": module.autograd}
    for name in stubs:
        names[name] = types.ModuleType(name)
    saved = {name: sys.modules.get(name) for name in names}
    sys.modules.update(names)
    try:
        yield
    finally:
        for name, old in saved.items():
            if old is None:
                sys.modules.pop(name, None)
            else:
                sys.modules[name] = old
