"""Regression tests for nn.functional and linalg bugs found by the fuzzer's ``--ops nn/linalg``.

Each program is a fuzzer find, shrunk, saved as JSON and turned into a test with
``python -m tools.fuzz --case FILE``; ``expected`` is torch 2.13's record of it, and the comment
shows the program as torch code.
"""

import json

from tools.fuzz.compare import assert_matches_torch


def test_cosine_similarity_broadcasts_before_norms():
    """Fuzz: cosine similarity broadcasts before norms."""
    # v0 = torch.tensor([0.8, 0.6], dtype=torch.float64).reshape([2]).requires_grad_()
    # v1 = torch.tensor([1.8], dtype=torch.float64).reshape([1])
    # v2 = torch.nn.functional.cosine_similarity(v0, v1, dim=0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.8, 0.6], "dtype": "float64", "shape": [2], "rg": true}, {"k": "tensor", "data": [1.8], "dtype": "float64", "shape": [1]}, {"k": "fn", "name": "nn.functional.cosine_similarity", "args": [{"t": 0}, {"t": 1}], "kw": {"dim": 0}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float64", "value": [0.8, 0.6], "rg": true, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [1.8], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 0.9899494936611666, "rg": true, "fn": "SumBackward1", "leaf": false}], "final": [[0.8, 0.6], [1.8], 0.9899494936611666], "grad": [{"dtype": "torch.float64", "shape": [2], "value": [0.12727922061357866, -0.16970562748477147]}], "grad2": [{"dtype": "torch.float64", "shape": [2], "value": [0.15697770542341427, -0.17394826817189069]}], "backward": [{"dtype": "torch.float64", "shape": [2], "value": [0.12727922061357866, -0.16970562748477147]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_embedding_padding_idx_double_backward():
    """Fuzz: embedding padding idx double backward."""
    # v0 = torch.tensor([0.6787, -1.337, 1.0315, -1.8943], dtype=torch.float32).reshape([2, 2]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([1, 0], dtype=torch.int64).reshape([2])
    # v2 = torch.nn.functional.embedding(v1, v0, padding_idx=0)
    # v3 = torch.tensor([0.3121, 1.4245], dtype=torch.float32).reshape([2]).requires_grad_()
    # v4 = torch.nn.functional.pairwise_distance(v2, v3)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.6787, -1.337, 1.0315, -1.8943], "dtype": "float32", "shape": [2, 2], "rg": true}, {"k": "tensor", "data": [1, 0], "dtype": "int64", "shape": [2]}, {"k": "fn", "name": "nn.functional.embedding", "args": [{"t": 1}, {"t": 0}], "kw": {"padding_idx": 0}}, {"k": "tensor", "data": [0.3121, 1.4245], "dtype": "float32", "shape": [2], "rg": true}, {"k": "fn", "name": "nn.functional.pairwise_distance", "args": [{"t": 2}, {"t": 3}], "kw": {}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.float32", "value": [[0.6786999702453613, -1.3370000123977661], [1.031499981880188, -1.8942999839782715]], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [1, 0], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float32", "value": [[1.031499981880188, -1.8942999839782715], [0.6786999702453613, -1.3370000123977661]], "rg": true, "fn": "EmbeddingBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [0.31209999322891235, 1.4244999885559082], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [3.395874500274658, 2.785726547241211], "rg": true, "fn": "NormBackward1", "leaf": false}], "final": [[[0.6786999702453613, -1.3370000123977661], [1.031499981880188, -1.8942999839782715]], [1, 0], [[1.031499981880188, -1.8942999839782715], [0.6786999702453613, -1.3370000123977661]], [0.31209999322891235, 1.4244999885559082], [3.395874500274658, 2.785726547241211]], "grad": [{"dtype": "torch.float32", "shape": [2, 2], "value": [[0.0, 0.0], [-1.8177683353424072, 0.4659547805786133]]}, {"dtype": "torch.float32", "shape": [2], "value": [0.44936811923980713, -2.4572577476501465]}], "grad2": [{"dtype": "torch.float32", "shape": [2, 2], "value": [[0.0, 0.0], [-0.5133399963378906, -0.1112743616104126]]}, {"dtype": "torch.float32", "shape": [2], "value": [1.089303731918335, 0.18773603439331055]}], "backward": [{"dtype": "torch.float32", "shape": [2, 2], "value": [[0.0, 0.0], [-1.8177683353424072, 0.4659547805786133]]}, {"dtype": "torch.float32", "shape": [2], "value": [0.44936811923980713, -2.4572577476501465]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_nll_loss_all_ignored_gradient_is_zero():
    """Fuzz: nll loss all ignored gradient is zero."""
    # v0 = torch.tensor([2.0559, 0.0489, -0.0716], dtype=torch.float32).reshape([3]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([1], dtype=torch.int64).reshape([])
    # v2 = torch.nn.functional.log_softmax(v0, 0)
    # v3 = torch.nn.functional.nll_loss(v2, v1, ignore_index=1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.0559, 0.0489, -0.0716], "dtype": "float32", "shape": [3], "rg": true}, {"k": "tensor", "data": [1], "dtype": "int64", "shape": []}, {"k": "fn", "name": "nn.functional.log_softmax", "args": [{"t": 0}, 0]}, {"k": "fn", "name": "nn.functional.nll_loss", "args": [{"t": 2}, {"t": 1}], "kw": {"ignore_index": 1}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [2.0559000968933105, 0.048900000751018524, -0.07159999758005142], "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.int64", "value": 1, "rg": false, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [-0.2259603589773178, -2.2329604625701904, -2.3534603118896484], "rg": true, "fn": "LogSoftmaxBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float32", "value": NaN, "rg": true, "fn": "NllLossBackward0", "leaf": false}], "final": [[2.0559000968933105, 0.048900000751018524, -0.07159999758005142], 1, [-0.2259603589773178, -2.2329604625701904, -2.3534603118896484], NaN], "grad": [{"dtype": "torch.float32", "shape": [3], "value": [0.8932492733001709, -0.6783682703971863, -0.2148808240890503]}], "grad2": [{"dtype": "torch.float32", "shape": [3], "value": [-0.3557443916797638, 0.11300688982009888, 0.24273760616779327]}], "backward": [{"dtype": "torch.float32", "shape": [3], "value": [0.8932492733001709, -0.6783682703971863, -0.2148808240890503]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_cross_entropy_smoothing_all_ignored_gradient_is_zero():
    """Fuzz: cross entropy smoothing all ignored gradient is zero."""
    # v0 = torch.tensor([2.0559, 0.0489, -0.0716, 0.5, 1.0, -1.0], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([1, 1], dtype=torch.int64).reshape([2])
    # v2 = torch.nn.functional.cross_entropy(v0, v1, ignore_index=1, label_smoothing=0.1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.0559, 0.0489, -0.0716, 0.5, 1.0, -1.0], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "tensor", "data": [1, 1], "dtype": "int64", "shape": [2]}, {"k": "fn", "name": "nn.functional.cross_entropy", "args": [{"t": 0}, {"t": 1}], "kw": {"ignore_index": 1, "label_smoothing": 0.1}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[2.0559000968933105, 0.048900000751018524, -0.07159999758005142], [0.5, 1.0, -1.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.int64", "value": [1, 1], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": NaN, "rg": true, "fn": "AddBackward0", "leaf": false}], "final": [[[2.0559000968933105, 0.048900000751018524, -0.07159999758005142], [0.5, 1.0, -1.0]], [1, 1], NaN], "grad": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]}], "grad2": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_lstsq_batched_gelsy_outputs():
    """Fuzz: lstsq batched gelsy outputs."""
    # v0 = torch.tensor([0.826, -0.7497, -1.1459, -2.4733, 2.1039, 0.5388, 1.0, 2.0, -1.0, 0.5, 0.25, 3.0], dtype=torch.float64).reshape([2, 3, 2]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([0.4538, 0.3398, -1.3946, 1.0554, 1.585, 0.3622], dtype=torch.float64).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v2 = torch.linalg.lstsq(v0, v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.826, -0.7497, -1.1459, -2.4733, 2.1039, 0.5388, 1.0, 2.0, -1.0, 0.5, 0.25, 3.0], "dtype": "float64", "shape": [2, 3, 2], "rg": true}, {"k": "tensor", "data": [0.4538, 0.3398, -1.3946, 1.0554, 1.585, 0.3622], "dtype": "float64", "shape": [2, 3], "rg": true}, {"k": "fn", "name": "linalg.lstsq", "args": [{"t": 0}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3, 2], "dtype": "torch.float64", "value": [[[0.826, -0.7497], [-1.1459, -2.4733], [2.1039, 0.5388]], [[1.0, 2.0], [-1.0, 0.5], [0.25, 3.0]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float64", "value": [[0.4538, 0.3398, -1.3946], [1.0554, 1.585, 0.3622]], "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [2, 2], "dtype": "torch.float64", "value": [[-0.4197787146321525, -0.07553258837552881], [-0.6644631578947369, 0.4139578947368421]], "rg": true, "fn": "LinalgLstsqBackward0", "leaf": false}, {"shape": [0], "dtype": "torch.float64", "value": [], "rg": true, "fn": "LinalgLstsqBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.int64", "value": [2, 2], "rg": false, "fn": null, "leaf": true}, {"shape": [0], "dtype": "torch.float64", "value": [], "rg": false, "fn": null, "leaf": true}]}], "final": [[[[0.826, -0.7497], [-1.1459, -2.4733], [2.1039, 0.5388]], [[1.0, 2.0], [-1.0, 0.5], [0.25, 3.0]]], [[0.4538, 0.3398, -1.3946], [1.0554, 1.585, 0.3622]]], "grad": [null, {"dtype": "torch.float64", "shape": [2, 3], "value": [[-1.5, -1.0, -0.5], [0.0, 0.5, 1.0]]}], "backward": [null, {"dtype": "torch.float64", "shape": [2, 3], "value": [[-1.5, -1.0, -0.5], [0.0, 0.5, 1.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_matrix_norm_keepdim_nuclear_permutes():
    """Fuzz: matrix norm keepdim nuclear permutes."""
    # v0 = torch.tensor([1.5, -0.5, 2.0, 0.25, 1.0, -1.0], dtype=torch.float32).reshape([1, 2, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.linalg.matrix_norm(v0, ord='nuc', keepdim=True)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, -0.5, 2.0, 0.25, 1.0, -1.0], "dtype": "float32", "shape": [1, 2, 3], "rg": true}, {"k": "fn", "name": "linalg.matrix_norm", "args": [{"t": 0}], "kw": {"ord": "nuc", "keepdim": true}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 2, 3], "dtype": "torch.float32", "value": [[[1.5, -0.5, 2.0], [0.25, 1.0, -1.0]]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 1, 1], "dtype": "torch.float32", "value": [[[3.8112897872924805]]], "rg": true, "fn": "PermuteBackward0", "leaf": false}], "final": [[[[1.5, -0.5, 2.0], [0.25, 1.0, -1.0]]], [[[3.8112897872924805]]]], "grad": [{"dtype": "torch.float32", "shape": [1, 2, 3], "value": [[[-1.0688284635543823, 0.05241572856903076, -1.0511224269866943], [-0.7336112856864929, -1.1112828254699707, 0.6905531883239746]]]}], "grad2": [{"dtype": "torch.float32", "shape": [1, 2, 3], "value": [[[0.43205901980400085, 0.48065051436424255, -0.4153691530227661], [-0.012899905443191528, -0.6770368814468384, -1.1032359600067139]]]}], "backward": [{"dtype": "torch.float32", "shape": [1, 2, 3], "value": [[[-1.0688284635543823, 0.05241572856903076, -1.0511224269866943], [-0.7336112856864929, -1.1112828254699707, 0.6905531883239746]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)
