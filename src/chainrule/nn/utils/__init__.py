"""torch.nn.utils: gradient clipping and parameter/vector conversion."""

from .clip_grad import clip_grad_norm_, clip_grad_value_
from .convert_parameters import parameters_to_vector, vector_to_parameters

__all__ = ["clip_grad_norm_", "clip_grad_value_", "parameters_to_vector",
           "vector_to_parameters"]
from . import rnn  # noqa: E402,F401
from .clip_more import clip_grads_with_norm_, get_total_norm  # noqa: E402

__all__ += ["clip_grads_with_norm_", "get_total_norm"]
from . import parametrizations, parametrize  # noqa: E402,F401
from .weight_norm import legacy_weight_norm as weight_norm  # noqa: E402
from .weight_norm import remove_weight_norm  # noqa: E402

__all__ += ["parametrizations", "parametrize", "remove_weight_norm", "weight_norm"]
from .spectral_norm import remove_spectral_norm, spectral_norm  # noqa: E402

__all__ += ["remove_spectral_norm", "spectral_norm"]
from . import prune  # noqa: E402,F401
from .clip_grad import clip_grad_norm  # noqa: E402,F401
from . import stateless  # noqa: E402,F401
