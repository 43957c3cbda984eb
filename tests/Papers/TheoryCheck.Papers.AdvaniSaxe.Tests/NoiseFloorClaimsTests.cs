using TheoryCheck.Tests;
using TheoryCheck.Engine.Checks;
using TheoryCheck.Engine.Golden;
using TheoryCheck.Engine.Running;
using TheoryCheck.Abstractions;
using TheoryCheck.Engine.Specs;

namespace TheoryCheck.Papers.AdvaniSaxe.Tests;

/// <summary>A bound moved past what was measured must fail (the noise floor eps_g >= sigma^2).</summary>
[Collection(ClaimsCollection.Name)]
public class NoiseFloorClaimsTests(ShippedClaimsFixture fixture)
{
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
