"""torch.fft cases shared by tools/record_fft_fixtures.py (under torch) and tests/test_fft.py.

A case is (function name, input dtype, input shape, keyword arguments); inputs and grad_outputs
are drawn by the recorder and stored in the fixture with torch's results.
"""

NORMS = (None, "ortho", "forward")
_REAL, _COMPLEX = ("float64", "float32"), ("complex128", "complex64")

# one-sided input shapes: irfft-like functions read a half spectrum
_ONE_D = {
    "fft": (_REAL + _COMPLEX, [((6,), {}), ((3, 5), {"dim": 0, "n": 4}), ((2, 7), {"n": 5})]),
    "ifft": (_REAL + _COMPLEX, [((6,), {}), ((3, 5), {"dim": 0, "n": 4}), ((2, 7), {"n": 5})]),
    "rfft": (_REAL, [((6,), {}), ((7,), {}), ((3, 5), {"dim": 0, "n": 6}), ((2, 7), {"n": 4}),
                     ((500,), {})]),
    "ihfft": (_REAL, [((6,), {}), ((7,), {}), ((3, 5), {"dim": 0, "n": 6}), ((2, 7), {"n": 4})]),
    "irfft": (_COMPLEX + ("float64",),
              [((4,), {}), ((4,), {"n": 7}), ((3, 5), {"dim": 0, "n": 8}), ((2, 6), {"n": 3})]),
    "hfft": (_COMPLEX + ("float64",),
             [((4,), {}), ((4,), {"n": 7}), ((3, 5), {"dim": 0, "n": 8}), ((2, 6), {"n": 3})]),
}
_N_D = {
    "fftn": (_REAL + _COMPLEX, [((3, 4, 5), {}), ((3, 4, 5), {"s": (4, 6), "dim": (0, 2)}),
                                ((3, 4, 5), {"s": (-1, 3)}), ((3, 4), {"dim": (1,)})]),
    "ifftn": (_REAL + _COMPLEX, [((3, 4, 5), {}), ((3, 4, 5), {"s": (4, 6), "dim": (0, 2)})]),
    "fft2": (_REAL + _COMPLEX, [((2, 3, 4), {}), ((3, 4), {"s": (2, 5)})]),
    "ifft2": (_REAL + _COMPLEX, [((2, 3, 4), {}), ((3, 4), {"s": (2, 5)})]),
    "rfftn": (_REAL, [((3, 4, 5), {}), ((3, 4, 5), {"dim": (2, 0)}),
                      ((3, 4, 5), {"s": (4, 6), "dim": (0, 2)})]),
    "rfft2": (_REAL, [((2, 3, 4), {}), ((3, 5), {"s": (2, 3)})]),
    "irfftn": (_COMPLEX, [((3, 4, 3), {}), ((3, 4, 3), {"dim": (2, 0)}),
                          ((3, 4, 3), {"s": (4, 5), "dim": (0, 2)}), ((3, 4), {"s": (-1, -1)})]),
    "irfft2": (_COMPLEX, [((2, 3, 4), {}), ((3, 4), {"s": (2, 5)})]),
    "hfftn": (_COMPLEX, [((3, 4, 3), {}), ((3, 4, 3), {"s": (4, 5), "dim": (0, 2)})]),
    "hfft2": (_COMPLEX, [((2, 3, 4), {}), ((3, 4), {"s": (2, 5)})]),
    "ihfftn": (_REAL, [((3, 4, 5), {}), ((3, 4, 5), {"s": (4, 6), "dim": (0, 2)}),
                       ((4,), {})]),
    "ihfft2": (_REAL, [((2, 3, 4), {}), ((3, 5), {"s": (2, 3)})]),
}


def _cases():
    """Every function x dtype x sample; the first sample of each also under every norm."""
    cases = []
    for fn, (dtypes, samples) in {**_ONE_D, **_N_D}.items():
        for dtype in dtypes:
            for k, (shape, kwargs) in enumerate(samples):
                for norm in NORMS if k == 0 else (None,):
                    kw = dict(kwargs, norm=norm) if norm else dict(kwargs)
                    cases.append((fn, dtype, shape, kw))
    return cases


CASES = _cases()


def case_id(case):
    """A readable, unique key: fft|complex64|(3, 5)|dim=0,n=4."""
    fn, dtype, shape, kwargs = case
    return f"{fn}|{dtype}|{shape}|" + ",".join(f"{k}={v}" for k, v in sorted(kwargs.items()))


