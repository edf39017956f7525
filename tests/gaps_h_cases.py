"""Calls whose result repr or error torch 2.13 fixes: shared by tools/record_gaps_h_fixtures.py
(run under torch) and tests/test_gaps_h.py (run under chainrule)."""

PRELUDE = """
F = torch.nn.functional
t = torch.tensor([1., 2.])
x = torch.tensor([0.2, 0.7])
y = torch.tensor([0., 1.])
v = torch.tensor([float('nan'), -1., -0.5, 0., 0.5, 1., 0.3], dtype=torch.float64,
                 requires_grad=True)
def fwd_grad(f):
    out = f(v)
    g, = torch.autograd.grad(out.sum(), v, create_graph=True)
    gg, = torch.autograd.grad(g.sum(), v, allow_unused=True)
    return out, g, gg
def seeded(seed, f):
    torch.manual_seed(seed)
    return f()
def without_grad(f):
    with torch.no_grad():
        return f()
"""

CASES = {
    # binary ops that take tensors only
    "atan2_number_other": "torch.atan2(t, 2.0)",
    "atan2_number_input": "torch.atan2(2.0, t)",
    "atan2_int_other": "torch.atan2(t, 2)",
    "atan2_list_other": "torch.atan2(t, [1., 2.])",
    "atan2_keyword_other": "torch.atan2(input=t, other=2.0)",
    "arctan2_number_other": "torch.arctan2(t, 2.0)",
    "hypot_number": "torch.hypot(t, 2.0)",
    "logaddexp_number": "torch.logaddexp(t, 2.0)",
    "logaddexp2_number": "torch.logaddexp2(t, 2.0)",
    "maximum_number": "torch.maximum(t, 2.0)",
    "maximum_number_input": "torch.maximum(2.0, t)",
    "maximum_keyword": "torch.maximum(t, other=2.0)",
    "minimum_number": "torch.minimum(t, 2.0)",
    "fmax_number": "torch.fmax(t, 2.0)",
    "fmin_number": "torch.fmin(t, 2.0)",
    "maximum_tensors": "torch.maximum(t, torch.tensor([1.5, 1.5]))",
    "fmod_number_tensor": "torch.fmod(2.0, t)",
    "fmod_int_tensor": "torch.fmod(2, t)",
    "fmod_numbers": "torch.fmod(2, 3)",
    "fmod_str": "torch.fmod(t, 'a')",
    "fmod_keyword": "torch.fmod(2.0, other=t)",
    "fmod_all_keywords": "torch.fmod(input=2.0, other=t)",
    "fmod_tensor_number": "torch.fmod(t, 1.5)",
    "clamp_tensor_float": "torch.clamp(t, t, 2.0)",
    "clamp_float_tensor": "torch.clamp(t, 1.0, t)",
    "clamp_tensor_int": "torch.clamp(t, t, 2)",
    "clamp_bool_tensor": "torch.clamp(t, True, t)",
    "clamp_keywords": "torch.clamp(t, min=t, max=2.0)",
    "clamp_keywords_swapped": "torch.clamp(t, max=2.0, min=t)",
    "clamp_all_keywords": "torch.clamp(input=t, min=t, max=2.0)",
    "clamp_tensor_none": "torch.clamp(t, t, None)",
    "clamp_none_number": "torch.clamp(t, None, 1.5)",
    "clip_tensor_float": "torch.clip(t, t, 2.0)",
    # shrink and threshold ops: NaN passes through and takes the gradient
    "threshold_nan": "fwd_grad(lambda a: F.threshold(a, 0.5, 7.))",
    "hardshrink_nan": "fwd_grad(lambda a: F.hardshrink(a, 0.5))",
    "softshrink_nan": "fwd_grad(lambda a: F.softshrink(a, 0.5))",
    "softshrink_default": "F.softshrink(torch.tensor([-1., -0.25, 0.75]))",
    "threshold_module": "torch.nn.Threshold(0.1, 20.)(torch.tensor([-1., 0.1, 0.75]))",
    # losses
    "bce_above_one": "F.binary_cross_entropy(torch.tensor([1.5, 0.5]), y)",
    "bce_negative": "F.binary_cross_entropy(torch.tensor([-0.5, 0.5]), y)",
    "bce_nan": "F.binary_cross_entropy(torch.tensor([float('nan'), 0.5]), y)",
    "bce_target_size": "F.binary_cross_entropy(x, torch.tensor([0., 1., 1.]))",
    "bce_target_rank": "F.binary_cross_entropy(x, torch.tensor([[0., 1.]]))",
    "bce_weight_mismatch": "F.binary_cross_entropy(x, y, weight=torch.ones(3))",
    "bce_weight_too_big": "F.binary_cross_entropy(x, y, weight=torch.ones(3, 1))",
    "bce_weight_2d_mismatch": "F.binary_cross_entropy(torch.full((2, 3), 0.5), "
                              "torch.ones(2, 3), weight=torch.ones(4, 3))",
    "bce_weight_broadcast": "F.binary_cross_entropy(x.double(), y.double(), "
                            "weight=torch.tensor([2.], dtype=torch.float64))",
    "bce_target_grad": "F.binary_cross_entropy(x, y.clone().requires_grad_())",
    "soft_margin_target_grad": "F.soft_margin_loss(x, y.clone().requires_grad_())",
    "soft_margin_target_grad_no_grad_mode":
        "without_grad(lambda: F.soft_margin_loss(x, y.clone().requires_grad_()))",
    "soft_margin_size": "F.soft_margin_loss(x, torch.tensor([0., 1., 1.]))",
    "soft_margin_output_shape": "F.soft_margin_loss(torch.ones(2, 1), torch.ones(3))",
    "soft_margin_values": "[F.soft_margin_loss(v[1:], torch.linspace(-1, 1, 6, "
                          "dtype=torch.float64), reduction=r) for r in ('mean', 'sum', 'none')]",
    "soft_margin_double_backward": "torch.autograd.grad(F.soft_margin_loss(v[1:], "
                                   "-v[1:].detach()), v, create_graph=True)",
    # view scatters
    "slice_scatter_bad_src": "torch.slice_scatter(torch.zeros(3, 4), torch.ones(3, 1), dim=1, "
                             "start=0, end=4, step=2)",
    "slice_scatter_step_zero": "torch.slice_scatter(torch.zeros(3, 4), torch.ones(3, 4), step=0)",
    "slice_scatter_keeps_dtype": "torch.slice_scatter(torch.zeros(3, 4, dtype=torch.float64), "
                                 "torch.ones(1, 4), start=1, end=2)",
    "select_scatter_bad_index": "torch.select_scatter(torch.zeros(3, 4), torch.ones(4), 0, 5)",
    "select_scatter_bad_src": "torch.select_scatter(torch.zeros(3, 4), torch.ones(3), 0, 1)",
    "diagonal_scatter_bad_src": "torch.diagonal_scatter(torch.zeros(3, 4), torch.ones(2))",
    "diagonal_scatter_grad": "torch.diagonal_scatter(v[:6].detach().reshape(2, 3), "
                             "v[1:3] * 2, 0).sum(0)",
    # div with a rounding mode records DivBackward2 with zero gradients
    "div_trunc_grad": "torch.autograd.grad(torch.div(v[1:], 0.3, rounding_mode='trunc').sum(), v)",
    "div_floor_node": "torch.div(v, v[3:4], rounding_mode='floor')",
    "div_floor_method": "v.div(2, rounding_mode='floor')",
    "div_bad_mode": "torch.div(t, 2, rounding_mode='round')",
    "remainder_int_zero": "torch.remainder(torch.tensor([5, 3]), 0)",
    "remainder_int_zero_tensor": "torch.remainder(torch.tensor([5, 3]), torch.tensor([0, 2]))",
    "remainder_number_zero_tensor": "torch.remainder(5, torch.tensor([0, 2]))",
    "fmod_int_zero": "torch.fmod(torch.tensor([5, 3]), 0)",
    "floor_divide_int_zero": "torch.floor_divide(torch.tensor([5, 3]), 0)",
    "div_trunc_int_zero": "torch.div(torch.tensor([5, 3]), 0, rounding_mode='trunc')",
    # special functions
    "special_entr_edges": "torch.special.entr(torch.tensor([-1., 0., float('nan'), "
                          "float('inf')]))",
    "special_i0_int": "torch.special.i0(torch.tensor([1, 2]))",
    "special_ndtr_graph": "torch.special.ndtr(v[1:])",
    "special_xlog1py_numbers": "(torch.special.xlog1py(v, 2.), torch.special.xlog1py(2., v))",
    "special_i1_zero_grad": "torch.autograd.grad(torch.special.i1e(v[3]) + torch.special.i1(v[3])"
                            ", v)",
    "mvlgamma_p0": "torch.mvlgamma(torch.tensor([0.5]), 0)",
    "mvlgamma_small": "torch.mvlgamma(torch.tensor([0.5]), 2)",
    "mvlgamma_int": "torch.special.multigammaln(torch.tensor([3, 4]), 2)",
    # rrelu: slopes drawn per non-positive element, in order, from the default generator
    "rrelu_training": "seeded(3, lambda: F.rrelu(v[1:].float(), training=True))",
    "rrelu_training_grad": "seeded(5, lambda: torch.autograd.grad(F.rrelu(v[1:], 0.1, 0.6, "
                           "True).sum(), v))",
    "rrelu_draws_then_rand": "seeded(7, lambda: (F.rrelu(torch.tensor([[-1., 2.], "
                             "[-3., -0.5]]), training=True), torch.rand(2)))",
    "rrelu_module_eval": "torch.nn.RReLU(0.1, 0.3).eval()(torch.tensor([-1., 0., 2.]))",
    "rrelu_eval_grad": "torch.autograd.grad(F.rrelu(v[1:]).sum(), v)",
    # embedding_bag
    "embedding_bag_bad_mode": "F.embedding_bag(torch.tensor([1, 2]), torch.ones(3, 2), "
                              "torch.tensor([0]), mode='bad')",
    "embedding_bag_max_weights": "F.embedding_bag(torch.tensor([1, 2]), torch.ones(3, 2), "
                                 "torch.tensor([0]), mode='max', "
                                 "per_sample_weights=torch.ones(2))",
    "embedding_bag_2d_offsets": "F.embedding_bag(torch.tensor([[1, 2]]), torch.ones(3, 2), "
                                "torch.tensor([0]))",
    "embedding_bag_no_offsets": "F.embedding_bag(torch.tensor([1, 2]), torch.ones(3, 2))",
    # the Tensor methods of the tensor-only binary ops
    "method_atan2_number": "t.atan2(2.0)",
    "method_maximum_number": "t.maximum(2.0)",
    "method_maximum_keyword": "t.maximum(other=2.0)",
    "method_fmin_int": "t.fmin(1)",
    "method_hypot_tensor": "t.hypot(t)",
    "method_logaddexp2_list": "t.logaddexp2([1.])",
    # Tensor methods and in-place forms of the new ops
    "methods_new_ops": "(lambda a: (a.i0(), a.mvlgamma(1), a.renorm(2, 0, 1.), a.slice_scatter("
                       "torch.zeros(1, 2), 0, 1), a.select_scatter(torch.zeros(2), 1, 0), "
                       "a.diagonal_scatter(torch.zeros(2)), a.hardshrink(1.5)))("
                       "torch.tensor([[1., 2.], [3., 4.]], dtype=torch.float64))",
    "renorm_inplace_grad": "(lambda b: (b.renorm_(2, 0, 1.), torch.autograd.grad(b.sum(), v)))("
                           "v[1:5].reshape(2, 2) * 1)",
    "renorm_errors": "[torch.renorm(torch.ones(2, 2), -1, 0, 1.)]",
    "renorm_maxnorm": "torch.renorm(torch.ones(2, 2), 2, 0, -1.)",
    "renorm_1d": "torch.renorm(torch.ones(2), 2, 0, 1.)",
    "renorm_dim": "torch.renorm(torch.ones(2, 2), 2, 3, 1.)",
    "renorm_int": "torch.renorm(torch.ones(2, 2, dtype=torch.int64), 2, 0, 1.)",
    "threshold_inplace": "(lambda b: (F.threshold(b, 0.4, 9., inplace=True) is b, b, "
                         "torch.autograd.grad(b.sum(), v)))(v[1:] * 1)",
    "rrelu_inplace": "seeded(2, lambda: (lambda b: (F.rrelu(b, training=True, inplace=True) is b, "
                     "b, torch.autograd.grad(b.sum(), v)))(v[1:] * 1))",
    "floor_divide_int_number": "torch.tensor([5, -3]) // 2.5",
}
