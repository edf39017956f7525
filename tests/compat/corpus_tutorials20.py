"""Compat corpus, tutorials part 20: the overview posts on pooling layers and loss functions
(every nn pooling layer and loss on one small batch, printed as those guides print them)."""

SNIPPETS = {
    "tu20_pooling_layers_guide": """
import torch
import torch.nn as nn
torch.manual_seed(0)
x = torch.arange(1., 37.).view(1, 1, 6, 6)
layers = [nn.MaxPool2d(2), nn.MaxPool2d(3, stride=2, padding=1), nn.AvgPool2d(2),
          nn.AvgPool2d(3, stride=1, count_include_pad=False, padding=1),
          nn.AdaptiveMaxPool2d((2, 3)), nn.AdaptiveAvgPool2d(1), nn.LPPool2d(2, 2),
          nn.LPPool2d(1, 3, stride=3)]
for layer in layers:
    out = layer(x)
    print(layer)
    print(out.shape, out.flatten()[:4])
seq = torch.tensor([[[1., 3., 2., 5., 4., 6., 0.]]])
for layer in [nn.MaxPool1d(2), nn.AvgPool1d(3, stride=2), nn.LPPool1d(2, 2),
              nn.AdaptiveAvgPool1d(3), nn.AdaptiveMaxPool1d(2)]:
    print(layer, layer(seq))
pool = nn.MaxPool2d(2, return_indices=True)
unpool = nn.MaxUnpool2d(2)
out, idx = pool(x)
print(idx)
print(unpool(out, idx)[0, 0, :2])
x.requires_grad_(True)
nn.LPPool2d(2, 2)(x).sum().backward()
print(x.grad[0, 0, :2])
""",
    "tu20_loss_functions_guide": """
import torch
import torch.nn as nn
torch.manual_seed(1)
input = torch.randn(3, 5, requires_grad=True)
target = torch.randn(3, 5)
print('L1', nn.L1Loss()(input, target))
print('MSE', nn.MSELoss()(input, target))
print('Huber', nn.HuberLoss(delta=0.5)(input, target))
print('SmoothL1', nn.SmoothL1Loss(beta=0.5)(input, target))
cls_target = torch.tensor([1, 0, 4])
print('CE', nn.CrossEntropyLoss()(input, cls_target))
print('CE smooth', nn.CrossEntropyLoss(label_smoothing=0.1)(input, cls_target))
class_weights = torch.tensor([1., 2., 1., 1., 3.])
print('CE weight', nn.CrossEntropyLoss(weight=class_weights)(input, cls_target))
print('CE ignore', nn.CrossEntropyLoss(ignore_index=0)(input, cls_target))
print('NLL', nn.NLLLoss()(nn.LogSoftmax(dim=1)(input), cls_target))
probs = torch.sigmoid(input)
bin_target = torch.empty(3, 5).random_(2)
print('BCE', nn.BCELoss()(probs, bin_target))
print('BCEWithLogits', nn.BCEWithLogitsLoss(pos_weight=torch.full((5,), 2.))(input, bin_target))
print('KLDiv', nn.KLDivLoss(reduction='batchmean')(nn.LogSoftmax(dim=1)(input),
                                                   nn.Softmax(dim=1)(target)))
print('MarginRanking', nn.MarginRankingLoss(margin=0.1)(input[:, 0], input[:, 1],
                                                        torch.tensor([1., -1., 1.])))
print('HingeEmbedding', nn.HingeEmbeddingLoss()(input, torch.ones(3, 5)))
print('CosineEmbedding', nn.CosineEmbeddingLoss()(input, target, torch.tensor([1., -1., 1.])))
print('MultiLabelMargin', nn.MultiLabelMarginLoss()(input, torch.tensor([[3, 0, -1, 1, 2]] * 3)))
print('MultiLabelSoftMargin', nn.MultiLabelSoftMarginLoss()(input, bin_target))
print('MultiMargin', nn.MultiMarginLoss()(input, cls_target))
print('SoftMargin', nn.SoftMarginLoss()(input, torch.sign(target)))
print('TripletMargin', nn.TripletMarginLoss(margin=1.0, p=2)(input, target, target.flip(0)))
print('PoissonNLL', nn.PoissonNLLLoss()(input, target.abs()))
print('GaussianNLL', nn.GaussianNLLLoss()(input, target, torch.ones(3, 5)))
loss = nn.CrossEntropyLoss(reduction='none')(input, cls_target)
print(loss, loss.grad_fn)
loss.sum().backward()
print(input.grad)
""",
}
