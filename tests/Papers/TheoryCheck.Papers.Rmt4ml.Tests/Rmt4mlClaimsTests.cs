using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;
using TheoryCheck.Tests;

namespace TheoryCheck.Tests.Theories.Rmt4ml;

public sealed class Rmt4mlQuickTierFixture() : ModuleQuickTierFixture(Prefix), IModulePrefix
{
    public static string Prefix => "rmt4ml.";
}

/// <summary>The RMT4ML distance and classification claims (catalogue §3): reproduced, golden-matched, falsifiable.</summary>
public class Rmt4mlClaimsTests(Rmt4mlQuickTierFixture fixture)
    : ModuleClaimsTests<Rmt4mlQuickTierFixture>(fixture), IClassFixture<Rmt4mlQuickTierFixture>
{
    [Fact]
    public void The_module_has_the_three_claims_of_the_catalogue() => Fixture.Specs.Should().HaveCount(3);

    [Fact]
    public void Distances_that_did_not_concentrate_would_be_rejected()
    {
        // A claimed O(1) maximum (slope ≈ 0) or a CLT-per-pair O(p^-1) rate are both rejected by the same runs.
        var r = Fixture.Result("rmt4ml.distance.max-concentration");
        var claimed = r.Spec.Checks.OfType<ConvergesDefinition>().Single();
        ModuleQuickTierFixture.Evaluate(r, claimed with { SlopeLow = -0.2, SlopeHigh = 0.2 }).Should().Be(Verdict.Fail);
        ModuleQuickTierFixture.Evaluate(r, claimed with { SlopeLow = -1.2, SlopeHigh = -0.8 }).Should().Be(Verdict.Fail);
    }
}
