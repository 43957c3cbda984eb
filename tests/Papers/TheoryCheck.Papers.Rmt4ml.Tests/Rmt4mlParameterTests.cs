using TheoryCheck.Abstractions;
using TheoryCheck.Papers.Rmt4ml;
using TheoryCheck.Tests;

namespace TheoryCheck.Tests.Theories.Rmt4ml;

/// <summary>The RMT4ML solvers' parameter records: the spec parameters they declare and the scenarios they bind to.</summary>
public class Rmt4mlParameterTests
{
    [Fact]
    public void Each_solver_declares_what_it_reads_and_the_union_is_unchanged()
    {
        new DistanceConcentrationTheory().Parameters.Select(p => p.Name).Should().Equal("scenario");
        new PairwiseDistancesExperiment().Parameters.Select(p => p.Name).Should().Equal("scenario");
        new PairwiseThresholdTheory().Parameters.Select(p => p.Name).Should().Equal("scaling", "kappa");
        var test = new PairwiseTestExperiment().Parameters;
        test.Select(p => p.Name).Should().Equal("scaling", "kappa", "pairs");
        var kappa = test.Single(p => p.Name == "kappa");
        new object?[] { kappa.Kind, kappa.Min, kappa.MinExclusive, kappa.Max, kappa.Default }.Should().Equal(ParameterKind.Real, 0.0, true, null, 2.0);
        var pairs = test.Single(p => p.Name == "pairs");
        new object?[] { pairs.Kind, pairs.Min, pairs.Max, pairs.Default }.Should().Equal(ParameterKind.Integer, 1.0, null, 25000);
        new SpectralThresholdTheory().Parameters.Single().Choices.Should().Equal("above-threshold", "quarter-power");
        new SpectralClusteringExperiment().Parameters.Single().Default.Should().BeNull();
    }

    [Theory]
    [InlineData("mixture", 256, 2.0, 2.0, 256)]
    [InlineData("isotropic", 256, 0.0, 0.0, 200)]
    public void Distance_scenarios_bind_to_their_mixtures(string scenario, int p, double delta, double gamma, int n) =>
        new DistanceConcentrationParameters { Scenario = scenario }.At(p).Should().Be((delta, gamma, n));

    [Fact]
    public void Distance_theory_centres_at_two_plus_gamma_over_root_p()
    {
        var theory = new DistanceConcentrationTheory();
        theory.Evaluate(MahoneyTestPoints.Make("p", 256, [theory], ("scenario", "mixture")))["tau"].Should().BeApproximately(2 + 2.0 / 16, 1e-15);
        theory.Evaluate(MahoneyTestPoints.Make("p", 256, [theory], ("scenario", "isotropic")))["mean-distance"].Should().BeApproximately(2, 1e-15);
    }

    [Fact]
    public void Pairwise_separation_and_threshold()
    {
        var quarter = new PairwiseTestParameters { Scaling = "quarter-power", Kappa = 2 };
        quarter.Separation(256).Should().BeApproximately(8, 1e-14);
        quarter.Threshold(256).Should().BeApproximately(2 + 64.0 / 512, 1e-15);
        var fixedSeparation = new PairwiseThresholdParameters { Scaling = "fixed", Kappa = 2 };
        fixedSeparation.Separation(4096).Should().Be(2);
        fixedSeparation.Threshold(4096).Should().Be(2 + 4.0 / 8192);
        var theory = new PairwiseThresholdTheory();
        theory.Evaluate(MahoneyTestPoints.Make("p", 64, [theory], ("scaling", "fixed")))["pair-error"].Should().BeApproximately(0.46539, 5e-6);
    }

    [Theory]
    [InlineData("above-threshold", 200, 3.0, 400)]
    [InlineData("quarter-power", 256, 8.0, 400)]
    public void Spectral_scenarios_bind_to_their_separation_and_sample_size(string scenario, int p, double delta, int n)
    {
        var (d, m) = new SpectralThresholdParameters { Scenario = scenario }.At(p);
        d.Should().BeApproximately(delta, 1e-14);
        m.Should().Be(n);
    }
}
