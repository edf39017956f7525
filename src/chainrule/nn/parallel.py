"""torch.nn.parallel on one process: DataParallel runs the wrapped module (torch's behaviour with
no CUDA devices) and DistributedDataParallel needs an initialised process group, as in torch."""

from .modules.module import Module

__all__ = ["DataParallel", "DistributedDataParallel", "data_parallel"]


class DataParallel(Module):
    """Wrap ``module`` under ``.module`` and call it; with no GPUs torch does exactly this.

    chainrule keeps one replica even when CuPy sees GPUs: the batch is not scattered.
    """

    def __init__(self, module, device_ids=None, output_device=None, dim=0):
        super().__init__()
        self.module = module
        self.device_ids = []

    def forward(self, *inputs, **kwargs):
        return self.module(*inputs, **kwargs)


def data_parallel(module, inputs, device_ids=None, output_device=None, dim=0,
                  module_kwargs=None):
    """Refuse as torch does on a machine without GPUs: it looks for a device type first."""
    raise RuntimeError("device type could not be determined")


class DistributedDataParallel(Module):
    """Refuse to build without a process group, with torch's message (chainrule has none)."""

    def __init__(self, module, device_ids=None, output_device=None, dim=0,
                 broadcast_buffers=True, process_group=None, *args, **kwargs):
        super().__init__()
        raise ValueError("Default process group has not been initialized, please make sure to "
                         "call init_process_group.")
