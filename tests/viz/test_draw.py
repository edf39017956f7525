"""draw(): DOT structure against torch's recorded graphs, labels, saved tensors, big graphs."""

import shutil
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest

import chainrule as torch
from chainrule import viz

HAS_DOT = shutil.which("dot") is not None
try:
    import graphviz  # noqa: F401
    HAS_GRAPHVIZ = HAS_DOT
except ImportError:
    HAS_GRAPHVIZ = False
NEEDS_DOT = pytest.mark.skipif(not HAS_GRAPHVIZ,
                               reason="rendering needs the graphviz package and the dot program")


def structure(graph):
    """The drawn graph as torch's recorder lists it: [name, [child index per edge]]."""
    boxes = {b.id: b for b in graph.boxes}
    children = {}
    for src, dst, _ in graph.edges:
        if boxes[src].kind != "saved":
            children.setdefault(src, []).append(dst)
    (root,) = children[next(b.id for b in graph.boxes if b.kind == "output")]
    order, index, stack = [], {}, [root]
    while stack:
        box = stack.pop()
        if box in index:
            continue
        index[box] = len(order)
        order.append(box)
        stack.extend(reversed(children.get(box, [])))

    def name(box):
        return "AccumulateGrad" if boxes[box].kind == "leaf" else boxes[box].lines[0]
    return [[name(b), [index[c] for c in children.get(b, [])]] for b in order]


def test_draw_structure_matches_torch(case, recorded, run_case):
    env = run_case(case)
    graph = viz.draw(env[recorded[case]["output"]])
    expected = [[n.replace("torch::autograd::", ""), c] for n, c in recorded[case]["graph"]]
    assert structure(graph) == expected


def test_draw_leaf_boxes_show_names_values_and_grads(case, recorded, run_case):
    env = run_case(case)
    out = env[recorded[case]["output"]]
    gradient = eval(recorded[case]["gradient"], env) if recorded[case]["gradient"] else None
    out.backward(gradient, retain_graph=True)
    params = {name: env[name] for name in recorded[case]["wrt"]}
    leaves = {b.lines[0]: b for b in viz.draw(out, params=params).boxes if b.kind == "leaf"}
    assert sorted(leaves) == sorted(recorded[case]["wrt"])
    for name, grad in zip(recorded[case]["wrt"], recorded[case]["grads"]):
        t = env[name]
        lines = leaves[name].lines
        assert lines[1] == repr(t.detach())[len("tensor("):-1]
        assert lines[2] == f"[{', '.join(map(str, t.shape))}] float32"
        assert lines[3] == "grad: " + repr(t.grad)[len("tensor("):-1]
        np.testing.assert_allclose(t.grad.numpy(), grad, rtol=1e-6)


def test_draw_dot_text_of_quadratic():
    x = torch.tensor(3., requires_grad=True)
    y = 3 * x**2 + 4 * x + 2
    source = viz.draw(y).source
    assert source.startswith("digraph {")
    assert 'n0 [label="y\\n41.\\n[] float32", fillcolor="darkolivegreen1"];' in source
    assert '[label="x\\n3.\\n[] float32", fillcolor="lightblue"];' in source
    assert source.count("PowBackward0") == 1 and source.count("MulBackward0") == 2
    assert source.count(" -> ") == 7  # output edge + 6 graph edges, gradients flow downwards


def test_draw_keeps_duplicate_edges_of_x_times_x():
    x = torch.tensor([1., 2.], requires_grad=True)
    graph = viz.draw(x * x)
    mul = next(b.id for b in graph.boxes if b.lines[0] == "MulBackward0")
    leaf = next(b.id for b in graph.boxes if b.kind == "leaf")
    assert [(s, d) for s, d, _ in graph.edges if s == mul] == [(mul, leaf), (mul, leaf)]


def test_draw_names_leaves_from_params_first():
    w = torch.tensor([1., 2.], requires_grad=True)
    graph = viz.draw((w * 3).sum(), params={"weight": w}, show_values=False, show_grads=False)
    leaf = next(b for b in graph.boxes if b.kind == "leaf")
    assert leaf.lines == ["weight", "[2] float32"]


def test_draw_saved_tensors_before_and_after_backward():
    x = torch.tensor([2., 3.], requires_grad=True)
    y = torch.sin(x).sum()
    saved = [b for b in viz.draw(y, show_saved=True).boxes if b.kind == "saved"]
    assert [b.lines for b in saved] == [["saved input_shape", "(2,)"],
                                        ["saved input", "[2., 3.]", "[2] float32"]]
    y.backward()
    saved = [b for b in viz.draw(y, show_saved=True).boxes if b.kind == "saved"]
    assert [b.lines for b in saved] == [["saved input_shape", "(2,)"],
                                        ["saved tensors freed by backward"]]


def test_draw_saved_result_is_read_without_unpacking():
    x = torch.tensor([0., 1.], requires_grad=True)
    y = torch.exp(x)
    y.mul_(1)  # a stale saved result would make unpack raise; drawing must not
    graph = viz.draw(y, show_saved=True)
    saved = [b.lines for b in graph.boxes if b.kind == "saved"]
    assert ["saved result", "[1.0000, 2.7183]", "[2] float32"] in saved


