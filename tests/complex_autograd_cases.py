"""Complex autograd cases shared by tools/record_complex_autograd_fixtures.py (run under torch)
and tests/test_complex_autograd.py (run under chainrule).

Each case is a function of named leaves, written as a lambda in source form so both libraries
run the same code; the leaves and the output cotangents are built by ``PRELUDE`` from fixed
numbers, so the inputs are deterministic.
"""

PRELUDE = """
import math
c128, f64 = torch.complex128, torch.float64
def leaf(values, dtype=c128):
    return torch.tensor(values, dtype=dtype, requires_grad=True)
def matrix(seed, n=3, batch=()):
    k = torch.arange(math.prod(batch) * n * n, dtype=f64).reshape(batch + (n, n))
    out = torch.complex(torch.cos(1.3 * k + seed), torch.sin(0.7 * k - seed)) * 0.5
    return (out + 2 * torch.eye(n, dtype=c128)).detach().requires_grad_()
def cotangent(t, k=0):
    a = torch.arange(t.numel(), dtype=f64).reshape(t.shape)
    re = torch.cos(1.7 * a + k) + 0.25
    return torch.complex(re, torch.sin(0.9 * a + 2 * k)) if t.is_complex() else re
def hermitian(a):
    return a @ a.mH + torch.eye(a.shape[-1], dtype=a.dtype)
z = leaf([0.8 + 0.6j, -1.1 + 0.4j, 0.3 - 0.9j])
w = leaf([0.5 - 0.7j, 1.3 + 0.2j, -0.4 + 1.1j])
u = leaf([0.45 + 0.2j, -0.3 - 0.25j, 0.1 + 0.5j])
x = leaf([0.7, -0.3, 1.4], f64)
p = leaf([0.9, 1.6, 0.4], f64)
A = matrix(0.3)
B = matrix(1.1)
C = matrix(2.0, 3, (2,))
D = matrix(0.7, 3, (2,))
R = leaf([[0.5, 1.2], [-0.7, 0.3], [1.1, -0.4]], f64)
"""

