"""Regression tests for chainrule bugs found by the differential fuzzer (tools/fuzz).

Each program is a fuzzer find, shrunk, saved as JSON and turned into a test with
``python -m tools.fuzz --case FILE``; ``expected`` is torch 2.13's record of it, and the comment
shows the program as torch code.
"""

import json

from tools.fuzz.compare import assert_matches_torch


def test_add_alpha_keeps_float32():
    """Fuzz: add alpha keeps float32."""
    # v0 = torch.tensor([-3.0, -1.0, 1.0, -1.0, 2.0, -1.0], dtype=torch.float32).reshape([2, 3])
    # v1 = v0.max()
    # v2 = torch.add(v1, 3.0, alpha=2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-3.0, -1.0, 1.0, -1.0, 2.0, -1.0], "dtype": "float32", "shape": [2, 3]}, {"k": "method", "name": "max", "args": [{"t": 0}]}, {"k": "fn", "name": "add", "args": [{"t": 1}, 3.0], "kw": {"alpha": 2}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[-3.0, -1.0, 1.0], [-1.0, 2.0, -1.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": 2.0, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": 8.0, "rg": false, "fn": null, "leaf": true}], "final": [[[-3.0, -1.0, 1.0], [-1.0, 2.0, -1.0]], 2.0, 8.0]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_add_alpha_zero_dim_keeps_float32():
    """Fuzz: add alpha zero dim keeps float32."""
    # v0 = torch.tensor([1.5, -2.0], dtype=torch.float32).reshape([2])
    # v1 = v0 > 0
    # v2 = v0.max()
    # v3 = torch.add(v2, 3.0, alpha=2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, -2.0], "dtype": "float32", "shape": [2]}, {"k": "op", "name": "gt", "args": [{"t": 0}, 0]}, {"k": "method", "name": "max", "args": [{"t": 0}]}, {"k": "fn", "name": "add", "args": [{"t": 2}, 3.0], "kw": {"alpha": 2}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float32", "value": [1.5, -2.0], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.bool", "value": [true, false], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": 1.5, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": 7.5, "rg": false, "fn": null, "leaf": true}], "final": [[1.5, -2.0], [true, false], 1.5, 7.5]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_amax_empty_dim_message():
    """Fuzz: amax empty dim message."""
    # v0 = torch.tensor([], dtype=torch.float32).reshape([0, 3])
    # v1 = torch.amax(v0, -2, keepdim=False)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float32", "shape": [0, 3]}, {"k": "fn", "name": "amax", "args": [{"t": 0}, -2], "kw": {"keepdim": false}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0, 3], "dtype": "torch.float32", "value": [], "rg": false, "fn": null, "leaf": true}], "error": ["IndexError", "amax(): Expected reduction dim -2 to have non-zero size."]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_clamp_int_with_float_bound():
    """Fuzz: clamp int with float bound."""
    # v0 = torch.tensor([-2], dtype=torch.int64).reshape([])
    # v1 = torch.clamp(v0, None, 0.5)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-2], "dtype": "int64", "shape": []}, {"k": "fn", "name": "clamp", "args": [{"t": 0}, null, 0.5]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.int64", "value": -2, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -2.0, "rg": false, "fn": null, "leaf": true}], "final": [-2, -2.0]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_float_base_pow_int_tensor():
    """Fuzz: float base pow int tensor."""
    # v0 = torch.tensor([-2, -1, 4, 4], dtype=torch.int64).reshape([1, 4, 1])
    # v1 = 3.0 ** v0
    program = json.loads('{"steps": [{"k": "tensor", "data": [-2, -1, 4, 4], "dtype": "int64", "shape": [1, 4, 1]}, {"k": "op", "name": "pow", "args": [3.0, {"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 4, 1], "dtype": "torch.int64", "value": [[[-2], [-1], [4], [4]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4, 1], "dtype": "torch.float32", "value": [[[0.1111111119389534], [0.3333333432674408], [81.0], [81.0]]], "rg": false, "fn": null, "leaf": true}], "final": [[[[-2], [-1], [4], [4]]], [[[0.1111111119389534], [0.3333333432674408], [81.0], [81.0]]]]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_max_dim_of_empty_message():
    """Fuzz: max dim of empty message."""
    # v0 = torch.tensor([], dtype=torch.float64).reshape([0])
    # v1 = v0.max(-1, keepdim=False)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float64", "shape": [0]}, {"k": "method", "name": "max", "args": [{"t": 0}, -1], "kw": {"keepdim": false}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0], "dtype": "torch.float64", "value": [], "rg": false, "fn": null, "leaf": true}], "error": ["IndexError", "max(): Expected reduction dim 0 to have non-zero size."]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_min_dim_of_empty_message():
    """Fuzz: min dim of empty message."""
    # v0 = torch.tensor([0], dtype=torch.int64).reshape([])
    # v1 = v0 > 0
    # v2 = v0[v1]
    # v3 = v2 > 0
    # v4 = v3.min(-1, keepdim=True)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0], "dtype": "int64", "shape": []}, {"k": "op", "name": "gt", "args": [{"t": 0}, 0]}, {"k": "getitem", "args": [{"t": 0}, {"t": 1}]}, {"k": "op", "name": "gt", "args": [{"t": 2}, 0]}, {"k": "method", "name": "min", "args": [{"t": 3}, -1], "kw": {"keepdim": true}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.int64", "value": 0, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.bool", "value": false, "rg": false, "fn": null, "leaf": true}, {"shape": [0], "dtype": "torch.int64", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [0], "dtype": "torch.bool", "value": [], "rg": false, "fn": null, "leaf": true}], "error": ["IndexError", "min(): Expected reduction dim 0 to have non-zero size."]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_neg_bool_message():
    """Fuzz: neg bool message."""
    # v0 = torch.tensor([1.8363, 0.2414, -0.1819, 0.9797], dtype=torch.float64).reshape([2, 2])
    # v1 = v0 > 0
    # v2 = v1.neg()
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.8363, 0.2414, -0.1819, 0.9797], "dtype": "float64", "shape": [2, 2]}, {"k": "op", "name": "gt", "args": [{"t": 0}, 0]}, {"k": "method", "name": "neg", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.float64", "value": [[1.8363, 0.2414], [-0.1819, 0.9797]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.bool", "value": [[true, true], [false, true]], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_setitem_drops_value_leading_ones():
    """Fuzz: setitem drops value leading ones."""
    # v0 = torch.tensor([-0.7822, -2.4637, 0.0215, -1.4713], dtype=torch.float32).reshape([4])
    # v1 = v0[-3]
    # v2 = torch.tensor([-0.7354], dtype=torch.float32).reshape([1])
    # v3 = v1; v3[()] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.7822, -2.4637, 0.0215, -1.4713], "dtype": "float32", "shape": [4]}, {"k": "getitem", "args": [{"t": 0}, -3]}, {"k": "tensor", "data": [-0.7354], "dtype": "float32", "shape": [1]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": []}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [-0.7821999788284302, -2.46370005607605, 0.0215000007301569, -1.4713000059127808], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -2.46370005607605, "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [-0.7354000210762024], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -0.7354000210762024, "rg": false, "fn": null, "leaf": true}], "final": [[-0.7821999788284302, -0.7354000210762024, 0.0215000007301569, -1.4713000059127808], -0.7354000210762024, [-0.7354000210762024], -0.7354000210762024]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_setitem_on_empty_tensor():
    """Fuzz: setitem on empty tensor."""
    # v0 = torch.tensor([], dtype=torch.int64).reshape([0, 2])
    # v1 = v0; v1[()] = 1.5
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "int64", "shape": [0, 2]}, {"k": "setitem", "args": [{"t": 0}, {"tuple": []}, 1.5]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0, 2], "dtype": "torch.int64", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [0, 2], "dtype": "torch.int64", "value": [], "rg": false, "fn": null, "leaf": true}], "final": [[], []]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_setitem_value_grad_keeps_its_shape():
    """Fuzz: setitem value grad keeps its shape."""
    # v0 = torch.tensor([0.8151, -1.6063, -1.4907, -2.0], dtype=torch.float32).reshape([2, 2])
    # v1 = v0 > 0
    # v2 = torch.tensor([-2.3005, -1.7438, -0.846, 0.1791], dtype=torch.float64).reshape([2, 2])
    # v3 = torch.where(v1, v0, v2)
    # v4 = torch.tensor([-1.3202, -1.8857], dtype=torch.float64).reshape([1, 1, 2]).requires_grad_()
    # v5 = v3; v5[:-1:1] = v4
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.8151, -1.6063, -1.4907, -2.0], "dtype": "float32", "shape": [2, 2]}, {"k": "op", "name": "gt", "args": [{"t": 0}, 0]}, {"k": "tensor", "data": [-2.3005, -1.7438, -0.846, 0.1791], "dtype": "float64", "shape": [2, 2]}, {"k": "fn", "name": "where", "args": [{"t": 1}, {"t": 0}, {"t": 2}]}, {"k": "tensor", "data": [-1.3202, -1.8857], "dtype": "float64", "shape": [1, 1, 2], "rg": true}, {"k": "setitem", "args": [{"t": 3}, {"slice": [null, -1, 1]}, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.float32", "value": [[0.8151000142097473, -1.6062999963760376], [-1.4907000064849854, -2.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.bool", "value": [[true, false], [false, false]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[-2.3005, -1.7438], [-0.846, 0.1791]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[0.8151000142097473, -1.7438], [-0.846, 0.1791]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 1, 2], "dtype": "torch.float64", "value": [[[-1.3202, -1.8857]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[-1.3202, -1.8857], [-0.846, 0.1791]], "rg": true, "fn": "CopySlices", "leaf": false}], "final": [[[0.8151000142097473, -1.6062999963760376], [-1.4907000064849854, -2.0]], [[true, false], [false, false]], [[-2.3005, -1.7438], [-0.846, 0.1791]], [[-1.3202, -1.8857], [-0.846, 0.1791]], [[[-1.3202, -1.8857]]], [[-1.3202, -1.8857], [-0.846, 0.1791]]], "grad": [{"dtype": "torch.float64", "shape": [1, 1, 2], "value": [[[-1.5, -1.0]]]}], "backward": [{"dtype": "torch.float64", "shape": [1, 1, 2], "value": [[[-1.5, -1.0]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_sign_grad_is_zero():
    """Fuzz: sign grad is zero."""
    # v0 = torch.tensor([-2.2595, -1.3726, 1.4427, -0.3946, 0.326, 0.882, 1.2842, -1.6874], dtype=torch.float64).reshape([2, 4, 1]).requires_grad_()  # noqa: E501
    # v1 = v0.sign()
    # v2 = v1.view(4, 2)
    # v3 = v2.sqrt()
    program = json.loads('{"steps": [{"k": "tensor", "data": [-2.2595, -1.3726, 1.4427, -0.3946, 0.326, 0.882, 1.2842, -1.6874], "dtype": "float64", "shape": [2, 4, 1], "rg": true}, {"k": "method", "name": "sign", "args": [{"t": 0}]}, {"k": "method", "name": "view", "args": [{"t": 1}, 4, 2]}, {"k": "method", "name": "sqrt", "args": [{"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 4, 1], "dtype": "torch.float64", "value": [[[-2.2595], [-1.3726], [1.4427], [-0.3946]], [[0.326], [0.882], [1.2842], [-1.6874]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 4, 1], "dtype": "torch.float64", "value": [[[-1.0], [-1.0], [1.0], [-1.0]], [[1.0], [1.0], [1.0], [-1.0]]], "rg": true, "fn": "SignBackward0", "leaf": false}, {"shape": [4, 2], "dtype": "torch.float64", "value": [[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [1.0, -1.0]], "rg": true, "fn": "ViewBackward0", "leaf": false}, {"shape": [4, 2], "dtype": "torch.float64", "value": [[NaN, NaN], [1.0, NaN], [1.0, 1.0], [1.0, NaN]], "rg": true, "fn": "SqrtBackward0", "leaf": false}], "final": [[[[-2.2595], [-1.3726], [1.4427], [-0.3946]], [[0.326], [0.882], [1.2842], [-1.6874]]], [[[-1.0], [-1.0], [1.0], [-1.0]], [[1.0], [1.0], [1.0], [-1.0]]], [[-1.0, -1.0], [1.0, -1.0], [1.0, 1.0], [1.0, -1.0]], [[NaN, NaN], [1.0, NaN], [1.0, 1.0], [1.0, NaN]]], "grad": [{"dtype": "torch.float64", "shape": [2, 4, 1], "value": [[[0.0], [0.0], [0.0], [0.0]], [[0.0], [0.0], [0.0], [0.0]]]}], "backward": [{"dtype": "torch.float64", "shape": [2, 4, 1], "value": [[[0.0], [0.0], [0.0], [0.0]], [[0.0], [0.0], [0.0], [0.0]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_sub_bool_tensor_message():
    """Fuzz: sub bool tensor message."""
    # v0 = torch.tensor([True, True, False], dtype=torch.bool).reshape([3])
    # v1 = v0[1::2]
    # v2 = torch.tensor([-2.1646], dtype=torch.float32).reshape([1])
    # v3 = torch.sub(v1, v2, alpha=2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, true, false], "dtype": "bool", "shape": [3]}, {"k": "getitem", "args": [{"t": 0}, {"slice": [1, null, 2]}]}, {"k": "tensor", "data": [-2.1646], "dtype": "float32", "shape": [1]}, {"k": "fn", "name": "sub", "args": [{"t": 1}, {"t": 2}], "kw": {"alpha": 2}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.bool", "value": [true, true, false], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.bool", "value": [true], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [-2.164599895477295], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_sub_two_bools_message():
    """Fuzz: sub two bools message."""
    # v0 = torch.tensor([True, False, True, False], dtype=torch.bool).reshape([4])
    # v1 = v0 - v0
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false, true, false], "dtype": "bool", "shape": [4]}, {"k": "op", "name": "sub", "args": [{"t": 0}, {"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.bool", "value": [true, false, true, false], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead."]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_cat_empty_promotes():
    """Fuzz: cat empty promotes."""
    # v0 = torch.tensor([1.8672], dtype=torch.float32).reshape([1]).requires_grad_()
    # v1 = v0.square()
    # v2 = torch.tensor([], dtype=torch.float64).reshape([0])
    # v3 = torch.cat([v1, v2], 0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.8672], "dtype": "float32", "shape": [1], "rg": true}, {"k": "method", "name": "square", "args": [{"t": 0}]}, {"k": "tensor", "data": [], "dtype": "float64", "shape": [0]}, {"k": "fn", "name": "cat", "args": [[{"t": 1}, {"t": 2}], 0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1], "dtype": "torch.float32", "value": [1.8672000169754028], "rg": true, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [3.486435890197754], "rg": true, "fn": "PowBackward0", "leaf": false}, {"shape": [0], "dtype": "torch.float64", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [3.486435890197754], "rg": true, "fn": "CatBackward0", "leaf": false}], "final": [[1.8672000169754028], [3.486435890197754], [], [3.486435890197754]], "grad": [{"dtype": "torch.float32", "shape": [1], "value": [-11.203200340270996]}], "grad2": [{"dtype": "torch.float32", "shape": [1], "value": [9.0]}], "backward": [{"dtype": "torch.float32", "shape": [1], "value": [-11.203200340270996]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_clamp_int_in_place_message():
    """Fuzz: clamp int in place message."""
    # v0 = torch.tensor([1, -2, 3], dtype=torch.int64).reshape([3])
    # v1 = v0.clamp_min(0.5)
    # v2 = v0.clamp_(min=-0.5, max=1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1, -2, 3], "dtype": "int64", "shape": [3]}, {"k": "method", "name": "clamp_min", "args": [{"t": 0}, 0.5]}, {"k": "method", "name": "clamp_", "args": [{"t": 0}], "kw": {"min": -0.5, "max": 1}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.int64", "value": [1, -2, 3], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [1.0, 0.5, 3.0], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "result type Float can\'t be cast to the desired output type long int"]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_int_pow_negative_scalar():
    """Fuzz: int pow negative scalar."""
    # v0 = torch.tensor([2, 3], dtype=torch.int64).reshape([2])
    # v1 = v0 ** -1
    program = json.loads('{"steps": [{"k": "tensor", "data": [2, 3], "dtype": "int64", "shape": [2]}, {"k": "op", "name": "pow", "args": [{"t": 0}, -1]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.int64", "value": [2, 3], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "Integers to negative integer powers are not allowed."]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_int_pow_negative_tensor():
    """Fuzz: int pow negative tensor."""
    # v0 = torch.tensor([2, 3, -1, 1], dtype=torch.int64).reshape([4])
    # v1 = torch.tensor([-1, 2, -3, -2], dtype=torch.int64).reshape([4])
    # v2 = v0 ** v1
    program = json.loads('{"steps": [{"k": "tensor", "data": [2, 3, -1, 1], "dtype": "int64", "shape": [4]}, {"k": "tensor", "data": [-1, 2, -3, -2], "dtype": "int64", "shape": [4]}, {"k": "op", "name": "pow", "args": [{"t": 0}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.int64", "value": [2, 3, -1, 1], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.int64", "value": [-1, 2, -3, -2], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.int64", "value": [0, 9, -1, 1], "rg": false, "fn": null, "leaf": true}], "final": [[2, 3, -1, 1], [-1, 2, -3, -2], [0, 9, -1, 1]]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_logit_grad_outside_domain_is_nan():
    """Fuzz: logit grad outside domain is nan."""
    # v0 = torch.tensor([2.1113, -1.8224, 0.25], dtype=torch.float32).reshape([3]).requires_grad_()
    # v1 = torch.logit(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.1113, -1.8224, 0.25], "dtype": "float32", "shape": [3], "rg": true}, {"k": "fn", "name": "logit", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [2.111299991607666, -1.8223999738693237, 0.25], "rg": true, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [NaN, NaN, -1.0986123085021973], "rg": true, "fn": "LogitBackward0", "leaf": false}], "final": [[2.111299991607666, -1.8223999738693237, 0.25], [NaN, NaN, -1.0986123085021973]], "grad": [{"dtype": "torch.float32", "shape": [3], "value": [NaN, NaN, -2.6666667461395264]}], "grad2": [{"dtype": "torch.float32", "shape": [3], "value": [-0.0, 0.0, -3.555555820465088]}], "backward": [{"dtype": "torch.float32", "shape": [3], "value": [NaN, NaN, -2.6666667461395264]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_matmul_2d_by_batched_folds_like_torch():
    """Fuzz: matmul 2d by batched folds like torch."""
    # v0 = torch.tensor([0.5, -1.0, 2.0, 1.5, 0.25, -0.75, 1.0, 2.0], dtype=torch.float32).reshape([2, 4]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([0.0, 0.14285714285714285, 0.2857142857142857, 0.42857142857142855, 0.5714285714285714, 0.7142857142857143, 0.8571428571428571, 1.0, 1.1428571428571428, 1.2857142857142858, 1.4285714285714286, 1.5714285714285714, 1.7142857142857142, 1.8571428571428572, 2.0, 2.142857142857143, 2.2857142857142856, 2.4285714285714284, 2.5714285714285716, 2.7142857142857144, 2.857142857142857, 3.0, 3.142857142857143, 3.2857142857142856], dtype=torch.float32).reshape([3, 4, 2]).requires_grad_()  # noqa: E501
    # v2 = v0 @ v1
    # v3 = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64).reshape([1, 4]).requires_grad_()
    # v4 = torch.tensor([0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2], dtype=torch.float64).reshape([3, 4, 1])  # noqa: E501
    # v5 = torch.matmul(v3, v4)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -1.0, 2.0, 1.5, 0.25, -0.75, 1.0, 2.0], "dtype": "float32", "shape": [2, 4], "rg": true}, {"k": "tensor", "data": [0.0, 0.14285714285714285, 0.2857142857142857, 0.42857142857142855, 0.5714285714285714, 0.7142857142857143, 0.8571428571428571, 1.0, 1.1428571428571428, 1.2857142857142858, 1.4285714285714286, 1.5714285714285714, 1.7142857142857142, 1.8571428571428572, 2.0, 2.142857142857143, 2.2857142857142856, 2.4285714285714284, 2.5714285714285716, 2.7142857142857144, 2.857142857142857, 3.0, 3.142857142857143, 3.2857142857142856], "dtype": "float32", "shape": [3, 4, 2], "rg": true}, {"k": "op", "name": "matmul", "args": [{"t": 0}, {"t": 1}]}, {"k": "tensor", "data": [1.0, 2.0, 3.0, 4.0], "dtype": "float64", "shape": [1, 4], "rg": true}, {"k": "tensor", "data": [0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2, 1.4, 1.6, 1.8, 2.0, 2.2], "dtype": "float64", "shape": [3, 4, 1]}, {"k": "fn", "name": "matmul", "args": [{"t": 3}, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 4], "dtype": "torch.float32", "value": [[0.5, -1.0, 2.0, 1.5], [0.25, -0.75, 1.0, 2.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 4, 2], "dtype": "torch.float32", "value": [[[0.0, 0.1428571492433548], [0.2857142984867096, 0.4285714328289032], [0.5714285969734192, 0.7142857313156128], [0.8571428656578064, 1.0]], [[1.1428571939468384, 1.2857142686843872], [1.4285714626312256, 1.5714285373687744], [1.7142857313156128, 1.8571428060531616], [2.0, 2.142857074737549]], [[2.2857143878936768, 2.4285714626312256], [2.5714285373687744, 2.7142856121063232], [2.857142925262451, 3.0], [3.142857074737549, 3.2857143878936768]]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 2, 2], "dtype": "torch.float32", "value": [[[2.142857074737549, 2.5714285373687744], [2.0714285373687744, 2.4285714626312256]], [[5.571428298950195, 6.0], [4.928571701049805, 5.285714149475098]], [[9.0, 9.428571701049805], [7.785714149475098, 8.142857551574707]]], "rg": true, "fn": "CloneBackward0", "leaf": false}, {"shape": [1, 4], "dtype": "torch.float64", "value": [[1.0, 2.0, 3.0, 4.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 4, 1], "dtype": "torch.float64", "value": [[[0.0], [0.2], [0.4], [0.6]], [[0.8], [1.0], [1.2], [1.4]], [[1.6], [1.8], [2.0], [2.2]]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 1, 1], "dtype": "torch.float64", "value": [[[4.0]], [[12.0]], [[20.0]]], "rg": true, "fn": "TransposeBackward0", "leaf": false}], "final": [[[0.5, -1.0, 2.0, 1.5], [0.25, -0.75, 1.0, 2.0]], [[[0.0, 0.1428571492433548], [0.2857142984867096, 0.4285714328289032], [0.5714285969734192, 0.7142857313156128], [0.8571428656578064, 1.0]], [[1.1428571939468384, 1.2857142686843872], [1.4285714626312256, 1.5714285373687744], [1.7142857313156128, 1.8571428060531616], [2.0, 2.142857074737549]], [[2.2857143878936768, 2.4285714626312256], [2.5714285373687744, 2.7142856121063232], [2.857142925262451, 3.0], [3.142857074737549, 3.2857143878936768]]], [[[2.142857074737549, 2.5714285373687744], [2.0714285373687744, 2.4285714626312256]], [[5.571428298950195, 6.0], [4.928571701049805, 5.285714149475098]], [[9.0, 9.428571701049805], [7.785714149475098, 8.142857551574707]]], [[1.0, 2.0, 3.0, 4.0]], [[[0.0], [0.2], [0.4], [0.6]], [[0.8], [1.0], [1.2], [1.4]], [[1.6], [1.8], [2.0], [2.2]]], [[[4.0]], [[12.0]], [[20.0]]]], "grad": [{"dtype": "torch.float32", "shape": [2, 4], "value": [[-0.6071429252624512, -1.1785714626312256, -1.7500001192092896, -2.3214285373687744], [2.500000238418579, 2.7142856121063232, 2.9285717010498047, 3.142857313156128]]}, {"dtype": "torch.float32", "shape": [3, 4, 2], "value": [[[-0.875, -0.5], [1.875, 1.0], [-3.5, -2.0], [-3.25, -1.5]], [[0.625, 0.1875], [-1.625, -0.0625], [2.5, 0.75], [3.75, -1.0]], [[-0.3125, 0.0625], [0.5625, -0.3125], [-1.25, 0.25], [-0.625, 1.125]]]}, {"dtype": "torch.float64", "shape": [1, 4], "value": [[-1.6, -2.2, -2.8, -3.4]]}], "grad2": [{"dtype": "torch.float32", "shape": [2, 4], "value": [[2.5, 0.5, -1.5, -1.875], [0.3125, 1.0625, 2.625, -1.5]]}, {"dtype": "torch.float32", "shape": [3, 4, 2], "value": [[[2.0, 1.5], [1.0, 1.0], [0.0, 0.5], [0.625, 0.0]], [[0.0, -2.125], [1.0, -2.25], [2.0, -2.375], [-1.875, 1.5625]], [[1.25, 0.75], [1.0, 1.0], [0.75, 1.25], [-0.3125, -0.9375]]]}, null], "backward": [{"dtype": "torch.float32", "shape": [2, 4], "value": [[-0.6071429252624512, -1.1785714626312256, -1.7500001192092896, -2.3214285373687744], [2.500000238418579, 2.7142856121063232, 2.9285717010498047, 3.142857313156128]]}, {"dtype": "torch.float32", "shape": [3, 4, 2], "value": [[[-0.875, -0.5], [1.875, 1.0], [-3.5, -2.0], [-3.25, -1.5]], [[0.625, 0.1875], [-1.625, -0.0625], [2.5, 0.75], [3.75, -1.0]], [[-0.3125, 0.0625], [0.5625, -0.3125], [-1.25, 0.25], [-0.625, 1.125]]]}, {"dtype": "torch.float64", "shape": [1, 4], "value": [[-1.6, -2.2, -2.8, -3.4]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_matmul_empty_batch():
    """Fuzz: matmul empty batch."""
    # v0 = torch.tensor([], dtype=torch.float32).reshape([2, 0, 3]).requires_grad_()
    # v1 = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=torch.float32).reshape([3, 2]).requires_grad_()  # noqa: E501
    # v2 = v0 @ v1
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float32", "shape": [2, 0, 3], "rg": true}, {"k": "tensor", "data": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "dtype": "float32", "shape": [3, 2], "rg": true}, {"k": "op", "name": "matmul", "args": [{"t": 0}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 0, 3], "dtype": "torch.float32", "value": [[], []], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 2], "dtype": "torch.float32", "value": [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 0, 2], "dtype": "torch.float32", "value": [[], []], "rg": true, "fn": "UnsafeViewBackward0", "leaf": false}], "final": [[[], []], [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]], [[], []]], "grad": [{"dtype": "torch.float32", "shape": [2, 0, 3], "value": [[], []]}, {"dtype": "torch.float32", "shape": [3, 2], "value": [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]]}], "grad2": [{"dtype": "torch.float32", "shape": [2, 0, 3], "value": [[], []]}, {"dtype": "torch.float32", "shape": [3, 2], "value": [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 0, 3], "value": [[], []]}, {"dtype": "torch.float32", "shape": [3, 2], "value": [[0.0, 0.0], [0.0, 0.0], [0.0, 0.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_max_dim_of_zero_dim_records_max_backward():
    """Fuzz: max dim of zero dim records max backward."""
    # v0 = torch.tensor([2.5], dtype=torch.float32).reshape([]).requires_grad_()
    # v1 = v0.max(0)
    # v2 = v0.min(-1, keepdim=True)
    # v3 = v1[0] * v2[0]
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.5], "dtype": "float32", "shape": [], "rg": true}, {"k": "method", "name": "max", "args": [{"t": 0}, 0]}, {"k": "method", "name": "min", "args": [{"t": 0}, -1], "kw": {"keepdim": true}}, {"k": "op", "name": "mul", "args": [{"t": 1, "k": 0}, {"t": 2, "k": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": 2.5, "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [], "dtype": "torch.float32", "value": 2.5, "rg": true, "fn": "MaxBackward0", "leaf": false}, {"shape": [], "dtype": "torch.int64", "value": 0, "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [], "dtype": "torch.float32", "value": 2.5, "rg": true, "fn": "MinBackward0", "leaf": false}, {"shape": [], "dtype": "torch.int64", "value": 0, "rg": false, "fn": null, "leaf": true}]}, {"shape": [], "dtype": "torch.float32", "value": 6.25, "rg": true, "fn": "MulBackward0", "leaf": false}], "final": [2.5, 6.25], "grad": [{"dtype": "torch.float32", "shape": [], "value": -7.5}], "grad2": [{"dtype": "torch.float32", "shape": [], "value": 4.5}], "backward": [{"dtype": "torch.float32", "shape": [], "value": -7.5}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_minimum_nan_grad():
    """Fuzz: minimum nan grad."""
    # v0 = torch.tensor([-0.1498], dtype=torch.float64).reshape([]).requires_grad_()
    # v1 = v0.log()
    # v2 = torch.minimum(v0, v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.1498], "dtype": "float64", "shape": [], "rg": true}, {"k": "method", "name": "log", "args": [{"t": 0}]}, {"k": "fn", "name": "minimum", "args": [{"t": 0}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float64", "value": -0.1498, "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": NaN, "rg": true, "fn": "LogBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float64", "value": NaN, "rg": true, "fn": "MinimumBackward0", "leaf": false}], "final": [-0.1498, NaN, NaN], "grad": [{"dtype": "torch.float64", "shape": [], "value": 18.526702269692926}], "grad2": [{"dtype": "torch.float64", "shape": [], "value": -200.5344018994619}], "backward": [{"dtype": "torch.float64", "shape": [], "value": 18.526702269692926}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_permute_without_dims():
    """Fuzz: permute without dims."""
    # v0 = torch.tensor([1.0], dtype=torch.float32).reshape([])
    # v1 = v0.permute()
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0], "dtype": "float32", "shape": []}, {"k": "method", "name": "permute", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": 1.0, "rg": false, "fn": null, "leaf": true}], "error": ["TypeError", "permute() missing 1 required positional arguments: \\"dims\\""]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_relu_bool_message():
    """Fuzz: relu bool message."""
    # v0 = torch.tensor([True, False], dtype=torch.bool).reshape([2])
    # v1 = torch.relu(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false], "dtype": "bool", "shape": [2]}, {"k": "fn", "name": "relu", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.bool", "value": [true, false], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "Boolean inputs not supported for relu"]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_setitem_whole_copy():
    """Fuzz: setitem whole copy."""
    # v0 = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float32).reshape([3]).requires_grad_()
    # v1 = v0 * 2.0
    # v2 = torch.tensor([0.5, -1.0, 2.0], dtype=torch.float32).reshape([3]).requires_grad_()
    # v3 = v1; v3[...] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0, 3.0], "dtype": "float32", "shape": [3], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 2.0]}, {"k": "tensor", "data": [0.5, -1.0, 2.0], "dtype": "float32", "shape": [3], "rg": true}, {"k": "setitem", "args": [{"t": 1}, {"ellipsis": 1}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [1.0, 2.0, 3.0], "rg": true, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [2.0, 4.0, 6.0], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [3], "dtype": "torch.float32", "value": [0.5, -1.0, 2.0], "rg": true, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [0.5, -1.0, 2.0], "rg": true, "fn": "CopyBackwards", "leaf": false}], "final": [[1.0, 2.0, 3.0], [0.5, -1.0, 2.0], [0.5, -1.0, 2.0], [0.5, -1.0, 2.0]], "grad": [{"dtype": "torch.float32", "shape": [3], "value": [0.0, 0.0, 0.0]}, {"dtype": "torch.float32", "shape": [3], "value": [-1.5, -1.0, -0.5]}], "backward": [{"dtype": "torch.float32", "shape": [3], "value": [0.0, 0.0, 0.0]}, {"dtype": "torch.float32", "shape": [3], "value": [-1.5, -1.0, -0.5]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_setitem_whole_fill():
    """Fuzz: setitem whole fill."""
    # v0 = torch.tensor([1.0, 2.0, 3.0, 4.0], dtype=torch.float64).reshape([2, 2]).requires_grad_()
    # v1 = v0 * 2.0
    # v2 = v1; v2[:, 0:5] = 1.5
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0, 3.0, 4.0], "dtype": "float64", "shape": [2, 2], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 2.0]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [{"slice": [null, null, null]}, {"slice": [0, 5, null]}]}, 1.5]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.float64", "value": [[1.0, 2.0], [3.0, 4.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[2.0, 4.0], [6.0, 8.0]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[1.5, 1.5], [1.5, 1.5]], "rg": true, "fn": "FillBackward3", "leaf": false}], "final": [[[1.0, 2.0], [3.0, 4.0]], [[1.5, 1.5], [1.5, 1.5]], [[1.5, 1.5], [1.5, 1.5]]], "grad": [{"dtype": "torch.float64", "shape": [2, 2], "value": [[0.0, 0.0], [0.0, 0.0]]}], "backward": [{"dtype": "torch.float64", "shape": [2, 2], "value": [[0.0, 0.0], [0.0, 0.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_sign_nan_and_bool():
    """Fuzz: sign nan and bool."""
    # v0 = torch.tensor([0.5, -0.5, 0.0], dtype=torch.float32).reshape([3]).requires_grad_()
    # v1 = v0.log()
    # v2 = v1.sign()
    # v3 = torch.tensor([True, False], dtype=torch.bool).reshape([2])
    # v4 = torch.sign(v3)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -0.5, 0.0], "dtype": "float32", "shape": [3], "rg": true}, {"k": "method", "name": "log", "args": [{"t": 0}]}, {"k": "method", "name": "sign", "args": [{"t": 1}]}, {"k": "tensor", "data": [true, false], "dtype": "bool", "shape": [2]}, {"k": "fn", "name": "sign", "args": [{"t": 3}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [0.5, -0.5, 0.0], "rg": true, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [-0.6931471824645996, NaN, -Infinity], "rg": true, "fn": "LogBackward0", "leaf": false}, {"shape": [3], "dtype": "torch.float32", "value": [-1.0, 0.0, -1.0], "rg": true, "fn": "SignBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.bool", "value": [true, false], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.bool", "value": [true, false], "rg": false, "fn": null, "leaf": true}], "final": [[0.5, -0.5, 0.0], [-0.6931471824645996, NaN, -Infinity], [-1.0, 0.0, -1.0], [true, false], [true, false]], "grad": [{"dtype": "torch.float32", "shape": [3], "value": [-3.0, 2.0, -Infinity]}], "grad2": [{"dtype": "torch.float32", "shape": [3], "value": [-9.0, -4.0, -Infinity]}], "backward": [{"dtype": "torch.float32", "shape": [3], "value": [-3.0, 2.0, -Infinity]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_sign_zero_grad_through_nan():
    """Fuzz: sign zero grad through nan."""
    # v0 = torch.tensor([-2.0, 1.0], dtype=torch.float64).reshape([2]).requires_grad_()
    # v1 = v0.sign()
    # v2 = v1.sqrt()
    program = json.loads('{"steps": [{"k": "tensor", "data": [-2.0, 1.0], "dtype": "float64", "shape": [2], "rg": true}, {"k": "method", "name": "sign", "args": [{"t": 0}]}, {"k": "method", "name": "sqrt", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float64", "value": [-2.0, 1.0], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float64", "value": [-1.0, 1.0], "rg": true, "fn": "SignBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float64", "value": [NaN, 1.0], "rg": true, "fn": "SqrtBackward0", "leaf": false}], "final": [[-2.0, 1.0], [-1.0, 1.0], [NaN, 1.0]], "grad": [{"dtype": "torch.float64", "shape": [2], "value": [0.0, 0.0]}], "backward": [{"dtype": "torch.float64", "shape": [2], "value": [0.0, 0.0]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_transpose_zero_dim():
    """Fuzz: transpose zero dim."""
    # v0 = torch.tensor([2.5], dtype=torch.float32).reshape([]).requires_grad_()
    # v1 = torch.transpose(v0, 0, -1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.5], "dtype": "float32", "shape": [], "rg": true}, {"k": "fn", "name": "transpose", "args": [{"t": 0}, 0, -1]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": 2.5, "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": 2.5, "rg": true, "fn": "TransposeBackward0", "leaf": false}], "final": [2.5, 2.5], "grad": [{"dtype": "torch.float32", "shape": [], "value": -1.5}], "backward": [{"dtype": "torch.float32", "shape": [], "value": -1.5}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_view_without_size():
    """Fuzz: view without size."""
    # v0 = torch.tensor([1.0], dtype=torch.float32).reshape([1])
    # v1 = v0.view()
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0], "dtype": "float32", "shape": [1]}, {"k": "method", "name": "view", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1], "dtype": "torch.float32", "value": [1.0], "rg": false, "fn": null, "leaf": true}], "error": ["TypeError", "view() received an invalid combination of arguments - got (), but expected one of:"]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_abs_bool_refused():
    """Fuzz: abs bool refused."""
    # v0 = torch.tensor([True, False], dtype=torch.bool).reshape([2])
    # v1 = torch.abs(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false], "dtype": "bool", "shape": [2]}, {"k": "fn", "name": "abs", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.bool", "value": [true, false], "rg": false, "fn": null, "leaf": true}], "error": ["NotImplementedError", "\\"abs_cpu\\" not implemented for \'Bool\'"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_lerp_int_refused():
    """Fuzz: lerp int refused."""
    # v0 = torch.tensor([1, 2], dtype=torch.int64).reshape([2])
    # v1 = torch.lerp(v0, v0, 0.5)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1, 2], "dtype": "int64", "shape": [2]}, {"k": "fn", "name": "lerp", "args": [{"t": 0}, {"t": 0}, 0.5]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.int64", "value": [1, 2], "rg": false, "fn": null, "leaf": true}], "error": ["NotImplementedError", "\\"lerp_kernel_scalar\\" not implemented for \'Long\'"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_matmul_bool_refused():
    """Fuzz: matmul bool refused."""
    # v0 = torch.tensor([True, False, True, True], dtype=torch.bool).reshape([2, 2])
    # v1 = v0 @ v0
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false, true, true], "dtype": "bool", "shape": [2, 2]}, {"k": "op", "name": "matmul", "args": [{"t": 0}, {"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.bool", "value": [[true, false], [true, true]], "rg": false, "fn": null, "leaf": true}], "error": ["NotImplementedError", "\\"addmm_impl_cpu_\\" not implemented for \'Bool\'"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_no_grad_view_inplace_error():
    """Fuzz: no grad view inplace error."""
    # v0 = torch.tensor([1.5, -2.0, 0.5], dtype=torch.float64).reshape([3]).requires_grad_()
    # with torch.no_grad():
    #     v1 = v0.t()
    # v2 = v1.mul_(2.0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, -2.0, 0.5], "dtype": "float64", "shape": [3], "rg": true}, {"k": "method", "name": "t", "args": [{"t": 0}], "nograd": true}, {"k": "method", "name": "mul_", "args": [{"t": 1}, 2.0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float64", "value": [1.5, -2.0, 0.5], "rg": true, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float64", "value": [1.5, -2.0, 0.5], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don\'t want the inplace to be tracked) or both outside (if you want the inplace to be tracked)."]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_no_grad_view_requires_grad():
    """Fuzz: no grad view requires grad."""
    # v0 = torch.tensor([1.5, -2.0, 0.5, 3.0, -1.0, 2.0], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # with torch.no_grad():
    #     v1 = v0[0:1]
    # v2 = v1 * 2.0
    # v3 = v0 * v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, -2.0, 0.5, 3.0, -1.0, 2.0], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "getitem", "args": [{"t": 0}, {"slice": [0, 1, null]}], "nograd": true}, {"k": "op", "name": "mul", "args": [{"t": 1}, 2.0]}, {"k": "op", "name": "mul", "args": [{"t": 0}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[1.5, -2.0, 0.5], [3.0, -1.0, 2.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.float32", "value": [[1.5, -2.0, 0.5]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.float32", "value": [[3.0, -4.0, 1.0]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[4.5, 8.0, 0.5], [9.0, 4.0, 2.0]], "rg": true, "fn": "MulBackward0", "leaf": false}], "final": [[[1.5, -2.0, 0.5], [3.0, -1.0, 2.0]], [[1.5, -2.0, 0.5]], [[3.0, -4.0, 1.0]], [[4.5, 8.0, 0.5], [9.0, 4.0, 2.0]]], "grad": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-4.5, 4.0, -0.5], [0.0, -2.0, 1.0]]}, null], "grad2": [null, null], "backward": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-4.5, 4.0, -0.5], [0.0, -2.0, 1.0]]}, null]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_softmax_int_refused():
    """Fuzz: softmax int refused."""
    # v0 = torch.tensor([1, 2, 3, 4], dtype=torch.int64).reshape([2, 2])
    # v1 = torch.softmax(v0, 0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1, 2, 3, 4], "dtype": "int64", "shape": [2, 2]}, {"k": "fn", "name": "softmax", "args": [{"t": 0}, 0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.int64", "value": [[1, 2], [3, 4]], "rg": false, "fn": null, "leaf": true}], "error": ["NotImplementedError", "\\"softmax_kernel_impl\\" not implemented for \'Long\'"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_var_int_refused():
    """Fuzz: var int refused."""
    # v0 = torch.tensor([1, 2, 3], dtype=torch.int64).reshape([3])
    # v1 = torch.var(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1, 2, 3], "dtype": "int64", "shape": [3]}, {"k": "fn", "name": "var", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.int64", "value": [1, 2, 3], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "std and var only support floating point and complex dtypes"]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_addcmul_int_float_value():
    """Fuzz: addcmul int float value."""
    # v0 = torch.tensor([3, 4], dtype=torch.int64).reshape([2])
    # v1 = torch.addcmul(v0, v0, v0, value=0.5)
    program = json.loads('{"steps": [{"k": "tensor", "data": [3, 4], "dtype": "int64", "shape": [2]}, {"k": "fn", "name": "addcmul", "args": [{"t": 0}, {"t": 0}, {"t": 0}], "kw": {"value": 0.5}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.int64", "value": [3, 4], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [3, 4], "rg": false, "fn": null, "leaf": true}], "final": [[3, 4], [3, 4]]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_aminmax_empty_error():
    """Fuzz: aminmax empty error."""
    # v0 = torch.tensor([], dtype=torch.float64).reshape([2, 0])
    # v1 = torch.aminmax(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float64", "shape": [2, 0]}, {"k": "fn", "name": "aminmax", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 0], "dtype": "torch.float64", "value": [[], []], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity."]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_bool_pow_negative_int():
    """Fuzz: bool pow negative int."""
    # v0 = torch.tensor([False, True], dtype=torch.bool).reshape([2])
    # v1 = v0 ** -1
    program = json.loads('{"steps": [{"k": "tensor", "data": [false, true], "dtype": "bool", "shape": [2]}, {"k": "op", "name": "pow", "args": [{"t": 0}, -1]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.bool", "value": [false, true], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "Integers to negative integer powers are not allowed."]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_cat_skipped_empty_keeps_grad():
    """Fuzz: cat skipped empty keeps grad."""
    # v0 = torch.tensor([], dtype=torch.float32).reshape([0]).requires_grad_()
    # v1 = torch.tensor([0], dtype=torch.int64).reshape([1])
    # v2 = torch.cat([v0, v1], 0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float32", "shape": [0], "rg": true}, {"k": "tensor", "data": [0], "dtype": "int64", "shape": [1]}, {"k": "fn", "name": "cat", "args": [[{"t": 0}, {"t": 1}], 0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0], "dtype": "torch.float32", "value": [], "rg": true, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.int64", "value": [0], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [0.0], "rg": true, "fn": "CatBackward0", "leaf": false}], "final": [[], [0], [0.0]], "grad": [{"dtype": "torch.float32", "shape": [0], "value": []}], "backward": [{"dtype": "torch.float32", "shape": [0], "value": []}]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_diff_bool_xor():
    """Fuzz: diff bool xor."""
    # v0 = torch.tensor([True, False, False, True], dtype=torch.bool).reshape([4])
    # v1 = torch.diff(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false, false, true], "dtype": "bool", "shape": [4]}, {"k": "fn", "name": "diff", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.bool", "value": [true, false, false, true], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.bool", "value": [true, false, true], "rg": false, "fn": null, "leaf": true}], "final": [[true, false, false, true], [true, false, true]]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_diff_empty_returns_input():
    """Fuzz: diff empty returns input."""
    # v0 = torch.tensor([], dtype=torch.float64).reshape([0, 2]).requires_grad_()
    # v1 = torch.diff(v0, dim=0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float64", "shape": [0, 2], "rg": true}, {"k": "fn", "name": "diff", "args": [{"t": 0}], "kw": {"dim": 0}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0, 2], "dtype": "torch.float64", "value": [], "rg": true, "fn": null, "leaf": true}, {"shape": [0, 2], "dtype": "torch.float64", "value": [], "rg": true, "fn": null, "leaf": true}], "final": [[], []], "grad": [{"dtype": "torch.float64", "shape": [0, 2], "value": []}, {"dtype": "torch.float64", "shape": [0, 2], "value": []}], "backward": [{"dtype": "torch.float64", "shape": [0, 2], "value": []}, {"dtype": "torch.float64", "shape": [0, 2], "value": []}]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_diff_length_one_sub():
    """Fuzz: diff length one sub."""
    # v0 = torch.tensor([-0.25, 0.5, -1.5, 0.75, 1.25, -1.75], dtype=torch.float64).reshape([1, 2, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.diff(v0, dim=0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.25, 0.5, -1.5, 0.75, 1.25, -1.75], "dtype": "float64", "shape": [1, 2, 3], "rg": true}, {"k": "fn", "name": "diff", "args": [{"t": 0}], "kw": {"dim": 0}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 2, 3], "dtype": "torch.float64", "value": [[[-0.25, 0.5, -1.5], [0.75, 1.25, -1.75]]], "rg": true, "fn": null, "leaf": true}, {"shape": [0, 2, 3], "dtype": "torch.float64", "value": [], "rg": true, "fn": "SubBackward0", "leaf": false}], "final": [[[[-0.25, 0.5, -1.5], [0.75, 1.25, -1.75]]], []], "grad": [{"dtype": "torch.float64", "shape": [1, 2, 3], "value": [[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]]}], "backward": [{"dtype": "torch.float64", "shape": [1, 2, 3], "value": [[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_diff_zero_dim_error():
    """Fuzz: diff zero dim error."""
    # v0 = torch.tensor([1.5], dtype=torch.float32).reshape([])
    # v1 = torch.diff(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5], "dtype": "float32", "shape": []}, {"k": "fn", "name": "diff", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": 1.5, "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "diff expects input to be at least one-dimensional"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_flip_zero_dim():
    """Fuzz: flip zero dim."""
    # v0 = torch.tensor([1.5], dtype=torch.float32).reshape([]).requires_grad_()
    # v1 = torch.flip(v0, [0])
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5], "dtype": "float32", "shape": [], "rg": true}, {"k": "fn", "name": "flip", "args": [{"t": 0}, [0]]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": 1.5, "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": 1.5, "rg": true, "fn": "FlipBackward0", "leaf": false}], "final": [1.5, 1.5], "grad": [{"dtype": "torch.float32", "shape": [], "value": -1.5}], "backward": [{"dtype": "torch.float32", "shape": [], "value": -1.5}]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_hardtanh_int_keeps_dtype():
    """Fuzz: hardtanh int keeps dtype."""
    # v0 = torch.tensor([3, -4, 0], dtype=torch.int64).reshape([3])
    # v1 = torch.nn.functional.hardtanh(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [3, -4, 0], "dtype": "int64", "shape": [3]}, {"k": "fn", "name": "nn.functional.hardtanh", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.int64", "value": [3, -4, 0], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.int64", "value": [1, -1, 0], "rg": false, "fn": null, "leaf": true}], "final": [[3, -4, 0], [1, -1, 0]]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_median_empty_int():
    """Fuzz: median empty int."""
    # v0 = torch.tensor([], dtype=torch.int64).reshape([0])
    # v1 = torch.median(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "int64", "shape": [0]}, {"k": "fn", "name": "median", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0], "dtype": "torch.int64", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.int64", "value": -9223372036854775808, "rg": false, "fn": null, "leaf": true}], "final": [[], -9223372036854775808]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_modified_result_owner_name():
    """Fuzz: modified result owner name."""
    # v0 = torch.tensor([-0.9, 0.4, 1.0, 0.3], dtype=torch.float32).reshape([4]).requires_grad_()
    # v1 = torch.pow(v0, v0)
    # v2 = v1.sin_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.9, 0.4, 1.0, 0.3], "dtype": "float32", "shape": [4], "rg": true}, {"k": "fn", "name": "pow", "args": [{"t": 0}, {"t": 0}]}, {"k": "method", "name": "sin_", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [-0.8999999761581421, 0.4000000059604645, 1.0, 0.30000001192092896], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [NaN, 0.6931448578834534, 1.0, 0.696845293045044], "rg": true, "fn": "PowBackward1", "leaf": false}, {"shape": [4], "dtype": "torch.float32", "value": [NaN, 0.6389594674110413, 0.8414709568023682, 0.641801655292511], "rg": true, "fn": "SinBackward0", "leaf": false}], "final": [[-0.8999999761581421, 0.4000000059604645, 1.0, 0.30000001192092896], [NaN, 0.6389594674110413, 0.8414709568023682, 0.641801655292511], [NaN, 0.6389594674110413, 0.8414709568023682, 0.641801655292511]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [4]], which is output 0 of Pow1, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_no_grad_view_joint_rule():
    """Fuzz: no grad view joint rule."""
    # v0 = torch.tensor([1.3, 2.2, 0.6, 0.6, 1.0, 0.1], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # with torch.no_grad():
    #     v1 = torch.flatten(v0)
    # v2 = torch.tensor([-2.0, -3.0, 2.0, 2.0, 0.0, 2.0], dtype=torch.float32).reshape([6])
    # v3 = torch.maximum(v1, v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.3, 2.2, 0.6, 0.6, 1.0, 0.1], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "fn", "name": "flatten", "args": [{"t": 0}], "nograd": true}, {"k": "tensor", "data": [-2.0, -3.0, 2.0, 2.0, 0.0, 2.0], "dtype": "float32", "shape": [6]}, {"k": "fn", "name": "maximum", "args": [{"t": 1}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[1.2999999523162842, 2.200000047683716, 0.6000000238418579], [0.6000000238418579, 1.0, 0.10000000149011612]], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float32", "value": [1.2999999523162842, 2.200000047683716, 0.6000000238418579, 0.6000000238418579, 1.0, 0.10000000149011612], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float32", "value": [-2.0, -3.0, 2.0, 2.0, 0.0, 2.0], "rg": false, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float32", "value": [1.2999999523162842, 2.200000047683716, 2.0, 2.0, 1.0, 2.0], "rg": true, "fn": "MaximumBackward0", "leaf": false}], "final": [[[1.2999999523162842, 2.200000047683716, 0.6000000238418579], [0.6000000238418579, 1.0, 0.10000000149011612]], [1.2999999523162842, 2.200000047683716, 0.6000000238418579, 0.6000000238418579, 1.0, 0.10000000149011612], [-2.0, -3.0, 2.0, 2.0, 0.0, 2.0], [1.2999999523162842, 2.200000047683716, 2.0, 2.0, 1.0, 2.0]], "grad": [null, null], "backward": [null, null]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_remainder_bool_float_scalar():
    """Fuzz: remainder bool float scalar."""
    # v0 = torch.tensor([True, False], dtype=torch.bool).reshape([2])
    # v1 = torch.remainder(v0, 1.5)
    # v2 = torch.tensor([3, 4], dtype=torch.int64).reshape([2])
    # v3 = torch.remainder(v2, 0.5)
    # v4 = torch.fmod(v0, 1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false], "dtype": "bool", "shape": [2]}, {"k": "fn", "name": "remainder", "args": [{"t": 0}, 1.5]}, {"k": "tensor", "data": [3, 4], "dtype": "int64", "shape": [2]}, {"k": "fn", "name": "remainder", "args": [{"t": 2}, 0.5]}, {"k": "fn", "name": "fmod", "args": [{"t": 0}, 1]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.bool", "value": [true, false], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [1.0, 0.0], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [3, 4], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [0.0, 0.0], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [0, 0], "rg": false, "fn": null, "leaf": true}], "final": [[true, false], [1.0, 0.0], [3, 4], [0.0, 0.0], [0, 0]]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_roll_zero_dim_error():
    """Fuzz: roll zero dim error."""
    # v0 = torch.tensor([1.5], dtype=torch.float32).reshape([])
    # v1 = torch.roll(v0, 1, -1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5], "dtype": "float32", "shape": []}, {"k": "fn", "name": "roll", "args": [{"t": 0}, 1, -1]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": 1.5, "rg": false, "fn": null, "leaf": true}], "error": ["IndexError", "Dimension specified as -1 but tensor has no dimensions"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_setitem_advanced_shape_mismatch():
    """Fuzz: setitem advanced shape mismatch."""
    # v0 = torch.tensor([1.5, 1.25, -0.5], dtype=torch.float64).reshape([1, 3])
    # v1 = v0.clone()
    # v2 = torch.tensor([0.5, 2.0, 0.75, -1.5, 0.25, 2.0], dtype=torch.float64).reshape([2, 1, 3])
    # v3 = v1; v3[0:2:1, [-1, -2, 0]] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, 1.25, -0.5], "dtype": "float64", "shape": [1, 3]}, {"k": "method", "name": "clone", "args": [{"t": 0}]}, {"k": "tensor", "data": [0.5, 2.0, 0.75, -1.5, 0.25, 2.0], "dtype": "float64", "shape": [2, 1, 3]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [{"slice": [0, 2, 1]}, [-1, -2, 0]]}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 3], "dtype": "torch.float64", "value": [[1.5, 1.25, -0.5]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.float64", "value": [[1.5, 1.25, -0.5]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 1, 3], "dtype": "torch.float64", "value": [[[0.5, 2.0, 0.75]], [[-1.5, 0.25, 2.0]]], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "shape mismatch: value tensor of shape [2, 1, 3] cannot be broadcast to indexing result of shape [1, 3]"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_setitem_empty_tuple_expand():
    """Fuzz: setitem empty tuple expand."""
    # v0 = torch.tensor([], dtype=torch.float32).reshape([0])
    # v1 = v0.clone()
    # v2 = torch.tensor([-2.0, 1.0], dtype=torch.float32).reshape([2])
    # v3 = v1; v3[()] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float32", "shape": [0]}, {"k": "method", "name": "clone", "args": [{"t": 0}]}, {"k": "tensor", "data": [-2.0, 1.0], "dtype": "float32", "shape": [2]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": []}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0], "dtype": "torch.float32", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [0], "dtype": "torch.float32", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [-2.0, 1.0], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "The expanded size of the tensor (0) must match the existing size (2) at non-singleton dimension 0.  Target sizes: [0].  Tensor sizes: [2]"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_setitem_expand_names_dtype():
    """Fuzz: setitem expand names dtype."""
    # v0 = torch.tensor([1.5, 2.0, -0.5], dtype=torch.float64).reshape([3])
    # v1 = v0.clone()
    # v2 = torch.tensor([0.5, 2.0], dtype=torch.float64).reshape([2])
    # v3 = v1; v3[0] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, 2.0, -0.5], "dtype": "float64", "shape": [3]}, {"k": "method", "name": "clone", "args": [{"t": 0}]}, {"k": "tensor", "data": [0.5, 2.0], "dtype": "float64", "shape": [2]}, {"k": "setitem", "args": [{"t": 1}, 0, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float64", "value": [1.5, 2.0, -0.5], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float64", "value": [1.5, 2.0, -0.5], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float64", "value": [0.5, 2.0], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "expand(torch.DoubleTensor{[2]}, size=[]): the number of sizes provided (0) must be greater or equal to the number of dimensions in the tensor (1)"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_sgn_bool():
    """Fuzz: sgn bool."""
    # v0 = torch.tensor([True, False], dtype=torch.bool).reshape([2])
    # v1 = torch.sgn(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false], "dtype": "bool", "shape": [2]}, {"k": "fn", "name": "sgn", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.bool", "value": [true, false], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.bool", "value": [true, false], "rg": false, "fn": null, "leaf": true}], "final": [[true, false], [true, false]]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_xlogy_scalar_overloads():
    """Fuzz: xlogy scalar overloads."""
    # v0 = torch.tensor([1.0, 2.5, 0.0], dtype=torch.float64).reshape([3]).requires_grad_()
    # v1 = torch.xlogy(v0, 2.0)
    # v2 = torch.xlogy(3.0, v0)
    # v3 = torch.tensor([1, 2], dtype=torch.int64).reshape([2])
    # v4 = torch.xlogy(v3, 2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.5, 0.0], "dtype": "float64", "shape": [3], "rg": true}, {"k": "fn", "name": "xlogy", "args": [{"t": 0}, 2.0]}, {"k": "fn", "name": "xlogy", "args": [3.0, {"t": 0}]}, {"k": "tensor", "data": [1, 2], "dtype": "int64", "shape": [2]}, {"k": "fn", "name": "xlogy", "args": [{"t": 3}, 2]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float64", "value": [1.0, 2.5, 0.0], "rg": true, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float64", "value": [0.6931471805599453, 1.7328679513998633, 0.0], "rg": true, "fn": "XlogyBackward2", "leaf": false}, {"shape": [3], "dtype": "torch.float64", "value": [0.0, 2.7488721956224653, -Infinity], "rg": true, "fn": "XlogyBackward1", "leaf": false}, {"shape": [2], "dtype": "torch.int64", "value": [1, 2], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [0.6931471824645996, 1.3862943649291992], "rg": false, "fn": null, "leaf": true}], "final": [[1.0, 2.5, 0.0], [0.6931471805599453, 1.7328679513998633, 0.0], [0.0, 2.7488721956224653, -Infinity], [1, 2], [0.6931471824645996, 1.3862943649291992]], "grad": [{"dtype": "torch.float64", "shape": [3], "value": [-5.539720770839918, -1.8931471805599451, -Infinity]}], "grad2": [{"dtype": "torch.float64", "shape": [3], "value": [-6.75, -0.48, -Infinity]}], "backward": [{"dtype": "torch.float64", "shape": [3], "value": [-5.539720770839918, -1.8931471805599451, -Infinity]}]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_floor_grad_zero_under_nan():
    """Fuzz: floor grad zero under nan."""
    # v0 = torch.tensor([-1.5, 0.25, 1.75, -0.001], dtype=torch.float32).reshape([4]).requires_grad_()  # noqa: E501
    # v1 = torch.floor(v0)
    # v2 = v1 / v1
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.5, 0.25, 1.75, -0.001], "dtype": "float32", "shape": [4], "rg": true}, {"k": "fn", "name": "floor", "args": [{"t": 0}]}, {"k": "op", "name": "truediv", "args": [{"t": 1}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [-1.5, 0.25, 1.75, -0.0010000000474974513], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [-2.0, 0.0, 1.0, -1.0], "rg": true, "fn": "FloorBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float32", "value": [1.0, NaN, 1.0, 1.0], "rg": true, "fn": "DivBackward0", "leaf": false}], "final": [[-1.5, 0.25, 1.75, -0.0010000000474974513], [-2.0, 0.0, 1.0, -1.0], [1.0, NaN, 1.0, 1.0]], "grad": [{"dtype": "torch.float32", "shape": [4], "value": [0.0, 0.0, 0.0, 0.0]}], "backward": [{"dtype": "torch.float32", "shape": [4], "value": [0.0, 0.0, 0.0, 0.0]}]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_matmul_bool_vector_batched_error():
    """Fuzz: matmul bool vector batched error."""
    # v0 = torch.tensor([True, False, True], dtype=torch.bool).reshape([3])
    # v1 = torch.tensor([True, True, True, True, True, True, True, True, True, True, True, True], dtype=torch.bool).reshape([2, 3, 2])  # noqa: E501
    # v2 = v0 @ v1
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false, true], "dtype": "bool", "shape": [3]}, {"k": "tensor", "data": [true, true, true, true, true, true, true, true, true, true, true, true], "dtype": "bool", "shape": [2, 3, 2]}, {"k": "op", "name": "matmul", "args": [{"t": 0}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.bool", "value": [true, false, true], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 2], "dtype": "torch.bool", "value": [[[true, true], [true, true], [true, true]], [[true, true], [true, true], [true, true]]], "rg": false, "fn": null, "leaf": true}], "error": ["NotImplementedError", "\\"bmm\\" not implemented for \'Bool\'"]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_median_empty_dim_error():
    """Fuzz: median empty dim error."""
    # v0 = torch.tensor([], dtype=torch.float64).reshape([0, 3])
    # v1 = torch.median(v0, -2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float64", "shape": [0, 3]}, {"k": "fn", "name": "median", "args": [{"t": 0}, -2]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0, 3], "dtype": "torch.float64", "value": [], "rg": false, "fn": null, "leaf": true}], "error": ["IndexError", "median(): Expected reduction dim 0 to have non-zero size."]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_mm_bool_empty_product():
    """Fuzz: mm bool empty product."""
    # v0 = torch.tensor([], dtype=torch.bool).reshape([0, 4])
    # v1 = v0.T
    # v2 = torch.tensor([True, False, True, False, True, True, False, False], dtype=torch.bool).reshape([2, 4])  # noqa: E501
    # v3 = torch.matmul(v2, v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "bool", "shape": [0, 4]}, {"k": "attr", "name": "T", "args": [{"t": 0}]}, {"k": "tensor", "data": [true, false, true, false, true, true, false, false], "dtype": "bool", "shape": [2, 4]}, {"k": "fn", "name": "matmul", "args": [{"t": 2}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0, 4], "dtype": "torch.bool", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 0], "dtype": "torch.bool", "value": [[], [], [], []], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 4], "dtype": "torch.bool", "value": [[true, false, true, false], [true, true, false, false]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 0], "dtype": "torch.bool", "value": [[], []], "rg": false, "fn": null, "leaf": true}], "final": [[], [[], [], [], []], [[true, false, true, false], [true, true, false, false]], [[], []]]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_no_grad_view_inplace_with_grad_operand():
    """Fuzz: no grad view inplace with grad operand."""
    # v0 = torch.tensor([0.5, 1.5], dtype=torch.float32).reshape([1, 2])
    # with torch.no_grad():
    #     v1 = v0[...]
    # v2 = torch.tensor([1.25, -0.5], dtype=torch.float32).reshape([1, 2]).requires_grad_()
    # v3 = v1.mul_(v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, 1.5], "dtype": "float32", "shape": [1, 2]}, {"k": "getitem", "args": [{"t": 0}, {"ellipsis": 1}], "nograd": true}, {"k": "tensor", "data": [1.25, -0.5], "dtype": "float32", "shape": [1, 2], "rg": true}, {"k": "method", "name": "mul_", "args": [{"t": 1}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 2], "dtype": "torch.float32", "value": [[0.5, 1.5]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[0.5, 1.5]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[1.25, -0.5]], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don\'t want the inplace to be tracked) or both outside (if you want the inplace to be tracked)."]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_reshape_ambiguous_empty():
    """Fuzz: reshape ambiguous empty."""
    # v0 = torch.tensor([], dtype=torch.float64).reshape([4, 0, 2])
    # v1 = v0.reshape(0, -1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float64", "shape": [4, 0, 2]}, {"k": "method", "name": "reshape", "args": [{"t": 0}, 0, -1]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 0, 2], "dtype": "torch.float64", "value": [[], [], [], []], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "cannot reshape tensor of 0 elements into shape [0, -1] because the unspecified dimension size -1 can be any value and is ambiguous"]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_copy_backwards_owner_name():
    """Fuzz: copy backwards owner name."""
    # v0 = torch.tensor([0.5, -1.5], dtype=torch.float32).reshape([2]).requires_grad_()
    # v1 = v0 * 2.0
    # v2 = v1; v2[...] = v0
    # v3 = torch.sin(v1)
    # v4 = v1.mul_(3.0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -1.5], "dtype": "float32", "shape": [2], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 2.0]}, {"k": "setitem", "args": [{"t": 1}, {"ellipsis": 1}, {"t": 0}]}, {"k": "fn", "name": "sin", "args": [{"t": 1}]}, {"k": "method", "name": "mul_", "args": [{"t": 1}, 3.0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float32", "value": [0.5, -1.5], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [1.0, -3.0], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [0.5, -1.5], "rg": true, "fn": "CopyBackwards", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [0.4794255495071411, -0.9974949955940247], "rg": true, "fn": "SinBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [1.5, -4.5], "rg": true, "fn": "MulBackward0", "leaf": false}], "final": [[0.5, -1.5], [1.5, -4.5], [1.5, -4.5], [0.4794255495071411, -0.9974949955940247], [1.5, -4.5]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Mul, is at version 2; expected version 1 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_index_select_index_modified_error():
    """Fuzz: index select index modified error."""
    # v0 = torch.tensor([0.5, -1.5, 2.0], dtype=torch.float32).reshape([3]).requires_grad_()
    # v1 = torch.tensor([2, 0], dtype=torch.int64).reshape([2])
    # v2 = torch.index_select(v0, 0, v1)
    # v3 = v1; v3[0] = 1
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -1.5, 2.0], "dtype": "float32", "shape": [3], "rg": true}, {"k": "tensor", "data": [2, 0], "dtype": "int64", "shape": [2]}, {"k": "fn", "name": "index_select", "args": [{"t": 0}, 0, {"t": 1}]}, {"k": "setitem", "args": [{"t": 1}, 0, 1]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [0.5, -1.5, 2.0], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [2, 0], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [2.0, 0.5], "rg": true, "fn": "IndexSelectBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.int64", "value": [1, 0], "rg": false, "fn": null, "leaf": true}], "final": [[0.5, -1.5, 2.0], [1, 0], [2.0, 0.5], [1, 0]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.LongTensor [2]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)

