"""torch.cpu: the CPU 'device module' queries (always available, one device)."""


def is_available():
    """Return True: the CPU is always there."""
    return True


def is_initialized():
    """Return True: nothing to initialise."""
    return True


def device_count():
    """Return 1, as torch counts the CPU."""
    return 1


def current_device():
    """Return ``'cpu'``."""
    return "cpu"


def set_device(device):
    """Accept any CPU device (torch does nothing)."""


def synchronize(device=None):
    """Return at once: CPU work is synchronous."""