# name: (function source, leaf names)
CASES = {
    # holomorphic unary ops: grad * conj(f'(z))
    "exp": ("lambda z: torch.exp(z)", "z"),
    "log": ("lambda z: torch.log(z)", "z"),
    "sqrt": ("lambda z: torch.sqrt(z)", "z"),
    "rsqrt": ("lambda z: torch.rsqrt(z)", "z"),
    "sin": ("lambda z: torch.sin(z)", "z"),
    "cos": ("lambda z: torch.cos(z)", "z"),
    "tan": ("lambda z: torch.tan(z)", "z"),
    "tanh": ("lambda z: torch.tanh(z)", "z"),
    "sigmoid": ("lambda z: torch.sigmoid(z)", "z"),
    "reciprocal": ("lambda z: torch.reciprocal(z)", "z"),
    "neg": ("lambda z: -z", "z"),
    "square": ("lambda z: torch.square(z)", "z"),
    "pow_int": ("lambda z: z ** 3", "z"),
    "pow_float": ("lambda z: z ** 2.5", "z"),
    "pow_negative": ("lambda z: z ** -1.5", "z"),
    "pow_complex_exponent": ("lambda z: z ** (0.5 + 1j)", "z"),
    "pow_tensor": ("lambda z, w: z ** w", "zw"),
    "pow_number_base": ("lambda z: 2.0 ** z", "z"),
    "pow_complex_base": ("lambda z: (1 + 1j) ** z", "z"),
    "exp2": ("lambda z: torch.exp2(z)", "z"),
    "expm1": ("lambda z: torch.expm1(z)", "z"),
    "log2": ("lambda z: torch.log2(z)", "z"),
    "log10": ("lambda z: torch.log10(z)", "z"),
    "log1p": ("lambda z: torch.log1p(z)", "z"),
    "asin": ("lambda z: torch.asin(z)", "z"),
    "acos": ("lambda z: torch.acos(z)", "z"),
    "atan": ("lambda z: torch.atan(z)", "z"),
    "sinh": ("lambda z: torch.sinh(z)", "z"),
    "cosh": ("lambda z: torch.cosh(z)", "z"),
    "asinh": ("lambda z: torch.asinh(z)", "z"),
    "acosh": ("lambda z: torch.acosh(z)", "z"),
    "atanh": ("lambda z: torch.atanh(z)", "z"),
    "sinc": ("lambda z: torch.sinc(z)", "z"),
    # non-holomorphic ops
    "abs": ("lambda z: torch.abs(z)", "z"),
    "angle": ("lambda z: torch.angle(z)", "z"),
    "sgn": ("lambda z: torch.sgn(z)", "z"),
    "real": ("lambda z: z.real * 1.0", "z"),
    "imag": ("lambda z: z.imag * 1.0", "z"),
    "conj": ("lambda z, w: z.conj() * w", "zw"),
    "conj_physical": ("lambda z, w: torch.conj_physical(z) * w", "zw"),
    "abs_squared": ("lambda z: z * z.conj()", "z"),
    "tanh_backward_chain": ("lambda z: torch.tanh(torch.sigmoid(z) * z)", "z"),
    "sgn_abs_mix": ("lambda z, w: torch.sgn(z * w) * w.abs() + z.angle()", "zw"),
    # binary ops, mixed real and complex operands, complex scalars
    "add_alpha": ("lambda z, w: torch.add(z, w, alpha=2 - 1j)", "zw"),
    "sub_alpha": ("lambda z, w: torch.sub(z, w, alpha=0.5j)", "zw"),
    "rsub": ("lambda z: 1 - z", "z"),
    "mul": ("lambda z, w: z * w", "zw"),
    "div": ("lambda z, w: z / w", "zw"),
    "mul_complex_number": ("lambda z: z * (2 - 1j)", "z"),
    "div_complex_number": ("lambda z: z / (0.5 + 2j)", "z"),
    "number_div": ("lambda z: (1 + 2j) / z", "z"),
    "mul_real_complex": ("lambda x, z: x * z", "xz"),
    "div_real_by_complex": ("lambda x, z: x / z", "xz"),
    "lerp": ("lambda z, w, u: torch.lerp(z, w, u)", "zwu"),
    "lerp_number": ("lambda z, w: torch.lerp(z, w, 0.3)", "zw"),
    "addcmul": ("lambda z, w, u: torch.addcmul(z, w, u, value=0.5)", "zwu"),
    "addcdiv": ("lambda z, w, u: torch.addcdiv(z, w, u, value=2)", "zwu"),
    "where": ("lambda z, w: torch.where(z.real > 0, z * w, w)", "zw"),
    # constructors and views between real and complex
    "complex": ("lambda x, p: torch.complex(x, p) ** 2", "xp"),
    "polar": ("lambda p, x: torch.polar(p, x) ** 2", "px"),
    "view_as_real": ("lambda z, w: torch.view_as_real(z * w)", "zw"),
    "view_as_complex": ("lambda R: torch.view_as_complex(R) ** 2", "R"),
    # reductions
    "sum": ("lambda z, w: z.sum() * w", "zw"),
    "mean": ("lambda z, w: z.mean() * w", "zw"),
    "prod": ("lambda z: torch.prod(z)", "z"),
    "prod_dim": ("lambda A: torch.prod(A, 1)", "A"),
    "cumsum": ("lambda z, w: torch.cumsum(z, 0) * w", "zw"),
    "cumprod": ("lambda z: torch.cumprod(z, 0)", "z"),
    "prod_with_zero": ("lambda z, w: torch.prod(torch.cat([z, w[:1] * 0, w]))", "zw"),
    "prod_dim_with_zero": ("lambda A: torch.prod(A * torch.tensor([[1, 0, 1]]), 1)", "A"),
    "cumprod_with_zero": ("lambda z, w: torch.cumprod(torch.cat([z, w[:1] * 0, w]), 0)", "zw"),
    "at_zero": ("lambda z: (lambda y: (y.abs(), y.angle(), y.sgn()))(torch.cat([z, z[:1] * 0]))",
                "z"),
    "logsumexp": ("lambda A: torch.logsumexp(A, 1)", "A"),
    "logcumsumexp": ("lambda z: torch.logcumsumexp(z, 0)", "z"),
    "var_mean": ("lambda A: torch.var_mean(A, 1)", "A"),
    "std_mean": ("lambda z: torch.std_mean(z)", "z"),
    "dist": ("lambda z, w: torch.dist(z, w)", "zw"),
    "norm_dim": ("lambda A: torch.norm(A, dim=1)", "A"),
    "trace_diag": ("lambda A, z: torch.trace(A) * torch.diag(A) * z", "Az"),
    "kron": ("lambda z, w: torch.kron(z, w)", "zw"),
    "var": ("lambda z: torch.var(z)", "z"),
    "std": ("lambda A: torch.std(A, 0)", "A"),
    "norm": ("lambda z: torch.norm(z)", "z"),
    "vector_norm_1": ("lambda z: torch.linalg.vector_norm(z, 1)", "z"),
    "vector_norm_3": ("lambda z: torch.linalg.vector_norm(z, 3)", "z"),
    "vector_norm_inf": ("lambda z: torch.linalg.vector_norm(z, float('inf'))", "z"),
    "matrix_norm_fro": ("lambda A: torch.linalg.matrix_norm(A)", "A"),
    "matrix_norm_nuc": ("lambda A: torch.linalg.matrix_norm(A, 'nuc')", "A"),
    "matrix_norm_2": ("lambda A: torch.linalg.matrix_norm(A, 2)", "A"),
    # products
    "dot": ("lambda z, w: torch.dot(z, w)", "zw"),
    "vdot": ("lambda z, w: torch.vdot(z, w)", "zw"),
    "inner": ("lambda A, z: torch.inner(A, z)", "Az"),
    "outer": ("lambda z, w: torch.outer(z, w)", "zw"),
    "mv": ("lambda A, z: torch.mv(A, z)", "Az"),
    "mm": ("lambda A, B: torch.mm(A, B)", "AB"),
    "mm_transposed": ("lambda A, B: torch.mm(A, B.t())", "AB"),
    "bmm": ("lambda C, D: torch.bmm(C, D)", "CD"),
    "matmul_batched": ("lambda C, A: C @ A", "CA"),
    "matmul_vector": ("lambda z, C: z @ C", "zC"),
    "addmm": ("lambda A, B, C: torch.addmm(A, B, C[0], beta=0.5 - 1j, alpha=1j)", "ABC"),
    "addmv": ("lambda z, A, w: torch.addmv(z, A, w, beta=2j, alpha=1 - 1j)", "zAw"),
    "addr": ("lambda A, z, w: torch.addr(A, z, w, beta=-1j, alpha=0.5 + 0.5j)", "Azw"),
    "baddbmm": ("lambda C, D: torch.baddbmm(C, C, D, beta=1j, alpha=2 - 1j)", "CD"),
    "addbmm": ("lambda A, C, D: torch.addbmm(A, C, D, beta=0.5, alpha=1j)", "ACD"),
    "einsum": ("lambda C, D: torch.einsum('bij,bjk->ik', C, D)", "CD"),
    "tensordot": ("lambda C, A: torch.tensordot(C, A, dims=([2], [0]))", "CA"),
    "linear": ("lambda C, A, z: torch.nn.functional.linear(C, A, z)", "CAz"),
    "conv1d": ("lambda C, D, w: torch.nn.functional.conv1d(C, D, w[:2], padding=1)", "CDw"),
    "conv2d_groups": ("lambda C, D: torch.nn.functional.conv2d(C.reshape(1, 2, 3, 3), "
                      "D.reshape(6, 1, 1, 3)[:4], stride=(2, 1), groups=2)", "CD"),
    "conv_transpose1d": ("lambda C, D: torch.nn.functional.conv_transpose1d(C, "
                         "D.transpose(0, 1), stride=2)", "CD"),
    # linear algebra
    "inv": ("lambda A: torch.linalg.inv(A)", "A"),
    "inverse_method": ("lambda C: C.inverse()", "C"),
    "det": ("lambda A: torch.linalg.det(A)", "A"),
    "slogdet": ("lambda A: tuple(torch.linalg.slogdet(A))", "A"),
    "logdet_hermitian": ("lambda A: torch.logdet(hermitian(A)).real", "A"),
    "solve": ("lambda A, B: torch.linalg.solve(A, B)", "AB"),
    "solve_vector": ("lambda A, z: torch.linalg.solve(A, z)", "Az"),
    "cholesky": ("lambda A: torch.linalg.cholesky(hermitian(A))", "A"),
    "cholesky_upper": ("lambda A: torch.linalg.cholesky(hermitian(A), upper=True)", "A"),
    "qr": ("lambda A: tuple(torch.linalg.qr(A))", "A"),
    "svd_values": ("lambda A: torch.linalg.svdvals(A)", "A"),
    "svd_invariant": ("lambda A: (lambda U, S, Vh: (U @ Vh, S, U.abs()))(*torch.linalg.svd(A))",
                      "A"),
    "eigh": ("lambda A: (lambda L, V: (L, V.abs()))(*torch.linalg.eigh(hermitian(A)))", "A"),
    "eigvalsh": ("lambda A: torch.linalg.eigvalsh(hermitian(A))", "A"),
    "pinv": ("lambda A: torch.linalg.pinv(A)", "A"),
    "pinverse_wide": ("lambda A: torch.pinverse(A[:2])", "A"),
    "lstsq": ("lambda A, B: torch.linalg.lstsq(A, B).solution", "AB"),
    "qr_wide": ("lambda A: tuple(torch.linalg.qr(A[:2]))", "A"),
    "qr_tall": ("lambda A: tuple(torch.linalg.qr(A[:, :2]))", "A"),
    "svd_legacy": ("lambda A: (lambda U, S, V: (U @ V.mH, S))(*torch.svd(A))", "A"),
    "svd_tall": ("lambda A: (lambda U, S, Vh: (U @ Vh, S))(*torch.linalg.svd(A[:, :2], "
                 "full_matrices=False))", "A"),
    "cross": ("lambda z, w: torch.linalg.cross(z, w)", "zw"),
    "matrix_power": ("lambda A: torch.linalg.matrix_power(A, 3)", "A"),
    "adjoint_mH": ("lambda A, B: A.adjoint() @ B + A @ B.mH", "AB"),
    # spectral ops
    "fft": ("lambda z, w: torch.fft.fft(z * w)", "zw"),
    "ifft_ortho": ("lambda z: torch.fft.ifft(z, n=5, norm='ortho')", "z"),
    "rfft_irfft": ("lambda x, R: (torch.fft.rfft(x, n=4), torch.fft.irfft(torch.view_as_complex("
                   "R), n=5))", "xR"),
    "fft2_forward": ("lambda A: torch.fft.fft2(A * A, norm='forward')", "A"),
    "fftn_ifftn": ("lambda C: torch.fft.ifftn(torch.fft.fftn(C.exp(), dim=(0, 2)))", "C"),
    "hfft": ("lambda z: torch.fft.hfft(z * z)", "z"),
    "fftshift": ("lambda A: torch.fft.fftshift(torch.fft.fft(A, dim=0)) * A", "A"),
    # shape ops between complex ops (linear: gradients pass unconjugated)
    "cat_stack": ("lambda z, w: torch.stack([torch.cat([z, w]), torch.cat([w, z])]) * z[0]",
                  "zw"),
    "index_gather": ("lambda A, z: A[[0, 2, 1]] * z + A.gather(1, torch.tensor([[1], [0], [2]]))",
                     "Az"),
    "transpose_reshape": ("lambda C: (C.transpose(1, 2).reshape(3, 6) * 1j).exp()", "C"),
    "expand_sum": ("lambda z, w: (z.unsqueeze(0).expand(2, 3) * w).sum(0)", "zw"),
}

