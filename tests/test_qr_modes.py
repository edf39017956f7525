"""linalg.qr in every mode: values, torch's empty Q for mode='r', and torch's backward errors."""

import numpy as np
import pytest

import chainrule as torch
from chainrule.autograd import gradcheck, gradgradcheck

# torch 2.13's messages for the two cases its QR backward refuses
R_ONLY = ("The derivative of linalg.qr depends on Q, which is not computed when mode='r'. Please "
          "use linalg.qr(A, mode='reduced') if you are going to differentiate through linalg.qr.")
TALL_COMPLETE = ("The QR decomposition is not differentiable when mode='complete' and nrows > "
                 "ncols.")


@pytest.mark.parametrize("shape", [(4, 2), (2, 4), (3, 3), (2, 4, 3)])
@pytest.mark.parametrize("mode", ["reduced", "complete", "r"])
def test_qr_values_match_numpy(shape, mode):
    a = np.random.default_rng(0).standard_normal(shape)
    Q, R = torch.linalg.qr(torch.tensor(a), mode=mode)
    if mode == "r":
        assert Q.shape == (0,)
        np.testing.assert_allclose(np.abs(R.numpy()), np.abs(np.linalg.qr(a, mode="r")))
    else:
        np.testing.assert_allclose((Q @ R).numpy(), a, atol=1e-12)
        assert R.shape == np.linalg.qr(a, mode=mode)[1].shape


@pytest.mark.parametrize("mode,shape,message", [("r", (3, 3), R_ONLY),
                                                ("complete", (4, 2), TALL_COMPLETE)])
def test_qr_backward_refuses_like_torch(mode, shape, message):
    a = torch.randn(*shape, dtype=torch.float64, requires_grad=True)
    _, R = torch.linalg.qr(a, mode=mode)
    with pytest.raises(RuntimeError) as info:
        R.sum().backward()
    assert str(info.value) == message


@pytest.mark.parametrize("shape", [(2, 4), (3, 3)])
def test_qr_complete_gradients(shape):
    a = torch.randn(*shape, dtype=torch.float64, requires_grad=True)
    assert gradcheck(lambda x: torch.linalg.qr(x, mode="complete"), (a,))
    assert gradgradcheck(lambda x: torch.linalg.qr(x, mode="complete"), (a,))
