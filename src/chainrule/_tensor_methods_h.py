"""Attach the Tensor methods of the ops in special_more, renorm, shape_scatter and nn_shrink
(``x.i0()``, ``x.renorm(2, 0, 1.0)``, ``x.slice_scatter(src)``) and their in-place forms."""

from ._ops import nn_shrink, renorm, shape_scatter, special_more
from ._tensor import Tensor
from ._tensor_methods import inplace

for _module in (nn_shrink, renorm, shape_scatter, special_more):
    for _name in _module.METHODS:
        setattr(Tensor, _name, getattr(_module, _name))
for _name in ("i0", "mvlgamma", "renorm"):
    setattr(Tensor, _name + "_", inplace(getattr(Tensor, _name)))
