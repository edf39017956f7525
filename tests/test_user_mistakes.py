"""Regression tests for what torch prints on common user mistakes (texts from torch 2.13)."""

import operator

import numpy as np
import pytest

import chainrule as torch
import chainrule.nn as nn
import chainrule.nn.functional as F


@pytest.mark.parametrize("x_dt, w_dt, b_dt, message", [
    ("float64", "float32", "float32",
     "Input type (double) and bias type (float) should be the same"),
    ("float64", "float32", None, "expected scalar type Double but found Float"),
    ("uint8", "float32", None, "expected scalar type Byte but found Float"),
    ("float16", "float32", None, "Input type (torch.HalfTensor) and weight type "
     "(torch.FloatTensor) should be the same or input should be a MKLDNN tensor and weight is a "
     "dense tensor"),
])
def test_conv_refuses_mixed_dtypes(x_dt, w_dt, b_dt, message):
    x = torch.zeros(1, 1, 5, 5, dtype=getattr(torch, x_dt))
    w = torch.ones(1, 1, 3, 3, dtype=getattr(torch, w_dt))
    b = None if b_dt is None else torch.zeros(1, dtype=getattr(torch, b_dt))
    with pytest.raises(RuntimeError) as e:
        F.conv2d(x, w, b)
    assert str(e.value) == message


def test_integer_losses_refuse_like_torch():
    z = torch.zeros(3, dtype=torch.long)
    with pytest.raises(NotImplementedError, match="\"mse_cpu\" not implemented for 'Long'"):
        F.mse_loss(z, z)
    with pytest.raises(NotImplementedError, match="\"huber_cpu\" not implemented for 'Long'"):
        F.huber_loss(z, z)
    with pytest.raises(RuntimeError) as e:
        F.binary_cross_entropy_with_logits(torch.zeros(3), z)
    assert str(e.value) == "result type Float can't be cast to the desired output type Long"
    with pytest.raises(RuntimeError, match="Found dtype Long but expected Float"):
        F.binary_cross_entropy(torch.full((3,), 0.5), z)
    assert F.mse_loss(torch.zeros(3), torch.ones(3, dtype=torch.long)).item() == 1.0


def test_mse_with_python_float_target_fails_on_size():
    with pytest.raises(AttributeError, match="'float' object has no attribute 'size'"):
        F.mse_loss(torch.ones(2), 1.0)


def test_cuda_requests_fail_on_cpu_build():
    if torch.cuda.is_available():
        pytest.skip("a GPU is present, so CUDA requests succeed")
    for make in (lambda: torch.zeros(2, device="cuda"), lambda: torch.randn(2, device="cuda:0"),
                 lambda: torch.ones(1).to(torch.device("cuda")),
                 lambda: torch.cuda.get_device_name(0)):
        with pytest.raises(AssertionError, match="Torch not compiled with CUDA enabled"):
            make()
    with pytest.raises(RuntimeError, match="Cannot access accelerator device"):
        torch.ones(1).cuda(1)
    assert torch.cuda.memory_allocated() == 0 and torch.cuda.is_initialized() is False
    assert torch.zeros(2, device="cpu").device == torch.device("cpu")


def test_gather_checks_index():
    x = torch.arange(6.).view(2, 3)
    with pytest.raises(RuntimeError, match="index 3 is out of bounds for dimension 1 with size 3"):
        torch.gather(x, 1, torch.tensor([[3], [0]]))
    with pytest.raises(RuntimeError, match="same number of dimensions"):
        torch.gather(x, 1, torch.tensor([0, 1]))
    with pytest.raises(RuntimeError, match=r"Size does not match at dimension 0 expected index"):
        torch.gather(x, 1, torch.zeros(3, 1, dtype=torch.long))
    np.testing.assert_array_equal(torch.gather(x, 1, torch.tensor([[2], [0]])).numpy(),
                                  np.take_along_axis(x.numpy(), np.array([[2], [0]]), 1))


def test_masked_fill_mask_must_broadcast():
    with pytest.raises(RuntimeError, match=r"tensor a \(2\) must match the size of tensor b \(3\)"):
        torch.zeros(3).masked_fill(torch.tensor([True, False]), 1.0)


def test_complex_keeps_signed_zero_and_inf():
    z = torch.complex(torch.tensor([-0.0, 1.0]), torch.tensor([-0.0, float("inf")]))
    np.testing.assert_array_equal(np.signbit(z.numpy().imag), [True, False])
    assert z.numpy()[1] == complex(1.0, float("inf"))
    assert repr(z) == "tensor([-0.-0.j, 1.+infj])"


