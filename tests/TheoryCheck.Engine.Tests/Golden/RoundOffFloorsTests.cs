using TheoryCheck.Engine.Golden;

namespace TheoryCheck.Tests.Golden;

/// <summary>
/// The round-off propagation rule: a difference of two values known to relative τ is known to τ·(|a| + |b|) absolute,
/// however small the difference (RoundOffFloors). Shown on montanari-urbani.h.relu-closed-form, whose agreement check
/// compares theory.h ≈ 0.304 with experiment.h (both golden-reproducible to rel 1e-12): its worst |difference| is
/// rounding noise, so the rule allows it to move by 1e-12·(0.304 + 0.304) ≈ 6.1e-13, where the spec's own
/// `checks: { rel: 1e-9, abs: 1e-13 }` alone would allow 1e-13.
/// </summary>
public class RoundOffFloorsTests
{
    [Fact]
    public void The_floor_of_a_difference_is_the_operands_tolerance_at_their_scale()
    {
        var (spec, result, _) = GoldenTestRun.Relu();
        var floors = RoundOffFloors.For(result, spec.GoldenTolerances);
        var key = floors.Keys.Single(k => k.EndsWith("agrees | worst-abs-difference", StringComparison.Ordinal));
        // τ_theory = τ_experiment = 1e-12 and both operands are h(0.5) ≈ 0.3045 at the worst point (q = 0.5 is one of the ladder's).
        floors[key].Should().BeInRange(2 * 1e-12 * 0.15, 2 * 1e-12 * 0.7);
        floors.Keys.Should().Contain(k => k.EndsWith("agrees | worst-margin", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(3e-13, GoldenStatus.Matched)]    // beyond the spec's abs 1e-13, within the round-off floor ≈ 6e-13
    [InlineData(3e-12, GoldenStatus.Mismatch)]   // beyond both: a real change in the agreement is still caught
    public void A_round_off_difference_may_move_by_its_floor_and_no_more(double shift, GoldenStatus expected)
    {
        var (spec, result, run) = GoldenTestRun.Relu();
        var root = TestPaths.NewTempDirectory();
        new GoldenStore(root, GoldenMode.CreateMissing, false, null).Process(result, run);
        var path = GoldenTestRun.VerifiedPath(root, spec);
        var verified = GoldenFile.Read(path);
        var key = verified.Values.Keys.Single(k => k.EndsWith("agrees | worst-abs-difference", StringComparison.Ordinal));
        GoldenTestRun.Write(path, verified, values => values[key] += shift);

        var outcome = new GoldenStore(root, GoldenMode.Compare, false, null).Process(result, run);

        outcome.Status.Should().Be(expected);
        if (expected == GoldenStatus.Mismatch)
            outcome.Differences.Single().Tolerance.Should().Contain("round-off");
    }

    [Fact]
    public void A_standard_error_has_the_floor_of_its_mean()
    {
        var tolerances = new GoldenTolerances();
        tolerances.Set("experiment", new Tolerance(Rel: 1e-9));
        // Values that agree to rounding: se ≈ 1e-17 of a mean 0.5; its floor is 1e-9·0.5.
        var (passed, _, _) = tolerances.For("experiment.e.se").Compare(1.2e-17, 8e-18, roundOffFloor: 1e-9 * 0.5);
        passed.Should().Be("round-off");
        var (failed, _, _) = tolerances.For("experiment.e.se").Compare(1.2e-17, 1e-8, roundOffFloor: 1e-9 * 0.5);
        failed.Should().BeNull();
    }
}
