"""Differential fuzzer: random op programs run on chainrule and on torch, results compared."""