def test_masked_fill_mask_modified_error():
    """Fuzz: masked fill mask modified error."""
    # v0 = torch.tensor([1.0, 0.5, -1.0, 2.5], dtype=torch.float64).reshape([2, 2]).requires_grad_()
    # v1 = v0 * 1.0
    # v2 = v1 > 0
    # v3 = torch.masked_fill(v1, v2, -1.5)
    # v4 = v2; v4[0] = True
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 0.5, -1.0, 2.5], "dtype": "float64", "shape": [2, 2], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 1.0]}, {"k": "op", "name": "gt", "args": [{"t": 1}, 0]}, {"k": "fn", "name": "masked_fill", "args": [{"t": 1}, {"t": 2}, -1.5]}, {"k": "setitem", "args": [{"t": 2}, 0, true]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.float64", "value": [[1.0, 0.5], [-1.0, 2.5]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[1.0, 0.5], [-1.0, 2.5]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2, 2], "dtype": "torch.bool", "value": [[true, true], [false, true]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[-1.5, -1.5], [-1.0, -1.5]], "rg": true, "fn": "MaskedFillBackward0", "leaf": false}, {"shape": [2, 2], "dtype": "torch.bool", "value": [[true, true], [false, true]], "rg": false, "fn": null, "leaf": true}], "final": [[[1.0, 0.5], [-1.0, 2.5]], [[1.0, 0.5], [-1.0, 2.5]], [[true, true], [false, true]], [[-1.5, -1.5], [-1.0, -1.5]], [[true, true], [false, true]]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [CPUBoolType [2, 2]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)