# expressions evaluated with torch, x (float32 arange(4)), z (x as complex64), X and Z (2x2)
ERRORS = [
    "torch.fft.fft(x, n=0)", "torch.fft.fft(x, n=-1)", "torch.fft.fft(x, dim=1)",
    "torch.fft.fft(x, dim=-2)", "torch.fft.fft(torch.tensor(1.))", "torch.fft.fft(torch.zeros(0))",
    "torch.fft.fft(x, norm='bad')", "torch.fft.rfft(z)", "torch.fft.ihfft(z)",
    "torch.fft.irfft(z[:1])", "torch.fft.irfft(z, n=0)", "torch.fft.fft2(x)",
    "torch.fft.fftn(X, dim=(0, 0))", "torch.fft.fftn(X, s=(2,), dim=(0, 1))",
    "torch.fft.fftn(x, s=(2, 2))", "torch.fft.fftn(x, s=(0,))", "torch.fft.rfftn(x, dim=())",
    "torch.fft.irfftn(z, dim=())", "torch.fft.ihfftn(x, dim=())", "torch.fft.hfftn(z, dim=())",
    "torch.fft.fftn(x, dim=(3,))", "torch.fft.fft(x.half())", "torch.fft.fftfreq(-1)",
    "torch.fft.fftfreq(4, dtype=torch.int64)", "torch.fft.fftfreq(4, dtype=torch.complex64)",
    "torch.fft.fftfreq(4.0)", "torch.fft.fftshift(torch.tensor(1.))",
    "torch.fft.fftshift(x, dim=2)", "torch.fft.fft([1., 2.])", "torch.fft.rfftn(torch.tensor(2.))",
    "torch.fft.irfft(torch.tensor(2. + 0j))", "torch.fft.fftn(torch.tensor(2.), dim=0)",
    "torch.fft.fft2(torch.tensor(2.))", "torch.fft.fft(x, dim=(0,))", "torch.fft.fft(x, n=2.0)",
    "torch.fft.fft(x, n=True)", "torch.fft.fftn(torch.zeros(2, 0))", "torch.fft.rfft2(Z)",
    "torch.fft.ihfft2(Z)", "torch.fft.rfftn(z)", "torch.fft.ihfftn(z)",
    "torch.fft.fft(x, out=torch.empty(4))", "torch.fft.irfft(z, out=torch.empty(6, dtype=z.dtype))",
    "torch.fft.fft2(X, out=torch.empty(2, 2))", "torch.fft.hfftn(Z, out=torch.empty(2, 2).to(Z))",
    "torch.fft.fft(z.clone().requires_grad_(), out=torch.empty(4, dtype=z.dtype))",
    "torch.fft.irfft(z.clone().requires_grad_(), out=torch.empty(6))",
    "torch.fft.fft(x.clone().requires_grad_(), out=torch.empty(4, dtype=z.dtype))",
]

# expressions whose value (and repr) is recorded: no gradients, special sizes and dtypes
VALUES = [
    "torch.fft.fft(torch.tensor([True, False]))", "torch.fft.fftfreq(0)",
    "torch.fft.fftfreq(5)", "torch.fft.fftfreq(6, d=0.1)", "torch.fft.rfftfreq(7, 2.5)",
    "torch.fft.rfftfreq(8, dtype=torch.float64)", "torch.fft.fftfreq(4, d=0.0)",
    "torch.fft.fftfreq(4, dtype=torch.float64, requires_grad=True)",
    "torch.fft.fftfreq(4, out=torch.empty(4, dtype=torch.float64))",
    "torch.fft.fftn(torch.tensor(2.))", "torch.fft.fftn(x, dim=())",
    "torch.fft.fft(torch.zeros(0), n=2)", "torch.fft.irfft(torch.tensor([1, 2, 3]))",
    "torch.fft.hfft(torch.tensor([1., 2, 3]))", "torch.fft.ifft(torch.tensor([1, 2, 3]))",
    "torch.fft.irfft(z, n=1)", "torch.fft.fftshift(torch.arange(6).reshape(2, 3))",
    "torch.fft.ifftshift(torch.arange(7))", "torch.fft.fftshift(torch.arange(6.).reshape(2, 3), 0)",
    "torch.fft.fftshift(torch.arange(12).reshape(3, 4), dim=(0, 1, 0))",
    "torch.fft.ifftshift(torch.arange(12).reshape(3, 4), dim=(-1,))",
    "torch.fft.fftn(X, s=3)", "torch.fft.fftn(X, dim=0)", "torch.fft.fft2(X, dim=0)",
    "torch.fft.fft(x, out=torch.empty(4, dtype=torch.complex128))",
    "torch.fft.rfft(torch.arange(8.), norm='forward')",
    "torch.fft.fft(torch.tensor([[1., 2.], [4., 3.], [0.5, 7.]]), dim=0)",
]

PRELUDE = """
x = torch.arange(4.)
z = x.to(torch.complex64)
X, Z = x.reshape(2, 2), z.reshape(2, 2)
"""
