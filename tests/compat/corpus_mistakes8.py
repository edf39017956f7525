"""Compat corpus: wrong argument types — tuples, lists and NumPy arrays where tensors belong."""

SNIPPETS = {
    "mis8_loss_on_model_tuple_output": """
import torch
import torch.nn as nn
import torch.nn.functional as F
lstm = nn.LSTM(3, 4, batch_first=True)
out = lstm(torch.zeros(2, 5, 3))
target = torch.tensor([0, 1])
try:
    F.cross_entropy(out, target)
except TypeError as e:
    print(type(e).__name__, e)
try:
    nn.NLLLoss()(out, target)
except TypeError as e:
    print(type(e).__name__, e)
seq, _ = out
print(F.cross_entropy(seq[:, -1], target).shape)
""",
    "mis8_loss_target_not_tensor": """
import numpy as np
import torch
import torch.nn.functional as F
logits = torch.zeros(2, 3)
for target in (np.array([0, 1]), [0, 1]):
    try:
        F.cross_entropy(logits, target)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    F.binary_cross_entropy(torch.full((2,), 0.5), [0.0, 1.0])
except AttributeError as e:
    print(type(e).__name__, e)
print(F.cross_entropy(logits, torch.as_tensor(np.array([0, 1]))))
""",
    "mis8_conv_on_numpy_image": """
import numpy as np
import torch
import torch.nn as nn
img = np.zeros((1, 3, 8, 8), dtype=np.float32)
for conv in (nn.Conv2d(3, 4, 3), nn.Conv2d(3, 4, 3, bias=False, padding='same')):
    try:
        conv(img)
    except TypeError as e:
        print(type(e).__name__, e)
print(nn.Conv2d(3, 4, 3)(torch.from_numpy(img)).shape)
""",
    "mis8_cat_matmul_with_numpy": """
import numpy as np
import torch
for f in (lambda: torch.cat([np.zeros(2), np.zeros(2)]),
          lambda: torch.stack([torch.zeros(2), np.zeros(2)]),
          lambda: torch.matmul(torch.zeros(2, 2), np.eye(2)),
          lambda: torch.matmul([1.0], torch.ones(1)),
          lambda: torch.mm(torch.zeros(2, 2), [[1.0, 0.0], [0.0, 1.0]]),
          lambda: torch.bmm(torch.ones(1, 1, 1), 3)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
""",
    "mis8_tensor_arith_with_numpy_arrays": """
import numpy as np
import torch
t = torch.tensor([1.0, 2.0])
a = np.array([3.0, 4.0])
print(t + a, t - a, t / a, t * a.astype(np.float32))
print(t == a, torch.tensor([1, 2]) + np.array([1, 2]), t + np.array(1.0))
t += torch.from_numpy(a).float()
print(t)
""",
    "mis8_linear_on_list_and_numpy": """
import numpy as np
import torch
import torch.nn as nn
lin = nn.Linear(2, 1)
for x in ([[1.0, 2.0]], np.ones((1, 2), dtype=np.float32), (1.0, 2.0)):
    try:
        lin(x)
    except TypeError as e:
        print(type(e).__name__, e)
""",
    "mis8_embedding_on_python_list": """
import torch
import torch.nn as nn
import torch.nn.functional as F
emb = nn.Embedding(5, 2)
tokens = [1, 3, 4]
try:
    emb(tokens)
except TypeError as e:
    print(type(e).__name__, e)
try:
    F.embedding(torch.tensor(tokens), [[0.0, 1.0]])
except TypeError as e:
    print(type(e).__name__, e)
print(emb(torch.tensor(tokens)).shape, emb(torch.LongTensor([tokens])).shape)
""",
}
