"""chainrule.linalg: torch.linalg's functions (re-exports of the op table)."""

from ._ops.linalg_more import (
                               cholesky,
                               cross,
                               det,
                               eigh,
                               eigvalsh,
                               inv,
                               lstsq,
                               matrix_norm,
                               matrix_power,
                               norm,
                               pinv,
                               qr,
                               solve,
                               svd,
                               svdvals,
)
from ._ops.linalg_more import linalg_slogdet as slogdet
from ._ops.reduction import vector_norm

__all__ = ["cholesky", "cross", "det", "eigh", "eigvalsh", "inv", "lstsq", "matrix_norm",
           "matrix_power", "norm", "pinv", "qr", "slogdet", "solve", "svd", "svdvals",
           "vector_norm"]
from ._ops.compat_linalg import matrix_rank  # noqa: E402

__all__ += ["matrix_rank"]
from ._ops._linalg_errors import _LinAlgError as LinAlgError  # noqa: E402

__all__ += ["LinAlgError"]
from ._ops.compat_tensor_api import cond  # noqa: E402

__all__ += ["cond"]
from ._ops.compat_tensor_api import eig, eigvals  # noqa: E402

__all__ += ["eig", "eigvals"]
