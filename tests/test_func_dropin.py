"""Regression tests for torch.func drop-in fixes: composed transforms under vmap, messages, meta."""

import numpy as np
import pytest

import chainrule as torch
import chainrule.autograd.forward_ad as fwAD
from chainrule.func import (
    functional_call,
    grad,
    hessian,
    jacfwd,
    jacrev,
    jvp,
    vjp,
    vmap,
)

X = torch.tensor([[0.1, 0.2, 0.3], [0.3, -0.2, 0.1]], dtype=torch.float64)
W = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]], dtype=torch.float64)


def _tanh_hessian(x):
    """d²/dx² tanh(Wx)_i = -2 tanh(Wx)_i (1 - tanh²) w_i w_iᵀ, in NumPy."""
    w = W.numpy()
    y = np.tanh(w @ x)
    return (-2 * y * (1 - y ** 2))[:, None, None] * w[:, :, None] * w[:, None, :]


def test_vmap_of_forward_over_reverse_is_per_example():
    tangents = torch.ones(2, 3, dtype=torch.float64)
    out = vmap(lambda x, t: jvp(grad(lambda a: (a ** 3).sum()), (x,), (t,))[1])(X, tangents)
    np.testing.assert_allclose(out.numpy(), 6 * X.numpy())


@pytest.mark.parametrize("transform", [hessian, lambda f: jacfwd(jacfwd(f)),
                                       lambda f: jacrev(jacrev(f))], ids=["hessian", "fwdfwd",
                                                                          "revrev"])
def test_vmap_of_second_derivatives(transform):
    def f(x):
        return (W @ x).tanh()
    out = vmap(transform(f))(X)
    for b in range(2):
        np.testing.assert_allclose(out[b].numpy(), _tanh_hessian(X[b].numpy()), atol=1e-12)


def test_vmap_jvp_through_op_without_jvp_rule():
    other = torch.tensor([1.0, 2.0, -1.0], dtype=torch.float64)
    tangents = torch.ones(2, 3, dtype=torch.float64)
    out = vmap(lambda x, t: jvp(lambda a: torch.atan2(a, other), (x,), (t,))[1])(X, tangents)
    x, o = X.numpy(), other.numpy()
    np.testing.assert_allclose(out.numpy(), o / (x ** 2 + o ** 2))


def test_top_level_vmap_alias():
    assert torch.vmap is vmap


def test_meta_device_tensors_and_modules():
    t = torch.ones(2, 3).to("meta")
    assert repr(t) == "tensor(..., device='meta', size=(2, 3))"
    assert t.is_meta and not torch.ones(1).is_meta and str(t.device) == "meta"
    assert repr(torch.zeros(0, dtype=torch.float64).to("meta")) == \
        "tensor(..., device='meta', size=(0,), dtype=torch.float64)"
    lin = torch.nn.Linear(2, 3).to("meta")
    assert repr(lin.weight) == \
        "Parameter containing:\ntensor(..., device='meta', size=(3, 2), requires_grad=True)"
    out = functional_call(lin, {"weight": torch.ones(3, 2), "bias": torch.zeros(3)},
                          (torch.ones(1, 2),))
    assert out.tolist() == [[2.0, 2.0, 2.0]]


def test_vmap_in_dims_structure_message():
    x = torch.ones(3, 2)
    with pytest.raises(ValueError) as e:
        vmap(lambda a, d: a, in_dims=(0, {"a": 0}))(x, {"a": x, "b": x})
    assert str(e.value).endswith(
        "in_dims has structure TreeSpec(tuple, None, [*,\n  TreeSpec(dict, ['a'], [*])]) but "
        "inputs has structure TreeSpec(tuple, None, [*,\n  TreeSpec(dict, ['a', 'b'], [*,\n"
        "    *])]).")
    out = vmap(lambda d: d["a"] + d["b"], in_dims=({"a": 0, "b": None},))(
        {"a": x, "b": torch.tensor([1.0, 2.0])})
    assert out.tolist() == [[2.0, 3.0]] * 3


def test_vmap_out_dims_forms():
    x = torch.ones(3, 2)
    assert vmap(lambda t: t, out_dims=(1,))(x).shape == (2, 3)
    a, b = vmap(lambda t: (t, 2.0), out_dims=(0, None))(x)
    assert b == 2.0 and a.shape == (3, 2)
    with pytest.raises(ValueError, match="`<lambda>` can not return a BatchedTensor when "
                                         "out_dim is None"):
        vmap(lambda t: t, out_dims=None)(x)
    with pytest.raises(ValueError, match="out_dims is not compatible with the structure"):
        vmap(lambda t: (t, t), out_dims=[0])(x)


