"""In-place correctness: version counters, leaf errors, CopySlices, writes through views."""

import numpy as np
import pytest

import chainrule as torch

RECORDED = "inplace"


def test_inplace_matches_torch(recorded_key, check_recorded):
    check_recorded(RECORDED, recorded_key)


def _grad_of(fn, data):
    """d sum(fn(x)) / dx through chainrule, for float64 data."""
    x = torch.tensor(data, requires_grad=True)
    fn(x).sum().backward()
    return x.grad.numpy()


def _numeric(fn, data, eps=1e-6):
    """The same derivative by central differences, running fn under no_grad."""
    g = np.zeros_like(data)
    for i in np.ndindex(data.shape):
        up, down = data.copy(), data.copy()
        up[i] += eps
        down[i] -= eps
        with torch.no_grad():
            hi = fn(torch.tensor(up)).sum().item()
            lo = fn(torch.tensor(down)).sum().item()
        g[i] = (hi - lo) / (2 * eps)
    return g


def _slice_write(x):
    b = x * x
    b[1:, 0] = b[1:, 0].exp()
    return b * 3


def _transpose_write(x):
    b = x.sin()
    b.t()[0].mul_(x[0])
    return b * b


def _reshape_write(x):
    b = x * 2
    b.view(-1)[::2] = x.view(-1)[:5] ** 2
    return b.exp()


def _stale_view(x):
    b = x * 1
    row = b[0]
    b.mul_(x)
    return row * row


@pytest.mark.parametrize("fn", [_slice_write, _transpose_write, _reshape_write, _stale_view],
                         ids=lambda f: f.__name__.strip("_"))
def test_inplace_writes_through_views_have_exact_gradients(fn):
    data = np.array([[0.3, -0.7, 1.1], [0.5, 0.2, -0.4], [1.3, 0.9, -1.2]])
    np.testing.assert_allclose(_grad_of(fn, data), _numeric(fn, data), rtol=1e-6, atol=1e-8)


def test_views_share_one_version_counter_with_their_base():
    x = torch.zeros(2, 3)
    views = [x[0], x.t(), x.view(6), x.unsqueeze(0), x.detach(), x[:, 1:]]
    x.add_(1)
    views[2][0] = 5.0
    assert [v._version for v in views] == [2] * len(views)
    assert x._version == 2 and x[0, 0].item() == 5.0


def test_inplace_under_no_grad_still_invalidates_saved_tensors():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    b = x * 1
    y = b * b
    with torch.no_grad():
        b[0] = 3.0
    with pytest.raises(RuntimeError, match=r"is at version 1; expected version 0 instead"):
        y.sum().backward()
