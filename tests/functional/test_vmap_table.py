"""vmap over every op in the table: one batched call must equal a loop over the examples.

Float arguments get a batch of three perturbed copies (other arguments stay shared), so each
batching rule, and the per-example fallback for ops without one, is checked against the op itself.
"""

import sys
from pathlib import Path

import numpy as np
import pytest

import chainrule
from chainrule.func import vmap

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from op_db import OPS, is_float, make_leaves, run  # noqa: E402

CASES = [pytest.param(spec, sample, id=f"{spec.name}-{sample.name}")
         for spec in OPS for sample in spec.make_samples()
         if any(is_float(a) and a.size for a in sample.args)]
OFFSETS = (0.0, 0.013, -0.021)


def _tensors(out):
    if isinstance(out, (tuple, list)):
        return [o for item in out for o in _tensors(item)]
    return [out]


@pytest.mark.parametrize("spec,sample", CASES)
def test_vmap_equals_loop(spec, sample):
    leaves = make_leaves(chainrule, sample, "float64", False)
    slots = [i for i, a in enumerate(sample.args) if is_float(a)]

    def call(*floats):
        args = list(leaves)
        for i, x in zip(slots, floats):
            args[i] = x
        return tuple(_tensors(run(chainrule, spec, sample, args)))
    try:
        examples = [[leaves[i] + off for i in slots] for off in OFFSETS]
        want = [call(*ex) for ex in examples]
    except Exception as e:  # the op itself fails on these inputs: test_ops.py reports that
        pytest.skip(f"{spec.name} fails outside vmap, see test_ops.py: {e}")
    batched = [chainrule.stack([ex[k] for ex in examples]) for k in range(len(slots))]
    got = vmap(call)(*batched)
    assert len(got) == len(want[0])
    for k, g in enumerate(got):
        expected = np.stack([np.asarray(w[k]) for w in want])
        assert tuple(g.shape) == expected.shape
        np.testing.assert_allclose(np.asarray(g), expected, rtol=1e-12, atol=1e-12)