# second order: the gradient (built with create_graph) differentiated again
SECOND_ORDER = ("exp", "log", "sqrt", "sin", "tanh", "sigmoid", "reciprocal", "pow_float",
                "pow_tensor", "mul", "div", "abs", "angle", "sgn", "polar", "prod", "cumprod",
                "mm", "dot", "vdot", "inv", "det", "atan", "acosh", "addcdiv", "lerp",
                "conv1d", "conv_transpose1d", "logcumsumexp", "qr", "cholesky", "prod_with_zero",
                "cumprod_with_zero", "at_zero", "fft", "rfft_irfft", "hfft")

# forward mode: the JVP of each case with complex tangents
FORWARD = ("exp", "log", "sqrt", "sin", "tanh", "sigmoid", "reciprocal", "pow_float", "mul",
           "div", "abs", "angle", "sgn", "asin", "acosh", "mm", "dot", "polar", "view_as_real",
           "conj", "sum", "mul_real_complex", "logcumsumexp", "cumprod", "prod", "sgn_abs_mix",
           "inv", "det", "solve", "cholesky", "svd_values", "eigvalsh", "conv1d", "vdot",
           "addmm", "var", "norm", "complex", "view_as_complex", "tanh_backward_chain", "fft",
           "rfft_irfft", "fft2_forward")
