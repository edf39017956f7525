"""``chainrule grad``: value, gradients, derivation and drawing from the command line."""

import os
import shutil
import subprocess
import sys

import numpy as np
import pytest

import chainrule
from chainrule.__main__ import main
from chainrule.viz.expression import Expression, ExpressionError, parse_value


def run(capsys, *argv):
    code = main(["grad", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_grad_prints_value_and_gradient(capsys):
    code, out, err = run(capsys, "3*x**2 + 4*x + 2", "--at", "x=3")
    assert code == 0 and err == ""
    assert out.splitlines() == ["f = 3*x**2 + 4*x + 2   at x = 3.", "f = 41.", "df/dx = 22."]


def test_grad_explain_spells_out_the_chain_rule(capsys):
    code, out, _ = run(capsys, "3*x**2 + 4*x + 2", "--at", "x=3", "--explain")
    assert code == 0
    assert "  du1/dx = d/dx (x**2) = 2 * x = 6.   (PowBackward0)" in out
    assert "sum over 2 paths: 18. + 4. = 22." in out


def test_grad_several_variables_and_vectors(capsys):
    code, out, _ = run(capsys, "sum(x*y) + sin(x[0] if 0 else 1)", "--at", "x=[1, 2]")
    assert code == 2  # conditional expressions are not part of the grammar
    code, out, _ = run(capsys, "sum(x*y) + mean(exp(y))", "--at", "x=[1, 2]", "--at", "y=[3, 4]")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "f = sum(x*y) + mean(exp(y))   at x = [1., 2.], y = [3., 4.]"
    assert lines[2] == "df/dx = [3., 4.]"
    y = np.array([3., 4.], dtype=np.float32)
    expected = chainrule.tensor(np.array([1., 2.], dtype=np.float32) + np.exp(y) / 2)
    assert lines[3] == "df/dy = " + repr(expected)[len("tensor("):-1]


def test_grad_of_a_vector_formula_uses_ones(capsys):
    code, out, _ = run(capsys, "x**2", "--at", "x=[1, 2, 3]")
    assert code == 0
    assert "gradients are of f.sum()" in out and out.splitlines()[-1] == "df/dx = [2., 4., 6.]"


def test_grad_draw_dot_file(capsys, tmp_path):
    path = tmp_path / "g.dot"
    code, out, _ = run(capsys, "sin(x) * x", "--at", "x=2", "--draw", str(path))
    assert code == 0 and out.splitlines()[-1] == f"graph saved to {path}"
    source = path.read_text()
    assert "SinBackward0" in source and "MulBackward0" in source
    assert '[label="x\\n2.\\n[] float32", fillcolor="lightblue"]' in source


@pytest.mark.skipif(shutil.which("dot") is None, reason="rendering needs Graphviz's dot")
def test_grad_draw_svg_file(capsys, tmp_path):
    pytest.importorskip("graphviz", reason="rendering needs the graphviz package")
    path = tmp_path / "g.svg"
    code, _, _ = run(capsys, "tanh(x) + x", "--at", "x=0.5", "--draw", str(path))
    assert code == 0 and "TanhBackward0" in path.read_text()


def test_grad_draw_without_graphviz_fails_clearly(capsys, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "graphviz", None)
    code, _, err = run(capsys, "x*2", "--at", "x=1", "--draw", str(tmp_path / "g.png"))
    assert code == 1 and "needs Graphviz" in err


@pytest.mark.parametrize("formula, args, message", [
    ("__import__('os').system('echo hi')", ["--at", "x=1"], "only these functions may be"),
    ("x.real", ["--at", "x=1"], "Attribute is not allowed in a formula"),
    ("x +", ["--at", "x=1"], "cannot parse 'x +'"),
    ("(lambda: 1)()", [], "only these functions may be called"),
    ("x * 'a'", ["--at", "x=1"], "only numbers may appear as constants"),
    ("x * y", ["--at", "x=1"], "no value given for y (use --at y=...)"),
    ("x * 2", ["--at", "x"], "--at expects NAME=VALUE, got 'x'"),
    ("x * 2", ["--at", "x=os"], "cannot read the value 'os'"),
    ("x // 2", ["--at", "x=1"], "operator FloorDiv is not supported"),
    ("_x * 2", ["--at", "_x=1"], "name '_x' is not allowed"),
    ("2 * 3", [], "does not depend on any variable"),
])
def test_grad_rejects_bad_input_with_one_line(capsys, formula, args, message):
    code, out, err = run(capsys, formula, *args)
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_expression_matches_numpy():
    formula = Expression("-x**3 / 2 + sqrt(abs(x)) * exp(-x) - log(x + 4) + pi * tanh(x) @ x")
    assert formula.variables == ("x",)
    x = chainrule.tensor([0.5, 1.5, 2.0], dtype=chainrule.float64)
    got = formula.evaluate({"x": x}).numpy()
    a = x.numpy()
    want = -a**3 / 2 + np.sqrt(np.abs(a)) * np.exp(-a) - np.log(a + 4) + np.pi * np.tanh(a) @ a
    np.testing.assert_allclose(got, want, rtol=1e-12)


def test_expression_deep_nesting_evaluates_without_recursion():
    text = "x" + " + x" * 400
    assert Expression(text).evaluate({"x": chainrule.tensor(1.)}).item() == 401


def test_parse_value_accepts_only_numbers():
    assert parse_value("[[1, 2], [3.5, 4]]") == [[1, 2], [3.5, 4]]
    with pytest.raises(ExpressionError):
        parse_value("[1, 'a']")


def test_cli_end_to_end_subprocess():
    env = dict(os.environ)
    env["PYTHONPATH"] = os.path.abspath(os.path.join(os.path.dirname(chainrule.__file__),
                                                     os.pardir))
    result = subprocess.run([sys.executable, "-m", "chainrule", "grad", "3*x**2 + 4*x + 2",
                             "--at", "x=3"], env=env, capture_output=True, text=True, check=True)
    assert result.stdout.splitlines()[-1] == "df/dx = 22."
