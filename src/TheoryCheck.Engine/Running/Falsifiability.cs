using TheoryCheck.Engine.Reports.Model;

namespace TheoryCheck.Engine.Running;

/// <summary>
/// Whether each claim's checks have the power to fail in both directions: the verdicts it gets with every theory value
/// <see cref="Delta"/> too high and too low (<see cref="Runner.Reevaluate"/>: only claims whose experiments read the
/// theory are run again). A claim "has the power" when both perturbed verdicts are "not reproduced".
/// </summary>
public static class Falsifiability
{
    /// <summary>3%: the smallest theory error the README promises every shipped claim detects (issue "verdicts").</summary>
    public const double Delta = 0.03;

    /// <summary>Per claim id, its status with the theory (1 + δ) and (1 − δ) times its value.</summary>
    public static IReadOnlyDictionary<string, ClaimPower> Probe(RunResult baseline, RunOptions options, double delta = Delta)
    {
        var high = new Runner().Reevaluate(baseline, delta, options).Specs.ToDictionary(r => r.Spec.Id, r => r.Status);
        var low = new Runner().Reevaluate(baseline, -delta, options).Specs.ToDictionary(r => r.Spec.Id, r => r.Status);
        return baseline.Specs.ToDictionary(r => r.Spec.Id, r => new ClaimPower(delta, high[r.Spec.Id], low[r.Spec.Id]));
    }
}
