"""Attach the Tensor methods of the ops added for old scripts (``x.as_strided(size, stride)``,
``A.matrix_exp()``)."""

from ._ops.as_strided import as_strided
from ._ops.linalg_extra import matrix_exp
from ._tensor import Tensor

Tensor.as_strided = as_strided
Tensor.matrix_exp = matrix_exp
