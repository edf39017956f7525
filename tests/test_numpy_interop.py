"""NumPy functions on tensors return tensors and keep the graph (checked against the ops)."""

import numpy as np
import pytest

import chainrule as torch
from chainrule.autograd import gradcheck


def _x(*shape):
    return torch.tensor(np.linspace(0.3, 1.7, int(np.prod(shape))).reshape(shape),
                        dtype=torch.float64, requires_grad=True)


UNARY = [np.sin, np.cos, np.tan, np.exp, np.log, np.sqrt, np.tanh, np.arctan, np.square,
         np.log1p, np.expm1, np.absolute, np.negative, np.reciprocal, np.arcsinh]


@pytest.mark.parametrize("ufunc", UNARY, ids=lambda f: f.__name__)
def test_unary_ufunc_is_differentiable(ufunc):
    x = _x(2, 3)
    y = ufunc(x)
    assert isinstance(y, torch.Tensor) and y.grad_fn is not None
    np.testing.assert_allclose(y.detach().numpy(), ufunc(x.detach().numpy()))
    assert gradcheck(lambda t: ufunc(t), (x,))


@pytest.mark.parametrize("ufunc", [np.add, np.subtract, np.multiply, np.true_divide, np.power,
                                   np.maximum, np.minimum, np.arctan2, np.hypot, np.logaddexp],
                         ids=lambda f: f.__name__)
def test_binary_ufunc_is_differentiable(ufunc):
    a, b = _x(2, 3), _x(3) * 1.1
    assert gradcheck(lambda p, q: ufunc(p, q), (a, b.detach().requires_grad_()))


@pytest.mark.parametrize("fn, kwargs", [
    (np.sum, {}), (np.sum, {"axis": 1}), (np.sum, {"axis": 0, "keepdims": True}),
    (np.mean, {}), (np.mean, {"axis": -1}), (np.prod, {"axis": 1}), (np.max, {}),
    (np.max, {"axis": 0}), (np.min, {"axis": 1, "keepdims": True}), (np.var, {"axis": 1}),
    (np.std, {"ddof": 1}), (np.cumsum, {"axis": 1}), (np.cumsum, {}),
    (np.transpose, {}), (np.ravel, {}), (np.flip, {"axis": 0}), (np.trace, {}),
    (np.linalg.norm, {}), (np.linalg.norm, {"axis": 1}), (np.squeeze, {}),
], ids=lambda v: getattr(v, "__name__", str(v)))
def test_array_function_matches_numpy_and_is_differentiable(fn, kwargs):
    x = _x(3, 3)
    y = fn(x, **kwargs)
    assert isinstance(y, torch.Tensor)
    np.testing.assert_allclose(y.detach().numpy(), fn(x.detach().numpy(), **kwargs))
    assert gradcheck(lambda t: fn(t, **kwargs), (x,))


def test_joins_products_and_reshapes_keep_the_graph():
    a, b = _x(2, 3), _x(3, 2)
    assert gradcheck(lambda p, q: np.concatenate([p, q.T], axis=0), (a, b))
    assert gradcheck(lambda p, q: np.stack([p, q.T]), (a, b))
    assert gradcheck(lambda p, q: np.matmul(p, q), (a, b))
    assert gradcheck(lambda p, q: np.dot(p, q), (a, b))
    assert gradcheck(lambda p: np.reshape(p, (3, 2)), (a,))
    assert gradcheck(lambda p, q: np.einsum("ij,jk->ik", p, q), (a, b))
    assert gradcheck(lambda p: np.where(p > 1.0, p, 0.0), (a,))


def test_sum_of_squares_gradient_is_twice_x():
    x = torch.tensor([1., 2., 3.], requires_grad=True)
    np.sum(x * x).backward()
    assert x.grad.tolist() == [2., 4., 6.]


def test_raw_arrays_bring_numpy_promotion():
    a = torch.ones(2, 3, requires_grad=True)
    y = np.matmul(a, np.ones((3, 2)))
    assert y.dtype is torch.float64 and y.grad_fn is not None
    y.sum().backward()
    assert a.grad.dtype is torch.float32 and a.grad.tolist() == [[2.] * 3] * 2


def test_numpy_scalars_are_weak_numbers_like_torch():
    x = torch.tensor([1., 2.])
    assert (x * np.float64(2)).dtype is torch.float32
    assert (np.float32(2) * x).dtype is torch.float32
    assert (x + np.int64(1)).dtype is torch.float32


def test_out_argument_writes_into_the_tensor():
    out = torch.zeros(3)
    result = np.multiply(torch.tensor([1., 2., 3.]), 2, out=out)
    assert result is out and out.tolist() == [2., 4., 6.]


def test_function_without_rule_is_refused_when_a_gradient_would_be_lost():
    x = torch.tensor([1., 3., 2.], requires_grad=True)
    with pytest.raises(TypeError, match="numpy.median has no differentiable rule"):
        np.median(x)
    with pytest.raises(TypeError, match="numpy.sort"):
        np.sort(x)


def test_function_without_rule_runs_on_tensors_without_grad():
    x = torch.tensor([1., 3., 2.])
    assert np.median(x) == 2.0
    s = np.sort(x)
    assert isinstance(s, torch.Tensor) and s.tolist() == [1., 2., 3.]
    with torch.no_grad():
        assert np.median(torch.tensor([1., 3.], requires_grad=True)) == 2.0


def test_docs_page_examples_run_as_printed():
    import doctest
    from pathlib import Path
    page = Path(__file__).resolve().parents[1] / "docs" / "numpy.md"
    result = doctest.testfile(str(page), module_relative=False)
    assert result.failed == 0 and result.attempted > 0
