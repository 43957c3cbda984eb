using TheoryCheck.Numerics.Models;
using TheoryCheck.Numerics.RandomMatrix;
using TheoryCheck.Papers.AdvaniSaxe;

namespace TheoryCheck.Tests.Theories.AdvaniSaxe;

/// <summary>The MP-limit solvers against the catalogue's sanity values (advani-saxe-and-double-descent.md §1–§11, §22).</summary>
public class MarchenkoPasturSolverTests
{
    [Theory]
    [InlineData(2, 1, 0.4933389)]
    [InlineData(2, 5, 0.4624822)]
    [InlineData(2, 20, 0.4988750)]
    [InlineData(0.5, 1, 1.0825855)]
    [InlineData(0.5, 5, 1.0471211)]
    [InlineData(0.5, 20, 1.1133150)]
    public void Flow_error_matches_the_catalogue(double alpha, double t, double expected) =>
        LinearGeneralisation.FlowError(alpha, 4, 0.25, t).Should().BeApproximately(expected, 5e-8);

    [Theory]
    [InlineData(2, 10, 0.4890320)]
    [InlineData(2, 50, 0.4634198)]
    [InlineData(2, 200, 0.4989330)]
    [InlineData(0.5, 10, 1.0793590)]
    [InlineData(0.5, 50, 1.0479196)]
    [InlineData(0.5, 200, 1.1135252)]
    public void Gradient_descent_error_matches_the_catalogue(double alpha, int k, double expected) =>
        LinearGeneralisation.GradientDescentError(alpha, 4, 0.25, 0.1, k).Should().BeApproximately(expected, 5e-8);

    [Fact]
    public void Small_time_expansion_holds()
    {
        // E_g = (1 + INR)(1 − 2αt + 2α(1 + α)t²) + αt²/SNR + 1/SNR + O(t³) (catalogue §1).
        foreach (var alpha in new[] { 0.5, 1.0, 2.0 })
        {
            const double t = 1e-3, snr = 4, inr = 0.25;
            var series = (1 + inr) * (1 - 2 * alpha * t + 2 * alpha * (1 + alpha) * t * t) + alpha * t * t / snr + 1 / snr;
            LinearGeneralisation.FlowError(alpha, snr, inr, t).Should().BeApproximately(series, 1e-7);
        }
    }

    [Theory]
    [InlineData(0.5, 50, 1.31300)]
    [InlineData(0.5, 10, 1.34518)]
    [InlineData(0.5, 200, 1.40617)]
    [InlineData(2, 10, 0.45646)]
    [InlineData(2, 50, 0.38035)]
    [InlineData(2, 200, 0.49514)]
    public void Self_averaging_constant_matches_the_catalogue(double alpha, int k, double expected) =>
        LinearGeneralisation.GradientDescentSpread(alpha, 4, 0.25, 0.1, k).Should().BeApproximately(expected, 6e-6);

    [Fact]
    public void Training_error_matches_the_catalogue_and_its_limits()
    {
        LinearTrainingError.Error(2, 4, 0.25, 0, 1).Should().BeApproximately(0.1901645, 5e-8);
        LinearTrainingError.Error(2, 4, 0.25, 0, 1e6).Should().BeApproximately(0.125, 1e-10);
        LinearTrainingError.Error(0.5, 4, 0.25, 0, 1e6).Should().BeApproximately(0, 1e-10);
    }

    [Fact]
    public void Asymptotic_error_closed_forms_and_finite_n_expectations()
    {
        LinearGeneralisation.AsymptoticError(2, 4, 0.25).Should().BeApproximately(0.5, 1e-15);
        LinearGeneralisation.AsymptoticError(0.5, 4, 0.25).Should().BeApproximately(1.125, 1e-15);
        LinearAsymptoteTheory.FiniteExpectation(100, 200, 4, 0.25).Should().BeApproximately(0.5025253, 5e-8);
        LinearAsymptoteTheory.FiniteExpectation(100, 50, 4, 0.25).Should().BeApproximately(1.1301020, 5e-8);
        // The flow at a huge time reaches the closed form (the θ-quadrature is accurate at large t).
        LinearGeneralisation.FlowError(2, 4, 0.25, 1e7).Should().BeApproximately(0.5, 1e-9);
    }