def test_iinfo_bool_message():
    with pytest.raises(TypeError, match="torch.bool is not supported by torch.iinfo"):
        torch.iinfo(torch.bool)


@pytest.mark.parametrize("make, message", [
    (lambda: torch.zeros(2.5), "zeros(): argument 'size' (position 1) must be tuple of ints, not "
     "float"),
    (lambda: torch.zeros((2.5,)), "zeros(): argument 'size' (position 1) must be tuple of ints, "
     "but found element of type float at pos 0"),
    (lambda: torch.ones(2, 2.5), "ones(): argument 'size' failed to unpack the object at pos 2 "
     "with error \"type must be tuple of ints,but got float\""),
    (lambda: torch.randn(2.5), "randn(): argument 'size' (position 1) must be tuple of ints, not "
     "float"),
    (lambda: torch.zeros(size=2.5), "zeros(): argument 'size' must be tuple of ints, not float"),
    (lambda: torch.randint(0, 10), "randint(): argument 'size' (position 2) must be tuple of ints, "
     "not int"),
    (lambda: nn.Linear(3, 2.5), "empty(): argument 'size' (position 1) must be tuple of ints, but "
     "found element of type float at pos 0"),
    (lambda: nn.Linear(2, 1)(np.ones((1, 2))), "linear(): argument 'input' (position 1) must be "
     "Tensor, not numpy.ndarray"),
    (lambda: nn.Sequential(nn.ReLU(), len), "len is not a Module subclass"),
    (lambda: nn.Sequential(np.sum), "numpy.sum is not a Module subclass"),
])
def test_argument_type_messages(make, message):
    with pytest.raises(TypeError) as e:
        make()
    assert str(e.value) == message


def test_one_sample_target_of_shape_one():
    logits = torch.tensor([1.0, 2.0, 0.5])
    expected = -np.log(np.exp(2.0) / np.exp([1.0, 2.0, 0.5]).sum())
    assert F.cross_entropy(logits, torch.tensor([1])).item() == pytest.approx(expected, rel=1e-6)
    with pytest.raises(ValueError, match="1D target must have size 1, but got target size: 2"):
        F.cross_entropy(logits, torch.tensor([1, 0]))


@pytest.mark.parametrize("pool, shape, kind, message", [
    (F.max_pool2d, (4,), RuntimeError, "non-empty 3D or 4D (batch mode) tensor expected for input"),
    (F.max_pool2d, (1, 0, 4, 4), RuntimeError, "Expected 3D or 4D (batch mode) tensor with "
     "optional 0 dim batch size for input, but got:[1, 0, 4, 4]"),
    (F.max_pool1d, (4,), RuntimeError, "max_pool1d: Expected 2D or 3D (batch mode) tensor with "
     "optional 0 dim batch size for input, but got:[4]"),
    (F.avg_pool1d, (4,), RuntimeError, "Expected 2 to 3 dimensions, but got 1-dimensional tensor "
     "for argument #1 'self' (while checking arguments for avg_pool1d)"),
    (F.avg_pool2d, (2, 4), IndexError, "Dimension out of range (expected to be in range of "
     "[-2, 1], but got -3)"),
    (F.avg_pool3d, (2, 4), RuntimeError, "non-empty 4D or 5D (batch mode) tensor expected for "
     "input"),
])
def test_pooling_rank_messages(pool, shape, kind, message):
    with pytest.raises(kind) as e:
        pool(torch.zeros(shape), 2)
    assert str(e.value) == message


def test_einsum_subscript_count_messages():
    with pytest.raises(RuntimeError, match=r"subscripts in the equation \(3\) does not match the "
                       r"number of dimensions \(2\) for operand 0 and no ellipsis was given"):
        torch.einsum("ijk->i", torch.ones(2, 3))
    with pytest.raises(RuntimeError, match=r"\(3\) is more than the number of dimensions \(2\)"):
        torch.einsum("...ijk->i", torch.ones(2, 3))
    a, b = np.arange(6.).reshape(2, 3), np.arange(12.).reshape(3, 4)
    np.testing.assert_allclose(
        torch.einsum("ij,jk->ik", torch.tensor(a), torch.tensor(b)).numpy(), a @ b)


def test_spatial_target_shape_messages():
    long = torch.long
    with pytest.raises(RuntimeError, match=r"Expected target size \[2, 4\], got \[2, 5\]"):
        F.cross_entropy(torch.zeros(2, 5, 4), torch.zeros(2, 5, dtype=long))
    with pytest.raises(RuntimeError, match="only batches of spatial targets supported"):
        F.cross_entropy(torch.zeros(2, 3, 4, 4), torch.zeros(2, 4, dtype=long))
    assert F.cross_entropy(torch.zeros(2, 3, 4), torch.zeros(2, 4, dtype=long)).item() == \
        pytest.approx(np.log(3))


