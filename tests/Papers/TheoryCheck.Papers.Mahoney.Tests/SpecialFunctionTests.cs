using MathNet.Numerics;
using MathNet.Numerics.Integration;
using TheoryCheck.Numerics.Quadrature;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Tests.Theories.Mahoney;

public class SpecialFunctionTests
{
    // Abramowitz & Stegun Table 10.11 / DLMF §9.2 values (the first two are quoted in catalogue §0.2).
    [Theory]
    [InlineData(0.0, 0.355028053887817239)]
    [InlineData(1.0, 0.135292416312881416)]
    [InlineData(-1.0, 0.535560883292352080)]
    public void Airy_matches_tabulated_values(double x, double expected) =>
        SpecialFunctions.AiryAi(x).Should().BeApproximately(expected, 2e-15 * Math.Abs(expected) + 1e-16);

    // Large |x|: compare with the asymptotic expansions (DLMF 9.7.5, 9.7.9), u_k = Γ(3k+½)/(54^k k! Γ(k+½)).
    private static double U(int k) => Math.Exp(SpecialFunctions.GammaLn(3 * k + 0.5) - k * Math.Log(54) - SpecialFunctions.FactorialLn(k) - SpecialFunctions.GammaLn(k + 0.5));

    [Theory]
    [InlineData(15.0)]
    [InlineData(20.0)]
    [InlineData(30.0)]
    public void Airy_matches_asymptotics_for_large_positive_x(double x)
    {
        var zeta = 2.0 / 3 * Math.Pow(x, 1.5);
        double sum = 0;
        for (var k = 0; k < 12; k++) sum += (k % 2 == 0 ? 1 : -1) * U(k) / Math.Pow(zeta, k);
        var expected = Math.Exp(-zeta) / (2 * Math.Sqrt(Math.PI) * Math.Pow(x, 0.25)) * sum;
        SpecialFunctions.AiryAi(x).Should().BeApproximately(expected, 1e-13 * expected);
    }

    [Theory]
    [InlineData(15.0)]
    [InlineData(20.0)]
    [InlineData(30.0)]
    public void Airy_matches_asymptotics_for_large_negative_x(double x)
    {
        var zeta = 2.0 / 3 * Math.Pow(x, 1.5);
        double even = 0, odd = 0;
        for (var k = 0; k < 10; k++)
        {
            var sign = k % 2 == 0 ? 1 : -1;
            even += sign * U(2 * k) / Math.Pow(zeta, 2 * k);
            odd += sign * U(2 * k + 1) / Math.Pow(zeta, 2 * k + 1);
        }
        var amplitude = 1 / (Math.Sqrt(Math.PI) * Math.Pow(x, 0.25));
        var expected = amplitude * (Math.Cos(zeta - Math.PI / 4) * even + Math.Sin(zeta - Math.PI / 4) * odd);
        SpecialFunctions.AiryAi(-x).Should().BeApproximately(expected, 1e-13 * amplitude);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(48)]
    [InlineData(80)]
    [InlineData(200)]
    [InlineData(1000)]
    public void Gauss_legendre_rule_is_exact_for_polynomials_and_accurate_for_analytic_functions(int order)
    {
        var rule = new GaussLegendre(-1, 3, order); // exact up to degree 2·order − 1
        rule.Integrate(x => Math.Pow(x, 19)).Should().BeApproximately((Math.Pow(3, 20) - 1) / 20, 1e-13 * Math.Pow(3, 20) / 20);
        rule.Weights.Sum().Should().BeApproximately(4, 1e-14);
        rule.Integrate(Math.Cos).Should().BeApproximately(Math.Sin(3) + Math.Sin(1), 1e-14);
    }

    [Fact]
    public void MathNet_rule_is_exact_at_tabulated_orders()
    {
        // MathNet's GaussLegendreRule is used nowhere for untabulated orders (its weights are off by ~1e-12 at 48).
        var rule = new GaussLegendreRule(-1, 3, 20);
        rule.Abscissas.Zip(rule.Weights).Sum(t => t.Second * Math.Pow(t.First, 19))
            .Should().BeApproximately((Math.Pow(3, 20) - 1) / 20, 1e-13 * Math.Pow(3, 20) / 20);
    }

    [Fact]
    public void Chebyshev_interpolant_is_spectrally_accurate()
    {
        var f = ChebyshevInterpolant.Build(x => Math.Exp(Math.Sin(3 * x)), -2, 1, 80);
        for (var x = -2.0; x <= 1; x += 0.0123)
            f.Evaluate(x).Should().BeApproximately(Math.Exp(Math.Sin(3 * x)), 1e-13);
    }
}
