"""Compat corpus: torch.fft as signal-processing, physics and spectral-method code uses it
(filters, power spectra, frequency axes, spectral losses, FFT convolution, gradients)."""

SNIPPETS = {
    "fft_basic_transform_and_grad_fn": """
import torch
x = torch.tensor([1., 2., 3., 4.], requires_grad=True)
X = torch.fft.fft(x)
print(X)
print(X.dtype, X.grad_fn)
""",
    "fft_rfft_power_spectrum": """
import torch
t = torch.arange(16.) / 16
x = torch.sin(2 * torch.pi * 3 * t) + 0.5 * torch.cos(2 * torch.pi * 5 * t)
power = torch.abs(torch.fft.rfft(x)) ** 2
print(power.round(decimals=3))
print(power.argmax().item())
""",
    "fft_fftfreq_and_fftshift_printing": """
import torch
print(torch.fft.fftfreq(8))
print(torch.fft.fftfreq(5, d=0.1))
print(torch.fft.rfftfreq(10, d=1 / 100))
print(torch.fft.fftshift(torch.fft.fftfreq(8)))
print(torch.fft.ifftshift(torch.fft.fftshift(torch.arange(7))))
""",
    "fft_lowpass_filter_signal": """
import torch
torch.manual_seed(0)
n = 64
t = torch.linspace(0, 1, n)
clean = torch.sin(2 * torch.pi * 2 * t)
noisy = clean + 0.3 * torch.randn(n)
spec = torch.fft.rfft(noisy)
freqs = torch.fft.rfftfreq(n, d=1 / n)
spec[freqs > 6] = 0
filtered = torch.fft.irfft(spec, n=n)
print(filtered.shape, filtered.dtype)
print(((filtered - clean) ** 2).mean() < ((noisy - clean) ** 2).mean())
print(filtered[:4])
""",
    "fft_spectral_loss_training": """
import torch
torch.manual_seed(0)
target = torch.sin(torch.linspace(0, 6.28, 32))
w = torch.zeros(32, requires_grad=True)
opt = torch.optim.Adam([w], lr=0.1)
for step in range(5):
    opt.zero_grad()
    loss = (torch.fft.rfft(w) - torch.fft.rfft(target)).abs().pow(2).mean()
    loss.backward()
    opt.step()
    print(step, round(loss.item(), 4))
print(w.grad[:4])
""",
    "fft_convolution_matches_direct": """
import torch
a = torch.tensor([1., 2., 3.])
b = torch.tensor([0., 1., 0.5])
n = a.numel() + b.numel() - 1
conv = torch.fft.irfft(torch.fft.rfft(a, n=n) * torch.fft.rfft(b, n=n), n=n)
print(conv.round(decimals=4))
direct = torch.tensor([sum(a[i] * b[k - i] for i in range(3) if 0 <= k - i < 3) for k in range(n)])
print(torch.allclose(conv, direct, atol=1e-6))
""",
    "fft_parseval_theorem": """
import torch
torch.manual_seed(1)
x = torch.randn(100, dtype=torch.float64)
X = torch.fft.fft(x)
print(torch.allclose((x ** 2).sum(), (X.abs() ** 2).sum() / 100))
Xo = torch.fft.fft(x, norm="ortho")
print(torch.allclose((x ** 2).sum(), (Xo.abs() ** 2).sum()))
""",
    "fft_roundtrip_norms": """
import torch
x = torch.tensor([0.5, -1.0, 2.0, 3.5, 0.25], dtype=torch.float64)
for norm in [None, "backward", "ortho", "forward"]:
    y = torch.fft.ifft(torch.fft.fft(x, norm=norm), norm=norm)
    print(norm, torch.allclose(y.real, x), y.dtype)
print(torch.fft.fft(x, norm="forward"))
""",
    "fft_gradient_of_power_spectrum": """
import torch
x = torch.tensor([1., -2., 0.5, 3., -1., 2.], requires_grad=True)
loss = torch.fft.rfft(x).abs().pow(2).sum()
loss.backward()
print(loss)
print(x.grad.round(decimals=4))
""",
    "fft_irfft_gradient": """
import torch
z = torch.tensor([4. + 0j, 1. - 2j, 0.5 + 1j, -1. + 0j], requires_grad=True)
y = torch.fft.irfft(z)
print(y)
(y * torch.arange(6.)).sum().backward()
print(z.grad)
""",
    "fft_complex_input_grad": """
import torch
z = torch.tensor([1 + 1j, 2 - 1j, -0.5 + 0.5j], dtype=torch.complex128, requires_grad=True)
Z = torch.fft.fft(z, norm="ortho")
loss = (Z.real ** 2).sum()
loss.backward()
print(Z)
print(z.grad)
""",
    "fft_fft2_image_and_shift": """
import torch
img = torch.zeros(4, 4)
img[1:3, 1:3] = 1.
F = torch.fft.fft2(img)
print(F.abs())
print(torch.fft.fftshift(F.abs()))
print(torch.fft.ifft2(F).real)
""",
    "fft_rfft2_and_irfft2_shapes": """
import torch
torch.manual_seed(2)
x = torch.randn(2, 3, 8, 6)
X = torch.fft.rfft2(x)
print(X.shape, X.dtype)
y = torch.fft.irfft2(X, s=x.shape[-2:])
print(y.shape, torch.allclose(x, y, atol=1e-5))
""",
    "fft_fftn_batched_dims": """
import torch
x = torch.arange(24.).reshape(2, 3, 4)
X = torch.fft.fftn(x, dim=(1, 2))
print(X.shape)
print(X[0, 0])
print(torch.fft.fftn(x, s=(2, 2), dim=(0, 2)).shape)
""",
    "fft_hermitian_pair": """
import torch
x = torch.tensor([1., 2., 3., 4., 5., 6.], dtype=torch.float64)
h = torch.fft.ihfft(x)
print(h)
print(torch.fft.hfft(h, n=6))
""",
    "fft_zero_padding_interpolation": """
import torch
x = torch.tensor([0., 1., 0., -1.])
X = torch.fft.rfft(x)
up = torch.fft.irfft(X, n=8) * 2
print(up)
""",
    "fft_dtype_promotion": """
import torch
print(torch.fft.fft(torch.tensor([1, 2, 3])).dtype)
print(torch.fft.rfft(torch.tensor([1., 2.], dtype=torch.float64)).dtype)
print(torch.fft.irfft(torch.tensor([1. + 0j, 2.])).dtype)
print(torch.fft.fftfreq(4, dtype=torch.float64))
torch.set_default_dtype(torch.float64)
print(torch.fft.fft(torch.tensor([1, 2])).dtype)
""",
    "fft_errors": """
import torch
x = torch.arange(4.)
for f in [lambda: torch.fft.fft(x, n=0), lambda: torch.fft.fft(x, dim=2),
          lambda: torch.fft.rfft(x.to(torch.complex64)), lambda: torch.fft.fft(x, norm="half"),
          lambda: torch.fft.fft2(x), lambda: torch.fft.fftn(x.reshape(2, 2), dim=(1, 1))]:
    try:
        f()
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
""",
    "fft_heat_equation_spectral_step": """
import torch
n, L, nu, dt = 32, 2 * torch.pi, 0.1, 0.1
x = torch.arange(n) * L / n
u = torch.sin(x) + 0.5 * torch.sin(3 * x)
k = torch.fft.fftfreq(n, d=L / n) * 2 * torch.pi
for _ in range(10):
    u = torch.fft.ifft(torch.fft.fft(u) * torch.exp(-nu * k ** 2 * dt)).real
print(u[:5].round(decimals=4))
print(u.abs().max())
""",
    "fft_spectral_derivative": """
import torch
n = 16
x = torch.arange(n, dtype=torch.float64) * 2 * torch.pi / n
f = torch.sin(2 * x)
k = torch.fft.rfftfreq(n, d=1 / n).to(torch.float64)
df = torch.fft.irfft(1j * k * torch.fft.rfft(f), n=n)
print(torch.allclose(df, 2 * torch.cos(2 * x)))
print(df[:4].round(decimals=6))
""",
    "fft_autocorrelation": """
import torch
x = torch.tensor([1., 3., -2., 0.5, 2.])
n = 2 * x.numel()
X = torch.fft.rfft(x - x.mean(), n=n)
ac = torch.fft.irfft(X * X.conj(), n=n)[: x.numel()]
print(ac / ac[0])
""",
    "fft_learn_filter_gain": """
import torch
torch.manual_seed(3)
x = torch.randn(4, 32)
true_gain = torch.linspace(1, 0, 17)
y = torch.fft.irfft(torch.fft.rfft(x) * true_gain, n=32)
gain = torch.ones(17, requires_grad=True)
opt = torch.optim.SGD([gain], lr=2.0)
for _ in range(20):
    opt.zero_grad()
    pred = torch.fft.irfft(torch.fft.rfft(x) * gain, n=32)
    loss = torch.nn.functional.mse_loss(pred, y)
    loss.backward()
    opt.step()
print(round(loss.item(), 5))
print(gain.grad_fn, pred.grad_fn)
""",
    "fft_gradcheck_double": """
import torch
x = torch.randn(6, dtype=torch.float64, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: torch.fft.rfft(t, norm="ortho"), (x,)))
z = torch.randn(5, dtype=torch.complex128, requires_grad=True)
print(torch.autograd.gradcheck(lambda t: torch.fft.irfft(t, n=9), (z,)))
print(torch.autograd.gradgradcheck(lambda t: torch.fft.fft(t), (z,)))
""",
    "fft_shift_grad_fn_and_grad": """
import torch
x = torch.arange(6., requires_grad=True)
y = torch.fft.fftshift(x)
print(y, y.grad_fn)
(y * torch.arange(6.)).sum().backward()
print(x.grad)
""",
    "fft_ifft_of_real_conj_grad_fn": """
import torch
x = torch.tensor([1., 2., 3., 4.], requires_grad=True)
y = torch.fft.ifft(x)
print(y)
print(y.grad_fn, y.grad_fn.next_functions[0][0])
y.abs().sum().backward()
print(x.grad)
""",
    "fft_import_submodule": """
import torch
import torch.fft
print(torch.fft.fft(torch.tensor([1., 2., 4.])))
print(torch.fft.irfftn(torch.ones(2, 3, dtype=torch.complex64)))
""",
}