def test_contains_compares_elements():
    x = torch.tensor([[1, 2], [3, 4]])
    assert (3 in x, 7 in x, torch.tensor([1, 2]) in x, torch.tensor(4) in x) == \
        (True, False, True, True)
    with pytest.raises(RuntimeError, match="only supports Tensor or scalar, but you passed in a "
                       "<class 'str'>"):
        x.__contains__("a")


def test_module_lookup_messages():
    model = nn.Sequential(nn.Linear(2, 3), nn.ReLU())
    with pytest.raises(TypeError, match="'str' object cannot be interpreted as an integer"):
        model["0"]
    with pytest.raises(AttributeError, match="Linear has no attribute `weights`"):
        model.get_parameter("0.weights")
    with pytest.raises(TypeError, match="NoneType is not an Optimizer"):
        torch.optim.lr_scheduler.StepLR(None, step_size=1)


def _warnings_of(fn):
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = fn()
    return result, [(w.category.__name__, str(w.message)) for w in caught]


def test_deprecated_spellings_warn_and_work():
    lin = nn.Linear(2, 2)
    _, w = _warnings_of(lambda: nn.init.constant(lin.bias, 0.5))
    assert w == [("FutureWarning", "`nn.init.constant` is now deprecated in favor of "
                  "`nn.init.constant_`.")]
    np.testing.assert_array_equal(lin.bias.detach().numpy(), [0.5, 0.5])
    r, w = _warnings_of(lambda: torch.range(1, 2, 0.5))
    np.testing.assert_array_equal(r.numpy(), [1.0, 1.5, 2.0])
    assert w[0][0] == "UserWarning" and w[0][1].startswith("torch.range is deprecated")
    loss, w = _warnings_of(lambda: nn.MSELoss(size_average=False))
    assert loss.reduction == "sum" and w == [(
        "UserWarning", "size_average and reduce args will be deprecated, please use "
        "reduction='sum' instead.")]
    _, w = _warnings_of(lambda: F.softmin(torch.zeros(2, 2)))
    assert "Implicit dimension choice for softmin" in w[0][1]
    up, w = _warnings_of(lambda: F.upsample(torch.ones(1, 1, 2, 2), scale_factor=2))
    assert up.shape == (1, 1, 4, 4) and "`nn.functional.upsample` is deprecated" in w[0][1]


def test_dropout2d_reads_3d_input_as_batched_channels():
    torch.manual_seed(0)
    out, w = _warnings_of(lambda: F.dropout2d(torch.ones(4, 6, 5), 0.5))
    assert "Received a 3D input to dropout2d" in w[0][1]
    per_channel = out.numpy()
    assert (per_channel == per_channel[:, :, :1]).all()  # one draw per (N, C) pair
    assert set(np.unique(per_channel)) <= {0.0, 2.0}


def test_scheduler_epoch_argument_uses_closed_form():
    w0 = torch.ones(1, requires_grad=True)
    opt = torch.optim.SGD([w0], lr=0.1)
    sched = torch.optim.lr_scheduler.StepLR(opt, 1, gamma=0.5)
    opt.step()
    _, w = _warnings_of(lambda: sched.step(3))
    assert sched.get_last_lr() == [pytest.approx(0.1 * 0.5 ** 3)]
    assert "The epoch parameter in `scheduler.step()`" in w[0][1]
    _, w = _warnings_of(sched.get_lr)
    assert w == [("UserWarning", "To get the last learning rate computed by the scheduler, "
                  "please use `get_last_lr()`.")]


@pytest.mark.parametrize("other", [None, "a", [0, 3], (1, 2)])
def test_ordering_with_non_operands_is_pythons_type_error(other):
    x = torch.tensor([1, 2])
    with pytest.raises(TypeError, match=f"'>' not supported between instances of 'Tensor' and "
                       f"'{type(other).__name__}'"):
        operator.gt(x, other)
    with pytest.raises(TypeError, match=f"'<' not supported between instances of "
                       f"'{type(other).__name__}' and 'Tensor'"):
        operator.lt(other, x)


