"""Python's default object repr with chainrule's module path spelled as torch's, for the
objects people print by accident (``print(loader)``, ``print(scheduler)``)."""


def torch_object_repr(obj):
    """``<torch.utils.data.dataloader.DataLoader object at 0x...>`` for a chainrule class; a
    user's subclass keeps its own module, as Python's default repr shows it."""
    cls = type(obj)
    module = cls.__module__
    if module == "chainrule" or module.startswith("chainrule."):
        module = "torch" + module[len("chainrule"):]
    return f"<{module}.{cls.__qualname__} object at {hex(id(obj))}>"
