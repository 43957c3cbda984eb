using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Tests.Theories;

/// <summary>
/// Checks beyond the 3% perturbation of <see cref="ShippedClaimsTests"/>: a wrong claimed rate, or a bound moved
/// past what was measured, must fail.
/// </summary>
[Collection(ShippedClaimsCollection.Name)]
public class FoundationClaimsTests(ShippedClaimsFixture fixture)
{
    [Fact]
    public void A_wrong_rate_is_not_reproduced_for_the_esd()
    {
        var r = fixture.Result("mahoney.mp.esd-ks");
        var claimed = (ConvergesDefinition)r.Spec.Checks[0];
        // A claimed O(M^-1/2) rate (the CLT rate one might naively expect) must be rejected.
        var wrong = claimed with { SlopeLow = -0.6, SlopeHigh = -0.4 };
        CheckEvaluator.Evaluate(wrong, r.Points).Verdict.Should().Be(Verdict.Fail);
        CheckEvaluator.Evaluate(claimed, r.Points).Verdict.Should().Be(Verdict.Pass);
    }

    [Fact]
    public void A_floor_raised_past_the_measured_gap_is_crossed()
    {
        var r = fixture.Result("advani-saxe.linear.noise-floor");
        var exact = (BoundDefinition)r.Spec.Checks[0];
        // The runs' smallest gap E_g − σ² is positive but finite: a bound just above it must fail.
        var smallest = r.Points.Min(p => p.Experiment["excess-min"].Min);
        CheckEvaluator.Evaluate(exact with { Bound = new BoundTarget(smallest * 1.01, null) }, r.Points).Verdict.Should().Be(Verdict.Fail);
    }
}
