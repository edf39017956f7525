"""chainrule.distributions against SciPy's densities, quadrature and finite differences."""

import numpy as np
import pytest
from scipy import integrate, special, stats

import chainrule as torch
from chainrule import distributions as D

X = np.array([0.3, 1.2, 2.5])


def _np(t):
    return t.detach().numpy().astype(np.float64)


def _t(a):
    return torch.tensor(np.asarray(a, dtype=np.float64))


@pytest.mark.parametrize("dist, ref", [
    (lambda: D.Normal(_t(0.5), _t(1.5)), stats.norm(0.5, 1.5)),
    (lambda: D.Exponential(_t(0.7)), stats.expon(scale=1 / 0.7)),
    (lambda: D.Laplace(_t(1.0), _t(2.0)), stats.laplace(1.0, 2.0)),
    (lambda: D.Gamma(_t(2.5), _t(1.5)), stats.gamma(2.5, scale=1 / 1.5)),
    (lambda: D.LogNormal(_t(0.2), _t(0.6)), stats.lognorm(0.6, scale=np.exp(0.2))),
    (lambda: D.Uniform(_t(0.0), _t(3.0)), stats.uniform(0.0, 3.0)),
    (lambda: D.HalfNormal(_t(1.7)), stats.halfnorm(scale=1.7)),
    (lambda: D.Chi2(_t(3.0)), stats.chi2(3.0)),
    (lambda: D.StudentT(_t(5.0), _t(0.5), _t(2.0)), stats.t(5.0, 0.5, 2.0)),
    (lambda: D.Gumbel(_t(0.5), _t(1.5)), stats.gumbel_r(0.5, 1.5)),
    (lambda: D.Weibull(_t(2.0), _t(1.7)), stats.weibull_min(1.7, scale=2.0)),
    (lambda: D.Pareto(_t(0.2), _t(3.5)), stats.pareto(3.5, scale=0.2)),
])
def test_continuous_log_prob_moments_entropy_match_scipy(dist, ref):
    d = dist()
    np.testing.assert_allclose(_np(d.log_prob(_t(X))), ref.logpdf(X), rtol=1e-10)
    np.testing.assert_allclose(_np(d.mean), ref.mean(), rtol=1e-10)
    np.testing.assert_allclose(_np(d.variance), ref.var(), rtol=1e-10)
    np.testing.assert_allclose(_np(d.entropy()), ref.entropy(), rtol=1e-10)


@pytest.mark.parametrize("dist, ref", [
    (lambda: D.Normal(_t(0.5), _t(1.5)), stats.norm(0.5, 1.5)),
    (lambda: D.Exponential(_t(0.7)), stats.expon(scale=1 / 0.7)),
    (lambda: D.Laplace(_t(1.0), _t(2.0)), stats.laplace(1.0, 2.0)),
])
def test_cdf_matches_scipy(dist, ref):
    np.testing.assert_allclose(_np(dist().cdf(_t(X))), ref.cdf(X), rtol=1e-10)


def test_beta_and_dirichlet_match_scipy():
    b = D.Beta(_t(2.0), _t(3.5))
    ref = stats.beta(2.0, 3.5)
    np.testing.assert_allclose(_np(b.log_prob(_t([0.1, 0.6]))), ref.logpdf([0.1, 0.6]))
    np.testing.assert_allclose(_np(b.entropy()), ref.entropy())
    np.testing.assert_allclose([_np(b.mean), _np(b.variance)], [ref.mean(), ref.var()])
    alpha = np.array([1.5, 2.0, 3.0])
    d = D.Dirichlet(_t(alpha))
    x = np.array([0.2, 0.3, 0.5])
    np.testing.assert_allclose(_np(d.log_prob(_t(x))), stats.dirichlet(alpha).logpdf(x))
    np.testing.assert_allclose(_np(d.entropy()), stats.dirichlet(alpha).entropy())
    np.testing.assert_allclose(_np(d.variance), stats.dirichlet(alpha).var())


def test_poisson_log_prob_matches_scipy():
    k = np.array([0.0, 2.0, 7.0])
    got = D.Poisson(_t(3.0)).log_prob(_t(k))
    np.testing.assert_allclose(_np(got), stats.poisson(3.0).logpmf(k))


