using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Tests.Theories.Mahoney;

public class TracyWidom1Tests
{
    [Fact]
    public void Nystrom_with_40_and_80_nodes_agree_to_1e12()
    {
        for (var s = -8.0; s <= 8; s += 0.5)
            Math.Abs(TracyWidom1.Cdf(s, 40) - TracyWidom1.Cdf(s, 80)).Should().BeLessThan(1e-12, $"s = {s}");
    }

    [Fact]
    public void Moments_from_F1_match_published_constants()
    {
        // Catalogue §0.2: mean −1.2065335745820, variance 1.6077810345810 (Bornemann 2010); required 1e-10 / 1e-9.
        var (mean, variance) = TracyWidom1.Moments();
        mean.Should().BeApproximately(-1.2065335745820, 1e-10);
        variance.Should().BeApproximately(1.6077810345810, 1e-9);
    }

    [Fact]
    public void Cdf_is_a_distribution_function_with_the_known_tails()
    {
        var prev = 0.0;
        for (var s = -9.0; s <= 12; s += 0.25)
        {
            var f = TracyWidom1.Cdf(s);
            f.Should().BeGreaterThanOrEqualTo(prev - 1e-15);
            prev = f;
        }
        // Right tail: 1 − F₁(s) ~ e^{−(2/3)s^{3/2}}/(4√π s^{3/4}) (Baik–Buckingham–DiFranco 2008): ratio → 1.
        var s0 = 8.0;
        var ratio = (1 - TracyWidom1.Cdf(s0)) / (Math.Exp(-2.0 / 3 * Math.Pow(s0, 1.5)) / (4 * Math.Sqrt(Math.PI) * Math.Pow(s0, 0.75)));
        ratio.Should().BeInRange(0.9, 1.1);
    }

    [Fact]
    public void Fast_cdf_agrees_with_direct_evaluation()
    {
        for (var s = -9.9; s < 13.9; s += 0.1731)
            TracyWidom1.CdfFast(s).Should().BeApproximately(TracyWidom1.Cdf(s), 1e-12, $"s = {s}");
        TracyWidom1.CdfFast(-20).Should().Be(0);
        TracyWidom1.CdfFast(20).Should().Be(1);
    }
}
