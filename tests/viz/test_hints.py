"""set_hints(): torch's message stays the first line; a second line names the fix."""

import os
import subprocess
import sys

import pytest

import chainrule as torch

FREED = ("Trying to backward through the graph a second time (or directly access saved tensors "
         "after they have already been freed). Saved intermediate values of the graph are freed "
         "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need "
         "to backward through the graph a second time or if you need to access saved tensors "
         "after calling backward.")


def non_scalar():
    a = torch.tensor([2., 3.], requires_grad=True)
    (3 * a**3).backward()


def twice():
    a = torch.tensor([2., 3.], requires_grad=True)
    y = (a * a).sum()
    y.backward()
    y.backward()


def saved_result_after_backward():
    a = torch.tensor([2., 3.], requires_grad=True)
    y = a.exp()
    y.sum().backward()
    return y.grad_fn._saved_result


def unused():
    a = torch.tensor([2., 3.], requires_grad=True)
    b = torch.tensor([1.], requires_grad=True)
    torch.autograd.grad((a * 2).sum(), [a, b])


def no_graph():
    torch.tensor(2.).backward()


def modified():
    a = torch.tensor([2., 3.], requires_grad=True)
    s = a.sigmoid()
    s.mul_(2)
    s.sum().backward()


def leaf_inplace():
    a = torch.tensor([2., 3.], requires_grad=True)
    a.add_(1)


CASES = {
    "non_scalar": (non_scalar, "grad can be implicitly created only for scalar outputs",
                   ["shape [2] (2 elements)", "y.sum().backward()",
                    "y.backward(gradient=torch.ones_like(y))"]),
    "twice": (twice, FREED, ["MulBackward0 already freed its saved tensors (input, other)",
                             "retain_graph=True", "recompute the forward pass"]),
    "saved_result": (saved_result_after_backward, FREED,
                     ["ExpBackward0 already freed its saved tensors (result)"]),
    "unused": (unused, "The differentiated Tensor at index 1 appears to not have been used in "
                       "the graph. Set allow_unused=True if this is the desired behavior.",
               ["input 1 (shape [1]) is not in the outputs' graph", "allow_unused=True"]),
    "no_graph": (no_graph,
                 "element 0 of tensors does not require grad and does not have a grad_fn",
                 ["requires_grad=True", "no_grad()"]),
    "modified": (modified, "one of the variables needed for gradient computation has been "
                           "modified by an inplace operation: [torch.FloatTensor [2]], which is "
                           "output 0 of Sigmoid, is at version 1; expected version 0 instead. "
                           "Hint: enable anomaly detection to find the operation that failed to "
                           "compute its gradient, with torch.autograd.set_detect_anomaly(True, "
                           "check_nan=False).",
                 ["SigmoidBackward0 saved this tensor for backward", "out-of-place form"]),
    "leaf_inplace": (leaf_inplace, "a leaf Variable that requires grad is being used in an "
                                   "in-place operation.", ["torch.no_grad()"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hints_off_leave_torchs_message_alone(name):
    fn, message, _ = CASES[name]
    assert not torch.are_hints_enabled()
    with pytest.raises(RuntimeError) as info:
        fn()
    assert str(info.value) == message


@pytest.mark.parametrize("name", sorted(CASES))
def test_hints_on_add_one_line_after_torchs_message(name):
    fn, message, facts = CASES[name]
    torch.set_hints(True)
    with pytest.raises(RuntimeError) as info:
        fn()
    first, second = str(info.value).split("\n")
    assert first == message
    assert second.startswith("chainrule hint: ")
    for fact in facts:
        assert fact in second


def test_hints_from_the_environment():
    code = ("import chainrule as torch\n"
            "try:\n    torch.tensor([1., 2.], requires_grad=True).mul(2).backward()\n"
            "except RuntimeError as e:\n    print(e)\n")
    env = dict(os.environ, CHAINRULE_HINTS="1")
    src = os.path.join(os.path.dirname(torch.__file__), os.pardir)
    env["PYTHONPATH"] = os.path.abspath(src)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out[0] == "grad can be implicitly created only for scalar outputs"
    assert out[1].startswith("chainrule hint: the output has shape [2] (2 elements)")
