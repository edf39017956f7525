"""kl_divergence for the pairs with a closed form."""

from .continuous import Normal


def kl_divergence(p, q):
    """Return KL(p || q); implemented for two Normals."""
    if isinstance(p, Normal) and isinstance(q, Normal):
        var_ratio = (p.scale / q.scale).pow(2)
        t1 = ((p.loc - q.loc) / q.scale).pow(2)
        return 0.5 * (var_ratio + t1 - 1 - var_ratio.log())
    raise NotImplementedError
