using TheoryCheck.Tests;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Papers.Mahoney.Tests;

/// <summary>
/// Checks beyond the 3% perturbation of <see cref="ShippedClaimsTests"/>: a wrong claimed rate, or a bound moved
/// past what was measured, must fail.
/// </summary>
[Collection(ClaimsCollection.Name)]
public class EsdRateClaimsTests(ShippedClaimsFixture fixture)
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
}
