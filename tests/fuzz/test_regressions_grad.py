"""Regression tests for first-order gradient (and related forward value) mismatches found by
the differential fuzzer (tools/fuzz), fixed to match torch 2.13.

Each program is a fuzzer find (or a hand-written corner of one), shrunk, saved as JSON and turned
into a test with ``python -m tools.fuzz --case FILE``; ``expected`` is torch 2.13's record of it,
and the comment shows the program as torch code.
"""

import json

from tools.fuzz.compare import assert_matches_torch

import chainrule


def test_xlogy_self_grad_of_negative_other():
    """xlogy's input grad: xlogy(grad, other), 0 where input == 0 and other <= 0 (seed 432)."""
    # v0 = torch.tensor([2.0683, -1.4227, -0.8077, -1.0653, 1.0794, -1.3593, 0.8162, 1.5816, 2.2448, -1.6951, -0.9776, 1.1324, -0.9296, 2.0159, -1.3662, 1.4678], dtype=torch.float64).reshape([4, 2, 2]).requires_grad_()  # noqa: E501
    # v1 = torch.xlogy(v0, v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.0683, -1.4227, -0.8077, -1.0653, 1.0794, -1.3593, 0.8162, 1.5816, 2.2448, -1.6951, -0.9776, 1.1324, -0.9296, 2.0159, -1.3662, 1.4678], "dtype": "float64", "shape": [4, 2, 2], "rg": true}, {"k": "fn", "name": "xlogy", "args": [{"t": 0}, {"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 2, 2], "dtype": "torch.float64", "value": [[[2.0683, -1.4227], [-0.8077, -1.0653]], [[1.0794, -1.3593], [0.8162, 1.5816]], [[2.2448, -1.6951], [-0.9776, 1.1324]], [[-0.9296, 2.0159], [-1.3662, 1.4678]]], "rg": true, "fn": null, "leaf": true}, {"shape": [4, 2, 2], "dtype": "torch.float64", "value": [[[1.503089482690402, NaN], [NaN, NaN]], [[0.08247191449987627, NaN], [-0.16576683767571437, 0.7250639479299454]], [[1.8151821628857303, NaN], [NaN, 0.14080179416705]], [[NaN, 1.4132784369667688], [NaN, 0.5632897989608899]]], "rg": true, "fn": "XlogyBackward0", "leaf": false}], "final": [[[[2.0683, -1.4227], [-0.8077, -1.0653]], [[1.0794, -1.3593], [0.8162, 1.5816]], [[2.2448, -1.6951], [-0.9776, 1.1324]], [[-0.9296, 2.0159], [-1.3662, 1.4678]]], [[[1.503089482690402, NaN], [NaN, NaN]], [[0.08247191449987627, NaN], [-0.16576683767571437, 0.7250639479299454]], [[1.8151821628857303, NaN], [NaN, 0.14080179416705]], [[NaN, 1.4132784369667688], [NaN, 0.5632897989608899]]]], "grad": [{"dtype": "torch.float64", "shape": [4, 2, 2], "value": [[[-2.5900905207347114, NaN], [NaN, 0.0]], [[0.5382026656012027, NaN], [1.1953562159843523, -1.8230462410928374]], [[-1.3564623227745445, NaN], [NaN, 0.8432544556917057]], [[NaN, -2.551598618706361], [NaN, -0.6918823405644127]]]}], "grad2": [{"dtype": "torch.float64", "shape": [4, 2, 2], "value": [[[1.0878499250592275, -0.7028888732691361], [-0.309520861706079, 0.0]], [[0.23161015378914213, -0.7356727727506805], [2.756677284979172, 0.9879236216489632]], [[0.2505791161796151, -0.03687098106306413], [-0.06393207855973813, 0.49673260332038144]], [[-1.6808304647160068, 1.1161267920035718], [-0.7319572536963841, 0.17032293227960213]]]}], "backward": [{"dtype": "torch.float64", "shape": [4, 2, 2], "value": [[[-2.5900905207347114, NaN], [NaN, 0.0]], [[0.5382026656012027, NaN], [1.1953562159843523, -1.8230462410928374]], [[-1.3564623227745445, NaN], [NaN, 0.8432544556917057]], [[NaN, -2.551598618706361], [NaN, -0.6918823405644127]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_xlogy_zero_weight_gives_zero_grad():
    """xlogy(x, x) of negatives: a zero upstream grad gives 0, not grad * NaN (seed 7459)."""
    # v0 = torch.tensor([-1.5683, -1.8747, -2.2679, -2.1628], dtype=torch.float32).reshape([1, 4]).requires_grad_()  # noqa: E501
    # v1 = torch.xlogy(v0, v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-1.5683, -1.8747, -2.2679, -2.1628], "dtype": "float32", "shape": [1, 4], "rg": true}, {"k": "fn", "name": "xlogy", "args": [{"t": 0}, {"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 4], "dtype": "torch.float32", "value": [[-1.5683000087738037, -1.8746999502182007, -2.267899990081787, -2.1628000736236572]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 4], "dtype": "torch.float32", "value": [[NaN, NaN, NaN, NaN]], "rg": true, "fn": "XlogyBackward0", "leaf": false}], "final": [[[-1.5683000087738037, -1.8746999502182007, -2.267899990081787, -2.1628000736236572]], [[NaN, NaN, NaN, NaN]]], "grad": [{"dtype": "torch.float32", "shape": [1, 4], "value": [[NaN, NaN, NaN, 0.0]]}], "grad2": [{"dtype": "torch.float32", "shape": [1, 4], "value": [[-1.434674620628357, -0.5334187150001526, -0.11023414134979248, 0.0]]}], "backward": [{"dtype": "torch.float32", "shape": [1, 4], "value": [[NaN, NaN, NaN, 0.0]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_xlogy_other_zero_zero_weight():
    """xlogy(x, 0): a zero upstream grad gives 0, not 0 * -inf (seed 5961)."""
    # v0 = torch.tensor([-0.3179, -0.1328, -1.2122, 1.0783], dtype=torch.float32).reshape([1, 4, 1]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([0.0], dtype=torch.float32).reshape([1, 1, 1])
    # v2 = torch.xlogy(v0, v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.3179, -0.1328, -1.2122, 1.0783], "dtype": "float32", "shape": [1, 4, 1], "rg": true}, {"k": "tensor", "data": [0.0], "dtype": "float32", "shape": [1, 1, 1]}, {"k": "fn", "name": "xlogy", "args": [{"t": 0}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 4, 1], "dtype": "torch.float32", "value": [[[-0.31790000200271606], [-0.13279999792575836], [-1.2122000455856323], [1.0782999992370605]]], "rg": true, "fn": null, "leaf": true}, {"shape": [1, 1, 1], "dtype": "torch.float32", "value": [[[0.0]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4, 1], "dtype": "torch.float32", "value": [[[Infinity], [Infinity], [Infinity], [-Infinity]]], "rg": true, "fn": "XlogyBackward0", "leaf": false}], "final": [[[[-0.31790000200271606], [-0.13279999792575836], [-1.2122000455856323], [1.0782999992370605]]], [[[0.0]]], [[[Infinity], [Infinity], [Infinity], [-Infinity]]]], "grad": [{"dtype": "torch.float32", "shape": [1, 4, 1], "value": [[[Infinity], [Infinity], [Infinity], [0.0]]]}], "backward": [{"dtype": "torch.float32", "shape": [1, 4, 1], "value": [[[Infinity], [Infinity], [Infinity], [0.0]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_xlogy_after_logaddexp_and_log_softmax():
    """xlogy in a longer program: same input-grad formula (seed 2837)."""
    # v0 = torch.tensor([1.5255, -2.08, -1.4638, -1.7956, 0.8428, -1.0148, -0.3864, -2.0933, -2.231], dtype=torch.float32).reshape([3, 3])  # noqa: E501
    # v1 = torch.tensor([0.0, -1.0, 1.0, 3.0, 3.0, 2.0, -1.0, -1.0, 0.0], dtype=torch.float64).reshape([3, 3]).requires_grad_()  # noqa: E501
    # v2 = torch.logaddexp(v0, v1)
    # v3 = torch.xlogy(v2, v1)
    # v4 = torch.neg(v2)
    # v5 = torch.log_softmax(v2, -1)
    # v6 = torch.floor(v3)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5255, -2.08, -1.4638, -1.7956, 0.8428, -1.0148, -0.3864, -2.0933, -2.231], "dtype": "float32", "shape": [3, 3]}, {"k": "tensor", "data": [0.0, -1.0, 1.0, 3.0, 3.0, 2.0, -1.0, -1.0, 0.0], "dtype": "float64", "shape": [3, 3], "rg": true}, {"k": "fn", "name": "logaddexp", "args": [{"t": 0}, {"t": 1}]}, {"k": "fn", "name": "xlogy", "args": [{"t": 2}, {"t": 1}]}, {"k": "fn", "name": "neg", "args": [{"t": 2}]}, {"k": "fn", "name": "log_softmax", "args": [{"t": 2}, -1]}, {"k": "fn", "name": "floor", "args": [{"t": 3}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 3], "dtype": "torch.float32", "value": [[1.5255000591278076, -2.0799999237060547, -1.4637999534606934], [-1.7956000566482544, 0.8428000211715698, -1.014799952507019], [-0.3864000141620636, -2.0933001041412354, -2.2309999465942383]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 3], "dtype": "torch.float64", "value": [[0.0, -1.0, 1.0], [3.0, 3.0, 2.0], [-1.0, -1.0, 0.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 3], "dtype": "torch.float64", "value": [[1.722309705420396, -0.7076322587946671, 1.0816822104995927], [3.008232060668843, 3.1094358379297726, 2.0478903765914], [0.04628999696664432, -0.7109872335152067, 0.10203385351805191]], "rg": true, "fn": "LogaddexpBackward0", "leaf": false}, {"shape": [3, 3], "dtype": "torch.float64", "value": [[-Infinity, NaN, 0.0], [3.3048807090161816, 3.416064422374669, 1.4194894406301735], [NaN, NaN, -Infinity]], "rg": true, "fn": "XlogyBackward0", "leaf": false}, {"shape": [3, 3], "dtype": "torch.float64", "value": [[-1.722309705420396, 0.7076322587946671, -1.0816822104995927], [-3.008232060668843, -3.1094358379297726, -2.0478903765914], [-0.04628999696664432, 0.7109872335152067, -0.10203385351805191]], "rg": true, "fn": "NegBackward0", "leaf": false}, {"shape": [3, 3], "dtype": "torch.float64", "value": [[-0.47933718362660155, -2.9092791478416644, -1.119964678547405], [-0.9119871562341174, -0.8107833789731876, -1.8723288403115603], [-0.926743246197347, -1.6840204766791982, -0.8709993896459395]], "rg": true, "fn": "LogSoftmaxBackward0", "leaf": false}, {"shape": [3, 3], "dtype": "torch.float64", "value": [[-Infinity, NaN, 0.0], [3.0, 3.0, 1.0], [NaN, NaN, -Infinity]], "rg": true, "fn": "FloorBackward0", "leaf": false}], "final": [[[1.5255000591278076, -2.0799999237060547, -1.4637999534606934], [-1.7956000566482544, 0.8428000211715698, -1.014799952507019], [-0.3864000141620636, -2.0933001041412354, -2.2309999465942383]], [[0.0, -1.0, 1.0], [3.0, 3.0, 2.0], [-1.0, -1.0, 0.0]], [[1.722309705420396, -0.7076322587946671, 1.0816822104995927], [3.008232060668843, 3.1094358379297726, 2.0478903765914], [0.04628999696664432, -0.7109872335152067, 0.10203385351805191]], [[-Infinity, NaN, 0.0], [3.3048807090161816, 3.416064422374669, 1.4194894406301735], [NaN, NaN, -Infinity]], [[-1.722309705420396, 0.7076322587946671, -1.0816822104995927], [-3.008232060668843, -3.1094358379297726, -2.0478903765914], [-0.04628999696664432, 0.7109872335152067, -0.10203385351805191]], [[-0.47933718362660155, -2.9092791478416644, -1.119964678547405], [-0.9119871562341174, -0.8107833789731876, -1.8723288403115603], [-0.926743246197347, -1.6840204766791982, -0.8709993896459395]], [[-Infinity, NaN, 0.0], [3.0, 3.0, 1.0], [NaN, NaN, -Infinity]]], "grad": [{"dtype": "torch.float64", "shape": [3, 3], "value": [[NaN, 0.12208538519784438, 0.9020957600864299], [-0.5976475328242244, -0.5976475328242243, -0.2198622403928669], [0.06951724527598921, 0.0695172452759892, NaN]]}], "grad2": [{"dtype": "torch.float64", "shape": [3, 3], "value": [[NaN, -0.07850387377670176, -0.12902164727620521], [0.20666094151829642, -0.0921628248938158, -0.14383592871515188], [0.12156429059709054, -0.06960813391187981, NaN]]}], "backward": [{"dtype": "torch.float64", "shape": [3, 3], "value": [[NaN, 0.12208538519784438, 0.9020957600864299], [-0.5976475328242244, -0.5976475328242243, -0.2198622403928669], [0.06951724527598921, 0.0695172452759892, NaN]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_xlogy_after_setitem():
    """xlogy of a tensor written by setitem: same input-grad formula (seed 1834)."""
    # v0 = torch.tensor([3.0, 0.0, 3.0, -3.0, -3.0, 1.0, -1.0, -1.0, -3.0, 0.0, -2.0, 2.0, -2.0, 2.0, -1.0, -3.0, 1.0, 1.0, 0.0, 1.0, 2.0, -1.0, 3.0, 2.0, -2.0, -1.0, 0.0, -2.0, -1.0, -1.0, -2.0, 3.0], dtype=torch.float64).reshape([2, 4, 4]).requires_grad_()  # noqa: E501
    # v1 = v0 ** 3
    # v2 = torch.tensor([1, 0, 1], dtype=torch.int64).reshape([3])
    # v3 = v1; v3[v2, 0:-1:1, 1] = 1.5
    # v4 = torch.tensor([0.5847, 0.3645, -1.3562, 0.0405, 2.4688, -1.2038, 0.2557, -0.3533, 1.7247, -0.9977, 0.4639, -0.5996, -2.3609, -1.1242, -0.1351, 0.472, 0.5791, -1.8632, -0.7451, 2.4223, 2.2447, -2.2027, -1.7682, -0.2669, -0.433, -1.0664, 0.4681, -1.851, -0.1335, -0.6026, 2.2901, 0.0742], dtype=torch.float32).reshape([2, 4, 4])  # noqa: E501
    # v5 = torch.xlogy(v3, v4)
    program = json.loads('{"steps": [{"k": "tensor", "data": [3.0, 0.0, 3.0, -3.0, -3.0, 1.0, -1.0, -1.0, -3.0, 0.0, -2.0, 2.0, -2.0, 2.0, -1.0, -3.0, 1.0, 1.0, 0.0, 1.0, 2.0, -1.0, 3.0, 2.0, -2.0, -1.0, 0.0, -2.0, -1.0, -1.0, -2.0, 3.0], "dtype": "float64", "shape": [2, 4, 4], "rg": true}, {"k": "op", "name": "pow", "args": [{"t": 0}, 3]}, {"k": "tensor", "data": [1, 0, 1], "dtype": "int64", "shape": [3]}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [{"t": 2}, {"slice": [0, -1, 1]}, 1]}, 1.5]}, {"k": "tensor", "data": [0.5847, 0.3645, -1.3562, 0.0405, 2.4688, -1.2038, 0.2557, -0.3533, 1.7247, -0.9977, 0.4639, -0.5996, -2.3609, -1.1242, -0.1351, 0.472, 0.5791, -1.8632, -0.7451, 2.4223, 2.2447, -2.2027, -1.7682, -0.2669, -0.433, -1.0664, 0.4681, -1.851, -0.1335, -0.6026, 2.2901, 0.0742], "dtype": "float32", "shape": [2, 4, 4]}, {"k": "fn", "name": "xlogy", "args": [{"t": 3}, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [2, 4, 4], "dtype": "torch.float64", "value": [[[3.0, 0.0, 3.0, -3.0], [-3.0, 1.0, -1.0, -1.0], [-3.0, 0.0, -2.0, 2.0], [-2.0, 2.0, -1.0, -3.0]], [[1.0, 1.0, 0.0, 1.0], [2.0, -1.0, 3.0, 2.0], [-2.0, -1.0, 0.0, -2.0], [-1.0, -1.0, -2.0, 3.0]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 4, 4], "dtype": "torch.float64", "value": [[[27.0, 0.0, 27.0, -27.0], [-27.0, 1.0, -1.0, -1.0], [-27.0, 0.0, -8.0, 8.0], [-8.0, 8.0, -1.0, -27.0]], [[1.0, 1.0, 0.0, 1.0], [8.0, -1.0, 27.0, 8.0], [-8.0, -1.0, 0.0, -8.0], [-1.0, -1.0, -8.0, 27.0]]], "rg": true, "fn": "PowBackward0", "leaf": false}, {"shape": [3], "dtype": "torch.int64", "value": [1, 0, 1], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 4, 4], "dtype": "torch.float64", "value": [[[27.0, 1.5, 27.0, -27.0], [-27.0, 1.5, -1.0, -1.0], [-27.0, 1.5, -8.0, 8.0], [-8.0, 8.0, -1.0, -27.0]], [[1.0, 1.5, 0.0, 1.0], [8.0, 1.5, 27.0, 8.0], [-8.0, 1.5, 0.0, -8.0], [-1.0, -1.0, -8.0, 27.0]]], "rg": true, "fn": "CopySlices", "leaf": false}, {"shape": [2, 4, 4], "dtype": "torch.float32", "value": [[[0.5846999883651733, 0.3644999861717224, -1.3561999797821045, 0.04050000011920929], [2.4688000679016113, -1.2037999629974365, 0.2556999921798706, -0.353300005197525], [1.7246999740600586, -0.9976999759674072, 0.46389999985694885, -0.5996000170707703], [-2.3608999252319336, -1.1241999864578247, -0.13510000705718994, 0.47200000286102295]], [[0.5791000127792358, -1.8631999492645264, -0.7451000213623047, 2.422300100326538], [2.2446999549865723, -2.202699899673462, -1.7682000398635864, -0.2669000029563904], [-0.43299999833106995, -1.0664000511169434, 0.46810001134872437, -1.8509999513626099], [-0.13349999487400055, -0.6025999784469604, 2.29010009765625, 0.07419999688863754]]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 4, 4], "dtype": "torch.float64", "value": [[[-14.489722899881357, -1.5138431482066295, NaN, 86.57423915200752], [-24.400770213527608, NaN, 1.3637504272682168, NaN], [-14.71643389642378, NaN, 6.144690140262443, NaN], [NaN, NaN, NaN, 20.270959758047493]], [[-0.5462800826829854, NaN, 0.0, 0.8847175434529313], [6.468574895377265, NaN, NaN, NaN], [NaN, NaN, 0.0, NaN], [NaN, NaN, -6.628764219022256, -70.22676161000462]]], "rg": true, "fn": "XlogyBackward0", "leaf": false}], "final": [[[[3.0, 0.0, 3.0, -3.0], [-3.0, 1.0, -1.0, -1.0], [-3.0, 0.0, -2.0, 2.0], [-2.0, 2.0, -1.0, -3.0]], [[1.0, 1.0, 0.0, 1.0], [2.0, -1.0, 3.0, 2.0], [-2.0, -1.0, 0.0, -2.0], [-1.0, -1.0, -2.0, 3.0]]], [[[27.0, 1.5, 27.0, -27.0], [-27.0, 1.5, -1.0, -1.0], [-27.0, 1.5, -8.0, 8.0], [-8.0, 8.0, -1.0, -27.0]], [[1.0, 1.5, 0.0, 1.0], [8.0, 1.5, 27.0, 8.0], [-8.0, 1.5, 0.0, -8.0], [-1.0, -1.0, -8.0, 27.0]]], [1, 0, 1], [[[27.0, 1.5, 27.0, -27.0], [-27.0, 1.5, -1.0, -1.0], [-27.0, 1.5, -8.0, 8.0], [-8.0, 8.0, -1.0, -27.0]], [[1.0, 1.5, 0.0, 1.0], [8.0, 1.5, 27.0, 8.0], [-8.0, 1.5, 0.0, -8.0], [-1.0, -1.0, -8.0, 27.0]]], [[[0.5846999883651733, 0.3644999861717224, -1.3561999797821045, 0.04050000011920929], [2.4688000679016113, -1.2037999629974365, 0.2556999921798706, -0.353300005197525], [1.7246999740600586, -0.9976999759674072, 0.46389999985694885, -0.5996000170707703], [-2.3608999252319336, -1.1241999864578247, -0.13510000705718994, 0.47200000286102295]], [[0.5791000127792358, -1.8631999492645264, -0.7451000213623047, 2.422300100326538], [2.2446999549865723, -2.202699899673462, -1.7682000398635864, -0.2669000029563904], [-0.43299999833106995, -1.0664000511169434, 0.46810001134872437, -1.8509999513626099], [-0.13349999487400055, -0.6025999784469604, 2.29010009765625, 0.07419999688863754]]], [[[-14.489722899881357, -1.5138431482066295, NaN, 86.57423915200752], [-24.400770213527608, NaN, 1.3637504272682168, NaN], [-14.71643389642378, NaN, 6.144690140262443, NaN], [NaN, NaN, NaN, 20.270959758047493]], [[-0.5462800826829854, NaN, 0.0, 0.8847175434529313], [6.468574895377265, NaN, NaN, NaN], [NaN, NaN, 0.0, NaN], [NaN, NaN, -6.628764219022256, -70.22676161000462]]]], "grad": [{"dtype": "torch.float64", "shape": [2, 4, 4], "value": [[[-18.765415650177964, 0.0, NaN, 0.0], [25.700385106763804, 0.0, -1.6368769227069757, NaN], [-31.287325422317835, 0.0, 0.6957411974015838, NaN], [NaN, NaN, NaN, -3.3645201209762527]], [[0.0, 0.0, 0.0, 8.481228945538192], [-27.12857792883237, 0.0, NaN, NaN], [NaN, 0.0, -0.0, NaN], [NaN, 0.0, 10.97157316426669, -43.226761610004615]]]}], "grad2": [{"dtype": "torch.float64", "shape": [2, 4, 4], "value": [[[18.765415650177964, -0.0, NaN, -0.0], [-8.566795035587933, 0.0, 4.910630768120927, NaN], [-15.643662711158917, -0.0, -0.17393529935039595, NaN], [NaN, NaN, NaN, -1.1215067069920843]], [[0.0, 0.0, 0.0, 25.443686836614575], [33.91072241104047, 0.0, NaN, NaN], [NaN, -0.0, 0.0, NaN], [NaN, -0.0, -5.485786582133345, -28.81784107333641]]]}], "backward": [{"dtype": "torch.float64", "shape": [2, 4, 4], "value": [[[-18.765415650177964, 0.0, NaN, 0.0], [25.700385106763804, 0.0, -1.6368769227069757, NaN], [-31.287325422317835, 0.0, 0.6957411974015838, NaN], [NaN, NaN, NaN, -3.3645201209762527]], [[0.0, 0.0, 0.0, 8.481228945538192], [-27.12857792883237, 0.0, NaN, NaN], [NaN, 0.0, -0.0, NaN], [NaN, 0.0, 10.97157316426669, -43.226761610004615]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_xlogy_scalar_other_zero_and_negative():
    """xlogy(x, number): masked at input == 0 only for other <= 0 (Scalar_Other overload)."""
    # v0 = torch.tensor([0.0, 1.5, -2.0, 0.0], dtype=torch.float64).reshape([4]).requires_grad_()
    # v1 = torch.xlogy(v0, 0.0)
    # v2 = torch.xlogy(v0, -1.0)
    # v3 = torch.xlogy(v0, 2.0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.0, 1.5, -2.0, 0.0], "dtype": "float64", "shape": [4], "rg": true}, {"k": "fn", "name": "xlogy", "args": [{"t": 0}, 0.0]}, {"k": "fn", "name": "xlogy", "args": [{"t": 0}, -1.0]}, {"k": "fn", "name": "xlogy", "args": [{"t": 0}, 2.0]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float64", "value": [0.0, 1.5, -2.0, 0.0], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float64", "value": [0.0, -Infinity, Infinity, 0.0], "rg": true, "fn": "XlogyBackward2", "leaf": false}, {"shape": [4], "dtype": "torch.float64", "value": [0.0, NaN, NaN, 0.0], "rg": true, "fn": "XlogyBackward2", "leaf": false}, {"shape": [4], "dtype": "torch.float64", "value": [0.0, 1.0397207708399179, -1.3862943611198906, 0.0], "rg": true, "fn": "XlogyBackward2", "leaf": false}], "final": [[0.0, 1.5, -2.0, 0.0], [0.0, -Infinity, Infinity, 0.0], [0.0, NaN, NaN, 0.0], [0.0, 1.0397207708399179, -1.3862943611198906, 0.0]], "grad": [{"dtype": "torch.float64", "shape": [4], "value": [-1.0397207708399179, NaN, NaN, 0.0]}], "backward": [{"dtype": "torch.float64", "shape": [4], "value": [-1.0397207708399179, NaN, NaN, 0.0]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_amax_nan_extreme_gives_nan_grad():
    """amax over a dim whose max is NaN: (grad / count) * mask gives NaN there (seed 5173)."""
    # v0 = torch.tensor([2.0872, -0.4386, -0.8389, 0.6514], dtype=torch.float32).reshape([4]).requires_grad_()  # noqa: E501
    # v1 = v0 ** 0.5
    # v2 = torch.amax(v1, 0, keepdim=False)
    program = json.loads('{"steps": [{"k": "tensor", "data": [2.0872, -0.4386, -0.8389, 0.6514], "dtype": "float32", "shape": [4], "rg": true}, {"k": "op", "name": "pow", "args": [{"t": 0}, 0.5]}, {"k": "fn", "name": "amax", "args": [{"t": 1}, 0], "kw": {"keepdim": false}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [2.0871999263763428, -0.43860000371932983, -0.8389000296592712, 0.6514000296592712], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [1.4447144269943237, NaN, NaN, 0.8070935606956482], "rg": true, "fn": "PowBackward0", "leaf": false}, {"shape": [], "dtype": "torch.float32", "value": NaN, "rg": true, "fn": "AmaxBackward0", "leaf": false}], "final": [[2.0871999263763428, -0.43860000371932983, -0.8389000296592712, 0.6514000296592712], [1.4447144269943237, NaN, NaN, 0.8070935606956482], NaN], "grad": [{"dtype": "torch.float32", "shape": [4], "value": [NaN, NaN, NaN, NaN]}], "grad2": [{"dtype": "torch.float32", "shape": [4], "value": [NaN, NaN, NaN, NaN]}], "backward": [{"dtype": "torch.float32", "shape": [4], "value": [NaN, NaN, NaN, NaN]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_min_of_nan_splits_grad_among_nans():
    """min() equal to NaN: the gradient goes to the NaN elements (seed 8731)."""
    # v0 = torch.tensor([-2.0, 2.0, 1.0, 3.0], dtype=torch.float32).reshape([4]).requires_grad_()
    # v1 = torch.log10(v0)
    # v2 = v1.min()
    program = json.loads('{"steps": [{"k": "tensor", "data": [-2.0, 2.0, 1.0, 3.0], "dtype": "float32", "shape": [4], "rg": true}, {"k": "fn", "name": "log10", "args": [{"t": 0}]}, {"k": "method", "name": "min", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [-2.0, 2.0, 1.0, 3.0], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [NaN, 0.3010300099849701, 0.0, 0.4771212637424469], "rg": true, "fn": "Log10Backward0", "leaf": false}, {"shape": [], "dtype": "torch.float32", "value": NaN, "rg": true, "fn": "MinBackward1", "leaf": false}], "final": [[-2.0, 2.0, 1.0, 3.0], [NaN, 0.3010300099849701, 0.0, 0.4771212637424469], NaN], "grad": [{"dtype": "torch.float32", "shape": [4], "value": [0.6514416933059692, -0.21714723110198975, -0.21714723110198975, 0.0]}], "grad2": [{"dtype": "torch.float32", "shape": [4], "value": [-0.4885812997817993, -0.10857361555099487, -0.10857361555099487, -0.0]}], "backward": [{"dtype": "torch.float32", "shape": [4], "value": [0.6514416933059692, -0.21714723110198975, -0.21714723110198975, 0.0]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_elu_of_nan_takes_positive_slope():
    """elu at NaN (atanh out of range): torch takes the positive branch (seed 2216)."""
    # v0 = torch.tensor([-0.736, -1.3382, -0.7794, -0.6352, 0.1522, 0.3326, 0.9226, 0.5428], dtype=torch.float32).reshape([4, 2]).requires_grad_()  # noqa: E501
    # v1 = torch.atanh(v0)
    # v2 = torch.nn.functional.elu(v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.736, -1.3382, -0.7794, -0.6352, 0.1522, 0.3326, 0.9226, 0.5428], "dtype": "float32", "shape": [4, 2], "rg": true}, {"k": "fn", "name": "atanh", "args": [{"t": 0}]}, {"k": "fn", "name": "nn.functional.elu", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 2], "dtype": "torch.float32", "value": [[-0.7360000014305115, -1.3381999731063843], [-0.7793999910354614, -0.635200023651123], [0.15219999849796295, 0.3325999975204468], [0.9225999712944031, 0.5428000092506409]], "rg": true, "fn": null, "leaf": true}, {"shape": [4, 2], "dtype": "torch.float32", "value": [[-0.9416949152946472, NaN], [-1.0438401699066162, -0.7500855922698975], [0.15339183807373047, 0.34574881196022034], [1.6062233448028564, 0.6081166863441467]], "rg": true, "fn": "AtanhBackward0", "leaf": false}, {"shape": [4, 2], "dtype": "torch.float32", "value": [[-0.6100336909294128, NaN], [-0.6479000449180603, -0.5276739001274109], [0.15339183807373047, 0.34574881196022034], [1.6062233448028564, 0.6081166863441467]], "rg": true, "fn": "EluBackward0", "leaf": false}], "final": [[[-0.7360000014305115, -1.3381999731063843], [-0.7793999910354614, -0.635200023651123], [0.15219999849796295, 0.3325999975204468], [0.9225999712944031, 0.5428000092506409]], [[-0.9416949152946472, NaN], [-1.0438401699066162, -0.7500855922698975], [0.15339183807373047, 0.34574881196022034], [1.6062233448028564, 0.6081166863441467]], [[-0.6100336909294128, NaN], [-0.6479000449180603, -0.5276739001274109], [0.15339183807373047, 0.34574881196022034], [1.6062233448028564, 0.6081166863441467]]], "grad": [{"dtype": "torch.float32", "shape": [4, 2], "value": [[-4.549272060394287, 2.529151201248169], [-1.7222639322280884, 0.0], [1.0237141847610474, 2.2487645149230957], [20.1600284576416, -3.544248342514038]]}], "grad2": [{"dtype": "torch.float32", "shape": [4, 2], "value": [[-17.73995018005371, -8.559937477111816], [-2.8483664989471436, 0.0], [0.15950420498847961, 1.681938886642456], [374.9693298339844, 6.818489074707031]]}], "backward": [{"dtype": "torch.float32", "shape": [4, 2], "value": [[-4.549272060394287, 2.529151201248169], [-1.7222639322280884, 0.0], [1.0237141847610474, 2.2487645149230957], [20.1600284576416, -3.544248342514038]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_hardswish_kinks_float64():
    """hardswish gradient at -3 and 3: torch's open interval (-3, 3)."""
    # v0 = torch.tensor([-3.0, 3.0, 1.0, -1.0, 0.0, 4.0], dtype=torch.float64).reshape([6]).requires_grad_()  # noqa: E501
    # v1 = torch.nn.functional.hardswish(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-3.0, 3.0, 1.0, -1.0, 0.0, 4.0], "dtype": "float64", "shape": [6], "rg": true}, {"k": "fn", "name": "nn.functional.hardswish", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [6], "dtype": "torch.float64", "value": [-3.0, 3.0, 1.0, -1.0, 0.0, 4.0], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float64", "value": [-0.0, 3.0, 0.6666666666666666, -0.3333333333333333, 0.0, 4.0], "rg": true, "fn": "HardswishBackward0", "leaf": false}], "final": [[-3.0, 3.0, 1.0, -1.0, 0.0, 4.0], [-0.0, 3.0, 0.6666666666666666, -0.3333333333333333, 0.0, 4.0]], "grad": [{"dtype": "torch.float64", "shape": [6], "value": [0.0, -1.0, -0.41666666666666663, 0.0, 0.25, 1.0]}], "grad2": [{"dtype": "torch.float64", "shape": [6], "value": [0.0, 0.0, 0.08333333333333333, 0.0, 0.08333333333333333, 0.0]}], "backward": [{"dtype": "torch.float64", "shape": [6], "value": [0.0, -1.0, -0.41666666666666663, 0.0, 0.25, 1.0]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_remainder_zero_keeps_dividend_sign():
    """remainder giving zero keeps the dividend's sign, so reciprocal is -inf (seed 1049)."""
    # v0 = torch.tensor([-3.0, -3.0, -1.0, -3.0, -2.0, -2.0, -3.0, -1.0, 2.0], dtype=torch.float64).reshape([1, 3, 3])  # noqa: E501
    # v1 = torch.tensor([True, True, False], dtype=torch.bool).reshape([1, 3, 1])
    # v2 = torch.remainder(v0, v1)
    # v3 = torch.atan(v2)
    # v4 = torch.reciprocal(v3)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-3.0, -3.0, -1.0, -3.0, -2.0, -2.0, -3.0, -1.0, 2.0], "dtype": "float64", "shape": [1, 3, 3]}, {"k": "tensor", "data": [true, true, false], "dtype": "bool", "shape": [1, 3, 1]}, {"k": "fn", "name": "remainder", "args": [{"t": 0}, {"t": 1}]}, {"k": "fn", "name": "atan", "args": [{"t": 2}]}, {"k": "fn", "name": "reciprocal", "args": [{"t": 3}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [1, 3, 3], "dtype": "torch.float64", "value": [[[-3.0, -3.0, -1.0], [-3.0, -2.0, -2.0], [-3.0, -1.0, 2.0]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3, 1], "dtype": "torch.bool", "value": [[[true], [true], [false]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3, 3], "dtype": "torch.float64", "value": [[[-0.0, -0.0, -0.0], [-0.0, -0.0, -0.0], [NaN, NaN, NaN]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3, 3], "dtype": "torch.float64", "value": [[[-0.0, -0.0, -0.0], [-0.0, -0.0, -0.0], [NaN, NaN, NaN]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 3, 3], "dtype": "torch.float64", "value": [[[-Infinity, -Infinity, -Infinity], [-Infinity, -Infinity, -Infinity], [NaN, NaN, NaN]]], "rg": false, "fn": null, "leaf": true}], "final": [[[[-3.0, -3.0, -1.0], [-3.0, -2.0, -2.0], [-3.0, -1.0, 2.0]]], [[[true], [true], [false]]], [[[-0.0, -0.0, -0.0], [-0.0, -0.0, -0.0], [NaN, NaN, NaN]]], [[[-0.0, -0.0, -0.0], [-0.0, -0.0, -0.0], [NaN, NaN, NaN]]], [[[-Infinity, -Infinity, -Infinity], [-Infinity, -Infinity, -Infinity], [NaN, NaN, NaN]]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_remainder_bool_by_negative_atan2_sign():
    """remainder(bool, negative) gives -0.0, so atan2 is -pi, as torch (seed 7559)."""
    # v0 = torch.tensor([1.9478, 2.1161, 2.3268, -0.6211], dtype=torch.float64).reshape([4, 1])
    # v1 = v0 < 1
    # v2 = torch.tensor([-2.1563, 1.9034, -2.3141, -1.8991], dtype=torch.float32).reshape([1, 4, 1])
    # v3 = torch.remainder(v1, v2)
    # v4 = torch.tensor([-0.6168, -1.6724, -0.5512, 1.9981], dtype=torch.float64).reshape([1, 4, 1])
    # v5 = torch.atan2(v3, v4)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.9478, 2.1161, 2.3268, -0.6211], "dtype": "float64", "shape": [4, 1]}, {"k": "op", "name": "lt", "args": [{"t": 0}, 1]}, {"k": "tensor", "data": [-2.1563, 1.9034, -2.3141, -1.8991], "dtype": "float32", "shape": [1, 4, 1]}, {"k": "fn", "name": "remainder", "args": [{"t": 1}, {"t": 2}]}, {"k": "tensor", "data": [-0.6168, -1.6724, -0.5512, 1.9981], "dtype": "float64", "shape": [1, 4, 1]}, {"k": "fn", "name": "atan2", "args": [{"t": 3}, {"t": 4}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 1], "dtype": "torch.float64", "value": [[1.9478], [2.1161], [2.3268], [-0.6211]], "rg": false, "fn": null, "leaf": true}, {"shape": [4, 1], "dtype": "torch.bool", "value": [[false], [false], [false], [true]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4, 1], "dtype": "torch.float32", "value": [[[-2.1563000679016113], [1.90339994430542], [-2.3141000270843506], [-1.8990999460220337]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4, 1], "dtype": "torch.float32", "value": [[[0.0], [0.0], [0.0], [-0.8990999460220337]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4, 1], "dtype": "torch.float64", "value": [[[-0.6168], [-1.6724], [-0.5512], [1.9981]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1, 4, 1], "dtype": "torch.float64", "value": [[[3.141592653589793], [3.141592653589793], [3.141592653589793], [-0.4228351746982324]]], "rg": false, "fn": null, "leaf": true}], "final": [[[1.9478], [2.1161], [2.3268], [-0.6211]], [[false], [false], [false], [true]], [[[-2.1563000679016113], [1.90339994430542], [-2.3141000270843506], [-1.8990999460220337]]], [[[0.0], [0.0], [0.0], [-0.8990999460220337]]], [[[-0.6168], [-1.6724], [-0.5512], [1.9981]]], [[[3.141592653589793], [3.141592653589793], [3.141592653589793], [-0.4228351746982324]]]]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_view_of_plain_tensor_follows_setitem_of_base():
    """A view taken before its base got a history by setitem requires grad after it (seed 5937)."""
    # v0 = torch.tensor([0.1166], dtype=torch.float32).reshape([])
    # v1 = torch.sub(v0, 0.5)
    # v2 = v1[()]
    # v3 = torch.tensor([-1.2221], dtype=torch.float32).reshape([]).requires_grad_()
    # v4 = v1; v4[()] = v3
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.1166], "dtype": "float32", "shape": []}, {"k": "fn", "name": "sub", "args": [{"t": 0}, 0.5], "kw": {}}, {"k": "getitem", "args": [{"t": 1}, {"tuple": []}]}, {"k": "tensor", "data": [-1.2221], "dtype": "float32", "shape": [], "rg": true}, {"k": "setitem", "args": [{"t": 1}, {"tuple": []}, {"t": 3}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": 0.11659999936819077, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -0.38339999318122864, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -0.38339999318122864, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -1.222100019454956, "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -1.222100019454956, "rg": true, "fn": "CopyBackwards", "leaf": false}], "final": [0.11659999936819077, -1.222100019454956, -1.222100019454956, -1.222100019454956, -1.222100019454956], "grad": [{"dtype": "torch.float32", "shape": [], "value": -3.0}], "backward": [{"dtype": "torch.float32", "shape": [], "value": -3.0}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_transpose_view_follows_setitem_of_base():
    """``x.T`` taken before ``x[()] = leaf`` re-reads x: AsStridedBackward0 (seed 7022)."""
    # v0 = torch.tensor([-2.1112], dtype=torch.float32).reshape([])
    # v1 = v0.T
    # v2 = torch.tensor([-0.6526], dtype=torch.float32).reshape([]).requires_grad_()
    # v3 = v0; v3[()] = v2
    program = json.loads('{"steps": [{"k": "tensor", "data": [-2.1112], "dtype": "float32", "shape": []}, {"k": "attr", "name": "T", "args": [{"t": 0}]}, {"k": "tensor", "data": [-0.6526], "dtype": "float32", "shape": [], "rg": true}, {"k": "setitem", "args": [{"t": 0}, {"tuple": []}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [], "dtype": "torch.float32", "value": -2.1112000942230225, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -2.1112000942230225, "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -0.6525999903678894, "rg": true, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float32", "value": -0.6525999903678894, "rg": true, "fn": "CopyBackwards", "leaf": false}], "final": [-0.6525999903678894, -0.6525999903678894, -0.6525999903678894, -0.6525999903678894], "grad": [{"dtype": "torch.float32", "shape": [], "value": -3.0}], "backward": [{"dtype": "torch.float32", "shape": [], "value": -3.0}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_expanded_view_follows_setitem_through_sibling_view():
    """A write through one view gives the base's other views its history (seed 9336)."""
    # v0 = torch.tensor([-0.4637, -1.1367, -1.5503, 1.4823, -1.1217, -0.3884, -1.4876, 2.1696, 0.5012, 0.6615, 1.6336, 2.02], dtype=torch.float64).reshape([4, 3])  # noqa: E501
    # v1 = v0.mT
    # v2 = v1.expand(3, -1)
    # v3 = torch.tensor([2.4827], dtype=torch.float64).reshape([]).requires_grad_()
    # v4 = v1; v4[2, -4] = v3
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.4637, -1.1367, -1.5503, 1.4823, -1.1217, -0.3884, -1.4876, 2.1696, 0.5012, 0.6615, 1.6336, 2.02], "dtype": "float64", "shape": [4, 3]}, {"k": "attr", "name": "mT", "args": [{"t": 0}]}, {"k": "method", "name": "expand", "args": [{"t": 1}, 3, -1]}, {"k": "tensor", "data": [2.4827], "dtype": "float64", "shape": [], "rg": true}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [2, -4]}, {"t": 3}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 3], "dtype": "torch.float64", "value": [[-0.4637, -1.1367, -1.5503], [1.4823, -1.1217, -0.3884], [-1.4876, 2.1696, 0.5012], [0.6615, 1.6336, 2.02]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 4], "dtype": "torch.float64", "value": [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [-1.5503, -0.3884, 0.5012, 2.02]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 4], "dtype": "torch.float64", "value": [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [-1.5503, -0.3884, 0.5012, 2.02]], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 2.4827, "rg": true, "fn": null, "leaf": true}, {"shape": [3, 4], "dtype": "torch.float64", "value": [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [2.4827, -0.3884, 0.5012, 2.02]], "rg": true, "fn": "AsStridedBackward0", "leaf": false}], "final": [[[-0.4637, -1.1367, 2.4827], [1.4823, -1.1217, -0.3884], [-1.4876, 2.1696, 0.5012], [0.6615, 1.6336, 2.02]], [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [2.4827, -0.3884, 0.5012, 2.02]], [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [2.4827, -0.3884, 0.5012, 2.02]], 2.4827, [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [2.4827, -0.3884, 0.5012, 2.02]]], "grad": [{"dtype": "torch.float64", "shape": [], "value": -2.0}], "backward": [{"dtype": "torch.float64", "shape": [], "value": -2.0}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_setitem_scalar_into_transposed_view_then_relu():
    """The 0-d value of a setitem keeps a 0-d gradient (index of a contiguous grad)."""
    # v0 = torch.tensor([-0.4637, -1.1367, -1.5503, 1.4823, -1.1217, -0.3884, -1.4876, 2.1696, 0.5012, 0.6615, 1.6336, 2.02], dtype=torch.float64).reshape([4, 3])  # noqa: E501
    # v1 = v0.mT
    # v2 = torch.tensor([2.4827], dtype=torch.float64).reshape([]).requires_grad_()
    # v3 = v1; v3[2, -4] = v2
    # v4 = torch.relu(v3)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-0.4637, -1.1367, -1.5503, 1.4823, -1.1217, -0.3884, -1.4876, 2.1696, 0.5012, 0.6615, 1.6336, 2.02], "dtype": "float64", "shape": [4, 3]}, {"k": "attr", "name": "mT", "args": [{"t": 0}]}, {"k": "tensor", "data": [2.4827], "dtype": "float64", "shape": [], "rg": true}, {"k": "setitem", "args": [{"t": 1}, {"tuple": [2, -4]}, {"t": 2}]}, {"k": "fn", "name": "relu", "args": [{"t": 3}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 3], "dtype": "torch.float64", "value": [[-0.4637, -1.1367, -1.5503], [1.4823, -1.1217, -0.3884], [-1.4876, 2.1696, 0.5012], [0.6615, 1.6336, 2.02]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 4], "dtype": "torch.float64", "value": [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [-1.5503, -0.3884, 0.5012, 2.02]], "rg": false, "fn": null, "leaf": true}, {"shape": [], "dtype": "torch.float64", "value": 2.4827, "rg": true, "fn": null, "leaf": true}, {"shape": [3, 4], "dtype": "torch.float64", "value": [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [2.4827, -0.3884, 0.5012, 2.02]], "rg": true, "fn": "AsStridedBackward0", "leaf": false}, {"shape": [3, 4], "dtype": "torch.float64", "value": [[0.0, 1.4823, 0.0, 0.6615], [0.0, 0.0, 2.1696, 1.6336], [2.4827, 0.0, 0.5012, 2.02]], "rg": true, "fn": "ReluBackward0", "leaf": false}], "final": [[[-0.4637, -1.1367, 2.4827], [1.4823, -1.1217, -0.3884], [-1.4876, 2.1696, 0.5012], [0.6615, 1.6336, 2.02]], [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [2.4827, -0.3884, 0.5012, 2.02]], 2.4827, [[-0.4637, 1.4823, -1.4876, 0.6615], [-1.1367, -1.1217, 2.1696, 1.6336], [2.4827, -0.3884, 0.5012, 2.02]], [[0.0, 1.4823, 0.0, 0.6615], [0.0, 0.0, 2.1696, 1.6336], [2.4827, 0.0, 0.5012, 2.02]]], "grad": [{"dtype": "torch.float64", "shape": [], "value": -2.0}], "grad2": [{"dtype": "torch.float64", "shape": [], "value": 0.0}], "backward": [{"dtype": "torch.float64", "shape": [], "value": -2.0}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_slice_view_follows_inplace_mul_of_base():
    """A slice taken before ``x.mul_(w)`` sees w's gradient, as torch."""
    # v0 = torch.tensor([1.0, 2.0, 3.0, -1.5], dtype=torch.float32).reshape([4])
    # v1 = v0[1::2]
    # v2 = torch.tensor([0.5, -2.0, 1.5, 3.0], dtype=torch.float32).reshape([4]).requires_grad_()
    # v3 = v0.mul_(v2)
    # v4 = torch.exp(v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.0, 2.0, 3.0, -1.5], "dtype": "float32", "shape": [4]}, {"k": "getitem", "args": [{"t": 0}, {"slice": [1, null, 2]}]}, {"k": "tensor", "data": [0.5, -2.0, 1.5, 3.0], "dtype": "float32", "shape": [4], "rg": true}, {"k": "method", "name": "mul_", "args": [{"t": 0}, {"t": 2}]}, {"k": "fn", "name": "exp", "args": [{"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float32", "value": [1.0, 2.0, 3.0, -1.5], "rg": false, "fn": null, "leaf": true}, {"shape": [2], "dtype": "torch.float32", "value": [2.0, -1.5], "rg": false, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [0.5, -2.0, 1.5, 3.0], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float32", "value": [0.5, -4.0, 4.5, -4.5], "rg": true, "fn": "MulBackward0", "leaf": false}, {"shape": [2], "dtype": "torch.float32", "value": [0.018315639346837997, 0.011108996346592903], "rg": true, "fn": "ExpBackward0", "leaf": false}], "final": [[0.5, -4.0, 4.5, -4.5], [-4.0, -4.5], [0.5, -2.0, 1.5, 3.0], [0.5, -4.0, 4.5, -4.5], [0.018315639346837997, 0.011108996346592903]], "grad": [{"dtype": "torch.float32", "shape": [4], "value": [-1.5, -5.0549468994140625, -1.5, 1.5166635513305664]}], "grad2": [{"dtype": "torch.float32", "shape": [4], "value": [0.0, 0.10989383608102798, 0.0, -0.0]}], "backward": [{"dtype": "torch.float32", "shape": [4], "value": [-1.5, -5.0549468994140625, -1.5, 1.5166635513305664]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_pow_int_base_exponent_grad_logs_in_result_dtype():
    """pow(int, float64 exponent): the exponent grad logs the base in float64 (seed 309180)."""
    # v0 = torch.tensor([3, 4, 5], dtype=torch.int64).reshape([3, 1, 1])
    # v1 = torch.tensor([0.2319], dtype=torch.float64).reshape([1]).requires_grad_()
    # v2 = torch.pow(v0, v1)
    program = json.loads('{"steps": [{"k": "tensor", "data": [3, 4, 5], "dtype": "int64", "shape": [3, 1, 1]}, {"k": "tensor", "data": [0.2319], "dtype": "float64", "shape": [1], "rg": true}, {"k": "fn", "name": "pow", "args": [{"t": 0}, {"t": 1}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 1, 1], "dtype": "torch.int64", "value": [[[3]], [[4]], [[5]]], "rg": false, "fn": null, "leaf": true}, {"shape": [1], "dtype": "torch.float64", "value": [0.2319], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 1, 1], "dtype": "torch.float64", "value": [[[1.290162513301231]], [[1.3791697150540225]], [[1.4524163996281567]]], "rg": true, "fn": "PowBackward1", "leaf": false}], "final": [[[[3]], [[4]], [[5]]], [0.2319], [[[1.290162513301231]], [[1.3791697150540225]], [[1.4524163996281567]]]], "grad": [{"dtype": "torch.float64", "shape": [1], "value": [-5.206804795345512]}], "grad2": [{"dtype": "torch.float64", "shape": [1], "value": [10.30100334942021]}], "backward": [{"dtype": "torch.float64", "shape": [1], "value": [-5.206804795345512]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_atan2_grad_at_origin_is_zero():
    """atan2(0, 0): torch zeroes 1 / (x² + y²) where the sum is 0 (seed 408646)."""
    # v0 = torch.tensor([0.8538, 0.9222, -2.1856, 1.286, -2.3105, 0.3603, 1.1299, -0.2621], dtype=torch.float64).reshape([4, 2]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([1, 0, 1, 0, 1, 1, 0, 1], dtype=torch.int64).reshape([4, 2])
    # v2 = torch.tensor([-1.0, 0.0, -1.0, -1.0, -2.0, 3.0, 2.0, -2.0, 3.0, -3.0, 1.0, -2.0, 2.0, -2.0, -1.0, 3.0], dtype=torch.float32).reshape([2, 4, 2]).requires_grad_()  # noqa: E501
    # v3 = torch.atan2(v1, v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.8538, 0.9222, -2.1856, 1.286, -2.3105, 0.3603, 1.1299, -0.2621], "dtype": "float64", "shape": [4, 2], "rg": true}, {"k": "tensor", "data": [1, 0, 1, 0, 1, 1, 0, 1], "dtype": "int64", "shape": [4, 2]}, {"k": "tensor", "data": [-1.0, 0.0, -1.0, -1.0, -2.0, 3.0, 2.0, -2.0, 3.0, -3.0, 1.0, -2.0, 2.0, -2.0, -1.0, 3.0], "dtype": "float32", "shape": [2, 4, 2], "rg": true}, {"k": "fn", "name": "atan2", "args": [{"t": 1}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4, 2], "dtype": "torch.float64", "value": [[0.8538, 0.9222], [-2.1856, 1.286], [-2.3105, 0.3603], [1.1299, -0.2621]], "rg": true, "fn": null, "leaf": true}, {"shape": [4, 2], "dtype": "torch.int64", "value": [[1, 0], [1, 0], [1, 1], [0, 1]], "rg": false, "fn": null, "leaf": true}, {"shape": [2, 4, 2], "dtype": "torch.float32", "value": [[[-1.0, 0.0], [-1.0, -1.0], [-2.0, 3.0], [2.0, -2.0]], [[3.0, -3.0], [1.0, -2.0], [2.0, -2.0], [-1.0, 3.0]]], "rg": true, "fn": null, "leaf": true}, {"shape": [2, 4, 2], "dtype": "torch.float32", "value": [[[2.356194496154785, 0.0], [2.356194496154785, 3.1415927410125732], [2.677945137023926, 0.32175055146217346], [0.0, 2.677945137023926]], [[0.32175055146217346, 3.1415927410125732], [0.7853981852531433, 3.1415927410125732], [0.46364760398864746, 2.677945137023926], [3.1415927410125732, 0.32175055146217346]]], "rg": true, "fn": "Atan2Backward0", "leaf": false}], "final": [[[0.8538, 0.9222], [-2.1856, 1.286], [-2.3105, 0.3603], [1.1299, -0.2621]], [[1, 0], [1, 0], [1, 1], [0, 1]], [[[-1.0, 0.0], [-1.0, -1.0], [-2.0, 3.0], [2.0, -2.0]], [[3.0, -3.0], [1.0, -2.0], [2.0, -2.0], [-1.0, 3.0]]], [[[2.356194496154785, 0.0], [2.356194496154785, 3.1415927410125732], [2.677945137023926, 0.32175055146217346], [0.0, 2.677945137023926]], [[0.32175055146217346, 3.1415927410125732], [0.7853981852531433, 3.1415927410125732], [0.46364760398864746, 2.677945137023926], [3.1415927410125732, 0.32175055146217346]]]], "grad": [null, {"dtype": "torch.float32", "shape": [2, 4, 2], "value": [[[0.75, -0.0], [0.25, 0.0], [-0.10000000149011612, -0.10000000149011612], [0.0, 0.25]], [[0.07500000298023224, -0.0], [-0.125, 0.0], [-0.25, 0.30000001192092896], [-0.0, 0.05000000074505806]]]}], "grad2": [null, {"dtype": "torch.float32", "shape": [2, 4, 2], "value": [[[-1.125, NaN], [-0.125, 0.0], [-0.04000000283122063, 0.06000000238418579], [-0.0, -0.2500000298023224]], [[0.03375000134110451, 0.0], [0.03125, 0.0], [0.2500000298023224, -0.36000001430511475], [0.0, 0.015000000596046448]]]}], "backward": [null, {"dtype": "torch.float32", "shape": [2, 4, 2], "value": [[[0.75, -0.0], [0.25, 0.0], [-0.10000000149011612, -0.10000000149011612], [0.0, 0.25]], [[0.07500000298023224, -0.0], [-0.125, 0.0], [-0.25, 0.30000001192092896], [-0.0, 0.05000000074505806]]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_sinc_grad_rounds_as_torch_near_zero():
    """sinc's gradient in torch's form (πx cos πx - sin πx) / (πx²), 0 where πx² is 0."""
    # v0 = torch.tensor([0.001, 0.0, 0.5, 3.0, 1e-200, -2.0], dtype=torch.float64).reshape([6]).requires_grad_()  # noqa: E501
    # v1 = torch.sinc(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.001, 0.0, 0.5, 3.0, 1e-200, -2.0], "dtype": "float64", "shape": [6], "rg": true}, {"k": "fn", "name": "sinc", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [6], "dtype": "torch.float64", "value": [0.001, 0.0, 0.5, 3.0, 1e-200, -2.0], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float64", "value": [0.999998355066745, 1.0, 0.6366197723675814, 3.8981718325193755e-17, 1.0, -3.8981718325193755e-17], "rg": true, "fn": "SincBackward0", "leaf": false}], "final": [[0.001, 0.0, 0.5, 3.0, 1e-200, -2.0], [0.999998355066745, 1.0, 0.6366197723675814, 3.8981718325193755e-17, 1.0, -3.8981718325193755e-17]], "grad": [{"dtype": "torch.float64", "shape": [6], "value": [0.004934797330112227, 0.0, 0.6366197723675813, -0.0, 0.0, -0.5]}], "grad2": [{"dtype": "torch.float64", "shape": [6], "value": [-7.4021813836537245, NaN, -0.297556782059734, 0.0, NaN, -0.4999999999999996]}], "backward": [{"dtype": "torch.float64", "shape": [6], "value": [0.004934797330112227, 0.0, 0.6366197723675813, -0.0, 0.0, -0.5]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_digamma_grad_at_poles_is_finite():
    """digamma's gradient is torch's trigamma: huge but finite at the poles (float64)."""
    # v0 = torch.tensor([-3.0, -1.0, 0.5, 2.0, -2.5, 0.0], dtype=torch.float64).reshape([6]).requires_grad_()  # noqa: E501
    # v1 = torch.digamma(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-3.0, -1.0, 0.5, 2.0, -2.5, 0.0], "dtype": "float64", "shape": [6], "rg": true}, {"k": "fn", "name": "digamma", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [6], "dtype": "torch.float64", "value": [-3.0, -1.0, 0.5, 2.0, -2.5, 0.0], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float64", "value": [NaN, NaN, -1.9635100260214229, 0.422784335098467, 1.1031566406452433, -Infinity], "rg": true, "fn": "DigammaBackward0", "leaf": false}], "final": [[-3.0, -1.0, 0.5, 2.0, -2.5, 0.0], [NaN, NaN, -1.9635100260214229, 0.422784335098467, 1.1031566406452433, -Infinity]], "grad": [{"dtype": "torch.float64", "shape": [6], "value": [-1.0967983578868247e+32, -6.580790147320947e+32, -2.467401101036839, 0.0, 4.76962332246876, Infinity]}], "grad2": [{"dtype": "torch.float64", "shape": [6], "value": [-Infinity, -Infinity, -4.207199161058579, -0.0, -0.02705101291043205, -Infinity]}], "backward": [{"dtype": "torch.float64", "shape": [6], "value": [-1.0967983578868247e+32, -6.580790147320947e+32, -2.467401101036839, 0.0, 4.76962332246876, Infinity]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_digamma_grad_at_poles_float32():
    """digamma's gradient at the poles in float32 (torch's float trigamma kernel)."""
    # v0 = torch.tensor([-3.0, -1.0, 0.5, 2.0, -2.5, -40.0], dtype=torch.float32).reshape([6]).requires_grad_()  # noqa: E501
    # v1 = torch.digamma(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-3.0, -1.0, 0.5, 2.0, -2.5, -40.0], "dtype": "float32", "shape": [6], "rg": true}, {"k": "fn", "name": "digamma", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [6], "dtype": "torch.float32", "value": [-3.0, -1.0, 0.5, 2.0, -2.5, -40.0], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float32", "value": [NaN, NaN, -1.9635108709335327, 0.4227842092514038, 1.1031566858291626, NaN], "rg": true, "fn": "DigammaBackward0", "leaf": false}], "final": [[-3.0, -1.0, 0.5, 2.0, -2.5, -40.0], [NaN, NaN, -1.9635108709335327, 0.4227842092514038, 1.1031566858291626, NaN]], "grad": [{"dtype": "torch.float32", "shape": [6], "value": [-2.602693058310963e+16, -1291369695936512.0, -2.4674010276794434, 0.0, 4.769623756408691, 337930452992.0]}], "grad2": [{"dtype": "torch.float32", "shape": [6], "value": [-Infinity, -Infinity, -4.2071990966796875, -0.0, -0.027051011100411415, -Infinity]}], "backward": [{"dtype": "torch.float32", "shape": [6], "value": [-2.602693058310963e+16, -1291369695936512.0, -2.4674010276794434, 0.0, 4.769623756408691, 337930452992.0]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_pow_minus_half_is_rsqrt():
    """``x ** -0.5`` is torch's rsqrt (NaN at -inf), also inside ``x ** 0.5``'s gradient."""
    # v0 = torch.tensor([-inf, 0.0, 4.0, 2.0], dtype=torch.float64).reshape([4]).requires_grad_()
    # v1 = torch.neg(v0)
    # v2 = v1 ** -0.5
    # v3 = v0 ** 0.5
    program = json.loads('{"steps": [{"k": "tensor", "data": [-Infinity, 0.0, 4.0, 2.0], "dtype": "float64", "shape": [4], "rg": true}, {"k": "fn", "name": "neg", "args": [{"t": 0}]}, {"k": "op", "name": "pow", "args": [{"t": 1}, -0.5]}, {"k": "op", "name": "pow", "args": [{"t": 0}, 0.5]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [4], "dtype": "torch.float64", "value": [-Infinity, 0.0, 4.0, 2.0], "rg": true, "fn": null, "leaf": true}, {"shape": [4], "dtype": "torch.float64", "value": [Infinity, -0.0, -4.0, -2.0], "rg": true, "fn": "NegBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float64", "value": [0.0, -Infinity, NaN, NaN], "rg": true, "fn": "PowBackward0", "leaf": false}, {"shape": [4], "dtype": "torch.float64", "value": [NaN, 0.0, 2.0, 1.414213562373095], "rg": true, "fn": "PowBackward0", "leaf": false}], "final": [[-Infinity, 0.0, 4.0, 2.0], [Infinity, -0.0, -4.0, -2.0], [0.0, -Infinity, NaN, NaN], [NaN, 0.0, 2.0, 1.414213562373095]], "grad": [{"dtype": "torch.float64", "shape": [4], "value": [NaN, -Infinity, NaN, NaN]}], "grad2": [{"dtype": "torch.float64", "shape": [4], "value": [0.0, NaN, NaN, NaN]}], "backward": [{"dtype": "torch.float64", "shape": [4], "value": [NaN, -Infinity, NaN, NaN]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_clamp_tensor_bounds_min_above_max():
    """clamp with tensor bounds: where min > max the result is max, so max takes the gradient."""
    # v0 = torch.tensor([0.5, -2.0, 3.0, 0.0, 1.0, 0.25], dtype=torch.float32).reshape([6]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([0.0, 1.0, 0.0, 0.0, 2.0, 3.0], dtype=torch.float32).reshape([6]).requires_grad_()  # noqa: E501
    # v2 = torch.tensor([1.0, 0.0, 2.0, 0.0, -1.0, 1.0], dtype=torch.float32).reshape([6]).requires_grad_()  # noqa: E501
    # v3 = torch.clamp(v0, v1, v2)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, -2.0, 3.0, 0.0, 1.0, 0.25], "dtype": "float32", "shape": [6], "rg": true}, {"k": "tensor", "data": [0.0, 1.0, 0.0, 0.0, 2.0, 3.0], "dtype": "float32", "shape": [6], "rg": true}, {"k": "tensor", "data": [1.0, 0.0, 2.0, 0.0, -1.0, 1.0], "dtype": "float32", "shape": [6], "rg": true}, {"k": "fn", "name": "clamp", "args": [{"t": 0}, {"t": 1}, {"t": 2}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [6], "dtype": "torch.float32", "value": [0.5, -2.0, 3.0, 0.0, 1.0, 0.25], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float32", "value": [0.0, 1.0, 0.0, 0.0, 2.0, 3.0], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float32", "value": [1.0, 0.0, 2.0, 0.0, -1.0, 1.0], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float32", "value": [0.5, 0.0, 2.0, 0.0, -1.0, 1.0], "rg": true, "fn": "ClampBackward0", "leaf": false}], "final": [[0.5, -2.0, 3.0, 0.0, 1.0, 0.25], [0.0, 1.0, 0.0, 0.0, 2.0, 3.0], [1.0, 0.0, 2.0, 0.0, -1.0, 1.0], [0.5, 0.0, 2.0, 0.0, -1.0, 1.0]], "grad": [{"dtype": "torch.float32", "shape": [6], "value": [-1.5, 0.0, 0.0, 0.0, 0.0, 0.0]}, {"dtype": "torch.float32", "shape": [6], "value": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]}, {"dtype": "torch.float32", "shape": [6], "value": [0.0, -1.0, -0.5, 0.0, 0.5, 1.0]}], "backward": [{"dtype": "torch.float32", "shape": [6], "value": [-1.5, 0.0, 0.0, 0.0, 0.0, 0.0]}, {"dtype": "torch.float32", "shape": [6], "value": [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]}, {"dtype": "torch.float32", "shape": [6], "value": [0.0, -1.0, -0.5, 0.0, 0.5, 1.0]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_adaptive_max_pool2d_ties_route_to_first_in_row_major():
    """adaptive_max_pool2d: the first tied maximum in row-major order takes the whole gradient.

    Not a fuzz program: chainrule composes the pool (grad_fn StackBackward0, torch's
    AdaptiveMaxPool2DBackward0), so the gradient is checked against torch 2.13's, recorded.
    """
    F = chainrule.nn.functional
    x = chainrule.tensor([[[[1., 5, 0, 0], [5, 1, 0, 5], [0, 0, 0, 0], [5, 0, 0, 0]]]],
                         requires_grad=True)
    w = chainrule.tensor([[[[1., 2], [3, 4]]]])
    y = (F.adaptive_max_pool2d(x, (1, 1)).sum() * 10 + (F.adaptive_max_pool2d(x, (2, 2)) * w).sum()
         + (F.adaptive_max_pool2d(x, (3, 3)) * 100).sum())
    (g,) = chainrule.autograd.grad(y, x)
    assert g.tolist() == [[[[0.0, 211.0, 0.0, 0.0], [100.0, 100.0, 0.0, 202.0],
                            [0.0, 100.0, 104.0, 0.0], [103.0, 0.0, 0.0, 0.0]]]]


def test_scatter_reduce_prod_grad():
    """scatter_reduce "prod": torch's exclusive products (zeros in input and src handled)."""
    # v0 = torch.tensor([0.5, 0.0, -1.5, 2.0, 1.0, -0.5, 1.5, 0.0, 2.0, -1.0, 0.5, 1.0], dtype=torch.float64).reshape([3, 4]).requires_grad_()  # noqa: E501
    # v1 = torch.tensor([0.0, 1.5, 0.5, 0.0, -1.0, 2.0], dtype=torch.float64).reshape([3, 2]).requires_grad_()  # noqa: E501
    # v2 = torch.tensor([0, 0, 1, 1, 3, 3], dtype=torch.int64).reshape([3, 2])
    # v3 = torch.scatter_reduce(v0, 1, v2, v1, 'prod')
    # v4 = torch.scatter_reduce(v0, 1, v2, v1, 'prod', include_self=False)
    program = json.loads('{"steps": [{"k": "tensor", "data": [0.5, 0.0, -1.5, 2.0, 1.0, -0.5, 1.5, 0.0, 2.0, -1.0, 0.5, 1.0], "dtype": "float64", "shape": [3, 4], "rg": true}, {"k": "tensor", "data": [0.0, 1.5, 0.5, 0.0, -1.0, 2.0], "dtype": "float64", "shape": [3, 2], "rg": true}, {"k": "tensor", "data": [0, 0, 1, 1, 3, 3], "dtype": "int64", "shape": [3, 2]}, {"k": "fn", "name": "scatter_reduce", "args": [{"t": 0}, 1, {"t": 2}, {"t": 1}, "prod"]}, {"k": "fn", "name": "scatter_reduce", "args": [{"t": 0}, 1, {"t": 2}, {"t": 1}, "prod"], "kw": {"include_self": false}}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3, 4], "dtype": "torch.float64", "value": [[0.5, 0.0, -1.5, 2.0], [1.0, -0.5, 1.5, 0.0], [2.0, -1.0, 0.5, 1.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 2], "dtype": "torch.float64", "value": [[0.0, 1.5], [0.5, 0.0], [-1.0, 2.0]], "rg": true, "fn": null, "leaf": true}, {"shape": [3, 2], "dtype": "torch.int64", "value": [[0, 0], [1, 1], [3, 3]], "rg": false, "fn": null, "leaf": true}, {"shape": [3, 4], "dtype": "torch.float64", "value": [[0.0, 0.0, -1.5, 2.0], [1.0, -0.0, 1.5, 0.0], [2.0, -1.0, 0.5, -2.0]], "rg": true, "fn": "ScatterReduceBackward0", "leaf": false}, {"shape": [3, 4], "dtype": "torch.float64", "value": [[0.0, 0.0, -1.5, 2.0], [1.0, 0.0, 1.5, 0.0], [2.0, -1.0, 0.5, -2.0]], "rg": true, "fn": "ScatterReduceBackward0", "leaf": false}], "final": [[[0.5, 0.0, -1.5, 2.0], [1.0, -0.5, 1.5, 0.0], [2.0, -1.0, 0.5, 1.0]], [[0.0, 1.5], [0.5, 0.0], [-1.0, 2.0]], [[0, 0], [1, 1], [3, 3]], [[0.0, 0.0, -1.5, 2.0], [1.0, -0.0, 1.5, 0.0], [2.0, -1.0, 0.5, -2.0]], [[0.0, 0.0, -1.5, 2.0], [1.0, 0.0, 1.5, 0.0], [2.0, -1.0, 0.5, -2.0]]], "grad": [{"dtype": "torch.float64", "shape": [3, 4], "value": [[0.0, -2.0, -1.0, 0.0], [1.0, 0.0, 3.0, -2.5], [-1.5, -0.5, 0.5, -1.5]]}, {"dtype": "torch.float64", "shape": [3, 2], "value": [[-3.375, -0.0], [0.0, 0.25], [3.0, -1.5]]}], "grad2": [{"dtype": "torch.float64", "shape": [3, 4], "value": [[3.375, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]}, {"dtype": "torch.float64", "shape": [3, 2], "value": [[5.625, 3.375], [0.0, 0.25], [2.625, 0.1875]]}], "backward": [{"dtype": "torch.float64", "shape": [3, 4], "value": [[0.0, -2.0, -1.0, 0.0], [1.0, 0.0, 3.0, -2.5], [-1.5, -0.5, 0.5, -1.5]]}, {"dtype": "torch.float64", "shape": [3, 2], "value": [[-3.375, -0.0], [0.0, 0.25], [3.0, -1.5]]}]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_hardsigmoid_grad_float_sixth_no_double_backward():
    """hardsigmoid: grad * float32(1/6) as torch's 1.0f / 6.0f; no double backward, as torch."""
    # v0 = torch.tensor([-3.0, 3.0, 1.0, -1.0, 0.0, 4.0], dtype=torch.float64).reshape([6]).requires_grad_()  # noqa: E501
    # v1 = torch.nn.functional.hardsigmoid(v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [-3.0, 3.0, 1.0, -1.0, 0.0, 4.0], "dtype": "float64", "shape": [6], "rg": true}, {"k": "fn", "name": "nn.functional.hardsigmoid", "args": [{"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [6], "dtype": "torch.float64", "value": [-3.0, 3.0, 1.0, -1.0, 0.0, 4.0], "rg": true, "fn": null, "leaf": true}, {"shape": [6], "dtype": "torch.float64", "value": [0.0, 1.0, 0.6666666666666666, 0.3333333333333333, 0.5, 1.0], "rg": true, "fn": "HardsigmoidBackward0", "leaf": false}], "final": [[-3.0, 3.0, 1.0, -1.0, 0.0, 4.0], [0.0, 1.0, 0.6666666666666666, 0.3333333333333333, 0.5, 1.0]], "grad": [{"dtype": "torch.float64", "shape": [6], "value": [0.0, 0.0, -0.0833333358168602, 0.0, 0.0833333358168602, 0.0]}], "grad_error": ["RuntimeError", "derivative for aten::hardsigmoid_backward is not implemented"]}')  # noqa: E501
    assert_matches_torch(program, expected)


def test_remainder_scalar_self_has_no_derivative():
    """remainder(number, tensor): torch's NotImplemented node; backward raises its error."""
    # v0 = torch.tensor([1.5, -2.0, 3.0], dtype=torch.float32).reshape([3]).requires_grad_()
    # v1 = torch.remainder(2.5, v0)
    program = json.loads('{"steps": [{"k": "tensor", "data": [1.5, -2.0, 3.0], "dtype": "float32", "shape": [3], "rg": true}, {"k": "fn", "name": "remainder", "args": [2.5, {"t": 0}]}]}')  # noqa: E501
    expected = json.loads('{"steps": [{"shape": [3], "dtype": "torch.float32", "value": [1.5, -2.0, 3.0], "rg": true, "fn": null, "leaf": true}, {"shape": [3], "dtype": "torch.float32", "value": [1.0, -1.5, 2.5], "rg": true, "fn": "NotImplemented", "leaf": false}], "final": [[1.5, -2.0, 3.0], [1.0, -1.5, 2.5]], "grad_error": ["RuntimeError", "derivative for aten::remainder is not implemented"]}')  # noqa: E501
    assert_matches_torch(program, expected)
