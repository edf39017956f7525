"""Matrix products: dot, mv, mm, bmm, addmm, outer, and matmul's decomposition into them."""

import math

from .._tensor import _CPP_NAMES, _SCALAR_NAMES, Tensor
from . import _fused
from ._argcheck import require_tensor
from ._registry import defop
from .pointwise import conj_in_rule as _conj
from .shape import expand, reshape, sum_to, transpose, unsqueeze


def _check_same_dtype(a, b, name):
    """Raise torch's message when the two operands of a product differ in dtype."""
    if a.dtype is b.dtype:
        return
    if name in ("mm", "matmul"):
        raise RuntimeError(
            f"expected m1 and m2 to have the same dtype, but got: {_CPP_NAMES[a.dtype.name]} != "
            f"{_CPP_NAMES[b.dtype.name]}")
    if name == "bmm":
        raise RuntimeError(f"expected scalar type {_SCALAR_NAMES[a.dtype.name]} but found "
                           f"{_SCALAR_NAMES[b.dtype.name]}")
    if name == "mv":
        raise RuntimeError(
            f"addmv input tensors must have the same dtype, but got {_SCALAR_NAMES[b.dtype.name]}"
            f", {_SCALAR_NAMES[a.dtype.name]}, and {_SCALAR_NAMES[b.dtype.name]}")
    raise RuntimeError(
        f"{name} : expected both vectors to have same dtype, but found "
        f"{_SCALAR_NAMES[a.dtype.name]} and {_SCALAR_NAMES[b.dtype.name]}")


def _positive_zeros(out):
    """torch's BLAS products sum from +0, so they never give -0.0 where NumPy can (1 / out)."""
    return out + 0.0 if out.dtype.kind == "f" else out


_dot = defop("dot", lambda xp, input, other: _positive_zeros(xp.dot(input, other)),
             node="DotBackward0",
             inputs=("input", "other"),
             vjp={"input": lambda grad, other: grad * _conj(other),
                  "other": lambda grad, input: grad * _conj(input)})
_mv = defop("mv", lambda xp, input, vec: _positive_zeros(xp.matmul(input, vec)),
            node="MvBackward0",
            inputs=("input", "vec"),
            vjp={"input": lambda grad, vec: unsqueeze(grad, 1) * _conj(vec),
                 "vec": lambda grad, input: mv(_conj(transpose(input, 0, 1)), grad)})


_mm = defop("mm", lambda xp, input, mat2: _fused.mm_arrays(xp, input, mat2), node="MmBackward0",
            inputs=("input", "mat2"),
            vjp={"input": lambda grad, mat2: _fused.mm_input_backward(grad, mat2),
                 "mat2": lambda grad, input, mat2_shape, mat2_strides: _fused.mm_mat2_backward(
                     grad, input, mat2_shape, mat2_strides)})
_bmm = defop("bmm", lambda xp, input, mat2: _positive_zeros(xp.matmul(input, mat2)),
             node="BmmBackward0",
             inputs=("input", "mat2"),
             vjp={"input": lambda grad, mat2: bmm(grad, _conj(transpose(mat2, 1, 2))),
                  "mat2": lambda grad, input: bmm(_conj(transpose(input, 1, 2)), grad)})


def _addmm_forward(xp, input, mat1, mat2, beta, alpha):
    prod = _fused.mm_arrays(xp, mat1, mat2)
    if alpha != 1:
        prod = prod * alpha
    if beta == 0:
        return prod
    return prod + (input if beta == 1 else input * beta)


