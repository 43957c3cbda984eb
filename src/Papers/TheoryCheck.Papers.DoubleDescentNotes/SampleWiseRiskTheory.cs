using TheoryCheck.Abstractions;

namespace TheoryCheck.Papers.DoubleDescentNotes;

/// <summary>
/// "More data can hurt" at fixed p: the exact expected ridgeless risk at each n of the sweep, its limit, and the risk
/// against n (sample-wise double descent) for the figure, skipping |n − p| &lt; 4.
/// </summary>
[Solver("hastie.sample-wise-risk", "exact expected minimum-norm risk against the sample size n at fixed p",
    Reference = "Hastie et al. finite-n risk read against n; sample-wise non-monotonicity ('more data can hurt') of Nakkiran et al. and the notes")]
[Output("risk@n=*", "exact expected risk at each n of n-values")]
[Output("risk-limit@n=*", "limiting risk at gamma = p/n for each n of n-values")]
[Output("risk-n", "exact expected risk against n in (0, 2p], |n - p| >= 4", Kind = OutputKind.Curve)]
public sealed class SampleWiseRiskTheory : Theory<SampleWiseRiskParameters>
{
    protected override string? Validate(Point point, SampleWiseRiskParameters parameters) => parameters.Validate(point.Size);

    protected override TheoryValues Evaluate(Point point, SampleWiseRiskParameters parameters)
    {
        var p = point.Size;
        var (r2, sigma2) = (parameters.SignalNorm2, parameters.NoiseVariance);
        var values = new TheoryValues();
        foreach (var n in SampleSweep.Sizes(parameters.SampleSizes))
            values.Set($"risk@n={n}", RidgelessRisk.Exact(n, p, r2, sigma2)).Set($"risk-limit@n={n}", RidgelessRisk.Limit((double)p / n, r2, sigma2));
        var grid = Enumerable.Range(1, 50).Select(i => (int)Math.Round(i * 2.0 * p / 50)).Where(n => Math.Abs(n - p) >= 4).Distinct().ToArray();
        values.SetCurve("risk-n", "n", grid.Select(n => (double)n).ToArray(), grid.Select(n => RidgelessRisk.Exact(n, p, r2, sigma2)).ToArray());
        return values;
    }
}