def test_vmap_inplace_into_captured_tensor_messages():
    y = torch.zeros(3)
    with pytest.raises(RuntimeError, match=r"output with shape \[3\] doesn't match the "
                                           r"broadcast shape \[4, 3\]"):
        vmap(lambda t: y.add_(t))(torch.ones(4, 3))
    with pytest.raises(RuntimeError, match="vmap: inplace arithmetic"):
        vmap(lambda t: y.mul_(t))(torch.ones(4, 3))


def test_vmap_setitem_on_batched_clone():
    def f(t):
        z = t.clone()
        z[0] = 5.0
        return z
    assert vmap(f)(torch.arange(6.0).reshape(2, 3)).tolist() == [[5.0, 1.0, 2.0],
                                                                 [5.0, 4.0, 5.0]]


def test_vjp_output_and_cotangent_checks():
    with pytest.raises(RuntimeError, match="expected f\\(\\*primals\\) to return only tensors, "
                                           "got unsupported type <class 'float'>"):
        vjp(lambda x: 2.0, torch.ones(2))
    _, fn = vjp(lambda a: (a, a * 2), torch.ones(2))
    with pytest.raises(RuntimeError, match=r"cotangents: \[\*, \*\], primal output: \(\*, \*\)"):
        fn([torch.ones(2), torch.ones(2)])
    assert fn((torch.ones(2), torch.ones(2)), retain_graph=True)[0].tolist() == [3.0, 3.0]


def test_grad_non_tensor_argument_message():
    with pytest.raises(ValueError, match="Thing passed to transform API must be Tensor, got "
                                         "<class 'int'>"):
        grad(lambda x, n: (x ** n).sum(), argnums=1)(torch.ones(2), 3)


def test_nested_jacrev_over_other_argument_is_detached():
    out = jacrev(jacrev(lambda a, b: (a * b ** 3).sum(), argnums=1), argnums=0)(
        torch.tensor([1.0, 2.0]), torch.tensor([0.5, 1.5]))
    assert out.grad_fn is None and not out.requires_grad
    np.testing.assert_allclose(out.numpy(), np.diag([3 * 0.25, 3 * 2.25]))


def test_jacrev_chunk_size_must_be_positive():
    with pytest.raises(ValueError, match="jacrev: `chunk_size` should be greater than 0."):
        jacrev(torch.sin, chunk_size=0)(torch.ones(2))


def test_forward_mode_jacobian_keeps_torch_containers():
    a, b = torch.tensor([0.5, 1.0]), torch.tensor([1.0, 2.0, 3.0])
    jac = torch.autograd.functional.jacobian(lambda x, y: x.sum() * y, (a, b), vectorize=True,
                                             strategy="forward-mode")
    assert isinstance(jac, list) and [tuple(j.shape) for j in jac] == [(3, 2), (3, 3)]


def test_forward_ad_linear_tangent_is_differentiable_in_params():
    lin = torch.nn.Linear(2, 2)
    with fwAD.dual_level():
        w = fwAD.make_dual(lin.weight, torch.ones(2, 2))
        out = torch.nn.functional.linear(torch.ones(3, 2), w, lin.bias)
        tangent = fwAD.unpack_dual(out).tangent
    assert tangent.requires_grad and tangent.grad_fn.name() == "AddBackward0"
    assert tangent.tolist() == [[2.0, 2.0]] * 3


