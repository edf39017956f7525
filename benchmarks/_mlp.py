"""Workloads 3 and 4: a small tanh MLP fitted with Adam, and a 784-512-512-10 ReLU MLP with SGD.

torch and chainrule run one source written with nn, nn.functional and optim; the functional
peers run the same arithmetic on arrays with the update written out. All start from the same
float32 weights, so every library computes the same losses.
"""

import math

import numpy as np

from ._case import TORCHLIKE, Case

LR_ADAM, BETAS, EPS = 1e-2, (0.9, 0.999), 1e-8
LR_SGD = 0.01
SINE, DIGITS = (1, 64, 64, 1), (784, 512, 512, 10)


def init_weights(sizes, seed=0):
    """Uniform(-1/sqrt(fan_in), 1/sqrt(fan_in)) weights (fan_in, fan_out) and biases, float32."""
    rng = np.random.default_rng(seed)
    params = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        bound = 1 / math.sqrt(fan_in)
        params.append(rng.uniform(-bound, bound, (fan_in, fan_out)).astype(np.float32))
        params.append(rng.uniform(-bound, bound, (fan_out,)).astype(np.float32))
    return params


def sine_data():
    """256 points on [-1, 1] and the target sin(2πx), as (256, 1) float32 columns."""
    x = np.linspace(-1, 1, 256, dtype=np.float32).reshape(-1, 1)
    return x, np.sin(2 * np.pi * x).astype(np.float32)


def digits_data(batch=128):
    """A fixed random batch shaped like MNIST: inputs and integer labels."""
    rng = np.random.default_rng(1)
    return rng.standard_normal((batch, 784)).astype(np.float32), rng.integers(0, 10, batch)


def forward(params, x, act):
    """Dense layers on arrays, ``act`` between them (not after the last)."""
    h = x
    for i in range(0, len(params), 2):
        h = h @ params[i] + params[i + 1]
        if i + 2 < len(params):
            h = act(h)
    return h


def mse(out, target):
    return ((out - target) ** 2).mean()


def cross_entropy(ops, logits, onehot):
    """Mean of logsumexp(z) - z[label], stabilised by subtracting the row maximum."""
    z = logits - logits.max(axis=1, keepdims=True)
    return (ops.log(ops.exp(z).sum(1)) - (z * onehot).sum(1)).mean()


def adam_arrays(params, grads, state, t):
    """One Adam update on arrays, returning new params (the functional peers)."""
    b1, b2 = BETAS
    out = []
    for p, g, mv in zip(params, grads, state):
        mv[0] = b1 * mv[0] + (1 - b1) * g
        mv[1] = b2 * mv[1] + (1 - b2) * g * g
        mhat, vhat = mv[0] / (1 - b1 ** t), mv[1] / (1 - b2 ** t)
        out.append(p - LR_ADAM * mhat / ((vhat ** 0.5) + EPS))
    return out


