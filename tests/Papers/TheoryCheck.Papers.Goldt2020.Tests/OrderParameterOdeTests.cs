using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Ode;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Tests.Theories.Goldt2020;

public class OrderParameterOdeTests
{
    private static readonly double[] Q0 = [1, .1, 0, .1, .8, .05, 0, .05, .6];
    private static readonly double[] R0 = [.3, .05, .1, .2, 0, .1];

    private static double[] Euler(OrderParameterOde ode, double[] m, int steps, double dt)
    {
        var y = m.ToArray();
        var dy = new double[y.Length];
        for (var s = 0; s < steps; s++)
        {
            ode.Evaluate(y, dy);
            for (var j = 0; j < y.Length; j++) y[j] += dt * dy[j];
        }
        return y;
    }

    [Fact]
    public void Scm_matches_the_reference_implementation_values()
    {
        // catalogue §2: nn2pp's ODE output (Euler, dt = 0.01): eps_g(0) = 0.573106, eps_g(51.40) = 0.0238059
        var s = ScmSetup.Standard(Activation.Erf, 3, 2, 0.5, 0.1);
        var ode = new OrderParameterOde(s, [1, 1, 1]);
        var m = s.Pack(Q0, R0, default);
        ode.Eg(m).Should().BeApproximately(0.573106, 1e-6);
        ode.Eg(Euler(ode, m, 5140, 0.01)).Should().BeApproximately(0.0238059, 1e-6);
    }

    [Fact]
    public void Both_layers_match_the_reference_implementation_values()
    {
        var s = ScmSetup.Standard(Activation.Erf, 3, 2, 0.5, 0.1, bothLayers: true);
        var ode = new OrderParameterOde(s, default);
        var m = s.Pack(Q0, R0, [0.8, 0.5, 0.3]);
        ode.Eg(Euler(ode, m, 5140, 0.01)).Should().BeApproximately(0.014733, 1e-6);
    }

    [Fact]
    public void Rk4_trajectory_matches_the_independent_implementation()
    {
        // catalogue §3 (independent Python ODE): eps_g = 0.353404, 0.265000, 0.207078, 0.100775, 0.032560 at α = 0, 1, 2, 5, 10
        var s = ScmSetup.Standard(Activation.Erf, 3, 2, 0.5, 0.1, bothLayers: true);
        var ode = new OrderParameterOde(s, default);
        var m = s.Pack(Q0, R0, [0.8, 0.5, 0.3]);
        var rk = new RungeKutta4(m.Length);
        var expected = new[] { (0.0, 0.353404), (1.0, 0.265000), (2.0, 0.207078), (5.0, 0.100775), (10.0, 0.032560) };
        var t = 0.0;
        foreach (var (alpha, eg) in expected)
        {
            rk.Integrate(ode.Rhs, m, t, alpha, 0.005);
            t = alpha;
            ode.Eg(m).Should().BeApproximately(eg, 6e-7);
        }
    }

