using TheoryCheck.Abstractions;
using TheoryCheck.Numerics.Random;
using TheoryCheck.Papers.Ensembles;
using TheoryCheck.Tests;

namespace TheoryCheck.Tests.Theories.Ensembles;

/// <summary>The ensemble solvers' parameter records: the spec parameters they declare, how they bind, and what they reject.</summary>
public class EnsembleParameterTests
{
    private static readonly FamilyTheory Theory = new();
    private static readonly FamilyEstimatorsExperiment Estimators = new();
    private static readonly IidSampledExperiment Sampled = new();

    [Fact]
    public void The_union_of_the_parameters_is_unchanged()
    {
        Theory.Parameters.Select(p => p.Name).Should().Equal("family", "classes", "error", "wrong-fraction", "members");
        Estimators.Parameters.Select(p => p.Name).Should()
            .Equal("family", "classes", "error", "wrong-fraction", "members", "random-ensembles", "scatter");
        Sampled.Parameters.Select(p => p.Name).Should().Equal("family", "classes", "error", "members");
        var family = Theory.Parameters[0];
        family.Default.Should().BeNull();
        family.Choices.Should().Equal("iid", "upper-sharp", "lower-sharp", "fixed-fraction");
        var error = Theory.Parameters.Single(p => p.Name == "error");
        new object?[] { error.Min, error.Max, error.MinExclusive, error.MaxExclusive, error.Default }.Should().Equal(0.0, 1.0, true, true, 0.2);
        var wrong = Theory.Parameters.Single(p => p.Name == "wrong-fraction");
        new object?[] { wrong.Min, wrong.Max, wrong.MinExclusive, wrong.MaxExclusive, wrong.Default }.Should().Equal(0.0, 1.0, true, false, 0.6);
        var search = Estimators.Parameters.Single(p => p.Name == "random-ensembles");
        new object?[] { search.Kind, search.Min, search.Max, search.Default }.Should().Equal(ParameterKind.Integer, 0.0, 10_000_000.0, 0);
        Estimators.Parameters.Single(p => p.Name == "scatter").Default.Should().Be(false);
    }

    [Fact]
    public void Members_zero_means_the_ladder_size()
    {
        var ladder = MahoneyTestPoints.Make("M", 5, [Theory], ("family", "iid"), ("classes", 3));
        Theory.Validate(ladder).Should().BeNull();
        Theory.Evaluate(ladder)["expected-loss"].Should().BeApproximately(0.2, 1e-15);
        // K = 3, M = 3, p = 0.2: EIR = 14/25 whether M comes from the ladder or from members.
        var given = MahoneyTestPoints.Make("n", 1000, [Theory], ("family", "iid"), ("classes", 3), ("members", 3));
        Theory.Evaluate(given)["eir"].Should().BeApproximately(0.56, 1e-14);
        Theory.Evaluate(MahoneyTestPoints.Make("M", 3, [Theory], ("family", "iid"), ("classes", 3)))["eir"].Should().BeApproximately(0.56, 1e-14);
    }

    [Theory]
    [InlineData("n", 100, "iid", 2, 0, 0.6, "members must be given*")]
    [InlineData("M", 4, "upper-sharp", 2, 0, 0.6, "*needs an odd M*")]
    [InlineData("M", 5, "lower-sharp", 3, 0, 0.6, "*two-class construction*")]
    [InlineData("M", 4, "fixed-fraction", 2, 0, 0.6, "*whole number of wrong members*")]
    [InlineData("M", 30, "iid", 3, 0, 0.6, "*too many to expand*")]
    public void Impossible_ensembles_are_rejected_by_theory_and_estimators(string size, int m, string family, int k, int members, double f, string message)
    {
        var point = MahoneyTestPoints.Make(size, m, [Estimators], ("family", family), ("classes", k), ("members", members), ("wrong-fraction", f));
        Theory.Validate(point).Should().Match(message);
        Estimators.Validate(point).Should().Match(message);
    }

    [Fact]
    public void The_sampled_experiment_needs_iid_members()
    {
        Sampled.Validate(MahoneyTestPoints.Make("n", 100, [Sampled], ("family", "upper-sharp"), ("members", 3))).Should().Match("*family must be iid*");
        Sampled.Validate(MahoneyTestPoints.Make("n", 100, [Sampled], ("family", "iid"), ("members", 3))).Should().BeNull();
    }

    [Fact]
    public void The_random_search_is_reported_only_when_asked()
    {
        var none = MahoneyTestPoints.Make("M", 5, [Estimators], ("family", "fixed-fraction"));
        var o = Estimators.Run(none, Theory.Evaluate(none), new Rng(1));
        o.Values.Keys.Should().NotContain(k => k.StartsWith("search-"));
        var some = MahoneyTestPoints.Make("M", 5, [Estimators], ("family", "fixed-fraction"), ("random-ensembles", 50), ("scatter", true));
        var s = Estimators.Run(some, Theory.Evaluate(some), new Rng(1));
        s["search-ensembles"].Should().Be(50);
        s.Curves.Keys.Should().Contain("eir-der-competent");
    }
}
