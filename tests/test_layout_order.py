"""Memory layout that decides random-fill order: dropout on a permuted input draws its mask in the
input's memory order (as torch's empty_like + bernoulli_), and conv outputs are contiguous."""

import numpy as np

import chainrule as torch
import chainrule.nn.functional as F


def test_dropout_mask_follows_memory_order_of_transposed_input():
    torch.manual_seed(0)
    a = F.dropout(torch.ones(3, 4).t(), 0.5)
    torch.manual_seed(0)
    b = F.dropout(torch.ones(3, 4), 0.5)
    assert torch.equal(a, b.t())


def test_dropout_mask_follows_memory_order_of_permuted_input():
    torch.manual_seed(1)
    a = F.dropout(torch.ones(2, 3, 4).permute(2, 0, 1), 0.3)
    torch.manual_seed(1)
    b = F.dropout(torch.ones(2, 3, 4), 0.3)
    assert torch.equal(a, b.permute(2, 0, 1))


def test_dropout_on_a_strided_slice_draws_in_logical_order():
    base = torch.ones(4, 6)
    torch.manual_seed(2)
    a = F.dropout(base[:, ::2], 0.5)
    torch.manual_seed(2)
    b = F.dropout(torch.ones(4, 3), 0.5)
    assert torch.equal(a, b)


def test_conv_output_is_contiguous_and_viewable():
    torch.manual_seed(3)
    for conv, x in ((torch.nn.Conv2d(2, 4, 3, padding=1), torch.randn(3, 2, 8, 8)),
                    (torch.nn.Conv1d(5, 3, 2), torch.randn(3, 5, 4))):
        y = conv(x)
        assert y.is_contiguous()
        expected = tuple(int(np.prod(y.shape[i + 1:])) for i in range(y.dim()))
        assert y.stride() == expected
        assert y.view(y.shape[0], -1).shape == (y.shape[0], int(np.prod(y.shape[1:])))
