"""torch 2.13 names that user code calls and chainrule once lacked: torch.* functional aliases
with aten's signatures, in-place F forms, window functions, memory formats, runtime helpers,
legacy linalg, lazy modules and torch.special. Shared by tools/record_api_sweep_fixtures.py
(run under torch, all cases in one process) and tests/test_api_sweep.py (under chainrule). A
case's code sets ``result``; a function torch warns about once per process (torch.cholesky,
torch.lu, torch.triangular_solve) is called by one case only."""

PRELUDE = """
import warnings
nn = torch.nn
F = torch.nn.functional
torch.manual_seed(0)
x = torch.randn(2, 3, 8, requires_grad=True)
x4 = torch.randn(2, 4, 6, 6, requires_grad=True)
def grad_fns(out):
    outs = out if isinstance(out, (tuple, list)) else (out,)
    return tuple(type(o.grad_fn).__name__ for o in outs)
"""

CASES = {
    # torch.* functional aliases: values, grad_fn names, aten argument order
    "conv1d": "w = torch.randn(4, 3, 3)\nresult = torch.conv1d(x, w, None, 1, 1)",
    "conv2d_groups": ("w = torch.randn(4, 2, 3, 3)\n"
                      "result = torch.conv2d(x4, w, torch.ones(4), 2, 1, 1, 2)"),
    "conv3d": ("w = torch.randn(2, 4, 2, 2, 2)\n"
               "result = torch.conv3d(x4.unsqueeze(2).expand(2, 4, 3, 6, 6), w)"),
    "conv_transpose1d": ("w = torch.randn(3, 2, 3)\n"
                         "result = torch.conv_transpose1d(x, w, None, 2, 1, 1)"),
    "conv_transpose2d": ("w = torch.randn(4, 2, 2, 2)\n"
                         "result = torch.conv_transpose2d(x4, w)[:, :, :2, :3]"),
    "conv_transpose3d": ("w = torch.randn(4, 1, 2, 2, 2)\n"
                         "result = torch.conv_transpose3d(x4.unsqueeze(2), w).shape"),
    "max_pool1d": "result = torch.max_pool1d(x, 2)",
    "max_pool1d_stride": "result = torch.max_pool1d(x, 3, 2, 1)",
    "max_pool1d_with_indices": "result = torch.max_pool1d_with_indices(x, 2)",
    "max_pool2d": "result = torch.max_pool2d(x4, 2, ())",
    "max_pool3d": "result = torch.max_pool3d(x4.unsqueeze(0), 2)",
    "avg_pool1d": "result = torch.avg_pool1d(x, 3, 2, 1, False, False)",
    "adaptive_avg_pool1d": "result = torch.adaptive_avg_pool1d(x, 3)",
    "adaptive_max_pool1d": "result = torch.adaptive_max_pool1d(x, 3)",
    "dropout_eval": "result = torch.dropout(x, 0.5, False) is x",
    "dropout_train": "torch.manual_seed(3)\nresult = torch.dropout(x, 0.5, True)",
    "dropout_bad_p": "result = torch.dropout(x, 1.5, True)",
    "dropout_bad_p_eval": "result = torch.feature_alpha_dropout(x, -0.1, False)",
    "dropout_p_one": "result = (torch.alpha_dropout(x, 1., True)[0, 0], "
                     "torch.feature_dropout(x, 1., True)[0, 0])",
    "alpha_dropout": "torch.manual_seed(3)\nresult = torch.alpha_dropout(x, 0.3, True)",
    "feature_alpha_dropout": ("torch.manual_seed(3)\n"
                              "result = torch.feature_alpha_dropout(x4, 0.5, True)[:, :, 0, 0]"),
    "feature_dropout": "torch.manual_seed(3)\nresult = torch.feature_dropout(x, 0.5, True)",
    "feature_dropout_eval": "result = torch.feature_dropout(x, 0.5, False)",
    "layer_norm": "result = torch.layer_norm(x, (8,), torch.ones(8) * 2, None, 1e-5, False)",
    "group_norm": "result = torch.group_norm(x, 3)",
    "batch_norm": ("rm, rv = torch.zeros(3), torch.ones(3)\n"
                   "y = torch.batch_norm(x, torch.ones(3) * 2, torch.zeros(3), rm, rv, True, "
                   "0.1, 1e-5, False)\nresult = (y, rm, rv)"),
    "batch_norm_eval": ("rm, rv = torch.ones(3), torch.ones(3) * 4\n"
                        "result = torch.batch_norm(x, None, None, rm, rv, False, 0.1, 1e-5, "
                        "False)"),
    "instance_norm": ("result = torch.instance_norm(x, None, None, None, None, True, 0.1, 1e-5, "
                      "False)"),
    "rms_norm": "result = torch.rms_norm(x, (8,), torch.full((8,), 0.5))",
    "embedding": ("w = torch.arange(8.).view(4, 2).requires_grad_()\n"
                  "out = torch.embedding(w, torch.tensor([3, 1, 3]))\nout.sum().backward()\n"
                  "result = (out, w.grad)"),
    "embedding_padding": ("w = torch.arange(8.).view(4, 2).requires_grad_()\n"
                          "torch.embedding(w, torch.tensor([3, 1, 3]), 3).sum().backward()\n"
                          "result = w.grad"),
    "pixel_shuffle": "result = torch.pixel_shuffle(x4, 2).shape",
    "pixel_unshuffle": "result = torch.pixel_unshuffle(x4, 2)[0, :2, 0]",
    "prelu": "result = torch.prelu(x, torch.tensor([0.25, 0.5, 1.0]))",
    "selu_celu": "result = (torch.selu(x)[0, 0], torch.celu(x, 2.0)[0, 0])",
    "rrelu_eval": "result = torch.rrelu(x)[0]",
    "rrelu_train": "torch.manual_seed(5)\nresult = torch.rrelu(x, 0.1, 0.3, True)[0]",
    "rrelu_": "y = x.detach().clone()\nresult = (torch.rrelu_(y) is y, y[0])",
    "threshold": "result = torch.threshold(x, 0.1, 20.)[0]",
    "hardshrink": "result = torch.hardshrink(x, 0.7)[0]",
    "bilinear": ("w = torch.randn(5, 8, 8)\n"
                 "result = torch.bilinear(x[0], x[1], w, torch.ones(5))"),
    "bce_logits_default": ("t = torch.rand(2, 3, 8)\n"
                           "result = torch.binary_cross_entropy_with_logits(x, t)[0]"),
    "bce_logits_mean": ("t = torch.rand(2, 3, 8)\n"
                        "result = torch.binary_cross_entropy_with_logits(x, t, None, "
                        "torch.full((8,), 2.), 1)"),
    "kl_div_codes": ("t = torch.rand(2, 3, 8)\nresult = (torch.kl_div(x, t)[0, 0], "
                     "torch.kl_div(x, t, 1), torch.kl_div(x, t, 2), "
                     "torch.kl_div(x, t.log(), 1, log_target=True))"),
    "kl_div_string_reduction": "result = torch.kl_div(x, x, 'mean')",
    "cosine_embedding_loss": ("y = torch.tensor([1., -1., 1.])\nresult = "
                              "(torch.cosine_embedding_loss(x[0], x[1], y), "
                              "torch.cosine_embedding_loss(x[0], x[1], y, 0.2, 1))"),
    "margin_ranking_loss": ("y = torch.ones(3, 8)\n"
                            "result = torch.margin_ranking_loss(x[0], x[1], y, 0.5, 2)"),
    "hinge_embedding_loss": ("y = torch.where(torch.rand(3, 8) > 0.5, 1., -1.)\n"
                             "result = (torch.hinge_embedding_loss(x[0], y)[0], "
                             "torch.hinge_embedding_loss(x[0], y, 0.5, 1))"),
    "triplet_margin_loss": ("result = (torch.triplet_margin_loss(x[0], x[1], x[0] * 2), "
                            "torch.triplet_margin_loss(x[0], x[1], x[0] * 2, 1.0, 1.0, 1e-6, "
                            "True, 1))"),
    "poisson_nll_loss": ("t = torch.rand(2, 3, 8)\n"
                         "result = (torch.poisson_nll_loss(x, t, True, False, 1e-8, 1), "
                         "torch.poisson_nll_loss(x.exp(), t, False, True, 1e-8, 2))"),
    "constant_pad_nd": "result = torch.constant_pad_nd(x, (1, 2), 3.5)[0, 0]",
    "split_with_sizes": "result = torch.split_with_sizes(x, [3, 5], 2)",
    "unsafe_split": "result = torch.unsafe_split(x, 3, 2)",
    "unsafe_chunk": "result = torch.unsafe_chunk(x, 3, 2)",
    "unsafe_split_with_sizes": "result = torch.unsafe_split_with_sizes(x, [2, 6], -1)",
    "namespace_grad_fns": (
        "t = torch.rand(2, 3, 8)\nresult = (grad_fns(torch.max_pool1d(x, 2)), "
        "grad_fns(torch.embedding(x[0], torch.tensor([0, 1]))), "
        "grad_fns(torch.kl_div(x, t)), grad_fns(torch.kl_div(x, t, 1)), "
        "grad_fns(torch.poisson_nll_loss(x, t, True, False, 1e-8, 1)), "
        "grad_fns(torch.cosine_embedding_loss(x[0], x[1], torch.ones(3))), "
        "grad_fns(torch.constant_pad_nd(x, (1, 1))), grad_fns(torch.unsafe_chunk(x, 2, 2)), "
        "grad_fns(torch.split_with_sizes(x, [3, 5], 2)), grad_fns(torch.threshold(x, 0., 1.)), "
        "grad_fns(torch.layer_norm(x, (8,))), grad_fns(torch.group_norm(x, 3)), "
        "grad_fns(torch.batch_norm(x, None, None, None, None, True, 0.1, 1e-5, False)), "
        "grad_fns(torch.instance_norm(x, None, None, None, None, True, 0.1, 1e-5, False)), "
        "grad_fns(torch.dropout(x, 0.5, True)), grad_fns(torch.feature_dropout(x, 0.5, True)), "
        "grad_fns(torch.alpha_dropout(x, 0.5, True)), grad_fns(torch.rrelu(x)), "
        "grad_fns(torch.adaptive_max_pool1d(x, 3)))"),
    # in-place nn.functional forms
    "functional_inplace": (
        "outs = []\nfor name in ['relu_', 'elu_', 'leaky_relu_', 'hardtanh_', 'celu_', "
        "'selu_', 'rrelu_']:\n"
        "    y = x * 1\n    r = getattr(F, name)(y)\n"
        "    outs.append((name, r is y, type(r.grad_fn).__name__, r[0, 0, :3]))\n"
        "y = x * 1\nr = F.threshold_(y, 0.2, -3.)\n"
        "outs.append(('threshold_', r is y, type(r.grad_fn).__name__, r[0, 0, :3]))\n"
        "result = outs"),
    "functional_inplace_grad": (
        "y = x * 1\nF.elu_(y, 0.5)\ny.sum().backward()\ng1 = x.grad.clone()\nx.grad = None\n"
        "y = x * 1\nF.leaky_relu_(y, 0.2)\n(y * y).sum().backward()\n"
        "result = (g1[0, 0], x.grad[0, 0])"),
    "functional_inplace_leaf": "result = F.elu_(torch.ones(2, requires_grad=True))",
    "adaptive_with_indices": (
        "result = (F.adaptive_max_pool1d_with_indices(x, 3), "
        "F.adaptive_max_pool2d_with_indices(x4, 2)[1][0, 0], "
        "F.adaptive_max_pool3d_with_indices(x4.unsqueeze(0), 2)[1].shape)"),
    "max_pool3d_with_indices": ("v, i = F.max_pool3d_with_indices(x4.unsqueeze(0), 2)\n"
                                "result = (v[0, 0, 0], i[0, 0, 0], grad_fns(v))"),
    "max_unpool3d": ("v, i = F.max_pool3d_with_indices(x4[:1].unsqueeze(0), 2)\n"
                     "u = nn.MaxUnpool3d(2)(v, i)\nresult = (nn.MaxUnpool3d(2), u.shape, "
                     "u.sum(), grad_fns(u), F.max_unpool3d(v, i, 2).eq(u).all())"),
    "upsample_nearest": "result = F.upsample_nearest(torch.arange(4.).view(1, 1, 2, 2), 3)",
    "upsample_bilinear": ("result = F.upsample_bilinear(torch.arange(8.).view(1, 2, 2, 2), "
                          "scale_factor=2)"),
    "triplet_with_distance": (
        "a, p, n = x[0], x[1], x[0] * 2\n"
        "result = (F.triplet_margin_with_distance_loss(a, p, n), "
        "F.triplet_margin_with_distance_loss(a, p, n, distance_function=lambda u, v: "
        "(u - v).abs().sum(-1), margin=2.0, swap=True, reduction='sum'))"),
    "triplet_with_distance_module": (
        "m = nn.TripletMarginWithDistanceLoss(distance_function=nn.CosineSimilarity(), "
        "reduction='none')\nresult = (m, m(x[0], x[1], x[0] * 2), "
        "nn.TripletMarginWithDistanceLoss())"),
    "triplet_with_distance_margin": "result = nn.TripletMarginWithDistanceLoss(margin=0)",
    "triplet_with_distance_dims": (
        "result = F.triplet_margin_with_distance_loss(x[0], x[1], x[0, 0])"),
    # window functions (float32 values compared to the last bit in tests/test_api_sweep.py)
    "windows": (
        "result = [(f.__name__, f(5), f(4, periodic=False), f(1), f(0)) for f in "
        "(torch.hann_window, torch.hamming_window, torch.blackman_window, "
        "torch.bartlett_window, torch.kaiser_window)]"),
    "window_options": (
        "result = (torch.hann_window(3, dtype=torch.float64, requires_grad=True), "
        "torch.hamming_window(5, True, 0.6, 0.4), torch.kaiser_window(6, False, 8.0), "
        "torch.bartlett_window(7).dtype)"),
    "window_default_dtype": (
        "torch.set_default_dtype(torch.float64)\nresult = torch.blackman_window(4)\n"
        "torch.set_default_dtype(torch.float32)"),
    "window_int_dtype": "result = torch.hann_window(4, dtype=torch.int64)",
    "window_negative": "result = torch.kaiser_window(-1)",
    "window_float_length": "result = torch.hamming_window(3.0)",
    # memory formats
    "memory_format_objects": (
        "result = (torch.channels_last, torch.contiguous_format, torch.preserve_format, "
        "torch.channels_last_3d, type(torch.channels_last), torch.memory_format, "
        "str(torch.channels_last))"),
    "channels_last_strides": (
        "y = x4.contiguous(memory_format=torch.channels_last)\n"
        "result = (y.stride(), y.is_contiguous(), "
        "y.is_contiguous(memory_format=torch.channels_last), grad_fns(y), "
        "y.contiguous(memory_format=torch.channels_last) is y, y.contiguous().stride(), "
        "grad_fns(y.contiguous()), y.equal(x4))"),
    "channels_last_to": (
        "z = x4.to(memory_format=torch.channels_last)\n"
        "result = (z.stride(), grad_fns(z), x4.to(memory_format=torch.contiguous_format) is x4, "
        "x4.contiguous(memory_format=torch.preserve_format) is x4)"),
    "channels_last_rank_error": (
        "result = torch.randn(2, 3).contiguous(memory_format=torch.channels_last)"),
    "channels_last_3d_rank_error": "result = x4.to(memory_format=torch.channels_last_3d)",
    "channels_last_like": (
        "y = x4.contiguous(memory_format=torch.channels_last)\n"
        "result = (torch.empty_like(y).stride(), "
        "torch.zeros_like(x4, memory_format=torch.channels_last).stride(), "
        "torch.zeros_like(y, memory_format=torch.contiguous_format).stride(), "
        "torch.ones_like(y).stride(), torch.full_like(y, 2.).stride(), y.clone().stride(), "
        "y.clone(memory_format=torch.contiguous_format).stride(), torch.clone(y).stride(), "
        "(y + 1).stride(), y.is_contiguous(memory_format=torch.channels_last_3d))"),
    "channels_last_3d": (
        "w = torch.randn(2, 3, 4, 5, 6).contiguous(memory_format=torch.channels_last_3d)\n"
        "result = (w.stride(), w.is_contiguous(memory_format=torch.channels_last_3d), "
        "torch.randn(2, 3, 4).is_contiguous(memory_format=torch.channels_last))"),
    "channels_last_module": (
        "m = nn.Conv2d(3, 4, 3)\nm2 = m.to(memory_format=torch.channels_last)\n"
        "result = (m2 is m, m.weight.stride(), m.bias.stride(), type(m.weight).__name__)"),
    "channels_last_backward": (
        "y = x4.contiguous(memory_format=torch.channels_last)\n(y * y).sum().backward()\n"
        "result = (x4.grad.stride(), x4.grad.equal(2 * x4))"),
    "channels_last_size_one": (
        "result = torch.ones(1, 3, 1, 1).contiguous(memory_format=torch.channels_last)"
        ".is_contiguous()"),
    "clone_not_tensor": "result = torch.clone([1, 2])",
    # runtime helpers
    "default_device": (
        "a = torch.get_default_device()\ntorch.set_default_device('cpu')\n"
        "b = torch.get_default_device()\ntorch.set_default_device(None)\n"
        "result = (a, b, torch.get_default_device())"),
    "default_device_cuda": (
        "torch.set_default_device('cuda')\ntry:\n    result = torch.get_default_device()\n"
        "finally:\n    torch.set_default_device(None)"),
    "warn_always": (
        "a = torch.is_warn_always_enabled()\ntorch.set_warn_always(True)\n"
        "b = torch.is_warn_always_enabled()\ntorch.set_warn_always(False)\nresult = (a, b)"),
    "flush_denormal_off": "result = torch.set_flush_denormal(False)",
    "build_flags": (
        "result = (bool(torch.has_lapack), bool(torch.has_mkl), bool(torch.has_openmp), "
        "bool(torch.has_spectral), torch.newaxis, torch.init_num_threads(), "
        "type(torch.get_num_interop_threads()).__name__)"),
    "tensor_flags": (
        "t = torch.randn(3)\nwith torch.inference_mode():\n    i = torch.ones(2)\n"
        "result = (torch.is_inference(t), torch.is_inference(i), torch.is_neg(t), t.is_neg(), "
        "torch.resolve_neg(t) is t, t.resolve_neg() is t, torch.get_device(t), t.is_pinned(), "
        "t.is_shared(), t.name, t.output_nr)"),
    "is_inference_not_tensor": "result = torch.is_inference([1])",
    "output_nr": (
        "a = torch.randn(2, requires_grad=True)\nb, c = a.unbind()\n"
        "v, i = torch.randn(3, 4, requires_grad=True).max(1)\n"
        "result = (a.output_nr, b.output_nr, c.output_nr, v.output_nr)"),
    "frexp": (
        "m, e = torch.frexp(torch.tensor([0., 1., 8.5, -3., float('inf'), float('nan')]))\n"
        "r = torch.tensor([1.5, 2.], dtype=torch.float64).frexp()\n"
        "result = (torch.frexp(torch.tensor([0.75, -6.])), m, e, r, r.mantissa.dtype, "
        "r.exponent.dtype)"),
    "frexp_int": "result = torch.frexp(torch.tensor([1, 2]))",
    "frexp_grad": (
        "t = torch.tensor([1.5, -3., 10.], requires_grad=True)\nm, e = torch.frexp(t)\n"
        "m.sum().backward()\nresult = (grad_fns(m), e.requires_grad, t.grad)"),
    "ldexp": (
        "t = torch.tensor([1., 2.], requires_grad=True)\n"
        "o = torch.tensor([1., 2.5], requires_grad=True)\ny = torch.ldexp(t, o)\n"
        "y.sum().backward()\nz = torch.tensor([1., 2.])\n"
        "result = (y, t.grad, o.grad, torch.ldexp(torch.tensor([1, 2]), torch.tensor([2, 3])), "
        "z.ldexp_(torch.tensor([1, 1])), z, torch.tensor([3.]).ldexp(torch.tensor([2])))"),
    "nextafter": (
        "t = torch.tensor([1., 2.], requires_grad=True)\n"
        "o = torch.tensor([2., 1.], requires_grad=True)\ny = torch.nextafter(t, o)\n"
        "y.sum().backward()\nd = torch.tensor([1., 2.], dtype=torch.float64)\n"
        "result = ((y - t).tolist(), grad_fns(y), t.grad, o.grad, "
        "(torch.nextafter(d, d + 1) - d).tolist(), d.clone().nextafter_(d - 1) < d)"),
    # legacy and removed linear algebra
    "removed_linalg": (
        "A = torch.tensor([[4., 1.], [1., 3.]])\nout = []\n"
        "for f in (lambda: torch.matrix_rank(A), lambda: torch.symeig(A), lambda: torch.eig(A), "
        "lambda: torch.solve(A, A), lambda: torch.lstsq(A, A), lambda: A.symeig(), "
        "lambda: A.eig(True), lambda: A.solve(A), lambda: A.lstsq(A)):\n"
        "    try:\n        f()\n    except RuntimeError as e:\n        out.append(str(e))\n"
        "result = out"),
    "cholesky_legacy": (
        "A = torch.tensor([[4., 1.], [1., 3.]], requires_grad=True)\n"
        "L = torch.cholesky(A)\nU = torch.cholesky(A, upper=True)\n"
        "L2 = torch.cholesky(A)\n(L.sum() + U.sum()).backward()\n"
        "result = (L, U, A.cholesky(), grad_fns(L), A.grad)"),
    "cholesky_inverse": (
        "A = torch.tensor([[4., 1.], [1., 3.]])\nL = torch.linalg.cholesky(A).requires_grad_()\n"
        "Y = torch.cholesky_inverse(L)\nY.sum().backward()\n"
        "result = (Y, grad_fns(Y), L.grad, torch.cholesky_inverse(L.mH, upper=True), "
        "L.cholesky_inverse())"),
    "triangular_solve": (
        "A = torch.tensor([[4., 1.], [0.5, 3.]], requires_grad=True)\n"
        "b = torch.ones(2, 1, requires_grad=True)\nr = torch.triangular_solve(b, A)\n"
        "(r.solution.sum() + 2 * r.cloned_coefficient.sum()).backward()\n"
        "r2 = torch.triangular_solve(torch.ones(2, 2), A.detach(), upper=False, transpose=True, "
        "unitriangular=True)\nr3 = torch.triangular_solve(b, A)\n"
        "result = (r, grad_fns(r), A.grad, b.grad, r2, b.triangular_solve(A).solution)"),
    "lu_legacy": (
        "A = torch.tensor([[1., 2., 3.], [4., 5., 6.], [7., 8., 10.]])\n"
        "LU, piv = torch.lu(A)\nP, L, U = torch.lu_unpack(LU, piv)\n"
        "result = (LU, piv, torch.lu(A, get_infos=True), P, L, U, (P @ L @ U - A).abs().max() "
        "< 1e-5, torch.lu_unpack(LU, piv, unpack_pivots=False).P.shape, A.lu()[1])"),
    "lu_unpack_grad": (
        "A = torch.tensor([[1., 2.], [3., 4.], [5., 7.]])\nLU, piv = torch.linalg.lu_factor(A)\n"
        "LU.requires_grad_()\nP, L, U = torch.lu_unpack(LU, piv)\n"
        "(L * torch.arange(6.).view(3, 2)).sum().backward()\n"
        "result = (P, L, U, grad_fns(L), LU.grad)"),
    "linalg_lu": (
        "A = torch.tensor([[1., 2.], [3., 4.]])\nresult = torch.linalg.lu(A)"),
    "linalg_inv_solve_ex": (
        "A = torch.tensor([[4., 1.], [1., 3.]], requires_grad=True)\n"
        "i = torch.linalg.inv_ex(A)\ns = torch.linalg.solve_ex(A, torch.ones(2))\n"
        "result = (i, s, grad_fns(i.inverse), grad_fns(s.result), i.info.requires_grad, "
        "torch.linalg.inv_ex(torch.zeros(2, 2)).info, "
        "torch.linalg.solve_ex(torch.zeros(2, 2), torch.ones(2)).info)"),
    "linalg_inv_ex_check_errors": (
        "result = torch.linalg.inv_ex(torch.zeros(2, 2), check_errors=True)"),
    "linalg_vander": (
        "v = torch.tensor([1., 2., 3.], requires_grad=True)\ny = torch.linalg.vander(v, N=4)\n"
        "y.sum().backward()\nresult = (y, grad_fns(y), v.grad, "
        "torch.linalg.vander(torch.tensor([2, 3])))"),
    "linalg_vander_small": "result = torch.linalg.vander(torch.ones(3), N=1)",
    "linalg_tensorinv": (
        "A = torch.eye(4).reshape(4, 2, 2) * 2\nB = torch.linalg.tensorinv(A, ind=1)\n"
        "result = (B, torch.tensordot(A, B, 1).reshape(4, 4))"),
    "linalg_tensorinv_bad_ind": "result = torch.linalg.tensorinv(torch.ones(3, 3), ind=0)",
    "linalg_tensorsolve": (
        "A = torch.eye(6).reshape(2, 3, 6) * 3\nB = torch.arange(6.).reshape(2, 3)\n"
        "X = torch.linalg.tensorsolve(A, B)\n"
        "A2 = torch.eye(6).reshape(6, 2, 3).permute(1, 0, 2) * 2\n"
        "result = (X, torch.linalg.tensorsolve(A2, B, dims=(1,)))"),
    "linalg_tensorsolve_shape": (
        "result = torch.linalg.tensorsolve(torch.ones(2, 3, 3), torch.ones(2, 3))"),
    # nn.Buffer, RNNCellBase, lazy modules
    "buffer": (
        "b = nn.Buffer(torch.ones(2))\nm = nn.Module()\nm.register_buffer('x', torch.ones(1))\n"
        "m.x = nn.Buffer(torch.zeros(2))\nm.y = nn.Buffer(torch.ones(1), persistent=False)\n"
        "result = (b, type(b), isinstance(b, nn.Buffer), isinstance(torch.ones(1), nn.Buffer), "
        "b.persistent, m.x, list(m.state_dict()), dict(m.named_buffers()), "
        "nn.Buffer(torch.ones(2, requires_grad=True)).requires_grad, nn.Buffer())"),
    "buffer_in_module": (
        "class M(nn.Module):\n    def __init__(self):\n        super().__init__()\n"
        "        self.scale = nn.Buffer(torch.tensor(2.))\n        self.lin = nn.Linear(2, 2)\n"
        "    def forward(self, x):\n        return self.lin(x) * self.scale\n"
        "torch.manual_seed(0)\nm = M()\nresult = (list(m.state_dict()), m(torch.ones(1, 2)), "
        "m.double().scale.dtype)"),
    "rnn_cell_base": (
        "class Cell(nn.RNNCellBase):\n    def __init__(self):\n"
        "        super().__init__(3, 4, True, 2)\n"
        "torch.manual_seed(0)\nc = Cell()\nresult = (c, c.weight_ih.shape, c.bias_hh[:3], "
        "[n for n, _ in c.named_parameters()])"),
    "lazy_conv": (
        "m = nn.LazyConv2d(4, 3)\nbefore = (repr(m), repr(m.weight), m.in_channels, "
        "m.has_uninitialized_params(), list(m.state_dict()))\n"
        "torch.manual_seed(0)\nm = nn.LazyConv2d(4, 3, padding=1)\nx = torch.randn(2, 3, 5, 5)\n"
        "y = m(x)\nresult = (before, m, type(m).__name__, m.weight.shape, m.weight[0, 0, 0], "
        "m.bias, y[0, 0, 0], m.has_uninitialized_params())"),
    "lazy_conv_variants": (
        "torch.manual_seed(1)\nm1 = nn.LazyConv1d(2, 2)\nm3 = nn.LazyConv3d(2, 2, bias=False)\n"
        "t1 = nn.LazyConvTranspose1d(4, 3, groups=2)\nt2 = nn.LazyConvTranspose2d(4, 2, 2, 1, 1, 2)"
        "\nt3 = nn.LazyConvTranspose3d(2, 2)\nr = (repr(m3), repr(t2))\n"
        "y1 = m1(torch.randn(3, 4))\nt1(torch.randn(2, 6, 5))\nt2(torch.randn(1, 2, 3, 3))\n"
        "t3(torch.randn(1, 3, 2, 2, 2))\nm3(torch.randn(1, 2, 3, 3, 3))\n"
        "result = (r, y1.shape, m1.in_channels, t1, t1.weight.shape, t2, t2.weight.shape, "
        "t3.weight[0, 0, 0], m3)"),
    "lazy_norm": (
        "b = nn.LazyBatchNorm1d()\nbefore = (repr(b), repr(b.running_mean), "
        "b.num_batches_tracked)\ntorch.manual_seed(0)\nb(torch.randn(4, 3))\n"
        "i = nn.LazyInstanceNorm2d()\nr = repr(i)\ni(torch.randn(2, 3, 4, 4))\n"
        "b2 = nn.LazyBatchNorm2d(affine=False)\nb2(torch.randn(2, 5, 2, 2))\n"
        "b3 = nn.LazyBatchNorm3d(momentum=None)\nb3(torch.randn(2, 2, 2, 2, 2))\n"
        "i1 = nn.LazyInstanceNorm1d(affine=False, track_running_stats=False)\n"
        "i3 = nn.LazyInstanceNorm3d()\n"
        "i3(torch.randn(1, 2, 2, 2, 2))\n"
        "result = (before, b, b.running_mean, b.num_batches_tracked, r, i, "
        "dict(i.named_buffers()), b2, list(b2.state_dict()), b3.running_var, i1, "
        "list(i1.state_dict()), i3.weight)"),
    # torch.special science functions
    "special_differentiable": (
        "xp = torch.tensor([0.5, 1.5, 2.5, 0.7, 3., 12.], dtype=torch.float64, "
        "requires_grad=True)\nout = []\n"
        "for f in (lambda: torch.special.polygamma(1, xp), "
        "lambda: torch.special.gammainc(xp.detach(), xp), "
        "lambda: torch.special.gammaincc(xp.detach() + 1, xp)):\n"
        "    y = f()\n    y.sum().backward()\n    out.append((y, xp.grad))\n"
        "    xp.grad = None\nresult = out"),
    "special_gammainc_input_grad": (
        "a = torch.tensor([0.5, 2.], requires_grad=True)\n"
        "y = torch.special.gammainc(a, torch.tensor([1., 1.]))\nr = (y, grad_fns(y))\n"
        "y.sum().backward()\nresult = r"),
    "special_gammaincc_input_grad": (
        "a = torch.tensor([0.5, 2.], requires_grad=True)\n"
        "torch.special.gammaincc(a, torch.tensor([1., 1.])).sum().backward()\nresult = a.grad"),
    "special_zeta": (
        "s = torch.tensor([2., 3.5], requires_grad=True)\ny = torch.special.zeta(s, 1.)\n"
        "r = (y, grad_fns(y), torch.special.zeta(2., torch.tensor([1., 2.])))\n"
        "y.sum().backward()\nresult = r"),
    "special_bessel": (
        "x = torch.tensor([0.5, 1.5, 2.5, -0.7, 0., 12.], dtype=torch.float64, "
        "requires_grad=True)\nout = []\nfor name in ('bessel_j0', 'bessel_j1', 'bessel_y0', "
        "'bessel_y1', 'modified_bessel_i0', 'modified_bessel_i1', 'modified_bessel_k0', "
        "'modified_bessel_k1', 'scaled_modified_bessel_k0', 'scaled_modified_bessel_k1', "
        "'spherical_bessel_j0', 'airy_ai'):\n"
        "    y = getattr(torch.special, name)(x)\n"
        "    out.append((name, [round(v, 9) for v in y.tolist()], y.requires_grad, y.dtype))\n"
        "result = (out, torch.special.bessel_j0(torch.tensor([1, 2])), "
        "torch.special.airy_ai(torch.tensor([0.5])))"),
    "special_polynomials": (
        "xs = torch.tensor([0.5, -0.3, 1., -1., 0.9, 2.], dtype=torch.float64)\n"
        "n = torch.tensor([0., 1., 3., 7., 10., -1.], dtype=torch.float64)\nout = []\n"
        "for name in ('chebyshev_polynomial_t', 'chebyshev_polynomial_u', "
        "'chebyshev_polynomial_v', 'chebyshev_polynomial_w', 'hermite_polynomial_h', "
        "'hermite_polynomial_he', 'laguerre_polynomial_l', 'legendre_polynomial_p'):\n"
        "    f = getattr(torch.special, name)\n"
        "    out.append((name, [round(v, 9) for v in f(xs, n).tolist()], "
        "[round(v, 9) for v in f(xs[:2], 12).tolist()], f(torch.tensor([0.5]), 3), "
        "f(xs.requires_grad_(), 2).requires_grad))\n"
        "result = (out, torch.special.hermite_polynomial_h(2., torch.tensor([3])), "
        "torch.special.chebyshev_polynomial_t(torch.tensor([0.5]), torch.tensor([3])).dtype)"),
    # device modules, channel_shuffle, tensor aliases
    "accelerator_cpu_modules": (
        "out = []\nfor f in (torch.accelerator.is_available, "
        "torch.accelerator.current_accelerator, torch.accelerator.device_count, "
        "torch.cpu.is_available, torch.cpu.device_count, "
        "torch.cpu.current_device, torch.cpu.synchronize, torch.cpu.is_initialized):\n"
        "    out.append(f())\n"
        "device = torch.accelerator.current_accelerator().type if "
        "torch.accelerator.is_available() else 'cpu'\nresult = (out, device)"),
    "accelerator_index_error": "result = torch.accelerator.current_device_index()",
    "channel_shuffle": (
        "y = torch.channel_shuffle(x4, 2)\ny2 = F.channel_shuffle(x4, 4)\n"
        "(y * torch.arange(4.).view(1, 4, 1, 1)).sum().backward()\n"
        "result = (y[0, :, 0, 0], grad_fns(y), grad_fns(y2), grad_fns(nn.ChannelShuffle(2)(x4)), "
        "x4.grad[0, :, 0, 0])"),
    "channel_shuffle_errors": (
        "out = []\nfor args in ((x, 2), (x, 0), (torch.randn(3), 1)):\n    try:\n"
        "        torch.channel_shuffle(*args)\n    except RuntimeError as e:\n"
        "        out.append(str(e))\nresult = out"),
    "tensor_aliases": (
        "result = (x.prelu(torch.tensor([0.1, 0.2, 0.3]))[0, :, 0], "
        "[t.shape for t in x.unsafe_split(3, 2)], [t.shape for t in x.unsafe_chunk(2, 1)], "
        "grad_fns(x.unsafe_split_with_sizes([1, 7], 2)))"),
    # more aten aliases and legacy nn names
    "functional_cells": (
        "h, w_ih, w_hh = torch.randn(2, 4), torch.randn(4, 8), torch.randn(4, 4)\n"
        "a = torch.rnn_tanh_cell(x[:, 0], h, w_ih, w_hh)\n"
        "b = torch.rnn_relu_cell(x[:, 0], h, w_ih, w_hh, torch.ones(4), None)\n"
        "g = torch.gru_cell(x[:, 0], h, torch.randn(12, 8), torch.randn(12, 4))\n"
        "l = torch.lstm_cell(x[:, 0], (h, h), torch.randn(16, 8), torch.randn(16, 4))\n"
        "result = (a, b, g, l, grad_fns(a), grad_fns(b), grad_fns(g), grad_fns(l))"),
    "ctc_loss_namespace": (
        "lp = torch.randn(5, 2, 4).log_softmax(-1)\nt = torch.tensor([[1, 2], [1, 1]])\n"
        "result = (torch.ctc_loss(lp, t, [5, 5], [2, 2]), "
        "torch.ctc_loss(lp, t, torch.tensor([5, 5]), torch.tensor([2, 2]), 0, 1), "
        "torch.ctc_loss(lp, t, [5, 5], [2, 2], 0, 2, True))"),
    "inplace_dropouts": (
        "out = []\nfor f in (torch.alpha_dropout_, torch.feature_alpha_dropout_, "
        "torch.feature_dropout_):\n    torch.manual_seed(4)\n    y = x * 1\n"
        "    r = f(y, 0.5, True)\n    out.append((r is y, grad_fns(r), r[0, 0, :3]))\n"
        "result = out"),
    "sync_batch_norm": (
        "s = nn.SyncBatchNorm(3)\ny = s(x)\n"
        "m = nn.Sequential(nn.BatchNorm2d(3), nn.InstanceNorm2d(3), nn.Sequential("
        "nn.BatchNorm1d(2)))\nc = nn.SyncBatchNorm.convert_sync_batchnorm(m)\n"
        "result = (s, y[0, 0, :3], grad_fns(y), s.running_mean, c, c[0].weight is m[0].weight)"),
    "sync_batch_norm_1d": "result = nn.SyncBatchNorm(3)(torch.randn(3))",
    "legacy_nn_names": (
        "l = nn.NLLLoss2d()\nc = nn.Container(fc=nn.Linear(1, 1))\n"
        "result = (l, l(torch.randn(2, 3, 2, 2).log_softmax(1), torch.zeros(2, 2, 2).long()), "
        "c, list(dict(c.named_children())))"),
    "special_shifted_chebyshev_round": (
        "x01 = torch.tensor([0.25, 0.9, 0., 1.], dtype=torch.float64)\nresult = ([[round(v, 9) "
        "for v in getattr(torch.special, 'shifted_chebyshev_polynomial_' + k)(x01, 3).tolist()]"
        " for k in 'tuvw'], torch.special.round(torch.tensor([1.5, 2.5, -0.5])))"),
    "rnn_cell_base_isinstance": (
        "result = (isinstance(nn.LSTMCell(2, 3), nn.RNNCellBase), "
        "isinstance(nn.GRUCell(2, 3), nn.RNNCellBase), issubclass(nn.RNNCell, nn.RNNCellBase), "
        "isinstance(nn.Linear(2, 3), nn.RNNCellBase), isinstance(nn.LSTM(2, 3), nn.RNNCellBase))"),
    "tensor_isreal": (
        "result = (torch.tensor([1., 2.]).isreal(), "
        "torch.tensor([1 + 0j, 1 + 1j]).isreal())"),
}
