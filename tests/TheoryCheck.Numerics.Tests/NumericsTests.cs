using TheoryCheck.Numerics.Activations;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Numerics.Special;

namespace TheoryCheck.Tests.Numerics;

/// <summary>Solvers against the catalogue's sanity values and against independent routes.</summary>
public class NumericsTests
{
    [Fact]
    public void Mp_cdf_matches_the_catalogue_value_at_c_1() =>
        MarchenkoPastur.Cdf(1, 1).Should().BeApproximately(1.0 / 3 + Math.Sqrt(3) / (2 * Math.PI), 1e-14); // 0.6089977810

    [Theory]
    [InlineData(0.25, 1.0)]
    [InlineData(0.5, 0.25)]
    [InlineData(1.0, 1.0)]
    public void Mp_cdf_agrees_with_quadrature_of_the_density(double c, double sigma2)
    {
        // Independent route: ∫ density with x = E₋ + (E₊ − E₋) sin²θ (removes both edge singularities).
        var lo = MarchenkoPastur.LowerEdge(c, sigma2);
        var hi = MarchenkoPastur.UpperEdge(c, sigma2);
        foreach (var x in new[] { lo + 0.1 * (hi - lo), (lo + hi) / 2, lo + 0.9 * (hi - lo) })
        {
            var top = Math.Asin(Math.Sqrt((x - lo) / (hi - lo)));
            var integral = MathNet.Numerics.Integrate.GaussLegendre(
                t => MarchenkoPastur.Density(lo + (hi - lo) * Math.Pow(Math.Sin(t), 2), c, sigma2) * (hi - lo) * Math.Sin(2 * t), 0, top, 256);
            MarchenkoPastur.Cdf(x, c, sigma2).Should().BeApproximately(integral, 1e-10);
        }
    }

    [Fact]
    public void Mp_moments_are_the_narayana_values() =>
        MarchenkoPastur.Moment(2, 0.5).Should().BeApproximately(1.5, 1e-15);

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    public void Theta_quadrature_reproduces_mass_and_moments(double alpha)
    {
        MpSpectrumQuadrature.Bulk(alpha, _ => 1).Should().BeApproximately(Math.Min(1, alpha), 1e-13);
        MpSpectrumQuadrature.Bulk(alpha, l => l).Should().BeApproximately(alpha, 1e-13);
        MpSpectrumQuadrature.Bulk(alpha, l => l * l).Should().BeApproximately(alpha * (1 + alpha), 1e-12);
    }

    [Theory]
    [InlineData(1.0, 0.5)]
    [InlineData(0.0, 0.15915494309189535)]
    [InlineData(0.5, 0.3044988905221147)]
    [InlineData(-0.5, 0.0544988905221147)]
    [InlineData(-1.0, 0.0)]
    public void Relu_kernel_matches_the_catalogue_values(double q, double h) => DualKernel.Relu(q).Should().BeApproximately(h, 1e-15);

    [Fact]
    public void ExpM1_is_accurate_where_exp_minus_one_cancels()
    {
        Elementary.ExpM1(1e-10).Should().BeApproximately(1.00000000005e-10, 1e-24);
        Elementary.ExpM1(-1e-300).Should().Be(-1e-300);
        Elementary.ExpM1(1).Should().BeApproximately(Math.E - 1, 1e-15);
    }

    [Fact]
    public void Gaussian_draws_have_unit_variance_and_zero_mean()
    {
        var rng = new Rng(42);
        const int n = 200_000;
        double sum = 0, sum2 = 0;
        for (var i = 0; i < n; i++)
        {
            var g = rng.NextGaussian();
            sum += g;
            sum2 += g * g;
        }
        (sum / n).Should().BeApproximately(0, 4 / Math.Sqrt(n));           // 4 standard errors
        (sum2 / n).Should().BeApproximately(1, 4 * Math.Sqrt(2.0 / n));     // Var(g²) = 2
    }
}