def test_draw_multi_output_edges_are_labelled():
    x = torch.tensor([1., 2., 3., 4.], requires_grad=True)
    a, b = torch.split(x * 2, 2)
    graph = viz.draw(a.sum() + b.prod())
    labels = sorted(attrs.get("label") for _, _, attrs in graph.edges if attrs.get("label"))
    assert labels == ["output 0", "output 1"]


def test_draw_output_without_graph():
    graph = viz.draw(torch.tensor([1., 2.]))
    assert graph.boxes[0].lines[-1] == "(no grad_fn: nothing to draw)"
    assert graph.edges == []


def test_draw_long_chain_folds_without_recursion():
    x = torch.tensor(1., requires_grad=True)
    y = x
    for _ in range(50_000):
        y = y * 1.0001 + 0.5
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    try:
        graph = viz.draw(y)
    finally:
        sys.setrecursionlimit(limit)
    folded = [b for b in graph.boxes if b.kind == "collapsed"]
    assert [b.lines for b in folded] == [["AddBackward0 → MulBackward0",
                                          "× 50,000 (100,000 nodes folded)"]]
    assert len(graph.boxes) == 3 and len(graph.edges) == 2


def test_draw_folding_keeps_shared_leaves_and_unique_parts():
    w = torch.tensor(0.5, requires_grad=True)
    h = torch.tensor(1., requires_grad=True)
    for _ in range(200):
        h = torch.tanh(h * w)
    loss = h.exp()
    graph = viz.draw(loss, max_nodes=50)
    kinds = sorted(b.kind for b in graph.boxes)
    assert kinds == ["collapsed", "leaf", "leaf", "node", "output"]
    folded = next(b for b in graph.boxes if b.kind == "collapsed")
    assert folded.lines[0] == "TanhBackward0 → MulBackward0"
    into_w = [a for s, d, a in graph.edges if s == folded.id and d != folded.id]
    assert {"label": "× 200"} in into_w


def test_draw_small_graph_is_not_folded():
    x = torch.tensor(1., requires_grad=True)
    y = x
    for _ in range(10):
        y = y * 2
    assert all(b.kind != "collapsed" for b in viz.draw(y).boxes)


def test_save_dot_needs_no_graphviz(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "graphviz", None)
    x = torch.tensor(2., requires_grad=True)
    graph = viz.draw(x.exp())
    path = graph.save(tmp_path / "g.dot")
    assert path.read_text() == graph.source


@pytest.mark.parametrize("suffix", ["svg", "png", "pdf"])
def test_render_without_graphviz_says_what_to_install(tmp_path, monkeypatch, suffix):
    monkeypatch.setitem(sys.modules, "graphviz", None)
    x = torch.tensor(2., requires_grad=True)
    graph = viz.draw(x.exp())
    with pytest.raises(RuntimeError, match=rf"as \.{suffix} needs Graphviz: .*pip install "
                                           r"graphviz.*apt-get install graphviz"):
        graph.save(tmp_path / f"g.{suffix}")
    assert graph._repr_svg_() is None
    assert "<pre>digraph {" in graph._repr_html_()


def test_save_rejects_unknown_suffix(tmp_path):
    x = torch.tensor(2., requires_grad=True)
    with pytest.raises(ValueError, match="use a .svg, .png, .pdf or .dot name"):
        viz.draw(x.exp()).save(tmp_path / "g.jpg")


def test_draw_rejects_non_tensors():
    with pytest.raises(TypeError, match="draw\\(\\) expects Tensors, but got list"):
        viz.draw([1, 2])


@NEEDS_DOT
def test_svg_parses_and_contains_labels(tmp_path):
    a = torch.tensor([2., 3.], requires_grad=True)
    b = torch.tensor([6., 4.], requires_grad=True)
    Q = 3 * a**3 - b**2
    Q.backward(gradient=torch.tensor([1., 1.]), retain_graph=True)
    graph = viz.draw(Q, show_saved=True)
    path = graph.save(tmp_path / "q.svg")
    root = ET.fromstring(path.read_text())
    # dot writes runs of spaces as no-break spaces
    texts = [t.text.replace("\xa0", " ") for t in root.iter("{http://www.w3.org/2000/svg}text")]
    for label in ["Q", "SubBackward0", "MulBackward0", "PowBackward0", "a", "b",
                  "grad: [36., 81.]", "grad: [-12.,  -8.]", "saved input"]:
        assert label in texts
    assert graph._repr_html_() == graph._repr_svg_()


@NEEDS_DOT
@pytest.mark.parametrize("suffix, magic", [("png", b"\x89PNG"), ("pdf", b"%PDF")])
def test_binary_formats_render(tmp_path, suffix, magic):
    x = torch.tensor(2., requires_grad=True)
    path = viz.draw(torch.sin(x)).save(tmp_path / f"g.{suffix}")
    assert path.read_bytes().startswith(magic)
