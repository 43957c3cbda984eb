using MathNet.Numerics.Integration;
using TheoryCheck.Numerics.RandomMatrix;

namespace TheoryCheck.Tests.Numerics.RandomMatrix;

/// <summary>The MP CDF, quantile, atom and moments against adaptive quadrature of the density and the c ↔ 1/c duality.</summary>
public class MarchenkoPasturDistributionTests
{
    // F(y) = a₀ + ∫ ρ by adaptive Gauss–Kronrod after y = E₋ + Δ sin²(θ/2), which turns ρ dy into the smooth
    // Δ² sin²θ / (8πc y(θ)) dθ (no edge singularity, also at c = 1): an independent route to the closed form.
    private static double CdfByQuadrature(double x, double c, double sigma2)
    {
        var y = x / sigma2;
        double lower = (1 - Math.Sqrt(c)) * (1 - Math.Sqrt(c)), upper = (1 + Math.Sqrt(c)) * (1 + Math.Sqrt(c));
        var atom = Math.Max(0, 1 - 1 / c);
        if (y <= lower) return y < 0 ? 0 : atom;
        if (y >= upper) return 1;
        var width = upper - lower;
        var theta = 2 * Math.Asin(Math.Sqrt((y - lower) / width));
        double Integrand(double t)
        {
            var s = Math.Sin(t / 2);
            return width * width * Math.Sin(t) * Math.Sin(t) / (8 * Math.PI * c * (lower + width * s * s));
        }
        // Depth 8 (at most 2^8 panels of 21 points): the integrand is entire in θ, so a few panels reach 1e-16 absolute;
        // a relative target on an integral of ~1e-18 (θ near 0) would otherwise split to depth 30 and never finish.
        return atom + GaussKronrodRule.Integrate(Integrand, 0, theta, out _, out _, 1e-15, 8, 21);
    }

    public static TheoryData<double, double> Laws => new()
    {
        { 0.1, 1 }, { 0.37, 2.5 }, { 0.9, 1 }, { 1, 1 }, { 1, 0.3 }, { 1.7, 1 }, { 4, 0.5 }, { 25, 1 },
    };

    [Theory]
    [MemberData(nameof(Laws))]
    public void Cdf_agrees_with_adaptive_quadrature_of_the_density_to_1e13(double c, double sigma2)
    {
        double lower = MarchenkoPastur.LowerEdge(c, sigma2), upper = MarchenkoPastur.UpperEdge(c, sigma2);
        var points = Enumerable.Range(0, 41).Select(i => lower + (upper - lower) * i / 40.0)
            .Concat(new[] { 1e-12, 1e-9, 1e-6, 1e-3 }.SelectMany(d => new[] { lower + d * (upper - lower), upper - d * (upper - lower) }));
        foreach (var x in points)
            MarchenkoPasturDistribution.Cdf(x, c, sigma2).Should().BeApproximately(CdfByQuadrature(x, c, sigma2), 1e-13, $"c = {c}, σ² = {sigma2}, x = {x}");
    }

    [Theory]
    [MemberData(nameof(Laws))]
    public void Agrees_with_the_original_closed_form_away_from_the_edges(double c, double sigma2)
    {
        double lower = MarchenkoPastur.LowerEdge(c, sigma2), upper = MarchenkoPastur.UpperEdge(c, sigma2);
        for (var i = 1; i < 40; i++)
        {
            var x = lower + (upper - lower) * i / 40.0;
            MarchenkoPasturDistribution.Cdf(x, c, sigma2).Should().BeApproximately(MarchenkoPastur.Cdf(x, c, sigma2), 1e-13);
        }
    }

    [Theory]
    [MemberData(nameof(Laws))]
    public void Quantile_round_trips_through_the_cdf(double c, double sigma2)
    {
        foreach (var p in new[] { 1e-9, 0.01, 0.2, 0.5, 0.8, 0.99, 1 - 1e-9 })
        {
            var q = MarchenkoPasturDistribution.Quantile(p, c, sigma2);
            if (p <= MarchenkoPasturDistribution.Atom(c)) { q.Should().Be(0); continue; }
            MarchenkoPasturDistribution.Cdf(q, c, sigma2).Should().BeApproximately(p, 1e-14, $"c = {c}, p = {p}");
        }
    }

    [Theory]
    [InlineData(1.7, 1.0)]
    [InlineData(4, 0.5)]
    [InlineData(25, 2.0)]
    public void Atom_and_the_c_to_1_over_c_duality(double c, double sigma2)
    {
        // WᵀW/N (p × p) and WWᵀ/N (n × n) share their nonzero eigenvalues; WWᵀ/N = c·(WWᵀ/p) with WWᵀ/p ~ MP(1/c, σ²):
        // F_c(x) = 1 − 1/c + (1/c)·F_{1/c}(x/c).
        MarchenkoPasturDistribution.Cdf(0, c, sigma2).Should().Be(1 - 1 / c);
        MarchenkoPasturDistribution.Cdf(-1e-300, c, sigma2).Should().Be(0);
        double lower = MarchenkoPastur.LowerEdge(c, sigma2), upper = MarchenkoPastur.UpperEdge(c, sigma2);
        for (var i = 0; i <= 30; i++)
        {
            var x = lower + (upper - lower) * i / 30.0;
            var dual = 1 - 1 / c + MarchenkoPasturDistribution.Cdf(x / c, 1 / c, sigma2) / c;
            MarchenkoPasturDistribution.Cdf(x, c, sigma2).Should().BeApproximately(dual, 1e-14, $"x = {x}");
        }
    }

    [Theory]
    [MemberData(nameof(Laws))]
    public void Mean_and_variance_are_the_moments_of_the_law(double c, double sigma2)
    {
        // Against the Narayana moments of MarchenkoPastur.Moment (another formula) and quadrature of x·ρ, x²·ρ.
        MarchenkoPasturDistribution.Mean(c, sigma2).Should().BeApproximately(MarchenkoPastur.Moment(1, c, sigma2), 1e-14 * sigma2);
        var second = MarchenkoPastur.Moment(2, c, sigma2);
        MarchenkoPasturDistribution.Variance(c, sigma2).Should().BeApproximately(second - sigma2 * sigma2, 1e-13 * sigma2 * sigma2);
        var byQuadrature = MarchenkoPasturQuadrature.IntegrateContinuous(x => x * x, c, sigma2) - sigma2 * sigma2;
        MarchenkoPasturDistribution.Variance(c, sigma2).Should().BeApproximately(byQuadrature, 1e-12 * sigma2 * sigma2);
    }

    [Fact]
    public void Bad_parameters_are_refused()
    {
        FluentActions.Invoking(() => MarchenkoPasturDistribution.Cdf(1, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MarchenkoPasturDistribution.Cdf(1, 1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => MarchenkoPasturDistribution.Quantile(0, 1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