def test_scatter_checks_index():
    z = torch.zeros(3)
    with pytest.raises(RuntimeError, match=r"scatter\(\): Expected dtype int32/int64 for index"):
        z.scatter(0, torch.tensor([0.0]), 1.0)
    with pytest.raises(RuntimeError, match="index 5 is out of bounds for dimension 0 with size 3"):
        z.scatter(0, torch.tensor([5]), 1.0)
    with pytest.raises(RuntimeError, match=r"Expected index \[2\] to be no larger than self \[3\] "
                       r"apart from dimension 0 and to be no larger size than src \[1\]"):
        z.scatter_add(0, torch.tensor([0, 1]), torch.ones(1))
    np.testing.assert_array_equal(
        z.scatter_add(0, torch.tensor([0, 0, 2]), torch.tensor([1.0, 2.0, 3.0])).numpy(),
        np.bincount([0, 0, 2], weights=[1.0, 2.0, 3.0], minlength=3))


def test_expand_reports_last_mismatching_dim():
    with pytest.raises(RuntimeError, match=r"tensor \(2\) must match the existing size \(3\) at "
                       r"non-singleton dimension 1"):
        torch.ones(2, 3).expand(3, 2)


def test_fancy_index_shape_mismatch_message():
    with pytest.raises(IndexError, match=r"could not be broadcast together with shapes \[2\], "
                       r"\[3\]"):
        torch.arange(12).view(3, 4)[[0, 1], [0, 1, 2]]


def test_flip_method_takes_spread_dims():
    x = torch.arange(6).view(2, 3)
    np.testing.assert_array_equal(x.flip(0, 1).numpy(), np.arange(6).reshape(2, 3)[::-1, ::-1])
    with pytest.raises(RuntimeError, match="dim 1 appears multiple times in the list of dims"):
        x.flip(1, -1)


def test_saved_state_dict_loads_as_ordered_dict():
    import io
    from collections import OrderedDict
    buf = io.BytesIO()
    torch.save(nn.Linear(2, 1).state_dict(), buf)
    buf.seek(0)
    loaded = torch.load(buf)
    assert type(loaded) is OrderedDict and list(loaded) == ["weight", "bias"]
    buf = io.BytesIO()
    torch.save({"a": 1}, buf)
    buf.seek(0)
    assert type(torch.load(buf)) is dict


def test_sequence_model_setup_messages():
    _, w = _warnings_of(lambda: nn.LSTM(4, 8, num_layers=1, dropout=0.5))
    assert w == [("UserWarning", "dropout option adds dropout after all but last recurrent "
                  "layer, so non-zero dropout expects num_layers greater than 1, but got "
                  "dropout=0.5 and num_layers=1")]
    with pytest.raises(ValueError, match="RNN: Expected input to be 2D or 3D, got 4D tensor "
                       "instead"):
        nn.RNN(3, 5)(torch.zeros(4, 2, 3, 1))
    with pytest.raises(AssertionError, match="was expecting embedding dimension of 8, but got 6"):
        q = torch.zeros(5, 1, 6)
        nn.MultiheadAttention(8, 2)(q, q, q)
    _, w = _warnings_of(lambda: nn.TransformerEncoder(nn.TransformerEncoderLayer(8, 2), 2))
    assert w[0][1].endswith("because encoder_layer.self_attn.batch_first was not True(use "
                            "batch_first for better inference performance)")
    _, w = _warnings_of(lambda: nn.TransformerEncoder(
        nn.TransformerEncoderLayer(8, 2, batch_first=True), 2))
    assert w == []


def test_lambda_scheduler_state_dict_keeps_lambdas():
    w = [torch.ones(1, requires_grad=True)]
    opt = torch.optim.SGD(w, lr=1.0)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda e: 0.5 ** e)
    state = sched.state_dict()
    assert state["lr_lambdas"] == [None]
    sched.load_state_dict(state)
    assert callable(sched.lr_lambdas[0]) and sched.lr_lambdas[0](2) == 0.25


def test_wrong_argument_types_name_the_type():
    with pytest.raises(TypeError, match=r"cross_entropy_loss\(\): argument 'input' \(position 1\) "
                       "must be Tensor, not tuple"):
        F.cross_entropy((torch.zeros(2, 3),), torch.tensor([0, 1]))
    with pytest.raises(TypeError, match=r"mm\(\): argument 'mat2' \(position 2\) must be Tensor, "
                       "not list"):
        torch.mm(torch.zeros(2, 2), [[1.0, 0.0], [0.0, 1.0]])
    with pytest.raises(TypeError, match="but got numpy.ndarray"):
        torch.cat([np.zeros(2)])
    with pytest.raises(TypeError, match=r"^conv2d\(\) received an invalid combination of "
                       r"arguments - got \(numpy.ndarray, Parameter, Parameter, tuple, tuple, "
                       r"tuple, int\), but expected one of:"):
        nn.Conv2d(1, 1, 1)(np.zeros((1, 1, 2, 2), dtype=np.float32))


