"""replace_all_batch_norm_modules_: batch norm without running stats, so vmap can batch it."""


def _without_running_stats(module):
    from ..nn.modules.instancenorm import _InstanceNorm
    from ..nn.modules.normalization import _BatchNorm
    if isinstance(module, _BatchNorm) and not isinstance(module, _InstanceNorm) and \
            module.track_running_stats:
        module.running_mean = None
        module.running_var = None
        module.num_batches_tracked = None
        module.track_running_stats = False


def replace_all_batch_norm_modules_(root):
    """Make every BatchNorm in ``root`` normalise with batch statistics only; return ``root``.

    In-place running-stat updates cannot take a batch of statistics under vmap (torch's advice).
    """
    for module in root.modules():
        _without_running_stats(module)
    return root
