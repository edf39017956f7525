"""Compat corpus, torch.distributions: seeded VAE, RL and modelling programs using distributions."""

SNIPPETS = {
    "dist_normal_basic": """
import torch
from torch.distributions import Normal
d = Normal(0.0, 1.0)
print(d)
print(d.batch_shape, d.event_shape)
print(d.mean, d.stddev, d.variance)
print(d.log_prob(torch.tensor([0.0, 1.0, -2.0])))
print(d.entropy())
""",
    "dist_normal_sample_seeded": """
import torch
from torch.distributions import Normal
torch.manual_seed(0)
d = Normal(torch.tensor([0.0, 10.0]), torch.tensor([1.0, 0.5]))
print(d.sample())
print(d.sample((3,)))
print(d.rsample((2,)))
print(d)
""",
    "dist_normal_rsample_grad": """
import torch
from torch.distributions import Normal
torch.manual_seed(1)
mu = torch.tensor([0.5, -0.5], requires_grad=True)
sigma = torch.tensor([1.0, 2.0], requires_grad=True)
d = Normal(mu, sigma)
z = d.rsample()
print(z)
loss = (z ** 2).sum()
loss.backward()
print(mu.grad, sigma.grad)
""",
    "dist_normal_log_prob_grad": """
import torch
import torch.distributions as D
mu = torch.tensor(1.0, requires_grad=True)
sigma = torch.tensor(2.0, requires_grad=True)
x = torch.tensor([0.0, 1.0, 3.0])
lp = D.Normal(mu, sigma).log_prob(x).sum()
print(lp)
lp.backward()
print(mu.grad, sigma.grad)
""",
    "dist_vae_reparam": """
import torch
import torch.nn as nn
from torch.distributions import Normal, kl_divergence
torch.manual_seed(0)
enc = nn.Linear(4, 4)
x = torch.randn(3, 4)
h = enc(x)
mu, logvar = h[:, :2], h[:, 2:]
q = Normal(mu, torch.exp(0.5 * logvar))
p = Normal(torch.zeros_like(mu), torch.ones_like(mu))
z = q.rsample()
kl = kl_divergence(q, p).sum(-1).mean()
print(z)
print(kl)
kl.backward()
print(enc.bias.grad)
""",
    "dist_normal_cdf_icdf": """
import torch
from torch.distributions import Normal
d = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
print(d.cdf(torch.tensor([0.0, 3.0])))
print(d.icdf(torch.tensor([0.5, 0.975])))
""",
    "dist_categorical_probs": """
import torch
from torch.distributions import Categorical
torch.manual_seed(0)
d = Categorical(probs=torch.tensor([0.1, 0.2, 0.7]))
print(d)
print(d.sample())
print(d.sample((5,)))
print(d.log_prob(torch.tensor([0, 1, 2])))
print(d.entropy())
print(d.probs, d.logits)
print(d.batch_shape, d.event_shape)
""",
    "dist_categorical_logits": """
import torch
from torch.distributions import Categorical
torch.manual_seed(3)
logits = torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 0.0]])
d = Categorical(logits=logits)
print(d)
print(d.probs)
print(d.logits)
a = d.sample()
print(a, d.log_prob(a))
print(d.entropy())
print(d.sample((2,)).shape)
""",
    "dist_reinforce": """
import torch
import torch.nn as nn
from torch.distributions import Categorical
torch.manual_seed(0)
policy = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.Adam(policy.parameters(), lr=0.01)
for ep in range(3):
    state = torch.randn(5, 4)
    dist = Categorical(logits=policy(state))
    action = dist.sample()
    R = torch.randn(5)
    loss = -(dist.log_prob(action) * R).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(ep, action, round(loss.item(), 4))
""",
    "dist_actor_critic": """
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.distributions import Categorical
torch.manual_seed(7)
actor = nn.Linear(3, 4)
critic = nn.Linear(3, 1)
s = torch.randn(6, 3)
probs = F.softmax(actor(s), dim=-1)
m = Categorical(probs)
a = m.sample()
v = critic(s).squeeze(-1)
ret = torch.randn(6)
adv = ret - v.detach()
actor_loss = -(m.log_prob(a) * adv).mean() - 0.01 * m.entropy().mean()
critic_loss = F.mse_loss(v, ret)
(actor_loss + critic_loss).backward()
print(a)
print(actor_loss, critic_loss)
print(actor.bias.grad)
""",
    "dist_bernoulli": """
import torch
from torch.distributions import Bernoulli
torch.manual_seed(0)
d = Bernoulli(torch.tensor([0.3, 0.9]))
print(d)
print(d.sample())
print(d.sample((3,)))
print(d.log_prob(torch.tensor([1.0, 0.0])))
print(d.entropy())
print(d.mean, d.variance)
""",
    "dist_bernoulli_logits": """
import torch
from torch.distributions import Bernoulli
torch.manual_seed(5)
d = Bernoulli(logits=torch.tensor([-1.0, 0.0, 2.0]))
print(d)
print(d.probs)
print(d.sample())
print(d.log_prob(torch.tensor([0.0, 1.0, 1.0])))
print(Bernoulli(0.5))
""",
    "dist_uniform": """
import torch
from torch.distributions import Uniform
torch.manual_seed(0)
d = Uniform(torch.tensor([0.0, -1.0]), torch.tensor([1.0, 3.0]))
print(d)
print(d.sample())
print(d.rsample((2,)))
print(d.log_prob(torch.tensor([0.5, 0.0])))
print(d.entropy(), d.mean, d.stddev, d.variance)
print(Uniform(0.0, 2.0))
""",
    "dist_exponential": """
import torch
from torch.distributions import Exponential
torch.manual_seed(0)
d = Exponential(torch.tensor([1.0, 0.5]))
print(d)
print(d.sample())
print(d.sample((3,)))
print(d.log_prob(torch.tensor([0.5, 2.0])))
print(d.entropy(), d.mean, d.variance, d.stddev)
print(d.cdf(torch.tensor([1.0, 1.0])))
""",
    "dist_laplace": """
import torch
from torch.distributions import Laplace
torch.manual_seed(0)
d = Laplace(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
print(d)
print(d.sample())
print(d.rsample((3,)))
print(d.log_prob(torch.tensor([0.5, -1.0])))
print(d.entropy(), d.mean, d.variance, d.stddev)
print(d.cdf(torch.tensor([0.0, 2.0])))
""",
    "dist_mvn_scale_tril": """
import torch
from torch.distributions import MultivariateNormal
torch.manual_seed(0)
L = torch.tensor([[1.0, 0.0], [0.5, 2.0]])
d = MultivariateNormal(torch.zeros(2), scale_tril=L)
print(d)
print(d.batch_shape, d.event_shape)
print(d.sample())
print(d.sample((3,)))
print(d.log_prob(torch.tensor([1.0, -1.0])))
print(d.entropy())
print(d.covariance_matrix)
print(d.mean, d.variance)
""",
    "dist_mvn_covariance": """
import torch
from torch.distributions import MultivariateNormal
torch.manual_seed(2)
cov = torch.tensor([[2.0, 0.3], [0.3, 1.0]])
mu = torch.tensor([1.0, -1.0])
d = MultivariateNormal(mu, covariance_matrix=cov)
print(d.scale_tril)
print(d.rsample((2,)))
print(d.log_prob(torch.tensor([[0.0, 0.0], [1.0, -1.0]])))
print(d.entropy())
print(d.precision_matrix)
""",
    "dist_mvn_grad": """
import torch
from torch.distributions import MultivariateNormal
mu = torch.tensor([0.0, 1.0], requires_grad=True)
L = torch.tensor([[1.0, 0.0], [0.2, 0.5]], requires_grad=True)
d = MultivariateNormal(mu, scale_tril=L)
lp = d.log_prob(torch.tensor([0.5, 0.5]))
lp.backward()
print(lp)
print(mu.grad)
print(L.grad)
""",
    "dist_mvn_batch": """
import torch
from torch.distributions import MultivariateNormal
torch.manual_seed(4)
mu = torch.zeros(3, 2)
d = MultivariateNormal(mu, torch.eye(2))
print(d)
print(d.batch_shape, d.event_shape)
x = d.sample()
print(x)
print(d.log_prob(x))
""",
    "dist_independent": """
import torch
from torch.distributions import Normal, Independent
torch.manual_seed(0)
base = Normal(torch.zeros(3, 2), torch.ones(3, 2))
d = Independent(base, 1)
print(d)
print(d.batch_shape, d.event_shape)
x = d.sample()
print(x)
print(d.log_prob(x))
print(d.entropy())
print(d.mean.shape)
""",
    "dist_one_hot_categorical": """
import torch
from torch.distributions import OneHotCategorical
torch.manual_seed(0)
d = OneHotCategorical(torch.tensor([0.2, 0.3, 0.5]))
print(d)
print(d.batch_shape, d.event_shape)
x = d.sample()
print(x)
print(d.sample((3,)))
print(d.log_prob(x))
print(d.entropy())
print(d.mean)
""",
    "dist_gamma": """
import torch
from torch.distributions import Gamma
d = Gamma(torch.tensor([2.0, 3.0]), torch.tensor([1.0, 0.5]))
print(d)
print(d.log_prob(torch.tensor([1.0, 4.0])))
print(d.entropy())
print(d.mean, d.variance)
""",
    "dist_beta": """
import torch
from torch.distributions import Beta
d = Beta(torch.tensor([2.0, 0.5]), torch.tensor([3.0, 0.5]))
print(d)
print(d.log_prob(torch.tensor([0.3, 0.9])))
print(d.entropy())
print(d.mean, d.variance)
""",
    "dist_dirichlet": """
import torch
from torch.distributions import Dirichlet
d = Dirichlet(torch.tensor([1.0, 2.0, 3.0]))
print(d)
print(d.batch_shape, d.event_shape)
print(d.log_prob(torch.tensor([0.2, 0.3, 0.5])))
print(d.entropy())
print(d.mean, d.variance)
""",
    "dist_kl_normal": """
import torch
from torch.distributions import Normal, kl_divergence
p = Normal(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
q = Normal(torch.tensor([1.0, 1.0]), torch.tensor([1.0, 1.0]))
print(kl_divergence(p, q))
print(torch.distributions.kl.kl_divergence(q, p))
""",
    "dist_kl_categorical": """
import torch
from torch.distributions import Categorical, kl_divergence
p = Categorical(probs=torch.tensor([0.2, 0.3, 0.5]))
q = Categorical(logits=torch.tensor([0.0, 1.0, 2.0]))
print(kl_divergence(p, q))
print(kl_divergence(q, p))
""",
    "dist_kl_bernoulli": """
import torch
from torch.distributions import Bernoulli, kl_divergence
p = Bernoulli(torch.tensor([0.2, 0.7]))
q = Bernoulli(torch.tensor([0.5, 0.5]))
print(kl_divergence(p, q))
""",
    "dist_kl_mvn": """
import torch
from torch.distributions import MultivariateNormal, kl_divergence
p = MultivariateNormal(torch.tensor([0.0, 1.0]), torch.tensor([[1.0, 0.2], [0.2, 1.5]]))
q = MultivariateNormal(torch.zeros(2), torch.eye(2))
print(kl_divergence(p, q))
""",
    "dist_kl_uniform_exponential": """
import torch
from torch.distributions import Exponential, Uniform, kl_divergence
print(kl_divergence(Exponential(torch.tensor(2.0)), Exponential(torch.tensor(1.0))))
print(kl_divergence(Uniform(0.0, 1.0), Uniform(-1.0, 2.0)))
""",
    "dist_kl_beta_gamma_laplace": """
import torch
from torch.distributions import Beta, Gamma, Laplace, kl_divergence
g1 = Gamma(torch.tensor(2.0), torch.tensor(1.0))
g2 = Gamma(torch.tensor(3.0), torch.tensor(2.0))
print(kl_divergence(g1, g2))
b1 = Beta(torch.tensor(2.0), torch.tensor(3.0))
print(kl_divergence(b1, Beta(torch.tensor(1.0), torch.tensor(1.0))))
print(kl_divergence(Laplace(0.0, 1.0), Laplace(1.0, 2.0)))
""",
    "dist_kl_independent": """
import torch
from torch.distributions import Independent, Normal, kl_divergence
p = Independent(Normal(torch.zeros(2, 3), torch.ones(2, 3)), 1)
q = Independent(Normal(torch.ones(2, 3), 2 * torch.ones(2, 3)), 1)
print(kl_divergence(p, q))
""",
    "dist_kl_not_implemented": """
import torch
from torch.distributions import Normal, Categorical, kl_divergence
try:
    kl_divergence(Normal(0.0, 1.0), Categorical(torch.tensor([0.5, 0.5])))
except NotImplementedError as e:
    print(type(e).__name__)
""",
    "dist_validate_normal_scale": """
import torch
from torch.distributions import Normal
try:
    Normal(torch.tensor([0.0]), torch.tensor([-1.0]), validate_args=True)
except ValueError as e:
    print(e)
""",
    "dist_validate_categorical": """
import torch
from torch.distributions import Categorical, Bernoulli
try:
    Categorical(probs=torch.tensor([0.5, 0.5]), logits=torch.tensor([0.0, 0.0]))
except ValueError as e:
    print(e)
try:
    Bernoulli(torch.tensor([1.5]), validate_args=True)
except ValueError as e:
    print(e)
""",
    "dist_validate_log_prob_support": """
import torch
from torch.distributions import Exponential
d = Exponential(torch.tensor([1.0]), validate_args=True)
try:
    d.log_prob(torch.tensor([-1.0]))
except ValueError as e:
    print(e)
""",
    "dist_normal_batched_params": """
import torch
from torch.distributions import Normal
torch.manual_seed(11)
d = Normal(torch.zeros(2, 3), torch.ones(3))
print(d.batch_shape)
print(d)
s = d.sample((4,))
print(s.shape)
print(d.log_prob(s).sum())
""",
    "dist_gaussian_policy": """
import torch
import torch.nn as nn
from torch.distributions import Normal
torch.manual_seed(0)
mu_net = nn.Linear(3, 2)
log_std = nn.Parameter(torch.zeros(2))
obs = torch.randn(4, 3)
dist = Normal(mu_net(obs), log_std.exp())
act = dist.sample()
logp = dist.log_prob(act).sum(-1)
adv = torch.tensor([1.0, -1.0, 0.5, 2.0])
loss = -(logp * adv).mean()
loss.backward()
print(act)
print(logp)
print(log_std.grad)
print(mu_net.weight.grad)
""",
    "dist_mle_fit_normal": """
import torch
from torch.distributions import Normal
torch.manual_seed(0)
data = torch.randn(100) * 2 + 3
mu = torch.zeros(1, requires_grad=True)
log_s = torch.zeros(1, requires_grad=True)
opt = torch.optim.SGD([mu, log_s], lr=0.1)
for _ in range(50):
    opt.zero_grad()
    nll = -Normal(mu, log_s.exp()).log_prob(data).mean()
    nll.backward()
    opt.step()
print(mu, log_s.exp())
""",
    "dist_transformed_lognormal": """
import torch
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import ExpTransform
torch.manual_seed(0)
d = TransformedDistribution(Normal(0.0, 1.0), [ExpTransform()])
x = d.sample((3,))
print(x)
print(d.log_prob(x))
""",
    "dist_transformed_affine": """
import torch
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import AffineTransform, SigmoidTransform
torch.manual_seed(1)
base = Normal(torch.zeros(2), torch.ones(2))
d = TransformedDistribution(base, [AffineTransform(1.0, 2.0), SigmoidTransform()])
x = d.rsample()
print(x)
print(d.log_prob(x))
print(d.batch_shape, d.event_shape)
""",
    "dist_sample_no_grad": """
import torch
from torch.distributions import Normal
mu = torch.tensor([0.0], requires_grad=True)
d = Normal(mu, torch.ones(1))
torch.manual_seed(0)
print(d.sample().requires_grad, d.rsample().requires_grad)
print(d.has_rsample)
""",
    "dist_mixture_loglik": """
import torch
from torch.distributions import Normal, Categorical
torch.manual_seed(0)
w = Categorical(logits=torch.tensor([0.0, 1.0]))
comps = Normal(torch.tensor([-1.0, 2.0]), torch.tensor([0.5, 1.0]))
x = torch.randn(5, 1)
ll = torch.logsumexp(comps.log_prob(x) + w.logits, dim=-1)
print(ll)
""",
    "dist_categorical_batch_sample_shape": """
import torch
from torch.distributions import Categorical
torch.manual_seed(9)
d = Categorical(logits=torch.zeros(2, 4))
s = d.sample((3,))
print(s)
print(s.shape, d.log_prob(s).shape)
""",
    "dist_double_dtype": """
import torch
from torch.distributions import Normal
torch.manual_seed(0)
d = Normal(torch.tensor([0.0], dtype=torch.float64), torch.tensor([1.0], dtype=torch.float64))
x = d.sample()
print(x, x.dtype)
print(d.log_prob(x))
""",
    "dist_validate_default_on": """
import torch
from torch.distributions import Normal, Categorical
for make in (lambda: Normal(0.0, -1.0), lambda: Categorical(torch.tensor([-0.5, 1.0]))):
    try:
        make()
    except ValueError as e:
        print(str(e).splitlines()[0])
print(Normal(0.0, -1.0, validate_args=False).scale)
""",
    "dist_validate_uniform_low_high": """
import torch
from torch.distributions import Uniform
try:
    Uniform(2.0, 1.0)
except ValueError as e:
    print(e)
d = Uniform(0.0, 1.0)
try:
    d.log_prob(torch.tensor(1.5))
except ValueError as e:
    print(e)
""",
    "dist_validate_value_not_tensor": """
import torch
from torch.distributions import Normal, MultivariateNormal
try:
    Normal(0.0, 1.0).log_prob(0.5)
except ValueError as e:
    print(e)
d = MultivariateNormal(torch.zeros(3), torch.eye(3))
try:
    d.log_prob(torch.zeros(2))
except ValueError as e:
    print(e)
try:
    Normal(torch.zeros(3), 1.0).log_prob(torch.zeros(2))
except ValueError as e:
    print(e)
""",
    "dist_validate_categorical_value": """
import torch
from torch.distributions import Categorical, Bernoulli
try:
    Categorical(logits=torch.zeros(3)).log_prob(torch.tensor(3))
except ValueError as e:
    print(e)
try:
    Bernoulli(torch.tensor(0.5)).log_prob(torch.tensor(0.5))
except ValueError as e:
    print(e)
""",
    "dist_mvn_arg_errors": """
import torch
from torch.distributions import MultivariateNormal
try:
    MultivariateNormal(torch.zeros(2))
except ValueError as e:
    print(e)
try:
    MultivariateNormal(torch.tensor(0.0), torch.eye(1))
except ValueError as e:
    print(e)
try:
    MultivariateNormal(torch.zeros(2), scale_tril=torch.ones(2))
except ValueError as e:
    print(e)
""",
    "dist_independent_error": """
import torch
from torch.distributions import Independent, Normal
try:
    Independent(Normal(torch.zeros(2), torch.ones(2)), 2)
except ValueError as e:
    print(e)
""",
    "dist_reprs": """
import torch
import torch.distributions as D
print(D.Normal(torch.tensor([1.0]), torch.tensor([2.0])))
print(D.Normal(torch.zeros(2, 2), 1.0))
print(D.Categorical(logits=torch.zeros(4)))
print(D.Bernoulli(logits=torch.tensor(0.3)))
print(D.Exponential(2.0), D.Laplace(0.0, 3.0))
print(D.Gamma(1.0, 2.0))
print(D.Uniform(torch.zeros(3), torch.ones(3)))
print(D.MultivariateNormal(torch.zeros(2), precision_matrix=torch.eye(2)))
print(D.Independent(D.Bernoulli(torch.full((2, 3), 0.5)), 2))
""",
    "dist_kl_no_pair_message": """
import torch
from torch.distributions import Bernoulli, Categorical, kl_divergence
try:
    kl_divergence(Categorical(torch.ones(2)), Bernoulli(0.5))
except NotImplementedError as e:
    print(e)
""",
    "dist_register_kl_custom": """
import torch
from torch.distributions import Normal, Laplace, kl_divergence, register_kl
@register_kl(Laplace, Normal)
def kl_lap_norm(p, q):
    return (p.loc - q.loc).abs()
print(kl_divergence(Laplace(1.0, 1.0), Normal(0.0, 1.0)))
""",
    "dist_exponential_rsample_grad": """
import torch
from torch.distributions import Exponential
torch.manual_seed(3)
rate = torch.tensor([0.5, 2.0], requires_grad=True)
d = Exponential(rate)
x = d.rsample((4,))
print(x)
x.sum().backward()
print(rate.grad)
""",
    "dist_laplace_rsample_grad": """
import torch
from torch.distributions import Laplace
torch.manual_seed(8)
loc = torch.tensor(0.0, requires_grad=True)
scale = torch.tensor(1.5, requires_grad=True)
x = Laplace(loc, scale).rsample((5,))
print(x)
(x ** 2).mean().backward()
print(loc.grad, scale.grad)
""",
    "dist_uniform_grad": """
import torch
from torch.distributions import Uniform
torch.manual_seed(0)
low = torch.tensor(0.0, requires_grad=True)
high = torch.tensor(2.0, requires_grad=True)
d = Uniform(low, high)
x = d.rsample((3,))
print(x)
x.sum().backward()
print(low.grad, high.grad)
print(d.cdf(torch.tensor([0.0, 0.5, 1.5])))
""",
    "dist_categorical_unnormalised": """
import torch
from torch.distributions import Categorical
torch.manual_seed(2)
d = Categorical(torch.tensor([1.0, 3.0, 6.0]))
print(d.probs)
print(d.sample((8,)))
print(d.logits)
print(d.entropy())
""",
    "dist_categorical_grad_logits": """
import torch
from torch.distributions import Categorical
logits = torch.tensor([0.5, -0.5, 1.0], requires_grad=True)
d = Categorical(logits=logits)
loss = -d.log_prob(torch.tensor(2)) - 0.1 * d.entropy()
loss.backward()
print(loss)
print(logits.grad)
""",
    "dist_bernoulli_grad": """
import torch
from torch.distributions import Bernoulli
p = torch.tensor([0.2, 0.6], requires_grad=True)
d = Bernoulli(probs=p)
lp = d.log_prob(torch.tensor([1.0, 0.0])).sum() + d.entropy().sum()
lp.backward()
print(lp, p.grad)
""",
    "dist_beta_grad_log_prob": """
import torch
from torch.distributions import Beta
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(5.0, requires_grad=True)
lp = Beta(a, b).log_prob(torch.tensor([0.1, 0.2, 0.4])).sum()
lp.backward()
print(lp, a.grad, b.grad)
""",
    "dist_dirichlet_kl": """
import torch
from torch.distributions import Dirichlet, kl_divergence
p = Dirichlet(torch.tensor([[1.0, 2.0], [3.0, 1.0]]))
q = Dirichlet(torch.tensor([1.0, 1.0]))
print(kl_divergence(p, q))
print(p.batch_shape, p.event_shape)
""",
    "dist_tanh_squashed_policy": """
import torch
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import TanhTransform
torch.manual_seed(0)
base = Normal(torch.zeros(3), torch.ones(3) * 0.5)
d = TransformedDistribution(base, TanhTransform())
a = d.rsample()
print(a)
print(d.log_prob(a))
""",
    "dist_one_hot_logits_kl": """
import torch
from torch.distributions import OneHotCategorical, kl_divergence
torch.manual_seed(1)
p = OneHotCategorical(logits=torch.tensor([[0.0, 1.0, 2.0], [1.0, 1.0, 1.0]]))
q = OneHotCategorical(probs=torch.tensor([0.3, 0.3, 0.4]))
print(p.sample())
print(kl_divergence(p, q))
print(p.batch_shape, p.event_shape)
""",
    "dist_normal_sample_large": """
import torch
from torch.distributions import Normal
torch.manual_seed(123)
d = Normal(2.0, 3.0)
x = d.sample((1000,))
print(x[:5])
print(x.mean().round(decimals=3), x.std().round(decimals=3))
""",
    "dist_mvn_sample_large": """
import torch
from torch.distributions import MultivariateNormal
torch.manual_seed(0)
d = MultivariateNormal(torch.tensor([1.0, 2.0]), torch.tensor([[1.0, 0.8], [0.8, 1.0]]))
x = d.sample((20,))
print(x[-3:])
print(d.variance, d.stddev)
""",
    "dist_module_paths": """
import torch
from torch.distributions.normal import Normal
from torch.distributions.categorical import Categorical
from torch.distributions.multivariate_normal import MultivariateNormal
from torch.distributions.bernoulli import Bernoulli
from torch.distributions.uniform import Uniform
from torch.distributions.kl import kl_divergence
from torch.distributions import constraints
torch.manual_seed(0)
print(Normal(0.0, 1.0).sample(), Categorical(logits=torch.zeros(3)).sample())
print(MultivariateNormal(torch.zeros(2), torch.eye(2)).sample(), Bernoulli(0.5).sample())
print(Uniform(-1.0, 1.0).sample((2,)), kl_divergence(Normal(0.0, 1.0), Normal(1.0, 1.0)))
print(constraints.positive, constraints.real, constraints.unit_interval, constraints.simplex)
print(Normal.arg_constraints)
""",
    "dist_lognormal": """
import torch
from torch.distributions import LogNormal
torch.manual_seed(0)
d = LogNormal(torch.tensor([0.0, 1.0]), torch.tensor([0.5, 0.25]))
print(d)
x = d.sample()
print(x)
print(d.log_prob(x))
print(d.mean, d.variance, d.entropy())
print(d.loc, d.scale)
""",
    "dist_poisson_log_prob": """
import torch
from torch.distributions import Poisson
rate = torch.tensor([1.0, 4.0], requires_grad=True)
d = Poisson(rate)
print(d)
lp = d.log_prob(torch.tensor([0.0, 3.0]))
print(lp, d.mean, d.variance)
lp.sum().backward()
print(rate.grad)
try:
    d.log_prob(torch.tensor([0.5, 1.0]))
except ValueError as e:
    print(e)
""",
    "dist_vae_bernoulli_decoder": """
import torch
import torch.nn as nn
from torch.distributions import Bernoulli, Independent, Normal, kl_divergence
torch.manual_seed(0)
enc = nn.Linear(6, 4)
dec = nn.Linear(2, 6)
x = torch.bernoulli(torch.full((3, 6), 0.5))
h = enc(x)
q = Independent(Normal(h[:, :2], nn.functional.softplus(h[:, 2:])), 1)
prior = Independent(Normal(torch.zeros(3, 2), torch.ones(3, 2)), 1)
z = q.rsample()
px = Independent(Bernoulli(logits=dec(z)), 1)
elbo = px.log_prob(x) - kl_divergence(q, prior)
loss = -elbo.mean()
loss.backward()
print(x)
print(z)
print(elbo)
print(dec.bias.grad)
""",
    "dist_bandit_bernoulli_policy": """
import torch
from torch.distributions import Bernoulli
torch.manual_seed(4)
theta = torch.zeros(3, requires_grad=True)
opt = torch.optim.SGD([theta], lr=0.5)
true_p = torch.tensor([0.2, 0.5, 0.8])
for step in range(4):
    d = Bernoulli(logits=theta)
    a = d.sample()
    r = torch.bernoulli(true_p) * a
    loss = -(d.log_prob(a) * r).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, a, r)
print(theta)
""",
    "dist_thompson_sampling_beta": """
import torch
from torch.distributions import Beta
torch.manual_seed(0)
true_p = torch.tensor([0.3, 0.5, 0.7])
alpha = torch.ones(3)
beta = torch.ones(3)
for t in range(6):
    theta = Beta(alpha, beta).sample()
    arm = int(theta.argmax())
    reward = float(torch.rand(1) < true_p[arm])
    alpha[arm] += reward
    beta[arm] += 1 - reward
    print(t, arm, reward, theta)
print(alpha, beta)
print(Beta(alpha, beta).mean)
""",
    "dist_gamma_dirichlet_sample": """
import torch
from torch.distributions import Dirichlet, Gamma
torch.manual_seed(3)
g = Gamma(torch.tensor([0.5, 2.0, 9.0]), torch.tensor([1.0, 0.5, 3.0]))
x = g.sample((4,))
print(x)
print(g.log_prob(x))
d = Dirichlet(torch.tensor([[0.3, 0.3, 0.4], [5.0, 1.0, 1.0]]))
y = d.sample()
print(y, y.sum(-1))
print(d.log_prob(y))
print(Gamma(2.0, 1.0).sample((2,)), Gamma(2.0, 1.0).sample().dtype)
""",
    "dist_dirichlet_mixture_weights": """
import torch
from torch.distributions import Categorical, Dirichlet, Normal
torch.manual_seed(21)
w = Dirichlet(torch.full((3,), 2.0)).sample()
z = Categorical(w).sample((6,))
means = torch.tensor([-3.0, 0.0, 3.0])
x = Normal(means[z], 0.5).sample()
print(w)
print(z)
print(x)
""",
    "dist_gmm_mixture_same_family": """
import torch
import torch.distributions as D
torch.manual_seed(0)
mix = D.Categorical(torch.ones(3))
comp = D.Normal(torch.tensor([-2.0, 0.0, 3.0]), torch.tensor([0.5, 1.0, 0.7]))
gmm = D.MixtureSameFamily(mix, comp)
print(gmm)
print(gmm.batch_shape, gmm.event_shape)
x = gmm.sample((6,))
print(x)
print(gmm.log_prob(x))
print(gmm.mean, gmm.variance)
""",
    "dist_gmm_2d_independent_components": """
import torch
import torch.distributions as D
torch.manual_seed(1)
mix = D.Categorical(logits=torch.tensor([0.0, 1.0]))
comp = D.Independent(D.Normal(torch.tensor([[0.0, 0.0], [3.0, 3.0]]), torch.ones(2, 2)), 1)
gmm = D.MixtureSameFamily(mix, comp)
x = gmm.sample((3,))
print(x)
print(gmm.log_prob(x))
print(gmm.mean)
""",
    "dist_mdn_fit_step": """
import torch
import torch.nn as nn
import torch.distributions as D
torch.manual_seed(2)
net = nn.Linear(1, 6)
xs = torch.linspace(-1, 1, 8).unsqueeze(-1)
ys = torch.sin(3 * xs).squeeze(-1)
out = net(xs)
logits, mu, log_sigma = out[:, :2], out[:, 2:4], out[:, 4:]
gmm = D.MixtureSameFamily(D.Categorical(logits=logits), D.Normal(mu, log_sigma.exp()))
nll = -gmm.log_prob(ys).mean()
nll.backward()
print(nll)
print(net.weight.grad)
""",
    "dist_enumerate_support_mode": """
import torch
from torch.distributions import Bernoulli, Categorical, Normal
c = Categorical(torch.tensor([[0.2, 0.8, 0.0], [0.5, 0.25, 0.25]]))
print(c.enumerate_support())
print(c.enumerate_support(expand=False))
print(c.mode)
print(Bernoulli(torch.tensor([0.3, 0.6])).enumerate_support())
print(Bernoulli(torch.tensor([0.3, 0.6])).mode)
print(Normal(torch.tensor([1.0, 2.0]), 1.0).mode)
print(c.perplexity())
""",
    "dist_expand": """
import torch
from torch.distributions import Normal, Categorical
torch.manual_seed(0)
d = Normal(torch.tensor(0.0), torch.tensor(1.0)).expand([3])
print(d, d.batch_shape)
print(d.sample())
c = Categorical(logits=torch.zeros(4)).expand(torch.Size([2]))
print(c.batch_shape, c.sample())
""",
    "dist_modes_and_expand_more": """
import torch
import torch.distributions as D
print(D.Gamma(torch.tensor([0.5, 3.0]), torch.tensor([1.0, 2.0])).mode)
print(D.Poisson(torch.tensor([2.5, 0.3])).mode, D.Exponential(torch.tensor([2.0])).mode)
print(D.LogNormal(torch.tensor(0.0), torch.tensor(0.5)).mode)
print(D.OneHotCategorical(torch.tensor([0.1, 0.6, 0.3])).mode)
print(D.Uniform(0.0, 1.0).mode, D.Laplace(1.0, 2.0).mode)
torch.manual_seed(0)
ind = D.Independent(D.Normal(torch.zeros(2), torch.ones(2)), 1).expand([3])
print(ind.batch_shape, ind.event_shape, ind.sample().shape)
mvn = D.MultivariateNormal(torch.zeros(2), torch.eye(2)).expand([2])
print(mvn.batch_shape, mvn.sample())
print(D.Bernoulli(torch.tensor(0.3)).expand([2, 2]).sample())
""",
    "dist_cauchy": """
import torch
from torch.distributions import Cauchy
torch.manual_seed(0)
d = Cauchy(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 0.5]))
print(d)
print(d.sample((3,)))
print(d.log_prob(torch.tensor([0.5, 2.0])), d.entropy())
print(d.cdf(torch.tensor([0.0, 1.5])), d.icdf(torch.tensor([0.25, 0.75])))
print(d.mean, d.variance, d.mode)
""",
    "dist_half_normal_chi2": """
import torch
from torch.distributions import Chi2, HalfNormal
torch.manual_seed(0)
h = HalfNormal(torch.tensor([1.0, 2.0]))
print(h)
x = h.sample((2,))
print(x)
print(h.log_prob(x), h.entropy(), h.mean, h.variance)
print(h.cdf(torch.tensor([0.5, 0.5])))
c = Chi2(torch.tensor([3.0]))
print(c, c.df)
print(c.sample((3,)))
print(c.log_prob(torch.tensor([2.0])), c.mean, c.variance)
""",
    "dist_student_t": """
import torch
from torch.distributions import StudentT
torch.manual_seed(2)
d = StudentT(torch.tensor([1.0, 3.0, 10.0]))
print(d)
print(d.sample((2,)))
print(d.log_prob(torch.tensor([0.0, 1.0, -2.0])))
print(d.entropy())
print(d.mean, d.variance)
t = StudentT(4.0, loc=1.0, scale=2.0)
print(t.rsample((3,)), t.log_prob(torch.tensor(1.5)))
""",
    "dist_geometric": """
import torch
from torch.distributions import Geometric
torch.manual_seed(0)
d = Geometric(torch.tensor([0.2, 0.7]))
print(d)
print(d.sample((4,)))
print(d.log_prob(torch.tensor([0.0, 3.0])), d.entropy())
print(d.mean, d.variance)
print(Geometric(logits=torch.tensor(0.5)).probs)
""",
    "dist_gumbel_softmax_relaxed": """
import torch
from torch.distributions import RelaxedOneHotCategorical
torch.manual_seed(0)
logits = torch.tensor([[1.0, 0.5, -1.0], [0.0, 0.0, 2.0]], requires_grad=True)
d = RelaxedOneHotCategorical(torch.tensor(0.5), logits=logits)
print(d.batch_shape, d.event_shape)
y = d.rsample()
print(y)
print(d.log_prob(y))
(y[:, 0]).sum().backward()
print(logits.grad)
print(d.temperature, d.probs)
""",
    "dist_gamma_rsample_grad": """
import torch
from torch.distributions import Gamma
torch.manual_seed(0)
conc = torch.tensor([0.3, 1.0, 2.5, 7.0, 12.0], requires_grad=True)
rate = torch.tensor(2.0, requires_grad=True)
x = Gamma(conc, rate).rsample((2,))
print(x)
x.sum().backward()
print(conc.grad, rate.grad)
""",
    "dist_gamma_variational_step": """
import torch
from torch.distributions import Gamma, kl_divergence
torch.manual_seed(4)
log_a = torch.zeros(3, requires_grad=True)
log_b = torch.zeros(3, requires_grad=True)
opt = torch.optim.Adam([log_a, log_b], lr=0.1)
prior = Gamma(torch.full((3,), 2.0), torch.ones(3))
for step in range(3):
    q = Gamma(log_a.exp(), log_b.exp())
    z = q.rsample()
    loss = (z - 3.0).pow(2).sum() + kl_divergence(q, prior).sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, z, loss.item())
print(log_a, log_b)
""",
    "dist_beta_dirichlet_rsample_grad": """
import torch
from torch.distributions import Beta, Dirichlet
torch.manual_seed(0)
conc = torch.tensor([0.3, 1.0, 2.5], requires_grad=True)
x = Dirichlet(conc).rsample((2,))
print(x)
(x * torch.tensor([1.0, 2.0, 3.0])).sum().backward()
print(conc.grad)
a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
y = Beta(a, b).rsample((4,))
print(y)
y.sum().backward()
print(a.grad, b.grad)
""",
    "dist_multinomial": """
import torch
from torch.distributions import Multinomial
torch.manual_seed(0)
d = Multinomial(10, torch.tensor([0.2, 0.3, 0.5]))
print(d)
x = d.sample()
print(x)
print(d.sample((2,)))
print(d.log_prob(x))
print(d.mean, d.variance)
b = Multinomial(5, logits=torch.zeros(2, 4))
print(b.sample(), b.batch_shape, b.event_shape)
print(b.log_prob(torch.tensor([1.0, 1.0, 2.0, 1.0])))
""",
    "dist_nan_logits_error": """
import torch
from torch.distributions import Categorical, Normal
logits = torch.tensor([[0.0, float('nan'), 1.0], [1.0, 2.0, 3.0]])
try:
    Categorical(logits=logits)
except ValueError as e:
    print(e)
try:
    Normal(torch.tensor([float('nan'), 0.0]), 1.0)
except ValueError as e:
    print(e)
""",
    "dist_mixed_dtypes_and_ints": """
import torch
from torch.distributions import Normal, Uniform
torch.manual_seed(0)
d = Normal(0, 1)
print(d, d.loc.dtype)
x = torch.tensor([0.5, 1.0], dtype=torch.float64)
print(d.log_prob(x))
e = Normal(torch.tensor([1.0], dtype=torch.float64), 2)
print(e.scale.dtype, e.sample((2,)))
print(Uniform(0, 5).sample((2, 2)))
""",
    "dist_sample_shapes": """
import torch
from torch.distributions import Bernoulli, Categorical, MultivariateNormal, Normal
torch.manual_seed(0)
n = Normal(torch.zeros(2), torch.ones(2))
print(n.sample((3, 4)).shape, n.sample(torch.Size([5])).shape, n.sample([2]).shape)
print(Categorical(logits=torch.zeros(2, 3)).sample((4, 1)).shape)
print(Bernoulli(torch.tensor([[0.5]])).sample((2,)).shape)
m = MultivariateNormal(torch.zeros(3), torch.eye(3))
print(m.sample((2, 2)).shape, m.log_prob(m.sample((2, 2))).shape)
print(n.log_prob(torch.zeros(3, 2)).shape, n.entropy().shape)
""",
    "dist_ppo_ratio_clip": """
import torch
import torch.nn as nn
from torch.distributions import Categorical
torch.manual_seed(3)
pi = nn.Linear(4, 3)
obs = torch.randn(8, 4)
with torch.no_grad():
    old = Categorical(logits=pi(obs))
    acts = old.sample()
    old_lp = old.log_prob(acts)
adv = torch.randn(8)
opt = torch.optim.SGD(pi.parameters(), lr=0.1)
for _ in range(2):
    new = Categorical(logits=pi(obs))
    ratio = (new.log_prob(acts) - old_lp).exp()
    s1 = ratio * adv
    s2 = torch.clamp(ratio, 0.8, 1.2) * adv
    loss = -torch.min(s1, s2).mean() - 0.01 * new.entropy().mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(round(loss.item(), 5), ratio.detach())
print(acts)
""",
    "dist_binomial": """
import torch
from torch.distributions import Binomial
torch.manual_seed(0)
d = Binomial(10, torch.tensor([0.2, 0.5, 0.9]))
print(d)
print(d.sample())
print(d.sample((3,)))
print(d.log_prob(torch.tensor([2.0, 5.0, 9.0])))
print(d.mean, d.variance, d.mode)
big = Binomial(torch.tensor([100.0, 1000.0]), torch.tensor([0.3, 0.7]))
print(big.sample((2,)))
print(Binomial(5, logits=torch.tensor(0.0)).log_prob(torch.tensor(2.0)))
""",
    "dist_poisson_sample": """
import torch
from torch.distributions import Poisson
torch.manual_seed(0)
d = Poisson(torch.tensor([0.5, 3.0, 12.0, 150.0]))
x = d.sample((3,))
print(x)
print(d.log_prob(x))
print(d.mode)
print(torch.poisson(torch.tensor([[1.0, 20.0], [4.0, 0.1]])))
print(torch.binomial(torch.tensor([5.0, 50.0]), torch.tensor([0.5, 0.2])))
""",
    "dist_validation_matrix_and_support_errors": """
import torch
import torch.distributions as D
for kw in ({"covariance_matrix": torch.tensor([[1.0, 2.0], [2.0, 1.0]])},
           {"covariance_matrix": torch.tensor([[1.0, 0.5], [0.0, 1.0]])},
           {"scale_tril": torch.tensor([[1.0, 0.0], [0.5, -1.0]])},
           {"precision_matrix": -torch.eye(2)}):
    try:
        D.MultivariateNormal(torch.zeros(2), **kw)
    except ValueError as e:
        print(e)
try:
    D.Dirichlet(torch.tensor([1.0, -1.0]))
except ValueError as e:
    print(e)
try:
    D.OneHotCategorical(torch.tensor([0.5, 0.5])).log_prob(torch.tensor([1.0, 1.0]))
except ValueError as e:
    print(e)
try:
    D.Beta(torch.tensor(1.0), torch.tensor(2.0)).log_prob(torch.tensor(1.5))
except ValueError as e:
    print(e)
try:
    D.Multinomial(3, torch.tensor([0.5, 0.5])).log_prob(torch.tensor([3.0, 1.0]))
except ValueError as e:
    print(e)
try:
    D.Binomial(3, torch.tensor([0.5])).log_prob(torch.tensor([4.0]))
except ValueError as e:
    print(e)
""",
    "dist_gumbel": """
import torch
from torch.distributions import Gumbel
torch.manual_seed(0)
d = Gumbel(torch.tensor([0.0, 1.0]), torch.tensor([1.0, 2.0]))
print(d)
x = d.sample((3,))
print(x)
print(d.log_prob(x))
print(d.mean, d.stddev, d.variance, d.entropy(), d.mode)
""",
    "dist_transform_compose_power_inverse": """
import torch
from torch.distributions import Normal, TransformedDistribution
from torch.distributions.transforms import (AffineTransform, ComposeTransform, ExpTransform,
                                            PowerTransform)
torch.manual_seed(0)
t = ComposeTransform([ExpTransform(), PowerTransform(2.0), AffineTransform(1.0, 3.0)])
d = TransformedDistribution(Normal(torch.zeros(2), torch.ones(2)), t)
x = d.sample()
print(x)
print(d.log_prob(x))
inv = ExpTransform().inv
y = torch.tensor([0.5, 2.0])
print(inv(y), inv.log_abs_det_jacobian(y, inv(y)), inv.inv)
print(t.inv(x))
""",
    "dist_weibull_pareto": """
import torch
from torch.distributions import Pareto, Weibull
torch.manual_seed(0)
w = Weibull(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 0.8]))
print(w)
x = w.sample((3,))
print(x)
print(w.log_prob(x))
print(w.mean, w.variance, w.entropy(), w.mode)
p = Pareto(torch.tensor([1.0, 2.0]), torch.tensor([3.0, 1.5]))
print(p)
y = p.rsample((2,))
print(y)
print(p.log_prob(y), p.mean, p.variance, p.entropy())
try:
    p.log_prob(torch.tensor([0.5, 3.0]))
except ValueError as e:
    print(e)
""",
}
