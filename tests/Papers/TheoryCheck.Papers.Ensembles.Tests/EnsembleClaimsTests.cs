using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Tests;

namespace TheoryCheck.Tests.Theories.Ensembles;

public sealed class EnsembleQuickTierFixture() : ModuleQuickTierFixture(Prefix), IModulePrefix
{
    public static string Prefix => "theisen-ensembles.";
}

/// <summary>
/// The ensemble claims (catalogue §2): each reproduces, matches its golden snapshot and fails with the theory 3% off.
/// The theorem's inequalities are also shown to have teeth on the ensembles they exclude: applied to the incompetent
/// ensembles of the same random search, "no violation of the lower bound" and "never hurts" fail.
/// </summary>
public class EnsembleClaimsTests(EnsembleQuickTierFixture fixture)
    : ModuleClaimsTests<EnsembleQuickTierFixture>(fixture), IClassFixture<EnsembleQuickTierFixture>
{
    [Fact]
    public void The_module_has_every_claim_of_the_catalogue() => Fixture.Specs.Should().HaveCount(9);

    [Theory]
    [InlineData("theisen-ensembles.lower-bound-competent", "search-lower-violations-competent", "search-lower-violations-incompetent")]
    [InlineData("theisen-ensembles.competent-never-hurts", "search-never-hurts-violations", "search-negative-eir-incompetent")]
    [InlineData("theisen-ensembles.pitfall-distinct-pair-disagreement", "search-lower-violations-competent", "search-lower-violations-incompetent")]
    public void Without_competence_the_inequality_fails(string id, string competent, string incompetent)
    {
        var r = Fixture.Result(id);
        var check = r.Spec.Checks.OfType<BoundDefinition>().Single(b => b.Quantity.Name == competent);
        ModuleQuickTierFixture.Evaluate(r, check).Should().Be(Verdict.Pass);
        ModuleQuickTierFixture.Evaluate(r, check with { Quantity = check.Quantity with { Name = incompetent } }).Should().Be(Verdict.Fail);
    }

    [Fact]
    public void A_bound_tighter_than_the_theorem_is_crossed_by_the_sharp_family()
    {
        // EIR ≤ DER − s for any s > 0 fails: the sharp family's slack 1/M goes to 0 (and the random search gets close).
        var r = Fixture.Result("theisen-ensembles.upper-bound-any-ensemble");
        var smallest = r.Points.Min(p => p.Experiment["upper-slack"].Mean);
        var slack = r.Spec.Checks.OfType<BoundDefinition>().First() with
        {
            Quantity = QuantityRef.TryParse("experiment.upper-slack", out _)!, Above = true, Bound = new BoundTarget(smallest * 1.01, null),
        };
        ModuleQuickTierFixture.Evaluate(r, slack).Should().Be(Verdict.Fail);
    }
}
