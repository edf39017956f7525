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
from ._ops.linalg_compose import diagonal, matmul, multi_dot, vecdot  # noqa: E402

__all__ += ["diagonal", "matmul", "multi_dot", "vecdot"]
from ._ops.linalg_triangular import solve_triangular  # noqa: E402

__all__ += ["solve_triangular"]
from ._ops.linalg_extra import (  # noqa: E402,I001
    cholesky_ex, householder_product, lu_factor, lu_factor_ex, lu_solve, matrix_exp)

__all__ += ["cholesky_ex", "householder_product", "lu_factor", "lu_factor_ex", "lu_solve",
            "matrix_exp"]
from .linalg_legacy import inv_ex, solve_ex, tensorinv, tensorsolve, vander  # noqa: E402
from .linalg_legacy import linalg_lu as lu  # noqa: E402

__all__ += ["inv_ex", "lu", "solve_ex", "tensorinv", "tensorsolve", "vander"]
