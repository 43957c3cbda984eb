using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.LinearAlgebra;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Tests.Theories.Mahoney;

public class TridiagonalAndBidiagonalTests
{
    [Fact]
    public void QL_and_bisection_reproduce_the_second_difference_spectrum()
    {
        // diag 2, off-diagonal −1: eigenvalues 2 − 2cos(kπ/(n+1)), k = 1..n (closed form).
        const int n = 60;
        var a = Enumerable.Repeat(2.0, n).ToArray();
        var off = Enumerable.Repeat(-1.0, n - 1).ToArray();
        var expected = Enumerable.Range(1, n).Select(k => 2 - 2 * Math.Cos(k * Math.PI / (n + 1))).OrderBy(v => v).ToArray();
        var ql = SymmetricTridiagonal.AllEigenvalues(a, off);
        for (var i = 0; i < n; i++) ql[i].Should().BeApproximately(expected[i], 1e-13);
        var b2 = off.Select(v => v * v).ToArray();
        SymmetricTridiagonal.LargestEigenvalue(a, b2).Should().BeApproximately(expected[^1], 4e-16 * 4);
        SymmetricTridiagonal.CountBelow(a, b2, 2.0 - 1e-9).Should().Be(n / 2);
    }

    [Fact]
    public void Bidiagonal_tridiagonal_matches_dense_BBt()
    {
        var model = new LaguerreBidiagonal(70, 40);
        model.Sample(new Rng(7));
        var m = model.M;
        var b = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            b[i * m + i] = model.Diagonal[i];
            if (i < m - 1) b[i * m + i + 1] = model.SubDiagonal[i]; // B_{i+1,i}, column-major
        }
        var bbt = Dense.Backend.Multiply(b, m, m, false, b, m, m, true);
        var dense = Dense.Backend.SymmetricEigenvalues(bbt, m);
        var ql = model.AllEigenvalues();
        var scale = dense[^1];
        for (var i = 0; i < m; i++) ql[i].Should().BeApproximately(dense[i], 1e-12 * scale);
        model.LargestEigenvalue().Should().BeApproximately(dense[^1], 1e-13 * scale);
        model.Trace().Should().BeApproximately(dense.Sum(), 1e-12 * dense.Sum());
    }

    [Fact]
    public void Bidiagonal_trace_moments_are_exact_Wishart_moments()
    {
        // E tr(WᵀW) = NM, E tr((WᵀW)²) = NM(N + M + 1) for Gaussian W (catalogue §1 moment identity).
        const int n = 30, m = 12, s = 4000;
        var model = new LaguerreBidiagonal(n, m);
        var rng = new Rng(11);
        var t1 = new double[s];
        var t2 = new double[s];
        for (var i = 0; i < s; i++)
        {
            model.Sample(rng);
            t1[i] = model.Trace();
            t2[i] = model.TraceOfSquare();
        }
        var s1 = TheoryCheck.Numerics.Statistics.SampleSummary.Of(t1);
        var s2 = TheoryCheck.Numerics.Statistics.SampleSummary.Of(t2);
        s1.Mean.Should().BeApproximately(n * m, 4 * s1.StandardError);
        s2.Mean.Should().BeApproximately(n * m * (n + m + 1.0), 4 * s2.StandardError);
    }

    [Fact]
    public void Top_eigenvalue_of_a_large_model_is_on_the_Tracy_Widom_scale()
    {
        const int m = 100_000;
        var model = new LaguerreBidiagonal(2 * m, m);
        model.Sample(new Rng(3));
        var t = (model.LargestEigenvalue() - Johnstone.Centre(2 * m, m)) / Johnstone.Scale(2 * m, m);
        t.Should().BeInRange(-6, 5); // P(TW1 outside) < 1e-4
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.5)]
    [InlineData(7.0)]
    [InlineData(1000.0)]
    public void Chi_squared_sampler_has_the_right_mean_and_variance(double k)
    {
        var rng = new Rng(5);
        var x = Enumerable.Range(0, 20000).Select(_ => ChiSampler.ChiSquared(rng, k)).ToArray();
        var sum = TheoryCheck.Numerics.Statistics.SampleSummary.Of(x);
        sum.Mean.Should().BeApproximately(k, 4 * Math.Sqrt(2 * k / x.Length));
        var v = sum.StandardDeviation * sum.StandardDeviation;
        v.Should().BeApproximately(2 * k, 4 * Math.Sqrt((8 * k * k + 48 * k) / x.Length)); // Var(s²) ≈ (μ₄ − σ⁴)/n
        ChiSampler.Gamma(rng, 0.3).Should().BeGreaterThan(0);
    }

    [Fact]
    public void Kolmogorov_distances()
    {
        var grid = Enumerable.Range(0, 100).Select(i => (i + 0.5) / 100).ToArray();
        KolmogorovDistance.OneSample(grid, u => u).Should().BeApproximately(0.005, 1e-15);
        KolmogorovDistance.TwoSample([1, 2, 3, 4], [3.5, 5, 6, 7]).Should().BeApproximately(0.75, 1e-15);
        KolmogorovDistance.KolmogorovQ(1.3581).Should().BeApproximately(0.05, 1e-3); // 95% point of Kolmogorov's law
    }

    [Fact]
    public void Tridiagonal_routines_reject_bad_input()
    {
        FluentActions.Invoking(() => SymmetricTridiagonal.LargestEigenvalue([1.0, double.NaN], [1.0])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => SymmetricTridiagonal.AllEigenvalues([1.0, 2.0], [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new LaguerreBidiagonal(5, 10)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new LaguerreBidiagonal(5, 0)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