_addmm = defop("addmm", _addmm_forward, node="AddmmBackward0",
               inputs=("input", "mat1", "mat2"),
               vjp={"input": lambda grad, beta, input_shape: sum_to(
                        grad if beta == 1 else grad * _conj(beta), input_shape),
                    "mat1": lambda grad, mat2, alpha: _fused.mm_input_backward(grad, mat2)
                    * _conj(alpha) if alpha != 1 else _fused.mm_input_backward(grad, mat2),
                    "mat2": lambda grad, mat1, mat2_shape, mat2_strides, alpha:
                    _fused.mm_mat2_backward(grad, mat1, mat2_shape, mat2_strides) * _conj(alpha)
                    if alpha != 1 else
                    _fused.mm_mat2_backward(grad, mat1, mat2_shape, mat2_strides)})


def _shape_text(t):
    return "x".join(str(s) for s in t.shape)


def dot(input, other, *, out=None):
    """Return the inner product of two 1-D tensors."""
    if input.ndim != 1 or other.ndim != 1:
        raise RuntimeError(
            f"1D tensors expected, but got {input.ndim}D and {other.ndim}D tensors")
    if input.shape[0] != other.shape[0]:
        raise RuntimeError(
            "inconsistent tensor size, expected tensor [{}] and src [{}] to have the same number "
            "of elements, but got {} and {} elements respectively".format(
                input.shape[0], other.shape[0], input.shape[0], other.shape[0]))
    _check_same_dtype(input, other, "dot")
    return _dot.apply((input, other), ())


inner = dot


def mv(input, vec, *, out=None):
    """Return the matrix-vector product."""
    if input.ndim != 2 or vec.ndim != 1:
        raise RuntimeError(
            f"vector + matrix @ vector expected, got {vec.ndim}, {input.ndim}, {vec.ndim}")
    if input.shape[1] != vec.shape[0]:
        raise RuntimeError(
            f"size mismatch, got input ({input.shape[0]}), mat ({_shape_text(input)}), vec "
            f"({vec.shape[0]})")
    _check_same_dtype(input, vec, "mv")
    return _mv.apply((input, vec), ())


def mm(input, mat2, *, out=None):
    """Return the product of two matrices."""
    if not isinstance(input, Tensor) or not isinstance(mat2, Tensor):
        require_tensor("mm", "input", 1, input)
        require_tensor("mm", "mat2", 2, mat2)
    if input.ndim != 2:
        raise RuntimeError("self must be a matrix")
    if mat2.ndim != 2:
        raise RuntimeError("mat2 must be a matrix")
    if input.shape[1] != mat2.shape[0]:
        raise RuntimeError(
            f"mat1 and mat2 shapes cannot be multiplied ({_shape_text(input)} and "
            f"{_shape_text(mat2)})")
    _check_same_dtype(input, mat2, "mm")
    return _mm.apply((input, mat2), ())


def bmm(input, mat2, *, out=None):
    """Return batched matrix products of two 3-D tensors."""
    if not isinstance(input, Tensor) or not isinstance(mat2, Tensor):
        require_tensor("bmm", "input", 1, input)
        require_tensor("bmm", "mat2", 2, mat2)
    if input.ndim != 3:
        raise RuntimeError("batch1 must be a 3D tensor")
    if mat2.ndim != 3:
        raise RuntimeError("batch2 must be a 3D tensor")
    if input.shape[0] != mat2.shape[0] or input.shape[2] != mat2.shape[1]:
        raise RuntimeError(
            f"Expected size for first two dimensions of batch2 tensor to be: "
            f"[{input.shape[0]}, {input.shape[2]}] but got: [{mat2.shape[0]}, {mat2.shape[1]}].")
    _check_same_dtype(input, mat2, "bmm")
    return _bmm.apply((input, mat2), ())


def check_expands(input, target):
    """Raise expand's message where ``input`` does not broadcast to ``target`` (torch's fused
    add-products expand their input to the product's shape first)."""
    if not isinstance(input, Tensor):
        return
    shape = tuple(input.shape)
    if len(shape) > len(target) or any(s != t and s != 1 for s, t in zip(
            reversed(shape), reversed(target))):
        expand(input.detach(), target)