def test_adaptive_avg_pool2d_uneven_records_pool_node():
    """Fuzz: adaptive avg pool2d uneven records pool node."""
    # v0 = torch.tensor([0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], dtype=torch.float64).reshape([1, 1, 3, 4]).requires_grad_()  # noqa: E501
    # v1 = torch.nn.functional.adaptive_avg_pool2d(v0, [2, 3])
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], "dtype": "float64", "shape": [1, 1, 3, 4], "rg": true}, {"k": "fn", "name": "nn.functional.adaptive_avg_pool2d", "args": [{"t": 0}, [2, 3]]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 1, 3, 4], "dtype": "torch.float64", "value": [[[[0.1, -0.4, 2.0, 0.9], [1.5, 0.3, -1.2, 0.0], [0.7, 0.2, -0.3, 2.0]]]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 1, 2, 3], "dtype": "torch.float64", "value": [[[[0.375, 0.17500000000000004, 0.425], [0.675, -0.25, 0.125]]]], "rg": true, "fn": "AdaptiveAvgPool2DBackward0", "leaf": false}], "final": [[[[[0.1, -0.4, 2.0, 0.9], [1.5, 0.3, -1.2, 0.0], [0.7, 0.2, -0.3, 2.0]]]], [[[[0.375, 0.17500000000000004, 0.425], [0.675, -0.25, 0.125]]]]], "grad": [{"dtype": "torch.float64", "shape": [1, 1, 3, 4], "value": [[[[-0.375, -0.625, -0.375, -0.125], [-0.375, -0.5, 0.0, 0.125], [0.0, 0.125, 0.375, 0.25]]]]}], "grad2": [{"dtype": "torch.float64", "shape": [1, 1, 3, 4], "value": [[[[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]]]}], "backward": [{"dtype": "torch.float64", "shape": [1, 1, 3, 4], "value": [[[[-0.375, -0.625, -0.375, -0.125], [-0.375, -0.5, 0.0, 0.125], [0.0, 0.125, 0.375, 0.25]]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_adaptive_max_pool1d_squeezes_2d_pool():
    """Fuzz: adaptive max pool1d squeezes 2d pool."""
    # v0 = torch.tensor([0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], dtype=torch.float64).reshape([1, 3, 4]).requires_grad_()  # noqa: E501
    # v1 = torch.nn.functional.adaptive_max_pool1d(v0, 3)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], "dtype": "float64", "shape": [1, 3, 4], "rg": true}, {"k": "fn", "name": "nn.functional.adaptive_max_pool1d", "args": [{"t": 0}, 3]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 3, 4], "dtype": "torch.float64", "value": [[[0.1, -0.4, 2.0, 0.9], [1.5, 0.3, -1.2, 0.0], [0.7, 0.2, -0.3, 2.0]]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 3, 3], "dtype": "torch.float64", "value": [[[0.1, 2.0, 2.0], [1.5, 0.3, 0.0], [0.7, 0.2, 2.0]]], "rg": true, "fn": "SqueezeBackward1", "leaf": false}], "final": [[[[0.1, -0.4, 2.0, 0.9], [1.5, 0.3, -1.2, 0.0], [0.7, 0.2, -0.3, 2.0]]], [[[0.1, 2.0, 2.0], [1.5, 0.3, 0.0], [0.7, 0.2, 2.0]]]], "grad": [{"dtype": "torch.float64", "shape": [1, 3, 4], "value": [[[-1.5, 0.0, -1.5, 0.0], [0.0, 0.5, 0.0, 1.0], [1.5, -1.25, 0.0, -0.75]]]}], "grad2": [{"dtype": "torch.float64", "shape": [1, 3, 4], "value": [[[0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]]}], "backward": [{"dtype": "torch.float64", "shape": [1, 3, 4], "value": [[[-1.5, 0.0, -1.5, 0.0], [0.0, 0.5, 0.0, 1.0], [1.5, -1.25, 0.0, -0.75]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_adaptive_max_pool2d_records_pool_node():
    """Fuzz: adaptive max pool2d records pool node."""
    # v0 = torch.tensor([0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], dtype=torch.float32).reshape([1, 1, 3, 4]).requires_grad_()  # noqa: E501
    # v1 = torch.nn.functional.adaptive_max_pool2d(v0, [2, 3], return_indices=True)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], "dtype": "float32", "shape": [1, 1, 3, 4], "rg": true}, {"k": "fn", "name": "nn.functional.adaptive_max_pool2d", "args": [{"t": 0}, [2, 3]], "kw": {"return_indices": true}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 1, 3, 4], "dtype": "torch.float32", "value": [[[[0.10000000149011612, -0.4000000059604645, 2.0, 0.8999999761581421], [1.5, 0.30000001192092896, -1.2000000476837158, 0.0], [0.699999988079071, 0.20000000298023224, -0.30000001192092896, 2.0]]]], "rg": true, "fn": null, "leaf": true}, {"seq": [{"shape": [1, 1, 2, 3], "dtype": "torch.float32", "value": [[[[1.5, 2.0, 2.0], [1.5, 0.30000001192092896, 2.0]]]], "rg": true, "fn": "AdaptiveMaxPool2DBackward0", "leaf": false}, {"shape": [1, 1, 2, 3], "dtype": "torch.int64", "value": [[[[4, 2, 2], [4, 5, 11]]]], "rg": false, "fn": null, "leaf": true}]}], "final": [[[[[0.10000000149011612, -0.4000000059604645, 2.0, 0.8999999761581421], [1.5, 0.30000001192092896, -1.2000000476837158, 0.0], [0.699999988079071, 0.20000000298023224, -0.30000001192092896, 2.0]]]]], "grad": [{"dtype": "torch.float32", "shape": [1, 1, 3, 4], "value": [[[[-1.5, -1.0, -0.5, 0.0], [0.5, 1.0, 1.5, -1.25], [-0.75, -0.25, 0.25, 0.75]]]]}], "backward": [{"dtype": "torch.float32", "shape": [1, 1, 3, 4], "value": [[[[-1.5, -1.0, -0.5, 0.0], [0.5, 1.0, 1.5, -1.25], [-0.75, -0.25, 0.25, 0.75]]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_cross_entropy_probabilities_negates_the_sum():
    """Fuzz: cross entropy probabilities negates the sum."""
    # v0 = torch.tensor([0.1, -0.4, 2.0, 0.9, 1.5, 0.3], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([0.2, 0.3, 0.5, 0.6, 0.3, 0.1], dtype=torch.float32).reshape([2, 3])
    # v2 = torch.nn.functional.cross_entropy(v0, v1, reduction='sum')
    # v3 = torch.nn.functional.cross_entropy(v0, v1, reduction='none', label_smoothing=0.1)
    # v4 = v0[0]
    # v5 = v1[0]
    # v6 = torch.nn.functional.cross_entropy(v4, v5, reduction='mean')
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1, -0.4, 2.0, 0.9, 1.5, 0.3], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "tensor", "data": [0.2, 0.3, 0.5, 0.6, 0.3, 0.1], "dtype": "float32", "shape": [2, 3]}, {"k": "fn", "name": "nn.functional.cross_entropy", "args": [{"t": 0}, {"t": 1}], "kw": {"reduction": "sum"}}, {"k": "fn", "name": "nn.functional.cross_entropy", "args": [{"t": 0}, {"t": 1}], "kw": {"reduction": "none", "label_smoothing": 0.1}}, {"k": "getitem", "args": [{"t": 0}, 0]}, {"k": "getitem", "args": [{"t": 1}, 0]}, {"k": "fn", "name": "nn.functional.cross_entropy", "args": [{"t": 4}, {"t": 5}], "kw": {"reduction": "mean"}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[0.10000000149011612, -0.4000000059604645, 2.0], [0.8999999761581421, 1.5, 0.30000001192092896]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 3], "dtype": "torch.float32", "value": [[0.20000000298023224, 0.30000001192092896, 0.5], [0.6000000238418579, 0.30000001192092896, 0.10000000149011612]], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": 2.410531520843506, "rg": true, "fn": "NegBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [1.3486758470535278, 1.1071889400482178], "rg": true, "fn": "NegBackward0", "leaf": false}, {"shape": [3], "dtype": "torch.float32", "value": [0.10000000149011612, -0.4000000059604645, 2.0], "rg": true, "fn": "SelectBackward0", "leaf": false}, {"shape": [3], "dtype": "torch.float32", "value": [0.20000000298023224, 0.30000001192092896, 0.5], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": 1.3153425455093384, "rg": true, "fn": "DivBackward1", "leaf": false}], "final": [[[0.10000000149011612, -0.4000000059604645, 2.0], [0.8999999761581421, 1.5, 0.30000001192092896]], [[0.20000000298023224, 0.30000001192092896, 0.5], [0.6000000238418579, 0.30000001192092896, 0.10000000149011612]], 2.410531520843506, [1.3486758470535278, 1.1071889400482178], [0.10000000149011612, -0.4000000059604645, 2.0], [0.20000000298023224, 0.30000001192092896, 0.5], 1.3153425455093384], "grad": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-1.2417759895324707, -0.3144281804561615, -1.4437956809997559], [0.2766793966293335, -0.23720544576644897, -0.03947381675243378]]}], "grad2": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[0.3049180507659912, 0.0752280130982399, -0.3801460564136505], [0.1284738928079605, -0.0361747145652771, -0.0922991931438446]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 3], "value": [[-1.2417759895324707, -0.3144281804561615, -1.4437956809997559], [0.2766793966293335, -0.23720544576644897, -0.03947381675243378]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_interpolate_bilinear_records_upsample_node():
    """Fuzz: interpolate bilinear records upsample node."""
    # v0 = torch.tensor([0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], dtype=torch.float32).reshape([1, 1, 3, 4]).requires_grad_()  # noqa: E501
    # v1 = torch.nn.functional.interpolate(v0, size=[2, 5], mode='bilinear', align_corners=False)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], "dtype": "float32", "shape": [1, 1, 3, 4], "rg": true}, {"k": "fn", "name": "nn.functional.interpolate", "args": [{"t": 0}], "kw": {"size": [2, 5], "mode": "bilinear", "align_corners": false}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 1, 3, 4], "dtype": "torch.float32", "value": [[[[0.10000000149011612, -0.4000000059604645, 2.0, 0.8999999761581421], [1.5, 0.30000001192092896, -1.2000000476837158, 0.0], [0.699999988079071, 0.20000000298023224, -0.30000001192092896, 2.0]]]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 1, 2, 5], "dtype": "torch.float32", "value": [[[[0.44999998807907104, -0.022500041872262955, 0.48750004172325134, 1.0425000190734863, 0.6749999523162842], [0.8999999761581421, 0.4274999797344208, -0.15000000596046448, 0.08249989151954651, 1.5]]]], "rg": true, "fn": "UpsampleBilinear2DBackward0", "leaf": false}], "final": [[[[[0.10000000149011612, -0.4000000059604645, 2.0, 0.8999999761581421], [1.5, 0.30000001192092896, -1.2000000476837158, 0.0], [0.699999988079071, 0.20000000298023224, -0.30000001192092896, 2.0]]]], [[[[0.44999998807907104, -0.022500041872262955, 0.48750004172325134, 1.0425000190734863, 0.6749999523162842], [0.8999999761581421, 0.4274999797344208, -0.15000000596046448, 0.08249989151954651, 1.5]]]]], "grad": [{"dtype": "torch.float32", "shape": [1, 1, 3, 4], "value": [[[[-1.3499999046325684, -0.7125000357627869, -0.1875, 0.375], [-0.08750000596046448, -0.13124999403953552, -0.3500000238418579, 0.006250008940696716], [1.087499976158142, 0.3187500238418579, -0.862500011920929, -0.35624998807907104]]]]}], "backward": [{"dtype": "torch.float32", "shape": [1, 1, 3, 4], "value": [[[[-1.3499999046325684, -0.7125000357627869, -0.1875, 0.375], [-0.08750000596046448, -0.13124999403953552, -0.3500000238418579, 0.006250008940696716], [1.087499976158142, 0.3187500238418579, -0.862500011920929, -0.35624998807907104]]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_interpolate_linear_records_upsample_node():
    """Fuzz: interpolate linear records upsample node."""
    # v0 = torch.tensor([0.1, -0.4, 2.0, 0.9], dtype=torch.float64).reshape([1, 1, 4]).requires_grad_()  # noqa: E501
    # v1 = torch.nn.functional.interpolate(v0, scale_factor=1.5, mode='linear', align_corners=True)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1, -0.4, 2.0, 0.9], "dtype": "float64", "shape": [1, 1, 4], "rg": true}, {"k": "fn", "name": "nn.functional.interpolate", "args": [{"t": 0}], "kw": {"scale_factor": 1.5, "mode": "linear", "align_corners": true}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 1, 4], "dtype": "torch.float64", "value": [[[0.1, -0.4, 2.0, 0.9]]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 1, 6], "dtype": "torch.float64", "value": [[[0.1, -0.19999999999999998, 0.07999999999999988, 1.5199999999999996, 1.56, 0.9]]], "rg": true, "fn": "UpsampleLinear1DBackward0", "leaf": false}], "final": [[[[0.1, -0.4, 2.0, 0.9]]], [[[0.1, -0.19999999999999998, 0.07999999999999988, 1.5199999999999996, 1.56, 0.9]]]], "grad": [{"dtype": "torch.float64", "shape": [1, 1, 4], "value": [[[-1.9, -1.0, 0.20000000000000007, 1.2]]]}], "backward": [{"dtype": "torch.float64", "shape": [1, 1, 4], "value": [[[-1.9, -1.0, 0.20000000000000007, 1.2]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_kl_div_batchmean_of_0d_input_is_the_sum():
    """Fuzz: kl div batchmean of 0d input is the sum."""
    # v0 = torch.tensor([0.5], dtype=torch.float64).reshape([]).requires_grad_()
    # v1 = torch.tensor([0.3], dtype=torch.float64).reshape([])
    # v2 = torch.nn.functional.kl_div(v0, v1, reduction='batchmean')
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5], "dtype": "float64", "shape": [], "rg": true}, {"k": "tensor", "data": [0.3], "dtype": "float64", "shape": []}, {"k": "fn", "name": "nn.functional.kl_div", "args": [{"t": 0}, {"t": 1}], "kw": {"reduction": "batchmean"}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float64", "value": 0.5, "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 0.3, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": -0.5111918412977808, "rg": true, "fn": "SumBackward0", "leaf": false}], "final": [0.5, 0.3, -0.5111918412977808], "grad": [{"dtype": "torch.float64", "shape": [], "value": 0.44999999999999996}], "backward": [{"dtype": "torch.float64", "shape": [], "value": 0.44999999999999996}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_nll_loss_3d_input_folds_to_2d_loss():
    """Fuzz: nll loss 3d input folds to 2d loss."""
    # v0 = torch.tensor([0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], dtype=torch.float64).reshape([2, 3, 2]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([0, 2, 1, 1], dtype=torch.int64).reshape([2, 2])
    # v2 = torch.nn.functional.log_softmax(v0, 1)
    # v3 = torch.nn.functional.nll_loss(v2, v1, reduction='mean')
    # v4 = torch.nn.functional.nll_loss(v2, v1, reduction='none')
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2, -0.3, 2.0], "dtype": "float64", "shape": [2, 3, 2], "rg": true}, {"k": "tensor", "data": [0, 2, 1, 1], "dtype": "int64", "shape": [2, 2]}, {"k": "fn", "name": "nn.functional.log_softmax", "args": [{"t": 0}, 1]}, {"k": "fn", "name": "nn.functional.nll_loss", "args": [{"t": 2}, {"t": 1}], "kw": {"reduction": "mean"}}, {"k": "fn", "name": "nn.functional.nll_loss", "args": [{"t": 2}, {"t": 1}], "kw": {"reduction": "none"}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3, 2], "dtype": "torch.float64", "value": [[[0.1, -0.4], [2.0, 0.9], [1.5, 0.3]], [[-1.2, 0.0], [0.7, 0.2], [-0.3, 2.0]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.int64", "value": [[0, 2], [1, 1]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 3, 2], "dtype": "torch.float64", "value": [[[-2.4630950305938524, -1.899574376664101], [-0.5630950305938525, -0.5995743766641008], [-1.0630950305938525, -1.199574376664101]], [[-2.3170300162778332, -2.2628519697185636], [-0.41703001627783354, -2.0628519697185634], [-1.4170300162778335, -0.26285196971856356]]], "rg": true, "fn": "LogSoftmaxBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float64", "value": 1.5356378483135877, "rg": true, "fn": "NllLoss2DBackward0", "leaf": false}, {"shape": [2, 2], "dtype": "torch.float64", "value": [[2.4630950305938524, 1.199574376664101], [0.41703001627783354, 2.0628519697185634]], "rg": true, "fn": "ViewBackward0", "leaf": false}], "final": [[[[0.1, -0.4], [2.0, 0.9], [1.5, 0.3]], [[-1.2, 0.0], [0.7, 0.2], [-0.3, 2.0]]], [[0, 2], [1, 1]], [[[-2.4630950305938524, -1.899574376664101], [-0.5630950305938525, -0.5995743766641008], [-1.0630950305938525, -1.199574376664101]], [[-2.3170300162778332, -2.2628519697185636], [-0.41703001627783354, -2.0628519697185634], [-1.4170300162778335, -0.26285196971856356]]], 1.5356378483135877, [[2.4630950305938524, 1.199574376664101], [0.41703001627783354, 2.0628519697185634]]], "grad": [{"dtype": "torch.float64", "shape": [2, 3, 2], "value": [[[0.3430608990156327, -1.2057444024168293], [-0.7135414577627777, -0.754937250169385], [0.37048055874714503, 1.9606816525862145]], [[1.3151889554825285, -1.210980010884359], [-1.1106271354111898, 0.1726591223292238], [-0.20456182007133855, 1.0383208885551352]]]}], "grad2": [{"dtype": "torch.float64", "shape": [2, 3, 2], "value": [[[0.04025010989616504, 0.2369537999972799], [0.05556652829312199, 0.11451653854035095], [-0.095816638189287, -0.3514703385376308]], [[-0.3300344130121327, -0.06496057146937062], [0.5735858069564586, -0.03168389883512632], [-0.24355139394432582, 0.09664447030449692]]]}], "backward": [{"dtype": "torch.float64", "shape": [2, 3, 2], "value": [[[0.3430608990156327, -1.2057444024168293], [-0.7135414577627777, -0.754937250169385], [0.37048055874714503, 1.9606816525862145]], [[1.3151889554825285, -1.210980010884359], [-1.1106271354111898, 0.1726591223292238], [-0.20456182007133855, 1.0383208885551352]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)
def test_conv1d_same_padding_odd_total_pads_the_end():
    """Fuzz: conv1d same padding odd total pads the end."""
    # v0 = torch.tensor([0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2], dtype=torch.float64).reshape([1, 2, 5]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([0.5, -1.0, 0.25, 2.0], dtype=torch.float64).reshape([1, 2, 2]).requires_grad_()  # noqa: E501
    # v2 = torch.nn.functional.conv1d(v0, v1, padding='same')
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1, -0.4, 2.0, 0.9, 1.5, 0.3, -1.2, 0.0, 0.7, 0.2], "dtype": "float64", "shape": [1, 2, 5], "rg": true}, {"k": "tensor", "data": [0.5, -1.0, 0.25, 2.0], "dtype": "float64", "shape": [1, 2, 2], "rg": true}, {"k": "fn", "name": "nn.functional.conv1d", "args": [{"t": 0}, {"t": 1}], "kw": {"padding": "same"}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 2, 5], "dtype": "torch.float64", "value": [[[0.1, -0.4, 2.0, 0.9, 1.5], [0.3, -1.2, 0.0, 0.7, 0.2]]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 2, 2], "dtype": "torch.float64", "value": [[[0.5, -1.0], [0.25, 2.0]]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 1, 5], "dtype": "torch.float64", "value": [[[-1.875, -2.5, 1.5, -0.475, 0.8]]], "rg": true, "fn": "ConvolutionBackward0", "leaf": false}], "final": [[[[0.1, -0.4, 2.0, 0.9, 1.5], [0.3, -1.2, 0.0, 0.7, 0.2]]], [[[0.5, -1.0], [0.25, 2.0]]], [[[-1.875, -2.5, 1.5, -0.475, 0.8]]]], "grad": [{"dtype": "torch.float64", "shape": [1, 2, 5], "value": [[[-0.75, 1.0, 0.75, 0.5, 0.25], [-0.375, -3.25, -2.125, -1.0, 0.125]]]}, {"dtype": "torch.float64", "shape": [1, 2, 2], "value": [[[1.1102230246251565e-16, -1.8499999999999999], [0.85, 1.4499999999999997]]]}], "grad2": [{"dtype": "torch.float64", "shape": [1, 2, 5], "value": [[[2.25, 3.0, 1.75, 0.5, -0.75], [0.75, 0.5, 0.25, 0.0, -0.25]]]}, {"dtype": "torch.float64", "shape": [1, 2, 2], "value": [[[3.75, 2.0], [-2.5, -0.625]]]}], "backward": [{"dtype": "torch.float64", "shape": [1, 2, 5], "value": [[[-0.75, 1.0, 0.75, 0.5, 0.25], [-0.375, -3.25, -2.125, -1.0, 0.125]]]}, {"dtype": "torch.float64", "shape": [1, 2, 2], "value": [[[1.1102230246251565e-16, -1.8499999999999999], [0.85, 1.4499999999999997]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_cosine_similarity_casts_integer_inputs():
    """Fuzz: cosine similarity casts integer inputs."""
    # v0 = torch.tensor([0, 1, 0, 0], dtype=torch.int64).reshape([4])
    # v1 = torch.tensor([1.0088], dtype=torch.float64).reshape([])
    # v2 = torch.nn.functional.cosine_similarity(v0, v1, dim=0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0, 1, 0, 0], "dtype": "int64", "shape": [4]}, {"k": "tensor", "data": [1.0088], "dtype": "float64", "shape": []}, {"k": "fn", "name": "nn.functional.cosine_similarity", "args": [{"t": 0}, {"t": 1}], "kw": {"dim": 0}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.int64", "value": [0, 1, 0, 0], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 1.0088, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 0.5, "rg": false, "fn": null, "leaf": true}], "final": [[0, 1, 0, 0], 1.0088, 0.5]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_cosine_similarity_mismatched_shapes_message():
    """Fuzz: cosine similarity mismatched shapes message."""
    # v0 = torch.tensor([1.0, 1.0, 1.0, 1.0, 1.0, 1.0], dtype=torch.float32).reshape([2, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([1.0, 1.0, 1.0, 1.0], dtype=torch.float32).reshape([2, 2])
    # v2 = torch.nn.functional.cosine_similarity(v0, v1, dim=1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 1.0, 1.0, 1.0, 1.0, 1.0], "dtype": "float32", "shape": [2, 3], "rg": true}, {"k": "tensor", "data": [1.0, 1.0, 1.0, 1.0], "dtype": "float32", "shape": [2, 2]}, {"k": "fn", "name": "nn.functional.cosine_similarity", "args": [{"t": 0}, {"t": 1}], "kw": {"dim": 1}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 3], "dtype": "torch.float32", "value": [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float32", "value": [[1.0, 1.0], [1.0, 1.0]], "rg": false, "fn": null, "leaf": true}], "error": ["RuntimeError", "The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_dropout1d_rejects_1d_input():
    """Fuzz: dropout1d rejects 1d input."""
    # v0 = torch.tensor([0.5, -1.5], dtype=torch.float32).reshape([2]).requires_grad_()
    # v1 = torch.nn.functional.dropout1d(v0, p=0.0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -1.5], "dtype": "float32", "shape": [2], "rg": true}, {"k": "fn", "name": "nn.functional.dropout1d", "args": [{"t": 0}], "kw": {"p": 0.0}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2], "dtype": "torch.float32", "value": [0.5, -1.5], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "dropout1d: Expected 2D or 3D input, but received a 1D input. Note that dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs)."]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_dropout1d_unbatched_eval_squeezes():
    """Fuzz: dropout1d unbatched eval squeezes."""
    # v0 = torch.tensor([0.5, -1.5, 2.0, 0.25], dtype=torch.float32).reshape([2, 2]).requires_grad_()  # noqa: E501
    # v1 = torch.nn.functional.dropout1d(v0, p=0.5, training=False)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -1.5, 2.0, 0.25], "dtype": "float32", "shape": [2, 2], "rg": true}, {"k": "fn", "name": "nn.functional.dropout1d", "args": [{"t": 0}], "kw": {"p": 0.5, "training": false}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 2], "dtype": "torch.float32", "value": [[0.5, -1.5], [2.0, 0.25]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 2], "dtype": "torch.float32", "value": [[0.5, -1.5], [2.0, 0.25]], "rg": true, "fn": "SqueezeBackward1", "leaf": false}], "final": [[[0.5, -1.5], [2.0, 0.25]], [[0.5, -1.5], [2.0, 0.25]]], "grad": [{"dtype": "torch.float32", "shape": [2, 2], "value": [[-1.5, -1.0], [-0.5, 0.0]]}], "backward": [{"dtype": "torch.float32", "shape": [2, 2], "value": [[-1.5, -1.0], [-0.5, 0.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_interpolate_empty_output_message():
    """Fuzz: interpolate empty output message."""
    # v0 = torch.tensor([-1.6309], dtype=torch.float64).reshape([1, 1, 1]).requires_grad_()
    # v1 = torch.nn.functional.interpolate(v0, mode='linear', scale_factor=0.5)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.6309], "dtype": "float64", "shape": [1, 1, 1], "rg": true}, {"k": "fn", "name": "nn.functional.interpolate", "args": [{"t": 0}], "kw": {"mode": "linear", "scale_factor": 0.5}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 1, 1], "dtype": "torch.float64", "value": [[[-1.6309]]], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "Input and output sizes should be greater than 0, but got input (W: 1) and output (W: 0)"]}')  # noqa: E501
    assert_matches_torch(program, expected)
def test_vector_norm_inf_over_empty_dim_message():
    """Fuzz: vector norm inf over empty dim message."""
    # v0 = torch.tensor([], dtype=torch.float32).reshape([0, 2]).requires_grad_()
    # v1 = torch.linalg.vector_norm(v0, ord=-inf, dim=0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float32", "shape": [0, 2], "rg": true}, {"k": "fn", "name": "linalg.vector_norm", "args": [{"t": 0}], "kw": {"ord": -Infinity, "dim": 0}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [0, 2], "dtype": "torch.float32", "value": [], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "linalg.vector_norm cannot compute the -inf norm on the dimension 0because this dimension is empty and the operation does not have an identity"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_vector_norm_negative_ord_of_empty_tensor_message():
    """Fuzz: vector norm negative ord of empty tensor message."""
    # v0 = torch.tensor([], dtype=torch.float64).reshape([2, 0]).requires_grad_()
    # v1 = torch.linalg.vector_norm(v0, ord=-1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [], "dtype": "float64", "shape": [2, 0], "rg": true}, {"k": "fn", "name": "linalg.vector_norm", "args": [{"t": 0}], "kw": {"ord": -1}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 0], "dtype": "torch.float64", "value": [[], []], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "linalg.vector_norm cannot compute the -1 norm on an empty tensor because the operation does not have an identity"]}')  # noqa: E501
    assert_matches_torch(program, expected)
def test_max_pool1d_empty_output_message():
    """Fuzz: max pool1d empty output message."""
    # v0 = torch.tensor([0.5, -1.0], dtype=torch.float32).reshape([1, 1, 2]).requires_grad_()
    # v1 = torch.nn.functional.max_pool1d(v0, 3)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -1.0], "dtype": "float32", "shape": [1, 1, 2], "rg": true}, {"k": "fn", "name": "nn.functional.max_pool1d", "args": [{"t": 0}, 3]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 1, 2], "dtype": "torch.float32", "value": [[[0.5, -1.0]]], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "max_pool1d() Invalid computed output size: 0"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_reflect_pad_height_error_names_argument_6():
    """Fuzz: reflect pad height error names argument 6."""
    # v0 = torch.tensor([1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], dtype=torch.float32).reshape([1, 3, 3]).requires_grad_()  # noqa: E501
    # v1 = torch.nn.functional.pad(v0, (0, 0, 3, 0), mode='reflect')
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0], "dtype": "float32", "shape": [1, 3, 3], "rg": true}, {"k": "fn", "name": "nn.functional.pad", "args": [{"t": 0}, {"tuple": [0, 0, 3, 0]}], "kw": {"mode": "reflect"}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 3, 3], "dtype": "torch.float32", "value": [[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]], "rg": true, "fn": null, "leaf": true}], "error": ["RuntimeError", "Argument #6: Padding size should be less than the corresponding input dimension, but got: padding (3, 0) at dimension 1 of input [1, 3, 3]"]}')  # noqa: E501
    assert_matches_torch(program, expected)
