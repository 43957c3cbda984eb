using MathNet.Numerics.Integration;
using TheoryCheck.Numerics.RandomMatrix;

namespace TheoryCheck.Tests.Numerics.RandomMatrix;

/// <summary>Edelman's hard-edge law: closed-form moments and quantiles against quadrature and the CDF.</summary>
public class EdelmanHardEdgeTests
{
    // E[Xᵏ] = ∫₀^∞ xᵏ f(x) dx with x = t² (f(t²)·2t = (t + 1)e^{−t²/2−t}, smooth), adaptive Gauss–Kronrod on [0, 60]
    // (the tail beyond is below e^{−1800}).
    private static double MomentByQuadrature(int k) =>
        GaussKronrodRule.Integrate(t => Math.Pow(t * t, k) * (t + 1) * Math.Exp(-t * t / 2 - t), 0, 60, out _, out _, 1e-15, 8, 21);

    [Fact]
    public void Mean_and_variance_match_quadrature()
    {
        MomentByQuadrature(0).Should().BeApproximately(1, 1e-14);
        EdelmanHardEdge.Mean.Should().BeApproximately(MomentByQuadrature(1), 1e-14);
        EdelmanHardEdge.Variance.Should().BeApproximately(MomentByQuadrature(2) - MomentByQuadrature(1) * MomentByQuadrature(1), 1e-13);
    }

    [Fact]
    public void Quantile_inverts_the_cdf_and_the_median_is_Edelmans()
    {
        foreach (var p in new[] { 1e-6, 0.1, 0.5, 0.9, 0.999 })
            EdelmanHardEdge.Cdf(EdelmanHardEdge.Quantile(p)).Should().BeApproximately(p, 1e-15);
        var r = Math.Sqrt(1 + 2 * Math.Log(2)) - 1;
        EdelmanHardEdge.Median.Should().BeApproximately(r * r, 1e-15);
    }

    [Fact]
    public void Density_is_the_derivative_of_the_cdf()
    {
        const double h = 1e-4;
        foreach (var x in new[] { 0.3, 1, 2.5, 7 }) // FD error h²f‴/6 < 1e-8 here
            EdelmanHardEdge.Density(x).Should().BeApproximately((EdelmanHardEdge.Cdf(x + h) - EdelmanHardEdge.Cdf(x - h)) / (2 * h), 1e-7);
    }
}
