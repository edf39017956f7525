"""einsum broadcasts a letter's size-1 dims against the other operands, as torch does."""

import numpy as np
import pytest

import chainrule as torch
from chainrule.autograd import gradcheck, gradgradcheck

CASES = [
    ("bij,bjk->bik", (1, 2, 3), (4, 3, 5)),
    ("...ij,...jk->...ik", (2, 1, 2, 3), (3, 3, 4)),
    ("ij,ij->i", (2, 1), (2, 3)),
    ("ij,jk", (2, 1), (3, 4)),
]


@pytest.mark.parametrize("equation,shape_a,shape_b", CASES)
def test_einsum_broadcast_matches_numpy(equation, shape_a, shape_b):
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal(shape_a), rng.standard_normal(shape_b)
    got = torch.einsum(equation, torch.tensor(a), torch.tensor(b)).numpy()
    lhs = equation.split("->")[0].split(",")
    if "..." not in equation:  # NumPy broadcasts only '...': expand the size-1 letters first
        sizes = {c: n for term, x in zip(lhs, (a, b)) for c, n in zip(term, x.shape) if n != 1}
        a, b = (np.broadcast_to(x, [sizes.get(c, 1) for c in term]) for term, x in
                zip(lhs, (a, b)))
    np.testing.assert_allclose(got, np.einsum(equation, a, b), rtol=1e-12)


@pytest.mark.parametrize("equation,shape_a,shape_b", CASES)
def test_einsum_broadcast_gradients(equation, shape_a, shape_b):
    a = torch.randn(*shape_a, dtype=torch.float64, requires_grad=True)
    b = torch.randn(*shape_b, dtype=torch.float64, requires_grad=True)
    assert gradcheck(lambda x, y: torch.einsum(equation, x, y), (a, b))
    assert gradgradcheck(lambda x, y: torch.einsum(equation, x, y), (a, b))
