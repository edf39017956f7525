"""Regression tests for in-place, setitem, view and version-counter bugs found by the fuzzer.

Each program is a fuzzer find, shrunk and printed as a test by ``python -m tools.fuzz --seeds``;
``expected`` is torch 2.13's record of it, and the comment shows the program as torch code.
"""

import json

from tools.fuzz.compare import assert_matches_torch


def test_flip_tanh_inplace_leaves_input():
    """Fuzz: flip tanh inplace leaves input."""
    # v0 = torch.tensor([3.0, -1.0, 3.0, 0.0, -3.0, -1.0, 1.0, 3.0, -3.0, 2.0, 2.0, -2.0, -3.0, 3.0, -3.0, 3.0], dtype=torch.float32).reshape([4, 4])  # noqa: E501
    # v1 = torch.flip(v0, (1,))
    # v2 = v1.tanh_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [3.0, -1.0, 3.0, 0.0, -3.0, -1.0, 1.0, 3.0, -3.0, 2.0, 2.0, -2.0, -3.0, 3.0, -3.0, 3.0], "dtype": "float32", "shape": [4, 4]}, {"k": "fn", "name": "flip", "args": [{"t": 0}, {"tuple": [1]}]}, {"k": "method", "name": "tanh_", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 4], "dtype": "torch.float32", "value": [[3.0, -1.0, 3.0, 0.0], [-3.0, -1.0, 1.0, 3.0], [-3.0, 2.0, 2.0, -2.0], [-3.0, 3.0, -3.0, 3.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 4], "dtype": "torch.float32", "value": [[0.0, 3.0, -1.0, 3.0], [3.0, 1.0, -1.0, -3.0], [-2.0, 2.0, 2.0, -3.0], [3.0, -3.0, 3.0, -3.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 4], "dtype": "torch.float32", "value": [[0.0, 0.9950547814369202, -0.7615941762924194, 0.9950547814369202], [0.9950547814369202, 0.7615941762924194, -0.7615941762924194, -0.9950547814369202], [-0.9640275835990906, 0.9640275835990906, 0.9640275835990906, -0.9950547814369202], [0.9950547814369202, -0.9950547814369202, 0.9950547814369202, -0.9950547814369202]], "rg": false, "fn": null, "leaf": true}], "final": [[[3.0, -1.0, 3.0, 0.0], [-3.0, -1.0, 1.0, 3.0], [-3.0, 2.0, 2.0, -2.0], [-3.0, 3.0, -3.0, 3.0]], [[0.0, 0.9950547814369202, -0.7615941762924194, 0.9950547814369202], [0.9950547814369202, 0.7615941762924194, -0.7615941762924194, -0.9950547814369202], [-0.9640275835990906, 0.9640275835990906, 0.9640275835990906, -0.9950547814369202], [0.9950547814369202, -0.9950547814369202, 0.9950547814369202, -0.9950547814369202]], [[0.0, 0.9950547814369202, -0.7615941762924194, 0.9950547814369202], [0.9950547814369202, 0.7615941762924194, -0.7615941762924194, -0.9950547814369202], [-0.9640275835990906, 0.9640275835990906, 0.9640275835990906, -0.9950547814369202], [0.9950547814369202, -0.9950547814369202, 0.9950547814369202, -0.9950547814369202]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_flip_setitem_leaves_input():
    """Fuzz: flip setitem leaves input."""
    # v0 = torch.tensor([3.0, 3.0, 1.0, 2.0, -2.0, -1.0, 0.0, -3.0, -2.0, 3.0, -1.0, -2.0, -2.0, 3.0, 0.0, 3.0], dtype=torch.float32).reshape([4, 4])  # noqa: E501
    # v1 = torch.flip(v0, (1,))
    # v2 = torch.tensor([1.086, -0.2405, 1.5902, -1.3764], dtype=torch.float32).reshape([4])
    # v3 = v1; v3[2, ...] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [3.0, 3.0, 1.0, 2.0, -2.0, -1.0, 0.0, -3.0, -2.0, 3.0, -1.0, -2.0, -2.0, 3.0, 0.0, 3.0], "dtype": "float32", "shape": [4, 4]}, {"k": "fn", "name": "flip", "args": [{"t": 0}, {"tuple": [1]}]}, {"k": "tensor", "data": [1.086, -0.2405, 1.5902, -1.3764], "dtype": "float32", "shape": [4]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [2, {"ellipsis": 1}]}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 4], "dtype": "torch.float32", "value": [[3.0, 3.0, 1.0, 2.0], [-2.0, -1.0, 0.0, -3.0], [-2.0, 3.0, -1.0, -2.0], [-2.0, 3.0, 0.0, 3.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 4], "dtype": "torch.float32", "value": [[2.0, 1.0, 3.0, 3.0], [-3.0, 0.0, -1.0, -2.0], [-2.0, -1.0, 3.0, -2.0], [3.0, 0.0, 3.0, -2.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [1.0859999656677246, -0.24050000309944153, 1.5901999473571777, -1.3763999938964844], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 4], "dtype": "torch.float32", "value": [[2.0, 1.0, 3.0, 3.0], [-3.0, 0.0, -1.0, -2.0], [1.0859999656677246, -0.24050000309944153, 1.5901999473571777, -1.3763999938964844], [3.0, 0.0, 3.0, -2.0]], "rg": false, "fn": null, "leaf": true}], "final": [[[3.0, 3.0, 1.0, 2.0], [-2.0, -1.0, 0.0, -3.0], [-2.0, 3.0, -1.0, -2.0], [-2.0, 3.0, 0.0, 3.0]], [[2.0, 1.0, 3.0, 3.0], [-3.0, 0.0, -1.0, -2.0], [1.0859999656677246, -0.24050000309944153, 1.5901999473571777, -1.3763999938964844], [3.0, 0.0, 3.0, -2.0]], [1.0859999656677246, -0.24050000309944153, 1.5901999473571777, -1.3763999938964844], [[2.0, 1.0, 3.0, 3.0], [-3.0, 0.0, -1.0, -2.0], [1.0859999656677246, -0.24050000309944153, 1.5901999473571777, -1.3763999938964844], [3.0, 0.0, 3.0, -2.0]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_flip_advanced_setitem_leaves_input():
    """Fuzz: flip advanced setitem leaves input."""
    # v0 = torch.tensor([0.665, -2.0634, 2.4562, -0.753, -1.0902, -1.8402, -0.8005, -2.4917], dtype=torch.float64).reshape([4, 2])  # noqa: E501
    # v1 = v0 * v0
    # v2 = torch.flip(v1, (1,))
    # v3 = torch.tensor([0.3735, 1.6482], dtype=torch.float64).reshape([1, 2])
    # v4 = v2; v4[1:-1:1, [1, 0]] = v3
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.665, -2.0634, 2.4562, -0.753, -1.0902, -1.8402, -0.8005, -2.4917], "dtype": "float64", "shape": [4, 2]}, {"k": "op", "name": "mul", "args": [{"t": 0}, {"t": 0}]}, {"k": "fn", "name": "flip", "args": [{"t": 1}, {"tuple": [1]}]}, {"k": "tensor", "data": [0.3735, 1.6482], "dtype": "float64", "shape": [1, 2]}, {"k": "setitem", "args": [{"t": 2}, {"tuple": [{"slice": [1, -1, 1]}, [1, 0]]}, {"t": 3}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 2], "dtype": "torch.float64", "value": [[0.665, -2.0634], [2.4562, -0.753], [-1.0902, -1.8402], [-0.8005, -2.4917]], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 2], "dtype": "torch.float64", "value": [[0.44222500000000003, 4.25761956], [6.0329184399999995, 0.567009], [1.18853604, 3.38633604], [0.64080025, 6.208568889999999]], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 2], "dtype": "torch.float64", "value": [[4.25761956, 0.44222500000000003], [0.567009, 6.0329184399999995], [3.38633604, 1.18853604], [6.208568889999999, 0.64080025]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 2], "dtype": "torch.float64", "value": [[0.3735, 1.6482]], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 2], "dtype": "torch.float64", "value": [[4.25761956, 0.44222500000000003], [1.6482, 0.3735], [1.6482, 0.3735], [6.208568889999999, 0.64080025]], "rg": false, "fn": null, "leaf": true}], "final": [[[0.665, -2.0634], [2.4562, -0.753], [-1.0902, -1.8402], [-0.8005, -2.4917]], [[0.44222500000000003, 4.25761956], [6.0329184399999995, 0.567009], [1.18853604, 3.38633604], [0.64080025, 6.208568889999999]], [[4.25761956, 0.44222500000000003], [1.6482, 0.3735], [1.6482, 0.3735], [6.208568889999999, 0.64080025]], [[0.3735, 1.6482]], [[4.25761956, 0.44222500000000003], [1.6482, 0.3735], [1.6482, 0.3735], [6.208568889999999, 0.64080025]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_diagonal_view_is_writable():
    """Fuzz: diagonal view is writable."""
    # v0 = torch.tensor([1.0078, 0.6942, -2.2738, 0.8576, 1.3306, -2.3281, -1.4905, 0.8558, -2.0651, -0.7046, -0.0371, 0.3978], dtype=torch.float32).reshape([4, 3])  # noqa: E501
    # v1 = torch.diagonal(v0)
    # v2 = v1; v2 += True
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0078, 0.6942, -2.2738, 0.8576, 1.3306, -2.3281, -1.4905, 0.8558, -2.0651, -0.7046, -0.0371, 0.3978], "dtype": "float32", "shape": [4, 3]}, {"k": "fn", "name": "diagonal", "args": [{"t": 0}]}, {"k": "op", "name": "iadd", "args": [{"t": 1}, true]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 3], "dtype": "torch.float32", "value": [[1.0077999830245972, 0.6941999793052673, -2.2737998962402344], [0.8575999736785889, 1.3306000232696533, -2.3280999660491943], [-1.4904999732971191, 0.8557999730110168, -2.0650999546051025], [-0.7045999765396118, -0.03709999844431877, 0.3977999985218048]], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [1.0077999830245972, 1.3306000232696533, -2.0650999546051025], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [2.0078001022338867, 2.3306000232696533, -1.0650999546051025], "rg": false, "fn": null, "leaf": true}], "final": [[[2.0078001022338867, 0.6941999793052673, -2.2737998962402344], [0.8575999736785889, 2.3306000232696533, -2.3280999660491943], [-1.4904999732971191, 0.8557999730110168, -1.0650999546051025], [-0.7045999765396118, -0.03709999844431877, 0.3977999985218048]], [2.0078001022338867, 2.3306000232696533, -1.0650999546051025], [2.0078001022338867, 2.3306000232696533, -1.0650999546051025]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_clamp_into_unexpanded_expand():
    """Fuzz: clamp into unexpanded expand."""
    # v0 = torch.tensor([2.0982, 2.3466, 0.6241], dtype=torch.float32).reshape([3])
    # v1 = v0.expand(3)
    # v2 = v1.clamp_(min=-0.5, max=1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.0982, 2.3466, 0.6241], "dtype": "float32", "shape": [3]}, {"k": "method", "name": "expand", "args": [{"t": 0}, 3]}, {"k": "method", "name": "clamp_", "args": [{"t": 1}], "kw": {"min": -0.5, "max": 1}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [2.0982000827789307, 2.34660005569458, 0.6241000294685364], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [2.0982000827789307, 2.34660005569458, 0.6241000294685364], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [1.0, 1.0, 0.6241000294685364], "rg": false, "fn": null, "leaf": true}], "final": [[1.0, 1.0, 0.6241000294685364], [1.0, 1.0, 0.6241000294685364], [1.0, 1.0, 0.6241000294685364]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_div_into_same_size_expand():
    """Fuzz: div into same size expand."""
    # v0 = torch.tensor([-1.8335, 0.4847, 1.7671, 1.356], dtype=torch.float64).reshape([4])
    # v1 = v0.expand(-1)
    # v2 = v1.div_(v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.8335, 0.4847, 1.7671, 1.356], "dtype": "float64", "shape": [4]}, {"k": "method", "name": "expand", "args": [{"t": 0}, -1]}, {"k": "method", "name": "div_", "args": [{"t": 1}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float64", "value": [-1.8335, 0.4847, 1.7671, 1.356], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float64", "value": [-1.8335, 0.4847, 1.7671, 1.356], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float64", "value": [1.0, 1.0, 1.0, 1.0], "rg": false, "fn": null, "leaf": true}], "final": [[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_one_element_of_expanded_view():
    """Fuzz: setitem one element of expanded view."""
    # v0 = torch.tensor([1.4354], dtype=torch.float32).reshape([1, 1])
    # v1 = torch.sub(v0, 2)
    # v2 = v1.expand(2, 2)
    # v3 = v2; v3[1, :2:2] = -2
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.4354], "dtype": "float32", "shape": [1, 1]}, {"k": "fn", "name": "sub", "args": [{"t": 0}, 2], "kw": {}}, {"k": "method", "name": "expand", "args": [{"t": 1}, 2, 2]}, {"k": "setitem", "args": [{"t": 2}, {"tuple": [1, {"slice": [null, 2, 2]}]}, -2]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 1], "dtype": "torch.float32", "value": [[1.4354000091552734]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 1], "dtype": "torch.float32", "value": [[-0.5645999908447266]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float32", "value": [[-0.5645999908447266, -0.5645999908447266], [-0.5645999908447266, -0.5645999908447266]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float32", "value": [[-2.0, -2.0], [-2.0, -2.0]], "rg": false, "fn": null, "leaf": true}], "final": [[[1.4354000091552734]], [[-2.0]], [[-2.0, -2.0], [-2.0, -2.0]], [[-2.0, -2.0], [-2.0, -2.0]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_empty_slice_of_view_of_0d():
    """Fuzz: setitem empty slice of view of 0d."""
    # v0 = torch.tensor([-1.9763, 1.9855, 0.0693], dtype=torch.float32).reshape([3])
    # v1 = v0.max(-1, keepdim=False)
    # v2 = torch.amax(v1[0], -1, keepdim=True)
    # v3 = torch.unsqueeze(v2, -1)
    # v4 = torch.tensor([], dtype=torch.float32).reshape([0]).requires_grad_()
    # v5 = v3; v5[1:-1] = v4
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.9763, 1.9855, 0.0693], "dtype": "float32", "shape": [3]}, {"k": "method", "name": "max", "args": [{"t": 0}, -1], "kw": {"keepdim": false}}, {"k": "fn", "name": "amax", "args": [{"t": 1, "k": 0}, -1], "kw": {"keepdim": true}}, {"k": "fn", "name": "unsqueeze", "args": [{"t": 2}, -1]}, {"k": "tensor", "data": [], "dtype": "float32", "shape": [0], "rg": true}, {"k": "setitem", "args": [{"t": 3}, {"slice": [1, -1, null]}, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [-1.9763000011444092, 1.9854999780654907, 0.06930000334978104], "rg": false, "fn": null, "leaf": true}, {"seq": [{"shape": [], "dtype": "torch.float32", "value": 1.9854999780654907, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.int64", "value": 1, "rg": false, "fn": null, "leaf": true}]}, {"shape": [], "dtype": "torch.float32", "value": 1.9854999780654907, "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [1.9854999780654907], "rg": false, "fn": null, "leaf": true}, {"shape": [0], "dtype": "torch.float32", "value": [], "rg": true, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [1.9854999780654907], "rg": true, "fn": "AsStridedBackward0", "leaf": false}], "final": [[-1.9763000011444092, 1.9854999780654907, 0.06930000334978104], 1.9854999780654907, [1.9854999780654907], [], [1.9854999780654907]], "grad": [{"dtype": "torch.float32", "shape": [0], "value": []}], "backward": [{"dtype": "torch.float32", "shape": [0], "value": []}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_view_of_0d_base_rereads_after_inplace():
    """Fuzz: view of 0d base rereads after inplace."""
    # v0 = torch.tensor([0.9094, -2.2059], dtype=torch.float64).reshape([2])
    # v1 = v0.detach()
    # v2 = torch.tensor([-1.6852, 2.252], dtype=torch.float64).reshape([2]).requires_grad_()
    # v3 = torch.xlogy(v1, v2)
    # v4 = v3.prod(0, keepdim=False)
    # v5 = v4.reshape(1)
    # v6 = v4.exp_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.9094, -2.2059], "dtype": "float64", "shape": [2]}, {"k": "method", "name": "detach", "args": [{"t": 0}]}, {"k": "tensor", "data": [-1.6852, 2.252], "dtype": "float64", "shape": [2], "rg": true}, {"k": "fn", "name": "xlogy", "args": [{"t": 1}, {"t": 2}]}, {"k": "method", "name": "prod", "args": [{"t": 3}, 0], "kw": {"keepdim": false}}, {"k": "method", "name": "reshape", "args": [{"t": 4}, 1]}, {"k": "method", "name": "exp_", "args": [{"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float64", "value": [0.9094, -2.2059], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float64", "value": [0.9094, -2.2059], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float64", "value": [-1.6852, 2.252], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float64", "value": [NaN, -1.7907908930010137], "rg": true, "fn": "XlogyBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float64", "value": NaN, "rg": true, "fn": "ProdBackward1", "leaf": false}, {"shape": [1], "dtype": "torch.float64", "value": [NaN], "rg": true, "fn": "ViewBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float64", "value": NaN, "rg": true, "fn": "ExpBackward0", "leaf": false}], "final": [[0.9094, -2.2059], [0.9094, -2.2059], [-1.6852, 2.252], [NaN, -1.7907908930010137], NaN, [NaN], NaN], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.DoubleTensor []], which is output 0 of Prod1, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_expand_fill_and_masked_fill_write_shared_memory():
    """Fuzz: expand fill and masked fill write shared memory."""
    # v0 = torch.tensor([1.5, 2.5], dtype=torch.float32).reshape([2, 1])
    # v1 = v0.expand(2, 3)
    # v2 = v1.fill_(4.0)
    # v3 = v1 > 3.0
    # v4 = v1.masked_fill_(v3, -1.0)
    # v5 = v1; v5[[0, 1]] = 7.0
    # v6 = v1; v6[:, 0] = 5.0
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, 2.5], "dtype": "float32", "shape": [2, 1]}, {"k": "method", "name": "expand", "args": [{"t": 0}, 2, 3]}, {"k": "method", "name": "fill_", "args": [{"t": 1}, 4.0]}, {"k": "op", "name": "gt", "args": [{"t": 1}, 3.0]}, {"k": "method", "name": "masked_fill_", "args": [{"t": 1}, {"t": 3}, -1.0]}, {"k": "setitem", "args": [{"t": 1}, [0, 1], 7.0]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [{"slice": [null, null, null]}, 0]}, 5.0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 1], "dtype": "torch.float32", "value": [[1.5], [2.5]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[1.5, 1.5, 1.5], [2.5, 2.5, 2.5]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[4.0, 4.0, 4.0], [4.0, 4.0, 4.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.bool", "value": [[true, true, true], [true, true, true]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[-1.0, -1.0, -1.0], [-1.0, -1.0, -1.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[7.0, 7.0, 7.0], [7.0, 7.0, 7.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[5.0, 5.0, 5.0], [5.0, 5.0, 5.0]], "rg": false, "fn": null, "leaf": true}], "final": [[[5.0], [5.0]], [[5.0, 5.0, 5.0], [5.0, 5.0, 5.0]], [[5.0, 5.0, 5.0], [5.0, 5.0, 5.0]], [[true, true, true], [true, true, true]], [[5.0, 5.0, 5.0], [5.0, 5.0, 5.0]], [[5.0, 5.0, 5.0], [5.0, 5.0, 5.0]], [[5.0, 5.0, 5.0], [5.0, 5.0, 5.0]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_expand_row_setitem_refused():
    """Fuzz: expand row setitem refused."""
    # v0 = torch.tensor([1.5, 2.5], dtype=torch.float32).reshape([2, 1]).requires_grad_()
    # v1 = v0 * 2.0
    # v2 = v1.expand(2, 3)
    # v3 = v2; v3[1] = 5.0
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, 2.5], "dtype": "float32", "shape": [2, 1], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 2.0]}, {"k": "method", "name": "expand", "args": [{"t": 1}, 2, 3]}, {"k": "setitem", "args": [{"t": 2}, 1, 5.0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 1], "dtype": "torch.float32", "value": [[1.5], [2.5]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 1], "dtype": "torch.float32", "value": [[3.0], [5.0]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[3.0, 3.0, 3.0], [5.0, 5.0, 5.0]], "rg": true, "fn": "ExpandBackward0", "leaf": false}], "error": ["RuntimeError", "unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_expand_grad_write_one_slot():
    """Fuzz: expand grad write one slot."""
    # v0 = torch.tensor([1.5, 2.5], dtype=torch.float64).reshape([2, 1]).requires_grad_()
    # v1 = v0 * 2.0
    # v2 = v1.expand(2, 3)
    # v3 = torch.tensor([0.5], dtype=torch.float64).reshape([]).requires_grad_()
    # v4 = v2; v4[:, 1] = v3
    # v5 = v1 * v1
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, 2.5], "dtype": "float64", "shape": [2, 1], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 2.0]}, {"k": "method", "name": "expand", "args": [{"t": 1}, 2, 3]}, {"k": "tensor", "data": [0.5], "dtype": "float64", "shape": [], "rg": true}, {"k": "setitem", "args": [{"t": 2}, {"tuple": [{"slice": [null, null, null]}, 1]}, {"t": 3}]}, {"k": "op", "name": "mul", "args": [{"t": 1}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 1], "dtype": "torch.float64", "value": [[1.5], [2.5]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 1], "dtype": "torch.float64", "value": [[3.0], [5.0]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2, 3], "dtype": "torch.float64", "value": [[3.0, 3.0, 3.0], [5.0, 5.0, 5.0]], "rg": true, "fn": "ExpandBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float64", "value": 0.5, "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float64", "value": [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5]], "rg": true, "fn": "AsStridedBackward0", "leaf": false}, {"shape": [2, 1], "dtype": "torch.float64", "value": [[0.25], [0.25]], "rg": true, "fn": "MulBackward0", "leaf": false}], "final": [[[1.5], [2.5]], [[0.5], [0.5]], [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5]], 0.5, [[0.5, 0.5, 0.5], [0.5, 0.5, 0.5]], [[0.25], [0.25]]], "grad": [{"dtype": "torch.float64", "shape": [2, 1], "value": [[0.0], [0.0]]}, {"dtype": "torch.float64", "shape": [], "value": -6.5}], "grad2": [{"dtype": "torch.float64", "shape": [2, 1], "value": [[0.0], [0.0]]}, {"dtype": "torch.float64", "shape": [], "value": 7.5}], "backward": [{"dtype": "torch.float64", "shape": [2, 1], "value": [[0.0], [0.0]]}, {"dtype": "torch.float64", "shape": [], "value": -6.5}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_iadd_shape_error_before_cast_error():
    """Fuzz: iadd shape error before cast error."""
    # v0 = torch.tensor([-1], dtype=torch.int64).reshape([])
    # v1 = torch.tensor([-2.4455, -2.0295], dtype=torch.float32).reshape([2])
    # v2 = v0; v2 += v1
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1], "dtype": "int64", "shape": []}, {"k": "tensor", "data": [-2.4455, -2.0295], "dtype": "float32", "shape": [2]}, {"k": "op", "name": "iadd", "args": [{"t": 0}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.int64", "value": -1, "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [-2.445499897003174, -2.0295000076293945], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "output with shape [] doesn\'t match the broadcast shape [2]"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_itruediv_bool_shape_error_before_cast_error():
    """Fuzz: itruediv bool shape error before cast error."""
    # v0 = torch.tensor([0, -1], dtype=torch.int64).reshape([2])
    # v1 = v0 >= 0
    # v2 = torch.tensor([-0.9172, -1.8841, 0.4764, -0.9005], dtype=torch.float32).reshape([2, 2])
    # v3 = v1; v3 /= v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [0, -1], "dtype": "int64", "shape": [2]}, {"k": "op", "name": "ge", "args": [{"t": 0}, 0]}, {"k": "tensor", "data": [-0.9172, -1.8841, 0.4764, -0.9005], "dtype": "float32", "shape": [2, 2]}, {"k": "op", "name": "itruediv", "args": [{"t": 1}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.int64", "value": [0, -1], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.bool", "value": [true, false], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float32", "value": [[-0.9172000288963318, -1.8840999603271484], [0.4763999879360199, -0.9004999995231628]], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "output with shape [2] doesn\'t match the broadcast shape [2, 2]"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_div_inplace_empty_broadcast_shape_error():
    """Fuzz: div inplace empty broadcast shape error."""
    # v0 = torch.tensor([4, 0, 1, -1], dtype=torch.int64).reshape([1, 4])
    # v1 = torch.diff(v0, dim=0)
    # v2 = torch.log1p(v1)
    # v3 = v0.div_(v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [4, 0, 1, -1], "dtype": "int64", "shape": [1, 4]}, {"k": "fn", "name": "diff", "args": [{"t": 0}], "kw": {"dim": 0}}, {"k": "fn", "name": "log1p", "args": [{"t": 1}]}, {"k": "method", "name": "div_", "args": [{"t": 0}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 4], "dtype": "torch.int64", "value": [[4, 0, 1, -1]], "rg": false, "fn": null, "leaf": true}, {"shape": [0, 4], "dtype": "torch.int64", "value": [], "rg": false, "fn": null, "leaf": true}, {"shape": [0, 4], "dtype": "torch.float32", "value": [], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "output with shape [1, 4] doesn\'t match the broadcast shape [0, 4]"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_value_shape_error_before_view_of_leaf_error():
    """Fuzz: setitem value shape error before view of leaf error."""
    # v0 = torch.tensor([1.3994, 1.3094, 0.4293], dtype=torch.float64).reshape([3]).requires_grad_()
    # v1 = v0[1::2]
    # v2 = torch.tensor([2.4095, 0.8958], dtype=torch.float64).reshape([2])
    # v3 = v1; v3[-1] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.3994, 1.3094, 0.4293], "dtype": "float64", "shape": [3], "rg": true}, {"k": "getitem", "args": [{"t": 0}, {"slice": [1, null, 2]}]}, {"k": "tensor", "data": [2.4095, 0.8958], "dtype": "float64", "shape": [2]}, {"k": "setitem", "args": [{"t": 1}, -1, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float64", "value": [1.3994, 1.3094, 0.4293], "rg": true, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [1.3094], "rg": true, "fn": "SliceBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float64", "value": [2.4095, 0.8958], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "expand(torch.DoubleTensor{[2]}, size=[]): the number of sizes provided (0) must be greater or equal to the number of dimensions in the tensor (1)"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_leaf_setitem_advanced_with_partial_slice_is_view_error():
    """Fuzz: leaf setitem advanced with partial slice is view error."""
    # v0 = torch.tensor([3.0, 0.0, -2.0, 3.0, 3.0, 2.0, -2.0, 1.0, 2.0, 1.0, 2.0, -1.0, -1.0, 1.0, 0.0, 3.0, -3.0, -2.0, 2.0, 3.0, 3.0, -3.0, 1.0, 2.0], dtype=torch.float64).reshape([4, 3, 2]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([1, 3], dtype=torch.int64).reshape([2])
    # v2 = v0; v2[v1, 1:2, ::1] = 1.5
    program = json.loads('{"steps": [{"k": "tensor", "data": [3.0, 0.0, -2.0, 3.0, 3.0, 2.0, -2.0, 1.0, 2.0, 1.0, 2.0, -1.0, -1.0, 1.0, 0.0, 3.0, -3.0, -2.0, 2.0, 3.0, 3.0, -3.0, 1.0, 2.0], "dtype": "float64", "shape": [4, 3, 2], "rg": true}, {"k": "tensor", "data": [1, 3], "dtype": "int64", "shape": [2]}, {"k": "setitem", "args": [{"t": 0}, {"tuple": [{"t": 1}, {"slice": [1, 2, null]}, {"slice": [null, null, 1]}]}, 1.5]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 3, 2], "dtype": "torch.float64", "value": [[[3.0, 0.0], [-2.0, 3.0], [3.0, 2.0]], [[-2.0, 1.0], [2.0, 1.0], [2.0, -1.0]], [[-1.0, 1.0], [0.0, 3.0], [-3.0, -2.0]], [[2.0, 3.0], [3.0, -3.0], [1.0, 2.0]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [1, 3], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "a view of a leaf Variable that requires grad is being used in an in-place operation."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_leaf_setitem_advanced_with_none_is_view_error():
    """Fuzz: leaf setitem advanced with none is view error."""
    # v0 = torch.tensor([-0.1733, 0.6891, -1.5906, -2.4124], dtype=torch.float64).reshape([1, 4, 1]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([-1.4497, -1.02, 0.4629, 2.0945], dtype=torch.float64).reshape([1, 4, 1])
    # v2 = v0; v2[[0], 0:4, None, -1] = v1
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.1733, 0.6891, -1.5906, -2.4124], "dtype": "float64", "shape": [1, 4, 1], "rg": true}, {"k": "tensor", "data": [-1.4497, -1.02, 0.4629, 2.0945], "dtype": "float64", "shape": [1, 4, 1]}, {"k": "setitem", "args": [{"t": 0}, {"tuple": [[0], {"slice": [0, 4, null]}, null, -1]}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 4, 1], "dtype": "torch.float64", "value": [[[-0.1733], [0.6891], [-1.5906], [-2.4124]]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 4, 1], "dtype": "torch.float64", "value": [[[-1.4497], [-1.02], [0.4629], [2.0945]]], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "a view of a leaf Variable that requires grad is being used in an in-place operation."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_bool_setitem_expand_error_names_cpu_bool_type():
    """Fuzz: bool setitem expand error names cpu bool type."""
    # v0 = torch.tensor([2.1463, 2.0968, -2.2282], dtype=torch.float32).reshape([3])
    # v1 = v0 > 0
    # v2 = torch.tensor([True, False], dtype=torch.bool).reshape([2, 1, 1])
    # v3 = v1; v3[None, 0:2:2] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.1463, 2.0968, -2.2282], "dtype": "float32", "shape": [3]}, {"k": "op", "name": "gt", "args": [{"t": 0}, 0]}, {"k": "tensor", "data": [true, false], "dtype": "bool", "shape": [2, 1, 1]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [null, {"slice": [0, 2, 2]}]}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [2.1463000774383545, 2.0968000888824463, -2.2281999588012695], "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.bool", "value": [true, true, false], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 1, 1], "dtype": "torch.bool", "value": [[[true]], [[false]]], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "expand(CPUBoolType{[2, 1, 1]}, size=[1, 1]): the number of sizes provided (2) must be greater or equal to the number of dimensions in the tensor (3)"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_view_of_no_grad_view_after_base_written_raises():
    """Fuzz: view of no grad view after base written raises."""
    # v0 = torch.tensor([2, 0], dtype=torch.int64).reshape([2, 1])
    # v1 = torch.pow(v0, 3.0)
    # with torch.no_grad():
    #     v2 = v1[()]
    # v3 = torch.tensor([-0.048], dtype=torch.float32).reshape([1]).requires_grad_()
    # v4 = v1; v4[()] = v3
    # v5 = v2[:2:2, 1:2]
    program = json.loads('{"steps": [{"k": "tensor", "data": [2, 0], "dtype": "int64", "shape": [2, 1]}, {"k": "fn", "name": "pow", "args": [{"t": 0}, 3.0]}, {"k": "getitem", "args": [{"t": 1}, {"tuple": []}], "nograd": true}, {"k": "tensor", "data": [-0.048], "dtype": "float32", "shape": [1], "rg": true}, {"k": "setitem", "args": [{"t": 1}, {"tuple": []}, {"t": 3}]}, {"k": "getitem", "args": [{"t": 2}, {"tuple": [{"slice": [null, 2, 2]}, {"slice": [1, 2, null]}]}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 1], "dtype": "torch.int64", "value": [[2], [0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 1], "dtype": "torch.float32", "value": [[8.0], [0.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 1], "dtype": "torch.float32", "value": [[8.0], [0.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [-0.04800000041723251], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 1], "dtype": "torch.float32", "value": [[-0.04800000041723251], [-0.04800000041723251]], "rg": true, "fn": "CopyBackwards", "leaf": false}], "error": ["RuntimeError", "A view was created in no_grad mode and its base or another view of its base has been modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don\'t want the inplace to be tracked) or both outside (if you want the inplace to be tracked)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_vector_matmul_matrix_is_not_a_view():
    """Fuzz: vector matmul matrix is not a view."""
    # v0 = torch.tensor([-2.0, 1.0, 3.0, -1.0], dtype=torch.float64).reshape([4])
    # v1 = torch.tensor([-1.0765, 1.6713, 0.0975, -1.4578], dtype=torch.float64).reshape([4, 1]).requires_grad_()  # noqa: E501
    # v2 = torch.matmul(v0, v1)
    # v3 = v2.sin_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [-2.0, 1.0, 3.0, -1.0], "dtype": "float64", "shape": [4]}, {"k": "tensor", "data": [-1.0765, 1.6713, 0.0975, -1.4578], "dtype": "float64", "shape": [4, 1], "rg": true}, {"k": "fn", "name": "matmul", "args": [{"t": 0}, {"t": 1}]}, {"k": "method", "name": "sin_", "args": [{"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float64", "value": [-2.0, 1.0, 3.0, -1.0], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 1], "dtype": "torch.float64", "value": [[-1.0765], [1.6713], [0.0975], [-1.4578]], "rg": true, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [5.5746], "rg": true, "fn": "SqueezeBackward4", "leaf": false}, {"shape": [1], "dtype": "torch.float64", "value": [-0.6507602700026236], "rg": true, "fn": "SinBackward0", "leaf": false}], "final": [[-2.0, 1.0, 3.0, -1.0], [[-1.0765], [1.6713], [0.0975], [-1.4578]], [-0.6507602700026236], [-0.6507602700026236]], "grad": [{"dtype": "torch.float64", "shape": [4, 1], "value": [[2.277849784089155], [-1.1389248920445776], [-3.4167746761337328], [1.1389248920445776]]}], "grad2": [{"dtype": "torch.float64", "shape": [4, 1], "value": [[0.9761404050039354], [-0.4880702025019677], [-1.4642106075059032], [0.4880702025019677]]}], "backward": [{"dtype": "torch.float64", "shape": [4, 1], "value": [[2.277849784089155], [-1.1389248920445776], [-3.4167746761337328], [1.1389248920445776]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_into_vector_matmul_matrix_records_copy_slices():
    """Fuzz: setitem into vector matmul matrix records copy slices."""
    # v0 = torch.tensor([0.1372, -1.276, -1.6219, 2.0878], dtype=torch.float32).reshape([4])
    # v1 = torch.tensor([-1.4943, 0.5117, 1.8823, -0.1994], dtype=torch.float32).reshape([4, 1])
    # v2 = v0 @ v1
    # v3 = torch.tensor([-1.5116], dtype=torch.float32).reshape([]).requires_grad_()
    # v4 = v2; v4[0,] = v3
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1372, -1.276, -1.6219, 2.0878], "dtype": "float32", "shape": [4]}, {"k": "tensor", "data": [-1.4943, 0.5117, 1.8823, -0.1994], "dtype": "float32", "shape": [4, 1]}, {"k": "op", "name": "matmul", "args": [{"t": 0}, {"t": 1}]}, {"k": "tensor", "data": [-1.5116], "dtype": "float32", "shape": [], "rg": true}, {"k": "setitem", "args": [{"t": 2}, {"tuple": [0]}, {"t": 3}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [0.1371999979019165, -1.2760000228881836, -1.621899962425232, 2.0878000259399414], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 1], "dtype": "torch.float32", "value": [[-1.4943000078201294], [0.5116999745368958], [1.8823000192642212], [-0.19939999282360077]], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [-4.3271565437316895], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -1.5116000175476074, "rg": true, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [-1.5116000175476074], "rg": true, "fn": "CopySlices", "leaf": false}], "final": [[0.1371999979019165, -1.2760000228881836, -1.621899962425232, 2.0878000259399414], [[-1.4943000078201294], [0.5116999745368958], [1.8823000192642212], [-0.19939999282360077]], [-1.5116000175476074], -1.5116000175476074, [-1.5116000175476074]], "grad": [{"dtype": "torch.float32", "shape": [], "value": -1.5}], "backward": [{"dtype": "torch.float32", "shape": [], "value": -1.5}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_no_grad_setitem_into_view_regenerates_as_strided():
    """Fuzz: no grad setitem into view regenerates as strided."""
    # v0 = torch.tensor([0.7485, 1.3508, -0.9082, 0.7458, 0.9411, 0.018, 0.4666, 0.3254], dtype=torch.float32).reshape([2, 4]).requires_grad_()  # noqa: E501
    # v1 = v0.permute(0, 1)
    # v2 = torch.tensor([2.2454, 2.279], dtype=torch.float32).reshape([2])
    # with torch.no_grad():
    #     v3 = v1; v3[None, :2, -4] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.7485, 1.3508, -0.9082, 0.7458, 0.9411, 0.018, 0.4666, 0.3254], "dtype": "float32", "shape": [2, 4], "rg": true}, {"k": "method", "name": "permute", "args": [{"t": 0}, 0, 1]}, {"k": "tensor", "data": [2.2454, 2.279], "dtype": "float32", "shape": [2]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [null, {"slice": [null, 2, null]}, -4]}, {"t": 2}], "nograd": true}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 4], "dtype": "torch.float32", "value": [[0.7484999895095825, 1.3508000373840332, -0.9082000255584717, 0.7458000183105469], [0.941100001335144, 0.017999999225139618, 0.4666000008583069, 0.3253999948501587]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 4], "dtype": "torch.float32", "value": [[0.7484999895095825, 1.3508000373840332, -0.9082000255584717, 0.7458000183105469], [0.941100001335144, 0.017999999225139618, 0.4666000008583069, 0.3253999948501587]], "rg": true, "fn": "PermuteBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [2.2453999519348145, 2.2790000438690186], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 4], "dtype": "torch.float32", "value": [[2.2453999519348145, 1.3508000373840332, -0.9082000255584717, 0.7458000183105469], [2.2790000438690186, 0.017999999225139618, 0.4666000008583069, 0.3253999948501587]], "rg": true, "fn": "AsStridedBackward0", "leaf": false}], "final": [[[2.2453999519348145, 1.3508000373840332, -0.9082000255584717, 0.7458000183105469], [2.2790000438690186, 0.017999999225139618, 0.4666000008583069, 0.3253999948501587]], [[2.2453999519348145, 1.3508000373840332, -0.9082000255584717, 0.7458000183105469], [2.2790000438690186, 0.017999999225139618, 0.4666000008583069, 0.3253999948501587]], [2.2453999519348145, 2.2790000438690186], [[2.2453999519348145, 1.3508000373840332, -0.9082000255584717, 0.7458000183105469], [2.2790000438690186, 0.017999999225139618, 0.4666000008583069, 0.3253999948501587]]], "grad": [{"dtype": "torch.float32", "shape": [2, 4], "value": [[-1.5, -1.0, -0.5, 0.0], [0.5, 1.0, 1.5, -1.25]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 4], "value": [[-1.5, -1.0, -0.5, 0.0], [0.5, 1.0, 1.5, -1.25]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_no_grad_isub_into_view_regenerates_as_strided():
    """Fuzz: no grad isub into view regenerates as strided."""
    # v0 = torch.tensor([-1.2181, -0.8899], dtype=torch.float32).reshape([2]).requires_grad_()
    # v1 = torch.pow(v0, v0)
    # v2 = torch.unsqueeze(v1, 0)
    # v3 = torch.tensor([-0.3197], dtype=torch.float64).reshape([])
    # with torch.no_grad():
    #     v4 = v2; v4 -= v3
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.2181, -0.8899], "dtype": "float32", "shape": [2], "rg": true}, {"k": "fn", "name": "pow", "args": [{"t": 0}, {"t": 0}]}, {"k": "fn", "name": "unsqueeze", "args": [{"t": 1}, 0]}, {"k": "tensor", "data": [-0.3197], "dtype": "float64", "shape": []}, {"k": "op", "name": "isub", "args": [{"t": 2}, {"t": 3}], "nograd": true}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float32", "value": [-1.2180999517440796, -0.8899000287055969], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [NaN, NaN], "rg": true, "fn": "PowBackward1", "leaf": false}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[NaN, NaN]], "rg": true, "fn": "UnsqueezeBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float64", "value": -0.3197, "rg": false, "fn": null, "leaf": true}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[NaN, NaN]], "rg": true, "fn": "AsStridedBackward0", "leaf": false}], "final": [[-1.2180999517440796, -0.8899000287055969], [NaN, NaN], [[NaN, NaN]], -0.3197, [[NaN, NaN]]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Pow1, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_modified_indices_output_names_no_owner():
    """Fuzz: modified indices output names no owner."""
    # v0 = torch.tensor([1.3628, -0.8898, -1.93, -0.1694, -0.2895, -0.0243, -0.3227, -0.3574], dtype=torch.float32).reshape([2, 4]).requires_grad_()  # noqa: E501
    # v1 = v0.min(1, keepdim=False)
    # v2 = v1[1]; v2 += -1
    # v3 = torch.clamp(v1[0], 0, None)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.3628, -0.8898, -1.93, -0.1694, -0.2895, -0.0243, -0.3227, -0.3574], "dtype": "float32", "shape": [2, 4], "rg": true}, {"k": "method", "name": "min", "args": [{"t": 0}, 1], "kw": {"keepdim": false}}, {"k": "op", "name": "iadd", "args": [{"t": 1, "k": 1}, -1]}, {"k": "fn", "name": "clamp", "args": [{"t": 1, "k": 0}, 0, null]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 4], "dtype": "torch.float32", "value": [[1.3628000020980835, -0.8898000121116638, -1.9299999475479126, -0.16940000653266907], [-0.28949999809265137, -0.024299999698996544, -0.32269999384880066, -0.35740000009536743]], "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [2], "dtype": "torch.float32", "value": [-1.9299999475479126, -0.35740000009536743], "rg": true, "fn": "MinBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.int64", "value": [2, 3], "rg": false, "fn": null, "leaf": true}]}, {"shape": [2], "dtype": "torch.int64", "value": [1, 2], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [0.0, 0.0], "rg": true, "fn": "ClampBackward1", "leaf": false}], "final": [[[1.3628000020980835, -0.8898000121116638, -1.9299999475479126, -0.16940000653266907], [-0.28949999809265137, -0.024299999698996544, -0.32269999384880066, -0.35740000009536743]], [1, 2], [0.0, 0.0]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.LongTensor [2]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_var_mean_saves_input_not_results():
    """Fuzz: var mean saves input not results."""
    # v0 = torch.tensor([1.3922], dtype=torch.float64).reshape([]).requires_grad_()
    # v1 = v0.cumsum(-1)
    # v2 = torch.var_mean(v1, 0, keepdim=True)
    # v3 = v2[0].exp_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.3922], "dtype": "float64", "shape": [], "rg": true}, {"k": "method", "name": "cumsum", "args": [{"t": 0}, -1]}, {"k": "fn", "name": "var_mean", "args": [{"t": 1}, 0], "kw": {"keepdim": true}}, {"k": "method", "name": "exp_", "args": [{"t": 2, "k": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float64", "value": 1.3922, "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 1.3922, "rg": true, "fn": "CumsumBackward0", "leaf": false}, {"seq": [{"shape": [], "dtype": "torch.float64", "value": NaN, "rg": true, "fn": "VarMeanBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float64", "value": 1.3922, "rg": true, "fn": "VarMeanBackward0", "leaf": false}]}, {"shape": [], "dtype": "torch.float64", "value": NaN, "rg": true, "fn": "ExpBackward0", "leaf": false}], "final": [1.3922, 1.3922, NaN], "grad": [{"dtype": "torch.float64", "shape": [], "value": NaN}], "grad2": [{"dtype": "torch.float64", "shape": [], "value": NaN}], "backward": [{"dtype": "torch.float64", "shape": [], "value": NaN}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_write_through_alias_view_records_copy_slices_on_base():
    """Fuzz: write through alias view records copy slices on base."""
    # v0 = torch.tensor([-0.5448], dtype=torch.float32).reshape([]).requires_grad_()
    # v1 = v0.clone()
    # v2 = torch.tensor([-2.0], dtype=torch.float32).reshape([])
    # v3 = v1; v3[()] = v2
    # v4 = v3 ** 2
    # v5 = v1[()]
    # v6 = torch.tensor([1.7736], dtype=torch.float32).reshape([])
    # v7 = v5; v7[()] = v6
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.5448], "dtype": "float32", "shape": [], "rg": true}, {"k": "method", "name": "clone", "args": [{"t": 0}]}, {"k": "tensor", "data": [-2.0], "dtype": "float32", "shape": []}, {"k": "setitem", "args": [{"t": 1}, {"tuple": []}, {"t": 2}]}, {"k": "op", "name": "pow", "args": [{"t": 3}, 2]}, {"k": "getitem", "args": [{"t": 1}, {"tuple": []}]}, {"k": "tensor", "data": [1.7736], "dtype": "float32", "shape": []}, {"k": "setitem", "args": [{"t": 5}, {"tuple": []}, {"t": 6}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": -0.5447999835014343, "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -0.5447999835014343, "rg": true, "fn": "CloneBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float32", "value": -2.0, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -2.0, "rg": true, "fn": "CopyBackwards", "leaf": false}, {"shape": [], "dtype": "torch.float32", "value": 4.0, "rg": true, "fn": "PowBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float32", "value": -2.0, "rg": true, "fn": "AliasBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float32", "value": 1.7735999822616577, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": 1.7735999822616577, "rg": true, "fn": "AsStridedBackward0", "leaf": false}], "final": [-0.5447999835014343, 1.7735999822616577, -2.0, 1.7735999822616577, 4.0, 1.7735999822616577, 1.7735999822616577, 1.7735999822616577], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor []], which is output 0 of torch::autograd::CopySlices, is at version 2; expected version 1 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_modified_saved_view_is_named_as_strided():
    """Fuzz: modified saved view is named as strided."""
    # v0 = torch.tensor([-1.0, 1.0, -3.0], dtype=torch.float64).reshape([3, 1]).requires_grad_()
    # v1 = v0.cos()
    # v2 = torch.std(v1, -1, keepdim=True)
    # v3 = torch.tensor([-2.1177, 1.8119, -1.1171, 1.9288], dtype=torch.float64).reshape([2, 1, 2]).requires_grad_()  # noqa: E501
    # v4 = v2 @ v3
    # v5 = torch.tensor([-1.0807], dtype=torch.float64).reshape([1])
    # v6 = v2; v6[1, [-1, 0, 0]] = v5
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.0, 1.0, -3.0], "dtype": "float64", "shape": [3, 1], "rg": true}, {"k": "method", "name": "cos", "args": [{"t": 0}]}, {"k": "fn", "name": "std", "args": [{"t": 1}, -1], "kw": {"keepdim": true}}, {"k": "tensor", "data": [-2.1177, 1.8119, -1.1171, 1.9288], "dtype": "float64", "shape": [2, 1, 2], "rg": true}, {"k": "op", "name": "matmul", "args": [{"t": 2}, {"t": 3}]}, {"k": "tensor", "data": [-1.0807], "dtype": "float64", "shape": [1]}, {"k": "setitem", "args": [{"t": 2}, {"tuple": [1, [-1, 0, 0]]}, {"t": 5}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 1], "dtype": "torch.float64", "value": [[-1.0], [1.0], [-3.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 1], "dtype": "torch.float64", "value": [[0.5403023058681398], [0.5403023058681398], [-0.9899924966004454]], "rg": true, "fn": "CosBackward0", "leaf": false}, {"shape": [3, 1], "dtype": "torch.float64", "value": [[NaN], [NaN], [NaN]], "rg": true, "fn": "StdBackward0", "leaf": false}, {"shape": [2, 1, 2], "dtype": "torch.float64", "value": [[[-2.1177, 1.8119]], [[-1.1171, 1.9288]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3, 2], "dtype": "torch.float64", "value": [[[NaN, NaN], [NaN, NaN], [NaN, NaN]], [[NaN, NaN], [NaN, NaN], [NaN, NaN]]], "rg": true, "fn": "CloneBackward0", "leaf": false}, {"shape": [1], "dtype": "torch.float64", "value": [-1.0807], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 1], "dtype": "torch.float64", "value": [[NaN], [-1.0807], [NaN]], "rg": true, "fn": "CopySlices", "leaf": false}], "final": [[[-1.0], [1.0], [-3.0]], [[0.5403023058681398], [0.5403023058681398], [-0.9899924966004454]], [[NaN], [-1.0807], [NaN]], [[[-2.1177, 1.8119]], [[-1.1171, 1.9288]]], [[[NaN, NaN], [NaN, NaN], [NaN, NaN]], [[NaN, NaN], [NaN, NaN], [NaN, NaN]]], [-1.0807], [[NaN], [-1.0807], [NaN]]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.DoubleTensor [1, 3]], which is output 0 of AsStrided, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_inplace_on_view_of_transposed_layout_result():
    """Fuzz: inplace on view of transposed layout result."""
    # v0 = torch.tensor([1.5, -2.0, 0.5, 3.0, -1.0, 2.5], dtype=torch.float64).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = v0.T
    # v2 = v1 * 2.0
    # v3 = v2[1]
    # v4 = v3.mul_(3.0)
    # v5 = v3.sin_()
    # v6 = v2 * v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, -2.0, 0.5, 3.0, -1.0, 2.5], "dtype": "float64", "shape": [2, 3], "rg": true}, {"k": "attr", "name": "T", "args": [{"t": 0}]}, {"k": "op", "name": "mul", "args": [{"t": 1}, 2.0]}, {"k": "getitem", "args": [{"t": 2}, 1]}, {"k": "method", "name": "mul_", "args": [{"t": 3}, 3.0]}, {"k": "method", "name": "sin_", "args": [{"t": 3}]}, {"k": "op", "name": "mul", "args": [{"t": 2}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float64", "value": [[1.5, -2.0, 0.5], [3.0, -1.0, 2.5]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 2], "dtype": "torch.float64", "value": [[1.5, 3.0], [-2.0, -1.0], [0.5, 2.5]], "rg": true, "fn": "PermuteBackward0", "leaf": false}, {"shape": [3, 2], "dtype": "torch.float64", "value": [[3.0, 6.0], [-4.0, -2.0], [1.0, 5.0]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float64", "value": [-4.0, -2.0], "rg": true, "fn": "SelectBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float64", "value": [-12.0, -6.0], "rg": true, "fn": "AsStridedBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float64", "value": [0.5365729180004349, 0.27941549819892586], "rg": true, "fn": "AsStridedBackward0", "leaf": false}, {"shape": [3, 2], "dtype": "torch.float64", "value": [[9.0, 36.0], [0.28791049633150145, 0.07807302063375395], [1.0, 25.0]], "rg": true, "fn": "MulBackward0", "leaf": false}], "final": [[[1.5, -2.0, 0.5], [3.0, -1.0, 2.5]], [[1.5, 3.0], [-2.0, -1.0], [0.5, 2.5]], [[3.0, 6.0], [0.5365729180004349, 0.27941549819892586], [1.0, 5.0]], [0.5365729180004349, 0.27941549819892586], [0.5365729180004349, 0.27941549819892586], [0.5365729180004349, 0.27941549819892586], [[9.0, 36.0], [0.28791049633150145, 0.07807302063375395], [1.0, 25.0]]], "grad": [{"dtype": "torch.float64", "shape": [2, 3], "value": [[-21.0, -12.842982590809775, 3.0], [-26.0, -5.761021719902196, 22.0]]}], "grad2": [{"dtype": "torch.float64", "shape": [2, 3], "value": [[18.0, -23.362805831899422, -2.0], [0.0, 5.0294789675806655, 8.0]]}], "backward": [{"dtype": "torch.float64", "shape": [2, 3], "value": [[-21.0, -12.842982590809775, 3.0], [-26.0, -5.761021719902196, 22.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_partial_overlap_error_before_shape_error():
    """Fuzz: partial overlap error before shape error."""
    # v0 = torch.tensor([-1.6694, 2.0633], dtype=torch.float64).reshape([2, 1])
    # v1 = v0.div_(v0)
    # v2 = v1.reshape(2)
    # v3 = v2.sub_(v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.6694, 2.0633], "dtype": "float64", "shape": [2, 1]}, {"k": "method", "name": "div_", "args": [{"t": 0}, {"t": 0}]}, {"k": "method", "name": "reshape", "args": [{"t": 1}, 2]}, {"k": "method", "name": "sub_", "args": [{"t": 2}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 1], "dtype": "torch.float64", "value": [[-1.6694], [2.0633]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 1], "dtype": "torch.float64", "value": [[1.0], [1.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float64", "value": [1.0, 1.0], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory location. Please clone() the tensor before performing the operation."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_add_inplace_with_overlapping_view_refused():
    """Fuzz: add inplace with overlapping view refused."""
    # v0 = torch.tensor([-0.6433, 1.9652, 0.1337, -1.9563, -2.4186, 0.1359], dtype=torch.float32).reshape([3, 2, 1])  # noqa: E501
    # v1 = v0.relu()
    # v2 = v1[None, -1]
    # v3 = v1.add_(v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.6433, 1.9652, 0.1337, -1.9563, -2.4186, 0.1359], "dtype": "float32", "shape": [3, 2, 1]}, {"k": "method", "name": "relu", "args": [{"t": 0}]}, {"k": "getitem", "args": [{"t": 1}, {"tuple": [null, -1]}]}, {"k": "method", "name": "add_", "args": [{"t": 1}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 2, 1], "dtype": "torch.float32", "value": [[[-0.6432999968528748], [1.9651999473571777]], [[0.13369999825954437], [-1.9563000202178955]], [[-2.418600082397461], [0.13590000569820404]]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 2, 1], "dtype": "torch.float32", "value": [[[0.0], [1.9651999473571777]], [[0.13369999825954437], [0.0]], [[0.0], [0.13590000569820404]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 2, 1], "dtype": "torch.float32", "value": [[[0.0], [0.13590000569820404]]], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory location. Please clone() the tensor before performing the operation."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_shifted_view_of_itself_refused():
    """Fuzz: setitem shifted view of itself refused."""
    # v0 = torch.tensor([0.5, 1.5, -2.0, 3.0, 1.0], dtype=torch.float32).reshape([5])
    # v1 = v0[:-1]
    # v2 = v0[0:2]
    # v3 = v0; v3[2:4] = v2
    # v4 = v0; v4[1:] = v1
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, 1.5, -2.0, 3.0, 1.0], "dtype": "float32", "shape": [5]}, {"k": "getitem", "args": [{"t": 0}, {"slice": [null, -1, null]}]}, {"k": "getitem", "args": [{"t": 0}, {"slice": [0, 2, null]}]}, {"k": "setitem", "args": [{"t": 0}, {"slice": [2, 4, null]}, {"t": 2}]}, {"k": "setitem", "args": [{"t": 0}, {"slice": [1, null, null]}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [5], "dtype": "torch.float32", "value": [0.5, 1.5, -2.0, 3.0, 1.0], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [0.5, 1.5, -2.0, 3.0], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [0.5, 1.5], "rg": false, "fn": null, "leaf": true}, {"shape": [5], "dtype": "torch.float32", "value": [0.5, 1.5, 0.5, 1.5, 1.0], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory location. Please clone() the tensor before performing the operation."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_into_view_of_no_grad_view_without_history():
    """Fuzz: setitem into view of no grad view without history."""
    # v0 = torch.tensor([0.85, 0.787, -2.1311, -2.1948, -2.1145, -0.2679], dtype=torch.float32).reshape([2, 3, 1])  # noqa: E501
    # v1 = torch.roll(v0, 1, 2)
    # with torch.no_grad():
    #     v2 = v1.expand(2, 3, 2)
    # v3 = torch.unsqueeze(v2, 3)
    # v4 = torch.tensor([-0.4186, -0.1664, -0.965, 1.5136, 0.5806, 0.8919], dtype=torch.float32).reshape([3, 2, 1]).requires_grad_()  # noqa: E501
    # v5 = v3; v5[1] = v4
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.85, 0.787, -2.1311, -2.1948, -2.1145, -0.2679], "dtype": "float32", "shape": [2, 3, 1]}, {"k": "fn", "name": "roll", "args": [{"t": 0}, 1, 2]}, {"k": "method", "name": "expand", "args": [{"t": 1}, 2, 3, 2], "nograd": true}, {"k": "fn", "name": "unsqueeze", "args": [{"t": 2}, 3]}, {"k": "tensor", "data": [-0.4186, -0.1664, -0.965, 1.5136, 0.5806, 0.8919], "dtype": "float32", "shape": [3, 2, 1], "rg": true}, {"k": "setitem", "args": [{"t": 3}, 1, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3, 1], "dtype": "torch.float32", "value": [[[0.8500000238418579], [0.7870000004768372], [-2.1310999393463135]], [[-2.1947999000549316], [-2.114500045776367], [-0.2678999900817871]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 1], "dtype": "torch.float32", "value": [[[0.8500000238418579], [0.7870000004768372], [-2.1310999393463135]], [[-2.1947999000549316], [-2.114500045776367], [-0.2678999900817871]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 2], "dtype": "torch.float32", "value": [[[0.8500000238418579, 0.8500000238418579], [0.7870000004768372, 0.7870000004768372], [-2.1310999393463135, -2.1310999393463135]], [[-2.1947999000549316, -2.1947999000549316], [-2.114500045776367, -2.114500045776367], [-0.2678999900817871, -0.2678999900817871]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 2, 1], "dtype": "torch.float32", "value": [[[[0.8500000238418579], [0.8500000238418579]], [[0.7870000004768372], [0.7870000004768372]], [[-2.1310999393463135], [-2.1310999393463135]]], [[[-2.1947999000549316], [-2.1947999000549316]], [[-2.114500045776367], [-2.114500045776367]], [[-0.2678999900817871], [-0.2678999900817871]]]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 2, 1], "dtype": "torch.float32", "value": [[[-0.4185999929904938], [-0.1664000004529953]], [[-0.9649999737739563], [1.5135999917984009]], [[0.5806000232696533], [0.8919000029563904]]], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don\'t want the inplace to be tracked) or both outside (if you want the inplace to be tracked)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_into_view_of_no_grad_view_names_the_slot():
    """Fuzz: setitem into view of no grad view names the slot."""
    # v0 = torch.tensor([], dtype=torch.float32).reshape([4, 0, 3]).requires_grad_()
    # v1 = v0[()]
    # v2 = torch.cummin(v0, -3)
    # v3 = v2[0] / v1
    # with torch.no_grad():
    #     v4 = v3.permute(2, 0, 1)
    # v5 = v4.view(0, 3)
    # v6 = v5[:2, 1::2]
    # v7 = v6; v7[1::2, -1] = 1.5
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float32", "shape": [4, 0, 3], "rg": true}, {"k": "getitem", "args": [{"t": 0}, {"tuple": []}]}, {"k": "fn", "name": "cummin", "args": [{"t": 0}, -3]}, {"k": "op", "name": "truediv", "args": [{"t": 2, "k": 0}, {"t": 1}]}, {"k": "method", "name": "permute", "args": [{"t": 3}, 2, 0, 1], "nograd": true}, {"k": "method", "name": "view", "args": [{"t": 4}, 0, 3]}, {"k": "getitem", "args": [{"t": 5}, {"tuple": [{"slice": [null, 2, null]}, {"slice": [1, null, 2]}]}]}, {"k": "setitem", "args": [{"t": 6}, {"tuple": [{"slice": [1, null, 2]}, -1]}, 1.5]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 0, 3], "dtype": "torch.float32", "value": [[], [], [], []], "rg": true, "fn": null, "leaf": true}, {"shape": [4, 0, 3], "dtype": "torch.float32", "value": [[], [], [], []], "rg": true, "fn": "AliasBackward0", "leaf": false}, {"seq": [{"shape": [4, 0, 3], "dtype": "torch.float32", "value": [[], [], [], []], "rg": true, "fn": "CumminBackward0", "leaf": false}, {"shape": [4, 0, 3], "dtype": "torch.int64", "value": [[], [], [], []], "rg": false, "fn": null, "leaf": true}]}, {"shape": [4, 0, 3], "dtype": "torch.float32", "value": [[], [], [], []], "rg": true, "fn": "DivBackward0", "leaf": false}, {"shape": [3, 4, 0], "dtype": "torch.float32", "value": [[[], [], [], []], [[], [], [], []], [[], [], [], []]], "rg": true, "fn": null, "leaf": true}, {"shape": [0, 3], "dtype": "torch.float32", "value": [], "rg": true, "fn": "ViewBackward0", "leaf": false}, {"shape": [0, 1], "dtype": "torch.float32", "value": [], "rg": true, "fn": "SliceBackward0", "leaf": false}], "error": ["RuntimeError", "Output 0 of Select is a view of a view which was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don\'t want the inplace to be tracked) or both outside (if you want the inplace to be tracked)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_view_of_rebased_view_of_no_grad_view_raises():
    """Fuzz: view of rebased view of no grad view raises."""
    # v0 = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=torch.float64).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = v0 * 1.0
    # with torch.no_grad():
    #     v2 = v1[0]
    # v3 = v2[1:]
    # v4 = v1.mul_(2.0)
    # v5 = v3[0]
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "dtype": "float64", "shape": [2, 3], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 1.0]}, {"k": "getitem", "args": [{"t": 1}, 0], "nograd": true}, {"k": "getitem", "args": [{"t": 2}, {"slice": [1, null, null]}]}, {"k": "method", "name": "mul_", "args": [{"t": 1}, 2.0]}, {"k": "getitem", "args": [{"t": 3}, 0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float64", "value": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float64", "value": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [3], "dtype": "torch.float64", "value": [1.0, 2.0, 3.0], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float64", "value": [2.0, 3.0], "rg": true, "fn": "SliceBackward0", "leaf": false}, {"shape": [2, 3], "dtype": "torch.float64", "value": [[2.0, 4.0, 6.0], [8.0, 10.0, 12.0]], "rg": true, "fn": "MulBackward0", "leaf": false}], "error": ["RuntimeError", "Output 0 of Slice is a view of a view which was created in no_grad mode and its base or another view of its base has been modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don\'t want the inplace to be tracked) or both outside (if you want the inplace to be tracked)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_int_into_no_grad_view_names_select():
    """Fuzz: setitem int into no grad view names select."""
    # v0 = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = v0 * 1.0
    # with torch.no_grad():
    #     v2 = v1.T
    # v3 = v2; v3[0, 1] = 5.0
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 1.0]}, {"k": "attr", "name": "T", "args": [{"t": 1}], "nograd": true}, {"k": "setitem", "args": [{"t": 2}, {"tuple": [0, 1]}, 5.0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [3, 2], "dtype": "torch.float32", "value": [[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "Output 0 of Select is a view of a view which was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don\'t want the inplace to be tracked) or both outside (if you want the inplace to be tracked)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_index_tensor_modified_after_write_raises():
    """Fuzz: setitem index tensor modified after write raises."""
    # v0 = torch.tensor([0.5034, 0.2995, -0.9832], dtype=torch.float64).reshape([1, 3])
    # v1 = torch.tensor([-2.0757, 1.0992, -0.0389], dtype=torch.float32).reshape([1, 3])
    # v2 = v1 / v0
    # v3 = torch.tensor([0], dtype=torch.int64).reshape([1])
    # v4 = torch.tensor([1.7911], dtype=torch.float64).reshape([]).requires_grad_()
    # v5 = v2; v5[v3, 2] = v4
    # v6 = torch.tensor([3], dtype=torch.int64).reshape([1])
    # v7 = v3; v7[:1:2,] = v6
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5034, 0.2995, -0.9832], "dtype": "float64", "shape": [1, 3]}, {"k": "tensor", "data": [-2.0757, 1.0992, -0.0389], "dtype": "float32", "shape": [1, 3]}, {"k": "op", "name": "truediv", "args": [{"t": 1}, {"t": 0}]}, {"k": "tensor", "data": [0], "dtype": "int64", "shape": [1]}, {"k": "tensor", "data": [1.7911], "dtype": "float64", "shape": [], "rg": true}, {"k": "setitem", "args": [{"t": 2}, {"tuple": [{"t": 3}, 2]}, {"t": 4}]}, {"k": "tensor", "data": [3], "dtype": "int64", "shape": [1]}, {"k": "setitem", "args": [{"t": 3}, {"tuple": [{"slice": [null, 1, 2]}]}, {"t": 6}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 3], "dtype": "torch.float64", "value": [[0.5034, 0.2995, -0.9832]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.float32", "value": [[-2.075700044631958, 1.0992000102996826, -0.03889999911189079]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.float64", "value": [[-4.12336123288033, 3.6701168958253176, 0.03956468583390032]], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.int64", "value": [0], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 1.7911, "rg": true, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.float64", "value": [[-4.12336123288033, 3.6701168958253176, 1.7911]], "rg": true, "fn": "CopySlices", "leaf": false}, {"shape": [1], "dtype": "torch.int64", "value": [3], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.int64", "value": [3], "rg": false, "fn": null, "leaf": true}], "final": [[[0.5034, 0.2995, -0.9832]], [[-2.075700044631958, 1.0992000102996826, -0.03889999911189079]], [[-4.12336123288033, 3.6701168958253176, 1.7911]], [3], 1.7911, [[-4.12336123288033, 3.6701168958253176, 1.7911]], [3], [3]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.LongTensor [1]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_aminmax_version_error_names_max_first():
    """Fuzz: aminmax version error names max first."""
    # v0 = torch.tensor([-0.5738, 0.1549], dtype=torch.float32).reshape([2, 1]).requires_grad_()
    # v1 = torch.aminmax(v0, dim=-1)
    # v2 = v1[0].expand(2)
    # v3 = v1[1].mul_(-1)
    # v4 = v2.relu_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.5738, 0.1549], "dtype": "float32", "shape": [2, 1], "rg": true}, {"k": "fn", "name": "aminmax", "args": [{"t": 0}], "kw": {"dim": -1}}, {"k": "method", "name": "expand", "args": [{"t": 1, "k": 0}, 2]}, {"k": "method", "name": "mul_", "args": [{"t": 1, "k": 1}, -1]}, {"k": "method", "name": "relu_", "args": [{"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 1], "dtype": "torch.float32", "value": [[-0.5738000273704529], [0.15489999949932098]], "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [2], "dtype": "torch.float32", "value": [-0.5738000273704529, 0.15489999949932098], "rg": true, "fn": "AminmaxBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [-0.5738000273704529, 0.15489999949932098], "rg": true, "fn": "AminmaxBackward0", "leaf": false}]}, {"shape": [2], "dtype": "torch.float32", "value": [-0.5738000273704529, 0.15489999949932098], "rg": true, "fn": "ExpandBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [0.5738000273704529, -0.15489999949932098], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [0.0, 0.15489999949932098], "rg": true, "fn": "AsStridedBackward0", "leaf": false}], "final": [[[-0.5738000273704529], [0.15489999949932098]], [0.0, 0.15489999949932098], [0.5738000273704529, -0.15489999949932098], [0.0, 0.15489999949932098]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 1 of Aminmax, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_modified_saved_input_is_named_output_0():
    """Fuzz: modified saved input is named output 0."""
    # v0 = torch.tensor([-0.9611, -1.2846, -0.556], dtype=torch.float32).reshape([1, 3]).requires_grad_()  # noqa: E501
    # v1 = v0 * 1.0
    # v2 = v1.add_(v0)
    # v3 = torch.kthvalue(v2, 1, -2)
    # v4 = torch.aminmax(v3[0], dim=0)
    # v5 = v4[1] ** -1
    # v6 = torch.tensor([0.3418], dtype=torch.float32).reshape([])
    # with torch.no_grad():
    #     v7 = v4[1]; v7 *= v6
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.9611, -1.2846, -0.556], "dtype": "float32", "shape": [1, 3], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 1.0]}, {"k": "method", "name": "add_", "args": [{"t": 1}, {"t": 0}]}, {"k": "fn", "name": "kthvalue", "args": [{"t": 2}, 1, -2]}, {"k": "fn", "name": "aminmax", "args": [{"t": 3, "k": 0}], "kw": {"dim": 0}}, {"k": "op", "name": "pow", "args": [{"t": 4, "k": 1}, -1]}, {"k": "tensor", "data": [0.3418], "dtype": "float32", "shape": []}, {"k": "op", "name": "imul", "args": [{"t": 4, "k": 1}, {"t": 6}], "nograd": true}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 3], "dtype": "torch.float32", "value": [[-0.9610999822616577, -1.284600019454956, -0.5559999942779541]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 3], "dtype": "torch.float32", "value": [[-0.9610999822616577, -1.284600019454956, -0.5559999942779541]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [1, 3], "dtype": "torch.float32", "value": [[-1.9221999645233154, -2.569200038909912, -1.1119999885559082]], "rg": true, "fn": "AddBackward0", "leaf": false}, {"seq": [{"shape": [3], "dtype": "torch.float32", "value": [-1.9221999645233154, -2.569200038909912, -1.1119999885559082], "rg": true, "fn": "KthvalueBackward0", "leaf": false}, {"shape": [3], "dtype": "torch.int64", "value": [0, 0, 0], "rg": false, "fn": null, "leaf": true}]}, {"seq": [{"shape": [], "dtype": "torch.float32", "value": -2.569200038909912, "rg": true, "fn": "AminmaxBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float32", "value": -1.1119999885559082, "rg": true, "fn": "AminmaxBackward0", "leaf": false}]}, {"shape": [], "dtype": "torch.float32", "value": -0.8992806077003479, "rg": true, "fn": "PowBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float32", "value": 0.3418000042438507, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -0.3800815939903259, "rg": true, "fn": "AminmaxBackward0", "leaf": false}], "final": [[[-0.9610999822616577, -1.284600019454956, -0.5559999942779541]], [[-1.9221999645233154, -2.569200038909912, -1.1119999885559082]], [[-1.9221999645233154, -2.569200038909912, -1.1119999885559082]], -0.8992806077003479, 0.3418000042438507, -0.3800815939903259], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor []], which is output 0 of Aminmax, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_gather_saves_its_input_for_version_checks():
    """Fuzz: gather saves its input for version checks."""
    # v0 = torch.tensor([-0.0134, 0.0116, 1.3787, -2.1241, 1.2499, 0.2779, -2.3225, -0.192], dtype=torch.float64).reshape([2, 4, 1]).requires_grad_()  # noqa: E501
    # v1 = v0.tan()
    # v2 = v1.squeeze()
    # v3 = torch.transpose(v2, 1, -1)
    # v4 = v3.clamp_(min=-0.5, max=1)
    # v5 = torch.tensor([0, 0, 1, 0, 1, 1, 1, 1], dtype=torch.int64).reshape([2, 4])
    # v6 = torch.gather(v3, 0, v5)
    # v7 = v4.sigmoid_()
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.0134, 0.0116, 1.3787, -2.1241, 1.2499, 0.2779, -2.3225, -0.192], "dtype": "float64", "shape": [2, 4, 1], "rg": true}, {"k": "method", "name": "tan", "args": [{"t": 0}]}, {"k": "method", "name": "squeeze", "args": [{"t": 1}]}, {"k": "fn", "name": "transpose", "args": [{"t": 2}, 1, -1]}, {"k": "method", "name": "clamp_", "args": [{"t": 3}], "kw": {"min": -0.5, "max": 1}}, {"k": "tensor", "data": [0, 0, 1, 0, 1, 1, 1, 1], "dtype": "int64", "shape": [2, 4]}, {"k": "fn", "name": "gather", "args": [{"t": 3}, 0, {"t": 5}]}, {"k": "method", "name": "sigmoid_", "args": [{"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 4, 1], "dtype": "torch.float64", "value": [[[-0.0134], [0.0116], [1.3787], [-2.1241]], [[1.2499], [0.2779], [-2.3225], [-0.192]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 4, 1], "dtype": "torch.float64", "value": [[[-0.013400802092276192], [0.011600520326672747], [5.141531424263343], [1.6190137679299015]], [[3.008564225493988], [0.2852820508174166], [1.0697661184355378], [-0.19439461220228063]]], "rg": true, "fn": "TanBackward0", "leaf": false}, {"shape": [2, 4], "dtype": "torch.float64", "value": [[-0.013400802092276192, 0.011600520326672747, 5.141531424263343, 1.6190137679299015], [3.008564225493988, 0.2852820508174166, 1.0697661184355378, -0.19439461220228063]], "rg": true, "fn": "SqueezeBackward0", "leaf": false}, {"shape": [2, 4], "dtype": "torch.float64", "value": [[-0.013400802092276192, 0.011600520326672747, 5.141531424263343, 1.6190137679299015], [3.008564225493988, 0.2852820508174166, 1.0697661184355378, -0.19439461220228063]], "rg": true, "fn": "TransposeBackward0", "leaf": false}, {"shape": [2, 4], "dtype": "torch.float64", "value": [[-0.013400802092276192, 0.011600520326672747, 1.0, 1.0], [1.0, 0.2852820508174166, 1.0, -0.19439461220228063]], "rg": true, "fn": "AsStridedBackward0", "leaf": false}, {"shape": [2, 4], "dtype": "torch.int64", "value": [[0, 0, 1, 0], [1, 1, 1, 1]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 4], "dtype": "torch.float64", "value": [[-0.013400802092276192, 0.011600520326672747, 1.0, 1.0], [1.0, 0.2852820508174166, 1.0, -0.19439461220228063]], "rg": true, "fn": "GatherBackward0", "leaf": false}, {"shape": [2, 4], "dtype": "torch.float64", "value": [[0.4966498496121994, 0.5029000975590631, 0.7310585786300049, 0.7310585786300049], [0.7310585786300049, 0.5708407105334353, 0.7310585786300049, 0.4515538130995498]], "rg": true, "fn": "AsStridedBackward0", "leaf": false}], "final": [[[[-0.0134], [0.0116], [1.3787], [-2.1241]], [[1.2499], [0.2779], [-2.3225], [-0.192]]], [[[0.4966498496121994], [0.5029000975590631], [0.7310585786300049], [0.7310585786300049]], [[0.7310585786300049], [0.5708407105334353], [0.7310585786300049], [0.4515538130995498]]], [[0.4966498496121994, 0.5029000975590631, 0.7310585786300049, 0.7310585786300049], [0.7310585786300049, 0.5708407105334353, 0.7310585786300049, 0.4515538130995498]], [[0.4966498496121994, 0.5029000975590631, 0.7310585786300049, 0.7310585786300049], [0.7310585786300049, 0.5708407105334353, 0.7310585786300049, 0.4515538130995498]], [[0.4966498496121994, 0.5029000975590631, 0.7310585786300049, 0.7310585786300049], [0.7310585786300049, 0.5708407105334353, 0.7310585786300049, 0.4515538130995498]], [[0, 0, 1, 0], [1, 1, 1, 1]], [[-0.013400802092276192, 0.011600520326672747, 1.0, 1.0], [1.0, 0.2852820508174166, 1.0, -0.19439461220228063]], [[0.4966498496121994, 0.5029000975590631, 0.7310585786300049, 0.7310585786300049], [0.7310585786300049, 0.5708407105334353, 0.7310585786300049, 0.4515538130995498]]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.DoubleTensor [2, 4]], which is output 0 of AsStrided, is at version 2; expected version 1 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_zero_dim_bool_index_is_not_saved():
    """Fuzz: zero dim bool index is not saved."""
    # v0 = torch.tensor([-1.3047], dtype=torch.float64).reshape([1, 1])
    # v1 = torch.mean(v0, -2, keepdim=False)
    # v2 = torch.tensor([0.808], dtype=torch.float64).reshape([1])
    # v3 = torch.xlogy(v1, v2)
    # v4 = v3.sum()
    # v5 = torch.tensor([2.0534], dtype=torch.float64).reshape([]).requires_grad_()
    # v6 = v4 + v5
    # v7 = v6 > 0
    # v8 = v6[v7]
    # v9 = torch.tensor([False], dtype=torch.bool).reshape([])
    # v10 = v7; v10[()] = v9
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.3047], "dtype": "float64", "shape": [1, 1]}, {"k": "fn", "name": "mean", "args": [{"t": 0}, -2], "kw": {"keepdim": false}}, {"k": "tensor", "data": [0.808], "dtype": "float64", "shape": [1]}, {"k": "fn", "name": "xlogy", "args": [{"t": 1}, {"t": 2}]}, {"k": "method", "name": "sum", "args": [{"t": 3}]}, {"k": "tensor", "data": [2.0534], "dtype": "float64", "shape": [], "rg": true}, {"k": "op", "name": "add", "args": [{"t": 4}, {"t": 5}]}, {"k": "op", "name": "gt", "args": [{"t": 6}, 0]}, {"k": "getitem", "args": [{"t": 6}, {"t": 7}]}, {"k": "tensor", "data": [false], "dtype": "bool", "shape": []}, {"k": "setitem", "args": [{"t": 7}, {"tuple": []}, {"t": 9}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 1], "dtype": "torch.float64", "value": [[-1.3047]], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [-1.3047], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [0.808], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [0.27815319473552097], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 0.27815319473552097, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 2.0534, "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 2.331553194735521, "rg": true, "fn": "AddBackward0", "leaf": false}, {"shape": [], "dtype": "torch.bool", "value": true, "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [2.331553194735521], "rg": true, "fn": "IndexBackward0", "leaf": false}, {"shape": [], "dtype": "torch.bool", "value": false, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.bool", "value": false, "rg": false, "fn": null, "leaf": true}], "final": [[[-1.3047]], [-1.3047], [0.808], [0.27815319473552097], 0.27815319473552097, 2.0534, 2.331553194735521, false, [2.331553194735521], false, false], "grad": [{"dtype": "torch.float64", "shape": [], "value": -3.0}], "backward": [{"dtype": "torch.float64", "shape": [], "value": -3.0}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_zero_dim_int_tensor_index_is_a_select_view():
    """Fuzz: zero dim int tensor index is a select view."""
    # v0 = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = v0 * 2.0
    # v2 = torch.tensor([1], dtype=torch.int64).reshape([])
    # v3 = v1[v2]
    # v4 = v2.add_(1)
    # v5 = v3.mul_(3.0)
    # v6 = v1 * v1
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "op", "name": "mul", "args": [{"t": 0}, 2.0]}, {"k": "tensor", "data": [1], "dtype": "int64", "shape": []}, {"k": "getitem", "args": [{"t": 1}, {"t": 2}]}, {"k": "method", "name": "add_", "args": [{"t": 2}, 1]}, {"k": "method", "name": "mul_", "args": [{"t": 3}, 3.0]}, {"k": "op", "name": "mul", "args": [{"t": 1}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[2.0, 4.0, 6.0], [8.0, 10.0, 12.0]], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [], "dtype": "torch.int64", "value": 1, "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [8.0, 10.0, 12.0], "rg": true, "fn": "SelectBackward0", "leaf": false}, {"shape": [], "dtype": "torch.int64", "value": 2, "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [24.0, 30.0, 36.0], "rg": true, "fn": "AsStridedBackward0", "leaf": false}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[4.0, 16.0, 36.0], [576.0, 900.0, 1296.0]], "rg": true, "fn": "MulBackward0", "leaf": false}], "final": [[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [[2.0, 4.0, 6.0], [24.0, 30.0, 36.0]], 2, [24.0, 30.0, 36.0], 2, [24.0, 30.0, 36.0], [[4.0, 16.0, 36.0], [576.0, 900.0, 1296.0]]], "grad": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-15.0, -18.0, -13.0], [-9.0, 177.0, 435.0]]}], "grad2": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[18.0, 8.0, 2.0], [0.0, 18.0, 72.0]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-15.0, -18.0, -13.0], [-9.0, 177.0, 435.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_empty_value_shape_mismatch_raises():
    """Fuzz: setitem empty value shape mismatch raises."""
    # v0 = torch.tensor([-0.7283, 1.5513], dtype=torch.float32).reshape([1, 2])
    # v1 = v0 ** 0
    # v2 = torch.tensor([], dtype=torch.float32).reshape([2, 0, 3])
    # v3 = v1; v3[:-1:2, [0, -2, -1]] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.7283, 1.5513], "dtype": "float32", "shape": [1, 2]}, {"k": "op", "name": "pow", "args": [{"t": 0}, 0]}, {"k": "tensor", "data": [], "dtype": "float32", "shape": [2, 0, 3]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [{"slice": [null, -1, 2]}, [0, -2, -1]]}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 2], "dtype": "torch.float32", "value": [[-0.7282999753952026, 1.551300048828125]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 2], "dtype": "torch.float32", "value": [[1.0, 1.0]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 0, 3], "dtype": "torch.float32", "value": [[], []], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "shape mismatch: value tensor of shape [2, 0, 3] cannot be broadcast to indexing result of shape [0, 3]"]}')  # noqa: E501
    assert_matches_torch(program, expected)



def test_inplace_on_view_saves_the_view_for_version_checks():
    """Fuzz: inplace on view saves the view for version checks."""
    # v0 = torch.tensor([-1.2153, 0.3624, -2.1543, -0.8264], dtype=torch.float32).reshape([4])
    # v1 = torch.tensor([1.3966], dtype=torch.float32).reshape([1]).requires_grad_()
    # v2 = torch.lerp(v0, v1, 0.3)
    # v3 = v2.neg()
    # v4 = v3.squeeze(0)
    # v5 = v4.relu_()
    # v6 = torch.tensor([-2.0, 0.0, 0.0, 1.0], dtype=torch.float32).reshape([4])
    # v7 = v5; v7[...] = v6
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.2153, 0.3624, -2.1543, -0.8264], "dtype": "float32", "shape": [4]}, {"k": "tensor", "data": [1.3966], "dtype": "float32", "shape": [1], "rg": true}, {"k": "fn", "name": "lerp", "args": [{"t": 0}, {"t": 1}, 0.3]}, {"k": "method", "name": "neg", "args": [{"t": 2}]}, {"k": "method", "name": "squeeze", "args": [{"t": 3}, 0]}, {"k": "method", "name": "relu_", "args": [{"t": 4}]}, {"k": "tensor", "data": [-2.0, 0.0, 0.0, 1.0], "dtype": "float32", "shape": [4]}, {"k": "setitem", "args": [{"t": 5}, {"ellipsis": 1}, {"t": 6}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [-1.2152999639511108, 0.36239999532699585, -2.1542999744415283, -0.8263999819755554], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float32", "value": [1.3966000080108643], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [-0.4317299723625183, 0.6726599931716919, -1.0890299081802368, -0.15949994325637817], "rg": true, "fn": "LerpBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float32", "value": [0.4317299723625183, -0.6726599931716919, 1.0890299081802368, 0.15949994325637817], "rg": true, "fn": "NegBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float32", "value": [0.4317299723625183, -0.6726599931716919, 1.0890299081802368, 0.15949994325637817], "rg": true, "fn": "SqueezeBackward1", "leaf": false}, {"shape": [4], "dtype": "torch.float32", "value": [0.4317299723625183, 0.0, 1.0890299081802368, 0.15949994325637817], "rg": true, "fn": "AsStridedBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float32", "value": [-2.0, 0.0, 0.0, 1.0], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [-2.0, 0.0, 0.0, 1.0], "rg": true, "fn": "AsStridedBackward0", "leaf": false}], "final": [[-1.2152999639511108, 0.36239999532699585, -2.1542999744415283, -0.8263999819755554], [1.3966000080108643], [-0.4317299723625183, 0.6726599931716919, -1.0890299081802368, -0.15949994325637817], [-2.0, 0.0, 0.0, 1.0], [-2.0, 0.0, 0.0, 1.0], [-2.0, 0.0, 0.0, 1.0], [-2.0, 0.0, 0.0, 1.0], [-2.0, 0.0, 0.0, 1.0]], "grad_error": ["RuntimeError", "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [4]], which is output 0 of AsStrided, is at version 2; expected version 1 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False)."]}')  # noqa: E501
    assert_matches_torch(program, expected)