def addmm(input, mat1, mat2, *, beta=1, alpha=1, out=None):
    """Return beta * input + alpha * (mat1 @ mat2), nn.Linear's fused op."""
    for name, t in (("self", input), ("mat1", mat1)):
        if isinstance(t, Tensor) and t.dtype is not mat2.dtype:
            raise RuntimeError(
                f"{name} and mat2 must have the same dtype, but got {_SCALAR_NAMES[t.dtype.name]} "
                f"and {_SCALAR_NAMES[mat2.dtype.name]}")
    if mat1.shape[1] != mat2.shape[0]:
        raise RuntimeError(
            f"mat1 and mat2 shapes cannot be multiplied ({_shape_text(mat1)} and "
            f"{_shape_text(mat2)})")
    check_expands(input, (mat1.shape[0], mat2.shape[1]))
    return _addmm.apply((input, mat1, mat2), (beta, alpha))


def outer(input, vec2, *, out=None):
    """Return the outer product of two vectors."""
    return unsqueeze(input, 1) * vec2


ger = outer


def matmul(input, other, *, out=None):
    """Matrix product with broadcasting, decomposed as torch (dot, mv, mm, bmm + views)."""
    if not isinstance(other, Tensor) or not isinstance(input, Tensor):
        require_tensor("matmul", "input", 1, input)
        require_tensor("matmul", "other", 2, other)
    da, db = input.ndim, other.ndim
    if da == 0 or db == 0:
        raise RuntimeError(
            f"both arguments to matmul need to be at least 1D, but they are {da}D and {db}D")
    if da == 1 and db == 1:
        return dot(input, other)
    if da == 2 and db == 1:
        return mv(input, other)
    if da == 1 and db == 2:
        out = _squeeze4(mm(unsqueeze(input, 0), other), 0)
        out._base = None  # torch squeezes the fresh product in place (squeeze_): not a view
        return out
    if da == 2 and db == 2:
        return mm(input, other)
    if da >= 3 and db in (1, 2) and _batch_folds(input, other):
        from .shape import _unsafe_view
        k = input.shape[-1]
        folded = reshape(input, (math.prod(input.shape[:-1]), k))  # no -1: sizes may be 0
        if db == 1:
            if folded.shape[1] != other.shape[0]:
                raise RuntimeError(
                    f"size mismatch, got input ({folded.shape[0]}), mat ({_shape_text(folded)}), "
                    f"vec ({other.shape[0]})")
            prod = mv(folded, other)
            return _unsafe_view.apply((prod,), (tuple(input.shape[:-1]),))
        prod = mm(folded, other)
        return _unsafe_view.apply((prod,), (tuple(input.shape[:-1]) + (other.shape[-1],),))
    if da == 2 and input.requires_grad:
        return _fold_transposed(input, other)
    if da == 1 and _vector_folds(input, other):
        return _fold_vector(input, other)
    return _batched_matmul(input, other)


def _folds_without_copy(shape, strides):
    """True if all dims but the last view as one (stride[i] == stride[i+1] * size[i+1])."""
    return all(strides[i] == strides[i + 1] * shape[i + 1] for i in range(len(shape) - 2))