def test_mvn_parameterisations_agree_with_scipy():
    cov = np.array([[2.0, 0.3, 0.1], [0.3, 1.0, 0.2], [0.1, 0.2, 0.5]])
    mu = np.array([1.0, -1.0, 0.5])
    x = np.array([[0.0, 0.0, 0.0], [1.5, -0.5, 1.0]])
    ref = stats.multivariate_normal(mu, cov)
    for kw in ({"covariance_matrix": _t(cov)}, {"precision_matrix": _t(np.linalg.inv(cov))},
               {"scale_tril": _t(np.linalg.cholesky(cov))}):
        d = D.MultivariateNormal(_t(mu), **kw)
        np.testing.assert_allclose(_np(d.log_prob(_t(x))), ref.logpdf(x), rtol=1e-10)
        np.testing.assert_allclose(_np(d.entropy()), ref.entropy(), rtol=1e-10)
        np.testing.assert_allclose(_np(d.covariance_matrix), cov, atol=1e-12)
        np.testing.assert_allclose(_np(d.variance), np.diag(cov), rtol=1e-10)


def test_discrete_log_prob_and_entropy_match_scipy():
    p = np.array([0.1, 0.2, 0.7])
    c = D.Categorical(probs=_t(p))
    np.testing.assert_allclose(_np(c.log_prob(torch.tensor([0, 2]))), np.log(p[[0, 2]]))
    np.testing.assert_allclose(_np(c.entropy()), stats.entropy(p))
    b = D.Bernoulli(logits=_t([-1.0, 2.0]))
    q = 1 / (1 + np.exp(-np.array([-1.0, 2.0])))
    np.testing.assert_allclose(_np(b.log_prob(_t([1.0, 0.0]))), np.log([q[0], 1 - q[1]]))
    np.testing.assert_allclose(_np(b.entropy()), stats.bernoulli(q).entropy())


def _kl_quad(p, q, lo, hi):
    return integrate.quad(lambda x: p.pdf(x) * (p.logpdf(x) - q.logpdf(x)), lo, hi)[0]


@pytest.mark.parametrize("pair, refs, bounds", [
    ((D.Normal(_t(0.3), _t(1.2)), D.Normal(_t(-0.5), _t(0.8))),
     (stats.norm(0.3, 1.2), stats.norm(-0.5, 0.8)), (-30, 30)),
    ((D.Gamma(_t(2.0), _t(1.0)), D.Gamma(_t(3.0), _t(2.0))),
     (stats.gamma(2.0), stats.gamma(3.0, scale=0.5)), (0, 60)),
    ((D.Beta(_t(2.0), _t(3.0)), D.Beta(_t(1.5), _t(1.0))),
     (stats.beta(2.0, 3.0), stats.beta(1.5, 1.0)), (0, 1)),
    ((D.Laplace(_t(0.0), _t(1.0)), D.Laplace(_t(1.0), _t(2.0))),
     (stats.laplace(0.0, 1.0), stats.laplace(1.0, 2.0)), (-40, 40)),
    ((D.Exponential(_t(2.0)), D.Exponential(_t(0.5))),
     (stats.expon(scale=0.5), stats.expon(scale=2.0)), (0, 40)),
])
def test_kl_matches_quadrature(pair, refs, bounds):
    expected = _kl_quad(*refs, *bounds)
    np.testing.assert_allclose(_np(D.kl_divergence(*pair)), expected, rtol=1e-7)


def test_kl_mvn_and_independent_match_closed_forms():
    c1 = np.array([[1.0, 0.2], [0.2, 1.5]])
    c2 = np.array([[2.0, -0.3], [-0.3, 0.7]])
    m1, m2 = np.array([0.0, 1.0]), np.array([0.5, -0.5])
    c2i = np.linalg.inv(c2)
    expected = 0.5 * (np.trace(c2i @ c1) + (m2 - m1) @ c2i @ (m2 - m1) - 2
                      + np.log(np.linalg.det(c2) / np.linalg.det(c1)))
    p, q = D.MultivariateNormal(_t(m1), _t(c1)), D.MultivariateNormal(_t(m2), _t(c2))
    got = D.kl_divergence(p, q)
    np.testing.assert_allclose(_np(got), expected, rtol=1e-10)
    p = D.Independent(D.Normal(_t(m1), _t([1.0, 2.0])), 1)
    q = D.Independent(D.Normal(_t(m2), _t([0.5, 1.0])), 1)
    diag = D.kl_divergence(D.MultivariateNormal(_t(m1), _t(np.diag([1.0, 4.0]))),
                           D.MultivariateNormal(_t(m2), _t(np.diag([0.25, 1.0]))))
    np.testing.assert_allclose(_np(D.kl_divergence(p, q)), _np(diag), rtol=1e-10)


