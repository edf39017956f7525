"""Regression tests for misc op mismatches found by the differential fuzzer (tools/fuzz):
kthvalue/topk/sort/median indices among ties, cummax/cummin, var_mean, add alpha, addcmul
broadcasting, log_softmax of empty ints, and view-or-copy decisions after indexing.

Each program is a fuzzer find (its seed in the docstring) or a neighbouring case, shrunk, saved as
JSON and turned into a test with ``python -m tools.fuzz --case FILE``; ``expected`` is torch
2.13's record of it, and the comment shows the program as torch code.
"""

import json

from tools.fuzz.compare import assert_matches_torch


def test_add_bool_alpha_stays_bool():
    """Fuzz (seed 5670, 5882): add bool alpha stays bool."""
    # v0 = torch.tensor([False, False], dtype=torch.bool).reshape([2, 1])
    # v1 = torch.tensor([True, False, True, False], dtype=torch.bool).reshape([2, 2, 1])
    # v2 = v0.add(v1, alpha=2)
    # v3 = torch.add(v0, v0, alpha=0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [false, false], "dtype": "bool", "shape": [2, 1]}, {"k": "tensor", "data": [true, false, true, false], "dtype": "bool", "shape": [2, 2, 1]}, {"k": "method", "name": "add", "args": [{"t": 0}, {"t": 1}], "kw": {"alpha": 2}}, {"k": "fn", "name": "add", "args": [{"t": 0}, {"t": 0}], "kw": {"alpha": 0}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 1], "dtype": "torch.bool", "value": [[false], [false]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2, 1], "dtype": "torch.bool", "value": [[[true], [false]], [[true], [false]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2, 1], "dtype": "torch.bool", "value": [[[true], [false]], [[true], [false]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 1], "dtype": "torch.bool", "value": [[false], [false]], "rg": false, "fn": null, "leaf": true}], "final": [[[false], [false]], [[[true], [false]], [[true], [false]]], [[[true], [false]], [[true], [false]]], [[false], [false]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_add_int_float_alpha_message():
    """Fuzz: add int float alpha message."""
    # v0 = torch.tensor([1, 2], dtype=torch.int64).reshape([2])
    # v1 = torch.add(v0, v0, alpha=0.5)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1, 2], "dtype": "int64", "shape": [2]}, {"k": "fn", "name": "add", "args": [{"t": 0}, {"t": 0}], "kw": {"alpha": 0.5}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.int64", "value": [1, 2], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "For integral input tensors, argument alpha must not be a floating point number."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_addcmul_broadcast_message():
    """Fuzz (seed 2643): addcmul broadcast message."""
    # v0 = torch.tensor([2.0, 0.5, -1.0, 0.0, -0.5, 1.5, 1.0, -0.5, -1.5], dtype=torch.float64).reshape([3, 3])  # noqa: E501
    # v1 = torch.tensor([-1.5, 0.5, 2.0, -2.0, 1.5, 0.5, 1.5, 0.5, 1.0], dtype=torch.float64).reshape([3, 3])  # noqa: E501
    # v2 = torch.tensor([-0.5, -2.0, -1.0, -1.0, 1.0, -2.0], dtype=torch.float64).reshape([2, 3])
    # v3 = torch.addcmul(v0, v1, v2, value=0.5)
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.0, 0.5, -1.0, 0.0, -0.5, 1.5, 1.0, -0.5, -1.5], "dtype": "float64", "shape": [3, 3]}, {"k": "tensor", "data": [-1.5, 0.5, 2.0, -2.0, 1.5, 0.5, 1.5, 0.5, 1.0], "dtype": "float64", "shape": [3, 3]}, {"k": "tensor", "data": [-0.5, -2.0, -1.0, -1.0, 1.0, -2.0], "dtype": "float64", "shape": [2, 3]}, {"k": "fn", "name": "addcmul", "args": [{"t": 0}, {"t": 1}, {"t": 2}], "kw": {"value": 0.5}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 3], "dtype": "torch.float64", "value": [[2.0, 0.5, -1.0], [0.0, -0.5, 1.5], [1.0, -0.5, -1.5]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 3], "dtype": "torch.float64", "value": [[-1.5, 0.5, 2.0], [-2.0, 1.5, 0.5], [1.5, 0.5, 1.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float64", "value": [[-0.5, -2.0, -1.0], [-1.0, 1.0, -2.0]], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_addcmul_broadcast_message_third_tensor():
    """Fuzz (seed 3586): addcmul broadcast message third tensor."""
    # v0 = torch.tensor([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], dtype=torch.float32).reshape([4, 3, 1]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([1.5, -0.5, 1.0, -2.5], dtype=torch.float32).reshape([4, 1, 1])
    # v2 = torch.tensor([-0.5, 2.0], dtype=torch.float32).reshape([2]).requires_grad_()
    # v3 = torch.addcmul(v0, v1, v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], "dtype": "float32", "shape": [4, 3, 1], "rg": true}, {"k": "tensor", "data": [1.5, -0.5, 1.0, -2.5], "dtype": "float32", "shape": [4, 1, 1]}, {"k": "tensor", "data": [-0.5, 2.0], "dtype": "float32", "shape": [2], "rg": true}, {"k": "fn", "name": "addcmul", "args": [{"t": 0}, {"t": 1}, {"t": 2}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 3, 1], "dtype": "torch.float32", "value": [[[1.0], [1.0], [1.0]], [[1.0], [1.0], [1.0]], [[1.0], [1.0], [1.0]], [[1.0], [1.0], [1.0]]], "rg": true, "fn": null, "leaf": true}, {"shape": [4, 1, 1], "dtype": "torch.float32", "value": [[[1.5]], [[-0.5]], [[1.0]], [[-2.5]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [-0.5, 2.0], "rg": true, "fn": null, "leaf": true}, {"shape": [4, 3, 2], "dtype": "torch.float32", "value": [[[0.25, 4.0], [0.25, 4.0], [0.25, 4.0]], [[1.25, 0.0], [1.25, 0.0], [1.25, 0.0]], [[0.5, 3.0], [0.5, 3.0], [0.5, 3.0]], [[2.25, -4.0], [2.25, -4.0], [2.25, -4.0]]], "rg": true, "fn": "AddcmulBackward0", "leaf": false}], "final": [[[[1.0], [1.0], [1.0]], [[1.0], [1.0], [1.0]], [[1.0], [1.0], [1.0]], [[1.0], [1.0], [1.0]]], [[[1.5]], [[-0.5]], [[1.0]], [[-2.5]]], [-0.5, 2.0], [[[0.25, 4.0], [0.25, 4.0], [0.25, 4.0]], [[1.25, 0.0], [1.25, 0.0], [1.25, 0.0]], [[0.5, 3.0], [0.5, 3.0], [0.5, 3.0]], [[2.25, -4.0], [2.25, -4.0], [2.25, -4.0]]]], "grad": [{"dtype": "torch.float32", "shape": [4, 3, 1], "value": [[[-2.5], [-0.5], [1.5]], [[0.25], [-1.0], [1.0]], [[-0.25], [-1.5], [0.5]], [[2.5], [-2.0], [0.0]]]}, {"dtype": "torch.float32", "shape": [2], "value": [-1.25, -3.625]}], "backward": [{"dtype": "torch.float32", "shape": [4, 3, 1], "value": [[[-2.5], [-0.5], [1.5]], [[0.25], [-1.0], [1.0]], [[-0.25], [-1.5], [0.5]], [[2.5], [-2.0], [0.0]]]}, {"dtype": "torch.float32", "shape": [2], "value": [-1.25, -3.625]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_cummax_nan_takes_latest_index():
    """Fuzz (seed 4151): cummax nan takes latest index."""
    # v0 = torch.tensor([0.7555, -0.8591], dtype=torch.float32).reshape([1, 2]).requires_grad_()
    # v1 = v0.log()
    # v2 = torch.tensor([0.0, 0.0], dtype=torch.float32).reshape([1, 2]).requires_grad_()
    # v3 = torch.maximum(v1, v2)
    # v4 = torch.cummax(v3, -1)
    # v5 = torch.cummin(v3, -1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.7555, -0.8591], "dtype": "float32", "shape": [1, 2], "rg": true}, {"k": "method", "name": "log", "args": [{"t": 0}], "kw": {}}, {"k": "tensor", "data": [0.0, 0.0], "dtype": "float32", "shape": [1, 2], "rg": true}, {"k": "fn", "name": "maximum", "args": [{"t": 1}, {"t": 2}], "kw": {}}, {"k": "fn", "name": "cummax", "args": [{"t": 3}, -1], "kw": {}}, {"k": "fn", "name": "cummin", "args": [{"t": 3}, -1], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 2], "dtype": "torch.float32", "value": [[0.7555000185966492, -0.8590999841690063]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[-0.28037548065185547, NaN]], "rg": true, "fn": "LogBackward0", "leaf": false}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[0.0, 0.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[0.0, NaN]], "rg": true, "fn": "MaximumBackward0", "leaf": false}, {"seq": [{"shape": [1, 2], "dtype": "torch.float32", "value": [[0.0, NaN]], "rg": true, "fn": "CummaxBackward0", "leaf": false}, {"shape": [1, 2], "dtype": "torch.int64", "value": [[0, 1]], "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [1, 2], "dtype": "torch.float32", "value": [[0.0, NaN]], "rg": true, "fn": "CumminBackward0", "leaf": false}, {"shape": [1, 2], "dtype": "torch.int64", "value": [[0, 1]], "rg": false, "fn": null, "leaf": true}]}], "final": [[[0.7555000185966492, -0.8590999841690063]], [[-0.28037548065185547, NaN]], [[0.0, 0.0]], [[0.0, NaN]]], "grad": [{"dtype": "torch.float32", "shape": [1, 2], "value": [[-1.9854400157928467, 2.3280177116394043]]}, {"dtype": "torch.float32", "shape": [1, 2], "value": [[-1.5, -1.0]]}], "grad2": [{"dtype": "torch.float32", "shape": [1, 2], "value": [[-3.941972255706787, -2.7098331451416016]]}, null], "backward": [{"dtype": "torch.float32", "shape": [1, 2], "value": [[-1.9854400157928467, 2.3280177116394043]]}, {"dtype": "torch.float32", "shape": [1, 2], "value": [[-1.5, -1.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_cummin_ties_take_latest_index():
    """Fuzz: cummin ties take latest index."""
    # v0 = torch.tensor([1.0, 0.0, 0.0, 2.0, 0.0, 1.0], dtype=torch.float64).reshape([6]).requires_grad_()  # noqa: E501
    # v1 = torch.cummin(v0, 0)
    # v2 = torch.cummax(v0, 0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 0.0, 0.0, 2.0, 0.0, 1.0], "dtype": "float64", "shape": [6], "rg": true}, {"k": "fn", "name": "cummin", "args": [{"t": 0}, 0], "kw": {}}, {"k": "fn", "name": "cummax", "args": [{"t": 0}, 0], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [6], "dtype": "torch.float64", "value": [1.0, 0.0, 0.0, 2.0, 0.0, 1.0], "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [6], "dtype": "torch.float64", "value": [1.0, 0.0, 0.0, 0.0, 0.0, 0.0], "rg": true, "fn": "CumminBackward0", "leaf": false}, {"shape": [6], "dtype": "torch.int64", "value": [0, 1, 2, 2, 4, 4], "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [6], "dtype": "torch.float64", "value": [1.0, 1.0, 1.0, 2.0, 2.0, 2.0], "rg": true, "fn": "CummaxBackward0", "leaf": false}, {"shape": [6], "dtype": "torch.int64", "value": [0, 0, 0, 3, 3, 3], "rg": false, "fn": null, "leaf": true}]}], "final": [[1.0, 0.0, 0.0, 2.0, 0.0, 1.0]], "grad": [{"dtype": "torch.float64", "shape": [6], "value": [-1.5, -1.0, -0.5, 0.0, 0.5, 1.0]}], "backward": [{"dtype": "torch.float64", "shape": [6], "value": [-1.5, -1.0, -0.5, 0.0, 0.5, 1.0]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_flatten_after_advanced_index_is_view():
    """Fuzz: flatten after advanced index is view."""
    # v0 = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = v0[:, [2, 0]]
    # v2 = torch.flatten(v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "getitem", "args": [{"t": 0}, {"tuple": [{"slice": [null, null, null]}, [2, 0]]}]}, {"k": "fn", "name": "flatten", "args": [{"t": 1}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float32", "value": [[3.0, 1.0], [6.0, 4.0]], "rg": true, "fn": "IndexBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float32", "value": [3.0, 1.0, 6.0, 4.0], "rg": true, "fn": "ViewBackward0", "leaf": false}], "final": [[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[3.0, 1.0], [6.0, 4.0]], [3.0, 1.0, 6.0, 4.0]], "grad": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-2.0, 0.0, -3.0], [0.0, 0.0, -1.0]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-2.0, 0.0, -3.0], [0.0, 0.0, -1.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_flatten_after_index_select_is_view():
    """Fuzz (seed 8963): flatten after index select is view."""
    # v0 = torch.tensor([1.6558, 0.4838, 0.5852, 1.7532, -2.1004, -2.2875, 0.6973, 1.1958, -1.1388], dtype=torch.float32).reshape([3, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([1, 0, 1], dtype=torch.int64).reshape([3])
    # v2 = torch.index_select(v0, -1, v1)
    # v3 = torch.flatten(v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.6558, 0.4838, 0.5852, 1.7532, -2.1004, -2.2875, 0.6973, 1.1958, -1.1388], "dtype": "float32", "shape": [3, 3], "rg": true}, {"k": "tensor", "data": [1, 0, 1], "dtype": "int64", "shape": [3]}, {"k": "fn", "name": "index_select", "args": [{"t": 0}, -1, {"t": 1}], "kw": {}}, {"k": "fn", "name": "flatten", "args": [{"t": 2}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 3], "dtype": "torch.float32", "value": [[1.6557999849319458, 0.4837999939918518, 0.5852000117301941], [1.7532000541687012, -2.100399971008301, -2.2874999046325684], [0.6973000168800354, 1.1957999467849731, -1.138800024986267]], "rg": true, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.int64", "value": [1, 0, 1], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 3], "dtype": "torch.float32", "value": [[0.4837999939918518, 1.6557999849319458, 0.4837999939918518], [-2.100399971008301, 1.7532000541687012, -2.100399971008301], [1.1957999467849731, 0.6973000168800354, 1.1957999467849731]], "rg": true, "fn": "IndexSelectBackward0", "leaf": false}, {"shape": [9], "dtype": "torch.float32", "value": [0.4837999939918518, 1.6557999849319458, 0.4837999939918518, -2.100399971008301, 1.7532000541687012, -2.100399971008301, 1.1957999467849731, 0.6973000168800354, 1.1957999467849731], "rg": true, "fn": "ViewBackward0", "leaf": false}], "final": [[[1.6557999849319458, 0.4837999939918518, 0.5852000117301941], [1.7532000541687012, -2.100399971008301, -2.2874999046325684], [0.6973000168800354, 1.1957999467849731, -1.138800024986267]], [1, 0, 1], [[0.4837999939918518, 1.6557999849319458, 0.4837999939918518], [-2.100399971008301, 1.7532000541687012, -2.100399971008301], [1.1957999467849731, 0.6973000168800354, 1.1957999467849731]], [0.4837999939918518, 1.6557999849319458, 0.4837999939918518, -2.100399971008301, 1.7532000541687012, -2.100399971008301, 1.1957999467849731, 0.6973000168800354, 1.1957999467849731]], "grad": [{"dtype": "torch.float32", "shape": [3, 3], "value": [[-2.0, -4.0, 0.0], [1.0, 2.0, 0.0], [-2.5, 1.5, 0.0]]}], "backward": [{"dtype": "torch.float32", "shape": [3, 3], "value": [[-2.0, -4.0, 0.0], [1.0, 2.0, 0.0], [-2.5, 1.5, 0.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_kthvalue_empty_dim_message_first():
    """Fuzz (seed 3645): kthvalue empty dim message first."""
    # v0 = torch.tensor([], dtype=torch.bool).reshape([0, 2])
    # v1 = torch.kthvalue(v0, 1, 0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "bool", "shape": [0, 2]}, {"k": "fn", "name": "kthvalue", "args": [{"t": 0}, 1, 0], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0, 2], "dtype": "torch.bool", "value": [], "rg": false, "fn": null, "leaf": true}], "error": ["IndexError", "kthvalue(): Expected reduction dim 0 to have non-zero size."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_kthvalue_ties_follow_quickselect():
    """Fuzz (seed 2654): kthvalue ties follow quickselect."""
    # v0 = torch.tensor([-3.0, -2.0, 0.0, 2.0, -2.0, 2.0, -3.0, 2.0, 1.0], dtype=torch.float32).reshape([1, 3, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.kthvalue(v0, 1, -2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-3.0, -2.0, 0.0, 2.0, -2.0, 2.0, -3.0, 2.0, 1.0], "dtype": "float32", "shape": [1, 3, 3], "rg": true}, {"k": "fn", "name": "kthvalue", "args": [{"t": 0}, 1, -2], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 3, 3], "dtype": "torch.float32", "value": [[[-3.0, -2.0, 0.0], [2.0, -2.0, 2.0], [-3.0, 2.0, 1.0]]], "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [1, 3], "dtype": "torch.float32", "value": [[-3.0, -2.0, 0.0]], "rg": true, "fn": "KthvalueBackward0", "leaf": false}, {"shape": [1, 3], "dtype": "torch.int64", "value": [[2, 1, 0]], "rg": false, "fn": null, "leaf": true}]}], "final": [[[[-3.0, -2.0, 0.0], [2.0, -2.0, 2.0], [-3.0, 2.0, 1.0]]]], "grad": [{"dtype": "torch.float32", "shape": [1, 3, 3], "value": [[[-1.5, -1.0, -0.5], [0.0, 0.5, 1.0], [1.5, -1.25, -0.75]]]}], "backward": [{"dtype": "torch.float32", "shape": [1, 3, 3], "value": [[[-1.5, -1.0, -0.5], [0.0, 0.5, 1.0], [1.5, -1.25, -0.75]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_kthvalue_ties_long_rows():
    """Fuzz (seed 4695, 5655, 7358, 8526, 9027): kthvalue ties long rows."""
    # v0 = torch.tensor([0, -1, 0, 2, -1, -1, 2, -1, 0, 2, -1, 2, -1, -1, -1, 0, 0, -1, -1, -1, 2, 0, -1, 2, -1, -1, 2], dtype=torch.int64).reshape([3, 9])  # noqa: E501
    # v1 = torch.kthvalue(v0, 4, 1)
    # v2 = torch.kthvalue(v0, 2, 0, keepdim=True)
    # v3 = torch.median(v0, 1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0, -1, 0, 2, -1, -1, 2, -1, 0, 2, -1, 2, -1, -1, -1, 0, 0, -1, -1, -1, 2, 0, -1, 2, -1, -1, 2], "dtype": "int64", "shape": [3, 9]}, {"k": "fn", "name": "kthvalue", "args": [{"t": 0}, 4, 1], "kw": {}}, {"k": "fn", "name": "kthvalue", "args": [{"t": 0}, 2, 0], "kw": {"keepdim": true}}, {"k": "fn", "name": "median", "args": [{"t": 0}, 1], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 9], "dtype": "torch.int64", "value": [[0, -1, 0, 2, -1, -1, 2, -1, 0], [2, -1, 2, -1, -1, -1, 0, 0, -1], [-1, -1, 2, 0, -1, 2, -1, -1, 2]], "rg": false, "fn": null, "leaf": true}, {"seq": [{"shape": [3], "dtype": "torch.int64", "value": [-1, -1, -1], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.int64", "value": [5, 8, 0], "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [1, 9], "dtype": "torch.int64", "value": [[0, -1, 2, 0, -1, -1, 0, -1, 0]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 9], "dtype": "torch.int64", "value": [[0, 0, 1, 2, 0, 0, 1, 0, 0]], "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [3], "dtype": "torch.int64", "value": [0, -1, -1], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.int64", "value": [0, 8, 7], "rg": false, "fn": null, "leaf": true}]}], "final": [[[0, -1, 0, 2, -1, -1, 2, -1, 0], [2, -1, 2, -1, -1, -1, 0, 0, -1], [-1, -1, 2, 0, -1, 2, -1, -1, 2]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_log_softmax_empty_long():
    """Fuzz (seed 7674): log softmax empty long."""
    # v0 = torch.tensor([], dtype=torch.int64).reshape([0])
    # v1 = torch.log_softmax(v0, 0)
    # v2 = torch.softmax(v0, 0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "int64", "shape": [0]}, {"k": "fn", "name": "log_softmax", "args": [{"t": 0}, 0], "kw": {}}, {"k": "fn", "name": "softmax", "args": [{"t": 0}, 0], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0], "dtype": "torch.int64", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [0], "dtype": "torch.int64", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [0], "dtype": "torch.int64", "value": [], "rg": false, "fn": null, "leaf": true}], "final": [[], [], []]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_median_dim_nan_takes_first_nan():
    """Fuzz: median dim nan takes first nan."""
    # v0 = torch.tensor([1.0, nan, 2.0, nan, 0.0, 3.0], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.median(v0, 1)
    # v2 = torch.median(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, NaN, 2.0, NaN, 0.0, 3.0], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "fn", "name": "median", "args": [{"t": 0}, 1], "kw": {}}, {"k": "fn", "name": "median", "args": [{"t": 0}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[1.0, NaN, 2.0], [NaN, 0.0, 3.0]], "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [2], "dtype": "torch.float32", "value": [NaN, NaN], "rg": true, "fn": "MedianBackward1", "leaf": false}, {"shape": [2], "dtype": "torch.int64", "value": [1, 0], "rg": false, "fn": null, "leaf": true}]}, {"shape": [], "dtype": "torch.float32", "value": NaN, "rg": true, "fn": "MedianBackward0", "leaf": false}], "final": [[[1.0, NaN, 2.0], [NaN, 0.0, 3.0]], NaN], "grad": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[0.0, -0.75, 0.0], [-0.75, 0.0, 0.0]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[0.0, -0.75, 0.0], [-0.75, 0.0, 0.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_sort_descending_nan_first():
    """Fuzz: sort descending nan first."""
    # v0 = torch.tensor([1.0, nan, 2.0, 1.0, nan], dtype=torch.float32).reshape([5]).requires_grad_()  # noqa: E501
    # v1 = torch.sort(v0, -1, True)
    # v2 = v0.argsort(descending=True)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, NaN, 2.0, 1.0, NaN], "dtype": "float32", "shape": [5], "rg": true}, {"k": "fn", "name": "sort", "args": [{"t": 0}, -1, true], "kw": {}}, {"k": "method", "name": "argsort", "args": [{"t": 0}], "kw": {"descending": true}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [5], "dtype": "torch.float32", "value": [1.0, NaN, 2.0, 1.0, NaN], "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [5], "dtype": "torch.float32", "value": [NaN, NaN, 2.0, 1.0, 1.0], "rg": true, "fn": "SortBackward0", "leaf": false}, {"shape": [5], "dtype": "torch.int64", "value": [1, 4, 2, 0, 3], "rg": false, "fn": null, "leaf": true}]}, {"shape": [5], "dtype": "torch.int64", "value": [1, 4, 2, 0, 3], "rg": false, "fn": null, "leaf": true}], "final": [[1.0, NaN, 2.0, 1.0, NaN], [1, 4, 2, 0, 3]], "grad": [{"dtype": "torch.float32", "shape": [5], "value": [-1.5, -1.0, -0.5, 0.0, 0.5]}], "backward": [{"dtype": "torch.float32", "shape": [5], "value": [-1.5, -1.0, -0.5, 0.0, 0.5]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_sort_ties_beyond_sixteen_follow_std_sort():
    """Fuzz: sort ties beyond sixteen follow std sort."""
    # v0 = torch.tensor([-1.0, -1.0, 0.0, -1.0, -1.0, 1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 1.0, 1.0, 0.0, -1.0, 0.0, -1.0, 1.0, -1.0, -1.0], dtype=torch.float64).reshape([20]).requires_grad_()  # noqa: E501
    # v1 = torch.sort(v0)
    # v2 = torch.sort(v0, 0, True)
    # v3 = torch.topk(v0, 5)
    # v4 = torch.topk(v0, 7, largest=False)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.0, -1.0, 0.0, -1.0, -1.0, 1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 1.0, 1.0, 0.0, -1.0, 0.0, -1.0, 1.0, -1.0, -1.0], "dtype": "float64", "shape": [20], "rg": true}, {"k": "fn", "name": "sort", "args": [{"t": 0}], "kw": {}}, {"k": "fn", "name": "sort", "args": [{"t": 0}, 0, true], "kw": {}}, {"k": "fn", "name": "topk", "args": [{"t": 0}, 5], "kw": {}}, {"k": "fn", "name": "topk", "args": [{"t": 0}, 7], "kw": {"largest": false}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [20], "dtype": "torch.float64", "value": [-1.0, -1.0, 0.0, -1.0, -1.0, 1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 1.0, 1.0, 0.0, -1.0, 0.0, -1.0, 1.0, -1.0, -1.0], "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [20], "dtype": "torch.float64", "value": [-1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0], "rg": true, "fn": "SortBackward0", "leaf": false}, {"shape": [20], "dtype": "torch.int64", "value": [1, 19, 18, 16, 14, 9, 4, 3, 0, 6, 7, 8, 10, 13, 15, 2, 5, 11, 12, 17], "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [20], "dtype": "torch.float64", "value": [1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0], "rg": true, "fn": "SortBackward0", "leaf": false}, {"shape": [20], "dtype": "torch.int64", "value": [17, 5, 11, 12, 2, 6, 7, 8, 10, 13, 15, 19, 0, 18, 16, 14, 9, 4, 3, 1], "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [5], "dtype": "torch.float64", "value": [1.0, 1.0, 1.0, 1.0, 0.0], "rg": true, "fn": "TopkBackward0", "leaf": false}, {"shape": [5], "dtype": "torch.int64", "value": [12, 5, 17, 11, 10], "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [7], "dtype": "torch.float64", "value": [-1.0, -1.0, -1.0, -1.0, -1.0, -1.0, -1.0], "rg": true, "fn": "TopkBackward0", "leaf": false}, {"shape": [7], "dtype": "torch.int64", "value": [1, 19, 18, 16, 14, 9, 0], "rg": false, "fn": null, "leaf": true}]}], "final": [[-1.0, -1.0, 0.0, -1.0, -1.0, 1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 1.0, 1.0, 0.0, -1.0, 0.0, -1.0, 1.0, -1.0, -1.0]], "grad": [{"dtype": "torch.float64", "shape": [20], "value": [-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, -1.25, -0.75, -0.25, 0.25, 0.75, 1.25, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5]}], "backward": [{"dtype": "torch.float64", "shape": [20], "value": [-1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, -1.25, -0.75, -0.25, 0.25, 0.75, 1.25, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_sub_bool_alpha_message():
    """Fuzz: sub bool alpha message."""
    # v0 = torch.tensor([1.0, 2.0], dtype=torch.float32).reshape([2])
    # v1 = torch.sub(v0, v0, alpha=True)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0], "dtype": "float32", "shape": [2]}, {"k": "fn", "name": "sub", "args": [{"t": 0}, {"t": 0}], "kw": {"alpha": true}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float32", "value": [1.0, 2.0], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "Boolean alpha only supported for Boolean results."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_topk_nan_is_largest():
    """Fuzz (seed 1977): topk nan is largest."""
    # v0 = torch.tensor([2, 0, 0, 1, 0, 5], dtype=torch.int64).reshape([2, 3])
    # v1 = torch.div(v0, v0)
    # v2 = torch.topk(v1, 1, -2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [2, 0, 0, 1, 0, 5], "dtype": "int64", "shape": [2, 3]}, {"k": "fn", "name": "div", "args": [{"t": 0}, {"t": 0}], "kw": {}}, {"k": "fn", "name": "topk", "args": [{"t": 1}, 1, -2], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.int64", "value": [[2, 0, 0], [1, 0, 5]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[1.0, NaN, NaN], [1.0, NaN, 1.0]], "rg": false, "fn": null, "leaf": true}, {"seq": [{"shape": [1, 3], "dtype": "torch.float32", "value": [[1.0, NaN, NaN]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.int64", "value": [[0, 0, 0]], "rg": false, "fn": null, "leaf": true}]}], "final": [[[2, 0, 0], [1, 0, 5]], [[1.0, NaN, NaN], [1.0, NaN, 1.0]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_var_mean_inf_before_last_gives_nan_mean():
    """Fuzz (seed 5213): var mean inf before last gives nan mean."""
    # v0 = torch.tensor([3.0, 1.0, -3.0, -1.0], dtype=torch.float32).reshape([4])
    # v1 = torch.tensor([2.0, 0.0, -2.0, -2.0], dtype=torch.float64).reshape([4])
    # v2 = v0 / v1
    # v3 = torch.var_mean(v2, 0, keepdim=True)
    # v4 = torch.std_mean(v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [3.0, 1.0, -3.0, -1.0], "dtype": "float32", "shape": [4]}, {"k": "tensor", "data": [2.0, 0.0, -2.0, -2.0], "dtype": "float64", "shape": [4]}, {"k": "op", "name": "truediv", "args": [{"t": 0}, {"t": 1}]}, {"k": "fn", "name": "var_mean", "args": [{"t": 2}, 0], "kw": {"keepdim": true}}, {"k": "fn", "name": "std_mean", "args": [{"t": 2}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [3.0, 1.0, -3.0, -1.0], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float64", "value": [2.0, 0.0, -2.0, -2.0], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float64", "value": [1.5, Infinity, 1.5, 0.5], "rg": false, "fn": null, "leaf": true}, {"seq": [{"shape": [1], "dtype": "torch.float64", "value": [NaN], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [NaN], "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [], "dtype": "torch.float64", "value": NaN, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": NaN, "rg": false, "fn": null, "leaf": true}]}], "final": [[3.0, 1.0, -3.0, -1.0], [2.0, 0.0, -2.0, -2.0], [1.5, Infinity, 1.5, 0.5]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_cumprod_of_bool_and_ints_is_int64():
    """Fuzz (seed 12261): cumprod of bool and ints is int64."""
    # v0 = torch.tensor([False], dtype=torch.bool).reshape([])
    # v1 = torch.cumprod(v0, 0)
    # v2 = torch.tensor([True, False, True], dtype=torch.bool).reshape([3])
    # v3 = torch.cumprod(v2, 0)
    # v4 = torch.tensor([2, -3, 4], dtype=torch.int64).reshape([3])
    # v5 = v4.cumprod(0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [false], "dtype": "bool", "shape": []}, {"k": "fn", "name": "cumprod", "args": [{"t": 0}, 0], "kw": {}}, {"k": "tensor", "data": [true, false, true], "dtype": "bool", "shape": [3]}, {"k": "fn", "name": "cumprod", "args": [{"t": 2}, 0], "kw": {}}, {"k": "tensor", "data": [2, -3, 4], "dtype": "int64", "shape": [3]}, {"k": "method", "name": "cumprod", "args": [{"t": 4}, 0], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.bool", "value": false, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.int64", "value": 0, "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.bool", "value": [true, false, true], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.int64", "value": [1, 0, 0], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.int64", "value": [2, -3, 4], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.int64", "value": [2, -6, -24], "rg": false, "fn": null, "leaf": true}], "final": [false, 0, [true, false, true], [1, 0, 0], [2, -3, 4], [2, -6, -24]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_roll_of_transposed_is_contiguous():
    """Fuzz (seed 17904): roll of transposed is contiguous."""
    # v0 = torch.tensor([-1.0901, -1.2369, -0.6773, 0.5436, 1.0894, 2.0887], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = v0.T
    # v2 = torch.roll(v1, -2, -1)
    # v3 = v2.reshape(3, -1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.0901, -1.2369, -0.6773, 0.5436, 1.0894, 2.0887], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "attr", "name": "T", "args": [{"t": 0}]}, {"k": "fn", "name": "roll", "args": [{"t": 1}, -2, -1], "kw": {}}, {"k": "method", "name": "reshape", "args": [{"t": 2}, 3, -1], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[-1.0901000499725342, -1.236899971961975, -0.677299976348877], [0.5436000227928162, 1.089400053024292, 2.08870005607605]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 2], "dtype": "torch.float32", "value": [[-1.0901000499725342, 0.5436000227928162], [-1.236899971961975, 1.089400053024292], [-0.677299976348877, 2.08870005607605]], "rg": true, "fn": "PermuteBackward0", "leaf": false}, {"shape": [3, 2], "dtype": "torch.float32", "value": [[-1.0901000499725342, 0.5436000227928162], [-1.236899971961975, 1.089400053024292], [-0.677299976348877, 2.08870005607605]], "rg": true, "fn": "RollBackward0", "leaf": false}, {"shape": [3, 2], "dtype": "torch.float32", "value": [[-1.0901000499725342, 0.5436000227928162], [-1.236899971961975, 1.089400053024292], [-0.677299976348877, 2.08870005607605]], "rg": true, "fn": "ViewBackward0", "leaf": false}], "final": [[[-1.0901000499725342, -1.236899971961975, -0.677299976348877], [0.5436000227928162, 1.089400053024292, 2.08870005607605]], [[-1.0901000499725342, 0.5436000227928162], [-1.236899971961975, 1.089400053024292], [-0.677299976348877, 2.08870005607605]], [[-1.0901000499725342, 0.5436000227928162], [-1.236899971961975, 1.089400053024292], [-0.677299976348877, 2.08870005607605]], [[-1.0901000499725342, 0.5436000227928162], [-1.236899971961975, 1.089400053024292], [-0.677299976348877, 2.08870005607605]]], "grad": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-4.5, -1.5, 1.5], [-3.0, 0.0, 3.0]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-4.5, -1.5, 1.5], [-3.0, 0.0, 3.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_sgn_of_nan_is_zero():
    """Fuzz (seed 12232): sgn of nan is zero."""
    # v0 = torch.tensor([-0.796, 0.7253, -1.9943, -0.1738], dtype=torch.float64).reshape([4]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([-1.3309, 0.6248, 0.5383, 1.5476], dtype=torch.float32).reshape([4])
    # v2 = torch.copysign(v0, v1)
    # v3 = torch.log(v2)
    # v4 = torch.sgn(v3)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.796, 0.7253, -1.9943, -0.1738], "dtype": "float64", "shape": [4], "rg": true}, {"k": "tensor", "data": [-1.3309, 0.6248, 0.5383, 1.5476], "dtype": "float32", "shape": [4]}, {"k": "fn", "name": "copysign", "args": [{"t": 0}, {"t": 1}], "kw": {}}, {"k": "fn", "name": "log", "args": [{"t": 2}], "kw": {}}, {"k": "fn", "name": "sgn", "args": [{"t": 3}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float64", "value": [-0.796, 0.7253, -1.9943, -0.1738], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [-1.330899953842163, 0.6248000264167786, 0.5382999777793884, 1.5476000308990479], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float64", "value": [-0.796, 0.7253, 1.9943, 0.1738], "rg": true, "fn": "CopysignBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float64", "value": [NaN, -0.32116991661277045, 0.6902931115770389, -1.7498500661508454], "rg": true, "fn": "LogBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float64", "value": [0.0, -1.0, 1.0, -1.0], "rg": true, "fn": "SgnBackward0", "leaf": false}], "final": [[-0.796, 0.7253, -1.9943, -0.1738], [-1.330899953842163, 0.6248000264167786, 0.5382999777793884, 1.5476000308990479], [-0.796, 0.7253, 1.9943, 0.1738], [NaN, -0.32116991661277045, 0.6902931115770389, -1.7498500661508454], [0.0, -1.0, 1.0, -1.0]], "grad": [{"dtype": "torch.float64", "shape": [4], "value": [0.38442211055276365, -2.378739831793741, 0.7507145364288221, -0.0]}], "grad2": [{"dtype": "torch.float64", "shape": [4], "value": [-3.551046690740132, -1.9009235237746327, -0.06285777877671919, -0.0]}], "backward": [{"dtype": "torch.float64", "shape": [4], "value": [0.38442211055276365, -2.378739831793741, 0.7507145364288221, -0.0]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_flip_of_transposed_keeps_its_layout():
    """Fuzz (seed 24838): flip of transposed keeps its layout."""
    # v0 = torch.tensor([-1.7, -1.6, -1.5, -1.4, -1.3, -1.2, -1.1, -1.0, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8], dtype=torch.float64).reshape([3, 3, 4]).requires_grad_()  # noqa: E501
    # v1 = torch.transpose(v0, 2, -3)
    # v2 = torch.flip(v1, [-2])
    # with torch.no_grad():
    #     v3 = v2.reshape(12, 3)
    # v4 = v2.reshape(-1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.7, -1.6, -1.5, -1.4, -1.3, -1.2, -1.1, -1.0, -0.9, -0.8, -0.7, -0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8], "dtype": "float64", "shape": [3, 3, 4], "rg": true}, {"k": "fn", "name": "transpose", "args": [{"t": 0}, 2, -3], "kw": {}}, {"k": "fn", "name": "flip", "args": [{"t": 1}, [-2]], "kw": {}}, {"k": "method", "name": "reshape", "args": [{"t": 2}, 12, 3], "kw": {}, "nograd": true}, {"k": "method", "name": "reshape", "args": [{"t": 2}, -1], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 3, 4], "dtype": "torch.float64", "value": [[[-1.7, -1.6, -1.5, -1.4], [-1.3, -1.2, -1.1, -1.0], [-0.9, -0.8, -0.7, -0.6]], [[-0.5, -0.4, -0.3, -0.2], [-0.1, 0.0, 0.1, 0.2], [0.3, 0.4, 0.5, 0.6]], [[0.7, 0.8, 0.9, 1.0], [1.1, 1.2, 1.3, 1.4], [1.5, 1.6, 1.7, 1.8]]], "rg": true, "fn": null, "leaf": true}, {"shape": [4, 3, 3], "dtype": "torch.float64", "value": [[[-1.7, -0.5, 0.7], [-1.3, -0.1, 1.1], [-0.9, 0.3, 1.5]], [[-1.6, -0.4, 0.8], [-1.2, 0.0, 1.2], [-0.8, 0.4, 1.6]], [[-1.5, -0.3, 0.9], [-1.1, 0.1, 1.3], [-0.7, 0.5, 1.7]], [[-1.4, -0.2, 1.0], [-1.0, 0.2, 1.4], [-0.6, 0.6, 1.8]]], "rg": true, "fn": "TransposeBackward0", "leaf": false}, {"shape": [4, 3, 3], "dtype": "torch.float64", "value": [[[-0.9, 0.3, 1.5], [-1.3, -0.1, 1.1], [-1.7, -0.5, 0.7]], [[-0.8, 0.4, 1.6], [-1.2, 0.0, 1.2], [-1.6, -0.4, 0.8]], [[-0.7, 0.5, 1.7], [-1.1, 0.1, 1.3], [-1.5, -0.3, 0.9]], [[-0.6, 0.6, 1.8], [-1.0, 0.2, 1.4], [-1.4, -0.2, 1.0]]], "rg": true, "fn": "FlipBackward0", "leaf": false}, {"shape": [12, 3], "dtype": "torch.float64", "value": [[-0.9, 0.3, 1.5], [-1.3, -0.1, 1.1], [-1.7, -0.5, 0.7], [-0.8, 0.4, 1.6], [-1.2, 0.0, 1.2], [-1.6, -0.4, 0.8], [-0.7, 0.5, 1.7], [-1.1, 0.1, 1.3], [-1.5, -0.3, 0.9], [-0.6, 0.6, 1.8], [-1.0, 0.2, 1.4], [-1.4, -0.2, 1.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [36], "dtype": "torch.float64", "value": [-0.9, 0.3, 1.5, -1.3, -0.1, 1.1, -1.7, -0.5, 0.7, -0.8, 0.4, 1.6, -1.2, 0.0, 1.2, -1.6, -0.4, 0.8, -0.7, 0.5, 1.7, -1.1, 0.1, 1.3, -1.5, -0.3, 0.9, -0.6, 0.6, 1.8, -1.0, 0.2, 1.4, -1.4, -0.2, 1.0], "rg": true, "fn": "UnsafeViewBackward0", "leaf": false}], "final": [[[[-1.7, -1.6, -1.5, -1.4], [-1.3, -1.2, -1.1, -1.0], [-0.9, -0.8, -0.7, -0.6]], [[-0.5, -0.4, -0.3, -0.2], [-0.1, 0.0, 0.1, 0.2], [0.3, 0.4, 0.5, 0.6]], [[0.7, 0.8, 0.9, 1.0], [1.1, 1.2, 1.3, 1.4], [1.5, 1.6, 1.7, 1.8]]], [[[-1.7, -0.5, 0.7], [-1.3, -0.1, 1.1], [-0.9, 0.3, 1.5]], [[-1.6, -0.4, 0.8], [-1.2, 0.0, 1.2], [-0.8, 0.4, 1.6]], [[-1.5, -0.3, 0.9], [-1.1, 0.1, 1.3], [-0.7, 0.5, 1.7]], [[-1.4, -0.2, 1.0], [-1.0, 0.2, 1.4], [-0.6, 0.6, 1.8]]], [[[-0.9, 0.3, 1.5], [-1.3, -0.1, 1.1], [-1.7, -0.5, 0.7]], [[-0.8, 0.4, 1.6], [-1.2, 0.0, 1.2], [-1.6, -0.4, 0.8]], [[-0.7, 0.5, 1.7], [-1.1, 0.1, 1.3], [-1.5, -0.3, 0.9]], [[-0.6, 0.6, 1.8], [-1.0, 0.2, 1.4], [-1.4, -0.2, 1.0]]], [[-0.9, 0.3, 1.5], [-1.3, -0.1, 1.1], [-1.7, -0.5, 0.7], [-0.8, 0.4, 1.6], [-1.2, 0.0, 1.2], [-1.6, -0.4, 0.8], [-0.7, 0.5, 1.7], [-1.1, 0.1, 1.3], [-1.5, -0.3, 0.9], [-0.6, 0.6, 1.8], [-1.0, 0.2, 1.4], [-1.4, -0.2, 1.0]], [-0.9, 0.3, 1.5, -1.3, -0.1, 1.1, -1.7, -0.5, 0.7, -0.8, 0.4, 1.6, -1.2, 0.0, 1.2, -1.6, -0.4, 0.8, -0.7, 0.5, 1.7, -1.1, 0.1, 1.3, -1.5, -0.3, 0.9, -0.6, 0.6, 1.8, -1.0, 0.2, 1.4, -1.4, -0.2, 1.0]], "grad": [{"dtype": "torch.float64", "shape": [3, 3, 4], "value": [[[1.5, -1.25, 2.5, -3.5], [0.0, 3.75, -2.25, 1.5], [-1.5, -1.0, 2.75, -3.25]], [[-3.5, 0.25, 4.0, -2.0], [1.5, -4.5, -0.75, 3.0], [-3.25, 0.5, 4.25, -1.75]], [[-2.0, 1.75, -4.25, -0.5], [3.0, -3.0, 0.75, 4.5], [-1.75, 2.0, -4.0, -0.25]]]}], "backward": [{"dtype": "torch.float64", "shape": [3, 3, 4], "value": [[[1.5, -1.25, 2.5, -3.5], [0.0, 3.75, -2.25, 1.5], [-1.5, -1.0, 2.75, -3.25]], [[-3.5, 0.25, 4.0, -2.0], [1.5, -4.5, -0.75, 3.0], [-3.25, 0.5, 4.25, -1.75]], [[-2.0, 1.75, -4.25, -0.5], [3.0, -3.0, 0.75, 4.5], [-1.75, 2.0, -4.0, -0.25]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_addcdiv_float_input_integer_divisors_refused():
    """Fuzz: addcdiv float input integer divisors refused."""
    # v0 = torch.tensor([1.0, 2.0], dtype=torch.float32).reshape([2])
    # v1 = torch.tensor([5, -3], dtype=torch.int64).reshape([2])
    # v2 = torch.addcdiv(v0, v1, v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0], "dtype": "float32", "shape": [2]}, {"k": "tensor", "data": [5, -3], "dtype": "int64", "shape": [2]}, {"k": "fn", "name": "addcdiv", "args": [{"t": 0}, {"t": 1}, {"t": 1}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float32", "value": [1.0, 2.0], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [5, -3], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "Integer division with addcdiv is no longer supported, and in a future  release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_addcdiv_integer_division_checked_before_broadcast():
    """Fuzz (seed 33558, 34835): addcdiv integer division checked before broadcast."""
    # v0 = torch.tensor([-2, 0, 1, -1], dtype=torch.int64).reshape([4])
    # v1 = torch.tensor([5, -3], dtype=torch.int64).reshape([2])
    # v2 = torch.tensor([2, 5, 0, -3], dtype=torch.int64).reshape([4])
    # v3 = torch.addcdiv(v0, v1, v2, value=0.5)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-2, 0, 1, -1], "dtype": "int64", "shape": [4]}, {"k": "tensor", "data": [5, -3], "dtype": "int64", "shape": [2]}, {"k": "tensor", "data": [2, 5, 0, -3], "dtype": "int64", "shape": [4]}, {"k": "fn", "name": "addcdiv", "args": [{"t": 0}, {"t": 1}, {"t": 2}], "kw": {"value": 0.5}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.int64", "value": [-2, 0, 1, -1], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [5, -3], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.int64", "value": [2, 5, 0, -3], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "Integer division with addcdiv is no longer supported, and in a future  release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for float inputs. The future addcdiv behavior is just the latter implementation: (input + value * tensor1 / tensor2), for all dtypes."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_kthvalue_of_0d_bool_returns_it():
    """Fuzz (seed 33393, 36779, 37417, 38942): kthvalue of 0d bool returns it."""
    # v0 = torch.tensor([True], dtype=torch.bool).reshape([])
    # v1 = torch.kthvalue(v0, 1, -1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [true], "dtype": "bool", "shape": []}, {"k": "fn", "name": "kthvalue", "args": [{"t": 0}, 1, -1], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.bool", "value": true, "rg": false, "fn": null, "leaf": true}, {"seq": [{"shape": [], "dtype": "torch.bool", "value": true, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.int64", "value": 0, "rg": false, "fn": null, "leaf": true}]}], "final": [true]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_matmul_permuted_batch_without_grad_on_matrix_uses_bmm():
    """Fuzz: matmul permuted batch without grad on matrix uses bmm."""
    # v0 = torch.tensor([-3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5], dtype=torch.float64).reshape([3, 2, 2]).requires_grad_()  # noqa: E501
    # v1 = v0.permute(1, 0, 2)
    # v2 = torch.tensor([1.5, -0.5, 2.0, 0.25], dtype=torch.float64).reshape([2, 2])
    # v3 = v1 @ v2
    # v4 = torch.tensor([1.5, -0.5], dtype=torch.float64).reshape([2])
    # v5 = v1 @ v4
    program = json.loads('{"steps": [{"k": "tensor", "data": [-3.0, -2.5, -2.0, -1.5, -1.0, -0.5, 0.0, 0.5, 1.0, 1.5, 2.0, 2.5], "dtype": "float64", "shape": [3, 2, 2], "rg": true}, {"k": "method", "name": "permute", "args": [{"t": 0}, 1, 0, 2], "kw": {}}, {"k": "tensor", "data": [1.5, -0.5, 2.0, 0.25], "dtype": "float64", "shape": [2, 2]}, {"k": "op", "name": "matmul", "args": [{"t": 1}, {"t": 2}]}, {"k": "tensor", "data": [1.5, -0.5], "dtype": "float64", "shape": [2]}, {"k": "op", "name": "matmul", "args": [{"t": 1}, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 2, 2], "dtype": "torch.float64", "value": [[[-3.0, -2.5], [-2.0, -1.5]], [[-1.0, -0.5], [0.0, 0.5]], [[1.0, 1.5], [2.0, 2.5]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3, 2], "dtype": "torch.float64", "value": [[[-3.0, -2.5], [-1.0, -0.5], [1.0, 1.5]], [[-2.0, -1.5], [0.0, 0.5], [2.0, 2.5]]], "rg": true, "fn": "PermuteBackward0", "leaf": false}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[1.5, -0.5], [2.0, 0.25]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 2], "dtype": "torch.float64", "value": [[[-9.5, 0.875], [-2.5, 0.375], [4.5, -0.125]], [[-6.0, 0.625], [1.0, 0.125], [8.0, -0.375]]], "rg": true, "fn": "UnsafeViewBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float64", "value": [1.5, -0.5], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float64", "value": [[-3.25, -1.25, 0.75], [-2.25, -0.25, 1.75]], "rg": true, "fn": "UnsafeViewBackward0", "leaf": false}], "final": [[[[-3.0, -2.5], [-2.0, -1.5]], [[-1.0, -0.5], [0.0, 0.5]], [[1.0, 1.5], [2.0, 2.5]]], [[[-3.0, -2.5], [-1.0, -0.5], [1.0, 1.5]], [[-2.0, -1.5], [0.0, 0.5], [2.0, 2.5]]], [[1.5, -0.5], [2.0, 0.25]], [[[-9.5, 0.875], [-2.5, 0.375], [4.5, -0.125]], [[-6.0, 0.625], [1.0, 0.125], [8.0, -0.375]]], [1.5, -0.5], [[-3.25, -1.25, 0.75], [-2.25, -0.25, 1.75]]], "grad": [{"dtype": "torch.float64", "shape": [3, 2, 2], "value": [[[-5.5, -3.5], [4.375, 1.4375]], [[-2.75, -0.5], [-1.0, -2.0625]], [[0.0, 2.5], [1.75, 0.9375]]]}], "backward": [{"dtype": "torch.float64", "shape": [3, 2, 2], "value": [[[-5.5, -3.5], [4.375, 1.4375]], [[-2.75, -0.5], [-1.0, -2.0625]], [[0.0, 2.5], [1.75, 0.9375]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_matmul_permuted_bool_batch_uses_bmm():
    """Fuzz (seed 37744): matmul permuted bool batch uses bmm."""
    # v0 = torch.tensor([1.1, 1.2, -1.2, 1.5, -2.1, -0.8, -1.6, 1.9, 0.8, 2.4, -2.2, 1.2], dtype=torch.float32).reshape([4, 3, 1])  # noqa: E501
    # v1 = v0 > 0
    # v2 = v1.permute(1, 0, 2)
    # v3 = torch.tensor([False, True, False], dtype=torch.bool).reshape([1, 3])
    # v4 = v2 @ v3
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.1, 1.2, -1.2, 1.5, -2.1, -0.8, -1.6, 1.9, 0.8, 2.4, -2.2, 1.2], "dtype": "float32", "shape": [4, 3, 1]}, {"k": "op", "name": "gt", "args": [{"t": 0}, 0]}, {"k": "method", "name": "permute", "args": [{"t": 1}, 1, 0, 2], "kw": {}}, {"k": "tensor", "data": [false, true, false], "dtype": "bool", "shape": [1, 3]}, {"k": "op", "name": "matmul", "args": [{"t": 2}, {"t": 3}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 3, 1], "dtype": "torch.float32", "value": [[[1.100000023841858], [1.2000000476837158], [-1.2000000476837158]], [[1.5], [-2.0999999046325684], [-0.800000011920929]], [[-1.600000023841858], [1.899999976158142], [0.800000011920929]], [[2.4000000953674316], [-2.200000047683716], [1.2000000476837158]]], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 3, 1], "dtype": "torch.bool", "value": [[[true], [true], [false]], [[true], [false], [false]], [[false], [true], [true]], [[true], [false], [true]]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 4, 1], "dtype": "torch.bool", "value": [[[true], [true], [false], [true]], [[true], [false], [true], [false]], [[false], [false], [true], [true]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.bool", "value": [[false, true, false]], "rg": false, "fn": null, "leaf": true}], "error": ["NotImplementedError", "\\"bmm\\" not implemented for \'Bool\'"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_cat_with_transposed_input_is_contiguous():
    """Fuzz (seed 41048): cat with transposed input is contiguous."""
    # v0 = torch.tensor([0.0, -2.0, 1.0, 0.0, 3.0, 1.0], dtype=torch.float32).reshape([2, 3])
    # v1 = v0.T
    # v2 = torch.tensor([-1.7211, -1.3446], dtype=torch.float32).reshape([1, 2]).requires_grad_()
    # v3 = torch.cat([v1, v2], 0)
    # v4 = v3.clamp_(min=-0.5, max=1)
    # v5 = torch.flatten(v4)
    # v6 = torch.stack([v1, v1], 1)
    # v7 = torch.flatten(v6)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.0, -2.0, 1.0, 0.0, 3.0, 1.0], "dtype": "float32", "shape": [2, 3]}, {"k": "attr", "name": "T", "args": [{"t": 0}]}, {"k": "tensor", "data": [-1.7211, -1.3446], "dtype": "float32", "shape": [1, 2], "rg": true}, {"k": "fn", "name": "cat", "args": [[{"t": 1}, {"t": 2}], 0], "kw": {}}, {"k": "method", "name": "clamp_", "args": [{"t": 3}], "kw": {"min": -0.5, "max": 1}}, {"k": "fn", "name": "flatten", "args": [{"t": 4}], "kw": {}}, {"k": "fn", "name": "stack", "args": [[{"t": 1}, {"t": 1}], 1], "kw": {}}, {"k": "fn", "name": "flatten", "args": [{"t": 6}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[0.0, -2.0, 1.0], [0.0, 3.0, 1.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 2], "dtype": "torch.float32", "value": [[0.0, 0.0], [-2.0, 3.0], [1.0, 1.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[-1.7210999727249146, -1.344599962234497]], "rg": true, "fn": null, "leaf": true}, {"shape": [4, 2], "dtype": "torch.float32", "value": [[0.0, 0.0], [-2.0, 3.0], [1.0, 1.0], [-1.7210999727249146, -1.344599962234497]], "rg": true, "fn": "CatBackward0", "leaf": false}, {"shape": [4, 2], "dtype": "torch.float32", "value": [[0.0, 0.0], [-0.5, 1.0], [1.0, 1.0], [-0.5, -0.5]], "rg": true, "fn": "ClampBackward1", "leaf": false}, {"shape": [8], "dtype": "torch.float32", "value": [0.0, 0.0, -0.5, 1.0, 1.0, 1.0, -0.5, -0.5], "rg": true, "fn": "ViewBackward0", "leaf": false}, {"shape": [3, 2, 2], "dtype": "torch.float32", "value": [[[0.0, 0.0], [0.0, 0.0]], [[-2.0, 3.0], [-2.0, 3.0]], [[1.0, 1.0], [1.0, 1.0]]], "rg": false, "fn": null, "leaf": true}, {"shape": [12], "dtype": "torch.float32", "value": [0.0, 0.0, 0.0, 0.0, -2.0, 3.0, -2.0, 3.0, 1.0, 1.0, 1.0, 1.0], "rg": false, "fn": null, "leaf": true}], "final": [[[0.0, -2.0, 1.0], [0.0, 3.0, 1.0]], [[0.0, 0.0], [-2.0, 3.0], [1.0, 1.0]], [[-1.7210999727249146, -1.344599962234497]], [[0.0, 0.0], [-0.5, 1.0], [1.0, 1.0], [-0.5, -0.5]], [[0.0, 0.0], [-0.5, 1.0], [1.0, 1.0], [-0.5, -0.5]], [0.0, 0.0, -0.5, 1.0, 1.0, 1.0, -0.5, -0.5], [[[0.0, 0.0], [0.0, 0.0]], [[-2.0, 3.0], [-2.0, 3.0]], [[1.0, 1.0], [1.0, 1.0]]], [0.0, 0.0, 0.0, 0.0, -2.0, 3.0, -2.0, 3.0, 1.0, 1.0, 1.0, 1.0]], "grad": [{"dtype": "torch.float32", "shape": [1, 2], "value": [[0.0, 0.0]]}], "backward": [{"dtype": "torch.float32", "shape": [1, 2], "value": [[0.0, 0.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_gelu_float32_of_inf_is_nan():
    """Fuzz (seed 40457): gelu float32 of inf is nan."""
    # v0 = torch.tensor([0, 0, 0, 0], dtype=torch.int64).reshape([1, 4])
    # v1 = torch.reciprocal(v0)
    # v2 = torch.nn.functional.gelu(v1)
    # v3 = v1.double()
    # v4 = torch.nn.functional.gelu(v3)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0, 0, 0, 0], "dtype": "int64", "shape": [1, 4]}, {"k": "fn", "name": "reciprocal", "args": [{"t": 0}], "kw": {}}, {"k": "fn", "name": "nn.functional.gelu", "args": [{"t": 1}], "kw": {}}, {"k": "method", "name": "double", "args": [{"t": 1}], "kw": {}}, {"k": "fn", "name": "nn.functional.gelu", "args": [{"t": 3}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 4], "dtype": "torch.int64", "value": [[0, 0, 0, 0]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4], "dtype": "torch.float32", "value": [[Infinity, Infinity, Infinity, Infinity]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4], "dtype": "torch.float32", "value": [[NaN, NaN, NaN, NaN]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4], "dtype": "torch.float64", "value": [[Infinity, Infinity, Infinity, Infinity]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4], "dtype": "torch.float64", "value": [[Infinity, Infinity, Infinity, Infinity]], "rg": false, "fn": null, "leaf": true}], "final": [[[0, 0, 0, 0]], [[Infinity, Infinity, Infinity, Infinity]], [[NaN, NaN, NaN, NaN]], [[Infinity, Infinity, Infinity, Infinity]], [[Infinity, Infinity, Infinity, Infinity]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_pow_bool_tensor_bool_exponent_stays_bool():
    """Fuzz (seed 49054): pow bool tensor bool exponent stays bool."""
    # v0 = torch.tensor([1.788, 0.5983, -0.1951, -1.3577], dtype=torch.float32).reshape([2, 2])
    # v1 = v0 > 0
    # v2 = torch.pow(v1, True)
    # v3 = torch.pow(v1, False)
    # v4 = torch.pow(True, v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.788, 0.5983, -0.1951, -1.3577], "dtype": "float32", "shape": [2, 2]}, {"k": "op", "name": "gt", "args": [{"t": 0}, 0]}, {"k": "fn", "name": "pow", "args": [{"t": 1}, true], "kw": {}}, {"k": "fn", "name": "pow", "args": [{"t": 1}, false], "kw": {}}, {"k": "fn", "name": "pow", "args": [true, {"t": 1}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.float32", "value": [[1.7879999876022339, 0.5982999801635742], [-0.19509999454021454, -1.357699990272522]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.bool", "value": [[true, true], [false, false]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.bool", "value": [[true, true], [false, false]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.bool", "value": [[true, true], [true, true]], "rg": false, "fn": null, "leaf": true}], "error": ["NotImplementedError", "\\"pow\\" not implemented for \'Bool\'"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_where_broadcast_message_names_condition_first():
    """Fuzz: where broadcast message names condition first."""
    # v0 = torch.tensor([True, False, True], dtype=torch.bool).reshape([3])
    # v1 = torch.tensor([1.0, 2.0], dtype=torch.float32).reshape([2])
    # v2 = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float32).reshape([3])
    # v3 = torch.where(v0, v1, v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [true, false, true], "dtype": "bool", "shape": [3]}, {"k": "tensor", "data": [1.0, 2.0], "dtype": "float32", "shape": [2]}, {"k": "tensor", "data": [1.0, 2.0, 3.0], "dtype": "float32", "shape": [3]}, {"k": "fn", "name": "where", "args": [{"t": 0}, {"t": 1}, {"t": 2}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.bool", "value": [true, false, true], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [1.0, 2.0], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [1.0, 2.0, 3.0], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_matrix_products_give_positive_zero():
    """Fuzz (seed 53736): matrix products give positive zero."""
    # v0 = torch.tensor([0.0], dtype=torch.float64).reshape([1])
    # v1 = torch.tensor([-0.0269], dtype=torch.float64).reshape([1])
    # v2 = v1 @ v0
    # v3 = v2.reciprocal()
    # v4 = torch.tensor([-1.0, -2.0], dtype=torch.float32).reshape([1, 2])
    # v5 = torch.tensor([0.0, 0.0], dtype=torch.float32).reshape([2, 1])
    # v6 = v4 @ v5
    # v7 = v6.reciprocal()
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.0], "dtype": "float64", "shape": [1]}, {"k": "tensor", "data": [-0.0269], "dtype": "float64", "shape": [1]}, {"k": "op", "name": "matmul", "args": [{"t": 1}, {"t": 0}]}, {"k": "method", "name": "reciprocal", "args": [{"t": 2}], "kw": {}}, {"k": "tensor", "data": [-1.0, -2.0], "dtype": "float32", "shape": [1, 2]}, {"k": "tensor", "data": [0.0, 0.0], "dtype": "float32", "shape": [2, 1]}, {"k": "op", "name": "matmul", "args": [{"t": 4}, {"t": 5}]}, {"k": "method", "name": "reciprocal", "args": [{"t": 6}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1], "dtype": "torch.float64", "value": [0.0], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [-0.0269], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 0.0, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": Infinity, "rg": false, "fn": null, "leaf": true}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[-1.0, -2.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 1], "dtype": "torch.float32", "value": [[0.0], [0.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 1], "dtype": "torch.float32", "value": [[0.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 1], "dtype": "torch.float32", "value": [[Infinity]], "rg": false, "fn": null, "leaf": true}], "final": [[0.0], [-0.0269], 0.0, Infinity, [[-1.0, -2.0]], [[0.0], [0.0]], [[0.0]], [[Infinity]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_addmm_input_expand_message():
    """Fuzz: addmm input expand message."""
    # v0 = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float32).reshape([3])
    # v1 = torch.tensor([0.5, 0.5, 0.5, 0.5, 0.5, 0.5], dtype=torch.float32).reshape([2, 3])
    # v2 = torch.tensor([1.5, 1.5, 1.5, 1.5, 1.5, 1.5], dtype=torch.float32).reshape([3, 2])
    # v3 = torch.addmm(v0, v1, v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0, 3.0], "dtype": "float32", "shape": [3]}, {"k": "tensor", "data": [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], "dtype": "float32", "shape": [2, 3]}, {"k": "tensor", "data": [1.5, 1.5, 1.5, 1.5, 1.5, 1.5], "dtype": "float32", "shape": [3, 2]}, {"k": "fn", "name": "addmm", "args": [{"t": 0}, {"t": 1}, {"t": 2}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [1.0, 2.0, 3.0], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 2], "dtype": "torch.float32", "value": [[1.5, 1.5], [1.5, 1.5], [1.5, 1.5]], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [2, 2].  Tensor sizes: [3]"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_addmv_size_mismatch_message():
    """Fuzz: addmv size mismatch message."""
    # v0 = torch.tensor([1.0, 1.0, 1.0, 1.0], dtype=torch.float64).reshape([4])
    # v1 = torch.tensor([0.5, 0.5, 0.5, 0.5, 0.5, 0.5], dtype=torch.float64).reshape([2, 3])
    # v2 = torch.tensor([1.5, 1.5, 1.5], dtype=torch.float64).reshape([3])
    # v3 = torch.addmv(v0, v1, v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 1.0, 1.0, 1.0], "dtype": "float64", "shape": [4]}, {"k": "tensor", "data": [0.5, 0.5, 0.5, 0.5, 0.5, 0.5], "dtype": "float64", "shape": [2, 3]}, {"k": "tensor", "data": [1.5, 1.5, 1.5], "dtype": "float64", "shape": [3]}, {"k": "fn", "name": "addmv", "args": [{"t": 0}, {"t": 1}, {"t": 2}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float64", "value": [1.0, 1.0, 1.0, 1.0], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float64", "value": [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5]], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float64", "value": [1.5, 1.5, 1.5], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "size mismatch, got input (4), mat (2x3), vec (3)"]}')  # noqa: E501
    assert_matches_torch(program, expected)
