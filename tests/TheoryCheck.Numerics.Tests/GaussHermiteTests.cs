using TheoryCheck.Numerics.Quadrature;

namespace TheoryCheck.Tests.Numerics;

/// <summary>The probabilists' Gauss–Hermite rule against known nodes, weights and Gaussian moments.</summary>
public class GaussHermiteTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(80)]
    public void Moments_of_the_standard_normal_are_exact_up_to_degree_2n_minus_1(int n)
    {
        var rule = new GaussHermite(n);
        rule.Weights.Sum().Should().BeApproximately(1, 1e-14);
        double doubleFactorial = 1; // (2k − 1)!! = E[G^{2k}]
        for (var k = 1; 2 * k <= 2 * n - 1 && k <= 12; k++)
        {
            doubleFactorial *= 2 * k - 1;
            var moment = rule.Expectation(x => Math.Pow(x, 2 * k));
            moment.Should().BeApproximately(doubleFactorial, 1e-13 * doubleFactorial, $"E[G^{2 * k}] with n = {n}");
            rule.Expectation(x => Math.Pow(x, 2 * k - 1)).Should().BeApproximately(0, 1e-13 * doubleFactorial);
        }
    }

    [Fact]
    public void Five_point_rule_has_the_roots_of_He5()
    {
        // He₅(x) = x⁵ − 10x³ + 15x: roots 0, ±√(5 ± √10); weights 8/15 at 0 and (7 ∓ 2√10)/60 … by E[He_k] conditions.
        var rule = new GaussHermite(5);
        var inner = Math.Sqrt(5 - Math.Sqrt(10));
        var outer = Math.Sqrt(5 + Math.Sqrt(10));
        rule.Abscissas.Should().Equal([-outer, -inner, 0, inner, outer], (a, b) => Math.Abs(a - b) < 1e-14);
        rule.Weights[2].Should().BeApproximately(8.0 / 15, 1e-15);
        // Christoffel weights w = 1 / Σ_k ĥe_k(x)²: at x = inner the weight is (7 + 2√10)/60 … check by second moment instead.
        (2 * rule.Weights[1] * inner * inner + 2 * rule.Weights[0] * outer * outer).Should().BeApproximately(1, 1e-14);
    }

    [Fact]
    public void Large_orders_do_not_overflow_and_keep_exact_low_moments()
    {
        // NumPy's hermegauss returns NaN at N = 400 (catalogue §1.1 pitfall); the rescaled recurrence does not.
        var rule = new GaussHermite(400);
        rule.Weights.Should().OnlyContain(w => double.IsFinite(w) && w >= 0);
        rule.Weights.Sum().Should().BeApproximately(1, 1e-13);
        rule.Expectation(x => x * x * x * x).Should().BeApproximately(3, 1e-12);
        rule.Expectation(Math.Cos).Should().BeApproximately(Math.Exp(-0.5), 1e-14); // E[cos G] = e^{−1/2}
    }

    [Fact]
    public void Smooth_expectations_converge_spectrally()
    {
        // E[exp(G)] = e^{1/2}: an entire integrand.
        new GaussHermite(32).Expectation(Math.Exp).Should().BeApproximately(Math.Exp(0.5), 1e-14);
    }

    [Fact]
    public void Orders_outside_the_range_are_rejected() =>
        new Action(() => _ = new GaussHermite(0)).Should().Throw<ArgumentOutOfRangeException>();
}
