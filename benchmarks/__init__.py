"""Benchmarks of chainrule against PyTorch, JAX, HIPS autograd and MyGrad: python -m benchmarks."""