    [Fact]
    public void Double_descent_peak_matches_the_catalogue()
    {
        var (a100, e100) = DoubleDescentPeak.Locate(100, 4, 0);
        a100.Should().BeApproximately(0.997795, 2e-6);
        e100.Should().BeApproximately(1.819721, 2e-6);
        var (a1000, e1000) = DoubleDescentPeak.Locate(1000, 4, 0);
        a1000.Should().BeApproximately(1.000664, 2e-6);
        e1000.Should().BeApproximately(5.364183, 2e-6);
        LinearGeneralisation.FlowError(1, 4, 0, 100).Should().BeApproximately(1.819635, 2e-6);
        LinearGeneralisation.FlowError(1, 4, 0, 1000).Should().BeApproximately(5.363915, 2e-6);
        DoubleDescentPeak.SqrtLaw(1000, 4).Should().BeApproximately(5.350579, 2e-6);
        DoubleDescentPeak.SqrtLawConstant.Should().BeApproximately(0.6609892, 1e-7);
    }

    [Fact]
    public void Early_stopping_optimum_matches_the_catalogue()
    {
        var (t1, e1) = EarlyStopping.Flow(1, 4, 0);
        t1.Should().BeApproximately(2.465107, 2e-6);
        e1.Should().BeApproximately(0.6500324, 1e-7);
        var (t2, e2) = EarlyStopping.Flow(2, 4, 0);
        t2.Should().BeApproximately(2.002185, 2e-6);
        e2.Should().BeApproximately(0.4321615, 1e-7);
        // The GD optimum over whole steps is at least the flow optimum's neighbourhood and no better than min over a scan.
        var (k, eg) = EarlyStopping.GradientDescent(1, 4, 0, 0.1);
        k.Should().BeInRange(20, 30);
        eg.Should().BeLessThanOrEqualTo(LinearGeneralisation.GradientDescentError(1, 4, 0, 0.1, k + 1));
        eg.Should().BeLessThanOrEqualTo(LinearGeneralisation.GradientDescentError(1, 4, 0, 0.1, k - 1));
    }

    [Theory]
    [InlineData(5, 0.420208)]
    [InlineData(10, 0.692695)]
    [InlineData(50, 0.957924)]
    [InlineData(1000, 1.039985)]
    public void Effective_model_complexity_matches_the_catalogue(double t, double expected) =>
        EffectiveModelComplexity.Flow(t, 0.01, 4, 0).Should().BeApproximately(expected, 2e-6);

    [Fact]
    public void Eigengap_edge_constants_match_the_catalogue()
    {
        EigengapEdge.Edge(2).Should().BeApproximately(0.1715729, 1e-7);
        EigengapEdge.Correction(2).Should().BeApproximately(0.33189, 2e-5);
        EigengapEdge.Edge(0.5).Should().BeApproximately(0.0857864, 1e-7);
        EigengapEdge.Correction(0.5).Should().BeApproximately(0.26342, 2e-5);
        EdelmanLaw.Median.Should().BeApproximately(0.296767, 1e-6);
        EdelmanLaw.Cdf(EdelmanLaw.Median).Should().BeApproximately(0.5, 1e-14);
    }

    [Fact]
    public void Quadrature_recovers_the_bulk_inverse_moments()
    {
        // ∫ρ_bulk/λ = 1/(α − 1) (α > 1), α/(1 − α) (α < 1) (catalogue §0).
        MpSpectrumQuadrature.Bulk(2, l => 1 / l).Should().BeApproximately(1, 1e-13);
        MpSpectrumQuadrature.Bulk(0.5, l => 1 / l).Should().BeApproximately(1, 1e-13);
        MpSpectrumQuadrature.Bulk(5, l => 1 / l).Should().BeApproximately(0.25, 1e-13);
    }
}
