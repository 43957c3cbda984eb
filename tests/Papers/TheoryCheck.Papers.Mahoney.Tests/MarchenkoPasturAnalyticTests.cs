using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Papers.Mahoney;

namespace TheoryCheck.Tests.Theories.Mahoney;

public class MarchenkoPasturAnalyticTests
{
    [Fact]
    public void Stieltjes_sanity_values()
    {
        // Catalogue §4: c = 1, z = −1 → (√5 − 1)/2; c = 1, z = −0.5 → 1; m(z) ≈ −1/z as z → −∞.
        MarchenkoPasturStieltjes.AtNegative(-1, 1).Should().BeApproximately((Math.Sqrt(5) - 1) / 2, 1e-15);
        MarchenkoPasturStieltjes.AtNegative(-0.5, 1).Should().BeApproximately(1, 1e-15);
        (MarchenkoPasturStieltjes.AtNegative(-1e6, 0.5) * 1e6).Should().BeApproximately(1, 1e-5);
    }

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(4.0)]
    public void Stieltjes_root_agrees_with_quadrature_including_the_atom(double c)
    {
        foreach (var z in new[] { -0.05, -0.5, -1, -7 })
        {
            var m = MarchenkoPasturStieltjes.AtNegative(z, c);
            m.Should().BeGreaterThan(0);
            (c * z * m * m - (1 - c - z) * m + 1).Should().BeApproximately(0, 1e-13 * (1 + Math.Abs(z) * m * m));
            var q = MarchenkoPasturStieltjes.ByQuadrature(z, c);
            m.Should().BeApproximately(q, (c == 1 ? 1e-9 : 1e-12) * m, $"c = {c}, z = {z}");
        }
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.5)]
    public void Narayana_moments_agree_with_sin2_quadrature(double c)
    {
        for (var k = 1; k <= 6; k++)
        {
            var q = MarchenkoPasturQuadrature.IntegrateContinuous(x => Math.Pow(x, k), c, 1.7); // the atom contributes 0
            MarchenkoPastur.Moment(k, c, 1.7).Should().BeApproximately(q, 1e-12 * q, $"k = {k}");
        }
        // Mass of the continuous part: 1 for c ≤ 1, 1/c for c > 1.
        MarchenkoPasturQuadrature.IntegrateContinuous(_ => 1, c).Should().BeApproximately(Math.Min(1, 1 / c), 1e-13);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Entropy_constant_K_equals_c_over_2(double c)
    {
        // K(c) = ∫ x ln x dMP_c(x) = c/2 (catalogue §0.2), by quadrature.
        var k = MarchenkoPasturQuadrature.IntegrateContinuous(x => x * Math.Log(x), c);
        k.Should().BeApproximately(c / 2, 1e-11);
        new MpSpectralMetricsTheory().Evaluate(MahoneyTestPoints.Make("M", 100, [new MpSpectralMetricsTheory()], ("Q", 1 / c)))["entropy-gap"]
            .Should().BeApproximately(c / 2, 1e-15);
    }

    [Fact]
    public void Johnstone_sanity_value_and_asymptotic_scale()
    {
        // Catalogue §1: N = 201, M = 100 → μ = (√200 + 10)² = 582.84…
        Johnstone.Centre(201, 100).Should().BeApproximately(582.84, 0.005);
        // σ_NM/N → Q^{−1/2}(1 + Q^{−1/2})^{4/3} M^{−2/3}
        const int m = 1_000_000;
        const double q = 4;
        var ratio = Johnstone.Scale(q * m, m) / (q * m) / (Math.Pow(q, -0.5) * Math.Pow(1 + Math.Pow(q, -0.5), 4.0 / 3) * Math.Pow(m, -2.0 / 3));
        ratio.Should().BeApproximately(1, 1e-5);
        FluentActions.Invoking(() => Johnstone.Centre(1, 5)).Should().Throw<ArgumentException>();
    }
}