def test_mvn_log_prob_gradient_matches_finite_differences():
    tril = np.array([[1.0, 0.0], [0.3, 0.8]])
    x = np.array([0.4, -0.7])
    L = torch.tensor(tril, requires_grad=True)
    D.MultivariateNormal(_t([0.0, 0.0]), scale_tril=L).log_prob(_t(x)).backward()

    def f(m):
        return stats.multivariate_normal(np.zeros(2), m @ m.T).logpdf(x)
    fd = np.zeros_like(tril)
    for i, j in [(0, 0), (1, 0), (1, 1)]:
        e = np.zeros_like(tril)
        e[i, j] = 1e-6
        fd[i, j] = (f(tril + e) - f(tril - e)) / 2e-6
    np.testing.assert_allclose(L.grad.numpy(), fd, atol=1e-6)


def test_sample_means_are_within_five_standard_errors():
    torch.manual_seed(0)
    n = 20000
    for d in (D.Exponential(_t(2.0)), D.Laplace(_t(1.0), _t(0.5)), D.Normal(_t(-1.0), _t(3.0)),
              D.Uniform(_t(-2.0), _t(1.0)), D.Gamma(_t(0.4), _t(2.0)), D.Gamma(_t(3.0), _t(0.5)),
              D.Beta(_t(0.7), _t(2.0))):
        s = _np(d.sample((n,)))
        assert abs(s.mean() - _np(d.mean)) < 5 * np.sqrt(_np(d.variance) / n)


def test_rsample_gradients_are_the_reparameterisation():
    torch.manual_seed(1)
    loc = torch.tensor(0.5, requires_grad=True)
    scale = torch.tensor(2.0, requires_grad=True)
    z = D.Normal(loc, scale).rsample((4,))
    z.sum().backward()
    assert loc.grad.item() == 4.0
    np.testing.assert_allclose(scale.grad.item(), ((_np(z) - 0.5) / 2.0).sum(), rtol=1e-6)


def test_validation_errors_name_the_parameter_and_constraint():
    with pytest.raises(ValueError, match=r"^Expected parameter scale .* GreaterThan\(lower_bound"):
        D.Normal(0.0, -1.0)
    with pytest.raises(ValueError, match=r"^Expected value argument .*\(GreaterThanEq"):
        D.Exponential(1.0).log_prob(torch.tensor(-1.0))
    assert D.Normal(0.0, -1.0, validate_args=False).scale.item() == -1.0
    with pytest.raises(NotImplementedError, match="No KL"):
        D.kl_divergence(D.Normal(0.0, 1.0), D.Poisson(1.0))


def test_gamma_samples_pass_a_kolmogorov_smirnov_test():
    torch.manual_seed(5)
    for a in (0.3, 1.0, 4.0):
        s = _np(D.Gamma(_t(a), _t(1.0)).sample((4000,)))
        assert stats.kstest(s, stats.gamma(a).cdf).pvalue > 1e-3


def test_dirichlet_samples_lie_on_the_simplex_with_the_right_mean():
    torch.manual_seed(6)
    alpha = np.array([0.5, 1.0, 2.5])
    s = _np(D.Dirichlet(_t(alpha)).sample((5000,)))
    np.testing.assert_allclose(s.sum(-1), 1.0, rtol=1e-12)
    se = np.sqrt(stats.dirichlet(alpha).var() / 5000)
    assert (np.abs(s.mean(0) - alpha / alpha.sum()) < 5 * se).all()


