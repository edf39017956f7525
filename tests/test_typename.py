"""torch.typename prints what torch 2.13 prints (values recorded from torch)."""

import chainrule as torch


def test_typename_matches_torch():
    assert torch.typename(torch.ones(2)) == "torch.FloatTensor"
    assert torch.typename(torch.ones(2, dtype=torch.int64)) == "torch.LongTensor"
    assert [torch.typename(x) for x in (3, "a", int)] == ["int", "str", "int"]
    assert torch.typename(torch.nn.Linear(1, 1)) == "torch.nn.modules.linear.Linear"
    assert torch.typename(torch.nn.Linear) == "torch.nn.modules.linear.Linear"
    assert torch.typename(torch.optim.SGD) == "torch.optim.sgd.SGD"
