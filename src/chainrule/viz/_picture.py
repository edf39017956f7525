"""The object ``draw`` returns: DOT text always, SVG/PNG/PDF through Graphviz when installed."""

import html
import pathlib

STYLES = {
    "node": 'fillcolor="lightgrey"',
    "leaf": 'fillcolor="lightblue"',
    "output": 'fillcolor="darkolivegreen1"',
    "saved": 'fillcolor="orange"',
    "collapsed": 'fillcolor="lightgrey", style="filled,dashed"',
}
FORMATS = ("svg", "png", "pdf", "dot")
MISSING_GRAPHVIZ = (
    "Rendering a graph as .{fmt} needs Graphviz: the Python package (pip install graphviz, or "
    "pip install 'chainrule[viz]') and its dot program (apt-get install graphviz, brew install "
    "graphviz or conda install -c conda-forge graphviz). Saving as .dot needs neither.")


class Box:
    """One box of the picture: a DOT id, its lines of text and its kind (a key of STYLES)."""

    __slots__ = ("id", "lines", "kind")

    def __init__(self, id, lines, kind):
        self.id, self.lines, self.kind = id, lines, kind

    @property
    def label(self):
        return "\n".join(self.lines)


class Graph:
    """A drawn backward graph; edges point the way gradients flow (output toward leaves)."""

    def __init__(self, boxes, edges):
        self.boxes = boxes
        self.edges = edges

    @property
    def source(self):
        """The graph in Graphviz's DOT language."""
        out = ["digraph {",
               '  graph [rankdir=TB, fontname="Helvetica"];',
               '  node [shape=box, style=filled, fontname="Helvetica", fontsize=11];',
               '  edge [fontname="Helvetica", fontsize=9];']
        for box in self.boxes:
            out.append(f'  {box.id} [label="{_label(box)}", {STYLES[box.kind]}];')
        for src, dst, attrs in self.edges:
            extra = "".join(f', {k}="{_escape(str(v))}"' for k, v in attrs.items())
            out.append(f"  {src} -> {dst} [{extra[2:]}];" if extra else f"  {src} -> {dst};")
        out.append("}")
        return "\n".join(out) + "\n"

    def pipe(self, format="svg"):
        """Return the rendered picture as bytes (needs Graphviz unless ``format='dot'``)."""
        if format == "dot":
            return self.source.encode()
        if format not in FORMATS:
            raise ValueError(f"unsupported format {format!r}; expected one of {FORMATS}")
        try:
            import graphviz
        except ImportError:
            raise RuntimeError(MISSING_GRAPHVIZ.format(fmt=format)) from None
        try:
            return graphviz.Source(self.source).pipe(format=format)
        except graphviz.ExecutableNotFound:
            raise RuntimeError(MISSING_GRAPHVIZ.format(fmt=format)) from None

    def save(self, path):
        """Write the picture to ``path``; the suffix (.svg, .png, .pdf or .dot) picks the format."""
        path = pathlib.Path(path)
        fmt = path.suffix[1:].lower()
        if fmt not in FORMATS:
            raise ValueError(
                f"cannot tell the format of {str(path)!r}: use a .svg, .png, .pdf or .dot name")
        path.write_bytes(self.pipe(fmt))
        return path

    def _repr_svg_(self):
        try:
            return self.pipe("svg").decode()
        except RuntimeError:
            return None

    def _repr_html_(self):
        svg = self._repr_svg_()
        if svg is not None:
            return svg
        note = html.escape(MISSING_GRAPHVIZ.format(fmt="svg"))
        return f"<p>{note}</p><pre>{html.escape(self.source)}</pre>"

    def __repr__(self):
        return f"<chainrule.viz.Graph: {len(self.boxes)} boxes, {len(self.edges)} edges>"


def _label(box):
    """A box's DOT label; boxes holding a matrix are left-aligned so its rows line up."""
    if not any("\n" in line for line in box.lines):
        return _escape(box.label)
    return _escape(box.label).replace("\\n", "\\l") + "\\l"


def _escape(text):
    """Quote text for a DOT string: backslashes, double quotes and newlines."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
