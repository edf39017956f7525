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



def test_getitem_mask_modified_error():
    """Fuzz: getitem mask modified error."""
    # v0 = torch.tensor([0.5, -1.5, 2.0, -0.25], dtype=torch.float64).reshape([2, 2]).requires_grad_()  # noqa: E501
    # v1 = v0 * 2.0
    # v2 = v1 > 0
    # v3 = v1[v2]
    # v4 = v2.mul_(v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -1.5, 2.0, -0.25], "dtype": "float64", "shape": [2, 2], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 2.0]}, {"k": "op", "name": "gt", "args": [{"t": 1}, 0]}, {"k": "getitem", "args": [{"t": 1}, {"t": 2}]}, {"k": "method", "name": "mul_", "args": [{"t": 2}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.float64", "value": [[0.5, -1.5], [2.0, -0.25]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[1.0, -3.0], [4.0, -0.5]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2, 2], "dtype": "torch.bool", "value": [[true, false], [true, false]], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float64", "value": [1.0, 4.0], "rg": true, "fn": "IndexBackward0", "leaf": false}, {"shape": [2, 2], "dtype": "torch.bool", "value": [[true, false], [true, false]], "rg": false, "fn": null, "leaf": true}], "final": [[[0.5, -1.5], [2.0, -0.25]], [[1.0, -3.0], [4.0, -0.5]], [[true, false], [true, false]], [1.0, 4.0], [[true, false], [true, false]]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [CPUBoolType [2, 2]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_getitem_index_modified_error():
    """Fuzz: getitem index modified error."""
    # v0 = torch.tensor([0.5, -1.5, 2.0], dtype=torch.float32).reshape([3]).requires_grad_()
    # v1 = torch.tensor([1, 2], dtype=torch.int64).reshape([2])
    # v2 = v0[v1,]
    # v3 = v1.neg_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -1.5, 2.0], "dtype": "float32", "shape": [3], "rg": true}, {"k": "tensor", "data": [1, 2], "dtype": "int64", "shape": [2]}, {"k": "getitem", "args": [{"t": 0}, {"tuple": [{"t": 1}]}]}, {"k": "method", "name": "neg_", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [0.5, -1.5, 2.0], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [1, 2], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [-1.5, 2.0], "rg": true, "fn": "IndexBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.int64", "value": [-1, -2], "rg": false, "fn": null, "leaf": true}], "final": [[0.5, -1.5, 2.0], [-1, -2], [-1.5, 2.0], [-1, -2]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.LongTensor [2]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_scalar_base_pow_exponent_modified_error():
    """Fuzz: scalar base pow exponent modified error."""
    # v0 = torch.tensor([0.9492, -0.7113, 1.2389], dtype=torch.float32).reshape([3]).requires_grad_()  # noqa: E501
    # v1 = v0 * 1.0
    # v2 = 2 ** v1
    # v3 = v1.tanh_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.9492, -0.7113, 1.2389], "dtype": "float32", "shape": [3], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 1.0]}, {"k": "op", "name": "pow", "args": [2, {"t": 1}]}, {"k": "method", "name": "tanh_", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [0.9491999745368958, -0.7113000154495239, 1.2388999462127686], "rg": true, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [0.9491999745368958, -0.7113000154495239, 1.2388999462127686], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [3], "dtype": "torch.float32", "value": [1.9308016300201416, 0.610769510269165, 2.360184907913208], "rg": true, "fn": "PowBackward2", "leaf": false}, {"shape": [3], "dtype": "torch.float32", "value": [0.7394206523895264, -0.6114913821220398, 0.845141589641571], "rg": true, "fn": "TanhBackward0", "leaf": false}], "final": [[0.9491999745368958, -0.7113000154495239, 1.2388999462127686], [0.7394206523895264, -0.6114913821220398, 0.845141589641571], [1.9308016300201416, 0.610769510269165, 2.360184907913208], [0.7394206523895264, -0.6114913821220398, 0.845141589641571]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Tanh, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_pow_tensor_result_modified_error():
    """Fuzz: pow tensor result modified error."""
    # v0 = torch.tensor([0.1592, -1.0595], dtype=torch.float32).reshape([2]).requires_grad_()
    # v1 = torch.tanh(v0)
    # v2 = torch.sub(v1, 0.5)
    # v3 = torch.tensor([-1.4096, 0.49], dtype=torch.float32).reshape([2])
    # v4 = torch.pow(v2, v3)
    # v5 = v4.exp_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1592, -1.0595], "dtype": "float32", "shape": [2], "rg": true}, {"k": "fn", "name": "tanh", "args": [{"t": 0}]}, {"k": "fn", "name": "sub", "args": [{"t": 1}, 0.5]}, {"k": "tensor", "data": [-1.4096, 0.49], "dtype": "float32", "shape": [2]}, {"k": "fn", "name": "pow", "args": [{"t": 2}, {"t": 3}]}, {"k": "method", "name": "exp_", "args": [{"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float32", "value": [0.15919999778270721, -1.059499979019165], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [0.15786853432655334, -0.7854723930358887], "rg": true, "fn": "TanhBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [-0.34213146567344666, -1.2854723930358887], "rg": true, "fn": "SubBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [-1.409600019454956, 0.49000000953674316], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [NaN, NaN], "rg": true, "fn": "PowBackward1", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [NaN, NaN], "rg": true, "fn": "ExpBackward0", "leaf": false}], "final": [[0.15919999778270721, -1.059499979019165], [0.15786853432655334, -0.7854723930358887], [-0.34213146567344666, -1.2854723930358887], [-1.409600019454956, 0.49000000953674316], [NaN, NaN], [NaN, NaN]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Pow1, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_sgn_input_modified_error():
    """Fuzz: sgn input modified error."""
    # v0 = torch.tensor([0.1249, 1.2515, 0.6719], dtype=torch.float64).reshape([1, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.square(v0)
    # v2 = torch.sgn(v1)
    # v3 = v1; v3[0, 0::2] = 0.0
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1249, 1.2515, 0.6719], "dtype": "float64", "shape": [1, 3], "rg": true}, {"k": "fn", "name": "square", "args": [{"t": 0}]}, {"k": "fn", "name": "sgn", "args": [{"t": 1}]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [0, {"slice": [0, null, 2]}]}, 0.0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 3], "dtype": "torch.float64", "value": [[0.1249, 1.2515, 0.6719]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.float64", "value": [[0.01560001, 1.5662522500000002, 0.45144961000000006]], "rg": true, "fn": "PowBackward0", "leaf": false}, {"shape": [1, 3], "dtype": "torch.float64", "value": [[1.0, 1.0, 1.0]], "rg": true, "fn": "SgnBackward0", "leaf": false}, {"shape": [1, 3], "dtype": "torch.float64", "value": [[0.0, 1.5662522500000002, 0.0]], "rg": true, "fn": "CopySlices", "leaf": false}], "final": [[[0.1249, 1.2515, 0.6719]], [[0.0, 1.5662522500000002, 0.0]], [[1.0, 1.0, 1.0]], [[0.0, 1.5662522500000002, 0.0]]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.DoubleTensor [1, 3]], which is output 0 of torch::autograd::CopySlices, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_reshape_strided_view_modified_error():
    """Fuzz: reshape strided view modified error."""
    # v0 = torch.tensor([-1.742, -0.0502, -1.3317, -2.4, -0.8484, 0.3319, -0.1272, 1.8473, -1.0611, -0.9972, 0.8693, -0.3363], dtype=torch.float32).reshape([3, 2, 2])  # noqa: E501
    # v1 = torch.transpose(v0, -3, -1)
    # v2 = torch.tensor([0.7392, -0.175, 2.1676, -0.8066, 1.7929, 0.2486], dtype=torch.float32).reshape([2, 3, 1]).requires_grad_()  # noqa: E501
    # v3 = v1 @ v2
    # v4 = torch.tensor([-1.6139, 0.8174], dtype=torch.float32).reshape([1, 2])
    # v5 = v0; v5[...] = v4
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.742, -0.0502, -1.3317, -2.4, -0.8484, 0.3319, -0.1272, 1.8473, -1.0611, -0.9972, 0.8693, -0.3363], "dtype": "float32", "shape": [3, 2, 2]}, {"k": "fn", "name": "transpose", "args": [{"t": 0}, -3, -1]}, {"k": "tensor", "data": [0.7392, -0.175, 2.1676, -0.8066, 1.7929, 0.2486], "dtype": "float32", "shape": [2, 3, 1], "rg": true}, {"k": "op", "name": "matmul", "args": [{"t": 1}, {"t": 2}]}, {"k": "tensor", "data": [-1.6139, 0.8174], "dtype": "float32", "shape": [1, 2]}, {"k": "setitem", "args": [{"t": 0}, {"ellipsis": 1}, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 2, 2], "dtype": "torch.float32", "value": [[[-1.7419999837875366, -0.050200000405311584], [-1.3316999673843384, -2.4000000953674316]], [[-0.8483999967575073, 0.3319000005722046], [-0.12720000743865967, 1.8473000526428223]], [[-1.0611000061035156, -0.9972000122070312], [0.8693000078201294, -0.33629998564720154]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2, 3], "dtype": "torch.float32", "value": [[[-1.7419999837875366, -0.8483999967575073, -1.0611000061035156], [-1.3316999673843384, -0.12720000743865967, 0.8693000078201294]], [[-0.050200000405311584, 0.3319000005722046, -0.9972000122070312], [-2.4000000953674316, 1.8473000526428223, -0.33629998564720154]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 1], "dtype": "torch.float32", "value": [[[0.7391999959945679], [-0.17499999701976776], [2.16759991645813]], [[-0.8065999746322632], [1.7928999662399292], [0.24860000610351562]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2, 1], "dtype": "torch.float32", "value": [[[-3.4392566680908203], [0.9221620559692383]], [[0.38765090703964233], [5.164259910583496]]], "rg": true, "fn": "UnsafeViewBackward0", "leaf": false}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[-1.6138999462127686, 0.8173999786376953]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 2, 2], "dtype": "torch.float32", "value": [[[-1.6138999462127686, 0.8173999786376953], [-1.6138999462127686, 0.8173999786376953]], [[-1.6138999462127686, 0.8173999786376953], [-1.6138999462127686, 0.8173999786376953]], [[-1.6138999462127686, 0.8173999786376953], [-1.6138999462127686, 0.8173999786376953]]], "rg": false, "fn": null, "leaf": true}], "final": [[[[-1.6138999462127686, 0.8173999786376953], [-1.6138999462127686, 0.8173999786376953]], [[-1.6138999462127686, 0.8173999786376953], [-1.6138999462127686, 0.8173999786376953]], [[-1.6138999462127686, 0.8173999786376953], [-1.6138999462127686, 0.8173999786376953]]], [[[-1.6138999462127686, -1.6138999462127686, -1.6138999462127686], [-1.6138999462127686, -1.6138999462127686, -1.6138999462127686]], [[0.8173999786376953, 0.8173999786376953, 0.8173999786376953], [0.8173999786376953, 0.8173999786376953, 0.8173999786376953]]], [[[0.7391999959945679], [-0.17499999701976776], [2.16759991645813]], [[-0.8065999746322632], [1.7928999662399292], [0.24860000610351562]]], [[[-3.4392566680908203], [0.9221620559692383]], [[0.38765090703964233], [5.164259910583496]]], [[-1.6138999462127686, 0.8173999786376953]], [[[-1.6138999462127686, 0.8173999786376953], [-1.6138999462127686, 0.8173999786376953]], [[-1.6138999462127686, 0.8173999786376953], [-1.6138999462127686, 0.8173999786376953]], [[-1.6138999462127686, 0.8173999786376953], [-1.6138999462127686, 0.8173999786376953]]]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2, 2, 3]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_reshape_transposed_alias():
    """Fuzz: reshape transposed alias."""
    # v0 = torch.tensor([0.5, -1.5, 2.0, 0.25, 1.0, -0.75], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = v0.t()
    # v2 = v1.reshape(3, 1, 2)
    # v3 = torch.sin(v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -1.5, 2.0, 0.25, 1.0, -0.75], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "method", "name": "t", "args": [{"t": 0}]}, {"k": "method", "name": "reshape", "args": [{"t": 1}, 3, 1, 2]}, {"k": "fn", "name": "sin", "args": [{"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[0.5, -1.5, 2.0], [0.25, 1.0, -0.75]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 2], "dtype": "torch.float32", "value": [[0.5, 0.25], [-1.5, 1.0], [2.0, -0.75]], "rg": true, "fn": "TBackward0", "leaf": false}, {"shape": [3, 1, 2], "dtype": "torch.float32", "value": [[[0.5, 0.25]], [[-1.5, 1.0]], [[2.0, -0.75]]], "rg": true, "fn": "ReshapeAliasBackward0", "leaf": false}, {"shape": [3, 1, 2], "dtype": "torch.float32", "value": [[[0.4794255495071411, 0.24740396440029144]], [[-0.9974949955940247, 0.8414709568023682]], [[0.9092974066734314, -0.681638777256012]]], "rg": true, "fn": "SinBackward0", "leaf": false}], "final": [[[0.5, -1.5, 2.0], [0.25, 1.0, -0.75]], [[0.5, 0.25], [-1.5, 1.0], [2.0, -0.75]], [[[0.5, 0.25]], [[-1.5, 1.0]], [[2.0, -0.75]]], [[[0.4794255495071411, 0.24740396440029144]], [[-0.9974949955940247, 0.8414709568023682]], [[0.9092974066734314, -0.681638777256012]]]], "grad": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-4.316373825073242, -1.0353686809539795, 0.7919265627861023], [-2.968912363052368, 0.0, 2.731688976287842]]}], "grad2": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-1.0787074565887451, 0.49874749779701233, 0.22732435166835785], [0.0, -0.0, 0.681638777256012]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-4.316373825073242, -1.0353686809539795, 0.7919265627861023], [-2.968912363052368, 0.0, 2.731688976287842]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_vector_matmul_batched_folds_to_mv():
    """Fuzz: vector matmul batched folds to mv."""
    # v0 = torch.tensor([2.1902, 1.6535, -0.0229, 0.6532], dtype=torch.float32).reshape([4]).requires_grad_()  # noqa: E501
    # v1 = -1 / v0
    # v2 = torch.tensor([-1.2802, 1.0299, -2.0024, 0.5037, -1.1422, 0.3436, 0.4948, -0.4846, -0.9701, -0.8961, -2.3829, 0.0039, -0.6522, -0.0549, 1.2851, -0.9773], dtype=torch.float32).reshape([2, 4, 2]).requires_grad_()  # noqa: E501
    # v3 = v1 @ v2
    # v4 = torch.tensor([-2.0842, -2.0062, 2.1106, 0.0499], dtype=torch.float32).reshape([4])
    # v5 = v1; v5[()] = v4
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.1902, 1.6535, -0.0229, 0.6532], "dtype": "float32", "shape": [4], "rg": true}, {"k": "op", "name": "truediv", "args": [-1, {"t": 0}]}, {"k": "tensor", "data": [-1.2802, 1.0299, -2.0024, 0.5037, -1.1422, 0.3436, 0.4948, -0.4846, -0.9701, -0.8961, -2.3829, 0.0039, -0.6522, -0.0549, 1.2851, -0.9773], "dtype": "float32", "shape": [2, 4, 2], "rg": true}, {"k": "op", "name": "matmul", "args": [{"t": 1}, {"t": 2}]}, {"k": "tensor", "data": [-2.0842, -2.0062, 2.1106, 0.0499], "dtype": "float32", "shape": [4]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": []}, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [2.190200090408325, 1.653499960899353, -0.02290000021457672, 0.6531999707221985], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [-0.4565792977809906, -0.6047777533531189, 43.668121337890625, -1.5309247970581055], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2, 4, 2], "dtype": "torch.float32", "value": [[[-1.2802000045776367, 1.0298999547958374], [-2.0023999214172363, 0.5037000179290771], [-1.142199993133545, 0.34360000491142273], [0.49480000138282776, -0.4846000075340271]], [[-0.9700999855995178, -0.8960999846458435], [-2.3828999996185303, 0.0038999998942017555], [-0.6521999835968018, -0.05490000173449516], [1.285099983215332, -0.9772999882698059]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float32", "value": [[-48.8397102355957, 14.971395492553711], [-28.563688278198242, -0.49442505836486816]], "rg": true, "fn": "UnsafeViewBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float32", "value": [-2.084199905395508, -2.006200075149536, 2.110599994659424, 0.04989999905228615], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [-2.084199905395508, -2.006200075149536, 2.110599994659424, 0.04989999905228615], "rg": true, "fn": "CopyBackwards", "leaf": false}], "final": [[2.190200090408325, 1.653499960899353, -0.02290000021457672, 0.6531999707221985], [-2.084199905395508, -2.006200075149536, 2.110599994659424, 0.04989999905228615], [[[-1.2802000045776367, 1.0298999547958374], [-2.0023999214172363, 0.5037000179290771], [-1.142199993133545, 0.34360000491142273], [0.49480000138282776, -0.4846000075340271]], [[-0.9700999855995178, -0.8960999846458435], [-2.3828999996185303, 0.0038999998942017555], [-0.6521999835968018, -0.05490000173449516], [1.285099983215332, -0.9772999882698059]]], [[-48.8397102355957, 14.971395492553711], [-28.563688278198242, -0.49442505836486816]], [-2.084199905395508, -2.006200075149536, 2.110599994659424, 0.04989999905228615], [-2.084199905395508, -2.006200075149536, 2.110599994659424, 0.04989999905228615]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [4]], which is output 0 of torch::autograd::CopyBackwards, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_bool_vector_matmul_batched_message():
    """Fuzz: bool vector matmul batched message."""
    # v0 = torch.tensor([True, False], dtype=torch.bool).reshape([1, 1, 2])
    # v1 = torch.tensor([True], dtype=torch.bool).reshape([1])
    # v2 = torch.matmul(v1, v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false], "dtype": "bool", "shape": [1, 1, 2]}, {"k": "tensor", "data": [true], "dtype": "bool", "shape": [1]}, {"k": "fn", "name": "matmul", "args": [{"t": 1}, {"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 1, 2], "dtype": "torch.bool", "value": [[[true, false]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.bool", "value": [true], "rg": false, "fn": null, "leaf": true}], "error": ["NotImplementedError", "\\"addmv_impl_cpu\\" not implemented for \'Bool\'"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_none_int_advanced_order():
    """Fuzz: setitem none int advanced order."""
    # v0 = torch.tensor([2.171, 2.2379, -0.7744, -0.8916, 0.8862, -1.9255, -2.2305, -0.2311, -1.8162, -1.7819, 0.2806, 2.3389, -1.9299, 0.5857, 0.0741, 0.3198, -0.3665, -1.1735, 2.4166, 0.9897, 1.8088, 0.2604, -1.4823, -1.171], dtype=torch.float32).reshape([2, 3, 4])  # noqa: E501
    # v1 = torch.pow(v0, v0)
    # v2 = torch.tensor([-1.3357, 1.7524, -2.3402, 1.2161, -0.3829, -2.0053, 1.5227, 1.0975, -1.6299, -1.0285, -1.3801, -0.2244], dtype=torch.float32).reshape([1, 3, 4])  # noqa: E501
    # v3 = v1; v3[1::1] = v2
    # v4 = torch.tensor([0.1928, 1.5218, -0.0284, -2.039], dtype=torch.float32).reshape([1, 2, 2])
    # v5 = v3; v5[None, -1, 0::2, [-4, 3]] = v4
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.171, 2.2379, -0.7744, -0.8916, 0.8862, -1.9255, -2.2305, -0.2311, -1.8162, -1.7819, 0.2806, 2.3389, -1.9299, 0.5857, 0.0741, 0.3198, -0.3665, -1.1735, 2.4166, 0.9897, 1.8088, 0.2604, -1.4823, -1.171], "dtype": "float32", "shape": [2, 3, 4]}, {"k": "fn", "name": "pow", "args": [{"t": 0}, {"t": 0}]}, {"k": "tensor", "data": [-1.3357, 1.7524, -2.3402, 1.2161, -0.3829, -2.0053, 1.5227, 1.0975, -1.6299, -1.0285, -1.3801, -0.2244], "dtype": "float32", "shape": [1, 3, 4]}, {"k": "setitem", "args": [{"t": 1}, {"slice": [1, null, 1]}, {"t": 2}]}, {"k": "tensor", "data": [0.1928, 1.5218, -0.0284, -2.039], "dtype": "float32", "shape": [1, 2, 2]}, {"k": "setitem", "args": [{"t": 3}, {"tuple": [null, -1, {"slice": [0, null, 2]}, [-4, 3]]}, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3, 4], "dtype": "torch.float32", "value": [[[2.1710000038146973, 2.2379000186920166, -0.774399995803833, -0.8916000127792358], [0.8862000107765198, -1.9255000352859497, -2.2304999828338623, -0.23109999299049377], [-1.8162000179290771, -1.7819000482559204, 0.28060001134872437, 2.338900089263916]], [[-1.929900050163269, 0.5856999754905701, 0.07410000264644623, 0.3197999894618988], [-0.36649999022483826, -1.1734999418258667, 2.416599988937378, 0.9897000193595886], [1.8087999820709229, 0.2603999972343445, -1.482300043106079, -1.1710000038146973]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 4], "dtype": "torch.float32", "value": [[[5.3813157081604, 6.066084384918213, NaN, NaN], [0.8984680771827698, NaN, NaN, NaN], [NaN, NaN, 0.7000569701194763, 7.295942783355713]], [[NaN, 0.7310168147087097, 0.8246193528175354, 0.6944805979728699], [NaN, NaN, 8.434370040893555, 0.9898055791854858], [2.9212450981140137, 0.7044219970703125, NaN, NaN]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3, 4], "dtype": "torch.float32", "value": [[[-1.3357000350952148, 1.7524000406265259, -2.3401999473571777, 1.2160999774932861], [-0.3828999996185303, -2.0053000450134277, 1.5226999521255493, 1.097499966621399], [-1.6298999786376953, -1.028499960899353, -1.3801000118255615, -0.22439999878406525]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 4], "dtype": "torch.float32", "value": [[[5.3813157081604, 6.066084384918213, NaN, NaN], [0.8984680771827698, NaN, NaN, NaN], [NaN, NaN, 0.7000569701194763, 7.295942783355713]], [[-1.3357000350952148, 1.7524000406265259, -2.3401999473571777, 1.2160999774932861], [-0.3828999996185303, -2.0053000450134277, 1.5226999521255493, 1.097499966621399], [-1.6298999786376953, -1.028499960899353, -1.3801000118255615, -0.22439999878406525]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 2, 2], "dtype": "torch.float32", "value": [[[0.19280000030994415, 1.5218000411987305], [-0.0284000001847744, -2.0390000343322754]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 4], "dtype": "torch.float32", "value": [[[5.3813157081604, 6.066084384918213, NaN, NaN], [0.8984680771827698, NaN, NaN, NaN], [NaN, NaN, 0.7000569701194763, 7.295942783355713]], [[0.19280000030994415, 1.7524000406265259, -2.3401999473571777, 1.5218000411987305], [-0.3828999996185303, -2.0053000450134277, 1.5226999521255493, 1.097499966621399], [-0.0284000001847744, -1.028499960899353, -1.3801000118255615, -2.0390000343322754]]], "rg": false, "fn": null, "leaf": true}], "final": [[[[2.1710000038146973, 2.2379000186920166, -0.774399995803833, -0.8916000127792358], [0.8862000107765198, -1.9255000352859497, -2.2304999828338623, -0.23109999299049377], [-1.8162000179290771, -1.7819000482559204, 0.28060001134872437, 2.338900089263916]], [[-1.929900050163269, 0.5856999754905701, 0.07410000264644623, 0.3197999894618988], [-0.36649999022483826, -1.1734999418258667, 2.416599988937378, 0.9897000193595886], [1.8087999820709229, 0.2603999972343445, -1.482300043106079, -1.1710000038146973]]], [[[5.3813157081604, 6.066084384918213, NaN, NaN], [0.8984680771827698, NaN, NaN, NaN], [NaN, NaN, 0.7000569701194763, 7.295942783355713]], [[0.19280000030994415, 1.7524000406265259, -2.3401999473571777, 1.5218000411987305], [-0.3828999996185303, -2.0053000450134277, 1.5226999521255493, 1.097499966621399], [-0.0284000001847744, -1.028499960899353, -1.3801000118255615, -2.0390000343322754]]], [[[-1.3357000350952148, 1.7524000406265259, -2.3401999473571777, 1.2160999774932861], [-0.3828999996185303, -2.0053000450134277, 1.5226999521255493, 1.097499966621399], [-1.6298999786376953, -1.028499960899353, -1.3801000118255615, -0.22439999878406525]]], [[[5.3813157081604, 6.066084384918213, NaN, NaN], [0.8984680771827698, NaN, NaN, NaN], [NaN, NaN, 0.7000569701194763, 7.295942783355713]], [[0.19280000030994415, 1.7524000406265259, -2.3401999473571777, 1.5218000411987305], [-0.3828999996185303, -2.0053000450134277, 1.5226999521255493, 1.097499966621399], [-0.0284000001847744, -1.028499960899353, -1.3801000118255615, -2.0390000343322754]]], [[[0.19280000030994415, 1.5218000411987305], [-0.0284000001847744, -2.0390000343322754]]], [[[5.3813157081604, 6.066084384918213, NaN, NaN], [0.8984680771827698, NaN, NaN, NaN], [NaN, NaN, 0.7000569701194763, 7.295942783355713]], [[0.19280000030994415, 1.7524000406265259, -2.3401999473571777, 1.5218000411987305], [-0.3828999996185303, -2.0053000450134277, 1.5226999521255493, 1.097499966621399], [-0.0284000001847744, -1.028499960899353, -1.3801000118255615, -2.0390000343322754]]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_int_between_advanced_order():
    """Fuzz: setitem int between advanced order."""
    # v0 = torch.tensor([2.4717, 2.3015, -1.0782, 1.7779, 2.4204, 1.8094, 1.7009, -1.5339, 2.3909, 1.2561, -0.1409, 2.1931], dtype=torch.float32).reshape([3, 1, 4])  # noqa: E501
    # v1 = v0.clamp(min=0.0, max=None)
    # v2 = torch.tensor([0.6586, -0.1723, -2.0074], dtype=torch.float32).reshape([1, 1, 3, 1])
    # v3 = v1; v3[None, -1:, [-1, 0, 0], None, -3] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.4717, 2.3015, -1.0782, 1.7779, 2.4204, 1.8094, 1.7009, -1.5339, 2.3909, 1.2561, -0.1409, 2.1931], "dtype": "float32", "shape": [3, 1, 4]}, {"k": "method", "name": "clamp", "args": [{"t": 0}], "kw": {"min": 0.0, "max": null}}, {"k": "tensor", "data": [0.6586, -0.1723, -2.0074], "dtype": "float32", "shape": [1, 1, 3, 1]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [null, {"slice": [-1, null, null]}, [-1, 0, 0], null, -3]}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 1, 4], "dtype": "torch.float32", "value": [[[2.4716999530792236, 2.301500082015991, -1.0781999826431274, 1.777899980545044]], [[2.4203999042510986, 1.809399962425232, 1.7008999586105347, -1.5339000225067139]], [[2.390899896621704, 1.256100058555603, -0.14090000092983246, 2.1930999755859375]]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 1, 4], "dtype": "torch.float32", "value": [[[2.4716999530792236, 2.301500082015991, 0.0, 1.777899980545044]], [[2.4203999042510986, 1.809399962425232, 1.7008999586105347, 0.0]], [[2.390899896621704, 1.256100058555603, 0.0, 2.1930999755859375]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 1, 3, 1], "dtype": "torch.float32", "value": [[[[0.6585999727249146], [-0.17229999601840973], [-2.0074000358581543]]]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 1, 4], "dtype": "torch.float32", "value": [[[2.4716999530792236, 2.301500082015991, 0.0, 1.777899980545044]], [[2.4203999042510986, 1.809399962425232, 1.7008999586105347, 0.0]], [[2.390899896621704, -2.0074000358581543, 0.0, 2.1930999755859375]]], "rg": false, "fn": null, "leaf": true}], "final": [[[[2.4716999530792236, 2.301500082015991, -1.0781999826431274, 1.777899980545044]], [[2.4203999042510986, 1.809399962425232, 1.7008999586105347, -1.5339000225067139]], [[2.390899896621704, 1.256100058555603, -0.14090000092983246, 2.1930999755859375]]], [[[2.4716999530792236, 2.301500082015991, 0.0, 1.777899980545044]], [[2.4203999042510986, 1.809399962425232, 1.7008999586105347, 0.0]], [[2.390899896621704, -2.0074000358581543, 0.0, 2.1930999755859375]]], [[[[0.6585999727249146], [-0.17229999601840973], [-2.0074000358581543]]]], [[[2.4716999530792236, 2.301500082015991, 0.0, 1.777899980545044]], [[2.4203999042510986, 1.809399962425232, 1.7008999586105347, 0.0]], [[2.390899896621704, -2.0074000358581543, 0.0, 2.1930999755859375]]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_mixed_index_gradients():
    """Fuzz: setitem mixed index gradients."""
    # v0 = torch.tensor([-1.5, -1.4, -1.3, -1.2, -1.1, -1.0, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], dtype=torch.float64).reshape([2, 3, 4]).requires_grad_()  # noqa: E501
    # v1 = v0 * 2.0
    # v2 = torch.tensor([0.5, -1.0, 1.5, 2.0], dtype=torch.float64).reshape([2, 2]).requires_grad_()
    # v3 = v1; v3[None, -1, 0::2, [-4, 3]] = v2
    # v4 = torch.sin(v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.5, -1.4, -1.3, -1.2, -1.1, -1.0, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8], "dtype": "float64", "shape": [2, 3, 4], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 2.0]}, {"k": "tensor", "data": [0.5, -1.0, 1.5, 2.0], "dtype": "float64", "shape": [2, 2], "rg": true}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [null, -1, {"slice": [0, null, 2]}, [-4, 3]]}, {"t": 2}]}, {"k": "fn", "name": "sin", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3, 4], "dtype": "torch.float64", "value": [[[-1.5, -1.4, -1.3, -1.2], [-1.1, -1.0, -0.9, -0.8], [-0.7, -0.6, -0.5, -0.4]], [[-0.3, -0.2, -0.1, 0.0], [0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3, 4], "dtype": "torch.float64", "value": [[[-3.0, -2.8, -2.6, -2.4], [-2.2, -2.0, -1.8, -1.6], [-1.4, -1.2, -1.0, -0.8]], [[-0.6, -0.4, -0.2, 0.0], [0.2, 0.4, 0.6, 0.8], [1.0, 1.2, 1.4, 1.6]]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[0.5, -1.0], [1.5, 2.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3, 4], "dtype": "torch.float64", "value": [[[-3.0, -2.8, -2.6, -2.4], [-2.2, -2.0, -1.8, -1.6], [-1.4, -1.2, -1.0, -0.8]], [[0.5, -0.4, -0.2, -1.0], [0.2, 0.4, 0.6, 0.8], [1.5, 1.2, 1.4, 2.0]]], "rg": true, "fn": "CopySlices", "leaf": false}, {"shape": [2, 3, 4], "dtype": "torch.float64", "value": [[[-0.1411200080598672, -0.3349881501559051, -0.5155013718214642, -0.675463180551151], [-0.8084964038195901, -0.9092974268256817, -0.9738476308781951, -0.9995736030415051], [-0.9854497299884601, -0.9320390859672263, -0.8414709848078965, -0.7173560908995228]], [[0.479425538604203, -0.3894183423086505, -0.19866933079506122, -0.8414709848078965], [0.19866933079506122, 0.3894183423086505, 0.5646424733950354, 0.7173560908995228], [0.9974949866040544, 0.9320390859672263, 0.9854497299884601, 0.9092974268256817]]], "rg": true, "fn": "SinBackward0", "leaf": false}], "final": [[[[-1.5, -1.4, -1.3, -1.2], [-1.1, -1.0, -0.9, -0.8], [-0.7, -0.6, -0.5, -0.4]], [[-0.3, -0.2, -0.1, 0.0], [0.1, 0.2, 0.3, 0.4], [0.5, 0.6, 0.7, 0.8]]], [[[-3.0, -2.8, -2.6, -2.4], [-2.2, -2.0, -1.8, -1.6], [-1.4, -1.2, -1.0, -0.8]], [[0.5, -0.4, -0.2, -1.0], [0.2, 0.4, 0.6, 0.8], [1.5, 1.2, 1.4, 2.0]]], [[0.5, -1.0], [1.5, 2.0]], [[[-3.0, -2.8, -2.6, -2.4], [-2.2, -2.0, -1.8, -1.6], [-1.4, -1.2, -1.0, -0.8]], [[0.5, -0.4, -0.2, -1.0], [0.2, 0.4, 0.6, 0.8], [1.5, 1.2, 1.4, 2.0]]], [[[-0.1411200080598672, -0.3349881501559051, -0.5155013718214642, -0.675463180551151], [-0.8084964038195901, -0.9092974268256817, -0.9738476308781951, -0.9995736030415051], [-0.9854497299884601, -0.9320390859672263, -0.8414709848078965, -0.7173560908995228]], [[0.479425538604203, -0.3894183423086505, -0.19866933079506122, -0.8414709848078965], [0.19866933079506122, 0.3894183423086505, 0.5646424733950354, 0.7173560908995228], [0.9974949866040544, 0.9320390859672263, 0.9854497299884601, 0.9092974268256817]]]], "grad": [{"dtype": "torch.float64", "shape": [2, 3, 4], "value": [[[-0.030022510198663532, -0.11555531866268387, -0.14311124663105268, 0.0], [0.4114988827446542, 1.1677063269057153, 2.3183937159207386, -2.427001194246778], [-1.7549507143503615, -0.6811788772383368, 0.7701511529340699, 2.545060064020748]], [[0.0, -5.763182982008655, -3.9601331556824833, 0.0], [0.0, 1.921060994002885, 3.6506712298193564, 5.090120128041496], [0.0, -2.0435366317150105, -0.5849835714501205, 0.0]]]}, {"dtype": "torch.float64", "shape": [2, 2], "value": [[2.346978202362966, -0.7701511529340699], [-1.3384215020846286, 0.1459632908632144]]}], "grad2": [{"dtype": "torch.float64", "shape": [2, 3, 4], "value": [[[1.2700800725388048, 1.3399526006236204, 0.5155013718214642, 0.0], [0.8084964038195901, 3.637189707302727, 8.764628677903756, 6.247335019009407], [2.2172618924740353, 0.23300977149180657, 0.21036774620197413, 1.6140512045239264]], [[0.0, 3.5047650807778545, 0.7946773231802449, 0.0], [-0.0, -0.3894183423086505, -2.2585698935801415, -6.4562048180957055], [0.0, -2.097087943426259, -0.24636243249711504, 0.0]]]}, {"dtype": "torch.float64", "shape": [2, 2], "value": [[0.8989228848828806, 0.42073549240394825], [-0.623434366627534, 0.0]]}], "backward": [{"dtype": "torch.float64", "shape": [2, 3, 4], "value": [[[-0.030022510198663532, -0.11555531866268387, -0.14311124663105268, 0.0], [0.4114988827446542, 1.1677063269057153, 2.3183937159207386, -2.427001194246778], [-1.7549507143503615, -0.6811788772383368, 0.7701511529340699, 2.545060064020748]], [[0.0, -5.763182982008655, -3.9601331556824833, 0.0], [0.0, 1.921060994002885, 3.6506712298193564, 5.090120128041496], [0.0, -2.0435366317150105, -0.5849835714501205, 0.0]]]}, {"dtype": "torch.float64", "shape": [2, 2], "value": [[2.346978202362966, -0.7701511529340699], [-1.3384215020846286, 0.1459632908632144]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_index_tensor_before_ellipsis():
    """Fuzz: setitem index tensor before ellipsis."""
    # v0 = torch.tensor([2.1516, -2.4886, 0.4437, -1.8171, -1.7095, -1.1696, 0.2988, 0.1902], dtype=torch.float32).reshape([2, 4]).requires_grad_()  # noqa: E501
    # v1 = v0 * 1.0
    # v2 = torch.tensor([1, 1], dtype=torch.int64).reshape([2])
    # v3 = v1; v3[v2, ...] = 0.0
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.1516, -2.4886, 0.4437, -1.8171, -1.7095, -1.1696, 0.2988, 0.1902], "dtype": "float32", "shape": [2, 4], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 1.0]}, {"k": "tensor", "data": [1, 1], "dtype": "int64", "shape": [2]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [{"t": 2}, {"ellipsis": 1}]}, 0.0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 4], "dtype": "torch.float32", "value": [[2.151599884033203, -2.488600015640259, 0.44369998574256897, -1.8171000480651855], [-1.7094999551773071, -1.169600009918213, 0.298799991607666, 0.19020000100135803]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 4], "dtype": "torch.float32", "value": [[2.151599884033203, -2.488600015640259, 0.44369998574256897, -1.8171000480651855], [-1.7094999551773071, -1.169600009918213, 0.298799991607666, 0.19020000100135803]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.int64", "value": [1, 1], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 4], "dtype": "torch.float32", "value": [[2.151599884033203, -2.488600015640259, 0.44369998574256897, -1.8171000480651855], [0.0, 0.0, 0.0, 0.0]], "rg": true, "fn": "IndexPutBackward0", "leaf": false}], "final": [[[2.151599884033203, -2.488600015640259, 0.44369998574256897, -1.8171000480651855], [-1.7094999551773071, -1.169600009918213, 0.298799991607666, 0.19020000100135803]], [[2.151599884033203, -2.488600015640259, 0.44369998574256897, -1.8171000480651855], [0.0, 0.0, 0.0, 0.0]], [1, 1], [[2.151599884033203, -2.488600015640259, 0.44369998574256897, -1.8171000480651855], [0.0, 0.0, 0.0, 0.0]]], "grad": [{"dtype": "torch.float32", "shape": [2, 4], "value": [[-1.5, -1.0, -0.5, 0.0], [0.0, 0.0, 0.0, 0.0]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 4], "value": [[-1.5, -1.0, -0.5, 0.0], [0.0, 0.0, 0.0, 0.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_inplace_expanded_leaf_view_error_order():
    """Fuzz: inplace expanded leaf view error order."""
    # v0 = torch.tensor([0.5604], dtype=torch.float32).reshape([]).requires_grad_()
    # v1 = v0.expand(2)
    # v2 = v1.sin_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5604], "dtype": "float32", "shape": [], "rg": true}, {"k": "method", "name": "expand", "args": [{"t": 0}, 2]}, {"k": "method", "name": "sin_", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": 0.5604000091552734, "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [0.5604000091552734, 0.5604000091552734], "rg": true, "fn": "ExpandBackward0", "leaf": false}], "error": ["RuntimeError", "a view of a leaf Variable that requires grad is being used in an in-place operation."]}')  # noqa: E501
    assert_matches_torch(program, expected)
