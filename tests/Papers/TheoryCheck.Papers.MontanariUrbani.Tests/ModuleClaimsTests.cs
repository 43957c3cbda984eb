using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Running;
using TheoryCheck.Tests;

namespace TheoryCheck.Tests.Theories.MontanariUrbani;

public sealed class MontanariUrbaniQuickTierFixture() : ModuleQuickTierFixture(Prefix), IModulePrefix
{
    public static string Prefix => "montanari-urbani.";
}

/// <summary>
/// The Montanari–Urbani claims (catalogue montanari-urbani-and-ensembles.md §1): each quick claim reproduces, matches
/// its golden snapshot, and becomes "not reproduced" when the theory is 3% off; the decoupling rate also rejects the
/// time scales the slides rule out.
/// </summary>
public class MontanariUrbaniClaimsTests(MontanariUrbaniQuickTierFixture fixture)
    : ModuleClaimsTests<MontanariUrbaniQuickTierFixture>(fixture), IClassFixture<MontanariUrbaniQuickTierFixture>
{
    [Fact]
    public void The_module_has_every_quick_claim_of_the_catalogue() => Fixture.Specs.Should().HaveCount(16);

    [Theory]
    [InlineData(-0.3, 0.3)]   // overfitting on t = O(1) (lazy / NTK-like): no decay with m
    [InlineData(-2.3, -1.7)]  // overfitting on t = Θ(m²)
    public void The_overfitting_rate_rejects_other_time_scales(double low, double high)
    {
        var r = Fixture.Result("montanari-urbani.decoupling.overfit-rate-inverse-m");
        var claimed = (ConvergesDefinition)r.Spec.Checks[0];
        ModuleQuickTierFixture.Evaluate(r, claimed).Should().Be(Verdict.Pass);
        ModuleQuickTierFixture.Evaluate(r, claimed with { SlopeLow = low, SlopeHigh = high }).Should().Be(Verdict.Fail);
    }

    [Fact]
    public void The_tracking_rate_rejects_a_non_vanishing_deviation()
    {
        // If finite-n GD did not track the population flow, the deviation would not decay: slope ≈ 0 is rejected.
        var r = Fixture.Result("montanari-urbani.decoupling.tracks-population-gd");
        var claimed = (ConvergesDefinition)r.Spec.Checks[0];
        ModuleQuickTierFixture.Evaluate(r, claimed with { SlopeLow = -0.25, SlopeHigh = 0.25, Final = null }).Should().Be(Verdict.Fail);
    }
}
