using TheoryCheck.Abstractions;
using TheoryCheck.Papers.Rmt4ml;

namespace TheoryCheck.Tests.Theories.Rmt4ml;

/// <summary>rmt4ml.gmm.threshold: the presets of rmt4ml.spectral-threshold expand to it with the same numbers; the contract.</summary>
public class GmmThresholdTests
{
    private static Point Gmm(double delta, double c) => new("size", 1, new Dictionary<string, object> { ["delta"] = delta, ["c"] = c });

    [Theory]
    [InlineData("above-threshold", 100)]
    [InlineData("above-threshold", 800)]
    [InlineData("quarter-power", 64)]
    [InlineData("quarter-power", 1024)]
    public void Presets_of_spectral_threshold_give_the_same_numbers(string scenario, int p)
    {
        var preset = new SpectralThresholdTheory().Evaluate(new Point("p", p, new Dictionary<string, object> { ["scenario"] = scenario })).Scalars;
        var (delta, n) = new SpectralThresholdParameters { Scenario = scenario }.At(p);
        var explicitValues = new GmmThresholdTheory().Evaluate(Gmm(delta, (double)p / n)).Scalars;
        foreach (var key in preset.Keys) explicitValues[key].Should().Be(preset[key], key);
    }

    [Fact]
    public void Matches_the_module_sanity_values_and_the_threshold()
    {
        // Module README: Δ = 3, c = 1/2 gives ζ = 0.6239316239, error 0.0988630561; Δ* = 1.6817928305 at c = 1/2.
        var v = new GmmThresholdTheory().Evaluate(Gmm(3, 0.5)).Scalars;
        v["overlap"].Should().BeApproximately(0.6239316239, 1e-10);
        v["error"].Should().BeApproximately(0.0988630561, 1e-10);
        v["delta-threshold"].Should().BeApproximately(1.6817928305, 1e-10);
        new GmmThresholdTheory().Evaluate(Gmm(1.5, 0.5)).Scalars["error"].Should().Be(0.5);
    }

    [Fact]
    public void Meets_the_solver_contract()
    {
        SolverConformanceTests.CheckTheoryContract(new GmmThresholdTheory(), Gmm(3, 0.5), Gmm(1.2, 0.1));
    }
}