# --- torch and chainrule: one source, the public nn/optim API ------------------------------
def build_model(lib, sizes, seed=0):
    """nn.Sequential of Linear layers loaded with ``init_weights`` (Linear stores W transposed)."""
    nn, act = lib.nn, (lib.nn.Tanh if sizes[-1] == 1 else lib.nn.ReLU)
    weights = init_weights(sizes, seed)
    layers = []
    for i, (fan_in, fan_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        linear = nn.Linear(fan_in, fan_out)
        with lib.no_grad():
            linear.weight.copy_(lib.tensor(weights[2 * i].T))
            linear.bias.copy_(lib.tensor(weights[2 * i + 1]))
        layers += [linear, act()]
    return nn.Sequential(*layers[:-1])


def _torchlike(lib, sizes, data, loss_fn, optimizer):
    def make():
        model = build_model(lib, sizes)
        opt = optimizer(lib, model.parameters())
        x, target = (lib.tensor(a) for a in data())

        def step():
            opt.zero_grad()
            loss = loss_fn(model(x), target)
            loss.backward()
            opt.step()
            return loss.detach()
        return step
    return make


def adam(lib, params):
    return lib.optim.Adam(params, lr=LR_ADAM, betas=BETAS, eps=EPS)


def _sgd(lib, params):
    return lib.optim.SGD(params, lr=LR_SGD)


def _sine_torchlike(lib):
    return _torchlike(lib, SINE, sine_data, lib.nn.functional.mse_loss, adam)


def _digits_torchlike(lib):
    return _torchlike(lib, DIGITS, digits_data, lib.nn.functional.cross_entropy, _sgd)


# --- JAX: the whole step under jit, as JAX users write it ------------------------------
def _jax(sizes, data, loss_of, sgd):
    def build(jax):
        jnp = jax.numpy
        act = jnp.tanh if sizes[-1] == 1 else jax.nn.relu

        def loss(params, x, target):
            return loss_of(jnp, forward(params, x, act), target)

        @jax.jit
        def train(params, state, t, x, target):
            value, grads = jax.value_and_grad(loss)(params, x, target)
            if sgd:
                return value, [p - LR_SGD * g for p, g in zip(params, grads)], state
            b1, b2 = BETAS
            state = [(b1 * m + (1 - b1) * g, b2 * v + (1 - b2) * g * g)
                     for (m, v), g in zip(state, grads)]
            new = [p - LR_ADAM * (m / (1 - b1 ** t)) / (jnp.sqrt(v / (1 - b2 ** t)) + EPS)
                   for p, (m, v) in zip(params, state)]
            return value, new, state

        def make():
            params = [jnp.asarray(p) for p in init_weights(sizes)]
            state = [(jnp.zeros_like(p), jnp.zeros_like(p)) for p in params]
            x, target = (jnp.asarray(a) for a in data())
            box = {"params": params, "state": state, "t": 0}

            def step():
                box["t"] += 1
                value, box["params"], box["state"] = train(
                    box["params"], box["state"], jnp.float32(box["t"]), x, target)
                return jax.block_until_ready(value)
            return step
        return make
    return build


# --- HIPS autograd and MyGrad: NumPy arrays, updates in NumPy --------------------------
def _autograd(sizes, data, loss_of, sgd):
    def build(autograd):
        anp = autograd.numpy
        act = anp.tanh if sizes[-1] == 1 else (lambda h: anp.maximum(h, 0))

        def make():
            params = init_weights(sizes)
            state = [[np.zeros_like(p), np.zeros_like(p)] for p in params]
            x, target = data()
            value_and_grad = autograd.value_and_grad(
                lambda ps: loss_of(anp, forward(ps, x, act), target))
            t = [0]

            def step():
                value, grads = value_and_grad(params)
                t[0] += 1
                params[:] = ([p - LR_SGD * g for p, g in zip(params, grads)] if sgd
                             else adam_arrays(params, grads, state, t[0]))
                return value
            return step
        return make
    return build


def _mygrad(sizes, data, loss_of, sgd):
    def build(mg):
        act = mg.tanh if sizes[-1] == 1 else mg.nnet.relu

        def make():
            params = [mg.tensor(p) for p in init_weights(sizes)]
            state = [[np.zeros_like(p.data), np.zeros_like(p.data)] for p in params]
            x, target = data()
            t = [0]

            def step():
                loss = loss_of(mg, forward(params, x, act), target)
                loss.backward()
                t[0] += 1
                arrays = [p.data for p in params]
                grads = [p.grad for p in params]
                new = ([p - LR_SGD * g for p, g in zip(arrays, grads)] if sgd
                       else adam_arrays(arrays, grads, state, t[0]))
                for p, a in zip(params, new):
                    p.data[...] = a
                return loss.item()
            return step
        return make
    return build


def _mse(ops, out, target):
    return mse(out, target)


def _onehot_digits():
    x, labels = digits_data()
    return x, np.eye(10, dtype=np.float32)[labels]


def cases():
    """Workloads 3 (sine fit, Adam) and 4 (784-512-512-10, SGD)."""
    sine = {lib: _sine_torchlike for lib in TORCHLIKE}
    sine.update(jax=_jax(SINE, sine_data, _mse, False),
                autograd=_autograd(SINE, sine_data, _mse, False),
                mygrad=_mygrad(SINE, sine_data, _mse, False))
    digits = {lib: _digits_torchlike for lib in TORCHLIKE}
    digits.update(jax=_jax(DIGITS, _onehot_digits, cross_entropy, True),
                  autograd=_autograd(DIGITS, _onehot_digits, cross_entropy, True),
                  mygrad=_mygrad(DIGITS, _onehot_digits, cross_entropy, True))
    return [Case("3 MLP 1-64-64-1 tanh, Adam step", sine, check_calls=20),
            Case("4 MLP 784-512-512-10 ReLU, SGD step", digits, check_calls=5)]