def _batch_folds(input, other):
    """torch's should_fold for batched @ 1-D/2-D: when the smaller side needs grad, the batch is
    empty, or its leading dims fold into one without a copy (else the bmm path)."""
    if other.requires_grad or input._data.size == 0:
        return True
    arr = input._data
    strides = [s // arr.itemsize for s in arr.strides]
    for i in range(arr.ndim - 1, -1, -1):  # NumPy zeroes a size-1 dim's stride; torch keeps
        if arr.shape[i] == 1:               # the contiguous one (an expand, an unsqueeze)
            strides[i] = strides[i + 1] * arr.shape[i + 1] if i + 1 < arr.ndim else 1
    return _folds_without_copy(arr.shape, strides)


def _vector_folds(input, other):
    """torch's should_fold for 1-D @ batched: when the vector needs grad, the batch is empty, or
    other.mT's leading dims fold into one without a copy."""
    if input.requires_grad or other._data.size == 0:
        return True
    arr = other._data
    shape = arr.shape[:-2] + (arr.shape[-1], arr.shape[-2])
    strides = [s // arr.itemsize for s in arr.strides[:-2] + (arr.strides[-1], arr.strides[-2])]
    return _folds_without_copy(shape, strides)


def _fold_vector(input, other):
    """1-D @ batched folded as torch: mv(other.mT as one matrix, input), then unfolded."""
    from .shape import _unsafe_view
    t1 = transpose(other, -1, -2)
    batch = tuple(t1.shape[:-1])
    if t1.shape[-1] != input.shape[0]:
        raise RuntimeError(
            f"size mismatch, got input ({math.prod(batch)}), mat ({math.prod(batch)}x"
            f"{t1.shape[-1]}), vec ({input.shape[0]})")
    folded = reshape(t1, (math.prod(batch), t1.shape[-1]))
    return _unsafe_view.apply((mv(folded, input),), (batch,))


def _fold_transposed(input, other):
    """2-D @ batched when the 2-D side needs grad: torch folds it as (other.mT @ input.t()).mT,
    so the result is a TransposeBackward0 view, or its CloneBackward0 copy if not contiguous."""
    from .shape import _unsafe_view, contiguous, t
    t1 = transpose(other, -1, -2)
    batch = tuple(t1.shape[:-1])
    folded = reshape(t1, (math.prod(batch), t1.shape[-1]))
    out = _unsafe_view.apply((mm(folded, t(input)),), (batch + (input.shape[0],),))
    return contiguous(transpose(out, -1, -2))


def _squeeze4(t, dim):
    from .shape import _squeeze_dims4
    return _squeeze_dims4.apply((t,), ((dim,),))


def _broadcast_batch(a, b):
    """The broadcast of two batch shapes, with torch's infer_size message when they clash."""
    ndim = max(len(a), len(b))
    a, b = (1,) * (ndim - len(a)) + a, (1,) * (ndim - len(b)) + b
    for i in range(ndim - 1, -1, -1):
        if a[i] != b[i] and a[i] != 1 and b[i] != 1:
            raise RuntimeError(f"The size of tensor a ({a[i]}) must match the size of tensor b "
                               f"({b[i]}) at non-singleton dimension {i}")
    return tuple(y if x == 1 else x for x, y in zip(a, b))


def _batched_matmul(a, b):
    """The unfolded case as torch: expand both to the broadcast batch, flatten it, bmm (a vector
    on the right as a column: unsqueeze(2) ... squeeze(-1)), unfold."""
    from .shape import _unsafe_view, squeeze
    va, vb = a.ndim == 1, b.ndim == 1
    n, m1 = (1 if va else a.shape[-2]), a.shape[-1]
    m2, p = (b.shape[0], 1) if vb else (b.shape[-2], b.shape[-1])
    batch = _broadcast_batch(tuple(a.shape[:-2]), tuple(b.shape[:-2]))
    size = math.prod(batch)
    if m1 != m2:
        raise RuntimeError(f"Expected size for first two dimensions of batch2 tensor to be: "
                           f"[{size}, {m1}] but got: [{size}, {m2}].")
    a3 = reshape(expand(a, batch + (n, m1)), (size, n, m1))
    if vb:
        out = squeeze(bmm(a3, unsqueeze(reshape(expand(b, batch + (m2,)), (size, m2)), 2)), -1)
    else:
        out = bmm(a3, reshape(expand(b, batch + (m2, p)), (size, m2, p)))
    shape = batch + ((n,) if not va else ()) + ((p,) if not vb else ())
    return _unsafe_view.apply((out,), (shape,))


METHODS = ("dot", "inner", "mv", "mm", "bmm", "addmm", "outer", "ger", "matmul")
