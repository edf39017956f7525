"""A metaclass that prints classes by their torch name (``<class 'torch.Tensor'>``)."""


class TorchNamed(type):
    """``repr(cls)`` shows the torch path: chainrule becomes torch, private modules drop."""

    def __repr__(cls):
        parts = cls.__module__.split(".")
        parts[0] = "torch"
        kept = parts[:next((i for i, p in enumerate(parts) if p.startswith("_")), len(parts))]
        return f"<class '{'.'.join(kept + [cls.__qualname__])}'>"
