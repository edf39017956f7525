"""Compat corpus, part 8: course-notebook style end-to-end cells with deterministic output."""

SNIPPETS = {
    "course_tensor_intro": """
import torch
scalar = torch.tensor(7)
vector = torch.tensor([7, 7])
MATRIX = torch.tensor([[7, 8], [9, 10]])
TENSOR = torch.tensor([[[1, 2, 3], [3, 6, 9], [2, 4, 5]]])
print(scalar, scalar.ndim, scalar.item())
print(vector, vector.ndim, vector.shape)
print(MATRIX[1], MATRIX.ndim, MATRIX.shape)
print(TENSOR, TENSOR.ndim, TENSOR.shape)
print(TENSOR[0], TENSOR[0][0], TENSOR[0][0][0])
""",
    "course_tensor_attributes": """
import torch
some_tensor = torch.zeros(3, 4)
print(f"Shape of tensor: {some_tensor.shape}")
print(f"Datatype of tensor: {some_tensor.dtype}")
print(f"Device tensor is stored on: {some_tensor.device}")
float_16_tensor = torch.tensor([3.0, 6.0, 9.0], dtype=torch.float16)
print(float_16_tensor, float_16_tensor.dtype)
print(float_16_tensor * torch.tensor([3.0, 6.0, 9.0]))
""",
    "course_matrix_mult_rules": """
import torch
tensor_A = torch.tensor([[1, 2], [3, 4], [5, 6]], dtype=torch.float32)
tensor_B = torch.tensor([[7, 10], [8, 11], [9, 12]], dtype=torch.float32)
try:
    torch.matmul(tensor_A, tensor_B)
except RuntimeError as e:
    print(e)
print(tensor_B.T)
output = torch.matmul(tensor_A, tensor_B.T)
print(output)
print(f"Output shape: {output.shape}")
print(torch.mm(tensor_A, tensor_B.T).equal(output))
""",
    "course_aggregation": """
import torch
x = torch.arange(0, 100, 10)
print(x)
print(f"Minimum: {x.min()}")
print(f"Maximum: {x.max()}")
print(f"Mean: {x.type(torch.float32).mean()}")
print(f"Sum: {x.sum()}")
print(f"Index where max value occurs: {x.argmax()}")
""",
    "course_reshape_stack_squeeze": """
import torch
x = torch.arange(1., 8.)
x_reshaped = x.reshape(1, 7)
print(x_reshaped, x_reshaped.shape)
z = x.view(1, 7)
z[:, 0] = 5
print(z, x)
x_stacked = torch.stack([x, x, x, x], dim=0)
print(x_stacked)
print(f"Previous shape: {x_reshaped.shape}")
print(f"New shape: {x_reshaped.squeeze().shape}")
x_original = torch.zeros(224, 224, 3)
print(x_original.permute(2, 0, 1).shape)
""",
    "course_indexing_notebook": """
import torch
x = torch.arange(1, 10).reshape(1, 3, 3)
print(x, x.shape)
print(f"First square bracket:\\n{x[0]}")
print(f"Second square bracket: {x[0][0]}")
print(f"Third square bracket: {x[0][0][0]}")
print(x[:, 0])
print(x[:, :, 1])
print(x[:, 1, 1])
print(x[0, 0, :])
""",
    "course_numpy_bridge": """
import numpy as np
import torch
array = np.arange(1.0, 8.0)
tensor = torch.from_numpy(array)
print(array, tensor)
array = array + 1
print(array, tensor)
tensor = torch.ones(7)
numpy_tensor = tensor.numpy()
tensor = tensor + 1
print(tensor, numpy_tensor)
""",
    "course_linear_regression_data": """
import torch
weight = 0.7
bias = 0.3
start, end, step = 0, 1, 0.02
X = torch.arange(start, end, step).unsqueeze(dim=1)
y = weight * X + bias
print(X[:10], y[:10])
print(len(X), len(y))
train_split = int(0.8 * len(X))
X_train, y_train = X[:train_split], y[:train_split]
X_test, y_test = X[train_split:], y[train_split:]
print(len(X_train), len(y_train), len(X_test), len(y_test))
""",
    "course_linear_regression_model": """
import torch
from torch import nn
class LinearRegressionModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.weights = nn.Parameter(torch.tensor([0.3367]))
        self.bias = nn.Parameter(torch.tensor([0.1288]))
    def forward(self, x):
        return self.weights * x + self.bias
model_0 = LinearRegressionModel()
print(list(model_0.parameters()))
print(model_0.state_dict())
X = torch.arange(0, 1, 0.02).unsqueeze(dim=1)
y = 0.7 * X + 0.3
X_train, y_train = X[:40], y[:40]
X_test, y_test = X[40:], y[40:]
with torch.inference_mode():
    y_preds = model_0(X_test)
print(y_preds[:3])
loss_fn = nn.L1Loss()
optimizer = torch.optim.SGD(params=model_0.parameters(), lr=0.01)
for epoch in range(100):
    model_0.train()
    y_pred = model_0(X_train)
    loss = loss_fn(y_pred, y_train)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    model_0.eval()
    with torch.inference_mode():
        test_pred = model_0(X_test)
        test_loss = loss_fn(test_pred, y_test.type(torch.float))
    if epoch % 20 == 0:
        print(f"Epoch: {epoch} | MAE Train Loss: {loss:.5f} | MAE Test Loss: {test_loss:.5f}")
print(model_0.state_dict())
""",
    "course_classification_accuracy_fn": """
import torch
def accuracy_fn(y_true, y_pred):
    correct = torch.eq(y_true, y_pred).sum().item()
    acc = (correct / len(y_pred)) * 100
    return acc
y_true = torch.tensor([0., 1., 1., 0., 1.])
logits = torch.tensor([-1.2, 0.3, 2.1, 0.4, -0.2])
y_pred = torch.round(torch.sigmoid(logits))
print(torch.sigmoid(logits))
print(y_pred)
print(accuracy_fn(y_true, y_pred))
print(f"Accuracy: {accuracy_fn(y_true, y_pred):.2f}%")
""",
    "course_multiclass_softmax_argmax": """
import torch
y_logits = torch.tensor([[-0.7, 1.4, 0.2, -2.1], [3.0, 0.1, -0.5, 0.4]])
y_pred_probs = torch.softmax(y_logits, dim=1)
print(y_logits)
print(y_pred_probs)
print(torch.max(y_pred_probs[0]))
print(torch.argmax(y_pred_probs[0]))
print(y_pred_probs.argmax(dim=1))
""",
    "course_save_load_model": """
import io
import torch
from torch import nn
model = nn.Linear(3, 1)
nn.init.constant_(model.weight, 0.2)
nn.init.constant_(model.bias, 0.1)
buffer = io.BytesIO()
torch.save(obj=model.state_dict(), f=buffer)
buffer.seek(0)
loaded = nn.Linear(3, 1)
loaded.load_state_dict(torch.load(f=buffer))
loaded.eval()
with torch.inference_mode():
    print(loaded(torch.ones(1, 3)))
print(loaded.state_dict())
""",
    "course_save_load_tensor_dict": """
import io
import torch
buf = io.BytesIO()
torch.save({"epoch": 3, "x": torch.arange(3), "loss": 0.25}, buf)
buf.seek(0)
ckpt = torch.load(buf)
print(ckpt)
print(sorted(ckpt.keys()))
""",
    "course_device_agnostic": """
import torch
device = "cuda" if torch.cuda.is_available() else "cpu"
print(device)
tensor = torch.tensor([1, 2, 3])
print(tensor, tensor.device)
tensor_on_device = tensor.to(device)
print(tensor_on_device)
print(tensor_on_device.cpu().numpy())
""",
    "course_autograd_explained": """
import torch
a = torch.tensor([2., 3.], requires_grad=True)
b = torch.tensor([6., 4.], requires_grad=True)
Q = 3 * a ** 3 - b ** 2
external_grad = torch.tensor([1., 1.])
Q.backward(gradient=external_grad)
print(9 * a ** 2 == a.grad)
print(-2 * b == b.grad)
print(Q)
""",
    "course_autograd_frozen": """
import torch
x = torch.rand(5, 5)
y = torch.rand(5, 5)
z = torch.rand((5, 5), requires_grad=True)
a = x + y
print(f"Does `a` require gradients?: {a.requires_grad}")
b = x + z
print(f"Does `b` require gradients?: {b.requires_grad}")
""",
    "course_tensor_ops_tutorial": """
import torch
data = [[1, 2], [3, 4]]
x_data = torch.tensor(data)
x_ones = torch.ones_like(x_data)
print(f"Ones Tensor: \\n {x_ones} \\n")
x_rand = torch.rand_like(x_data, dtype=torch.float)
print(x_rand.shape, x_rand.dtype)
shape = (2, 3,)
print(torch.ones(shape))
tensor = torch.ones(4, 4)
print(f"First row: {tensor[0]}")
print(f"First column: {tensor[:, 0]}")
print(f"Last column: {tensor[..., -1]}")
tensor[:, 1] = 0
print(tensor)
t1 = torch.cat([tensor, tensor, tensor], dim=1)
print(t1)
y1 = tensor @ tensor.T
y2 = tensor.matmul(tensor.T)
y3 = torch.rand_like(y1)
torch.matmul(tensor, tensor.T, out=y3)
print(y1, torch.equal(y1, y3))
z1 = tensor * tensor
z3 = torch.rand_like(tensor)
torch.mul(tensor, tensor, out=z3)
print(torch.equal(z1, z3))
agg = tensor.sum()
agg_item = agg.item()
print(agg_item, type(agg_item))
print(f"{tensor} \\n")
tensor.add_(5)
print(tensor)
""",
    "course_fashion_style_model_summary": """
import torch
from torch import nn
class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28 * 28, 512),
            nn.ReLU(),
            nn.Linear(512, 512),
            nn.ReLU(),
            nn.Linear(512, 10),
        )
    def forward(self, x):
        x = self.flatten(x)
        return self.linear_relu_stack(x)
model = NeuralNetwork()
print(model)
X = torch.zeros(1, 28, 28)
logits = model(X)
print(logits.shape)
pred_probab = nn.Softmax(dim=1)(logits)
print(pred_probab.shape, pred_probab.sum().round())
for name, param in model.named_parameters():
    print(f"Layer: {name} | Size: {param.size()}")
""",
    "course_optimization_loop_fixed": """
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
X = torch.linspace(-1, 1, 16).view(-1, 1)
Y = (X > 0).long().view(-1)
loader = DataLoader(TensorDataset(X, Y), batch_size=4)
model = nn.Linear(1, 2)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[0.5], [-0.5]]))
    model.bias.zero_()
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)
def train_loop(dataloader, model, loss_fn, optimizer):
    size = len(dataloader.dataset)
    model.train()
    for batch, (X, y) in enumerate(dataloader):
        pred = model(X)
        loss = loss_fn(pred, y)
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if batch % 2 == 0:
            loss, current = loss.item(), batch * 4 + len(X)
            print(f"loss: {loss:>7f}  [{current:>5d}/{size:>5d}]")
def test_loop(dataloader, model, loss_fn):
    model.eval()
    size = len(dataloader.dataset)
    num_batches = len(dataloader)
    test_loss, correct = 0, 0
    with torch.no_grad():
        for X, y in dataloader:
            pred = model(X)
            test_loss += loss_fn(pred, y).item()
            correct += (pred.argmax(1) == y).type(torch.float).sum().item()
    test_loss /= num_batches
    correct /= size
    print(f"Test Error: \\n Accuracy: {(100*correct):>0.1f}%, Avg loss: {test_loss:>8f} \\n")
for t in range(3):
    print(f"Epoch {t+1}\\n-------------------------------")
    train_loop(loader, model, loss_fn, optimizer)
    test_loop(loader, model, loss_fn)
print("Done!")
""",
}
