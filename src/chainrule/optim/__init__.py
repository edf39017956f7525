"""torch.optim: optimizers over parameter groups, and learning-rate schedulers."""

from . import lr_scheduler
from .adadelta import Adadelta
from .adagrad import Adagrad
from .adam import Adam, AdamW
from .lbfgs import LBFGS
from .optimizer import Optimizer
from .rmsprop import RMSprop
from .sgd import SGD

__all__ = ["Adadelta", "Adagrad", "Adam", "AdamW", "LBFGS", "Optimizer", "RMSprop", "SGD",
           "lr_scheduler"]
from .adam_variants import Adamax, NAdam, RAdam  # noqa: E402

__all__ += ["Adamax", "NAdam", "RAdam"]
from . import swa_utils  # noqa: E402,F401
from .rprop import Rprop  # noqa: E402

__all__ += ["Rprop", "swa_utils"]
from .asgd import ASGD  # noqa: E402
from .sparse_adam import SparseAdam  # noqa: E402

__all__ += ["ASGD", "SparseAdam"]
