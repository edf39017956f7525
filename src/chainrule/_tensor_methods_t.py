"""Attach the Tensor methods of the triangular-solve ops (``B.cholesky_solve(L)``)."""

from ._ops import linalg_triangular
from ._tensor import Tensor

for _name in linalg_triangular.METHODS:
    setattr(Tensor, _name, getattr(linalg_triangular, _name))
