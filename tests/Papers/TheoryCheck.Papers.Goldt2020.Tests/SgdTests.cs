using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Goldt2020;

namespace TheoryCheck.Tests.Theories.Goldt2020;

public class SgdTests
{
    private static readonly double[] Q0 = [1, .1, 0, .1, .8, .05, 0, .05, .6];
    private static readonly double[] R0 = [.3, .05, .1, .2, 0, .1];

    [Fact]
    public void Exact_construction_realises_the_prescribed_overlaps()
    {
        var s = ScmSetup.Standard(Activation.Erf, 3, 2, 0.5, 0.1);
        var sgd = OnlineSgd.FromOrderParameters(s, 300, Q0, R0, [1, 1, 1], new Rng(4));
        var q = new double[9]; var r = new double[6]; var t = new double[4];
        sgd.OrderParameters(q, r, t);
        q.Should().Equal(Q0, (a, b) => Math.Abs(a - b) < 1e-12);
        r.Should().Equal(R0, (a, b) => Math.Abs(a - b) < 1e-12);
        t.Should().Equal([1.0, 0, 0, 1], (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Construction_rejects_overlaps_that_are_not_positive_definite()
    {
        var s = ScmSetup.Standard(Activation.Erf, 3, 2, 0.5, 0.1);
        double[] badR = [1.2, 0, 0, 0, 0, 0]; // R_00 = 1.2 > √(Q_00 T_00)
        var act = () => OnlineSgd.FromOrderParameters(s, 300, Q0, badR, [1, 1, 1], new Rng(4));
        act.Should().Throw<ArgumentException>().WithMessage("*not positive definite*");
    }

    [Fact]
    public void One_step_follows_eq_2_and_3()
    {
        // replay the same random stream by hand: x from the ziggurat, then ζ
        const int n = 50;
        var s = ScmSetup.Standard(Activation.Erf, 2, 1, 0.7, 0.3, bothLayers: true);
        var wStar = new double[n]; var w = new double[2 * n];
        var init = new Rng(8);
        for (var i = 0; i < n; i++) wStar[i] = init.NextGaussian();
        for (var i = 0; i < 2 * n; i++) w[i] = init.NextGaussian();
        var v = new[] { 0.4, -0.9 };
        var w0 = w.ToArray(); var v0 = v.ToArray();
        var sgd = new OnlineSgd(s, n, wStar, w, v);
        sgd.Step(new Rng(21));
        var replay = new Rng(21);
        var x = new double[n];
        Ziggurat.Fill(replay, x);
        var zeta = Ziggurat.Next(replay);
        double Dot(double[] a, int off) => Enumerable.Range(0, n).Sum(j => a[off + j] * x[j]) / Math.Sqrt(n);
        double G(double z) => MathNet.Numerics.SpecialFunctions.Erf(z / Math.Sqrt(2));
        var rho = Dot(wStar, 0);
        var lam = new[] { Dot(w0, 0), Dot(w0, n) };
        var delta = v0[0] * G(lam[0]) + v0[1] * G(lam[1]) - (G(rho) + 0.3 * zeta);
        for (var k = 0; k < 2; k++)
        {
            var gp = Math.Sqrt(2 / Math.PI) * Math.Exp(-lam[k] * lam[k] / 2);
            for (var j = 0; j < n; j++)
                sgd.Weights[k * n + j].Should().BeApproximately(w0[k * n + j] - 0.7 / Math.Sqrt(n) * v0[k] * gp * delta * x[j], 1e-13);
            sgd.SecondLayer[k].Should().BeApproximately(v0[k] - 0.7 / n * G(lam[k]) * delta, 1e-14);
        }
        sgd.Alpha.Should().Be(1.0 / n);
    }

    [Fact]
    public void Steps_allocate_nothing()
    {
        var s = ScmSetup.Standard(Activation.Erf, 3, 2, 0.5, 0.1, bothLayers: true);
        var sgd = OnlineSgd.FromOrderParameters(s, 200, Q0, R0, [0.8, 0.5, 0.3], new Rng(4));
        var rng = new Rng(5);
        sgd.Run(100, rng);
        var before = GC.GetAllocatedBytesForCurrentThread();
        sgd.Run(2000, rng);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Fact]
    public void Linear_scm_sgd_mean_error_follows_the_exact_finite_n_recursion()
    {
        // catalogue §5: E eps_μ = eps*_N + (eps_0 − eps*_N)(1 − κ_N/N)^μ; 24 seeds, N = 40, α = 3; tolerance 4 SE
        const int n = 40, seeds = 24;
        var s = ScmSetup.Standard(Activation.Linear, 3, 2, 0.1, 0.1);
        double etaE = 0.3, kappa = 2 * etaE - etaE * etaE * (1 + 2.0 / n), starN = etaE * etaE * 0.01 / (2 * kappa);
        var values = new double[seeds];
        double e0 = 0;
        for (var seed = 0; seed < seeds; seed++)
        {
            var sgd = OnlineSgd.FromOrderParameters(s, n, Q0, R0, [1, 1, 1], new Rng((ulong)(100 + seed)));
            e0 = sgd.Eg();
            sgd.Run(3 * n, new Rng((ulong)(500 + seed)));
            values[seed] = sgd.Eg();
        }
        var expected = starN + (e0 - starN) * Math.Pow(1 - kappa / n, 3 * n);
        var mean = values.Average();
        var se = Math.Sqrt(values.Sum(x => (x - mean) * (x - mean)) / (seeds - 1) / seeds);
        Math.Abs(mean - expected).Should().BeLessThan(4 * se);
    }
}
