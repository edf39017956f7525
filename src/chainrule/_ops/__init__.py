"""The derivative table: every differentiable op, its forward and its rules, by family."""
