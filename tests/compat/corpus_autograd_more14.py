"""Compat corpus: walking the graphs that nn layers and losses build, as tutorials print them."""

SNIPPETS = {
    "agm14_tutorial_loss_grad_fn_chain": """
import torch
import torch.nn as nn
torch.manual_seed(0)
net = nn.Sequential(nn.Linear(4, 3), nn.ReLU(), nn.Linear(3, 2))
out = net(torch.randn(1, 4))
loss = nn.MSELoss()(out, torch.randn(1, 2))
print(loss.grad_fn)
print(loss.grad_fn.next_functions[0][0])
print(loss.grad_fn.next_functions[0][0].next_functions[0][0])
print(loss.grad_fn.next_functions[0][0].next_functions)
""",
    "agm14_linear_graph_no_batch": """
import torch
torch.manual_seed(0)
lin = torch.nn.Linear(3, 2)
y = lin(torch.randn(3))
print(y.grad_fn)
print([type(f).__name__ if f else None for f, _ in y.grad_fn.next_functions])
z = lin(torch.randn(5, 3))
print([type(f).__name__ if f else None for f, _ in z.grad_fn.next_functions])
t = z.grad_fn.next_functions[2][0]
print(t.next_functions[0][0].variable is lin.weight)
""",
    "agm14_cross_entropy_graph": """
import torch
import torch.nn.functional as F
torch.manual_seed(0)
logits = torch.randn(3, 4, requires_grad=True)
target = torch.tensor([0, 3, 1])
loss = F.cross_entropy(logits, target)
node = loss.grad_fn
names = []
while node is not None:
    names.append(node.name())
    node = node.next_functions[0][0] if node.next_functions else None
print(names)
loss.backward()
print(logits.grad)
""",
    "agm14_count_graph_nodes": """
import torch
torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Linear(2, 4), torch.nn.Tanh(), torch.nn.Linear(4, 1),
                            torch.nn.Sigmoid())
out = model(torch.randn(3, 2)).mean()
seen, stack = set(), [out.grad_fn]
while stack:
    n = stack.pop()
    if n is None or n in seen:
        continue
    seen.add(n)
    stack.extend(f for f, _ in n.next_functions)
print(len(seen))
print(sorted(type(n).__name__ for n in seen))
""",
    "agm14_conv_net_graph_names": """
import torch
import torch.nn as nn
torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(2, 1))
out = net(torch.randn(1, 1, 4, 4))
n = out.grad_fn
chain = []
while n is not None and n.next_functions:
    chain.append(type(n).__name__)
    nxt = [f for f, _ in n.next_functions if f is not None and type(f).__name__ != 'AccumulateGrad']
    n = nxt[0] if nxt else None
print(chain)
""",
    "agm14_metadata_and_hooks_on_nodes": """
import torch
x = torch.tensor([1., 2.], requires_grad=True)
y = x.pow(2).sum()
y.grad_fn.metadata['note'] = 'sum node'
print(y.grad_fn.metadata)
order = []
y.grad_fn.register_hook(lambda gi, go: order.append('sum'))
y.grad_fn.next_functions[0][0].register_hook(lambda gi, go: order.append('pow'))
y.backward()
print(order, x.grad)
""",
    "agm14_grad_fn_equality_and_identity": """
import torch
x = torch.tensor(1., requires_grad=True)
y = x * 2
a = y.grad_fn
b = y.grad_fn
print(a is b, a == b)
z = y + 1
print(z.grad_fn.next_functions[0][0] is y.grad_fn)
""",
    "agm14_batchnorm_and_dropout_graph": """
import torch
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.BatchNorm1d(2), torch.nn.Dropout(0.3))
out = net(torch.randn(4, 2))
print(out.grad_fn)
print(out.grad_fn.next_functions[0][0])
net.eval()
out = net(torch.randn(4, 2))
print(out.grad_fn)
""",
    "agm14_embedding_lstm_graph": """
import torch
torch.manual_seed(0)
emb = torch.nn.Embedding(10, 3)
lin = torch.nn.Linear(3, 1)
tokens = torch.tensor([[1, 2, 3]])
out = lin(emb(tokens).mean(1))
print(out.grad_fn, out.grad_fn.next_functions[1][0])
print(emb(tokens).grad_fn)
""",
    "agm14_attention_scores_graph": """
import torch
import torch.nn.functional as F
torch.manual_seed(0)
q = torch.randn(1, 2, 4, requires_grad=True)
k = torch.randn(1, 2, 4, requires_grad=True)
v = torch.randn(1, 2, 4, requires_grad=True)
scores = q @ k.transpose(-2, -1) / 4 ** 0.5
attn = F.softmax(scores, dim=-1)
out = attn @ v
print(scores.grad_fn, attn.grad_fn, out.grad_fn)
out.sum().backward()
print(q.grad)
print(v.grad)
""",
}
