using MathNet.Numerics;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Rmt4ml;

namespace TheoryCheck.Tests.Theories.Rmt4ml;

/// <summary>The RMT4ML solvers against the catalogue's exact values (§3) and against sampling.</summary>
public class Rmt4mlTests
{
    private static double PairError(int p, double separation)
    {
        var dmu2 = separation * separation;
        var t = p * (2 + dmu2 / (2 * p)) / 2;
        return 0.5 * (1 - SpecialFunctions.GammaLowerRegularized(p / 2.0, t / 2) + NoncentralChiSquared.Cdf(p, dmu2 / 2, t));
    }

    [Theory]
    [InlineData(64, 0.26238)]
    [InlineData(256, 0.25213)]
    [InlineData(1024, 0.24626)]
    [InlineData(4096, 0.24309)]
    [InlineData(16384, 0.24144)]
    public void Pair_error_at_quarter_power_separation_matches_the_catalogue(int p, double expected) =>
        PairError(p, 2 * Math.Pow(p, 0.25)).Should().BeApproximately(expected, 5e-6);

    [Theory]
    [InlineData(64, 0.46539)]
    [InlineData(256, 0.48245)]
    [InlineData(1024, 0.49120)]
    [InlineData(4096, 0.49559)]
    public void Pair_error_at_fixed_separation_matches_the_catalogue(int p, double expected) =>
        PairError(p, 2).Should().BeApproximately(expected, 5e-6);

    [Fact]
    public void Noncentral_chi_squared_matches_sampling()
    {
        var rng = new Rng(3);
        const int k = 10, samples = 200_000;
        const double b = 2.5, x = 14; // λ = b²
        var below = 0;
        var z = new double[k];
        for (var s = 0; s < samples; s++)
        {
            Ziggurat.Fill(rng, z);
            z[0] += b;
            if (z.Sum(v => v * v) <= x) below++;
        }
        var p = NoncentralChiSquared.Cdf(k, b * b, x);
        ((double)below / samples).Should().BeApproximately(p, 4 * Math.Sqrt(p * (1 - p) / samples));
    }

    [Fact]
    public void Spectral_limits_match_the_catalogue()
    {
        static (double Zeta, double Error) Limit(double delta, double c)
        {
            var t2 = delta * delta / 4;
            var zeta = t2 > Math.Sqrt(c) ? (t2 * t2 - c) / (t2 * t2 + t2) : 0;
            return (zeta, 0.5 * SpecialFunctions.Erfc(Math.Sqrt(zeta / (1 - zeta)) / Math.Sqrt(2)));
        }
        var (z3, e3) = Limit(3, 0.5);
        z3.Should().BeApproximately(0.6239316239, 1e-10);
        e3.Should().BeApproximately(0.0988630561, 1e-10);
        var (z2, e2) = Limit(2, 0.5);
        z2.Should().BeApproximately(0.25, 1e-15);
        e2.Should().BeApproximately(0.2818514308, 1e-10);
        (2 * Math.Pow(0.5, 0.25)).Should().BeApproximately(1.6817928305, 1e-10); // BBP threshold Δ* = 2c^(1/4)
    }

    [Fact]
    public void Mixture_sample_has_the_declared_means_and_scales()
    {
        const int p = 50, n = 4000;
        var x = GaussianMixture.Sample(p, n, 2, 1.5, new Rng(9));
        double m1 = 0, m2 = 0, v1 = 0, v2 = 0;
        for (var i = 0; i < n; i++)
        {
            var first = i < n / 2;
            if (first) m1 += x[i * p]; else m2 += x[i * p];
            var tail = 0.0;
            for (var k = 1; k < p; k++) tail += x[i * p + k] * x[i * p + k];
            if (first) v1 += tail; else v2 += tail;
        }
        (m1 / (n / 2)).Should().BeApproximately(1, 0.1);
        (m2 / (n / 2)).Should().BeApproximately(-1, 0.1);
        (v1 / (n / 2) / (p - 1)).Should().BeApproximately(1, 0.02);
        (v2 / (n / 2) / (p - 1)).Should().BeApproximately(1.5, 0.03);
    }
}
