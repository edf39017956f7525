"""Compat corpus, tensor API part 1: creation, dtype inference, printing and conversion."""

SNIPPETS = {
    "ta_arange_variants": """
import torch
print(torch.arange(5))
print(torch.arange(1, 4))
print(torch.arange(1, 2.5, 0.5))
print(torch.arange(10, 0, -3))
print(torch.arange(5, dtype=torch.float32))
print(torch.arange(0, 5, 2).dtype, torch.arange(0.0, 5).dtype)
print(torch.arange(3).shape, torch.arange(0).shape)
""",
    "ta_linspace_logspace": """
import torch
print(torch.linspace(0, 1, steps=5))
print(torch.linspace(-10, 10, steps=5))
print(torch.linspace(3, 10, 1))
print(torch.logspace(0, 2, steps=3))
print(torch.logspace(0, 3, steps=4, base=2))
print(torch.linspace(0, 1, 3, dtype=torch.float64))
""",
    "ta_full_eye_ones": """
import torch
print(torch.full((2, 3), 7))
print(torch.full((2, 2), 3.5))
print(torch.full((2,), True))
print(torch.eye(3))
print(torch.eye(2, 3))
print(torch.ones(2, 2, dtype=torch.int64))
print(torch.zeros(3, dtype=torch.bool))
print(torch.ones((2, 1)).shape, torch.zeros([3]).shape)
""",
    "ta_like_functions": """
import torch
x = torch.tensor([[1, 2], [3, 4]])
print(torch.zeros_like(x))
print(torch.ones_like(x, dtype=torch.float32))
print(torch.full_like(x, 9))
print(torch.full_like(x, 2.7))
print(torch.empty_like(x).shape, torch.empty_like(x).dtype)
y = torch.rand(2, 3)
print(torch.zeros_like(y).dtype, torch.ones_like(y).shape)
""",
    "ta_dtype_inference": """
import torch
print(torch.tensor(1).dtype, torch.tensor(1.0).dtype, torch.tensor(True).dtype)
print(torch.tensor([1, 2.0]).dtype)
print(torch.tensor([True, 1]).dtype)
print(torch.tensor([[1, 2], [3, 4.5]]))
print(torch.tensor([1, 2, 3], dtype=torch.float64))
print(torch.tensor([]).dtype, torch.tensor([]).shape)
print(torch.tensor([[]]).shape)
print(torch.tensor(3.5).shape, torch.tensor(3.5).dim())
""",
    "ta_from_numpy_sharing": """
import numpy as np
import torch
a = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(a)
print(t, t.dtype)
a[0] = 100
print(t)
t[1] = -1
print(a)
b = np.arange(6, dtype=np.int32).reshape(2, 3)
print(torch.from_numpy(b))
print(torch.from_numpy(np.array([True, False])))
print(torch.from_numpy(np.float32(2.0) * np.ones(2, dtype=np.float32)).dtype)
""",
    "ta_as_tensor_and_tensor_copy": """
import numpy as np
import torch
a = np.array([1, 2, 3])
t = torch.as_tensor(a)
a[0] = 9
print(t)
u = torch.tensor(a)
a[1] = 8
print(u, t)
print(torch.as_tensor([1.5, 2.5]))
print(torch.as_tensor(a, dtype=torch.float32))
x = torch.tensor([1.0, 2.0])
print(torch.as_tensor(x) is x)
""",
    "ta_numpy_roundtrip": """
import torch
t = torch.arange(6).reshape(2, 3)
n = t.numpy()
print(type(n).__name__, n.dtype, n.shape)
n[0, 0] = 42
print(t)
f = torch.tensor([0.5, 1.5], dtype=torch.float64).numpy()
print(f, f.dtype)
print(torch.tensor([True, False]).numpy())
""",
    "ta_tolist_item": """
import torch
print(torch.tensor([[1, 2], [3, 4]]).tolist())
print(torch.tensor([1.5, 2.25]).tolist())
print(torch.tensor(7).tolist(), type(torch.tensor(7).tolist()).__name__)
print(torch.tensor([True, False]).tolist())
x = torch.tensor([3.7])
print(x.item(), type(x.item()).__name__)
print(torch.tensor(5).item() + 1)
print(torch.tensor(0.1, dtype=torch.float64).item())
print(torch.tensor(0.1).item())
""",
    "ta_format_zero_dim": """
import torch
loss = torch.tensor(0.123456)
print(f"loss: {loss:.3f}")
print(f"{loss.item():.2e}")
print("{:.1f}".format(torch.tensor(2.25)))
acc = torch.tensor(0.875)
print(f"acc={acc * 100:.1f}%")
print(f"{torch.tensor(3)}")
print(f"{torch.tensor([1.0, 2.0])}")
print(str(torch.tensor(2.5)))
""",
    "ta_shape_dtype_device_strs": """
import torch
x = torch.zeros(2, 3, 4)
print(x.shape, x.size(), x.size(1), x.shape[-1])
print(str(x.shape), repr(x.shape))
print(x.dtype, x.device, x.device.type)
print(x.ndim, x.dim(), x.numel(), len(x))
print(x.shape == (2, 3, 4), list(x.shape), tuple(x.shape))
print(x.is_contiguous(), x.requires_grad, x.is_leaf, x.grad)
print(x.element_size(), x.nelement())
print(torch.Size([2, 3]), torch.Size([]))
""",
    "ta_print_int_bool": """
import torch
print(torch.tensor([1, -20, 300]))
print(torch.tensor([[True, False], [False, True]]))
print(torch.tensor([1, 2], dtype=torch.int32))
print(torch.tensor([1, 2], dtype=torch.int8))
print(torch.tensor([1, 2], dtype=torch.uint8))
print(torch.tensor([1, 2], dtype=torch.int16))
print(torch.tensor(5, dtype=torch.int32))
print(torch.tensor([], dtype=torch.int64))
print(torch.tensor([], dtype=torch.float64))
""",
    "ta_print_float_formats": """
import torch
print(torch.tensor([1.0, 2.0, 3.0]))
print(torch.tensor([1.5, 2.25, 3.125]))
print(torch.tensor([0.001, 1000.0]))
print(torch.tensor([1e-5, 1.0]))
print(torch.tensor([1e10, 1.0]))
print(torch.tensor([123456.0, 0.5]))
print(torch.tensor([float('nan'), float('inf'), -float('inf'), 1.0]))
print(torch.tensor([1.0, 2.0], dtype=torch.float64))
print(torch.tensor([1.5, 2.5], dtype=torch.float16))
print(torch.tensor([-0.0, 0.0]))
""",
    "ta_print_summarised": """
import torch
print(torch.arange(2000))
print(torch.arange(1500.).reshape(30, 50))
print(torch.zeros(1001))
print(torch.arange(1000))
print(torch.ones(3, 400, dtype=torch.int32))
""",
    "ta_set_printoptions": """
import torch
x = torch.tensor([3.14159265, 2.71828182, 1.41421356])
torch.set_printoptions(precision=2)
print(x)
torch.set_printoptions(precision=6)
print(x)
torch.set_printoptions(sci_mode=True)
print(x)
torch.set_printoptions(sci_mode=False)
print(torch.tensor([1e-8, 1.0]))
torch.set_printoptions(threshold=5)
print(torch.arange(10))
torch.set_printoptions(threshold=5, edgeitems=1)
print(torch.arange(10.))
torch.set_printoptions(profile="default")
print(torch.arange(10))
""",
    "ta_printoptions_linewidth": """
import torch
torch.set_printoptions(linewidth=30)
print(torch.arange(20.))
torch.set_printoptions(profile="short")
print(torch.tensor([1.123456789]))
torch.set_printoptions(profile="full")
print(torch.arange(1200).shape)
torch.set_printoptions(profile="default")
print(torch.tensor([1.123456789]))
""",
    "ta_print_grad_tensors": """
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
print(w)
y = w * 3
print(y)
print(y.sum())
print(w.detach())
with torch.no_grad():
    print(w * 2)
print(repr(w + 1))
print(torch.tensor(1.0, requires_grad=True))
print(w.pow(2).mean())
""",
    "ta_print_float64_int_like": """
import torch
print(torch.tensor([1.0, 2.0, 3.0], dtype=torch.float64))
print(torch.tensor([[1., 2.], [3., 4.]], dtype=torch.float64))
print(torch.tensor(2., dtype=torch.float64))
print(torch.tensor([100000000.0]))
print(torch.tensor([0.1, 0.25]).double())
print(torch.tensor([1, 2]).to(torch.float16))
""",
    "ta_print_nested_3d": """
import torch
print(torch.arange(24).reshape(2, 3, 4))
print(torch.arange(8.).reshape(2, 2, 2) / 3)
print(torch.zeros(2, 0, 3))
print(torch.ones(1, 1, 1, 2))
""",
    "ta_type_conversions": """
import torch
x = torch.tensor([1.7, -2.3, 3.5])
print(x.int(), x.long(), x.short(), x.byte(), x.abs().byte())
print(x.double(), x.half())
print(x.bool())
print(x.to(torch.int32))
print(x.to(torch.float64).dtype)
print(x.type(torch.IntTensor))
print(x.type(), x.long().type())
print(x.type(torch.float64))
print(torch.tensor([0, 1, 2]).float())
""",
    "ta_to_variants": """
import torch
x = torch.tensor([1, 2, 3])
y = torch.zeros(2, dtype=torch.float64)
print(x.to(y))
print(x.to("cpu"), x.to("cpu") is x)
print(x.to(torch.int64) is x)
print(x.to(dtype=torch.float32, copy=True))
print(x.to(torch.device("cpu"), torch.float16))
print(x.cpu() is x)
""",
    "ta_clone_detach_copy": """
import torch
a = torch.tensor([1.0, 2.0])
b = a.clone()
b[0] = 5
print(a, b)
c = a.detach()
c[1] = 7
print(a)
d = torch.empty(2)
d.copy_(torch.tensor([3, 4]))
print(d)
e = torch.zeros(2, 2)
e.copy_(torch.tensor([1.0, 2.0]))
print(e)
""",
    "ta_empty_and_new_factories": """
import torch
x = torch.tensor([[1.0, 2.0]], dtype=torch.float64)
print(x.new_zeros(2, 3))
print(x.new_ones((2,)))
print(x.new_full((2,), 4))
print(x.new_tensor([1, 2]))
print(x.new_empty(3).shape, x.new_empty(3).dtype)
print(torch.empty(2, 3).shape)
print(torch.empty(0))
""",
    "ta_tensor_from_mixed": """
import numpy as np
import torch
print(torch.tensor([np.float32(1.5), 2]))
print(torch.tensor(np.array([1, 2]), dtype=torch.float32))
print(torch.tensor([torch.tensor(1.0), torch.tensor(2.0)]))
print(torch.tensor([[1], [2]]).shape)
print(torch.tensor((1, 2, 3)))
print(torch.tensor(range(4)))
print(torch.tensor(np.int64(5)))
print(torch.tensor([1, 2], dtype=torch.bool))
""",
    "ta_default_dtype": """
import torch
print(torch.get_default_dtype())
torch.set_default_dtype(torch.float64)
print(torch.tensor([1.0, 2.0]))
print(torch.zeros(2).dtype, torch.arange(3.).dtype, torch.tensor(1).dtype)
print(torch.linspace(0, 1, 3))
torch.set_default_dtype(torch.float32)
print(torch.tensor([1.0]).dtype)
""",
    "ta_dtype_properties": """
import torch
print(torch.float32.is_floating_point, torch.int64.is_floating_point)
print(torch.float32.itemsize, torch.int16.itemsize)
print(torch.finfo(torch.float32).eps, torch.finfo(torch.float32).max)
print(torch.finfo(torch.float64).tiny)
print(torch.iinfo(torch.int8).min, torch.iinfo(torch.int8).max)
print(torch.iinfo(torch.int32).max)
print(torch.float, torch.double, torch.long, torch.int, torch.half)
print(torch.tensor([1.0]).is_floating_point(), torch.tensor([1]).is_floating_point())
print(torch.is_tensor(torch.tensor(1)), torch.is_tensor([1]))
print(torch.is_floating_point(torch.zeros(1)), torch.numel(torch.zeros(2, 3)))
""",
    "ta_promote_types": """
import torch
print(torch.promote_types(torch.int32, torch.float32))
print(torch.promote_types(torch.uint8, torch.int8))
print(torch.result_type(torch.tensor([1, 2]), 1.0))
print(torch.result_type(torch.tensor([1, 2], dtype=torch.int32), 5))
print(torch.can_cast(torch.float64, torch.int32), torch.can_cast(torch.int32, torch.float64))
a = torch.tensor([1, 2], dtype=torch.int32)
print((a + 1.5).dtype, (a + torch.tensor(1.5, dtype=torch.float64)).dtype)
print((a * True).dtype, (torch.tensor([True]) + torch.tensor([True])).dtype)
print((torch.tensor([1], dtype=torch.uint8) + torch.tensor([1], dtype=torch.int8)).dtype)
print((a / 2).dtype, (a // 2).dtype)
""",
    "ta_item_errors": """
import torch
try:
    torch.tensor([1.0, 2.0]).item()
except Exception as e:
    print(type(e).__name__, e)
try:
    torch.tensor([]).item()
except Exception as e:
    print(type(e).__name__, e)
try:
    float(torch.tensor([1.0, 2.0]))
except Exception as e:
    print(type(e).__name__, e)
print(float(torch.tensor([2.5])), int(torch.tensor(3.9)), bool(torch.tensor([1])))
try:
    bool(torch.tensor([1, 0]))
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_numpy_requires_grad_error": """
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    w.numpy()
except Exception as e:
    print(type(e).__name__, e)
print(w.detach().numpy())
try:
    (w * 2).numpy()
except Exception as e:
    print(type(e).__name__, e)
try:
    w.tolist()
    print(w.tolist())
except Exception as e:
    print(type(e).__name__, e)
""",
    "ta_printing_complex_ops": """
import torch
x = torch.tensor([0.5, 1.5, 2.5])
print(x.mean(), x.sum(), x.std())
print(x.max(), x.argmax(), x.min(dim=0))
print(x.max(dim=0).values, x.max(dim=0).indices)
print(torch.max(torch.tensor([[1, 5], [7, 2]]), dim=1))
print(torch.sort(torch.tensor([3, 1, 2])))
print(torch.topk(torch.tensor([1., 5., 3., 4.]), 2))
""",
    "ta_scalar_tensor_arith": """
import torch
a = torch.tensor(3)
b = torch.tensor(2.0)
print(a + b, a * 2, a / 2, a // 2, a % 2, a ** 2)
print(2 ** a, 10 - a, 7 / a)
print(-a, abs(torch.tensor(-4)), +b)
print(a == 3, a > 1, (a == 3).item())
print(int(a) + 1, float(b) * 2)
""",
    "ta_int_division_semantics": """
import torch
a = torch.tensor([7, -7, 5])
b = torch.tensor([2, 2, -3])
print(a / b)
print(a // b)
print(torch.div(a, b, rounding_mode='trunc'))
print(torch.div(a, b, rounding_mode='floor'))
print(a % b)
print(torch.fmod(a, b), torch.remainder(a, b))
print(torch.floor_divide(a, b))
print(torch.tensor([7.5, -7.5]) // 2)
""",
}