def test_functional_call_tied_weights_checks():
    class Tied(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.a = torch.nn.Linear(2, 2, bias=False)
            self.b = torch.nn.Linear(2, 2, bias=False)
            self.b.weight = self.a.weight

        def forward(self, x):
            return self.b(self.a(x))
    m, x = Tied(), torch.ones(1, 2)
    with pytest.raises(ValueError, match=r"\['a.weight', 'b.weight'\], which are tied"):
        functional_call(m, {"a.weight": torch.eye(2), "b.weight": torch.eye(2) * 2}, (x,))
    with pytest.raises(ValueError, match=r"\['a.weight'\] appeared in multiple dictionaries"):
        functional_call(m, ({"a.weight": torch.eye(2)}, {"a.weight": torch.eye(2)}), (x,))
    with pytest.raises(RuntimeError) as e:
        functional_call(m, {"a.weight": torch.eye(2), "c": torch.ones(1)}, (x,), strict=True)
    assert "Missing" not in str(e.value)  # the tied b.weight is supplied through a.weight


def test_custom_function_under_vmap():
    class Cube(torch.autograd.Function):
        generate_vmap_rule = True

        @staticmethod
        def forward(x):
            return x ** 3

        @staticmethod
        def setup_context(ctx, inputs, output):
            ctx.save_for_backward(inputs[0])

        @staticmethod
        def backward(ctx, g):
            return g * 3 * ctx.saved_tensors[0] ** 2

    class Old(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def backward(ctx, g):
            return g * 2
    x = torch.tensor([1.0, 2.0, 3.0])
    assert vmap(Cube.apply)(x).tolist() == [1.0, 8.0, 27.0]
    assert vmap(grad(Cube.apply))(x).tolist() == [3.0, 12.0, 27.0]
    with pytest.raises(RuntimeError, match="it must override the setup_context staticmethod"):
        vmap(Old.apply)(x)


def test_replace_all_batch_norm_modules_drops_running_stats():
    from chainrule.func import replace_all_batch_norm_modules_
    net = torch.nn.Sequential(torch.nn.Linear(2, 3), torch.nn.BatchNorm1d(3))
    assert replace_all_batch_norm_modules_(net) is net
    bn = net[1]
    assert bn.running_mean is None and not bn.track_running_stats
    assert dict(net.named_buffers()) == {}
    x = torch.randn(2, 4, 2)
    out = vmap(net)(x)
    np.testing.assert_allclose(out[1].detach().numpy(), net(x[1]).detach().numpy(), atol=1e-6)


def test_batch_norm_training_under_vmap():
    bn = torch.nn.BatchNorm1d(3)
    with pytest.raises(RuntimeError, match="Batch norm got a batched tensor as input while the "
                                           "running_mean or running_var"):
        vmap(bn)(torch.randn(2, 4, 3))
    models = [torch.nn.BatchNorm1d(3) for _ in range(2)]
    params, buffers = torch.func.stack_module_state(models)
    x = torch.randn(4, 3)
    vmap(lambda p, b: functional_call(models[0], (p, b), (x,)))(params, buffers)
    np.testing.assert_allclose(buffers["running_mean"].numpy(),
                               np.tile(0.1 * x.numpy().mean(0), (2, 1)), rtol=1e-5)
    assert buffers["num_batches_tracked"].tolist() == [1, 1]


def test_unpack_dual_primal_records_identity():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    with fwAD.dual_level():
        primal = fwAD.unpack_dual(fwAD.make_dual(x, torch.ones(2)) * 2).primal
        plain = fwAD.unpack_dual(x).primal
        assert repr(primal) == "tensor([2., 4.], grad_fn=<Identity>)"
        assert plain.grad_fn.name() == "torch::autograd::Identity"
        primal.sum().backward()
    assert x.grad.tolist() == [2.0, 2.0]


def test_legacy_stateless_functional_call_warns():
    lin = torch.nn.Linear(2, 1)
    with pytest.warns(FutureWarning, match="torch.nn.utils.stateless.functional_call` is "
                                           "deprecated"):
        out = torch.nn.utils.stateless.functional_call(
            lin, {"weight": torch.ones(1, 2), "bias": torch.zeros(1)}, (torch.ones(3, 2),))
    assert out.tolist() == [[2.0]] * 3


def test_jvp_checks_primals_tangents_and_outputs():
    x = torch.tensor([1.0, 2.0])
    with pytest.raises(ValueError, match="Expected primal to be floating point or complex, but "
                                         "got: torch.int64"):
        jacfwd(lambda t: t * 2)(torch.tensor([1, 2]))
    with pytest.raises(RuntimeError, match="Expected tangents to only contain Tensors, got "
                                           "<class 'float'>"):
        jvp(torch.sin, (x,), (1.0,))
    with pytest.raises(RuntimeError, match="expected f\\(\\*primals\\) to return only tensors, "
                                           "got unsupported type <class 'int'>"):
        jvp(lambda a: (a, 2), (x,), (x,))


def test_per_sample_grads_of_shared_params_take_one_pass(monkeypatch):
    from chainrule.func import _transforms

    def no_diagonal(c, size):
        raise AssertionError("a batch x batch cotangent was built")
    monkeypatch.setattr(_transforms, "_diagonal_batch", no_diagonal)
    lin = torch.nn.Linear(3, 2)
    params = {k: v.detach() for k, v in lin.named_parameters()}
    x, y = torch.randn(5, 3), torch.randn(5, 2)

    def loss(p, xb, yb):
        return ((functional_call(lin, p, (xb,)) - yb) ** 2).sum()
    per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(params, x, y)
    for b in range(5):
        expected = torch.autograd.grad(loss(dict(lin.named_parameters()), x[b], y[b]),
                                       list(lin.parameters()))
        np.testing.assert_allclose(per_sample["weight"][b].numpy(), expected[0].numpy(),
                                   rtol=1e-6)
        np.testing.assert_allclose(per_sample["bias"][b].numpy(), expected[1].numpy(),
                                   rtol=1e-6)


def test_vmap_refuses_dynamic_shapes():
    x = torch.tensor([[0.0, 1.0, 0.0], [1.0, 1.0, 0.0]])
    with pytest.raises(RuntimeError, match="Attempted to vmap over aten::nonzero"):
        vmap(torch.nonzero)(x)
    with pytest.raises(RuntimeError, match="Attempting to batch over indexing with a boolean "
                                           "mask"):
        vmap(lambda t: t[t > 0])(x)


def test_tensors_print_as_torch_wrappers_inside_transforms():
    seen = []

    def f(t):
        seen.append(repr(t))
        y = t * 2
        seen.append(repr(y))
        return y.sum()
    vmap(grad(f))(torch.ones(2, 2))
    assert seen[0] == ("GradTrackingTensor(lvl=2, value=\n    BatchedTensor(lvl=1, bdim=0, value=\n"
                       "        tensor([[1., 1.],\n                [1., 1.]])\n    )\n)")
    assert seen[1].startswith("GradTrackingTensor(lvl=2, value=\n    BatchedTensor(lvl=1, bdim=0")
    seen.clear()
    vmap(lambda t: seen.append(repr(t)) or t, in_dims=1)(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
    assert seen[0] == ("BatchedTensor(lvl=1, bdim=1, value=\n    tensor([[1., 2.],\n"
                       "            [3., 4.]])\n)")
    assert repr(torch.ones(1)) == "tensor([1.])"


def test_vmap_grad_of_full_product():
    x = torch.tensor([[1.0, 2.0, 3.0], [2.0, 0.5, 4.0]])
    g = vmap(grad(lambda t: t.prod()))(x)
    xs = x.numpy()
    np.testing.assert_allclose(g.numpy(), xs.prod(1, keepdims=True) / xs, rtol=1e-6)


def test_jacfwd_result_is_a_view_as_torch():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    jac = jacfwd(lambda t: t ** 2)(x)
    assert jac.grad_fn.name() == "ViewBackward0"
    np.testing.assert_allclose(jac.detach().numpy(), np.diag([2.0, 4.0]))


@pytest.mark.parametrize("batched", ["input", "weight", "both"])
def test_vmap_convolution_is_one_call_matching_the_loop(batched):
    gen = np.random.default_rng(0)
    x = torch.tensor(gen.standard_normal((3, 2, 4, 6, 6)))
    w = torch.tensor(gen.standard_normal((3, 4, 2, 3, 3)))
    b = torch.tensor(gen.standard_normal((3, 4)))
    in_dims = {"input": (0, None, None), "weight": (None, 0, 0), "both": (0, 0, 0)}[batched]

    def conv(t, ww, bb):
        return torch.nn.functional.conv2d(t, ww, bb, stride=2, padding=1, groups=2)
    args = (x, w, b)
    pick = [[a[i] if d is not None else a[0] for a, d in zip(args, in_dims)] for i in range(3)]
    expected = np.stack([conv(*p).numpy() for p in pick])
    out = vmap(conv, in_dims=in_dims)(*[a if d is not None else a[0]
                                        for a, d in zip(args, in_dims)])
    np.testing.assert_allclose(out.numpy(), expected, rtol=1e-12, atol=1e-12)
    w0 = w[0]

    def loss(ww, t):
        return conv(t, ww, None).sin().sum()
    per_sample = vmap(grad(loss), in_dims=(None, 0))(w0, x)
    for i in range(3):
        np.testing.assert_allclose(per_sample[i].numpy(), grad(loss)(w0, x[i]).numpy(),
                                   rtol=1e-10)
