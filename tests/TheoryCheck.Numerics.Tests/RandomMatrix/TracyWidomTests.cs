using TheoryCheck.Numerics.RandomMatrix;

namespace TheoryCheck.Tests.Numerics.RandomMatrix;

/// <summary>
/// The Tracy–Widom CDFs, densities, quantiles and moments against independent routes: node doubling, a second
/// Fredholm route for F₂, the existing eigenvalue-based F₁, finite differences, and the published moments.
/// </summary>
public class TracyWidomTests
{
    public static TheoryData<int> Betas => new() { 1, 2, 4 };

    [Fact]
    public void F2_by_the_Airy_kernel_agrees_with_the_product_of_the_Hankel_determinants()
    {
        // det(I − K_Ai)|(s,∞) = det(I − A_s)·det(I + A_s): two different kernels, quadratures and intervals.
        for (var s = -8.0; s <= 8; s += 0.37)
        {
            var v = AiryHankelDeterminants.At(s);
            AiryKernelDeterminant.At(s).Cdf.Should().BeApproximately(v.Minus * v.Plus, 1e-14, $"s = {s}");
        }
    }

    [Fact]
    public void Doubling_the_nodes_changes_the_cdf_by_less_than_1e14()
    {
        for (var t = -10.0; t <= 16; t += 0.53)
        {
            var (a, b) = (AiryHankelDeterminants.At(t), AiryHankelDeterminants.At(t, 128));
            a.Minus.Should().BeApproximately(b.Minus, 1e-14, $"t = {t}");
            a.Plus.Should().BeApproximately(b.Plus, 1e-14, $"t = {t}");
            a.MinusPrime.Should().BeApproximately(b.MinusPrime, 1e-13, $"t = {t}");
        }
        for (var s = -8.0; s <= 9; s += 0.41)
        {
            var (a, b) = (AiryKernelDeterminant.At(s), AiryKernelDeterminant.At(s, 128));
            a.Cdf.Should().BeApproximately(b.Cdf, 1e-14, $"s = {s}");
            a.Density.Should().BeApproximately(b.Density, 1e-13, $"s = {s}");
        }
    }

    [Fact]
    public void F1_agrees_with_the_eigenvalue_route_of_TracyWidom1()
    {
        // TracyWidom1 uses another interval, node count and the dense eigen-solver for the determinant.
        for (var s = -8.0; s <= 8; s += 0.31)
            TracyWidom.Cdf(1, s).Should().BeApproximately(TracyWidom1.Cdf(s, 80), 1e-13, $"s = {s}");
    }

    [Theory]
    [MemberData(nameof(Betas))]
    public void Density_is_the_derivative_of_the_cdf(int beta)
    {
        // Central difference of order 4 with h = 1e-3: truncation error h⁴·F⁽⁵⁾/30 ≈ 1e-13, rounding ≈ 1e-16/h.
        const double h = 1e-3;
        for (var s = -6.0; s <= 4; s += 0.47)
        {
            var fd = (8 * (TracyWidom.Cdf(beta, s + h) - TracyWidom.Cdf(beta, s - h)) - (TracyWidom.Cdf(beta, s + 2 * h) - TracyWidom.Cdf(beta, s - 2 * h))) / (12 * h);
            TracyWidom.Density(beta, s).Should().BeApproximately(fd, 1e-10, $"β = {beta}, s = {s}");
        }
    }

    [Theory]
    [MemberData(nameof(Betas))]
    public void Quantile_inverts_the_cdf(int beta)
    {
        foreach (var p in new[] { 1e-6, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1 - 1e-6 })
            TracyWidom.Cdf(beta, TracyWidomQuantile.Of(beta, p)).Should().BeApproximately(p, 1e-13, $"β = {beta}, p = {p}");
    }

    [Theory]
    // Bornemann (2010), Markov Process. Relat. Fields 16, table of the Tracy–Widom moments (the same 13 digits as
    // Tracy–Widom's Painlevé II values); β = 4 in the scaling F₄(s) = (det(I − A_{√2s}) + det(I + A_{√2s}))/2.
    [InlineData(1, -1.2065335745820, 1.6077810345810, 0.2934645240, 0.1652429384)]
    [InlineData(2, -1.7710868074116, 0.8131947928329, 0.2240842036, 0.0934480876)]
    [InlineData(4, -2.3068848932410, 0.5177237207726, 0.1655094943, 0.0491951565)]
    public void Moments_match_the_published_table(int beta, double mean, double variance, double skewness, double kurtosis)
    {
        // The table has 13 decimals for mean and variance and 10 for the shape: that sets the tolerances.
        var m = TracyWidomMoments.Of(beta);
        m.Mass.Should().BeApproximately(1, 1e-13);
        m.Mean.Should().BeApproximately(mean, 2e-12);
        m.Variance.Should().BeApproximately(variance, 2e-12);
        m.Skewness.Should().BeApproximately(skewness, 2e-10);
        m.ExcessKurtosis.Should().BeApproximately(kurtosis, 2e-10);
    }

    [Theory]
    [MemberData(nameof(Betas))]
    public void Cdf_is_monotone_and_reaches_0_and_1(int beta)
    {
        var previous = 0.0;
        for (var s = TracyWidom.LowerCut(beta) - 1; s <= TracyWidom.UpperCut(beta) + 1; s += 0.25)
        {
            var f = TracyWidom.Cdf(beta, s);
            // A determinant near 1 carries rounding of order m·eps ≈ 1e-14 (m = 64 pivots), so monotone up to that.
            f.Should().BeGreaterThanOrEqualTo(previous - 1e-14, $"s = {s}");
            previous = f;
        }
        TracyWidom.Cdf(beta, TracyWidom.LowerCut(beta)).Should().Be(0);
        TracyWidom.Cdf(beta, TracyWidom.UpperCut(beta)).Should().BeApproximately(1, 1e-14); // 1 − F < 1e-17 there, plus m·eps rounding
        TracyWidom.Cdf(beta, double.PositiveInfinity).Should().Be(1);
    }

    [Fact]
    public void Bad_beta_and_p_are_refused()
    {
        FluentActions.Invoking(() => TracyWidom.Cdf(3, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => TracyWidomQuantile.Of(2, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => TracyWidom.Cdf(2, double.NaN)).Should().Throw<ArgumentException>();
    }
}
