"""Compat corpus, tutorials part 18: the chatbot tutorial (packed bidirectional GRU encoder,
Luong attention decoder, masked NLL loss, teacher forcing, greedy search) on a toy vocabulary."""

SNIPPETS = {
    "tu18_chatbot_batches_and_packing": """
import itertools
import torch
import torch.nn as nn
PAD_token, SOS_token, EOS_token = 0, 1, 2
pairs = [[[5, 6, 7], [8, 9]], [[5, 3], [4, 6, 7, 8]], [[9, 8, 7, 6], [3]]]
def zeroPadding(l, fillvalue=PAD_token):
    return list(itertools.zip_longest(*l, fillvalue=fillvalue))
def binaryMatrix(l, value=PAD_token):
    m = []
    for i, seq in enumerate(l):
        m.append([])
        for token in seq:
            if token == PAD_token:
                m[i].append(0)
            else:
                m[i].append(1)
    return m
def inputVar(l):
    indexes_batch = [s + [EOS_token] for s in l]
    lengths = torch.tensor([len(indexes) for indexes in indexes_batch])
    padList = zeroPadding(indexes_batch)
    padVar = torch.LongTensor(padList)
    return padVar, lengths
def outputVar(l):
    indexes_batch = [s + [EOS_token] for s in l]
    max_target_len = max([len(indexes) for indexes in indexes_batch])
    padList = zeroPadding(indexes_batch)
    mask = binaryMatrix(padList)
    mask = torch.BoolTensor(mask)
    padVar = torch.LongTensor(padList)
    return padVar, mask, max_target_len
def batch2TrainData(pair_batch):
    pair_batch.sort(key=lambda x: len(x[0]), reverse=True)
    input_batch, output_batch = [], []
    for pair in pair_batch:
        input_batch.append(pair[0])
        output_batch.append(pair[1])
    inp, lengths = inputVar(input_batch)
    output, mask, max_target_len = outputVar(output_batch)
    return inp, lengths, output, mask, max_target_len
input_variable, lengths, target_variable, mask, max_target_len = batch2TrainData(pairs)
print("input_variable:", input_variable)
print("lengths:", lengths)
print("target_variable:", target_variable)
print("mask:", mask)
print("max_target_len:", max_target_len)
emb = nn.Embedding(10, 3)
torch.manual_seed(0)
embedded = emb(input_variable)
packed = nn.utils.rnn.pack_padded_sequence(embedded, lengths)
print(packed.batch_sizes, packed.data.shape, packed.sorted_indices)
gru = nn.GRU(3, 4, bidirectional=True)
outputs, hidden = gru(packed)
outputs, out_lens = nn.utils.rnn.pad_packed_sequence(outputs)
print(outputs.shape, out_lens, hidden.shape)
outputs = outputs[:, :, :4] + outputs[:, :, 4:]
print(outputs.shape, outputs.grad_fn, (outputs[4, 1] == 0).all())
""",
    "tu18_chatbot_train_and_greedy_search": """
import random
import torch
import torch.nn as nn
import torch.nn.functional as F
random.seed(0)
torch.manual_seed(0)
PAD_token, SOS_token, EOS_token = 0, 1, 2
class EncoderRNN(nn.Module):
    def __init__(self, hidden_size, embedding, n_layers=1, dropout=0):
        super(EncoderRNN, self).__init__()
        self.n_layers = n_layers
        self.hidden_size = hidden_size
        self.embedding = embedding
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers,
                          dropout=(0 if n_layers == 1 else dropout), bidirectional=True)
    def forward(self, input_seq, input_lengths, hidden=None):
        embedded = self.embedding(input_seq)
        packed = nn.utils.rnn.pack_padded_sequence(embedded, input_lengths)
        outputs, hidden = self.gru(packed, hidden)
        outputs, _ = nn.utils.rnn.pad_packed_sequence(outputs)
        outputs = outputs[:, :, :self.hidden_size] + outputs[:, :, self.hidden_size:]
        return outputs, hidden
class Attn(nn.Module):
    def __init__(self, method, hidden_size):
        super(Attn, self).__init__()
        self.method = method
        if self.method not in ['dot', 'general', 'concat']:
            raise ValueError(self.method, "is not an appropriate attention method.")
        self.hidden_size = hidden_size
        if self.method == 'general':
            self.attn = nn.Linear(self.hidden_size, hidden_size)
        elif self.method == 'concat':
            self.attn = nn.Linear(self.hidden_size * 2, hidden_size)
            self.v = nn.Parameter(torch.FloatTensor(hidden_size))
    def dot_score(self, hidden, encoder_output):
        return torch.sum(hidden * encoder_output, dim=2)
    def general_score(self, hidden, encoder_output):
        energy = self.attn(encoder_output)
        return torch.sum(hidden * energy, dim=2)
    def forward(self, hidden, encoder_outputs):
        if self.method == 'general':
            attn_energies = self.general_score(hidden, encoder_outputs)
        else:
            attn_energies = self.dot_score(hidden, encoder_outputs)
        attn_energies = attn_energies.t()
        return F.softmax(attn_energies, dim=1).unsqueeze(1)
class LuongAttnDecoderRNN(nn.Module):
    def __init__(self, attn_model, embedding, hidden_size, output_size, n_layers=1, dropout=0.1):
        super(LuongAttnDecoderRNN, self).__init__()
        self.attn_model = attn_model
        self.hidden_size = hidden_size
        self.output_size = output_size
        self.n_layers = n_layers
        self.embedding = embedding
        self.embedding_dropout = nn.Dropout(dropout)
        self.gru = nn.GRU(hidden_size, hidden_size, n_layers,
                          dropout=(0 if n_layers == 1 else dropout))
        self.concat = nn.Linear(hidden_size * 2, hidden_size)
        self.out = nn.Linear(hidden_size, output_size)
        self.attn = Attn(attn_model, hidden_size)
    def forward(self, input_step, last_hidden, encoder_outputs):
        embedded = self.embedding(input_step)
        embedded = self.embedding_dropout(embedded)
        rnn_output, hidden = self.gru(embedded, last_hidden)
        attn_weights = self.attn(rnn_output, encoder_outputs)
        context = attn_weights.bmm(encoder_outputs.transpose(0, 1))
        rnn_output = rnn_output.squeeze(0)
        context = context.squeeze(1)
        concat_input = torch.cat((rnn_output, context), 1)
        concat_output = torch.tanh(self.concat(concat_input))
        output = self.out(concat_output)
        output = F.softmax(output, dim=1)
        return output, hidden
def maskNLLLoss(inp, target, mask):
    nTotal = mask.sum()
    crossEntropy = -torch.log(torch.gather(inp, 1, target.view(-1, 1)).squeeze(1))
    loss = crossEntropy.masked_select(mask).mean()
    return loss, nTotal.item()
hidden_size, voc_words, n_layers = 6, 10, 2
embedding = nn.Embedding(voc_words, hidden_size)
encoder = EncoderRNN(hidden_size, embedding, n_layers, 0.1)
decoder = LuongAttnDecoderRNN('general', embedding, hidden_size, voc_words, n_layers, 0.1)
print(decoder.attn)
encoder_optimizer = torch.optim.Adam(encoder.parameters(), lr=0.001)
decoder_optimizer = torch.optim.Adam(decoder.parameters(), lr=0.005)
input_variable = torch.tensor([[5, 5, 9], [6, 3, 8], [7, 2, 7], [2, 0, 6], [0, 0, 2]])
lengths = torch.tensor([4, 3, 5])
order = torch.argsort(lengths, descending=True)
input_variable, lengths = input_variable[:, order], lengths[order]
target_variable = torch.tensor([[8, 4, 3], [9, 6, 2], [2, 7, 0], [0, 8, 0], [0, 2, 0]])[:, order]
mask = target_variable != PAD_token
max_target_len = 5
batch_size = 3
clip = 50.0
teacher_forcing_ratio = 0.5
for iteration in range(3):
    encoder_optimizer.zero_grad()
    decoder_optimizer.zero_grad()
    loss = 0
    print_losses = []
    n_totals = 0
    encoder_outputs, encoder_hidden = encoder(input_variable, lengths)
    decoder_input = torch.LongTensor([[SOS_token for _ in range(batch_size)]])
    decoder_hidden = encoder_hidden[:decoder.n_layers]
    use_teacher_forcing = True if random.random() < teacher_forcing_ratio else False
    for t in range(max_target_len):
        decoder_output, decoder_hidden = decoder(decoder_input, decoder_hidden, encoder_outputs)
        if use_teacher_forcing:
            decoder_input = target_variable[t].view(1, -1)
        else:
            _, topi = decoder_output.topk(1)
            decoder_input = torch.LongTensor([[topi[i][0] for i in range(batch_size)]])
        mask_loss, nTotal = maskNLLLoss(decoder_output, target_variable[t], mask[t])
        loss += mask_loss
        print_losses.append(mask_loss.item() * nTotal)
        n_totals += nTotal
    loss.backward()
    _ = nn.utils.clip_grad_norm_(encoder.parameters(), clip)
    _ = nn.utils.clip_grad_norm_(decoder.parameters(), clip)
    encoder_optimizer.step()
    decoder_optimizer.step()
    print(iteration, use_teacher_forcing, f'{sum(print_losses) / n_totals:.4f}', n_totals)
class GreedySearchDecoder(nn.Module):
    def __init__(self, encoder, decoder):
        super(GreedySearchDecoder, self).__init__()
        self.encoder = encoder
        self.decoder = decoder
    def forward(self, input_seq, input_length, max_length):
        encoder_outputs, encoder_hidden = self.encoder(input_seq, input_length)
        decoder_hidden = encoder_hidden[:decoder.n_layers]
        decoder_input = torch.ones(1, 1, dtype=torch.long) * SOS_token
        all_tokens = torch.zeros([0], dtype=torch.long)
        all_scores = torch.zeros([0])
        for _ in range(max_length):
            decoder_output, decoder_hidden = self.decoder(decoder_input, decoder_hidden,
                                                          encoder_outputs)
            decoder_scores, decoder_input = torch.max(decoder_output, dim=1)
            all_tokens = torch.cat((all_tokens, decoder_input), dim=0)
            all_scores = torch.cat((all_scores, decoder_scores), dim=0)
            decoder_input = torch.unsqueeze(decoder_input, 0)
        return all_tokens, all_scores
encoder.eval()
decoder.eval()
searcher = GreedySearchDecoder(encoder, decoder)
with torch.no_grad():
    tokens, scores = searcher(torch.tensor([[5], [6], [7], [2]]), torch.tensor([4]), 4)
print(tokens.shape, tokens.dtype, scores.shape, scores.grad_fn)
""",
    "tu18_packed_rnn_dropout_rng": """
import torch
import torch.nn as nn
torch.manual_seed(0)
gru = nn.GRU(3, 4, 2, dropout=0.5, bidirectional=True)
x = torch.randn(5, 3, 3)
lengths = torch.tensor([5, 4, 2])
packed = nn.utils.rnn.pack_padded_sequence(x, lengths)
torch.manual_seed(1)
out, h = gru(packed)
o, _ = nn.utils.rnn.pad_packed_sequence(out)
print(o[:, 0, :3], h[:, 0])
print(torch.rand(1))
gru1 = nn.GRU(3, 4, 2, dropout=0.5)
torch.manual_seed(1)
out, h = gru1(packed)
print(h[:, 0], torch.rand(1))
torch.manual_seed(1)
out, h = gru1(x)
print(h[:, 0], torch.rand(1))
l = nn.LSTM(3, 4, 2, dropout=0.5)
torch.manual_seed(1)
out, (h, c) = l(packed)
print(h[:, 0], torch.rand(1))
""",
}