def test_cauchy_and_geometric_match_scipy():
    c = D.Cauchy(_t(0.5), _t(2.0))
    ref = stats.cauchy(0.5, 2.0)
    np.testing.assert_allclose(_np(c.log_prob(_t(X))), ref.logpdf(X), rtol=1e-10)
    np.testing.assert_allclose(_np(c.cdf(_t(X))), ref.cdf(X), rtol=1e-10)
    np.testing.assert_allclose(_np(c.entropy()), ref.entropy(), rtol=1e-10)
    g = D.Geometric(_t(0.3))
    k = np.array([0.0, 1.0, 5.0])
    ref = stats.geom(0.3, loc=-1)  # SciPy counts trials, torch counts failures
    np.testing.assert_allclose(_np(g.log_prob(_t(k))), ref.logpmf(k), rtol=1e-10)
    np.testing.assert_allclose([_np(g.mean), _np(g.variance)], [ref.mean(), ref.var()])
    np.testing.assert_allclose(_np(g.entropy()), ref.entropy(), rtol=1e-10)


def test_mixture_log_prob_is_the_weighted_density():
    w = np.array([0.2, 0.5, 0.3])
    mu, sd = np.array([-1.0, 0.0, 2.0]), np.array([0.5, 1.0, 0.7])
    gmm = D.MixtureSameFamily(D.Categorical(_t(w)), D.Normal(_t(mu), _t(sd)))
    x = np.array([-1.5, 0.1, 2.2])
    expected = np.log((w * stats.norm(mu, sd).pdf(x[:, None])).sum(-1))
    np.testing.assert_allclose(_np(gmm.log_prob(_t(x))), expected, rtol=1e-10)
    np.testing.assert_allclose(_np(gmm.mean), (w * mu).sum(), rtol=1e-10)


def test_gamma_rsample_gradient_follows_the_inverse_cdf():
    torch.manual_seed(7)
    alpha = np.array([0.4, 1.5, 4.0, 12.0])
    a = torch.tensor(alpha, requires_grad=True)
    x = D.Gamma(a, _t(1.0)).rsample()
    x.sum().backward()
    u, h = special.gammainc(alpha, _np(x)), 1e-6
    fd = (special.gammaincinv(alpha + h, u) - special.gammaincinv(alpha - h, u)) / (2 * h)
    np.testing.assert_allclose(a.grad.numpy(), fd, rtol=1e-3)  # torch's approximations: ~1e-4


def test_beta_rsample_gradient_follows_the_inverse_cdf():
    torch.manual_seed(8)
    a, b = torch.tensor(2.0, requires_grad=True), torch.tensor(3.0, requires_grad=True)
    x = D.Beta(a, b).rsample((5,))
    x.sum().backward()
    u, h = special.betainc(2.0, 3.0, _np(x)), 1e-6
    fd_a = (special.betaincinv(2.0 + h, 3.0, u) - special.betaincinv(2.0 - h, 3.0, u)) / (2 * h)
    fd_b = (special.betaincinv(2.0, 3.0 + h, u) - special.betaincinv(2.0, 3.0 - h, u)) / (2 * h)
    np.testing.assert_allclose([a.grad.item(), b.grad.item()], [fd_a.sum(), fd_b.sum()],
                               rtol=1e-3)


def test_binomial_log_prob_and_sample_mean_match_scipy():
    k = np.array([0.0, 3.0, 10.0])
    got = D.Binomial(10, _t(0.35)).log_prob(_t(k))
    np.testing.assert_allclose(_np(got), stats.binom(10, 0.35).logpmf(k), rtol=1e-10)
    torch.manual_seed(9)
    for n, p in ((20, 0.1), (200, 0.4), (50, 0.95)):
        s = _np(D.Binomial(n, _t(p)).sample((4000,)))
        assert abs(s.mean() - n * p) < 5 * np.sqrt(n * p * (1 - p) / 4000)


def test_poisson_sample_mean_and_variance_match_the_rate():
    torch.manual_seed(10)
    for lam in (0.7, 4.0, 30.0):
        s = _np(D.Poisson(_t(lam)).sample((4000,))).astype(int)
        assert abs(s.mean() - lam) < 5 * np.sqrt(lam / 4000)
        assert abs(s.var() - lam) < 5 * np.sqrt((lam + 2 * lam**2) / 4000)