    [Fact]
    public void Shared_work_rhs_equals_the_term_by_term_sums()
    {
        // K = 4, M = 3, both layers, a generic state: compare with Σ over GaussianAverages.I3/I4/J2/I2 directly
        var s = ScmSetup.Standard(Activation.Erf, 4, 3, 0.7, 0.3, bothLayers: true) with { VStar = [1.0, -0.5, 0.8] };
        var rnd = new TheoryCheck.Numerics.Random.Rng(3);
        var w = new double[7 * 20];
        for (var i = 0; i < w.Length; i++) w[i] = rnd.NextGaussian();
        var c = new double[49];
        for (var a = 0; a < 7; a++) for (var b = 0; b < 7; b++)
            c[a * 7 + b] = Enumerable.Range(0, 20).Sum(j => w[a * 20 + j] * w[b * 20 + j]) / 20;
        var t = new double[9];
        for (var a = 0; a < 3; a++) for (var b = 0; b < 3; b++) t[a * 3 + b] = c[(4 + a) * 7 + 4 + b];
        s = s with { T = t };
        var v = new[] { 0.9, -0.4, 0.3, 1.1 };
        var q = new double[16];
        var r = new double[12];
        for (var i = 0; i < 4; i++)
        {
            for (var k = 0; k < 4; k++) q[i * 4 + k] = c[i * 7 + k];
            for (var n = 0; n < 3; n++) r[i * 3 + n] = c[i * 7 + 4 + n];
        }
        var m = s.Pack(q, r, v);
        var dm = new double[m.Length];
        var ode = new OrderParameterOde(s, default);
        ode.Evaluate(m, dm);
        var u = v.Concat(s.VStar.Select(x => -x)).ToArray();
        const Activation g = Activation.Erf;
        double S3(int i, int b) => Enumerable.Range(0, 7).Sum(a => u[a] * GaussianAverages.I3(g, c, 7, i, b, a));
        for (var i = 0; i < 4; i++)
        {
            for (var k = i; k < 4; k++)
            {
                var i4 = 0.0;
                for (var a = 0; a < 7; a++) for (var b = 0; b < 7; b++) i4 += u[a] * u[b] * GaussianAverages.I4(g, c, 7, i, k, a, b);
                var expected = -0.7 * (v[i] * S3(i, k) + v[k] * S3(k, i)) + 0.49 * v[i] * v[k] * (i4 + 0.09 * GaussianAverages.J2(g, c, 7, i, k));
                dm[s.QIndex(i, k)].Should().BeApproximately(expected, 1e-13);
            }
            for (var n = 0; n < 3; n++) dm[s.RIndex(i, n)].Should().BeApproximately(-0.7 * v[i] * S3(i, 4 + n), 1e-13);
            dm[s.VIndex(i)].Should().BeApproximately(-0.7 * Enumerable.Range(0, 7).Sum(a => u[a] * GaussianAverages.I2(g, c, 7, i, a)), 1e-13);
        }
    }

    [Fact]
    public void Linear_scm_error_relaxes_exponentially_at_the_closed_form_rate()
    {
        // catalogue §4: dε/dα = −η_e(2 − η_e)ε + η_e²σ²/2 exactly, η_e = ηK (K = 3, M = 2, η = 0.1, σ = 0.1: rate 0.51)
        var s = ScmSetup.Standard(Activation.Linear, 3, 2, 0.1, 0.1);
        var ode = new OrderParameterOde(s, [1, 1, 1]);
        var m = s.Pack(Q0, R0, default);
        var e0 = ode.Eg(m);
        const double etaE = 0.3, rate = 0.51;
        var star = etaE * 0.01 / (4 - 2 * etaE);
        new RungeKutta4(m.Length).Integrate(ode.Rhs, m, 0, 3, 0.01);
        ode.Eg(m).Should().BeApproximately(star + (e0 - star) * Math.Exp(-rate * 3), 1e-10);
    }

    [Fact]
    public void Unstable_learning_rate_raises_a_divergence_exception_with_its_alpha()
    {
        // linear SCM with η K = 3 > 2: ε grows like exp(3α), so the bound 1e8 is crossed near α ≈ ln(1e8)/3 ≈ 6
        var s = ScmSetup.Standard(Activation.Linear, 3, 2, 1.0, 0.1);
        var ode = new OrderParameterOde(s, [1, 1, 1]);
        var m = s.Pack(Q0, R0, default);
        var act = () => new RungeKutta4(m.Length).Integrate(ode.Rhs, m, 0, 100, 0.01);
        act.Should().Throw<OdeDivergenceException>().Which.Time.Should().BeInRange(2, 12);
    }

    [Fact]
    public void Relu_has_no_ode()
    {
        var act = () => new OrderParameterOde(ScmSetup.Standard(Activation.Relu, 2, 1, 0.1, 0), [1, 1]);
        act.Should().Throw<NotSupportedException>();
    }
}
