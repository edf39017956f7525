"""``torch.version``: what this build was made with — chainrule's own version, and no CUDA,
ROCm or XPU toolkit (scripts print ``torch.version.cuda`` or test it to pick a device)."""

__version__ = "0.1.0"
cuda = None
hip = None
rocm = None
xpu = None
debug = False
git_version = "unknown"