def test_tensor_arithmetic_with_numpy_array():
    t = torch.tensor([1.0, 2.0])
    a = np.array([3.0, 4.0])
    total = t + a
    assert total.dtype == torch.float64
    np.testing.assert_array_equal(total.numpy(), np.array([1.0, 2.0]) + a)
    np.testing.assert_array_equal((t == np.array([1.0, 0.0])).numpy(), [True, False])


def test_tensor_from_overflowing_values_is_quiet():
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        x = torch.tensor(np.array([1e6, 1.0]), dtype=torch.float16)
    assert np.isinf(x.numpy()[0]) and x.numpy()[1] == 1.0


def test_accidentally_printed_objects_name_torch_paths():
    from chainrule.utils.data import DataLoader, TensorDataset
    loader = DataLoader(TensorDataset(torch.zeros(2)))
    assert repr(loader).startswith("<torch.utils.data.dataloader.DataLoader object at 0x")
    assert repr(torch.no_grad()).startswith("<torch.autograd.grad_mode.no_grad object at 0x")

    class Local(torch.utils.data.Dataset):
        pass
    assert repr(Local()).startswith(f"<{__name__}.")


@pytest.mark.parametrize("make, message", [
    (lambda x: x.view(2, 3.0), "view(): argument 'size' failed to unpack the object at pos 2 with "
     "error \"type must be tuple of ints,but got float\""),
    (lambda x: x.reshape(3.0, 2), "reshape() takes 1 positional argument but 2 were given"),
    (lambda x: x.reshape((3.0, 2)), "reshape(): argument 'shape' (position 1) must be tuple of "
     "ints, but found element of type float at pos 0"),
    (lambda x: torch.tensor([1], dtype="float32"), "tensor(): argument 'dtype' must be "
     "torch.dtype, not str"),
    (lambda x: torch.zeros_like([1, 2]), "zeros_like(): argument 'input' (position 1) must be "
     "Tensor, not list"),
    (lambda x: torch.eye(2.5), "eye(): argument 'n' (position 1) must be int, not float"),
])
def test_size_and_dtype_argument_messages(make, message):
    with pytest.raises(TypeError) as e:
        make(torch.arange(6.0))
    assert str(e.value) == message


def test_view_float_size_lists_both_overloads():
    with pytest.raises(TypeError) as e:
        torch.arange(6.0).view(6.0)
    assert str(e.value).splitlines() == [
        "view() received an invalid combination of arguments - got (float), but expected one of:",
        " * (torch.dtype dtype)",
        "      didn't match because some of the arguments have invalid types: (!float!)",
        " * (tuple of ints size)",
        "      didn't match because some of the arguments have invalid types: (!float!)"]


def test_permute_repeat_and_mean_messages():
    x = torch.zeros(2, 3)
    with pytest.raises(RuntimeError, match=r"permute\(\): duplicate dims are not allowed."):
        x.permute(1, -1)
    with pytest.raises(RuntimeError, match=r"negative dimension -6: \[2, -6\]"):
        x.repeat(1, -2)
    with pytest.raises(RuntimeError, match="Optional dtype must be either a floating point"):
        x.mean(dtype=torch.int64)


@pytest.mark.parametrize("make, message", [
    (lambda: nn.Conv2d(3, 8), "Conv2d.__init__() missing 1 required positional argument: "
     "'kernel_size'"),
    (lambda: nn.AvgPool2d(), "AvgPool2d.__init__() missing 1 required positional argument: "
     "'kernel_size'"),
    (lambda: nn.ZeroPad2d(), "ZeroPad2d.__init__() missing 1 required positional argument: "
     "'padding'"),
    (lambda: nn.LSTMCell(4), "LSTMCell.__init__() missing 1 required positional argument: "
     "'hidden_size'"),
])
def test_layer_missing_argument_names_the_layer(make, message):
    with pytest.raises(TypeError) as e:
        make()
    assert str(e.value) == message
    assert repr(nn.Conv2d(1, 2, 3)) == "Conv2d(1, 2, kernel_size=(3, 3), stride=(1, 1))"


def test_embedding_refuses_python_lists():
    with pytest.raises(TypeError, match=r"embedding\(\): argument 'indices' \(position 2\) must "
                       "be Tensor, not list"):
        nn.Embedding(5, 2)([1, 3])
